// pnpm-lock.yaml, lockfileVersion 6.x and 9.x, read directly.
// v9 splits packages (identity, resolution) from snapshots (dependencies, one per peer variant:
// `name@1.0.0(peer@2.0.0)`) and has no dev flags: dev-only is computed from the importers. v6 keeps
// both in `packages` with keys starting with `/`. Peer variants are one package in the SBOM.
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { ConfigurationError } from '@paved-road/core';
import { readNpmManifest, syncWarning } from '../manifest.js';
import {
  addEdge,
  addPackage,
  computeScopes,
  hashesFromIntegrity,
  isObject,
  lineOf,
  npmEntryProperties,
  str,
  type EdgeOwner,
  type LockfileGraph,
  type Package,
} from '../model.js';
import {
  classifyNpmResolved,
  normalizeGitUrl,
  npmDistribution,
  npmPurl,
  splitNpmName,
  type NpmSource,
} from '../purl.js';
import { projectDirName, type ReadInput } from './types.js';
import { parseYamlFile } from './yaml-file.js';

type Map_ = Record<string, unknown>;

const IMPORTER_EDGE = { dependencies: 'required', optionalDependencies: 'optional', devDependencies: 'dev' } as const;

/** `name@version(peer@1)(peer@2)` to name and version without the peer suffix. */
export function splitPnpmKey(key: string): { name: string; version: string } {
  const clean = key.startsWith('/') ? key.slice(1) : key;
  const at = clean.indexOf('@', 1);
  if (at < 0) return { name: clean, version: '' };
  const name = clean.slice(0, at);
  let version = clean.slice(at + 1);
  const paren = version.indexOf('(');
  if (paren > 0) version = version.slice(0, paren);
  return { name, version };
}

export function readPnpmLockfile(input: ReadInput): LockfileGraph {
  const data = parseYamlFile(input.text, input.lockfile);
  if (!isObject(data)) {
    throw new ConfigurationError(
      'invalid-lockfile',
      `${input.lockfile} is empty or not a pnpm lockfile.`,
      { file: input.lockfile, line: 1 },
      'Regenerate it with pnpm install.',
    );
  }
  const rawVersion = String(data.lockfileVersion ?? '');
  const major = Number.parseInt(rawVersion, 10);
  if (major !== 6 && major !== 9) {
    const at = input.text.indexOf('lockfileVersion');
    throw new ConfigurationError(
      'unsupported-lockfile-version',
      `${input.lockfile} has lockfileVersion ${JSON.stringify(data.lockfileVersion ?? null)}; paved-road reads pnpm lockfile versions 6 and 9.`,
      { file: input.lockfile, line: at >= 0 ? lineOf(input.text, at) : 1 },
      'Regenerate it with pnpm 8 or later (pnpm install --lockfile-only).',
    );
  }
  const v9 = major === 9;
  const packages: Map_ = isObject(data.packages) ? data.packages : {};
  const snapshots: Map_ = v9 ? (isObject(data.snapshots) ? data.snapshots : {}) : packages;
  const importers: Map_ = isObject(data.importers)
    ? data.importers
    : {
        '.': {
          dependencies: data.dependencies,
          devDependencies: data.devDependencies,
          optionalDependencies: data.optionalDependencies,
        },
      };
  const lockDir = dirname(input.path);
  const lockDirDisplay = posix.dirname(input.lockfile);
  const result = new Map<string, Package>();
  const warnings: string[] = [];

  // Identity of each snapshot key (peer variants map to the same package).
  const refOfKey = new Map<string, string>();
  const packageFor = (key: string): string | undefined => {
    const known = refOfKey.get(key);
    if (known) return known;
    const snapshot = snapshots[key];
    if (snapshot === undefined) return undefined;
    const split = splitPnpmKey(key);
    const baseKey = v9 ? `${split.name}@${split.version}` : key;
    const info: Map_ = (
      isObject(packages[baseKey]) ? packages[baseKey] : isObject(packages[key]) ? packages[key] : {}
    ) as Map_;
    const resolution: Map_ = isObject(info.resolution) ? info.resolution : {};
    const fullName = str(info.name) ?? split.name;
    let version = str(info.version) ?? split.version;
    let source: NpmSource;
    if (resolution.type === 'git' || str(resolution.repo)) {
      const repo = normalizeGitUrl(String(resolution.repo ?? ''));
      source = {
        kind: 'git',
        vcsUrl: `${repo.startsWith('git+') ? repo : `git+${repo}`}#${String(resolution.commit ?? '')}`,
        commit: str(resolution.commit),
      };
    } else if (str(resolution.directory) || version.startsWith('file:') || version.startsWith('link:')) {
      source = { kind: 'local', path: str(resolution.directory) ?? version.replace(/^(file|link):/, '') };
    } else {
      source = classifyNpmResolved(str(resolution.tarball), fullName);
    }
    if (/^(https?:|git|file:)/.test(version)) version = str(info.version) ?? '';
    const purl = source.kind === 'local' ? undefined : npmPurl(fullName, version, source);
    const ref =
      purl ??
      `local:${lockDirDisplay === '.' ? '' : `${lockDirDisplay}/`}${source.kind === 'local' ? source.path : key}`;
    refOfKey.set(key, ref);
    const { group, name } = splitNpmName(fullName);
    const hashes = hashesFromIntegrity(str(resolution.integrity));
    addPackage(result, {
      ref,
      ecosystem: 'npm',
      group,
      name,
      version,
      purl,
      hashes,
      files: npmDistribution(fullName, version, source, str(resolution.tarball), hashes),
      vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
      license: undefined,
      dev: false,
      optional: false,
      local: source.kind === 'local',
      dependsOn: new Set(),
      source: key,
      properties: npmEntryProperties(info),
    });
    return ref;
  };

  const keyOf = (name: string, value: string): string | undefined => {
    const candidates = v9 ? [`${name}@${value}`, value] : [`/${name}@${value}`, value, `/${value}`, `${name}@${value}`];
    return candidates.find((c) => snapshots[c] !== undefined);
  };

  const memberRef = (path: string) => `local:${posix.join(lockDirDisplay, path)}`;
  const linkRef = (fromImporter: string, target: string) =>
    memberRef(posix.normalize(posix.join(fromImporter, target)));

  // Edges of every snapshot.
  for (const [key, value] of Object.entries(snapshots)) {
    const from = packageFor(key);
    if (!from || !isObject(value)) continue;
    const pkg = result.get(from)!;
    for (const field of ['dependencies', 'optionalDependencies'] as const) {
      const deps = value[field];
      if (!isObject(deps)) continue;
      for (const [name, raw] of Object.entries(deps)) {
        const spec = String(raw);
        const target = spec.startsWith('link:') ? undefined : keyOf(name, spec);
        const to = target ? packageFor(target) : undefined;
        if (!to || to === from) continue;
        addEdge(pkg, to, field === 'optionalDependencies' ? 'optional' : 'required');
      }
    }
  }

  // Importers: the root project and the workspace members.
  const root: EdgeOwner = { dependsOn: new Set() };
  let rootManifest = readNpmManifest(lockDir, posix.join(lockDirDisplay, 'package.json'), input.root);
  for (const [path, value] of Object.entries(importers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isObject(value)) continue;
    const isRoot = path === '.';
    const manifestDir = join(lockDir, path);
    const manifest = isRoot
      ? rootManifest
      : existsSync(manifestDir)
        ? readNpmManifest(manifestDir, posix.join(lockDirDisplay, path, 'package.json'), input.root)
        : undefined;
    let owner: Package | undefined;
    if (!isRoot) {
      const ref = memberRef(path);
      const fullName = manifest?.name ?? path;
      const { group, name } = splitNpmName(fullName);
      owner = addPackage(result, {
        ref,
        ecosystem: 'npm',
        group,
        name,
        version: manifest?.version ?? '',
        hashes: [],
        files: [],
        license: manifest?.license,
        dev: false,
        optional: false,
        local: true,
        dependsOn: new Set(),
        source: path,
      });
      addEdge(root, ref);
    }
    for (const field of ['dependencies', 'optionalDependencies', 'devDependencies'] as const) {
      const deps = value[field];
      if (!isObject(deps)) continue;
      for (const [name, entry] of Object.entries(deps)) {
        const version = isObject(entry) ? String(entry.version ?? '') : String(entry);
        const specifier = isObject(entry) ? str(entry.specifier) : undefined;
        let to: string | undefined;
        if (version.startsWith('link:')) to = linkRef(path, version.slice(5));
        else {
          const key = keyOf(name, version);
          to = key ? packageFor(key) : undefined;
        }
        if (!to) continue;
        addEdge(owner ?? root, to, IMPORTER_EDGE[field]);
        void specifier;
      }
    }
    if (manifest) {
      for (const field of ['dependencies', 'optionalDependencies', 'devDependencies'] as const) {
        const locked = isObject(value[field]) ? (value[field] as Map_) : {};
        for (const [name, spec] of Object.entries(manifest[field])) {
          const entry =
            locked[name] ??
            (isObject(value.dependencies) ? value.dependencies[name] : undefined) ??
            (isObject(value.devDependencies) ? value.devDependencies[name] : undefined);
          const lockedSpecifier = isObject(entry) ? str(entry.specifier) : undefined;
          if (entry === undefined) {
            warnings.push(syncWarning(manifest.file, input.lockfile, name, spec, undefined)!);
          } else if (lockedSpecifier !== undefined && lockedSpecifier !== spec) {
            warnings.push(
              `${manifest.file} declares ${name}@${spec} but ${input.lockfile} was written for ${name}@${lockedSpecifier}: the lockfile is out of sync with the manifest; run pnpm install to update it.`,
            );
          }
        }
      }
    }
  }
  if (!rootManifest) rootManifest = undefined;

  // Links from one member to another, and the scopes.
  for (const pkg of result.values())
    for (const dep of [...pkg.dependsOn]) if (!result.has(dep)) pkg.dependsOn.delete(dep);
  for (const dep of [...root.dependsOn]) if (!result.has(dep)) root.dependsOn.delete(dep);
  computeScopes(root, result);

  const rootName = rootManifest?.name ?? projectDirName(input);
  return {
    lockfile: input.lockfile,
    ecosystem: 'npm',
    root: {
      ref: `root:${rootName}`,
      name: rootName,
      declared: rootManifest?.name !== undefined,
      version: rootManifest?.version,
      ecosystem: 'npm',
      license: rootManifest?.license,
      ...root,
    },
    packages: result,
    warnings,
  };
}
