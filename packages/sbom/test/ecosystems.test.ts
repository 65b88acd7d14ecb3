import { readLockfile } from '../src/index.js';
import { project } from './helpers.js';

const H = (c: string) => c.repeat(64);

test('Cargo.lock: checksum is the crate SHA-256; workspace crates are local; git sources get vcs_url', async () => {
  const dir = project({
    'Cargo.toml': '[package]\nname = "app"\nversion = "0.2.0"\n',
    'Cargo.lock': `version = 4

[[package]]
name = "app"
version = "0.2.0"
dependencies = ["serde", "helper", "gitdep"]

[[package]]
name = "helper"
version = "0.1.0"

[[package]]
name = "serde"
version = "1.0.200"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${H('a')}"

[[package]]
name = "gitdep"
version = "0.5.0"
source = "git+https://github.com/acme/gitdep?rev=abc#abc1234"
`,
  });
  const graph = await readLockfile(dir, 'Cargo.lock');
  expect(graph.root).toMatchObject({ name: 'app', version: '0.2.0' });
  expect(graph.packages.get('pkg:cargo/serde@1.0.200')!.hashes).toEqual([{ alg: 'SHA-256', content: H('a') }]);
  const helper = [...graph.packages.values()].find((p) => p.name === 'helper')!;
  expect(helper.local).toBe(true);
  expect(helper.purl).toBeUndefined();
  expect([...graph.packages.keys()]).toContain(
    'pkg:cargo/gitdep@0.5.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Facme%2Fgitdep%23abc1234',
  );
  expect([...graph.root.dependsOn].sort()).toEqual([...graph.packages.keys()].sort());
});

test('go.mod: direct and indirect requirements, replace applied, go.sum h1 kept as a property only', async () => {
  const dir = project({
    'go.mod': `module example.com/app

go 1.22

require (
\tgithub.com/a/b v1.2.3
\tgolang.org/x/text v0.14.0 // indirect
)

require example.com/old v1.0.0

replace example.com/old => example.com/new v1.1.0

retract (
\tv0.1.0 // broken
)
`,
    'go.sum':
      'github.com/a/b v1.2.3 h1:abc=\ngithub.com/a/b v1.2.3/go.mod h1:def=\ngolang.org/x/text v0.14.0 h1:ghi=\nexample.com/new v1.1.0 h1:jkl=\n',
  });
  const graph = await readLockfile(dir, 'go.mod');
  expect([...graph.packages.keys()].sort()).toEqual([
    'pkg:golang/example.com/new@v1.1.0',
    'pkg:golang/github.com/a/b@v1.2.3',
    'pkg:golang/golang.org/x/text@v0.14.0',
    // From the `go` line.
    'pkg:golang/stdlib@1.22',
  ]);
  const b = graph.packages.get('pkg:golang/github.com/a/b@v1.2.3')!;
  expect(b.hashes).toEqual([]);
  expect(b.properties).toEqual([['paved-road:go:sum', 'h1:abc=']]);
  expect([...graph.root.dependsOn].sort()).toEqual([
    'pkg:golang/example.com/new@v1.1.0',
    'pkg:golang/github.com/a/b@v1.2.3',
    'pkg:golang/stdlib@1.22',
  ]);
  expect(graph.warnings).toEqual([]);
});

test('poetry.lock: several artifacts are distribution references, not component hashes; groups give scopes', async () => {
  const dir = project({
    'pyproject.toml': '[project]\nname = "py"\nversion = "1.0"\ndependencies = ["Requests>=2"]\n',
    'poetry.lock': `[[package]]
name = "requests"
version = "2.31.0"
optional = false
groups = ["main"]
files = [
    {file = "requests-2.31.0-py3-none-any.whl", hash = "sha256:${H('1')}"},
    {file = "requests-2.31.0.tar.gz", hash = "sha256:${H('2')}"},
]

[package.dependencies]
idna = ">=2"

[[package]]
name = "idna"
version = "3.6"
optional = false
groups = ["main"]
files = [{file = "idna-3.6.tar.gz", hash = "sha256:${H('3')}"}]

[[package]]
name = "pytest"
version = "8.0.0"
optional = false
groups = ["dev"]
files = []

[metadata]
lock-version = "2.1"
`,
  });
  const graph = await readLockfile(dir, 'poetry.lock');
  const requests = graph.packages.get('pkg:pypi/requests@2.31.0')!;
  expect(requests.hashes).toEqual([]);
  // poetry.lock names the files; PyPI serves each at a URL derived from its name.
  expect(requests.files.map((f) => f.url)).toEqual([
    'https://files.pythonhosted.org/packages/py3/r/requests/requests-2.31.0-py3-none-any.whl',
    'https://files.pythonhosted.org/packages/source/r/requests/requests-2.31.0.tar.gz',
  ]);
  expect(graph.packages.get('pkg:pypi/idna@3.6')!.hashes).toEqual([{ alg: 'SHA-256', content: H('3') }]);
  expect(graph.packages.get('pkg:pypi/pytest@8.0.0')!.dev).toBe(true);
  expect([...graph.root.dependsOn]).toEqual(['pkg:pypi/requests@2.31.0']);
});

test('uv.lock: the editable project is the root; dev groups are dev; URLs on distribution references', async () => {
  const dir = project({
    'pyproject.toml': '[project]\nname = "svc"\nversion = "0.4.0"\n',
    'uv.lock': `version = 1

[[package]]
name = "svc"
version = "0.4.0"
source = { editable = "." }
dependencies = [{ name = "anyio" }]

[package.dev-dependencies]
dev = [{ name = "ruff" }]

[[package]]
name = "anyio"
version = "4.0.0"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.example/anyio-4.0.0.tar.gz", hash = "sha256:${H('4')}", size = 1 }

[[package]]
name = "ruff"
version = "0.5.0"
source = { registry = "https://pypi.org/simple" }
`,
  });
  const graph = await readLockfile(dir, 'uv.lock');
  expect(graph.root).toMatchObject({ name: 'svc', version: '0.4.0' });
  expect(graph.packages.get('pkg:pypi/anyio@4.0.0')).toMatchObject({
    dev: false,
    hashes: [{ alg: 'SHA-256', content: H('4') }],
    files: [{ url: 'https://files.example/anyio-4.0.0.tar.gz' }],
  });
  expect(graph.packages.get('pkg:pypi/ruff@0.5.0')!.dev).toBe(true);
  expect([...graph.packages.keys()].sort()).toEqual(['pkg:pypi/anyio@4.0.0', 'pkg:pypi/ruff@0.5.0']);
});

test('requirements.txt: pins with hashes; continuation lines; unpinned names are warnings', async () => {
  const dir = project({
    'requirements.txt': `# generated
Django==5.0.1 \\
    --hash=sha256:${H('5')} \\
    --hash=sha256:${H('6')}
six==1.16.0 --hash=sha256:${H('7')}
flask>=2
`,
  });
  const graph = await readLockfile(dir, 'requirements.txt');
  const django = graph.packages.get('pkg:pypi/django@5.0.1')!;
  expect(django.hashes).toEqual([]);
  expect(django.files).toEqual([
    { url: 'https://pypi.org/simple/django/', hashes: [{ alg: 'SHA-256', content: H('5') }] },
    { url: 'https://pypi.org/simple/django/', hashes: [{ alg: 'SHA-256', content: H('6') }] },
  ]);
  expect(graph.packages.get('pkg:pypi/six@1.16.0')!.hashes).toEqual([{ alg: 'SHA-256', content: H('7') }]);
  expect(graph.warnings).toEqual([expect.stringMatching(/^requirements\.txt:6: "flask" is not pinned/)]);
});

test('Gemfile.lock: platform variants, CHECKSUMS, dev groups from the Gemfile', async () => {
  const dir = project({
    Gemfile: 'source "https://rubygems.org"\ngem "rails"\ngroup :development, :test do\n  gem "rspec"\nend\n',
    'Gemfile.lock': `GEM
  remote: https://rubygems.org/
  specs:
    ffi (1.17.0)
    ffi (1.17.0-x86_64-linux-gnu)
    rails (7.1.0)
      ffi (>= 1.0)
    rspec (3.13.0)

PLATFORMS
  ruby
  x86_64-linux-gnu

DEPENDENCIES
  rails
  rspec

CHECKSUMS
  ffi (1.17.0) sha256=${H('8')}
  ffi (1.17.0-x86_64-linux-gnu) sha256=${H('9')}

BUNDLED WITH
   2.5.0
`,
  });
  const graph = await readLockfile(dir, 'Gemfile.lock');
  expect(graph.packages.get('pkg:gem/ffi@1.17.0')!.hashes).toEqual([{ alg: 'SHA-256', content: H('8') }]);
  expect(graph.packages.get('pkg:gem/ffi@1.17.0?platform=x86_64-linux-gnu')!.hashes).toEqual([
    { alg: 'SHA-256', content: H('9') },
  ]);
  expect([...graph.packages.get('pkg:gem/rails@7.1.0')!.dependsOn].sort()).toEqual([
    'pkg:gem/ffi@1.17.0',
    'pkg:gem/ffi@1.17.0?platform=x86_64-linux-gnu',
  ]);
  expect(graph.packages.get('pkg:gem/rspec@3.13.0')!.dev).toBe(true);
  expect(graph.packages.get('pkg:gem/rails@7.1.0')!.dev).toBe(false);
});

test('composer.lock: packages-dev are dev; dist.shasum is SHA-1; licenses become an expression', async () => {
  const dir = project({
    'composer.json': {
      name: 'acme/app',
      require: { 'monolog/monolog': '^3.0', php: '>=8.1' },
      'require-dev': { 'phpunit/phpunit': '^10' },
    },
    'composer.lock': {
      packages: [
        {
          name: 'monolog/monolog',
          version: '3.5.0',
          dist: {
            type: 'zip',
            url: 'https://api.github.com/repos/Seldaek/monolog/zipball/abc',
            shasum: H('f').slice(0, 40),
          },
          license: ['MIT'],
          require: { php: '>=8.1', 'psr/log': '^3' },
        },
        { name: 'psr/log', version: '3.0.0', license: ['MIT', 'Apache-2.0'] },
      ],
      'packages-dev': [
        { name: 'phpunit/phpunit', version: '10.5.0', dist: { type: 'zip', url: 'https://x/y.zip', shasum: '' } },
      ],
    },
  });
  const graph = await readLockfile(dir, 'composer.lock');
  expect(graph.packages.get('pkg:composer/monolog/monolog@3.5.0')).toMatchObject({
    hashes: [{ alg: 'SHA-1', content: H('f').slice(0, 40) }],
    license: 'MIT',
    dev: false,
  });
  expect([...graph.packages.get('pkg:composer/monolog/monolog@3.5.0')!.dependsOn]).toEqual([
    'pkg:composer/psr/log@3.0.0',
  ]);
  expect(graph.packages.get('pkg:composer/psr/log@3.0.0')!.license).toBe('(MIT OR Apache-2.0)');
  expect(graph.packages.get('pkg:composer/phpunit/phpunit@10.5.0')).toMatchObject({ dev: true, hashes: [] });
  expect(graph.root.name).toBe('acme/app');
});
