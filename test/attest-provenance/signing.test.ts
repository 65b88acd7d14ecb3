import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { buildProvenanceStatement, requestIdToken, signStatement, verifyIdToken } from '@paved-road/attestation';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';

let fakes: SigstoreFakes;
beforeAll(async () => {
  fakes = await startSigstoreFakes();
});
afterAll(async () => fakes.close());

test('keyless signing against the fakes verifies', async () => {
  const env = { ACTIONS_ID_TOKEN_REQUEST_URL: fakes.oidcUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: fakes.oidcRequestToken };
  const token = await requestIdToken(env);
  const claims = await verifyIdToken(token, { requestUrl: fakes.oidcUrl });
  const statement = buildProvenanceStatement([{ name: 'a.txt', digest: { sha256: 'a'.repeat(64) } }], {
    kind: 'github',
    claims,
    serverUrl: 'https://github.com',
  });
  const bundle = await signStatement(statement, {
    mode: 'keyless',
    identityToken: token,
    fulcioUrl: fakes.fulcioUrl,
    rekorUrl: fakes.rekorUrl,
    tsaUrl: fakes.tsaUrl,
  });
  const trust = toTrustMaterial(TrustedRoot.fromJSON(fakes.trustedRoot));
  const verifier = new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: 1 });
  const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle)), {
    subjectAlternativeName: fakes.certificateIdentity(),
    extensions: { issuer: fakes.oidcIssuer },
  });
  expect(signer.identity?.subjectAlternativeName).toBe(
    'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
  );
});
