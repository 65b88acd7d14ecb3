import { ConfigurationError } from '@paved-road/core';
import { discoverLockfiles, generateSbom, readLockfile } from '../src/index.js';
import { project, T0 } from './helpers.js';

const options = {
  lockfiles: [],
  format: 'cyclonedx-json' as const,
  specVersion: '1.6' as const,
  includeDev: false,
  validate: true,
  timestamp: T0,
};

async function thrown(fn: () => unknown): Promise<ConfigurationError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

test('a truncated package-lock.json names the file and the last line', async () => {
  const text = '{\n  "name": "x",\n  "lockfileVersion": 3,\n  "packages": {\n    "": {\n';
  const dir = project({ 'package-lock.json': text });
  const error = await thrown(() => readLockfile(dir, 'package-lock.json'));
  expect(error.code).toBe('invalid-lockfile');
  expect(error.location).toMatchObject({ file: 'package-lock.json', line: 6 });
  expect(error.describe()).toMatch(
    /^package-lock\.json:6(:\d+)?: package-lock\.json is not valid JSON .* Regenerate it/,
  );
});

test('invalid JSON in the middle points at its line', async () => {
  const dir = project({ 'package-lock.json': '{\n  "name": "x",\n  "lockfileVersion": 3\n  "packages": {}\n}\n' });
  expect((await thrown(() => readLockfile(dir, 'package-lock.json'))).location).toMatchObject({
    file: 'package-lock.json',
    line: 4,
  });
});

test('an unknown lockfileVersion is an error at the lockfileVersion line', async () => {
  const dir = project({ 'package-lock.json': '{\n  "name": "x",\n  "lockfileVersion": 7,\n  "packages": {}\n}\n' });
  const error = await thrown(() => readLockfile(dir, 'package-lock.json'));
  expect(error.code).toBe('unsupported-lockfile-version');
  expect(error.location).toEqual({ file: 'package-lock.json', line: 3 });
  expect(error.message).toContain('lockfileVersion 7');
});

test('invalid YAML (pnpm) and TOML (Cargo) name file and line', async () => {
  const pnpm = project({ 'pnpm-lock.yaml': "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies: [\n" });
  expect(await thrown(() => readLockfile(pnpm, 'pnpm-lock.yaml'))).toMatchObject({
    code: 'invalid-lockfile',
    location: { file: 'pnpm-lock.yaml', line: expect.any(Number) },
  });
  const cargo = project({ 'Cargo.lock': 'version = 4\n\n[[package]]\nname = "a\n' });
  expect(await thrown(() => readLockfile(cargo, 'Cargo.lock'))).toMatchObject({
    code: 'invalid-lockfile',
    location: { file: 'Cargo.lock', line: 4 },
  });
});

test('a go.mod with an unclosed block is reported as truncated', async () => {
  const dir = project({ 'go.mod': 'module x\n\nrequire (\n\tgithub.com/a/b v1.0.0\n' });
  expect((await thrown(() => readLockfile(dir, 'go.mod'))).describe()).toMatch(
    /^go\.mod:5: .*not closed; the file may be truncated/,
  );
});

test('a lockfile out of sync with package.json is a warning naming the package', async () => {
  const dir = project({
    'package.json': { name: 'x', version: '1.0.0', dependencies: { left: '^2.0.0', missing: '^1.0.0' } },
    'package-lock.json': {
      name: 'x',
      lockfileVersion: 3,
      packages: { '': { name: 'x', dependencies: { left: '^1.0.0' } }, 'node_modules/left': { version: '1.3.0' } },
    },
  });
  const sbom = await generateSbom({ ...options, projectDir: dir });
  expect(sbom.warnings.map((w) => w.message)).toEqual([
    expect.stringMatching(
      /declares left@\^2\.0\.0 but package-lock\.json was written for left@\^1\.0\.0: the lockfile is out of sync/,
    ),
    expect.stringMatching(/declares missing@\^1\.0\.0 but package-lock\.json has no entry for it/),
  ]);
});

test('a locked version outside the declared range is a warning too (lockfile v1)', async () => {
  const dir = project({
    'package.json': { name: 'x', version: '1.0.0', dependencies: { left: '^2.0.0' } },
    'package-lock.json': { name: 'x', lockfileVersion: 1, dependencies: { left: { version: '1.3.0' } } },
  });
  const sbom = await generateSbom({ ...options, projectDir: dir });
  expect(sbom.warnings.map((w) => w.message)).toEqual([
    expect.stringContaining('declares left@^2.0.0 but package-lock.json locks left@1.3.0'),
  ]);
});

test('no lockfile: an error listing the directories searched (root and workspace members)', async () => {
  const dir = project({
    'package.json': { name: 'x', workspaces: ['packages/*'] },
    'packages/a/package.json': { name: 'a' },
    'README.md': 'hi',
  });
  await expect(generateSbom({ ...options, projectDir: dir })).rejects.toMatchObject({
    code: 'no-lockfile',
    message: expect.stringMatching(
      /^No lockfile found\. Looked in \., \.\/packages\/a for npm-shrinkwrap\.json, package-lock\.json, pnpm-lock\.yaml/,
    ),
  });
});

test('an explicit list: a file that is not a lockfile is refused, a missing one is reported', async () => {
  const dir = project({ 'notes.txt': 'x', 'package-lock.json': { lockfileVersion: 3, packages: {} } });
  await expect(generateSbom({ ...options, projectDir: dir, lockfiles: ['notes.txt'] })).rejects.toMatchObject({
    code: 'unsupported-lockfile',
    location: { file: 'notes.txt' },
  });
  await expect(
    generateSbom({ ...options, projectDir: dir, lockfiles: ['sub/package-lock.json'] }),
  ).rejects.toMatchObject({ code: 'missing-file' });
});

test('discovery: the root and workspace members, never a lockfile inside node_modules', async () => {
  const lock = { lockfileVersion: 3, packages: {} };
  const dir = project({
    'package.json': { name: 'x', workspaces: ['packages/*', 'vendor/**'] },
    'package-lock.json': lock,
    'packages/a/package.json': { name: 'a' },
    'packages/a/Cargo.lock': 'version = 4\n',
    'node_modules/dep/package-lock.json': lock,
    'packages/a/node_modules/dep/yarn.lock': '# yarn lockfile v1\n',
    'vendor/node_modules/z/package.json': { name: 'z' },
    'vendor/node_modules/z/package-lock.json': lock,
  });
  expect(await discoverLockfiles(dir, [], '.')).toEqual(['package-lock.json', 'packages/a/Cargo.lock']);
});
