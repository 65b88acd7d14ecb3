import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, defineCommand, type Command } from '@paved-road/core';
import { actionInputs, inputVariable } from '../src/action.js';
import { cliInputs } from '../src/cli.js';
import { createRunContext, referenceTime, repositoryFromRemote } from '../src/context.js';
import { describeFailure } from '../src/failure.js';

const sample = defineCommand({
  name: 'sample',
  description: 'a sample command',
  inputs: [
    { name: 'paths', description: 'files', positional: true, default: '.github/workflows/*.yml' },
    { name: 'fail-on', description: 'threshold', default: 'error' },
    { name: 'include-dev', description: 'flag', default: 'false' },
    { name: 'github-token', description: 'token', secret: true },
  ],
  outputs: [],
  parse: (inputs) => ({ paths: inputs.getList('paths'), failOn: inputs.get('fail-on') }),
  run: async () => ({ exitCode: 0, outputs: {}, json: {} }),
}) as Command<unknown>;

describe('CLI inputs', () => {
  test('flags carry the input names; positionals fill the positional input; defaults apply', () => {
    const { inputs, format } = cliInputs(sample, ['--fail-on', 'warning', 'a.yml', 'b.yml', '--format', 'json']);
    expect(format).toBe('json');
    expect(inputs.get('fail-on')).toBe('warning');
    expect(inputs.getList('paths')).toEqual(['a.yml', 'b.yml']);
    expect(inputs.get('include-dev')).toBe('false');
    expect(inputs.isSet('include-dev')).toBe(false);
    expect(inputs.isSet('fail-on')).toBe(true);
  });

  test('repeated flags make a list; --name=value works', () => {
    const { inputs } = cliInputs(sample, ['--paths=x.yml', '--paths', 'y.yml']);
    expect(inputs.getList('paths')).toEqual(['x.yml', 'y.yml']);
  });

  test('without paths the default glob stands', () => {
    expect(cliInputs(sample, []).inputs.getList('paths')).toEqual(['.github/workflows/*.yml']);
  });

  test('an unknown flag or format is a usage error naming it', () => {
    expect(() => cliInputs(sample, ['--fail-onn', 'x'])).toThrow(/--fail-onn/);
    expect(() => cliInputs(sample, ['--format', 'xml'])).toThrow(/--format must be one of text, json, sarif/);
  });

  test("a command's own format input takes --format (one name, one meaning)", () => {
    const sbomLike = {
      ...sample,
      inputs: [...sample.inputs, { name: 'format', description: 'the SBOM format', default: 'cyclonedx-json' }],
    };
    const { inputs, format } = cliInputs(sbomLike, ['--format', 'spdx-json']);
    expect(inputs.get('format')).toBe('spdx-json');
    expect(format).toBe('text');
  });

  test('reading an undeclared input is a programming error, caught in tests', () => {
    expect(() => cliInputs(sample, []).inputs.get('nope')).toThrow(/not declared/);
  });
});

describe('Action inputs', () => {
  test('INPUT_ names are upper-cased with hyphens kept and spaces as underscores', () => {
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputVariable('a b')).toBe('INPUT_A_B');
  });

  test('values are trimmed, lists split on lines, missing variables fall back to the definition default', () => {
    const inputs = actionInputs(sample.inputs, {
      'INPUT_FAIL-ON': ' warning \n',
      INPUT_PATHS: 'a.yml\n\n  b.yml\n# comment\n',
    });
    expect(inputs.get('fail-on')).toBe('warning');
    expect(inputs.getList('paths')).toEqual(['a.yml', 'b.yml']);
    expect(inputs.get('include-dev')).toBe('false');
    expect(inputs.isSet('include-dev')).toBe(false);
    expect(() => inputs.get('undeclared')).toThrow(/not declared/);
  });
});

describe('Run context', () => {
  test('SOURCE_DATE_EPOCH fixes the reference time; garbage is a configuration error', () => {
    expect(referenceTime({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(() => referenceTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(ConfigurationError);
  });

  test('SOURCE_DATE_EPOCH sets the time written into outputs, never the clock exceptions expire by', () => {
    const before = Date.now();
    const context = createRunContext({ edge: 'cli', env: { SOURCE_DATE_EPOCH: '0' }, cwd: '/', write: () => {} });
    expect(context.buildTime.getTime()).toBe(0);
    expect(context.now.getTime()).toBeGreaterThanOrEqual(before);
  });

  test('owner/repo from every remote URL form', () => {
    expect(repositoryFromRemote('https://github.com/octo-org/octo-repo.git')).toBe('octo-org/octo-repo');
    expect(repositoryFromRemote('git@github.com:octo-org/octo-repo.git')).toBe('octo-org/octo-repo');
    expect(repositoryFromRemote('ssh://git@ghe.example.com/octo-org/octo-repo')).toBe('octo-org/octo-repo');
    expect(repositoryFromRemote(undefined)).toBeUndefined();
  });

  test('outside Actions, repository, commit and ref come from git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paved-road-ctx-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'trunk');
    git('-c', 'user.email=a@b.c', '-c', 'user.name=a', 'commit', '-q', '--allow-empty', '-m', 'x');
    git('remote', 'add', 'origin', 'https://github.com/octo-org/laptop.git');
    const context = createRunContext({ edge: 'cli', env: { PATH: process.env.PATH }, cwd: dir, write: () => {} });
    expect(context.inActions).toBe(false);
    expect(context.repository).toBe('octo-org/laptop');
    expect(context.sha).toBe(git('rev-parse', 'HEAD'));
    expect(context.ref).toBe('refs/heads/trunk');
    expect(context.apiUrl).toBe('https://api.github.com');
  });

  test('inside Actions the runner variables win and GITHUB_API_URL is honoured', () => {
    const context = createRunContext({
      edge: 'action',
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: '/work/space',
        GITHUB_REPOSITORY: 'octo-org/octo-repo',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_REF: 'refs/tags/v1.0.0',
        GITHUB_API_URL: 'http://127.0.0.1:9/api/v3/',
        RUNNER_TEMP: '/runner/temp',
      },
      cwd: '/elsewhere',
      write: () => {},
    });
    expect(context).toMatchObject({
      workspace: '/work/space',
      tempDir: '/runner/temp',
      repository: 'octo-org/octo-repo',
      ref: 'refs/tags/v1.0.0',
      apiUrl: 'http://127.0.0.1:9/api/v3',
    });
  });
});

describe('Failures', () => {
  test('a configuration error is one line with file:line and the fix', () => {
    const failure = describeFailure(
      new ConfigurationError(
        'invalid-yaml',
        'Unexpected end of flow mapping.',
        { file: 'a.yml', line: 3, column: 7 },
        'Close the brace.',
      ),
    );
    expect(failure.message).toBe('a.yml:3:7: Unexpected end of flow mapping. Close the brace.');
    expect(failure.message).not.toContain('\n');
  });

  test('anything else is said to be our bug, without the stack in the message', () => {
    const failure = describeFailure(new TypeError('x is undefined\n    at foo (bar.js:1:1)'));
    expect(failure.message).toMatch(/^internal error: x is undefined \(a bug in paved-road/);
    expect(failure.message).not.toContain('bar.js');
    expect(failure.stack).toBeDefined();
  });
});
