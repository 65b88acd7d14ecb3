// What is compromised, as package targets: a purl (any version, or the one it names), a purl with a
// version range, or the packages and ranges of OSV advisories.
import { ConfigurationError, jsonReason, readTextFile } from '@paved-road/core';
import { describePackage, osvPackageKey, parsePurl, type PackageKey } from './purl.js';
import {
  osvEventsInclude,
  parseRange,
  sameVersion,
  schemeForType,
  semverSchemeFor,
  type OsvEvent,
} from './versions.js';

export interface Target {
  key: PackageKey;
  /** What was asked, for reports: `pkg:npm/lodash <4.17.21`, `GHSA-... pkg:npm/lodash`. */
  label: string;
  /** True: this version is affected; false: it is not; undefined: it cannot be told (no version, or one the scheme cannot read). */
  affects(version: string | undefined): boolean | undefined;
}

/** An advisory file is a page of JSON; OSV dumps of a whole ecosystem are not read as one input. */
const MAX_ADVISORY_BYTES = 16 * 1024 * 1024;

function badComponent(text: string, why: string, fix: string): ConfigurationError {
  return new ConfigurationError('invalid-input', `Input "component": "${text}" ${why}.`, undefined, fix);
}

/**
 * Targets from `component` purls and `version-range` ranges: one range applies to every component,
 * or one range per component, in order. A purl with a version is that exact version, and takes no range.
 */
export function componentTargets(components: readonly string[], ranges: readonly string[]): Target[] {
  if (ranges.length && !components.length)
    throw new ConfigurationError(
      'invalid-input',
      'Input "version-range" is given without "component".',
      undefined,
      'Name the package the range is of in component (pkg:npm/name).',
    );
  if (ranges.length > 1 && ranges.length !== components.length)
    throw new ConfigurationError(
      'invalid-input',
      `Input "version-range" has ${ranges.length} ranges for ${components.length} components.`,
      undefined,
      'Give one range for all components, or one per component line, in the same order.',
    );
  return components.map((text, i) => {
    const purl = parsePurl(text);
    if (!purl)
      throw badComponent(text, 'is not a package URL', 'Write it like pkg:npm/lodash or pkg:pypi/django@4.2.0.');
    const key: PackageKey = { type: purl.type, namespace: purl.namespace, name: purl.name };
    const rangeText = ranges.length === 1 ? ranges[0] : ranges[i];
    const name = describePackage(key);
    if (purl.version !== undefined) {
      if (rangeText !== undefined)
        throw badComponent(
          text,
          'names a version and is also given a version-range',
          'Drop the @version or the range.',
        );
      const exact = purl.version;
      return {
        key,
        label: `${name}@${exact}`,
        affects: (version) => (version === undefined ? undefined : sameVersion(key.type, version, exact)),
      };
    }
    if (rangeText === undefined) return { key, label: `${name} (any version)`, affects: () => true };
    const range = parseRange(rangeText, key.type);
    return {
      key,
      label: `${name} ${range.text}`,
      affects: (version) => (version === undefined ? undefined : range.includes(version)),
    };
  });
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function badAdvisory(file: string, message: string): ConfigurationError {
  return new ConfigurationError(
    'invalid-advisory',
    message,
    { file },
    'Give an OSV JSON advisory (as osv.dev and the GitHub advisory database publish them).',
  );
}

/**
 * Targets from OSV advisory files: one advisory, a list of them, or osv.dev's `{"vulns": [...]}`.
 * Each `affected[]` package is a target; a version is affected when it is in `versions` or in a
 * SEMVER or ECOSYSTEM range. An ecosystem whose order is not known here is matched by `versions` only,
 * and a version outside that list is "cannot tell" when the entry also has ranges.
 */
export function advisoryTargets(path: string, displayName: string, workspace?: string): Target[] {
  const text = readTextFile(path, {
    displayName,
    kind: 'advisory',
    maxBytes: MAX_ADVISORY_BYTES,
    ...(workspace !== undefined ? { workspace } : {}),
  });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw badAdvisory(displayName, `is not JSON (${jsonReason(error)}).`);
  }
  const advisories = Array.isArray(document)
    ? document
    : isObject(document) && Array.isArray(document.vulns)
      ? document.vulns
      : [document];
  const targets: Target[] = [];
  for (const [i, advisory] of advisories.entries()) {
    if (!isObject(advisory) || !Array.isArray(advisory.affected))
      throw badAdvisory(displayName, `advisory ${i + 1} has no "affected" list, so it is not an OSV advisory.`);
    const id = typeof advisory.id === 'string' ? advisory.id : `advisory ${i + 1}`;
    for (const [j, affected] of advisory.affected.entries()) {
      if (!isObject(affected) || !isObject(affected.package))
        throw badAdvisory(displayName, `${id} affected[${j}] has no package.`);
      targets.push(osvTarget(displayName, id, j, affected));
    }
  }
  return targets;
}

function osvTarget(file: string, id: string, index: number, affected: Json): Target {
  const pkg = affected.package as Json;
  const fromPurl = typeof pkg.purl === 'string' ? parsePurl(pkg.purl) : undefined;
  const key =
    fromPurl ??
    (typeof pkg.ecosystem === 'string' && typeof pkg.name === 'string'
      ? osvPackageKey(pkg.ecosystem, pkg.name)
      : undefined);
  if (!key)
    throw badAdvisory(
      file,
      `${id} affected[${index}] names a package (ecosystem ${JSON.stringify(pkg.ecosystem)}) that has no package URL here.`,
    );
  const packageKey: PackageKey = { type: key.type, namespace: key.namespace, name: key.name };
  const versions = Array.isArray(affected.versions)
    ? affected.versions.filter((v): v is string => typeof v === 'string')
    : [];
  const ranges = (Array.isArray(affected.ranges) ? affected.ranges : []).filter(isObject);
  const readable = ranges.filter((r) => r.type === 'SEMVER' || r.type === 'ECOSYSTEM');
  const unreadable = ranges.length - readable.length;
  return {
    key: packageKey,
    label: `${id} ${describePackage(packageKey)}`,
    affects(version) {
      if (version === undefined) return undefined;
      if (versions.some((v) => sameVersion(packageKey.type, version, v))) return true;
      let unsure = unreadable > 0;
      for (const range of readable) {
        const scheme = range.type === 'SEMVER' ? semverSchemeFor(packageKey.type) : schemeForType(packageKey.type);
        const events = (Array.isArray(range.events) ? range.events : []).filter(isObject) as OsvEvent[];
        const verdict = scheme ? osvEventsInclude(scheme, events, version) : undefined;
        if (verdict) return true;
        if (verdict === undefined) unsure = true;
      }
      return unsure ? undefined : false;
    },
  };
}
