// SBOM readers: CycloneDX JSON 1.2-1.7 and SPDX 2.2/2.3 JSON, ours or any tool's, into the rows the
// index keeps. Every walk is iterative and bounded (hostile SBOMs nest deeply); a document that is not
// one of these formats, or breaks their identity rules (duplicate bom-refs or SPDXIDs), is one
// ConfigurationError naming the file, and the caller goes on with the other files.
import { createHash } from 'node:crypto';
import { ConfigurationError, decodeText, jsonReason, readFileBytes } from '@paved-road/core';
import { parsePurl, type PackageKey } from './purl.js';

/** SBOMs of whole container images run to tens of megabytes; a hundred is a mistake or an attack. */
export const MAX_SBOM_BYTES = 64 * 1024 * 1024;
/** CycloneDX components nest (a product, its modules); deeper than this is not an SBOM anyone wrote. */
export const MAX_COMPONENT_DEPTH = 32;

export interface SbomComponent {
  /** The package key from the purl; undefined for a component without a (readable) purl. */
  key?: PackageKey;
  /** `group/name` as the SBOM writes it. */
  name: string;
  version?: string;
  purl?: string;
  bomRef?: string;
  /** How the SBOM's subject pulled it in: labels (`name@version`) from the subject down to it. */
  path: string[];
}

export interface ReadSbom {
  /** sha256 of the file's bytes: the document's identity in the index. */
  sha256: string;
  /** `CycloneDX 1.6`, `SPDX-2.3`. */
  format: string;
  serialNumber?: string;
  /** The subject (`name@version` of CycloneDX metadata.component, the package SPDX DESCRIBES). */
  subject?: string;
  /** Digests of the subject (`sha256:<hex>`, `sha512:<hex>`): the artifact the SBOM is about. */
  artifactDigests: string[];
  components: SbomComponent[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
/** A value from the file, bounded for messages. */
const quote = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);

function invalid(
  file: string,
  message: string,
  fix = 'Regenerate the SBOM, or leave the file out.',
): ConfigurationError {
  return new ConfigurationError('invalid-sbom', message, { file }, fix);
}

/** Reads and parses an SBOM file (see core's readFileBytes: regular files, inside the workspace). */
export function readSbomFile(path: string, options: { displayName: string; workspace?: string }): ReadSbom {
  const bytes = readFileBytes(path, {
    displayName: options.displayName,
    kind: 'SBOM',
    maxBytes: MAX_SBOM_BYTES,
    ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
  });
  return parseSbom(bytes, options.displayName);
}

/** Parses SBOM bytes named `file` in messages. */
export function parseSbom(bytes: Uint8Array, file: string): ReadSbom {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const source = decodeText(bytes, file, 'SBOM');
  if (/^\s*</.test(source))
    throw invalid(file, 'is XML; CycloneDX XML is not read yet.', 'Give the CycloneDX JSON form of the SBOM.');
  let document: unknown;
  try {
    document = JSON.parse(source);
  } catch (error) {
    throw invalid(file, `is not JSON (${jsonReason(error)}).`, 'Name a CycloneDX or SPDX JSON SBOM.');
  }
  if (!isObject(document)) throw invalid(file, 'is not a JSON object, so not an SBOM.');
  if (document.bomFormat === 'CycloneDX') return readCycloneDx(document, file, sha256);
  if (typeof document.spdxVersion === 'string') return readSpdx(document, file, sha256);
  throw invalid(
    file,
    'is neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion").',
    'Name a CycloneDX or SPDX JSON SBOM.',
  );
}

function label(name: string, version: string | undefined): string {
  return version ? `${name}@${version}` : name;
}

/**
 * For each node reached from `roots`, its parent on a shortest path: breadth first from each root in
 * turn, so what the first root (the subject) reaches is reached from it, and the other roots only
 * fill in what it does not reach.
 */
function parents(roots: readonly string[], edges: ReadonlyMap<string, readonly string[]>): Map<string, string | null> {
  const parent = new Map<string, string | null>();
  for (const root of roots) {
    if (parent.has(root)) continue;
    parent.set(root, null);
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const next of edges.get(node) ?? [])
        if (!parent.has(next)) {
          parent.set(next, node);
          queue.push(next);
        }
    }
  }
  return parent;
}

function pathTo(id: string, parent: ReadonlyMap<string, string | null>, labels: ReadonlyMap<string, string>): string[] {
  const path: string[] = [];
  for (let node: string | null | undefined = id; node != null; node = parent.get(node)) {
    path.push(labels.get(node) ?? node);
    if (path.length > parent.size) break;
  }
  return path.reverse();
}

const CYCLONEDX_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];

function cycloneDxDigests(hashes: unknown): string[] {
  const digests: string[] = [];
  if (!Array.isArray(hashes)) return digests;
  for (const hash of hashes) {
    if (!isObject(hash) || typeof hash.content !== 'string') continue;
    const alg = String(hash.alg).toUpperCase().replace(/-/g, '');
    if (
      (alg === 'SHA256' && /^[0-9a-f]{64}$/i.test(hash.content)) ||
      (alg === 'SHA512' && /^[0-9a-f]{128}$/i.test(hash.content))
    )
      digests.push(`${alg.toLowerCase()}:${hash.content.toLowerCase()}`);
  }
  return digests.sort();
}

function readCycloneDx(document: Json, file: string, sha256: string): ReadSbom {
  const specVersion = String(document.specVersion ?? '');
  if (!CYCLONEDX_VERSIONS.includes(specVersion))
    throw invalid(file, `is CycloneDX ${quote(specVersion)}; versions 1.2 to 1.7 are read.`);
  const metadata = isObject(document.metadata) ? document.metadata : {};
  const subject = isObject(metadata.component) ? metadata.component : undefined;
  const rootLabel = subject ? label(componentName(subject), text(subject.version)) : undefined;
  const rootRef = subject ? text(subject['bom-ref']) : undefined;

  interface Found {
    component: Json;
    /** The labels of the components it is nested in, outermost first. */
    nesting: string[];
    where: string;
  }
  const found: Found[] = [];
  const stack: Array<{ list: unknown; nesting: string[]; where: string }> = [];
  if (subject?.components !== undefined)
    stack.push({ list: subject.components, nesting: [rootLabel!], where: 'metadata.component.components' });
  if (document.components !== undefined)
    stack.push({ list: document.components, nesting: rootLabel ? [rootLabel] : [], where: 'components' });
  while (stack.length) {
    const { list, nesting, where } = stack.pop()!;
    if (!Array.isArray(list)) throw invalid(file, `${where} is not a list.`);
    if (nesting.length > MAX_COMPONENT_DEPTH)
      throw invalid(file, `components are nested more than ${MAX_COMPONENT_DEPTH} deep.`);
    for (const [i, component] of list.entries()) {
      if (!isObject(component)) throw invalid(file, `${where}[${i}] is not an object.`);
      found.push({ component, nesting, where: `${where}[${i}]` });
      if (component.components !== undefined) {
        const own = label(componentName(component), text(component.version));
        stack.push({ list: component.components, nesting: [...nesting, own], where: `${where}[${i}].components` });
      }
    }
  }

  // bom-refs identify components in the dependency graph: two different components with one ref make
  // it lie. The same component listed twice under its ref (cdxgen lists the subject again in
  // components) is one component.
  const labels = new Map<string, string>();
  const identities = new Map<string, string>();
  if (rootRef && rootLabel) {
    labels.set(rootRef, rootLabel);
    identities.set(rootRef, identity(subject!));
  }
  const repeated = new Set<Json>();
  for (const { component, where } of found) {
    const ref = text(component['bom-ref']);
    if (ref === undefined) continue;
    const seen = identities.get(ref);
    if (seen !== undefined) {
      if (seen !== identity(component))
        throw invalid(file, `bom-ref ${quote(ref)} (${where}) is used by more than one component.`);
      if (ref !== rootRef) repeated.add(component);
      continue;
    }
    identities.set(ref, identity(component));
    labels.set(ref, label(componentName(component), text(component.version)));
  }

  const edges = new Map<string, string[]>();
  const dependedOn = new Set<string>();
  if (document.dependencies !== undefined) {
    if (!Array.isArray(document.dependencies)) throw invalid(file, 'dependencies is not a list.');
    for (const [i, dependency] of document.dependencies.entries()) {
      if (!isObject(dependency) || typeof dependency.ref !== 'string')
        throw invalid(file, `dependencies[${i}] has no ref.`);
      const on = Array.isArray(dependency.dependsOn)
        ? dependency.dependsOn.filter((ref): ref is string => typeof ref === 'string')
        : [];
      edges.set(dependency.ref, [...(edges.get(dependency.ref) ?? []), ...on]);
      for (const ref of on) dependedOn.add(ref);
    }
  }
  // From the subject; a graph without one (or parts it does not reach) from the refs nobody depends on.
  const roots = [
    ...(rootRef ? [rootRef] : []),
    ...[...edges.keys()].filter((ref) => ref !== rootRef && !dependedOn.has(ref)).sort(),
  ];
  const parent = parents(roots, edges);

  const components = found
    .filter(({ component }) => !repeated.has(component))
    .map(({ component, nesting }): SbomComponent => {
      const name = componentName(component);
      const version = text(component.version);
      const purl = text(component.purl);
      const bomRef = text(component['bom-ref']);
      const own = label(name, version);
      const graphPath = bomRef !== undefined && parent.has(bomRef) ? pathTo(bomRef, parent, labels) : undefined;
      const key = purl ? parsePurl(purl) : undefined;
      return {
        ...(key ? { key: { type: key.type, namespace: key.namespace, name: key.name } } : {}),
        name,
        ...(version ? { version } : {}),
        ...(purl ? { purl } : {}),
        ...(bomRef ? { bomRef } : {}),
        path: graphPath ?? [...nesting, own],
      };
    });
  return {
    sha256,
    format: `CycloneDX ${specVersion}`,
    ...(text(document.serialNumber) ? { serialNumber: text(document.serialNumber) } : {}),
    ...(rootLabel ? { subject: rootLabel } : {}),
    artifactDigests: subject ? cycloneDxDigests(subject.hashes) : [],
    components,
  };
}

/** What a component is, to tell a repeat of it from another component under the same bom-ref. */
function identity(component: Json): string {
  return text(component.purl) ?? label(componentName(component), text(component.version));
}

function componentName(component: Json): string {
  const name = text(component.name) ?? '(unnamed)';
  const group = text(component.group);
  return group ? `${group}/${name}` : name;
}

const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'];
/** Relationships read as "the element depends on / contains the related element". */
const SPDX_FORWARD = new Set(['DEPENDS_ON', 'CONTAINS', 'HAS_PREREQUISITE', 'DESCRIBES']);
/** Relationships read the other way ("the element is a dependency of the related element"). */
const SPDX_BACKWARD = new Set([
  'DEPENDENCY_OF',
  'DEV_DEPENDENCY_OF',
  'OPTIONAL_DEPENDENCY_OF',
  'BUILD_DEPENDENCY_OF',
  'RUNTIME_DEPENDENCY_OF',
  'TEST_DEPENDENCY_OF',
  'PROVIDED_DEPENDENCY_OF',
  'CONTAINED_BY',
  'DESCRIBED_BY',
  'PREREQUISITE_FOR',
]);

function readSpdx(document: Json, file: string, sha256: string): ReadSbom {
  const version = String(document.spdxVersion);
  if (!SPDX_VERSIONS.includes(version)) throw invalid(file, `is ${quote(version)}; SPDX 2.2 and 2.3 JSON are read.`);
  const documentId = text(document.SPDXID) ?? 'SPDXRef-DOCUMENT';
  const packages = document.packages ?? [];
  if (!Array.isArray(packages)) throw invalid(file, 'packages is not a list.');
  const byId = new Map<string, Json>();
  const labels = new Map<string, string>();
  for (const [i, pkg] of packages.entries()) {
    if (!isObject(pkg)) throw invalid(file, `packages[${i}] is not an object.`);
    const id = text(pkg.SPDXID);
    if (id === undefined) throw invalid(file, `packages[${i}] has no SPDXID.`);
    if (byId.has(id)) throw invalid(file, `SPDXID ${quote(id)} (packages[${i}]) is used by more than one package.`);
    byId.set(id, pkg);
    labels.set(id, label(text(pkg.name) ?? '(unnamed)', text(pkg.versionInfo)));
  }

  const edges = new Map<string, string[]>();
  const add = (from: string, to: string) => edges.set(from, [...(edges.get(from) ?? []), to]);
  const relationships = document.relationships ?? [];
  if (!Array.isArray(relationships)) throw invalid(file, 'relationships is not a list.');
  for (const relationship of relationships) {
    if (!isObject(relationship)) continue;
    const [from, type, to] = [
      text(relationship.spdxElementId),
      text(relationship.relationshipType),
      text(relationship.relatedSpdxElement),
    ];
    if (!from || !type || !to) continue;
    if (SPDX_FORWARD.has(type)) add(from, to);
    else if (SPDX_BACKWARD.has(type)) add(to, from);
  }
  // SPDX 2.2 names the described packages in documentDescribes; 2.3 with DESCRIBES relationships.
  if (Array.isArray(document.documentDescribes))
    for (const id of document.documentDescribes) if (typeof id === 'string') add(documentId, id);
  const described = new Set(edges.get(documentId) ?? []);
  const parent = parents([documentId], edges);
  parent.delete(documentId);
  for (const id of described) parent.set(id, null);

  const components: SbomComponent[] = [];
  for (const [id, pkg] of [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (described.has(id)) continue;
    const name = text(pkg.name) ?? '(unnamed)';
    const pkgVersion = text(pkg.versionInfo);
    const purl = spdxPurl(pkg);
    const key = purl ? parsePurl(purl) : undefined;
    components.push({
      ...(key ? { key: { type: key.type, namespace: key.namespace, name: key.name } } : {}),
      name,
      ...(pkgVersion ? { version: pkgVersion } : {}),
      ...(purl ? { purl } : {}),
      bomRef: id,
      path: parent.has(id) ? pathTo(id, parent, labels) : [label(name, pkgVersion)],
    });
  }
  const subjects = [...described].filter((id) => byId.has(id)).sort();
  const digests = new Set<string>();
  for (const id of subjects) {
    const checksums = byId.get(id)!.checksums;
    if (!Array.isArray(checksums)) continue;
    for (const checksum of checksums) {
      if (!isObject(checksum) || typeof checksum.checksumValue !== 'string') continue;
      const alg = String(checksum.algorithm).toUpperCase().replace(/-/g, '');
      const value = checksum.checksumValue.toLowerCase();
      if ((alg === 'SHA256' && /^[0-9a-f]{64}$/.test(value)) || (alg === 'SHA512' && /^[0-9a-f]{128}$/.test(value)))
        digests.add(`${alg.toLowerCase()}:${value}`);
    }
  }
  return {
    sha256,
    format: version,
    ...(text(document.documentNamespace) ? { serialNumber: text(document.documentNamespace) } : {}),
    ...(subjects.length ? { subject: subjects.map((id) => labels.get(id)!).join(', ') } : {}),
    artifactDigests: [...digests].sort(),
    components,
  };
}

function spdxPurl(pkg: Json): string | undefined {
  if (!Array.isArray(pkg.externalRefs)) return undefined;
  for (const ref of pkg.externalRefs)
    if (isObject(ref) && ref.referenceType === 'purl' && typeof ref.referenceLocator === 'string')
      return ref.referenceLocator;
  return undefined;
}
