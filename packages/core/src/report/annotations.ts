import { sortFindings, type Finding, type Severity } from '../finding.js';
import type { RuleRegistry } from '../rules.js';

/** GitHub renders at most this many annotations of each kind (error, warning, notice) per step. */
export const MAX_ANNOTATIONS_PER_KIND = 10;

type AnnotationKind = 'error' | 'warning' | 'notice';

const KIND: Record<Severity, AnnotationKind> = { error: 'error', warning: 'warning', note: 'notice' };
const KIND_WORDS: Record<AnnotationKind, string> = { error: 'error', warning: 'warning', notice: 'note' };

/** Escaping of a workflow command's message, exactly as @actions/core's `escapeData`. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value, exactly as @actions/core's `escapeProperty`. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line: `::name key=value,...::message`. Empty properties are left out. */
export function workflowCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}

function annotationFor(finding: Finding, rules: RuleRegistry | undefined): string {
  const rule = rules?.get(finding.rule);
  const title = rule ? `${finding.rule}: ${rule.title}` : finding.rule;
  // Columns only make sense on a one-line range: GitHub drops them (or the annotation) otherwise.
  const oneLine = finding.endLine === undefined || finding.endLine === finding.line;
  const line = finding.line >= 1 ? finding.line : undefined;
  return workflowCommand(
    KIND[finding.severity],
    {
      file: finding.file,
      line,
      col: line !== undefined && oneLine && finding.column >= 1 ? finding.column : undefined,
      endLine:
        line !== undefined && finding.endLine !== undefined && finding.endLine >= finding.line
          ? finding.endLine
          : undefined,
      endColumn:
        line !== undefined && oneLine && finding.endColumn !== undefined && finding.endColumn >= 1
          ? finding.endColumn
          : undefined,
      title,
    },
    finding.message,
  );
}

function overflowLine(kind: AnnotationKind, count: number): string {
  const word = KIND_WORDS[kind];
  return workflowCommand(
    'notice',
    {},
    `${count} more ${word}${count === 1 ? '' : 's'} not annotated: GitHub shows at most ${MAX_ANNOTATIONS_PER_KIND} per kind in a step. ` +
      'The step summary and the SARIF file list every finding.',
  );
}

/**
 * Workflow command lines for findings: at most 10 per kind (in `sortFindings` order), then one
 * `::notice::` per kind that had more, saying how many were left out. The overflow notices count
 * against the notice budget themselves, so the notice kind keeps room for them.
 */
export function renderAnnotations(findings: readonly Finding[], rules?: RuleRegistry): string[] {
  const sorted = sortFindings(findings);
  const totals: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of sorted) totals[KIND[finding.severity]] += 1;

  const budget: Record<AnnotationKind, number> = {
    error: MAX_ANNOTATIONS_PER_KIND,
    warning: MAX_ANNOTATIONS_PER_KIND,
    notice: MAX_ANNOTATIONS_PER_KIND,
  };
  const otherOverflows = (totals.error > budget.error ? 1 : 0) + (totals.warning > budget.warning ? 1 : 0);
  if (totals.notice + otherOverflows > MAX_ANNOTATIONS_PER_KIND) {
    // Notices overflow too: leave room for every overflow line, this kind's included.
    budget.notice = MAX_ANNOTATIONS_PER_KIND - otherOverflows - 1;
  } else {
    budget.notice = totals.notice;
  }

  const lines: string[] = [];
  const emitted: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of sorted) {
    const kind = KIND[finding.severity];
    if (emitted[kind] >= budget[kind]) continue;
    emitted[kind] += 1;
    lines.push(annotationFor(finding, rules));
  }
  for (const kind of ['error', 'warning', 'notice'] as const) {
    const left = totals[kind] - emitted[kind];
    if (left > 0) lines.push(overflowLine(kind, left));
  }
  return lines;
}
