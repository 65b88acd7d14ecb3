// The root component (metadata.component): name, version, license and purl from the project's own
// manifest, and the checkout it was made from (issue #16 point 4).
import { spawnSync } from 'node:child_process';
import { generateSbom, publicRemote, sbomVcs } from '../src/index.js';
import { integrity, project, T0 } from './helpers.js';

const base = {
  lockfiles: [],
  format: 'cyclonedx-json' as const,
  specVersion: '1.6' as const,
  includeDev: false,
  validate: true,
  timestamp: T0,
};

interface Root {
  name: string;
  version?: string;
  purl?: string;
  licenses?: { license?: { id?: string }; expression?: string }[];
  externalReferences?: { type: string; url: string }[];
}
async function rootOf(dir: string, extra: Partial<typeof base> & Record<string, unknown> = {}): Promise<Root> {
  const sbom = await generateSbom({ ...base, projectDir: dir, ...extra });
  return (sbom.document as { metadata: { component: Root } }).metadata.component;
}

const npmLock = (name: string, version: string) => ({
  name,
  version,
  lockfileVersion: 3,
  packages: {
    '': { name, version, dependencies: { a: '1.0.0' } },
    'node_modules/a': { version: '1.0.0', integrity: integrity('a').sri },
  },
});

test('npm: the manifest wins over the lockfile copy; a scoped name is the purl namespace', async () => {
  const dir = project({
    'package.json': { name: '@acme/web', version: '2.1.0', license: 'MIT', dependencies: { a: '1.0.0' } },
    'package-lock.json': npmLock('@acme/web', '2.0.0'),
  });
  expect(await rootOf(dir)).toMatchObject({
    name: '@acme/web',
    version: '2.1.0',
    purl: 'pkg:npm/%40acme/web@2.1.0',
    licenses: [{ license: { id: 'MIT' } }],
  });
  // component-name / component-version name the project: the purl follows them.
  expect(await rootOf(dir, { componentName: 'portal', componentVersion: '9.0.0' })).toMatchObject({
    name: 'portal',
    version: '9.0.0',
    purl: 'pkg:npm/portal@9.0.0',
  });
});

test('a pnpm workspace without a root name is named after its directory, with no purl', async () => {
  const dir = project({
    'package.json': { private: true },
    'pnpm-lock.yaml': "lockfileVersion: '9.0'\n\nimporters:\n\n  .: {}\n",
  });
  const root = await rootOf(dir, { failOnEmpty: false });
  expect(root.name).not.toBe('project');
  expect(root.name).toMatch(/^sbom-test-/);
  expect(root.purl).toBeUndefined();
});

test('requirements.txt takes the project from the pyproject.toml beside it', async () => {
  const dir = project({
    'pyproject.toml': '[project]\nname = "Cachi_Two"\nversion = "0.5.0"\nlicense = "GPL-3.0-only"\n',
    'requirements.txt': `six==1.16.0 --hash=sha256:${'a'.repeat(64)}\n`,
  });
  expect(await rootOf(dir)).toMatchObject({
    name: 'Cachi_Two',
    version: '0.5.0',
    purl: 'pkg:pypi/cachi-two@0.5.0',
    licenses: [{ license: { id: 'GPL-3.0-only' } }],
  });
});

test('Gemfile.lock takes the project from the one gemspec beside it', async () => {
  const dir = project({
    'rubygems.gemspec': `Gem::Specification.new do |spec|
  spec.name = "rubygems-org"
  spec.version = "3.1.0"
  spec.licenses = ["MIT", "Ruby"]
end
`,
    'Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rake (13.0.0)\n\nDEPENDENCIES\n  rake\n',
  });
  expect(await rootOf(dir)).toMatchObject({
    name: 'rubygems-org',
    version: '3.1.0',
    purl: 'pkg:gem/rubygems-org@3.1.0',
    licenses: [{ expression: '(MIT OR Ruby)' }],
  });
});

test('Cargo.toml, go.mod and composer.json give their purls', async () => {
  const cargo = project({
    'Cargo.toml': '[package]\nname = "ripgrep"\nversion = "14.1.0"\nlicense = "Unlicense OR MIT"\n',
    'Cargo.lock': `version = 4\n\n[[package]]\nname = "ripgrep"\nversion = "14.1.0"\ndependencies = ["memchr"]\n\n[[package]]\nname = "memchr"\nversion = "2.7.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${'c'.repeat(64)}"\n`,
  });
  expect(await rootOf(cargo)).toMatchObject({
    name: 'ripgrep',
    version: '14.1.0',
    purl: 'pkg:cargo/ripgrep@14.1.0',
    licenses: [{ expression: 'Unlicense OR MIT' }],
  });
  const go = project({ 'go.mod': 'module github.com/anchore/syft\n\ngo 1.22\n\nrequire golang.org/x/mod v0.17.0\n' });
  expect(await rootOf(go)).toMatchObject({
    name: 'github.com/anchore/syft',
    purl: 'pkg:golang/github.com/anchore/syft',
  });
  const composer = project({
    'composer.json': { name: 'composer/composer', version: '2.8.0', license: 'MIT', require: { 'psr/log': '^3' } },
    'composer.lock': { packages: [{ name: 'psr/log', version: '3.0.0' }], 'packages-dev': [] },
  });
  expect(await rootOf(composer)).toMatchObject({
    name: 'composer/composer',
    purl: 'pkg:composer/composer/composer@2.8.0',
  });
});

describe('the checkout', () => {
  test('the origin remote (without credentials) and HEAD are the root vcs reference', async () => {
    const dir = project({
      'package.json': { name: 'web', version: '1.0.0', dependencies: { a: '1.0.0' } },
      'package-lock.json': npmLock('web', '1.0.0'),
    });
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('remote', 'add', 'origin', 'https://x-access-token:ghs_secret@github.com/acme/web.git');
    git('add', '.');
    git('commit', '-qm', 'init');
    const head = git('rev-parse', 'HEAD').stdout.trim();
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    const root = await rootOf(dir, { vcs: sbomVcs(dir) });
    expect(root.externalReferences).toEqual([{ type: 'vcs', url: `https://github.com/acme/web.git#${head}` }]);
    expect(JSON.stringify(root)).not.toContain('ghs_secret');
  });

  test('outside a checkout there is none', async () => {
    expect(await sbomVcs(project({ 'a.txt': 'x' }))).toBeUndefined();
  });

  test.each([
    ['git@github.com:acme/web.git', 'ssh://github.com/acme/web.git'],
    ['https://user:pass@gitlab.com/acme/web?x=1', 'https://gitlab.com/acme/web'],
    ['ssh://git@github.com/acme/web.git', 'ssh://github.com/acme/web.git'],
    ['/srv/repos/web.git', undefined],
    ['file:///srv/repos/web.git', undefined],
    ['', undefined],
  ])('publicRemote(%j) is %j', (remote, expected) => {
    expect(publicRemote(remote)).toBe(expected);
  });
});
