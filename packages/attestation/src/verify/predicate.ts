// What a provenance predicate states about its build, read per builder shape, and how that compares
// with the certificate (keyless) or the policy (key mode, where the predicate is the only evidence).
import type { FulcioExtensions } from './certificate.js';
import { LOCAL_BUILD_TYPE } from '../statement.js';
import type { ReleasePolicy } from './identity.js';
import type { Statement } from './statement.js';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
/** slsa-github-generator's early BYOB builds wrote the SLSA v1.0 draft type with the v1 layout. */
export const SLSA_PROVENANCE_V1_DRAFT = 'https://slsa.dev/provenance/v1.0?draft';

/** Current actions/attest: builder.id is `<server>/<job_workflow_ref>`, the certificate's Build Signer URI. */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** Earlier attest-build-provenance and `npm publish --provenance`: builder.id is `<server>/actions/runner/<environment>`. */
export const GITHUB_RUNNER_BUILD_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
export const GITHUB_BUILD_TYPES = [GITHUB_WORKFLOW_BUILD_TYPE, GITHUB_RUNNER_BUILD_TYPE];
/** npm's SLSA v0.2 provenance: builder.id is `https://github.com/actions/runner`. */
const NPM_V02_BUILD_TYPE = /^https:\/\/github\.com\/npm\/cli\/gha\/v\d+$/;
/** slsa-github-generator's SLSA v0.2 build types: generic@v1, container@v1, go@v1, ... */
const GENERATOR_V02_BUILD_TYPE = /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/[a-z0-9_-]+@v\d+$/;
/** slsa-github-generator's BYOB: the delegator signs, builder.id names the builder it delegated to. */
const DELEGATOR_BUILD_TYPE =
  /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/delegator-[a-z0-9_-]+@v\d+$/;
/** slsa-github-generator's container-based builder. */
const CONTAINER_BUILD_TYPE = /^https:\/\/slsa\.dev\/container-based-build\/v[\d.]+(\?draft)?$/;
/** A delegator workflow's file name, as slsa-github-generator names them (delegator_generic_slsa3.yml, ...). */
const DELEGATOR_WORKFLOW = /\/\.github\/workflows\/delegator_[a-z0-9_-]+\.ya?ml@/i;
/** `https://github.com/actions/runner` with an optional runner environment (`/github-hosted`, `/self-hosted`). */
const RUNNER_BUILDER = /^https:\/\/[^/]+\/actions\/runner(?:\/([a-z-]+))?$/;

export function isProvenance(predicateType: string): boolean {
  return [SLSA_PROVENANCE_V1, SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1_DRAFT].includes(predicateType);
}

/** The build facts a predicate can state; each is compared with the certificate's extension of the same meaning. */
export type BuildField =
  'repository' | 'ref' | 'commit' | 'workflow path' | 'builder' | 'runner environment' | 'invocation';

/** A field as the predicate states it, or why it cannot be read (not stated, or in a form not known). */
export type Claim = { value: string; reason?: undefined } | { value?: undefined; reason: string };

/** How builder.id relates to the signer: equal to it, a runner environment, or a builder the signer delegated to. */
export type BuilderForm = 'signer' | 'runner' | 'delegated';

export interface PredicateClaims {
  /** The builder shape recognised, for the report: `actions/attest (workflow/v1)`, `BYOB delegator`, ... */
  shape: string;
  fields: Record<BuildField, Claim>;
  builderForm?: BuilderForm;
}

/** The policy inputs about a field the predicate can state: such a field not compared fails. */
export const INPUTS_OF_FIELD: Partial<Record<BuildField, string[]>> = {
  repository: ['source-repository', 'owner'],
  ref: ['source-ref'],
  commit: ['source-digest'],
  builder: ['signer-workflow', 'signer-repository'],
};

/** The fields the policy asks about, each with the inputs that ask. */
export function requestedFields(policy: ReleasePolicy): Map<BuildField, string[]> {
  const set: Record<string, unknown> = {
    'source-repository': policy.sourceRepository,
    owner: policy.owner,
    'source-ref': policy.sourceRef,
    'source-digest': policy.sourceDigest,
    'signer-workflow': policy.signerWorkflow,
    'signer-repository': policy.signerRepository,
  };
  const fields = new Map<BuildField, string[]>();
  for (const [field, inputs] of Object.entries(INPUTS_OF_FIELD) as Array<[BuildField, string[]]>) {
    const asking = inputs.filter((input) => set[input] !== undefined);
    if (asking.length) fields.set(field, asking);
  }
  return fields;
}

const FIELDS: BuildField[] = [
  'repository',
  'ref',
  'workflow path',
  'commit',
  'builder',
  'runner environment',
  'invocation',
];

function get(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `git+https://github.com/o/r@refs/tags/v1` -> repository and ref. */
function gitUri(uri: string | undefined): { repository?: string; ref?: string } {
  if (!uri?.startsWith('git+')) return {};
  const rest = uri.slice(4);
  const at = rest.lastIndexOf('@');
  if (at <= rest.indexOf('://')) return { repository: rest.replace(/\.git$/, '') };
  return { repository: rest.slice(0, at).replace(/\.git$/, ''), ref: rest.slice(at + 1) };
}

/** `o/r/.github/workflows/x.yml@ref` -> `.github/workflows/x.yml`. */
function workflowPathOfRef(workflowRef: string | undefined): string | undefined {
  const match = workflowRef ? /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef) : null;
  return match?.[1];
}

function claimsFrom(
  shape: string,
  stated: Partial<Record<BuildField, string | undefined>>,
  form?: BuilderForm,
): PredicateClaims {
  const fields = {} as Record<BuildField, Claim>;
  for (const field of FIELDS) {
    const value = stated[field];
    fields[field] = value !== undefined ? { value } : { reason: `the ${shape} predicate does not state it` };
  }
  return { shape, fields, ...(form ? { builderForm: form } : {}) };
}

function builderForm(builderId: string | undefined): { form: BuilderForm; runnerEnvironment?: string } {
  const runner = builderId ? RUNNER_BUILDER.exec(builderId) : null;
  if (runner) return { form: 'runner', ...(runner[1] ? { runnerEnvironment: runner[1] } : {}) };
  return { form: 'signer' };
}

/** Reads what the predicate states, by its builder shape; an unknown shape states nothing the gate can read. */
export function predicateClaims(statement: Statement): PredicateClaims {
  const predicate = statement.predicate;
  const unknown = (why: string): PredicateClaims => {
    const fields = {} as Record<BuildField, Claim>;
    for (const field of FIELDS) fields[field] = { reason: why };
    return { shape: 'unknown', fields };
  };
  if (statement.predicateType === SLSA_PROVENANCE_V1 || statement.predicateType === SLSA_PROVENANCE_V1_DRAFT) {
    const buildType = text(get(predicate, 'buildDefinition', 'buildType'));
    const builderId = text(get(predicate, 'runDetails', 'builder', 'id'));
    const invocation = text(get(predicate, 'runDetails', 'metadata', 'invocationId'));
    const dependencies = get(predicate, 'buildDefinition', 'resolvedDependencies');
    const gitDependency = Array.isArray(dependencies)
      ? dependencies.find((d) => text(get(d, 'uri'))?.startsWith('git+'))
      : undefined;
    if (buildType && GITHUB_BUILD_TYPES.includes(buildType)) {
      const workflow = get(predicate, 'buildDefinition', 'externalParameters', 'workflow');
      const builder = builderForm(builderId);
      return claimsFrom(
        buildType === GITHUB_WORKFLOW_BUILD_TYPE ? 'actions/attest (workflow/v1)' : 'GitHub Actions (runner/v1)',
        {
          repository: text(get(workflow, 'repository')),
          ref: text(get(workflow, 'ref')),
          'workflow path': text(get(workflow, 'path')),
          commit: text(get(gitDependency, 'digest', 'gitCommit')),
          builder: builderId,
          'runner environment':
            text(get(predicate, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')) ??
            builder.runnerEnvironment,
          invocation,
        },
        builder.form,
      );
    }
    if (buildType && DELEGATOR_BUILD_TYPE.test(buildType)) {
      // v1: the source is the git dependency; the v1.0 draft put it in externalParameters.source.
      const draftSource = get(predicate, 'buildDefinition', 'externalParameters', 'source', 'artifact');
      const source = gitDependency ?? draftSource;
      const { repository, ref } = gitUri(text(get(source, 'uri')));
      const internal = get(predicate, 'buildDefinition', 'internalParameters');
      return claimsFrom(
        'slsa-github-generator BYOB delegator',
        {
          repository,
          ref,
          commit: text(get(source, 'digest', 'gitCommit')) ?? text(get(source, 'digest', 'sha1')),
          'workflow path':
            text(get(predicate, 'buildDefinition', 'externalParameters', 'workflowPath', 'value')) ??
            workflowPathOfRef(text(get(internal, 'GITHUB_WORKFLOW_REF'))),
          builder: builderId,
          invocation,
        },
        'delegated',
      );
    }
    if (buildType === LOCAL_BUILD_TYPE) {
      // attest-provenance outside GitHub Actions: the source as the key holder's checkout saw it.
      const source = get(predicate, 'buildDefinition', 'externalParameters', 'source');
      const stated = claimsFrom('paved-road local build', {
        repository: text(get(source, 'repository')),
        ref: text(get(source, 'ref')),
        commit: text(get(gitDependency, 'digest', 'gitCommit')),
      });
      stated.fields.builder = { reason: 'a local build names no signing workflow' };
      return stated;
    }
    if (buildType && CONTAINER_BUILD_TYPE.test(buildType)) {
      const source = get(predicate, 'buildDefinition', 'externalParameters', 'source');
      const { repository, ref } = gitUri(text(get(source, 'uri')));
      return claimsFrom(
        'slsa-github-generator container-based',
        {
          repository,
          ref,
          commit: text(get(source, 'digest', 'sha1')) ?? text(get(source, 'digest', 'gitCommit')),
          'workflow path': workflowPathOfRef(
            text(get(predicate, 'buildDefinition', 'internalParameters', 'GITHUB_WORKFLOW_REF')),
          ),
          builder: builderId,
        },
        'signer',
      );
    }
    return unknown(`build type ${JSON.stringify(buildType ?? null)} is not one the gate knows`);
  }
  if (statement.predicateType === SLSA_PROVENANCE_V02) {
    const buildType = text(get(predicate, 'buildType'));
    const builderId = text(get(predicate, 'builder', 'id'));
    const configSource = get(predicate, 'invocation', 'configSource');
    const { repository, ref } = gitUri(text(get(configSource, 'uri')));
    const stated = {
      repository,
      ref,
      commit: text(get(configSource, 'digest', 'sha1')),
      'workflow path': text(get(configSource, 'entryPoint')),
      builder: builderId,
    };
    if (buildType && NPM_V02_BUILD_TYPE.test(buildType)) {
      const builder = builderForm(builderId);
      return claimsFrom('npm (gha/v2)', { ...stated, 'runner environment': builder.runnerEnvironment }, builder.form);
    }
    if (buildType && GENERATOR_V02_BUILD_TYPE.test(buildType)) {
      return claimsFrom(
        'slsa-github-generator v0.2',
        stated,
        DELEGATOR_BUILD_TYPE.test(buildType) ? 'delegated' : 'signer',
      );
    }
    return unknown(`build type ${JSON.stringify(buildType ?? null)} is not one the gate knows`);
  }
  return unknown(`predicate type ${statement.predicateType} is not SLSA provenance`);
}

export interface ConsistencyResult {
  passed: boolean;
  /** What was compared, what was not and why, or what contradicts. */
  detail: string;
}

/** `https://github.com/o/r/.github/workflows/x.yml@refs/heads/main` -> `.github/workflows/x.yml`. */
function workflowPathOf(uri: string | undefined, repositoryUri: string | undefined): string | undefined {
  if (!uri || !repositoryUri) return undefined;
  const withoutRef = uri.split('@')[0]!;
  const prefix = `${repositoryUri}/`;
  return withoutRef.toLowerCase().startsWith(prefix.toLowerCase()) ? withoutRef.slice(prefix.length) : undefined;
}

/**
 * Fulcio certificates from before the Source Repository extensions (early 2023) carry the deprecated
 * GitHub Workflow ones (.1.3 sha, .1.5 repository, .1.6 ref), and the SAN is the signing workflow:
 * the same facts, certified, under their old names.
 */
function withDeprecatedClaims(extensions: FulcioExtensions, san: string | undefined): FulcioExtensions {
  if (extensions.sourceRepositoryUri || !extensions.githubWorkflowRepository) return extensions;
  const server = san ? /^https:\/\/[^/]+/.exec(san)?.[0] : undefined;
  if (!san || !server) return extensions;
  const derived: FulcioExtensions = { ...extensions };
  derived.sourceRepositoryUri = `${server}/${extensions.githubWorkflowRepository}`;
  if (extensions.githubWorkflowRef) derived.sourceRepositoryRef = extensions.githubWorkflowRef;
  if (extensions.githubWorkflowSha) derived.sourceRepositoryDigest = extensions.githubWorkflowSha;
  if (san.includes('/.github/workflows/')) derived.buildSignerUri = san;
  return derived;
}

const EXTENSION_OF: Record<BuildField, string> = {
  repository: 'Source Repository URI',
  ref: 'Source Repository Ref',
  commit: 'Source Repository Digest',
  'workflow path': 'Build Config URI',
  builder: 'Build Signer URI',
  'runner environment': 'Runner Environment',
  invocation: 'Run Invocation URI',
};

/**
 * Is the provenance predicate consistent with the certificate? Identity comes from the certificate; the
 * predicate must not claim another repository, ref, commit, workflow, builder, runner or run. A field the
 * predicate states in no form the gate knows is listed as not compared, and fails only when the policy
 * asked for it (`requested`, from FIELDS_OF_INPUT).
 */
export function checkPredicateConsistency(
  statement: Statement,
  extensions: FulcioExtensions,
  requested: ReadonlyMap<BuildField, string[]> = new Map(),
  subjectAlternativeName?: string,
): ConsistencyResult {
  const certificate = withDeprecatedClaims(extensions, subjectAlternativeName);
  if (!certificate.sourceRepositoryUri) {
    return {
      passed: false,
      detail:
        'the certificate carries no GitHub Actions source claims (1.3.6.1.4.1.57264.1.12), so the provenance cannot be tied to a build',
    };
  }
  const claims = predicateClaims(statement);
  const certified: Record<BuildField, string | undefined> = {
    repository: certificate.sourceRepositoryUri,
    ref: certificate.sourceRepositoryRef,
    commit: certificate.sourceRepositoryDigest,
    'workflow path': workflowPathOf(certificate.buildConfigUri, certificate.sourceRepositoryUri),
    builder: certificate.buildSignerUri,
    'runner environment': certificate.runnerEnvironment,
    invocation: certificate.runInvocationUri,
  };
  const compared: string[] = [];
  const notCompared: Array<{ field: BuildField; why: string }> = [];
  const mismatches: string[] = [];
  for (const field of FIELDS) {
    const claim = claims.fields[field];
    const cert = certified[field];
    if (claim.value === undefined || cert === undefined) {
      const why = claim.reason ?? `the certificate has no ${EXTENSION_OF[field]}`;
      const asking = requested.get(field);
      if (asking) mismatches.push(`${field}: not compared (${why}), but the policy asks for it (${asking.join(', ')})`);
      else notCompared.push({ field, why });
      continue;
    }
    if (field === 'builder' && claims.builderForm === 'runner') {
      // The runner form names no workflow: it must agree with the certificate's runner environment.
      const environment = RUNNER_BUILDER.exec(claim.value)?.[1];
      if (environment !== undefined && environment !== certificate.runnerEnvironment)
        mismatches.push(
          `builder: the predicate says ${claim.value}, the certificate's Runner Environment is ${certificate.runnerEnvironment ?? '(none)'}`,
        );
      else compared.push('builder (runner environment form)');
      continue;
    }
    if (field === 'builder' && claims.builderForm === 'delegated') {
      // BYOB: the certificate names the delegator; the builder it delegated to is the delegator's word.
      if (!DELEGATOR_WORKFLOW.test(cert))
        mismatches.push(
          `builder: the predicate says ${claim.value} was delegated to, but the certificate's signer ${cert} is not a delegator workflow`,
        );
      else compared.push(`builder (delegated by ${cert})`);
      continue;
    }
    if (claim.value.toLowerCase() !== cert.toLowerCase())
      mismatches.push(`${field}: the predicate says ${claim.value}, the certificate says ${cert}`);
    else compared.push(field);
  }
  const parts: string[] = [];
  if (mismatches.length) parts.push(mismatches.join('; '));
  if (compared.length) parts.push(`${compared.join(', ')} match the certificate`);
  if (notCompared.length) {
    // Grouped by reason: an unknown build type is said once, not once per field.
    const reasons = [...new Set(notCompared.map((n) => n.why))];
    const groups = reasons.map(
      (why) =>
        `${notCompared
          .filter((n) => n.why === why)
          .map((n) => n.field)
          .join(', ')} (${why})`,
    );
    parts.push(`not compared: ${groups.join(', ')}`);
  }
  return {
    passed: mismatches.length === 0,
    detail: `${claims.shape === 'unknown' ? '' : `${claims.shape}: `}${parts.join('; ')}`,
  };
}
