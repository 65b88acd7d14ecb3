// The string formats the CycloneDX JSON schemas use, for the validators compiled at build time
// (scripts/compile-schemas.mjs). The generated code imports this module instead of registering
// ajv-formats at run time. Plain JavaScript, like the generated module that imports it.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import full from './schema-formats-full.cjs';

function asCheck(format) {
  if (typeof format === 'function') return format;
  if (format instanceof RegExp) return (value) => format.test(value);
  if (format && typeof format === 'object' && 'validate' in format) return asCheck(format.validate);
  throw new Error('unsupported format definition');
}

const uriReference = asCheck(fullFormats['uri-reference']);

/**
 * iri-reference (RFC 3987), as ajv-formats-draft2019 checks it, with a fast path for the values an
 * SBOM is full of: an http(s) URL that is an RFC 3986 URI-reference is an IRI-reference (URIs are
 * IRIs), and the full check accepts every such URL (absolute, a registered scheme). Anything else
 * (other schemes, relative references, non-ASCII) goes to the full check.
 */
export function iriReference(value) {
  return (/^https?:\/\//i.test(value) && uriReference(value)) || full.iriReference(value);
}

export const formats = {
  'date-time': asCheck(fullFormats['date-time']),
  date: asCheck(fullFormats.date),
  uri: asCheck(fullFormats.uri),
  'iri-reference': iriReference,
  'idn-email': full.idnEmail,
};
