import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildCycloneDx, generateSbom, uuidV5, validateCycloneDx } from '../src/index.js';
import { validateSpdx } from '../src/spdx.js';
import { integrity, project, T0 } from './helpers.js';

function sample() {
  return project({
    'package.json': {
      name: 'doc',
      version: '1.0.0',
      license: 'Apache-2.0',
      dependencies: { a: '1.0.0' },
      devDependencies: { z: '1.0.0' },
    },
    'package-lock.json': {
      name: 'doc',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'doc', version: '1.0.0', dependencies: { a: '1.0.0' }, devDependencies: { z: '1.0.0' } },
        'node_modules/a': {
          version: '1.0.0',
          integrity: integrity('a').sri,
          resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
          license: '(MIT OR Apache-2.0)',
          dependencies: { '@s/b': '2.0.0' },
        },
        'node_modules/@s/b': { version: '2.0.0', integrity: integrity('b').sri, license: 'Some Custom License' },
        'node_modules/z': { version: '1.0.0', dev: true },
      },
    },
  });
}

const base = {
  lockfiles: [],
  format: 'cyclonedx-json' as const,
  specVersion: '1.6' as const,
  includeDev: true,
  validate: true,
  timestamp: T0,
};

test('the same input gives byte-identical output, and the serial number is a UUID v5 of the content', async () => {
  const dir = sample();
  const one = await generateSbom({ ...base, projectDir: dir });
  const two = await generateSbom({ ...base, projectDir: dir });
  expect(two.text).toBe(one.text);
  expect(one.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const placeholder = one.text.replace(one.serialNumber, 'urn:uuid:00000000-0000-0000-0000-000000000000');
  expect(`urn:uuid:${uuidV5(placeholder)}`).toBe(one.serialNumber);
  expect(one.digest).toBe(createHash('sha256').update(one.text).digest('hex'));
  // Another timestamp, another document, another serial number.
  const later = await generateSbom({ ...base, projectDir: dir, timestamp: new Date('2025-01-01T00:00:00Z') });
  expect(later.serialNumber).not.toBe(one.serialNumber);
  expect(later.text).toContain('"timestamp": "2025-01-01T00:00:00.000Z"');
});

test('uuidV5 matches RFC 4122 (the DNS namespace example)', () => {
  expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
    '2ed6657d-e927-568b-95e1-2665a8aea6a2',
  );
});

test('metadata: tools name paved-road with its version; licenses as SPDX id, expression or name; distribution reference carries the hash', async () => {
  const sbom = await generateSbom({ ...base, projectDir: sample() });
  const doc = sbom.document as any;
  expect(doc.metadata.tools.components).toEqual([
    expect.objectContaining({ name: 'paved-road', version: expect.stringMatching(/^\d+\.\d+\.\d+/) }),
  ]);
  const a = doc.components.find((c: any) => c.name === 'a');
  expect(a.licenses).toEqual([{ expression: '(MIT OR Apache-2.0)' }]);
  expect(a.externalReferences).toEqual([
    { type: 'distribution', url: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz', hashes: a.hashes },
  ]);
  const b = doc.components.find((c: any) => c.name === 'b');
  expect(b).toMatchObject({
    group: '@s',
    purl: 'pkg:npm/%40s/b@2.0.0',
    licenses: [{ license: { name: 'Some Custom License' } }],
  });
  expect(doc.metadata.component.licenses).toEqual([{ license: { id: 'Apache-2.0' } }]);
});

test('a license that is an SPDX id in the wrong case gets the id; names of Object.prototype members stay names', async () => {
  const licenses = ['mit', 'constructor', '__proto__', 'toString', 'hasOwnProperty'];
  const packages: Record<string, unknown> = {
    '': { name: 'lic', version: '1.0.0', dependencies: Object.fromEntries(licenses.map((_, i) => [`p${i}`, '1.0.0'])) },
  };
  licenses.forEach((license, i) => (packages[`node_modules/p${i}`] = { version: '1.0.0', license }));
  const dir = project({
    'package.json': { name: 'lic', version: '1.0.0' },
    'package-lock.json': { name: 'lic', version: '1.0.0', lockfileVersion: 3, packages },
  });
  const sbom = await generateSbom({ ...base, projectDir: dir });
  const byName = new Map((sbom.document as any).components.map((c: any) => [c.name, c.licenses]));
  expect(byName.get('p0')).toEqual([{ license: { id: 'MIT' } }]);
  for (let i = 1; i < licenses.length; i++) expect(byName.get(`p${i}`)).toEqual([{ license: { name: licenses[i] } }]);
});

test.each(['1.5', '1.6', '1.7'] as const)(
  'CycloneDX %s output validates, and the validator rejects a broken document',
  async (specVersion) => {
    const sbom = await generateSbom({ ...base, projectDir: sample(), specVersion });
    expect(sbom.document.specVersion).toBe(specVersion);
    expect(await validateCycloneDx(sbom.document, specVersion)).toEqual([]);
    const broken = JSON.parse(sbom.text);
    broken.components[0].hashes = [{ alg: 'SHA-512', content: 'not-hex' }];
    expect((await validateCycloneDx(broken, specVersion)).length).toBeGreaterThan(0);
    const duplicated = JSON.parse(sbom.text);
    duplicated.components.push(duplicated.components[0]);
    expect(await validateCycloneDx(duplicated, specVersion)).toEqual([
      expect.stringMatching(/^\/components\/\d+ duplicates an earlier item$/),
    ]);
  },
);

test('CycloneDX XML carries the same components and serial number', async () => {
  const json = await generateSbom({ ...base, projectDir: sample() });
  const xml = await generateSbom({ ...base, projectDir: sample(), format: 'cyclonedx-xml' });
  expect(
    xml.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6"'),
  ).toBe(true);
  expect(xml.text).toContain(`serialNumber="${json.serialNumber}"`);
  expect(xml.serialNumber).toBe(json.serialNumber);
  for (const c of json.document.components as { purl: string }[]) expect(xml.text).toContain(`<purl>${c.purl}</purl>`);
});

test('SPDX 2.3 JSON: packages with purls and checksums, DEPENDS_ON relationships, a content-derived namespace', async () => {
  const sbom = await generateSbom({ ...base, projectDir: sample(), format: 'spdx-json' });
  const doc = sbom.document as any;
  expect(doc.spdxVersion).toBe('SPDX-2.3');
  expect(validateSpdx(doc)).toEqual([]);
  expect(doc.documentNamespace).toBe(`https://spdx.org/spdxdocs/doc-${sbom.serialNumber.slice('urn:uuid:'.length)}`);
  const a = doc.packages.find((p: any) => p.name === 'a');
  expect(a.externalRefs).toEqual([
    { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/a@1.0.0' },
  ]);
  expect(a.checksums).toEqual([{ algorithm: 'SHA512', checksumValue: integrity('a').hex }]);
  const b = doc.packages.find((p: any) => p.name === '@s/b');
  expect(doc.relationships).toContainEqual({
    spdxElementId: a.SPDXID,
    relationshipType: 'DEPENDS_ON',
    relatedSpdxElement: b.SPDXID,
  });
  expect(
    validateSpdx({
      ...doc,
      relationships: [
        ...doc.relationships,
        { spdxElementId: a.SPDXID, relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-nope' },
      ],
    }),
  ).toEqual([expect.stringContaining('names no element')]);
});

test('buildCycloneDx gives every component an explicit bom-ref (none invented) and writes the graph', () => {
  const built = buildCycloneDx({
    root: { ref: 'root:x', name: 'x', dependsOn: new Set(['r1']) },
    packages: [
      {
        ref: 'r1',
        ecosystem: 'npm',
        name: 'p',
        version: '1',
        hashes: [],
        files: [],
        dev: false,
        optional: false,
        dependsOn: new Set(),
        source: '',
      },
    ],
    specVersion: '1.6',
    timestamp: T0,
  });
  const doc = JSON.parse(built.text);
  expect(doc.components.map((c: any) => c['bom-ref'])).toEqual(['r1']);
  expect(doc.dependencies).toEqual([{ ref: 'r1' }, { ref: 'root:x', dependsOn: ['r1'] }]);
});

test('the committed validators are what scripts/compile-schemas.mjs generates from the installed schemas', () => {
  const script = join(__dirname, '..', 'scripts', 'compile-schemas.mjs');
  const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test.each(['1.5', '1.6', '1.7'] as const)(
  'CycloneDX %s: a component inside a component (the recursive reference) is checked too',
  async (specVersion) => {
    const inner = (name?: string) => ({ type: 'library', ...(name ? { name } : {}) });
    const doc = (ancestor: unknown) => ({
      bomFormat: 'CycloneDX',
      specVersion,
      components: [{ type: 'library', name: 'outer', pedigree: { ancestors: [ancestor] }, components: [inner('c')] }],
    });
    expect(await validateCycloneDx(doc(inner('a')), specVersion)).toEqual([]);
    expect(await validateCycloneDx(doc(inner()), specVersion)).toEqual([
      expect.stringMatching(/^\/components\/0\/pedigree\/ancestors\/0 must have required property 'name'/),
    ]);
  },
);

test('the component check used while writing reports a schema problem with the component index', async () => {
  const { cycloneDxChecks } = await import('../src/validate.js');
  const checks = await cycloneDxChecks('1.6');
  expect(checks.component({ type: 'library', name: 'a', 'bom-ref': 'a' }, 0)).toEqual([]);
  expect(checks.component({ type: 'library', 'bom-ref': 'b' }, 7)).toEqual([
    expect.stringMatching(/^\/components\/7 must have required property 'name'/),
  ]);
  expect(
    checks.component({ type: 'library', name: 'd', hashes: [{ alg: 'SHA-512', content: 'not hex' }] }, 13),
  ).toEqual([expect.stringMatching(/^\/components\/13\/hashes\/0\/content must match pattern/)]);
  expect(
    checks.component(
      {
        type: 'library',
        name: 'c',
        hashes: [
          { alg: 'MD5', content: 'ab'.repeat(16) },
          { alg: 'MD5', content: 'ab'.repeat(16) },
        ],
      },
      2,
    ),
  ).toEqual(['/components/2/hashes/1 duplicates an earlier item']);
  // A skeleton without components is a valid document; a broken one is not.
  const good = JSON.parse(
    buildCycloneDx({
      root: { ref: 'root:x', name: 'x', dependsOn: new Set() },
      packages: [],
      specVersion: '1.6',
      timestamp: T0,
    }).text,
  );
  expect(checks.document(good)).toEqual([]);
  expect(checks.document({ ...good, bomFormat: 'SPDX' }).length).toBeGreaterThan(0);
});

test('iri-reference: the http(s) fast path decides as the full ajv-formats-draft2019 check does', async () => {
  const { iriReference } = await import('../src/schema-formats.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const full = require('ajv-formats-draft2019/formats/iri-reference.js') as (value: string) => boolean;
  const values = [
    'https://registry.npmjs.org/@types/node/-/node-24.1.0.tgz',
    'https://codeload.github.com/webpack/tooling/tar.gz/4c13a00ac84cf0e2dd57c457cd1ce46faa9e456a',
    'http://[::1]:8080/a?b=c#d',
    'HTTPS://EXAMPLE.COM/%41',
    'https://bücher.example/ä',
    'https://a.b/c d',
    'git+ssh://git@github.com/a/b.git',
    'git+https://github.com/a/b.git#abc',
    'foo://x',
    './relative',
    '#fragment',
    'mailto:a@b.c',
    '',
    'https://a.b:65535/%7e/%zz',
    'https://a.b:123456/',
    'https://-a..b/_x~y?q=/?#f/?',
    'https://a.b/c#d#e',
    'https://user@a.b/',
  ];
  expect(values.map(iriReference)).toEqual(values.map(full));
});

test('duplicateItems names every repeated array item by its path; 1 and "1" are different items', async () => {
  const { duplicateItems } = await import('../src/validate.js');
  const document = {
    dependencies: [
      { ref: 'a', dependsOn: ['b', 'c', 'b'] },
      { ref: 'b', dependsOn: [1, '1'] },
      { ref: 'a', dependsOn: ['b', 'c', 'b'] },
    ],
    metadata: { tools: { components: [{ name: 'x' }, { name: 'y' }] } },
  };
  expect(duplicateItems(document)).toEqual([
    '/dependencies/0/dependsOn/2 duplicates an earlier item',
    '/dependencies/2 duplicates an earlier item',
    '/dependencies/2/dependsOn/2 duplicates an earlier item',
  ]);
  expect(duplicateItems(document.metadata, '/metadata')).toEqual([]);
  // Items that look alike (same keys, same first value) are still told apart by their JSON.
  const alike = {
    components: [
      { ref: 'a', hashes: [1] },
      { ref: 'a', hashes: [2] },
      { ref: 'a', hashes: [1] },
      { ref: 'a', hashes: [2] },
      { v: 1 },
      { v: '1' },
      [1, 2],
      [1, 3],
      [1, 2],
    ],
  };
  expect(duplicateItems(alike)).toEqual([
    '/components/2 duplicates an earlier item',
    '/components/3 duplicates an earlier item',
    '/components/8 duplicates an earlier item',
  ]);
});

test.each(['1.5', '1.6', '1.7'] as const)(
  'CycloneDX %s: license.id must be an SPDX id (the enum, checked by a Set)',
  async (v) => {
    const { cycloneDxChecks } = await import('../src/validate.js');
    const checks = await cycloneDxChecks(v);
    const withId = (id: unknown) => ({ type: 'library', name: 'a', licenses: [{ license: { id } }] });
    expect(checks.component(withId('MIT'), 0)).toEqual([]);
    expect(checks.component(withId('Apache-2.0'), 0)).toEqual([]);
    expect(checks.component(withId('Not-A-License'), 3)).toContainEqual(
      expect.stringMatching(/^\/components\/3\/licenses/),
    );
    expect(checks.component(withId('mit'), 0)).not.toEqual([]);
  },
);

test('updatePieces hashes pieces in batches exactly as the joined bytes', async () => {
  const { updatePieces } = await import('../src/cyclonedx.js');
  const pieces = [
    ...Array.from({ length: 5000 }, (_, i) => Buffer.from(`${i}:${'y'.repeat(i % 300)}\n`)),
    Buffer.alloc(300 * 1024, 'z'),
    'a string piece',
    Buffer.from('end'),
  ];
  const joined = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
  const batched = createHash('sha256');
  updatePieces(batched, pieces);
  expect(batched.digest('hex')).toBe(createHash('sha256').update(joined).digest('hex'));
});
