// GitHub's artifact attestations endpoints on the GitHub fake: store a Sigstore bundle with a
// repository, list them by subject digest for the repository or its organization. Shapes follow
// GitHub's OpenAPI description (checked in test/attest-provenance).
import { json, notFound, unprocessable, type FakeRequest, type FakeResponse, type GitHubFake } from './index.js';

export interface StoredAttestationRecord {
  id: number;
  /** owner/name the attestation was stored with. */
  repository: string;
  repositoryId: number;
  bundle: Record<string, unknown>;
  /** `sha256:<hex>` of every subject of the statement. */
  subjectDigests: string[];
  predicateType: string;
}

export interface AttestationsState {
  stored: StoredAttestationRecord[];
  /**
   * When set, the list answers as github.com now does: `bundle_url` (this function's URL for the
   * record, e.g. a blob server the test runs) and `initiator`, without the inline `bundle`.
   */
  bundleUrl?: (record: StoredAttestationRecord) => string;
}

/** GitHub's short names for `predicate_type`. */
const PREDICATE_ALIASES: Record<string, string[]> = {
  provenance: ['https://slsa.dev/provenance/v1'],
  sbom: ['https://cyclonedx.org/bom', 'https://spdx.dev/Document'],
};

function statementOf(
  bundle: Record<string, unknown>,
): { subject?: Array<{ digest?: Record<string, string> }>; predicateType?: string } | undefined {
  const envelope = bundle.dsseEnvelope as { payload?: unknown; payloadType?: unknown } | undefined;
  if (!envelope || typeof envelope.payload !== 'string' || envelope.payloadType !== 'application/vnd.in-toto+json')
    return undefined;
  try {
    return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as ReturnType<typeof statementOf>;
  } catch {
    return undefined;
  }
}

function list(request: FakeRequest, records: StoredAttestationRecord[], state: AttestationsState): FakeResponse {
  const digest = (request.params.subject_digest ?? '').toLowerCase();
  const wanted = request.query.get('predicate_type');
  const types = wanted ? (PREDICATE_ALIASES[wanted] ?? [wanted]) : undefined;
  const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 30) || 30));
  const found = records
    .filter((r) => r.subjectDigests.includes(digest) && (!types || types.includes(r.predicateType)))
    .slice(0, perPage);
  if (found.length === 0) return notFound();
  const bundleUrl = state.bundleUrl;
  return json({
    attestations: found.map((r) =>
      bundleUrl
        ? { bundle_url: bundleUrl(r), repository_id: r.repositoryId, initiator: 'user' }
        : { bundle: r.bundle, repository_id: r.repositoryId },
    ),
  });
}

/** Installs POST/GET /repos/{owner}/{repo}/attestations[/{subject_digest}] and GET /orgs/{org}/attestations/{subject_digest}. */
export function installAttestations(fake: GitHubFake): AttestationsState {
  const state: AttestationsState = { stored: [] };
  fake.route('POST', '/repos/{owner}/{repo}/attestations', (request) => {
    const bundle = (request.body as { bundle?: unknown } | undefined)?.bundle;
    if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle))
      return unprocessable('Invalid request.\n\n"bundle" wasn\'t supplied.');
    const record = bundle as Record<string, unknown>;
    if (typeof record.mediaType !== 'string' || !record.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
      return unprocessable('Invalid bundle: unknown mediaType.');
    if (typeof record.verificationMaterial !== 'object' || record.verificationMaterial === null)
      return unprocessable('Invalid bundle: no verificationMaterial.');
    const statement = statementOf(record);
    if (!statement?.subject?.length || typeof statement.predicateType !== 'string')
      return unprocessable('Invalid bundle: the DSSE payload is not an in-toto statement.');
    const fullName = `${request.params.owner}/${request.params.repo}`;
    const repository = fake.repo(fullName);
    const id = state.stored.length + 1;
    state.stored.push({
      id,
      repository: fullName,
      repositoryId: repository.id,
      bundle: record,
      subjectDigests: statement.subject.flatMap((s) =>
        s.digest?.sha256 ? [`sha256:${s.digest.sha256.toLowerCase()}`] : [],
      ),
      predicateType: statement.predicateType,
    });
    return json({ id }, 201);
  });
  fake.route('GET', '/repos/{owner}/{repo}/attestations/{subject_digest}', (request) => {
    const fullName = `${request.params.owner}/${request.params.repo}`.toLowerCase();
    return list(
      request,
      state.stored.filter((r) => r.repository.toLowerCase() === fullName),
      state,
    );
  });
  fake.route('GET', '/orgs/{org}/attestations/{subject_digest}', (request) => {
    const org = (request.params.org ?? '').toLowerCase();
    return list(
      request,
      state.stored.filter((r) => r.repository.toLowerCase().startsWith(`${org}/`)),
      state,
    );
  });
  return state;
}
