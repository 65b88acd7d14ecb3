import { loadWorkflowFile, type WorkflowFile } from '@paved-road/workflows';
import { computeJobPermissions, type ComputeOptions } from '../src/engine.js';
import { permissionFindings } from '../src/rules.js';

function load(text: string, file = '.github/workflows/ci.yml'): WorkflowFile {
  const wf = loadWorkflowFile(file, text);
  expect(wf.errors).toEqual([]);
  return wf;
}

function compute(wf: WorkflowFile, options: ComputeOptions = {}) {
  return new Map(wf.jobs.map((job) => [job.id, computeJobPermissions(wf, job, options)]));
}

const release = `on:
  push:
    tags: ['v*']
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: npm ci && npm test
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v4
      - run: npm publish --provenance
      - uses: softprops/action-gh-release@v2
        with:
          files: dist/*
      - run: gh pr comment 1 --body done
        env:
          GH_TOKEN: \${{ github.token }}
`;

describe('computeJobPermissions', () => {
  it("derives each job's minimal scopes with reasons", () => {
    const result = compute(load(release));
    expect(result.get('test')).toMatchObject({ scopes: { contents: 'read' }, explained: true, unknown: [] });
    const rel = result.get('release')!;
    expect(rel.scopes).toEqual({ contents: 'write', 'id-token': 'write', 'pull-requests': 'write' });
    expect(rel.explained).toBe(true);
    expect(rel.reasons.contents).toEqual(
      expect.arrayContaining([
        expect.stringContaining('actions/checkout'),
        expect.stringContaining('softprops/action-gh-release'),
      ]),
    );
    expect(rel.reasons['id-token']![0]).toContain('npm publish --provenance');
  });

  it('gives nothing to an action that does not receive the token, and counts a token passed explicitly', () => {
    const wf = load(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          token: \${{ secrets.DEPLOY_PAT }}
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
      - uses: docker/login-action@v3
        with:
          registry: docker.io
          password: \${{ secrets.HUB }}
`);
    expect(compute(wf).get('a')).toMatchObject({ scopes: { packages: 'write' }, explained: true });
  });

  it('reports an unknown action and marks the job unexplained', () => {
    const wf = load(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: some-org/mystery-action@v1
`);
    const a = compute(wf).get('a')!;
    expect(a.explained).toBe(false);
    expect(a.unknown).toEqual([
      expect.objectContaining({ line: 7, column: 15, message: expect.stringContaining('some-org/mystery-action') }),
    ]);
    expect(a.scopes).toEqual({ contents: 'read' });
  });

  it('needs OIDC for cloud logins only when federation is configured', () => {
    const wf = load(`on: push
jobs:
  oidc:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::1:role/x
          aws-region: us-east-1
  keys:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.KEY }}
          aws-secret-access-key: \${{ secrets.SECRET }}
          aws-region: us-east-1
`);
    const result = compute(wf);
    expect(result.get('oidc')!.scopes).toEqual({ 'id-token': 'write' });
    expect(result.get('keys')!.scopes).toEqual({});
  });

  it('reads github-script scripts', () => {
    const wf = load(`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            await github.rest.issues.addLabels({ ...context.repo, issue_number: context.issue.number, labels: ['triage'] })
`);
    expect(compute(wf).get('a')).toMatchObject({ scopes: { issues: 'write' }, explained: true });
  });

  it('analyses local reusable workflows and composite actions recursively', () => {
    const called = load(
      `on: workflow_call
jobs:
  inner:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: gh release upload v1 x
        env:
          GH_TOKEN: \${{ github.token }}
`,
      '.github/workflows/called.yml',
    );
    const composite = loadWorkflowFile(
      '.github/actions/label/action.yml',
      `name: label
description: labels
inputs:
  token:
    description: token
    default: \${{ github.token }}
runs:
  using: composite
  steps:
    - run: gh issue edit 1 --add-label x
      shell: bash
      env:
        GH_TOKEN: \${{ inputs.token }}
`,
    );
    const files: Record<string, WorkflowFile> = {
      '.github/workflows/called.yml': called,
      '.github/actions/label/action.yml': composite,
    };
    const wf = load(`on: push
jobs:
  call:
    uses: ./.github/workflows/called.yml
  label:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/label
  label-pat:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/label
        with:
          token: \${{ secrets.PAT }}
`);
    const result = compute(wf, { loadLocal: (path) => files[path] });
    expect(result.get('call')).toMatchObject({ scopes: { contents: 'write' }, explained: true });
    expect(result.get('call')!.reasons.contents!.join(' ')).toContain(
      'job call > ./.github/workflows/called.yml > job inner',
    );
    expect(result.get('label')).toMatchObject({ scopes: { issues: 'write' }, explained: true });
    expect(result.get('label-pat')).toMatchObject({ scopes: {}, explained: true });
  });

  it('reports a remote reusable workflow as unknown without a token, and reads it when given', () => {
    const wf = load(`on: push
jobs:
  call:
    uses: other/repo/.github/workflows/x.yml@v1
`);
    expect(compute(wf).get('call')).toMatchObject({
      explained: false,
      unknown: [expect.objectContaining({ line: 4 })],
    });
    const remoteFile = load(
      `on: workflow_call
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: gh issue create -t x -b y
        env:
          GH_TOKEN: \${{ github.token }}
`,
      'other/repo/.github/workflows/x.yml@v1',
    );
    expect(compute(wf, { remote: () => ({ file: remoteFile }) }).get('call')).toMatchObject({
      scopes: { issues: 'write' },
      explained: true,
    });
  });
});

describe('permission rules', () => {
  const rules = (text: string) => {
    const wf = load(text);
    return permissionFindings(wf, compute(wf)).map(
      (f) => `${f.rule}:${f.severity}:${f.line}:${f.column}${f.job ? `:${f.job}` : ''}`,
    );
  };

  it('flags jobs that run with the default token, with the minimal map in the message', () => {
    const wf = load(release);
    const findings = permissionFindings(wf, compute(wf));
    expect(findings.map((f) => `${f.rule}:${f.line}:${f.job}`)).toEqual([
      'excessive-permissions:5:test',
      'excessive-permissions:12:release',
    ]);
    expect(findings[1]!.message).toContain('{contents: write, id-token: write, pull-requests: write}');
  });

  it('flags write-all, workflow-level writes, oversized job grants and undocumented writes', () => {
    expect(
      rules(`on: push
permissions: write-all
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`),
    ).toEqual(['excessive-permissions:error:2:14']);
    expect(
      rules(`on: push
permissions:
  contents: write
jobs:
  a:
    runs-on: ubuntu-latest
    permissions:
      contents: read # checkout
      issues: write
    steps:
      - uses: actions/checkout@v5
`),
    ).toEqual([
      'excessive-permissions:warning:3:3',
      'undocumented-permissions:note:3:3',
      'excessive-permissions:warning:7:5:a',
      'undocumented-permissions:note:9:7:a',
    ]);
  });

  it('flags read-all as a warning, at workflow and at job level', () => {
    expect(
      rules(`on: push
permissions: read-all
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: read-all
    steps:
      - run: echo hi
`),
    ).toEqual(['excessive-permissions:warning:2:14', 'excessive-permissions:warning:6:18:a']);
  });

  it('gives zero findings for a least-privilege workflow', () => {
    expect(
      rules(`on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read # actions/checkout: clones the repository
    steps:
      - uses: actions/checkout@v5
      - run: make test
`),
    ).toEqual([]);
  });

  it('keeps the grant of a job it cannot explain and says so', () => {
    const wf = load(`on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    permissions:
      contents: write # the mystery action pushes
    steps:
      - uses: some-org/mystery-action@v1
`);
    const findings = permissionFindings(wf, compute(wf));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'unknown-action-permissions', severity: 'note', line: 9, column: 15, job: 'a' }),
    ]);
  });

  it('never says no job needs a workflow-level write that a job it cannot explain inherits', () => {
    const wf = load(`on: workflow_dispatch
permissions:
  issues: write
jobs:
  lock:
    runs-on: ubuntu-latest
    steps:
      - uses: some-org/mystery-action@v1
  comment:
    runs-on: ubuntu-latest
    steps:
      - run: gh issue comment 1 --body hi
        env:
          GH_TOKEN: \${{ github.token }}
  other:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`);
    const workflowLevel = permissionFindings(wf, compute(wf)).filter(
      (f) => f.rule === 'excessive-permissions' && f.line === 3,
    );
    expect(workflowLevel).toHaveLength(1);
    expect(workflowLevel[0]!.message).toBe(
      'issues: write at workflow level gives every job write access to issues; only comment needs it; ' +
        "lock may need it (a step's token use could not be worked out): grant it in those jobs.",
    );
    // The fix keeps a grant the unexplained job inherits, so it is not offered.
    expect(workflowLevel[0]!.fix).toBeUndefined();
    const explained = load(`on: workflow_dispatch
permissions:
  issues: write
jobs:
  other:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`);
    expect(permissionFindings(explained, compute(explained)).find((f) => f.line === 3)).toMatchObject({
      message: 'issues: write at workflow level gives every job write access to issues; no job needs it.',
      fix: expect.any(String),
    });
  });
});
