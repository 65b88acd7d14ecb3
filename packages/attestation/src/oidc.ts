// The job's OIDC token: requested from the runner (ACTIONS_ID_TOKEN_REQUEST_URL), then verified
// against its issuer's published keys before any claim is believed.
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { ConfigurationError } from '@paved-road/core';
import { REQUIRED_CLAIMS, type GitHubClaims } from './statement.js';

/** The audience Fulcio expects in the identity token. */
export const SIGSTORE_AUDIENCE = 'sigstore';
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** The one line a user needs when the job cannot mint an OIDC token. */
export const MISSING_ID_TOKEN_MESSAGE =
  'Keyless signing needs the job\'s OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job lacks the "id-token: write" permission.';
export const MISSING_ID_TOKEN_FIX =
  'Add to the job (or workflow): "permissions: { id-token: write, attestations: write, contents: read }", or sign with "signing: key" and a "signing-key".';

export interface IdTokenEnvironment {
  ACTIONS_ID_TOKEN_REQUEST_URL?: string | undefined;
  ACTIONS_ID_TOKEN_REQUEST_TOKEN?: string | undefined;
}

/** Asks the runner's token service for an OIDC token with the given audience. */
export async function requestIdToken(env: IdTokenEnvironment, audience = SIGSTORE_AUDIENCE): Promise<string> {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken)
    throw new ConfigurationError(
      'missing-id-token-permission',
      MISSING_ID_TOKEN_MESSAGE,
      undefined,
      MISSING_ID_TOKEN_FIX,
    );
  const url = new URL(requestUrl);
  url.searchParams.set('audience', audience);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new ConfigurationError(
      'oidc-token-error',
      `Cannot reach the OIDC token service at ${url.origin}: ${causeOf(error)}`,
    );
  }
  if (!response.ok) {
    throw new ConfigurationError(
      'oidc-token-error',
      `The OIDC token service at ${url.origin} answered ${response.status} ${response.statusText}: ${(await response.text()).slice(0, 200)}`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as { value?: unknown };
  if (typeof body.value !== 'string' || body.value.split('.').length !== 3) {
    throw new ConfigurationError('oidc-token-error', `The OIDC token service at ${url.origin} returned no token.`);
  }
  return body.value;
}

export interface VerifyIdTokenOptions {
  /** The token request URL: a token issued from the same origin is trusted to name its own issuer. */
  requestUrl?: string | undefined;
  /** GITHUB_SERVER_URL: GitHub Enterprise Server issues tokens from `<server>/_services/token`. */
  serverUrl?: string | undefined;
  audience?: string;
  now?: Date;
}

/**
 * The issuers we accept: GitHub's (and an enterprise's custom issuer under it), GHES's, and the
 * origin the runner told us to request the token from. Anything else is refused before its keys are
 * fetched, so a forged token cannot point us at keys of its own choosing.
 */
export function isAcceptedIssuer(issuer: string, options: VerifyIdTokenOptions): boolean {
  if (issuer === GITHUB_ACTIONS_ISSUER || issuer.startsWith(`${GITHUB_ACTIONS_ISSUER}/`)) return true;
  if (options.serverUrl && issuer === `${options.serverUrl.replace(/\/+$/, '')}/_services/token`) return true;
  if (options.requestUrl) {
    try {
      const issuerUrl = new URL(issuer);
      if (issuerUrl.origin === new URL(options.requestUrl).origin) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Verifies the token's signature with the issuer's JWKS (found through its OpenID discovery
 * document), its audience and lifetime, and that it carries the claims provenance is built from.
 */
export async function verifyIdToken(token: string, options: VerifyIdTokenOptions = {}): Promise<GitHubClaims> {
  let issuer: string;
  try {
    const unverified = decodeJwt(token);
    if (typeof unverified.iss !== 'string') throw new ConfigurationError('oidc-token-error', 'no "iss" claim');
    issuer = unverified.iss;
  } catch (error) {
    throw new ConfigurationError('oidc-token-error', `The OIDC token is malformed: ${causeOf(error)}`);
  }
  if (!isAcceptedIssuer(issuer, options)) {
    throw new ConfigurationError(
      'oidc-token-error',
      `The OIDC token's issuer ${issuer} is not GitHub Actions' token service; refusing to trust it.`,
    );
  }
  const discoveryUrl = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  let jwksUri: string;
  try {
    const response = await fetch(discoveryUrl, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new ConfigurationError('oidc-token-error', `HTTP ${response.status}`);
    const discovery = (await response.json()) as { jwks_uri?: unknown; issuer?: unknown };
    if (typeof discovery.jwks_uri !== 'string') throw new ConfigurationError('oidc-token-error', 'no jwks_uri');
    if (discovery.issuer !== undefined && discovery.issuer !== issuer)
      throw new ConfigurationError('oidc-token-error', `it names issuer ${String(discovery.issuer)}`);
    jwksUri = discovery.jwks_uri;
  } catch (error) {
    throw new ConfigurationError(
      'oidc-token-error',
      `Cannot read the OIDC discovery document ${discoveryUrl}: ${causeOf(error)}`,
    );
  }
  let payload: Record<string, unknown>;
  try {
    const keys = createRemoteJWKSet(new URL(jwksUri));
    const verified = await jwtVerify(token, keys, {
      issuer,
      audience: options.audience ?? SIGSTORE_AUDIENCE,
      ...(options.now ? { currentDate: options.now } : {}),
      clockTolerance: 60,
    });
    payload = verified.payload as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(
      'oidc-token-error',
      `The OIDC token does not verify against ${issuer}'s keys: ${causeOf(error)}`,
    );
  }
  const missing = REQUIRED_CLAIMS.filter((claim) => typeof payload[claim] !== 'string' || payload[claim] === '');
  if (missing.length)
    throw new ConfigurationError(
      'oidc-token-error',
      `The OIDC token lacks the claims ${missing.join(', ')}; it is not a GitHub Actions job token.`,
    );
  return payload as unknown as GitHubClaims;
}

function causeOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
