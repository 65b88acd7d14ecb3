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
