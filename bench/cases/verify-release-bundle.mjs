// verify-release on one real bundle (the corpus's v0.3 DSSE bundle, public-good instance), fully
// offline with the root built into the action, against `sigstore verify` from @sigstore/cli on the
// same bundle. The CLI cannot run offline (it refreshes TUF metadata even with --tuf-force-cache), so
// this case serves a TUF repository on 127.0.0.1 around the same trusted_root.json (@tufjs/repo-mock)
// and points the CLI at it with --tuf-mirror-url and --tuf-root-path. Both check the same identity.
// Target (issue 6): at most 50 ms after start-up, and no slower than `sigstore verify`.
//
// Run as a script (`node verify-release-bundle.mjs --serve ...`) this file is the TUF server: a child
// process, because the bench runner blocks its own event loop while it measures.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const repoRoot = resolve(here, '../../..');
const corpus = resolve(repoRoot, '../shared/corpus/attest');
const BUNDLE = join(corpus, 'sigstore-js-format-bundles/bundleV03-dsse.sigstore');
const TRUSTED_ROOT = join(corpus, 'trusted-roots/public-good.sigstore-js-seed-2026.trusted_root.json');
const DIGEST =
  'sha512:7bea9f6e7ff37f5fab0b36bf061200fff03099fd2fd696b91d04bc5e4f225eb9fd6e0cadcad54ba980f43fb352a99e8810b4e0abeb5c0ef2cf9108cd1f258b36';
const IDENTITY = 'brian@dehamer.com';
const ISSUER = 'https://github.com/login/oauth';
const PREDICATE_TYPE = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';

const realNode = join(repoRoot, 'node_modules/node/bin/node');
const node = existsSync(realNode) ? realNode : join(repoRoot, 'node_modules/.bin/node');
const peers = join(repoRoot, 'bench/peers');

/** The TUF server: serves a repository holding trusted_root.json until the bench process is gone. */
async function serve(rootFile, infoFile, parentPid) {
  const require = createRequire(join(peers, 'package.json'));
  const { initializeTUFRepo, tufHandlers } = require('@tufjs/repo-mock');
  const repo = initializeTUFRepo([{ name: 'trusted_root.json', content: readFileSync(rootFile) }]);
  // @sigstore/tuf fetches metadata from the mirror's root and targets from <mirror>/targets.
  const handlers = new Map(
    tufHandlers(repo, { metadataPathPrefix: '', targetPathPrefix: '/targets' }).map((h) => [h.path, h.fn]),
  );
  const server = createServer((request, response) => {
    const handler = handlers.get((request.url ?? '').split('?')[0]);
    const result = handler ? handler() : { statusCode: 404, response: '' };
    response.writeHead(result.statusCode, { 'content-type': result.contentType ?? 'application/octet-stream' });
    response.end(result.response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  writeFileSync(
    infoFile,
    JSON.stringify({ url: `http://127.0.0.1:${server.address().port}`, root: JSON.stringify(repo.rootMeta.toJSON()) }),
  );
  setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch {
      process.exit(0);
    }
  }, 500).unref();
  server.unref();
  setInterval(() => undefined, 60_000);
}

if (process.argv[1] === here && process.argv[2] === '--serve') {
  await serve(process.argv[3], process.argv[4], Number(process.argv[5]));
}

function versionOf(packageDir) {
  try {
    return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return '';
  }
}

export default {
  name: 'verify-release-bundle',
  description:
    'verify-release on one real v0.3 bundle, offline (built-in public-good root) vs sigstore verify (@sigstore/cli, TUF on 127.0.0.1)',
  async setup(workDir) {
    for (const file of [BUNDLE, TRUSTED_ROOT])
      if (!existsSync(file)) throw new Error(`bench: ${file} is missing: this case needs ../shared/corpus`);
    const cli = join(peers, 'node_modules/@sigstore/cli/bin/run');
    if (!existsSync(cli)) throw new Error('bench: @sigstore/cli is not installed: npm ci --prefix bench/peers');
    const infoFile = join(workDir, 'tuf-server.json');
    rmSync(infoFile, { force: true });
    const child = spawn(node, [here, '--serve', TRUSTED_ROOT, infoFile, String(process.pid)], {
      stdio: 'ignore',
      detached: true,
    });
    child.unref();
    for (let i = 0; i < 200 && !existsSync(infoFile); i++) await new Promise((done) => setTimeout(done, 50));
    if (!existsSync(infoFile)) throw new Error('bench: the TUF server did not start');
    const info = JSON.parse(readFileSync(infoFile, 'utf8'));
    const rootPath = join(workDir, 'tuf-root.json');
    writeFileSync(rootPath, info.root);
    const cachePath = join(workDir, 'tuf-cache');
    mkdirSync(cachePath, { recursive: true });
    // The runner's file commands: the action writes its outputs and summary there.
    for (const file of ['github-output', 'step-summary']) writeFileSync(join(workDir, file), '');
    return { workDir, cli, mirror: info.url, rootPath, cachePath };
  },
  commands(ctx) {
    return [
      {
        label: 'paved-road verify-release',
        cmd: node,
        args: [join(repoRoot, 'dist/verify-release/index.js')],
        cwd: ctx.workDir,
        env: {
          'INPUT_SUBJECT-DIGEST': DIGEST,
          'INPUT_BUNDLE-PATH': BUNDLE,
          'INPUT_CERTIFICATE-IDENTITY': IDENTITY,
          'INPUT_CERTIFICATE-OIDC-ISSUER': ISSUER,
          'INPUT_PREDICATE-TYPE': PREDICATE_TYPE,
          RUNNER_TEMP: ctx.workDir,
          GITHUB_WORKSPACE: ctx.workDir,
          // What the runner sets; without them the edge asks git, which a real run never does.
          GITHUB_ACTIONS: 'true',
          GITHUB_REPOSITORY: 'octo-org/octo-repo',
          GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_OUTPUT: join(ctx.workDir, 'github-output'),
          GITHUB_STEP_SUMMARY: join(ctx.workDir, 'step-summary'),
        },
      },
      {
        label: 'sigstore verify',
        version: versionOf(join(peers, 'node_modules/@sigstore/cli')),
        cmd: node,
        args: [
          ctx.cli,
          'verify',
          BUNDLE,
          '--certificate-identity-email',
          IDENTITY,
          '--certificate-issuer',
          ISSUER,
          '--tuf-mirror-url',
          ctx.mirror,
          '--tuf-root-path',
          ctx.rootPath,
          '--tuf-cache-path',
          ctx.cachePath,
        ],
        cwd: ctx.workDir,
      },
    ];
  },
};
