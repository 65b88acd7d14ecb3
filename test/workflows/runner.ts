// Runs a workflow file's jobs the way GitHub wires them, on this machine: jobs in `needs:` order (a
// job whose needs did not succeed is skipped unless its `if:` says otherwise), each job in a fresh
// workspace and RUNNER_TEMP, `${{ }}` in `if:`, `with:`, `env:`, job and workflow `outputs:` evaluated
// with GitHub's expression engine (@actions/expressions) over github, inputs, needs, steps, jobs,
// runner, env, secrets and vars. Steps:
// - paved-road actions: the real dist bundle, under the runner contract (test/harness);
// - `run:`: the real shell command (bash, with the runner's flags), under the same contract;
// - actions/checkout: a copy of the source tree; actions/upload-artifact and download-artifact: a
//   copy to and from a folder per artifact (what the artifact service stores between jobs);
//   github/codeql-action/upload-sarif: recorded after checking the file is SARIF JSON.
// The OIDC token variables (ACTIONS_ID_TOKEN_REQUEST_*) reach a job only when its permissions grant
// `id-token: write`, as on GitHub.
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import { parse as parseYaml } from 'yaml';
import { findExpressions } from '@paved-road/workflows';
import {
  DEFAULT_REF,
  DEFAULT_REPOSITORY,
  DEFAULT_SHA,
  repoRoot,
  runAction,
  spawnBundle,
  type ActionRun,
} from '../harness/index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface StepDefinition {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}

interface JobDefinition {
  needs?: string | string[];
  if?: string | boolean;
  permissions?: Record<string, string>;
  environment?: string | { name: string };
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: StepDefinition[];
}

interface WorkflowDefinition {
  on: Record<
    string,
    {
      inputs?: Record<string, { type?: string; default?: unknown }>;
      outputs?: Record<string, { value: string }>;
    } | null
  >;
  jobs: Record<string, JobDefinition>;
}

export interface StepRun {
  label: string;
  conclusion: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  /** The process the step ran as (absent for steps the runner itself does: checkout, artifacts). */
  run?: ActionRun;
  /** The inputs (`with:`) after evaluation. */
  inputs?: Record<string, string>;
}

export interface JobRun {
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepRun[];
  environment?: string;
  workspace?: string;
}

export interface WorkflowRun {
  jobs: Record<string, JobRun>;
  /** Job order as run. */
  order: string[];
  /** `on.workflow_call.outputs`, evaluated. */
  outputs: Record<string, string>;
  /** One folder per uploaded artifact. */
  artifactsDir: string;
  sarifUploads: Array<{ category: string; file: string; runs: number }>;
}

export interface WorkflowRunOptions {
  /** Path of the workflow file, relative to the repository root or absolute. */
  file: string;
  /** The repository the run is for: actions/checkout copies it. */
  source: string;
  inputs?: Record<string, string | boolean>;
  eventName?: string;
  event?: Json;
  /** Variables of the run (GITHUB_API_URL, GITHUB_REF ...), given to every step. */
  env?: Record<string, string>;
  /** The OIDC token service: reaches only jobs granted `id-token: write`. */
  oidc?: { url: string; token: string };
  /** github.token. */
  token?: string;
  /**
   * Inputs a test adds to a paved-road action step on top of the template's (the loopback Sigstore
   * endpoints and trusted root: what a user of another Sigstore would set).
   */
  actionInputs?: (action: string) => Record<string, string>;
  /** Called after each job with the artifacts folder (to tamper with what a job uploaded). */
  afterJob?: (job: string, artifactsDir: string) => void | Promise<void>;
  /** The artifacts of an earlier run to start from (a later workflow of the same run). */
  artifactsDir?: string;
}

const PAVED_ROAD_ACTION = /^paved-road\/paved-road\/actions\/([a-z-]+)@[0-9a-f]{40}$/;

/** Plain JSON to the expression engine's data. */
function toData(value: Json): data.ExpressionData {
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData;
}

type Status = { failed: boolean };

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const fn = (name: string, call: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(call()) },
  ];
  return new Map([
    fn('success', () => !status.failed),
    fn('failure', () => status.failed),
    fn('always', () => true),
    fn('cancelled', () => false),
  ]);
}

const CONTEXTS = [
  'github',
  'inputs',
  'needs',
  'steps',
  'jobs',
  'runner',
  'env',
  'secrets',
  'vars',
  'job',
  'matrix',
  'strategy',
];

function evaluate(expression: string, context: Record<string, Json>, status: Status): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const functions = statusFunctions(status);
  const parsed = new Parser(
    lexed.tokens,
    CONTEXTS,
    [...functions.values()].map(({ name, minArgs, maxArgs }) => ({ name, minArgs, maxArgs })),
  ).parse();
  return new Evaluator(parsed, toData(context) as data.Dictionary, functions).evaluate();
}

/** A string with its `${{ }}` replaced by their values as strings. */
export function interpolate(text: string, context: Record<string, Json>, status: Status = { failed: false }): string {
  let out = '';
  let last = 0;
  for (const found of findExpressions(text)) {
    out += text.slice(last, found.start) + evaluate(found.expression, context, status).coerceString();
    last = found.end;
  }
  return out + text.slice(last);
}

/** An `if:` condition: with or without `${{ }}`; absent means success(). */
function condition(value: string | boolean | undefined, context: Record<string, Json>, status: Status): boolean {
  if (value === undefined) return !status.failed;
  if (typeof value === 'boolean') return value;
  const trimmed = value.trim();
  const expression = trimmed.startsWith('${{') && trimmed.endsWith('}}') ? trimmed.slice(3, -2) : trimmed;
  // GitHub adds success() to a condition that calls no status function.
  const withStatus = /\b(success|failure|always|cancelled)\(/.test(expression)
    ? expression
    : `success() && (${expression})`;
  return truthy(evaluate(withStatus, context, status));
}

function needsOf(job: JobDefinition): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Jobs in an order where every job comes after what it needs (the order of the file otherwise). */
function jobOrder(jobs: Record<string, JobDefinition>): string[] {
  const order: string[] = [];
  const visit = (id: string, path: string[]): void => {
    if (order.includes(id)) return;
    if (path.includes(id)) throw new Error(`needs cycle: ${[...path, id].join(' -> ')}`);
    const job = jobs[id];
    if (!job) throw new Error(`needs names a job that does not exist: ${id}`);
    for (const need of needsOf(job)) visit(need, [...path, id]);
    order.push(id);
  };
  for (const id of Object.keys(jobs)) visit(id, []);
  return order;
}

const created: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}
declare const afterAll: ((fn: () => void) => void) | undefined;
if (typeof afterAll === 'function')
  afterAll(() => {
    for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

/** Files under a folder (regular files only), relative paths. */
function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...filesUnder(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

const SHELL_STEP = join(__dirname, 'shell-step.cjs');

export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowRun> {
  const file = isAbsolute(options.file) ? options.file : join(repoRoot, options.file);
  const workflow = parseYaml(readFileSync(file, 'utf8')) as WorkflowDefinition;
  const artifactsDir = options.artifactsDir ?? tempDir('paved-road-artifacts-');
  const eventName = options.eventName ?? 'push';
  const runEnv = options.env ?? {};
  const ref = runEnv.GITHUB_REF ?? DEFAULT_REF;
  const repository = runEnv.GITHUB_REPOSITORY ?? DEFAULT_REPOSITORY;
  const declared = workflow.on.workflow_call?.inputs ?? {};
  const inputs: Record<string, Json> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const given = options.inputs?.[name];
    const value = given ?? (spec.default as Json | undefined) ?? (spec.type === 'boolean' ? false : '');
    inputs[name] = spec.type === 'boolean' ? value === true || value === 'true' : String(value);
  }
  const github: Record<string, Json> = {
    repository,
    repository_owner: repository.split('/')[0]!,
    sha: runEnv.GITHUB_SHA ?? DEFAULT_SHA,
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    event_name: eventName,
    event: options.event ?? {},
    server_url: 'https://github.com',
    token: options.token ?? '',
    run_id: '1658821493',
  };
  const result: WorkflowRun = { jobs: {}, order: [], outputs: {}, artifactsDir, sarifUploads: [] };
  const needsContext: Record<string, Json> = {};

  for (const jobId of jobOrder(workflow.jobs)) {
    const job = workflow.jobs[jobId]!;
    const needs: Record<string, Json> = {};
    for (const need of needsOf(job)) needs[need] = needsContext[need]!;
    const needsFailed = needsOf(job).some((need) => result.jobs[need]!.result !== 'success');
    const jobContext: Record<string, Json> = { github, inputs, needs, vars: {}, secrets: {}, env: {} };
    result.order.push(jobId);
    if (!condition(job.if, jobContext, { failed: needsFailed })) {
      result.jobs[jobId] = { result: 'skipped', outputs: {}, steps: [] };
      needsContext[jobId] = { result: 'skipped', outputs: {} };
      continue;
    }
    const jobRun = await runJob(jobId, job, jobContext, options, result, eventName);
    result.jobs[jobId] = jobRun;
    needsContext[jobId] = { result: jobRun.result, outputs: jobRun.outputs };
    await options.afterJob?.(jobId, artifactsDir);
  }

  const jobsContext: Record<string, Json> = {};
  for (const [id, run] of Object.entries(result.jobs)) jobsContext[id] = { result: run.result, outputs: run.outputs };
  for (const [name, output] of Object.entries(workflow.on.workflow_call?.outputs ?? {}))
    result.outputs[name] = interpolate(output.value, { github, inputs, jobs: jobsContext });
  return result;
}

async function runJob(
  jobId: string,
  job: JobDefinition,
  base: Record<string, Json>,
  options: WorkflowRunOptions,
  workflowRun: WorkflowRun,
  eventName: string,
): Promise<JobRun> {
  const workspace = tempDir('paved-road-job-ws-');
  const runnerTemp = tempDir('paved-road-job-temp-');
  const status: Status = { failed: false };
  const steps: Record<string, Json> = {};
  const runs: StepRun[] = [];
  const grantsOidc = job.permissions?.['id-token'] === 'write';
  const jobEnv: Record<string, string> = {
    ...(options.env ?? {}),
    GITHUB_JOB: jobId,
    RUNNER_TEMP: runnerTemp,
    ...(grantsOidc && options.oidc
      ? { ACTIONS_ID_TOKEN_REQUEST_URL: options.oidc.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: options.oidc.token }
      : {}),
  };
  const context = (): Record<string, Json> => ({
    ...base,
    github: { ...(base.github as Record<string, Json>), workspace },
    steps,
    runner: { temp: runnerTemp, os: 'Linux', arch: 'X64' },
    env: jobEnv,
    job: {},
  });
  const environment =
    job.environment === undefined
      ? undefined
      : interpolate(typeof job.environment === 'string' ? job.environment : job.environment.name, context());
  for (const [index, step] of job.steps.entries()) {
    const label = step.name ?? step.id ?? step.uses ?? `step ${index + 1}`;
    if (!condition(step.if, context(), status)) {
      runs.push({ label, conclusion: 'skipped', outputs: {} });
      if (step.id) steps[step.id] = { outputs: {}, conclusion: 'skipped', outcome: 'skipped' };
      continue;
    }
    const withInputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(step.with ?? {}))
      withInputs[name] = interpolate(String(value), context(), status);
    const stepEnv: Record<string, string> = { ...jobEnv };
    for (const [name, value] of Object.entries({ ...job.env, ...step.env }))
      stepEnv[name] = interpolate(String(value), context(), status);
    let stepRun: StepRun;
    try {
      stepRun = await runStep(label, step, withInputs, stepEnv, {
        workspace,
        runnerTemp,
        eventName,
        options,
        workflowRun,
        context,
      });
    } catch (error) {
      // A step the runner itself does (artifacts, checkout) failing fails the step, as on GitHub.
      stepRun = { label, conclusion: 'failure', outputs: { error: String(error) } };
    }
    runs.push(stepRun);
    if (stepRun.run) {
      Object.assign(jobEnv, stepRun.run.env);
      if (stepRun.run.path.length)
        jobEnv.PATH = [...stepRun.run.path.reverse(), jobEnv.PATH ?? process.env.PATH].join(':');
    }
    if (step.id)
      steps[step.id] = { outputs: stepRun.outputs, conclusion: stepRun.conclusion, outcome: stepRun.conclusion };
    if (stepRun.conclusion === 'failure' && !step['continue-on-error']) status.failed = true;
  }
  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(job.outputs ?? {})) outputs[name] = interpolate(value, context());
  return { result: status.failed ? 'failure' : 'success', outputs, steps: runs, environment, workspace };
}

interface StepPlace {
  workspace: string;
  runnerTemp: string;
  eventName: string;
  options: WorkflowRunOptions;
  workflowRun: WorkflowRun;
  context: () => Record<string, Json>;
}

async function runStep(
  label: string,
  step: StepDefinition,
  inputs: Record<string, string>,
  env: Record<string, string>,
  place: StepPlace,
): Promise<StepRun> {
  const { workspace, runnerTemp, options, workflowRun } = place;
  const inside = (path: string): string => (isAbsolute(path) ? path : resolve(workspace, path));
  if (step.run !== undefined) {
    const script = join(runnerTemp, `step-${Math.random().toString(36).slice(2)}.sh`);
    writeFileSync(script, interpolate(step.run, place.context()));
    // The runner's shells: `bash` is `bash --noprofile --norc -eo pipefail {0}`; no shell is `bash -e {0}`.
    const shell = step.shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail'] : ['-e'];
    const run = await spawnBundle(SHELL_STEP, {
      workspace,
      eventName: place.eventName,
      event: options.event as object | undefined,
      env: { ...env, PAVED_ROAD_STEP_SHELL: JSON.stringify(['bash', ...shell, script]) },
      timeoutMs: 60_000,
    });
    return { label, conclusion: run.exitCode === 0 ? 'success' : 'failure', outputs: run.outputs, run, inputs };
  }
  const uses = step.uses ?? '';
  const action = PAVED_ROAD_ACTION.exec(uses)?.[1];
  if (action) {
    const metadata = parseYaml(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, { default?: unknown }>;
    };
    // The runner evaluates expression defaults (`${{ github.token }}`) of inputs the step leaves out.
    const given: Record<string, string> = {};
    for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
      const value = spec?.default;
      if (typeof value === 'string' && value.includes('${{') && !(name in inputs))
        given[name] = interpolate(value, place.context());
    }
    Object.assign(given, inputs, options.actionInputs?.(action) ?? {});
    const run = await runAction(action, {
      workspace,
      inputs: given,
      env,
      eventName: place.eventName,
      event: options.event as object | undefined,
      timeoutMs: 60_000,
    });
    return { label, conclusion: run.exitCode === 0 ? 'success' : 'failure', outputs: run.outputs, run, inputs: given };
  }
  const name = uses.replace(/@.*$/, '');
  if (name === 'actions/checkout') {
    cpSync(options.source, workspace, { recursive: true });
    return { label, conclusion: 'success', outputs: {}, inputs };
  }
  if (name === 'actions/upload-artifact') {
    const artifact = inputs.name ?? 'artifact';
    const target = join(workflowRun.artifactsDir, artifact);
    if (existsSync(target)) throw new Error(`an artifact named ${artifact} already exists in this run`);
    const from = inside(inputs.path ?? '');
    const empty = !existsSync(from) || (lstatSync(from).isDirectory() && filesUnder(from).length === 0);
    if (empty) {
      if ((inputs['if-no-files-found'] ?? 'warn') === 'error') throw new Error(`no files found at ${inputs.path}`);
      return { label, conclusion: 'success', outputs: {}, inputs };
    }
    mkdirSync(target, { recursive: true });
    if (lstatSync(from).isDirectory()) cpSync(from, target, { recursive: true });
    else cpSync(from, join(target, from.split('/').pop()!));
    return { label, conclusion: 'success', outputs: { 'artifact-id': artifact }, inputs };
  }
  if (name === 'actions/download-artifact') {
    const source = join(workflowRun.artifactsDir, inputs.name ?? '');
    if (!inputs.name || !existsSync(source)) throw new Error(`artifact not found: ${inputs.name}`);
    const to = inside(inputs.path ?? '.');
    mkdirSync(to, { recursive: true });
    cpSync(source, to, { recursive: true });
    return { label, conclusion: 'success', outputs: { 'download-path': to }, inputs };
  }
  if (name === 'github/codeql-action/upload-sarif') {
    const sarifFile = inside(inputs.sarif_file ?? '');
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { version?: string; runs?: unknown[] };
    if (sarif.version !== '2.1.0' || !Array.isArray(sarif.runs)) throw new Error(`${sarifFile} is not SARIF 2.1.0`);
    workflowRun.sarifUploads.push({ category: inputs.category ?? '', file: sarifFile, runs: sarif.runs.length });
    return { label, conclusion: 'success', outputs: {}, inputs };
  }
  throw new Error(`the test runner cannot run ${uses}`);
}
