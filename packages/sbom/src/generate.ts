// Lockfiles in, one SBOM out: discover, read, merge (and select the scope), build (and validate).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { posix, relative, resolve, sep } from 'node:path';
import { readTextFile } from '@paved-road/core';
import { buildCycloneDx, updatePieces, type BomInput, type SpecVersion } from './cyclonedx.js';
import { discoverLockfiles, lockfileKind, type LockfileKind } from './discover.js';
import { heapFor, totalBytes } from './heap.js';
import {
  addEdge,
  addPackage,
  edgeKind,
  type EdgeOwner,
  type LockfileGraph,
  type Package,
  type RootComponent,
} from './model.js';
import { rootPurl } from './purl.js';
import type { ReadInput } from './readers/types.js';
import { cycloneDxChecks } from './validate.js';

export const FORMATS = ['cyclonedx-json', 'cyclonedx-xml', 'spdx-json'] as const;
export type SbomFormat = (typeof FORMATS)[number];

type Reader = (input: ReadInput) => LockfileGraph;

// Each reader (and its parser: yaml, smol-toml, @yarnpkg/parsers) is loaded only when a lockfile of
// its kind is read: a bundle keeps them in separate chunks, so an npm project never loads a YAML parser.
const READERS: Record<LockfileKind, () => Promise<Reader>> = {
  npm: async () => (await import('./readers/npm.js')).readNpmLockfile,
  pnpm: async () => (await import('./readers/pnpm.js')).readPnpmLockfile,
  yarn: async () => (await import('./readers/yarn.js')).readYarnLockfile,
  cargo: async () => (await import('./readers/cargo.js')).readCargoLock,
  go: async () => (await import('./readers/go.js')).readGoMod,
  poetry: async () => (await import('./readers/python.js')).readPoetryLock,
  uv: async () => (await import('./readers/python.js')).readUvLock,
  pip: async () => (await import('./readers/requirements.js')).readRequirements,
  gem: async () => (await import('./readers/gem.js')).readGemfileLock,
  composer: async () => (await import('./readers/composer.js')).readComposerLock,
};

export interface GenerateOptions {
  /** Absolute project directory. */
  projectDir: string;
  /** Explicit lockfiles (relative to projectDir, globs allowed); empty: discover. */
  lockfiles: string[];
  format: SbomFormat;
  specVersion: SpecVersion;
  includeDev: boolean;
  componentName?: string;
  componentVersion?: string;
  validate: boolean;
  /**
   * metadata.timestamp; undefined omits it (no SOURCE_DATE_EPOCH and no commit: see sbomTimestamp).
   * A promise is awaited only when the document is built, so asking git overlaps reading the lockfiles.
   */
  timestamp: Date | undefined | PromiseLike<Date | undefined>;
  /** The checkout (see sbomVcs): the root's `vcs` reference; awaited when the document is built. */
  vcs?: RootComponent['vcs'] | PromiseLike<RootComponent['vcs']>;
  /** Lockfiles of at least this many bytes in total run with the memory-bounded heap (heap.ts). */
  boundedHeapBytes?: number;
  /** Progress with memory use, for RUNNER_DEBUG=1; called with a function, so nothing is measured unless it calls it. */
  debug?: (message: () => string) => void;
}

function memory(): string {
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  const ms = Math.round(performance.now());
  return `${ms} ms since start, rss ${mb(rss)} MB, heap ${mb(heapUsed)} of ${mb(heapTotal)} MB, external ${mb(external)} MB`;
}

export interface GeneratedSbom {
  /** The document as written (UTF-8), in pieces: write them in order (writeFileAtomic takes the list). */
  pieces: readonly Buffer[];
  /** The pieces joined (made on use). */
  readonly bytes: Buffer;
  /** The same, decoded on use. */
  readonly text: string;
  digest: string;
  serialNumber: string;
  componentCount: number;
  lockfiles: string[];
  warnings: { lockfile: string; message: string }[];
  /** Why the production set looks wrong (empty, or a tiny share of what the lockfiles lock), if it does. */
  scopeWarning?: string;
  document: Record<string, unknown>;
}

/**
 * Below this share of the lockfiles' packages in production scope, a run warns: real projects go
 * down to about 3% (a library whose lockfile is mostly test and build tools); less than that is
 * more likely a member or manifest the scopes never saw.
 */
export const PRODUCTION_SHARE_WARNING = 0.02;

/** The warning for a production set of `production` out of `locked` registry packages, if any. */
export function scopeWarning(production: number, locked: number, lockfiles: readonly string[]): string | undefined {
  const files = lockfiles.join(', ');
  if (production === 0) {
    return `The production SBOM has no component: none of the ${locked} packages of ${files} is reachable from the project's runtime dependencies or a workspace member's. Check that the manifests (package.json, pyproject.toml, Cargo.toml, ...) of the root and of every member are checked out next to the lockfile; if the project really has no runtime dependency, set include-dev: true or fail-on-empty: false.`;
  }
  if (locked && production / locked < PRODUCTION_SHARE_WARNING) {
    const share = ((100 * production) / locked).toFixed(1);
    return `Only ${production} of the ${locked} packages of ${files} (${share}%, under ${100 * PRODUCTION_SHARE_WARNING}%) are in production scope: check that the manifests of the root and of every workspace member are checked out next to the lockfile, or set include-dev: true if the rest ships too.`;
  }
  return undefined;
}

/** Reads one lockfile. `lockfile` is relative to `projectDir`. */
export async function readLockfile(projectDir: string, lockfile: string): Promise<LockfileGraph> {
  const kind = lockfileKind(lockfile);
  if (!kind) throw new Error(`not a lockfile: ${lockfile}`);
  const reader = await READERS[kind]();
  const path = resolve(projectDir, lockfile);
  const display = relative(projectDir, path).split(sep).join('/');
  const text = readTextFile(path, {
    displayName: display,
    kind: 'lockfile',
    maxBytes: 256 * 1024 * 1024,
    workspace: projectDir,
  });
  return reader({ path, lockfile: display, text, root: projectDir });
}

/**
 * Merges lockfile graphs under one project root; roots of lockfiles in subdirectories become
 * components. The graphs are consumed: their packages are moved into the result (and merged there
 * in place), not copied, so a large lockfile's packages exist once.
 */
export function mergeGraphs(
  graphs: LockfileGraph[],
  name: string | undefined,
  version: string | undefined,
): { root: RootComponent; packages: Map<string, Package> } {
  const packages = new Map<string, Package>();
  const atRoot = graphs.filter((g) => !g.lockfile.includes('/'));
  const primary = atRoot.find((g) => g.root.version) ?? atRoot[0];
  const rootName = name || primary?.root.name || 'project';
  const rootVersion = version || primary?.root.version;
  const root: RootComponent = {
    ref: `root:${rootName}`,
    name: rootName,
    version: rootVersion,
    // A name from the manifest or the inputs identifies the project; a directory name does not.
    purl: name || primary?.root.declared ? rootPurl(primary?.root.ecosystem, rootName, rootVersion) : undefined,
    ecosystem: primary?.root.ecosystem,
    license: primary?.root.license,
    dependsOn: new Set(),
  };
  for (const graph of graphs) {
    for (const pkg of graph.packages.values()) {
      pkg.lockfiles = [graph.lockfile];
      addPackage(packages, pkg);
    }
    graph.packages.clear();
    if (!graph.lockfile.includes('/')) {
      for (const dep of graph.root.dependsOn) addEdge(root, dep, edgeKind(graph.root, dep));
      continue;
    }
    // A lockfile in a subdirectory: its project is a local component of ours.
    const dir = posix.dirname(graph.lockfile);
    const ref = `local:${dir}`;
    addPackage(packages, {
      ref,
      ecosystem: graph.ecosystem,
      name: graph.root.name,
      version: graph.root.version ?? '',
      hashes: [],
      files: [],
      license: graph.root.license,
      dev: false,
      optional: false,
      local: true,
      dependsOn: new Set(graph.root.dependsOn),
      edgeKinds: graph.root.edgeKinds && new Map(graph.root.edgeKinds),
      source: graph.lockfile,
    });
    root.dependsOn.add(ref);
  }
  return { root, packages };
}

/**
 * Drops dev-only packages (unless included) and every edge to something not in the document; a
 * production SBOM also drops dev edges, whose target may be there for another reason.
 */
export function selectPackages(root: RootComponent, packages: Map<string, Package>, includeDev: boolean): Package[] {
  const kept = [...packages.values()].filter((p) => includeDev || !p.dev);
  const refs = new Set(kept.map((p) => p.ref));
  const prune = (owner: EdgeOwner) => {
    for (const dep of owner.dependsOn)
      if (!refs.has(dep) || (!includeDev && edgeKind(owner, dep) === 'dev')) owner.dependsOn.delete(dep);
  };
  for (const pkg of kept) prune(pkg);
  prune(root);
  return kept.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

export class InvalidSbomError extends Error {}

/** The document in the format asked for, checked against its schema when `validate` is set. */
async function buildDocument(
  format: SbomFormat,
  input: BomInput,
  validate: boolean,
): Promise<{ pieces: readonly Buffer[]; serialNumber: string }> {
  let built: { pieces: readonly Buffer[]; serialNumber: string; problems: string[] };
  if (format === 'spdx-json') {
    const { buildSpdx, validateSpdx } = await import('./spdx.js');
    const spdx = buildSpdx(input);
    const problems = validate ? validateSpdx(spdx.json) : [];
    built = { pieces: [Buffer.from(spdx.text)], serialNumber: spdx.serialNumber, problems };
  } else {
    // The XML is written from the same input afterwards; the JSON alone lets each package go once written.
    const json = { ...input, consume: format === 'cyclonedx-json' };
    // The XML carries the same model as the JSON: validating the JSON checks both.
    const { pieces, serialNumber, problems } = buildCycloneDx(
      json,
      validate ? await cycloneDxChecks(input.specVersion) : undefined,
    );
    const xml = format === 'cyclonedx-xml' && (await import('./cyclonedx-xml.js')).toCycloneDxXml(json, serialNumber);
    built = { pieces: xml ? [Buffer.from(xml)] : pieces, serialNumber, problems };
  }
  if (built.problems.length) {
    const schema = format === 'spdx-json' ? 'SPDX 2.3' : `CycloneDX ${input.specVersion}`;
    throw new InvalidSbomError(
      `The generated SBOM does not validate against the ${schema} schema: ${built.problems.slice(0, 5).join('; ')}`,
    );
  }
  return built;
}

/** The SBOM of a project: discover its lockfiles, read them, merge their graphs, build the document. */
export async function generateSbom(options: GenerateOptions): Promise<GeneratedSbom> {
  const debug = options.debug ?? (() => undefined);
  const lockfiles = await discoverLockfiles(options.projectDir, options.lockfiles, '.');
  const inputBytes = totalBytes(lockfiles.map((file) => resolve(options.projectDir, file)));
  const heap = heapFor(inputBytes, options.boundedHeapBytes);
  debug(() => `start: ${inputBytes} bytes of lockfiles${heap.bounded ? ', memory-bounded heap' : ''}: ${memory()}`);

  const graphs: LockfileGraph[] = [];
  for (const file of lockfiles) graphs.push(await readLockfile(options.projectDir, file));
  debug(() => `read ${lockfiles.join(', ')}: ${memory()}`);

  const { root, packages } = mergeGraphs(graphs, options.componentName, options.componentVersion);
  // The readers' packages are in the merged graph now: keep only their warnings.
  const warnings = graphs.flatMap((g) => g.warnings.map((message) => ({ lockfile: g.lockfile, message })));
  graphs.length = 0;
  let locked = 0;
  for (const pkg of packages.values()) if (!pkg.local) locked++;
  const selected = selectPackages(root, packages, options.includeDev);
  packages.clear();
  // Counted now: building the JSON consumes the selected packages.
  const warning = options.includeDev
    ? undefined
    : scopeWarning(selected.filter((p) => !p.local).length, locked, lockfiles);
  // The lockfile texts and parsed trees are garbage now.
  heap.collect();
  debug(() => `${selected.length} packages selected: ${memory()}`);

  root.vcs = await options.vcs;
  const input: BomInput = {
    root,
    packages: selected,
    specVersion: options.specVersion,
    timestamp: await options.timestamp,
    heap,
  };
  const componentCount = selected.length;
  const { pieces, serialNumber } = await buildDocument(options.format, input, options.validate);
  debug(() => `document built${options.validate ? ' and validated' : ''}: ${memory()}`);

  const isJson = options.format !== 'cyclonedx-xml';
  let parsed: Record<string, unknown> | undefined;
  const digest = createHash('sha256');
  updatePieces(digest, pieces);
  const bytes = () => (pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces));
  return {
    pieces,
    get bytes() {
      return bytes();
    },
    get text() {
      return bytes().toString('utf8');
    },
    digest: digest.digest('hex'),
    serialNumber,
    componentCount,
    lockfiles,
    warnings,
    scopeWarning: warning,
    // Parsed on first use: a run only writes the text.
    get document() {
      if (!isJson) throw new Error('an XML SBOM has no JSON document');
      parsed ??= JSON.parse(bytes().toString('utf8')) as Record<string, unknown>;
      return parsed;
    },
  };
}

/**
 * The SBOM's timestamp: SOURCE_DATE_EPOCH when set (the edge put it in `buildTime`), otherwise the
 * commit time of HEAD in the project (`git log -1 --format=%ct`), so rebuilding a commit gives the
 * same bytes. With neither, undefined: the document has no timestamp (CycloneDX's is optional)
 * rather than the current time, so the same lockfiles still give the same bytes on every run.
 */
export async function sbomTimestamp(
  projectDir: string,
  env: Readonly<Record<string, string | undefined>>,
  buildTime: Date,
): Promise<Date | undefined> {
  if (env.SOURCE_DATE_EPOCH?.trim()) return buildTime;
  // Not a git checkout, or git missing: no commit time.
  const seconds = await gitOutput(projectDir, ['log', '-1', '--format=%ct']);
  return /^\d+$/.test(seconds) ? new Date(Number(seconds) * 1000) : undefined;
}

/**
 * One git command's trimmed stdout in `cwd`, or '' when it fails (not a checkout, no git, no remote).
 * Only stdout is piped (each pipe costs).
 */
function gitOutput(cwd: string, args: string[]): Promise<string> {
  return new Promise<string>((done) => {
    let out = '';
    const git = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    git.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    git.on('error', () => done(''));
    git.on('close', (code) => done(code === 0 ? out.trim() : ''));
  });
}

/**
 * Where the project's sources are: the `origin` remote of the checkout at `projectDir` and its HEAD
 * commit, for the root component's `vcs` reference. Credentials in the remote URL are dropped (a
 * token must not end up in an SBOM); an scp-like `git@host:path` becomes `ssh://host/path`.
 * Undefined without a remote.
 */
export async function sbomVcs(projectDir: string): Promise<RootComponent['vcs']> {
  const [remote, commit] = await Promise.all([
    gitOutput(projectDir, ['config', '--get', 'remote.origin.url']),
    gitOutput(projectDir, ['rev-parse', '--verify', 'HEAD']),
  ]);
  const url = publicRemote(remote);
  if (!url) return undefined;
  return { url, commit: /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined };
}

/** A remote URL without user information, as an absolute URL; undefined when it is not one. */
export function publicRemote(remote: string): string | undefined {
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(\S+)$/.exec(remote);
  const text = scp ? `ssh://${scp[1]}/${scp[2]!.replace(/^\/+/, '')}` : remote;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url.toString();
}
