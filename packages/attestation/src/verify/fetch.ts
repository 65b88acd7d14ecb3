import { ConfigurationError } from '@paved-road/core';
// GitHub serves the bundle behind bundle_url snappy-compressed (application/x-snappy, .json.sn).
import { uncompress } from 'snappyjs';
import { MAX_DOCUMENT_BYTES, type RawBundle } from './bundles.js';

export interface FetchOptions {
  apiUrl: string;
  /** owner/repo: GET /repos/{owner}/{repo}/attestations/{digest}. */
  repository?: string;
  /** An organization or user: GET /orgs/{org}/attestations/{digest}, then /users/{user}/... */
  owner?: string;
  token: string;
  /** sha256:<hex>. */
  digest: string;
  /** The most attestations to take (gh's --limit); more are not fetched. */
  limit?: number;
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
    const limit = options.limit ?? MAX_PAGES * 100;
    let url: string | undefined = `${first}?per_page=${Math.min(100, limit)}`;
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
      for (const [i, item] of list.slice(0, limit - bundles.length).entries()) {
        const entry = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
        const source = `GitHub attestation ${bundles.length + 1}${i === 0 && page > 1 ? ` (page ${page})` : ''}`;
        // Newer answers carry bundle_url (and may omit the bundle): the bundle is fetched from there.
        // One with neither is reported as missing its bundle, never skipped silently.
        if (entry.bundle) bundles.push({ source, json: entry.bundle });
        else if (typeof entry.bundle_url === 'string')
          bundles.push({ source, json: await fetchBundleUrl(entry.bundle_url, source, options, base) });
        else bundles.push({ source: `${source} (no bundle)`, json: null });
      }
      url = bundles.length < limit ? nextLink(response.headers.get('link')) : undefined;
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

/**
 * The bundle behind an attestation's bundle_url: a pre-signed blob-storage URL on another host, so
 * the GitHub token is sent only when the URL is on the API's own origin. Snappy-compressed
 * (application/x-snappy or a .sn file) or plain JSON; at most MAX_DOCUMENT_BYTES read and
 * decompressed. Any failure is an error naming the attestation, never an empty or passing list.
 */
async function fetchBundleUrl(raw: string, source: string, options: FetchOptions, base: string): Promise<unknown> {
  const fail = (detail: string): ConfigurationError =>
    new ConfigurationError(
      'github-api-error',
      `Cannot fetch the bundle of ${source} for ${options.digest} from its bundle_url: ${detail}.`,
      undefined,
      'Retry later, or download the bundle (gh attestation download) and pass bundle-path.',
    );
  let url: URL;
  let api: URL;
  try {
    url = new URL(raw);
    api = new URL(base);
  } catch {
    throw fail(`${JSON.stringify(raw)} is not a URL`);
  }
  // https, or http only when the API itself is reached over http (a loopback or plain-http server).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && api.protocol === 'http:'))
    throw fail(`${url.protocol} is not allowed (https only)`);
  const sameOrigin = url.origin === api.origin;
  options.log(`verify-release: GET ${url.origin}${url.pathname}${sameOrigin ? '' : ' (without the GitHub token)'}`);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        'user-agent': 'paved-road-verify-release',
        ...(sameOrigin ? { authorization: `Bearer ${options.token}`, 'x-github-api-version': '2022-11-28' } : {}),
      },
      // A redirect could lead the token elsewhere; pre-signed URLs answer directly.
      redirect: sameOrigin ? 'error' : 'follow',
    });
  } catch (error) {
    throw fail(`${url.host} cannot be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw fail(`${url.host} answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_DOCUMENT_BYTES) throw fail(`it is ${declared} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > MAX_DOCUMENT_BYTES) throw fail(`it is over the ${MAX_DOCUMENT_BYTES}-byte limit`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw fail(`reading it failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  let bytes: Uint8Array = Buffer.concat(chunks);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-snappy' || url.pathname.endsWith('.sn')) {
    try {
      bytes = uncompress(bytes, MAX_DOCUMENT_BYTES);
    } catch (error) {
      throw fail(`it is not valid snappy data: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
  } catch (error) {
    throw fail(`it is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
