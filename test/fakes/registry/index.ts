// An OCI distribution registry on loopback, enough for tag -> digest: manifests by tag or digest
// (HEAD and GET), content negotiation on Accept like real registries (an index is only served to a
// client that accepts index types), and the bearer token flow (401 + WWW-Authenticate, a token
// endpoint, tokens scoped per repository). Images are named `127.0.0.1:<port>/<name>:<tag>`, a real
// registry host to the code under test.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';

export interface RegistryRequest {
  method: string;
  path: string;
  accept: string;
  authorization?: string;
  status: number;
}

export interface RegistryFake {
  /** `127.0.0.1:<port>`: the registry host part of image names. */
  host: string;
  requests: RegistryRequest[];
  /** Stores a manifest under `name:tag`; returns its digest (sha256 of the exact bytes). */
  push(name: string, tag: string, mediaType: string, manifest?: object): string;
  close(): Promise<void>;
}

export interface RegistryFakeOptions {
  /** Require bearer tokens from the fake's token endpoint (as Docker Hub and GHCR do for anonymous pulls). */
  auth?: boolean;
  /** Answer HEAD without Docker-Content-Digest (some registries do): clients must hash the GET body. */
  omitDigestHeader?: boolean;
}

interface Stored {
  mediaType: string;
  body: Buffer;
  digest: string;
}

export async function startRegistryFake(options: RegistryFakeOptions = {}): Promise<RegistryFake> {
  const manifests = new Map<string, Stored>(); // name:tag and name@digest
  const tokens = new Map<string, string>(); // token -> repository
  const requests: RegistryRequest[] = [];
  let tokenCount = 0;
  let host = '';

  const record = (req: IncomingMessage, path: string, status: number): void => {
    requests.push({
      method: req.method ?? 'GET',
      path,
      accept: String(req.headers.accept ?? ''),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      status,
    });
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    const path = url.pathname;
    if (path === '/token') {
      const scope = url.searchParams.get('scope') ?? '';
      const match = /^repository:([^:]+):pull$/.exec(scope);
      if (!match || url.searchParams.get('service') !== 'fake-registry') {
        record(req, path, 400);
        res.writeHead(400).end();
        return;
      }
      const token = `tok-${++tokenCount}`;
      tokens.set(token, match[1]!);
      record(req, path, 200);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
      return;
    }
    if (path === '/v2/') {
      record(req, path, 200);
      res.writeHead(200).end('{}');
      return;
    }
    const m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
    if (!m) {
      record(req, path, 404);
      res.writeHead(404).end();
      return;
    }
    const [, name, reference] = m as unknown as [string, string, string];
    if (options.auth) {
      const token = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
      if (!token || tokens.get(token) !== name) {
        record(req, path, 401);
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${host}/token",service="fake-registry",scope="repository:${name}:pull"`,
            'content-type': 'application/json',
          })
          .end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED' }] }));
        return;
      }
    }
    const stored = manifests.get(
      reference.startsWith('sha256:') ? `${name}@${reference}` : `${name}:${decodeURIComponent(reference)}`,
    );
    const accept = String(req.headers.accept ?? '');
    // Like a real registry: a manifest is only served in a media type the client accepts.
    if (
      !stored ||
      !accept
        .split(',')
        .map((s) => s.trim().split(';')[0])
        .includes(stored.mediaType)
    ) {
      record(req, path, 404);
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN' }] }));
      return;
    }
    record(req, path, 200);
    const headers: Record<string, string> = {
      'content-type': stored.mediaType,
      'content-length': String(stored.body.length),
    };
    if (!options.omitDigestHeader) headers['docker-content-digest'] = stored.digest;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : stored.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    requests,
    push(name, tag, mediaType, manifest) {
      const body = Buffer.from(JSON.stringify(manifest ?? { schemaVersion: 2, mediaType, tag, manifests: [] }));
      const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
      const stored = { mediaType, body, digest };
      manifests.set(`${name}:${tag}`, stored);
      manifests.set(`${name}@${digest}`, stored);
      return digest;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
