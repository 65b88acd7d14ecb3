// Tag -> digest through the OCI distribution API: `HEAD /v2/<name>/manifests/<tag>` with the
// manifest media types we accept, reading `Docker-Content-Digest`; anonymous bearer tokens through
// the registry's `WWW-Authenticate` challenge (Docker Hub, GHCR, ...). The registry is the host the
// image reference names; plain http is used only for loopback hosts (a local registry).
import { createHash } from 'node:crypto';
import type { ImageReference } from './refs.js';
import { IMAGE_DIGEST } from './refs.js';

/** OCI index first: a multi-platform tag must resolve to its index, not one platform's manifest. */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/;

export function registryBaseUrl(registry: string): string {
  const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
  return `${LOOPBACK_HOST.test(host) ? 'http' : 'https'}://${host}`;
}

export class RegistryClient {
  private readonly tokens = new Map<string, string>();
  requestCount = 0;

  /** The digest the tag points to now (the index for multi-platform images). */
  async resolveDigest(ref: ImageReference): Promise<string> {
    const reference = ref.tag ?? 'latest';
    const url = `${registryBaseUrl(ref.registry)}/v2/${ref.repository}/manifests/${encodeURIComponent(reference)}`;
    let response = await this.request('HEAD', url, ref);
    if (response.status === 405 || (response.ok && !response.headers.get('docker-content-digest'))) {
      // Some registries do not answer HEAD or omit the header: hash the manifest ourselves.
      response = await this.request('GET', url, ref);
      if (response.ok && !response.headers.get('docker-content-digest')) {
        const body = new Uint8Array(await response.arrayBuffer());
        return `sha256:${createHash('sha256').update(body).digest('hex')}`;
      }
    }
    if (!response.ok) throw new Error(`${ref.raw}: the registry answered ${response.status} for ${url}`);
    const digest = response.headers.get('docker-content-digest') ?? '';
    if (!IMAGE_DIGEST.test(digest)) throw new Error(`${ref.raw}: the registry gave no sha256 digest (got "${digest}")`);
    return digest;
  }

  private async request(method: 'HEAD' | 'GET', url: string, ref: ImageReference): Promise<Response> {
    const key = `${ref.registry}/${ref.repository}`;
    const send = (): Promise<Response> => {
      this.requestCount++;
      const headers: Record<string, string> = {
        accept: MANIFEST_ACCEPT,
        'user-agent': 'paved-road-verify-pinned-tools',
      };
      const token = this.tokens.get(key);
      if (token) headers.authorization = `Bearer ${token}`;
      return fetch(url, { method, headers, signal: AbortSignal.timeout(30_000) });
    };
    let response = await send();
    if (response.status !== 401) return response;
    const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
    if (!challenge || challenge.scheme !== 'bearer' || !challenge.params.realm) return response;
    const tokenUrl = new URL(challenge.params.realm);
    if (tokenUrl.protocol !== 'https:' && !(tokenUrl.protocol === 'http:' && LOOPBACK_HOST.test(tokenUrl.host))) {
      throw new Error(`${ref.raw}: the registry's token realm ${challenge.params.realm} is not https`);
    }
    if (challenge.params.service) tokenUrl.searchParams.set('service', challenge.params.service);
    tokenUrl.searchParams.set('scope', challenge.params.scope ?? `repository:${ref.repository}:pull`);
    this.requestCount++;
    const tokenResponse = await fetch(tokenUrl, { signal: AbortSignal.timeout(30_000) });
    if (!tokenResponse.ok) throw new Error(`${ref.raw}: the registry's token service answered ${tokenResponse.status}`);
    const body = (await tokenResponse.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new Error(`${ref.raw}: the registry's token service returned no token`);
    this.tokens.set(key, token);
    response = await send();
    return response;
  }
}

/** `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"`. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } | undefined {
  const match = /^\s*(\w+)\s+(.*)$/.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const m of match[2]!.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g))
    params[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? '';
  return { scheme: match[1]!.toLowerCase(), params };
}
