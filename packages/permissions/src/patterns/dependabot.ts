// Dependabot's configuration (.github/dependabot.yml): its own small model, read from the YAML
// Document without converting it (aliases are never expanded), with the position of every node.
import type { Finding } from '@paved-road/core';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { rule } from './common.js';
import type { AuditSettings } from './settings.js';

/** A Dependabot configuration is a page of YAML; anything much larger is a mistake or an attack. */
export const MAX_DEPENDABOT_BYTES = 1024 * 1024;

/** How long a release should age before Dependabot proposes it, unless the policy says otherwise. */
export const DEFAULT_COOLDOWN_DAYS = 7;

export interface DependabotUpdate {
  /** 0-based index in `updates:`. */
  index: number;
  ecosystem?: string;
  directory?: string;
  /** Where the update's mapping starts (its first key). */
  line: number;
  column: number;
  node: YAMLMap;
}

export interface DependabotFile {
  file: string;
  text: string;
  /** Why GitHub would reject the file (YAML errors), each at its position; never quotes the file. */
  errors: Array<{ message: string; line: number; column: number }>;
  updates: DependabotUpdate[];
  /** 1-based line and column of a node's start. */
  positionOf(node: Node): { line: number; column: number };
}

/** True for a path Dependabot reads its configuration from: `dependabot.yml` or `.yaml`, not a workflow of that name. */
export function isDependabotPath(file: string): boolean {
  const parts = file.replace(/\\/g, '/').split('/');
  return /^dependabot\.ya?ml$/i.test(parts.at(-1) ?? '') && parts.at(-2) !== 'workflows';
}

function stringAt(map: YAMLMap, key: string): string | undefined {
  const value = map.get(key, true);
  return isScalar(value) && value.value !== null ? String(value.value) : undefined;
}

/** Parses a Dependabot configuration's text; errors are kept, not thrown. */
export function loadDependabotFile(file: string, text: string): DependabotFile {
  const lineCounter = new LineCounter();
  const positionOf = (node: Node) => {
    const pos = lineCounter.linePos(node.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  const result: DependabotFile = { file, text, errors: [], updates: [], positionOf };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    result.errors.push({ message: 'Dependabot configuration is nested too deeply to be read.', line: 1, column: 1 });
    return result;
  }
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    // The code, not the parser's message: a file that is not YAML at all must not be quoted.
    result.errors.push({
      message: `Dependabot configuration is not valid YAML (${error.code}).`,
      line: pos.line,
      column: pos.col,
    });
  }
  if (result.errors.length || !isMap(doc.contents)) return result;
  const updates = doc.contents.get('updates', true);
  if (!isSeq(updates)) return result;
  updates.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const first = item.items[0]?.key;
    const { line, column } = positionOf((isScalar(first) ? first : item) as Node);
    const update: DependabotUpdate = { index, line, column, node: item };
    const ecosystem = stringAt(item, 'package-ecosystem');
    const directory = stringAt(item, 'directory') ?? stringAt(item, 'directories');
    if (ecosystem !== undefined) update.ecosystem = ecosystem;
    if (directory !== undefined) update.directory = directory;
    result.updates.push(update);
  });
  return result;
}

export const dependabotCooldownRule = rule({
  id: 'dependabot-cooldown',
  title: 'Dependabot proposes releases before they have aged',
  severity: 'warning',
  why:
    'A compromised release of a dependency is usually found and pulled within days. An update without a `cooldown` ' +
    '(or with a short one) proposes it as soon as it is published, and one merge, often automatic, ships it. A cooldown ' +
    'makes Dependabot wait that many days after a release before proposing it; security updates are not delayed. Each ' +
    '`updates:` entry is checked: no `cooldown`, a `cooldown` without `default-days`, and a `default-days` or ' +
    "`semver-*-days` under the minimum (7 days, or the policy's `harden-permissions: dependabot-cooldown-days:`).",
  fix: 'Add `cooldown: {default-days: 7}` (or more) to every update.',
  before: [
    'version: 2',
    'updates:',
    '  - package-ecosystem: npm',
    '    directory: /',
    '    schedule:',
    '      interval: weekly',
  ].join('\n'),
  after: [
    'version: 2',
    'updates:',
    '  - package-ecosystem: npm',
    '    directory: /',
    '    schedule:',
    '      interval: weekly',
    '    cooldown:',
    '      default-days: 7',
  ].join('\n'),
});

export const dependabotExecutionRule = rule({
  id: 'dependabot-execution',
  title: 'Dependabot runs code from the dependencies it updates',
  severity: 'error',
  why:
    '`insecure-external-code-execution: allow` lets Dependabot run code from manifests and dependencies (setup.py, ' +
    'gemspecs, install scripts) while it resolves an update. A compromised dependency then runs inside the update job, with ' +
    'the private registry credentials Dependabot was given.',
  fix: 'Remove `insecure-external-code-execution` (the default is deny) or set it to `deny`.',
  before: [
    'updates:',
    '  - package-ecosystem: pip',
    '    directory: /',
    '    schedule:',
    '      interval: daily',
    '    insecure-external-code-execution: allow',
  ].join('\n'),
  after: ['updates:', '  - package-ecosystem: pip', '    directory: /', '    schedule:', '      interval: daily'].join(
    '\n',
  ),
});

function label(update: DependabotUpdate): string {
  const what = update.ecosystem ?? `#${update.index + 1}`;
  return update.directory ? `${what} (${update.directory})` : what;
}

function finding(
  dep: DependabotFile,
  definition: typeof dependabotCooldownRule,
  position: { line: number; column: number },
  message: string,
): Finding {
  return {
    rule: definition.id,
    severity: definition.severity,
    message,
    file: dep.file,
    line: position.line,
    column: position.column,
  };
}

const SEMVER_DAYS = ['semver-major-days', 'semver-minor-days', 'semver-patch-days'];

export function auditDependabotCooldown(dep: DependabotFile, settings: AuditSettings = {}): Finding[] {
  const minimum = settings.dependabotCooldownDays ?? DEFAULT_COOLDOWN_DAYS;
  const findings: Finding[] = [];
  for (const update of dep.updates) {
    const cooldownPair = update.node.items.find((pair) => isScalar(pair.key) && pair.key.value === 'cooldown');
    const cooldown = cooldownPair?.value;
    if (!cooldownPair || !isMap(cooldown)) {
      const where = cooldownPair ? dep.positionOf(cooldownPair.key as Node) : update;
      findings.push(
        finding(
          dep,
          dependabotCooldownRule,
          where,
          `Update ${label(update)} has no cooldown: Dependabot proposes a release as soon as it is published. Add cooldown: {default-days: ${minimum}}.`,
        ),
      );
      continue;
    }
    const defaultDays = cooldown.get('default-days', true);
    if (!defaultDays) {
      findings.push(
        finding(
          dep,
          dependabotCooldownRule,
          dep.positionOf(cooldownPair.key as Node),
          `Update ${label(update)} sets a cooldown without default-days: releases not covered by its other settings are proposed at once. Add default-days: ${minimum}.`,
        ),
      );
    }
    for (const key of ['default-days', ...SEMVER_DAYS]) {
      const node = cooldown.get(key, true);
      if (!isScalar(node)) continue;
      const days = typeof node.value === 'number' ? node.value : Number.NaN;
      if (days >= minimum) continue;
      findings.push(
        finding(
          dep,
          dependabotCooldownRule,
          dep.positionOf(node),
          Number.isNaN(days)
            ? `Update ${label(update)}: cooldown ${key} is not a number of days. Write ${key}: ${minimum}.`
            : `Update ${label(update)} waits ${days} day${days === 1 ? '' : 's'} (cooldown ${key}), less than ${minimum}. Raise it to ${minimum} or more.`,
        ),
      );
    }
  }
  return findings;
}

export function auditDependabotExecution(dep: DependabotFile): Finding[] {
  const findings: Finding[] = [];
  for (const update of dep.updates) {
    const node = update.node.get('insecure-external-code-execution', true);
    if (!isScalar(node) || String(node.value).toLowerCase() !== 'allow') continue;
    findings.push(
      finding(
        dep,
        dependabotExecutionRule,
        dep.positionOf(node),
        `Update ${label(update)} lets Dependabot run code from the dependencies it resolves (insecure-external-code-execution: allow). Remove it or set it to deny.`,
      ),
    );
  }
  return findings;
}
