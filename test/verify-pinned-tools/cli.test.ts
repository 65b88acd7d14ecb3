// `paved-road verify-pinned-tools` through the CLI bundle: one JSON document on stdout, the same
// finding fields as the other audits, inline suppressions and policy exceptions, exit codes.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { makeWorkspace, runCli } from '../harness/index.js';

const WORKFLOW = [
  'on: push',
  'jobs:',
  '  b:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - uses: actions/setup-node@v4 # paved-road: ignore[unpinned-uses] vendored fork, reviewed weekly',
  '      - run: pip install requests',
  '',
].join('\n');

it('prints {"findings": [...]} with rule, severity, message, file, line, column, job and step, and exits 1', async () => {
  const cwd = makeWorkspace({ '.github/workflows/ci.yml': WORKFLOW });
  const run = await runCli(
    ['verify-pinned-tools', '.github/workflows/ci.yml', '--format', 'json', '--online', 'false'],
    { cwd },
  );
  expect(run.exitCode).toBe(1);
  const doc = JSON.parse(run.stdout) as { findings: Array<Record<string, unknown>>; suppressed: unknown[] };
  expect(doc.findings).toEqual([
    {
      rule: 'unpinned-uses',
      severity: 'error',
      message: 'Action actions/checkout is referenced by "v4", a tag or branch that can move, not a full commit SHA.',
      file: '.github/workflows/ci.yml',
      line: 6,
      column: 15,
      job: 'b',
      step: '#1',
    },
    expect.objectContaining({
      rule: 'unpinned-download',
      severity: 'warning',
      line: 8,
      column: 26,
      job: 'b',
      step: '#3',
    }),
  ]);
  expect(doc.suppressed).toHaveLength(1);
});

it('honours policy exceptions and the allow list from the policy', async () => {
  const cwd = makeWorkspace({
    '.github/workflows/ci.yml': WORKFLOW,
    '.github/paved-road.yml': [
      'verify-pinned-tools:',
      '  allow: [actions/checkout]',
      'exceptions:',
      '  - rule: unpinned-download',
      '    path: .github/workflows/*.yml',
      '    owner: platform-team',
      '    reason: requests is mirrored internally',
      '    expires: 2999-01-01',
      '',
    ].join('\n'),
  });
  const run = await runCli(['verify-pinned-tools', '--format', 'json', '--online', 'false'], { cwd });
  const doc = JSON.parse(run.stdout) as { findings: unknown[]; waived: unknown[] };
  expect(doc.findings).toEqual([]);
  expect(doc.waived).toHaveLength(1);
  expect(run.exitCode).toBe(0);
});

it('exits 2 with one line for bad input', async () => {
  const cwd = makeWorkspace({ '.github/workflows/ci.yml': WORKFLOW });
  const run = await runCli(['verify-pinned-tools', '--online', 'true', '--format', 'json'], { cwd });
  expect(run.exitCode).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/token/);
});

it('a workflow with a YAML syntax error is still audited where it parsed, and never rewritten by --fix', async () => {
  const text = [
    'on: push', //                                    1
    'jobs:', //                                       2
    '  b:', //                                        3
    '    runs-on: ubuntu-latest', //                  4
    '    steps:', //                                  5
    '      - run: echo: a: b', //                     6
    '      - uses: evil/action@main', //              7
    '',
  ].join('\n');
  const cwd = makeWorkspace({ '.github/workflows/ci.yml': text });
  const run = await runCli(['verify-pinned-tools', '--format', 'json', '--online', 'false'], { cwd });
  expect(run.exitCode).toBe(1);
  const doc = JSON.parse(run.stdout) as { findings: Array<{ rule: string; line: number }> };
  const brief = doc.findings.map((f) => `${f.line} ${f.rule}`);
  expect(brief).toContain('6 invalid-workflow');
  expect(brief).toContain('7 unpinned-uses');
  const fix = await runCli(['verify-pinned-tools', '--fix', 'true', '--online', 'false'], { cwd });
  expect(fix.stderr + fix.stdout).toContain('not a valid workflow');
  expect(readFileSync(join(cwd, '.github/workflows/ci.yml'), 'utf8')).toBe(text);
});

it('online: true with the GitHub API unreachable fails with one line instead of passing every pin unchecked', async () => {
  // A port nothing listens on: bound, then released.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const cwd = makeWorkspace({
    '.github/workflows/ci.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${'a'.repeat(40)} # v5.0.0\n`,
  });
  const env = { GITHUB_TOKEN: 'ghs_unused', GITHUB_API_URL: `http://127.0.0.1:${port}` };
  const run = await runCli(['verify-pinned-tools', '--online', 'true'], { cwd, env });
  expect(run.exitCode).toBe(2);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/online: true, but none of the 1 uses: references could be checked: .*ECONNREFUSED/);
  expect(lines[0]).not.toContain('ghs_unused');
  // online: auto keeps its meaning: the pins are reported unverified, the run is not refused.
  const auto = await runCli(['verify-pinned-tools', '--online', 'auto', '--format', 'json'], { cwd, env });
  expect(auto.exitCode).toBe(0);
  expect((JSON.parse(auto.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule)).toEqual([
    'pin-unverified',
  ]);
});
