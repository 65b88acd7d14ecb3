// The string formats the CycloneDX JSON schemas use, for the validators compiled at build time
// (scripts/compile-schemas.mjs). The generated code imports this module instead of registering
// ajv-formats at run time. Plain JavaScript, like the generated module that imports it.
import { fullFormats } from 'ajv-formats/dist/formats.js';
// ajv-formats-draft2019 has no entry point for single formats; its format files are plain functions.
import iriReference from 'ajv-formats-draft2019/formats/iri-reference.js';
import idnEmail from 'ajv-formats-draft2019/formats/idn-email.js';

function asCheck(format) {
  if (typeof format === 'function') return format;
  if (format instanceof RegExp) return (value) => format.test(value);
  if (format && typeof format === 'object' && 'validate' in format) return asCheck(format.validate);
  throw new Error('unsupported format definition');
}

export const formats = {
  'date-time': asCheck(fullFormats['date-time']),
  date: asCheck(fullFormats.date),
  uri: asCheck(fullFormats.uri),
  'iri-reference': iriReference,
  'idn-email': idnEmail,
};
