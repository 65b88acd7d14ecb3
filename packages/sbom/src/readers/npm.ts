// package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3, read directly (npm is never run).
// v2 and v3 have the flat `packages` map keyed by install path: dependencies resolve the way Node
// resolves them (the nearest node_modules up the path), and the scopes come from that graph the way
// `npm ls --omit dev` walks it: production packages' peers count, which npm's own `dev` flag leaves
// out; every entry npm flags neither dev, optional nor devOptional stays required whatever the walk
// says. v1 has only the nested `dependencies` tree with `requires` maps, and its flags give the scopes.
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { ConfigurationError, isInside, readTextFile } from '@paved-road/core';
import { declaredDependencies, readNpmManifest, syncWarning, type NpmManifest } from '../manifest.js';
import {
  addEdge,
  addPackage,
  hashesFromIntegrity,
  isObject,
  lineOf,
  npmEntryProperties,
  parseJsonFile,
  reachable,
  str,
  type EdgeKind,
  type EdgeOwner,
  type LockfileGraph,
  type Package,
} from '../model.js';
import { classifyNpmResolved, npmDistribution, npmPurl, splitNpmName, type NpmSource } from '../purl.js';
import { projectDirName, type ReadInput } from './types.js';

export function readNpmLockfile(input: ReadInput): LockfileGraph {
  const data = parseJsonFile(input.text, input.lockfile, input.lockfile);
  if (!isObject(data)) {
    throw new ConfigurationError(
      'invalid-lockfile',
      `${input.lockfile} is not a package-lock object.`,
      { file: input.lockfile, line: 1 },
      'Regenerate it with npm install.',
    );
  }
  const version = data.lockfileVersion;
  const manifest = readNpmManifest(
    dirname(input.path),
    posix.join(posix.dirname(input.lockfile), 'package.json'),
    input.root,
  );
  if (version === 2 || version === 3) {
    if (!isObject(data.packages)) {
      throw new ConfigurationError(
        'invalid-lockfile',
        `${input.lockfile} (lockfileVersion ${version}) has no "packages" map.`,
        { file: input.lockfile, line: lineOfKey(input.text, 'lockfileVersion') },
        'Regenerate it with npm install.',
      );
    }
    return readPackagesMap(input, data, data.packages, manifest);
  }
  if (version === 1) return readV1(input, data, manifest);
  throw new ConfigurationError(
    'unsupported-lockfile-version',
    `${input.lockfile} has lockfileVersion ${JSON.stringify(version)}; paved-road reads versions 1, 2 and 3.`,
    { file: input.lockfile, line: lineOfKey(input.text, 'lockfileVersion') },
    'Regenerate it with npm 7 or later (npm install --package-lock-only).',
  );
}

function lineOfKey(text: string, key: string): number | undefined {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? undefined : lineOf(text, at);
}

/** The name a `node_modules/...` path installs, or undefined for a workspace / outside path. */
function nameFromPath(path: string): string | undefined {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  return path.slice(at + 'node_modules/'.length);
}

// In npm's order of precedence: a name in several lists takes the kind of the last one (a root's
// devDependencies win over its peers, optionalDependencies over dependencies), as arborist builds edges.
const DEPENDENCY_KEYS = ['peerDependencies', 'dependencies', 'optionalDependencies'] as const;
const DEPENDENCY_KEYS_WITH_DEV = [...DEPENDENCY_KEYS, 'devDependencies'] as const;
const EDGE_OF_KEY = {
  dependencies: 'required',
  optionalDependencies: 'optional',
  peerDependencies: 'required',
  devDependencies: 'dev',
} as const;

interface Entry {
  path: string;
  data: Record<string, unknown>;
  ref: string;
}

function readPackagesMap(
  input: ReadInput,
  lock: Record<string, unknown>,
  packages: Record<string, unknown>,
  manifest: NpmManifest | undefined,
): LockfileGraph {
  const result = new Map<string, Package>();
  const warnings: string[] = [];
  const rootData = isObject(packages['']) ? packages[''] : {};
  // The manifest first: the lockfile's copy of name and version may be older.
  const declaredName = manifest?.name ?? str(rootData.name) ?? str(lock.name);
  const rootName = declaredName ?? projectDirName(input);
  const rootVersion = manifest?.version ?? str(rootData.version) ?? str(lock.version);
  const rootRef = `root:${rootName}`;
  const installed = installedLicenses(dirname(input.path), input.root);

  // First pass: the identity (ref) of every installed path; links point at their target path.
  const entries = new Map<string, Entry>();
  const links = new Map<string, string>();
  for (const path in packages) {
    const value = packages[path];
    if (path === '' || !isObject(value)) continue;
    if (value.link === true) {
      const target = str(value.resolved);
      if (target !== undefined) links.set(path, target);
      continue;
    }
    const installedAs = nameFromPath(path);
    const fullName = str(value.name) ?? installedAs ?? posix.basename(path);
    const version = str(value.version) ?? '';
    const local = installedAs === undefined;
    const source: NpmSource = local ? { kind: 'local', path } : classifyNpmResolved(str(value.resolved), fullName);
    let ref: string;
    let purl: string | undefined;
    if (source.kind === 'local') {
      ref = `local:${path}`;
    } else {
      purl = npmPurl(fullName, version, source);
      ref = purl;
    }
    entries.set(path, { path, data: value, ref });
    const { group, name } = splitNpmName(fullName);
    const hashes = hashesFromIntegrity(str(value.integrity));
    const resolved = str(value.resolved);
    const pkg: Package = {
      ref,
      ecosystem: 'npm',
      group,
      name,
      version,
      purl,
      hashes,
      files: npmDistribution(fullName, version, source, resolved, hashes),
      vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
      license: licenseOf(value.license) ?? (local ? undefined : installed?.(path)),
      dev: value.dev === true,
      optional: value.optional === true,
      local,
      dependsOn: new Set(),
      source: path,
      properties: npmEntryProperties(value),
    };
    addPackage(result, pkg);
  }

  const resolveTarget = (path: string): Entry | undefined => {
    let seen = 0;
    let current = path;
    while (links.has(current) && seen++ < 32) current = normalizeLinkTarget(links.get(current)!);
    return entries.get(current);
  };
  const resolveDep = (from: string, name: string): Entry | undefined => {
    let dir = from;
    for (;;) {
      const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
      if (entries.has(candidate) || links.has(candidate)) return resolveTarget(candidate);
      if (!dir) return undefined;
      const slash = dir.lastIndexOf('/');
      dir = slash < 0 ? '' : dir.slice(0, slash);
    }
  };
  /** Calls `visit` with each dependency name `data` declares and its kind (dev ones only when `withDev`). */
  const forEachDependency = (
    data: Record<string, unknown>,
    withDev: boolean,
    visit: (name: string, kind: EdgeKind | 'required') => void,
  ) => {
    const peerMeta = isObject(data.peerDependenciesMeta) ? data.peerDependenciesMeta : {};
    const kinds = new Map<string, EdgeKind | 'required'>();
    for (const key of withDev ? DEPENDENCY_KEYS_WITH_DEV : DEPENDENCY_KEYS) {
      const names = data[key];
      if (!isObject(names)) continue;
      for (const name in names) {
        const meta = peerMeta[name];
        const optionalPeer = key === 'peerDependencies' && isObject(meta) && meta.optional === true;
        kinds.set(name, optionalPeer ? 'optional' : EDGE_OF_KEY[key]);
      }
    }
    for (const [name, kind] of kinds) visit(name, kind);
  };

  // Second pass: edges, between packages and between install paths: the scopes are walked over
  // paths, since one package at two paths (under a production and under a dev parent) may resolve
  // its dependencies differently at each. Workspace members (outside node_modules) also bring their
  // devDependencies.
  const atPath = new Map<string, EdgeOwner>();
  const rootAtPath: EdgeOwner = { dependsOn: new Set() };
  for (const entry of entries.values()) {
    const pkg = result.get(entry.ref)!;
    const owner: EdgeOwner = { dependsOn: new Set() };
    atPath.set(entry.path, owner);
    forEachDependency(entry.data, pkg.local === true, (name, kind) => {
      const target = resolveDep(entry.path, name);
      if (!target) return;
      addEdge(owner, target.path, kind);
      if (target.ref !== entry.ref) addEdge(pkg, target.ref, kind);
    });
  }
  const root: EdgeOwner = { dependsOn: new Set() };
  forEachDependency(rootData, true, (name, kind) => {
    const target = resolveDep('', name);
    if (!target) return;
    addEdge(root, target.ref, kind);
    addEdge(rootAtPath, target.path, kind);
  });
  // Workspace members are direct dependencies of the project even when no root manifest names them.
  for (const [path, target] of links) {
    if (!path.startsWith('node_modules/')) continue;
    const entry = entries.get(normalizeLinkTarget(target));
    if (entry && !entry.path.includes('node_modules/') && isWorkspacePath(lock, entry.path)) {
      addEdge(root, entry.ref);
      addEdge(rootAtPath, entry.path);
    }
  }
  const flaggedRequired: string[] = [];
  for (const entry of entries.values())
    if (entry.data.dev !== true && entry.data.optional !== true && entry.data.devOptional !== true)
      flaggedRequired.push(entry.path);
  const { required, needed } = reachable(rootAtPath, (path) => atPath.get(path), flaggedRequired);
  for (const pkg of result.values()) pkg.dev = true;
  for (const entry of entries.values()) {
    if (!needed.has(entry.path)) continue;
    const pkg = result.get(entry.ref)!;
    pkg.optional = pkg.dev ? !required.has(entry.path) : pkg.optional && !required.has(entry.path);
    pkg.dev = false;
  }

  if (manifest) {
    for (const dep of declaredDependencies(manifest)) {
      const target = resolveDep('', dep.name);
      const locked = target ? str(target.data.version) : undefined;
      const spec = isObject(rootData) ? specIn(rootData, dep.name) : undefined;
      // v2/v3 lockfiles record the spec they were written for: when it is the manifest's, npm
      // resolved that spec, so only a missing entry is left to report. The range check of the
      // locked version (semver, the costly part) is for lockfiles that record no spec (v1).
      const warning =
        spec !== undefined && spec !== dep.spec
          ? `${manifest.file} declares ${dep.name}@${dep.spec} but ${input.lockfile} was written for ${dep.name}@${spec}: the lockfile is out of sync with the manifest; run npm install to update it.`
          : spec !== undefined && target
            ? undefined
            : syncWarning(manifest.file, input.lockfile, dep.name, dep.spec, target ? (locked ?? '') : undefined);
      if (warning) warnings.push(warning);
    }
  }

  return {
    lockfile: input.lockfile,
    ecosystem: 'npm',
    root: {
      ref: rootRef,
      name: rootName,
      declared: declaredName !== undefined,
      version: rootVersion,
      ecosystem: 'npm',
      license: manifest?.license ?? licenseOf(rootData.license),
      ...root,
    },
    packages: result,
    warnings,
  };
}

function isWorkspacePath(lock: Record<string, unknown>, path: string): boolean {
  const root = isObject(lock.packages) && isObject(lock.packages['']) ? lock.packages[''] : {};
  return Array.isArray(root.workspaces) || isObject(root.workspaces) || !path.startsWith('..');
}

function specIn(data: Record<string, unknown>, name: string): string | undefined {
  for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const map = data[key];
    if (isObject(map) && typeof map[name] === 'string') return map[name] as string;
  }
  return undefined;
}

function normalizeLinkTarget(target: string): string {
  return posix.normalize(target.replace(/^file:/, '')).replace(/\/$/, '');
}

export function licenseOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (isObject(value) && typeof value.type === 'string') return value.type;
  if (Array.isArray(value)) {
    const ids = value.map((v) => (isObject(v) ? str(v.type) : str(v))).filter((v): v is string => !!v);
    if (ids.length) return ids.length === 1 ? ids[0] : `(${ids.join(' OR ')})`;
  }
  return undefined;
}

// ---- lockfileVersion 1 -------------------------------------------------------------------------

interface V1Node {
  key: string;
  name: string;
  data: Record<string, unknown>;
  parent?: V1Node;
  children: Map<string, V1Node>;
  ref: string;
}

function v1Identity(
  installedAs: string,
  data: Record<string, unknown>,
): { fullName: string; version: string; source: NpmSource } {
  const raw = str(data.version) ?? '';
  const resolved = str(data.resolved);
  if (raw.startsWith('npm:')) {
    const spec = raw.slice(4);
    const at = spec.lastIndexOf('@');
    const fullName = spec.slice(0, at);
    return { fullName, version: spec.slice(at + 1), source: classifyNpmResolved(resolved, fullName) };
  }
  if (/^(file:|link:)/.test(raw))
    return { fullName: installedAs, version: '', source: { kind: 'local', path: raw.replace(/^(file|link):/, '') } };
  const looksGit = /^(git\+|git:|github:|gitlab:|bitbucket:)/.test(raw) || /^[\w.-]+\/[\w.-]+#/.test(raw);
  if (looksGit) {
    const source = classifyNpmResolved(raw, installedAs);
    const commit = source.kind === 'git' ? source.commit : undefined;
    return { fullName: installedAs, version: commit ?? '', source };
  }
  if (/^https?:\/\//.test(raw)) {
    const version = /-(\d+\.\d+\.\d+[^/]*?)\.tgz$/.exec(raw)?.[1] ?? '';
    return { fullName: installedAs, version, source: classifyNpmResolved(raw, installedAs) };
  }
  return { fullName: installedAs, version: raw, source: classifyNpmResolved(resolved, installedAs) };
}

function readV1(input: ReadInput, lock: Record<string, unknown>, manifest: NpmManifest | undefined): LockfileGraph {
  const result = new Map<string, Package>();
  const warnings: string[] = [];
  const declaredName = manifest?.name ?? str(lock.name);
  const rootName = declaredName ?? projectDirName(input);
  const installed = installedLicenses(dirname(input.path), input.root);
  const all: V1Node[] = [];
  const build = (deps: unknown, parent: V1Node | undefined, into: Map<string, V1Node>) => {
    if (!isObject(deps)) return;
    for (const [key, value] of Object.entries(deps)) {
      if (!isObject(value)) continue;
      const { fullName, version, source } = v1Identity(key, value);
      const purl = source.kind === 'local' ? undefined : npmPurl(fullName, version, source);
      const pathKey = parent ? `${parent.key}/node_modules/${key}` : `node_modules/${key}`;
      const ref = purl ?? `local:${pathKey}`;
      const node: V1Node = { key: pathKey, name: key, data: value, parent, children: new Map(), ref };
      into.set(key, node);
      all.push(node);
      const { group, name } = splitNpmName(fullName);
      const hashes = hashesFromIntegrity(str(value.integrity));
      const resolved = str(value.resolved);
      addPackage(result, {
        ref,
        ecosystem: 'npm',
        group,
        name,
        version,
        purl,
        hashes,
        files: npmDistribution(fullName, version, source, resolved, hashes),
        vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
        license: source.kind === 'local' ? undefined : installed?.(pathKey),
        dev: value.dev === true,
        optional: value.optional === true,
        local: source.kind === 'local',
        dependsOn: new Set(),
        source: pathKey,
      });
      build(value.dependencies, node, node.children);
    }
  };
  const top = new Map<string, V1Node>();
  build(lock.dependencies, undefined, top);
  const resolve = (from: V1Node | undefined, name: string): V1Node | undefined => {
    for (let scope = from; scope; scope = scope.parent) {
      const hit = scope.children.get(name);
      if (hit) return hit;
    }
    return top.get(name);
  };
  for (const node of all) {
    const requires = node.data.requires;
    if (!isObject(requires)) continue;
    const pkg = result.get(node.ref)!;
    for (const name of Object.keys(requires)) {
      const target = resolve(node, name);
      if (target && target.ref !== node.ref) pkg.dependsOn.add(target.ref);
    }
  }
  const root: EdgeOwner = { dependsOn: new Set() };
  if (manifest) {
    for (const dep of declaredDependencies(manifest)) {
      const target = top.get(dep.name);
      if (target) addEdge(root, target.ref, dep.dev ? 'dev' : dep.optional ? 'optional' : 'required');
      const warning = syncWarning(
        manifest.file,
        input.lockfile,
        dep.name,
        dep.spec,
        target ? v1Identity(dep.name, target.data).version : undefined,
      );
      if (warning) warnings.push(warning);
    }
  } else {
    // Without a manifest, the top-level packages nothing else requires are the direct dependencies.
    const required = new Set<string>();
    for (const pkg of result.values()) for (const dep of pkg.dependsOn) required.add(dep);
    for (const node of top.values()) if (!required.has(node.ref)) addEdge(root, node.ref);
  }
  return {
    lockfile: input.lockfile,
    ecosystem: 'npm',
    root: {
      ref: `root:${rootName}`,
      name: rootName,
      declared: declaredName !== undefined,
      version: manifest?.version ?? str(lock.version),
      ecosystem: 'npm',
      license: manifest?.license,
      ...root,
    },
    packages: result,
    warnings,
  };
}

export const npmLockfileNames = ['npm-shrinkwrap.json', 'package-lock.json'];

/**
 * Licenses of an installed tree: the `license` field of `<lockfile dir>/<install path>/package.json`,
 * for packages whose lockfile entry has none (npm writes `license` into v2/v3 lockfiles only since
 * npm 7 and never into v1). Undefined when there is no node_modules folder next to the lockfile.
 * A package.json that is missing or unreadable gives no license; the lockfile stays the source of truth
 * for everything else. An install path is lockfile content: one that leads out of node_modules (`..`)
 * or through a link out of the project `root` is never read.
 */
export function installedLicenses(
  lockfileDir: string,
  root: string,
): ((installPath: string) => string | undefined) | undefined {
  const modules = join(lockfileDir, 'node_modules');
  if (!existsSync(modules)) return undefined;
  return (installPath) => {
    const path = join(lockfileDir, installPath, 'package.json');
    if (!isInside(modules, path)) return undefined;
    let text: string;
    try {
      text = readTextFile(path, { kind: 'manifest', maxBytes: 1024 * 1024, workspace: root });
    } catch {
      return undefined;
    }
    try {
      const data: unknown = JSON.parse(text);
      return isObject(data) ? licenseOf(data.license ?? data.licenses) : undefined;
    } catch {
      return undefined;
    }
  };
}
