// trusted-root: tuf against a TUF repository served on 127.0.0.1 (metadata signed here with
// @tufjs/models): the trusted root it serves is used; a rotated timestamp key is followed through a new
// root; an expired timestamp fails, or, with tuf-fallback: embedded, falls back to the built-in root.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Key, MetaFile, Metadata, Root, Signature, Snapshot, TargetFile, Targets, Timestamp } from '@tufjs/models';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import { ARTIFACT, provenance, writeWorkspace, type SerializedBundle } from './sign.js';
import { check, verify } from './run.js';

interface Signer {
  key: Key;
  private: KeyObject;
}

function signer(): Signer {
  const pair = generateKeyPairSync('ed25519');
  const pem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const keyID = createHash('sha256').update(pem).digest('hex');
  return {
    key: new Key({ keyID, keyType: 'ed25519', scheme: 'ed25519', keyVal: { public: pem } }),
    private: pair.privateKey,
  };
}

function signed<T extends Root | Targets | Snapshot | Timestamp>(body: T, ...by: Signer[]): string {
  const metadata = new Metadata(body);
  for (const s of by)
    metadata.sign(
      (data) => new Signature({ keyID: s.key.keyID, sig: sign(null, data, s.private).toString('hex') }),
      true,
    );
  return JSON.stringify(metadata.toJSON());
}

const LATER = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
const EARLIER = new Date(Date.now() - 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');

/** A TUF repository (no consistent snapshots) whose one target is trusted_root.json. */
function repository(trustedRoot: unknown, options: { rotate?: boolean; timestampExpires?: string } = {}) {
  const rootKey = signer();
  const targetsKey = signer();
  const snapshotKey = signer();
  const oldTimestampKey = signer();
  const newTimestampKey = signer();
  const root = (version: number, timestampKey: Signer): Root => {
    const body = new Root({ version, specVersion: '1.0.31', expires: LATER, consistentSnapshot: false });
    for (const [s, role] of [
      [rootKey, 'root'],
      [targetsKey, 'targets'],
      [snapshotKey, 'snapshot'],
      [timestampKey, 'timestamp'],
    ] as const)
      body.addKey(s.key, role);
    return body;
  };
  const target = Buffer.from(JSON.stringify(trustedRoot));
  const targets = signed(
    new Targets({
      version: 1,
      specVersion: '1.0.31',
      expires: LATER,
      targets: {
        'trusted_root.json': new TargetFile({
          path: 'trusted_root.json',
          length: target.length,
          hashes: { sha256: createHash('sha256').update(target).digest('hex') },
        }),
      },
    }),
    targetsKey,
  );
  const snapshot = signed(
    new Snapshot({
      version: 1,
      specVersion: '1.0.31',
      expires: LATER,
      meta: { 'targets.json': new MetaFile({ version: 1 }) },
    }),
    snapshotKey,
  );
  const timestampKey = options.rotate ? newTimestampKey : oldTimestampKey;
  const timestamp = signed(
    new Timestamp({
      version: 1,
      specVersion: '1.0.31',
      expires: options.timestampExpires ?? LATER,
      snapshotMeta: new MetaFile({ version: 1 }),
    }),
    timestampKey,
  );
  const files: Record<string, string | Buffer> = {
    '/1.root.json': signed(root(1, oldTimestampKey), rootKey),
    '/timestamp.json': timestamp,
    '/snapshot.json': snapshot,
    '/targets.json': targets,
    '/targets/trusted_root.json': target,
  };
  // Rotation: root v2 names the new timestamp key, signed by the (unchanged) root key.
  if (options.rotate) files['/2.root.json'] = signed(root(2, newTimestampKey), rootKey);
  return { initialRoot: files['/1.root.json'] as string, files };
}

let fakes: SigstoreFakes;
let bundle: SerializedBundle;
const servers: Server[] = [];

beforeAll(async () => {
  fakes = await startSigstoreFakes();
  bundle = await provenance(fakes);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  await fakes.close();
});

async function serve(files: Record<string, string | Buffer>): Promise<string> {
  const server = createServer((request, response) => {
    const body = files[request.url ?? ''];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    response.end(body ?? '');
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function run(repo: ReturnType<typeof repository>, extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'verify-release-tuf-'));
  writeWorkspace(dir, { 'app.sigstore.json': bundle }, fakes.trustedRoot);
  writeFileSync(join(dir, 'tuf-root.json'), repo.initialRoot);
  const mirror = await serve(repo.files);
  const cache = mkdtempSync(join(tmpdir(), 'verify-release-tuf-cache-'));
  const outcome = await verify(
    dir,
    {
      'subject-path': ARTIFACT,
      'bundle-path': 'app.sigstore.json',
      'certificate-oidc-issuer': fakes.oidcIssuer,
      'source-repository': 'octo-org/octo-repo',
      'trusted-root': 'tuf',
      'tuf-mirror': mirror,
      'tuf-root': 'tuf-root.json',
      ...extra,
    },
    { env: { RUNNER_TEMP: cache } },
  );
  return { ...outcome, cache };
}

test('the trusted root the TUF repository serves is the trust', async () => {
  const { result, report, cache } = await run(repository(fakes.trustedRoot));
  expect(report.checks.filter((c) => !c.passed)).toEqual([]);
  expect(result.exitCode).toBe(0);
  // Cached under RUNNER_TEMP, by mirror: the metadata and the target.
  const [mirrorDir] = readdirSync(join(cache, 'paved-road', 'tuf'));
  expect(readdirSync(join(cache, 'paved-road', 'tuf', mirrorDir!)).sort()).toEqual(
    ['root.json', 'snapshot.json', 'targets', 'targets.json', 'timestamp.json'].sort(),
  );
  expect(check(report, 'sigstore-verification').expected).toMatch(
    /\(trust: trusted-root TUF http:\/\/127\.0\.0\.1:\d+\)$/,
  );
});

test('a rotated timestamp key is followed through the new root version', async () => {
  const rotated = repository(fakes.trustedRoot, { rotate: true });
  const { result } = await run(rotated);
  expect(result.exitCode).toBe(0);
  // Without the new root, the timestamp's new key is not trusted.
  delete rotated.files['/2.root.json'];
  await expect(run(rotated)).rejects.toMatchObject({ code: 'tuf-error' });
});

test('an expired timestamp fails (exit 2 naming the mirror), unless tuf-fallback: embedded', async () => {
  const expired = repository(fakes.trustedRoot, { timestampExpires: EARLIER });
  await expect(run(expired)).rejects.toMatchObject({
    code: 'tuf-error',
    message: expect.stringMatching(/^TUF update from http:\/\/127\.0\.0\.1:\d+ failed: .*timestamp.*expired/i),
  });
  // The built-in public-good root does not hold the loopback CA: the fallback is used, and said.
  const { report } = await run(expired, { 'tuf-fallback': 'embedded' });
  expect(report.verified).toBe(false);
  expect(check(report, 'sigstore-verification').expected).toMatch(
    /Sigstore public-good root \(built in, @sigstore\/tuf@[\d.]+\) \(TUF update from .* failed: .*; tuf-fallback: embedded\)\)$/,
  );
});
