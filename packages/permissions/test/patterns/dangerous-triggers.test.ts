import { audit, pos, where } from './helpers.js';

const RULE = 'dangerous-triggers';

describe('dangerous-triggers', () => {
  it('warns at each pull_request_target / workflow_run trigger when no PR code runs', () => {
    const text = `on:
  pull_request_target:
    types: [labeled]
  workflow_run:
    workflows: [CI]
    types: [completed]
permissions:
  pull-requests: write # label
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: echo labeling
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, 'pull_request_target', 'warning'),
      pos(text, 'workflow_run', 'warning'),
    ]);
  });

  it('is an error where the job checks out the PR head with secrets', () => {
    const text = `on: pull_request_target
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm test
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, '${{ github.event.pull_request.head.sha', 'error')]);
    expect(findings[0]).toMatchObject({ job: 'test', step: '#1' });
    expect(findings[0]!.message).toMatch(/secrets/);
  });

  it('is an error for gh pr checkout, refs/pull and git with the head ref when the token may write (default token)', () => {
    const text = `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: gh pr checkout 12
  b:
    runs-on: ubuntu-latest
    steps:
      - run: git fetch origin refs/pull/1/head
  c:
    runs-on: ubuntu-latest
    steps:
      - run: |
          git fetch origin
          git checkout \${{ github.event.workflow_run.head_sha }}
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, 'gh pr checkout', 'error'),
      pos(text, 'git fetch origin refs/pull', 'error'),
      pos(text, '${{ github.event.workflow_run.head_sha', 'error'),
    ]);
    expect(findings[0]!.message).toMatch(/default token/);
  });

  it('stays a warning when the job that runs PR code has no secrets and a read-only token', () => {
    const text = `on: pull_request_target
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v5
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
      - run: make
`;
    expect(where(audit(text, RULE).findings)).toEqual([pos(text, 'pull_request_target', 'warning')]);
  });

  it('reports issue_comment workflows only where they run the commented pull request code', () => {
    const text = `on: issue_comment
jobs:
  bench:
    runs-on: ubuntu-latest
    steps:
      - id: pr
        run: echo "head_sha=$(gh pr view \${{ github.event.issue.number }} --json headRefOid -q .headRefOid)" >> "$GITHUB_OUTPUT"
      - uses: actions/checkout@v5
        with:
          ref: \${{ steps.pr.outputs.head_sha }}
      - run: make bench
  reply:
    runs-on: ubuntu-latest
    steps:
      - run: gh issue comment 1 --body thanks
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, '${{ steps.pr.outputs.head_sha', 'error')]);
    expect(findings[0]!.message).toMatch(/issue_comment workflow/);
    const quiet = `on: issue_comment
jobs:
  reply:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: gh issue comment 1 --body thanks
`;
    expect(audit(quiet, RULE).findings).toEqual([]);
  });

  it('reports nothing for pull_request and push', () => {
    const text = `on: [pull_request, push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: make
        env:
          TOKEN: \${{ secrets.TOKEN }}
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });
});
