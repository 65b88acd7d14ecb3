// trusted-root: tuf. The Sigstore trusted root fetched and verified through TUF (@sigstore/tuf), from a
// mirror, cached on disk; the only network access besides the attestations API, and only when asked.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { DEFAULT_MIRROR_URL, getTrustedRoot } from '@sigstore/tuf';
import { ConfigurationError, errorMessage } from '@paved-road/core';

export { DEFAULT_MIRROR_URL };

/** The trusted-root value that asks for TUF. */
export const TUF_TRUSTED_ROOT = 'tuf';

export interface TufOptions {
  mirror: string;
  /** The initial root.json (the trust anchor) for a mirror @sigstore/tuf has no seed for. */
  rootPath?: string;
  /** Where metadata and targets are cached between runs. */
  cachePath: string;
  /** `embedded`: on a TUF failure use the root built into the action, saying so; `none`: fail. */
  fallback: 'none' | 'embedded';
}

/** RUNNER_TEMP on a runner, else the user cache dir (XDG_CACHE_HOME or ~/.cache). */
export function tufCachePath(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.RUNNER_TEMP || env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'paved-road', 'tuf');
}

/**
 * The trusted root from TUF as trusted_root.json text, or, when that fails and the fallback is
 * `embedded`, undefined with the reason (the caller then uses the built-in root and reports why).
 */
export async function fetchTufTrustedRoot(
  options: TufOptions,
): Promise<{ text: string; reason?: undefined } | { text?: undefined; reason: string }> {
  try {
    const root = await getTrustedRoot({
      mirrorURL: options.mirror,
      cachePath: options.cachePath,
      ...(options.rootPath ? { rootPath: options.rootPath } : {}),
      // One attempt, bounded: a gate must not hang on a mirror.
      retry: false,
      timeout: 15_000,
    });
    return { text: JSON.stringify(TrustedRoot.toJSON(root)) };
  } catch (error) {
    // @sigstore/tuf wraps tuf-js's error (an expired role, a bad signature) as its cause: name both.
    const cause = error && typeof error === 'object' ? (error as { cause?: unknown }).cause : undefined;
    const reason = `TUF update from ${options.mirror} failed: ${errorMessage(error).replace(/\.$/, '')}${cause ? ` (${errorMessage(cause)})` : ''}`;
    if (options.fallback === 'embedded') return { reason };
    throw new ConfigurationError(
      'tuf-error',
      `${reason}.`,
      { file: 'trusted-root' },
      'Check tuf-mirror and tuf-root (and the network), pass a trusted_root.json as trusted-root, or set tuf-fallback: embedded to use the root built into the action.',
    );
  }
}
