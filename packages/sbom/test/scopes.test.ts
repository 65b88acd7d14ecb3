// The production set of every ecosystem, from lockfiles reproducing the defects of issue #16:
// workspace members as roots, optional edges of production packages followed, members' dev
// dependencies excluded, npm peers pulled in by production.
import { generateSbom, readLockfile } from '../src/index.js';
import { scopeWarning } from '../src/generate.js';
import type { LockfileGraph } from '../src/index.js';
import { integrity, project, T0 } from './helpers.js';

/** `name scope` per package, scope one of required / optional / dev, sorted. */
function scopes(graph: LockfileGraph): string[] {
  return [...graph.packages.values()]
    .map((p) => `${p.group ? `${p.group}/` : ''}${p.name} ${p.dev ? 'dev' : p.optional ? 'optional' : 'required'}`)
    .sort();
}

const base = {
  lockfiles: [],
  format: 'cyclonedx-json' as const,
  specVersion: '1.6' as const,
  includeDev: false,
  validate: true,
  timestamp: T0,
};

describe('yarn classic workspaces', () => {
  const dir = () =>
    project({
      'package.json': {
        name: 'mono',
        private: true,
        workspaces: ['packages/*'],
        devDependencies: { jest: '^29.0.0' },
      },
      'packages/app/package.json': {
        name: '@mono/app',
        version: '2.0.0',
        dependencies: { left: '^1.0.0', '@mono/util': '*' },
        devDependencies: { tsup: '^8.0.0' },
      },
      'packages/util/package.json': { name: '@mono/util', version: '0.1.0', dependencies: { right: '^1.0.0' } },
      'yarn.lock': `# yarn lockfile v1


jest@^29.0.0:
  version "29.7.0"
  resolved "https://registry.yarnpkg.com/jest/-/jest-29.7.0.tgz"
  integrity ${integrity('jest').sri}

left@^1.0.0:
  version "1.3.0"
  resolved "https://registry.yarnpkg.com/left/-/left-1.3.0.tgz"
  integrity ${integrity('left').sri}

right@^1.0.0:
  version "1.0.0"
  resolved "https://registry.yarnpkg.com/right/-/right-1.0.0.tgz"
  integrity ${integrity('right').sri}

tsup@^8.0.0:
  version "8.0.0"
  resolved "https://registry.yarnpkg.com/tsup/-/tsup-8.0.0.tgz"
  integrity ${integrity('tsup').sri}
`,
    });

  test("the members' manifests are production roots; their devDependencies are dev", async () => {
    const graph = await readLockfile(dir(), 'yarn.lock');
    expect(scopes(graph)).toEqual([
      '@mono/app required',
      '@mono/util required',
      'jest dev',
      'left required',
      'right required',
      'tsup dev',
    ]);
    expect([...graph.packages.get('local:packages/app')!.dependsOn].sort()).toEqual([
      'local:packages/util',
      'pkg:npm/left@1.3.0',
      'pkg:npm/tsup@8.0.0',
    ]);
    expect(graph.warnings).toEqual([]);
  });

  test('the production SBOM has the runtime packages, and no edge to a dev one', async () => {
    const sbom = await generateSbom({ ...base, projectDir: dir() });
    const doc = sbom.document as {
      components: { name: string }[];
      dependencies: { ref: string; dependsOn?: string[] }[];
    };
    expect(doc.components.map((c) => c.name).sort()).toEqual(['app', 'left', 'right', 'util']);
    const app = doc.dependencies.find((d) => d.ref === 'local:packages/app')!;
    expect(app.dependsOn?.sort()).toEqual(['local:packages/util', 'pkg:npm/left@1.3.0']);
  });
});

test('yarn berry: a workspace entry lists devDependencies too; its package.json says which', async () => {
  const dir = project({
    'package.json': { name: 'b', version: '1.0.0', workspaces: ['packages/*'] },
    'packages/lib/package.json': {
      name: 'lib',
      version: '1.0.0',
      dependencies: { left: '^1.0.0' },
      devDependencies: { vitest: '^1.0.0' },
    },
    'yarn.lock': `__metadata:
  version: 8
  cacheKey: 10

"b@workspace:.":
  version: 0.0.0-use.local
  resolution: "b@workspace:."
  languageName: unknown
  linkType: soft

"lib@workspace:packages/lib":
  version: 0.0.0-use.local
  resolution: "lib@workspace:packages/lib"
  dependencies:
    left: "npm:^1.0.0"
    vitest: "npm:^1.0.0"
  languageName: unknown
  linkType: soft

"left@npm:^1.0.0":
  version: 1.3.0
  resolution: "left@npm:1.3.0"
  languageName: node
  linkType: hard

"vitest@npm:^1.0.0":
  version: 1.6.0
  resolution: "vitest@npm:1.6.0"
  languageName: node
  linkType: hard
`,
  });
  expect(scopes(await readLockfile(dir, 'yarn.lock'))).toEqual(['left required', 'lib required', 'vitest dev']);
});

test('pnpm: optional platform binaries of a production package are in the production set, as optional', async () => {
  const dir = project({
    'package.json': { name: 'p', version: '1.0.0', dependencies: { '@sentry/cli': '^2.0.0' } },
    'pnpm-lock.yaml': `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      '@sentry/cli':
        specifier: ^2.0.0
        version: 2.31.0

packages:

  '@sentry/cli-linux-x64@2.31.0':
    resolution: {integrity: ${integrity('x64').sri}}
    cpu: [x64]
    os: [linux]

  '@sentry/cli@2.31.0':
    resolution: {integrity: ${integrity('cli').sri}}

  fsevents@2.3.3:
    resolution: {integrity: ${integrity('fsevents').sri}}
    os: [darwin]

snapshots:

  '@sentry/cli-linux-x64@2.31.0':
    optional: true

  '@sentry/cli@2.31.0':
    optionalDependencies:
      '@sentry/cli-linux-x64': 2.31.0
      fsevents: 2.3.3

  fsevents@2.3.3:
    optional: true
`,
  });
  expect(scopes(await readLockfile(dir, 'pnpm-lock.yaml'))).toEqual([
    '@sentry/cli required',
    '@sentry/cli-linux-x64 optional',
    'fsevents optional',
  ]);
  const sbom = await generateSbom({ ...base, projectDir: dir });
  const components = (sbom.document as { components: { name: string; scope?: string }[] }).components;
  expect(components.find((c) => c.name === 'cli-linux-x64')?.scope).toBe('optional');
});

describe('npm v3', () => {
  const lock = (packages: Record<string, object>) => ({ name: 'n', version: '1.0.0', lockfileVersion: 3, packages });

  test('devOptional entries (a dev package needs it, production only optionally) are optional, not required', async () => {
    const dir = project({
      'package.json': { name: 'n', version: '1.0.0', dependencies: { p: '1.0.0' }, devDependencies: { d: '1.0.0' } },
      'package-lock.json': lock({
        '': { name: 'n', version: '1.0.0', dependencies: { p: '1.0.0' }, devDependencies: { d: '1.0.0' } },
        'node_modules/p': { version: '1.0.0', optionalDependencies: { opt: '1.0.0' } },
        'node_modules/d': { version: '1.0.0', dev: true, dependencies: { opt: '1.0.0' } },
        'node_modules/opt': { version: '1.0.0', devOptional: true },
      }),
    });
    expect(scopes(await readLockfile(dir, 'package-lock.json'))).toEqual(['d dev', 'opt optional', 'p required']);
  });

  test('peers of production packages are kept, as `npm ls --omit dev` keeps them', async () => {
    const dir = project({
      'package.json': {
        name: 'n',
        version: '1.0.0',
        dependencies: { loader: '1.0.0' },
        devDependencies: { 'ts-node': '10.0.0', '@swc/core': '1.0.0', jest: '29.0.0' },
      },
      'package-lock.json': lock({
        '': {
          name: 'n',
          version: '1.0.0',
          dependencies: { loader: '1.0.0' },
          devDependencies: { 'ts-node': '10.0.0', '@swc/core': '1.0.0', jest: '29.0.0' },
        },
        'node_modules/loader': {
          version: '1.0.0',
          peerDependencies: { 'ts-node': '*' },
          peerDependenciesMeta: { 'ts-node': { optional: true } },
        },
        'node_modules/ts-node': {
          version: '10.0.0',
          dev: true,
          peerDependencies: { '@swc/core': '*' },
        },
        'node_modules/@swc/core': {
          version: '1.0.0',
          dev: true,
          optionalDependencies: { '@swc/core-linux-x64-gnu': '1.0.0' },
        },
        'node_modules/@swc/core-linux-x64-gnu': { version: '1.0.0', dev: true, optional: true },
        'node_modules/jest': { version: '29.0.0', dev: true },
      }),
    });
    expect(scopes(await readLockfile(dir, 'package-lock.json'))).toEqual([
      '@swc/core optional',
      '@swc/core-linux-x64-gnu optional',
      'jest dev',
      'loader required',
      'ts-node optional',
    ]);
  });

  test("a workspace member's devDependencies are dev", async () => {
    const dir = project({
      'package.json': { name: 'n', version: '1.0.0', workspaces: ['packages/a'] },
      'package-lock.json': lock({
        '': { name: 'n', version: '1.0.0', workspaces: ['packages/a'] },
        'node_modules/a': { resolved: 'packages/a', link: true },
        'packages/a': {
          name: 'a',
          version: '1.0.0',
          dependencies: { left: '1.0.0' },
          devDependencies: { jest: '29.0.0' },
        },
        'node_modules/left': { version: '1.0.0' },
        'node_modules/jest': { version: '29.0.0', dev: true },
      }),
    });
    expect(scopes(await readLockfile(dir, 'package-lock.json'))).toEqual(['a required', 'jest dev', 'left required']);
  });
});

describe('uv.lock', () => {
  const dir = () =>
    project({
      'pyproject.toml': '[project]\nname = "app"\nversion = "1.0.0"\ndependencies = ["requests[socks]", "lib"]\n',
      'uv.lock': `version = 1
requires-python = ">=3.10"

[manifest]
members = ["app", "lib"]

[[package]]
name = "app"
version = "1.0.0"
source = { editable = "." }
dependencies = [
    { name = "lib" },
    { name = "requests", extra = ["socks"] },
]

[package.dev-dependencies]
dev = [{ name = "ruff" }]

[[package]]
name = "lib"
version = "0.1.0"
source = { editable = "packages/lib" }
dependencies = [{ name = "idna" }]

[package.dev-dependencies]
test = [{ name = "pytest" }]

[[package]]
name = "requests"
version = "2.32.0"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "idna" }]

[package.optional-dependencies]
socks = [{ name = "pysocks" }]
security = [{ name = "brotli" }]

[[package]]
name = "idna"
version = "3.7"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "pysocks"
version = "1.7.1"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "brotli"
version = "1.1.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "pytest"
version = "8.2.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "ruff"
version = "0.5.0"
source = { registry = "https://pypi.org/simple" }
`,
    });

  test("an extra asked for is required; other extras optional; members' dev groups dev", async () => {
    const graph = await readLockfile(dir(), 'uv.lock');
    expect(scopes(graph)).toEqual([
      'brotli optional',
      'idna required',
      'lib required',
      'pysocks required',
      'pytest dev',
      'requests required',
      'ruff dev',
    ]);
  });

  test('the production root does not depend on a dev tool', async () => {
    const sbom = await generateSbom({ ...base, projectDir: dir() });
    const doc = sbom.document as {
      metadata: { component: { 'bom-ref': string } };
      dependencies: { ref: string; dependsOn?: string[] }[];
    };
    const root = doc.dependencies.find((d) => d.ref === doc.metadata.component['bom-ref'])!;
    expect(root.dependsOn?.sort()).toEqual(['local:packages/lib', 'pkg:pypi/requests@2.32.0']);
  });
});

test('poetry.lock: dev-group packages hang off the root with dev edges; an optional dependency is optional', async () => {
  const dir = project({
    'pyproject.toml': `[tool.poetry]
name = "app"
version = "1.0.0"

[tool.poetry.dependencies]
python = "^3.10"
requests = "^2.0"

[tool.poetry.group.test.dependencies]
pytest = "^8.0"
`,
    'poetry.lock': `[[package]]
name = "requests"
version = "2.32.0"
optional = false
python-versions = ">=3.8"
groups = ["main"]
files = []

[package.dependencies]
PySocks = {version = ">=1.5.6", optional = true}

[package.extras]
socks = ["PySocks (>=1.5.6)"]

[[package]]
name = "pysocks"
version = "1.7.1"
optional = true
python-versions = "*"
groups = ["main"]
files = []

[[package]]
name = "pytest"
version = "8.2.0"
optional = false
python-versions = ">=3.8"
groups = ["test"]
files = []

[metadata]
lock-version = "2.1"
`,
  });
  const graph = await readLockfile(dir, 'poetry.lock');
  expect(scopes(graph)).toEqual(['pysocks optional', 'pytest dev', 'requests required']);
  expect([...graph.root.dependsOn].sort()).toEqual(['pkg:pypi/pytest@8.2.0', 'pkg:pypi/requests@2.32.0']);
  expect(graph.root.edgeKinds?.get('pkg:pypi/pytest@8.2.0')).toBe('dev');
});

test("Cargo.lock: a workspace crate's dev-dependencies are dev; a crate both runtime and dev is required", async () => {
  const dir = project({
    'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
    'crates/core/Cargo.toml': `[package]
name = "core"
version = "0.1.0"

[dependencies]
serde = "1"

[dev-dependencies]
serde = "1"
criterion = "0.5"

[target.'cfg(unix)'.dev-dependencies]
tempfile = "3"
`,
    'Cargo.lock': `version = 4

[[package]]
name = "core"
version = "0.1.0"
dependencies = ["criterion", "serde", "tempfile"]

[[package]]
name = "criterion"
version = "0.5.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${'aa'.repeat(32)}"
dependencies = ["serde"]

[[package]]
name = "serde"
version = "1.0.200"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${'bb'.repeat(32)}"

[[package]]
name = "tempfile"
version = "3.10.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${'cc'.repeat(32)}"
`,
  });
  expect(scopes(await readLockfile(dir, 'Cargo.lock'))).toEqual([
    'core required',
    'criterion dev',
    'serde required',
    'tempfile dev',
  ]);
});

describe('the production share warning', () => {
  test('names an empty production set, and a share under 2%, and nothing above', () => {
    expect(scopeWarning(0, 40, ['yarn.lock'])).toMatch(
      /^The production SBOM has no component: none of the 40 packages of yarn.lock/,
    );
    expect(scopeWarning(1, 100, ['a/yarn.lock', 'b/uv.lock'])).toMatch(
      /^Only 1 of the 100 packages of a\/yarn.lock, b\/uv.lock \(1\.0%, under 2%\) are in production scope/,
    );
    expect(scopeWarning(2, 100, ['yarn.lock'])).toBeUndefined();
  });

  test('generateSbom reports it for a production SBOM only', async () => {
    const dir = project({
      'package.json': { name: 'n', version: '1.0.0', devDependencies: { d: '1.0.0' } },
      'package-lock.json': {
        name: 'n',
        version: '1.0.0',
        lockfileVersion: 3,
        packages: {
          '': { name: 'n', version: '1.0.0', devDependencies: { d: '1.0.0' } },
          'node_modules/d': { version: '1.0.0', dev: true },
        },
      },
    });
    expect((await generateSbom({ ...base, projectDir: dir })).scopeWarning).toContain('no component');
    expect((await generateSbom({ ...base, projectDir: dir, includeDev: true })).scopeWarning).toBeUndefined();
  });
});
