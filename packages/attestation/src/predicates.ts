// Predicates other than provenance: an SBOM (CycloneDX or SPDX, detected from the document) or any
// JSON predicate with a type the user names.
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError, jsonReason, readTextFile } from '@paved-road/core';
import { CYCLONEDX_PREDICATE_TYPE, SPDX_PREDICATE_TYPE } from './statement.js';

/** The largest predicate we sign (GitHub's attestations API refuses larger bundles). */
export const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;

export interface LoadedPredicate {
  predicateType: string;
  predicate: Record<string, unknown>;
}

/** Reads a JSON object from a file of at most 16 MiB; one ConfigurationError for each way it can fail. */
export function readPredicateFile(path: string, workspace: string, input: string): Record<string, unknown> {
  const absolute = isAbsolute(path) ? path : resolve(workspace, path);
  let size: number;
  try {
    size = statSync(absolute).size;
  } catch {
    throw new ConfigurationError(
      'missing-file',
      `${input} ${path} does not exist or cannot be read.`,
      { file: path },
      'Check the path.',
    );
  }
  if (size > MAX_PREDICATE_BYTES) {
    throw new ConfigurationError(
      'predicate-too-large',
      `${input} ${path} is ${size} bytes; a predicate may be at most ${MAX_PREDICATE_BYTES} bytes (16 MiB).`,
      { file: path },
      'Attest a smaller document, or store the large one elsewhere and attest its digest.',
    );
  }
  const text = readTextFile(absolute, {
    displayName: path,
    kind: 'JSON document',
    maxBytes: MAX_PREDICATE_BYTES,
    workspace,
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      'invalid-json',
      `${input} ${path} is not valid JSON: ${jsonReason(error)}.`,
      { file: path },
      'Fix the JSON.',
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(
      'invalid-predicate',
      `${input} ${path} must hold a JSON object.`,
      { file: path },
      'Wrap the content in an object.',
    );
  }
  return value as Record<string, unknown>;
}

/** An SBOM attestation: the predicate type follows the document's format. */
export function loadSbomPredicate(path: string, workspace: string): LoadedPredicate {
  const document = readPredicateFile(path, workspace, 'sbom-path');
  if (document.bomFormat === 'CycloneDX') {
    // GitHub's attestations service refuses a CycloneDX document without a serial number.
    if (typeof document.serialNumber !== 'string' || !document.serialNumber) {
      throw new ConfigurationError(
        'invalid-sbom',
        `sbom-path ${path} is a CycloneDX document without "serialNumber".`,
        { file: path },
        'Generate it with a serial number (urn:uuid:...), as generate-sbom does.',
      );
    }
    return { predicateType: CYCLONEDX_PREDICATE_TYPE, predicate: document };
  }
  if (typeof document.spdxVersion === 'string' && document.spdxVersion.startsWith('SPDX-')) {
    return { predicateType: SPDX_PREDICATE_TYPE, predicate: document };
  }
  throw new ConfigurationError(
    'invalid-sbom',
    `sbom-path ${path} is neither a CycloneDX JSON document ("bomFormat": "CycloneDX") nor an SPDX JSON document ("spdxVersion": "SPDX-...").`,
    { file: path },
    'Give a CycloneDX or SPDX SBOM in JSON, or use predicate-type and predicate-path.',
  );
}

/** A custom predicate: `predicate-type` must be a URI. */
export function loadCustomPredicate(predicateType: string, path: string, workspace: string): LoadedPredicate {
  let valid: boolean;
  try {
    valid = /^[a-z][a-z0-9+.-]*:/i.test(predicateType) && new URL(predicateType).protocol !== '';
  } catch {
    valid = false;
  }
  if (!valid) {
    throw new ConfigurationError(
      'invalid-input',
      `Input "predicate-type" must be a URI that names the predicate's schema, got "${predicateType}".`,
      undefined,
      'For example https://in-toto.io/attestation/release/v0.1.',
    );
  }
  return { predicateType, predicate: readPredicateFile(path, workspace, 'predicate-path') };
}
