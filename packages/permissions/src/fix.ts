// `fix: true`: write `permissions: {}` at the top and each job's minimal map, every grant with a
// `# reason`. Edits are made on the file's own lines (located through the yaml Document's ranges), so
// everything else - comments, quoting, anchors, blank lines, CRLF - stays byte for byte.
import { isMap, isPair, isScalar, type Node, type Pair } from 'yaml';
import { loadWorkflowFile, type Job, type PermissionsBlock, type WorkflowFile } from '@paved-road/workflows';
import type { JobPermissions, ScopeMap } from './engine.js';
import type { Scope } from './knowledge/index.js';
import { effectiveGrant, formatScopes, missing, targetScopes } from './rules.js';

export interface FixResult {
  /** The new text (unchanged when nothing could or needed to be fixed). */
  text: string;
  changed: boolean;
  /** Jobs given their minimal map. */
  fixed: string[];
  /** Jobs left as they are, and why. */
  skipped: { job: string; reason: string }[];
  /** Set when the top-level block was left as is, and why. */
  topSkipped?: string;
  /** Rights fixed jobs keep because a step may use them: `contents: write` and the step and why. */
  kept: { job: string; scopes: string; because: string }[];
}

interface Edit {
  /** 0-based line index where the replaced range starts. */
  start: number;
  /** Lines replaced (0 = insert before `start`). */
  deleteCount: number;
  lines: string[];
}

const MAX_COMMENT = 110;

/**
 * The minimal-permission fix for one workflow. Jobs the engine cannot fully explain, and jobs whose
 * explicit grant lacks something they appear to need (the analysis and the author disagree: a human
 * decides), are skipped; the top level becomes `permissions: {}` only when no skipped job inherits it.
 */
export function fixPermissions(wf: WorkflowFile, computed: ReadonlyMap<string, JobPermissions>): FixResult {
  const result: FixResult = { text: wf.text, changed: false, fixed: [], skipped: [], kept: [] };
  if (wf.kind !== 'workflow' || wf.errors.length) return result;
  const lines = wf.text.split(/\r?\n/);
  const lineStarts = lineOffsets(wf.text);
  const edits: Edit[] = [];
  const fixedJobs = new Set<string>();

  for (const job of wf.jobs) {
    const need = computed.get(job.id);
    if (!need) continue;
    if (need.unknown.length) {
      result.skipped.push({
        job: job.id,
        reason: `${need.unknown.length} use${need.unknown.length === 1 ? '' : 's'} of the token could not be worked out`,
      });
      continue;
    }
    const grant = effectiveGrant(wf, job);
    const target = targetScopes(wf, job, need);
    const keptScopes = Object.keys(target.kept) as Scope[];
    if (grant.kind === 'default' && keptScopes.length) {
      // The default token's levels depend on a repository setting the audit cannot read.
      result.skipped.push({
        job: job.id,
        reason: `it runs with the default token and ${target.by.get(keptScopes[0]!)!.message}: grant ${keptScopes.join(', ')} by hand at the level it needs`,
      });
      continue;
    }
    if (grant.kind === 'map' || grant.kind === 'read-all') {
      const granted = grant.kind === 'map' ? grant.scopes : {};
      const lacking =
        grant.kind === 'map'
          ? missing(granted, need.scopes)
          : (Object.keys(need.scopes) as Scope[]).filter((s) => need.scopes[s] === 'write');
      if (lacking.length) {
        result.skipped.push({
          job: job.id,
          reason: `its grant lacks ${lacking.join(', ')}, which the job appears to need: left for a human to decide`,
        });
        continue;
      }
    }
    fixedJobs.add(job.id);
    result.fixed.push(job.id);
    const reasons = { ...need.reasons };
    for (const scope of keptScopes) {
      const use = target.by.get(scope)!;
      // The comment names the first reason: the kept one, when it is what sets the level.
      reasons[scope] =
        need.scopes[scope] === target.kept[scope]
          ? [...(reasons[scope] ?? []), keptComment(use.message)]
          : [keptComment(use.message), ...(reasons[scope] ?? [])];
    }
    for (const use of new Set(target.by.values())) {
      const scopes: ScopeMap = {};
      for (const scope of keptScopes) if (target.by.get(scope) === use) scopes[scope] = target.kept[scope]!;
      result.kept.push({ job: job.id, scopes: formatScopes(scopes), because: use.message });
    }
    const wanted: JobPermissions = { ...need, scopes: target.scopes, reasons };
    if (job.permissions && isMinimal(job.permissions, wanted)) continue;
    const edit = jobEdit(wf, job, wanted, lines, lineStarts);
    if (edit) edits.push(edit);
  }

  const inheriting = wf.jobs.filter((job) => !job.permissions && !fixedJobs.has(job.id) && computed.has(job.id));
  if (inheriting.length) {
    result.topSkipped = `job${inheriting.length === 1 ? '' : 's'} ${inheriting.map((j) => j.id).join(', ')} still inherit${inheriting.length === 1 ? 's' : ''} the workflow's grant`;
  } else if (!(
    wf.permissions?.kind === 'empty' && /\{\s*\}/.test(lineText(lines, wf.permissions.valuePosition.line))
  )) {
    const edit = topEdit(wf, lines, lineStarts);
    if (edit) edits.push(edit);
  }

  if (!edits.length) return result;
  edits.sort((a, b) => b.start - a.start);
  const next = [...lines];
  for (const edit of edits) next.splice(edit.start, edit.deleteCount, ...edit.lines);
  const text = next.join(wf.lineEnding);
  // Never write a file GitHub would reject.
  const check = loadWorkflowFile(wf.file, text, { validate: false });
  if (check.errors.length) {
    return {
      ...result,
      fixed: [],
      skipped: wf.jobs.map((j) => ({ job: j.id, reason: `the edit would not parse (${check.errors[0]!.message})` })),
    };
  }
  return { ...result, text, changed: text !== wf.text };
}

/** A kept right's comment: the step and what it runs (the note and the finding say why at length). */
function keptComment(message: string): string {
  return `kept: ${message.replace(/: (it can|may) .*$/, '')}`;
}

function lineText(lines: string[], line: number): string {
  return lines[line - 1] ?? '';
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 0-based line of an offset. */
function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Same scopes and levels as needed (ignoring `none`), and every scope has a comment. */
function isMinimal(block: PermissionsBlock, need: JobPermissions): boolean {
  if (block.kind === 'read-all' || block.kind === 'write-all') return false;
  const wanted = Object.keys(need.scopes) as Scope[];
  const present = [...block.scopes].filter(([, s]) => s.level !== 'none');
  if (present.length !== wanted.length) return false;
  return present.every(([name, s]) => need.scopes[name as Scope] === s.level && Boolean(s.comment));
}

function comment(reasons: string[] | undefined): string {
  const list = (reasons ?? []).map((r) => r.replace(/[\r\n]+/g, ' '));
  let text = list[0] ?? '';
  if (list.length > 1) text += ` (+${list.length - 1} more)`;
  if (text.length > MAX_COMMENT) text = `${text.slice(0, MAX_COMMENT - 1)}…`;
  return text;
}

function render(indent: string, step: string, need: JobPermissions): string[] {
  const scopes = Object.keys(need.scopes).sort() as Scope[];
  if (!scopes.length) return [`${indent}permissions: {}`];
  return [
    `${indent}permissions:`,
    ...scopes.map((scope) => `${indent}${step}${scope}: ${need.scopes[scope]} # ${comment(need.reasons[scope])}`),
  ];
}

function pairOf(map: Node | undefined, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key) as Pair | undefined;
}

/** The 0-based [first, last] lines of a `key: value` pair. */
function pairLines(pair: Pair, starts: number[], text: string): [number, number] {
  const key = pair.key as Node;
  const first = lineOf(starts, key.range![0]);
  const value = pair.value as Node | null;
  let end = value?.range ? value.range[1] : key.range![1];
  // A block value's range may run to the start of the next line.
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  return [first, lineOf(starts, Math.max(end - 1, key.range![0]))];
}

function jobEdit(
  wf: WorkflowFile,
  job: Job,
  need: JobPermissions,
  lines: string[],
  starts: number[],
): Edit | undefined {
  const map = job.node;
  const firstKey = map.items.find(isPair)?.key as Node | undefined;
  if (!firstKey?.range) return undefined;
  const keyLine = lineOf(starts, firstKey.range[0]);
  const indent = (lines[keyLine] ?? '').slice(0, firstKey.range[0] - starts[keyLine]!);
  if (!/^ *$/.test(indent)) return undefined; // a flow-style job: leave it
  const idIndent = job.position.column - 1;
  const step = ' '.repeat(Math.max(2, indent.length - idIndent));
  const rendered = render(indent, step, need);
  const existing = pairOf(map, 'permissions');
  if (existing) {
    const [first, last] = pairLines(existing, starts, wf.text);
    return { start: first, deleteCount: last - first + 1, lines: withTrailingComment(rendered, existing, first, last) };
  }
  const anchor = pairOf(map, 'steps') ?? pairOf(map, 'uses');
  const anchorKey = anchor?.key as Node | undefined;
  if (anchorKey?.range)
    return { start: aboveComments(lines, lineOf(starts, anchorKey.range[0]), indent), deleteCount: 0, lines: rendered };
  const lastPair = [...map.items].reverse().find(isPair);
  if (!lastPair) return undefined;
  const [, last] = pairLines(lastPair, starts, wf.text);
  return { start: last + 1, deleteCount: 0, lines: rendered };
}

function topEdit(wf: WorkflowFile, lines: string[], starts: number[]): Edit | undefined {
  const root = wf.document.contents as Node | null;
  if (!isMap(root)) return undefined;
  const firstKey = root.items.find(isPair)?.key as Node | undefined;
  if (!firstKey?.range) return undefined;
  const keyLine = lineOf(starts, firstKey.range[0]);
  const indent = (lines[keyLine] ?? '').slice(0, firstKey.range[0] - starts[keyLine]!);
  const existing = pairOf(root, 'permissions');
  const rendered = [`${indent}permissions: {}`];
  if (existing) {
    const [first, last] = pairLines(existing, starts, wf.text);
    return { start: first, deleteCount: last - first + 1, lines: withTrailingComment(rendered, existing, first, last) };
  }
  const jobs = pairOf(root, 'jobs');
  const jobsKey = jobs?.key as Node | undefined;
  if (!jobsKey?.range) return undefined;
  return {
    start: aboveComments(lines, lineOf(starts, jobsKey.range[0]), indent),
    deleteCount: 0,
    lines: [...rendered, ''],
  };
}

/**
 * The rendered lines, the first keeping the trailing comment of the one-line pair they replace
 * (`permissions: write-all # TODO: narrow`): the comment is the author's, not the fix's to drop.
 */
function withTrailingComment(rendered: string[], pair: Pair, first: number, last: number): string[] {
  const comment = first === last ? (pair.value as Node | null)?.comment : undefined;
  if (!comment || /[\r\n]/.test(comment)) return rendered;
  return [`${rendered[0]} #${comment}`, ...rendered.slice(1)];
}

/** Moves an insertion point above the comment lines that belong to the key it precedes. */
function aboveComments(lines: string[], line: number, indent: string): number {
  let at = line;
  while (at > 0 && (lines[at - 1] ?? '').startsWith(`${indent}#`)) at--;
  return at;
}
