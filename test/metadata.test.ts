// Every action's metadata (actions/<name>/action.yml) against the runner's rules and against the
// Command that implements it: the inputs a workflow can pass are exactly the inputs the code reads.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Command, InputDefinition, InputSource, RunContext } from '@paved-road/core';
import { commands } from './commands.js';
import { COMMAND_NAMES, loadCommands } from '@paved-road/cli';
import { DEFAULT_REF, DEFAULT_REPOSITORY, DEFAULT_SHA, makeWorkspace, repoRoot } from './harness/index.js';

interface ActionInput {
  description?: unknown;
  default?: unknown;
  required?: unknown;
}

interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  inputs?: Record<string, ActionInput | null>;
  outputs?: Record<string, { description?: unknown } | null>;
  runs?: { using?: unknown; main?: unknown; pre?: unknown; post?: unknown };
}

/**
 * Values for required inputs that have no default, so that parse gets far enough to read the rest
 * (parse may reject an empty required input). Add one here when a command needs it.
 */
const SAMPLE_INPUTS: Record<string, Record<string, string>> = {
  'attest-provenance': { 'subject-path': 'dist/**' },
  'verify-release': { 'subject-path': 'dist/app.tar.gz', repository: 'octo-org/octo-repo' },
  'find-affected': { sboms: 'sboms', component: 'pkg:npm/lodash', 'version-range': '<4.17.21' },
};

/** What the runner makes of the expression defaults our action.yml files use. */
const EXPRESSIONS: Record<string, string> = {
  'github.token': 'ghs_metadata_test_token',
  'github.repository': DEFAULT_REPOSITORY,
  'github.repository_owner': DEFAULT_REPOSITORY.split('/')[0] as string,
  'github.sha': DEFAULT_SHA,
  'github.ref': DEFAULT_REF,
  'github.server_url': 'https://github.com',
  'github.api_url': 'https://api.github.com',
};

/** Evaluates `${{ name }}` references from EXPRESSIONS; undefined when one is unknown. */
function evaluateDefault(value: string): string | undefined {
  let unknown = false;
  const result = value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, name: string) => {
    const known = EXPRESSIONS[name];
    if (known === undefined) unknown = true;
    return known ?? '';
  });
  return unknown ? undefined : result;
}

/** Files in the workspace parse sees, for inputs it checks on disk. */
const SAMPLE_FILES: Record<string, string> = { 'dist/app.tar.gz': 'artifact bytes\n' };

const actionsDir = join(repoRoot, 'actions');
const actionNames = readdirSync(actionsDir)
  .filter((name) => statSync(join(actionsDir, name)).isDirectory())
  .sort();

function loadMetadata(name: string): ActionMetadata {
  const file = join(actionsDir, name, 'action.yml');
  if (!existsSync(file)) throw new Error(`actions/${name}/action.yml does not exist`);
  return parseYaml(readFileSync(file, 'utf8')) as ActionMetadata;
}

/**
 * A RunContext as the action edge builds one on a runner (GitHub variables, an OIDC token endpoint as
 * with `id-token: write`), over a workspace holding SAMPLE_FILES. Nothing is contacted: parse only reads.
 */
function testContext(): RunContext {
  const workspace = makeWorkspace(SAMPLE_FILES);
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: tmpdir(),
    GITHUB_REPOSITORY: DEFAULT_REPOSITORY,
    GITHUB_SHA: DEFAULT_SHA,
    GITHUB_REF: DEFAULT_REF,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_WORKFLOW_REF: `${DEFAULT_REPOSITORY}/.github/workflows/release.yml@${DEFAULT_REF}`,
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
  };
  return {
    workspace,
    tempDir: tmpdir(),
    inActions: true,
    env,
    repository: DEFAULT_REPOSITORY,
    sha: DEFAULT_SHA,
    ref: DEFAULT_REF,
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    now: new Date(Date.UTC(2026, 0, 1)),
    buildTime: new Date(Date.UTC(2026, 0, 1)),
    log: () => undefined,
    debug: () => undefined,
  };
}

/**
 * An InputSource that answers as the action edge would (the runner's values; `isSet` when a value is
 * given and differs from the command's default) and records every name asked for.
 */
function recordingSource(
  values: Record<string, string>,
  commandDefaults: Record<string, string | undefined> = {},
): { source: InputSource; read: Set<string> } {
  const read = new Set<string>();
  const get = (name: string): string => {
    read.add(name);
    return (values[name] ?? '').trim();
  };
  return {
    read,
    source: {
      get,
      getList: (name) =>
        get(name)
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      isSet: (name) => {
        read.add(name);
        const value = values[name]?.trim();
        return value !== undefined && value !== '' && value !== commandDefaults[name];
      },
    },
  };
}

/** The runner's rules for metadata, and ours: what is wrong with one action.yml. */
function metadataProblems(name: string, metadata: ActionMetadata): string[] {
  const problems: string[] = [];
  if (!metadata || typeof metadata !== 'object') return ['action.yml is not a mapping'];
  if (typeof metadata.name !== 'string' || !metadata.name.trim()) problems.push('no name');
  if (typeof metadata.description !== 'string' || !metadata.description.trim()) problems.push('no description');
  if (metadata.runs?.using !== 'node24')
    problems.push(`runs.using is ${JSON.stringify(metadata.runs?.using)}, not node24`);
  if (metadata.runs?.main !== `../../dist/${name}/index.js`)
    problems.push(`runs.main is ${JSON.stringify(metadata.runs?.main)}, not ../../dist/${name}/index.js`);
  for (const [input, definition] of Object.entries(metadata.inputs ?? {})) {
    if (typeof definition?.description !== 'string' || !definition.description.trim())
      problems.push(`input ${input}: no description`);
    if (definition?.default !== undefined && typeof definition.default !== 'string') {
      problems.push(
        `input ${input}: default ${JSON.stringify(definition.default)} is a ${typeof definition.default}, not a string`,
      );
    }
    if (definition?.required !== undefined && typeof definition.required !== 'boolean')
      problems.push(`input ${input}: required must be true or false`);
  }
  for (const [output, definition] of Object.entries(metadata.outputs ?? {})) {
    if (typeof definition?.description !== 'string' || !definition.description.trim())
      problems.push(`output ${output}: no description`);
  }
  return problems;
}

/** Differences between action.yml and the Command: inputs (name, default, required) and output names. */
function declarationDrift(metadata: ActionMetadata, command: Command<unknown>): string[] {
  const problems: string[] = [];
  const yamlInputs = metadata.inputs ?? {};
  const codeInputs = new Map(command.inputs.map((d) => [d.name, d]));
  for (const [input, definition] of Object.entries(yamlInputs)) {
    const code = codeInputs.get(input);
    if (!code) {
      problems.push(`input ${input}: in action.yml, not in the command`);
      continue;
    }
    // No default and an empty one are the same to the runner; an expression default (`${{ github.token }}`)
    // is the runner's to evaluate, so the command cannot carry it (it reads its own fallback).
    const yamlDefault =
      typeof definition?.default === 'string' && definition.default !== '' ? definition.default : undefined;
    const codeDefault = code.default === '' ? undefined : code.default;
    if (!yamlDefault?.includes('${{') && yamlDefault !== codeDefault)
      problems.push(
        `input ${input}: default ${JSON.stringify(definition?.default)} in action.yml, ${JSON.stringify(code.default)} in the command`,
      );
    if ((definition?.required === true) !== (code.required === true)) problems.push(`input ${input}: required differs`);
  }
  for (const input of codeInputs.keys())
    if (!(input in yamlInputs)) problems.push(`input ${input}: in the command, not in action.yml`);
  const yamlOutputs = Object.keys(metadata.outputs ?? {}).sort();
  const codeOutputs = command.outputs.map((o) => o.name).sort();
  for (const output of yamlOutputs)
    if (!codeOutputs.includes(output)) problems.push(`output ${output}: in action.yml, not in the command`);
  for (const output of codeOutputs)
    if (!yamlOutputs.includes(output)) problems.push(`output ${output}: in the command, not in action.yml`);
  return problems;
}

/** Runs parse with action.yml's defaults: declared inputs it never reads, and inputs it reads that are not declared. */
function inputReadProblems(name: string, metadata: ActionMetadata, command: Command<unknown>): string[] {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const [input, definition] of Object.entries(metadata.inputs ?? {})) {
    if (typeof definition?.default !== 'string') continue;
    const value = evaluateDefault(definition.default);
    if (value === undefined)
      problems.push(
        `input ${input}: the test cannot evaluate the default ${definition.default} (add it to EXPRESSIONS)`,
      );
    else values[input] = value;
  }
  Object.assign(values, SAMPLE_INPUTS[name] ?? {});
  const { source, read } = recordingSource(values, Object.fromEntries(command.inputs.map((d) => [d.name, d.default])));
  try {
    command.parse(source, testContext());
  } catch (error) {
    problems.push(
      `parse threw before finishing: ${error instanceof Error ? error.message : String(error)} (give it values in SAMPLE_INPUTS)`,
    );
  }
  const declared = Object.keys(metadata.inputs ?? {});
  for (const input of declared) if (!read.has(input)) problems.push(`input ${input}: declared, never read by parse`);
  for (const input of [...read].sort())
    if (!declared.includes(input)) problems.push(`input ${input}: read by parse, not declared`);
  return problems;
}

function commandFor(name: string): Command<unknown> {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new Error(`no command named "${name}" in packages/cli/src/commands.ts`);
  return command;
}

it('finds the actions', () => {
  expect(actionNames.length).toBeGreaterThan(0);
});

it('every command is an action', () => {
  for (const command of commands) expect(actionNames).toContain(command.name);
});

it("the CLI's lazily loaded table holds exactly these commands, in this order", async () => {
  const loaded = await loadCommands();
  expect(loaded.map((c) => c.name)).toEqual(commands.map((c) => c.name));
  expect(COMMAND_NAMES).toEqual(commands.map((c) => c.name));
  for (const [i, command] of loaded.entries()) expect(command).toBe(commands[i]);
});

describe.each(actionNames)('actions/%s', (name) => {
  it('action.yml is valid metadata: node24, main is the committed bundle, inputs and outputs described, string defaults', () => {
    const metadata = loadMetadata(name);
    expect(metadataProblems(name, metadata)).toEqual([]);
    const main = resolve(actionsDir, name, String(metadata.runs?.main));
    expect(
      existsSync(main) ? [] : [`${main} does not exist: build it (scripts/build.mjs ${name}) and commit dist/`],
    ).toEqual([]);
  });

  it('declares the same inputs (names, defaults, required) and outputs as its command', () => {
    expect(declarationDrift(loadMetadata(name), commandFor(name))).toEqual([]);
  });

  it('parse reads every declared input and no other', () => {
    expect(inputReadProblems(name, loadMetadata(name), commandFor(name))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const metadata: ActionMetadata = {
    name: 'Probe',
    description: 'A probe.',
    runs: { using: 'node24', main: '../../dist/probe/index.js' },
    inputs: {
      paths: { description: 'Files.', default: '.' },
      'fail-on': { description: 'Threshold.', default: 'error' },
    },
    outputs: { 'sarif-file': { description: 'SARIF path.' } },
  };
  const probe = (
    read: (inputs: InputSource) => void,
    inputs: InputDefinition[] = [
      { name: 'paths', description: 'Files.', default: '.' },
      { name: 'fail-on', description: 'Threshold.', default: 'error' },
    ],
  ): Command<unknown> => ({
    name: 'probe',
    description: 'A probe.',
    inputs,
    outputs: [{ name: 'sarif-file', description: 'SARIF path.' }],
    parse: (source) => read(source),
    run: () => Promise.reject(new Error('not run')),
  });

  it('accepts a consistent action', () => {
    expect(metadataProblems('probe', metadata)).toEqual([]);
    const command = probe((s) => {
      s.getList('paths');
      s.get('fail-on');
    });
    expect(declarationDrift(metadata, command)).toEqual([]);
    expect(inputReadProblems('probe', metadata, command)).toEqual([]);
  });

  it('reports bad metadata', () => {
    const bad = {
      ...metadata,
      runs: { using: 'node20', main: 'index.js' },
      inputs: { paths: { default: 3 as unknown as string }, x: { description: 'x', required: 'yes' } },
      outputs: { o: {} },
    } as ActionMetadata;
    expect(metadataProblems('probe', bad)).toEqual([
      'runs.using is "node20", not node24',
      'runs.main is "index.js", not ../../dist/probe/index.js',
      'input paths: no description',
      'input paths: default 3 is a number, not a string',
      'input x: required must be true or false',
      'output o: no description',
    ]);
  });

  it('reports drift between action.yml and the command', () => {
    const command = probe(
      () => undefined,
      [
        { name: 'paths', description: 'Files.', default: '**' },
        { name: 'policy', description: 'Policy.', default: '.github/paved-road.yml' },
      ],
    );
    expect(declarationDrift(metadata, command)).toEqual([
      'input paths: default "." in action.yml, "**" in the command',
      'input fail-on: in action.yml, not in the command',
      'input policy: in the command, not in action.yml',
    ]);
  });

  it('evaluates expression defaults as the runner does, and answers isSet as the action edge does', () => {
    const seen: Record<string, unknown> = {};
    const command = probe(
      (s) => {
        seen.token = s.get('token');
        seen.tokenSet = s.isSet('token');
        seen.paths = s.getList('paths');
        seen.pathsSet = s.isSet('paths');
        seen.failOnSet = s.isSet('fail-on');
      },
      [
        { name: 'paths', description: 'Files.', default: '.' },
        { name: 'fail-on', description: 'Threshold.', default: 'error' },
        { name: 'token', description: 'Token.', default: '${{ github.token }}' },
      ],
    );
    const withToken: ActionMetadata = {
      ...metadata,
      inputs: { ...metadata.inputs, token: { description: 'Token.', default: '${{ github.token }}' } },
    };
    expect(inputReadProblems('probe', withToken, command)).toEqual([]);
    expect(seen).toEqual({
      token: EXPRESSIONS['github.token'],
      tokenSet: true,
      paths: ['.'],
      pathsSet: false,
      failOnSet: false,
    });
  });

  it('treats an empty default as none, and leaves expression defaults to the runner', () => {
    const withToken: ActionMetadata = {
      ...metadata,
      inputs: {
        paths: { description: 'Files.', default: '' },
        token: { description: 'Token.', default: '${{ github.token }}' },
      },
    };
    const command = probe(
      () => undefined,
      [
        { name: 'paths', description: 'Files.' },
        { name: 'token', description: 'Token.', default: '' },
      ],
    );
    expect(declarationDrift(withToken, command)).toEqual([]);
    const literal: ActionMetadata = {
      ...withToken,
      inputs: { ...withToken.inputs, paths: { description: 'Files.', default: 'src' } },
    };
    expect(declarationDrift(literal, command)).toEqual([
      'input paths: default "src" in action.yml, undefined in the command',
    ]);
  });

  it('reports inputs never read, inputs read but not declared, and a parse that throws', () => {
    const command = probe((s) => {
      s.isSet('paths');
      s.get('token');
      if (s.get('fail-on') === 'error') throw new Error('boom');
    });
    expect(inputReadProblems('probe', metadata, command)).toEqual([
      'parse threw before finishing: boom (give it values in SAMPLE_INPUTS)',
      'input token: read by parse, not declared',
    ]);
    const lazy = probe((s) => void s.get('paths'));
    expect(
      inputReadProblems(
        'probe',
        { ...metadata, inputs: { ...metadata.inputs, 'fail-on': { description: 'x', default: '${{ vars.level }}' } } },
        lazy,
      ),
    ).toEqual([
      'input fail-on: the test cannot evaluate the default ${{ vars.level }} (add it to EXPRESSIONS)',
      'input fail-on: declared, never read by parse',
    ]);
    expect(inputReadProblems('probe', metadata, lazy)).toEqual(['input fail-on: declared, never read by parse']);
  });
});
