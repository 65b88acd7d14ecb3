// The two actions together, as a release workflow uses them: dist/attest-provenance signs the build
// output on the loopback Sigstore and uploads the attestation to the GitHub fake; dist/verify-release
// then admits the same file, from the bundle file and from the API, and refuses a different file.
import { readFileSync, writeFileSync } from 'node:fs';
import { bundleFromJSON } from '@sigstore/bundle';
import { toSignedEntity } from '@sigstore/verify';
import { join } from 'node:path';
import { makeWorkspace, runAction } from '../harness/index.js';
import { installAttestations, type AttestationsState } from '../fakes/github/attestations.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github/index.js';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';

const TOKEN = 'ghs_pipeline_test_token';
let sigstore: SigstoreFakes;
let github: GitHubFake;
let state: AttestationsState;
let workspace: string;
let bundlePath: string;

beforeAll(async () => {
  sigstore = await startSigstoreFakes();
  github = await startGitHubFake({ token: TOKEN });
  github.repo('octo-org/octo-repo');
  state = installAttestations(github);
  workspace = makeWorkspace({ 'dist/app.tar.gz': 'release bytes\n', 'dist/other.tar.gz': 'not released\n' });
  writeFileSync(join(workspace, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
  // @sigstore/mock's TSA now and then writes a genTime @sigstore/core cannot parse (see sign.ts): such
  // a run is attested again, and its upload dropped, so the test does not depend on that defect.
  for (let attempt = 1; ; attempt++) {
    const uploaded = state.stored.length;
    const attest = await runAction('attest-provenance', {
      workspace,
      inputs: {
        'subject-path': 'dist/app.tar.gz',
        sigstore: 'custom',
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'tsa-url': sigstore.tsaUrl,
        'github-token': TOKEN,
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken,
        GITHUB_API_URL: github.url,
      },
    });
    if (attest.exitCode !== 0) throw new Error(`attest-provenance failed:\n${attest.stdout}\n${attest.stderr}`);
    bundlePath = attest.outputs['bundle-path']!;
    try {
      for (const line of readFileSync(bundlePath, 'utf8').split('\n').filter(Boolean))
        toSignedEntity(bundleFromJSON(JSON.parse(line)));
      break;
    } catch (error) {
      if (attempt >= 10 || !/invalid time/.test(String(error))) throw error;
      state.stored.splice(uploaded);
    }
  }
});
afterAll(async () => {
  await github.close();
  await sigstore.close();
});

const policy = (): Record<string, string> => ({
  'trusted-root': 'trusted_root.json',
  'certificate-oidc-issuer': sigstore.oidcIssuer,
  'signer-workflow': 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
  'source-ref': 'refs/heads/main',
  'deny-self-hosted-runners': 'true',
});

test('the bundle attest-provenance wrote admits the artifact', async () => {
  const run = await runAction('verify-release', {
    workspace,
    inputs: {
      ...policy(),
      'subject-path': 'dist/app.tar.gz',
      'bundle-path': bundlePath,
      'source-repository': 'octo-org/octo-repo',
    },
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs.verified).toBe('true');
  expect(run.summary).toContain('| `predicate-consistency` |');
  expect(run.summary).not.toContain('**FAIL**');
});

test('the attestation attest-provenance uploaded is fetched and admits the artifact', async () => {
  expect(state.stored.length).toBeGreaterThan(0);
  const run = await runAction('verify-release', {
    workspace,
    inputs: { ...policy(), 'subject-path': 'dist/app.tar.gz', repository: 'octo-org/octo-repo', 'github-token': TOKEN },
    env: { GITHUB_API_URL: github.url },
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs['source-repository']).toBe('octo-org/octo-repo');
});

test('another file is refused with the same bundle', async () => {
  const run = await runAction('verify-release', {
    workspace,
    inputs: {
      ...policy(),
      'subject-path': 'dist/other.tar.gz',
      'bundle-path': bundlePath,
      'source-repository': 'octo-org/octo-repo',
    },
  });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.verified).toBe('false');
  expect(run.summary).toMatch(
    /\| `subject-digest` \| .* \| no subject has the digest of dist\/other\.tar\.gz; the statement names dist\/app\.tar\.gz sha256:[0-9a-f]{64} \| \*\*FAIL\*\* \|/,
  );
});
