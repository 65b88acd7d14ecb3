// zizmor's configuration file as a source of suppressions (policy `import-zizmor-config: true`), so a
// repository moving from zizmor keeps its reviewed ignores: `rules.<id>.disable` and
// `rules.<id>.ignore` for the rules both tools name alike, and the config of forbidden-uses and
// dependabot-cooldown. Hostile content: read with readTextFile, aliases never expanded, never quoted.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { ConfigurationError, readTextFile, type Finding } from '@paved-road/core';
import { forbiddenUses } from './policy-settings.js';
import type { AuditSettings } from './patterns/settings.js';

/** Where zizmor looks at a repository's root, in its order. */
export const ZIZMOR_CONFIG_FILES = ['.github/zizmor.yml', '.github/zizmor.yaml', 'zizmor.yml', 'zizmor.yaml'];
/** A zizmor configuration is a page of YAML. */
export const MAX_ZIZMOR_CONFIG_BYTES = 256 * 1024;

/** One `rules.<id>.ignore` entry: `file.yml[:line[:column]]`, matched on the finding's file name. */
export interface ZizmorIgnore {
  rule: string;
  filename: string;
  line?: number;
  column?: number;
  /** The entry as written, and its line in the config. */
  text: string;
  at: number;
}

export interface ZizmorConfig {
  file: string;
  /** Rule id -> the line of its `disable: true`. */
  disabled: Map<string, number>;
  ignores: ZizmorIgnore[];
  /** `rules.forbidden-uses.config` and `rules.dependabot-cooldown.config.days`, as our settings. */
  settings: AuditSettings;
}

/** The first of ZIZMOR_CONFIG_FILES in the workspace, or undefined. */
export function findZizmorConfig(workspace: string): string | undefined {
  return ZIZMOR_CONFIG_FILES.find((file) => existsSync(resolve(workspace, file)));
}

export function loadZizmorConfig(workspace: string, file: string): ZizmorConfig {
  const text = readTextFile(resolve(workspace, file), {
    workspace,
    displayName: file,
    kind: 'zizmor configuration',
    maxBytes: MAX_ZIZMOR_CONFIG_BYTES,
  });
  return parseZizmorConfig(text, file);
}

const IGNORE_ENTRY = /^([^:\s]+\.ya?ml)(?::([1-9]\d*)(?::([1-9]\d*))?)?$/;

export function parseZizmorConfig(text: string, file: string): ZizmorConfig {
  const lineCounter = new LineCounter();
  const lineOf = (node: Node | null | undefined): number => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const fail = (node: Node | null | undefined, message: string, fix: string): ConfigurationError =>
    new ConfigurationError('invalid-zizmor-config', message, { file, line: lineOf(node) }, fix);
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ConfigurationError('invalid-yaml', 'zizmor configuration is nested too deeply to be read.', { file });
  }
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = lineCounter.linePos(yamlError.pos[0]);
    // The code, not the parser's message: a file that is not YAML must not be quoted.
    throw new ConfigurationError(
      'invalid-yaml',
      `zizmor configuration is not valid YAML (${yamlError.code}).`,
      { file, line: pos.line, column: pos.col },
      'Fix the YAML at that line, or set import-zizmor-config: false.',
    );
  }
  const config: ZizmorConfig = { file, disabled: new Map(), ignores: [], settings: {} };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) throw fail(root, 'zizmor configuration must be a mapping', 'Write `rules:` at the top.');
  const rules = root.get('rules', true) as Node | undefined;
  if (rules === undefined || (isScalar(rules) && rules.value === null)) return config;
  if (!isMap(rules))
    throw fail(rules, 'zizmor configuration: rules must be a mapping of rule ids', "See zizmor's docs.");
  for (const pair of rules.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const body = pair.value as Node | null;
    if (!/^[a-z][a-z0-9-]*$/.test(id))
      throw fail(pair.key as Node, 'zizmor configuration: a rule id is not kebab-case', 'Use the audit ids.');
    if (body === null || (isScalar(body) && body.value === null)) continue;
    if (!isMap(body))
      throw fail(
        body,
        `zizmor configuration: rules.${id} must be a mapping`,
        'Write disable, ignore or config under it.',
      );
    readRule(id, body, config, fail, lineOf);
  }
  return config;
}

function readRule(
  id: string,
  body: YAMLMap,
  config: ZizmorConfig,
  fail: (node: Node | null | undefined, message: string, fix: string) => ConfigurationError,
  lineOf: (node: Node | null | undefined) => number,
): void {
  const disable = body.get('disable', true) as Node | undefined;
  if (disable !== undefined) {
    if (!isScalar(disable) || typeof disable.value !== 'boolean')
      throw fail(disable, `zizmor configuration: rules.${id}.disable must be true or false`, 'Write true or false.');
    if (disable.value) config.disabled.set(id, lineOf(disable));
  }
  const ignore = body.get('ignore', true) as Node | undefined;
  if (ignore !== undefined && !(isScalar(ignore) && ignore.value === null)) {
    if (!isSeq(ignore))
      throw fail(
        ignore,
        `zizmor configuration: rules.${id}.ignore must be a list`,
        'Write one "- file.yml:line" per entry.',
      );
    for (const item of ignore.items as Node[]) {
      const text = isScalar(item) ? String(item.value) : '';
      const match = IGNORE_ENTRY.exec(text);
      if (!match)
        throw fail(
          item,
          `zizmor configuration: an entry of rules.${id}.ignore is not file.yml[:line[:column]]`,
          'Write the workflow file name, then optionally :line and :column (1-based).',
        );
      const entry: ZizmorIgnore = { rule: id, filename: match[1]!, text, at: lineOf(item) };
      if (match[2]) entry.line = Number(match[2]);
      if (match[3]) entry.column = Number(match[3]);
      config.ignores.push(entry);
    }
  }
  const settings = body.get('config', true) as Node | undefined;
  if (!isMap(settings)) return;
  if (id === 'forbidden-uses') {
    const parsed = forbiddenUses(plainLists(settings));
    if (typeof parsed === 'string')
      throw fail(
        settings,
        `zizmor configuration: rules.forbidden-uses.config is not valid: ${parsed}`,
        'Write allow: [...] or deny: [...].',
      );
    config.settings.forbiddenUses = parsed;
  }
  if (id === 'dependabot-cooldown') {
    const days = settings.get('days', true) as Node | undefined;
    if (days === undefined) return;
    if (
      !isScalar(days) ||
      typeof days.value !== 'number' ||
      !Number.isInteger(days.value) ||
      days.value < 1 ||
      days.value > 90
    )
      throw fail(
        days,
        'zizmor configuration: rules.dependabot-cooldown.config.days must be a whole number from 1 to 90',
        'Write a number of days.',
      );
    config.settings.dependabotCooldownDays = days.value;
  }
}

/** A mapping of lists of scalars as plain data, built node by node (an alias is left out, never expanded). */
function plainLists(map: YAMLMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const value = pair.value as Node | null;
    out[String(pair.key.value)] = isSeq(value)
      ? (value.items as Node[]).map((item) => (isScalar(item) ? item.value : undefined))
      : isScalar(value)
        ? value.value
        : undefined;
  }
  return out;
}

export interface ZizmorIgnored {
  finding: Finding;
  /** What ignored it: `rules.<id>.disable` or the ignore entry, with its line in the config. */
  by: string;
  line: number;
}

/** Splits findings into those zizmor's configuration ignores (same rule id) and the rest. */
export function applyZizmorConfig(
  findings: readonly Finding[],
  config: ZizmorConfig | undefined,
): { findings: Finding[]; ignored: ZizmorIgnored[] } {
  if (!config) return { findings: [...findings], ignored: [] };
  const kept: Finding[] = [];
  const ignored: ZizmorIgnored[] = [];
  for (const finding of findings) {
    const disabledAt = config.disabled.get(finding.rule);
    if (disabledAt !== undefined) {
      ignored.push({ finding, by: `rules.${finding.rule}.disable`, line: disabledAt });
      continue;
    }
    const name = basename(finding.file);
    const entry = config.ignores.find(
      (e) =>
        e.rule === finding.rule &&
        e.filename === name &&
        (e.line === undefined || e.line === finding.line) &&
        (e.column === undefined || e.column === finding.column),
    );
    if (entry) ignored.push({ finding, by: `rules.${entry.rule}.ignore: ${entry.text}`, line: entry.at });
    else kept.push(finding);
  }
  return { findings: kept, ignored };
}
