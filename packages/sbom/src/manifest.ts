// package.json, read for the root component and for checking that a lockfile matches it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
// The three functions used, not the package index (which loads every semver module, ~2 ms).
import satisfies from 'semver/functions/satisfies.js';
import valid from 'semver/functions/valid.js';
import validRange from 'semver/ranges/valid.js';
import { isInside, readTextFile } from '@paved-road/core';
import { npmWorkspacePatterns } from './discover.js';
import { isObject, parseJsonFile, str, type EdgeKind } from './model.js';

export interface NpmManifest {
  file: string;
  name?: string;
  version?: string;
  license?: string;
  private?: boolean;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  /** yarn's `resolutions`: a descriptor (`name@range`) or a name, to the descriptor used instead. */
  resolutions: Record<string, string>;
  /** `workspaces` patterns (npm, yarn). */
  workspaces: string[];
}

function specs(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(value)) for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * The package.json in `dir`, or undefined when there is none, or when `dir` (named by a lockfile)
 * lies outside the project `root`. `display` names it in messages.
 */
export function readNpmManifest(dir: string, display: string, root: string): NpmManifest | undefined {
  const path = join(dir, 'package.json');
  if (!isInside(root, path) || !existsSync(path)) return undefined;
  const data = parseJsonFile(
    readTextFile(path, { displayName: display, kind: 'manifest', workspace: root }),
    display,
    'package.json',
  );
  if (!isObject(data)) return undefined;
  const license = str(data.license) ?? (isObject(data.license) ? str(data.license.type) : undefined);
  return {
    file: display,
    name: str(data.name),
    version: str(data.version),
    license,
    private: data.private === true,
    dependencies: specs(data.dependencies),
    devDependencies: specs(data.devDependencies),
    optionalDependencies: specs(data.optionalDependencies),
    peerDependencies: specs(data.peerDependencies),
    resolutions: specs(data.resolutions),
    workspaces: npmWorkspacePatterns(data),
  };
}

/** Every dependency a manifest declares, with its spec and whether it is a dev one. */
export function declaredDependencies(
  manifest: NpmManifest,
): { name: string; spec: string; dev: boolean; optional: boolean }[] {
  const out = new Map<string, { name: string; spec: string; dev: boolean; optional: boolean }>();
  for (const [name, spec] of Object.entries(manifest.devDependencies))
    out.set(name, { name, spec, dev: true, optional: false });
  for (const [name, spec] of Object.entries(manifest.dependencies))
    out.set(name, { name, spec, dev: false, optional: false });
  for (const [name, spec] of Object.entries(manifest.optionalDependencies))
    out.set(name, { name, spec, dev: false, optional: true });
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * A warning when a lockfile's resolution of a declared dependency does not match the manifest
 * (missing, or a version outside the declared range): the lockfile is out of date.
 */
export function syncWarning(
  manifestFile: string,
  lockfile: string,
  name: string,
  spec: string,
  lockedVersion: string | undefined,
): string | undefined {
  if (lockedVersion === undefined) {
    return `${manifestFile} declares ${name}@${spec} but ${lockfile} has no entry for it: the lockfile is out of sync with the manifest; run the package manager's install to update it.`;
  }
  const range = spec.startsWith('npm:') ? spec.slice(spec.lastIndexOf('@') + 1) : spec;
  if (!validRange(range, { loose: true }) || !valid(lockedVersion, { loose: true })) return undefined;
  if (satisfies(lockedVersion, range, { loose: true, includePrerelease: true })) return undefined;
  return `${manifestFile} declares ${name}@${spec} but ${lockfile} locks ${name}@${lockedVersion}: the lockfile is out of sync with the manifest; run the package manager's install to update it.`;
}

/**
 * How a manifest needs a dependency it names: runtime over optional over dev (a name both in
 * dependencies and devDependencies is a runtime one); undefined when it does not name it.
 */
export function manifestEdgeKind(manifest: NpmManifest, name: string): EdgeKind | 'required' | undefined {
  if (Object.hasOwn(manifest.dependencies, name)) return 'required';
  if (Object.hasOwn(manifest.optionalDependencies, name)) return 'optional';
  if (Object.hasOwn(manifest.devDependencies, name)) return 'dev';
  return undefined;
}
