import { parse, TomlError } from 'smol-toml';
import { ConfigurationError } from '@paved-road/core';

/** Parses a TOML lockfile; a syntax error becomes a ConfigurationError at its line and column. */
export function parseTomlFile(text: string, file: string): Record<string, unknown> {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) {
      throw new ConfigurationError(
        'invalid-lockfile',
        `${file} is not valid TOML (${error.message.split('\n')[0]}); it may be truncated or hand-edited.`,
        { file, line: error.line, column: error.column },
        'Regenerate it with the package manager, then run again.',
      );
    }
    throw error;
  }
}
