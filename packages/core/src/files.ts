import {
  closeSync,
  fsyncSync,
  globSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { ConfigurationError, errorMessage } from './errors.js';

/** Largest text file any audit reads; bigger ones are reported, not parsed. */
export const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;

export interface ReadTextOptions {
  /** How the file is named in messages (as the user gave it). Defaults to the path. */
  displayName?: string;
  maxBytes?: number;
  /** What kind of file this is, for the message ("workflow", "lockfile", ...). */
  kind?: string;
}

/**
 * Reads a UTF-8 text file or throws one clear ConfigurationError: missing, a directory, too large,
 * binary (NUL bytes) or not valid UTF-8 (with the line of the first bad byte).
 */
export function readTextFile(path: string, options: ReadTextOptions = {}): string {
  const name = options.displayName ?? path;
  const kind = options.kind ?? 'file';
  const maxBytes = options.maxBytes ?? MAX_TEXT_FILE_BYTES;
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      throw new ConfigurationError(
        'not-a-file',
        `${name} is a directory, not a ${kind}.`,
        { file: name },
        'Name a file.',
      );
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      'missing-file',
      `${kind} ${name} does not exist or cannot be read.`,
      { file: name },
      'Check the path.',
    );
  }
  if (size > maxBytes) {
    throw new ConfigurationError(
      'file-too-large',
      `${name} is ${size} bytes, more than the ${maxBytes} bytes a ${kind} may have.`,
      { file: name },
      'Split it or exclude it from the paths.',
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    // Found but not readable (a device that answers EIO, a file removed or locked in between).
    throw new ConfigurationError(
      'unreadable-file',
      `${kind} ${name} could not be read: ${errorMessage(error)}.`,
      { file: name },
      'Check that it is a regular, readable file, or exclude it from the paths.',
    );
  }
  return decodeText(bytes, name, kind);
}

/** Strict UTF-8 decoding with a file:line message for binary or malformed content. A BOM is dropped. */
export function decodeText(bytes: Uint8Array, name: string, kind = 'file'): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ConfigurationError(
      'binary-file',
      `${name} is binary (a NUL byte at offset ${nul}), not a ${kind}.`,
      { file: name, line: lineAtOffset(bytes, nul) },
      'Exclude it from the paths.',
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    const bad = firstInvalidUtf8Offset(bytes);
    throw new ConfigurationError(
      'invalid-utf8',
      `${name} is not valid UTF-8 (first bad byte at offset ${bad}).`,
      { file: name, line: lineAtOffset(bytes, bad) },
      'Save it as UTF-8.',
    );
  }
}

function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest failing prefix; a prefix ending inside a valid sequence also fails,
  // so step back over continuation bytes.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1));
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  let offset = lo;
  while (offset > 0 && ((bytes[offset] ?? 0) & 0xc0) === 0x80) offset--;
  return offset;
}

function writeAll(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written, data.length - written);
}

/**
 * Hands `pieces` to `emit` in order, small ones gathered into batches of up to `size` bytes (pieces
 * of that size or more go as they are): many small writes or hash updates become a few large ones,
 * without joining everything into one copy.
 */
export function inBatches(pieces: readonly Uint8Array[], size: number, emit: (bytes: Uint8Array) => void): void {
  let batch: Buffer | undefined;
  let used = 0;
  const flush = () => {
    if (used) emit(batch!.subarray(0, used));
    used = 0;
  };
  for (const piece of pieces) {
    if (piece.length >= size) {
      flush();
      emit(piece);
      continue;
    }
    batch ??= Buffer.allocUnsafe(size);
    if (used + piece.length > size) flush();
    batch.set(piece, used);
    used += piece.length;
  }
  flush();
}

/**
 * Writes a file atomically: a temporary file in the same directory, fsync, rename. A reader sees the
 * old content or the new, never a half-written file; the original mode is kept. `content` may be
 * a list of pieces, written in order.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array | readonly Uint8Array[]): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    mode = undefined;
  }
  const fd = openSync(temp, 'w', mode ?? 0o644);
  try {
    if (typeof content === 'string') writeAll(fd, Buffer.from(content, 'utf8'));
    else if ('BYTES_PER_ELEMENT' in content) writeAll(fd, content);
    else inBatches(content, 1 << 20, (bytes) => writeAll(fd, bytes));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}

export interface ExpandOptions {
  /** Directory the patterns are relative to. */
  cwd: string;
  /** Used when `patterns` is empty. */
  defaults?: readonly string[];
  /** Fail when a literal (non-glob) path does not exist. Default true. */
  strict?: boolean;
  /**
   * Which files under a directory argument are taken (by their path as returned); default all. A
   * directory holds files of every kind (a README, a key): only those the command reads as its
   * format are parsed, so no other file's text is ever quoted. Files named or globbed are all taken.
   */
  inDirectory?: (file: string) => boolean;
}

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];
const EXCLUDED_DIRECTORIES = ['node_modules', '.git'];

/**
 * True when a match of `pattern` could lie inside node_modules or .git: it has `**`, or one of its
 * directory segments can be one of them. Glob's exclude patterns are tested against every entry
 * walked (for `.github/workflows/*.yml` over 10,000 files, most of the glob's time), so a pattern
 * that cannot reach those directories is globbed without them.
 */
function reachesExcluded(pattern: string): boolean {
  const segments = pattern.split('/').slice(0, -1);
  return (
    pattern.includes('**') ||
    segments.some((segment) => EXCLUDED_DIRECTORIES.some((dir) => minimatch(dir, segment, { dot: true })))
  );
}

/**
 * Expands glob patterns (`!pattern` excludes) to existing files, relative to `cwd`, sorted, with
 * forward slashes. A literal path that does not exist is a ConfigurationError. node_modules and .git
 * are never searched.
 */
export function expandPaths(patterns: readonly string[], options: ExpandOptions): string[] {
  const list = patterns.length ? patterns : (options.defaults ?? []);
  const include = list.filter((p) => !p.startsWith('!'));
  const negated = list.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const exclude = [...ALWAYS_EXCLUDED, ...negated];
  const found = new Set<string>();
  for (const pattern of include) {
    const isGlob = /[*?[\]{}]/.test(pattern);
    if (!isGlob) {
      const absolute = isAbsolute(pattern) ? pattern : resolve(options.cwd, pattern);
      let isFile = false;
      let isDir = false;
      try {
        const stat = statSync(absolute);
        isFile = stat.isFile();
        isDir = stat.isDirectory();
      } catch {
        if (options.strict !== false) {
          throw new ConfigurationError(
            'missing-file',
            `${pattern} does not exist.`,
            { file: pattern },
            'Check the path, or use a glob pattern.',
          );
        }
      }
      if (isFile) found.add(pattern.split(sep).join('/'));
      if (isDir) {
        for (const file of globSync('**/*', { cwd: absolute, exclude: ALWAYS_EXCLUDED })) {
          const path = join(pattern, file).split(sep).join('/');
          if ((options.inDirectory?.(path) ?? true) && statSync(join(absolute, file)).isFile()) found.add(path);
        }
      }
      continue;
    }
    const excludeHere = reachesExcluded(pattern) ? exclude : negated;
    for (const match of globSync(pattern, {
      cwd: options.cwd,
      ...(excludeHere.length ? { exclude: excludeHere } : {}),
    })) {
      const absolute = resolve(options.cwd, match);
      try {
        if (statSync(absolute).isFile()) found.add(relative(options.cwd, absolute).split(sep).join('/'));
      } catch {
        // A dangling link: nothing to audit.
      }
    }
  }
  const excluded = list.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return [...found].filter((file) => !excluded.some((pattern) => globMatches(pattern, file))).sort();
}

function globMatches(pattern: string, file: string): boolean {
  return minimatch(file, pattern, { dot: true });
}
