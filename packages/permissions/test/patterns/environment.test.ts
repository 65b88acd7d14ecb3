import { audit, pos, where } from './helpers.js';

describe('github-env', () => {
  it('reports writes to GITHUB_ENV / GITHUB_PATH in workflow_run workflows at the variable', () => {
    const text = `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "reading $GITHUB_ENV is fine"
          echo "TITLE=$(cat title.txt)" >> "$GITHUB_ENV"
          echo "$PWD/bin" | tee -a \${GITHUB_PATH}
      - shell: pwsh
        run: Add-Content -Path $env:GITHUB_ENV -Value "X=1"
      - uses: actions/github-script@v7
        with:
          script: core.exportVariable('X', '1')
`;
    const { findings } = audit(text, 'github-env');
    expect(where(findings)).toEqual([
      pos(text, 'GITHUB_ENV"\n', 'warning'),
      pos(text, 'GITHUB_PATH}', 'warning'),
      pos(text, 'GITHUB_ENV -Value', 'warning'),
      pos(text, 'core.exportVariable', 'warning'),
    ]);
    expect(findings.map((f) => f.step)).toEqual(['#1', '#1', '#2', '#3']);
  });

  it('is an error when the job also runs the pull request code', () => {
    const text = `on: pull_request_target
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: echo "V=$(cat version)" >> $GITHUB_ENV
`;
    expect(where(audit(text, 'github-env').findings)).toEqual([pos(text, 'GITHUB_ENV\n', 'error')]);
  });

  it('reports a write through a redirect of an enclosing block once, at the file name', () => {
    const text = `on: workflow_run
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          {
            echo "A=$(cat a.txt)"
            echo "B=$(cat b.txt)"
          } >> "$GITHUB_ENV"
`;
    expect(where(audit(text, 'github-env').findings)).toEqual([pos(text, 'GITHUB_ENV"\n', 'warning')]);
  });

  it('reports nothing on ordinary triggers', () => {
    const text = `on: [push, pull_request]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "V=1" >> "$GITHUB_ENV"
`;
    expect(audit(text, 'github-env').findings).toEqual([]);
  });
});

describe('insecure-commands', () => {
  it('reports ACTIONS_ALLOW_UNSECURE_COMMANDS at every env level and in scripts, not when false', () => {
    const text = `on: push
env:
  ACTIONS_ALLOW_UNSECURE_COMMANDS: true
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      ACTIONS_ALLOW_UNSECURE_COMMANDS: "false"
    steps:
      - env:
          ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true'
        run: echo "ACTIONS_ALLOW_UNSECURE_COMMANDS=true" >> $GITHUB_ENV
`;
    const { findings } = audit(text, 'insecure-commands');
    expect(where(findings)).toEqual([
      pos(text, 'ACTIONS_ALLOW_UNSECURE_COMMANDS', 'error', 1),
      pos(text, 'ACTIONS_ALLOW_UNSECURE_COMMANDS', 'error', 3),
      pos(text, 'ACTIONS_ALLOW_UNSECURE_COMMANDS=true', 'error'),
    ]);
  });
});
