// SPDX 2.3 JSON from the same package graph. No library: the format is a flat JSON document, and the
// SPDX JS tooling on npm covers 3.0 or pulls in far more than this needs.
import parseSpdx from 'spdx-expression-parse';
import { TOOL_NAME, VERSION } from '@paved-road/core';
import { uuidV5 } from './cyclonedx.js';
import type { Hash, Package, RootComponent } from './model.js';

const SPDX_ALG: Record<Hash['alg'], string> = {
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-384': 'SHA384',
  'SHA-512': 'SHA512',
};

export interface SpdxInput {
  root: RootComponent;
  packages: Package[];
  /**
   * creationInfo.created, which SPDX requires: without a source time (undefined), the Unix epoch,
   * the reproducible-builds convention, so the bytes stay the same across runs.
   */
  timestamp: Date | undefined;
}

export interface BuiltSpdx {
  json: Record<string, unknown>;
  text: string;
  /** urn:uuid of the document (the UUID in its namespace), for the serial-number output. */
  serialNumber: string;
}

function spdxLicense(text: string | undefined): string {
  if (!text) return 'NOASSERTION';
  try {
    parseSpdx(text);
    return text;
  } catch {
    return 'NOASSERTION';
  }
}

function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

export function buildSpdx(input: SpdxInput): BuiltSpdx {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const idFor = (ref: string, name: string, version: string) => {
    const base = `SPDXRef-Package-${idPart(name)}${version ? `-${idPart(version)}` : ''}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(ref, id);
    return id;
  };
  const rootId = idFor(input.root.ref, input.root.name, input.root.version ?? '');
  const packages: Record<string, unknown>[] = [
    {
      name: input.root.name,
      SPDXID: rootId,
      ...(input.root.version ? { versionInfo: input.root.version } : {}),
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: spdxLicense(input.root.license),
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: 'APPLICATION',
    },
  ];
  for (const pkg of input.packages) {
    const fullName = pkg.group ? `${pkg.group}/${pkg.name}` : pkg.name;
    const id = idFor(pkg.ref, fullName, pkg.version);
    const download = pkg.files.find((f) => f.url)?.url ?? pkg.vcs;
    const entry: Record<string, unknown> = {
      name: fullName,
      SPDXID: id,
      ...(pkg.version ? { versionInfo: pkg.version } : {}),
      downloadLocation: download ?? 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: spdxLicense(pkg.license),
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: 'LIBRARY',
    };
    if (pkg.hashes.length)
      entry.checksums = pkg.hashes.map((h) => ({ algorithm: SPDX_ALG[h.alg], checksumValue: h.content }));
    if (pkg.purl)
      entry.externalRefs = [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl },
      ];
    if (pkg.dev) entry.comment = 'development dependency';
    packages.push(entry);
  }
  const relationships: Record<string, string>[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId },
  ];
  const edges = (fromRef: string, deps: Iterable<string>) => {
    const from = ids.get(fromRef)!;
    const targets = [...deps]
      .map((d) => ids.get(d))
      .filter((d): d is string => !!d)
      .sort();
    for (const to of targets)
      relationships.push({ spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to });
  };
  edges(input.root.ref, input.root.dependsOn);
  for (const pkg of input.packages) edges(pkg.ref, pkg.dependsOn);

  const created = (input.timestamp ?? new Date(0)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const placeholder = '00000000-0000-0000-0000-000000000000';
  const namespaceOf = (uuid: string) => `https://spdx.org/spdxdocs/${idPart(input.root.name)}-${uuid}`;
  const json: Record<string, unknown> = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${input.root.name}${input.root.version ? `@${input.root.version}` : ''}`,
    documentNamespace: namespaceOf(placeholder),
    creationInfo: { created, creators: [`Tool: ${TOOL_NAME}-${VERSION}`] },
    packages,
    relationships,
  };
  const draft = `${JSON.stringify(json, null, 2)}\n`;
  const uuid = uuidV5(draft);
  json.documentNamespace = namespaceOf(uuid);
  const text = draft.replace(namespaceOf(placeholder), namespaceOf(uuid));
  return { json, text, serialNumber: `urn:uuid:${uuid}` };
}

/** The checks the SPDX 2.3 JSON schema makes on what we write: required fields, id syntax, references. */
export function validateSpdx(document: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const field of ['spdxVersion', 'dataLicense', 'SPDXID', 'name', 'documentNamespace', 'creationInfo']) {
    if (document[field] === undefined) problems.push(`/${field} is missing`);
  }
  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  const packages = Array.isArray(document.packages) ? (document.packages as Record<string, unknown>[]) : [];
  packages.forEach((pkg, i) => {
    const id = String(pkg.SPDXID ?? '');
    if (!/^SPDXRef-[A-Za-z0-9.-]+$/.test(id)) problems.push(`/packages/${i}/SPDXID "${id}" is not an SPDX id`);
    if (ids.has(id)) problems.push(`/packages/${i}/SPDXID "${id}" is not unique`);
    ids.add(id);
    for (const field of ['name', 'downloadLocation'])
      if (typeof pkg[field] !== 'string') problems.push(`/packages/${i}/${field} is missing`);
    for (const checksum of (pkg.checksums as { algorithm: string; checksumValue: string }[] | undefined) ?? []) {
      if (!/^[a-f0-9]+$/.test(checksum.checksumValue)) problems.push(`/packages/${i}/checksums has a non-hex value`);
    }
  });
  const relationships = Array.isArray(document.relationships)
    ? (document.relationships as Record<string, string>[])
    : [];
  relationships.forEach((r, i) => {
    for (const end of ['spdxElementId', 'relatedSpdxElement']) {
      if (!ids.has(r[end] ?? '')) problems.push(`/relationships/${i}/${end} "${r[end]}" names no element`);
    }
  });
  return problems;
}
