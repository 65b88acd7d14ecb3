import { ConfigurationError } from './errors.js';
import { FAIL_ON_LEVELS, type FailOn } from './finding.js';
import { PERSONAS, type Persona } from './rules.js';

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** YAML 1.2 core booleans only, as @actions/core's getBooleanInput: anything else is an error. */
export function parseBoolean(name: string, raw: string, fallback?: boolean): boolean {
  if (raw === '' && fallback !== undefined) return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw new ConfigurationError(
    'invalid-input',
    `Input "${name}" must be true or false, got "${raw}".`,
    undefined,
    'Use true or false.',
  );
}

/** One of a fixed set of words. */
export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[], fallback?: T): T {
  if (raw === '' && fallback !== undefined) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigurationError(
    'invalid-input',
    `Input "${name}" must be one of ${choices.join(', ')}, got "${raw}".`,
    undefined,
    `Use one of: ${choices.join(', ')}.`,
  );
}

export function parseFailOn(raw: string, fallback: FailOn = 'error'): FailOn {
  return parseChoice('fail-on', raw, FAIL_ON_LEVELS, fallback);
}

/** `persona`: which findings an audit shows (see PERSONAS). */
export function parsePersona(raw: string, fallback: Persona = 'regular'): Persona {
  return parseChoice('persona', raw, PERSONAS, fallback);
}

/**
 * A list input: one item per line (the multiline YAML block users write), commas also separate
 * when `commas` is set; blank lines and `#` comment lines dropped, items trimmed.
 */
export function parseList(raw: string | readonly string[], options: { commas?: boolean } = {}): string[] {
  const parts = typeof raw === 'string' ? [raw] : raw;
  const items: string[] = [];
  for (const part of parts) {
    for (const line of part.split(/\r?\n/)) {
      for (const item of options.commas ? line.split(',') : [line]) {
        const trimmed = item.trim();
        if (trimmed && !trimmed.startsWith('#')) items.push(trimmed);
      }
    }
  }
  return items;
}

/** A calendar date `YYYY-MM-DD` (or a full ISO timestamp): the end of that day in UTC for dates. */
export function parseDate(name: string, raw: string): Date {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (dateOnly) {
    const date = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]), 23, 59, 59));
    if (date.getUTCDate() === Number(dateOnly[3])) return date;
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(raw)) {
    const date = new Date(raw);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new ConfigurationError(
    'invalid-input',
    `"${name}" must be a date like 2026-12-31, got "${raw}".`,
    undefined,
    'Write the date as YYYY-MM-DD.',
  );
}

/** A positive integer with bounds. */
export function parseInteger(
  name: string,
  raw: string,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigurationError(
      'invalid-input',
      `Input "${name}" must be a whole number from ${min} to ${max}, got "${raw}".`,
    );
  }
  return Number(raw);
}
