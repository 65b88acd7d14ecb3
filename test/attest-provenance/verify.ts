// Independent checks of what attest-provenance produced: @sigstore/verify against a trusted root
// (the FACTS recipe), plus the one thing it leaves to the caller: the artifact's digest must be a
// subject of the signed statement.
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type Signer } from '@sigstore/verify';

export interface Statement {
  _type: string;
  subject: Array<{ name: string; digest: { sha256: string } }>;
  predicateType: string;
  predicate: Record<string, any>;
}

export function statementOf(bundle: any): Statement {
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as Statement;
}

export interface KeylessPolicy {
  trustedRoot: unknown;
  identity: string;
  issuer: string;
}

/** Verifies a keyless bundle (Fulcio certificate, Rekor entry, SCT); throws when anything is off. */
export function verifyKeyless(bundle: unknown, policy: KeylessPolicy): Signer {
  const trust = toTrustMaterial(TrustedRoot.fromJSON(policy.trustedRoot));
  const verifier = new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: 1 });
  return verifier.verify(toSignedEntity(bundleFromJSON(bundle)), {
    subjectAlternativeName: policy.identity,
    extensions: { issuer: policy.issuer },
  });
}

const EMPTY_ROOT = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
};

/** Verifies a key-mode bundle with the signer's public key (found by the bundle's hint). */
export function verifyWithKey(
  bundle: any,
  publicKey: KeyObject,
  options: { trustedRoot?: unknown; tlogThreshold?: number; timestampThreshold?: number } = {},
): Signer {
  const spki = (publicKey.type === 'private' ? createPublicKey(publicKey) : publicKey).export({
    type: 'spki',
    format: 'der',
  });
  const hint = bundle.verificationMaterial?.publicKey?.hint as string;
  const keyDetails = publicKey.asymmetricKeyType === 'ed25519' ? 'PKIX_ED25519' : 'PKIX_ECDSA_P256_SHA_256';
  const root = TrustedRoot.fromJSON(options.trustedRoot ?? EMPTY_ROOT);
  const keys = { [hint]: { rawBytes: spki, keyDetails: keyDetails as any, validFor: { start: new Date(0) } } } as any;
  const trust = toTrustMaterial(root, keys);
  const tlogThreshold = options.tlogThreshold ?? 0;
  const timestampThreshold = options.timestampThreshold ?? tlogThreshold;
  const verifier = new Verifier(trust, { tlogThreshold, ctlogThreshold: 0, timestampThreshold });
  return verifier.verify(toSignedEntity(bundleFromJSON(bundle)));
}

/** The digest check @sigstore/verify leaves to callers. */
export function assertArtifactIsSubject(bundle: unknown, artifact: Buffer, name?: string): void {
  const digest = createHash('sha256').update(artifact).digest('hex');
  const subjects = statementOf(bundle).subject;
  if (!subjects.some((s) => s.digest.sha256 === digest && (name === undefined || s.name === name))) {
    throw new Error(`the artifact (sha256:${digest}) is not a subject of the statement`);
  }
}

/** True when `check` throws. */
export function fails(check: () => unknown): boolean {
  try {
    check();
    return false;
  } catch {
    return true;
  }
}
