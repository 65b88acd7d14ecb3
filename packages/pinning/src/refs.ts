// What a `uses:` value and a container image reference say, parsed once.

export const FULL_SHA = /^[0-9a-f]{40}$/;
export const IMAGE_DIGEST = /^sha256:[0-9a-f]{64}$/;

export type UsesReference =
  | { kind: 'local'; path: string }
  | { kind: 'docker'; image: string }
  | {
      kind: 'remote';
      owner: string;
      repo: string;
      /** Path inside the repository (an action in a subfolder, or a reusable workflow file). */
      path?: string;
      ref: string;
      /** `owner/repo` (the repository the ref belongs to). */
      repository: string;
      /** `owner/repo/path`, as matched by `allow` patterns. */
      name: string;
      reusableWorkflow: boolean;
    }
  | { kind: 'invalid'; reason: string };

/** Parses a step's or job's `uses:` value. */
export function parseUses(value: string): UsesReference {
  const text = value.trim();
  if (text.startsWith('./') || text.startsWith('$/') || text === '.') return { kind: 'local', path: text };
  if (text.startsWith('docker://')) return { kind: 'docker', image: text.slice('docker://'.length) };
  const at = text.lastIndexOf('@');
  if (at <= 0) return { kind: 'invalid', reason: 'has no @ref' };
  const name = text.slice(0, at);
  const ref = text.slice(at + 1);
  const parts = name.split('/');
  if (parts.length < 2 || parts.some((p) => p === ''))
    return { kind: 'invalid', reason: 'is not owner/repo[/path]@ref' };
  const [owner, repo, ...rest] = parts as [string, string, ...string[]];
  const path = rest.length ? rest.join('/') : undefined;
  return {
    kind: 'remote',
    owner,
    repo,
    ...(path !== undefined ? { path } : {}),
    ref,
    repository: `${owner}/${repo}`,
    name,
    reusableWorkflow: path !== undefined && /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path),
  };
}

/**
 * slsa-github-generator's reusable workflows find their own release by the ref they were called
 * with, and refuse a commit SHA: they must be called by tag.
 */
export function isSlsaGeneratorWorkflow(ref: Extract<UsesReference, { kind: 'remote' }>): boolean {
  return ref.repository.toLowerCase() === 'slsa-framework/slsa-github-generator' && ref.reusableWorkflow;
}

export interface ImageReference {
  /** Registry host (with port): `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** Repository path on the registry: `library/node`, `org/app`. */
  repository: string;
  tag?: string;
  digest?: string;
  /** The reference as written. */
  raw: string;
}

/**
 * Parses an image reference the way Docker does: the first component is a registry when it has a
 * `.` or a `:` or is `localhost`; Docker Hub's single-component names live under `library/`.
 * Undefined for references that are not well formed.
 */
export function parseImageReference(raw: string): ImageReference | undefined {
  const text = raw.trim();
  if (!text || /\s/.test(text)) return undefined;
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (!rest) return undefined;
  const components = rest.split('/');
  let registry = 'docker.io';
  if (components.length > 1 && /[.:]|^localhost$/.test(components[0]!)) registry = components.shift()!;
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  let repository = components.join('/');
  if (registry === 'docker.io' && components.length === 1) repository = `library/${repository}`;
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository))
    return undefined;
  if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  return {
    registry,
    repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
    raw: text,
  };
}

/** Glob-like match for `allow` patterns: `*` within a path segment, `**` across segments. */
export function matchesPattern(pattern: string, name: string): boolean {
  const source = pattern
    .trim()
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*/g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
    .replace(/\u0000/g, '.*');
  return new RegExp(`^${source}$`, 'i').test(name);
}
