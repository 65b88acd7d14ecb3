// verify-release on real Sigstore bundles (v0.1, v0.2, v0.3; dsse and intoto log entries; with and
// without inclusion proofs; a full certificate chain) with the public-good trusted root in the corpus.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBundleFormat } from '@paved-road/attestation';
import { check, verify } from '../verify-release/run.js';
import { corpusFiles, corpusPath } from './corpus.js';

const BUNDLES = 'attest/sigstore-js-format-bundles';
const ROOT = corpusPath('attest/trusted-roots/public-good.sigstore-js-seed-2026.trusted_root.json');
const bundles = corpusFiles(BUNDLES, (f) => f.endsWith('.sigstore'));
// The subject of every corpus bundle: the npm tarball of sigstore@1.0.0.
const DIGEST =
  'sha512:7bea9f6e7ff37f5fab0b36bf061200fff03099fd2fd696b91d04bc5e4f225eb9fd6e0cadcad54ba980f43fb352a99e8810b4e0abeb5c0ef2cf9108cd1f258b36';
const POLICY = {
  'subject-digest': DIGEST,
  'certificate-identity': 'brian@dehamer.com',
  'certificate-oidc-issuer': 'https://github.com/login/oauth',
  'predicate-type': 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
};

function read(file: string): Record<string, unknown> & {
  verificationMaterial: { tlogEntries: Array<Record<string, unknown>> };
  dsseEnvelope: { signatures: Array<{ sig: string }> };
} {
  return JSON.parse(readFileSync(corpusPath(BUNDLES, file), 'utf8'));
}

function workspace(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-release-corpus-'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

test('the corpus holds every bundle version', () => {
  const versions = bundles.map((f) => checkBundleFormat(read(f)).version);
  expect(new Set(versions)).toEqual(new Set(['0.1', '0.2', '0.3']));
  expect(bundles.length).toBeGreaterThanOrEqual(9);
});

describe.each(bundles)('%s', (file) => {
  test('verifies offline with the corpus public-good root, every check passing', async () => {
    const { result, report } = await verify(corpusPath(BUNDLES), {
      ...POLICY,
      'bundle-path': file,
      'trusted-root': ROOT,
    });
    expect(report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(report.verified).toBe(true);
    expect(result.exitCode).toBe(0);
    const entry = read(file).verificationMaterial.tlogEntries[0]!;
    const kind = (entry.kindVersion as { kind: string }).kind;
    expect(check(report, 'sigstore-verification').actual).toContain(
      `${kind} entry ${String(entry.logIndex)} (${entry.inclusionProof ? 'inclusion proof' : 'inclusion promise'})`,
    );
    expect(check(report, 'sigstore-verification').actual).toContain(
      'issued by O=sigstore.dev, CN=sigstore-intermediate',
    );
  });

  test('verifies with the root built into the action (the same @sigstore/tuf seed)', async () => {
    const { report } = await verify(corpusPath(BUNDLES), { ...POLICY, 'bundle-path': file });
    expect(report.verified).toBe(true);
    expect(check(report, 'sigstore-verification').expected).toContain('Sigstore public-good root (built in');
  });

  test('another signer identity fails certificate-identity', async () => {
    const { report } = await verify(corpusPath(BUNDLES), {
      ...POLICY,
      'bundle-path': file,
      'certificate-identity': 'someone@example.com',
    });
    expect(report.verified).toBe(false);
    expect(check(report, 'certificate-identity')).toMatchObject({
      expected: 'someone@example.com',
      actual: 'brian@dehamer.com',
      passed: false,
    });
  });

  test('a shifted integrated time fails', async () => {
    const bundle = read(file);
    const entry = bundle.verificationMaterial.tlogEntries[0]!;
    entry.integratedTime = String(Number(entry.integratedTime) + 1);
    const { report } = await verify(workspace({ 'b.json': bundle }), {
      ...POLICY,
      'bundle-path': 'b.json',
      'trusted-root': ROOT,
    });
    expect(report.verified).toBe(false);
    expect(check(report, 'sigstore-verification').actual).toMatch(
      /^the transparency log's inclusion promise \(signed entry timestamp\) does not verify/,
    );
  });

  test('a flipped signature bit fails', async () => {
    const bundle = read(file);
    const sig = Buffer.from(bundle.dsseEnvelope.signatures[0]!.sig, 'base64');
    sig[sig.length - 1] = sig[sig.length - 1]! ^ 0x80;
    bundle.dsseEnvelope.signatures[0]!.sig = sig.toString('base64');
    const { report } = await verify(workspace({ 'b.json': bundle }), {
      ...POLICY,
      'bundle-path': 'b.json',
      'trusted-root': ROOT,
    });
    expect(report.verified).toBe(false);
    expect(check(report, 'sigstore-verification').actual).toBe(
      'the signature is not the one the transparency log recorded (the signature was altered)',
    );
  });
});

test('JSON Lines of every corpus bundle verify together', async () => {
  const text = bundles.map((f) => JSON.stringify(read(f))).join('\n');
  const { report } = await verify(workspace({ 'all.jsonl': text }), {
    ...POLICY,
    'bundle-path': 'all.jsonl',
    'trusted-root': ROOT,
  });
  expect(report.verified).toBe(true);
  expect(report.attestations).toHaveLength(bundles.length);
  expect(report.attestations.every((a) => a.passed)).toBe(true);
});

test('a root without the public-good CA: the missing root is named from the leaf issuer', async () => {
  const root = JSON.parse(readFileSync(ROOT, 'utf8')) as Record<string, unknown>;
  root.certificateAuthorities = [];
  const dir = workspace({ 'root.json': root, 'b.json': read(bundles[0]!) });
  const { report } = await verify(dir, { ...POLICY, 'bundle-path': 'b.json', 'trusted-root': 'root.json' });
  expect(report.verified).toBe(false);
  expect(check(report, 'sigstore-verification').actual).toBe(
    "missing trusted root: the certificate was issued by O=sigstore.dev, CN=sigstore-intermediate, the Sigstore public-good instance's CA, which is not in the trust given (trusted-root root.json; roots for: none). Add the Sigstore public-good trusted root to trusted-root.",
  );
});

test('trusted-root as JSON Lines: a bundle verifies against the root that holds its CA, whichever line it is on', async () => {
  const real = JSON.parse(readFileSync(ROOT, 'utf8')) as Record<string, unknown>;
  const other = { ...real, certificateAuthorities: [], tlogs: [], ctlogs: [], timestampAuthorities: [] };
  const lines = `${JSON.stringify(other)}\n${JSON.stringify(real)}\n`;
  const dir = workspace({
    'roots.jsonl': lines,
    'other.jsonl': `${JSON.stringify(other)}\n`,
    'b.json': read(bundles[0]!),
  });
  const verified = await verify(dir, { ...POLICY, 'bundle-path': 'b.json', 'trusted-root': 'roots.jsonl' });
  expect(verified.report.checks.filter((c) => !c.passed)).toEqual([]);
  expect(verified.report.verified).toBe(true);
  const refused = await verify(dir, { ...POLICY, 'bundle-path': 'b.json', 'trusted-root': 'other.jsonl' });
  expect(refused.report.verified).toBe(false);
  expect(check(refused.report, 'sigstore-verification').actual).toContain('missing trusted root');
});
