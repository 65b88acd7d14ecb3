// The merged package graph to a CycloneDX document, through @cyclonedx/cyclonedx-library's models
// and normalizers (the library knows what each spec version allows). Every component has an
// explicit bom-ref, so the library never invents a random one; lists are sorted; the serial number
// is a UUID v5 of the content, so the same lockfiles give byte-identical output.
import { createHash, type Hash as Digest } from 'node:crypto';
// Subpath imports: the package root also loads the library's own validators, which find their
// schema files through __dirname (not available in the ESM bundle) and compile them at run time.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
// The JSON normalizers only: the Serialize entry also loads the XML serializer and xmlbuilder2
// (1.2 MB of the 1.4 MB this import cost; patches/@cyclonedx__cyclonedx-library@10.3.0.patch adds
// the subpath export). cyclonedx-xml.ts, loaded for XML only, imports the whole entry.
import * as SerializeJSON from '@cyclonedx/cyclonedx-library/Serialize/JSON';
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import parseSpdx from 'spdx-expression-parse';
import { inBatches, jsonAtDepth, TOOL_NAME, VERSION } from '@paved-road/core';
import { COMPONENTS_PER_COLLECTION, type HeapControl } from './heap.js';
import type { Hash, Package, Pedigree, RootComponent } from './model.js';

export const SPEC_VERSIONS = ['1.5', '1.6', '1.7'] as const;
export type SpecVersion = (typeof SPEC_VERSIONS)[number];

type SpecProtocol = typeof Spec.Spec1dot6;
export const SPECS: Record<SpecVersion, SpecProtocol> = {
  '1.5': Spec.Spec1dot5,
  '1.6': Spec.Spec1dot6,
  '1.7': Spec.Spec1dot7,
};

/** The namespace of paved-road's content-derived UUIDs (itself a UUID v5 of the project URL). */
export const SERIAL_NAMESPACE = 'a3c5b5f4-7c1e-5a8e-9a47-2f4f1d0b7e61';
export const SERIAL_PLACEHOLDER = 'urn:uuid:00000000-0000-0000-0000-000000000000';

/** RFC 4122 UUID version 5 (SHA-1, name-based). A name given in parts is hashed as their concatenation. */
export function uuidV5(
  name: string | Uint8Array | readonly (string | Uint8Array)[],
  namespace = SERIAL_NAMESPACE,
): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns);
  if (Array.isArray(name)) updatePieces(hash, name as (string | Uint8Array)[]);
  else hash.update(name as string | Uint8Array);
  const digest = hash.digest();
  digest[6] = (digest[6]! & 0x0f) | 0x50;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The size of the hash updates pieces are gathered into; runs of components are encoded this large. */
const BATCH_BYTES = 256 * 1024;

/** Feeds many small pieces to a hash in batches of up to BATCH_BYTES, not one update per component. */
export function updatePieces(hash: Digest, pieces: readonly (string | Uint8Array)[]): void {
  const bytes = pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece));
  inBatches(bytes, BATCH_BYTES, (batch) => hash.update(batch));
}

export interface BomInput {
  root: RootComponent;
  packages: Package[];
  specVersion: SpecVersion;
  /** Omitted from the document when undefined. */
  timestamp: Date | undefined;
  /** Drop each package from `packages` once its component is written (the caller needs them no more). */
  consume?: boolean;
  /** The run's memory plan: collected every COMPONENTS_PER_COLLECTION components (their models and text are garbage). */
  heap?: HeapControl;
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
  if (
    parsed &&
    'license' in parsed &&
    !('plus' in parsed && parsed.plus) &&
    !parsed.exception &&
    SPDX.isSupportedSpdxId(parsed.license)
  ) {
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

/** The comment on a distribution URL the lockfile does not record. */
export const DERIVED_URL = "From the registry's URL convention (not in the lockfile).";

export function component(pkg: Package): Models.Component {
  const c = new Models.Component(Enums.ComponentType.Library, pkg.name, {
    bomRef: pkg.ref,
    group: pkg.group || undefined,
    version: pkg.version || undefined,
    purl: pkg.purl,
    hashes: hashDictionary(pkg.hashes),
    scope: pkg.dev
      ? Enums.ComponentScope.Excluded
      : pkg.optional
        ? Enums.ComponentScope.Optional
        : Enums.ComponentScope.Required,
  });
  if (pkg.license) c.licenses.add(toLicense(pkg.license));
  for (const file of pkg.files) {
    if (!file.url) continue;
    // A derived URL of the component's own artifact: its hashes are the component's, written once.
    const ownArtifact =
      file.derived && file.hashes.every((h) => pkg.hashes.some((o) => o.alg === h.alg && o.content === h.content));
    c.externalReferences.add(
      new Models.ExternalReference(file.url, Enums.ExternalReferenceType.Distribution, {
        hashes: hashDictionary(ownArtifact ? [] : file.hashes),
        comment: file.derived ? DERIVED_URL : undefined,
      }),
    );
  }
  for (const [name, value] of pkg.properties ?? []) c.properties.add(new Models.Property(name, value));
  if (pkg.vcs) c.externalReferences.add(new Models.ExternalReference(pkg.vcs, Enums.ExternalReferenceType.VCS));
  return c;
}

const methodsByLockfiles = new Map<string, readonly object[]>();

/** The identity methods of a set of lockfiles: one list per set, shared by the packages read from it. */
function methodsOf(lockfiles: readonly string[]): readonly object[] {
  const sorted = lockfiles.length > 1 ? [...lockfiles].sort(byCodeUnit) : lockfiles;
  const key = sorted.join('\n');
  let methods = methodsByLockfiles.get(key);
  if (!methods) {
    methods = sorted.map((value) => ({ technique: 'manifest-analysis', confidence: 1, value }));
    methodsByLockfiles.set(key, methods);
  }
  return methods;
}

/**
 * `evidence.identity`: the purl was read from these lockfiles (`manifest-analysis`, each file a
 * method). Confidence 1: the package manager wrote the exact name, version and source there; nothing
 * was guessed from file names or contents. CycloneDX 1.5 has one identity object; 1.6 made it a list
 * (the object form deprecated) and added the concluded value.
 */
export function identityEvidence(pkg: Package, specVersion: SpecVersion): Record<string, unknown> | undefined {
  if (!pkg.purl || !pkg.lockfiles?.length) return undefined;
  const identity = { field: 'purl', confidence: 1, methods: methodsOf(pkg.lockfiles) };
  return specVersion === '1.5' ? { identity } : { identity: [{ ...identity, concludedValue: pkg.purl }] };
}

/**
 * `pedigree`: the published package it was made from and the patches applied (`unofficial`: not
 * from the package's maintainers). A patch file of the project is the diff's url, with its text when
 * it was read; a package manager's built-in patch has no file, only a note.
 */
export function pedigreeJson(pedigree: Pedigree): Record<string, unknown> {
  const { ancestor } = pedigree;
  const notes = pedigree.patches.flatMap((p) => (p.note ? [p.note] : []));
  const patches = pedigree.patches.map((p) => {
    const diff: Record<string, unknown> = {};
    if (p.text !== undefined) diff.text = { contentType: 'text/x-diff', content: p.text };
    if (p.file) diff.url = p.file;
    return Object.keys(diff).length ? { type: 'unofficial', diff } : { type: 'unofficial' };
  });
  return {
    ancestors: [
      {
        type: 'library',
        ...(ancestor.group ? { group: ancestor.group } : {}),
        name: ancestor.name,
        ...(ancestor.version ? { version: ancestor.version } : {}),
        ...(ancestor.purl ? { purl: ancestor.purl } : {}),
      },
    ],
    patches,
    ...(notes.length ? { notes: notes.join('\n') } : {}),
  };
}

export interface BuiltBom {
  /**
   * Its serialization, 2-space JSON with a final newline, as UTF-8 pieces in order (what is written
   * and hashed): a large SBOM is written from them without a second whole copy in memory.
   */
  pieces: readonly Buffer[];
  /** The pieces joined (made on use). */
  readonly bytes: Buffer;
  /** The same as a string (decoded on use). */
  readonly text: string;
  serialNumber: string;
  /** Schema problems found while building (empty when valid or not checked). */
  problems: string[];
}

/** Checks applied while the document is written: the whole skeleton, then each component. */
export interface BomChecks {
  document(document: unknown): string[];
  component(component: unknown, index: number): string[];
}

/**
 * The value without keys whose value is undefined (the normalizer keeps them for absent optional
 * fields; a validator with `additionalProperties: false` must not see them: 1.5 has no
 * `acknowledgement`). Copied rather than deleted in place: deleting keys would turn every
 * normalized object into a slow dictionary for the validator and JSON.stringify after it.
 */
function defined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(defined) as T;
  if (!value || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) copy[key] = typeof v === 'object' && v !== null ? defined(v) : v;
  }
  return copy as T;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function metadataModel(input: BomInput): Models.Bom {
  const bom = new Models.Bom();
  if (input.timestamp) bom.metadata.timestamp = input.timestamp;
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
  const vcs = input.root.vcs;
  if (vcs) {
    // The commit after `#`, as the packages' git references carry theirs.
    const url = vcs.commit ? `${vcs.url}#${vcs.commit}` : vcs.url;
    root.externalReferences.add(new Models.ExternalReference(url, Enums.ExternalReferenceType.VCS));
  }
  bom.metadata.component = root;
  return bom;
}

/**
 * The CycloneDX JSON document. Components are made with the library's models and normalized by its
 * normalizers one at a time, checked, serialized and dropped, so a 20,000-package SBOM never exists
 * as one object tree; the dependency graph is written from our graph (sorted by code unit, not by
 * locale, so every machine agrees). `packages` must be sorted by ref with unique refs.
 */
export function buildCycloneDx(input: BomInput, checks?: BomChecks): BuiltBom {
  const spec = SPECS[input.specVersion];
  const factory = new SerializeJSON.Normalize.Factory(spec);
  const options = { sortLists: true };
  const problems: string[] = [];
  const known = new Set(input.packages.map((p) => p.ref));
  const edges = (deps: Iterable<string>) => [...deps].filter((d) => known.has(d)).sort(byCodeUnit);
  const dependencies = [
    ...input.packages.map((p) => ({ ref: p.ref, deps: edges(p.dependsOn) })),
    { ref: input.root.ref, deps: edges(input.root.dependsOn) },
  ]
    .sort((a, b) => byCodeUnit(a.ref, b.ref))
    .map(({ ref, deps }) => (deps.length ? { ref, dependsOn: deps } : { ref }));
  const skeleton = {
    $schema: `http://cyclonedx.org/schema/bom-${input.specVersion}.schema.json`,
    bomFormat: 'CycloneDX',
    specVersion: input.specVersion,
    version: 1,
    serialNumber: SERIAL_PLACEHOLDER,
    metadata: defined(factory.makeForMetadata().normalize(metadataModel(input).metadata, options)),
    components: [] as unknown[],
    dependencies,
  };
  if (checks) problems.push(...checks.document(skeleton));
  const normalizer = factory.makeForComponent();
  // The document is written as UTF-8 pieces: the skeleton up to the components, the components in
  // runs of about 256 KiB (each component built, checked, serialized, and its objects dropped), the
  // rest of the skeleton. The serial number is hashed over the pieces, which are then written as
  // they are (never joined): runs that large are hashed and written without being copied again.
  const skeletonText = JSON.stringify(skeleton, null, 2);
  const at = skeletonText.indexOf('"components": []');
  const empty = input.packages.length === 0;
  const head = `${skeletonText.slice(0, at)}${empty ? '"components": []' : '"components": [\n'}`;
  const tail = Buffer.from(`${empty ? '' : '\n  ]'}${skeletonText.slice(at + '"components": []'.length)}\n`);
  const pieces: Buffer[] = [];
  const packages: (Package | undefined)[] = input.packages;
  let run = '';
  for (let i = 0; i < packages.length; i++) {
    const pkg = packages[i]!;
    // The library has no model of identity evidence or pedigree: they are added to its JSON.
    const normalized = defined(normalizer.normalize(component(pkg), options)) as unknown as Record<string, unknown>;
    const evidence = identityEvidence(pkg, input.specVersion);
    if (evidence) normalized.evidence = evidence;
    if (pkg.pedigree) normalized.pedigree = pedigreeJson(pkg.pedigree);
    if (input.consume) packages[i] = undefined;
    if (checks && problems.length < 20) problems.push(...checks.component(normalized, i));
    // An item of the top-level `components` array: two levels deep.
    run += `${i ? ',\n' : ''}${jsonAtDepth(normalized, 2)}`;
    // At least BATCH_BYTES of UTF-8 (a character is one byte or more): hashed as it is, not copied.
    if (run.length >= BATCH_BYTES) {
      pieces.push(Buffer.from(run));
      run = '';
    }
    if (i % COMPONENTS_PER_COLLECTION === COMPONENTS_PER_COLLECTION - 1) input.heap?.collect();
  }
  if (run) pieces.push(Buffer.from(run));
  const serialNumber = `urn:uuid:${uuidV5([head, ...pieces, tail])}`;
  pieces.unshift(
    Buffer.from(head.replace(`"serialNumber": "${SERIAL_PLACEHOLDER}"`, `"serialNumber": "${serialNumber}"`)),
  );
  pieces.push(tail);
  return {
    pieces,
    get bytes() {
      return Buffer.concat(pieces);
    },
    get text() {
      return Buffer.concat(pieces).toString('utf8');
    },
    serialNumber,
    problems,
  };
}
