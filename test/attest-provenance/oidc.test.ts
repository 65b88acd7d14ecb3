// The OIDC token is believed only after it verifies against its issuer's published keys.
import { isAcceptedIssuer, requestIdToken, verifyIdToken } from '@paved-road/attestation';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';

let fakes: SigstoreFakes;
beforeAll(async () => {
  fakes = await startSigstoreFakes();
});
afterAll(async () => fakes.close());

const env = (): Record<string, string> => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: fakes.oidcUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: fakes.oidcRequestToken,
});

it('requests a token for the sigstore audience and returns its verified claims', async () => {
  const token = await requestIdToken(env());
  const claims = await verifyIdToken(token, { requestUrl: fakes.oidcUrl });
  expect(claims.aud).toBe('sigstore');
  expect(claims.job_workflow_ref).toBe('octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main');
});

it('refuses a wrong request token', async () => {
  await expect(requestIdToken({ ...env(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'nope' })).rejects.toThrow(/answered 401/);
});

it('refuses a tampered token', async () => {
  const token = await requestIdToken(env());
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  claims.repository = 'evil/repo';
  const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
  await expect(verifyIdToken(forged, { requestUrl: fakes.oidcUrl })).rejects.toThrow(/does not verify against/);
});

it('refuses another audience and an expired token', async () => {
  await expect(
    verifyIdToken(await fakes.signToken(fakes.claims(), { audience: 'other' }), { requestUrl: fakes.oidcUrl }),
  ).rejects.toThrow(/does not verify/);
  await expect(
    verifyIdToken(await fakes.signToken(fakes.claims(), { expiresIn: '-5m' }), { requestUrl: fakes.oidcUrl }),
  ).rejects.toThrow(/does not verify/);
});

it('refuses a token without the claims provenance needs', async () => {
  const { job_workflow_ref: _dropped, ...rest } = fakes.claims();
  await expect(verifyIdToken(await fakes.signToken(rest), { requestUrl: fakes.oidcUrl })).rejects.toThrow(
    /lacks the claims job_workflow_ref/,
  );
});

it('refuses an issuer that is neither GitHub nor the token service the runner named', async () => {
  const token = await fakes.signToken(fakes.claims());
  await expect(
    verifyIdToken(token, { requestUrl: 'https://pipelines.actions.githubusercontent.com/abc' }),
  ).rejects.toThrow(/is not GitHub Actions' token service/);
  expect(isAcceptedIssuer('https://token.actions.githubusercontent.com', {})).toBe(true);
  expect(isAcceptedIssuer('https://token.actions.githubusercontent.com/acme-enterprise', {})).toBe(true);
  expect(isAcceptedIssuer('https://ghe.example.com/_services/token', { serverUrl: 'https://ghe.example.com' })).toBe(
    true,
  );
  expect(isAcceptedIssuer('https://token.actions.githubusercontent.com.evil.com', {})).toBe(false);
});
