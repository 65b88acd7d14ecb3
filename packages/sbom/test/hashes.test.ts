// Hashes wherever the lockfile has them, each where CycloneDX says it belongs (issue #16 point 3).
import { generateSbom, readLockfile } from '../src/index.js';
import { DERIVED_URL } from '../src/cyclonedx.js';
import { project, T0 } from './helpers.js';

const H = (c: string) => c.repeat(64);
const base = {
  lockfiles: [],
  format: 'cyclonedx-json' as const,
  specVersion: '1.6' as const,
  includeDev: false,
  validate: true,
  timestamp: T0,
};

interface Component {
  name: string;
  hashes?: { alg: string; content: string }[];
  externalReferences?: { type: string; url: string; hashes?: { alg: string; content: string }[] }[];
  properties?: { name: string; value: string }[];
}
const components = (doc: unknown) => (doc as { components: Component[] }).components;

test('requirements.txt: several --hash values are distribution references of the index, in a valid document', async () => {
  const dir = project({
    'requirements.txt': `--index-url https://pypi.example.com/simple/
django==5.0.1 \\
    --hash=sha256:${H('a')} \\
    --hash=sha256:${H('b')}
`,
  });
  const sbom = await generateSbom({ ...base, projectDir: dir });
  const [django] = components(sbom.document);
  expect(django!.hashes ?? []).toEqual([]);
  expect(django!.properties ?? []).toEqual([]);
  expect(django!.externalReferences).toEqual([
    {
      type: 'distribution',
      url: 'https://pypi.example.com/simple/django/',
      hashes: [{ alg: 'SHA-256', content: H('a') }],
    },
    {
      type: 'distribution',
      url: 'https://pypi.example.com/simple/django/',
      hashes: [{ alg: 'SHA-256', content: H('b') }],
    },
  ]);
});

test('go.mod: the module zip on the proxy is the distribution reference; h1 stays a property, never a hash', async () => {
  const dir = project({
    'go.mod': 'module example.com/app\n\ngo 1.22\n\nrequire github.com/BurntSushi/toml v1.3.2\n',
    'go.sum': 'github.com/BurntSushi/toml v1.3.2 h1:o7IhLm0Msx3BaB+n3Ag7L8EVlByGnpq14C4YWiu/gL8=\n',
  });
  const sbom = await generateSbom({ ...base, projectDir: dir });
  const [toml] = components(sbom.document);
  expect(toml!.hashes ?? []).toEqual([]);
  expect(toml!.externalReferences).toEqual([
    {
      type: 'distribution',
      url: 'https://proxy.golang.org/github.com/!burnt!sushi/toml/@v/v1.3.2.zip',
      comment: DERIVED_URL,
    },
  ]);
  expect(toml!.properties).toEqual([
    { name: 'paved-road:go:sum', value: 'h1:o7IhLm0Msx3BaB+n3Ag7L8EVlByGnpq14C4YWiu/gL8=' },
  ]);
});

test('yarn berry: the checksum is kept labelled as the cache zip SHA-512 with its cache key, not as a hash', async () => {
  const dir = project({
    'package.json': { name: 'b', version: '1.0.0', dependencies: { left: '^1.0.0', right: '^1.0.0' } },
    'yarn.lock': `__metadata:
  version: 6
  cacheKey: 8

"b@workspace:.":
  version: 0.0.0-use.local
  resolution: "b@workspace:."
  languageName: unknown
  linkType: soft

"left@npm:^1.0.0":
  version: 1.0.0
  resolution: "left@npm:1.0.0"
  checksum: 10/${'ab'.repeat(64)}
  languageName: node
  linkType: hard

"right@npm:^1.0.0":
  version: 1.0.0
  resolution: "right@npm:1.0.0"
  checksum: ${'cd'.repeat(64)}
  languageName: node
  linkType: hard
`,
  });
  const graph = await readLockfile(dir, 'yarn.lock');
  expect(graph.packages.get('pkg:npm/left@1.0.0')!.hashes).toEqual([]);
  expect(graph.packages.get('pkg:npm/left@1.0.0')!.properties).toEqual([
    ['paved-road:yarn:cache-checksum', `10/${'ab'.repeat(64)}`],
  ]);
  // Yarn 3 and earlier: the cache key is only in __metadata.
  expect(graph.packages.get('pkg:npm/right@1.0.0')!.properties).toEqual([
    ['paved-road:yarn:cache-checksum', `8/${'cd'.repeat(64)}`],
  ]);
});

test('Cargo.lock: the same crate twice with two checksums is an error naming both lines', async () => {
  const entry = (sum: string) => `[[package]]
name = "serde"
version = "1.0.200"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${sum}"
`;
  const dir = project({ 'Cargo.lock': `version = 3\n\n${entry(H('a'))}\n${entry(H('b'))}` });
  await expect(readLockfile(dir, 'Cargo.lock')).rejects.toThrow(
    expect.objectContaining({
      code: 'invalid-lockfile',
      message: expect.stringContaining('serde 1.0.200 twice with different checksums (lines 3 and 9)'),
      location: { file: 'Cargo.lock', line: 9 },
    }),
  );
  // The same entry twice with the same checksum is only redundant.
  const same = project({ 'Cargo.lock': `version = 3\n\n${entry(H('a'))}\n${entry(H('a'))}` });
  expect([...(await readLockfile(same, 'Cargo.lock')).packages.keys()]).toEqual(['pkg:cargo/serde@1.0.200']);
});
