import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { minimatch } from 'minimatch';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { EXPIRED_EXCEPTION } from './core-rules.js';
import { ConfigurationError, yamlReason } from './errors.js';
import { readTextFile } from './files.js';
import type { Finding } from './finding.js';
import { parseDate } from './inputs.js';

/** Where every action looks for the policy unless told otherwise. */
export const DEFAULT_POLICY_FILE = '.github/paved-road.yml';
/** A policy is a page of YAML; anything much larger is a mistake or an attack. */
export const MAX_POLICY_BYTES = 256 * 1024;
/** Aliases a policy may expand while being read; a "billion laughs" document fails on the first excess. */
export const MAX_POLICY_ALIASES = 100;

export interface PolicyException {
  rule: string;
  /** A glob over the finding's file (forward slashes, relative as the finding names it). */
  path?: string;
  job?: string;
  owner: string;
  reason: string;
  /** The end of the `expires` day, UTC. */
  expires: Date;
  /** `expires` as written: YYYY-MM-DD. */
  expiresText: string;
  compensatingControl?: string;
  /** Where the exception starts in the policy file (1-based). */
  line: number;
  column: number;
}

export interface Policy {
  /** The policy file as the user named it, for messages and findings. */
  file: string;
  exceptions: PolicyException[];
  /** A command's section (`harden-permissions:` ...), as plain data; undefined when absent. */
  section(command: string): Record<string, unknown> | undefined;
  /** The line of the node at a path (`['exceptions', 0, 'expires']`), or of its nearest present ancestor. */
  lineOf(path: readonly (string | number)[]): number;
  /** Line and column of that node; with `key`, of the key naming it (a mapping entry). */
  positionOf(path: readonly (string | number)[], options?: { key?: boolean }): { line: number; column: number };
}

export interface LoadPolicyOptions {
  /** The directory a relative `file` is resolved against. */
  workspace: string;
  /** A missing file is an error (the user named it) rather than "no policy". */
  required?: boolean;
}

const KEBAB = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';
const EXCEPTION_KEYS = ['rule', 'path', 'job', 'owner', 'reason', 'expires', 'compensating-control'];
const nonEmpty = { type: 'string', minLength: 1 };

/** The policy file's schema. Command sections are checked loosely here; each command checks its own keys. */
export const policySchema = {
  type: 'object',
  properties: {
    version: { const: 1 },
    exceptions: {
      type: ['array', 'null'],
      items: {
        type: 'object',
        required: ['rule', 'owner', 'reason', 'expires'],
        properties: {
          rule: { type: 'string', pattern: KEBAB },
          path: nonEmpty,
          job: nonEmpty,
          owner: nonEmpty,
          reason: nonEmpty,
          expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
          'compensating-control': nonEmpty,
        },
        additionalProperties: false,
      },
    },
  },
  patternProperties: {
    // Any other kebab-case key is a command's section: an object of its inputs.
    '^(?!version$|exceptions$)[a-z][a-z0-9]*(-[a-z0-9]+)*$': {
      type: ['object', 'null'],
      propertyNames: { pattern: KEBAB },
    },
  },
  additionalProperties: false,
} as const;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
    // CommonJS with `module.exports = plugin; exports.default = plugin`: `.default` works in every loader.
    ajvFormats.default(ajv, ['date']);
    compiled = ajv.compile(policySchema);
  }
  return compiled;
}

type PathPart = string | number;

function displayPath(path: readonly PathPart[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
  return text || 'the policy';
}

function pathOf(instancePath: string, data: unknown): PathPart[] {
  if (!instancePath) return [];
  const parts: PathPart[] = [];
  let value: unknown = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      parts.push(Number(key));
      value = value[Number(key)];
    } else {
      parts.push(key);
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    }
  }
  return parts;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value lines)',
  array: 'a list (lines starting with "- ")',
  string: 'a string',
  'array,null': 'a list (lines starting with "- ")',
  'object,null': 'a mapping of input names to values',
};

interface Explained {
  message: string;
  fix: string;
  /** Point at this key of the object at the error's path, rather than the value. */
  key?: string;
}

function explain(error: ErrorObject, path: PathPart[], data: unknown): Explained {
  const where = displayPath(path);
  const inException = path[0] === 'exceptions' && typeof path[1] === 'number';
  const field = path[path.length - 1];
  const value = path.reduce<unknown>(
    (v, p) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[p as string] : undefined),
    data,
  );
  const params = error.params as Record<string, unknown>;
  if (error.propertyName !== undefined) {
    return {
      message: `${where}: key "${error.propertyName}" is not a kebab-case input name`,
      fix: "Section keys are the command's input names, as in its README (for example fail-on).",
      key: error.propertyName,
    };
  }
  switch (error.keyword) {
    case 'const':
      return { message: `version must be 1, got ${JSON.stringify(value)}`, fix: 'Write "version: 1".' };
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        message: `${where} is missing "${missing}"`,
        fix: inException ? 'Every exception needs rule, owner, reason and expires (YYYY-MM-DD).' : `Add "${missing}".`,
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      if (path.length === 0) {
        return {
          message: `unknown top-level key "${extra}"`,
          fix: 'Top-level keys are version, exceptions and command names in kebab-case (harden-permissions, verify-pinned-tools, verify-release, ...).',
          key: extra,
        };
      }
      return {
        message: `${where} has an unknown key "${extra}"`,
        fix: inException ? `An exception takes only ${EXCEPTION_KEYS.join(', ')}.` : 'Remove it.',
        key: extra,
      };
    }
    case 'type': {
      const expected = Array.isArray(params.type) ? params.type.join(',') : String(params.type);
      return {
        message: `${where} must be ${TYPE_WORDS[expected] ?? expected}`,
        fix:
          field === 'expires'
            ? 'Write the date as YYYY-MM-DD.'
            : `Change ${where} to ${TYPE_WORDS[expected] ?? expected}.`,
      };
    }
    case 'minLength':
      return { message: `${where} must not be empty`, fix: `Fill in ${where}.` };
    case 'pattern':
    case 'format':
      if (field === 'expires') {
        return {
          message: `${where} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`,
          fix: 'Write a real calendar date such as 2026-12-31.',
        };
      }
      if (field === 'rule') {
        return {
          message: `${where} must be a rule id in kebab-case, got ${JSON.stringify(value)}`,
          fix: 'Copy the rule id from the finding (for example excessive-permissions).',
        };
      }
      return {
        message: `${where} is not valid (${error.message ?? error.keyword})`,
        fix: 'See docs/policy.md for the format.',
      };
    default:
      return { message: `${where} ${error.message ?? 'is not valid'}`, fix: 'See docs/policy.md for the format.' };
  }
}

/** Finds the YAML node at a path; `key` returns the key node of the last step instead of its value. */
function nodeAt(doc: Document, path: readonly PathPart[], key = false): { node: Node | undefined; depth: number } {
  let node: Node | undefined = (doc.contents as Node | null) ?? undefined;
  // The key through which `node` was reached: a path that stops short points at that key's line.
  let viaKey: Node | undefined;
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    let next: Node | undefined;
    let nextKey: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (pair) {
        const last = i === path.length - 1;
        nextKey = pair.key as Node;
        next = last && key ? nextKey : ((pair.value as Node | null) ?? nextKey);
      }
    } else if (isSeq(node) && typeof part === 'number') {
      next = (node.items[part] as Node | undefined) ?? undefined;
    }
    if (!next) return { node: viaKey ?? node, depth };
    node = next;
    viaKey = nextKey;
    depth = i + 1;
  }
  return { node, depth };
}

function positionIn(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PathPart[],
  key = false,
): { line: number; column: number } {
  const { node } = nodeAt(doc, path, key);
  const offset = node?.range?.[0] ?? 0;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/**
 * Reads and validates the policy file. Missing: undefined, or a `missing-file` error when required.
 * Broken YAML, alias bombs, oversized files and schema violations are ConfigurationErrors naming
 * the file, line and column and what to change.
 */
export function loadPolicy(file: string, options: LoadPolicyOptions): Policy | undefined {
  const absolute = resolve(options.workspace, file);
  let exists: boolean;
  try {
    // A directory "exists": readTextFile reports it as not a file.
    statSync(absolute);
    exists = true;
  } catch {
    exists = false;
  }
  if (!exists) {
    if (!options.required) return undefined;
    throw new ConfigurationError(
      'missing-file',
      `Policy file ${file} does not exist.`,
      { file },
      `Create it (see docs/policy.md), or set the policy input to the right path relative to ${options.workspace}.`,
    );
  }
  const text = readTextFile(absolute, {
    displayName: file,
    kind: 'policy file',
    maxBytes: MAX_POLICY_BYTES,
    workspace: options.workspace,
  });
  return parsePolicy(text, file);
}

/** Parses policy text (see loadPolicy); `file` names it in messages and findings. */
export function parsePolicy(text: string, file: string): Policy {
  try {
    return parsePolicyText(text, file);
  } catch (error) {
    // Past the parser, deep nesting can still exhaust the stack (conversion, schema validation).
    if (!(error instanceof RangeError)) throw error;
    throw new ConfigurationError(
      'invalid-yaml',
      'Policy file is nested too deeply to be read.',
      { file },
      'A policy needs a few levels of nesting: write it flat.',
    );
  }
}

function parsePolicyText(text: string, file: string): Policy {
  if (Buffer.byteLength(text, 'utf8') > MAX_POLICY_BYTES) {
    throw new ConfigurationError(
      'file-too-large',
      `Policy file ${file} is larger than ${MAX_POLICY_BYTES} bytes.`,
      { file },
      'Keep the policy short: one entry per exception.',
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = lineCounter.linePos(yamlError.pos[0]);
    const message = yamlReason(yamlError.message);
    throw new ConfigurationError(
      'invalid-yaml',
      `Policy file is not valid YAML: ${message}`,
      { file, line: pos.line, column: pos.col },
      'Fix the YAML syntax at that line.',
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_POLICY_ALIASES });
  } catch (error) {
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const pos = lineCounter.linePos(offset);
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError(
      'invalid-yaml',
      `Policy file expands YAML aliases too many times (${detail.replace(/\.$/, '')})`,
      { file, line: pos.line, column: pos.col },
      'Write the values out instead of nesting aliases (*name).',
    );
  }
  if (data === null || data === undefined) data = {};

  const validate = validator();
  if (!validate(data)) {
    const error = validate.errors![0]!;
    const path = pathOf(error.instancePath, data);
    const explained = explain(error, path, data);
    const position =
      explained.key !== undefined
        ? positionIn(doc, lineCounter, [...path, explained.key], true)
        : positionIn(doc, lineCounter, path);
    throw new ConfigurationError('invalid-policy', explained.message, { file, ...position }, explained.fix);
  }

  const object = data as Record<string, unknown>;
  const exceptions: PolicyException[] = (
    (object.exceptions as Array<Record<string, string>> | null | undefined) ?? []
  ).map((item, index) => {
    const position = positionIn(doc, lineCounter, ['exceptions', index]);
    const exception: PolicyException = {
      rule: item.rule!,
      owner: item.owner!,
      reason: item.reason!,
      expires: parseDate('expires', item.expires!),
      expiresText: item.expires!,
      line: position.line,
      column: position.column,
    };
    if (item.path !== undefined) exception.path = item.path;
    if (item.job !== undefined) exception.job = item.job;
    if (item['compensating-control'] !== undefined) exception.compensatingControl = item['compensating-control'];
    return exception;
  });

  return {
    file,
    exceptions,
    section(command: string) {
      if (command === 'version' || command === 'exceptions' || !Object.hasOwn(object, command)) return undefined;
      const value = object[command];
      return value === null ? {} : (value as Record<string, unknown>);
    },
    lineOf(path) {
      return positionIn(doc, lineCounter, path).line;
    },
    positionOf(path, options) {
      return positionIn(doc, lineCounter, path, options?.key ?? false);
    },
  };
}

function normalizeFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** True when the exception covers the finding: same rule, and path glob and job when given. */
export function exceptionMatches(exception: PolicyException, finding: Finding): boolean {
  if (exception.rule !== finding.rule) return false;
  if (
    exception.path !== undefined &&
    !minimatch(normalizeFile(finding.file), normalizeFile(exception.path), { dot: true })
  )
    return false;
  if (exception.job !== undefined && exception.job !== finding.job) return false;
  return true;
}

export function isExpired(exception: PolicyException, now: Date): boolean {
  return now.getTime() > exception.expires.getTime();
}

export interface ApplyExceptionsOptions {
  /** Reference time for expiry (the run's `context.now`). */
  now: Date;
  /**
   * Only report expired exceptions for these rules (the command's own), so that two audits sharing
   * one policy do not both report the same expired entry. Omitted: every expired exception.
   */
  reportRules?: Iterable<string>;
}

export interface ExceptionsResult {
  findings: Finding[];
  waived: Array<{ finding: Finding; exception: PolicyException }>;
}

/**
 * Applies the policy's exceptions: an unexpired exception that matches waives the finding. An
 * expired one waives nothing and is itself an `expired-exception` error at its line in the policy.
 */
export function applyExceptions(
  findings: readonly Finding[],
  policy: Policy | undefined,
  options: ApplyExceptionsOptions,
): ExceptionsResult {
  if (!policy) return { findings: [...findings], waived: [] };
  const active = policy.exceptions.filter((e) => !isExpired(e, options.now));
  const kept: Finding[] = [];
  const waived: ExceptionsResult['waived'] = [];
  for (const finding of findings) {
    const exception = active.find((e) => exceptionMatches(e, finding));
    if (exception) waived.push({ finding, exception });
    else kept.push(finding);
  }
  const report = options.reportRules ? new Set(options.reportRules) : undefined;
  for (const exception of policy.exceptions) {
    if (!isExpired(exception, options.now) || (report && !report.has(exception.rule))) continue;
    const scope = [exception.path ? `path ${exception.path}` : '', exception.job ? `job ${exception.job}` : '']
      .filter(Boolean)
      .join(', ');
    kept.push({
      rule: EXPIRED_EXCEPTION,
      severity: 'error',
      message:
        `The exception for rule ${exception.rule}${scope ? ` (${scope})` : ''}, owned by ${exception.owner}, expired on ${exception.expiresText} and waives nothing now. ` +
        'Renew it with a new expires date and a reason that still holds, or fix the underlying findings and remove it.',
      file: policy.file,
      line: exception.line,
      column: exception.column,
    });
  }
  return { findings: kept, waived };
}

function policyError(policy: Policy, command: string, key: string, message: string, fix: string): ConfigurationError {
  return new ConfigurationError(
    'invalid-policy',
    `${command}.${key} ${message}`,
    { file: policy.file, ...policy.positionOf([command, key]) },
    fix,
  );
}

function sectionValue(policy: Policy | undefined, command: string, key: string): unknown {
  return policy?.section(command)?.[key];
}

/** A string setting from a command's policy section; numbers and booleans are accepted as text. */
export function policyString(policy: Policy | undefined, command: string, key: string): string | undefined {
  const value = sectionValue(policy, command, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw policyError(policy!, command, key, 'must be a single value', 'Write it as one value, e.g. `key: value`.');
}

/** A setting that is one of a fixed set of words (an input parsed with parseChoice), checked against the same list. */
export function policyChoice<T extends string>(
  policy: Policy | undefined,
  command: string,
  key: string,
  choices: readonly T[],
): T | undefined {
  const value = policyString(policy, command, key);
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw policyError(
    policy!,
    command,
    key,
    `must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`,
    `Use one of: ${choices.join(', ')}.`,
  );
}

/** A boolean setting (YAML true / false). */
export function policyBoolean(policy: Policy | undefined, command: string, key: string): boolean | undefined {
  const value = sectionValue(policy, command, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  throw policyError(
    policy!,
    command,
    key,
    `must be true or false, got ${JSON.stringify(value)}`,
    'Write true or false, without quotes.',
  );
}

/** A list setting: a YAML list of strings, or one string (one item per line). */
export function policyStringList(policy: Policy | undefined, command: string, key: string): string[] | undefined {
  const value = sectionValue(policy, command, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string')
    return value
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.map(String);
  throw policyError(policy!, command, key, 'must be a list of strings', 'Write one "- item" line per entry.');
}

/**
 * Checks that a command's section uses only keys the command knows (its input names): an unknown
 * key is a ConfigurationError at that key's line, listing the allowed ones.
 */
export function checkSectionKeys(policy: Policy | undefined, command: string, allowed: readonly string[]): void {
  const section = policy?.section(command);
  if (!policy || !section) return;
  for (const key of Object.keys(section)) {
    if (allowed.includes(key)) continue;
    throw new ConfigurationError(
      'invalid-policy',
      `${command} has no setting "${key}"`,
      { file: policy.file, ...policy.positionOf([command, key], { key: true }) },
      `Use one of: ${[...allowed].sort().join(', ')}.`,
    );
  }
}
