// Which lockfiles describe a project: the ones in its root directory and in its workspace members'
// directories (package.json `workspaces`, pnpm-workspace.yaml `packages`), never inside node_modules.
import { existsSync, globSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, posix } from 'node:path';
import { ConfigurationError, expandPaths, readTextFile } from '@paved-road/core';
import { isObject, parseJsonFile } from './model.js';

export type LockfileKind = 'npm' | 'pnpm' | 'yarn' | 'cargo' | 'go' | 'poetry' | 'uv' | 'pip' | 'gem' | 'composer';

/** File names per kind, in the order a directory is searched. */
export const LOCKFILE_NAMES: readonly [string, LockfileKind][] = [
  ['npm-shrinkwrap.json', 'npm'],
  ['package-lock.json', 'npm'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['Cargo.lock', 'cargo'],
  ['go.mod', 'go'],
  ['uv.lock', 'uv'],
  ['poetry.lock', 'poetry'],
  ['Gemfile.lock', 'gem'],
  ['composer.lock', 'composer'],
];

/** The kind of a lockfile from its name, or undefined when paved-road does not read it. */
export function lockfileKind(file: string): LockfileKind | undefined {
  const base = posix.basename(file.replace(/\\/g, '/'));
  const known = LOCKFILE_NAMES.find(([name]) => name === base);
  if (known) return known[1];
  if (/^requirements.*\.txt$/.test(base)) return 'pip';
  return undefined;
}

/** The lockfiles of one directory (relative to the project root, `dir` '' for the root). */
function lockfilesIn(projectDir: string, dir: string): string[] {
  const absolute = join(projectDir, dir);
  let names: string[];
  try {
    names = readdirSync(absolute);
  } catch {
    return [];
  }
  const present = new Set(names);
  const found: string[] = [];
  for (const [name] of LOCKFILE_NAMES) {
    if (!present.has(name)) continue;
    // npm uses npm-shrinkwrap.json instead of package-lock.json when both exist.
    if (name === 'package-lock.json' && present.has('npm-shrinkwrap.json')) continue;
    // poetry.lock next to uv.lock: uv's is the one installs use.
    if (name === 'poetry.lock' && present.has('uv.lock')) continue;
    found.push(dir ? `${dir}/${name}` : name);
  }
  // requirements*.txt only where no Python lockfile is: they are usually exported from it.
  if (!present.has('uv.lock') && !present.has('poetry.lock')) {
    for (const name of names.sort()) if (/^requirements.*\.txt$/.test(name)) found.push(dir ? `${dir}/${name}` : name);
  }
  return found;
}

/** The `workspaces` patterns of a package.json (an array, or yarn's `{ packages: [...] }`). */
export function npmWorkspacePatterns(data: unknown): string[] {
  if (!isObject(data)) return [];
  const ws = Array.isArray(data.workspaces)
    ? data.workspaces
    : isObject(data.workspaces) && Array.isArray(data.workspaces.packages)
      ? data.workspaces.packages
      : [];
  return ws.filter((p): p is string => typeof p === 'string');
}

/**
 * The directories workspace patterns match under `projectDir` (relative, forward slashes, sorted):
 * never inside node_modules, never outside the project (a pattern climbing out with `..` is skipped).
 */
export function workspaceMemberDirs(projectDir: string, patterns: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.startsWith('!') || pattern.split('/').includes('..') || isAbsolute(pattern)) continue;
    for (const match of globSync(pattern.replace(/\/+$/, ''), {
      cwd: projectDir,
      exclude: (p) => p.includes('node_modules'),
    })) {
      try {
        if (statSync(join(projectDir, match)).isDirectory()) dirs.add(match.split('\\').join('/'));
      } catch {
        // a dangling link
      }
    }
  }
  return [...dirs].sort();
}

async function workspaceDirs(projectDir: string): Promise<string[]> {
  const patterns: string[] = [];
  const manifest = join(projectDir, 'package.json');
  if (existsSync(manifest)) {
    const data = parseJsonFile(
      readTextFile(manifest, { displayName: 'package.json', kind: 'manifest', workspace: projectDir }),
      'package.json',
      'package.json',
    );
    patterns.push(...npmWorkspacePatterns(data));
  }
  const pnpmWorkspace = join(projectDir, 'pnpm-workspace.yaml');
  if (existsSync(pnpmWorkspace)) {
    // The YAML parser only when there is a pnpm workspace file.
    const { parseYamlFile } = await import('./readers/yaml-file.js');
    const data = parseYamlFile(
      readTextFile(pnpmWorkspace, {
        displayName: 'pnpm-workspace.yaml',
        kind: 'workspace file',
        workspace: projectDir,
      }),
      'pnpm-workspace.yaml',
    );
    if (isObject(data) && Array.isArray(data.packages))
      for (const p of data.packages) if (typeof p === 'string') patterns.push(p);
  }
  return workspaceMemberDirs(projectDir, patterns);
}

/**
 * The lockfiles to read: the explicit list (globs allowed) or those discovered in the project root
 * and its workspace members. None found is a ConfigurationError listing where we looked.
 */
export async function discoverLockfiles(
  projectDir: string,
  explicit: readonly string[],
  displayDir: string,
): Promise<string[]> {
  if (explicit.length) {
    const files = expandPaths(explicit, { cwd: projectDir });
    for (const file of files) {
      if (!lockfileKind(file)) {
        throw new ConfigurationError(
          'unsupported-lockfile',
          `${file} is not a lockfile paved-road reads.`,
          { file },
          `Name one of: ${LOCKFILE_NAMES.map(([n]) => n).join(', ')}, requirements*.txt.`,
        );
      }
    }
    if (!files.length) {
      throw new ConfigurationError(
        'no-lockfile',
        `No file matches the lockfiles input (${explicit.join(', ')}) in ${displayDir}.`,
        undefined,
        'Check the patterns.',
      );
    }
    return files;
  }
  const dirs = ['', ...(await workspaceDirs(projectDir))];
  const found = dirs.flatMap((dir) => lockfilesIn(projectDir, dir));
  if (!found.length) {
    const looked = dirs.map((d) => (d ? `${displayDir}/${d}` : displayDir)).join(', ');
    throw new ConfigurationError(
      'no-lockfile',
      `No lockfile found. Looked in ${looked} for ${LOCKFILE_NAMES.map(([n]) => n).join(', ')} and requirements*.txt.`,
      undefined,
      'Commit your lockfile, set `path` to the project directory, or name the files with `lockfiles`.',
    );
  }
  return [...new Set(found)].sort();
}
