/** Where in a user's file something is. Lines and columns are 1-based. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
}

/**
 * A problem the user can fix: bad input, a missing file, a malformed document. Exit code 2, one
 * line naming the file, the line and what to do; never a stack trace.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(
    /** Stable, kebab-case: `missing-file`, `invalid-yaml`, `invalid-input`, ... */
    readonly code: string,
    message: string,
    readonly location?: Location,
    /** What to do about it, one sentence. */
    readonly fix?: string,
  ) {
    super(message);
  }

  /** `file:line:column: message (fix)`: the one line a user sees. */
  describe(): string {
    return formatErrorLine(this.message, this.location, this.fix);
  }
}

export function formatLocation(location: Location | undefined): string {
  if (!location) return '';
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  return text;
}

export function formatErrorLine(message: string, location?: Location, fix?: string): string {
  const where = formatLocation(location);
  let text = where ? `${where}: ${message}` : message;
  if (fix && !text.includes(fix)) text += /[.!?]$/.test(text) ? ` ${fix}` : `. ${fix}`;
  return text.replace(/\s+/g, ' ').trim();
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/**
 * The message of anything thrown, for places that must not crash on a non-Error value. Read from
 * the object, not by instanceof: an error may come from another realm (a worker thread, a vm context).
 */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

/**
 * The reason a YAML parser gives, as one line without the parser's position suffix. A parser that
 * ran out of stack on pathological nesting ("Maximum call stack size exceeded") says so plainly.
 */
export function yamlReason(message: string): string {
  if (/call stack/i.test(message)) return 'the document is nested too deeply';
  return (message.split('\n')[0] ?? message).replace(/\s+at line \d+, column \d+:?$/, '');
}

/**
 * Why JSON.parse failed, in one line that never quotes the text: V8's messages include up to ten
 * characters of it (`Unexpected token 'A', "AUTHORIZAT"... is not valid JSON`), and a file that is
 * not JSON at all may be a secret. Positions are kept.
 */
export function jsonReason(error: unknown): string {
  const message = errorMessage(error).split('\n')[0] ?? '';
  if (!/["']|Unexpected token/.test(message)) return message;
  const at = / at position \d+(?: \(line \d+ column \d+\))?/.exec(message);
  return `unexpected character${at ? at[0] : ''}`;
}
