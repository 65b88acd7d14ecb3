// harden-permissions on a large set of files audits in worker threads; the report must not show it.
// The CLI bundle and the action bundle each run the same generated workspace (above the threshold,
// with hostile files, suppressions, policy exceptions, local reusable workflows and composite actions)
// once in one thread (PAVED_ROAD_WORKERS=1) and once in three, and every byte they produce is compared.
// RUNNER_DEBUG=1 makes each run say how many threads it used, so the test knows the modes really differ.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { makeWorkspace, runAction, runCli, type ActionRun } from '../harness/index.js';

/** Enough files for the automatic mode to start workers on two cores (MIN_FILES_PER_THREAD is 250). */
const COUNT = 560;
/** Besides the generated ones: reusable.yml, actions/setup, broken, deep, nested, binary, latin1. */
const AUDITED = COUNT + 7;

/** xorshift32 with a fixed seed: the same workspace on every run. */
function random(seed = 0x2545f491): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const JOBS: Array<(i: number) => string> = [
  (i) => `  test-${i}:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
      - run: npm ci && npm test -- --shard=${i % 4}
`,
  (i) => `  release-${i}:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
      issues: write # comments on the release issue
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - run: npm publish --provenance
      - uses: softprops/action-gh-release@v2
`,
  (i) => `  bot-${i}:
    runs-on: ubuntu-latest
    steps:
      - run: gh pr comment "$PR" --body "\${{ github.event.pull_request.title }}" && gh issue edit ${i} --add-label ok
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
`,
  (i) => `  deploy-${i}:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy-${i}
          aws-region: eu-west-1
      - uses: some-org/deploy-action@v${1 + (i % 3)}
      - uses: ./actions/setup
      - run: echo "ok=1" >> "$GITHUB_ENV"
`,
  (i) => `  call-${i}:
    uses: ./.github/workflows/reusable.yml
    secrets: inherit
`,
  (i) => `  remote-${i}:
    uses: octo-org/workflows/.github/workflows/ci.yml@v${i % 5}
`,
  // paved-road: ignore[excessive-permissions] is not meant for this file: the comment below is data.
  (i) => `  # paved-road: ignore[excessive-permissions] the test job only reads
  quiet-${i}:
    runs-on: ubuntu-latest
    steps:
      - run: make # paved-road: ignore[template-injectoin] typo on purpose
      - run: make lint # paved-road: ignore[unknown-action-permissions]
`,
];

function generate(): Record<string, string> {
  const rand = random();
  const files: Record<string, string> = {
    '.github/workflows/reusable.yml': `on:\n  workflow_call:\njobs:\n  inner:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh release create v1\n        env:\n          GH_TOKEN: \${{ github.token }}\n`,
    'actions/setup/action.yml': `name: setup\ndescription: set up\nruns:\n  using: composite\n  steps:\n    - run: gh api repos/o/r/issues\n      shell: bash\n      env:\n        GH_TOKEN: \${{ github.token }}\n`,
    '.github/paved-road.yml': [
      'exceptions:',
      '  - rule: template-injection',
      '    path: .github/workflows/wf-000*.yml',
      '    owner: team-a',
      '    reason: titles are checked upstream',
      '    expires: 2099-01-01',
      '  - rule: excessive-permissions',
      '    path: .github/workflows/wf-0001*.yml',
      '    owner: team-b',
      '    reason: migration',
      '    expires: 2020-01-01',
      '',
    ].join('\n'),
    '.github/workflows/broken.yml': 'on: push\njobs:\n  a:\n    runs-on: [\n',
    '.github/workflows/deep.yml': `x: ${'['.repeat(3000)}${']'.repeat(3000)}\n`,
    '.github/workflows/nested.yml': `on: push\njobs:\n${Array.from({ length: 150 }, (_, d) => `${'  '.repeat(d + 1)}k${d}:`).join('\n')} 1\n`,
  };
  for (let i = 0; i < COUNT; i++) {
    const jobs: string[] = [];
    const n = 1 + Math.floor(rand() * 4);
    for (let j = 0; j < n; j++) jobs.push(JOBS[Math.floor(rand() * JOBS.length)]!(i * 10 + j));
    const top = rand() < 0.4 ? 'permissions:\n  contents: read\n\n' : rand() < 0.2 ? 'permissions: write-all\n\n' : '';
    const on = rand() < 0.2 ? 'pull_request_target:\n' : 'push:\n    branches: [main]\n  pull_request:\n';
    files[`.github/workflows/wf-${String(i).padStart(5, '0')}.yml`] =
      `name: generated ${i}\non:\n  ${on}\n${top}jobs:\n${jobs.join('')}`;
  }
  return files;
}

const WORKSPACE_FILES = generate();

function workspace(): string {
  const dir = makeWorkspace(WORKSPACE_FILES);
  writeFileSync(join(dir, '.github/workflows/binary.yml'), Buffer.from([0x6f, 0x6e, 0x3a, 0x00, 0xff, 0x10]));
  writeFileSync(
    join(dir, '.github/workflows/latin1.yml'),
    Buffer.concat([Buffer.from('on: push\nname: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
  );
  return dir;
}

function threadsLine(text: string): string | undefined {
  return /auditing \d+ files in \d+ threads/.exec(text)?.[0];
}

/** A run's text without the one debug line that says how many threads it used. */
function withoutThreadsLine(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/auditing \d+ files in \d+ threads/.test(line))
    .join('\n');
}

describe('harden-permissions in worker threads gives byte-identical results', () => {
  test('CLI: --format json, the SARIF file and the permissions file are the same in one thread and in three', async () => {
    const cwd = workspace();
    const runIn = async (threads: string) => {
      const temp = join(cwd, `.tmp-${threads}`);
      mkdirSync(temp);
      const run = await runCli(
        ['harden-permissions', '--format', 'json', '--fail-on', 'warning', '--sarif-file', join(temp, 'out.sarif')],
        { cwd, env: { PAVED_ROAD_WORKERS: threads, RUNNER_TEMP: temp, TMPDIR: temp, RUNNER_DEBUG: '1' } },
      );
      return {
        run,
        sarif: readFileSync(join(temp, 'out.sarif'), 'utf8'),
        permissions: readFileSync(join(temp, 'harden-permissions-permissions.json'), 'utf8'),
      };
    };
    const serial = await runIn('1');
    const parallel = await runIn('3');
    expect(threadsLine(serial.run.stderr)).toBeUndefined();
    expect(threadsLine(parallel.run.stderr)).toBe(`auditing ${AUDITED} files in 3 threads`);

    expect(serial.run.exitCode).toBe(1);
    const doc = JSON.parse(serial.run.stdout);
    // The set exercises what the merge has to keep: every kind of result is there.
    // Every generated workflow, the reusable workflow and the composite action: the five hostile files have none.
    expect(Object.keys(doc.permissions)).toHaveLength(COUNT + 2);
    expect(doc.waived.length).toBeGreaterThan(0);
    expect(doc.suppressed.length).toBeGreaterThan(0);
    const rules = new Set(doc.findings.map((f: { rule: string }) => f.rule));
    for (const rule of ['invalid-workflow', 'invalid-suppression', 'expired-exception', 'template-injection'])
      expect(rules).toContain(rule);

    expect(parallel.run.exitCode).toBe(serial.run.exitCode);
    expect(parallel.run.stdout).toBe(serial.run.stdout);
    expect(withoutThreadsLine(parallel.run.stderr)).toBe(withoutThreadsLine(serial.run.stderr));
    expect(parallel.sarif).toBe(serial.sarif);
    expect(parallel.permissions).toBe(serial.permissions);
  });

  test('CLI: without the knob, a set above the threshold uses the cores there are; the output is the same', async () => {
    const cwd = workspace();
    const runIn = (threads: string | undefined) =>
      runCli(['harden-permissions', '--format', 'sarif', '--fail-on', 'never'], {
        cwd,
        env: { PAVED_ROAD_WORKERS: threads, TMPDIR: cwd, RUNNER_DEBUG: '1' },
      });
    const serial = await runIn('1');
    const auto = await runIn(undefined);
    const threads = Math.min(availableParallelism(), Math.floor(AUDITED / 250));
    expect(threadsLine(auto.stderr)).toBe(threads > 1 ? `auditing ${AUDITED} files in ${threads} threads` : undefined);
    expect(auto.exitCode).toBe(0);
    expect(auto.stdout).toBe(serial.stdout);
    expect(withoutThreadsLine(auto.stderr)).toBe(withoutThreadsLine(serial.stderr));
  });

  test('action bundle: outputs, annotations, the step summary and the files are the same in one thread and in three', async () => {
    const dir = workspace();
    const runIn = (threads: string): Promise<ActionRun> =>
      runAction('harden-permissions', {
        workspace: dir,
        inputs: { 'fail-on': 'warning' },
        env: { PAVED_ROAD_WORKERS: threads, RUNNER_DEBUG: '1' },
      });
    const serial = await runIn('1');
    const parallel = await runIn('3');
    const debug = (run: ActionRun) => run.annotations.filter((a) => a.kind === 'debug').map((a) => a.message);
    expect(debug(serial).some((m) => threadsLine(m))).toBe(false);
    expect(debug(parallel)).toContain(`auditing ${AUDITED} files in 3 threads`);

    expect(serial.exitCode).toBe(1);
    expect(parallel.exitCode).toBe(serial.exitCode);
    const notDebug = (run: ActionRun) => run.annotations.filter((a) => a.kind !== 'debug');
    expect(notDebug(serial).length).toBeGreaterThan(0);
    expect(notDebug(parallel)).toEqual(notDebug(serial));
    expect(parallel.summary).toBe(serial.summary);
    expect(parallel.summary).toContain('| .github/workflows/wf-00559.yml |');
    const files = (run: ActionRun) => ({
      ...run.outputs,
      'sarif-file': readFileSync(run.outputs['sarif-file']!, 'utf8'),
      'permissions-file': readFileSync(run.outputs['permissions-file']!, 'utf8'),
    });
    expect(files(parallel)).toEqual(files(serial));
    const log = (run: ActionRun) =>
      withoutThreadsLine(run.stdout.replaceAll(run.runnerTemp, '$RUNNER_TEMP')).replace(/^::debug::.*\n?/gm, '');
    expect(log(parallel)).toBe(log(serial));
  });
});

describe('harden-permissions in worker threads reports unreadable files as one thread does', () => {
  // A file found by the scan but refused when read (a link leading out of the workspace, here to
  // /proc/self/mem) is a finding naming it. Placed all through the second half, it is met by the
  // workers and by this thread alike.
  const unreadable: string[] = [];
  for (let i = COUNT / 2; i < COUNT; i += 7)
    unreadable.push(`.github/workflows/wf-${String(i).padStart(5, '0')}-unreadable.yml`);
  function failingWorkspace(): string {
    const dir = workspace();
    for (const file of unreadable) symlinkSync('/proc/self/mem', join(dir, file));
    return dir;
  }

  test('CLI: the same findings and exit code, nothing on stderr', async () => {
    const cwd = failingWorkspace();
    const runIn = (threads: string) =>
      runCli(['harden-permissions', '--format', 'json'], { cwd, env: { PAVED_ROAD_WORKERS: threads, TMPDIR: cwd } });
    const serial = await runIn('1');
    const parallel = await runIn('3');
    expect(serial.exitCode).toBe(1);
    expect(serial.stderr).toBe('');
    const report = JSON.parse(serial.stdout) as { findings: { file: string; message: string }[] };
    const unread = report.findings.filter((f) => / leads outside the workspace/.test(f.message));
    expect(unread.map((f) => f.file)).toEqual(unreadable);
    expect(parallel.exitCode).toBe(serial.exitCode);
    expect(parallel.stderr).toBe(serial.stderr);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  test('action bundle: the same error annotations and failure', async () => {
    const dir = failingWorkspace();
    const runIn = (threads: string) =>
      runAction('harden-permissions', { workspace: dir, env: { PAVED_ROAD_WORKERS: threads } });
    const serial = await runIn('1');
    const parallel = await runIn('3');
    expect(serial.exitCode).toBe(1);
    const errors = (run: ActionRun) => run.annotations.filter((a) => a.kind === 'error');
    // Annotations are capped; the SARIF file has every finding.
    const unreadIn = (run: ActionRun) => {
      const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as {
        runs: {
          results: {
            message: { text: string };
            locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          }[];
        }[];
      };
      return sarif.runs[0]!.results.filter((r) => / leads outside the workspace/.test(r.message.text)).map(
        (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
      );
    };
    expect(unreadIn(serial)).toEqual(unreadable);
    expect(unreadIn(parallel)).toEqual(unreadable);
    expect(errors(serial).length).toBeGreaterThan(0);
    expect(errors(serial)[0]!.message).not.toMatch(/\n\s+at /);
    expect(parallel.exitCode).toBe(serial.exitCode);
    expect(parallel.annotations).toEqual(serial.annotations);
    const outputs = (run: ActionRun) =>
      Object.fromEntries(
        Object.entries(run.outputs).map(([k, v]) => [k, v.replaceAll(run.runnerTemp, '$RUNNER_TEMP')]),
      );
    expect(outputs(parallel)).toEqual(outputs(serial));
  });
});
