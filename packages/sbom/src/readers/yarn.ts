// yarn.lock, classic (v1) and berry (v2+: `__metadata`), read with @yarnpkg/parsers (yarn's own parser).
// Keys hold several descriptors (`"a@^1, a@^1.2"`); dependencies name descriptors, so edges resolve
// by descriptor. Neither format marks dev dependencies: dev-only is computed from package.json.
// Berry's `checksum` is the SHA-512 of yarn's cache zip (prefixed by the cache key), not of the npm
// tarball: it is kept as the property `paved-road:yarn:cache-checksum`, never as a component hash.
import { dirname, join, posix } from 'node:path';
import { parseSyml } from '@yarnpkg/parsers';
import { ConfigurationError, readTextFile } from '@paved-road/core';
import { workspaceMemberDirs } from '../discover.js';
import { manifestEdgeKind, readNpmManifest, syncWarning, type NpmManifest } from '../manifest.js';
import {
  addEdge,
  addPackage,
  computeScopes,
  hashesFromIntegrity,
  isObject,
  lineOf,
  str,
  type EdgeOwner,
  type LockfileGraph,
  type Package,
  type Patch,
} from '../model.js';
import { classifyNpmResolved, npmDistribution, npmPurl, splitNpmName, type NpmSource } from '../purl.js';
import { projectDirName, type ReadInput } from './types.js';

function splitDescriptor(descriptor: string): { name: string; range: string } {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}

function parseLock(input: ReadInput): Record<string, unknown> {
  try {
    const data = parseSyml(input.text);
    if (!isObject(data)) throw new Error('not a mapping');
    return data;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line =
      /line (\d+)/i.exec(message)?.[1] ?? (error as { location?: { start?: { line?: number } } }).location?.start?.line;
    throw new ConfigurationError(
      'invalid-lockfile',
      `${input.lockfile} is not a valid yarn lockfile (${message.split('\n')[0]}); it may be truncated or hand-edited.`,
      { file: input.lockfile, line: line !== undefined ? Number(line) : undefined },
      'Regenerate it with yarn install.',
    );
  }
}

export function readYarnLockfile(input: ReadInput): LockfileGraph {
  const data = parseLock(input);
  const berry = isObject(data.__metadata);
  if (berry) {
    const version = Number((data.__metadata as Record<string, unknown>).version);
    if (!(version >= 4 && version <= 10)) {
      throw new ConfigurationError(
        'unsupported-lockfile-version',
        `${input.lockfile} has __metadata.version ${String((data.__metadata as Record<string, unknown>).version)}; paved-road reads yarn berry lockfiles of versions 4 to 10.`,
        { file: input.lockfile, line: lineOf(input.text, Math.max(0, input.text.indexOf('__metadata'))) + 1 },
        'Regenerate it with yarn 3 or 4.',
      );
    }
  } else if (!/^# yarn lockfile v1\s*$/m.test(input.text.slice(0, 500)) && Object.keys(data).length) {
    throw new ConfigurationError(
      'unsupported-lockfile-version',
      `${input.lockfile} is neither a yarn classic lockfile ("# yarn lockfile v1") nor a yarn berry one (__metadata).`,
      { file: input.lockfile, line: 1 },
      'Regenerate it with yarn install.',
    );
  }
  const lockDir = dirname(input.path);
  const lockDirDisplay = posix.dirname(input.lockfile);
  const result = new Map<string, Package>();
  const warnings: string[] = [];
  const byDescriptor = new Map<string, string>();
  interface Entry {
    ref: string;
    data: Record<string, unknown>;
    /** A berry workspace's directory. */
    workspacePath?: string;
  }
  const entries: Entry[] = [];
  let workspaceRoot: Entry | undefined;

  for (const [key, value] of Object.entries(data)) {
    if (key === '__metadata' || !isObject(value)) continue;
    const descriptors = key.split(/\s*,\s*/).map((d) => d.replace(/^"|"$/g, ''));
    const first = splitDescriptor(descriptors[0]!);
    const version = String(value.version ?? '');
    let fullName: string;
    let source: NpmSource;
    let workspacePath: string | undefined;
    let patches: Patch[] | undefined;
    if (berry) {
      const resolution = str(value.resolution) ?? descriptors[0]!;
      const { name, range } = splitDescriptor(resolution);
      fullName = name;
      if (
        range.startsWith('workspace:') ||
        range.startsWith('link:') ||
        range.startsWith('portal:') ||
        range.startsWith('file:')
      ) {
        workspacePath = range.replace(/^(workspace|link|portal|file):/, '');
        source = { kind: 'local', path: workspacePath };
      } else if (range.startsWith('patch:')) {
        // `patch:name@npm%3A1.2.3#...`: the patched package keeps the identity of what it patches
        // (its pedigree names the patches).
        const inner = decodeURIComponent(range.slice('patch:'.length).split('#')[0]!);
        const innerSplit = splitDescriptor(inner);
        fullName = innerSplit.name;
        source = innerSplit.range.startsWith('npm:')
          ? { kind: 'registry' }
          : classifyNpmResolved(innerSplit.range, fullName);
        patches = yarnPatches(range, input, warnings);
      } else if (range.startsWith('npm:')) {
        source = { kind: 'registry' };
      } else {
        source = classifyNpmResolved(range.replace(/^(https?:)/, '$1'), fullName);
      }
    } else {
      const aliased = first.range.startsWith('npm:') ? splitDescriptor(first.range.slice(4)).name : undefined;
      fullName = aliased ?? first.name;
      source = classifyNpmResolved(str(value.resolved), fullName);
      if (first.range.startsWith('file:') || first.range.startsWith('link:'))
        source = { kind: 'local', path: first.range.slice(5) };
    }
    const purl = source.kind === 'local' ? undefined : npmPurl(fullName, version, source);
    const ref =
      purl ?? `local:${posix.join(lockDirDisplay, workspacePath ?? (source.kind === 'local' ? source.path : key))}`;
    for (const d of descriptors) byDescriptor.set(d, ref);
    const { group, name } = splitNpmName(fullName);
    const hashes = berry ? [] : hashesFromIntegrity(str(value.integrity));
    const cacheChecksum = berry ? yarnCacheChecksum(value.checksum, data.__metadata) : undefined;
    const resolved = berry ? undefined : str(value.resolved);
    addPackage(result, {
      ref,
      ecosystem: 'npm',
      group,
      name,
      version:
        source.kind === 'local' && version === '0.0.0-use.local'
          ? (readNpmManifest(posix.join(lockDir, workspacePath ?? '.'), 'package.json', input.root)?.version ?? '')
          : version,
      purl,
      hashes,
      files: npmDistribution(fullName, version, source, resolved, hashes),
      vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
      dev: false,
      optional: false,
      local: source.kind === 'local',
      dependsOn: new Set(),
      source: descriptors[0]!,
      properties: cacheChecksum ? [['paved-road:yarn:cache-checksum', cacheChecksum]] : undefined,
      pedigree: patches && { ancestor: { group, name, version, purl }, patches },
    });
    const entry = { ref, data: value, workspacePath: berry ? workspacePath : undefined };
    entries.push(entry);
    if (berry && workspacePath === '.') workspaceRoot = entry;
  }

  // The root manifest's `resolutions` replace a descriptor before it is locked: berry keeps the
  // original range in dependents' entries (`npm:^0.33.1`) and locks only the replacement (often a
  // `patch:`). Read here, ahead of the root's edges below.
  const rootManifest = readNpmManifest(lockDir, posix.join(lockDirDisplay, 'package.json'), input.root);
  const resolutions = berry ? (rootManifest?.resolutions ?? {}) : {};
  const lookup = (name: string, range: string): string | undefined => {
    const descriptor = `${name}@${range}`;
    const direct =
      byDescriptor.get(descriptor) ??
      (berry && !/^[a-z]+:/.test(range) ? byDescriptor.get(`${name}@npm:${range}`) : undefined);
    if (direct) return direct;
    const replacement = resolutions[descriptor] ?? resolutions[`${name}@npm:${range}`] ?? resolutions[name];
    return replacement === undefined ? undefined : byDescriptor.get(`${name}@${replacement}`);
  };
  // A workspace member's lockfile entry lists its devDependencies among its dependencies: its
  // package.json says which are dev ones.
  const memberManifests = new Map<string, NpmManifest | undefined>();
  const memberManifest = (path: string): NpmManifest | undefined => {
    if (!memberManifests.has(path))
      memberManifests.set(
        path,
        readNpmManifest(join(lockDir, path), posix.join(lockDirDisplay, path, 'package.json'), input.root),
      );
    return memberManifests.get(path);
  };
  const unresolved: string[] = [];
  for (const entry of entries) {
    if (entry === workspaceRoot) continue;
    const pkg = result.get(entry.ref)!;
    const meta = isObject(entry.data.dependenciesMeta) ? entry.data.dependenciesMeta : {};
    const member = entry.workspacePath !== undefined ? memberManifest(entry.workspacePath) : undefined;
    for (const field of ['dependencies', 'optionalDependencies'] as const) {
      const deps = entry.data[field];
      if (!isObject(deps)) continue;
      for (const [name, range] of Object.entries(deps)) {
        const to = lookup(name, String(range));
        if (!to) {
          if (berry) unresolved.push(`${name}@${String(range)} (from ${pkg.name})`);
          continue;
        }
        if (to === entry.ref) continue;
        const optional =
          field === 'optionalDependencies' ||
          (isObject(meta[name]) && (meta[name] as Record<string, unknown>).optional === true);
        addEdge(pkg, to, (member && manifestEdgeKind(member, name)) ?? (optional ? 'optional' : 'required'));
      }
    }
  }

  if (unresolved.length)
    warnings.push(
      `${input.lockfile} names ${unresolved.length} dependenc${unresolved.length === 1 ? 'y' : 'ies'} that no entry locks (${unresolved.slice(0, 3).join(', ')}${unresolved.length > 3 ? ', ...' : ''}): their edges are missing from the SBOM; run yarn install to bring the lockfile in sync with package.json and its resolutions.`,
    );
  // The root: package.json says which dependencies are dev ones.
  const manifest = rootManifest;
  const root: EdgeOwner = { dependsOn: new Set() };
  // Yarn classic never locks the workspace members: they come from the root's `workspaces`.
  const classicMembers = new Map<string, string>();
  const classicMemberDirs: { ref: string; member: NpmManifest }[] = [];
  if (!berry && manifest?.workspaces.length) {
    for (const dir of workspaceMemberDirs(lockDir, manifest.workspaces)) {
      const member = memberManifest(dir);
      if (!member) continue;
      const ref = `local:${posix.join(lockDirDisplay, dir)}`;
      const { group, name } = splitNpmName(member.name ?? dir);
      addPackage(result, {
        ref,
        ecosystem: 'npm',
        group,
        name,
        version: member.version ?? '',
        hashes: [],
        files: [],
        license: member.license,
        dev: false,
        optional: false,
        local: true,
        dependsOn: new Set(),
        source: posix.join(dir, 'package.json'),
      });
      if (member.name) classicMembers.set(member.name, ref);
      classicMemberDirs.push({ ref, member });
    }
  }
  /** Edges from a manifest's own lists, a workspace member's name resolving to it. */
  const manifestEdges = (owner: EdgeOwner, from: NpmManifest, fallback?: Record<string, unknown>) => {
    for (const field of ['devDependencies', 'optionalDependencies', 'dependencies'] as const) {
      for (const [name, spec] of Object.entries(from[field])) {
        const to =
          classicMembers.get(name) ??
          lookup(name, spec) ??
          (fallback && isObject(fallback.dependencies)
            ? lookup(name, String(fallback.dependencies[name] ?? ''))
            : undefined);
        if (!to) {
          warnings.push(syncWarning(from.file, input.lockfile, name, spec, undefined)!);
          continue;
        }
        addEdge(owner, to, manifestEdgeKind(from, name));
      }
    }
  };
  if (manifest) {
    manifestEdges(root, manifest, workspaceRoot?.data);
    for (const { ref, member } of classicMemberDirs) manifestEdges(result.get(ref)!, member);
  } else if (workspaceRoot) {
    for (const [name, range] of Object.entries(
      isObject(workspaceRoot.data.dependencies) ? workspaceRoot.data.dependencies : {},
    )) {
      const to = lookup(name, String(range));
      if (to) addEdge(root, to);
    }
  } else {
    // No manifest: every package nothing else depends on is a direct, production dependency.
    const required = new Set<string>();
    for (const pkg of result.values()) for (const dep of pkg.dependsOn) required.add(dep);
    for (const ref of result.keys()) if (!required.has(ref)) addEdge(root, ref);
  }
  // Workspace members are part of the project: production roots, with their own edges.
  for (const pkg of result.values()) if (pkg.local && pkg.ref !== workspaceRoot?.ref) addEdge(root, pkg.ref);
  if (workspaceRoot) {
    result.delete(workspaceRoot.ref);
    root.dependsOn.delete(workspaceRoot.ref);
    root.edgeKinds?.delete(workspaceRoot.ref);
  }
  computeScopes(root, result);
  const rootName = manifest?.name ?? projectDirName(input);
  return {
    lockfile: input.lockfile,
    ecosystem: 'npm',
    root: {
      ref: `root:${rootName}`,
      name: rootName,
      declared: manifest?.name !== undefined,
      version: manifest?.version,
      ecosystem: 'npm',
      license: manifest?.license,
      ...root,
    },
    packages: result,
    warnings,
  };
}

/**
 * A berry `checksum` as `<cache key>/<SHA-512 hex>`: yarn 4 writes the cache key in front
 * (`10/abc...`), yarn 2 and 3 only in `__metadata.cacheKey`. Undefined when it is not a SHA-512.
 */
function yarnCacheChecksum(checksum: unknown, metadata: unknown): string | undefined {
  const text = str(checksum)?.trim();
  if (!text) return undefined;
  const slash = text.lastIndexOf('/');
  const hex = text.slice(slash + 1).toLowerCase();
  if (!/^[0-9a-f]{128}$/.test(hex)) return undefined;
  const key = slash >= 0 ? text.slice(0, slash) : String((metadata as Record<string, unknown>).cacheKey ?? '');
  return key ? `${key}/${hex}` : hex;
}

/** A patch file larger than this is named (the diff's url) but its text is left out of the SBOM. */
const PATCH_TEXT_BYTES = 256 * 1024;

/**
 * The patches of a berry `patch:` resolution: `patch:<package>#<patches>::<params>`, the patches
 * joined by `&`, each one `optional!`-prefixed or not: a file (`~/` from the project root, otherwise
 * from the workspace named by the `locator` parameter) or yarn's own `builtin<compat/...>` patches
 * (from @yarnpkg/plugin-compat, so no file of the project). A file that cannot be read is still named,
 * with a warning.
 */
export function yarnPatches(range: string, input: ReadInput, warnings: string[]): Patch[] {
  const hash = range.indexOf('#');
  if (hash < 0) return [];
  const [list = '', params = ''] = range.slice(hash + 1).split('::');
  const locator = decodeURIComponent(/(?:^|&)locator=([^&]*)/.exec(params)?.[1] ?? '');
  const workspace = /@workspace:(.*)$/.exec(locator)?.[1] ?? '.';
  const lockDir = posix.dirname(input.lockfile);
  const patches: Patch[] = [];
  for (const encoded of list.split('&')) {
    const spec = decodeURIComponent(encoded).replace(/^optional!/, '');
    if (!spec) continue;
    if (spec.startsWith('builtin<')) {
      patches.push({ note: `yarn's built-in patch ${spec} (from @yarnpkg/plugin-compat), applied at install.` });
      continue;
    }
    if (spec.startsWith('/')) {
      patches.push({ note: `patch file outside the project: ${spec}` });
      continue;
    }
    const file = spec.startsWith('~/')
      ? posix.join(lockDir, spec.slice(2))
      : posix.normalize(posix.join(lockDir, workspace, spec));
    if (file.startsWith('../')) {
      patches.push({ note: `patch file outside the project: ${spec}` });
      continue;
    }
    let text: string | undefined;
    try {
      text = readTextFile(join(input.root, file), {
        displayName: file,
        kind: 'patch',
        maxBytes: PATCH_TEXT_BYTES,
        workspace: input.root,
      });
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      warnings.push(
        `${input.lockfile} patches a package with ${file}, which could not be read (${error.message}): the SBOM names the file without its text.`,
      );
    }
    patches.push({ file, text });
  }
  return patches;
}
