import { parse, YAMLParseError } from 'yaml';
import { ConfigurationError } from '@paved-road/core';

/** Parses a YAML lockfile; a syntax error becomes a ConfigurationError at its line and column. */
export function parseYamlFile(text: string, file: string): unknown {
  try {
    // uniqueKeys off: lockfiles are machine-written; a huge document should not pay for the check.
    return parse(text, { uniqueKeys: false, maxAliasCount: -1, strict: false });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      throw new ConfigurationError(
        'invalid-lockfile',
        `${file} is not valid YAML (${error.code}: ${error.message.split('\n')[0]}); it may be truncated or hand-edited.`,
        { file, line: pos?.line, column: pos?.col },
        'Regenerate it with the package manager, then run again.',
      );
    }
    throw error;
  }
}
