import { applySuppressions, type Finding } from '@paved-road/core';
import { loadWorkflowFile, type WorkflowFile } from '@paved-road/workflows';
import { auditPatterns } from '../../src/patterns/index.js';

/** 1-based line and column of the nth occurrence of `needle` in `text`. */
export function locate(text: string, needle: string, nth = 1): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i < nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`"${needle}" (#${nth}) not in the fixture`);
  }
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Loads a workflow fixture (must be valid for GitHub) and runs one pattern rule over it. */
export function audit(
  text: string,
  rule: string,
  file = '.github/workflows/test.yml',
): { wf: WorkflowFile; findings: Finding[] } {
  const wf = loadWorkflowFile(file, text);
  if (wf.errors.length) throw new Error(`fixture is invalid: ${JSON.stringify(wf.errors)}`);
  return { wf, findings: auditPatterns(wf, { rules: [rule] }) };
}

/** line:column:severity of each finding, for compact assertions. */
export function where(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.line}:${f.column}:${f.severity}`);
}

export function pos(text: string, needle: string, severity: string, nth = 1): string {
  const { line, column } = locate(text, needle, nth);
  return `${line}:${column}:${severity}`;
}

/** The findings left after the fixture's own `# paved-road: ignore[...]` comments, and those suppressed. */
export function afterSuppressions(
  text: string,
  findings: readonly Finding[],
): { kept: Finding[]; suppressed: Finding[] } {
  const result = applySuppressions(findings, () => text);
  return { kept: result.findings, suppressed: result.suppressed };
}
