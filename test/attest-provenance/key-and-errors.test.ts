// attest-provenance with a signing key (in Actions and outside it), and the bad-input cases: each
// exits 2 with one clear message and no stack trace.
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, makeWorkspace, DEFAULT_SHA } from '../harness/index.js';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import { assertArtifactIsSubject, fails, statementOf, verifyWithKey } from './verify.js';

let sigstore: SigstoreFakes;
beforeAll(async () => {
  sigstore = await startSigstoreFakes();
});
afterAll(async () => sigstore.close());

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

function pem(key: KeyObject): string {
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

function bundlesOf(path: string): any[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** The variables that make the run look like a laptop: no Actions, no GITHUB_* facts. */
const OUTSIDE_ACTIONS = {
  GITHUB_ACTIONS: '',
  GITHUB_REPOSITORY: '',
  GITHUB_SHA: '',
  GITHUB_REF: '',
  GITHUB_WORKFLOW_REF: '',
  GITHUB_RUN_ID: '',
};

describe('signing with a key', () => {
  it('outside GitHub Actions: Ed25519 key from a file, bundle v0.3 with a public-key hint, a local-build predicate from git', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const artifact = 'release artifact\n';
    const workspace = makeWorkspace({ 'out/tool.tar': artifact, 'README.md': '# tool\n' }, { git: true });
    writeFileSync(join(workspace, 'signing.pem'), pem(privateKey));
    const run = await runAction('attest-provenance', {
      inputs: { 'subject-path': 'out/tool.tar', 'signing-key': 'signing.pem', 'bundle-path': 'tool.sigstore.jsonl' },
      env: OUTSIDE_ACTIONS,
      workspace,
    });
    expect(run.annotations.filter((a) => a.kind === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['bundle-path']).toBe(join(workspace, 'tool.sigstore.jsonl'));
    const [bundle] = bundlesOf(run.outputs['bundle-path'] as string);
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.publicKey.hint).toBe(sha256(publicKey.export({ type: 'spki', format: 'der' })));
    expect(bundle.verificationMaterial.certificate).toBeUndefined();
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
    expect(sigstore.requests.filter((r) => r.service === 'fulcio')).toEqual([]);

    verifyWithKey(bundle, publicKey);
    assertArtifactIsSubject(bundle, Buffer.from(artifact), 'out/tool.tar');
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(fails(() => verifyWithKey(bundle, other))).toBe(true);

    const statement = statementOf(bundle);
    const head = readFileSync(join(workspace, '.git', 'refs', 'heads', 'main'), 'utf8').trim();
    expect(statement.predicate.buildDefinition.buildType).toMatch(/#local-builds$/);
    expect(statement.predicate.buildDefinition.internalParameters.local).toMatchObject({
      environment: 'ci',
      uncommittedChanges: false,
    });
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([{ digest: { gitCommit: head } }]);
    expect(statement.predicate.buildDefinition.externalParameters.source).toEqual({ ref: 'refs/heads/main' });
  });

  it('in GitHub Actions: a P-256 PEM from a secret, the GitHub-shaped predicate from the runner, a Rekor entry when a log is set', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const workspace = makeWorkspace({ 'app.bin': 'bytes' });
    const run = await runAction('attest-provenance', {
      inputs: {
        'subject-path': 'app.bin',
        signing: 'key',
        'signing-key': pem(privateKey),
        sigstore: 'custom',
        'rekor-url': sigstore.rekorUrl,
      },
      workspace,
    });
    expect(run.annotations.filter((a) => a.kind === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    // The key never reaches the log: the runner is told to mask it.
    expect(run.masks.join('\n')).toContain('PRIVATE KEY');
    const [bundle] = bundlesOf(run.outputs['bundle-path'] as string);
    expect(bundle.verificationMaterial.tlogEntries[0].kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
    verifyWithKey(bundle, publicKey, { trustedRoot: sigstore.trustedRoot, tlogThreshold: 1 });
    const statement = statementOf(bundle);
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/octo-org/octo-repo@refs/heads/main', digest: { gitCommit: DEFAULT_SHA } },
    ]);
    expect(statement.predicate.runDetails.metadata.invocationId).toBe(
      'https://github.com/octo-org/octo-repo/actions/runs/1658821493/attempts/1',
    );
    // No OIDC identity: nothing is pushed by default and no attestation id is output.
    expect(run.outputs['attestation-id']).toBe('');
  });

  it('in GitHub Actions with id-token: write, the predicate comes from the verified job token, not the runner variables', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    sigstore.setClaims({ runner_environment: 'self-hosted', event_name: 'workflow_dispatch' });
    try {
      const run = await runAction('attest-provenance', {
        inputs: { 'subject-path': 'app.bin', signing: 'key', 'signing-key': pem(privateKey) },
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken,
        },
        workspace: makeWorkspace({ 'app.bin': 'bytes' }),
      });
      expect(run.exitCode).toBe(0);
      const [bundle] = bundlesOf(run.outputs['bundle-path'] as string);
      verifyWithKey(bundle, publicKey);
      // The runner says github-hosted and push; the token says otherwise, and the token wins.
      expect(run.processEnv.RUNNER_ENVIRONMENT).toBe('github-hosted');
      expect(statementOf(bundle).predicate.buildDefinition.internalParameters.github).toMatchObject({
        runner_environment: 'self-hosted',
        event_name: 'workflow_dispatch',
      });
    } finally {
      sigstore.setClaims({ runner_environment: 'github-hosted', event_name: 'push' });
    }
  });

  it('a custom predicate with its own type', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const predicate = { purl: 'pkg:npm/tool@1.0.0', releaseId: '42' };
    const workspace = makeWorkspace({ 'release.json': JSON.stringify(predicate) });
    const run = await runAction('attest-provenance', {
      inputs: {
        'subject-digest': `sha256:${'C'.repeat(64)}`,
        'subject-name': 'ghcr.io/octo-org/tool',
        'predicate-type': 'https://in-toto.io/attestation/release/v0.1',
        'predicate-path': 'release.json',
        signing: 'key',
        'signing-key': pem(privateKey),
      },
      workspace,
    });
    expect(run.exitCode).toBe(0);
    const [bundle] = bundlesOf(run.outputs['bundle-path'] as string);
    verifyWithKey(bundle, publicKey);
    expect(statementOf(bundle)).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'ghcr.io/octo-org/tool', digest: { sha256: 'c'.repeat(64) } }],
      predicateType: 'https://in-toto.io/attestation/release/v0.1',
      predicate,
    });
  });
});

describe('bad input: exit 2, one clear message', () => {
  async function expectBadInput(
    inputs: Record<string, string>,
    files: Record<string, string>,
    expected: RegExp,
    env: Record<string, string> = {},
  ): Promise<void> {
    const workspace = makeWorkspace(files);
    const run = await runAction('attest-provenance', { inputs, workspace, env });
    expect(run.exitCode).toBe(2);
    const errors = run.annotations.filter((a) => a.kind === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(expected);
    expect(errors[0]?.message).not.toContain('\n');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout + run.stderr).not.toContain('internal error');
  }
  const keyless = (): Record<string, string> => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken,
  });

  it('no file matches subject-path', async () => {
    await expectBadInput(
      { 'subject-path': 'dist/*.tgz', 'push-to-github': 'false' },
      { 'dist/app.zip': 'x' },
      /No file matches subject-path \(dist\/\*\.tgz\)/,
      keyless(),
    );
  });

  it('both subject-path and subject-digest', async () => {
    await expectBadInput(
      { 'subject-path': 'a.bin', 'subject-digest': `sha256:${'a'.repeat(64)}`, 'subject-name': 'a' },
      { 'a.bin': 'x' },
      /exactly one of subject-path, subject-digest or subject-checksums; got subject-path and subject-digest/,
    );
  });

  it('a malformed digest', async () => {
    await expectBadInput(
      { 'subject-digest': 'sha256:abc123', 'subject-name': 'app' },
      {},
      /"subject-digest" must be a sha256 digest.*got "sha256:abc123"/,
      keyless(),
    );
  });

  it('a digest of another algorithm', async () => {
    await expectBadInput(
      { 'subject-digest': `sha512:${'a'.repeat(64)}`, 'subject-name': 'app' },
      {},
      /must be a sha256 digest/,
      keyless(),
    );
  });

  it('an unreadable signing key', async () => {
    await expectBadInput(
      { 'subject-path': 'a.bin', signing: 'key', 'signing-key': 'keys/missing.pem' },
      { 'a.bin': 'x' },
      /signing-key keys\/missing\.pem is neither a PEM private key nor a readable file/,
    );
  });

  it('a signing key that is not a private key', async () => {
    await expectBadInput(
      { 'subject-path': 'a.bin', signing: 'key', 'signing-key': 'key.pem' },
      { 'a.bin': 'x', 'key.pem': '-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n' },
      /key\.pem is not a PEM private key/,
    );
  });

  it('an RSA signing key', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await expectBadInput(
      { 'subject-path': 'a.bin', signing: 'key', 'signing-key': pem(privateKey) },
      { 'a.bin': 'x' },
      /is a rsa key; only ECDSA P-256 and Ed25519 keys are supported/,
    );
  });

  it('a predicate over 16 MiB', async () => {
    const big = JSON.stringify({ blob: 'x'.repeat(16 * 1024 * 1024) });
    await expectBadInput(
      {
        'subject-path': 'a.bin',
        'predicate-type': 'https://example.com/big/v1',
        'predicate-path': 'big.json',
        'push-to-github': 'false',
      },
      { 'a.bin': 'x', 'big.json': big },
      /predicate-path big\.json is \d+ bytes; a predicate may be at most 16777216 bytes \(16 MiB\)/,
      keyless(),
    );
  });

  it('an SBOM that is neither CycloneDX nor SPDX', async () => {
    await expectBadInput(
      { 'subject-path': 'a.bin', 'sbom-path': 'sbom.json', 'push-to-github': 'false' },
      { 'a.bin': 'x', 'sbom.json': '{"packages": []}' },
      /neither a CycloneDX JSON document.*nor an SPDX JSON document/,
      keyless(),
    );
  });

  it('keyless without the id-token permission says exactly what to add', async () => {
    await expectBadInput(
      { 'subject-path': 'a.bin', 'github-token': 'ghs_x' },
      { 'a.bin': 'x' },
      /lacks the "id-token: write" permission.*permissions: \{ id-token: write, attestations: write, contents: read \}/,
    );
  });

  it("a token from an issuer that is not GitHub's is refused", async () => {
    const forged = await sigstore.signToken(sigstore.claims(), { issuer: 'https://evil.example.com' });
    // A token service that hands out a token naming another issuer (its keys are never fetched).
    const { createServer } = await import('node:http');
    const server = createServer((_, response) => response.end(JSON.stringify({ value: forged })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      await expectBadInput(
        {
          'subject-path': 'a.bin',
          'push-to-github': 'false',
          sigstore: 'custom',
          'fulcio-url': sigstore.fulcioUrl,
          'tsa-url': sigstore.tsaUrl,
        },
        { 'a.bin': 'x' },
        /issuer https:\/\/evil\.example\.com is not GitHub Actions' token service/,
        { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?x=1`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'r' },
      );
    } finally {
      server.close();
    }
  });
});
