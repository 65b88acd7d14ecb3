import { ConfigurationError } from '@paved-road/core';
import type { RawBundle } from './bundles.js';

export interface FetchOptions {
  apiUrl: string;
  /** owner/repo: GET /repos/{owner}/{repo}/attestations/{digest}. */
  repository?: string;
  /** An organization or user: GET /orgs/{org}/attestations/{digest}, then /users/{user}/... */
  owner?: string;
  token: string;
  /** sha256:<hex>. */
  digest: string;
  log(message: string): void;
}

const MAX_PAGES = 10;

/**
 * Fetches the attestations for one digest from GitHub's attestations API: the only network access
 * verify-release makes. 404 means none; any other failure is an error (never an empty, passing list).
 */
export async function fetchAttestations(options: FetchOptions): Promise<RawBundle[]> {
  const base = options.apiUrl.replace(/\/+$/, '');
  const digest = encodeURIComponent(options.digest);
  const candidates = options.repository
    ? [`${base}/repos/${options.repository}/attestations/${digest}`]
    : [
        `${base}/orgs/${encodeURIComponent(options.owner!)}/attestations/${digest}`,
        `${base}/users/${encodeURIComponent(options.owner!)}/attestations/${digest}`,
      ];
  for (const [index, first] of candidates.entries()) {
    const bundles: RawBundle[] = [];
    let url: string | undefined = `${first}?per_page=100`;
    let notFound = false;
    for (let page = 1; url && page <= MAX_PAGES; page++) {
      options.log(`verify-release: GET ${url}`);
      let response: Response;
      try {
        response = await fetch(url, {
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${options.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'paved-road-verify-release',
          },
        });
      } catch (error) {
        throw new ConfigurationError(
          'network-error',
          `Cannot reach GitHub's API at ${base}: ${error instanceof Error ? error.message : String(error)}.`,
          undefined,
          'Check GITHUB_API_URL and the network, or pass bundle-path to verify offline.',
        );
      }
      if (response.status === 404) {
        notFound = true;
        break;
      }
      if (!response.ok) {
        const body = await response.text().catch(() => '');
        const message = /"message"\s*:\s*"([^"]*)"/.exec(body)?.[1] ?? response.statusText;
        throw new ConfigurationError(
          'github-api-error',
          `GitHub's attestations API answered ${response.status} for ${options.digest}: ${message}.`,
          undefined,
          response.status === 401 || response.status === 403
            ? 'Give a github-token that can read attestations (permissions: attestations: read, contents: read).'
            : 'Retry later, or pass bundle-path to verify offline.',
        );
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new ConfigurationError(
          'github-api-error',
          `GitHub's attestations API returned a body that is not JSON for ${options.digest}.`,
        );
      }
      const list = body && typeof body === 'object' ? (body as Record<string, unknown>).attestations : undefined;
      if (!Array.isArray(list))
        throw new ConfigurationError(
          'github-api-error',
          `GitHub's attestations API returned no "attestations" list for ${options.digest}.`,
        );
      list.forEach((item, i) => {
        const entry = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
        // Newer answers may carry only bundle_url (a compressed copy elsewhere), which is not fetched:
        // such an attestation is reported as missing its bundle, never skipped silently.
        const note = entry.bundle
          ? ''
          : typeof entry.bundle_url === 'string'
            ? ' (only a bundle_url, not fetched)'
            : ' (no bundle)';
        bundles.push({
          source: `GitHub attestation ${bundles.length + 1}${i === 0 && page > 1 ? ` (page ${page})` : ''}${note}`,
          json: entry.bundle ?? null,
        });
      });
      url = nextLink(response.headers.get('link'));
    }
    if (notFound && index < candidates.length - 1) continue;
    return bundles;
  }
  return [];
}

function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1];
  }
  return undefined;
}
