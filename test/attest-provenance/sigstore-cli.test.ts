// The independent verifier: sigstore-js's own CLI (`sigstore verify`, from bench/peers) checks the
// bundle attest-provenance made. It only takes its trust root through TUF, so the fakes' trusted
// root is published as a TUF target on 127.0.0.1 (@tufjs/repo-mock) and the CLI is pointed at it
// with --tuf-mirror-url and --tuf-root-path (FACTS: Sigstore).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeWorkspace, nodeBinary, repoRoot, runAction } from '../harness/index.js';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import { statementOf } from './verify.js';

interface TufRepoMock {
  initializeTUFRepo(targets: Array<{ name: string; content: string }>): { rootMeta: { toJSON(): unknown } };
  tufHandlers(
    repo: unknown,
    options: { metadataPathPrefix?: string; targetPathPrefix?: string },
  ): Array<{ path: string; fn: () => { statusCode: number; response: string | Buffer; contentType?: string } }>;
}

const peers = join(repoRoot, 'bench', 'peers');
const sigstoreCli = join(peers, 'node_modules', '@sigstore', 'cli', 'bin', 'run');

let sigstore: SigstoreFakes;
let tuf: Server;
let mirrorUrl: string;
let work: string;
let bundleFile: string;

beforeAll(async () => {
  if (!existsSync(sigstoreCli))
    throw new Error(
      `the independent verifier is not installed: run \`npm ci --prefix bench/peers\` (looked for ${sigstoreCli})`,
    );
  sigstore = await startSigstoreFakes();
  work = mkdtempSync(join(tmpdir(), 'sigstore-cli-'));

  // A TUF repository whose one target is the fakes' trusted root.
  const requirePeer = createRequire(join(peers, 'package.json'));
  // The modules, not the package index: the index loads nock, which would patch the HTTP stack of
  // this jest worker (and of every test file it runs next).
  const { initializeTUFRepo } = requirePeer('@tufjs/repo-mock/dist/repo') as Pick<TufRepoMock, 'initializeTUFRepo'>;
  const { tufHandlers } = requirePeer('@tufjs/repo-mock/dist/handler') as Pick<TufRepoMock, 'tufHandlers'>;
  const repo = initializeTUFRepo([{ name: 'trusted_root.json', content: JSON.stringify(sigstore.trustedRoot) }]);
  const handlers = new Map(
    tufHandlers(repo, { metadataPathPrefix: '', targetPathPrefix: '/targets' }).map((h) => [h.path, h.fn]),
  );
  tuf = createServer((request, response) => {
    const handler = handlers.get((request.url ?? '').split('?')[0] as string);
    const result = handler ? handler() : { statusCode: 404, response: 'not found' };
    response.writeHead(result.statusCode, { 'Content-Type': result.contentType ?? 'application/octet-stream' });
    response.end(result.response);
  });
  await new Promise<void>((resolve) => tuf.listen(0, '127.0.0.1', resolve));
  mirrorUrl = `http://127.0.0.1:${(tuf.address() as AddressInfo).port}`;
  writeFileSync(join(work, 'root.json'), JSON.stringify(repo.rootMeta.toJSON()));

  const workspace = makeWorkspace({ 'dist/app.tgz': 'the artifact' });
  const run = await runAction('attest-provenance', {
    inputs: {
      'subject-path': 'dist/app.tgz',
      sigstore: 'custom',
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
      'push-to-github': 'false',
    },
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken },
    workspace,
  });
  if (run.exitCode !== 0) throw new Error(`attest-provenance failed:\n${run.stdout}\n${run.stderr}`);
  bundleFile = join(work, 'bundle.json');
  writeFileSync(bundleFile, readFileSync(run.outputs['bundle-path'] as string, 'utf8').trim());
});

afterAll(async () => {
  await sigstore?.close();
  await new Promise<void>((resolve) => (tuf ? tuf.close(() => resolve()) : resolve()));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs the CLI asynchronously: the TUF mirror is served from this process, so it must not block. */
function verify(bundle: string, identity: string): Promise<{ status: number | null; output: string }> {
  const cache = mkdtempSync(join(work, 'tuf-cache-'));
  const args = [
    sigstoreCli,
    'verify',
    bundle,
    '--tuf-mirror-url',
    mirrorUrl,
    '--tuf-root-path',
    join(work, 'root.json'),
    '--tuf-cache-path',
    cache,
  ];
  args.push('--certificate-identity-uri', identity, '--certificate-issuer', sigstore.oidcIssuer);
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBinary, args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

it('sigstore verify accepts the bundle for the workflow identity', async () => {
  const result = await verify(bundleFile, sigstore.certificateIdentity());
  expect(result.output).not.toMatch(/error/i);
  expect(result.status).toBe(0);
  expect(statementOf(JSON.parse(readFileSync(bundleFile, 'utf8'))).subject[0]?.name).toBe('dist/app.tgz');
});

it('sigstore verify rejects it for another identity', async () => {
  const result = await verify(bundleFile, 'https://github.com/evil/repo/.github/workflows/release.yml@refs/heads/main');
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(/identity|subject alternative name|SAN/i);
  expect(result.output).not.toMatch(/TUF/);
});

it('sigstore verify rejects a bundle whose payload was changed', async () => {
  const bundle = JSON.parse(readFileSync(bundleFile, 'utf8'));
  const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64');
  payload[payload.length >> 1] = (payload[payload.length >> 1] as number) ^ 0x01;
  bundle.dsseEnvelope.payload = payload.toString('base64');
  const tampered = join(work, 'tampered.json');
  writeFileSync(tampered, JSON.stringify(bundle));
  const result = await verify(tampered, sigstore.certificateIdentity());
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(/signature|verif/i);
  expect(result.output).not.toMatch(/TUF/);
});
