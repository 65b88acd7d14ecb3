// A forward HTTP proxy on loopback for tests of HTTPS_PROXY / HTTP_PROXY / NO_PROXY support.
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

/** A host name that never resolves (RFC 2606): only the proxy below knows where it is. */
export const UNRESOLVABLE = 'api.github.invalid';

/**
 * A forward proxy on loopback that records what it carried, CONNECT tunnels and absolute-URI
 * requests alike (which one a client uses for an http:// target is its choice), and sends
 * UNRESOLVABLE to 127.0.0.1: a request that reached the API through it could have gone no other way.
 */
export async function startProxy(
  options: {
    /**
     * CONNECT targets (`api.github.com:443`) sent to a loopback port instead: a client that only
     * talks to github.com over https (the gh CLI) reaches an HTTPS fake under that name.
     */
    tunnels?: Record<string, number>;
  } = {},
): Promise<{ url: string; used: string[]; close(): Promise<void> }> {
  const used: string[] = [];
  const hostOf = (name: string) => (name === UNRESOLVABLE ? '127.0.0.1' : name);
  const tunnels = options.tunnels ?? {};
  const server: Server = createServer((req, res) => {
    used.push(`${req.method} ${req.url}`);
    const target = new URL(req.url!);
    const upstream = request(
      {
        host: hostOf(target.hostname),
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    used.push(`CONNECT ${req.url}`);
    const [host, port] = req.url!.split(':');
    const tunnel = tunnels[req.url!];
    const upstream = connect(tunnel ?? Number(port), tunnel ? '127.0.0.1' : hostOf(host!), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    used,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
