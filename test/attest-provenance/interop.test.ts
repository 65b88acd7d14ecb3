// What attest-provenance writes, read by the other tools that must accept it: verify-release (the
// admission gate) verifies the keyless bundle from bundle-path, and the CLI edge produces the same
// bundles outside Actions.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkspace, runAction, runCli } from '../harness/index.js';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import { assertArtifactIsSubject, statementOf, verifyWithKey } from './verify.js';

let sigstore: SigstoreFakes;
beforeAll(async () => {
  sigstore = await startSigstoreFakes();
});
afterAll(async () => sigstore.close());

describe('verify-release accepts what attest-provenance signs', () => {
  let workspace: string;
  beforeAll(async () => {
    workspace = makeWorkspace({ 'dist/app.tgz': 'the release archive\n' });
    const run = await runAction('attest-provenance', {
      inputs: {
        'subject-path': 'dist/app.tgz',
        sigstore: 'custom',
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'tsa-url': sigstore.tsaUrl,
        'push-to-github': 'false',
        'bundle-path': 'app.sigstore.jsonl',
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken,
      },
      workspace,
    });
    if (run.exitCode !== 0) throw new Error(`attest-provenance failed:\n${run.stdout}\n${run.stderr}`);
    writeFileSync(join(workspace, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
  });

  const verifyInputs = (): Record<string, string> => ({
    'subject-path': 'dist/app.tgz',
    'bundle-path': 'app.sigstore.jsonl',
    'trusted-root': 'trusted_root.json',
    'certificate-oidc-issuer': sigstore.oidcIssuer,
    'source-repository': 'octo-org/octo-repo',
    'signer-workflow': 'octo-org/octo-repo/.github/workflows/release.yml',
  });

  it('verified: true for the artifact, the repository and the workflow', async () => {
    const run = await runAction('verify-release', { inputs: verifyInputs(), workspace });
    expect(run.annotations.filter((a) => a.kind === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verified).toBe('true');
    expect(run.outputs['signer-workflow']).toBe('octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main');
  });

  it('verified: false once the artifact changes by one byte', async () => {
    const path = join(workspace, 'dist/app.tgz');
    const original = readFileSync(path);
    const changed = Buffer.from(original);
    changed[0] = (changed[0] as number) ^ 0x01;
    writeFileSync(path, changed);
    try {
      const run = await runAction('verify-release', { inputs: verifyInputs(), workspace });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.verified).toBe('false');
    } finally {
      writeFileSync(path, original);
    }
  });
});

it('the CLI attests with a key outside Actions and prints the result as JSON', async () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const workspace = makeWorkspace(
    { 'out/tool.tar': 'tool bytes', 'signing.pem': privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    { git: true },
  );
  const run = await runCli(
    [
      'attest-provenance',
      'out/tool.tar',
      '--signing-key',
      'signing.pem',
      '--bundle-path',
      'tool.sigstore.jsonl',
      '--format',
      'json',
    ],
    { cwd: workspace },
  );
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.exitCode).toBe(0);
  const result = JSON.parse(run.stdout);
  expect(result.subjects).toEqual([
    { name: 'out/tool.tar', digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
  ]);
  expect(result.bundlePath).toBe(join(workspace, 'tool.sigstore.jsonl'));
  const bundle = JSON.parse(readFileSync(result.bundlePath, 'utf8').trim());
  verifyWithKey(bundle, publicKey);
  assertArtifactIsSubject(bundle, Buffer.from('tool bytes'), 'out/tool.tar');
  expect(statementOf(bundle).predicate.buildDefinition.internalParameters.local.environment).toBe('local');
});
