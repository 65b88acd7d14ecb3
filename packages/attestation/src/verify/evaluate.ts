import {
  isBundleWithDsseEnvelope,
  isBundleWithMessageSignature,
  type Bundle,
  type BundleWithMessageSignature,
} from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { X509Certificate } from '@sigstore/core';
import { readFileBytes } from '@paved-road/core';
import { toSignedEntity, VerificationError, Verifier } from '@sigstore/verify';
import { checkBundleFormat, type RawBundle } from './bundles.js';
import { certificateIdentity, describeInstance, type CertificateIdentity } from './certificate.js';
import { identityChecks, keyChecks, type Check, type ReleasePolicy } from './identity.js';
import {
  checkPredicateConsistency,
  findSubject,
  formatDigest,
  IN_TOTO_PAYLOAD_TYPE,
  isProvenance,
  isSbom,
  parseStatement,
  MESSAGE_SIGNATURE,
  type ArtifactSubject,
  type DigestAlgorithm,
  type Statement,
} from './statement.js';
import { requestedFields } from './predicate.js';
import { hasIssuer, isLogFree, isSctFree, type Trust } from './trust.js';

/** Checks that no policy exception can waive: they are what makes a signature mean anything. */
export const UNWAIVABLE_CHECKS = ['bundle-format', 'sigstore-verification', 'statement', 'subject-digest'];

export interface EvaluatedAttestation {
  source: string;
  mediaType: string;
  /** What the attestation is for: the policy's predicate type, or an SBOM (require-sbom). */
  role: 'provenance' | 'sbom' | 'other';
  predicateType?: string;
  identity?: CertificateIdentity;
  statement?: Statement;
  /** Names of the artifact subjects the statement covers. */
  covers: string[];
  checks: Check[];
  passed: boolean;
  /** The bundle as given, for gh-shaped output. */
  bundle?: unknown;
  /** The signing times that verified (log entries' integrated times, TSA timestamps), as gh reports them. */
  verifiedTimestamps?: Array<{ type: 'Tlog' | 'TimestampAuthority'; uri: string; timestamp: string }>;
  /** Set once every bundle of the run is evaluated (see statusOf). */
  status?: AttestationStatus;
  statusReason?: string;
}

/**
 * What one bundle of the input came to. `failed`: it did not verify cryptographically (or is not a
 * bundle), which fails the run whatever else verified; `not applicable`: it verified but is about
 * another artifact or predicate type, so it decides nothing; `rejected`: it applies but a policy
 * check failed; `verified`: it applies and every check passed.
 */
export type AttestationStatus = 'verified' | 'rejected' | 'not applicable' | 'failed';

/** The checks that make a bundle cryptographically verified: a failure here fails the whole run. */
const CRYPTOGRAPHIC_CHECKS = ['bundle-format', 'sigstore-verification', 'statement'];

export function statusOf(
  attestation: EvaluatedAttestation,
  requireSbom: boolean,
): { status: AttestationStatus; reason: string } {
  const broken = attestation.checks.find((c) => CRYPTOGRAPHIC_CHECKS.includes(c.name) && !c.passed);
  if (broken) return { status: 'failed', reason: `${broken.name}: ${broken.actual}` };
  if (!attestation.covers.length)
    return { status: 'not applicable', reason: 'its subjects are not the artifact(s) verified' };
  if (attestation.role === 'other' || (attestation.role === 'sbom' && !requireSbom))
    return {
      status: 'not applicable',
      reason: `predicate type ${attestation.predicateType ?? attestation.mediaType} is not the one the policy asks for`,
    };
  const failed = attestation.checks.filter((c) => !c.passed).map((c) => c.name);
  if (failed.length) return { status: 'rejected', reason: `failed ${failed.join(', ')}` };
  return { status: 'verified', reason: 'every check passed' };
}

export interface EvaluateContext {
  trust: Trust;
  verifier: Verifiers;
  policy: ReleasePolicy;
  subjects: readonly ArtifactSubject[];
}

export interface Verifiers {
  /** One transparency-log entry, one SCT and one timestamp (the log's integrated time or a TSA's). */
  logged: Verifier;
  /** For instances whose trusted root lists no log (GitHub's, private repositories): one SCT and one signed timestamp. */
  logFree: Verifier;
  /** For roots that list no CT log either (GitHub's instance embeds no SCT): the chain and a signed timestamp. */
  timestampOnly: Verifier;
  /**
   * Key-mode bundles checked against the public-key given: the key is the trust, and a key has no
   * validity period that a signing time must fall in, so a bundle signed offline (air-gapped, no
   * log) verifies. Log entries and timestamps that are present are still verified.
   */
  keyed: Verifier;
}

export function createVerifier(trust: Trust): Verifiers {
  return {
    logged: new Verifier(trust.material, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }),
    logFree: new Verifier(trust.material, { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 }),
    timestampOnly: new Verifier(trust.material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 }),
    keyed: new Verifier(trust.material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }),
  };
}

const SIGSTORE_EXPECTED =
  'signature valid; certificate chains to a trusted Fulcio CA with an SCT; transparency-log entry (proof or promise) or signed timestamp';

/** Evaluates one bundle against the trust, the subjects and the policy; never throws. */
export function evaluateBundle(raw: RawBundle, context: EvaluateContext): EvaluatedAttestation {
  const checks: Check[] = [];
  const result: EvaluatedAttestation = {
    source: raw.source,
    mediaType: '(none)',
    role: 'other',
    covers: [],
    checks,
    passed: false,
    bundle: raw.json,
  };
  const skip = (names: string[], reason: string): EvaluatedAttestation => {
    for (const name of names) checks.push({ name, expected: '-', actual: `not checked: ${reason}`, passed: false });
    return result;
  };
  const later = ['sigstore-verification', 'statement', 'subject-digest', 'predicate-type', 'certificate-oidc-issuer'];

  // 1. Well-formed for its media type.
  const format = checkBundleFormat(raw.json);
  result.mediaType = format.mediaType;
  checks.push({
    name: 'bundle-format',
    expected: 'a well-formed Sigstore bundle v0.1, v0.2 or v0.3',
    actual: format.ok ? `${format.mediaType}` : format.problem!,
    passed: format.ok,
  });
  if (!format.ok || !format.bundle) return skip(later, 'the bundle is malformed');
  const bundle = format.bundle;

  // 2. Cryptography, all in @sigstore/verify with the explicit trust material.
  let leaf: X509Certificate | undefined;
  let identity: CertificateIdentity | undefined;
  let entity: ReturnType<typeof toSignedEntity>;
  // A message signature is over the artifact's bytes, so it is verified against the artifact file the
  // signed digest names; without that file there is nothing to verify it over.
  const message = isBundleWithMessageSignature(bundle) ? signedMessage(bundle, context.subjects) : undefined;
  if (message && !message.bytes) {
    checks.push({
      name: 'sigstore-verification',
      expected: `${SIGSTORE_EXPECTED} (trust: ${context.trust.description})`,
      actual: message.problem!,
      passed: false,
    });
    return skip(later.slice(1), 'the signature could not be verified');
  }
  try {
    entity = toSignedEntity(bundle, message?.bytes);
    if (entity.key.$case === 'certificate') {
      leaf = entity.key.certificate;
      identity = certificateIdentity(leaf);
      result.identity = identity;
    }
  } catch (error) {
    checks[0] = {
      ...checks[0]!,
      actual: `the certificate or timestamps do not parse: ${messageOf(error)}`,
      passed: false,
    };
    return skip(later, 'the bundle is malformed');
  }
  // The payloadType is signed with the payload (DSSE PAE), so a changed one fails the signature; it is
  // named here first, so that it is not reported in the same words as an altered signature or certificate.
  const sigstore =
    isBundleWithDsseEnvelope(bundle) && bundle.content.dsseEnvelope.payloadType !== IN_TOTO_PAYLOAD_TYPE
      ? {
          passed: false,
          detail: `the DSSE payloadType is ${JSON.stringify(bundle.content.dsseEnvelope.payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}: an attestation's payloadType is signed, so a changed one is not verified`,
        }
      : verifySignature(bundle, entity, leaf, identity, context);
  checks.push({
    name: 'sigstore-verification',
    expected: `${SIGSTORE_EXPECTED} (trust: ${context.trust.description})`,
    actual: sigstore.detail,
    passed: sigstore.passed,
  });
  if (!sigstore.passed) return skip(later.slice(2), 'the signature did not verify');
  result.verifiedTimestamps = entity.timestamps.map((t) =>
    t.$case === 'transparency-log'
      ? { type: 'Tlog', uri: '', timestamp: new Date(Number(t.tlogEntry.integratedTime) * 1000).toISOString() }
      : { type: 'TimestampAuthority', uri: '', timestamp: t.timestamp.signingTime.toISOString() },
  );

  // 3. The in-toto statement and its subjects; a message signature has none, it signs the artifact itself.
  if (message) {
    checks.push({
      name: 'statement',
      expected: 'an in-toto statement (application/vnd.in-toto+json), or a message signature over the artifact',
      actual: `a message signature over ${message.digest}: no statement`,
      passed: true,
    });
    result.covers.push(message.subject!.name);
    checks.push({
      name: 'subject-digest',
      expected: subjectList(context.subjects),
      actual: `the signed message is ${message.subject!.name} (${message.digest})`,
      passed: true,
    });
    result.role = context.policy.predicateType === MESSAGE_SIGNATURE ? 'provenance' : 'other';
    checks.push({
      name: 'predicate-type',
      expected: context.policy.predicateType,
      actual:
        result.role === 'provenance'
          ? MESSAGE_SIGNATURE
          : `none: a message signature carries no predicate (set predicate-type: ${MESSAGE_SIGNATURE} to admit a signature over the artifact itself)`,
      passed: result.role === 'provenance',
    });
    if (identity) checks.push(...identityChecks(context.policy, identity));
    else checks.push(...keyChecks(context.policy, undefined));
    result.passed = checks.every((c) => c.passed);
    return result;
  }
  if (!isBundleWithDsseEnvelope(bundle)) return skip(later.slice(2), 'no statement');
  const envelope = bundle.content.dsseEnvelope;
  const statement = parseStatement(envelope.payloadType, Buffer.from(envelope.payload));
  if (typeof statement === 'string') {
    checks.push({
      name: 'statement',
      expected: 'an in-toto statement (application/vnd.in-toto+json)',
      actual: statement,
      passed: false,
    });
    return skip(later.slice(3), 'no statement');
  }
  result.statement = statement;
  result.predicateType = statement.predicateType;
  result.role =
    statement.predicateType === context.policy.predicateType
      ? 'provenance'
      : isSbom(statement.predicateType)
        ? 'sbom'
        : 'other';
  checks.push({
    name: 'statement',
    expected: 'an in-toto statement (application/vnd.in-toto+json)',
    actual: `${statement.type} with ${statement.subjects.length} subject(s)`,
    passed: true,
  });

  const missing: string[] = [];
  for (const subject of context.subjects) {
    if (findSubject(statement, subject)) result.covers.push(subject.name);
    else missing.push(subject.name);
  }
  const listed =
    statement.subjects
      .slice(0, 3)
      .map((s) => `${s.name || '(unnamed)'} ${formatDigest(s.digest)}`)
      .join(', ') + (statement.subjects.length > 3 ? `, and ${statement.subjects.length - 3} more` : '');
  checks.push({
    name: 'subject-digest',
    expected: subjectList(context.subjects),
    actual: missing.length
      ? `no subject has the digest of ${missing.join(', ')}; the statement names ${listed}`
      : `covered by ${listed}`,
    passed: result.covers.length > 0,
  });

  // 4. Predicate type: the policy's, or an SBOM when one is required.
  const expectedType =
    result.role === 'sbom' && context.policy.requireSbom ? 'an SBOM (CycloneDX or SPDX)' : context.policy.predicateType;
  checks.push({
    name: 'predicate-type',
    expected: expectedType,
    actual: statement.predicateType,
    passed: result.role === 'provenance' || (result.role === 'sbom' && context.policy.requireSbom),
  });

  // 5. Who signed, from the certificate. Key-mode bundles have no certificate: the key is the identity.
  if (identity) checks.push(...identityChecks(context.policy, identity));
  else if (result.role === 'sbom')
    // The key is the signer; the source and signer inputs are about the build, checked on its provenance.
    checks.push(...keyChecks({ ...context.policy, ...NO_BUILD_INPUTS }, statement));
  else checks.push(...keyChecks(context.policy, statement));

  // 6. The predicate must agree with the certificate (provenance only).
  if (isProvenance(statement.predicateType) && identity) {
    const consistency = checkPredicateConsistency(
      statement,
      identity.extensions,
      requestedFields(context.policy),
      identity.subjectAlternativeName,
    );
    checks.push({
      name: 'predicate-consistency',
      expected: 'the predicate names the same repository, ref, commit, workflow and builder as the certificate',
      actual: consistency.detail,
      passed: consistency.passed,
    });
  }
  result.passed = checks.every((c) => c.passed);
  return result;
}

/** The policy inputs about the build (source and signer), unset: what an SBOM is not asked. */
const NO_BUILD_INPUTS: Partial<ReleasePolicy> = {
  certificateIdentity: undefined,
  certificateIdentityRegex: undefined,
  signerWorkflow: undefined,
  signerRepository: undefined,
  signerDigest: undefined,
  sourceRepository: undefined,
  sourceRef: undefined,
  sourceDigest: undefined,
  owner: undefined,
  denySelfHostedRunners: false,
  certificateOidcIssuerGiven: false,
};

/** Names the subjects for the subject-digest check. */
function subjectList(subjects: readonly ArtifactSubject[]): string {
  return subjects
    .map((s) => (s.name === formatDigest(s.digests) ? s.name : `${s.name} ${formatDigest(s.digests)}`))
    .join(', ');
}

const MESSAGE_DIGEST_ALGORITHMS: Record<number, DigestAlgorithm> = {
  [HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
  [HashAlgorithm.SHA2_256]: 'sha256',
  [HashAlgorithm.SHA2_512]: 'sha512',
};

/** The artifact a message signature names by its digest, and its bytes; or why they are not at hand. */
function signedMessage(
  bundle: BundleWithMessageSignature,
  subjects: readonly ArtifactSubject[],
): { digest: string; subject?: ArtifactSubject; bytes?: Buffer; problem?: string } {
  const hashed = bundle.content.messageSignature.messageDigest;
  const algorithm = MESSAGE_DIGEST_ALGORITHMS[hashed.algorithm];
  const hex = Buffer.from(hashed.digest).toString('hex');
  const digest = `${algorithm ?? `hash algorithm ${hashed.algorithm}`}:${hex}`;
  if (!algorithm)
    return { digest, problem: `the message digest's algorithm (${hashed.algorithm}) is not sha256 or sha512` };
  const subject = subjects.find((s) => s.digests[algorithm] === hex);
  if (!subject)
    return {
      digest,
      problem: `a message signature over ${digest}, which is not the digest of any artifact given (${subjectList(subjects)})`,
    };
  if (!subject.file)
    return {
      digest,
      subject,
      problem: `a message signature is verified over the artifact's bytes, and ${subject.name} was given by digest only: give the file as subject-path`,
    };
  // The verifier checks the signature over the bytes themselves, so they are read whole (bounded).
  const bytes = readFileBytes(subject.file, {
    displayName: subject.name,
    kind: 'artifact',
    maxBytes: MAX_SIGNED_BLOB_BYTES,
  });
  return { digest, subject, bytes };
}

/** Largest artifact a message signature is verified over (the whole artifact is held in memory). */
const MAX_SIGNED_BLOB_BYTES = 1024 * 1024 * 1024;

function verifySignature(
  bundle: Bundle,
  entity: ReturnType<typeof toSignedEntity>,
  leaf: X509Certificate | undefined,
  identity: CertificateIdentity | undefined,
  context: EvaluateContext,
): { passed: boolean; detail: string } {
  if (leaf && identity && !hasIssuer(context.trust, leaf)) {
    const roots = context.trust.instances.map((i) => describeInstance(i).replace(/'s$/, '')).join(', ') || 'none';
    return {
      passed: false,
      detail:
        `missing trusted root: the certificate was issued by ${identity.issuerName}, ${describeInstance(identity.instance)} CA, ` +
        `which is not in the trust given (${context.trust.description}; roots for: ${roots}). ` +
        (identity.instance === 'github'
          ? "Pass GitHub's trusted root as trusted-root (gh attestation trusted-root > trusted_root.jsonl)."
          : identity.instance === 'public-good'
            ? 'Add the Sigstore public-good trusted root to trusted-root.'
            : "Pass that instance's trusted_root.json as trusted-root."),
    };
  }
  if (!leaf && !context.trust.keyMode) {
    return { passed: false, detail: 'the bundle is signed with a public key, but no public-key was given' };
  }
  try {
    const verifier =
      leaf === undefined
        ? context.verifier.keyed
        : isSctFree(context.trust, leaf)
          ? context.verifier.timestampOnly
          : isLogFree(context.trust, leaf)
            ? context.verifier.logFree
            : context.verifier.logged;
    verifier.verify(entity);
  } catch (error) {
    return { passed: false, detail: diagnoseLogMismatch(bundle, leaf) ?? describeVerificationError(error, bundle) };
  }
  const entries = bundle.verificationMaterial.tlogEntries;
  const timestamps = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0;
  const log = entries
    .map(
      (e) =>
        `${e.kindVersion?.kind ?? '?'} entry ${e.logIndex} (${e.inclusionProof ? 'inclusion proof' : 'inclusion promise'})`,
    )
    .join(', ');
  const signer = identity
    ? ` signer ${identity.subjectAlternativeName ?? '(no SAN)'}, issued by ${identity.issuerName}`
    : ' signed with the public key given';
  return {
    passed: true,
    detail: `verified:${signer}; ${log || 'no log entry'}${timestamps ? `; ${timestamps} signed timestamp(s)` : ''}`,
  };
}

function decodeBase64Layers(value: string): Buffer[] {
  // intoto entries encode the signature and key twice; dsse and hashedrekord once.
  const layers: Buffer[] = [];
  let current = value;
  for (let i = 0; i < 2 && /^[A-Za-z0-9+/=\s-]+$/.test(current); i++) {
    const decoded = Buffer.from(current, 'base64');
    layers.push(decoded);
    current = decoded.toString('latin1');
  }
  return layers;
}

function collect(value: unknown, keys: readonly string[], found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collect(item, keys, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const content = item && typeof item === 'object' ? (item as Record<string, unknown>).content : undefined;
      if (keys.includes(key) && typeof item === 'string') found.push(item);
      else if (keys.includes(key) && typeof content === 'string') found.push(content);
      else collect(item, keys, found);
    }
  }
  return found;
}

/**
 * After a failed verification only: names the part that differs from what the transparency log
 * recorded (the certificate, or the signature), which the library reports in less specific terms
 * or behind an earlier failing step. It compares bytes; it never makes a failure pass.
 */
function diagnoseLogMismatch(bundle: Bundle, leaf: X509Certificate | undefined): string | undefined {
  const entry = bundle.verificationMaterial.tlogEntries[0];
  if (!entry || !isBundleWithDsseEnvelope(bundle)) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(entry.canonicalizedBody).toString('utf8'));
  } catch {
    return undefined;
  }
  if (leaf) {
    const verifiers = collect(body, ['verifier', 'publicKey']);
    const logged = verifiers
      .flatMap((v) => decodeBase64Layers(v))
      .map((pem) => pem.toString('utf8'))
      .filter((text) => text.includes('-----BEGIN CERTIFICATE-----'));
    if (logged.length && !logged.some((pem) => X509Certificate.parse(pem).equals(leaf))) {
      return 'the certificate is not the one the transparency log recorded for this signature (a swapped certificate)';
    }
  }
  const signature = Buffer.from(bundle.content.dsseEnvelope.signatures[0]?.sig ?? []);
  const signatures = collect(body, ['signature', 'sig']).flatMap((v) => decodeBase64Layers(v));
  if (signatures.length && !signatures.some((logged) => logged.equals(signature))) {
    return 'the signature is not the one the transparency log recorded (the signature was altered)';
  }
  return undefined;
}

/** A specific message for each way @sigstore/verify says no. */
export function describeVerificationError(error: unknown, bundle?: Bundle): string {
  if (!(error instanceof VerificationError)) return `verification failed: ${messageOf(error)}`;
  const detail = `${error.message}${error.cause ? ` (${messageOf(error.cause)})` : ''} [${error.code}]`;
  switch (error.code) {
    case 'SIGNATURE_ERROR':
      return `the signature does not verify over the ${bundle && isBundleWithDsseEnvelope(bundle) ? 'DSSE payload and payloadType' : 'message'}: the content or the signature was altered: ${detail}`;
    case 'CERTIFICATE_ERROR':
      return `the certificate does not chain to a trusted Fulcio CA, has no valid SCT, or was not valid at signing time: ${detail}`;
    case 'TLOG_BODY_ERROR':
      return `the transparency-log entry does not match the bundle (its signature, payload hash or certificate differ): ${detail}`;
    case 'TLOG_INCLUSION_PROMISE_ERROR':
      return `the transparency log's inclusion promise (signed entry timestamp) does not verify: the entry or its integrated time was altered: ${detail}`;
    case 'TLOG_INCLUSION_PROOF_ERROR':
      return `the transparency log's inclusion proof does not verify: ${detail}`;
    case 'TLOG_MISSING_INCLUSION_ERROR':
      return `a transparency-log entry has neither an inclusion proof nor a promise: ${detail}`;
    case 'TLOG_ERROR':
      if (/got 0/.test(error.message))
        return `no transparency-log entry: a Sigstore signature must be logged (log entries dropped?): ${detail}`;
      return `transparency log: ${detail}`;
    case 'TIMESTAMP_ERROR':
      if (/got 0/.test(error.message)) {
        return `no transparency-log entry or signed timestamp: the signing time cannot be established (log entries dropped?): ${detail}`;
      }
      return `a signed timestamp does not verify: it is not from a trusted timestamp authority or does not cover this signature: ${detail}`;
    case 'PUBLIC_KEY_ERROR':
      return `the public key does not verify the bundle: ${detail}`;
    default:
      return `verification failed: ${detail}`;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export { isProvenance };
