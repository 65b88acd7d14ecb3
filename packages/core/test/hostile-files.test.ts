// The file primitives on hostile paths: what a repository can put where a file is expected.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigurationError,
  hashRegularFile,
  jsonReason,
  readFileBytes,
  readTextFile,
  writeFileAtomic,
} from '../src/index.js';

function refusal(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('not refused');
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-files-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  return dir;
}

describe('readTextFile on what is not a regular file', () => {
  it('refuses a FIFO at once (the open does not wait for a writer)', () => {
    const dir = workspace();
    const fifo = join(dir, '.github', 'workflows', 'ci.yml');
    execFileSync('mkfifo', [fifo]);
    const error = refusal(() => readTextFile(fifo, { displayName: 'ci.yml', kind: 'workflow', workspace: dir }));
    expect(error.code).toBe('not-a-file');
    expect(error.message).toBe('ci.yml is a FIFO, not a regular file; a workflow must be one.');
  });

  it('refuses a device, also when named explicitly', () => {
    const error = refusal(() => readTextFile('/dev/zero', { kind: 'lockfile' }));
    expect(error.code).toBe('not-a-file');
    expect(error.message).toBe('/dev/zero is a device, not a regular file; a lockfile must be one.');
  });

  it('refuses a directory', () => {
    const dir = workspace();
    expect(refusal(() => readTextFile(join(dir, '.github'), { displayName: '.github' })).message).toBe(
      '.github is a directory, not a regular file; a file must be one.',
    );
  });

  it('bounds the bytes actually read, not what stat says (procfs files say 0)', () => {
    expect(statSync('/proc/self/status').size).toBe(0);
    const error = refusal(() => readFileBytes('/proc/self/status', { maxBytes: 16, kind: 'policy file' }));
    expect(error.code).toBe('file-too-large');
    expect(error.message).toMatch(/more than the 16 bytes a policy file may have/);
  });
});

describe('readTextFile and symlinks', () => {
  it('refuses a link from the workspace to .git, never reading it', () => {
    const dir = workspace();
    const link = join(dir, '.github', 'workflows', 'ci.yml');
    symlinkSync('../../.git/config', link);
    const error = refusal(() => readTextFile(link, { displayName: '.github/workflows/ci.yml', workspace: dir }));
    expect(error.code).toBe('outside-workspace');
    expect(error.message).not.toMatch(/AUTHORIZATION|c2VjcmV0/);
  });

  it('refuses a link out of the workspace', () => {
    const dir = workspace();
    const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'secret.yml');
    writeFileSync(outside, 'token: s3cr3t\n');
    const link = join(dir, '.github', 'workflows', 'ci.yml');
    symlinkSync(outside, link);
    expect(refusal(() => readTextFile(link, { workspace: dir })).code).toBe('outside-workspace');
  });

  it('reads a link inside the workspace, and a path outside it that was named explicitly', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'shared.yml'), 'on: push\n');
    const link = join(dir, '.github', 'workflows', 'ci.yml');
    symlinkSync('../../shared.yml', link);
    expect(readTextFile(link, { workspace: dir })).toBe('on: push\n');
    const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'policy.yml');
    writeFileSync(outside, 'exceptions: []\n');
    expect(readTextFile(outside, { workspace: dir })).toBe('exceptions: []\n');
  });
});

describe('readTextFile on bad encodings', () => {
  it('names UTF-16 as UTF-16, with or without a byte-order mark', () => {
    const dir = workspace();
    const withBom = join(dir, 'bom.yml');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('on: push\n', 'utf16le')]));
    const without = join(dir, 'plain.yml');
    writeFileSync(without, Buffer.from('on: push\n', 'utf16le'));
    for (const path of [withBom, without]) {
      const error = refusal(() => readTextFile(path, { displayName: 'x.yml', kind: 'workflow' }));
      expect(error.code).toBe('utf16-file');
      expect(error.message).toBe('x.yml is UTF-16, not UTF-8; a workflow must be UTF-8.');
    }
  });

  it('names CR-only line endings', () => {
    const dir = workspace();
    const path = join(dir, 'ci.yml');
    writeFileSync(path, 'on: push\rjobs:\r  a:\r');
    expect(refusal(() => readTextFile(path, { displayName: 'ci.yml' })).code).toBe('cr-line-endings');
  });
});

describe('hashRegularFile', () => {
  it('streams a regular file and refuses a FIFO', async () => {
    const dir = workspace();
    const file = join(dir, 'artifact.tgz');
    writeFileSync(file, 'bytes');
    const hash = createHash('sha256');
    await hashRegularFile(file, [hash], { workspace: dir });
    expect(hash.digest('hex')).toBe(createHash('sha256').update('bytes').digest('hex'));
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(hashRegularFile(fifo, [createHash('sha256')])).rejects.toThrow(/is a FIFO/);
  });
});

describe('writeFileAtomic on hostile targets', () => {
  it('writes a character device in place and leaves it a device', () => {
    writeFileAtomic('/dev/null', 'discarded\n');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a symlink without a workspace, and writes a link target inside the workspace, keeping the link', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'shared.yml'), 'old\n');
    const link = join(dir, '.github', 'workflows', 'ci.yml');
    symlinkSync('../../shared.yml', link);
    expect(refusal(() => writeFileAtomic(link, 'new\n')).code).toBe('symlink-output');
    writeFileAtomic(link, 'new\n', { workspace: dir });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../../shared.yml');
    expect(readFileSync(join(dir, 'shared.yml'), 'utf8')).toBe('new\n');
  });

  it('refuses a link to .git or out of the workspace, even with the workspace', () => {
    const dir = workspace();
    const link = join(dir, '.github', 'workflows', 'ci.yml');
    symlinkSync('../../.git/config', link);
    expect(refusal(() => writeFileAtomic(link, 'x', { workspace: dir })).code).toBe('symlink-output');
    expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).toMatch(/extraheader/);
  });

  it('refuses a read-only file with one line', () => {
    const dir = workspace();
    const file = join(dir, 'ci.yml');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o444);
    const error = refusal(() => writeFileAtomic(file, 'new\n', { displayName: 'ci.yml' }));
    expect(error.code).toBe('read-only-file');
    expect(readFileSync(file, 'utf8')).toBe('old\n');
  });

  it('refuses a path under /proc without creating directories', () => {
    expect(refusal(() => writeFileAtomic('/proc/self/x/y.json', '{}', { createDirectory: true })).code).toBe(
      'unwritable-output',
    );
  });

  it('creates its temporary file private and uniquely named, and leaves none behind', () => {
    const dir = workspace();
    const file = join(dir, 'sbom.json');
    writeFileAtomic(file, '{}\n');
    writeFileAtomic(file, '{"a":1}\n');
    expect(readdirSync(dir).sort()).toEqual(['.git', '.github', 'sbom.json']);
    expect(statSync(file).mode & 0o777).toBe(0o644);
  });

  it('says why a write failed in one line (a full device)', () => {
    const error = refusal(() => writeFileAtomic('/dev/full', 'x', { displayName: '/dev/full' }));
    expect(error.message).toBe('/dev/full could not be written: ENOSPC.');
  });
});

describe('jsonReason', () => {
  it('never quotes the text JSON.parse failed on, and keeps the position', () => {
    const reasons = ['AUTHORIZATION: basic c2VjcmV0', '{"a": 1} AUTHORIZATION', '[core]\n\textraheader = x'].map(
      (text) => {
        try {
          JSON.parse(text);
        } catch (error) {
          return jsonReason(error);
        }
        return '';
      },
    );
    for (const reason of reasons) expect(reason).not.toMatch(/AUTH|core|extra/);
    expect(reasons[1]).toMatch(/^Unexpected non-whitespace character after JSON at position 9/);
  });
});
