// Install facts a responder asks about, kept as properties (issue #16 point 5, in part).
import { generateSbom, readLockfile } from '../src/index.js';
import { project, T0 } from './helpers.js';

test('npm v3: bundled, extraneous, install scripts, deprecation and platforms become properties', async () => {
  const dir = project({
    'package-lock.json': {
      name: 'n',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'n', version: '1.0.0', dependencies: { esbuild: '0.20.0', old: '1.0.0' } },
        'node_modules/esbuild': {
          version: '0.20.0',
          hasInstallScript: true,
          optionalDependencies: { '@esbuild/linux-x64': '0.20.0' },
        },
        'node_modules/@esbuild/linux-x64': { version: '0.20.0', optional: true, os: ['linux'], cpu: ['x64'] },
        'node_modules/old': { version: '1.0.0', deprecated: 'use new instead' },
        'node_modules/old/node_modules/inner': { version: '2.0.0', inBundle: true },
        'node_modules/stray': { version: '1.0.0', extraneous: true },
      },
    },
  });
  const graph = await readLockfile(dir, 'package-lock.json');
  const props = (ref: string) => graph.packages.get(ref)!.properties;
  expect(props('pkg:npm/esbuild@0.20.0')).toEqual([['paved-road:npm:has-install-script', 'true']]);
  expect(props('pkg:npm/%40esbuild/linux-x64@0.20.0')).toEqual([
    ['paved-road:npm:os', 'linux'],
    ['paved-road:npm:cpu', 'x64'],
  ]);
  expect(props('pkg:npm/old@1.0.0')).toEqual([['paved-road:npm:deprecated', 'use new instead']]);
  expect(props('pkg:npm/inner@2.0.0')).toEqual([['cdx:npm:package:bundled', 'true']]);
  expect(props('pkg:npm/stray@1.0.0')).toEqual([['cdx:npm:package:extraneous', 'true']]);
  // The document stays valid with them.
  const sbom = await generateSbom({
    projectDir: dir,
    lockfiles: [],
    format: 'cyclonedx-json',
    specVersion: '1.5',
    includeDev: true,
    validate: true,
    timestamp: T0,
  });
  expect(sbom.componentCount).toBe(5);
});

test('go.mod: an // indirect requirement is marked', async () => {
  const dir = project({
    'go.mod':
      'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/mod v0.17.0\n\tgolang.org/x/sys v0.20.0 // indirect\n)\n',
  });
  const graph = await readLockfile(dir, 'go.mod');
  expect(graph.packages.get('pkg:golang/golang.org/x/sys@v0.20.0')!.properties).toEqual([
    ['paved-road:go:indirect', 'true'],
  ]);
  expect(graph.packages.get('pkg:golang/golang.org/x/mod@v0.17.0')!.properties).toEqual([]);
});

type Json = Record<string, any>;
const byPurl = (document: Json, purl: string): Json => (document.components as Json[]).find((c) => c.purl === purl)!;
const sbomOf = (dir: string, specVersion: '1.5' | '1.6' | '1.7' = '1.6', includeDev = true, lockfiles: string[] = []) =>
  generateSbom({
    projectDir: dir,
    lockfiles,
    format: 'cyclonedx-json',
    specVersion,
    includeDev,
    validate: true,
    timestamp: T0,
  });

const twoLockfiles = () =>
  project({
    'package-lock.json': {
      name: 'n',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: { '': { dependencies: { a: '1.0.0' } }, 'node_modules/a': { version: '1.0.0' } },
    },
    'tools/package-lock.json': {
      name: 't',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: { '': { dependencies: { a: '1.0.0' } }, 'node_modules/a': { version: '1.0.0' } },
    },
  });

test.each(['1.6', '1.7'] as const)(
  'CycloneDX %s: evidence.identity names every lockfile the purl was read from, as a list with the concluded purl',
  async (specVersion) => {
    const sbom = await sbomOf(twoLockfiles(), specVersion, true, ['package-lock.json', 'tools/package-lock.json']);
    expect(byPurl(sbom.document, 'pkg:npm/a@1.0.0').evidence).toEqual({
      identity: [
        {
          field: 'purl',
          confidence: 1,
          methods: [
            { technique: 'manifest-analysis', confidence: 1, value: 'package-lock.json' },
            { technique: 'manifest-analysis', confidence: 1, value: 'tools/package-lock.json' },
          ],
          concludedValue: 'pkg:npm/a@1.0.0',
        },
      ],
    });
    // A local component (the subdirectory's project) has no purl to give evidence for.
    const local = (sbom.document.components as Json[]).find((c) => c['bom-ref'] === 'local:tools')!;
    expect(local.evidence).toBeUndefined();
  },
);

test('CycloneDX 1.5: evidence.identity is the single object 1.5 defines, without concludedValue, and validates', async () => {
  const sbom = await sbomOf(twoLockfiles(), '1.5', true, ['package-lock.json', 'tools/package-lock.json']);
  expect(byPurl(sbom.document, 'pkg:npm/a@1.0.0').evidence).toEqual({
    identity: {
      field: 'purl',
      confidence: 1,
      methods: [
        { technique: 'manifest-analysis', confidence: 1, value: 'package-lock.json' },
        { technique: 'manifest-analysis', confidence: 1, value: 'tools/package-lock.json' },
      ],
    },
  });
});

test('go.mod: the toolchain line gives the stdlib component its version; the go line when there is none', async () => {
  const withToolchain = project({
    'go.mod': 'module example.com/app\n\ngo 1.22.0\n\ntoolchain go1.22.5\n\nrequire golang.org/x/mod v0.17.0\n',
  });
  const graph = await readLockfile(withToolchain, 'go.mod');
  const stdlib = graph.packages.get('pkg:golang/stdlib@1.22.5')!;
  expect(stdlib.name).toBe('stdlib');
  expect(stdlib.properties).toEqual([
    ['paved-road:go:stdlib-version-from', 'toolchain go1.22.5'],
    ['paved-road:go:go-directive', '1.22.0'],
  ]);
  expect(graph.root.dependsOn.has('pkg:golang/stdlib@1.22.5')).toBe(true);
  const sbom = await sbomOf(withToolchain, '1.6', false);
  expect(byPurl(sbom.document, 'pkg:golang/stdlib@1.22.5').scope).toBe('required');

  const goOnly = await readLockfile(project({ 'go.mod': 'module example.com/app\n\ngo 1.21\n' }), 'go.mod');
  expect([...goOnly.packages.keys()]).toEqual(['pkg:golang/stdlib@1.21']);
  const none = await readLockfile(project({ 'go.mod': 'module example.com/app\n' }), 'go.mod');
  expect(none.packages.size).toBe(0);
});

test('uv.lock: extras asked of a package and the markers it is needed under become properties', async () => {
  const dir = project({
    'pyproject.toml':
      '[project]\nname = "app"\nversion = "1.0.0"\ndependencies = ["requests[socks]", "tomli; python_version < \'3.11\'"]\n',
    'uv.lock': `version = 1
requires-python = ">=3.9"

[[package]]
name = "app"
version = "1.0.0"
source = { editable = "." }
dependencies = [
    { name = "requests", extra = ["socks"] },
    { name = "tomli", marker = "python_full_version < '3.11'" },
    { name = "colorama", marker = "sys_platform == 'win32'" },
]

[[package]]
name = "requests"
version = "2.32.3"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "colorama" }]

[package.optional-dependencies]
socks = [{ name = "pysocks" }]

[[package]]
name = "pysocks"
version = "1.7.1"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "tomli"
version = "2.0.1"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "colorama"
version = "0.4.6"
source = { registry = "https://pypi.org/simple" }
`,
  });
  const graph = await readLockfile(dir, 'uv.lock');
  const props = (ref: string) => graph.packages.get(ref)!.properties ?? [];
  expect(props('pkg:pypi/requests@2.32.3')).toEqual([['cdx:python:package:required-extra', 'socks']]);
  expect(props('pkg:pypi/tomli@2.0.1')).toEqual([['paved-road:python:marker', "python_full_version < '3.11'"]]);
  // Needed on Windows by the app, and unconditionally by requests: always installed, no marker.
  expect(props('pkg:pypi/colorama@0.4.6')).toEqual([]);
  const sbom = await sbomOf(dir);
  expect(byPurl(sbom.document, 'pkg:pypi/tomli@2.0.1').properties).toEqual([
    { name: 'paved-road:python:marker', value: "python_full_version < '3.11'" },
  ]);
});

test('poetry.lock: the lockfile’s own markers of a package win; extras from the dependency tables', async () => {
  const dir = project({
    'pyproject.toml':
      '[tool.poetry]\nname = "app"\nversion = "1.0.0"\n\n[tool.poetry.dependencies]\npython = "^3.9"\nrequests = { version = "^2", extras = ["socks"] }\n',
    'poetry.lock': `[[package]]
name = "requests"
version = "2.32.3"
optional = false
python-versions = ">=3.8"
groups = ["main"]
files = []

[package.dependencies]
exceptiongroup = {version = ">=1", markers = "python_version < \\"3.11\\""}
PySocks = {version = ">=1.5.6", optional = true}

[package.extras]
socks = ["PySocks (>=1.5.6,!=1.5.7)"]

[[package]]
name = "exceptiongroup"
version = "1.2.0"
optional = false
python-versions = ">=3.7"
groups = ["main"]
markers = "python_version < \\"3.11\\""
files = []

[[package]]
name = "pysocks"
version = "1.7.1"
optional = false
python-versions = "*"
groups = ["main"]
files = []

[metadata]
lock-version = "2.1"
python-versions = "^3.9"
content-hash = "x"
`,
  });
  const graph = await readLockfile(dir, 'poetry.lock');
  const props = (ref: string) => graph.packages.get(ref)!.properties ?? [];
  expect(props('pkg:pypi/requests@2.32.3')).toEqual([['cdx:python:package:required-extra', 'socks']]);
  expect(props('pkg:pypi/exceptiongroup@1.2.0')).toEqual([['paved-road:python:marker', 'python_version < "3.11"']]);
});

test('requirements.txt: a pin with extras and a marker keeps both as properties', async () => {
  const dir = project({
    'requirements.txt':
      'coverage[toml]==7.6.10 \\\n    --hash=sha256:' +
      'a'.repeat(64) +
      '\ntomli==2.0.1 ; python_version < "3.11" \\\n    --hash=sha256:' +
      'b'.repeat(64) +
      '\nidna==3.7\n',
  });
  const graph = await readLockfile(dir, 'requirements.txt');
  const props = (ref: string) => graph.packages.get(ref)!.properties ?? [];
  expect(props('pkg:pypi/coverage@7.6.10')).toEqual([['cdx:python:package:required-extra', 'toml']]);
  expect(props('pkg:pypi/tomli@2.0.1')).toEqual([['paved-road:python:marker', 'python_version < "3.11"']]);
  expect(props('pkg:pypi/idna@3.7')).toEqual([]);
});

const berry = (entries: string) => `__metadata:
  version: 8
  cacheKey: 10

"app@workspace:.":
  version: 0.0.0-use.local
  resolution: "app@workspace:."
  dependencies:
    left-pad: "patch:left-pad@npm%3A1.3.0#~/.yarn/patches/left-pad-npm-1.3.0-abc.patch"
    typescript: "patch:typescript@npm%3A5.4.5#optional!builtin<compat/typescript>"
  languageName: unknown
  linkType: soft
${entries}`;

const berryEntries = `
"left-pad@npm:1.3.0":
  version: 1.3.0
  resolution: "left-pad@npm:1.3.0"
  languageName: node
  linkType: hard

"left-pad@patch:left-pad@npm%3A1.3.0#~/.yarn/patches/left-pad-npm-1.3.0-abc.patch":
  version: 1.3.0
  resolution: "left-pad@patch:left-pad@npm%3A1.3.0#~/.yarn/patches/left-pad-npm-1.3.0-abc.patch::version=1.3.0&hash=abc&locator=app%40workspace%3A."
  languageName: node
  linkType: hard

"typescript@npm:5.4.5":
  version: 5.4.5
  resolution: "typescript@npm:5.4.5"
  languageName: node
  linkType: hard

"typescript@patch:typescript@npm%3A5.4.5#optional!builtin<compat/typescript>":
  version: 5.4.5
  resolution: "typescript@patch:typescript@npm%3A5.4.5#optional!builtin<compat/typescript>::version=5.4.5&hash=5786d5"
  languageName: node
  linkType: hard
`;

const PATCH = 'diff --git a/index.js b/index.js\n--- a/index.js\n+++ b/index.js\n@@ -1 +1 @@\n-old\n+new\n';

test('yarn berry: a patch: entry has a pedigree: the published ancestor, the patch file as the diff, or the built-in patch as a note', async () => {
  const dir = project({
    'package.json': { name: 'app', dependencies: { 'left-pad': '1.3.0', typescript: '5.4.5' } },
    'yarn.lock': berry(berryEntries),
    '.yarn/patches/left-pad-npm-1.3.0-abc.patch': PATCH,
  });
  const sbom = await sbomOf(dir);
  expect(byPurl(sbom.document, 'pkg:npm/left-pad@1.3.0').pedigree).toEqual({
    ancestors: [{ type: 'library', name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' }],
    patches: [
      {
        type: 'unofficial',
        diff: {
          text: { contentType: 'text/x-diff', content: PATCH },
          url: '.yarn/patches/left-pad-npm-1.3.0-abc.patch',
        },
      },
    ],
  });
  const typescript = byPurl(sbom.document, 'pkg:npm/typescript@5.4.5').pedigree;
  expect(typescript.patches).toEqual([{ type: 'unofficial' }]);
  expect(typescript.notes).toMatch(/built-in patch builtin<compat\/typescript>/);
  // 1.5 has pedigree too: the same document validates there.
  expect((await sbomOf(dir, '1.5')).componentCount).toBe(2);
});

test('yarn berry: a patch file that is missing is still named, with a warning', async () => {
  const dir = project({
    'package.json': { name: 'app', dependencies: { 'left-pad': '1.3.0', typescript: '5.4.5' } },
    'yarn.lock': berry(berryEntries),
  });
  const graph = await readLockfile(dir, 'yarn.lock');
  expect(graph.packages.get('pkg:npm/left-pad@1.3.0')!.pedigree!.patches).toEqual([
    { file: '.yarn/patches/left-pad-npm-1.3.0-abc.patch', text: undefined },
  ]);
  expect(graph.warnings.join('\n')).toMatch(
    /\.yarn\/patches\/left-pad-npm-1\.3\.0-abc\.patch, which could not be read/,
  );
});

test("distribution URLs a lockfile does not record come from the registry's conventions, marked as such", async () => {
  const sha = 'c'.repeat(64);
  const dir = project({
    'package.json': { name: 'app', dependencies: { 'left-pad': '1.3.0', typescript: '5.4.5' } },
    'yarn.lock': berry(berryEntries),
    'Cargo.lock': `version = 3\n\n[[package]]\nname = "memchr"\nversion = "2.7.4"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha}"\n`,
    'Gemfile.lock': `GEM\n  remote: https://rubygems.org/\n  specs:\n    nokogiri (1.16.5-x86_64-linux)\n    rake (13.2.1)\n\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n  nokogiri\n  rake\n\nCHECKSUMS\n  rake (13.2.1) sha256=${sha}\n`,
  });
  const files = async (lockfile: string, ref: string) => (await readLockfile(dir, lockfile)).packages.get(ref)!.files;
  // yarn berry: the npm registry tarball; berry's checksum is its cache zip's, so no hash on it.
  expect(await files('yarn.lock', 'pkg:npm/left-pad@1.3.0')).toEqual([
    { url: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz', hashes: [], derived: true },
  ]);
  // Cargo.lock's checksum is the .crate's SHA-256.
  expect(await files('Cargo.lock', 'pkg:cargo/memchr@2.7.4')).toEqual([
    {
      url: 'https://crates.io/api/v1/crates/memchr/2.7.4/download',
      hashes: [{ alg: 'SHA-256', content: sha }],
      derived: true,
    },
  ]);
  // Gemfile.lock's CHECKSUMS is the .gem's SHA-256; a platform gem's file name carries the platform.
  expect(await files('Gemfile.lock', 'pkg:gem/rake@13.2.1')).toEqual([
    {
      url: 'https://rubygems.org/downloads/rake-13.2.1.gem',
      hashes: [{ alg: 'SHA-256', content: sha }],
      derived: true,
    },
  ]);
  expect((await files('Gemfile.lock', 'pkg:gem/nokogiri@1.16.5?platform=x86_64-linux'))[0]!.url).toBe(
    'https://rubygems.org/downloads/nokogiri-1.16.5-x86_64-linux.gem',
  );
  const sbom = await sbomOf(dir, '1.6', true, ['Cargo.lock']);
  expect(byPurl(sbom.document, 'pkg:cargo/memchr@2.7.4').externalReferences).toEqual([
    {
      type: 'distribution',
      url: 'https://crates.io/api/v1/crates/memchr/2.7.4/download',
      comment: "From the registry's URL convention (not in the lockfile).",
    },
  ]);
  // The .crate's hash is written once, on the component.
  expect(byPurl(sbom.document, 'pkg:cargo/memchr@2.7.4').hashes).toEqual([{ alg: 'SHA-256', content: sha }]);
});

test('pnpm: a registry package without a tarball URL gets the npm registry one, with its integrity', async () => {
  const dir = project({
    'package.json': { name: 'app', dependencies: { '@types/node': '20.1.0' } },
    'pnpm-lock.yaml': `lockfileVersion: '9.0'

importers:
  .:
    dependencies:
      '@types/node':
        specifier: 20.1.0
        version: 20.1.0

packages:
  '@types/node@20.1.0':
    resolution: {integrity: sha512-${Buffer.alloc(64, 1).toString('base64')}}

snapshots:
  '@types/node@20.1.0': {}
`,
  });
  const graph = await readLockfile(dir, 'pnpm-lock.yaml');
  expect(graph.packages.get('pkg:npm/%40types/node@20.1.0')!.files).toEqual([
    {
      url: 'https://registry.npmjs.org/@types/node/-/node-20.1.0.tgz',
      hashes: [{ alg: 'SHA-512', content: '01'.repeat(64) }],
      derived: true,
    },
  ]);
});

test("yarn berry: a dependency replaced by the root's resolutions (a patch) is followed, not dropped; one no entry locks is a warning", async () => {
  const lock = (dependency: string) => `__metadata:
  version: 8
  cacheKey: 10

"app@workspace:.":
  version: 0.0.0-use.local
  resolution: "app@workspace:."
  dependencies:
    lib: "workspace:packages/lib"
  languageName: unknown
  linkType: soft

"lib@workspace:packages/lib":
  version: 0.0.0-use.local
  resolution: "lib@workspace:packages/lib"
  dependencies:
    ${dependency}
  languageName: unknown
  linkType: soft

"left-pad@npm:1.3.0":
  version: 1.3.0
  resolution: "left-pad@npm:1.3.0"
  languageName: node
  linkType: hard

"left-pad@patch:left-pad@npm%3A1.3.0#~/.yarn/patches/left-pad.patch":
  version: 1.3.0
  resolution: "left-pad@patch:left-pad@npm%3A1.3.0#~/.yarn/patches/left-pad.patch::version=1.3.0&hash=abc"
  languageName: node
  linkType: hard
`;
  const files = (dependency: string) => ({
    'package.json': {
      name: 'app',
      workspaces: ['packages/*'],
      dependencies: { lib: 'workspace:packages/lib' },
      resolutions: { 'left-pad@npm:^1.3.0': 'patch:left-pad@npm%3A1.3.0#~/.yarn/patches/left-pad.patch' },
    },
    'packages/lib/package.json': { name: 'lib', version: '1.0.0', dependencies: { 'left-pad': '^1.3.0' } },
    '.yarn/patches/left-pad.patch': PATCH,
    'yarn.lock': lock(dependency),
  });
  const graph = await readLockfile(project(files('left-pad: "npm:^1.3.0"')), 'yarn.lock');
  const leftPad = graph.packages.get('pkg:npm/left-pad@1.3.0')!;
  expect(graph.packages.get('local:packages/lib')!.dependsOn).toEqual(new Set(['pkg:npm/left-pad@1.3.0']));
  expect([leftPad.dev, leftPad.pedigree?.patches[0]?.file]).toEqual([false, '.yarn/patches/left-pad.patch']);
  expect(graph.warnings).toEqual([]);

  const stale = await readLockfile(project(files('right-pad: "npm:^1.0.0"')), 'yarn.lock');
  expect(stale.warnings.join('\n')).toMatch(
    /names 1 dependency that no entry locks \(right-pad@npm:\^1\.0\.0 \(from lib\)\)/,
  );
});

test('uv.lock: a test tool that needs a package everywhere does not hide the marker production needs it under', async () => {
  const dir = project({
    'pyproject.toml':
      '[project]\nname = "app"\nversion = "1.0.0"\ndependencies = ["click"]\n\n[dependency-groups]\ndev = ["tox"]\n',
    'uv.lock': `version = 1

[[package]]
name = "app"
version = "1.0.0"
source = { editable = "." }
dependencies = [{ name = "click" }]

[package.dev-dependencies]
dev = [{ name = "tox" }]

[[package]]
name = "click"
version = "8.1.7"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "colorama", marker = "sys_platform == 'win32'" }]

[[package]]
name = "tox"
version = "4.0.0"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "colorama" }]

[[package]]
name = "colorama"
version = "0.4.6"
source = { registry = "https://pypi.org/simple" }
`,
  });
  const graph = await readLockfile(dir, 'uv.lock');
  expect(graph.packages.get('pkg:pypi/colorama@0.4.6')!.properties).toEqual([
    ['paved-road:python:marker', "sys_platform == 'win32'"],
  ]);
});
