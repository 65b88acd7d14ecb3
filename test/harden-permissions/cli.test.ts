// `paved-road harden-permissions` from the CLI bundle: positional paths, --format json (one document on
// stdout: findings and the computed permissions), --fix diff as text, exit codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkspace, runCli } from '../harness/index.js';

const CI = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: gh issue comment 1 --body built
        env:
          GH_TOKEN: \${{ github.token }}
`;

describe('paved-road harden-permissions (CLI)', () => {
  test('--format json prints findings and the permissions per file per job, file names as given', async () => {
    const cwd = makeWorkspace({
      '.github/workflows/ci.yml': CI,
      'other/wf.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n',
    });
    const run = await runCli(['harden-permissions', '.github/workflows/ci.yml', './other/wf.yml', '--format', 'json'], {
      cwd,
      env: { TMPDIR: cwd },
    });
    expect(run.exitCode).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc.permissions).toEqual({
      '.github/workflows/ci.yml': { build: { contents: 'read', issues: 'write' } },
      './other/wf.yml': { a: {} },
    });
    expect(doc.findings).toContainEqual({
      rule: 'excessive-permissions',
      severity: 'error',
      message: expect.stringContaining('It needs {contents: read, issues: write}'),
      file: '.github/workflows/ci.yml',
      line: 3,
      column: 3,
      job: 'build',
      step: null,
    });
  });

  test('--fix diff prints the unified diff and changes nothing; --fix true then passes', async () => {
    const cwd = makeWorkspace({ '.github/workflows/ci.yml': CI });
    const diff = await runCli(['harden-permissions', '--fix', 'diff', '--fail-on', 'never'], {
      cwd,
      env: { TMPDIR: cwd },
    });
    expect(diff.exitCode).toBe(0);
    expect(diff.stdout).toContain('+++ b/.github/workflows/ci.yml');
    expect(diff.stdout).toContain('+      issues: write # step #2: gh issue comment');
    expect(readFileSync(join(cwd, '.github/workflows/ci.yml'), 'utf8')).toBe(CI);
    const fix = await runCli(['harden-permissions', '--fix', 'true'], { cwd, env: { TMPDIR: cwd } });
    expect(fix.exitCode).toBe(0);
    const again = await runCli(['harden-permissions', '--format', 'json'], { cwd, env: { TMPDIR: cwd } });
    expect(JSON.parse(again.stdout).findings).toEqual([]);
    expect(again.exitCode).toBe(0);
  });

  test('--fix true on a release script: the JSON after the fix still names the step and the rights it keeps', async () => {
    const release = `on: push
permissions: {}
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
      issues: write
    steps:
      - uses: actions/checkout@v5
      - name: Publish
        run: pnpm -r publish --access public
`;
    const cwd = makeWorkspace({ '.github/workflows/release.yml': release });
    const fix = await runCli(['harden-permissions', '--fix', 'true', '--fail-on', 'never'], {
      cwd,
      env: { TMPDIR: cwd },
    });
    expect(fix.exitCode).toBe(0);
    const fixed = readFileSync(join(cwd, '.github/workflows/release.yml'), 'utf8');
    // pnpm publish may use the OIDC token (trusted publishing); nothing in the job can reach issues or push.
    expect(fixed).toContain('      id-token: write # kept: step Publish: runs `pnpm publish`\n');
    expect(fixed).toContain('      contents: read # step #1 (actions/checkout): clones the repository\n');
    expect(fixed).not.toContain('issues');
    const after = await runCli(['harden-permissions', '--format', 'json'], { cwd, env: { TMPDIR: cwd } });
    const doc = JSON.parse(after.stdout);
    expect(doc.findings).toContainEqual(
      expect.objectContaining({
        rule: 'unknown-action-permissions',
        severity: 'note',
        job: 'release',
        step: 'Publish',
        message: expect.stringMatching(
          /^step Publish: runs `pnpm publish`: may publish by npm trusted publishing .*; job release keeps \{id-token: write\}\.$/,
        ),
      }),
    );
  });

  test('a path that does not exist is bad input: exit 2, one line', async () => {
    const cwd = makeWorkspace({ '.github/workflows/ci.yml': CI });
    const run = await runCli(['harden-permissions', 'nope.yml'], { cwd });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('nope.yml');
  });
});
