// Sigstore on 127.0.0.1 for tests: Fulcio, Rekor (v1 API) and a timestamp authority from
// @sigstore/mock's handlers served by node:http, plus the GitHub Actions OIDC token service
// (ACTIONS_ID_TOKEN_REQUEST_URL) with its discovery document and JWKS, and the trusted_root.json that
// makes all of it verifiable. Product code reaches them only through the settings a user has:
// fulcio-url / rekor-url / tsa-url with `sigstore: custom`, and ACTIONS_ID_TOKEN_REQUEST_URL.
//
// Where the mocks cut corners that would change what product code does, the fake does the real
// service's work instead:
// - Fulcio verifies the identity token against the OIDC issuer's key and the proof of possession,
//   and names the certificate after `https://github.com/<job_workflow_ref>` as Fulcio does for
//   GitHub Actions tokens (the mock would use `sub`).
// - The TSA stamps whole seconds (see below).
// - Rekor stores a `dsse` entry in its canonical form (envelope hash, payload hash, signature and
//   verifier) after checking the signature, as rekor's dsse v0.0.1 type does; the mock stores the
//   proposed entry, which no verifier accepts.
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  verify as cryptoVerify,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, jwtVerify, createLocalJWKSet, type JWK } from 'jose';
// The handlers by their modules: the package index also loads nock, which would patch this process's
// HTTP stack for every test that shares the worker.
import { fulcioHandler, initializeCA, initializeCTLog } from '@sigstore/mock/dist/fulcio/index.js';
import { initializeTLog, rekorHandler } from '@sigstore/mock/dist/rekor/index.js';
import { initializeTSA, tsaHandler } from '@sigstore/mock/dist/timestamp/index.js';
import type { HandlerFn } from '@sigstore/mock/dist/shared.types.js';
import { DEFAULT_REF, DEFAULT_REPOSITORY, DEFAULT_SHA } from '../../harness/index.js';

export interface SigstoreFakes {
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL: the token endpoint (with a query string, as GitHub's has). */
  oidcUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN: the bearer token the token endpoint requires. */
  oidcRequestToken: string;
  /** The issuer (`iss`) of the tokens: the OIDC server's origin. */
  oidcIssuer: string;
  /** The trusted root (protobuf-specs JSON) holding the fakes' CA, logs and TSA. */
  trustedRoot: TrustedRootJSON;
  trustedRootPath: string;
  /** The certificate identity (SAN) Fulcio gives a job token with these claims. */
  certificateIdentity(claims?: Record<string, unknown>): string;
  /** The claims of the next tokens issued (merged over the defaults; `undefined` removes one). */
  setClaims(claims: Record<string, unknown>): void;
  claims(): Record<string, unknown>;
  /** Every request any fake answered, in order. */
  requests: Array<{ service: 'oidc' | 'fulcio' | 'rekor' | 'tsa'; method: string; path: string; status: number }>;
  /** Rekor entries stored, by uuid, as canonical bodies. */
  rekorEntries: Map<string, Record<string, unknown>>;
  /** Signs an arbitrary token with the issuer's key (e.g. to test refusals). */
  signToken(
    claims: Record<string, unknown>,
    options?: { audience?: string; issuer?: string; expiresIn?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

export interface TrustedRootJSON {
  mediaType: string;
  tlogs: unknown[];
  certificateAuthorities: unknown[];
  ctlogs: unknown[];
  timestampAuthorities: unknown[];
}

/** GitHub Actions job-token claims for the harness's default run (see test/harness). */
export function defaultClaims(
  repository = DEFAULT_REPOSITORY,
  sha = DEFAULT_SHA,
  ref = DEFAULT_REF,
): Record<string, unknown> {
  const [owner = 'octo-org'] = repository.split('/');
  const workflowRef = `${repository}/.github/workflows/release.yml@${ref}`;
  return {
    sub: `repo:${repository}:ref:${ref}`,
    ref,
    sha,
    repository,
    repository_owner: owner,
    repository_owner_id: '987654321',
    repository_id: '123456789',
    repository_visibility: 'public',
    run_id: '1658821493',
    run_number: '42',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'release',
    workflow_ref: workflowRef,
    workflow_sha: sha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: sha,
    event_name: 'push',
    ref_type: 'branch',
    ref_protected: 'false',
    runner_environment: 'github-hosted',
  };
}

type Service = 'oidc' | 'fulcio' | 'rekor' | 'tsa';

interface Listening {
  server: Server;
  url: string;
}

async function listen(
  onRequest: (request: IncomingMessage, body: string, response: ServerResponse) => Promise<void>,
): Promise<Listening> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      onRequest(request, Buffer.concat(chunks).toString('utf8'), response).catch((error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'text/plain' });
        response.end(error instanceof Error ? error.message : String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

function send(
  response: ServerResponse,
  status: number,
  body: string | ArrayBufferView,
  contentType = 'application/json',
): void {
  response.writeHead(status, { 'Content-Type': contentType });
  response.end(typeof body === 'string' ? body : bytes(body));
}

function keyPair(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
}

/** Bytes of any view (the mocks hand out ArrayBufferViews). */
const bytes = (data: ArrayBufferView): Buffer => Buffer.from(data.buffer, data.byteOffset, data.byteLength);
const b64 = (data: ArrayBufferView): string => bytes(data).toString('base64');

/** The DSSE pre-authentication encoding: what the signature in an envelope covers. */
function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

function verifierKey(pem: string): KeyObject {
  return pem.includes('BEGIN CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem);
}

function verifySignature(key: KeyObject, data: Buffer, signature: Buffer): boolean {
  return cryptoVerify(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', data, key, signature);
}

/**
 * The body rekor stores for a proposed `dsse` v0.0.1 entry: the envelope is checked against each
 * verifier, then reduced to its hashes and signatures (rekor pkg/types/dsse/v0.0.1).
 */
export function canonicalDsseEntry(proposed: {
  spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
}): Record<string, unknown> {
  const content = proposed.spec?.proposedContent;
  if (!content?.envelope || !content.verifiers?.length)
    throw new Error('dsse entry needs proposedContent.envelope and verifiers');
  const envelope = JSON.parse(content.envelope) as {
    payloadType: string;
    payload: string;
    signatures: Array<{ sig: string; keyid?: string }>;
  };
  const payload = Buffer.from(envelope.payload, 'base64');
  const message = pae(envelope.payloadType, payload);
  const signatures = envelope.signatures.map((signature) => {
    const sig = Buffer.from(signature.sig, 'base64');
    const verifier = content.verifiers?.find((v) =>
      verifySignature(verifierKey(Buffer.from(v, 'base64').toString('utf8')), message, sig),
    );
    if (!verifier) throw new Error('the envelope signature does not verify with any of the given verifiers');
    return { signature: signature.sig, verifier };
  });
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: createHash('sha256').update(content.envelope, 'utf8').digest('hex') },
      payloadHash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') },
      signatures,
    },
  };
}

/** Starts every Sigstore fake and the OIDC token service; close() stops them. */
export async function startSigstoreFakes(): Promise<SigstoreFakes> {
  const requests: SigstoreFakes['requests'] = [];
  const rekorEntries = new Map<string, Record<string, unknown>>();
  const oidcRequestToken = randomBytes(16).toString('hex');
  let claims = defaultClaims();

  // ---- OIDC token service ----
  const oidcKeys = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(oidcKeys.publicKey)), kid: 'fake-actions-oidc', alg: 'RS256', use: 'sig' };
  const jwks = createLocalJWKSet({ keys: [jwk] });
  let issuer = '';
  const signToken: SigstoreFakes['signToken'] = async (tokenClaims, options = {}) =>
    new SignJWT(tokenClaims)
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid as string, typ: 'JWT' })
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? 'sigstore')
      .setIssuedAt()
      .setNotBefore('-1m')
      .setExpirationTime(options.expiresIn ?? '10m')
      .setJti(randomBytes(8).toString('hex'))
      .sign(oidcKeys.privateKey);

  const record = (service: Service, request: IncomingMessage, status: number): void => {
    requests.push({ service, method: request.method ?? '', path: (request.url ?? '').split('?')[0] as string, status });
  };

  const oidc = await listen(async (request, _body, response) => {
    const url = new URL(request.url ?? '/', issuer);
    if (request.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
      record('oidc', request, 200);
      return send(
        response,
        200,
        JSON.stringify({
          issuer,
          jwks_uri: `${issuer}/.well-known/jwks`,
          subject_types_supported: ['public'],
          response_types_supported: ['id_token'],
          id_token_signing_alg_values_supported: ['RS256'],
          claims_supported: Object.keys(claims),
        }),
      );
    }
    if (request.method === 'GET' && url.pathname === '/.well-known/jwks') {
      record('oidc', request, 200);
      return send(response, 200, JSON.stringify({ keys: [jwk] }));
    }
    if (request.method === 'GET' && url.pathname === '/token') {
      if (request.headers.authorization !== `Bearer ${oidcRequestToken}`) {
        record('oidc', request, 401);
        return send(response, 401, JSON.stringify({ message: 'bad request token' }));
      }
      const audience = url.searchParams.get('audience') ?? 'https://github.com/' + String(claims.repository_owner);
      record('oidc', request, 200);
      const present = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
      return send(response, 200, JSON.stringify({ count: 1, value: await signToken(present, { audience }) }));
    }
    record('oidc', request, 404);
    send(response, 404, JSON.stringify({ message: 'not found' }));
  });
  issuer = oidc.url;

  // ---- Fulcio (with its CT log) ----
  const fulcioKeys = keyPair();
  const ctlog = await initializeCTLog(fulcioKeys);
  const ca = await initializeCA(fulcioKeys, ctlog);
  const issueCertificate: HandlerFn = fulcioHandler(ca, { subjectClaim: 'fulcio_subject' }).fn;
  const certificateIdentity = (c: Record<string, unknown> = claims): string =>
    typeof c.job_workflow_ref === 'string' ? `https://github.com/${c.job_workflow_ref}` : String(c.sub);
  const fulcio = await listen(async (request, body, response) => {
    if (request.method !== 'POST' || request.url !== '/api/v2/signingCert') {
      record('fulcio', request, 404);
      return send(response, 404, JSON.stringify({ message: 'not found' }));
    }
    let forwarded: string;
    try {
      const parsed = JSON.parse(body) as {
        credentials?: { oidcIdentityToken?: string };
        publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string };
      };
      const token = parsed.credentials?.oidcIdentityToken ?? '';
      const { payload } = await jwtVerify(token, jwks, { issuer, audience: 'sigstore' });
      const publicKeyPem = parsed.publicKeyRequest?.publicKey?.content ?? '';
      const proof = Buffer.from(parsed.publicKeyRequest?.proofOfPossession ?? '', 'base64');
      if (!verifySignature(createPublicKey(publicKeyPem), Buffer.from(String(payload.sub)), proof))
        throw new Error('the proof of possession does not verify');
      // Hand the mock CA the verified claims plus the identity to certify (an unsigned token: the mock only decodes).
      const unsigned = [
        { alg: 'none', typ: 'JWT' },
        { ...payload, fulcio_subject: certificateIdentity(payload) },
      ]
        .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
        .join('.');
      forwarded = JSON.stringify({ ...parsed, credentials: { oidcIdentityToken: `${unsigned}.` } });
    } catch (error) {
      record('fulcio', request, 401);
      return send(
        response,
        401,
        JSON.stringify({
          code: 16,
          message: `identity token refused: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
    }
    const result = await issueCertificate(forwarded);
    record('fulcio', request, result.statusCode);
    send(response, result.statusCode, result.response, result.contentType ?? 'text/plain');
  });

  // ---- Rekor ----
  const rekorKeys = keyPair();
  const rekor = await listen(async (request, body, response) => {
    if (request.method !== 'POST' || request.url !== '/api/v1/log/entries') {
      record('rekor', request, 404);
      return send(response, 404, JSON.stringify({ code: 404, message: 'not found' }));
    }
    let entry: Record<string, unknown>;
    try {
      const proposed = JSON.parse(body) as { kind?: string; apiVersion?: string };
      entry =
        proposed.kind === 'dsse'
          ? canonicalDsseEntry(proposed as Parameters<typeof canonicalDsseEntry>[0])
          : (proposed as Record<string, unknown>);
    } catch (error) {
      record('rekor', request, 400);
      return send(
        response,
        400,
        JSON.stringify({ code: 400, message: error instanceof Error ? error.message : String(error) }),
      );
    }
    const result = await rekorHandlerFn(JSON.stringify(entry));
    if (result.statusCode === 201) {
      const stored = JSON.parse(String(result.response)) as Record<string, unknown>;
      for (const uuid of Object.keys(stored)) rekorEntries.set(uuid, entry);
    }
    record('rekor', request, result.statusCode);
    send(response, result.statusCode, result.response, result.contentType ?? 'text/plain');
  });
  const tlog = await initializeTLog(rekor.url, rekorKeys);
  const rekorHandlerFn = rekorHandler(tlog).fn;

  // ---- timestamp authority ----
  const tsaKeys = keyPair();
  const tsaInstance = await initializeTSA(tsaKeys);
  // The mock stamps genTime with milliseconds, and DER drops trailing zeros (".05Z", ".1Z"), which
  // @sigstore/core's parser refuses (one timestamp in about seven). Real TSAs answer in whole seconds
  // here; so does the fake.
  (tsaInstance as unknown as { getCurrentTime: () => Date }).getCurrentTime = () =>
    new Date(Math.floor(Date.now() / 1000) * 1000);
  const timestamp = tsaHandler(tsaInstance).fn;
  const tsa = await listen(async (request, body, response) => {
    if (request.method !== 'POST' || request.url !== '/api/v1/timestamp') {
      record('tsa', request, 404);
      return send(response, 404, 'not found', 'text/plain');
    }
    const result = await timestamp(body);
    record('tsa', request, result.statusCode);
    send(response, result.statusCode, result.response, result.contentType ?? 'text/plain');
  });

  // ---- trusted root ----
  const validFor = { start: new Date(Date.now() - 60_000).toISOString() };
  const rekorSpki = tlog.publicKey;
  const trustedRoot: TrustedRootJSON = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: rekor.url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(rekorSpki), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        logId: { keyId: b64(createHash('sha256').update(bytes(rekorSpki)).digest()) },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcio.url,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor,
      },
    ],
    ctlogs: [
      {
        baseUrl: `${fulcio.url}/ct`,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(ctlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        logId: { keyId: b64(ctlog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore-tsa' },
        uri: tsa.url,
        certChain: {
          certificates: [{ rawBytes: b64(tsaInstance.intCertificate) }, { rawBytes: b64(tsaInstance.rootCertificate) }],
        },
        validFor,
      },
    ],
  };
  const dir = mkdtempSync(join(tmpdir(), 'paved-road-sigstore-'));
  const trustedRootPath = join(dir, 'trusted_root.json');
  writeFileSync(trustedRootPath, JSON.stringify(trustedRoot, null, 2));

  const servers = [oidc.server, fulcio.server, rekor.server, tsa.server];
  return {
    fulcioUrl: fulcio.url,
    rekorUrl: rekor.url,
    tsaUrl: tsa.url,
    oidcUrl: `${oidc.url}/token?api-version=2.0`,
    oidcRequestToken,
    oidcIssuer: issuer,
    trustedRoot,
    trustedRootPath,
    certificateIdentity,
    setClaims(next) {
      claims = { ...claims, ...next };
    },
    claims: () => ({ ...claims }),
    requests,
    rekorEntries,
    signToken,
    async close() {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
