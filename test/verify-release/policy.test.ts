// verify-release against bundles signed on the loopback Sigstore: identity from the certificate,
// reusable-workflow signers, predicate consistency (SLSA v1 and v0.2), SBOM, exceptions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStatement, githubProvenancePredicate } from '@paved-road/attestation';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import {
  ARTIFACT,
  ARTIFACT_SHA256,
  ARTIFACT_SHA512,
  provenance,
  sbom,
  signWith,
  writeWorkspace,
  type SerializedBundle,
} from './sign.js';
import { check, verify } from './run.js';

const REUSABLE = 'octo-org/builders/.github/workflows/build.yml@refs/tags/v2.1.0';

let fakes: SigstoreFakes;
let plain: SerializedBundle;
let reusable: SerializedBundle;
let selfHosted: SerializedBundle;
let sbomBundle: SerializedBundle;
let lying: SerializedBundle;
let generatorV02: SerializedBundle;
let generatorV02Lying: SerializedBundle;
let olderBuildType: SerializedBundle;
let otherBuildType: SerializedBundle;

function v02Predicate(configRepo: string): Record<string, unknown> {
  return {
    builder: {
      id: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v1.9.0',
    },
    buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1',
    invocation: {
      configSource: {
        uri: `git+https://github.com/${configRepo}@refs/tags/v1.0.0`,
        digest: { sha1: 'ffac537e6cbbf934b08745a378932722df287a53' },
        entryPoint: '.github/workflows/release.yml',
      },
      environment: { github_event_name: 'push' },
    },
    metadata: {
      buildInvocationID: '1658821493-1',
      completeness: { parameters: true, environment: false, materials: false },
      reproducible: false,
    },
    materials: [
      {
        uri: `git+https://github.com/${configRepo}@refs/tags/v1.0.0`,
        digest: { sha1: 'ffac537e6cbbf934b08745a378932722df287a53' },
      },
    ],
  };
}

beforeAll(async () => {
  fakes = await startSigstoreFakes();
  plain = await provenance(fakes);
  reusable = await provenance(fakes, {
    job_workflow_ref: REUSABLE,
    job_workflow_sha: '1111111111111111111111111111111111111111',
    workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0',
    ref: 'refs/tags/v1.0.0',
    ref_type: 'tag',
  });
  selfHosted = await provenance(fakes, { runner_environment: 'self-hosted' });
  sbomBundle = await sbom(fakes);
  // A predicate that claims another repository than the certificate's.
  lying = await signWith(fakes, (claims) =>
    buildStatement(
      [{ name: ARTIFACT, digest: { sha256: ARTIFACT_SHA256 } }],
      'https://slsa.dev/provenance/v1',
      githubProvenancePredicate({ ...claims, repository: 'evil-org/octo-repo' }, 'https://github.com'),
    ),
  );
  // The same GitHub provenance under the older build type (early attest-build-provenance), and under one
  // that is not GitHub's.
  const withBuildType = (buildType: string) => (claims: Parameters<typeof githubProvenancePredicate>[0]) => {
    const predicate = githubProvenancePredicate(claims, 'https://github.com') as {
      buildDefinition: { buildType: string };
    };
    predicate.buildDefinition.buildType = buildType;
    return buildStatement(
      [{ name: ARTIFACT, digest: { sha256: ARTIFACT_SHA256 } }],
      'https://slsa.dev/provenance/v1',
      predicate,
    );
  };
  olderBuildType = await signWith(
    fakes,
    withBuildType('https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1'),
  );
  otherBuildType = await signWith(fakes, withBuildType('https://example.com/buildtypes/make/v1'));
  const generatorClaims = {
    job_workflow_ref:
      'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v1.9.0',
    ref: 'refs/tags/v1.0.0',
    ref_type: 'tag',
  };
  const subjects = [{ name: ARTIFACT, digest: { sha256: ARTIFACT_SHA256 } }];
  generatorV02 = await signWith(
    fakes,
    buildStatement(subjects, 'https://slsa.dev/provenance/v0.2', v02Predicate('octo-org/octo-repo')),
    generatorClaims,
  );
  generatorV02Lying = await signWith(
    fakes,
    buildStatement(subjects, 'https://slsa.dev/provenance/v0.2', v02Predicate('octo-org/other-repo')),
    generatorClaims,
  );
});
afterAll(async () => fakes.close());

function workspace(files: Record<string, unknown>, policy?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-release-ws-'));
  writeWorkspace(dir, files, fakes.trustedRoot);
  if (policy !== undefined) writeFileSync(join(dir, 'policy.yml'), policy);
  return dir;
}

function base(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'subject-path': ARTIFACT,
    'bundle-path': 'app.sigstore.json',
    'trusted-root': 'trusted_root.json',
    'certificate-oidc-issuer': fakes.oidcIssuer,
    'source-repository': 'octo-org/octo-repo',
    ...extra,
  };
}

test('a provenance bundle from the expected repository, ref and workflow verifies; outputs come from the certificate', async () => {
  const dir = workspace({ 'app.sigstore.json': plain });
  const { result, report } = await verify(
    dir,
    base({
      'source-ref': 'refs/heads/*',
      'signer-workflow': 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
      'deny-self-hosted-runners': 'true',
      'source-digest': 'ffac537e6cbbf934b08745a378932722df287a53',
    }),
  );
  expect(report.verified).toBe(true);
  expect(result.exitCode).toBe(0);
  expect(report.checks.filter((c) => !c.passed)).toEqual([]);
  expect(report.checks.map((c) => c.name)).toEqual([
    'bundle-format',
    'sigstore-verification',
    'statement',
    'subject-digest',
    'predicate-type',
    'certificate-oidc-issuer',
    'signer-workflow',
    'source-repository',
    'source-ref',
    'source-digest',
    'deny-self-hosted-runners',
    'predicate-consistency',
    'attestations',
  ]);
  expect(check(report, 'subject-digest').actual).toContain(ARTIFACT_SHA256);
  expect(check(report, 'predicate-consistency').actual).toBe(
    'actions/attest (workflow/v1): repository, ref, workflow path, commit, builder, runner environment, invocation match the certificate',
  );
  expect(result.outputs).toMatchObject({
    verified: 'true',
    'signer-workflow': 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    'source-repository': 'octo-org/octo-repo',
    'source-ref': 'refs/heads/main',
    'source-digest': 'ffac537e6cbbf934b08745a378932722df287a53',
    'predicate-type': 'https://slsa.dev/provenance/v1',
  });
  expect(result.summary).toContain('```mermaid');
  expect(result.summary).not.toContain('linkStyle');
  expect(result.summary).toContain('| `source-ref` | refs/heads/* | refs/heads/main | pass |');
});

test('a sha512 subject-digest is matched against a sha256-only statement only by a digest both have: not at all', async () => {
  const dir = workspace({ 'app.sigstore.json': plain });
  const { report } = await verify(dir, {
    ...base(),
    'subject-path': '',
    'subject-digest': `sha512:${ARTIFACT_SHA512}`,
  });
  expect(report.verified).toBe(false);
  expect(check(report, 'subject-digest')).toMatchObject({ passed: false });
  expect(check(report, 'subject-digest').actual).toContain('no subject has the digest of');
});

test('a reusable workflow signer: signer-workflow names the builder, source-repository the caller', async () => {
  const dir = workspace({ 'app.sigstore.json': reusable });
  const ok = await verify(
    dir,
    base({
      'signer-workflow': 'octo-org/builders/.github/workflows/build.yml@refs/tags/v2.*',
      'signer-repository': 'octo-org/builders',
      'source-ref': 'refs/tags/v*',
      'signer-digest': '1111111111111111111111111111111111111111',
    }),
  );
  expect(ok.report.checks.filter((c) => !c.passed)).toEqual([]);
  expect(ok.result.outputs['signer-workflow']).toBe(REUSABLE);
  expect(ok.result.outputs['source-repository']).toBe('octo-org/octo-repo');

  // The caller's own workflow did not sign: the builder did.
  const wrong = await verify(dir, base({ 'signer-workflow': 'octo-org/octo-repo/.github/workflows/release.yml' }));
  expect(wrong.report.verified).toBe(false);
  expect(check(wrong.report, 'signer-workflow')).toMatchObject({
    passed: false,
    actual: `https://github.com/${REUSABLE}`,
  });

  const ref = await verify(
    dir,
    base({ 'signer-workflow': 'octo-org/builders/.github/workflows/build.yml@refs/tags/v3*' }),
  );
  expect(check(ref.report, 'signer-workflow').passed).toBe(false);
});

test('a wrong source ref fails that check, and the chain draws the source link red', async () => {
  const dir = workspace({ 'app.sigstore.json': plain });
  const { result, report } = await verify(dir, base({ 'source-ref': 'refs/tags/v*' }));
  expect(report.verified).toBe(false);
  expect(result.exitCode).toBe(1);
  expect(check(report, 'source-ref')).toEqual({
    name: 'source-ref',
    expected: 'refs/tags/v*',
    actual: 'refs/heads/main',
    passed: false,
    subject: ARTIFACT,
    attestation: 'app.sigstore.json',
  });
  expect(result.summary).toMatch(/linkStyle 0,2 stroke:#d1242f/);
  expect(result.outputs.verified).toBe('false');
  expect(result.outputs['source-ref']).toBe('');
  expect(result.failureMessage).toContain('source-ref: expected refs/tags/v*, found refs/heads/main');
});

test('a self-hosted runner fails deny-self-hosted-runners; an unexpired exception waives it, an expired one fails the run', async () => {
  const denied = await verify(
    workspace({ 'app.sigstore.json': selfHosted }),
    base({ 'deny-self-hosted-runners': 'true' }),
  );
  expect(check(denied.report, 'deny-self-hosted-runners')).toMatchObject({
    passed: false,
    expected: 'github-hosted',
    actual: 'self-hosted',
  });

  const exception = (expires: string): string =>
    [
      'exceptions:',
      '  - rule: deny-self-hosted-runners',
      `    path: ${ARTIFACT}`,
      '    owner: "@octo-org/release"',
      '    reason: GPU builds run on our own runners until Q3',
      `    expires: ${expires}`,
      'verify-release:',
      '  deny-self-hosted-runners: true',
      '',
    ].join('\n');
  const waived = await verify(
    workspace({ 'app.sigstore.json': selfHosted }, exception('2026-12-31')),
    base({ policy: 'policy.yml' }),
  );
  expect(waived.report.verified).toBe(true);
  expect(check(waived.report, 'deny-self-hosted-runners').waived).toContain('@octo-org/release until 2026-12-31');
  expect(check(waived.report, 'exceptions')).toMatchObject({ passed: true });

  const expired = await verify(
    workspace({ 'app.sigstore.json': selfHosted }, exception('2026-01-31')),
    base({ policy: 'policy.yml' }),
  );
  expect(expired.report.verified).toBe(false);
  expect(check(expired.report, 'deny-self-hosted-runners').passed).toBe(false);
  expect(check(expired.report, 'exceptions')).toMatchObject({ passed: false });
  expect(check(expired.report, 'exceptions').actual).toContain(
    'policy.yml:2: The exception for rule deny-self-hosted-runners',
  );
});

test('an exception cannot waive the subject check', async () => {
  const policy = [
    'exceptions:',
    '  - rule: subject-digest',
    '    owner: me',
    '    reason: trust me',
    '    expires: 2026-12-31',
    '',
  ].join('\n');
  const { report } = await verify(workspace({ 'app.sigstore.json': plain }, policy), {
    ...base({ policy: 'policy.yml' }),
    'subject-path': '',
    'subject-digest': `sha256:${'0'.repeat(64)}`,
  });
  expect(report.verified).toBe(false);
  expect(check(report, 'subject-digest').waived).toBeUndefined();
});

test('the policy file supplies the rules; an input set explicitly wins', async () => {
  const policy = ['verify-release:', '  source-repository: octo-org/octo-repo', '  source-ref: refs/tags/v*', ''].join(
    '\n',
  );
  const dir = workspace({ 'app.sigstore.json': plain }, policy);
  const inputs = {
    'subject-path': ARTIFACT,
    'bundle-path': 'app.sigstore.json',
    'trusted-root': 'trusted_root.json',
    'certificate-oidc-issuer': fakes.oidcIssuer,
    policy: 'policy.yml',
  };
  const fromFile = await verify(dir, inputs);
  expect(check(fromFile.report, 'source-ref')).toMatchObject({ expected: 'refs/tags/v*', passed: false });
  const overridden = await verify(dir, { ...inputs, 'source-ref': 'refs/heads/main' });
  expect(overridden.report.verified).toBe(true);
});

test('unknown keys in the policy section are bad input with the line', async () => {
  const dir = workspace(
    { 'app.sigstore.json': plain },
    ['verify-release:', '  source-repo: octo-org/octo-repo', ''].join('\n'),
  );
  await expect(verify(dir, base({ policy: 'policy.yml' }))).rejects.toMatchObject({
    code: 'invalid-policy',
    location: { file: 'policy.yml', line: 2 },
  });
});

test('the certificate OIDC issuer defaults to GitHub Actions: a token from another issuer fails', async () => {
  const inputs = base();
  delete inputs['certificate-oidc-issuer'];
  const { report } = await verify(workspace({ 'app.sigstore.json': plain }), inputs);
  expect(check(report, 'certificate-oidc-issuer')).toMatchObject({
    expected: 'https://token.actions.githubusercontent.com',
    actual: fakes.oidcIssuer,
    passed: false,
  });
});

test('identity comes from the certificate: a predicate naming another repository fails predicate-consistency', async () => {
  const { report } = await verify(workspace({ 'app.sigstore.json': lying }), base());
  expect(report.verified).toBe(false);
  expect(check(report, 'source-repository').passed).toBe(true);
  expect(check(report, 'predicate-consistency')).toMatchObject({ passed: false });
  expect(check(report, 'predicate-consistency').actual).toContain(
    'repository: the predicate says https://github.com/evil-org/octo-repo, the certificate says https://github.com/octo-org/octo-repo',
  );
});

test("both of GitHub's build types verify; another build type is not compared, and fails where the policy asks for a field it would state", async () => {
  const current = await verify(workspace({ 'app.sigstore.json': plain }), base());
  expect(check(current.report, 'predicate-consistency').passed).toBe(true);
  const older = await verify(workspace({ 'app.sigstore.json': olderBuildType }), base());
  expect(older.report.checks.filter((c) => !c.passed)).toEqual([]);
  expect(older.report.verified).toBe(true);
  const other = await verify(workspace({ 'app.sigstore.json': otherBuildType }), base());
  expect(other.report.verified).toBe(false);
  expect(check(other.report, 'predicate-consistency').actual).toBe(
    'repository: not compared (build type "https://example.com/buildtypes/make/v1" is not one the gate knows), but the policy asks for it (source-repository); not compared: ref, workflow path, commit, builder, runner environment, invocation (build type "https://example.com/buildtypes/make/v1" is not one the gate knows)',
  );
});

test('SLSA v0.2 provenance from slsa-github-generator verifies; a configSource from another repository does not', async () => {
  const inputs = base({
    'predicate-type': 'https://slsa.dev/provenance/v0.2',
    'signer-workflow':
      'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v1.*',
  });
  const ok = await verify(workspace({ 'app.sigstore.json': generatorV02 }), inputs);
  expect(ok.report.checks.filter((c) => !c.passed)).toEqual([]);
  expect(check(ok.report, 'predicate-consistency').actual).toBe(
    'slsa-github-generator v0.2: repository, ref, workflow path, commit, builder match the certificate; not compared: runner environment, invocation (the slsa-github-generator v0.2 predicate does not state it)',
  );
  const bad = await verify(workspace({ 'app.sigstore.json': generatorV02Lying }), inputs);
  expect(check(bad.report, 'predicate-consistency').actual).toContain(
    'repository: the predicate says https://github.com/octo-org/other-repo, the certificate says https://github.com/octo-org/octo-repo',
  );
});

test("the predicate type must be the policy's", async () => {
  const { report } = await verify(workspace({ 'app.sigstore.json': sbomBundle }), base());

  expect(report.verified).toBe(false);
  expect(check(report, 'predicate-type')).toMatchObject({
    expected: 'https://slsa.dev/provenance/v1',
    actual: 'https://cyclonedx.org/bom',
    passed: false,
  });
});

test('require-sbom: JSON Lines with provenance and an SBOM verifies; provenance alone does not', async () => {
  const both = `${JSON.stringify(plain)}\n${JSON.stringify(sbomBundle)}\n`;
  const ok = await verify(workspace({ 'app.sigstore.json': both }), base({ 'require-sbom': 'true' }));
  expect(ok.report.verified).toBe(true);
  expect(check(ok.report, 'require-sbom')).toMatchObject({ passed: true });
  expect(ok.report.checks.filter((c) => c.name === 'predicate-type').map((c) => c.actual)).toEqual([
    'https://slsa.dev/provenance/v1',
    'https://cyclonedx.org/bom',
  ]);

  const alone = await verify(workspace({ 'app.sigstore.json': plain }), base({ 'require-sbom': 'true' }));
  expect(alone.report.verified).toBe(false);
  expect(check(alone.report, 'require-sbom')).toMatchObject({ passed: false, actual: `none verified for ${ARTIFACT}` });
});

test("npm's attestations document is read", async () => {
  const doc = {
    attestations: [
      { predicateType: 'https://cyclonedx.org/bom', bundle: sbomBundle },
      { predicateType: 'https://slsa.dev/provenance/v1', bundle: plain },
    ],
  };
  const { report } = await verify(workspace({ 'app.sigstore.json': doc }), base());
  expect(report.verified).toBe(true);
  expect(report.attestations.map((a) => a.source)).toEqual([
    'app.sigstore.json attestation 1',
    'app.sigstore.json attestation 2',
  ]);
});

test('without an identity constraint the run is refused as bad input', async () => {
  const inputs = base();
  delete inputs['source-repository'];
  await expect(verify(workspace({ 'app.sigstore.json': plain }), inputs)).rejects.toMatchObject({
    code: 'missing-policy',
  });
});

describe('key mode', () => {
  test('a bundle signed with a key verifies against public-key and the log in the trusted root; another key fails', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { signStatement } = await import('@paved-road/attestation');
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const statement = buildStatement(
      [{ name: ARTIFACT, digest: { sha256: ARTIFACT_SHA256 } }],
      'https://example.com/release/v1',
      { approved: true },
    );
    const signed = await signStatement(statement, {
      mode: 'key',
      privateKey: keys.privateKey,
      rekorUrl: fakes.rekorUrl,
    });
    const dir = workspace({
      'app.sigstore.json': signed,
      'key.pem': keys.publicKey.export({ type: 'spki', format: 'pem' }),
      'other.pem': other.publicKey.export({ type: 'spki', format: 'pem' }),
    });
    const inputs = {
      'subject-path': ARTIFACT,
      'bundle-path': 'app.sigstore.json',
      'trusted-root': 'trusted_root.json',
      'predicate-type': 'https://example.com/release/v1',
    };
    const ok = await verify(dir, { ...inputs, 'public-key': 'key.pem' });
    expect(ok.report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(ok.report.verified).toBe(true);
    expect(check(ok.report, 'sigstore-verification').actual).toContain('signed with the public key given');
    const wrong = await verify(dir, { ...inputs, 'public-key': 'other.pem' });
    expect(wrong.report.verified).toBe(false);
    expect(check(wrong.report, 'sigstore-verification').passed).toBe(false);
    // Without public-key, a key-signed bundle has no trust at all.
    const none = await verify(dir, { ...inputs, 'source-repository': 'octo-org/octo-repo' });
    expect(check(none.report, 'sigstore-verification').actual).toBe(
      'the bundle is signed with a public key, but no public-key was given',
    );
  });

  test('a key-signed bundle made offline (no log, no timestamp) verifies against public-key; a changed payload does not', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { signStatement } = await import('@paved-road/attestation');
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const statement = buildStatement(
      [{ name: ARTIFACT, digest: { sha256: ARTIFACT_SHA256 } }],
      'https://example.com/release/v1',
      { approved: true },
    );
    const signed = await signStatement(statement, { mode: 'key', privateKey: keys.privateKey });
    expect(signed.verificationMaterial.tlogEntries ?? []).toEqual([]);
    const payload = Buffer.from(signed.dsseEnvelope!.payload, 'base64')
      .toString('utf8')
      .replace('"approved":true', '"approved":false');
    const edited = {
      ...signed,
      dsseEnvelope: { ...signed.dsseEnvelope!, payload: Buffer.from(payload).toString('base64') },
    };
    const dir = workspace({
      'app.sigstore.json': signed,
      'edited.sigstore.json': edited,
      'key.pem': keys.publicKey.export({ type: 'spki', format: 'pem' }),
    });
    const inputs = {
      'subject-path': ARTIFACT,
      'public-key': 'key.pem',
      'predicate-type': 'https://example.com/release/v1',
    };
    const ok = await verify(dir, { ...inputs, 'bundle-path': 'app.sigstore.json' });
    expect(ok.report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(ok.report.verified).toBe(true);
    const bad = await verify(dir, { ...inputs, 'bundle-path': 'edited.sigstore.json' });
    expect(bad.report.verified).toBe(false);
    expect(check(bad.report, 'sigstore-verification').passed).toBe(false);
  });
});

test('subject-path takes globs; a pattern that matches nothing is bad input', async () => {
  const dir = workspace({ 'app.sigstore.json': plain });
  const { report } = await verify(dir, base({ 'subject-path': 'release/*.tar.gz' }));
  expect(report.verified).toBe(true);
  await expect(verify(dir, base({ 'subject-path': 'release/*.zip' }))).rejects.toMatchObject({ code: 'missing-file' });
  await expect(verify(dir, base({ 'subject-path': 'release/missing.tar.gz' }))).rejects.toMatchObject({
    code: 'missing-file',
  });
});
