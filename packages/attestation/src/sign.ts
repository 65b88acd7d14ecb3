// Signing: a DSSE envelope around the statement, packaged as a Sigstore bundle v0.3.
// Keyless: an ephemeral key, a Fulcio certificate for the job's OIDC identity, a Rekor `dsse` entry
// and/or an RFC 3161 timestamp. Key: the user's P-256 or Ed25519 key, a public-key hint, no Fulcio.
// @sigstore/sign is used directly (not @actions/attest) because every endpoint must be configurable.
import { createHash, createPrivateKey, createPublicKey, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type Signature,
  type Signer,
  type Witness,
} from '@sigstore/sign';
import { ConfigurationError, isConfigurationError, readTextFile } from '@paved-road/core';
import { IN_TOTO_PAYLOAD_TYPE, type Statement } from './statement.js';

export const SIGSTORE_INSTANCES = {
  /** The public-good instance: public repositories. */
  'public-good': { fulcioUrl: 'https://fulcio.sigstore.dev', rekorUrl: 'https://rekor.sigstore.dev' },
  /** GitHub's private instance: Fulcio plus a timestamp authority, no public log (private repositories). */
  github: { fulcioUrl: 'https://fulcio.githubapp.com', tsaUrl: 'https://timestamp.githubapp.com' },
} as const satisfies Record<string, SigstoreEndpoints>;

export interface SigstoreEndpoints {
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
}

export interface KeylessSigningOptions extends SigstoreEndpoints {
  mode: 'keyless';
  fulcioUrl: string;
  /** The OIDC identity token Fulcio binds the certificate to. */
  identityToken: string;
  timeoutMs?: number;
  retries?: number;
}

export interface KeySigningOptions extends SigstoreEndpoints {
  mode: 'key';
  privateKey: KeyObject;
  timeoutMs?: number;
  retries?: number;
}

export type SigningOptions = KeylessSigningOptions | KeySigningOptions;

/** Signs an in-toto statement: returns the Sigstore bundle (v0.3, DSSE) as JSON. */
export async function signStatement(statement: Statement, options: SigningOptions): Promise<SerializedBundle> {
  return signPayload(Buffer.from(JSON.stringify(statement), 'utf8'), IN_TOTO_PAYLOAD_TYPE, options);
}

/** Signs any DSSE payload into a Sigstore bundle v0.3. */
export async function signPayload(
  payload: Buffer,
  payloadType: string,
  options: SigningOptions,
): Promise<SerializedBundle> {
  const fetchOptions = {
    timeout: options.timeoutMs ?? 30_000,
    retry: { retries: options.retries ?? 2, minTimeout: 250, factor: 2 },
  };
  const signer: Signer =
    options.mode === 'keyless'
      ? new FulcioSigner({
          identityProvider: { getToken: async () => options.identityToken },
          fulcioBaseURL: options.fulcioUrl,
          ...fetchOptions,
        })
      : new KeySigner(options.privateKey);
  const witnesses: Witness[] = [];
  if (options.rekorUrl)
    witnesses.push(
      new RekorWitness({ rekorBaseURL: options.rekorUrl, entryType: 'dsse', majorApiVersion: 1, ...fetchOptions }),
    );
  if (options.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: options.tsaUrl, ...fetchOptions }));
  if (options.mode === 'keyless' && witnesses.length === 0) {
    throw new ConfigurationError(
      'invalid-input',
      'Keyless signing needs a transparency log (rekor-url) or a timestamp authority (tsa-url): a short-lived certificate cannot be verified without a signed time.',
      undefined,
      'Set rekor-url or tsa-url.',
    );
  }
  // certificateChain false: bundle v0.3, which carries the leaf certificate only.
  const builder = new DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
  try {
    const bundle = await builder.create({ data: payload, type: payloadType });
    return bundleToJSON(bundle);
  } catch (error) {
    throw new ConfigurationError('signing-failed', `Signing failed: ${describeSigningError(error, options)}`);
  }
}

function describeSigningError(error: unknown, options: SigningOptions): string {
  const e = error as { code?: string; message?: string; cause?: { message?: string; statusCode?: number } };
  const cause = e.cause?.message ? ` (${e.cause.message})` : '';
  switch (e.code) {
    case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
      return `Fulcio at ${options.fulcioUrl} did not issue a signing certificate${cause}.`;
    case 'TLOG_CREATE_ENTRY_ERROR':
      return `Rekor at ${options.rekorUrl} did not log the signature${cause}.`;
    case 'TSA_CREATE_TIMESTAMP_ERROR':
      return `the timestamp authority at ${options.tsaUrl} did not timestamp the signature${cause}.`;
    default:
      return `${e.message ?? String(error)}${cause}`;
  }
}

/** A hint naming a public key: the hex sha256 of its SPKI DER encoding. */
export function publicKeyHint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** Signs with a local P-256 (ECDSA SHA-256, DER signature) or Ed25519 key. */
export class KeySigner implements Signer {
  private readonly publicKeyPem: string;
  private readonly hint: string;
  constructor(private readonly privateKey: KeyObject) {
    assertSupportedKey(privateKey, 'signing-key');
    this.publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
    this.hint = publicKeyHint(privateKey);
  }

  async sign(data: Buffer): Promise<Signature> {
    const algorithm = this.privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    const signature = cryptoSign(algorithm, data, this.privateKey);
    return { signature, key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.hint } };
  }
}

function assertSupportedKey(key: KeyObject, name: string): void {
  const type = key.asymmetricKeyType;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (type === 'ed25519' || (type === 'ec' && curve === 'prime256v1')) return;
  throw new ConfigurationError(
    'unsupported-key',
    `Input "${name}" is a ${type === 'ec' ? `${type} ${curve ?? ''}`.trim() : (type ?? 'unknown')} key; only ECDSA P-256 and Ed25519 keys are supported.`,
    undefined,
    'Generate one with: openssl genpkey -algorithm ed25519 (or -algorithm EC -pkeyopt ec_paramgen_curve:P-256).',
  );
}

/**
 * Reads `signing-key`: the PEM text itself (from a secret) or the path of a PEM file. An unreadable
 * file, a non-PEM value, an encrypted key or an unsupported algorithm is one ConfigurationError; the
 * key's content is never echoed.
 */
export function loadSigningKey(raw: string, workspace: string): KeyObject {
  const value = raw.trim();
  let pem: string;
  let where: string;
  if (value.startsWith('-----BEGIN')) {
    pem = value;
    where = 'The "signing-key" value';
  } else {
    const path = isAbsolute(value) ? value : resolve(workspace, value);
    where = `signing-key file ${value}`;
    try {
      pem = readTextFile(path, { displayName: value, kind: 'signing key', maxBytes: 64 * 1024, workspace });
    } catch (error) {
      // Not a file: PEM text that lost its header, or a typo. Either way the value is not quoted.
      if (isConfigurationError(error) && error.code !== 'missing-file') throw error;
      throw new ConfigurationError(
        'unreadable-key',
        `signing-key ${value} is neither a PEM private key nor a readable file.`,
        { file: value },
        'Pass the PEM text (e.g. from a secret) or the path of a PEM file.',
      );
    }
  }
  if (/ENCRYPTED/.test(pem)) {
    throw new ConfigurationError(
      'unreadable-key',
      `${where} is an encrypted private key; passphrases are not supported.`,
      undefined,
      'Store the key unencrypted in a secret.',
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new ConfigurationError(
      'unreadable-key',
      `${where} is not a PEM private key.`,
      undefined,
      'Give a "-----BEGIN PRIVATE KEY-----" (PKCS#8) or "-----BEGIN EC PRIVATE KEY-----" key.',
    );
  }
  assertSupportedKey(key, 'signing-key');
  return key;
}
