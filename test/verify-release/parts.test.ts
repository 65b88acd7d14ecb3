// The parts of verify-release on their own: the built-in root, bundle formats per media type,
// document splitting, certificate extensions, trusted roots, identity matching, the chain diagram.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { toSignedEntity } from '@sigstore/verify';
import {
  certificateIdentity,
  checkBundleFormat,
  identityChecks,
  parseBundleDocument,
  parseTrustedRoots,
  PUBLIC_GOOD_TRUSTED_ROOT,
  type ReleasePolicy,
} from '@paved-road/attestation/verify';
import { renderMermaid } from '@paved-road/attestation/verify';
import { repoRoot } from '../harness/index.js';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import { clone, provenance, type SerializedBundle } from './sign.js';

let fakes: SigstoreFakes;
let bundle: SerializedBundle;
beforeAll(async () => {
  fakes = await startSigstoreFakes();
  bundle = await provenance(fakes, {
    job_workflow_ref: 'octo-org/builders/.github/workflows/build.yml@refs/tags/v2.1.0',
    job_workflow_sha: '2222222222222222222222222222222222222222',
    runner_environment: 'self-hosted',
  });
});
afterAll(async () => fakes.close());

test("the built-in trusted root is @sigstore/tuf's seed, byte for byte (regenerate with public-good-root.generate.mjs)", () => {
  const require = createRequire(join(repoRoot, 'packages/attestation/package.json'));
  const seeds = JSON.parse(readFileSync(require.resolve('@sigstore/tuf/seeds.json'), 'utf8')) as Record<
    string,
    { targets: Record<string, string> }
  >;
  const seed = JSON.parse(
    Buffer.from(seeds['https://tuf-repo-cdn.sigstore.dev']!.targets['trusted_root.json']!, 'base64').toString('utf8'),
  ) as unknown;
  expect(PUBLIC_GOOD_TRUSTED_ROOT).toEqual(seed);
});

describe('bundle format per media type', () => {
  test('the signed v0.3 bundle is well-formed', () => {
    expect(checkBundleFormat(bundle)).toMatchObject({ ok: true, version: '0.3' });
  });

  test('v0.1 needs the inclusion promise', () => {
    const copy = clone(bundle);
    copy.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
    delete copy.verificationMaterial.tlogEntries[0]!.inclusionPromise;
    expect(checkBundleFormat(copy)).toMatchObject({
      ok: false,
      problem:
        "not a valid v0.1 bundle: verificationMaterial.tlogEntries[0].inclusionPromise is missing (a v0.1 bundle needs the log's inclusion promise)",
    });
  });

  test('v0.2 and v0.3 need the inclusion proof', () => {
    const copy = clone(bundle);
    copy.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
    delete copy.verificationMaterial.tlogEntries[0]!.inclusionProof;
    expect(checkBundleFormat(copy).problem).toBe(
      'not a valid v0.2 bundle: verificationMaterial.tlogEntries[0].inclusionProof is missing (a v0.2 bundle needs an inclusion proof)',
    );
  });

  test('a certificate chain is fine in v0.2, not in v0.3', () => {
    const copy = clone(bundle);
    copy.verificationMaterial.x509CertificateChain = { certificates: [copy.verificationMaterial.certificate] };
    delete copy.verificationMaterial.certificate;
    expect(checkBundleFormat(copy).problem).toBe(
      'not a valid v0.3 bundle: verificationMaterial carries a certificate chain; a v0.3 bundle carries a single certificate',
    );
    copy.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
    expect(checkBundleFormat(copy)).toMatchObject({ ok: true, version: '0.2' });
  });

  test('not an object', () => {
    expect(checkBundleFormat([bundle]).problem).toMatch(/^not a JSON object/);
    expect(checkBundleFormat(null).ok).toBe(false);
  });
});

describe('bundle documents', () => {
  test('JSON Lines with blank lines, a JSON array, and an attestations document', () => {
    expect(
      parseBundleDocument(`\n${JSON.stringify(bundle)}\n\n${JSON.stringify(bundle)}\n`, 'b.jsonl').map((b) => b.source),
    ).toEqual(['b.jsonl line 2', 'b.jsonl line 4']);
    expect(parseBundleDocument(JSON.stringify([bundle, bundle]), 'b.json').map((b) => b.source)).toEqual([
      'b.json [0]',
      'b.json [1]',
    ]);
    expect(parseBundleDocument(JSON.stringify({ attestations: [{ bundle }] }), 'npm.json')).toEqual([
      { source: 'npm.json attestation 1', json: bundle },
    ]);
  });

  test('empty and malformed documents are bad input', () => {
    expect(() => parseBundleDocument('  \n', 'empty.json')).toThrow(
      expect.objectContaining({ code: 'invalid-bundle' }),
    );
    expect(() => parseBundleDocument('{"a": 1}\n{oops}\n', 'b.jsonl')).toThrow(
      expect.objectContaining({ code: 'invalid-json', location: { file: 'b.jsonl', line: 2 } }),
    );
  });
});

test("the certificate's GitHub extensions are decoded", () => {
  const entity = toSignedEntity(bundleFromJSON(bundle));
  if (entity.key.$case !== 'certificate') throw new Error('expected a certificate');
  const identity = certificateIdentity(entity.key.certificate);
  expect(identity.subjectAlternativeName).toBe(
    'https://github.com/octo-org/builders/.github/workflows/build.yml@refs/tags/v2.1.0',
  );
  expect(identity.issuerName).toBe('CN=sigstore, O=sigstore.mock');
  expect(identity.extensions).toMatchObject({
    issuer: fakes.oidcIssuer,
    buildSignerUri: 'https://github.com/octo-org/builders/.github/workflows/build.yml@refs/tags/v2.1.0',
    buildSignerDigest: '2222222222222222222222222222222222222222',
    runnerEnvironment: 'self-hosted',
    sourceRepositoryUri: 'https://github.com/octo-org/octo-repo',
    sourceRepositoryDigest: 'ffac537e6cbbf934b08745a378932722df287a53',
    sourceRepositoryRef: 'refs/heads/main',
    buildTrigger: 'push',
  });
});

test('trusted roots: JSON Lines of roots, and a file that is not a root', () => {
  const root = JSON.stringify(fakes.trustedRoot);
  expect(parseTrustedRoots(`${root}\n${root}\n`, 'roots.jsonl')).toHaveLength(2);
  expect(() => parseTrustedRoots(JSON.stringify(bundle), 'bundle.json')).toThrow(
    expect.objectContaining({ code: 'invalid-trusted-root' }),
  );
});

describe('identity matching', () => {
  const identity = {
    subjectAlternativeName: 'https://github.com/octo-org/builders/.github/workflows/build.yml@refs/tags/v2.1.0',
    issuerName: 'CN=x',
    instance: 'unknown' as const,
    extensions: {
      issuer: 'https://token.actions.githubusercontent.com',
      buildSignerUri: 'https://github.com/octo-org/builders/.github/workflows/build.yml@refs/tags/v2.1.0',
      sourceRepositoryUri: 'https://github.com/Octo-Org/Octo-Repo',
      sourceRepositoryRef: 'refs/tags/v1.2.3',
    },
  };
  const policy = (extra: Partial<ReleasePolicy>): ReleasePolicy => ({
    certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
    predicateType: 'x',
    denySelfHostedRunners: false,
    requireSbom: false,
    ...extra,
  });
  const results = (extra: Partial<ReleasePolicy>): Record<string, boolean> =>
    Object.fromEntries(identityChecks(policy(extra), identity).map((c) => [c.name, c.passed]));

  test('repositories compare case-insensitively; a URL must match its host', () => {
    expect(results({ sourceRepository: 'octo-org/octo-repo' })['source-repository']).toBe(true);
    expect(results({ sourceRepository: 'https://github.com/octo-org/octo-repo' })['source-repository']).toBe(true);
    expect(results({ sourceRepository: 'https://ghe.example.com/octo-org/octo-repo' })['source-repository']).toBe(
      false,
    );
    expect(results({ sourceRepository: 'octo-org/octo-repo-fork' })['source-repository']).toBe(false);
  });

  test('signer-workflow: path exactly, ref by glob, full URLs accepted', () => {
    expect(
      results({ signerWorkflow: 'https://github.com/octo-org/builders/.github/workflows/build.yml@refs/tags/v2.*' })[
        'signer-workflow'
      ],
    ).toBe(true);
    expect(results({ signerWorkflow: 'octo-org/builders/.github/workflows/build.yaml' })['signer-workflow']).toBe(
      false,
    );
    expect(
      results({ signerWorkflow: 'octo-org/builders/.github/workflows/build.yml@refs/heads/*' })['signer-workflow'],
    ).toBe(false);
    expect(results({ signerRepository: 'octo-org/builders' })['signer-repository']).toBe(true);
  });

  test('absent extensions fail and say which extension is missing', () => {
    const checks = identityChecks(policy({ signerDigest: 'abc', denySelfHostedRunners: true }), identity);
    expect(checks.find((c) => c.name === 'signer-digest')).toMatchObject({
      passed: false,
      actual: '(the certificate has no Build Signer Digest (1.3.6.1.4.1.57264.1.10))',
    });
    expect(checks.find((c) => c.name === 'deny-self-hosted-runners')).toMatchObject({ passed: false });
  });
});

test('the chain diagram: quotes escaped, only failed links red', () => {
  const text = renderMermaid([
    { sourceLabel: 'a "b"', signerLabel: 's', artifactLabel: 'x', verified: false, failed: [false, true, true] },
  ]);
  expect(text).toContain('source0["a #quot;b#quot;"] --> signer0["s"]');
  expect(text).toContain('linkStyle 1,2 stroke:#d1242f,stroke-width:3px');
  expect(text).toContain('class verdict0 fail');
});
