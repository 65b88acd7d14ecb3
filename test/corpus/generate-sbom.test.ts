// generate-sbom over the real-world lockfiles of ../shared/corpus/sbom: every folder gives a valid,
// reproducible SBOM; the package sets (purls without qualifiers) match the peer tools, and every
// difference is one of the kinds explained in actions/generate-sbom/README.md.
//   npm folders: @cyclonedx/cyclonedx-npm --package-lock-only (from bench/peers), with and without dev.
//   other folders: reference.cdxgen.cdx.json (@cyclonedx/cdxgen, offline), with dev.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSbom, readLockfile, type GeneratedSbom } from '@paved-road/sbom';
import { corpusPath } from './corpus.js';

const root = corpusPath('sbom');
const folders = readdirSync(root)
  .filter((name) => existsSync(join(root, name, 'README.md')))
  .sort();
const repoRoot = resolve(__dirname, '..', '..');
const peer = join(repoRoot, 'bench/peers/node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js');
const T = new Date('2026-01-01T00:00:00Z');

type Doc = {
  components?: Doc[];
  purl?: string;
  name?: string;
  version?: string;
  scope?: string;
  'bom-ref'?: string;
  evidence?: unknown;
};

/**
 * Purls without qualifiers or subpath, decoded and lower-cased, from every (nested) component
 * `keep` accepts.
 */
function purlSet(doc: Doc, keep: (component: Doc) => boolean = () => true): Set<string> {
  const out = new Set<string>();
  const walk = (list: Doc[] | undefined) => {
    for (const c of list ?? []) {
      if (c.purl && keep(c)) out.add(decodeURIComponent(c.purl.split('?')[0]!.split('#')[0]!).toLowerCase());
      walk(c.components);
    }
  };
  walk(doc.components);
  return out;
}

function run(folder: string, includeDev: boolean): Promise<GeneratedSbom> {
  return generateSbom({
    projectDir: join(root, folder),
    lockfiles: [],
    format: 'cyclonedx-json',
    specVersion: '1.6',
    includeDev,
    validate: true,
    timestamp: T,
  });
}

/** cyclonedx-npm's SBOM of a corpus folder, cached by lockfile content in the OS temp dir. */
function cyclonedxNpm(folder: string, includeDev: boolean): Doc {
  if (!existsSync(peer)) throw new Error('The npm comparison needs the peer tools: npm install --prefix bench/peers');
  const lock = readFileSync(join(root, folder, 'package-lock.json'));
  const cacheDir = join(tmpdir(), 'paved-road-corpus-peers');
  mkdirSync(cacheDir, { recursive: true });
  const out = join(
    cacheDir,
    `${createHash('sha256').update(lock).digest('hex').slice(0, 16)}-${includeDev ? 'all' : 'prod'}.cdx.json`,
  );
  if (!existsSync(out)) {
    const args = [
      peer,
      '--package-lock-only',
      '--ignore-npm-errors',
      '--output-reproducible',
      '--spec-version',
      '1.6',
      '--output-file',
      out,
    ];
    if (!includeDev) args.push('--omit', 'dev');
    // Without the npm_* variables of the test runner: cyclonedx-npm would run `npm_execpath` (pnpm) as npm.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const result = spawnSync(process.execPath, args, { cwd: join(root, folder), encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`cyclonedx-npm failed on ${folder}: ${result.stderr}`);
  }
  return JSON.parse(readFileSync(out, 'utf8')) as Doc;
}

/** One row of the agreement table: a folder's production or full set against the peer's. */
interface Agreement {
  folder: string;
  set: 'full' | 'production';
  peer: string;
  ours: number;
  theirs: number;
  common: number;
}
const agreements: Agreement[] = [];

function agreement(folder: string, set: Agreement['set'], peer: string, ours: Set<string>, theirs: Set<string>) {
  const common = [...ours].filter((p) => theirs.has(p)).length;
  agreements.push({ folder, set, peer, ours: ours.size, theirs: theirs.size, common });
}

/**
 * cdxgen's production set: it marks development packages `excluded` or, for several ecosystems
 * (yarn, pnpm, uv, Go test-only modules), `optional`; so its production set is what it leaves
 * `required` or unscoped. That is a comparison, not ground truth (README: "Where we differ").
 */
const cdxgenProduction = (c: Doc) => c.scope !== 'excluded' && c.scope !== 'optional';

afterAll(() => {
  // Per ecosystem (the folder name's first word), common / union of the two sets, over the folders.
  const rows = new Map<string, { full: [number, number]; production: [number, number] }>();
  for (const a of agreements) {
    const key = `${a.folder.split('-')[0]} (${a.peer})`;
    const row = rows.get(key) ?? { full: [0, 0], production: [0, 0] };
    row[a.set][0] += a.common;
    row[a.set][1] += a.ours + a.theirs - a.common;
    rows.set(key, row);
  }
  const pct = ([common, union]: [number, number]) => (union ? `${((100 * common) / union).toFixed(1)}%` : '-');
  const lines = [
    'generate-sbom agreement with the peers (common / union of purl sets):',
    ...[...rows]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, r]) => `  ${key}: full ${pct(r.full)}, production ${pct(r.production)}`),
    'per folder (ours / theirs / common):',
    ...agreements.map((a) => `  ${a.folder} ${a.set}: ${a.ours} / ${a.theirs} / ${a.common}`),
  ];
  if (agreements.length) console.log(lines.join('\n'));
});

describe.each(folders)('corpus sbom/%s', (folder) => {
  test('gives a schema-valid, reproducible SBOM with and without dev dependencies', async () => {
    const withDev = await run(folder, true);
    const again = await run(folder, true);
    expect(again.text).toBe(withDev.text);
    const withoutDev = await run(folder, false);
    expect(withDev.componentCount).toBeGreaterThan(0);
    expect(withoutDev.componentCount).toBeLessThanOrEqual(withDev.componentCount);
    // No dangling references in the graph.
    for (const sbom of [withDev, withoutDev]) {
      const doc = sbom.document as {
        components: { 'bom-ref': string }[];
        metadata: { component: { 'bom-ref': string } };
        dependencies: { ref: string; dependsOn?: string[] }[];
      };
      const refs = new Set([doc.metadata.component['bom-ref'], ...doc.components.map((c) => c['bom-ref'])]);
      for (const dep of doc.dependencies)
        for (const to of [dep.ref, ...(dep.dependsOn ?? [])]) expect(refs.has(to)).toBe(true);
    }
  });

  test('every component with a purl names the lockfile it was read from (evidence.identity)', async () => {
    const sbom = await run(folder, true);
    const named = new Set<string>();
    for (const c of sbom.document.components as Doc[]) {
      if (!c.purl) continue;
      const identity = (c.evidence as { identity: { concludedValue: string; methods: { value: string }[] }[] })
        .identity[0]!;
      expect([c.purl, identity.concludedValue]).toEqual([c.purl, c.purl]);
      for (const method of identity.methods) named.add(method.value);
    }
    expect([...named].sort()).toEqual([...sbom.lockfiles].sort());
  });

  if (folder.startsWith('npm-')) {
    test.each([true, false])(
      'the package set equals cyclonedx-npm --package-lock-only (include dev: %s)',
      async (includeDev) => {
        const ours = purlSet((await run(folder, includeDev)).document as Doc);
        const theirs = purlSet(cyclonedxNpm(folder, includeDev));
        agreement(folder, includeDev ? 'full' : 'production', 'cyclonedx-npm', ours, theirs);
        expect([...ours].filter((p) => !theirs.has(p))).toEqual([]);
        // The only packages they list and we do not: ones the lockfile flags dev at every install path
        // (optional peers of dev packages), which `npm ci --omit=dev` does not install.
        const devOnly = new Set(
          [...(await readLockfile(join(root, folder), 'package-lock.json')).packages.values()]
            .filter((p) => p.dev && p.purl)
            .map((p) => decodeURIComponent(p.purl!.split('?')[0]!).toLowerCase()),
        );
        const missing = [...theirs].filter((p) => !ours.has(p));
        if (includeDev) expect(missing).toEqual([]);
        for (const purl of missing) expect([purl, devOnly.has(purl)]).toEqual([purl, true]);
      },
    );
  } else {
    test('the package set equals cdxgen (offline reference), but for workspace members and non-modules', async () => {
      const sbom = await run(folder, true);
      const ours = purlSet(sbom.document as Doc);
      const reference = JSON.parse(readFileSync(join(root, folder, 'reference.cdxgen.cdx.json'), 'utf8')) as Doc;
      const theirs = purlSet(reference);
      agreement(folder, 'full', 'cdxgen', ours, theirs);
      // Ours only: the Go standard library from go.mod's go / toolchain line, which cdxgen leaves out.
      const goStdlib = (p: string) => p.startsWith('pkg:golang/stdlib@');
      expect([...ours].filter((p) => !theirs.has(p) && !goStdlib(p))).toEqual([]);
      // Ours without a purl: the project itself and its own members (local), which cdxgen gives registry purls.
      const project = (sbom.document.metadata as { component: Doc }).component;
      const local = new Set(
        [project, ...(sbom.document.components as Doc[]).filter((c) => !c.purl)].map((c) =>
          `${c.name}@${c.version}`.toLowerCase(),
        ),
      );
      for (const purl of [...theirs].filter((p) => !ours.has(p))) {
        const [, type, path, version] = /^pkg:([^/]+)\/(.+?)(?:@(.*))?$/.exec(purl)!;
        const name = path!.split('/').pop()!;
        const isLocalMember = local.has(`${name}@${version}`) || local.has(`${path}@${version}`);
        // Go module versions are always v<semver>: anything else is not a module (cdxgen reads
        // go.mod's `retract` block as requirements).
        const notAModule = type === 'golang' && !/^v\d+\.\d+\.\d+/.test(version ?? '');
        expect([purl, isLocalMember || notAModule]).toEqual([purl, true]);
      }
    });

    test('the production set is part of the full one, and is compared with cdxgen', async () => {
      const production = purlSet((await run(folder, false)).document as Doc);
      const full = purlSet((await run(folder, true)).document as Doc);
      expect([...production].filter((p) => !full.has(p))).toEqual([]);
      expect(production.size).toBeGreaterThan(0);
      const reference = JSON.parse(readFileSync(join(root, folder, 'reference.cdxgen.cdx.json'), 'utf8')) as Doc;
      agreement(folder, 'production', 'cdxgen', production, purlSet(reference, cdxgenProduction));
    });
  }
});
