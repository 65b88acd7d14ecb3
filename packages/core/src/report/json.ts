import { sortFindings, type Finding, type Severity } from '../finding.js';

/** One finding in `--format json` output: a fixed shape, `job` and `step` null when absent. */
export interface FindingJson {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  job: string | null;
  step: string | null;
}

/** Findings for the JSON document, in `sortFindings` order, with a fixed set of keys. */
export function findingsToJson(findings: readonly Finding[]): FindingJson[] {
  return sortFindings(findings).map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    job: finding.job ?? null,
    step: finding.step ?? null,
  }));
}

/**
 * `value` as `JSON.stringify(document, null, 2)` writes it `depth` levels deep in a document (every
 * line indented by 2 x depth spaces, the first too): serialized inside `depth` one-item arrays, whose
 * brackets are cut off, so that JSON.stringify does the indenting in the same pass.
 */
export function jsonAtDepth(value: unknown, depth: number): string {
  // Level k adds "<2k spaces>[\n" before the value and "\n<2k spaces>]" after it: depth x (depth + 1) characters each side.
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const cut = depth * (depth + 1);
  const text = JSON.stringify(wrapped, null, 2);
  return cut ? text.slice(cut, -cut) : text;
}
