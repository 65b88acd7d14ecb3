import { hash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { sortFindings, type Finding } from '../finding.js';
import { jsonAtDepth } from './json.js';
import { PROJECT_URL, RuleRegistry, ruleHelpUri, securitySeverity, type RuleDefinition } from '../rules.js';
import { TOOL_NAME, VERSION } from '../version.js';

export type SarifLog = Log;

/** The OASIS location of the SARIF 2.1.0 schema (with errata 01), as `$schema`. */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Key of our fingerprint in `partialFingerprints`; the version changes if the recipe ever does. */
export const FINGERPRINT_KEY = 'pavedRoadFindingHash/v1';

export interface BuildSarifOptions {
  findings: readonly Finding[];
  rules: RuleRegistry | readonly RuleDefinition[];
  toolName?: string;
  toolVersion?: string;
  /**
   * `runs[0].automationDetails.id`, e.g. `harden-permissions/`: code scanning keeps the results of
   * each category apart, so two audits uploading from one workflow do not replace each other's alerts.
   */
  category?: string;
}

/** `expired-exception` -> `ExpiredException`: SARIF's reportingDescriptor.name is an identifier. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** A relative path as a URI reference with forward slashes; an absolute path as a file: URI. */
export function artifactUri(file: string): string {
  if (isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file)) return pathToFileURL(file).href;
  const parts = file
    .replace(/\\/g, '/')
    .split('/')
    .filter((part, index) => !(part === '.' || (part === '' && index > 0)));
  return parts.map((part) => encodeURIComponent(part)).join('/');
}

/**
 * A fingerprint that survives edits moving the finding to another line: rule, file, job, step and
 * message, not the position. Code scanning uses it to track one alert across commits.
 */
export function findingFingerprint(finding: Finding, uri: string = artifactUri(finding.file)): string {
  const key = [finding.rule, uri, finding.job ?? '', finding.step ?? '', finding.message].join('\u0000');
  // One-shot hash (node:crypto hash): the same digest as createHash, without a Hash object per finding.
  return hash('sha256', key, 'hex');
}

function fence(content: string, language = 'yaml'): string {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language}\n${content.replace(/\s+$/, '')}\n${ticks}`;
}

function descriptor(rule: RuleDefinition): ReportingDescriptor {
  const text = [`${rule.title}.`, `Why: ${rule.why}`, `Fix: ${rule.fix}`];
  const markdown = [`**${rule.title}**`, rule.why, `**Fix:** ${rule.fix}`];
  if (rule.before !== undefined) {
    text.push(`Before:\n${rule.before.replace(/\s+$/, '')}`);
    markdown.push(`Before:\n\n${fence(rule.before)}`);
  }
  if (rule.after !== undefined) {
    text.push(`After:\n${rule.after.replace(/\s+$/, '')}`);
    markdown.push(`After:\n\n${fence(rule.after)}`);
  }
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why },
    help: { text: text.join('\n\n'), markdown: markdown.join('\n\n') },
    helpUri: ruleHelpUri(rule),
    defaultConfiguration: { level: rule.severity },
    properties: { tags: ['security', rule.action], 'security-severity': securitySeverity(rule) },
  };
}

function result(finding: Finding, ruleIndex: number | undefined, uri: string): Result {
  // Key order is the output's order: ruleId, ruleIndex, level, message, ...
  const out: Result = {
    ruleId: finding.rule,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: finding.severity,
    message: { text: finding.message },
  };
  const region: NonNullable<NonNullable<Result['locations']>[number]['physicalLocation']>['region'] = {};
  if (finding.line >= 1) {
    region.startLine = finding.line;
    if (finding.column >= 1) region.startColumn = finding.column;
    if (finding.endLine !== undefined && finding.endLine >= finding.line) region.endLine = finding.endLine;
    if (finding.endColumn !== undefined && finding.endColumn >= 1) region.endColumn = finding.endColumn;
  }
  out.locations = [
    {
      physicalLocation: {
        artifactLocation: { uri },
        ...(region.startLine !== undefined ? { region } : {}),
      },
    },
  ];
  out.partialFingerprints = { [FINGERPRINT_KEY]: findingFingerprint(finding, uri) };
  const properties: Record<string, string> = {};
  if (finding.job !== undefined) properties.job = finding.job;
  if (finding.step !== undefined) properties.step = finding.step;
  if (finding.fix !== undefined) properties.fix = finding.fix;
  if (Object.keys(properties).length) out.properties = properties;
  return out;
}

function registryOf(rules: BuildSarifOptions['rules']): RuleRegistry {
  return rules instanceof RuleRegistry ? rules : new RuleRegistry(rules);
}

/** Each rule's index in `tool.driver.rules` (the registry's order, sorted by id). */
function ruleIndexes(registry: RuleRegistry): Map<string, number> {
  return new Map(registry.all().map((rule, i) => [rule.id, i]));
}

const indexCache = new WeakMap<RuleRegistry, Map<string, number>>();

/** How deep a result is in the pretty-printed log: `runs[0].results[i]`. */
const RESULT_DEPTH = 4;

/**
 * One finding's SARIF result exactly as `sarifText` writes it inside `runs[0].results` (pretty-printed,
 * indented to its depth): worked out beside the audit of each file (in whichever thread audits it),
 * so the report only joins them.
 */
export function sarifResultText(finding: Finding, registry: RuleRegistry): string {
  let index = indexCache.get(registry);
  if (!index) indexCache.set(registry, (index = ruleIndexes(registry)));
  return jsonAtDepth(result(finding, index.get(finding.rule), artifactUri(finding.file)), RESULT_DEPTH);
}

/**
 * The text of `JSON.stringify(buildSarif(options), null, 2)`, with each result's text taken from
 * `resultText` when it has one (`sarifResultText`, worked out earlier) and built here otherwise.
 */
export function sarifText(options: BuildSarifOptions, resultText?: (finding: Finding) => string | undefined): string {
  const log = buildSarif({ ...options, findings: [] });
  const registry = registryOf(options.rules);
  const findings = sortFindings(options.findings);
  const head = JSON.stringify(log, null, 2);
  if (!findings.length) return head;
  const items = findings.map((finding) => resultText?.(finding) ?? sarifResultText(finding, registry));
  // `results` is the run's last key: its empty array is the last `"results": []` in the text.
  const at = head.lastIndexOf('"results": []');
  return `${head.slice(0, at)}"results": [\n${items.join(',\n')}\n${' '.repeat(6)}]${head.slice(at + '"results": []'.length)}`;
}

/**
 * A SARIF 2.1.0 log with one run: `tool.driver.rules` from the registry (sorted by id), one result per
 * finding in `sortFindings` order. A finding whose rule the registry does not know keeps its
 * `ruleId` without `ruleIndex`. No timestamps or random ids: the same findings give the same bytes.
 */
export function buildSarif(options: BuildSarifOptions): SarifLog {
  const registry = registryOf(options.rules);
  const rules = registry.all();
  const index = ruleIndexes(registry);
  const version = options.toolVersion ?? VERSION;
  // Findings come many to a file: each file's URI is worked out once.
  const uris = new Map<string, string>();
  const uriOf = (file: string): string => {
    let uri = uris.get(file);
    if (uri === undefined) uris.set(file, (uri = artifactUri(file)));
    return uri;
  };
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName ?? TOOL_NAME,
            version,
            ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}),
            informationUri: PROJECT_URL,
            rules: rules.map(descriptor),
          },
        },
        ...(options.category ? { automationDetails: { id: options.category } } : {}),
        columnKind: 'utf16CodeUnits',
        results: sortFindings(options.findings).map((finding) =>
          result(finding, index.get(finding.rule), uriOf(finding.file)),
        ),
      },
    ],
  };
}
