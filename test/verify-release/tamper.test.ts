// Tampering with a real (loopback-signed) bundle: each alteration fails closed, with its own message.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instanceOf } from '@paved-road/attestation/verify';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import { buildProvenanceStatement } from '@paved-road/attestation';
import {
  ARTIFACT,
  ARTIFACT_SHA256,
  clone,
  provenance,
  signWith,
  writeWorkspace,
  type SerializedBundle,
} from './sign.js';
import { check, verify, type Report } from './run.js';

let fakes: SigstoreFakes;
let good: SerializedBundle;
let other: SerializedBundle;

beforeAll(async () => {
  fakes = await startSigstoreFakes();
  good = await provenance(fakes);
  other = await provenance(fakes, {
    workflow_ref: 'octo-org/octo-repo/.github/workflows/other.yml@refs/heads/main',
    job_workflow_ref: 'octo-org/octo-repo/.github/workflows/other.yml@refs/heads/main',
  });
});
afterAll(async () => fakes.close());

function workspaceWith(bundle: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-release-tamper-'));
  writeWorkspace(dir, { 'app.sigstore.json': bundle }, fakes.trustedRoot);
  return dir;
}

async function run(bundle: unknown, extra: Record<string, string> = {}): Promise<Report> {
  const { result, report } = await verify(workspaceWith(bundle), {
    'subject-path': ARTIFACT,
    'bundle-path': 'app.sigstore.json',
    'trusted-root': 'trusted_root.json',
    'certificate-oidc-issuer': fakes.oidcIssuer,
    'source-repository': 'octo-org/octo-repo',
    ...extra,
  });
  expect(result.exitCode).toBe(report.verified ? 0 : 1);
  return report;
}

function reencode(bundle: SerializedBundle, edit: (statement: Record<string, unknown>) => void): SerializedBundle {
  const copy = clone(bundle);
  const statement = JSON.parse(Buffer.from(copy.dsseEnvelope.payload, 'base64').toString('utf8')) as Record<
    string,
    unknown
  >;
  edit(statement);
  copy.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
  return copy;
}

test('the untouched bundle verifies (the baseline every tamper case departs from)', async () => {
  expect((await run(good)).verified).toBe(true);
});

test('a flipped signature bit', async () => {
  const copy = clone(good);
  const sig = Buffer.from(copy.dsseEnvelope.signatures[0]!.sig, 'base64');
  sig[12] = sig[12]! ^ 0x01;
  copy.dsseEnvelope.signatures[0]!.sig = sig.toString('base64');
  const report = await run(copy);
  expect(report.verified).toBe(false);
  expect(check(report, 'sigstore-verification').actual).toBe(
    'the signature is not the one the transparency log recorded (the signature was altered)',
  );
});

test('an edited payload', async () => {
  const report = await run(
    reencode(good, (s) => ((s.subject as Array<{ name: string }>)[0]!.name = 'release/evil.tar.gz')),
  );
  expect(report.verified).toBe(false);
  expect(check(report, 'sigstore-verification').actual).toMatch(
    /^the transparency-log entry does not match the bundle .*payload hash mismatch \[TLOG_BODY_ERROR\]$/,
  );
});

test('a changed payloadType', async () => {
  const copy = clone(good);
  copy.dsseEnvelope.payloadType = 'application/json';
  const report = await run(copy);
  expect(report.verified).toBe(false);
  expect(check(report, 'sigstore-verification').actual).toBe(
    'the DSSE payloadType is "application/json", not application/vnd.in-toto+json: an attestation\'s payloadType is signed, so a changed one is not verified',
  );
});

test('a swapped certificate', async () => {
  const copy = clone(good);
  copy.verificationMaterial.certificate = clone(other.verificationMaterial.certificate);
  const report = await run(copy);
  expect(report.verified).toBe(false);
  expect(check(report, 'sigstore-verification').actual).toBe(
    'the certificate is not the one the transparency log recorded for this signature (a swapped certificate)',
  );
});

test('a shifted integrated time', async () => {
  const copy = clone(good);
  const entry = copy.verificationMaterial.tlogEntries[0]!;
  entry.integratedTime = String(Number(entry.integratedTime) + 3600);
  const report = await run(copy);
  expect(report.verified).toBe(false);
  expect(check(report, 'sigstore-verification').actual).toMatch(
    /^(the transparency log's inclusion promise .* does not verify|the certificate does not chain .*not valid at signing time)/,
  );
});

test('dropped log entries', async () => {
  const copy = clone(good);
  copy.verificationMaterial.tlogEntries = [];
  const report = await run(copy);
  expect(report.verified).toBe(false);
  expect(check(report, 'sigstore-verification').actual).toMatch(
    /^no transparency-log entry.*\(log entries dropped\?\)/,
  );
});

test('an unknown media type', async () => {
  const report = await run({ ...clone(good), mediaType: 'application/vnd.dev.sigstore.bundle.v0.9+json' });
  expect(report.verified).toBe(false);
  expect(check(report, 'bundle-format')).toMatchObject({ passed: false });
  expect(check(report, 'bundle-format').actual).toBe(
    'unknown media type "application/vnd.dev.sigstore.bundle.v0.9+json"; expected one of application/vnd.dev.sigstore.bundle+json;version=0.1, application/vnd.dev.sigstore.bundle+json;version=0.2, application/vnd.dev.sigstore.bundle.v0.3+json, application/vnd.dev.sigstore.bundle+json;version=0.3',
  );
  expect(check(report, 'sigstore-verification').actual).toBe('not checked: the bundle is malformed');
});

test('a duplicated signature', async () => {
  const copy = clone(good);
  copy.dsseEnvelope.signatures.push(clone(copy.dsseEnvelope.signatures[0]!));
  const report = await run(copy);
  expect(report.verified).toBe(false);
  expect(check(report, 'bundle-format').actual).toBe(
    'the DSSE envelope carries 2 signatures (a duplicated signature); a Sigstore bundle carries exactly one',
  );
});

test('truncated base64', async () => {
  const copy = clone(good);
  const certificate = copy.verificationMaterial.certificate as { rawBytes: string };
  certificate.rawBytes = certificate.rawBytes.slice(0, -3);
  const report = await run(copy);
  expect(report.verified).toBe(false);
  expect(check(report, 'bundle-format').actual).toMatch(
    /^verificationMaterial\.certificate\.rawBytes is not valid base64 \(\d+ characters; truncated or corrupted\)$/,
  );
});

test('a payload over 16 MiB is refused before it is decoded', async () => {
  const copy = clone(good);
  copy.dsseEnvelope.payload = Buffer.alloc(16 * 1024 * 1024 + 3, 0x20).toString('base64');
  const report = await run(copy);
  expect(report.verified).toBe(false);
  expect(check(report, 'bundle-format').actual).toBe(
    'the DSSE payload is 16777219 bytes, over the 16777216-byte (16 MiB) limit',
  );
});

test('malformed JSON is bad input naming the file and line', async () => {
  const dir = workspaceWith(
    `${JSON.stringify(good)}\n{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",\n`,
  );
  await expect(
    verify(dir, {
      'subject-path': ARTIFACT,
      'bundle-path': 'app.sigstore.json',
      'trusted-root': 'trusted_root.json',
      'source-repository': 'octo-org/octo-repo',
    }),
  ).rejects.toMatchObject({ code: 'invalid-json', location: { file: 'app.sigstore.json', line: 2 } });
});

test('a bundle from an instance whose root was not given says which root is missing', async () => {
  // No trusted-root: the built-in public-good root, which does not hold the loopback CA.
  const report = await run(good, { 'trusted-root': '' });
  expect(report.verified).toBe(false);
  expect(check(report, 'sigstore-verification').actual).toMatch(
    /^missing trusted root: the certificate was issued by CN=sigstore, O=sigstore\.mock, a private Sigstore instance CA, which is not in the trust given \(Sigstore public-good root \(built in, @sigstore\/tuf@[\d.]+\); roots for: the Sigstore public-good instance\)\. Pass that instance's trusted_root\.json as trusted-root\.$/,
  );
});

test("the leaf's issuer tells public-good from GitHub's instance", () => {
  expect(instanceOf('CN=sigstore-intermediate, O=sigstore.dev')).toBe('public-good');
  expect(instanceOf('CN=Fulcio Intermediate l2, O=GitHub, Inc.')).toBe('github');
  expect(instanceOf('CN=sigstore, O=sigstore.mock')).toBe('unknown');
});

describe("an instance without a transparency log (GitHub's, for private repositories)", () => {
  let timestampOnly: SerializedBundle;
  beforeAll(async () => {
    timestampOnly = await signWith(
      fakes,
      (claims) =>
        buildProvenanceStatement([{ name: ARTIFACT, digest: { sha256: ARTIFACT_SHA256 } }], {
          kind: 'github',
          claims,
          serverUrl: 'https://github.com',
        }),
      {},
      { rekor: false },
    );
  });

  test('a bundle with a signed timestamp and no log entry verifies when its root lists no log', async () => {
    expect(timestampOnly.verificationMaterial.tlogEntries ?? []).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'verify-release-tsa-'));
    writeWorkspace(dir, { 'app.sigstore.json': timestampOnly }, { ...fakes.trustedRoot, tlogs: [] });
    const { report } = await verify(dir, {
      'subject-path': ARTIFACT,
      'bundle-path': 'app.sigstore.json',
      'trusted-root': 'trusted_root.json',
      'certificate-oidc-issuer': fakes.oidcIssuer,
      'source-repository': 'octo-org/octo-repo',
    });
    expect(report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(check(report, 'sigstore-verification').actual).toContain('no log entry; 1 signed timestamp(s)');
  });

  test('the same bundle fails when the root lists a log: dropping the log entry is not allowed there', async () => {
    const report = await run(timestampOnly);
    expect(report.verified).toBe(false);
    expect(check(report, 'sigstore-verification').actual).toMatch(
      /^no transparency-log entry: a Sigstore signature must be logged/,
    );
  });
});

describe('a collection holding one good and one tampered bundle fails closed', () => {
  function tampered(): SerializedBundle {
    const copy = clone(good);
    const sig = Buffer.from(copy.dsseEnvelope.signatures[0]!.sig, 'base64');
    sig[12] = sig[12]! ^ 0x01;
    copy.dsseEnvelope.signatures[0]!.sig = sig.toString('base64');
    return copy;
  }
  const documents: Array<[string, (bundles: SerializedBundle[]) => string, string]> = [
    ['JSON Lines', (b) => b.map((x) => JSON.stringify(x)).join('\n'), 'app.sigstore.json line 2'],
    ['a JSON array', (b) => JSON.stringify(b), 'app.sigstore.json [1]'],
    [
      "npm's attestations document",
      (b) => JSON.stringify({ attestations: b.map((bundle) => ({ predicateType: 'x', bundle })) }),
      'app.sigstore.json attestation 2',
    ],
  ];
  test.each(documents)('%s: the tampered one is named and fails the run', async (_kind, write, source) => {
    const { result, report } = await verify(workspaceWith(write([good, tampered()])), {
      'subject-path': ARTIFACT,
      'bundle-path': 'app.sigstore.json',
      'trusted-root': 'trusted_root.json',
      'certificate-oidc-issuer': fakes.oidcIssuer,
      'source-repository': 'octo-org/octo-repo',
    });
    expect(result.exitCode).toBe(1);
    expect(report.verified).toBe(false);
    // The good bundle still decides the artifact; the run fails on the other.
    expect(check(report, 'sigstore-verification').passed).toBe(true);
    expect(check(report, 'attestations')).toMatchObject({
      passed: false,
      actual: `1 verified, 1 failed: ${source}: sigstore-verification: the signature is not the one the transparency log recorded (the signature was altered)`,
    });
    expect(report.attestations.map((a) => a.status)).toEqual(['verified', 'failed']);
    expect(result.text).toContain(`${source}: failed (sigstore-verification: `);
  });

  test('a verified bundle for another artifact or predicate type is reported as not applicable, not as a pass', async () => {
    const elsewhere = await provenance(fakes, {}, [{ name: 'other.tgz', digest: { sha256: 'ab'.repeat(32) } }]);
    const { result, report } = await verify(workspaceWith([good, elsewhere].map((b) => JSON.stringify(b)).join('\n')), {
      'subject-path': ARTIFACT,
      'bundle-path': 'app.sigstore.json',
      'trusted-root': 'trusted_root.json',
      'certificate-oidc-issuer': fakes.oidcIssuer,
      'source-repository': 'octo-org/octo-repo',
    });
    expect(result.exitCode).toBe(0);
    expect(check(report, 'attestations')).toMatchObject({ passed: true, actual: '1 verified, 1 not applicable' });
    expect(report.attestations[1]).toMatchObject({
      status: 'not applicable',
      reason: 'its subjects are not the artifact(s) verified',
    });
  });
});
