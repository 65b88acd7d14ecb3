import { countBySeverity, sortFindings, type Finding, type Severity } from '../finding.js';
import { ruleHelpUri, type RuleRegistry } from '../rules.js';

/** GitHub rejects a step summary over 1 MiB; keep a margin for what the edge adds around it. */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;

/** A message longer than this is cut in the table (the SARIF and JSON keep it whole). */
const MAX_CELL_CHARS = 2000;

export interface FindingsSummaryOptions {
  title: string;
  findings: readonly Finding[];
  rules?: RuleRegistry;
  /** Extra markdown appended after the table, as given. */
  sections?: string[];
  /** Byte budget of the whole summary; table rows are left out to fit. Default MAX_SUMMARY_BYTES. */
  maxBytes?: number;
}

/**
 * Escapes user text for inline markdown, including inside a table cell: HTML-significant characters
 * become entities, markdown punctuation is backslash-escaped (so a message cannot open a link, a code
 * span or end a cell), and line breaks become `<br>`.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~!#]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'note' };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair.
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function row(finding: Finding, rules: RuleRegistry | undefined): string {
  const location = finding.line >= 1 ? `${finding.file}:${finding.line}` : finding.file;
  const rule = rules?.get(finding.rule);
  const ruleCell = rule ? `[${escapeMarkdown(finding.rule)}](${ruleHelpUri(rule)})` : escapeMarkdown(finding.rule);
  const cells = [
    escapeMarkdown(location),
    SEVERITY_LABEL[finding.severity],
    ruleCell,
    escapeMarkdown(cut(finding.message, MAX_CELL_CHARS)),
  ];
  return `| ${cells.join(' | ')} |`;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cuts text to at most `max` UTF-8 bytes without splitting a character. */
function cutBytes(text: string, max: number): string {
  const buffer = Buffer.from(text, 'utf8');
  if (buffer.length <= max) return text;
  let end = max;
  while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80) end--;
  return buffer.subarray(0, end).toString('utf8');
}

/**
 * The step summary for an audit: a heading, counts per severity, a table of findings in
 * `sortFindings` order, then the extra sections. When it would exceed `maxBytes`, table rows are
 * left out from the end and a note says how many and where the full list is.
 */
export function renderFindingsSummary(options: FindingsSummaryOptions): string {
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  const findings = sortFindings(options.findings);
  const counts = countBySeverity(findings);
  const head: string[] = [`## ${escapeMarkdown(options.title)}`, ''];
  if (findings.length === 0) {
    head.push('No findings.', '');
  } else {
    head.push(
      `**${plural(findings.length, 'finding')}**: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}.`,
      '',
    );
  }
  const tableHead = ['| Location | Severity | Rule | Message |', '| --- | --- | --- | --- |'];
  const rows = findings.map((finding) => row(finding, options.rules));
  const sections = (options.sections ?? []).filter((section) => section.trim() !== '');
  const tail = sections.length ? `\n${sections.map((s) => s.replace(/\s+$/, '')).join('\n\n')}\n` : '';

  const assemble = (shown: number, note: string): string => {
    let text = head.join('\n') + '\n';
    if (rows.length) text += [...tableHead, ...rows.slice(0, shown)].join('\n') + '\n';
    if (note) text += `\n${note}\n`;
    return text + tail;
  };

  const full = assemble(rows.length, '');
  if (bytes(full) <= maxBytes) return full;

  const noteFor = (left: number): string =>
    `> [!NOTE]\n> ${plural(left, 'more finding')} left out of this table to stay under GitHub's 1 MiB step summary limit. ` +
    'The SARIF file (`sarif-file` output) and the JSON output (`--format json`) list every finding.';
  // Fixed parts, with the longest note this could need.
  let budget = maxBytes - bytes(assemble(0, noteFor(rows.length)));
  let shown = 0;
  for (const line of rows) {
    const cost = bytes(line) + 1;
    if (cost > budget) break;
    budget -= cost;
    shown += 1;
  }
  const truncated = assemble(shown, shown < rows.length ? noteFor(rows.length - shown) : '');
  // Extra sections alone larger than the budget: cut the end, still a valid UTF-8 string.
  return bytes(truncated) <= maxBytes ? truncated : cutBytes(truncated, maxBytes);
}
