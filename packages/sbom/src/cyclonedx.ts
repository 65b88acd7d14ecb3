// The merged package graph to a CycloneDX document, through @cyclonedx/cyclonedx-library's models
// and normalizers (the library knows what each spec version allows). Every component has an
// explicit bom-ref, so the library never invents a random one; lists are sorted; the serial number
// is a UUID v5 of the content, so the same lockfiles give byte-identical output.
import { createHash } from 'node:crypto';
// Subpath imports: the package root also loads the library's own validators, which find their
// schema files through __dirname (not available in the ESM bundle) and compile them at run time.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import parseSpdx from 'spdx-expression-parse';
import { TOOL_NAME, VERSION } from '@paved-road/core';
import type { Hash, Package, RootComponent } from './model.js';

export const SPEC_VERSIONS = ['1.5', '1.6', '1.7'] as const;
export type SpecVersion = (typeof SPEC_VERSIONS)[number];

type SpecProtocol = typeof Spec.Spec1dot6;
const SPECS: Record<SpecVersion, SpecProtocol> = { '1.5': Spec.Spec1dot5, '1.6': Spec.Spec1dot6, '1.7': Spec.Spec1dot7 };

/** The namespace of paved-road's content-derived UUIDs (itself a UUID v5 of the project URL). */
export const SERIAL_NAMESPACE = 'a3c5b5f4-7c1e-5a8e-9a47-2f4f1d0b7e61';
export const SERIAL_PLACEHOLDER = 'urn:uuid:00000000-0000-0000-0000-000000000000';

/** RFC 4122 UUID version 5 (SHA-1, name-based). */
export function uuidV5(name: string | Uint8Array, namespace = SERIAL_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const digest = createHash('sha1').update(ns).update(name).digest();
  digest[6] = (digest[6]! & 0x0f) | 0x50;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface BomInput {
  root: RootComponent;
  packages: Package[];
  specVersion: SpecVersion;
  timestamp: Date;
  includeDev: boolean;
}

const HASH_ALG: Record<Hash['alg'], Enums.HashAlgorithm> = {
  'SHA-1': Enums.HashAlgorithm['SHA-1'],
  'SHA-256': Enums.HashAlgorithm['SHA-256'],
  'SHA-384': Enums.HashAlgorithm['SHA-384'],
  'SHA-512': Enums.HashAlgorithm['SHA-512'],
};

function hashDictionary(hashes: Hash[]): Models.HashDictionary {
  return new Models.HashDictionary(hashes.map((h) => [HASH_ALG[h.alg], h.content] as [Enums.HashAlgorithm, string]));
}

const licenseCache = new Map<string, Models.License>();

/** A license string as CycloneDX: an SPDX id, an SPDX expression, or (not SPDX) a named license. */
export function toLicense(text: string): Models.License {
  const cached = licenseCache.get(text);
  if (cached) return cached;
  let license: Models.License;
  let parsed: ReturnType<typeof parseSpdx> | undefined;
  try {
    parsed = parseSpdx(text);
  } catch {
    parsed = undefined;
  }
  if (parsed && 'license' in parsed && !('plus' in parsed && parsed.plus) && !parsed.exception && SPDX.isSupportedSpdxId(parsed.license)) {
    license = new Models.SpdxLicense(parsed.license);
  } else if (parsed) {
    license = new Models.LicenseExpression(text);
  } else {
    const fixed = SPDX.fixupSpdxId(text);
    license = fixed ? new Models.SpdxLicense(fixed) : new Models.NamedLicense(text);
  }
  licenseCache.set(text, license);
  return license;
}

function component(pkg: Package, includeDev: boolean): Models.Component {
  const c = new Models.Component(Enums.ComponentType.Library, pkg.name, {
    bomRef: pkg.ref,
    group: pkg.group || undefined,
    version: pkg.version || undefined,
    purl: pkg.purl,
    hashes: hashDictionary(pkg.hashes),
    scope: pkg.dev ? Enums.ComponentScope.Excluded : pkg.optional ? Enums.ComponentScope.Optional : Enums.ComponentScope.Required,
  });
  void includeDev;
  if (pkg.license) c.licenses.add(toLicense(pkg.license));
  for (const file of pkg.files) {
    if (!file.url) continue;
    c.externalReferences.add(
      new Models.ExternalReference(file.url, Enums.ExternalReferenceType.Distribution, { hashes: hashDictionary(file.hashes) }),
    );
  }
  for (const [name, value] of pkg.properties ?? []) c.properties.add(new Models.Property(name, value));
  if (pkg.vcs) c.externalReferences.add(new Models.ExternalReference(pkg.vcs, Enums.ExternalReferenceType.VCS));
  return c;
}

export interface BuiltBom {
  /** The normalized JSON document, serial number set. */
  json: Record<string, unknown>;
  /** Its serialization: 2-space JSON with a final newline. */
  text: string;
  serialNumber: string;
  bom: Models.Bom;
  spec: SpecProtocol;
}

export function buildCycloneDx(input: BomInput): BuiltBom {
  const spec = SPECS[input.specVersion];
  const bom = new Models.Bom();
  bom.metadata.timestamp = input.timestamp;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, TOOL_NAME, {
      bomRef: `tool:${TOOL_NAME}`,
      version: VERSION,
      externalReferences: new Models.ExternalReferenceRepository([
        new Models.ExternalReference('https://github.com/paved-road/paved-road', Enums.ExternalReferenceType.VCS),
      ]),
    }),
  );
  const root = new Models.Component(Enums.ComponentType.Application, input.root.name, {
    bomRef: input.root.ref,
    version: input.root.version || undefined,
    purl: input.root.purl,
  });
  if (input.root.license) root.licenses.add(toLicense(input.root.license));
  bom.metadata.component = root;

  const byRef = new Map<string, Models.Component>();
  for (const pkg of input.packages) {
    const c = component(pkg, input.includeDev);
    byRef.set(pkg.ref, c);
    bom.components.add(c);
  }
  for (const pkg of input.packages) {
    const c = byRef.get(pkg.ref)!;
    for (const dep of pkg.dependsOn) {
      const target = byRef.get(dep);
      if (target) c.dependencies.add(target.bomRef);
    }
  }
  for (const dep of input.root.dependsOn) {
    const target = byRef.get(dep);
    if (target) root.dependencies.add(target.bomRef);
  }

  bom.serialNumber = SERIAL_PLACEHOLDER;
  const normalized = new Serialize.JSON.Normalize.Factory(spec).makeForBom().normalize(bom, { sortLists: true });
  const withPlaceholder = `${JSON.stringify(normalized, null, 2)}\n`;
  const serialNumber = `urn:uuid:${uuidV5(withPlaceholder)}`;
  // The document as written (the normalizer's objects keep keys whose value is undefined, such as
  // a 1.5 license's `acknowledgement`, which JSON drops but a validator would see).
  const json = JSON.parse(withPlaceholder) as Record<string, unknown>;
  json.serialNumber = serialNumber;
  bom.serialNumber = serialNumber;
  const text = withPlaceholder.replace(`"serialNumber": "${SERIAL_PLACEHOLDER}"`, `"serialNumber": "${serialNumber}"`);
  return { json, text, serialNumber, bom, spec };
}

/** The same document as CycloneDX XML (the library's serializer, xmlbuilder2 underneath). */
export function toCycloneDxXml(built: BuiltBom): string {
  const serializer = new Serialize.XmlSerializer(new Serialize.XML.Normalize.Factory(built.spec));
  return `${serializer.serialize(built.bom, { sortLists: true, space: 2 })}\n`;
}
