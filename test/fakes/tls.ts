// A throwaway certificate authority and a server certificate it signed, for loopback HTTPS fakes that
// clients must reach by a real host name (api.github.com through a proxy). Made with the openssl
// command (Node cannot write X.509): a client trusts it through SSL_CERT_FILE (Go, curl) or
// NODE_EXTRA_CA_CERTS (Node), the settings a runner behind a TLS-inspecting proxy has.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificate {
  /** PEM private key and certificate of the server, for `https.createServer`. */
  key: string;
  cert: string;
  /** The CA certificate (PEM) in a file: what SSL_CERT_FILE names. */
  caFile: string;
  remove(): void;
}

/** A CA valid for a day and a certificate it issued for `hosts` (DNS names), with serverAuth. */
export function makeTestCertificate(hosts: string[]): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'paved-road-tls-'));
  const file = (name: string): string => join(dir, name);
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '1',
    '-subj',
    '/CN=paved-road test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  );
  openssl('req', ...ec, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', `/CN=${hosts[0]}`);
  writeFileSync(
    file('server.ext'),
    `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-set_serial',
    '1',
    '-days',
    '1',
    '-extfile',
    file('server.ext'),
    '-out',
    file('server.pem'),
  );
  return {
    key: readFileSync(file('server.key'), 'utf8'),
    cert: readFileSync(file('server.pem'), 'utf8'),
    caFile: file('ca.pem'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
