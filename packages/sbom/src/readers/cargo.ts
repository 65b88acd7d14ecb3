// Cargo.lock (versions 1 to 4). Packages without `source` are the workspace's own crates: local
// components without a registry identity. `checksum` is the SHA-256 of the .crate file.
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { ConfigurationError, readTextFile } from '@paved-road/core';
import {
  addPackage,
  computeScopes,
  hexHash,
  isObject,
  lineOf,
  str,
  type LockfileGraph,
  type Package,
} from '../model.js';
import { purl } from '../purl.js';
import { parseTomlFile } from './toml-file.js';
import type { ReadInput } from './types.js';

const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';

export function readCargoLock(input: ReadInput): LockfileGraph {
  const data = parseTomlFile(input.text, input.lockfile);
  const version = data.version ?? (isObject(data.metadata) ? 1 : 2);
  if (typeof version !== 'number' || version < 1 || version > 4) {
    const at = input.text.indexOf('version');
    throw new ConfigurationError(
      'unsupported-lockfile-version',
      `${input.lockfile} has version ${JSON.stringify(version)}; paved-road reads Cargo.lock versions 1 to 4.`,
      { file: input.lockfile, line: at >= 0 ? lineOf(input.text, at) : 1 },
      'Regenerate it with a current cargo (cargo generate-lockfile).',
    );
  }
  const list = Array.isArray(data.package) ? data.package.filter(isObject) : [];
  const v1Checksums = isObject(data.metadata) ? data.metadata : {};
  const lockDirDisplay = posix.dirname(input.lockfile);
  const result = new Map<string, Package>();
  const byName = new Map<string, { version: string; source?: string; ref: string }[]>();
  for (const entry of list) {
    const name = String(entry.name ?? '');
    const version = String(entry.version ?? '');
    const source = str(entry.source);
    let ref: string;
    let packageUrl: string | undefined;
    let vcs: string | undefined;
    if (!source) {
      ref = `local:${posix.join(lockDirDisplay, 'crate', name)}`;
    } else if (source.startsWith('git+')) {
      const commit = source.split('#')[1];
      vcs = source.replace(/^git\+/, '').replace(/\?.*?(#|$)/, '$1');
      packageUrl = purl('cargo', undefined, name, version, { vcs_url: source.replace(/\?[^#]*/, '') });
      ref = packageUrl;
      void commit;
    } else {
      const repository =
        source === CRATES_IO ||
        source === 'registry+https://index.crates.io' ||
        source === 'sparse+https://index.crates.io/'
          ? undefined
          : source.replace(/^(registry|sparse)\+/, '');
      packageUrl = purl('cargo', undefined, name, version, { repository_url: repository });
      ref = packageUrl;
    }
    const checksum = str(entry.checksum) ?? str(v1Checksums[`checksum ${name} ${version} (${source})`]);
    const hash = hexHash('SHA-256', checksum);
    addPackage(result, {
      ref,
      ecosystem: 'cargo',
      name,
      version,
      purl: packageUrl,
      hashes: hash ? [hash] : [],
      files: [],
      vcs,
      dev: false,
      optional: false,
      local: !source,
      dependsOn: new Set(),
      source: `${name} ${version}`,
    });
    const known = byName.get(name) ?? [];
    known.push({ version, source, ref });
    byName.set(name, known);
  }
  // Dependencies are "name", "name version" or "name version (source)", unambiguous within the file.
  for (const entry of list) {
    const from = [...(byName.get(String(entry.name)) ?? [])].find(
      (c) => c.version === String(entry.version) && c.source === str(entry.source),
    )?.ref;
    if (!from) continue;
    const pkg = result.get(from)!;
    for (const dep of Array.isArray(entry.dependencies) ? entry.dependencies : []) {
      const [name, version, source] = String(dep).split(' ');
      const candidates = byName.get(name!) ?? [];
      const match =
        candidates.find((c) => (!version || c.version === version) && (!source || `(${c.source})` === source)) ??
        candidates[0];
      if (match && match.ref !== from) pkg.dependsOn.add(match.ref);
    }
  }
  // The root: the [package] of Cargo.toml beside the lockfile, or the workspace's crates.
  const manifestPath = join(dirname(input.path), 'Cargo.toml');
  let rootName = posix.basename(posix.resolve('/', lockDirDisplay)) || 'project';
  let rootVersion: string | undefined;
  if (existsSync(manifestPath)) {
    const manifest = parseTomlFile(
      readTextFile(manifestPath, {
        displayName: posix.join(lockDirDisplay, 'Cargo.toml'),
        kind: 'manifest',
        workspace: input.root,
      }),
      posix.join(lockDirDisplay, 'Cargo.toml'),
    );
    if (isObject(manifest.package)) {
      rootName = str(manifest.package.name) ?? rootName;
      rootVersion = str(manifest.package.version);
    }
  }
  const rootDeps = new Set<string>();
  const rootCrate = (byName.get(rootName) ?? []).find((c) => !c.source);
  if (rootCrate) {
    for (const dep of result.get(rootCrate.ref)!.dependsOn) rootDeps.add(dep);
    result.delete(rootCrate.ref);
  }
  for (const pkg of result.values()) {
    pkg.dependsOn.delete(rootCrate?.ref ?? '');
    if (pkg.local) rootDeps.add(pkg.ref);
  }
  // Cargo.lock does not separate dev-dependencies: everything it locks is required.
  computeScopes(result, { prod: [...result.keys()], optional: [] });
  return {
    lockfile: input.lockfile,
    ecosystem: 'cargo',
    root: { ref: `root:${rootName}`, name: rootName, version: rootVersion, ecosystem: 'cargo', dependsOn: rootDeps },
    packages: result,
    warnings: [],
  };
}
