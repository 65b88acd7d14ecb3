// Version order and ranges with each ecosystem's own rules, by the libraries that define them: npm's
// `semver` (npm, and Go and Cargo, whose versions are semver with a `v` prefix or Cargo's requirement
// syntax), `@renovatebot/pep440` (PyPI), and the `vers:` syntax of the purl specification on top.
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import { ConfigurationError } from '@paved-road/core';

/** How one ecosystem orders versions. */
export interface VersionScheme {
  name: string;
  /** Negative, zero or positive as in Array.sort; undefined when either is not a version of this scheme. */
  compare(a: string, b: string): number | undefined;
}

/**
 * A range checked against installed versions. Pre-releases inside the bounds are in the range (npm's
 * `satisfies` would leave `1.2.6-beta.1` out of `<1.2.6` unless asked): an incident asks whether the
 * installed version lies between the bounds, not whether npm would pick it.
 */
export interface VersionRange {
  /** As written. */
  text: string;
  /** True inside, false outside, undefined when the version is not one of the scheme's. */
  includes(version: string): boolean | undefined;
}

const SEMVER_OPTIONS = { includePrerelease: true } as const;

/** A semver version as Go (`v1.2.3`, `v2.0.0+incompatible`, pseudo-versions) and Cargo write it. */
function parseSemver(version: string): semver.SemVer | undefined {
  return semver.parse(version.trim()) ?? undefined;
}

const semverScheme = (name: string): VersionScheme => ({
  name,
  compare(a, b) {
    const [x, y] = [parseSemver(a), parseSemver(b)];
    // Build metadata (`+incompatible`) does not order versions, as in Go's and semver's rules.
    return x && y ? semver.compare(x, y) : undefined;
  },
});

const pep440Scheme: VersionScheme = {
  name: 'pypi',
  compare(a, b) {
    return pep440.valid(a) && pep440.valid(b) ? pep440.compare(a, b) : undefined;
  },
};

/** The version scheme of each purl type that has one here. */
const SCHEMES: Record<string, VersionScheme> = {
  npm: semverScheme('npm'),
  golang: semverScheme('golang'),
  cargo: semverScheme('cargo'),
  pypi: pep440Scheme,
};

/** `vers:` scheme names: the purl types above, plus generic `semver`. */
const VERS_SCHEMES: Record<string, VersionScheme> = { ...SCHEMES, semver: semverScheme('semver') };

export function schemeForType(type: string): VersionScheme | undefined {
  return SCHEMES[type];
}

/** The order of OSV `SEMVER` ranges, for any type (Go's `v` prefix is read as semver's). */
export function semverSchemeFor(_type: string): VersionScheme {
  return VERS_SCHEMES.semver!;
}

/** Equal versions in the type's scheme; string equality (with Go's `v` optional) where it has none. */
export function sameVersion(type: string, a: string, b: string): boolean | undefined {
  const compared = schemeForType(type)?.compare(a, b);
  if (compared !== undefined) return compared === 0;
  if (schemeForType(type)) return a === b ? true : undefined;
  return a === b;
}

function badRange(text: string, why: string, fix: string): ConfigurationError {
  return new ConfigurationError('invalid-input', `Input "version-range": "${text}" ${why}.`, undefined, fix);
}

/**
 * A `version-range` for packages of purl type `type`: a `vers:` range, or the ecosystem's own syntax:
 * npm semver ranges (`>=1.0.0 <1.2.6 || 2.0.0`), PEP 440 specifiers (`>=2.0,<2.2.1`), Go ranges in
 * semver syntax (`>=v1.2.0 <v1.4.0`), Cargo requirements (`>=0.3, <0.3.2`; a bare version is `^`).
 * `||` joins alternatives in every syntax. Throws ConfigurationError for a range it cannot read.
 */
export function parseRange(text: string, type: string): VersionRange {
  const trimmed = text.trim();
  if (/^vers:/i.test(trimmed)) return parseVers(trimmed, type);
  switch (type) {
    case 'npm':
    case 'golang':
      return semverRange(trimmed, trimmed);
    case 'cargo':
      return semverRange(
        trimmed,
        trimmed
          .split('||')
          .map((alternative) => cargoToSemver(trimmed, alternative))
          .join(' || '),
      );
    case 'pypi': {
      const alternatives = trimmed.split('||').map((part) => part.trim());
      for (const part of alternatives)
        if (!pep440.validRange(part))
          throw badRange(trimmed, 'is not a PEP 440 version specifier', 'Write it like >=2.0,<2.2.1.');
      return {
        text: trimmed,
        includes: (version) =>
          pep440.valid(version)
            ? alternatives.some((part) => pep440.satisfies(version, part, { prereleases: true }))
            : undefined,
      };
    }
    default:
      throw badRange(
        trimmed,
        `cannot be applied to pkg:${type} packages (ranges are read for npm, pypi, golang and cargo)`,
        `Give the exact versions in the purls (pkg:${type}/name@1.2.3), one per line.`,
      );
  }
}

function semverRange(text: string, range: string): VersionRange {
  if (semver.validRange(range, SEMVER_OPTIONS) === null)
    throw badRange(text, 'is not a semver range', 'Write it like >=1.0.0 <1.2.6, or as vers:npm/>=1.0.0|<1.2.6.');
  return {
    text,
    includes: (version) => {
      const parsed = parseSemver(version);
      return parsed ? semver.satisfies(parsed, range, SEMVER_OPTIONS) : undefined;
    },
  };
}

/** A Cargo requirement (comparators joined by commas, a bare version meaning `^`) as an npm range. */
function cargoToSemver(text: string, requirement: string): string {
  const comparators = requirement.split(',').map((part) => part.trim());
  if (comparators.some((part) => part === ''))
    throw badRange(text, 'has an empty comparator', 'Write it like >=0.3.0, <0.3.2.');
  return comparators.map((part) => (/^\d/.test(part) ? `^${part}` : part.replace(/^=\s*/, ''))).join(' ');
}

type Comparator = '<' | '<=' | '>' | '>=' | '=' | '!=';

interface VersConstraint {
  comparator: Comparator;
  version: string;
}

/**
 * A `vers:<scheme>/<constraint>|...` range (purl specification, VERS): constraints sorted by version
 * make intervals (`>=1.0.0|<1.2.6` is one), `=` adds and `!=` removes single versions, `*` is all.
 */
function parseVers(text: string, type: string): VersionRange {
  const match = /^vers:([a-z0-9.+-]+)\/(.*)$/i.exec(text);
  if (!match) throw badRange(text, 'is not a vers: range', 'Write it like vers:npm/>=1.0.0|<1.2.6.');
  const schemeName = match[1]!.toLowerCase();
  const scheme = VERS_SCHEMES[schemeName];
  if (!scheme)
    throw badRange(
      text,
      `uses the vers scheme "${schemeName}", which is not read here`,
      `Use one of: ${Object.keys(VERS_SCHEMES).join(', ')}.`,
    );
  const compatible = schemeName === type || (schemeName === 'semver' && SCHEMES[type]?.name !== 'pypi');
  if (!compatible)
    throw badRange(text, `is a ${schemeName} range, given for pkg:${type} packages`, `Use vers:${type}/... for them.`);
  const body = match[2]!.trim();
  if (body === '*') return { text, includes: (version) => (scheme.compare(version, version) === 0 ? true : undefined) };
  const constraints: VersConstraint[] = [];
  for (const raw of body.split('|')) {
    const part = /^(<=|>=|!=|<|>|=)?(.*)$/.exec(raw.trim())!;
    const version = decodeURIComponent(part[2]!.trim());
    if (!version || scheme.compare(version, version) === undefined)
      throw badRange(text, `has "${raw.trim()}", which is not a ${schemeName} version constraint`, 'Check the range.');
    constraints.push({ comparator: (part[1] ?? '=') as Comparator, version });
  }
  constraints.sort((a, b) => scheme.compare(a.version, b.version)!);
  return { text, includes: (version) => versIncludes(scheme, constraints, version) };
}

function holds(order: number, comparator: Comparator): boolean {
  switch (comparator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
  }
}

function versIncludes(scheme: VersionScheme, constraints: VersConstraint[], version: string): boolean | undefined {
  if (scheme.compare(version, version) === undefined) return undefined;
  const order = (c: VersConstraint): number => scheme.compare(version, c.version)!;
  for (const c of constraints) {
    if (c.comparator === '=' && order(c) === 0) return true;
    if (c.comparator === '!=' && order(c) === 0) return false;
  }
  const bounds = constraints.filter((c) => c.comparator !== '=' && c.comparator !== '!=');
  if (!bounds.length) return constraints.some((c) => c.comparator === '!=');
  const lower = (c: VersConstraint | undefined) => c?.comparator === '>' || c?.comparator === '>=';
  for (const [i, current] of bounds.entries()) {
    const next = bounds[i + 1];
    if (i === 0 && !lower(current) && holds(order(current), current.comparator)) return true;
    if (!next && lower(current) && holds(order(current), current.comparator)) return true;
    if (lower(current) && next && !lower(next) && holds(order(current), current.comparator))
      if (holds(order(next), next.comparator)) return true;
  }
  return false;
}

/** One OSV range event. */
export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

/**
 * Whether `version` is affected by one OSV range's events (OSV schema, "evaluation"): events in
 * version order, `introduced` opens an affected interval, `fixed` / `limit` close it before their
 * version, `last_affected` after. Undefined when a version does not parse in the scheme.
 */
export function osvEventsInclude(
  scheme: VersionScheme,
  events: readonly OsvEvent[],
  version: string,
): boolean | undefined {
  if (scheme.compare(version, version) === undefined) return undefined;
  const placed: Array<{ kind: keyof OsvEvent; version: string }> = [];
  for (const event of events)
    for (const kind of ['introduced', 'fixed', 'last_affected', 'limit'] as const) {
      const value = event[kind];
      if (typeof value !== 'string') continue;
      if (!(kind === 'introduced' && value === '0') && scheme.compare(value, value) === undefined) return undefined;
      placed.push({ kind, version: value });
    }
  const position = (e: { kind: string; version: string }): string | undefined =>
    e.kind === 'introduced' && e.version === '0' ? undefined : e.version;
  placed.sort((a, b) => {
    const [x, y] = [position(a), position(b)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
    return scheme.compare(x, y)!;
  });
  let affected = false;
  for (const event of placed) {
    const at = position(event);
    const order = at === undefined ? 1 : scheme.compare(version, at)!;
    if (event.kind === 'introduced' && order >= 0) affected = true;
    else if ((event.kind === 'fixed' || event.kind === 'limit') && order >= 0) affected = false;
    else if (event.kind === 'last_affected' && order > 0) affected = false;
  }
  return affected;
}
