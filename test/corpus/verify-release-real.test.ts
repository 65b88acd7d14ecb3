// verify-release on real bundles from other projects' CI and test suites (attest/real): each one is
// verified with the policy its index.json implies (the signer its certificate names, the predicate
// type it carries, the root and key it was made for), and the verdict and failing check are asserted.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '../verify-release/run.js';
import { corpusPath } from './corpus.js';

const REAL = 'attest/real';

interface IndexBundle {
  content: 'dsse' | 'messageSignature';
  verificationMaterial: string;
  publicKeyHint: string | null;
  certificate?: { san: string; issuer: string };
  statement?: { predicateType: string; subjects: Array<{ digest: Record<string, string> }> };
  messageDigest?: { hex: string };
}
interface IndexEntry {
  file: string;
  artifact: { file: string } | null;
  trustedRoots: string[];
  expected: { verdict: string; reason?: string };
  bundles: IndexBundle[];
}
interface Index {
  keys: Record<string, { hint?: string }>;
  bundles: IndexEntry[];
  trustedRootIds: Record<string, { file: string; jsonlLine: number | null }>;
}

const index = JSON.parse(readFileSync(corpusPath(REAL, 'index.json'), 'utf8')) as Index;
const scratch = mkdtempSync(join(tmpdir(), 'verify-release-real-'));

/** The trusted root an id names, as a file (one line of a JSON Lines root is written out on its own). */
function rootFile(id: string): string {
  const root = index.trustedRootIds[id]!;
  const path = corpusPath(REAL, root.file);
  if (root.jsonlLine === null) return path;
  const line = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean)[root.jsonlLine]!;
  const out = join(scratch, `${id}.json`);
  writeFileSync(out, line);
  return out;
}

/** The key whose hint the bundle names; the one key without a hint otherwise (sigstore-conformance's). */
function keyFile(hint: string): string {
  const keys = Object.entries(index.keys);
  const found = keys.find(([, key]) => key.hint === hint) ?? keys.find(([, key]) => !key.hint);
  return corpusPath(REAL, found![0]);
}

/**
 * The policy the index implies: the artifact (or the subject digest the statement or signature names),
 * the signer and issuer of the decisive bundle's certificate, its predicate type, its root and key.
 * The decisive bundle of a collection is its keyless one (npm: the provenance, not the publish attestation).
 */
function policyOf(entry: IndexEntry, rootId = entry.trustedRoots[0]!): Record<string, string> {
  const decisive = entry.bundles.find((b) => b.certificate) ?? entry.bundles[0]!;
  const policy: Record<string, string> = { 'bundle-path': entry.file, 'trusted-root': rootFile(rootId) };
  if (entry.artifact) policy['subject-path'] = entry.artifact.file;
  else if (decisive.messageDigest) policy['subject-digest'] = `sha256:${decisive.messageDigest.hex}`;
  else {
    const [algorithm, hex] = Object.entries(decisive.statement!.subjects[0]!.digest)[0]!;
    policy['subject-digest'] = `${algorithm}:${hex}`;
  }
  if (decisive.certificate) {
    policy['certificate-identity'] = decisive.certificate.san;
    policy['certificate-oidc-issuer'] = decisive.certificate.issuer;
  }
  policy['predicate-type'] = decisive.statement?.predicateType ?? 'message-signature';
  const hint = entry.bundles.find((b) => b.verificationMaterial === 'publicKey')?.publicKeyHint;
  if (hint !== undefined) policy['public-key'] = keyFile(hint ?? '');
  return policy;
}

/**
 * The check that must fail for each bundle the index expects refused: a cryptographic failure is
 * sigstore-verification, the signer that the copied predicate does not name is predicate-consistency.
 */
const FAILING_CHECK: Record<string, string> = {
  'invalid/bcr.MODULE-wrong-signer.bazel.intoto.jsonl': 'predicate-consistency',
};

test('the corpus index lists every kind of bundle this suite relies on', () => {
  const verdicts = new Set(index.bundles.map((b) => b.expected.verdict));
  expect(verdicts).toEqual(
    new Set(['valid', 'valid-with-caveat', 'invalid', 'invalid-policy', 'invalid-against-public-good']),
  );
  expect(index.bundles.length).toBeGreaterThanOrEqual(30);
});

describe.each(index.bundles.map((entry) => [entry.file, entry] as const))('%s', (_file, entry) => {
  const valid = entry.expected.verdict === 'valid';
  test(`${valid ? 'verifies' : 'is refused'} with the policy its index entry implies`, async () => {
    // The bundle from the wrong instance is the staging one checked against production.
    const rootId = entry.expected.verdict === 'invalid-against-public-good' ? 'public-good' : undefined;
    const { result, report } = await verify(corpusPath(REAL), policyOf(entry, rootId));
    const failed = report.checks.filter((c) => !c.passed);
    if (valid) {
      expect(failed).toEqual([]);
      expect(report.verified).toBe(true);
      expect(result.exitCode).toBe(0);
      // Every bundle of the file was verified and reported, none left out.
      expect(report.attestations).toHaveLength(entry.bundles.length);
      expect(report.attestations.every((a) => a.checks.find((c) => c.name === 'sigstore-verification')?.passed)).toBe(
        true,
      );
    } else {
      expect(report.verified).toBe(false);
      expect(result.exitCode).toBe(1);
      // The failing check of the decisive bundle, or of the one bundle of a collection that failed.
      const names = [...failed, ...report.attestations.flatMap((a) => a.checks.filter((c) => !c.passed))].map(
        (c) => c.name,
      );
      expect(names).toContain(FAILING_CHECK[entry.file] ?? 'sigstore-verification');
      if (entry.bundles.length > 1) expect(failed.map((c) => c.name)).toContain('attestations');
    }
  });
});
