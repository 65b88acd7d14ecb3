// composer.lock: `packages` are production, `packages-dev` development. `dist.shasum` (when not
// empty) is the SHA-1 of the dist archive: the component's hash.
import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { ConfigurationError, readTextFile } from '@paved-road/core';
import {
  addEdge,
  addPackage,
  computeScopes,
  hexHash,
  isObject,
  parseJsonFile,
  str,
  type EdgeOwner,
  type LockfileGraph,
  type Package,
} from '../model.js';
import { licenseOf } from './npm.js';
import { purl } from '../purl.js';
import { projectDirName, type ReadInput } from './types.js';

export function readComposerLock(input: ReadInput): LockfileGraph {
  const data = parseJsonFile(input.text, input.lockfile, input.lockfile);
  if (!isObject(data) || (!Array.isArray(data.packages) && !Array.isArray(data['packages-dev']))) {
    throw new ConfigurationError(
      'invalid-lockfile',
      `${input.lockfile} has no "packages" list: it is not a composer.lock.`,
      { file: input.lockfile, line: 1 },
      'Regenerate it with composer update --lock.',
    );
  }
  const result = new Map<string, Package>();
  const byName = new Map<string, string>();
  const prodRoots = new Set<string>();
  const entries: [Record<string, unknown>, string][] = [];
  for (const [field, dev] of [
    ['packages', false],
    ['packages-dev', true],
  ] as const) {
    for (const entry of (Array.isArray(data[field]) ? data[field] : []).filter(isObject)) {
      const fullName = String(entry.name ?? '').toLowerCase();
      const slash = fullName.indexOf('/');
      const vendor = slash > 0 ? fullName.slice(0, slash) : undefined;
      const name = slash > 0 ? fullName.slice(slash + 1) : fullName;
      const version = String(entry.version ?? '');
      const dist = isObject(entry.dist) ? entry.dist : {};
      const source = isObject(entry.source) ? entry.source : {};
      const local = str(dist.type) === 'path';
      const packageUrl = local ? undefined : purl('composer', vendor, name, version);
      const ref = packageUrl ?? `local:${str(dist.url) ?? fullName}`;
      const sha1 = hexHash('SHA-1', str(dist.shasum));
      addPackage(result, {
        ref,
        ecosystem: 'composer',
        group: vendor,
        name,
        version,
        purl: packageUrl,
        hashes: sha1 ? [sha1] : [],
        files: str(dist.url) && !local ? [{ url: str(dist.url), hashes: sha1 ? [sha1] : [] }] : [],
        vcs:
          str(source.type) === 'git' && str(source.url)
            ? `${str(source.url)}${str(source.reference) ? `#${str(source.reference)}` : ''}`
            : undefined,
        license: licenseOf(entry.license),
        dev,
        optional: false,
        local,
        dependsOn: new Set(),
        source: `${field}: ${fullName}`,
      });
      byName.set(fullName, ref);
      if (!dev) prodRoots.add(ref);
      entries.push([entry, ref]);
    }
  }
  for (const [entry, ref] of entries) {
    const requires = isObject(entry.require) ? entry.require : {};
    for (const name of Object.keys(requires)) {
      const to = byName.get(name.toLowerCase());
      if (to && to !== ref) result.get(ref)!.dependsOn.add(to);
    }
  }
  const manifestPath = join(dirname(input.path), 'composer.json');
  const root: EdgeOwner = { dependsOn: new Set() };
  let rootName = projectDirName(input);
  let rootVersion: string | undefined;
  let declared = false;
  let rootLicense: string | undefined;
  const warnings: string[] = [];
  if (existsSync(manifestPath)) {
    const display = posix.join(posix.dirname(input.lockfile), 'composer.json');
    const manifest = parseJsonFile(
      readTextFile(manifestPath, { displayName: display, kind: 'manifest', workspace: input.root }),
      display,
      'composer.json',
    );
    if (isObject(manifest)) {
      declared = str(manifest.name) !== undefined;
      rootName = str(manifest.name) ?? rootName;
      rootVersion = str(manifest.version);
      rootLicense = licenseOf(manifest.license);
      for (const field of ['require', 'require-dev']) {
        const requires = isObject(manifest[field]) ? (manifest[field] as Record<string, unknown>) : {};
        for (const [name, spec] of Object.entries(requires)) {
          if (!name.includes('/')) continue; // php, ext-*, lib-*: the platform, not packages
          const to = byName.get(name.toLowerCase());
          if (to) addEdge(root, to, field === 'require' ? 'required' : 'dev');
          else
            warnings.push(
              `${display} requires ${name} ${String(spec)} but ${input.lockfile} has no entry for it: the lockfile is out of sync with the manifest; run composer update --lock.`,
            );
        }
      }
    }
  } else {
    for (const ref of prodRoots) addEdge(root, ref);
  }
  // The lockfile's \`packages\` (not \`packages-dev\`) are what production installs.
  computeScopes(root, result, prodRoots);
  return {
    lockfile: input.lockfile,
    ecosystem: 'composer',
    root: {
      ref: `root:${rootName}`,
      name: rootName,
      declared,
      version: rootVersion,
      license: rootLicense,
      ecosystem: 'composer',
      ...root,
    },
    packages: result,
    warnings,
  };
}
