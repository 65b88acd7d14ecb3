// in-toto Statement v1 and the SLSA provenance v1 predicate, in the shape GitHub's own attestation
// action produces (so `gh attestation verify` and every Sigstore verifier read ours the same way).
import { PROJECT_URL, TOOL_NAME, VERSION } from '@paved-road/core';
import type { Subject } from './subjects.js';

export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub Actions workflow build type (https://actions.github.io/buildtypes/workflow/v1). */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** Our build type for builds outside GitHub Actions: facts the signer asserts, no platform vouches. */
export const LOCAL_BUILD_TYPE = `${PROJECT_URL}/blob/main/actions/attest-provenance/README.md#local-builds`;
export const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
export const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';

export interface Statement<P = unknown> {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: Subject[];
  predicateType: string;
  predicate: P;
}

/**
 * The claims of a GitHub Actions OIDC token that provenance is built from. Names as GitHub issues
 * them; every one is a string.
 */
export interface GitHubClaims {
  iss: string;
  sub: string;
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  ref: string;
  sha: string;
  workflow_ref: string;
  job_workflow_ref: string;
  event_name: string;
  run_id: string;
  run_attempt: string;
  runner_environment: string;
  repository_visibility?: string;
  [claim: string]: unknown;
}

/** The claims buildProvenanceStatement needs; a token without them cannot describe a build. */
export const REQUIRED_CLAIMS = [
  'repository',
  'repository_id',
  'repository_owner_id',
  'ref',
  'sha',
  'workflow_ref',
  'job_workflow_ref',
  'event_name',
  'run_id',
  'run_attempt',
  'runner_environment',
] as const;

/** What is known about a build outside GitHub Actions (from git and the environment). */
export interface LocalBuild {
  /** The source repository (its remote URL, credentials removed), when known. */
  repositoryUri?: string;
  ref?: string;
  commit?: string;
  /** True when the working tree had uncommitted changes. */
  dirty?: boolean;
  /** Where it ran: `ci` name when a CI variable says so, else `local`. */
  environment?: string;
  startedOn?: string;
}

export type BuildSource =
  { kind: 'github'; claims: GitHubClaims; serverUrl: string } | { kind: 'local'; build: LocalBuild };

export interface ProvenancePredicate {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters?: Record<string, unknown>;
    resolvedDependencies?: Array<{ uri?: string; digest: Record<string, string> }>;
  };
  runDetails: {
    builder: { id: string; version?: Record<string, string> };
    metadata?: { invocationId?: string; startedOn?: string };
  };
}

/** An in-toto statement about `subjects` with any predicate. */
export function buildStatement<P>(subjects: readonly Subject[], predicateType: string, predicate: P): Statement<P> {
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.digest.sha256 } })),
    predicateType,
    predicate,
  };
}

/** The SLSA provenance v1 predicate for a GitHub Actions run, from its (verified) OIDC claims. */
export function githubProvenancePredicate(claims: GitHubClaims, serverUrl: string): ProvenancePredicate {
  const server = serverUrl.replace(/\/+$/, '');
  // workflow_ref is `owner/repo/.github/workflows/x.yml@ref`; a ref may itself contain `@`.
  const [workflowPath = '', ...refParts] = claims.workflow_ref.replace(`${claims.repository}/`, '').split('@');
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: refParts.join('@'), repository: `${server}/${claims.repository}`, path: workflowPath },
      },
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment,
        },
      },
      resolvedDependencies: [
        { uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } },
      ],
    },
    runDetails: {
      // job_workflow_ref names the workflow file that defines the job: a reusable workflow is the builder.
      builder: { id: `${server}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
      },
    },
  };
}

/** The predicate for a build outside GitHub Actions: says so, and fills only what is known. */
export function localProvenancePredicate(build: LocalBuild): ProvenancePredicate {
  const source: Record<string, unknown> = {};
  if (build.repositoryUri) source.repository = build.repositoryUri;
  if (build.ref) source.ref = build.ref;
  const predicate: ProvenancePredicate = {
    buildDefinition: {
      buildType: LOCAL_BUILD_TYPE,
      externalParameters: { source },
      internalParameters: {
        local: {
          environment: build.environment ?? 'local',
          note: 'Built outside GitHub Actions: these facts are asserted by the holder of the signing key, not by a build platform.',
          ...(build.dirty !== undefined ? { uncommittedChanges: build.dirty } : {}),
        },
      },
      resolvedDependencies: [],
    },
    runDetails: {
      builder: { id: `${PROJECT_URL}/local-build`, version: { [TOOL_NAME]: VERSION } },
      ...(build.startedOn ? { metadata: { startedOn: build.startedOn } } : {}),
    },
  };
  if (build.commit) {
    // Without a remote there is no URI to name the source by; the commit alone still pins it.
    predicate.buildDefinition.resolvedDependencies = [
      build.repositoryUri
        ? { uri: `git+${build.repositoryUri}${build.ref ? `@${build.ref}` : ''}`, digest: { gitCommit: build.commit } }
        : { digest: { gitCommit: build.commit } },
    ];
  }
  return predicate;
}

/** An in-toto Statement v1 with a SLSA provenance v1 predicate for `subjects`. */
export function buildProvenanceStatement(
  subjects: readonly Subject[],
  source: BuildSource,
): Statement<ProvenancePredicate> {
  const predicate =
    source.kind === 'github'
      ? githubProvenancePredicate(source.claims, source.serverUrl)
      : localProvenancePredicate(source.build);
  return buildStatement(subjects, SLSA_PROVENANCE_V1, predicate);
}
