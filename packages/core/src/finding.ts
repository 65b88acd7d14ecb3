export const SEVERITIES = ['error', 'warning', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `fail-on`: the least severity that fails the run; `never` reports without failing. */
export const FAIL_ON_LEVELS = ['error', 'warning', 'note', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** What an audit reports. Lines and columns are 1-based; `file` is the path as the user gave it. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  job?: string;
  step?: string;
  /** Set when `fix: true` can repair it; says what the fix does. */
  fix?: string;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** True when a finding of this severity fails the run under `failOn`. */
export function failsOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}

/** 0 when nothing reaches `fail-on`, 1 when something does. */
export function exitCodeFor(findings: readonly Finding[], failOn: FailOn): 0 | 1 {
  return findings.some((f) => failsOn(f.severity, failOn)) ? 1 : 0;
}

/** Stable order: file, line, column, rule, message. Every reporter relies on it for deterministic output. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
