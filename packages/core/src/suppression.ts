import { INVALID_SUPPRESSION } from './core-rules.js';
import type { Finding } from './finding.js';
import { RuleRegistry } from './rules.js';

/** One `# paved-road: ignore[rule-a, rule-b] reason` comment. */
export interface Suppression {
  file: string;
  /** Where the `#` is (1-based). */
  line: number;
  column: number;
  rules: string[];
  reason: string;
  /** The line whose findings it suppresses: its own (trailing comment) or the next code line. */
  target: number | undefined;
}

export interface ParsedSuppressions {
  /** Suppressions that are obeyed: well-formed and with a reason. */
  suppressions: Suppression[];
  /** `invalid-suppression` findings: no reason (warning, not obeyed), malformed, or unknown rule ids (note). */
  problems: Finding[];
}

export interface SuppressionOptions {
  /**
   * Every rule id that exists (all commands): an id outside it is reported as a note. Omitted: ids
   * are checked only against `ownRules`.
   */
  knownRules?: Iterable<string> | RuleRegistry;
  /**
   * The rules of the audit at hand. The same files are audited by several commands, so an id this
   * audit does not know may well be another's; without `knownRules`, only an id a typo away from
   * one of these (`unpined-action`) is reported.
   */
  ownRules?: Iterable<string> | RuleRegistry;
  /** Files to scan for suppression problems even when they have no finding (every audited file). */
  files?: readonly string[];
}

// `#` at the start of a line or after whitespace starts a comment in YAML, shell and Dockerfiles.
// Only `# paved-road: ignore...` is a suppression; other comments that mention paved-road are prose.
const MARKER = /(^|\s)(#\s*paved-road\s*:)(\s*ignore\b.*)$/i;
const DIRECTIVE = /^\s*ignore\s*\[([^\]]*)\](.*)$/;
const RULE_ID = /^[a-z][a-z0-9-]*$/;

function idSet(rules: Iterable<string> | RuleRegistry): Set<string> {
  return new Set(rules instanceof RuleRegistry ? rules.all().map((rule) => rule.id) : rules);
}

/** Within two edits (insert, delete, substitute) but not equal: a likely typo of `candidate`. */
function isNear(id: string, candidate: string): boolean {
  if (id === candidate || Math.abs(id.length - candidate.length) > 2 || candidate.length < 5) return false;
  let previous = Array.from({ length: candidate.length + 1 }, (_, j) => j);
  for (let i = 1; i <= id.length; i++) {
    const current = [i];
    for (let j = 1; j <= candidate.length; j++) {
      const cost = id[i - 1] === candidate[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[candidate.length]! <= 2;
}

function isCodeLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

/**
 * False when `source` cannot hold a suppression: it never mentions paved-road (most files). One scan
 * of the text instead of one per line; a file's text need not be kept for suppressions without it.
 */
export function mayHaveSuppressions(source: string): boolean {
  return /paved-road/i.test(source);
}

/** Reads every suppression comment in a file's text (LF or CRLF line ends). */
export function parseSuppressions(
  source: string,
  file: string,
  options: Pick<SuppressionOptions, 'knownRules' | 'ownRules'> = {},
): ParsedSuppressions {
  if (!mayHaveSuppressions(source)) return { suppressions: [], problems: [] };
  const known = options.knownRules === undefined ? undefined : idSet(options.knownRules);
  const own = options.ownRules === undefined ? [] : [...idSet(options.ownRules)];
  /** Undefined when the id is fine; otherwise what to say about it. */
  const unknown = (id: string): string | undefined => {
    if (known) {
      if (known.has(id)) return undefined;
      const near =
        own.find((candidate) => isNear(id, candidate)) ?? [...known].find((candidate) => isNear(id, candidate));
      return near ? `did you mean ${near}?` : 'a typo?';
    }
    if (own.includes(id)) return undefined;
    const near = own.find((candidate) => isNear(id, candidate));
    return near ? `did you mean ${near}?` : undefined;
  };
  const suppressions: Suppression[] = [];
  const problems: Finding[] = [];
  const lines = source.split(/\r?\n|\r/);
  lines.forEach((text, index) => {
    const match = MARKER.exec(text);
    if (!match) return;
    const hash = match.index + match[1]!.length;
    const line = index + 1;
    const column = hash + 1;
    const problem = (severity: Finding['severity'], message: string): void => {
      problems.push({ rule: INVALID_SUPPRESSION, severity, message, file, line, column });
    };
    const directive = DIRECTIVE.exec(match[3]!);
    if (!directive) {
      problem(
        'warning',
        'This paved-road comment is not a suppression it understands, so it suppresses nothing. Write it as "# paved-road: ignore[rule-id] reason".',
      );
      return;
    }
    const ids = directive[1]!.split(',').map((id) => id.trim());
    if (ids.some((id) => !RULE_ID.test(id))) {
      problem(
        'warning',
        `ignore[${directive[1]!.trim()}] must list kebab-case rule ids separated by commas; this suppression is not obeyed.`,
      );
      return;
    }
    const reason = directive[2]!
      .trim()
      .replace(/^[-:–—]+\s*/, '')
      .trim();
    if (!reason) {
      problem(
        'warning',
        `Suppression of ${ids.join(', ')} has no reason, so it is not obeyed. Say why after the brackets: "# paved-road: ignore[${ids.join(', ')}] why this is safe here".`,
      );
      return;
    }
    const rules = ids.filter((id) => {
      const doubt = unknown(id);
      if (doubt)
        problem(
          'note',
          `ignore[${id}] names no known rule, so it suppresses nothing (${doubt}). Use a rule id from the findings or the rules list.`,
        );
      return doubt === undefined;
    });
    if (rules.length === 0) return;
    const standalone = text.slice(0, hash).trim() === '';
    let target: number | undefined = line;
    if (standalone) {
      target = undefined;
      for (let next = index + 1; next < lines.length; next++) {
        if (isCodeLine(lines[next]!)) {
          target = next + 1;
          break;
        }
      }
    }
    suppressions.push({ file, line, column, rules, reason, target });
  });
  return { suppressions, problems };
}

export interface SuppressionResult {
  /** Findings not suppressed, plus `invalid-suppression` findings. */
  findings: Finding[];
  suppressed: Finding[];
}

/**
 * Applies inline suppressions. A comment trailing code applies to findings on its own line; a
 * comment alone on its line applies to the next line that is not blank or a comment. A suppression
 * without a reason is reported (`invalid-suppression`, warning) and not obeyed.
 */
export function applySuppressions(
  findings: readonly Finding[],
  readSource: (file: string) => string | undefined,
  options: SuppressionOptions = {},
): SuppressionResult {
  const files = [...new Set([...findings.map((f) => f.file), ...(options.files ?? [])])].sort();
  const byFile = new Map<string, Suppression[]>();
  const problems: Finding[] = [];
  for (const file of files) {
    const source = readSource(file);
    if (source === undefined) continue;
    const parsed = parseSuppressions(source, file, options);
    byFile.set(file, parsed.suppressions);
    problems.push(...parsed.problems);
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of findings) {
    const hit =
      finding.rule !== INVALID_SUPPRESSION &&
      (byFile.get(finding.file) ?? []).some((s) => s.target === finding.line && s.rules.includes(finding.rule));
    (hit ? suppressed : kept).push(finding);
  }
  return { findings: [...kept, ...problems], suppressed };
}
