import { isAbsolute, join, resolve } from 'node:path';
import type { CommandResult, InputSource, OutputDefinition, RunContext } from './command.js';
import { coreRules } from './core-rules.js';
import { writeFileAtomic } from './files.js';
import { countBySeverity, exitCodeFor, sortFindings, type FailOn, type Finding } from './finding.js';
import { parseBoolean, parseChoice, parseFailOn } from './inputs.js';
import { applyExceptions, DEFAULT_POLICY_FILE, type Policy, type PolicyException } from './policy.js';
import { findingsToJson } from './report/json.js';
import { buildSarif, sarifText } from './report/sarif.js';
import { escapeMarkdown, renderFindingsSummary } from './report/summary.js';
import { RuleRegistry, type RuleDefinition } from './rules.js';
import { applySuppressions } from './suppression.js';

/** The outputs finishAudit sets; an audit command declares them (spread into its `outputs`). */
/** The inputs every audit command shares, parsed one way: `fix`, `fail-on`, `sarif-file`, `policy`, `show-summary`. */
export interface AuditInputs {
  fix: 'false' | 'true' | 'diff';
  failOn: FailOn;
  /** Absolute: relative paths are taken from the workspace; default `<tempDir>/<command>.sarif`. */
  sarifFile: string;
  policy: string;
  /** A policy named explicitly must exist; the default one may be absent. */
  policyRequired: boolean;
  showSummary: boolean;
}

export function parseAuditInputs(inputs: InputSource, context: RunContext, command: string): AuditInputs {
  const sarifRaw = inputs.get('sarif-file');
  return {
    fix: parseChoice('fix', inputs.get('fix'), ['false', 'true', 'diff'] as const, 'false'),
    failOn: parseFailOn(inputs.get('fail-on')),
    sarifFile: sarifRaw
      ? isAbsolute(sarifRaw)
        ? sarifRaw
        : resolve(context.workspace, sarifRaw)
      : join(context.tempDir, `${command}.sarif`),
    policy: inputs.get('policy') || DEFAULT_POLICY_FILE,
    policyRequired: inputs.isSet('policy'),
    showSummary: parseBoolean('show-summary', inputs.get('show-summary'), true),
  };
}

export const AUDIT_OUTPUTS: readonly OutputDefinition[] = [
  { name: 'findings', description: 'Number of findings after inline suppressions and policy exceptions.' },
  { name: 'errors', description: 'Number of those findings with severity error.' },
  { name: 'sarif-file', description: 'Path of the SARIF 2.1.0 file written, when one was written.' },
];

export interface FinishAuditOptions {
  /** The command's name, e.g. harden-permissions. */
  command: string;
  findings: Finding[];
  /** The command's rules; the core rules are added. */
  rules: readonly RuleDefinition[];
  policy?: Policy;
  now: Date;
  failOn: FailOn;
  /** The text of a file a finding names, for inline suppressions; undefined when unreadable. */
  readSource(file: string): string | undefined;
  /**
   * Every rule id of every command, when the caller knows them: a suppression naming any other id
   * is reported. Without it, only ids a typo away from this audit's rules are.
   */
  knownRules?: Iterable<string>;
  /** Every audited file: scanned for broken suppressions even when it has no finding. */
  files?: readonly string[];
  /** Written atomically when given (directories created). */
  sarifFile?: string;
  /** A finding's SARIF result text when it was worked out already (`sarifResultText` with `auditRules`). */
  sarifResultText?(finding: Finding): string | undefined;
  summaryTitle: string;
  summarySections?: string[];
  /** False: no step summary is rendered (show-summary: false); the result then has none. */
  summary?: boolean;
  /** Merged into the JSON document after `findings`. */
  json?: Record<string, unknown>;
  outputs?: Record<string, string>;
}

const registries = new WeakMap<readonly RuleDefinition[], RuleRegistry>();

/** The registry an audit with these rules reports with: the core rules and the command's (one per rules list). */
export function auditRules(rules: readonly RuleDefinition[]): RuleRegistry {
  let registry = registries.get(rules);
  if (registry) return registry;
  registry = new RuleRegistry(coreRules);
  for (const rule of rules) if (registry.get(rule.id) !== rule) registry.add(rule);
  registries.set(rules, registry);
  return registry;
}

/** Rows shown in each of the waived and suppressed lists; the JSON output has them all. */
const MAX_LIST_ROWS = 100;

function capRows(rows: string[]): string[] {
  if (rows.length <= MAX_LIST_ROWS) return rows;
  return [
    ...rows.slice(0, MAX_LIST_ROWS),
    '',
    `${rows.length - MAX_LIST_ROWS} more not shown; the JSON output lists them all.`,
  ];
}

/** `waived` in report order (sortFindings). */
function waivedSection(
  waived: ReadonlyArray<{ finding: Finding; exception: PolicyException }>,
  policy: Policy | undefined,
): string | undefined {
  if (!waived.length || !policy) return undefined;
  const rows = waived.map(({ finding, exception }) => {
    const cells = [
      escapeMarkdown(`${finding.file}:${finding.line}`),
      escapeMarkdown(finding.rule),
      escapeMarkdown(exception.owner),
      exception.expiresText,
      escapeMarkdown(exception.reason),
      escapeMarkdown(`${policy.file}:${exception.line}`),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    `### Waived by policy exceptions (${waived.length})`,
    '',
    '| Location | Rule | Owner | Expires | Reason | Exception |',
    '| --- | --- | --- | --- | --- | --- |',
    ...capRows(rows),
  ].join('\n');
}

function suppressedSection(suppressed: readonly Finding[]): string | undefined {
  if (!suppressed.length) return undefined;
  const rows = sortFindings(suppressed).map(
    (f) => `| ${escapeMarkdown(`${f.file}:${f.line}`)} | ${escapeMarkdown(f.rule)} |`,
  );
  return [
    `### Suppressed inline (${suppressed.length})`,
    '',
    '| Location | Rule |',
    '| --- | --- |',
    ...capRows(rows),
  ].join('\n');
}

/**
 * The shared tail of every audit: inline suppressions, then policy exceptions (expired ones become
 * `expired-exception` findings for this command's rules), sorting, SARIF (written when asked),
 * the step summary, the JSON document, the outputs and the exit code from `fail-on`.
 */
export function finishAudit(options: FinishAuditOptions): CommandResult {
  const registry = auditRules(options.rules);
  const afterSuppressions = applySuppressions(options.findings, options.readSource, {
    ownRules: registry,
    ...(options.knownRules ? { knownRules: [...options.knownRules, ...registry.all().map((rule) => rule.id)] } : {}),
    ...(options.files ? { files: options.files } : {}),
  });
  const afterExceptions = applyExceptions(afterSuppressions.findings, options.policy, {
    now: options.now,
    reportRules: registry.all().map((rule) => rule.id),
  });
  const findings = sortFindings(afterExceptions.findings);

  const sarifOptions = { findings, rules: registry, category: `${options.command}/` };
  // The log object is built when asked for (`--format sarif`); the file is written from text.
  let sarif: ReturnType<typeof buildSarif> | undefined;
  const outputs: Record<string, string> = {
    findings: String(findings.length),
    errors: String(countBySeverity(findings).error),
  };
  if (options.sarifFile) {
    writeFileAtomic(options.sarifFile, `${sarifText(sarifOptions, options.sarifResultText)}\n`, {
      createDirectory: true,
    });
    outputs['sarif-file'] = options.sarifFile;
  }
  Object.assign(outputs, options.outputs);

  // The waived findings in report order, each with the exception that waived it.
  const exceptionOf = new Map(afterExceptions.waived.map((w) => [w.finding, w.exception]));
  const waived = sortFindings(afterExceptions.waived.map((w) => w.finding)).map((finding) => ({
    finding,
    exception: exceptionOf.get(finding)!,
  }));
  const summary =
    options.summary === false
      ? undefined
      : renderFindingsSummary({
          title: options.summaryTitle,
          findings,
          rules: registry,
          sections: [
            ...(options.summarySections ?? []),
            waivedSection(waived, options.policy),
            suppressedSection(afterSuppressions.suppressed),
          ].filter((s): s is string => s !== undefined),
        });

  const waivedJson = waived.map(({ finding, exception }) => ({
    ...findingsToJson([finding])[0]!,
    exception: {
      owner: exception.owner,
      reason: exception.reason,
      expires: exception.expiresText,
      line: exception.line,
    },
  }));
  const json = {
    findings: findingsToJson(findings),
    waived: waivedJson,
    suppressed: findingsToJson(afterSuppressions.suppressed),
    ...options.json,
  };

  return {
    exitCode: exitCodeFor(findings, options.failOn),
    outputs,
    findings,
    rules: registry,
    json,
    get sarif() {
      return (sarif ??= buildSarif(sarifOptions));
    },
    ...(summary !== undefined ? { summary } : {}),
  };
}
