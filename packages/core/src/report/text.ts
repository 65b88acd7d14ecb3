import { countBySeverity, sortFindings, type Finding } from '../finding.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Compiler-style lines, `file:line:col: severity [rule-id] message`, in `sortFindings` order, then a
 * count line. A message's line breaks are folded so one finding stays one line.
 */
export function renderFindingsText(findings: readonly Finding[]): string {
  const sorted = sortFindings(findings);
  const lines = sorted.map((f) => {
    const where = f.line >= 1 ? `${f.file}:${f.line}:${Math.max(1, f.column)}` : f.file;
    return `${where}: ${f.severity} [${f.rule}] ${f.message.replace(/\s*\r?\n\s*/g, ' ')}`;
  });
  if (sorted.length === 0) {
    lines.push('No findings.');
  } else {
    const counts = countBySeverity(sorted);
    lines.push(
      `${plural(sorted.length, 'finding')}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}.`,
    );
  }
  return lines.join('\n') + '\n';
}
