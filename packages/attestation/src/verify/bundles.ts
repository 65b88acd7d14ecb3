import {
  assertBundleLatest,
  assertBundleV01,
  assertBundleV02,
  bundleFromJSON,
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  ValidationError,
  type Bundle,
} from '@sigstore/bundle';
import { ConfigurationError, jsonReason } from '@paved-road/core';

/** The largest DSSE payload (statement) we decode: 16 MiB, as GitHub's attestations API allows. */
export const MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
/** The largest bundle document (one bundle, JSON Lines or npm's document) we read. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export type BundleVersion = '0.1' | '0.2' | '0.3';

const MEDIA_TYPES: Record<string, BundleVersion> = {
  [BUNDLE_V01_MEDIA_TYPE]: '0.1',
  [BUNDLE_V02_MEDIA_TYPE]: '0.2',
  [BUNDLE_V03_MEDIA_TYPE]: '0.3',
  [BUNDLE_V03_LEGACY_MEDIA_TYPE]: '0.3',
};

export const KNOWN_MEDIA_TYPES = Object.keys(MEDIA_TYPES);

/** One bundle as found in a document, before any check. */
export interface RawBundle {
  /** Where it came from, for messages: `release.sigstore.json`, `bundles.jsonl line 2`, `GitHub attestation 1`. */
  source: string;
  json: unknown;
}

/**
 * Splits a bundle document into bundles: a single bundle (JSON), JSON Lines of bundles, or a
 * `{"attestations": [{"bundle": ...}]}` document (npm's registry and GitHub's attestations API use it).
 * Anything that is not JSON is a ConfigurationError naming the line.
 */
export function parseBundleDocument(text: string, name: string): RawBundle[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed)
    throw new ConfigurationError(
      'invalid-bundle',
      `${name} is empty.`,
      { file: name },
      'Give a Sigstore bundle (.sigstore.json) or JSON Lines of bundles.',
    );
  let whole: unknown;
  let wholeError: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch (error) {
    wholeError = error;
  }
  if (wholeError === undefined) return splitDocument(whole, name);

  // Line numbers as in the file: split the text itself, not the trimmed copy.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const filled = lines.filter((line) => line.trim());
  if (filled.length === 1) throw malformed(name, lines.findIndex((line) => line.trim()) + 1, wholeError);
  const bundles: RawBundle[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw malformed(name, index + 1, error);
    }
    for (const item of splitDocument(value, `${name} line ${index + 1}`)) bundles.push(item);
  });
  return bundles;
}

function malformed(name: string, line: number, error: unknown): ConfigurationError {
  return new ConfigurationError(
    'invalid-json',
    `the bundle file is not valid JSON: ${jsonReason(error)}`,
    { file: name, line },
    'Give a Sigstore bundle as JSON, JSON Lines of bundles, or npm\'s {"attestations": [...]} document.',
  );
}

function splitDocument(value: unknown, source: string): RawBundle[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.attestations) && !('mediaType' in object)) {
      return object.attestations.map((item, index) => {
        const entry = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
        return { source: `${source} attestation ${index + 1}`, json: entry.bundle };
      });
    }
  }
  if (Array.isArray(value)) return value.map((json, index) => ({ source: `${source} [${index}]`, json }));
  return [{ source, json: value }];
}

const BASE64_CHARS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') BASE64_CHARS[c.charCodeAt(0)] = 1;

/**
 * Base64 as protobuf's JSON mapping writes it: standard or URL-safe alphabet, padded to a multiple of
 * 4 characters. A linear scan, not a regular expression: payloads run to tens of megabytes.
 */
export function isStrictBase64(value: string): boolean {
  if (value.length % 4 !== 0) return false;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  const end = value.length - padding;
  for (let i = 0; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128 || BASE64_CHARS[code] !== 1) return false;
  }
  return true;
}

function checkBase64(value: unknown, path: string, problems: string[]): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') {
    problems.push(`${path} is not a base64 string`);
    return;
  }
  if (!isStrictBase64(value)) {
    problems.push(`${path} is not valid base64 (${value.length} characters; truncated or corrupted)`);
  }
}

/** Every bytes field a bundle can carry, with its JSON path, for the strict base64 check. */
function bytesFields(json: Record<string, unknown>): Array<[unknown, string]> {
  const fields: Array<[unknown, string]> = [];
  const get = (value: unknown, key: string): unknown =>
    value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const envelope = get(json, 'dsseEnvelope');
  if (envelope) {
    fields.push([get(envelope, 'payload'), 'dsseEnvelope.payload']);
    list(get(envelope, 'signatures')).forEach((s, i) =>
      fields.push([get(s, 'sig'), `dsseEnvelope.signatures[${i}].sig`]),
    );
  }
  const message = get(json, 'messageSignature');
  if (message) {
    fields.push([get(message, 'signature'), 'messageSignature.signature']);
    fields.push([get(get(message, 'messageDigest'), 'digest'), 'messageSignature.messageDigest.digest']);
  }
  const material = get(json, 'verificationMaterial');
  fields.push([get(get(material, 'certificate'), 'rawBytes'), 'verificationMaterial.certificate.rawBytes']);
  list(get(get(material, 'x509CertificateChain'), 'certificates')).forEach((c, i) =>
    fields.push([get(c, 'rawBytes'), `verificationMaterial.x509CertificateChain.certificates[${i}].rawBytes`]),
  );
  list(get(material, 'tlogEntries')).forEach((entry, i) => {
    const at = `verificationMaterial.tlogEntries[${i}]`;
    fields.push([get(get(entry, 'logId'), 'keyId'), `${at}.logId.keyId`]);
    fields.push([get(entry, 'canonicalizedBody'), `${at}.canonicalizedBody`]);
    fields.push([
      get(get(entry, 'inclusionPromise'), 'signedEntryTimestamp'),
      `${at}.inclusionPromise.signedEntryTimestamp`,
    ]);
    const proof = get(entry, 'inclusionProof');
    fields.push([get(proof, 'rootHash'), `${at}.inclusionProof.rootHash`]);
    list(get(proof, 'hashes')).forEach((h, j) => fields.push([h, `${at}.inclusionProof.hashes[${j}]`]));
  });
  list(get(get(material, 'timestampVerificationData'), 'rfc3161Timestamps')).forEach((t, i) =>
    fields.push([
      get(t, 'signedTimestamp'),
      `verificationMaterial.timestampVerificationData.rfc3161Timestamps[${i}].signedTimestamp`,
    ]),
  );
  return fields;
}

export interface FormatResult {
  ok: boolean;
  mediaType: string;
  version?: BundleVersion;
  bundle?: Bundle;
  /** Why it is not well-formed. */
  problem?: string;
}

/**
 * Is this JSON a well-formed Sigstore bundle for its media type? v0.1 needs an inclusion promise,
 * v0.2 and v0.3 an inclusion proof, v0.3 a single certificate rather than a chain; every bytes field
 * is strict base64; a DSSE envelope has exactly one signature and a payload of at most 16 MiB.
 */
export function checkBundleFormat(json: unknown): FormatResult {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return {
      ok: false,
      mediaType: '(none)',
      problem: 'not a JSON object: a Sigstore bundle is an object with mediaType, verificationMaterial and content',
    };
  }
  const object = json as Record<string, unknown>;
  const mediaType = typeof object.mediaType === 'string' ? object.mediaType : '(none)';
  const version = MEDIA_TYPES[mediaType];
  if (!version) {
    return {
      ok: false,
      mediaType,
      problem: `unknown media type ${JSON.stringify(object.mediaType ?? null)}; expected one of ${KNOWN_MEDIA_TYPES.join(', ')}`,
    };
  }
  const envelope = object.dsseEnvelope as Record<string, unknown> | undefined;
  if (envelope && typeof envelope === 'object') {
    const payload = typeof envelope.payload === 'string' ? envelope.payload : '';
    const size = Math.floor((payload.length * 3) / 4) - (payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0);
    if (size > MAX_PAYLOAD_BYTES) {
      return {
        ok: false,
        mediaType,
        version,
        problem: `the DSSE payload is ${size} bytes, over the ${MAX_PAYLOAD_BYTES}-byte (16 MiB) limit`,
      };
    }
    const signatures = Array.isArray(envelope.signatures) ? envelope.signatures : [];
    if (signatures.length !== 1) {
      const duplicate =
        signatures.length > 1 && new Set(signatures.map((s) => JSON.stringify(s))).size < signatures.length;
      return {
        ok: false,
        mediaType,
        version,
        problem: `the DSSE envelope carries ${signatures.length} signatures${duplicate ? ' (a duplicated signature)' : ''}; a Sigstore bundle carries exactly one`,
      };
    }
  }

  const problems: string[] = [];
  for (const [value, path] of bytesFields(object)) checkBase64(value, path, problems);
  if (problems.length) return { ok: false, mediaType, version, problem: problems.join('; ') };

  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
    if (version === '0.1') assertBundleV01(bundle);
    else if (version === '0.2') assertBundleV02(bundle);
    else assertBundleLatest(bundle);
  } catch (error) {
    if (error instanceof ValidationError) {
      const fields = (error as ValidationError & { fields?: string[] }).fields ?? [];
      return {
        ok: false,
        mediaType,
        version,
        problem: `not a valid v${version} bundle: ${describeFields(fields, version)}`,
      };
    }
    return {
      ok: false,
      mediaType,
      version,
      problem: `not a valid bundle: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return { ok: true, mediaType, version, bundle };
}

function describeFields(fields: readonly string[], version: BundleVersion): string {
  return fields
    .map((field) => {
      if (field.endsWith('inclusionPromise'))
        return `${field} is missing (a v0.1 bundle needs the log's inclusion promise)`;
      if (field.endsWith('inclusionProof'))
        return `${field} is missing (a v${version} bundle needs an inclusion proof)`;
      if (field === 'verificationMaterial.content.$case')
        return 'verificationMaterial carries a certificate chain; a v0.3 bundle carries a single certificate';
      return `${field} is missing or empty`;
    })
    .join('; ');
}
