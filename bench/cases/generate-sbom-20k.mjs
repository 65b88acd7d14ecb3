// generate-sbom on a generated package-lock.json (lockfileVersion 3) of 20,000 packages: scoped and
// unscoped names, nested installs (the same name at another version under its parent), dev and
// production trees with consistent flags, integrity on every entry, no `resolved` (as npm writes with
// omit-lockfile-registry-resolved). Ours (the CLI bundle, validation on) vs
// `cyclonedx-npm --package-lock-only` and `npm sbom --package-lock-only`, all writing CycloneDX 1.6.
// Targets: >= 10x faster than cyclonedx-npm, >= 5x than npm sbom, peak RSS <= 150 MB.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sbomCommands } from './generate-sbom-largest.mjs';

export const PACKAGES = 20000;

/** xorshift32 with a fixed seed: the same lockfile on every machine. */
function random(seed = 0x2545f491) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

export function generateLockfile(count = PACKAGES) {
  const rand = random();
  const pick = (n) => Math.floor(rand() * n);
  const pkgs = [];
  for (let i = 0; i < count; i++) {
    const nested = i >= 200 && i % 10 === 0;
    // A nested install reuses an earlier package's name at another version.
    const name = nested ? pkgs[i - 5].name : i % 7 === 0 ? `@scope-${i % 97}/pkg-${i}` : `pkg-${i}`;
    const version = nested ? `${2 + (i % 3)}.${i % 11}.0` : `1.${i % 50}.${i % 7}`;
    pkgs.push({ name, version, nested, deps: [], parents: [] });
  }
  // Roots: 60 production and 60 dev dependencies among the first 200 packages.
  const prodRoots = Array.from({ length: 60 }, (_, k) => k * 2);
  const devRoots = Array.from({ length: 60 }, (_, k) => k * 2 + 1);
  // Every later package gets one parent before it (so all are reachable), some get more.
  for (let j = 200; j < count; j++) {
    const parent = pkgs[j].nested ? j - 1 - pick(4) : pick(j);
    const p = pkgs[parent].nested && !pkgs[j].nested ? parent - 1 : parent;
    pkgs[p].deps.push(j);
    pkgs[j].parents.push(p);
    if (!pkgs[j].nested) {
      for (let extra = pick(3); extra > 0; extra--) {
        const q = pick(j);
        if (!pkgs[q].nested && !pkgs[q].deps.includes(j) && pkgs[q].name !== pkgs[j].name) {
          pkgs[q].deps.push(j);
          pkgs[j].parents.push(q);
        }
      }
    }
  }
  for (let j = 120; j < 200; j++) {
    const p = pick(120);
    pkgs[p].deps.push(j);
    pkgs[j].parents.push(p);
  }
  // Flags: production-reachable packages have none, the rest are dev.
  const prod = new Set();
  const stack = [...prodRoots];
  while (stack.length) {
    const i = stack.pop();
    if (prod.has(i)) continue;
    prod.add(i);
    stack.push(...pkgs[i].deps);
  }
  const pathOf = new Map();
  for (let i = 0; i < count; i++) {
    const pkg = pkgs[i];
    pathOf.set(i, pkg.nested ? `${pathOf.get(pkg.parents[0])}/node_modules/${pkg.name}` : `node_modules/${pkg.name}`);
  }
  const packages = {
    '': {
      name: 'bench-20k',
      version: '1.0.0',
      license: 'MIT',
      dependencies: Object.fromEntries(prodRoots.map((i) => [pkgs[i].name, pkgs[i].version])),
      devDependencies: Object.fromEntries(devRoots.map((i) => [pkgs[i].name, pkgs[i].version])),
    },
  };
  const order = [...pathOf.entries()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  for (const [i, path] of order) {
    const pkg = pkgs[i];
    const entry = { version: pkg.version };
    if (pkg.name !== path.slice(path.lastIndexOf('node_modules/') + 13)) entry.name = pkg.name;
    entry.integrity = `sha512-${createHash('sha512').update(`${pkg.name}@${pkg.version}`).digest('base64')}`;
    if (!prod.has(i)) entry.dev = true;
    entry.license = i % 13 === 0 ? 'Apache-2.0' : i % 17 === 0 ? '(MIT OR Apache-2.0)' : 'MIT';
    if (pkg.deps.length) {
      entry.dependencies = Object.fromEntries(pkg.deps.map((d) => [pkgs[d].name, pkgs[d].version]).sort());
    }
    packages[path] = entry;
  }
  const manifest = {
    name: 'bench-20k',
    version: '1.0.0',
    license: 'MIT',
    dependencies: packages[''].dependencies,
    devDependencies: packages[''].devDependencies,
  };
  const lock = { name: 'bench-20k', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
  return { manifest: `${JSON.stringify(manifest, null, 2)}\n`, lock: `${JSON.stringify(lock, null, 2)}\n` };
}

export default {
  name: 'generate-sbom-20k',
  description:
    'generate-sbom on a generated 20,000-package package-lock.json vs cyclonedx-npm and npm sbom (--package-lock-only)',
  setup(workDir) {
    const project = join(workDir, 'project');
    mkdirSync(project, { recursive: true });
    const { manifest, lock } = generateLockfile();
    const lockPath = join(project, 'package-lock.json');
    if (!existsSync(lockPath) || readFileSync(lockPath, 'utf8') !== lock) {
      writeFileSync(join(project, 'package.json'), manifest);
      writeFileSync(lockPath, lock);
    }
    return { workDir, project };
  },
  // The peers take minutes per run here (cyclonedx-npm about 5, its `npm ls` on 20,000 packages; npm
  // sbom about 2): cyclonedx-npm gets one round, npm sbom two, neither a warm-up, so the case ends in
  // about 10 minutes; each row says how many rounds it had. Ours gets the usual rounds.
  commands: (ctx) =>
    sbomCommands(ctx.project, ctx.workDir).map((c) =>
      c.label === 'cyclonedx-npm'
        ? { ...c, rounds: 1, warmUp: false }
        : c.label === 'npm sbom'
          ? { ...c, rounds: 2, warmUp: false }
          : c,
    ),
};
