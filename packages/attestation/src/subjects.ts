// Subjects: what an attestation is about. A name and a sha256 digest, from files (streamed, any
// size), from a digest the user gives, or from a sha256sum-format checksums file.
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep, basename } from 'node:path';
import {
  ConfigurationError,
  expandPaths,
  hashBuffers,
  hashRegularFile,
  isConfigurationError,
  readTextFile,
  type ReadTextOptions,
} from '@paved-road/core';

/** What an attestation is about, and what verification compares. */
export interface Subject {
  name: string;
  digest: { sha256: string };
}

/** Where the subjects come from: exactly one source. */
export type SubjectSource =
  | { kind: 'paths'; patterns: string[] }
  | { kind: 'digest'; digest: string; name: string }
  | { kind: 'checksums'; file: string };

/**
 * The most subjects one statement carries (GitHub's attestations API and `gh attestation verify`
 * handle statements of this size); beyond it the subjects are split over several statements.
 */
export const MAX_SUBJECTS_PER_STATEMENT = 1024;

const HEX64 = /^[0-9a-f]{64}$/;
/** sha256 of one regular file, streamed (see hashRegularFile); `workspace` confines a found path. */
export async function sha256File(
  path: string,
  buffers: [Buffer, Buffer] = hashBuffers(),
  options: ReadTextOptions = {},
): Promise<string> {
  const hash = createHash('sha256');
  await hashRegularFile(path, [hash], { kind: 'subject', ...options }, buffers);
  return hash.digest('hex');
}

/**
 * Parses `sha256:<64 hex>` (or the bare 64 hex digits) into lower-case hex. Anything else, including
 * other algorithms, is a ConfigurationError naming the input.
 */
export function parseDigest(raw: string, inputName = 'subject-digest'): string {
  const value = raw.trim();
  const match = /^(?:([A-Za-z0-9-]+):)?([0-9A-Fa-f]+)$/.exec(value);
  const algorithm = match?.[1]?.toLowerCase();
  const hex = match?.[2]?.toLowerCase() ?? '';
  if (!match || (algorithm !== undefined && algorithm !== 'sha256') || !HEX64.test(hex)) {
    throw new ConfigurationError(
      'invalid-input',
      `Input "${inputName}" must be a sha256 digest like sha256:<64 hex digits>, got "${value}".`,
      undefined,
      'Give the digest as sha256: followed by 64 hexadecimal digits (sha256sum prints them).',
    );
  }
  return hex;
}

/**
 * Reads a sha256sum-format file: `<hex>  <name>` (text mode) or `<hex> *<name>` (binary mode), one
 * per line; blank lines and `#` comments are skipped. A malformed line names its line number.
 */
export function parseChecksums(text: string, displayName: string): Subject[] {
  const subjects: Subject[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const match = /^\\?([0-9A-Fa-f]{64}) [ *](.+)$/.exec(line);
    if (!match) {
      throw new ConfigurationError(
        'invalid-checksums',
        `${displayName} line ${index + 1} is not "<sha256 hex>  <file name>".`,
        { file: displayName, line: index + 1 },
        'Write the file with sha256sum (GNU coreutils format).',
      );
    }
    subjects.push({ name: (match[2] as string).trim(), digest: { sha256: (match[1] as string).toLowerCase() } });
  });
  if (subjects.length === 0) {
    throw new ConfigurationError(
      'invalid-checksums',
      `${displayName} lists no checksums.`,
      { file: displayName },
      'Write one "<sha256>  <name>" line per artifact.',
    );
  }
  return subjects;
}

/**
 * Merges duplicates (the same name and digest given twice) and sorts by name, then digest. The same
 * name with two different digests is an error: a verifier could not tell which one is meant.
 */
export function mergeSubjects(subjects: readonly Subject[]): Subject[] {
  const byName = new Map<string, Subject>();
  const seen = new Set<string>();
  const result: Subject[] = [];
  for (const subject of subjects) {
    const key = `${subject.name}\0${subject.digest.sha256}`;
    if (seen.has(key)) continue;
    const other = byName.get(subject.name);
    if (other) {
      throw new ConfigurationError(
        'conflicting-subjects',
        `Subject "${subject.name}" is given with two different digests (${other.digest.sha256} and ${subject.digest.sha256}).`,
        undefined,
        'Give each artifact name once.',
      );
    }
    seen.add(key);
    byName.set(subject.name, subject);
    result.push(subject);
  }
  return result.sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.digest.sha256 < b.digest.sha256 ? -1 : 1,
  );
}

/** Splits subjects into groups of at most MAX_SUBJECTS_PER_STATEMENT, one group per statement. */
export function chunkSubjects(subjects: readonly Subject[], size = MAX_SUBJECTS_PER_STATEMENT): Subject[][] {
  const chunks: Subject[][] = [];
  for (let i = 0; i < subjects.length; i += size) chunks.push(subjects.slice(i, i + size));
  return chunks;
}

/** The subject name of a file: its path relative to the workspace, or its base name when outside. */
export function subjectName(file: string, workspace: string): string {
  const absolute = isAbsolute(file) ? file : resolve(workspace, file);
  const rel = relative(workspace, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return basename(absolute);
  return rel.split(sep).join('/');
}

export interface ComputeSubjectsOptions {
  workspace: string;
  /** Files hashed at once; reads overlap with hashing. Default 4. */
  concurrency?: number;
}

/**
 * Resolves a subject source into merged, sorted subjects. Files are hashed streaming (any size),
 * a few at a time; globs go through core's expandPaths (node_modules and .git never searched).
 */
export async function computeSubjects(source: SubjectSource, options: ComputeSubjectsOptions): Promise<Subject[]> {
  const { workspace } = options;
  if (source.kind === 'digest') {
    const name = source.name.trim();
    if (!name) {
      throw new ConfigurationError(
        'invalid-input',
        'Input "subject-name" is required with "subject-digest".',
        undefined,
        'Name the artifact the digest belongs to.',
      );
    }
    return [{ name, digest: { sha256: parseDigest(source.digest) } }];
  }
  if (source.kind === 'checksums') {
    const file = isAbsolute(source.file) ? source.file : resolve(workspace, source.file);
    const text = readTextFile(file, { displayName: source.file, kind: 'checksums file', workspace });
    return mergeSubjects(parseChecksums(text, source.file));
  }
  const files = expandPaths(source.patterns, { cwd: workspace });
  if (files.length === 0) {
    throw new ConfigurationError(
      'no-subjects',
      `No file matches subject-path (${source.patterns.join(', ')}) in ${workspace}.`,
      undefined,
      'Check that the build wrote its artifacts there, or fix the pattern.',
    );
  }
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const subjects: Subject[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    const buffers = hashBuffers();
    for (;;) {
      const index = next++;
      if (index >= files.length) return;
      const file = files[index] as string;
      const absolute = isAbsolute(file) ? file : resolve(workspace, file);
      let digest: string;
      try {
        digest = await sha256File(absolute, buffers, { displayName: file, workspace });
      } catch (error) {
        if (isConfigurationError(error)) throw error;
        throw new ConfigurationError(
          'unreadable-file',
          `${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
          { file },
          'Check its permissions.',
        );
      }
      subjects[index] = { name: subjectName(absolute, workspace), digest: { sha256: digest } };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return mergeSubjects(subjects);
}
