import type { Finding, RuleDefinition } from '@paved-road/core';
import { isScalar, type Pair, type YAMLMap } from 'yaml';
import {
  expressionContexts,
  expressionRange,
  findExpressions,
  parseExpression,
  readCondition,
  scalarScript,
  stepLabel,
  type Condition,
  type Expr,
  type Located,
  type Job,
  type KeyValue,
  type Position,
  type Step,
  type WorkflowFile,
} from '@paved-road/workflows';

export const ACTION = 'harden-permissions';

/** Defines a pattern rule (every one is documented in the harden-permissions README). */
export function rule(definition: Omit<RuleDefinition, 'action'>): RuleDefinition {
  return { ...definition, action: ACTION };
}

/**
 * Triggers whose event is started, and whose payload is written, by people without write access to
 * the repository: a fork's pull request, an issue or comment from anyone, a run of another workflow
 * that such an event started.
 */
export const OUTSIDER_TRIGGERS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'issues',
  'issue_comment',
  'discussion',
  'discussion_comment',
  'workflow_run',
  'fork',
  'watch',
  'gollum',
]);

/** Triggers that run in the base repository's trusted context (secrets, a write token) for outsiders' events. */
export const PRIVILEGED_PR_TRIGGERS = new Set(['pull_request_target', 'workflow_run']);

export function triggerNames(wf: WorkflowFile): Set<string> {
  return new Set(wf.triggers.map((t) => t.name));
}

export function hasOutsiderTrigger(wf: WorkflowFile): boolean {
  return wf.triggers.some((t) => OUTSIDER_TRIGGERS.has(t.name));
}

export interface UsesRef {
  /** `owner/repo` or `owner/repo/path`, lower-cased; `./path` for local; `docker://image` for containers. */
  name: string;
  ref?: string;
  kind: 'action' | 'local' | 'docker';
}

export function parseUses(uses: string): UsesRef {
  const value = uses.trim();
  if (value.startsWith('docker://')) return { name: value, kind: 'docker' };
  if (value.startsWith('./') || value.startsWith('../')) return { name: value, kind: 'local' };
  const at = value.lastIndexOf('@');
  const name = (at === -1 ? value : value.slice(0, at)).toLowerCase().replace(/\/+$/, '');
  return at === -1 ? { name, kind: 'action' } : { name, ref: value.slice(at + 1), kind: 'action' };
}

/** True when the step uses one of the actions (`owner/repo` or `owner/repo/path`, case-insensitive). */
export function stepUses(step: Step, ...names: string[]): boolean {
  if (!step.uses) return false;
  const parsed = parseUses(step.uses.value);
  return parsed.kind === 'action' && names.includes(parsed.name);
}

/** The major version of a `vN`, `vN.M.P` or `N.M` ref; undefined for SHAs and branches. */
export function majorVersion(ref: string | undefined): number | undefined {
  const match = /^v?(\d+)(?:\.\d+)*$/.exec(ref ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * The major version of the action a step uses: from its ref (`@v4`), else from the version comment
 * that SHA pins carry on the same line (`@<sha> # v4.2.2`); undefined when neither says.
 */
export function usesMajorVersion(wf: WorkflowFile, step: Step): number | undefined {
  if (!step.uses) return undefined;
  const fromRef = majorVersion(parseUses(step.uses.value).ref);
  if (fromRef !== undefined) return fromRef;
  const line = wf.text.split(/\r?\n/)[step.uses.line - 1] ?? '';
  const comment = /#\s*(v?\d+(?:\.\d+)*)\b/.exec(line.slice(step.uses.column - 1 + step.uses.value.length));
  return comment ? majorVersion(comment[1]) : undefined;
}

/** The `key: value` pair of a mapping of the Document, by key. */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair | undefined;
}

/** The finding skeleton for a job / step. */
export function at(
  wf: WorkflowFile,
  definition: RuleDefinition,
  position: Position,
  message: string,
  where: { job?: Job; step?: Step } = {},
): Finding {
  return {
    rule: definition.id,
    severity: definition.severity,
    message,
    file: wf.file,
    line: position.line,
    column: position.column,
    ...(position.endLine !== undefined ? { endLine: position.endLine } : {}),
    ...(position.endColumn !== undefined ? { endColumn: position.endColumn } : {}),
    ...(where.job ? { job: where.job.id } : {}),
    ...(where.step ? { step: stepLabel(where.step) } : {}),
  };
}

/** Every context path read by the `${{ }}` expressions of a string. */
export function contextsIn(text: string): string[] {
  const out: string[] = [];
  for (const found of findExpressions(text)) out.push(...expressionContexts(found.expression));
  return out;
}

/** The env layers visible to a step, innermost last: workflow, job, step. */
export function envLayers(wf: WorkflowFile, job: Job, step?: Step): KeyValue[][] {
  return [wf.env, job.env, ...(step ? [step.env] : [])];
}

/** Looks a variable up through env layers (innermost wins); undefined when not set in the file. */
export function lookupEnv(layers: readonly KeyValue[][], name: string): KeyValue | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    for (let j = layer.length - 1; j >= 0; j--) if (layer[j]!.name === name) return layer[j];
  }
  return undefined;
}

/** Every string the job's steps and env hand to the runner, for "does this job use secrets" checks. */
export function jobStrings(wf: WorkflowFile, job: Job): string[] {
  const out: string[] = [];
  for (const kv of [...wf.env, ...job.env]) out.push(kv.value.value);
  for (const [, value] of job.with) out.push(value.value);
  if (job.secrets instanceof Map) for (const [, value] of job.secrets) out.push(value.value);
  for (const step of job.steps) {
    if (step.run) out.push(step.run.text);
    for (const [, value] of step.with) out.push(value.value);
    for (const kv of step.env) out.push(kv.value.value);
  }
  return out;
}

/** True when the job can read repository secrets other than the GITHUB_TOKEN. */
export function jobUsesSecrets(wf: WorkflowFile, job: Job): boolean {
  if (job.secrets === 'inherit') return true;
  return jobStrings(wf, job).some((text) =>
    contextsIn(text).some(
      (path) => path === 'secrets' || (path.startsWith('secrets.') && path.toLowerCase() !== 'secrets.github_token'),
    ),
  );
}

/**
 * True when the job's GITHUB_TOKEN may write: no `permissions:` anywhere (the repository default may
 * be write-all), `write-all`, or a write scope in the effective block.
 */
export function jobTokenMayWrite(wf: WorkflowFile, job: Job): boolean {
  const block = job.permissions ?? wf.permissions;
  if (!block) return true;
  if (block.kind === 'write-all') return true;
  if (block.kind !== 'map') return false;
  return [...block.scopes.values()].some((scope) => scope.level === 'write');
}

/** One `if:` of a job or a step, read as GitHub reads it. */
export interface PlacedCondition {
  job: Job;
  step?: Step;
  value: Located<string>;
  condition: Condition;
  /** The condition's expression parsed (for `embedded`, the first `${{ }}`); undefined when it does not parse. */
  ast?: Expr;
  /** Maps an offset in the `if:` value to the file. */
  toPosition(offset: number): { line: number; column: number };
}

/** Every job and step `if:` of the file, in document order. */
export function conditions(wf: WorkflowFile): PlacedCondition[] {
  const out: PlacedCondition[] = [];
  const add = (job: Job, step: Step | undefined, value: Located<string> | undefined, node: Job['node']) => {
    if (!value) return;
    const script = scalarScript(wf, node.get('if', true));
    const condition = readCondition(value.value);
    let ast: Expr | undefined;
    try {
      ast = parseExpression(condition.expression);
    } catch {
      ast = undefined;
    }
    out.push({
      job,
      ...(step ? { step } : {}),
      value,
      condition,
      ...(ast ? { ast } : {}),
      toPosition: (offset) => script?.offsetToPosition(offset) ?? { line: value.line, column: value.column },
    });
  };
  for (const job of wf.jobs) {
    add(job, undefined, job.if, job.node);
    for (const step of job.steps) add(job, step, step.if, step.node);
  }
  return out;
}

/** Where a node of a condition's expression is written in the file. */
export function conditionNodePosition(placed: PlacedCondition, node: Expr): Position {
  const range = expressionRange(placed.condition.expression, node);
  const start = placed.toPosition(placed.condition.offset + range.start);
  const end = placed.toPosition(placed.condition.offset + Math.max(range.start, range.end - 1));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 };
}
