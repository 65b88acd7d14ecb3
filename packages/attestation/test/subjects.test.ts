import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@paved-road/core';
import {
  chunkSubjects,
  computeSubjects,
  mergeSubjects,
  parseChecksums,
  parseDigest,
  sha256File,
  subjectName,
} from '../src/subjects.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'subjects-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

describe('sha256File', () => {
  it.each([0, 1, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 12345])(
    'matches a one-shot hash for %i bytes (chunk boundaries)',
    async (size) => {
      const data = randomBytes(size);
      writeFileSync(join(dir, 'f'), data);
      expect(await sha256File(join(dir, 'f'))).toBe(sha256(data));
    },
  );

  it('gives right answers when the read buffers are reused across files', async () => {
    const a = randomBytes(2.5 * 1024 * 1024);
    const b = randomBytes(100);
    writeFileSync(join(dir, 'a'), a);
    writeFileSync(join(dir, 'b'), b);
    const buffers: [Buffer, Buffer] = [Buffer.alloc(1024 * 1024), Buffer.alloc(1024 * 1024)];
    expect(await sha256File(join(dir, 'a'), buffers)).toBe(sha256(a));
    expect(await sha256File(join(dir, 'b'), buffers)).toBe(sha256(b));
  });
});

describe('parseDigest', () => {
  it('accepts sha256:<hex> and bare hex, any case, and returns lower-case hex', () => {
    expect(parseDigest(`sha256:${'AB'.repeat(32)}`)).toBe('ab'.repeat(32));
    expect(parseDigest('cd'.repeat(32))).toBe('cd'.repeat(32));
  });
  it.each([
    'sha256:abc',
    `sha1:${'a'.repeat(40)}`,
    `sha512:${'a'.repeat(64)}`,
    `sha256:${'g'.repeat(64)}`,
    '',
    `sha256:${'a'.repeat(65)}`,
  ])('refuses %p', (raw) => {
    expect(() => parseDigest(raw)).toThrow(ConfigurationError);
  });
});

describe('parseChecksums', () => {
  it('reads text and binary mode lines, skipping blanks and comments', () => {
    const text = `# release\n${'a'.repeat(64)}  app.tgz\n\n${'B'.repeat(64)} *app with space.zip\n`;
    expect(parseChecksums(text, 'SUMS')).toEqual([
      { name: 'app.tgz', digest: { sha256: 'a'.repeat(64) } },
      { name: 'app with space.zip', digest: { sha256: 'b'.repeat(64) } },
    ]);
  });
  it('names the line of a malformed entry', () => {
    const error = (() => {
      try {
        parseChecksums(`${'a'.repeat(64)}  ok\nnot a checksum\n`, 'SUMS');
      } catch (e) {
        return e as ConfigurationError;
      }
      return undefined;
    })();
    expect(error?.location).toEqual({ file: 'SUMS', line: 2 });
  });
});

describe('mergeSubjects and chunkSubjects', () => {
  it('merges exact duplicates and sorts by name', () => {
    const a = { name: 'b', digest: { sha256: '1'.repeat(64) } };
    const b = { name: 'a', digest: { sha256: '2'.repeat(64) } };
    expect(mergeSubjects([a, b, { ...a }])).toEqual([b, a]);
  });
  it('refuses one name with two digests', () => {
    expect(() =>
      mergeSubjects([
        { name: 'x', digest: { sha256: '1'.repeat(64) } },
        { name: 'x', digest: { sha256: '2'.repeat(64) } },
      ]),
    ).toThrow(/two different digests/);
  });
  it('splits into statements of at most 1,024 subjects', () => {
    const many = Array.from({ length: 2049 }, (_, i) => ({ name: String(i), digest: { sha256: sha256(String(i)) } }));
    expect(chunkSubjects(many).map((c) => c.length)).toEqual([1024, 1024, 1]);
  });
});

describe('computeSubjects', () => {
  it('expands globs, merges files named twice, names them relative to the workspace', async () => {
    mkdirSync(join(dir, 'dist/sub'), { recursive: true });
    writeFileSync(join(dir, 'dist/a.bin'), 'a');
    writeFileSync(join(dir, 'dist/sub/b.bin'), 'b');
    writeFileSync(join(dir, 'dist/skip.txt'), 'c');
    symlinkSync(join(dir, 'dist/a.bin'), join(dir, 'dist/link.bin'));
    const subjects = await computeSubjects(
      { kind: 'paths', patterns: ['dist/**/*.bin', join(dir, 'dist/a.bin'), '!dist/link.bin'] },
      { workspace: dir },
    );
    expect(subjects).toEqual([
      { name: 'dist/a.bin', digest: { sha256: sha256('a') } },
      { name: 'dist/sub/b.bin', digest: { sha256: sha256('b') } },
    ]);
  });
  it('names a file outside the workspace by its base name', () => {
    expect(subjectName('/elsewhere/out/app.tgz', dir)).toBe('app.tgz');
    expect(subjectName('out/app.tgz', dir)).toBe('out/app.tgz');
  });
  it('fails with a clear message when nothing matches', async () => {
    await expect(computeSubjects({ kind: 'paths', patterns: ['dist/*.tgz'] }, { workspace: dir })).rejects.toThrow(
      /No file matches subject-path \(dist\/\*\.tgz\)/,
    );
  });
  it('takes a digest and a name', async () => {
    expect(
      await computeSubjects(
        { kind: 'digest', digest: `sha256:${'F'.repeat(64)}`, name: 'ghcr.io/o/img' },
        { workspace: dir },
      ),
    ).toEqual([{ name: 'ghcr.io/o/img', digest: { sha256: 'f'.repeat(64) } }]);
  });
});
