import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, expandPaths, readTextFile, writeFileAtomic } from '../src/index.js';

describe('writeFileAtomic', () => {
  it('replaces the file by a rename (a new inode: readers see the old or the new file), keeping its mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const file = join(dir, 'ci.yml');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    const before = statSync(file);
    writeFileAtomic(file, 'new\n');
    const after = statSync(file);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['ci.yml']);
  });

  it('leaves nothing behind when the write cannot happen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    expect(() => writeFileAtomic(join(dir, 'missing', 'ci.yml'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeFileAtomic with pieces', () => {
  it('writes a list of pieces in order: small ones gathered, ones over the batch size as they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const file = join(dir, 'sbom.json');
    const big = Buffer.alloc((1 << 20) + 3, 'b');
    const pieces = [
      Buffer.from('{'),
      ...Array.from({ length: 3000 }, (_, i) => Buffer.from(`"${i}":${'x'.repeat(i % 700)},`)),
      big,
      Buffer.from('"end":1}'),
    ];
    writeFileAtomic(file, pieces);
    expect(readFileSync(file).equals(Buffer.concat(pieces))).toBe(true);
    writeFileAtomic(file, []);
    expect(readFileSync(file).length).toBe(0);
    expect(readdirSync(dir)).toEqual(['sbom.json']);
  });
});

describe('expandPaths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'expand-'));
  for (const file of [
    '.github/workflows/ci.yml',
    '.github/workflows/release.yml',
    'node_modules/.github/workflows/dep.yml',
    'node_modules/pkg/action.yml',
    '.git/.github/workflows/x.yml',
    'pkg/.github/workflows/pkg.yml',
    'pkg/action.yml',
    'action.yml',
  ]) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'on: push\n');
  }

  it('never looks into node_modules or .git, whichever segment of the pattern could reach them', () => {
    expect(expandPaths(['.github/workflows/*.yml'], { cwd: dir })).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
    ]);
    expect(expandPaths(['*/.github/workflows/*.yml'], { cwd: dir })).toEqual(['pkg/.github/workflows/pkg.yml']);
    expect(expandPaths(['.*/.github/workflows/*.yml', '{node_modules,pkg}/*.yml'], { cwd: dir })).toEqual([
      'pkg/action.yml',
    ]);
    expect(expandPaths(['**/action.yml'], { cwd: dir })).toEqual(['action.yml', 'pkg/action.yml']);
  });

  it('!pattern excludes, with or without **', () => {
    expect(expandPaths(['.github/workflows/*.yml', '!**/release.yml'], { cwd: dir })).toEqual([
      '.github/workflows/ci.yml',
    ]);
    expect(expandPaths(['**/*.yml', '!pkg/**', '!.github/**'], { cwd: dir })).toEqual(['action.yml']);
  });

  it('descends into dot-directories and matches dot-files, but never node_modules or .git', () => {
    const root = mkdtempSync(join(tmpdir(), 'expand-dot-'));
    for (const file of [
      '.github/actions/setup/action.yml',
      '.github/workflows/.release.yml',
      '.github/docker/Dockerfile',
      '.devcontainer/Dockerfile',
      '.git/hooks/action.yml',
      'node_modules/.bin/action.yml',
    ]) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), 'x\n');
    }
    expect(
      expandPaths([], { cwd: root, defaults: ['.github/workflows/*.yml', '**/action.yml', '**/Dockerfile'] }),
    ).toEqual([
      '.devcontainer/Dockerfile',
      '.github/actions/setup/action.yml',
      '.github/docker/Dockerfile',
      '.github/workflows/.release.yml',
    ]);
    expect(expandPaths(['.github'], { cwd: root })).toEqual([
      '.github/actions/setup/action.yml',
      '.github/docker/Dockerfile',
      '.github/workflows/.release.yml',
    ]);
  });

  it('inDirectory picks the files a directory argument gives, and leaves named files alone', () => {
    writeFileSync(join(dir, 'pkg/README.md'), '# pkg\n');
    const yaml = (file: string) => file.endsWith('.yml');
    expect(expandPaths(['pkg'], { cwd: dir })).toContain('pkg/README.md');
    expect(expandPaths(['pkg'], { cwd: dir, inDirectory: yaml })).toEqual([
      'pkg/.github/workflows/pkg.yml',
      'pkg/action.yml',
    ]);
    expect(expandPaths(['pkg/README.md'], { cwd: dir, inDirectory: yaml })).toEqual(['pkg/README.md']);
  });
});

describe('readTextFile', () => {
  it('a file found but not readable is bad input naming the file and the reason, not an internal error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-'));
    const path = join(dir, 'ci.yml');
    // Found by stat, but every read answers EIO.
    symlinkSync('/proc/self/mem', path);
    let error: unknown;
    try {
      readTextFile(path, { displayName: '.github/workflows/ci.yml', kind: 'workflow' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).code).toBe('unreadable-file');
    expect((error as ConfigurationError).message).toMatch(
      /^workflow \.github\/workflows\/ci\.yml could not be read: EIO/,
    );
    expect((error as ConfigurationError).location).toEqual({ file: '.github/workflows/ci.yml' });
  });
});
