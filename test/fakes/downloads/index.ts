// A loopback HTTP server for tool downloads: serves files as given, or lies about them (a body
// that is cut short of its Content-Length, a body swapped after the pin was taken). Product code
// reaches it through the url in the tools manifest, like any mirror.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Served =
  /** The bytes, with a correct Content-Length. */
  | { kind: 'file'; body: Uint8Array }
  /** Declares `length` bytes in Content-Length, sends only `body`, then drops the connection. */
  | { kind: 'truncated'; body: Uint8Array; length: number }
  /** A redirect to another path on this server. */
  | { kind: 'redirect'; to: string }
  | { kind: 'status'; status: number };

export interface DownloadServer {
  url: string;
  /** Paths requested, in order. */
  requests: string[];
  serve(path: string, served: Served): void;
  close(): Promise<void>;
}

export async function startDownloadServer(): Promise<DownloadServer> {
  const routes = new Map<string, Served>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const served = routes.get(path);
    if (!served) {
      res.writeHead(404).end('not found');
      return;
    }
    switch (served.kind) {
      case 'file':
        res
          .writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(served.body.length) })
          .end(Buffer.from(served.body));
        return;
      case 'truncated':
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(served.length) });
        res.write(Buffer.from(served.body), () => res.destroy());
        return;
      case 'redirect':
        res.writeHead(302, { location: served.to }).end();
        return;
      case 'status':
        res.writeHead(served.status).end();
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    serve: (path, served) => routes.set(path, served),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
