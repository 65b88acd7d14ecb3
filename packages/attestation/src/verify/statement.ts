import type { FulcioExtensions } from './certificate.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
/** GitHub's build type, and the older one slsa-github-generator and early attest-build-provenance wrote. */
export const GITHUB_BUILD_TYPES = [
  'https://actions.github.io/buildtypes/workflow/v1',
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
];
/** slsa-github-generator's SLSA v0.2 build types: generic@v1, container@v1, go@v1, the delegator's @v1. */
const GENERATOR_V02_BUILD_TYPE = /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator(\/[a-z0-9_-]+)?@v\d+$/;
export const SBOM_PREDICATE_TYPES = [
  /^https:\/\/cyclonedx\.org\/bom(\/v[\d.]+)?$/,
  /^https:\/\/spdx\.dev\/Document(\/v[\d.]+)?$/,
];

export type DigestAlgorithm = 'sha256' | 'sha512';
export const DIGEST_LENGTHS: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 };

/** What is being released: a file (both digests) or a digest the user gave. */
export interface ArtifactSubject {
  name: string;
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

export function isProvenance(predicateType: string): boolean {
  return predicateType === SLSA_PROVENANCE_V1 || predicateType === SLSA_PROVENANCE_V02;
}

export function isSbom(predicateType: string): boolean {
  return SBOM_PREDICATE_TYPES.some((pattern) => pattern.test(predicateType));
}

export interface ConsistencyResult {
  passed: boolean;
  /** What was compared, or why it is not consistent. */
  detail: string;
}

function get(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `https://github.com/o/r/.github/workflows/x.yml@refs/heads/main` -> `.github/workflows/x.yml`. */
function workflowPathOf(uri: string | undefined, repositoryUri: string | undefined): string | undefined {
  if (!uri || !repositoryUri) return undefined;
  const withoutRef = uri.split('@')[0]!;
  const prefix = `${repositoryUri}/`;
  return withoutRef.toLowerCase().startsWith(prefix.toLowerCase()) ? withoutRef.slice(prefix.length) : undefined;
}

/**
 * Is the provenance predicate consistent with the certificate? Identity comes from the certificate;
 * the predicate must not claim another repository, ref, commit, workflow or builder. Accepts GitHub's
 * two build types (SLSA v1) and slsa-github-generator's SLSA v0.2 predicates.
 */
export function checkPredicateConsistency(statement: Statement, certificate: FulcioExtensions): ConsistencyResult {
  if (!certificate.sourceRepositoryUri) {
    return {
      passed: false,
      detail:
        'the certificate carries no GitHub Actions source claims (1.3.6.1.4.1.57264.1.12), so the provenance cannot be tied to a build',
    };
  }
  const mismatches: string[] = [];
  const compared: string[] = [];
  const compare = (
    what: string,
    claimed: string | undefined,
    certified: string | undefined,
    required = false,
  ): void => {
    if (claimed === undefined || certified === undefined) {
      if (required)
        mismatches.push(
          `${what}: the predicate ${claimed === undefined ? 'does not say' : `says ${claimed}`}, the certificate ${certified === undefined ? 'does not say' : `says ${certified}`}`,
        );
      return;
    }
    compared.push(what);
    if (claimed.toLowerCase() !== certified.toLowerCase())
      mismatches.push(`${what}: the predicate says ${claimed}, the certificate says ${certified}`);
  };
  const predicate = statement.predicate;
  const workflowPath = workflowPathOf(certificate.buildConfigUri, certificate.sourceRepositoryUri);

  if (statement.predicateType === SLSA_PROVENANCE_V1) {
    const buildType = text(get(predicate, 'buildDefinition', 'buildType'));
    if (!buildType || !GITHUB_BUILD_TYPES.includes(buildType)) {
      return {
        passed: false,
        detail: `build type ${JSON.stringify(buildType ?? null)} is not a GitHub Actions build type (${GITHUB_BUILD_TYPES.join(', ')})`,
      };
    }
    const workflow = get(predicate, 'buildDefinition', 'externalParameters', 'workflow');
    compare('repository', text(get(workflow, 'repository')), certificate.sourceRepositoryUri, true);
    compare('ref', text(get(workflow, 'ref')), certificate.sourceRepositoryRef, true);
    compare('workflow path', text(get(workflow, 'path')), workflowPath);
    const dependencies = get(predicate, 'buildDefinition', 'resolvedDependencies');
    const source = Array.isArray(dependencies)
      ? dependencies.find((d) => text(get(d, 'uri'))?.startsWith('git+'))
      : undefined;
    compare('commit', text(get(source, 'digest', 'gitCommit')), certificate.sourceRepositoryDigest);
    compare('builder', text(get(predicate, 'runDetails', 'builder', 'id')), certificate.buildSignerUri);
    compare(
      'runner environment',
      text(get(predicate, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')),
      certificate.runnerEnvironment,
    );
    compare('invocation', text(get(predicate, 'runDetails', 'metadata', 'invocationId')), certificate.runInvocationUri);
  } else if (statement.predicateType === SLSA_PROVENANCE_V02) {
    const buildType = text(get(predicate, 'buildType'));
    if (!buildType || !GENERATOR_V02_BUILD_TYPE.test(buildType)) {
      return {
        passed: false,
        detail: `build type ${JSON.stringify(buildType ?? null)} is not slsa-github-generator's (https://github.com/slsa-framework/slsa-github-generator/<builder>@v1)`,
      };
    }
    const configSource = get(predicate, 'invocation', 'configSource');
    const uri = text(get(configSource, 'uri'));
    const expectedUri = certificate.sourceRepositoryRef
      ? `git+${certificate.sourceRepositoryUri}@${certificate.sourceRepositoryRef}`
      : undefined;
    compare('source', uri, expectedUri, true);
    compare('commit', text(get(configSource, 'digest', 'sha1')), certificate.sourceRepositoryDigest, true);
    compare('workflow path', text(get(configSource, 'entryPoint')), workflowPath);
    compare('builder', text(get(predicate, 'builder', 'id')), certificate.buildSignerUri, true);
  } else {
    return { passed: true, detail: `not a provenance predicate (${statement.predicateType}): nothing to compare` };
  }
  if (mismatches.length) return { passed: false, detail: mismatches.join('; ') };
  return { passed: true, detail: `${compared.join(', ')} match the certificate` };
}
