// GitHub Advisory Database entries of the `actions` ecosystem, as the REST API's global advisories
// endpoint returns them (GET /advisories): read from the API online, or offline from a snapshot
// file the policy names (`advisories-file`: the same JSON array). Which entries affect a version is
// decided here from `vulnerable_version_range`, so both sources give the same answer and the fixed
// version named is the one of the range the version is in.
import compare from 'semver/functions/compare.js';
import valid from 'semver/functions/valid.js';
import { ConfigurationError, jsonReason, readTextFile } from '@paved-road/core';

/** The fields of a `global-advisory` (GitHub's OpenAPI description) this audit reads. */
export interface Advisory {
  ghsa_id: string;
  severity: string;
  withdrawn_at?: string | null;
  vulnerabilities: AdvisoryVulnerability[] | null;
}

export interface AdvisoryVulnerability {
  package: { ecosystem: string; name: string | null } | null;
  vulnerable_version_range: string | null;
  first_patched_version: string | null;
}

/** One advisory that affects one version of an action. */
export interface AdvisoryMatch {
  ghsaId: string;
  /** critical, high, medium, low or unknown, as the advisory says. */
  severity: string;
  range: string | null;
  fixed: string | null;
  /** The range could not be read: reported as affecting rather than passed unread. */
  rangeUnread: boolean;
}

/** A snapshot of the whole actions ecosystem is a few MB; more is a mistake or an attack. */
export const MAX_ADVISORIES_BYTES = 64 * 1024 * 1024;

const GHSA_ID = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/;
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];

/** Why `value` is not a list of global advisories (naming the first bad entry), or undefined. */
export function advisoriesProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'is not a JSON array of advisories';
  for (const [index, entry] of value.entries()) {
    const where = `entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return `${where} is not an object`;
    const advisory = entry as Record<string, unknown>;
    if (typeof advisory.ghsa_id !== 'string' || !GHSA_ID.test(advisory.ghsa_id))
      return `${where} has no ghsa_id of the form GHSA-xxxx-xxxx-xxxx`;
    if (typeof advisory.severity !== 'string' || !SEVERITIES.includes(advisory.severity))
      return `${where} (${advisory.ghsa_id}) has no severity of ${SEVERITIES.join(', ')}`;
    if (
      advisory.withdrawn_at !== undefined &&
      advisory.withdrawn_at !== null &&
      typeof advisory.withdrawn_at !== 'string'
    )
      return `${where} (${advisory.ghsa_id}) has a withdrawn_at that is not a date`;
    const vulnerabilities = advisory.vulnerabilities;
    if (vulnerabilities === null) continue;
    if (!Array.isArray(vulnerabilities)) return `${where} (${advisory.ghsa_id}) has no vulnerabilities list`;
    for (const vulnerability of vulnerabilities as unknown[]) {
      const v = vulnerability as Record<string, unknown> | null;
      const pkg = v?.package as Record<string, unknown> | null | undefined;
      const ok =
        typeof v === 'object' &&
        v !== null &&
        (pkg === null || (typeof pkg === 'object' && typeof pkg.ecosystem === 'string')) &&
        (v.vulnerable_version_range === null || typeof v.vulnerable_version_range === 'string') &&
        (v.first_patched_version === null || typeof v.first_patched_version === 'string');
      if (!ok)
        return `${where} (${advisory.ghsa_id}) has a vulnerability without package, vulnerable_version_range and first_patched_version`;
    }
  }
  return undefined;
}

/**
 * Reads the advisory snapshot the policy names: the JSON array GET /advisories answers, e.g.
 * `gh api --paginate --slurp '/advisories?ecosystem=actions&per_page=100' | jq add`.
 */
export function readAdvisoriesFile(path: string, displayName: string, workspace: string): Advisory[] {
  const text = readTextFile(path, {
    displayName,
    kind: 'advisories file',
    maxBytes: MAX_ADVISORIES_BYTES,
    workspace,
  });
  const fix =
    "Write the JSON array GET /advisories?ecosystem=actions answers (gh api --paginate --slurp '/advisories?ecosystem=actions&per_page=100' | jq add).";
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      'invalid-advisories',
      `${displayName} is not valid JSON: ${jsonReason(error)}.`,
      { file: displayName },
      fix,
    );
  }
  const problem = advisoriesProblem(value);
  if (problem)
    throw new ConfigurationError('invalid-advisories', `${displayName} ${problem}.`, { file: displayName }, fix);
  return value as Advisory[];
}

/**
 * A release version from a tag or comment: `v1.2.3`, `1.2.3`, `v1.2.3-beta.1` as semver `1.2.3...`;
 * undefined for anything less exact (`v1`, `v1.2`, `main`): a moving major tag is no version to
 * compare with a range.
 */
export function releaseVersion(tag: string): string | undefined {
  const bare = tag.replace(/^v/i, '');
  return /^\d+\.\d+\.\d+/.test(bare) ? (valid(bare) ?? undefined) : undefined;
}

/** Semver order of two release versions (see releaseVersion). */
export function compareVersions(a: string, b: string): number {
  return compare(a, b);
}

/** A range bound as semver: `1.2.3`, or a shorter `1.2` / `4` padded with zeros. */
function bound(text: string): string | undefined {
  const bare = text.replace(/^v/i, '');
  if (/^\d+(\.\d+)?$/.test(bare)) return `${bare}${'.0'.repeat(2 - (bare.match(/\./g) ?? []).length)}`;
  return valid(bare) ?? undefined;
}

/**
 * Whether `version` (semver) is in a GHSA range: constraints joined by commas, each an operator
 * (`<`, `<=`, `>`, `>=`, `=`; none means `=`) and a version, e.g. `>= 2.0.0, < 2.3.1`. Undefined
 * when the range cannot be read.
 */
export function inVulnerableRange(version: string, range: string): boolean | undefined {
  const constraints = range.split(',').map((c) => c.trim());
  if (!constraints.length || constraints.some((c) => !c)) return undefined;
  let inside = true;
  for (const constraint of constraints) {
    const m = /^(<=|>=|<|>|=)?\s*(\S+)$/.exec(constraint);
    const limit = m ? bound(m[2]!) : undefined;
    if (!m || limit === undefined) return undefined;
    const order = compare(version, limit);
    const op = m[1] ?? '=';
    const holds =
      op === '<'
        ? order < 0
        : op === '<='
          ? order <= 0
          : op === '>'
            ? order > 0
            : op === '>='
              ? order >= 0
              : order === 0;
    inside &&= holds;
  }
  return inside;
}

/**
 * The advisories that affect `repository` (the `owner/repo` of a `uses:`, case-insensitive: the
 * package name of the actions ecosystem) at `version`. Withdrawn advisories are left out. With `trusted` (the API already filtered by
 * `affects=`), an advisory of the package is kept even when no range reads as containing the
 * version, with the fixed version of its first range.
 */
export function affectingAdvisories(
  advisories: readonly Advisory[],
  repository: string,
  version: string,
  trusted = false,
): AdvisoryMatch[] {
  const name = repository.toLowerCase();
  const matches: AdvisoryMatch[] = [];
  for (const advisory of advisories) {
    if (advisory.withdrawn_at) continue;
    const ranges = (advisory.vulnerabilities ?? []).filter(
      (v) => v.package?.ecosystem === 'actions' && v.package.name?.toLowerCase() === name,
    );
    let match: AdvisoryMatch | undefined;
    for (const v of ranges) {
      const inside =
        v.vulnerable_version_range === null ? undefined : inVulnerableRange(version, v.vulnerable_version_range);
      if (inside === false) continue;
      match = {
        ghsaId: advisory.ghsa_id,
        severity: advisory.severity,
        range: v.vulnerable_version_range,
        fixed: v.first_patched_version,
        rangeUnread: inside === undefined,
      };
      if (inside) break;
    }
    if (!match && trusted && ranges[0])
      match = {
        ghsaId: advisory.ghsa_id,
        severity: advisory.severity,
        range: ranges[0].vulnerable_version_range,
        fixed: ranges[0].first_patched_version,
        rangeUnread: false,
      };
    if (match) matches.push(match);
  }
  return matches.sort((a, b) => (a.ghsaId < b.ghsaId ? -1 : a.ghsaId > b.ghsaId ? 1 : 0));
}

/** A finding's severity from the advisory's: critical and high fail by default, medium warns, low notes. */
export function advisorySeverity(severity: string): 'error' | 'warning' | 'note' {
  return severity === 'medium' ? 'warning' : severity === 'low' ? 'note' : 'error';
}

/** The sentence of a finding: which advisory, how severe, where to read it, and what fixes it. */
export function advisoryMessage(subject: string, match: AdvisoryMatch): string {
  const fixed = match.fixed
    ? `fixed in ${match.fixed}`
    : 'no fixed version is published: remove the action or replace it';
  // The range itself is not quoted: a snapshot file is repository content.
  const unread = match.rangeUnread ? ' (its version range could not be compared, so it is reported)' : '';
  return `${subject} is affected by ${match.ghsaId} (${match.severity}, https://github.com/advisories/${match.ghsaId})${unread}: ${fixed}.`;
}
