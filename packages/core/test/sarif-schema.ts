// Validation against the official SARIF 2.1.0 JSON schema (2.1.0-rtm.5, draft-04), as shipped by
// Microsoft's @microsoft/jest-sarif; ajv-draft-04 compiles draft-04 schemas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// Both are CommonJS with `module.exports = X; exports.default = X`: `.default` is X in every loader.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

const require = createRequire(__filename);

export const sarifSchemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

let validate: ReturnType<InstanceType<typeof Ajv04>['compile']> | undefined;

/** The schema's errors for a document, [] when it is valid. */
export function sarifSchemaErrors(document: unknown): string[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(sarifSchemaPath, 'utf8')) as Record<string, unknown>;
    // The schema's `language` pattern has a stray `]`, legal only without the `u` flag.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(schema);
  }
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
