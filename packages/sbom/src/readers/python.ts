// poetry.lock and uv.lock. A Python package has one artifact per platform (an sdist and wheels),
// each with its own SHA-256: they are distribution external references (the file name when the
// lockfile has no URL), never a pile of SHA-256 values on the component, which would claim the one
// component hashes to several things at once.
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { ConfigurationError, readTextFile } from '@paved-road/core';
import {
  addEdge,
  addPackage,
  computeScopes,
  edgeKind,
  hexHash,
  isObject,
  lineOf,
  str,
  type Distribution,
  type EdgeKind,
  type EdgeOwner,
  type Hash,
  type LockfileGraph,
  type Package,
} from '../model.js';
import { purl } from '../purl.js';
import { parseTomlFile } from './toml-file.js';
import { projectDirName, type ReadInput } from './types.js';

/** PEP 503 normalized name. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function sha256Of(hash: unknown): Hash | undefined {
  const text = str(hash);
  if (!text?.startsWith('sha256:')) return undefined;
  return hexHash('SHA-256', text.slice(7));
}

/** A requirement's project name (`requests[socks] >= 2`, `PySocks (>=1.5)`), normalized. */
function requirementName(spec: unknown): string | undefined {
  const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(String(spec))?.[1];
  return name ? normalizePythonName(name) : undefined;
}

interface Pyproject {
  name?: string;
  version?: string;
  license?: string;
  /** Every dependency the project names, with how it needs it (runtime, an extra, a dev group). */
  edges: Map<string, EdgeKind | 'required'>;
  /** Extras the project asks of its dependencies, by dependency name. */
  extras: [string, string[]][];
}

/** The extras of a PEP 508 requirement (`requests[socks,security]`). */
function requirementExtras(spec: unknown): string[] {
  const inside = /^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*\[([^\]]*)\]/.exec(String(spec))?.[1];
  return inside
    ? inside
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean)
    : [];
}

export function readPyproject(dir: string, display: string, root: string): Pyproject {
  const path = join(dir, 'pyproject.toml');
  const edges = new Map<string, EdgeKind | 'required'>();
  const extras: [string, string[]][] = [];
  if (!existsSync(path)) return { edges, extras };
  const data = parseTomlFile(readTextFile(path, { displayName: display, kind: 'manifest', workspace: root }), display);
  const project = isObject(data.project) ? data.project : {};
  const poetry = isObject(data.tool) && isObject(data.tool.poetry) ? data.tool.poetry : {};
  const note = (name: string | undefined, kind: EdgeKind | 'required', wanted: unknown = []) => {
    if (!name || name === 'python') return;
    const asked =
      typeof wanted === 'string' ? requirementExtras(wanted) : Array.isArray(wanted) ? wanted.map(String) : [];
    if (asked.length) extras.push([name, asked]);
    const rank = { required: 0, optional: 1, dev: 2 };
    const current = edges.get(name);
    if (!current || rank[kind] < rank[current]) edges.set(name, kind);
  };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  for (const dep of list(project.dependencies)) note(requirementName(dep), 'required', String(dep));
  if (isObject(project['optional-dependencies']))
    for (const deps of Object.values(project['optional-dependencies']))
      for (const dep of list(deps)) note(requirementName(dep), 'optional', String(dep));
  // PEP 735 groups; an `{include-group = ...}` entry is not a requirement and names nothing.
  if (isObject(data['dependency-groups']))
    for (const deps of Object.values(data['dependency-groups']))
      for (const dep of list(deps)) if (typeof dep === 'string') note(requirementName(dep), 'dev', dep);
  if (isObject(poetry.dependencies))
    for (const [name, spec] of Object.entries(poetry.dependencies))
      note(
        normalizePythonName(name),
        isObject(spec) && spec.optional === true ? 'optional' : 'required',
        isObject(spec) ? spec.extras : [],
      );
  if (isObject(poetry['dev-dependencies']))
    for (const name of Object.keys(poetry['dev-dependencies'])) note(normalizePythonName(name), 'dev');
  if (isObject(poetry.group))
    for (const [group, value] of Object.entries(poetry.group))
      if (isObject(value) && isObject(value.dependencies))
        for (const name of Object.keys(value.dependencies))
          note(normalizePythonName(name), group === 'main' ? 'required' : 'dev');
  const license =
    str(project.license) ?? (isObject(project.license) ? str(project.license.text) : undefined) ?? str(poetry.license);
  return {
    name: str(project.name) ?? str(poetry.name),
    version: str(project.version) ?? str(poetry.version),
    license,
    edges,
    extras,
  };
}

/**
 * Extras: a package's optional edges grouped by extra, and the extras its dependents ask for
 * (`requests[socks]`). An extra something asks for turns its edges into runtime ones.
 */
class Extras {
  private readonly byPackage = new Map<string, Map<string, string[]>>();
  private readonly wanted: [string, string][] = [];
  provide(ref: string, extra: string, to: string): void {
    const extras = this.byPackage.get(ref) ?? new Map<string, string[]>();
    this.byPackage.set(ref, extras);
    const key = normalizePythonName(extra);
    extras.set(key, [...(extras.get(key) ?? []), to]);
  }
  want(ref: string, extras: unknown): void {
    for (const extra of Array.isArray(extras) ? extras : [])
      this.wanted.push([ref, normalizePythonName(String(extra))]);
  }
  apply(packages: Map<string, Package>): void {
    for (const [ref, extra] of this.wanted) {
      const pkg = packages.get(ref);
      for (const to of this.byPackage.get(ref)?.get(extra) ?? []) if (pkg) addEdge(pkg, to);
    }
  }
}

/**
 * How dependents ask for each package: the extras they want of it and the environment markers
 * (PEP 508) under which they need it. They become properties: `cdx:python:package:required-extra`
 * (the CycloneDX taxonomy's) per extra, and `paved-road:python:marker` per marker when every
 * dependent needs it under one (a package some dependent needs unconditionally is always installed).
 * Applied once scopes are known: for a production package only its production dependents (and the
 * root) count, so a test tool that needs it everywhere does not hide its production marker.
 */
export class Requirements {
  private readonly asked = new Map<string, { from?: string; marker?: string; extras: string[] }[]>();
  private readonly lockfileMarkers = new Map<string, string>();
  /** `from` needs `ref` (under `marker`, with `extras`); `from` undefined: the project itself does. */
  note(from: string | undefined, ref: string, marker: unknown, extras: unknown): void {
    const text = typeof marker === 'string' ? marker.trim() : '';
    const list = this.asked.get(ref) ?? [];
    this.asked.set(ref, list);
    list.push({
      from,
      marker: text || undefined,
      extras: (Array.isArray(extras) ? extras : []).map((e) => normalizePythonName(String(e))),
    });
  }
  /** The lockfile's own condition for installing the package: it replaces what dependents said. */
  installedWhen(ref: string, marker: unknown): void {
    if (typeof marker === 'string' && marker.trim()) this.lockfileMarkers.set(ref, marker.trim());
  }
  apply(packages: Map<string, Package>): void {
    for (const [ref, pkg] of packages) {
      const all = this.asked.get(ref) ?? [];
      const production = all.filter((n) => n.from === undefined || packages.get(n.from)?.dev === false);
      const notes = pkg.dev || !production.length ? all : production;
      const extras = [...new Set(notes.flatMap((n) => n.extras))].sort();
      const properties: [string, string][] = extras.map((e) => ['cdx:python:package:required-extra', e]);
      const own = this.lockfileMarkers.get(ref);
      const markers = own
        ? [own]
        : notes.length && notes.every((n) => n.marker)
          ? [...new Set(notes.map((n) => n.marker!))].sort()
          : [];
      for (const m of markers) properties.push(['paved-road:python:marker', m]);
      if (properties.length) pkg.properties = [...(pkg.properties ?? []), ...properties];
    }
  }
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
    const fromPypi = !!id.purl && !id.vcs && !id.purl.includes('repository_url=');
    for (const file of fileList.filter(isObject)) {
      const hash = sha256Of(file.hash);
      const fileName = str(file.file);
      const derived = !str(file.url) && fromPypi && fileName ? pypiFileUrl(name, fileName) : undefined;
      const url = str(file.url) ?? derived ?? fileName;
      if (hash) files.push({ url, hashes: [hash], ...(derived ? { derived: true } : {}) });
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
    if (groups.includes('main') && entry.optional !== true) mainRoots.add(ref);
  }
  const extras = new Extras();
  const requirements = new Requirements();
  for (const entry of list) {
    const from = byName.get(normalizePythonName(String(entry.name)));
    if (!from) continue;
    const pkg = result.get(from)!;
    const deps = isObject(entry.dependencies) ? entry.dependencies : {};
    for (const [name, spec] of Object.entries(deps)) {
      const to = byName.get(normalizePythonName(name));
      if (!to || to === from) continue;
      // One table, or a list of them for different markers: optional only when every one is.
      const specs = (Array.isArray(spec) ? spec : [spec]).filter(isObject);
      const optional = specs.length > 0 && specs.every((s) => s.optional === true);
      addEdge(pkg, to, optional ? 'optional' : 'required');
      for (const s of specs) extras.want(to, s.extras);
      if (!specs.length) requirements.note(from, to, undefined, []);
      for (const s of specs) requirements.note(from, to, s.markers, s.extras);
    }
    if (isObject(entry.extras))
      for (const [extra, reqs] of Object.entries(entry.extras))
        for (const req of Array.isArray(reqs) ? reqs : []) {
          const to = byName.get(requirementName(req) ?? '');
          if (to && to !== from) extras.provide(from, extra, to);
        }
  }
  for (const [name, wanted] of project.extras) {
    extras.want(byName.get(name) ?? '', wanted);
    requirements.note(undefined, byName.get(name) ?? '', undefined, wanted);
  }
  extras.apply(result);
  // Poetry 2 writes each package's own markers (the union of what needs it): they are the answer.
  for (const entry of list) {
    const ref = byName.get(normalizePythonName(String(entry.name)));
    const markers = isObject(entry.markers) ? entry.markers.main : entry.markers;
    if (ref) requirements.installedWhen(ref, markers);
  }
  const root: EdgeOwner = { dependsOn: new Set() };
  for (const [name, kind] of project.edges) {
    const ref = byName.get(name);
    if (ref) addEdge(root, ref, kind);
  }
  if (!root.dependsOn.size) for (const ref of mainRoots) addEdge(root, ref);
  // Poetry 1.2+ records the groups that need each package: anything `main` needs stays required.
  computeScopes(root, result, mainRoots);
  requirements.apply(result);
  const rootName = project.name ?? projectDirName(input);
  return {
    lockfile: input.lockfile,
    ecosystem: 'pypi',
    root: {
      ref: `root:${rootName}`,
      name: rootName,
      declared: project.name !== undefined,
      version: project.version,
      license: project.license,
      ecosystem: 'pypi',
      ...root,
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
  const extras = new Extras();
  const requirements = new Requirements();
  const projects = new Set(projectRefs.map((p) => p.ref));
  const rootRef = projectRefs.find((p) => p.isRoot)?.ref;
  for (const entry of list) {
    const name = normalizePythonName(String(entry.name ?? ''));
    const from =
      (byName.get(name) ?? []).find((c) => c.version === String(entry.version ?? ''))?.ref ??
      byName.get(name)?.[0]?.ref;
    if (!from) continue;
    const pkg = result.get(from)!;
    const edges = (deps: unknown, kind: EdgeKind | 'required', extra?: string) => {
      for (const dep of (Array.isArray(deps) ? deps : []).filter(isObject)) {
        const to = resolveDep(dep);
        if (!to || to === from) continue;
        addEdge(pkg, to, kind);
        if (extra !== undefined) extras.provide(from, extra, to);
        if (kind !== 'dev') {
          extras.want(to, dep.extra);
          // The root project's own entry is no package once read: its edges are the root's.
          requirements.note(from === rootRef ? undefined : from, to, dep.marker, dep.extra);
        }
      }
    };
    edges(entry.dependencies, 'required');
    // Extras (optional-dependencies) are optional edges; a project's dev groups are dev ones.
    const optional = isObject(entry['optional-dependencies']) ? entry['optional-dependencies'] : {};
    for (const [extra, deps] of Object.entries(optional)) edges(deps, 'optional', extra);
    if (projects.has(from)) {
      const groups = isObject(entry['dev-dependencies']) ? entry['dev-dependencies'] : {};
      for (const deps of Object.values(groups)) edges(deps, 'dev');
    }
  }
  extras.apply(result);
  const root = projectRefs.find((p) => p.isRoot);
  const lockDir = dirname(input.path);
  const project = readPyproject(lockDir, posix.join(posix.dirname(input.lockfile), 'pyproject.toml'), input.root);
  // The root project's edges are the document root's; every other workspace member is a production root.
  const rootOwner: EdgeOwner = { dependsOn: new Set() };
  if (root) {
    const pkg = result.get(root.ref)!;
    for (const dep of pkg.dependsOn) addEdge(rootOwner, dep, edgeKind(pkg, dep));
  }
  for (const p of projectRefs) if (p !== root) addEdge(rootOwner, p.ref);
  if (root) {
    result.delete(root.ref);
    for (const other of result.values()) other.dependsOn.delete(root.ref);
  }
  computeScopes(rootOwner, result);
  requirements.apply(result);
  let rootVersion = project.version;
  let rootName = project.name ?? projectDirName(input);
  if (root) {
    const entry = root.entry;
    rootName = project.name ?? normalizePythonName(String(entry.name ?? rootName));
    rootVersion ??= str(entry.version) || undefined;
  }
  return {
    lockfile: input.lockfile,
    ecosystem: 'pypi',
    root: {
      ref: `root:${rootName}`,
      name: rootName,
      declared: project.name !== undefined || root !== undefined,
      version: rootVersion,
      license: project.license,
      ecosystem: 'pypi',
      ...rootOwner,
    },
    packages: result,
    warnings: [],
  };
}

/**
 * Where PyPI serves a file by name: files.pythonhosted.org's `packages/<python tag>/<first letter>/
 * <project>/<file>` redirect (the tag is `source` for an sdist, the wheel's python tag otherwise), for
 * poetry.lock, which records file names and hashes but no URLs.
 */
export function pypiFileUrl(project: string, file: string): string | undefined {
  let tag = 'source';
  if (file.endsWith('.whl')) {
    const parts = file.slice(0, -4).split('-');
    if (parts.length < 5) return undefined;
    tag = parts[parts.length - 3]!;
  } else if (!/\.(tar\.gz|zip|tar\.bz2)$/.test(file)) return undefined;
  const enc = encodeURIComponent;
  return `https://files.pythonhosted.org/packages/${enc(tag)}/${enc(project[0] ?? '_')}/${enc(project)}/${enc(file)}`;
}
