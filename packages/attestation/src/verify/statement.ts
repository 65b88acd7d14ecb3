export {
  checkPredicateConsistency,
  GITHUB_BUILD_TYPES,
  isProvenance,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
} from './predicate.js';
/** The predicate-type that admits a message signature (a signature over the artifact itself, no statement). */
export const MESSAGE_SIGNATURE = 'message-signature';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];

export const SBOM_PREDICATE_TYPES = [
  /^https:\/\/cyclonedx\.org\/bom(\/v[\d.]+)?$/,
  /^https:\/\/spdx\.dev\/Document(\/v[\d.]+)?$/,
];

export type DigestAlgorithm = 'sha256' | 'sha512';
export const DIGEST_LENGTHS: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 };

/** What is being released: a file (both digests) or a digest the user gave. */
export interface ArtifactSubject {
  name: string;
  /** The file, when the artifact was given as one (a message signature is verified over its bytes). */
  file?: string;
  digests: Partial<Record<DigestAlgorithm, string>>;
}

export interface Statement {
  type: string;
  subjects: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: string;
  predicate: unknown;
}

/** Parses a DSSE payload as an in-toto statement; the reason when it is not one. */
export function parseStatement(payloadType: string, payload: Buffer): Statement | string {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return `payloadType is ${JSON.stringify(payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`;
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch (error) {
    return `the payload is not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return 'the payload is not a JSON object';
  const object = json as Record<string, unknown>;
  if (typeof object._type !== 'string' || !STATEMENT_TYPES.includes(object._type)) {
    return `_type is ${JSON.stringify(object._type ?? null)}, not an in-toto statement (${STATEMENT_TYPES.join(' or ')})`;
  }
  if (typeof object.predicateType !== 'string' || !object.predicateType) return 'the statement has no predicateType';
  if (!Array.isArray(object.subject) || object.subject.length === 0) return 'the statement has no subject';
  const subjects: Statement['subjects'] = [];
  for (const item of object.subject) {
    const entry = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const digest = entry.digest && typeof entry.digest === 'object' ? (entry.digest as Record<string, unknown>) : {};
    const clean: Record<string, string> = {};
    for (const [algorithm, value] of Object.entries(digest))
      if (typeof value === 'string') clean[algorithm] = value.toLowerCase();
    subjects.push({ name: typeof entry.name === 'string' ? entry.name : '', digest: clean });
  }
  return { type: object._type, subjects, predicateType: object.predicateType, predicate: object.predicate };
}

/** The statement subject that names this artifact by a digest both sides have, if any. */
export function findSubject(
  statement: Statement,
  artifact: ArtifactSubject,
): Statement['subjects'][number] | undefined {
  return statement.subjects.find((subject) =>
    (Object.keys(artifact.digests) as DigestAlgorithm[]).some(
      (algorithm) =>
        subject.digest[algorithm] !== undefined && subject.digest[algorithm] === artifact.digests[algorithm],
    ),
  );
}

export function formatDigest(digests: Partial<Record<string, string>>): string {
  if (digests.sha256) return `sha256:${digests.sha256}`;
  const [algorithm, value] = Object.entries(digests)[0] ?? [];
  return algorithm ? `${algorithm}:${value}` : '(no digest)';
}

export function isSbom(predicateType: string): boolean {
  return SBOM_PREDICATE_TYPES.some((pattern) => pattern.test(predicateType));
}
