// Every requested check appears in the report, passed or failed, in every signing mode. In key mode
// there is no certificate: the source and signer are what the key holder's predicate asserts, labelled
// so, and a requested input with no evidence at all fails (exit 1) naming the input and why.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProvenanceStatement, buildStatement, signStatement, type GitHubClaims } from '@paved-road/attestation';
import { DEFAULT_REF, DEFAULT_SHA } from '../harness/index.js';
import { defaultClaims, startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import {
  ARTIFACT,
  ARTIFACT_SHA256,
  provenance,
  sbom,
  signWith,
  writeWorkspace,
  type SerializedBundle,
} from './sign.js';
import { check, verify, type Report } from './run.js';

const SUBJECTS = [{ name: ARTIFACT, digest: { sha256: ARTIFACT_SHA256 } }];
const SIGNER = `octo-org/octo-repo/.github/workflows/release.yml@${DEFAULT_REF}`;

let fakes: SigstoreFakes;
const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
let keyed: SerializedBundle;
let keyedSbom: SerializedBundle;
let keyedOther: SerializedBundle;
let keyless: SerializedBundle;
let keylessSbom: SerializedBundle;
let timestamped: SerializedBundle;
let timestampedSbom: SerializedBundle;

/** Signs offline with the test key. */
async function keySign(statement: Parameters<typeof signStatement>[0]): Promise<SerializedBundle> {
  return (await signStatement(statement, { mode: 'key', privateKey: keys.privateKey })) as unknown as SerializedBundle;
}

/** Key-signed provenance, offline, with the predicate the default run would produce. */
function keySigned(claims: Record<string, unknown> = {}): Promise<SerializedBundle> {
  const all = { ...defaultClaims(), ...claims } as unknown as GitHubClaims;
  return keySign(buildProvenanceStatement(SUBJECTS, { kind: 'github', claims: all, serverUrl: 'https://github.com' }));
}

beforeAll(async () => {
  fakes = await startSigstoreFakes();
  keyed = await keySigned();
  keyedSbom = await keySign(buildStatement(SUBJECTS, 'https://cyclonedx.org/bom', { bomFormat: 'CycloneDX' }));
  // The key holder's predicate names another repository, ref, commit and workflow.
  keyedOther = await keySigned({
    repository: 'evil-org/octo-repo',
    ref: 'refs/heads/evil',
    sha: 'e'.repeat(40),
    workflow_ref: 'evil-org/octo-repo/.github/workflows/evil.yml@refs/heads/evil',
    job_workflow_ref: 'evil-org/octo-repo/.github/workflows/evil.yml@refs/heads/evil',
  });
  keyless = await provenance(fakes);
  keylessSbom = await sbom(fakes);
  timestamped = await signWith(
    fakes,
    (claims) => buildProvenanceStatement(SUBJECTS, { kind: 'github', claims, serverUrl: 'https://github.com' }),
    {},
    { rekor: false },
  );
  timestampedSbom = await signWith(
    fakes,
    buildStatement(SUBJECTS, 'https://cyclonedx.org/bom', { bomFormat: 'CycloneDX' }),
    {},
    { rekor: false },
  );
});
afterAll(async () => fakes.close());

type Mode = 'keyless public-good' | 'keyless GitHub instance (timestamps only)' | 'key';

function workspaceFor(mode: Mode, bundles: SerializedBundle[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-release-modes-'));
  // GitHub's instance: a root with no transparency log, the time from its TSA. (The fake Fulcio embeds an
  // SCT, so its CT log stays; the real no-SCT certificates are in the corpus suite.)
  const root = mode.startsWith('keyless GitHub') ? { ...fakes.trustedRoot, tlogs: [] } : fakes.trustedRoot;
  writeWorkspace(
    dir,
    {
      'app.jsonl': bundles.map((b) => JSON.stringify(b)).join('\n'),
      'key.pem': keys.publicKey.export({ type: 'spki', format: 'pem' }),
    },
    root,
  );
  return dir;
}

/** Every policy input, each set to what the default run's bundle states. */
const POLICY: Record<string, string> = {
  'certificate-identity': `https://github.com/${SIGNER}`,
  'signer-workflow': SIGNER,
  'signer-repository': 'octo-org/octo-repo',
  'signer-digest': DEFAULT_SHA,
  'source-repository': 'octo-org/octo-repo',
  'source-ref': DEFAULT_REF,
  'source-digest': DEFAULT_SHA,
  'predicate-type': 'https://slsa.dev/provenance/v1',
  'deny-self-hosted-runners': 'true',
  'require-sbom': 'true',
};

async function run(mode: Mode, bundles: SerializedBundle[], policy: Record<string, string>): Promise<Report> {
  const { result, report } = await verify(workspaceFor(mode, bundles), {
    'subject-path': ARTIFACT,
    'bundle-path': 'app.jsonl',
    'trusted-root': 'trusted_root.json',
    ...(mode === 'key' ? { 'public-key': 'key.pem' } : {}),
    ...policy,
  });
  expect(result.exitCode).toBe(report.verified ? 0 : 1);
  return report;
}

describe.each<[Mode, () => SerializedBundle[]]>([
  ['keyless public-good', () => [keyless, keylessSbom]],
  ['keyless GitHub instance (timestamps only)', () => [timestamped, timestampedSbom]],
  ['key', () => [keyed, keyedSbom]],
])('%s', (mode, bundles) => {
  test('every policy input given shows up as a check', async () => {
    const issuer = { 'certificate-oidc-issuer': fakes.oidcIssuer };
    const report = await run(mode, bundles(), { ...POLICY, ...issuer });
    const names = report.checks.map((c) => c.name);
    for (const input of [...Object.keys(POLICY), 'certificate-oidc-issuer']) expect(names).toContain(input);
    const failed = report.checks.filter((c) => !c.passed).map((c) => c.name);
    if (mode === 'key') {
      // No certificate: no SAN, no issuer, no signer digest. Everything else is the key holder's word.
      expect(failed.sort()).toEqual(['certificate-identity', 'certificate-oidc-issuer', 'signer-digest'].sort());
      for (const input of ['signer-workflow', 'signer-repository', 'source-repository', 'source-ref', 'source-digest'])
        expect(check(report, input).actual).toContain('(asserted by the key holder, in the predicate)');
      expect(check(report, 'signer-digest').actual).toBe(
        'no evidence: a key-signed bundle has no certificate, and the predicate cannot state it',
      );
      expect(check(report, 'certificate-identity').actual).toBe(
        'no evidence: a key-signed bundle has no certificate to name a signer or issuer',
      );
    } else {
      expect(failed).toEqual([]);
      expect(report.verified).toBe(true);
      if (mode !== 'keyless public-good')
        expect(check(report, 'sigstore-verification').actual).toContain('no log entry; 1 signed timestamp(s)');
    }
  });
});

describe('key mode: the predicate is checked against the policy', () => {
  const contradicted: Array<[string, string, string]> = [
    ['source-repository', 'octo-org/octo-repo', 'https://github.com/evil-org/octo-repo'],
    ['source-ref', DEFAULT_REF, 'refs/heads/evil'],
    ['source-digest', DEFAULT_SHA, 'e'.repeat(40)],
    ['signer-workflow', SIGNER, 'https://github.com/evil-org/octo-repo/.github/workflows/evil.yml@refs/heads/evil'],
  ];
  test.each(contradicted)(
    'a predicate contradicting %s fails with exit 1 naming the field',
    async (input, value, stated) => {
      const { result, report } = await verify(workspaceFor('key', [keyedOther]), {
        'subject-path': ARTIFACT,
        'bundle-path': 'app.jsonl',
        'public-key': 'key.pem',
        [input]: value,
      });
      expect(result.exitCode).toBe(1);
      expect(check(report, input)).toMatchObject({
        passed: false,
        expected: value,
        actual: `${stated} (asserted by the key holder, in the predicate)`,
      });
      expect(result.failureMessage).toContain(`${input}: expected ${value}`);
      expect(result.summary).toContain('asserted by the key holder');
    },
  );

  test('the same inputs pass when the predicate states them', async () => {
    const { result } = await verify(workspaceFor('key', [keyed]), {
      'subject-path': ARTIFACT,
      'bundle-path': 'app.jsonl',
      'public-key': 'key.pem',
      'source-repository': 'octo-org/octo-repo',
      'source-ref': DEFAULT_REF,
      'source-digest': DEFAULT_SHA,
      'signer-workflow': SIGNER,
    });
    expect(result.exitCode).toBe(0);
  });

  test('a requested field with no evidence at all fails, saying which input and why', async () => {
    const release = await keySign(buildStatement(SUBJECTS, 'https://example.com/release/v1', { ok: true }));
    const { result, report } = await verify(workspaceFor('key', [release]), {
      'subject-path': ARTIFACT,
      'bundle-path': 'app.jsonl',
      'public-key': 'key.pem',
      'predicate-type': 'https://example.com/release/v1',
      'source-repository': 'octo-org/octo-repo',
    });
    expect(result.exitCode).toBe(1);
    expect(check(report, 'source-repository')).toMatchObject({
      passed: false,
      actual:
        'no evidence: a key-signed bundle has no certificate, and predicate type https://example.com/release/v1 is not SLSA provenance',
    });
    expect(result.failureMessage).toContain('source-repository: expected octo-org/octo-repo, found no evidence');
  });
});
