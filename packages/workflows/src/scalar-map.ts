import { Scalar } from 'yaml';

/**
 * Builds, for a YAML scalar, the source offset of every character of its value. `source` is the whole
 * file; `start` and `end` are the scalar's range (for a block scalar, from its `|` / `>` header).
 *
 * The value and its source are walked side by side: equal characters map to each other; a line break
 * folded into a space (folded and flow scalars) maps to the break; indentation, the whitespace YAML
 * strips around line breaks and carriage returns are skipped; escapes (`\t`, `\u00e9`, `''`) map to
 * their first source character. The result is exact for every character written literally, and points
 * at the producing escape or break otherwise.
 */
export function buildScalarOffsetMap(
  source: string,
  start: number,
  end: number,
  type: Scalar.Type | undefined,
  value: string,
): Int32Array {
  const map = new Int32Array(value.length + 1);
  let s = start;
  let lineIndent = 0;
  let block = false;
  let quote: '"' | "'" | undefined;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    block = true;
    // The body starts on the line after the header (`|`, `>-`, `|2`, and an optional comment).
    const headerEnd = source.indexOf('\n', start);
    s = headerEnd === -1 ? end : headerEnd + 1;
    lineIndent = blockContentIndent(source, s, end, value);
  } else if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') {
    quote = type === 'QUOTE_DOUBLE' ? '"' : "'";
    s = start + 1;
    end = Math.max(s, end - 1);
  }
  let atLineStart = false;
  let v = 0;
  while (v < value.length) {
    if (s >= end) {
      map[v++] = Math.max(start, Math.min(s, end) - 1);
      continue;
    }
    if (atLineStart) {
      // Skip the indentation YAML removed: exactly the block indent for block scalars, all leading
      // whitespace for flow scalars (their continuation lines are trimmed).
      let skipped = 0;
      while (s < end && (source[s] === ' ' || (!block && source[s] === '\t')) && (!block || skipped < lineIndent)) {
        s++;
        skipped++;
      }
      atLineStart = false;
      continue;
    }
    const c = source[s];
    const want = value[v];
    if (c === '\r') {
      s++;
      continue;
    }
    if (c === '\n') {
      if (want === '\n' || want === ' ') {
        map[v++] = s;
      }
      s++;
      atLineStart = true;
      continue;
    }
    if (quote === '"' && c === '\\') {
      const next = source[s + 1];
      if (next === '\n' || next === '\r') {
        // An escaped line break joins the lines without a space.
        s += next === '\r' && source[s + 2] === '\n' ? 3 : 2;
        atLineStart = true;
        continue;
      }
      const length = next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
      map[v++] = s;
      // An escape for a character outside the BMP yields two UTF-16 units.
      if (next === 'U' && v < value.length && isLowSurrogate(value.charCodeAt(v))) map[v++] = s;
      s += length;
      continue;
    }
    if (quote === "'" && c === "'" && source[s + 1] === "'") {
      map[v++] = s;
      s += 2;
      continue;
    }
    if (c === want) {
      map[v++] = s++;
      continue;
    }
    // Whitespace YAML trimmed before a line break (flow scalars), or anything else unmatched: skip it.
    s++;
  }
  map[value.length] = value.length ? (map[value.length - 1] ?? start) + 1 : s;
  return map;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The content indentation of a block scalar body: the first non-blank source line's leading spaces,
 * less the spaces its value line keeps (an indentation indicator can keep some).
 */
function blockContentIndent(source: string, bodyStart: number, end: number, value: string): number {
  let i = bodyStart;
  let sourceSpaces = 0;
  while (i < end) {
    let j = i;
    while (j < end && source[j] === ' ') j++;
    if (j < end && source[j] !== '\n' && source[j] !== '\r') {
      sourceSpaces = j - i;
      break;
    }
    const nl = source.indexOf('\n', j);
    if (nl === -1 || nl >= end) return j - i;
    i = nl + 1;
  }
  const firstLine = /^[ \n]*?( *)\S/.exec(value.replace(/^\n+/, ''));
  const kept = firstLine?.[1]?.length ?? 0;
  return Math.max(0, sourceSpaces - kept);
}
