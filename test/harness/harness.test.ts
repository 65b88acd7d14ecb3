import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  DEFAULT_SHA,
  cleanupTempDirs,
  inputVariableName,
  makeWorkspace,
  nodeBinary,
  parseKeyValueFile,
  parsePathFile,
  parseWorkflowCommand,
  parseWorkflowCommands,
  repoRoot,
  runAction,
  spawnBundle,
  spawnCli,
  unescapeData,
  unescapeProperty,
} from './index.js';

const fixtures = join(__dirname, 'fixtures');
const probe = join(fixtures, 'probe-action.mjs');
const metadataFile = join(fixtures, 'action.yml');

afterAll(() => cleanupTempDirs());

describe('runner contract', () => {
  it('finds the repository root and the pinned Node 24 binary', () => {
    expect(existsSync(join(repoRoot, 'pnpm-workspace.yaml'))).toBe(true);
    const version = spawnSync(nodeBinary, ['--version'], { encoding: 'utf8' }).stdout.trim();
    expect(version).toMatch(/^v24\./);
  });

  it('names inputs as the runner does', () => {
    expect(inputVariableName('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputVariableName('with space')).toBe('INPUT_WITH_SPACE');
    expect(inputVariableName('subjectPath')).toBe('INPUT_SUBJECTPATH');
  });

  it('passes inputs, applies action.yml defaults and parses every file command', async () => {
    const run = await spawnBundle(probe, { metadataFile, inputs: { who: 'octocat' }, stdin: 'from stdin\n' });
    expect(run.stderr).toContain('to stderr');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      greeting: 'hello octocat',
      mode: 'fast',
      'expression-default': 'unset',
      'no-default': '""',
      spaced: 'spaced out',
      report: 'line one = first\nline two << second',
      empty: '',
      cwd: run.workspace,
      'event-name': 'push',
      'event-ref': 'refs/heads/main',
      stdin: 'from stdin',
      leaked: 'no',
    });
    expect(run.summary).toBe('## Probe\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(run.env).toEqual({ PROBE_VAR: 'one', PROBE_MULTI: 'x\ny' });
    expect(run.path).toEqual(['/opt/probe/bin', '/opt/other/bin']);
    expect(run.state).toEqual({ 'probe-state': 'saved' });
    expect(run.masks).toEqual(['s3cr3t']);
  });

  it('parses annotations from stdout with the runner unescaping', async () => {
    const run = await spawnBundle(probe, { metadataFile });
    // Like the runner, commands on stderr count too; the two streams' relative order is not defined.
    const fromStderr = { kind: 'notice', file: 'stderr.txt', message: 'commands on stderr count too' };
    expect(run.annotations).toContainEqual(fromStderr);
    expect(run.annotations.filter((a) => a.file !== 'stderr.txt')).toEqual([
      { kind: 'warning', file: 'a:b.yml', line: 3, message: 'x\ny' },
      {
        kind: 'error',
        file: '.github/workflows/ci.yml',
        line: 12,
        col: 5,
        endLine: 14,
        endColumn: 9,
        title: 'Pin, please',
        message: '100% %3A not unescaped in data',
      },
      { kind: 'notice', message: 'leading spaces are trimmed' },
      { kind: 'debug', message: 'a debug line' },
      { kind: 'warning', message: 'empty title and bad line are dropped' },
    ]);
  });

  it('builds the environment from scratch with the GitHub variables, and lets env override', async () => {
    process.env.PAVED_ROAD_HARNESS_LEAK = 'yes';
    try {
      const run = await spawnBundle(probe, {
        metadataFile,
        env: { GITHUB_API_URL: 'http://127.0.0.1:1234', GITHUB_REF: 'refs/tags/v1.2.3' },
        inputs: { 'exit-code': '3' },
      });
      expect(run.exitCode).toBe(3);
      expect(run.outputs.leaked).toBe('no');
      const env = run.processEnv;
      expect(env).toMatchObject({
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_ENVIRONMENT: 'github-hosted',
        GITHUB_REPOSITORY: 'octo-org/octo-repo',
        GITHUB_REPOSITORY_OWNER: 'octo-org',
        GITHUB_REF: 'refs/tags/v1.2.3',
        GITHUB_REF_NAME: 'v1.2.3',
        GITHUB_REF_TYPE: 'tag',
        GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: 'http://127.0.0.1:1234',
        GITHUB_GRAPHQL_URL: 'http://127.0.0.1:1234/graphql',
        GITHUB_WORKSPACE: run.workspace,
        RUNNER_TEMP: run.runnerTemp,
        'INPUT_EXIT-CODE': '3',
        INPUT_WHO: 'world',
        INPUT_WITH_SPACE: 'spaced out',
      });
      expect(env.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/);
      expect(env.GITHUB_REPOSITORY_ID).toMatch(/^\d+$/);
      expect(env.PAVED_ROAD_HARNESS_LEAK).toBeUndefined();
      expect(env.INPUT_TOKEN).toBeUndefined();
      const allowedFromHost = new Set(['PATH', 'HOME']);
      for (const key of Object.keys(env)) {
        if (allowedFromHost.has(key)) continue;
        expect(key).toMatch(/^(GITHUB_|RUNNER_|INPUT_|CI$)/);
      }
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as { after: string; ref: string };
      expect(event.after).toBe(DEFAULT_SHA);
      expect(event.ref).toBe('refs/tags/v1.2.3');
    } finally {
      delete process.env.PAVED_ROAD_HARNESS_LEAK;
    }
  });

  it('sets a pull request ref, head and base, and a pull_request payload, for pull_request', async () => {
    const run = await spawnBundle(probe, { metadataFile, eventName: 'pull_request' });
    expect(run.processEnv).toMatchObject({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/1/merge',
      GITHUB_REF_NAME: '1/merge',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
    });
    const event = JSON.parse(readFileSync(run.processEnv.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      number: number;
      pull_request: { head: { ref: string }; base: { ref: string } };
    };
    expect(event.number).toBe(1);
    expect(event.pull_request.head.ref).toBe('feature');
    expect(event.pull_request.base.ref).toBe('main');
    const push = await spawnBundle(probe, { metadataFile });
    expect(push.processEnv).toMatchObject({ GITHUB_REF: 'refs/heads/main', GITHUB_HEAD_REF: '', GITHUB_BASE_REF: '' });
  });

  it('warns like the runner about inputs action.yml does not declare, and still passes them', async () => {
    const run = await spawnBundle(probe, { metadataFile, inputs: { WHO: 'case-insensitive', 'fail-onn': 'x' } });
    expect(run.runnerWarnings).toEqual([
      "Unexpected input(s) 'fail-onn', valid inputs are ['who', 'mode', 'token', 'no-default', 'with space', 'exit-code', 'summary-bytes']",
    ]);
    expect(run.processEnv['INPUT_FAIL-ONN']).toBe('x');
    expect(run.outputs.greeting).toBe('hello case-insensitive');
    expect((await spawnBundle(probe, { metadataFile, inputs: { who: 'x' } })).runnerWarnings).toEqual([]);
  });

  it("drops a step summary over 1 MiB with the runner's error, and keeps one at the limit", async () => {
    const header = '## Probe\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'.length;
    const over = await spawnBundle(probe, {
      metadataFile,
      inputs: { 'summary-bytes': String(1024 * 1024 - header + 1) },
    });
    expect(over.summaryBytes).toBe(1024 * 1024 + 1);
    expect(over.summary).toBe('');
    expect(over.runnerErrors).toEqual([
      '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1024k.',
    ]);
    const at = await spawnBundle(probe, { metadataFile, inputs: { 'summary-bytes': String(1024 * 1024 - header) } });
    expect(at.summary).toHaveLength(1024 * 1024);
    expect(at.runnerErrors).toEqual([]);
  });

  it('removes a variable given as undefined', async () => {
    const run = await spawnBundle(probe, { metadataFile, env: { GITHUB_ACTIONS: undefined, CI: 'false' } });
    expect(run.exitCode).toBe(0);
    expect('GITHUB_ACTIONS' in run.processEnv).toBe(false);
    expect(run.processEnv.CI).toBe('false');
  });

  it('writes the given event payload and name, and uses the given workspace', async () => {
    const workspace = makeWorkspace({ 'README.md': '# hi\n' });
    const run = await spawnBundle(probe, {
      metadataFile,
      workspace,
      eventName: 'pull_request',
      event: { ref: 'refs/pull/7/merge', number: 7 },
    });
    expect(run.workspace).toBe(workspace);
    expect(run.outputs.cwd).toBe(workspace);
    expect(run.outputs['event-name']).toBe('pull_request');
    expect(run.outputs['event-ref']).toBe('refs/pull/7/merge');
  });

  it('lists every workflow command, stopped ones excluded', async () => {
    const run = await spawnBundle(probe, { metadataFile });
    expect(run.commands.filter((c) => c.properties.file !== 'stderr.txt').map((c) => c.command)).toEqual([
      'warning',
      'error',
      'notice',
      'debug',
      'add-mask',
      'stop-commands',
      'warning',
    ]);
  });

  it('rejects runAction for a target that was never built', async () => {
    await expect(runAction('no-such-action')).rejects.toThrow(/dist\/no-such-action\/index.js does not exist/);
  });

  it('rejects a child that outlives its timeout', async () => {
    const hang = makeWorkspace({ 'hang.mjs': 'setInterval(() => {}, 1000);\n' });
    await expect(spawnCli(join(hang, 'hang.mjs'), [], { timeoutMs: 300 })).rejects.toThrow(/did not finish/);
  });
});

describe('CLI contract', () => {
  it('passes arguments, stdin and only PATH, HOME and the given env', async () => {
    const dir = makeWorkspace({
      'cli.mjs': [
        "import { readFileSync } from 'node:fs';",
        'const stdin = readFileSync(0, "utf8");',
        'console.log(JSON.stringify({ args: process.argv.slice(2), keys: Object.keys(process.env).sort(), stdin, cwd: process.cwd() }));',
        'console.error("diagnostic");',
        'process.exitCode = 2;',
      ].join('\n'),
    });
    const result = await spawnCli(join(dir, 'cli.mjs'), ['audit', '--format', 'json'], {
      cwd: dir,
      env: { EXTRA: '1' },
      stdin: 'abc',
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('diagnostic\n');
    const seen = JSON.parse(result.stdout) as { args: string[]; keys: string[]; stdin: string; cwd: string };
    expect(seen.args).toEqual(['audit', '--format', 'json']);
    expect(seen.stdin).toBe('abc');
    expect(seen.cwd).toBe(dir);
    expect(seen.keys.filter((k) => !['PATH', 'HOME', 'EXTRA'].includes(k))).toEqual([]);
    expect(seen.keys).toContain('EXTRA');
  });
});

describe('the step log', () => {
  it('reassembles lines across chunks and multi-byte characters, both streams, last line without newline', async () => {
    const dir = makeWorkspace({
      'noisy.mjs': [
        "const line = 'é€😀'.repeat(50);",
        'let text = "";',
        'for (let i = 0; i < 4000; i++) text += `${i} ${line}\\r\\n`;',
        'process.stdout.write(text);',
        "process.stderr.write('err one\\nerr two');",
        "process.stdout.write('tail');",
      ].join('\n'),
    });
    const result = await spawnCli(join(dir, 'noisy.mjs'), []);
    expect(result.exitCode).toBe(0);
    const line = 'é€😀'.repeat(50);
    const stdoutLines = result.log.filter((l) => !l.startsWith('err'));
    expect(stdoutLines).toHaveLength(4001);
    expect(stdoutLines.slice(0, 4000).every((l, i) => l === `${i} ${line}`)).toBe(true);
    expect(stdoutLines[4000]).toBe('tail');
    expect(result.log.filter((l) => l.startsWith('err'))).toEqual(['err one', 'err two']);
  });
});

describe('makeWorkspace', () => {
  it('writes nested files and can make a git repository with one commit', () => {
    const dir = makeWorkspace({ '.github/workflows/ci.yml': 'on: push\n', 'a.txt': 'a' }, { git: true });
    expect(readFileSync(join(dir, '.github/workflows/ci.yml'), 'utf8')).toBe('on: push\n');
    const log = spawnSync('git', ['log', '--format=%H %s'], { cwd: dir, encoding: 'utf8' });
    expect(log.stdout.trim()).toMatch(/^[0-9a-f]{40} initial commit$/);
    const files = spawnSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' }).stdout.trim().split('\n');
    expect(files).toEqual(['.github/workflows/ci.yml', 'a.txt']);
  });

  it('writes bytes as they are', () => {
    const bytes = Uint8Array.from([0, 0xff, 0x80, 0x0a]);
    const dir = makeWorkspace({ 'bin/blob': bytes, 'text.txt': 'é' });
    expect([...readFileSync(join(dir, 'bin/blob'))]).toEqual([0, 0xff, 0x80, 0x0a]);
    expect([...readFileSync(join(dir, 'text.txt'))]).toEqual([0xc3, 0xa9]);
  });

  it('refuses paths outside the workspace', () => {
    expect(() => makeWorkspace({ '../escape.txt': 'x' })).toThrow(/outside/);
  });
});

describe('file and workflow command parsing', () => {
  it('uses whichever of = and << comes first, keeps CRLF-separated values, skips blank lines', () => {
    expect(parseKeyValueFile('a=b<<c\n\nd<<E\nx=1\ny\nE\n')).toEqual({ a: 'b<<c', d: 'x=1\ny' });
    // Like the Linux runner, only LF ends a line: CRLF leaves a CR in the value, and a delimiter
    // written with CRLF matches only a closing line that also ends in CR.
    expect(parseKeyValueFile('a=b\r\nd<<E\r\nx\r\nE\r\n')).toEqual({ a: 'b\r', d: 'x\r' });
    expect(() => parseKeyValueFile('d<<E\r\nx\nE\n')).toThrow(/never closed/);
    expect(parseKeyValueFile('dup=1\ndup=2\n')).toEqual({ dup: '2' });
  });

  it('reads GITHUB_PATH as the runner does: untrimmed lines, blank ones skipped, a repeat moves to the end', () => {
    expect(parsePathFile('/a\n\n/b\n/a\n/c')).toEqual(['/b', '/a', '/c']);
  });

  it('fails like the runner on malformed files', () => {
    expect(() => parseKeyValueFile('name<<EOF\nvalue\n', 'GITHUB_OUTPUT')).toThrow(/GITHUB_OUTPUT.*never closed/);
    expect(() => parseKeyValueFile('=value\n')).toThrow(/name must not be empty/);
    expect(() => parseKeyValueFile('just text\n')).toThrow(/invalid line/);
  });

  it('unescapes data and properties in the runner order', () => {
    expect(unescapeData('a%0D%0Ab%25c%3A%2C')).toBe('a\r\nb%c%3A%2C');
    expect(unescapeProperty('a%3Ab%2Cc%250A')).toBe('a:b,c%0A');
    expect(parseWorkflowCommand('::endgroup::')).toEqual({ command: 'endgroup', properties: {}, data: '' });
    expect(parseWorkflowCommand('not ::error::x')).toBeUndefined();
    expect(parseWorkflowCommand('::error file=x.yml')).toBeUndefined();
    expect(parseWorkflowCommands('::error FILE=x.yml,Line=2,endline=3,file=y.yml::m').annotations).toEqual([
      { kind: 'error', file: 'y.yml', line: 2, endLine: 3, message: 'm' },
    ]);
    expect(parseWorkflowCommand('::error a==b,,c=d::m')).toEqual({
      command: 'error',
      properties: { a: '=b', c: 'd' },
      data: 'm',
    });
  });
});
