// The Sigstore fakes behave like the real services where product code depends on it.
import { generateKeyPairSync } from 'node:crypto';
import { buildStatement, signStatement } from '@paved-road/attestation';
import { verifyWithKey } from './verify.js';
import { canonicalDsseEntry, startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';

let fakes: SigstoreFakes;
beforeAll(async () => {
  fakes = await startSigstoreFakes();
});
afterAll(async () => fakes.close());

it('the TSA stamps times every verifier can parse (whole seconds), timestamp after timestamp', async () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const statement = buildStatement([{ name: 'a', digest: { sha256: 'a'.repeat(64) } }], 'https://example.com/p/v1', {});
  // With millisecond stamps about one in ten failed to parse (a trailing zero dropped): 60 in a row
  // pass by luck less than 0.2% of the time.
  for (let i = 0; i < 60; i++) {
    const bundle = await signStatement(statement, { mode: 'key', privateKey, tsaUrl: fakes.tsaUrl });
    // Verification reads the timestamp's genTime (and checks the TSA chain in the trusted root).
    expect(() =>
      verifyWithKey(bundle, publicKey, { trustedRoot: fakes.trustedRoot, timestampThreshold: 1 }),
    ).not.toThrow();
  }
});

it('Rekor refuses a dsse entry whose signature does not verify, as rekor does', () => {
  const envelope = JSON.stringify({
    payloadType: 'text/plain',
    payload: Buffer.from('x').toString('base64'),
    signatures: [{ sig: Buffer.from('bad').toString('base64'), keyid: '' }],
  });
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const verifier = Buffer.from(publicKey.export({ type: 'spki', format: 'pem' })).toString('base64');
  expect(() => canonicalDsseEntry({ spec: { proposedContent: { envelope, verifiers: [verifier] } } })).toThrow(
    /does not verify/,
  );
});

it('Fulcio refuses a token the OIDC issuer did not sign', async () => {
  const token = await fakes.signToken(fakes.claims(), { audience: 'sigstore' });
  const [header, payload] = token.split('.');
  const unsigned = `${header}.${payload}.`;
  const response = await fetch(`${fakes.fulcioUrl}/api/v2/signingCert`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      credentials: { oidcIdentityToken: unsigned },
      publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: '' }, proofOfPossession: '' },
    }),
  });
  expect(response.status).toBe(401);
});

it("starting the fakes leaves this process's HTTP stack alone (no nock loaded)", () => {
  expect(Object.keys(require.cache).filter((path) => /[\\/]nock[\\/]/.test(path))).toEqual([]);
});
