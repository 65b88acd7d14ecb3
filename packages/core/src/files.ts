import { randomBytes, type Hash } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  read,
  readSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { Minimatch, minimatch } from 'minimatch';
import { ConfigurationError, errorMessage, isConfigurationError } from './errors.js';

/** Largest text file any audit reads; bigger ones are reported, not parsed. */
export const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;

export interface ReadTextOptions {
  /** How the file is named in messages (as the user gave it). Defaults to the path. */
  displayName?: string;
  maxBytes?: number;
  /** What kind of file this is, for the message ("workflow", "lockfile", ...). */
  kind?: string;
  /**
   * The workspace. A path inside it must stay inside it once symlinks are resolved, and never reach a
   * `.git` directory (where the checkout keeps its credentials): repository content may be hostile. A
   * path outside it was named explicitly by whoever configured the run, and is read as given.
   */
  workspace?: string;
}

/**
 * Opens a file for reading, or throws one ConfigurationError naming it: missing, not a regular file
 * (a directory, FIFO, socket or device), or a symlink out of the workspace or into `.git`. The open
 * never blocks (a FIFO with no writer would hang a blocking open) and never follows a link swapped in
 * after the check. The caller closes the descriptor.
 */
export function openRegularFile(path: string, options: ReadTextOptions = {}): number {
  const name = options.displayName ?? path;
  const kind = options.kind ?? 'file';
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new ConfigurationError(
      'missing-file',
      `${kind} ${name} does not exist or cannot be read.`,
      { file: name },
      'Check the path.',
    );
  }
  if (options.workspace !== undefined) refuseEscape(path, real, options.workspace, name, kind);
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW | constants.O_NOCTTY);
  } catch (error) {
    throw new ConfigurationError(
      'unreadable-file',
      `${kind} ${name} could not be opened: ${errorCode(error)}.`,
      { file: name },
      'Check that it is a regular, readable file, or exclude it from the paths.',
    );
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw new ConfigurationError(
      'not-a-file',
      `${name} is ${describeType(stat)}, not a regular file; a ${kind} must be one.`,
      { file: name },
      stat.isDirectory() ? 'Name a file.' : 'Name a regular file, or exclude it from the paths.',
    );
  }
  return fd;
}

/** True when `path` is `root` or lies under it, by the names alone (no symlink resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return !rel.startsWith('..') && !isAbsolute(rel);
}

function refuseEscape(path: string, real: string, workspace: string, name: string, kind: string): void {
  if (!isInside(workspace, path)) return;
  const lexical = relative(resolve(workspace), resolve(path));
  let root: string;
  try {
    root = realpathSync(workspace);
  } catch {
    root = resolve(workspace);
  }
  const inside = relative(root, real);
  const segments = [...lexical.split(sep), ...inside.split(sep)];
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new ConfigurationError(
      'outside-workspace',
      `${name} leads outside the workspace (a symlink); a ${kind} found in the repository is not read from there.`,
      { file: name },
      'Replace the link with the file, or name the target path explicitly.',
    );
  }
  if (segments.includes('.git')) {
    throw new ConfigurationError(
      'outside-workspace',
      `${name} leads into .git; a ${kind} is never read from there.`,
      { file: name },
      'Replace the link with the file, or exclude it from the paths.',
    );
  }
}

function describeType(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : errorMessage(error);
}

const READ_CHUNK = 1 << 16;

/**
 * Reads a regular file's bytes (see openRegularFile), at most `maxBytes`: the bound is on the bytes
 * actually read, not on what stat says (a file can grow while it is read, procfs files say 0).
 */
export function readFileBytes(path: string, options: ReadTextOptions = {}): Buffer {
  const name = options.displayName ?? path;
  const kind = options.kind ?? 'file';
  const maxBytes = options.maxBytes ?? MAX_TEXT_FILE_BYTES;
  const fd = openRegularFile(path, options);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    const size = fstatSync(fd).size;
    // One buffer of the announced size (plus one byte to see growth) when it is within the bound.
    let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
    for (;;) {
      if (total > maxBytes) {
        throw new ConfigurationError(
          'file-too-large',
          `${name} is more than the ${maxBytes} bytes a ${kind} may have.`,
          { file: name },
          'Split it or exclude it from the paths.',
        );
      }
      let read: number;
      try {
        read = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        throw new ConfigurationError(
          'unreadable-file',
          `${kind} ${name} could not be read: ${errorCode(error)}.`,
          { file: name },
          'Check that it is a regular, readable file, or exclude it from the paths.',
        );
      }
      if (read === 0) break;
      chunks.push(buffer.subarray(0, read));
      total += read;
      buffer = read === buffer.length ? Buffer.allocUnsafe(READ_CHUNK) : buffer.subarray(read);
    }
  } finally {
    closeSync(fd);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/**
 * Reads a UTF-8 text file (see readFileBytes) or throws one clear ConfigurationError: missing, not a
 * regular file, outside the workspace, too large, UTF-16, binary (NUL bytes) or not valid UTF-8.
 */
export function readTextFile(path: string, options: ReadTextOptions = {}): string {
  return decodeText(readFileBytes(path, options), options.displayName ?? path, options.kind ?? 'file');
}

/** Read size for hashing: large enough that the per-read overhead vanishes next to the hash itself. */
export const HASH_CHUNK = 1024 * 1024;

/** Read buffers for hashRegularFile; reuse them across files (fresh memory costs a page fault per 4 KiB). */
export function hashBuffers(): [Buffer, Buffer] {
  return [Buffer.allocUnsafe(HASH_CHUNK), Buffer.allocUnsafe(HASH_CHUNK)];
}

const readAsync = promisify(read);

/**
 * Hashes a regular file (see openRegularFile) in fixed-size chunks: any size, flat memory. Two
 * buffers: the next read is in flight on the thread pool while the last one is hashed. `hashes`
 * are updated in place.
 */
export async function hashRegularFile(
  path: string,
  hashes: readonly Hash[],
  options: ReadTextOptions = {},
  buffers: [Buffer, Buffer] = hashBuffers(),
): Promise<void> {
  const fd = openRegularFile(path, options);
  try {
    let turn = 0;
    let pending = readAsync(fd, buffers[0], 0, HASH_CHUNK, null);
    for (;;) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) break;
      turn ^= 1;
      pending = readAsync(fd, buffers[turn]!, 0, HASH_CHUNK, null);
      const chunk = bytesRead === HASH_CHUNK ? buffer : buffer.subarray(0, bytesRead);
      for (const hash of hashes) hash.update(chunk);
    }
  } finally {
    closeSync(fd);
  }
}

/** Strict UTF-8 decoding with a file:line message for binary or malformed content. A BOM is dropped. */
export function decodeText(bytes: Uint8Array, name: string, kind = 'file'): string {
  const nul = bytes.indexOf(0);
  if (isUtf16(bytes, nul)) {
    throw new ConfigurationError(
      'utf16-file',
      `${name} is UTF-16, not UTF-8; a ${kind} must be UTF-8.`,
      { file: name },
      'Save it as UTF-8.',
    );
  }
  if (nul !== -1) {
    throw new ConfigurationError(
      'binary-file',
      `${name} is binary (a NUL byte at offset ${nul}), not a ${kind}.`,
      { file: name, line: lineAtOffset(bytes, nul) },
      'Exclude it from the paths.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8Offset(bytes);
    throw new ConfigurationError(
      'invalid-utf8',
      `${name} is not valid UTF-8 (first bad byte at offset ${bad}).`,
      { file: name, line: lineAtOffset(bytes, bad) },
      'Save it as UTF-8.',
    );
  }
  // Lines ended by CR alone (classic Mac OS): every parser would see one long line, and say so badly.
  if (!text.includes('\n') && /\r[^\r]/.test(text)) {
    throw new ConfigurationError(
      'cr-line-endings',
      `${name} ends its lines with CR alone; a ${kind} needs LF or CRLF line endings.`,
      { file: name, line: 1 },
      'Convert its line endings to LF (e.g. tr "\\r" "\\n").',
    );
  }
  return text;
}

/** A byte-order mark for UTF-16, or ASCII text in UTF-16 (every other byte NUL, from the first). */
function isUtf16(bytes: Uint8Array, nul: number): boolean {
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  if (nul !== 0 && nul !== 1) return false;
  const sample = Math.min(bytes.length, 64) & ~1;
  if (sample < 4) return false;
  for (let i = nul; i < sample; i += 2) if (bytes[i] !== 0) return false;
  return true;
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

export interface WriteOptions {
  /**
   * The workspace: a symlink at the path is followed when its target is a regular file inside it
   * (outside `.git`), so a linked workflow stays a link. Without it, a symlink is refused.
   */
  workspace?: string;
  /** How the file is named in messages. Defaults to the path. */
  displayName?: string;
  /** Create the missing parent directories first (after the checks, so never under /proc). */
  createDirectory?: boolean;
  /**
   * A rewrite of a text file: when the file starts with a UTF-8 byte-order mark (which reading drops),
   * the new text gets it back.
   */
  keepBom?: boolean;
}

/** Kernel file systems: writing there changes the system, not a file (and a mkdir can hang). */
const SYSTEM_DIRECTORIES = ['/proc', '/sys', '/dev/fd'];

/**
 * Names of this process's own output streams, written through the descriptor: opening them by name
 * fails when the stream is a socket (ENXIO), as child processes' pipes often are.
 */
const STANDARD_STREAMS = new Map([
  ['-', 1],
  ['/dev/stdout', 1],
  ['/dev/stderr', 2],
  ['/dev/fd/1', 1],
  ['/dev/fd/2', 2],
  ['/proc/self/fd/1', 1],
  ['/proc/self/fd/2', 2],
]);

/** Temporary files being written, removed if a signal ends the run (see cleanOnSignal). */
const pendingTemps = new Set<string>();
let signalsHooked = false;

/**
 * SIGTERM and SIGINT end a process at once by default, mid-write, leaving a temporary file. With a
 * listener the signal waits for the synchronous write to finish; the listener removes what is still
 * pending and re-raises the signal with the default action, so the exit status stays the signal's.
 */
function cleanOnSignal(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const temp of pendingTemps) {
      try {
        unlinkSync(temp);
      } catch {
        // Already renamed or removed.
      }
    }
    pendingTemps.clear();
    if (process.listenerCount(signal) > 1) return;
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
    process.kill(process.pid, signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/**
 * Writes a file. A regular file (or a new one) is replaced atomically: a private temporary file
 * (unique name, O_EXCL, mode 0600) in the same directory, fsync, rename, with the target's mode
 * kept; a reader sees the old content or the new. What is not a regular file (`-` for stdout, a pipe,
 * /dev/stdout, a character device) is written in place, never replaced. Refused with one line: a
 * read-only file, a symlink (unless `workspace` allows its target), a path under /proc or /sys, a
 * directory. `content` may be a list of pieces, written in order.
 */
export function writeFileAtomic(
  path: string,
  content: string | Uint8Array | readonly Uint8Array[],
  options: WriteOptions = {},
): void {
  const name = options.displayName ?? path;
  try {
    writeChecked(path, name, content, options);
  } catch (error) {
    if (isConfigurationError(error)) throw error;
    throw new ConfigurationError(
      'unwritable-output',
      `${name} could not be written: ${errorCode(error)}.`,
      { file: name },
      'Check that its directory exists and is writable, and that there is space.',
    );
  }
}

function writeChecked(
  path: string,
  name: string,
  content: string | Uint8Array | readonly Uint8Array[],
  options: WriteOptions,
): void {
  const emit = (fd: number): void => {
    if (typeof content === 'string') writeAll(fd, Buffer.from(content, 'utf8'));
    else if ('BYTES_PER_ELEMENT' in content) writeAll(fd, content);
    else inBatches(content, 1 << 20, (bytes) => writeAll(fd, bytes));
  };
  const stream = STANDARD_STREAMS.get(path);
  if (stream !== undefined) {
    emit(stream);
    return;
  }
  const absolute = resolve(path);
  if (SYSTEM_DIRECTORIES.some((dir) => absolute === dir || absolute.startsWith(`${dir}/`))) {
    throw new ConfigurationError(
      'unwritable-output',
      `${name} is under a kernel file system; nothing is written there.`,
      { file: name },
      'Choose a path in a regular directory.',
    );
  }
  let target = absolute;
  let stat: Stats | undefined;
  try {
    stat = lstatSync(absolute);
  } catch {
    stat = undefined;
  }
  if (stat?.isSymbolicLink()) {
    let followed: Stats | undefined;
    try {
      followed = statSync(absolute);
    } catch {
      followed = undefined;
    }
    // /dev/stdout and its kind: a link to a pipe or a terminal, written in place below.
    if (followed && !followed.isFile() && !followed.isDirectory()) stat = followed;
    else {
      target = linkTarget(absolute, name, options.workspace);
      stat = statSync(target);
    }
  }
  if (stat && !stat.isFile()) {
    if (stat.isDirectory()) {
      throw new ConfigurationError('unwritable-output', `${name} is a directory.`, { file: name }, 'Name a file.');
    }
    // A pipe, a terminal, /dev/null: write to it as it is; replacing it would break what reads it.
    const fd = openSync(target, constants.O_WRONLY | constants.O_NOCTTY);
    try {
      emit(fd);
    } finally {
      closeSync(fd);
    }
    return;
  }
  if (!stat && options.createDirectory) mkdirSync(dirname(target), { recursive: true });
  if (stat && options.keepBom && typeof content === 'string' && !content.startsWith('\uFEFF') && startsWithBom(target))
    content = `\uFEFF${content}`;
  const mode = stat ? stat.mode & 0o7777 : 0o644;
  if (stat && (mode & 0o222) === 0) {
    throw new ConfigurationError(
      'read-only-file',
      `${name} is read-only; it is not rewritten.`,
      { file: name },
      'Make it writable (chmod u+w) to let paved-road change it, or run without fixing.',
    );
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
  cleanOnSignal();
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  pendingTemps.add(temp);
  try {
    try {
      emit(fd);
      fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never created or already gone.
    }
    throw error;
  } finally {
    pendingTemps.delete(temp);
  }
}

function startsWithBom(path: string): boolean {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const head = Buffer.alloc(3);
    return readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } finally {
    closeSync(fd);
  }
}

/** Where a symlink at `path` may be written: its regular-file target inside the workspace, or refused. */
function linkTarget(path: string, name: string, workspace: string | undefined): string {
  let real: string | undefined;
  try {
    real = realpathSync(path);
  } catch {
    real = undefined;
  }
  if (workspace !== undefined && real !== undefined) {
    let root: string;
    try {
      root = realpathSync(workspace);
    } catch {
      root = resolve(workspace);
    }
    const inside = relative(root, real);
    if (!inside.startsWith('..') && !isAbsolute(inside) && !inside.split(sep).includes('.git')) {
      if (statSync(real).isFile()) return real;
    }
  }
  throw new ConfigurationError(
    'symlink-output',
    `${name} is a symlink${workspace !== undefined ? ' to something that is not a file in the workspace' : ''}; nothing is written through it.`,
    { file: name },
    'Name the file itself, or replace the link with a regular file.',
  );
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

/** Never searched: a dependency's files are not the repository's, and .git holds its credentials. */
const EXCLUDED_DIRECTORIES = new Set(['node_modules', '.git']);

const GLOB_MAGIC = /[*?[\]{}]/;

/**
 * The files under `cwd` that match `pattern`, relative, forward slashes. Dot-directories and
 * dot-files match like any other name (`.github/actions/*\/action.yml`, `.devcontainer/Dockerfile`,
 * `.github/workflows/.release.yml` are audited; node's glob skips them); node_modules and .git are
 * never entered, nor are links to directories (a loop, or a way out of the workspace). The walk starts
 * at the pattern's literal prefix, goes no deeper than the pattern can match, and skips directories
 * no match can lie under.
 */
function globFiles(cwd: string, pattern: string): string[] {
  const segments = pattern.split('/').filter((segment, i) => segment !== '.' || i > 0);
  const firstMagic = segments.findIndex((segment) => GLOB_MAGIC.test(segment));
  const base = segments.slice(0, firstMagic).join('/');
  const rest = segments.slice(firstMagic);
  const maxDepth = rest.includes('**') ? Infinity : rest.length;
  const matcher = new Minimatch(segments.join('/'), { dot: true });
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(cwd, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (EXCLUDED_DIRECTORIES.has(entry.name) || depth + 1 >= maxDepth) continue;
        if (matcher.match(path, true)) walk(path, depth + 1);
      } else if (matcher.match(path)) {
        found.push(path);
      }
    }
  };
  if (base.split('/').some((segment) => EXCLUDED_DIRECTORIES.has(segment))) return [];
  walk(base, 0);
  return found;
}

/**
 * Expands glob patterns (`!pattern` excludes) to existing files, relative to `cwd`, sorted, with
 * forward slashes. A literal path that does not exist is a ConfigurationError. node_modules and .git
 * are never searched; dot-directories are.
 */
export function expandPaths(patterns: readonly string[], options: ExpandOptions): string[] {
  const list = patterns.length ? patterns : (options.defaults ?? []);
  const include = list.filter((p) => !p.startsWith('!'));
  const found = new Set<string>();
  for (const pattern of include) {
    const isGlob = GLOB_MAGIC.test(pattern);
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
      // A named non-regular file (a FIFO, a device) is kept: reading it gives the one-line refusal.
      if (isFile || (!isDir && existsSync(absolute))) found.add(pattern.split(sep).join('/'));
      if (isDir) {
        for (const file of globFiles(absolute, '**/*')) {
          if (isDirectoryOrDangling(join(absolute, file))) continue;
          const path = posix.join(pattern.split(sep).join('/'), file);
          if (options.inDirectory?.(path) ?? true) found.add(path);
        }
      }
      continue;
    }
    for (const match of globFiles(options.cwd, pattern.split(sep).join('/'))) {
      const absolute = resolve(options.cwd, match);
      if (!isDirectoryOrDangling(absolute)) found.add(relative(options.cwd, absolute).split(sep).join('/'));
    }
  }
  const excluded = list.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return [...found].filter((file) => !excluded.some((pattern) => globMatches(pattern, file))).sort();
}

/**
 * A link to a directory, or a dangling link: nothing to audit. Regular files are kept, and so is what
 * is neither (a FIFO, a device), to be refused with its name when read.
 */
function isDirectoryOrDangling(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return true;
  }
}

function globMatches(pattern: string, file: string): boolean {
  return minimatch(file, pattern, { dot: true });
}
