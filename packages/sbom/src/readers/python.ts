// poetry.lock and uv.lock. A Python package has one artifact per platform (an sdist and wheels),
// each with its own SHA-256: they are distribution external references (the file name when the
// lockfile has no URL), never a pile of SHA-256 values on the component, which would claim the one
// component hashes to several things at once.
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
  type Distribution,
  type Hash,
  type LockfileGraph,
  type Package,
} from '../model.js';
import { purl } from '../purl.js';
import { parseTomlFile } from './toml-file.js';
import type { ReadInput } from './types.js';

/** PEP 503 normalized name. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function sha256Of(hash: unknown): Hash | undefined {
  const text = str(hash);
  if (!text?.startsWith('sha256:')) return undefined;
  return hexHash('SHA-256', text.slice(7));
}

function readPyproject(
  dir: string,
  display: string,
  root: string,
): { name?: string; version?: string; license?: string; main: Set<string> } {
  const path = join(dir, 'pyproject.toml');
  const main = new Set<string>();
  if (!existsSync(path)) return { main };
  const data = parseTomlFile(readTextFile(path, { displayName: display, kind: 'manifest', workspace: root }), display);
  const project = isObject(data.project) ? data.project : {};
  const poetry = isObject(data.tool) && isObject(data.tool.poetry) ? data.tool.poetry : {};
  for (const dep of Array.isArray(project.dependencies) ? project.dependencies : []) {
    const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(String(dep))?.[1];
    if (name) main.add(normalizePythonName(name));
  }
  if (isObject(poetry.dependencies))
    for (const name of Object.keys(poetry.dependencies)) if (name !== 'python') main.add(normalizePythonName(name));
  const license =
    str(project.license) ?? (isObject(project.license) ? str(project.license.text) : undefined) ?? str(poetry.license);
  return {
    name: str(project.name) ?? str(poetry.name),
    version: str(project.version) ?? str(poetry.version),
    license,
    main,
  };
}

function pypiPurl(
  name: string,
  version: string,
  source: Record<string, unknown> | undefined,
): { purl?: string; vcs?: string; local: boolean } {
  if (
    source &&
    (str(source.type) === 'directory' ||
      str(source.type) === 'file' ||
      source.editable !== undefined ||
      source.virtual !== undefined ||
      source.path !== undefined ||
      source.directory !== undefined)
  ) {
    return { local: true };
  }
  const git = str(source?.git) ?? (str(source?.type) === 'git' ? str(source?.url) : undefined);
  if (git) {
    const reference = str(source?.resolved_reference) ?? str(source?.reference);
    const vcs = `git+${git.replace(/^git\+/, '').replace(/#.*$/, '')}${reference ? `@${reference}` : ''}`;
    return {
      purl: purl('pypi', undefined, normalizePythonName(name), version, { vcs_url: vcs }),
      vcs: vcs.replace(/^git\+/, ''),
      local: false,
    };
  }
  const registry = str(source?.registry) ?? (str(source?.type) === 'legacy' ? str(source?.url) : undefined);
  const repository = registry && !/^https:\/\/pypi\.org\/simple\/?$/.test(registry) ? registry : undefined;
  return {
    purl: purl('pypi', undefined, normalizePythonName(name), version, { repository_url: repository }),
    local: false,
  };
}

export function readPoetryLock(input: ReadInput): LockfileGraph {
  const data = parseTomlFile(input.text, input.lockfile);
  const meta = isObject(data.metadata) ? data.metadata : {};
  const lockVersion = str(meta['lock-version']);
  if (lockVersion && !/^(1\.\d+|2\.\d+)$/.test(lockVersion)) {
    throw new ConfigurationError(
      'unsupported-lockfile-version',
      `${input.lockfile} has lock-version ${lockVersion}; paved-road reads poetry.lock versions 1.x and 2.x.`,
      { file: input.lockfile, line: lineOf(input.text, Math.max(0, input.text.indexOf('lock-version'))) },
      'Regenerate it with Poetry 1.x or 2.x (poetry lock).',
    );
  }
  const lockDir = dirname(input.path);
  const project = readPyproject(lockDir, posix.join(posix.dirname(input.lockfile), 'pyproject.toml'), input.root);
  const result = new Map<string, Package>();
  const byName = new Map<string, string>();
  const list = (Array.isArray(data.package) ? data.package : []).filter(isObject);
  const mainRoots = new Set<string>();
  const optionalRoots = new Set<string>();
  const legacyHashes = isObject(meta.files) ? meta.files : {};
  for (const entry of list) {
    const name = String(entry.name ?? '');
    const version = String(entry.version ?? '');
    const source = isObject(entry.source) ? entry.source : undefined;
    const id = pypiPurl(name, version, source);
    const ref = id.purl ?? `local:${posix.join(posix.dirname(input.lockfile), str(source?.url) ?? name)}`;
    const fileList = Array.isArray(entry.files)
      ? entry.files
      : Array.isArray(legacyHashes[name])
        ? (legacyHashes[name] as unknown[])
        : [];
    const files: Distribution[] = [];
    for (const file of fileList.filter(isObject)) {
      const hash = sha256Of(file.hash);
      if (hash) files.push({ url: str(file.url) ?? str(file.file), hashes: [hash] });
    }
    addPackage(result, {
      ref,
      ecosystem: 'pypi',
      name: normalizePythonName(name),
      version,
      purl: id.purl,
      hashes: files.length === 1 ? files[0]!.hashes : [],
      files,
      vcs: id.vcs,
      dev: false,
      optional: false,
      local: id.local,
      dependsOn: new Set(),
      source: name,
    });
    byName.set(normalizePythonName(name), ref);
    const groups = Array.isArray(entry.groups)
      ? entry.groups.map(String)
      : entry.category === 'dev'
        ? ['dev']
        : ['main'];
    if (groups.includes('main')) (entry.optional === true ? optionalRoots : mainRoots).add(ref);
  }
  for (const entry of list) {
    const from = byName.get(normalizePythonName(String(entry.name)));
    const deps = isObject(entry.dependencies) ? entry.dependencies : {};
    for (const name of Object.keys(deps)) {
      const to = byName.get(normalizePythonName(name));
      if (from && to && to !== from) result.get(from)!.dependsOn.add(to);
    }
  }
  // Poetry 1.2+ records the groups that need each package: anything needed by `main` is required.
  computeScopes(result, { prod: mainRoots, optional: optionalRoots });
  const rootDeps = new Set<string>();
  for (const name of project.main) {
    const ref = byName.get(name);
    if (ref) rootDeps.add(ref);
  }
  if (!rootDeps.size) for (const ref of mainRoots) rootDeps.add(ref);
  const rootName = project.name ?? (posix.basename(posix.resolve('/', posix.dirname(input.lockfile))) || 'project');
  return {
    lockfile: input.lockfile,
    ecosystem: 'pypi',
    root: {
      ref: `root:${rootName}`,
      name: rootName,
      version: project.version,
      license: project.license,
      ecosystem: 'pypi',
      dependsOn: rootDeps,
    },
    packages: result,
    warnings: [],
  };
}

export function readUvLock(input: ReadInput): LockfileGraph {
  const data = parseTomlFile(input.text, input.lockfile);
  if (data.version !== 1) {
    throw new ConfigurationError(
      'unsupported-lockfile-version',
      `${input.lockfile} has version ${JSON.stringify(data.version ?? null)}; paved-road reads uv.lock version 1.`,
      { file: input.lockfile, line: lineOf(input.text, Math.max(0, input.text.indexOf('version'))) },
      'Regenerate it with a current uv (uv lock).',
    );
  }
  const list = (Array.isArray(data.package) ? data.package : []).filter(isObject);
  const result = new Map<string, Package>();
  const byName = new Map<string, { version: string; ref: string }[]>();
  const projectRefs: { ref: string; entry: Record<string, unknown>; isRoot: boolean }[] = [];
  for (const entry of list) {
    const name = normalizePythonName(String(entry.name ?? ''));
    const source = isObject(entry.source) ? entry.source : undefined;
    const version = String(entry.version ?? '');
    const id = pypiPurl(name, version, source);
    const localPath = str(source?.editable) ?? str(source?.virtual) ?? str(source?.directory) ?? str(source?.path);
    const ref = id.purl ?? `local:${posix.join(posix.dirname(input.lockfile), localPath ?? name)}`;
    const files: Distribution[] = [];
    const artifacts = [
      ...(isObject(entry.sdist) ? [entry.sdist] : []),
      ...(Array.isArray(entry.wheels) ? entry.wheels.filter(isObject) : []),
    ];
    for (const artifact of artifacts) {
      const hash = sha256Of(artifact.hash);
      if (hash) files.push({ url: str(artifact.url) ?? str(artifact.filename) ?? str(artifact.path), hashes: [hash] });
    }
    addPackage(result, {
      ref,
      ecosystem: 'pypi',
      name,
      version,
      purl: id.purl,
      hashes: files.length === 1 ? files[0]!.hashes : [],
      files,
      vcs: id.vcs,
      dev: false,
      optional: false,
      local: id.local,
      dependsOn: new Set(),
      source: name,
    });
    const known = byName.get(name) ?? [];
    known.push({ version, ref });
    byName.set(name, known);
    if (id.local) projectRefs.push({ ref, entry, isRoot: localPath === '.' });
  }
  const resolveDep = (dep: Record<string, unknown>): string | undefined => {
    const candidates = byName.get(normalizePythonName(String(dep.name ?? ''))) ?? [];
    const version = str(dep.version);
    return (version ? candidates.find((c) => c.version === version) : undefined)?.ref ?? candidates[0]?.ref;
  };
  const optionalEdges = new Set<string>();
  const prodRoots = new Set<string>();
  const optionalRoots = new Set<string>();
  for (const entry of list) {
    const name = normalizePythonName(String(entry.name ?? ''));
    const from =
      (byName.get(name) ?? []).find((c) => c.version === String(entry.version ?? ''))?.ref ??
      byName.get(name)?.[0]?.ref;
    if (!from) continue;
    const pkg = result.get(from)!;
    for (const dep of (Array.isArray(entry.dependencies) ? entry.dependencies : []).filter(isObject)) {
      const to = resolveDep(dep);
      if (to && to !== from) pkg.dependsOn.add(to);
    }
    const isProject = projectRefs.some((p) => p.ref === from);
    // Extras (optional-dependencies) of a package are optional edges; a project's dev groups are dev.
    const extras = isObject(entry['optional-dependencies']) ? entry['optional-dependencies'] : {};
    for (const deps of Object.values(extras)) {
      for (const dep of (Array.isArray(deps) ? deps : []).filter(isObject)) {
        const to = resolveDep(dep);
        if (!to || to === from) continue;
        pkg.dependsOn.add(to);
        optionalEdges.add(`${from}\n${to}`);
        if (isProject) optionalRoots.add(to);
      }
    }
    if (isProject) {
      for (const dep of pkg.dependsOn) if (!optionalEdges.has(`${from}\n${dep}`)) prodRoots.add(dep);
      const groups = isObject(entry['dev-dependencies']) ? entry['dev-dependencies'] : {};
      for (const deps of Object.values(groups)) {
        for (const dep of (Array.isArray(deps) ? deps : []).filter(isObject)) {
          const to = resolveDep(dep);
          if (to && to !== from) pkg.dependsOn.add(to);
        }
      }
    }
  }
  const root = projectRefs.find((p) => p.isRoot);
  const lockDir = dirname(input.path);
  const project = readPyproject(lockDir, posix.join(posix.dirname(input.lockfile), 'pyproject.toml'), input.root);
  const rootDeps = new Set<string>();
  for (const p of projectRefs) if (p !== root) prodRoots.add(p.ref);
  computeScopes(result, { prod: prodRoots, optional: optionalRoots }, (from, to) =>
    optionalEdges.has(`${from}\n${to}`),
  );
  let rootVersion = project.version;
  let rootName = project.name ?? (posix.basename(posix.resolve('/', posix.dirname(input.lockfile))) || 'project');
  if (root) {
    const pkg = result.get(root.ref)!;
    for (const dep of pkg.dependsOn) rootDeps.add(dep);
    rootName = project.name ?? pkg.name;
    rootVersion ??= pkg.version || undefined;
    result.delete(root.ref);
    for (const other of result.values()) other.dependsOn.delete(root.ref);
  } else {
    for (const ref of prodRoots) rootDeps.add(ref);
  }
  return {
    lockfile: input.lockfile,
    ecosystem: 'pypi',
    root: {
      ref: `root:${rootName}`,
      name: rootName,
      version: rootVersion,
      license: project.license,
      ecosystem: 'pypi',
      dependsOn: rootDeps,
    },
    packages: result,
    warnings: [],
  };
}
