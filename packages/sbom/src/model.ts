// The lockfile readers' common result: packages with an identity, hashes, flags and edges. The BOM
// builders (cyclonedx.ts, spdx.ts) turn it into documents; nothing here knows a document format.
import { ConfigurationError, jsonReason } from '@paved-road/core';

export type Ecosystem = 'npm' | 'cargo' | 'golang' | 'pypi' | 'gem' | 'composer';

export type HashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface Hash {
  alg: HashAlgorithm;
  /** Lower-case hex. */
  content: string;
}

/** One downloadable file of a package (a tarball, a wheel, a crate) and what it hashes to. */
export interface Distribution {
  url?: string;
  hashes: Hash[];
  /** The URL follows from the registry's conventions; the lockfile records none. */
  derived?: boolean;
}

export interface Package {
  /** The bom-ref: unique in the document, stable across runs (the purl when there is one). */
  ref: string;
  ecosystem: Ecosystem;
  /** npm scope (`@types`), Maven-like group; empty for none. */
  group?: string;
  name: string;
  version: string;
  purl?: string;
  /**
   * Hashes of the one artifact that is this package (an npm tarball's integrity, a crate's
   * checksum). Per-file hashes of packages with several artifacts (Python wheels) go on `files`.
   */
  hashes: Hash[];
  /** Artifacts with their own hashes: the distribution external references. */
  files: Distribution[];
  /** Where the sources come from, for git dependencies (`vcs` external reference). */
  vcs?: string;
  /** An SPDX expression, or free text when it is not one. */
  license?: string;
  /** Only needed by the development tree (devDependencies and what only they pull in). */
  dev: boolean;
  /** Only reachable through optional edges (optionalDependencies, optional peers). */
  optional: boolean;
  /** A workspace member or a local directory (link / file:): no registry identity. */
  local?: boolean;
  /** Refs of the packages this one depends on. */
  dependsOn: Set<string>;
  /** Edges of `dependsOn` that are not runtime ones (see EdgeKind); absent: every edge is. */
  edgeKinds?: Map<string, EdgeKind>;
  /** Where in the lockfile it came from, for messages. */
  source: string;
  /** Extra facts as CycloneDX properties (name, value). */
  properties?: [string, string][];
  /**
   * The lockfiles it was read from, relative to the project root (set when graphs are merged): the
   * evidence of its identity.
   */
  lockfiles?: string[];
  /** What it was made from when the package manager patched it (yarn's `patch:` protocol). */
  pedigree?: Pedigree;
}

/** A patched package's origin: the CycloneDX `pedigree` (its ancestor and the patches applied). */
export interface Pedigree {
  /** The package as published, before the patches. */
  ancestor: { group?: string; name: string; version: string; purl?: string };
  patches: Patch[];
}

export interface Patch {
  /** The patch file, relative to the project root (the diff's url). */
  file?: string;
  /** The patch file's text, when it was read (the diff's text). */
  text?: string;
  /** What the patch is when it is not a file of the project (a package manager's built-in patch). */
  note?: string;
}

export interface RootComponent {
  ref: string;
  name: string;
  /** The name comes from the project's manifest (not a directory name): it can have a purl. */
  declared?: boolean;
  /** The checkout it was made from: the `vcs` external reference. */
  vcs?: { url: string; commit?: string };
  version?: string;
  purl?: string;
  ecosystem?: Ecosystem;
  license?: string;
  dependsOn: Set<string>;
  edgeKinds?: Map<string, EdgeKind>;
}

/**
 * Why an edge exists when it is not a runtime dependency: 'optional' (optionalDependencies, an
 * optional peer, a Python extra: installed when it can be, and in the production SBOM with scope
 * optional) or 'dev' (devDependencies, dev groups, Cargo dev-dependencies: never production).
 */
export type EdgeKind = 'optional' | 'dev';

/** Anything with edges: a package or the root. */
export interface EdgeOwner {
  dependsOn: Set<string>;
  edgeKinds?: Map<string, EdgeKind>;
}

const EDGE_RANK = { required: 0, optional: 1, dev: 2 } as const;

/**
 * Adds an edge; when it is already there, the stronger need wins (required over optional over
 * dev): a package both depends on and dev-depends on something needs it at run time.
 */
export function addEdge(from: EdgeOwner, to: string, kind: EdgeKind | 'required' = 'required'): void {
  if (from.dependsOn.has(to)) {
    const current = from.edgeKinds?.get(to) ?? 'required';
    if (EDGE_RANK[kind] >= EDGE_RANK[current]) return;
  } else {
    from.dependsOn.add(to);
  }
  if (kind === 'required') from.edgeKinds?.delete(to);
  else (from.edgeKinds ??= new Map()).set(to, kind);
}

/** The kind of an edge (required when it has none). */
export function edgeKind(from: EdgeOwner, to: string): EdgeKind | 'required' {
  return from.edgeKinds?.get(to) ?? 'required';
}

/** What one lockfile reader produces. */
export interface LockfileGraph {
  /** The lockfile, relative to the project root, with forward slashes. */
  lockfile: string;
  ecosystem: Ecosystem;
  root: RootComponent;
  packages: Map<string, Package>;
  warnings: string[];
}

/** Adds a package, merging with an earlier one of the same ref (the same package at several paths). */
export function addPackage(packages: Map<string, Package>, pkg: Package): Package {
  const existing = packages.get(pkg.ref);
  if (!existing) {
    packages.set(pkg.ref, pkg);
    return pkg;
  }
  // Needed by production through any path: it is needed.
  existing.dev = existing.dev && pkg.dev;
  existing.optional = existing.optional && pkg.optional;
  for (const dep of pkg.dependsOn) addEdge(existing, dep, edgeKind(pkg, dep));
  if (!existing.hashes.length && pkg.hashes.length) existing.hashes = pkg.hashes;
  if (!existing.license && pkg.license) existing.license = pkg.license;
  existing.pedigree ??= pkg.pedigree;
  for (const lockfile of pkg.lockfiles ?? [])
    if (!existing.lockfiles?.includes(lockfile)) (existing.lockfiles ??= []).push(lockfile);
  for (const file of pkg.files) {
    if (!existing.files.some((f) => f.url === file.url && sameHashes(f.hashes, file.hashes))) existing.files.push(file);
  }
  return existing;
}

function sameHashes(a: Hash[], b: Hash[]): boolean {
  return a.length === b.length && a.every((h, i) => h.alg === b[i]?.alg && h.content === b[i]?.content);
}

const SRI_ALGORITHMS: Record<string, HashAlgorithm> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
};

/**
 * Subresource-integrity strings (`sha512-<base64> sha1-<base64>`, as npm, pnpm and yarn classic
 * write them) to hex hashes; unknown algorithms are skipped.
 */
export function hashesFromIntegrity(integrity: string | undefined): Hash[] {
  if (!integrity) return [];
  const hashes: Hash[] = [];
  // Nearly always one hash: split only when there is whitespace.
  const parts = /\s/.test(integrity) ? integrity.trim().split(/\s+/) : [integrity];
  for (const part of parts) {
    const dash = part.indexOf('-');
    if (dash < 0) continue;
    const alg = SRI_ALGORITHMS[part.slice(0, dash).toLowerCase()];
    if (!alg) continue;
    const query = part.indexOf('?', dash);
    const base64 = part.slice(dash + 1, query < 0 ? undefined : query);
    const content = Buffer.from(base64, 'base64').toString('hex');
    if (content.length !== expectedHexLength(alg)) continue;
    if (!hashes.some((h) => h.alg === alg)) hashes.push({ alg, content });
  }
  return hashes;
}

const HEX_LENGTH: Record<HashAlgorithm, number> = { 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 };

export function expectedHexLength(alg: HashAlgorithm): number {
  return HEX_LENGTH[alg];
}

/** A hex digest of a known algorithm, or undefined when it is not one. */
export function hexHash(alg: HashAlgorithm, hex: string | undefined): Hash | undefined {
  if (!hex) return undefined;
  const content = hex.trim().toLowerCase();
  if (content.length !== expectedHexLength(alg) || !/^[0-9a-f]+$/.test(content)) return undefined;
  return { alg, content };
}

/** 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Parses JSON, turning a syntax error into a ConfigurationError with the file and line. */
export function parseJsonFile(text: string, file: string, kind: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    let line: number | undefined;
    let column: number | undefined;
    if (lineColumn) {
      line = Number(lineColumn[1]);
      column = Number(lineColumn[2]);
    } else if (position) {
      line = lineOf(text, Number(position[1]));
    } else if (/end of JSON input|Unterminated/i.test(message)) {
      line = text.split('\n').length;
    }
    throw new ConfigurationError(
      'invalid-lockfile',
      `${kind} is not valid JSON (${jsonReason(error).replace(/ in JSON at.*$| at position.*$/, '')}); it may be truncated or hand-edited.`,
      { file, line, column },
      'Regenerate it with the package manager, then run again.',
    );
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The one scope model of every reader: marks each package dev and optional from the graph. The
 * production roots are the root's edges (which include every workspace member, itself a package
 * with its own edges); `alsoRequired` adds packages a lockfile itself says production needs.
 * Required = reachable through runtime edges only; optional = reachable when optional edges are
 * followed too (an optional dependency of a production package is installed with it, so it is in
 * the production SBOM); dev = the rest. Dev edges are never followed.
 */
export function computeScopes(
  root: EdgeOwner,
  packages: Map<string, Package>,
  alsoRequired: Iterable<string> = [],
): void {
  const { required, needed } = reachable(root, (ref) => packages.get(ref), alsoRequired);
  for (const [ref, pkg] of packages) {
    pkg.dev = !needed.has(ref);
    pkg.optional = needed.has(ref) && !required.has(ref);
  }
}

/**
 * The walks of computeScopes over any graph (npm's runs over install paths): `required` through
 * runtime edges only, `needed` through optional ones too; dev edges are never followed.
 */
export function reachable(
  root: EdgeOwner,
  node: (ref: string) => EdgeOwner | undefined,
  alsoRequired: Iterable<string> = [],
): { required: Set<string>; needed: Set<string> } {
  const starts = [...alsoRequired];
  const walk = (withOptional: boolean): Set<string> => {
    const seen = new Set<string>();
    const stack: string[] = [...starts];
    const follow = (from: EdgeOwner) => {
      for (const dep of from.dependsOn) {
        const kind = edgeKind(from, dep);
        if (kind === 'dev' || (kind === 'optional' && !withOptional)) continue;
        if (!seen.has(dep)) stack.push(dep);
      }
    };
    follow(root);
    while (stack.length) {
      const ref = stack.pop()!;
      if (seen.has(ref)) continue;
      const owner = node(ref);
      if (!owner) continue;
      seen.add(ref);
      follow(owner);
    }
    return seen;
  };
  // Two fresh walks: a second one starting from the required set would skip its optional edges.
  return { required: walk(false), needed: walk(true) };
}

/**
 * The install facts of an npm-family lockfile entry a responder asks about, as properties: the
 * CycloneDX taxonomy's `cdx:npm:package:bundled` / `extraneous`, and ours for the rest (an install
 * script runs code at install time; a deprecation names a replacement; os / cpu / libc say where a
 * platform binary installs). Values as the lockfile writes them; lists joined with commas.
 */
export function npmEntryProperties(entry: Record<string, unknown>): [string, string][] | undefined {
  const out: [string, string][] = [];
  if (entry.inBundle === true) out.push(['cdx:npm:package:bundled', 'true']);
  if (entry.extraneous === true) out.push(['cdx:npm:package:extraneous', 'true']);
  if (entry.hasInstallScript === true || entry.requiresBuild === true)
    out.push(['paved-road:npm:has-install-script', 'true']);
  const deprecated = str(entry.deprecated);
  if (deprecated) out.push(['paved-road:npm:deprecated', deprecated]);
  for (const field of ['os', 'cpu', 'libc'] as const) {
    const value = entry[field];
    const list = Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : str(value)
        ? [str(value)!]
        : [];
    if (list.length) out.push([`paved-road:npm:${field}`, list.join(',')]);
  }
  return out.length ? out : undefined;
}
