// Patterns of the CycloneDX schemas that have an equivalent expression V8 runs faster, substituted by
// scripts/compile-schemas.mjs where the compiled validator builds its RegExp (its error messages keep
// the schema's own text). Plain JavaScript, read by that script and by the tests.

/**
 * hash-content tries each length in turn, reading a 128-digit hash five times; the equivalent reads
 * the first 32 digits once and then branches on what follows: 32, 40, 64, 96 or 128 digits, nothing else.
 */
export const EQUIVALENT_PATTERNS = {
  '^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$':
    '^[a-fA-F0-9]{32}(?:[a-fA-F0-9]{8}|[a-fA-F0-9]{32}(?:[a-fA-F0-9]{32}){0,2})?$',
};
