// Package URLs, built with packageurl-js so encoding follows the purl spec (scoped npm names become
// `%40scope/name`, qualifiers are percent-encoded and sorted).
import { PackageURL } from 'packageurl-js';
import type { Distribution, Hash } from './model.js';

export function purl(
  type: string,
  namespace: string | undefined,
  name: string,
  version: string | undefined,
  qualifiers?: Record<string, string | undefined>,
): string {
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(qualifiers ?? {})) if (value) clean[key] = value;
  return new PackageURL(
    type,
    namespace || undefined,
    name,
    version || undefined,
    Object.keys(clean).length ? clean : undefined,
    undefined,
  ).toString();
}

/** `@scope/name` to [`@scope`, `name`]; unscoped names have no group. */
export function splitNpmName(fullName: string): { group?: string; name: string } {
  if (fullName.startsWith('@')) {
    const slash = fullName.indexOf('/');
    if (slash > 0) return { group: fullName.slice(0, slash), name: fullName.slice(slash + 1) };
  }
  return { name: fullName };
}

export const NPM_REGISTRY = 'https://registry.npmjs.org';
const DEFAULT_REGISTRIES = [NPM_REGISTRY, 'https://registry.yarnpkg.com', 'https://registry.npmjs.com'];

/** How an npm-world package was obtained, from its `resolved` URL or spec. */
export type NpmSource =
  | { kind: 'registry'; repositoryUrl?: string; tarball?: string }
  | { kind: 'git'; vcsUrl: string; commit?: string }
  | { kind: 'tarball'; url: string }
  | { kind: 'local'; path: string };

export function classifyNpmResolved(resolved: string | undefined, fullName: string): NpmSource {
  if (!resolved) return { kind: 'registry' };
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(resolved) || /^[\w.-]+\/[\w.-]+#/.test(resolved)) {
    const commit = /#([0-9a-f]{7,40})$/.exec(resolved)?.[1];
    return { kind: 'git', vcsUrl: normalizeGitUrl(resolved), commit };
  }
  if (/^(file:|link:|workspace:|portal:)/.test(resolved) || !/^[a-z]+:\/\//i.test(resolved)) {
    return { kind: 'local', path: resolved.replace(/^(file|link|workspace|portal):/, '') };
  }
  // A registry tarball: <registry>/<name>/-/<file>.tgz. codeload.github.com and other hosts are plain tarballs.
  const marker = `/${fullName}/-/`;
  const at = resolved.indexOf(marker);
  const encodedAt = at < 0 ? resolved.indexOf(`/${fullName.replace('/', '%2f')}/-/`) : at;
  const encodedAt2 = encodedAt < 0 ? resolved.indexOf(`/${fullName.replace('/', '%2F')}/-/`) : encodedAt;
  if (encodedAt2 > 0) {
    const registry = resolved.slice(0, encodedAt2);
    const tarball = resolved.replace(/#.*$/, '');
    if (DEFAULT_REGISTRIES.includes(registry)) return { kind: 'registry', tarball };
    return { kind: 'registry', repositoryUrl: registry, tarball };
  }
  return { kind: 'tarball', url: resolved.replace(/#.*$/, '') };
}

/** `github:owner/repo#sha` and scp-like forms to a `git+https://` / `git+ssh://` URL with the commit. */
export function normalizeGitUrl(spec: string): string {
  const shortcut = /^(github|gitlab|bitbucket):([^#]+)(#.*)?$/.exec(spec) ?? /^()([\w.-]+\/[\w.-]+)(#.*)?$/.exec(spec);
  if (shortcut) {
    const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org', '': 'github.com' }[
      shortcut[1] as 'github'
    ];
    return `git+https://${host}/${shortcut[2]!.replace(/\.git$/, '')}.git${shortcut[3] ?? ''}`;
  }
  if (spec.startsWith('git://')) return `git+${spec}`;
  return spec;
}

/**
 * The tarball an npm-family package downloads: the lockfile's `resolved` / `tarball` URL, else, for
 * a package of the public registry, its address by the registry's convention
 * (`<registry>/<name>/-/<unscoped name>-<version>.tgz`), which npm, pnpm and yarn fetch. `hashes` are
 * the tarball's (an integrity), or none.
 */
export function npmDistribution(
  fullName: string,
  version: string,
  source: NpmSource,
  resolved: string | undefined,
  hashes: Hash[],
): Distribution[] {
  if (source.kind === 'local' || source.kind === 'git') return [];
  if (resolved && /^https?:\/\//.test(resolved)) return [{ url: resolved.replace(/#.*$/, ''), hashes }];
  if (source.kind !== 'registry' || source.repositoryUrl || !version) return [];
  const { name } = splitNpmName(fullName);
  return [{ url: `${NPM_REGISTRY}/${fullName}/-/${name}-${version}.tgz`, hashes, derived: true }];
}

/** The npm purl of a registry, git or tarball package (never of a local one). */
export function npmPurl(fullName: string, version: string, source: NpmSource): string {
  const { group, name } = splitNpmName(fullName);
  const qualifiers: Record<string, string | undefined> = {};
  if (source.kind === 'registry') qualifiers.repository_url = source.repositoryUrl;
  if (source.kind === 'git') qualifiers.vcs_url = source.vcsUrl;
  if (source.kind === 'tarball') qualifiers.download_url = source.url;
  return purl('npm', group, name, version, qualifiers);
}

/**
 * The purl of the project itself, from its manifest's name and version: npm scopes and Composer
 * vendors are namespaces, a Go module path's last element is the name, Python names normalized.
 */
export function rootPurl(
  ecosystem: string | undefined,
  fullName: string,
  version: string | undefined,
): string | undefined {
  if (!fullName) return undefined;
  switch (ecosystem) {
    case 'npm': {
      const { group, name } = splitNpmName(fullName);
      return purl('npm', group, name, version);
    }
    case 'golang':
    case 'composer': {
      const slash = fullName.lastIndexOf('/');
      return purl(ecosystem, slash > 0 ? fullName.slice(0, slash) : undefined, fullName.slice(slash + 1), version);
    }
    case 'pypi':
      return purl('pypi', undefined, fullName.toLowerCase().replace(/[-_.]+/g, '-'), version);
    case 'cargo':
    case 'gem':
      return purl(ecosystem, undefined, fullName, version);
    default:
      return undefined;
  }
}
