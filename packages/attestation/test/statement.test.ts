import {
  buildProvenanceStatement,
  githubProvenancePredicate,
  localProvenancePredicate,
  type GitHubClaims,
} from '../src/statement.js';

const claims: GitHubClaims = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/app:ref:refs/tags/@scope/pkg@1.2.0',
  repository: 'acme/app',
  repository_id: '1',
  repository_owner: 'acme',
  repository_owner_id: '2',
  ref: 'refs/tags/@scope/pkg@1.2.0',
  sha: 'a'.repeat(40),
  workflow_ref: 'acme/app/.github/workflows/release.yml@refs/tags/@scope/pkg@1.2.0',
  job_workflow_ref: 'acme/shared/.github/workflows/build.yml@refs/heads/main',
  event_name: 'push',
  run_id: '77',
  run_attempt: '3',
  runner_environment: 'self-hosted',
};

describe('GitHub provenance', () => {
  it('splits the workflow ref at the first @ (tags may contain @) and names the reusable workflow as builder', () => {
    const predicate = githubProvenancePredicate(claims, 'https://ghe.example.com/');
    expect(predicate.buildDefinition.externalParameters).toEqual({
      workflow: {
        ref: 'refs/tags/@scope/pkg@1.2.0',
        repository: 'https://ghe.example.com/acme/app',
        path: '.github/workflows/release.yml',
      },
    });
    expect(predicate.runDetails.builder.id).toBe(
      'https://ghe.example.com/acme/shared/.github/workflows/build.yml@refs/heads/main',
    );
    expect(predicate.runDetails.metadata?.invocationId).toBe(
      'https://ghe.example.com/acme/app/actions/runs/77/attempts/3',
    );
    expect(predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://ghe.example.com/acme/app@refs/tags/@scope/pkg@1.2.0', digest: { gitCommit: 'a'.repeat(40) } },
    ]);
    expect(predicate.buildDefinition.internalParameters).toEqual({
      github: { event_name: 'push', repository_id: '1', repository_owner_id: '2', runner_environment: 'self-hosted' },
    });
  });

  it('wraps it in an in-toto v1 statement', () => {
    const statement = buildProvenanceStatement([{ name: 'x', digest: { sha256: 'b'.repeat(64) } }], {
      kind: 'github',
      claims,
      serverUrl: 'https://github.com',
    });
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.subject).toEqual([{ name: 'x', digest: { sha256: 'b'.repeat(64) } }]);
  });
});

describe('local provenance', () => {
  it('says it is a local build and fills only what is known', () => {
    const predicate = localProvenancePredicate({
      repositoryUri: 'https://example.com/acme/app.git',
      ref: 'refs/heads/dev',
      commit: 'c'.repeat(40),
      dirty: true,
      environment: 'local',
    });
    expect(predicate.buildDefinition.buildType).toMatch(/attest-provenance\/README\.md#local-builds$/);
    expect(predicate.buildDefinition.internalParameters?.local).toMatchObject({
      environment: 'local',
      uncommittedChanges: true,
    });
    expect(predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://example.com/acme/app.git@refs/heads/dev', digest: { gitCommit: 'c'.repeat(40) } },
    ]);
    expect(localProvenancePredicate({}).buildDefinition.resolvedDependencies).toEqual([]);
  });
});

describe('default Sigstore instance', () => {
  it("is public-good for public repositories and GitHub's for private, internal or unknown ones", async () => {
    const { defaultSigstore, SIGSTORE_INSTANCES } = await import('../src/index.js');
    expect(defaultSigstore('public')).toBe('public-good');
    expect(defaultSigstore('private')).toBe('github');
    expect(defaultSigstore('internal')).toBe('github');
    expect(defaultSigstore(undefined)).toBe('github');
    expect(SIGSTORE_INSTANCES['public-good']).toEqual({
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev',
    });
    expect(SIGSTORE_INSTANCES.github).toEqual({
      fulcioUrl: 'https://fulcio.githubapp.com',
      tsaUrl: 'https://timestamp.githubapp.com',
    });
  });
});
