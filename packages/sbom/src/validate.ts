// Schema validation of every document we write, with the validators compiled at build time
// (scripts/compile-schemas.mjs -> generated/cyclonedx-validators.js): no schema is read or
// compiled at run time.
import { validate1_5, validate1_6, validate1_7 } from './generated/cyclonedx-validators.js';
import type { SpecVersion } from './cyclonedx.js';

interface AjvError {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const VALIDATORS: Record<SpecVersion, Validator> = { '1.5': validate1_5, '1.6': validate1_6, '1.7': validate1_7 };

/** Problems with a CycloneDX JSON document against the official schema; empty when it is valid. */
export function validateCycloneDx(document: unknown, specVersion: SpecVersion): string[] {
  const validate = VALIDATORS[specVersion];
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
