// Predicate consistency per builder shape: what each shape states, compared with the certificate;
// a contradiction names both values; a field in an unknown form is not compared, failing only when asked.
import type { FulcioExtensions } from '../src/verify/certificate.js';
import { checkPredicateConsistency, predicateClaims, requestedFields } from '../src/verify/predicate.js';
import type { Statement } from '../src/verify/statement.js';

const REPO = 'https://github.com/octo-org/app';
const COMMIT = 'c'.repeat(40);
const RUN = `${REPO}/actions/runs/9/attempts/1`;
const DELEGATOR =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_generic_slsa3.yml@refs/tags/v2.1.0';

function certificate(extra: Partial<FulcioExtensions> = {}): FulcioExtensions {
  return {
    issuer: 'https://token.actions.githubusercontent.com',
    sourceRepositoryUri: REPO,
    sourceRepositoryRef: 'refs/tags/v1',
    sourceRepositoryDigest: COMMIT,
    buildConfigUri: `${REPO}/.github/workflows/release.yml@refs/tags/v1`,
    buildSignerUri: `${REPO}/.github/workflows/release.yml@refs/tags/v1`,
    runnerEnvironment: 'github-hosted',
    runInvocationUri: RUN,
    ...extra,
  };
}

function v1(buildType: string, builderId: string, extra: Record<string, unknown> = {}): Statement {
  return {
    type: 'https://in-toto.io/Statement/v1',
    subjects: [{ name: 'a', digest: { sha256: 'a'.repeat(64) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType,
        externalParameters: {
          workflow: { repository: REPO, ref: 'refs/tags/v1', path: '.github/workflows/release.yml' },
        },
        resolvedDependencies: [{ uri: `git+${REPO}@refs/tags/v1`, digest: { gitCommit: COMMIT } }],
        ...extra,
      },
      runDetails: { builder: { id: builderId }, metadata: { invocationId: RUN } },
    },
  };
}

const RUNNER_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
const DELEGATOR_TYPE = 'https://github.com/slsa-framework/slsa-github-generator/delegator-generic@v0';

test('the runner-environment form (npm, early attest-build-provenance) is compared with the Runner Environment', () => {
  const statement = v1(RUNNER_TYPE, 'https://github.com/actions/runner/github-hosted');
  expect(checkPredicateConsistency(statement, certificate())).toEqual({
    passed: true,
    detail:
      'GitHub Actions (runner/v1): repository, ref, workflow path, commit, builder (runner environment form), runner environment, invocation match the certificate',
  });
  const selfHosted = checkPredicateConsistency(statement, certificate({ runnerEnvironment: 'self-hosted' }));
  expect(selfHosted.passed).toBe(false);
  expect(selfHosted.detail).toContain(
    "builder: the predicate says https://github.com/actions/runner/github-hosted, the certificate's Runner Environment is self-hosted",
  );
});

test('BYOB: the builder delegated to is accepted only under a delegator workflow signer', () => {
  const builder = 'https://github.com/octo-org/trw/.github/workflows/builder_slsa3.yml@refs/tags/v1';
  const statement = v1(DELEGATOR_TYPE, builder);
  const delegated = checkPredicateConsistency(statement, certificate({ buildSignerUri: DELEGATOR }));
  expect(delegated.passed).toBe(true);
  expect(delegated.detail).toContain(`builder (delegated by ${DELEGATOR})`);
  const notDelegator = checkPredicateConsistency(statement, certificate());
  expect(notDelegator).toEqual({
    passed: false,
    detail: expect.stringContaining(
      `builder: the predicate says ${builder} was delegated to, but the certificate's signer ${REPO}/.github/workflows/release.yml@refs/tags/v1 is not a delegator workflow`,
    ),
  });
});

test('current actions/attest: a builder that is not the signer contradicts, naming both values', () => {
  const other = 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main';
  const result = checkPredicateConsistency(
    v1('https://actions.github.io/buildtypes/workflow/v1', other),
    certificate(),
  );
  expect(result.passed).toBe(false);
  expect(result.detail).toContain(
    `builder: the predicate says ${other}, the certificate says ${REPO}/.github/workflows/release.yml@refs/tags/v1`,
  );
});

test('container-based builds are compared on the source they state', () => {
  const statement: Statement = {
    ...v1('https://slsa.dev/container-based-build/v0.1?draft', certificate().buildSignerUri!),
    predicate: {
      buildDefinition: {
        buildType: 'https://slsa.dev/container-based-build/v0.1?draft',
        externalParameters: { source: { uri: `git+${REPO}@refs/tags/v2`, digest: { sha1: COMMIT } } },
      },
      runDetails: { builder: { id: certificate().buildSignerUri } },
    },
  };
  const result = checkPredicateConsistency(statement, certificate());
  expect(result.passed).toBe(false);
  expect(result.detail).toBe(
    'slsa-github-generator container-based: ref: the predicate says refs/tags/v2, the certificate says refs/tags/v1; repository, commit, builder match the certificate; not compared: workflow path, runner environment, invocation (the slsa-github-generator container-based predicate does not state it)',
  );
});

test('npm SLSA v0.2 (gha/v2): the configSource is compared, builder https://github.com/actions/runner accepted', () => {
  const statement: Statement = {
    type: 'https://in-toto.io/Statement/v0.1',
    subjects: [{ name: 'a', digest: { sha512: 'a'.repeat(128) } }],
    predicateType: 'https://slsa.dev/provenance/v0.2',
    predicate: {
      buildType: 'https://github.com/npm/cli/gha/v2',
      builder: { id: 'https://github.com/actions/runner' },
      invocation: {
        configSource: {
          uri: `git+https://github.com/octo-org/fork@refs/tags/v1`,
          digest: { sha1: COMMIT },
          entryPoint: '.github/workflows/release.yml',
        },
      },
    },
  };
  expect(predicateClaims(statement).shape).toBe('npm (gha/v2)');
  const result = checkPredicateConsistency(statement, certificate());
  expect(result.passed).toBe(false);
  expect(result.detail).toContain(
    `repository: the predicate says https://github.com/octo-org/fork, the certificate says ${REPO}`,
  );
});

test('an unknown build type is not compared; it fails only for the fields the policy asks for', () => {
  const statement = v1('https://example.com/make/v1', 'https://example.com/builder');
  const free = checkPredicateConsistency(statement, certificate());
  expect(free).toEqual({
    passed: true,
    detail:
      'not compared: repository, ref, workflow path, commit, builder, runner environment, invocation (build type "https://example.com/make/v1" is not one the gate knows)',
  });
  const asked = requestedFields({
    certificateOidcIssuer: 'x',
    predicateType: 'x',
    denySelfHostedRunners: false,
    requireSbom: false,
    sourceRef: 'refs/tags/*',
    signerWorkflow: 'octo-org/app/.github/workflows/release.yml',
  });
  const strict = checkPredicateConsistency(statement, certificate(), asked);
  expect(strict.passed).toBe(false);
  expect(strict.detail).toContain(
    'ref: not compared (build type "https://example.com/make/v1" is not one the gate knows), but the policy asks for it (source-ref)',
  );
  expect(strict.detail).toContain('builder: not compared (build type');
  expect(strict.detail).toContain('but the policy asks for it (signer-workflow)');
});

test('a certificate with only the deprecated GitHub Workflow extensions is compared through them', () => {
  const san = `${REPO}/.github/workflows/release.yml@refs/tags/v1`;
  const old: FulcioExtensions = {
    issuer: 'https://token.actions.githubusercontent.com',
    githubWorkflowRepository: 'octo-org/app',
    githubWorkflowRef: 'refs/tags/v1',
    githubWorkflowSha: COMMIT,
  };
  const result = checkPredicateConsistency(
    v1('https://actions.github.io/buildtypes/workflow/v1', san),
    old,
    new Map(),
    san,
  );
  expect(result.passed).toBe(true);
  expect(result.detail).toContain('repository, ref, commit, builder match the certificate');
});
