// GitHub's attestations API: store a bundle with the repository, so `gh attestation verify` and
// verify-release can find it by the subject's digest.
import type { SerializedBundle } from '@sigstore/bundle';
import { setTimeout as delay } from 'node:timers/promises';
import { ConfigurationError } from '@paved-road/core';

export interface StoreOptions {
  apiUrl: string;
  serverUrl: string;
  /** owner/name */
  repository: string;
  token: string;
  timeoutMs?: number;
  /** First retry delay; doubles. Default 1 s. */
  retryDelayMs?: number;
}

export interface StoredAttestation {
  id: string;
  url: string;
}

/** POST /repos/{owner}/{repo}/attestations with `{bundle}`; returns the attestation's id and web URL. */
export async function storeAttestation(bundle: SerializedBundle, options: StoreOptions): Promise<StoredAttestation> {
  const [owner, repo] = options.repository.split('/');
  if (!owner || !repo) {
    throw new ConfigurationError(
      'invalid-input',
      `Cannot store the attestation: "${options.repository}" is not owner/name.`,
      undefined,
      'Run in GitHub Actions, or set GITHUB_REPOSITORY.',
    );
  }
  if (!options.token) {
    throw new ConfigurationError(
      'missing-token',
      'push-to-github needs a token to store the attestation, and github-token is empty.',
      undefined,
      'Pass github-token: ${{ github.token }} with "permissions: attestations: write", or set push-to-github: false.',
    );
  }
  const url = `${options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/attestations`;
  const request = (): Promise<Response> =>
    fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${options.token}`,
        'Content-Type': 'application/json',
        'X-GitHub-Api-Version': '2022-11-28',
        'User-Agent': 'paved-road',
      },
      body: JSON.stringify({ bundle }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  let response: Response | undefined;
  // A server error or a secondary rate limit is retried twice (after 1 s, then 2 s); nothing else is.
  for (let attempt = 0; ; attempt++) {
    try {
      response = await request();
    } catch (error) {
      if (attempt < 2) {
        await delay((options.retryDelayMs ?? 1000) * 2 ** attempt);
        continue;
      }
      throw new ConfigurationError(
        'github-api-error',
        `Cannot reach the GitHub API at ${options.apiUrl} to store the attestation: ${(error as Error).message}.`,
      );
    }
    if ((response.status >= 500 || response.status === 429) && attempt < 2) {
      await response.text().catch(() => '');
      await delay((options.retryDelayMs ?? 1000) * 2 ** attempt);
      continue;
    }
    break;
  }
  const text = await response.text();
  if (response.status !== 201 && response.status !== 200) {
    let message = text.slice(0, 300);
    try {
      message = String((JSON.parse(text) as { message?: unknown }).message ?? message);
    } catch {
      // not JSON: keep the text
    }
    const fix =
      response.status === 403 || response.status === 401 || response.status === 404
        ? 'Give the job "permissions: attestations: write" (and pass github-token), or set push-to-github: false.'
        : 'Retry the job; set push-to-github: false to keep the bundle only as a file.';
    throw new ConfigurationError(
      'github-api-error',
      `GitHub refused to store the attestation (${response.status}): ${message}.`,
      undefined,
      fix,
    );
  }
  let id: unknown;
  try {
    id = (JSON.parse(text) as { id?: unknown }).id;
  } catch {
    id = undefined;
  }
  if (typeof id !== 'number' && typeof id !== 'string') {
    throw new ConfigurationError('github-api-error', 'GitHub stored the attestation but returned no id.');
  }
  return { id: String(id), url: `${options.serverUrl.replace(/\/+$/, '')}/${owner}/${repo}/attestations/${id}` };
}
