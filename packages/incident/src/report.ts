// find-affected's report: the `--format json` document, the text for people and the step summary.
import type { MatchedComponent } from './query.js';

export interface ReportUse {
  line: number;
  column: number;
  uses: string;
  ref: string;
  pinned: boolean;
  job?: string;
  step?: string;
  verdict: 'affected' | 'unknown';
}

export type ReportEntry =
  | {
      kind: 'sbom';
      /** The SBOM file as named on input (the first name, when indexed under several). */
      sbom: string;
      alsoNamed?: string[];
      sbomDigest?: string;
      format?: string;
      subject?: string;
      /** Digests of the artifact the SBOM describes, when it names them. */
      artifacts?: string[];
      componentCount?: number;
      components?: MatchedComponent[];
      undecided?: MatchedComponent[];
      reason?: string;
    }
  | { kind: 'workflow'; file: string; uses?: ReportUse[]; reason?: string };

export interface FindAffectedReport {
  affected: ReportEntry[];
  clean: ReportEntry[];
  unknown: ReportEntry[];
}

export interface SearchCounts {
  sboms: number;
  workflows: number;
}

const name = (entry: ReportEntry): string => (entry.kind === 'sbom' ? entry.sbom : entry.file);

function componentLine(c: MatchedComponent, gap = '  '): string {
  return `${c.version ? `${c.name}@${c.version}` : c.name}${c.purl ? `${gap}${c.purl}` : ''}`;
}

function useLine(file: string, use: ReportUse): string {
  return `${file}:${use.line}:${use.column}  uses: ${use.uses}  (${use.pinned ? 'pinned to a commit' : 'not pinned'}${use.job ? `, job ${use.job}` : ''}${use.step ? `, step ${use.step}` : ''})`;
}

function totals(report: FindAffectedReport, counts: SearchCounts): string {
  const searched = [
    counts.sboms ? `${counts.sboms} SBOM(s)` : '',
    counts.workflows ? `${counts.workflows} workflow file(s)` : '',
  ].filter(Boolean);
  return `${report.affected.length} affected, ${report.clean.length} clean, ${report.unknown.length} unknown (searched ${searched.join(' and ') || 'nothing'}).`;
}

export function renderText(report: FindAffectedReport, counts: SearchCounts): string {
  const lines: string[] = [];
  for (const entry of report.affected) {
    if (entry.kind === 'sbom') {
      lines.push(`AFFECTED ${entry.sbom}${entry.artifacts ? ` (artifact ${entry.artifacts.join(', ')})` : ''}`);
      for (const c of entry.components ?? []) {
        lines.push(`  ${componentLine(c)}`, `    path: ${c.path.join(' > ')}`, `    matches: ${c.matches.join('; ')}`);
      }
    } else {
      lines.push(`AFFECTED ${entry.file}`);
      for (const use of entry.uses ?? [])
        lines.push(`  ${useLine(entry.file, use)}${use.verdict === 'unknown' ? ' [unknown ref]' : ''}`);
    }
  }
  for (const entry of report.unknown) {
    lines.push(`UNKNOWN  ${name(entry)}: ${entry.reason ?? 'could not be searched'}`);
    if (entry.kind === 'sbom') for (const c of entry.undecided ?? []) lines.push(`  ${componentLine(c)}`);
    else for (const use of entry.uses ?? []) lines.push(`  ${useLine(entry.file, use)}`);
  }
  lines.push(totals(report, counts));
  return `${lines.join('\n')}\n`;
}

/** Markdown cells hold text from SBOMs and workflows: no pipes, no line breaks, no HTML. */
function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/`/g, "'");
}

const MAX_SUMMARY_ROWS = 200;

export function renderSummary(report: FindAffectedReport, counts: SearchCounts): string {
  const lines = ['### find-affected', '', totals(report, counts), ''];
  const rows: string[] = [];
  for (const [verdict, entries] of [
    ['affected', report.affected],
    ['unknown', report.unknown],
  ] as const)
    for (const entry of entries) {
      if (entry.kind === 'sbom') {
        const what = [...(entry.components ?? []), ...(entry.undecided ?? [])]
          .map((c) => cell(`${componentLine(c, ' ')} (${c.path.join(' > ')})`))
          .join('<br>');
        rows.push(
          `| ${verdict} | SBOM \`${cell(entry.sbom)}\` | ${entry.artifacts ? `\`${entry.artifacts.map(cell).join(', ')}\`` : ''} | ${what || cell(entry.reason ?? '')} |`,
        );
      } else {
        const what = (entry.uses ?? [])
          .map((u) => cell(`line ${u.line}: ${u.uses} (${u.pinned ? 'pinned' : 'not pinned'})`))
          .join('<br>');
        rows.push(`| ${verdict} | workflow \`${cell(entry.file)}\` | | ${what || cell(entry.reason ?? '')} |`);
      }
    }
  if (rows.length) {
    lines.push('| Verdict | Where | Artifact | What |', '|---|---|---|---|', ...rows.slice(0, MAX_SUMMARY_ROWS));
    if (rows.length > MAX_SUMMARY_ROWS) lines.push('', `${rows.length - MAX_SUMMARY_ROWS} more rows in the report.`);
  }
  lines.push('');
  return lines.join('\n');
}
