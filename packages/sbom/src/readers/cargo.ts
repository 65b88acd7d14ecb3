// Cargo.lock (versions 1 to 4). Packages without `source` are the workspace's own crates: local
// components without a registry identity. `checksum` is the SHA-256 of the .crate file. Cargo.lock
// does not separate dev-dependencies: the workspace crates' Cargo.toml files do.
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { ConfigurationError, readTextFile } from '@paved-road/core';
import { workspaceMemberDirs } from '../discover.js';
import {
  addEdge,
  addPackage,
  computeScopes,
  edgeKind,
  hexHash,
  isObject,
  lineOf,
  str,
  type EdgeOwner,
  type LockfileGraph,
  type Package,
} from '../model.js';
import { purl } from '../purl.js';
import { parseTomlFile } from './toml-file.js';
import { projectDirName, type ReadInput } from './types.js';

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
  // Lines of the [[package]] headers, in the order of `list`, for messages about an entry.
  const headerLines: number[] = [];
  for (const match of input.text.matchAll(/^\[\[package\]\]/gm)) headerLines.push(lineOf(input.text, match.index));
  const checksumAt = new Map<string, { checksum: string; line: number }>();
  for (const [index, entry] of list.entries()) {
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
    // The same crate locked twice with two checksums: one of them is not what cargo would download.
    const key = `${name} ${version} ${source ?? ''}`;
    const line = headerLines[index] ?? 1;
    const earlier = checksumAt.get(key);
    if (earlier && hash && earlier.checksum !== hash.content) {
      throw new ConfigurationError(
        'invalid-lockfile',
        `${input.lockfile} locks ${name} ${version} twice with different checksums (lines ${earlier.line} and ${line}); it may be hand-edited or badly merged.`,
        { file: input.lockfile, line },
        'Remove the duplicate entry and run cargo generate-lockfile (or cargo update) to rewrite it.',
      );
    }
    if (hash && !earlier) checksumAt.set(key, { checksum: hash.content, line });
    addPackage(result, {
      ref,
      ecosystem: 'cargo',
      name,
      version,
      purl: packageUrl,
      hashes: hash ? [hash] : [],
      // The .crate that checksum is the SHA-256 of, where crates.io's index (config.json `dl`) says.
      files:
        packageUrl && !vcs && !packageUrl.includes('repository_url=')
          ? [
              {
                url: `https://crates.io/api/v1/crates/${name}/${version}/download`,
                hashes: hash ? [hash] : [],
                derived: true,
              },
            ]
          : [],
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
  const lockDir = dirname(input.path);
  const rootManifest = readCargoManifest(lockDir, posix.join(lockDirDisplay, 'Cargo.toml'), input.root);
  const rootName = rootManifest?.name ?? projectDirName(input);
  const rootVersion = rootManifest?.version;
  // Each workspace crate's manifest says which of its edges are dev-dependencies only.
  const manifests = new Map<string, CargoManifest>();
  if (rootManifest?.name) manifests.set(rootManifest.name, rootManifest);
  for (const dir of workspaceMemberDirs(lockDir, rootManifest?.members ?? [])) {
    const member = readCargoManifest(join(lockDir, dir), posix.join(lockDirDisplay, dir, 'Cargo.toml'), input.root);
    if (member?.name) manifests.set(member.name, member);
  }
  for (const pkg of result.values()) {
    const manifest = pkg.local ? manifests.get(pkg.name) : undefined;
    if (!manifest) continue;
    for (const dep of pkg.dependsOn) {
      const target = result.get(dep);
      if (target && manifest.devOnly.has(target.name)) (pkg.edgeKinds ??= new Map()).set(dep, 'dev');
    }
  }
  const root: EdgeOwner = { dependsOn: new Set() };
  const rootCrate = (byName.get(rootName) ?? []).find((c) => !c.source);
  if (rootCrate) {
    const crate = result.get(rootCrate.ref)!;
    for (const dep of crate.dependsOn) addEdge(root, dep, edgeKind(crate, dep));
    result.delete(rootCrate.ref);
  }
  for (const pkg of result.values()) {
    pkg.dependsOn.delete(rootCrate?.ref ?? '');
    if (pkg.local) addEdge(root, pkg.ref);
  }
  computeScopes(root, result);
  return {
    lockfile: input.lockfile,
    ecosystem: 'cargo',
    root: {
      ref: `root:${rootName}`,
      name: rootName,
      declared: rootManifest?.name !== undefined,
      version: rootVersion,
      license: rootManifest?.license,
      ecosystem: 'cargo',
      ...root,
    },
    packages: result,
    warnings: [],
  };
}

interface CargoManifest {
  name?: string;
  version?: string;
  license?: string;
  /** `[workspace] members` patterns. */
  members: string[];
  /** Crates named only under dev-dependencies (any target), by package name. */
  devOnly: Set<string>;
}

/** The Cargo.toml in `dir`, or undefined when there is none. */
function readCargoManifest(dir: string, display: string, root: string): CargoManifest | undefined {
  const path = join(dir, 'Cargo.toml');
  if (!existsSync(path)) return undefined;
  const data = parseTomlFile(readTextFile(path, { displayName: display, kind: 'manifest', workspace: root }), display);
  const pkg = isObject(data.package) ? data.package : {};
  const tables = [data, ...(isObject(data.target) ? Object.values(data.target).filter(isObject) : [])];
  // A renamed dependency (`alias = { package = "real" }`) is locked under its real name.
  const names = (table: unknown) =>
    isObject(table) ? Object.entries(table).map(([key, spec]) => (isObject(spec) && str(spec.package)) || key) : [];
  const runtime = new Set<string>();
  const dev = new Set<string>();
  for (const table of tables) {
    for (const name of [...names(table.dependencies), ...names(table['build-dependencies'])]) runtime.add(name);
    for (const name of names(table['dev-dependencies'])) dev.add(name);
  }
  const workspace = isObject(data.workspace) ? data.workspace : {};
  return {
    name: str(pkg.name),
    // `version.workspace = true` inherits a version this reader does not resolve: no version then.
    version: str(pkg.version),
    license: str(pkg.license),
    members: Array.isArray(workspace.members)
      ? workspace.members.filter((m): m is string => typeof m === 'string')
      : [],
    devOnly: new Set([...dev].filter((name) => !runtime.has(name))),
  };
}
