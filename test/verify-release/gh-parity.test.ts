// Parity with `gh attestation verify` where scripts and habits carry over: certificate-identity-regex,
// signer-workflow spelled as gh takes it (host first, a regular expression), limit on fetched
// attestations, exit 1 when none is found, and gh's --format json fields in the report.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installAttestations, type AttestationsState } from '../fakes/github/attestations.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github/index.js';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import { ARTIFACT, ARTIFACT_SHA256, provenance, writeWorkspace, type SerializedBundle } from './sign.js';
import { check, verify } from './run.js';

const TOKEN = 'ghs_parity_token';
const SAN = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
let fakes: SigstoreFakes;
let github: GitHubFake;
let state: AttestationsState;
let bundle: SerializedBundle;

beforeAll(async () => {
  fakes = await startSigstoreFakes();
  github = await startGitHubFake({ token: TOKEN });
  github.repo('octo-org/octo-repo');
  state = installAttestations(github);
  bundle = await provenance(fakes);
});
afterAll(async () => {
  await github.close();
  await fakes.close();
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-release-gh-'));
  writeWorkspace(dir, { 'app.sigstore.json': bundle }, fakes.trustedRoot);
  return dir;
}

const offline = (extra: Record<string, string>): Record<string, string> => ({
  'subject-path': ARTIFACT,
  'bundle-path': 'app.sigstore.json',
  'trusted-root': 'trusted_root.json',
  'certificate-oidc-issuer': fakes.oidcIssuer,
  ...extra,
});

describe('certificate-identity-regex', () => {
  test.each([
    ['^https://github\\.com/octo-org/', true],
    ['(?i)^https://GITHUB\\.com/OCTO-ORG/', true],
    ['^https://github\\.com/evil-org/', false],
  ])('%s matches the SAN: %s', async (pattern, passes) => {
    const { result, report } = await verify(workspace(), offline({ 'certificate-identity-regex': pattern }));
    expect(check(report, 'certificate-identity-regex')).toMatchObject({
      expected: pattern,
      actual: SAN,
      passed: passes,
    });
    expect(result.exitCode).toBe(passes ? 0 : 1);
  });

  test('a pattern that does not compile, or given with certificate-identity, is bad input', async () => {
    await expect(verify(workspace(), offline({ 'certificate-identity-regex': '^https://(' }))).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/^Input "certificate-identity-regex" is not a valid regular expression/),
    });
    await expect(
      verify(workspace(), offline({ 'certificate-identity-regex': '^https://', 'certificate-identity': SAN })),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('signer-workflow as gh spells it', () => {
  test.each([
    ['github.com/octo-org/octo-repo/.github/workflows/release.yml', true],
    ['gitlab.com/octo-org/octo-repo/.github/workflows/release.yml', false],
    ['github.com/octo-org/octo-repo/\\.github/workflows/rel.*', true],
    ['octo-org/octo-repo/\\.github/workflows/(release|deploy)\\.yml@refs/heads/main$', true],
    ['github.com/octo-org/other-repo/.*', false],
    ['^https://github\\.com/octo-org/octo-repo/\\.github/workflows/release\\.yml@refs/tags/', false],
  ])('%s: %s', async (value, passes) => {
    const { report } = await verify(workspace(), offline({ 'signer-workflow': value }));
    expect(check(report, 'signer-workflow')).toMatchObject({ actual: SAN, passed: passes });
  });
});

describe('fetching', () => {
  const fetched = (extra: Record<string, string>) =>
    verify(
      workspace(),
      {
        'subject-path': ARTIFACT,
        'trusted-root': 'trusted_root.json',
        'certificate-oidc-issuer': fakes.oidcIssuer,
        repository: 'octo-org/octo-repo',
        'github-token': TOKEN,
        ...extra,
      },
      { apiUrl: github.url },
    );

  test('no attestation found: exit 1 (as gh), with the attestations check saying so', async () => {
    state.stored.length = 0;
    const { result, report } = await fetched({});
    expect(result.exitCode).toBe(1);
    expect(check(report, 'attestations')).toMatchObject({
      passed: false,
      actual: 'none (GitHub has no attestation for these digests)',
    });
  });

  test('limit bounds the attestations fetched', async () => {
    state.stored.length = 0;
    for (let id = 1; id <= 3; id++)
      state.stored.push({
        id,
        repository: 'octo-org/octo-repo',
        repositoryId: 1,
        bundle,
        subjectDigests: [`sha256:${ARTIFACT_SHA256}`],
        predicateType: 'https://slsa.dev/provenance/v1',
      });
    expect((await fetched({})).report.attestations).toHaveLength(3);
    const limited = await fetched({ limit: '2' });
    expect(limited.report.attestations).toHaveLength(2);
    expect(limited.result.exitCode).toBe(0);
    await expect(fetched({ limit: '0' })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

test("the JSON report carries gh's --format json fields for each verified attestation", async () => {
  const { result } = await verify(workspace(), offline({ 'source-repository': 'octo-org/octo-repo' }));
  const json = result.json as { verificationResults: Array<Record<string, any>> };
  expect(json.verificationResults).toHaveLength(1);
  const [first] = json.verificationResults;
  expect(first!.attestation.bundle).toEqual(bundle);
  const verification = first!.verificationResult;
  expect(verification.mediaType).toBe('application/vnd.dev.sigstore.verificationresult+json;version=0.1');
  expect(verification.statement).toMatchObject({
    _type: 'https://in-toto.io/Statement/v1',
    predicateType: 'https://slsa.dev/provenance/v1',
    subject: [{ name: ARTIFACT, digest: { sha256: ARTIFACT_SHA256 } }],
  });
  expect(verification.signature.certificate).toMatchObject({
    subjectAlternativeName: SAN,
    issuer: fakes.oidcIssuer,
    buildSignerURI: SAN,
    sourceRepositoryURI: 'https://github.com/octo-org/octo-repo',
    sourceRepositoryRef: 'refs/heads/main',
    sourceRepositoryDigest: 'ffac537e6cbbf934b08745a378932722df287a53',
    runnerEnvironment: 'github-hosted',
  });
  expect(verification.verifiedTimestamps.map((t: { type: string }) => t.type).sort()).toEqual([
    'TimestampAuthority',
    'Tlog',
  ]);
});
