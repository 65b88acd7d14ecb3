// Runs our bundles the way GitHub's runner runs a `node24` action: a fresh environment (only PATH and
// HOME leak in), INPUT_<NAME> variables with action.yml defaults applied, pre-created file-command
// files, an event payload file, cwd = GITHUB_WORKSPACE. After the run it reads what the runner would
// read: the file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY)
// and the workflow commands on stdout (`::error file=..::msg`), with the runner's parsing rules.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

function findRepoRoot(): string {
  // Jest compiles this file to CommonJS, so __dirname is there; otherwise walk up from the cwd.
  let dir = typeof __dirname === 'string' ? resolve(__dirname, '..', '..') : process.cwd();
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('test/harness: cannot find the repository root (pnpm-workspace.yaml)');
    dir = parent;
  }
}

/** Absolute path of the repository checkout. */
export const repoRoot: string = findRepoRoot();

/**
 * The pinned Node 24 binary itself, not the `.bin/node` shell wrapper: the wrapper sets NODE_PATH,
 * which would let a bundle resolve packages it failed to include. The runner runs a bare node.
 */
export const nodeBinary: string = (() => {
  const real = join(repoRoot, 'node_modules', 'node', 'bin', 'node');
  return existsSync(real) ? real : join(repoRoot, 'node_modules', '.bin', 'node');
})();

export interface Annotation {
  kind: 'error' | 'warning' | 'notice' | 'debug';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, both `name=value` and `name<<DELIMITER` forms. */
  outputs: Record<string, string>;
  /**
   * GITHUB_STEP_SUMMARY as GitHub shows it: what was written, or '' when it is over the runner's
   * 1 MiB limit (then the runner drops it and reports an error, see `runnerErrors`).
   */
  summary: string;
  /** Size of what the step wrote to GITHUB_STEP_SUMMARY, in bytes. */
  summaryBytes: number;
  /** GITHUB_ENV. */
  env: Record<string, string>;
  /** GITHUB_PATH, one entry per non-empty line, in file order. */
  path: string[];
  /** GITHUB_STATE. */
  state: Record<string, string>;
  /** error / warning / notice / debug workflow commands on stdout or stderr, unescaped. */
  annotations: Annotation[];
  /** Values registered with `::add-mask::`. */
  masks: string[];
  /** Every workflow command on stdout, in order (groups, masks, annotations ...). */
  commands: WorkflowCommand[];
  /** Warnings the runner itself adds to the step, e.g. for inputs action.yml does not declare. */
  runnerWarnings: string[];
  /** Errors the runner itself adds to the step, e.g. for a step summary over its size limit. */
  runnerErrors: string[];
  workspace: string;
  runnerTemp: string;
  /** The environment the process was started with (for assertions about the contract itself). */
  processEnv: Record<string, string>;
}

export interface ActionRunOptions {
  /** Action inputs by name as in action.yml (`fail-on`), as a workflow's `with:` gives them. */
  inputs?: Record<string, string>;
  /**
   * Extra variables; they override the defaults the harness sets (e.g. GITHUB_API_URL). `undefined`
   * removes a variable the harness would set (to run "outside Actions", drop GITHUB_ACTIONS).
   */
  env?: Record<string, string | undefined>;
  /** The event payload written to GITHUB_EVENT_PATH; a minimal payload for eventName when omitted. */
  event?: object;
  /** GITHUB_EVENT_NAME; default `push`. */
  eventName?: string;
  /** GITHUB_WORKSPACE; a fresh temp dir when omitted. */
  workspace?: string;
  /** The process's working directory; GITHUB_WORKSPACE when omitted (as the runner does). */
  cwd?: string;
  stdin?: string;
  /** Safety net against a hung child (it is killed and the run rejects); default 45 s. */
  timeoutMs?: number;
}

export interface CliRunOptions {
  cwd?: string;
  /** Added to PATH and HOME; `undefined` removes one of those. */
  env?: Record<string, string | undefined>;
  stdin?: string;
  timeoutMs?: number;
}

export interface ProcessRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr lines in the order they arrived: the step log as the runner shows it. */
  log: string[];
}

export const DEFAULT_REPOSITORY = 'octo-org/octo-repo';
export const DEFAULT_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
export const DEFAULT_REF = 'refs/heads/main';

const created: string[] = [];
let exitHookInstalled = false;

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', cleanupTempDirs);
  }
  return dir;
}

/** Removes every temp dir the harness made so far (also done after each test file, and at exit). */
export function cleanupTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Jest workers are stopped without an 'exit' event, so under jest clean up after each test file: a
// test file gets its own copy of this module, and this registers in it when the file imports us.
declare const afterAll: ((fn: () => void) => void) | undefined;
if (typeof afterAll === 'function') afterAll(cleanupTempDirs);

/** `INPUT_<NAME>` as the runner forms it: spaces to `_`, upper-cased, hyphens kept. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

interface ActionMetadataInputs {
  [name: string]: { default?: unknown } | null | undefined;
}

/**
 * The INPUT_* variables the runner sets: every declared input (its default, or '' when it has none),
 * then the given ones. Defaults that are expressions (`${{ github.token }}`) are not evaluated here.
 */
export function inputEnvironment(
  metadataFile: string | undefined,
  inputs: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  if (metadataFile) {
    const metadata = parseYaml(readFileSync(metadataFile, 'utf8')) as { inputs?: ActionMetadataInputs } | null;
    for (const [name, definition] of Object.entries(metadata?.inputs ?? {})) {
      const value = definition?.default;
      if (value === undefined || value === null) env[inputVariableName(name)] = '';
      else if (!String(value).includes('${{')) env[inputVariableName(name)] = String(value);
    }
  }
  for (const [name, value] of Object.entries(inputs)) env[inputVariableName(name)] = value;
  return env;
}

/**
 * The runner's warning for inputs the action does not declare (names compared case-insensitively):
 * the step still runs, the input is still passed.
 */
export function unexpectedInputsWarning(
  metadataFile: string | undefined,
  inputs: Record<string, string> = {},
): string[] {
  if (!metadataFile) return [];
  const metadata = parseYaml(readFileSync(metadataFile, 'utf8')) as { inputs?: ActionMetadataInputs } | null;
  const valid = Object.keys(metadata?.inputs ?? {});
  const known = new Set(valid.map((name) => name.toLowerCase()));
  const unexpected = Object.keys(inputs).filter((name) => !known.has(name.toLowerCase()));
  if (!unexpected.length) return [];
  return [`Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${valid.join("', '")}']`];
}

const PULL_NUMBER = 1;
const HEAD_BRANCH = 'feature';
const BASE_BRANCH = 'main';
const HEAD_SHA = 'bd4c0e5d9b4ee9c2f1f0b2a0c7de46e4d2c1b0a9';

function isPullEvent(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target';
}

/** The ref the runner sets for an event: a pull request's merge ref, the base branch for pull_request_target. */
function defaultRef(eventName: string): string {
  return eventName === 'pull_request' ? `refs/pull/${PULL_NUMBER}/merge` : DEFAULT_REF;
}

function defaultEvent(eventName: string, repository: string, sha: string, ref: string): object {
  const [owner = 'octo-org', name = 'octo-repo'] = repository.split('/');
  const repo = {
    id: 123456789,
    name,
    full_name: repository,
    private: false,
    owner: { login: owner, id: 987654321, type: 'Organization' },
    html_url: `https://github.com/${repository}`,
    default_branch: 'main',
  };
  const sender = { login: 'octocat', id: 583231, type: 'User' };
  if (eventName === 'push') {
    return {
      ref,
      before: '0000000000000000000000000000000000000000',
      after: sha,
      created: false,
      deleted: false,
      forced: false,
      repository: repo,
      pusher: { name: 'octocat', email: 'octocat@github.com' },
      sender,
      head_commit: { id: sha, message: 'test commit', timestamp: '2026-01-01T00:00:00Z' },
    };
  }
  if (eventName === 'workflow_dispatch')
    return { ref, inputs: {}, repository: repo, sender, workflow: '.github/workflows/release.yml' };
  if (isPullEvent(eventName)) {
    return {
      action: 'opened',
      number: PULL_NUMBER,
      pull_request: {
        number: PULL_NUMBER,
        state: 'open',
        title: 'A change',
        user: sender,
        head: { ref: HEAD_BRANCH, sha: HEAD_SHA, repo },
        base: { ref: BASE_BRANCH, sha, repo },
      },
      repository: repo,
      sender,
    };
  }
  return { repository: repo, sender };
}

/** The runner's environment for one step, built from scratch. */
function actionEnvironment(
  options: ActionRunOptions,
  paths: { workspace: string; runnerTemp: string; eventPath: string; files: FileCommandPaths },
): Record<string, string> {
  const given = options.env ?? {};
  const repository = given.GITHUB_REPOSITORY ?? DEFAULT_REPOSITORY;
  const owner = repository.split('/')[0] ?? '';
  const eventName = options.eventName ?? 'push';
  const ref = given.GITHUB_REF ?? defaultRef(eventName);
  const refType = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
  const refName = ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, '');
  const sha = given.GITHUB_SHA ?? DEFAULT_SHA;
  const serverUrl = given.GITHUB_SERVER_URL ?? 'https://github.com';
  const apiUrl = given.GITHUB_API_URL ?? 'https://api.github.com';
  const graphqlUrl =
    apiUrl === 'https://api.github.com' ? 'https://api.github.com/graphql' : `${apiUrl.replace(/\/+$/, '')}/graphql`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? tmpdir(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__paved-road',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: graphqlUrl,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_ID: '123456789',
    GITHUB_REPOSITORY_OWNER_ID: '987654321',
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: refType,
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_BASE_REF: isPullEvent(eventName) ? BASE_BRANCH : '',
    GITHUB_HEAD_REF: isPullEvent(eventName) ? HEAD_BRANCH : '',
    GITHUB_WORKFLOW: 'release',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/release.yml@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_JOB: 'build',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: paths.eventPath,
    GITHUB_WORKSPACE: paths.workspace,
    GITHUB_OUTPUT: paths.files.output,
    GITHUB_STEP_SUMMARY: paths.files.summary,
    GITHUB_ENV: paths.files.env,
    GITHUB_PATH: paths.files.path,
    GITHUB_STATE: paths.files.state,
    RUNNER_TEMP: paths.runnerTemp,
    RUNNER_TOOL_CACHE: join(paths.runnerTemp, '_tool'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
  };
  return env;
}

/** `base` with `overrides` applied: a string sets, `undefined` removes. */
function withOverrides(
  base: Record<string, string>,
  overrides: Record<string, string | undefined> = {},
): Record<string, string> {
  const env = { ...base };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

interface FileCommandPaths {
  output: string;
  summary: string;
  env: string;
  path: string;
  state: string;
}

/**
 * Spawns `script` with the pinned Node as a child process. Resolves with its exit code and output;
 * rejects when it outlives `timeoutMs` (it is killed) or cannot be started.
 */
export function spawnProcess(
  script: string,
  args: readonly string[],
  options: { env: Record<string, string>; cwd: string; stdin?: string; timeoutMs?: number },
): Promise<ProcessRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(nodeBinary, [script, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    // The runner reads both streams line by line into one log; keep the lines in arrival order.
    const log: string[] = [];
    const partial = { out: '', err: '' };
    const decoders = { out: new StringDecoder('utf8'), err: new StringDecoder('utf8') };
    const take = (stream: 'out' | 'err', text: string): void => {
      const lines = (partial[stream] + text).split('\n');
      partial[stream] = lines.pop() ?? '';
      for (const line of lines) log.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 45_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      take('out', decoders.out.write(chunk));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err.push(chunk);
      take('err', decoders.err.write(chunk));
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      for (const stream of ['out', 'err'] as const) {
        take(stream, decoders[stream].end());
        if (partial[stream] !== '') log.push(partial[stream]);
      }
      if (timedOut) {
        reject(
          new Error(
            `${script} did not finish within ${options.timeoutMs ?? 45_000} ms and was killed.\nstdout:\n${stdout}\nstderr:\n${stderr}`,
          ),
        );
        return;
      }
      // A signal death is reported like a shell does: 128 + signal number is not portable, so use 1.
      resolvePromise({ exitCode: code ?? (signal ? 1 : 0), stdout, stderr, log });
    });
    // The child may exit before reading stdin; that is not an error of the harness.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
  });
}

export interface BundleOptions extends ActionRunOptions {
  /** action.yml whose input defaults apply. */
  metadataFile?: string;
}

/**
 * Runs any script under the runner's contract for a node action and parses what it left behind.
 * runAction is this with `dist/<target>/index.js` and `actions/<target>/action.yml`; the harness's own
 * tests run a fixture script through it.
 */
export async function spawnBundle(script: string, options: BundleOptions = {}): Promise<ActionRun> {
  const root = tempDir('paved-road-run-');
  const runnerTemp = join(root, 'runner-temp');
  const workspace = options.workspace ?? join(root, 'workspace');
  mkdirSync(runnerTemp, { recursive: true });
  mkdirSync(workspace, { recursive: true });
  // Where the runner keeps them: RUNNER_TEMP/_runner_file_commands and _github_workflow/event.json.
  const commandsDir = join(runnerTemp, '_runner_file_commands');
  mkdirSync(commandsDir);
  const files: FileCommandPaths = {
    output: join(commandsDir, 'set_output'),
    summary: join(commandsDir, 'step_summary'),
    env: join(commandsDir, 'set_env'),
    path: join(commandsDir, 'add_path'),
    state: join(commandsDir, 'save_state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const eventPath = join(runnerTemp, '_github_workflow', 'event.json');
  mkdirSync(dirname(eventPath));

  const base = actionEnvironment(options, { workspace, runnerTemp, eventPath, files });
  const eventName = base.GITHUB_EVENT_NAME ?? 'push';
  const event =
    options.event ??
    defaultEvent(
      eventName,
      options.env?.GITHUB_REPOSITORY ?? DEFAULT_REPOSITORY,
      options.env?.GITHUB_SHA ?? DEFAULT_SHA,
      base.GITHUB_REF ?? DEFAULT_REF,
    );
  writeFileSync(eventPath, JSON.stringify(event, null, 2));

  const processEnv = withOverrides({ ...base, ...inputEnvironment(options.metadataFile, options.inputs) }, options.env);
  const run = await spawnProcess(script, [], {
    env: processEnv,
    cwd: options.cwd ?? workspace,
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });

  // The runner processes workflow commands on both streams (console.error('::warning::x') annotates too).
  const commands = parseWorkflowCommands(run.log.join('\n'));
  return {
    ...run,
    outputs: parseKeyValueFile(readFileSync(files.output, 'utf8'), 'GITHUB_OUTPUT'),
    ...readSummary(files.summary),
    env: parseKeyValueFile(readFileSync(files.env, 'utf8'), 'GITHUB_ENV'),
    path: parsePathFile(readFileSync(files.path, 'utf8')),
    state: parseKeyValueFile(readFileSync(files.state, 'utf8'), 'GITHUB_STATE'),
    annotations: commands.annotations,
    masks: commands.masks,
    commands: commands.commands,
    runnerWarnings: unexpectedInputsWarning(options.metadataFile, options.inputs),
    workspace,
    runnerTemp,
    processEnv,
  };
}

/** The runner uploads a step summary up to this size and drops a larger one with an error. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

function readSummary(file: string): { summary: string; summaryBytes: number; runnerErrors: string[] } {
  const bytes = readFileSync(file);
  if (bytes.length > STEP_SUMMARY_LIMIT) {
    const message = `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${STEP_SUMMARY_LIMIT / 1024}k, got ${Math.floor(bytes.length / 1024)}k.`;
    return { summary: '', summaryBytes: bytes.length, runnerErrors: [message] };
  }
  return { summary: bytes.toString('utf8'), summaryBytes: bytes.length, runnerErrors: [] };
}

/** Runs `dist/<target>/index.js` as the runner runs the action `actions/<target>`. */
export async function runAction(target: string, options: ActionRunOptions = {}): Promise<ActionRun> {
  const metadataFile = join(repoRoot, 'actions', target, 'action.yml');
  // The runner runs what `runs.main` names, relative to the action's directory.
  let script = join(repoRoot, 'dist', target, 'index.js');
  if (existsSync(metadataFile)) {
    const metadata = parseYaml(readFileSync(metadataFile, 'utf8')) as { runs?: { main?: unknown } } | null;
    if (typeof metadata?.runs?.main === 'string') script = resolve(dirname(metadataFile), metadata.runs.main);
  }
  if (!existsSync(script))
    throw new Error(`test/harness: ${script} does not exist; build it with scripts/build.mjs ${target}`);
  return spawnBundle(script, { ...options, ...(existsSync(metadataFile) ? { metadataFile } : {}) });
}

/** Runs a script as a command-line tool: no INPUT_*, no GITHUB_ACTIONS; env from scratch (PATH, HOME) plus `env`. */
export function spawnCli(script: string, args: readonly string[], options: CliRunOptions = {}): Promise<ProcessRun> {
  const env = withOverrides(
    { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', HOME: process.env.HOME ?? tmpdir() },
    options.env,
  );
  return spawnProcess(script, args, {
    env,
    cwd: options.cwd ?? repoRoot,
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
}

/** `node dist/cli/index.js <args>`. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<ProcessRun> {
  return spawnCli(join(repoRoot, 'dist', 'cli', 'index.js'), args, options);
}

export interface WorkspaceOptions {
  /** `git init` and commit every file (author and dates fixed, so the commit sha is stable). */
  git?: boolean;
  /** Commit message when `git` is set. */
  message?: string;
}

/**
 * A temp directory holding `files` (relative path -> content: text is written as UTF-8, bytes as
 * they are); optionally a git repository with one commit.
 */
export function makeWorkspace(files: Record<string, string | Uint8Array>, options: WorkspaceOptions = {}): string {
  const dir = tempDir('paved-road-ws-');
  for (const [path, content] of Object.entries(files)) {
    const absolute = resolve(dir, path);
    if (!absolute.startsWith(dir + '/')) throw new Error(`makeWorkspace: ${path} is outside the workspace`);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  if (options.git) {
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Octo Cat',
      GIT_AUTHOR_EMAIL: 'octocat@example.com',
      GIT_COMMITTER_NAME: 'Octo Cat',
      GIT_COMMITTER_EMAIL: 'octocat@example.com',
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    };
    const git = (...args: string[]): void => {
      const result = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`makeWorkspace: git ${args.join(' ')} failed: ${result.stderr}`);
    };
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', options.message ?? 'initial commit');
  }
  return dir;
}

// ---- what the runner reads back ----------------------------------------------------------------

interface Line {
  text: string;
  /** Offset of the line's first character and of the character after its newline. */
  start: number;
  next: number;
}

/**
 * Lines split at LF. `keepCR`: as the Linux runner reads file commands (only LF ends a line, so a
 * CRLF-written file leaves `\r` in names, values and delimiters); otherwise a trailing CR is dropped.
 */
function* lines(text: string, keepCR = false): Generator<Line> {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    const body = !keepCR && end > start && text[end - 1] === '\r' ? text.slice(start, end - 1) : text.slice(start, end);
    yield { text: body, start, next };
    start = next;
  }
}

/**
 * The (Linux) runner's reader for GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE: `name=value` lines and
 * `name<<DELIMITER` ... `DELIMITER` blocks (the value keeps its inner newlines, not the last one).
 * Empty lines are skipped; whichever of `=` and `<<` comes first decides the form. Malformed content
 * fails the step on the runner, so it throws here.
 */
export function parseKeyValueFile(text: string, fileName = 'file'): Record<string, string> {
  const result: Record<string, string> = {};
  const iterator = lines(text, true);
  for (let item = iterator.next(); !item.done; item = iterator.next()) {
    const line = item.value.text;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (!name) throw new Error(`${fileName}: invalid line "${line}": the name must not be empty`);
      result[name] = line.slice(equals + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter)
        throw new Error(`${fileName}: invalid line "${line}": a name and a delimiter are required`);
      const valueStart = item.value.next;
      let valueEnd = valueStart;
      let closed = false;
      for (let next = iterator.next(); !next.done; next = iterator.next()) {
        if (next.value.text === delimiter) {
          closed = true;
          break;
        }
        valueEnd = next.value.start + next.value.text.length;
      }
      if (!closed) throw new Error(`${fileName}: the delimiter "${delimiter}" for "${name}" is never closed`);
      result[name] = valueEnd > valueStart ? text.slice(valueStart, valueEnd) : '';
    } else {
      throw new Error(`${fileName}: invalid line "${line}"`);
    }
  }
  return result;
}

/** GITHUB_PATH: one directory per line; blank lines ignored. */
export function parsePathFile(text: string): string[] {
  // As the runner: each non-empty line, not trimmed; a directory added again moves to the end.
  const paths: string[] = [];
  for (const { text: line } of lines(text)) {
    if (line === '') continue;
    const seen = paths.indexOf(line);
    if (seen !== -1) paths.splice(seen, 1);
    paths.push(line);
  }
  return paths;
}

const COMMANDS = new Set([
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'add-mask',
  'echo',
  'stop-commands',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'add-matcher',
  'remove-matcher',
]);

/** The runner's data unescaping, in its order (%25 last). */
export function unescapeData(value: string): string {
  return value.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

/** Property values also unescape `:` and `,`. */
export function unescapeProperty(value: string): string {
  return value
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%');
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** One stdout line as the runner reads it (`::name key=value,key=value::data`), or undefined. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!COMMANDS.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const property of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      if (!property) continue;
      const equals = property.indexOf('=');
      // The runner drops a property without a value (`key=` or `key`).
      if (equals <= 0 || equals === property.length - 1) continue;
      // Property names are case-insensitive on the runner; a repeat overwrites under the first spelling.
      const name = property.slice(0, equals);
      const key = Object.keys(properties).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      properties[key] = unescapeProperty(property.slice(equals + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

function toNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

/** Annotations and masks from a step's stdout, honouring `::stop-commands::TOKEN` ... `::TOKEN::`. */
export function parseWorkflowCommands(stdout: string): {
  annotations: Annotation[];
  masks: string[];
  commands: WorkflowCommand[];
} {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const { text } of lines(stdout)) {
    if (stopToken !== undefined) {
      if (text.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const parsed = parseWorkflowCommand(text);
    if (!parsed) continue;
    commands.push(parsed);
    if (parsed.command === 'stop-commands') {
      if (parsed.data) stopToken = parsed.data;
      continue;
    }
    if (parsed.command === 'add-mask') {
      if (parsed.data) masks.push(parsed.data);
      continue;
    }
    if (
      parsed.command === 'error' ||
      parsed.command === 'warning' ||
      parsed.command === 'notice' ||
      parsed.command === 'debug'
    ) {
      const annotation: Annotation = { kind: parsed.command, message: parsed.data };
      const lower = Object.fromEntries(Object.entries(parsed.properties).map(([k, v]) => [k.toLowerCase(), v]));
      if (lower.file !== undefined) annotation.file = lower.file;
      const line = toNumber(lower.line);
      if (line !== undefined) annotation.line = line;
      const col = toNumber(lower.col);
      if (col !== undefined) annotation.col = col;
      const endLine = toNumber(lower.endline);
      if (endLine !== undefined) annotation.endLine = endLine;
      const endColumn = toNumber(lower.endcolumn);
      if (endColumn !== undefined) annotation.endColumn = endColumn;
      if (lower.title !== undefined) annotation.title = lower.title;
      annotations.push(annotation);
    }
  }
  return { annotations, masks, commands };
}
