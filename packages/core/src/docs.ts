import type { RuleDefinition } from './rules.js';

function fenced(content: string, language: string): string {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language}\n${content.replace(/\s+$/, '')}\n${ticks}`;
}

/**
 * The rules section of a README (or docs page), generated from the rule definitions so docs cannot
 * drift from code. Each rule gets an explicit `<a id>` anchor matching `ruleHelpUri`'s fragment.
 */
export function renderRulesMarkdown(rules: readonly RuleDefinition[], options: { language?: string } = {}): string {
  const language = options.language ?? 'yaml';
  const sections = rules.map((rule) => {
    const parts = [
      `<a id="${rule.id}"></a>`,
      `### \`${rule.id}\``,
      '',
      `**${rule.title}**. Default severity: ${rule.severity}.${rule.persona ? ` Shown with \`persona: ${rule.persona}\`${rule.persona === 'pedantic' ? ' or `auditor`' : ''} only.` : ''}`,
      '',
      rule.why.trim(),
    ];
    if (rule.before !== undefined) parts.push('', 'Before:', '', fenced(rule.before, language));
    if (rule.after !== undefined) parts.push('', 'After:', '', fenced(rule.after, language));
    parts.push('', `**Fix:** ${rule.fix.trim()}`);
    return parts.join('\n');
  });
  return sections.length ? `${sections.join('\n\n')}\n` : '';
}

/**
 * Replaces what lies between `<!-- marker:start -->` and `<!-- marker:end -->` with `content`,
 * keeping the markers. Throws when the markers are missing or out of order.
 */
export function replaceMarkedSection(markdown: string, marker: string, content: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end, from === -1 ? 0 : from + start.length);
  if (from === -1 || to === -1)
    throw new Error(`The document has no "${start}" ... "${end}" pair; add both markers where the section goes.`);
  if (markdown.indexOf(start, from + start.length) !== -1 && markdown.indexOf(start, from + start.length) < to) {
    throw new Error(`"${start}" appears twice before "${end}".`);
  }
  const body = content.replace(/^\n+|\s+$/g, '');
  return `${markdown.slice(0, from + start.length)}\n${body ? `${body}\n` : ''}${markdown.slice(to)}`;
}

/** The content between the markers (trimmed), or undefined when they are missing. */
export function extractMarkedSection(markdown: string, marker: string): string | undefined {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end, from + start.length);
  if (from === -1 || to === -1) return undefined;
  return markdown.slice(from + start.length, to).trim();
}
