import type { Finding } from '@paved-road/core';
import { isMap, isScalar, type Node } from 'yaml';
import { stepLabel, type Job, type Step, type WorkflowFile } from '@paved-road/workflows';
import { at, majorVersion, pairOf, parseUses, rule, stepUses } from './common.js';

export const artipackedRule = rule({
  id: 'artipacked',
  title: 'actions/checkout leaves the token in the workspace',
  severity: 'warning',
  why:
    'By default actions/checkout writes the GITHUB_TOKEN (or the token you give it) into the git configuration so later ' +
    'steps can push. Every later step, and every action or build script it runs, can read it from there; before ' +
    'actions/checkout v6 it sits in `.git/config` inside the workspace, so uploading the workspace as an artifact publishes ' +
    'it (an error here). Most jobs never push.',
  fix:
    "Add `persist-credentials: false` under the checkout step's `with:` (`fix: true` does it); jobs that push can pass the " +
    'token to that one command instead.',
  before: [
    'steps:',
    '  - uses: actions/checkout@v5',
    '  - uses: actions/upload-artifact@v4',
    '    with:',
    '      path: .',
  ].join('\n'),
  after: [
    'steps:',
    '  - uses: actions/checkout@v5',
    '    with:',
    '      persist-credentials: false',
    '  - uses: actions/upload-artifact@v4',
    '    with:',
    '      path: .',
  ].join('\n'),
});

const FIX_DESCRIPTION = 'fix: true adds persist-credentials: false to this checkout step';

function persists(step: Step): boolean {
  const value = step.with.get('persist-credentials')?.value.trim().toLowerCase();
  if (value === undefined) return true;
  if (value === 'false') return false;
  // An expression decides at run time: not provably persisted, not reported.
  if (value.includes('${{')) return false;
  return true;
}

/** Normalises an upload path line to what it names relative to the workspace ('' = the workspace itself). */
function normalisePath(line: string): string {
  return line
    .trim()
    .replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/i, '')
    .replace(/^\$\{?GITHUB_WORKSPACE\}?\/?/, '')
    .replace(/^\.\/?/, '')
    .replace(/\/(\*\*?)?$/, '')
    .replace(/^\*\*?$/, '');
}

/**
 * A job's steps of one kind, found once per job: every checkout looks ahead through them, and a job
 * of many checkouts must not cost a scan of all its steps per checkout.
 */
function stepsOfKind(cache: WeakMap<Job, Step[]>, job: Job, kind: (step: Step) => boolean): Step[] {
  let steps = cache.get(job);
  if (!steps) cache.set(job, (steps = job.steps.filter(kind)));
  return steps;
}
const uploadSteps = new WeakMap<Job, Step[]>();
const pushSteps = new WeakMap<Job, Step[]>();

/** The upload step (after `from`) whose `path:` covers the checked-out directory, if any. */
function uploadCovering(job: Job, checkout: Step): Step | undefined {
  const dir = normalisePath(checkout.with.get('path')?.value ?? '');
  for (const step of stepsOfKind(uploadSteps, job, (s) => stepUses(s, 'actions/upload-artifact'))) {
    if (step.index <= checkout.index) continue;
    const paths = (step.with.get('path')?.value ?? '')
      .split('\n')
      .filter((line) => line.trim() && !line.trim().startsWith('!'));
    for (const line of paths) {
      const path = normalisePath(line);
      if (path === '' || path === dir || (dir !== '' && dir.startsWith(`${path}/`)) || path.split('/').includes('.git'))
        return step;
    }
  }
  return undefined;
}

/** Actions that push with the credentials actions/checkout persisted. */
const PUSHING_ACTIONS = ['stefanzweifel/git-auto-commit-action', 'endbug/add-and-commit', 'ad-m/github-push-action'];

/** A later step of the job that pushes with the persisted credentials, if any. */
export function laterPush(job: Job, checkout: Step): Step | undefined {
  const pushes = (step: Step) =>
    (step.run !== undefined && /\bgit\b[^\n]*\bpush\b/.test(step.run.text)) || stepUses(step, ...PUSHING_ACTIONS);
  return stepsOfKind(pushSteps, job, pushes).find((step) => step.index > checkout.index);
}

export function auditArtipacked(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (!stepUses(step, 'actions/checkout') || !persists(step)) continue;
      const upload = uploadCovering(job, step);
      const major = majorVersion(parseUses(step.uses!.value).ref);
      const inWorkspace = major === undefined || major < 6;
      const pusher = laterPush(job, step);
      // A job that pushes with the persisted credentials would break: no automatic fix there.
      const fixable = !pusher && editFor(wf, step) !== undefined;
      const message =
        upload && inWorkspace
          ? `actions/checkout keeps the token in .git/config and step ${stepLabel(upload)} uploads the workspace as an artifact: anyone who can download it gets the token. Set persist-credentials: false.`
          : pusher
            ? `actions/checkout keeps the token in the git configuration, readable by every later step of the job; step ${stepLabel(pusher)} pushes with it. Set persist-credentials: false and give the token to that push only.`
            : 'actions/checkout keeps the token in the git configuration, readable by every later step of the job. Set persist-credentials: false unless a later step pushes.';
      const base = at(wf, artipackedRule, step.uses!, message, { job, step });
      findings.push({
        ...base,
        ...(upload && inWorkspace ? { severity: 'error' as const } : {}),
        ...(fixable ? { fix: FIX_DESCRIPTION } : {}),
      });
    }
  }
  return findings;
}

/** A replacement of `text.slice(start, end)` by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits (any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/**
 * The text edit that sets `persist-credentials: false` on one checkout step, by text so that comments,
 * quoting, anchors and line endings elsewhere stay byte-identical. Undefined when the step cannot be
 * edited safely (a flow-style step, an alias).
 */
function editFor(wf: WorkflowFile, step: Step): TextEdit | undefined {
  const { text } = wf;
  const eol = wf.lineEnding;
  const node = step.node;
  if (node.flow || !node.range) return undefined;
  const indent = ' '.repeat(step.position.column - 1);
  const withPair = pairOf(node, 'with');
  if (!withPair) {
    const usesPair = pairOf(node, 'uses');
    const usesValue = usesPair?.value as Node | undefined;
    if (!usesValue?.range) return undefined;
    const end = lineEnd(text, usesValue.range[1]);
    return { start: end, end, text: `${eol}${indent}with:${eol}${indent}  persist-credentials: false` };
  }
  const keyNode = withPair.key as Node;
  const value = withPair.value as Node | null;
  if (!keyNode.range) return undefined;
  if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) {
    // `with: ~` / `with: null`: replace the written null; `with:` alone: add the entry below it.
    if (value?.range && value.range[1] > value.range[0])
      return { start: value.range[0], end: value.range[1], text: '{ persist-credentials: false }' };
    const end = lineEnd(text, keyNode.range[1]);
    return { start: end, end, text: `${eol}${indent}  persist-credentials: false` };
  }
  if (!isMap(value) || !value.range) return undefined;
  const existing = pairOf(value, 'persist-credentials');
  if (existing) {
    const current = existing.value as Node | null;
    if (current?.range && isScalar(current)) return { start: current.range[0], end: current.range[1], text: 'false' };
    const end = lineEnd(text, (existing.key as Node).range![1]);
    return { start: end, end, text: ' false' };
  }
  if (value.flow) {
    const open = value.range[0];
    if (text[open] !== '{') return undefined;
    return {
      start: open + 1,
      end: open + 1,
      text: value.items.length ? ' persist-credentials: false,' : ' persist-credentials: false ',
    };
  }
  const first = value.items[0]?.key as Node | undefined;
  if (!first?.range) return undefined;
  const itemIndent = ' '.repeat(columnOf(text, first.range[0]));
  // Right after the `with:` line, so comments above the first input stay with it.
  const insertAt = lineEnd(text, keyNode.range[1]);
  return { start: insertAt, end: insertAt, text: `${eol}${itemIndent}persist-credentials: false` };
}

export interface ArtipackedFix {
  /** The file's new text (unchanged when nothing applied). */
  text: string;
  edits: TextEdit[];
  /** The steps fixed, as `job/step` labels. */
  fixed: Array<{ job: string; step: string }>;
  /** Checkout steps reported but not fixed: flow-style steps, and jobs where a later step pushes. */
  skipped: Array<{ job: string; step: string }>;
}

/**
 * Sets `persist-credentials: false` on every checkout step `auditArtipacked` reports. Idempotent: on
 * its own output it changes nothing.
 */
export function fixArtipacked(wf: WorkflowFile): ArtipackedFix {
  const edits: TextEdit[] = [];
  const fixed: ArtipackedFix['fixed'] = [];
  const skipped: ArtipackedFix['skipped'] = [];
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (!stepUses(step, 'actions/checkout') || !persists(step)) continue;
      const edit = laterPush(job, step) ? undefined : editFor(wf, step);
      if (edit) {
        edits.push(edit);
        fixed.push({ job: job.id, step: stepLabel(step) });
      } else {
        skipped.push({ job: job.id, step: stepLabel(step) });
      }
    }
  }
  return { text: applyEdits(wf.text, edits), edits, fixed, skipped };
}
