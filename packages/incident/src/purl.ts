// Package identities: a purl parsed by packageurl-js (which applies each type's normalization: npm and
// PyPI names lowercased, PyPI `_` and `.` to `-`), then reduced to the key the index looks up.
import { PackageURL } from 'packageurl-js';

/** What identifies a package across SBOMs, whatever version: the purl's type, namespace and name. */
export interface PackageKey {
  type: string;
  /** '' when the type has none. */
  namespace: string;
  name: string;
}

export interface ParsedPurl extends PackageKey {
  version?: string;
}

/**
 * A purl's package key and version, or undefined when it is not a purl. Namespace and name are
 * lowercased for every type: tools disagree on case (Go module paths, Maven groups), and a search that
 * misses a package because of case is the worse error in an incident.
 */
export function parsePurl(text: string): ParsedPurl | undefined {
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(text.trim());
  } catch {
    return undefined;
  }
  return {
    type: parsed.type.toLowerCase(),
    namespace: (parsed.namespace ?? '').toLowerCase(),
    name: parsed.name.toLowerCase(),
    ...(parsed.version ? { version: parsed.version } : {}),
  };
}

/** `type/namespace/name` as a purl without version: how a package is named in reports. */
export function describePackage(key: PackageKey): string {
  return new PackageURL(key.type, key.namespace || undefined, key.name, undefined, undefined, undefined).toString();
}

/** An OSV `affected[].package.ecosystem` as a purl type (the ecosystems OSV and purl both name). */
const OSV_ECOSYSTEMS: Record<string, string> = {
  npm: 'npm',
  pypi: 'pypi',
  go: 'golang',
  'crates.io': 'cargo',
  maven: 'maven',
  rubygems: 'gem',
  packagist: 'composer',
  nuget: 'nuget',
  hex: 'hex',
  pub: 'pub',
  swifturl: 'swift',
  'github actions': 'github',
};

/**
 * The package key of an OSV package `{ecosystem, name}`: the ecosystem's own spelling of a name
 * (`@scope/name`, `group:artifact`, `vendor/name`, a Go module path) split as the purl type does.
 * Undefined for an ecosystem without a purl type here.
 */
export function osvPackageKey(ecosystem: string, name: string): PackageKey | undefined {
  const type = OSV_ECOSYSTEMS[ecosystem.split(':')[0]!.trim().toLowerCase()];
  if (!type || !name) return undefined;
  let namespace = '';
  let base = name;
  if (type === 'maven') {
    const colon = name.indexOf(':');
    if (colon > 0) [namespace, base] = [name.slice(0, colon), name.slice(colon + 1)];
  } else if (type === 'npm' || type === 'golang' || type === 'composer' || type === 'github') {
    const slash = name.lastIndexOf('/');
    if (slash > 0) [namespace, base] = [name.slice(0, slash), name.slice(slash + 1)];
  }
  // Through packageurl-js, so the type's normalization (PyPI names) is the one SBOM purls get.
  const purl = new PackageURL(type, namespace || undefined, base, undefined, undefined, undefined).toString();
  return parsePurl(purl);
}
