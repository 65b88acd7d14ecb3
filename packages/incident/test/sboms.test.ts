import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@paved-road/core';
import { MAX_COMPONENT_DEPTH, MAX_SBOM_BYTES, parseSbom, readSbomFile } from '../src/sboms.js';

const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));
const ARTIFACT = 'a'.repeat(64);

const cyclonedx = {
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
  metadata: {
    component: {
      'bom-ref': 'app',
      type: 'application',
      name: 'app',
      version: '1.0.0',
      hashes: [{ alg: 'SHA-256', content: ARTIFACT.toUpperCase() }],
    },
  },
  components: [
    { 'bom-ref': 'express', name: 'express', version: '4.18.2', purl: 'pkg:npm/express@4.18.2' },
    {
      'bom-ref': 'qs',
      name: 'qs',
      version: '6.11.0',
      purl: 'pkg:npm/qs@6.11.0',
      components: [{ name: 'inner', version: '0.1.0', purl: 'pkg:npm/%40scope/inner@0.1.0' }],
    },
    { name: 'core', group: '@angular', version: '17.0.0', purl: 'pkg:npm/%40angular/core@17.0.0' },
    { name: 'no-purl', version: '1' },
  ],
  dependencies: [
    { ref: 'app', dependsOn: ['express'] },
    { ref: 'express', dependsOn: ['qs'] },
    { ref: 'qs', dependsOn: [] },
  ],
};

describe('CycloneDX JSON', () => {
  test('components (nested ones too) with keys, versions and the dependency path from the subject', () => {
    const sbom = parseSbom(bytes(cyclonedx), 'app.cdx.json');
    expect(sbom.format).toBe('CycloneDX 1.6');
    expect(sbom.subject).toBe('app@1.0.0');
    expect(sbom.artifactDigests).toEqual([`sha256:${ARTIFACT}`]);
    expect(sbom.sha256).toMatch(/^[0-9a-f]{64}$/);
    const byName = Object.fromEntries(sbom.components.map((c) => [c.name, c]));
    expect(byName.qs!.path).toEqual(['app@1.0.0', 'express@4.18.2', 'qs@6.11.0']);
    expect(byName.qs!.key).toEqual({ type: 'npm', namespace: '', name: 'qs' });
    // Not in the graph: the path is how it is nested.
    expect(byName.inner!.path).toEqual(['app@1.0.0', 'qs@6.11.0', 'inner@0.1.0']);
    expect(byName.inner!.key).toEqual({ type: 'npm', namespace: '@scope', name: 'inner' });
    expect(byName['@angular/core']!.key).toEqual({ type: 'npm', namespace: '@angular', name: 'core' });
    expect(byName['no-purl']!.key).toBeUndefined();
    expect(sbom.components).toHaveLength(5);
  });

  test.each(['1.2', '1.3', '1.4', '1.5', '1.7'])('specVersion %s is read', (specVersion) => {
    expect(parseSbom(bytes({ ...cyclonedx, specVersion }), 'x.json').format).toBe(`CycloneDX ${specVersion}`);
  });

  test("the path is the subject's shortest, even when another root reaches the component sooner", () => {
    const dependencies = [...cyclonedx.dependencies, { ref: 'orphan', dependsOn: ['qs'] }];
    const components = [...cyclonedx.components, { 'bom-ref': 'orphan', name: 'orphan', version: '9' }];
    const sbom = parseSbom(bytes({ ...cyclonedx, components, dependencies }), 'x.json');
    const byName = Object.fromEntries(sbom.components.map((c) => [c.name, c]));
    expect(byName.qs!.path).toEqual(['app@1.0.0', 'express@4.18.2', 'qs@6.11.0']);
    expect(byName.orphan!.path).toEqual(['orphan@9']);
  });

  test('a graph without a subject starts from the refs nobody depends on', () => {
    const { metadata: _metadata, ...rest } = cyclonedx;
    const sbom = parseSbom(bytes({ ...rest, dependencies: [{ ref: 'express', dependsOn: ['qs'] }] }), 'x.json');
    expect(sbom.components.find((c) => c.name === 'qs')!.path).toEqual(['express@4.18.2', 'qs@6.11.0']);
    expect(sbom.subject).toBeUndefined();
  });

  test('hostile documents are one clear error each', () => {
    const error = (value: unknown | Buffer) => {
      try {
        parseSbom(Buffer.isBuffer(value) ? value : bytes(value), 'bad.json');
      } catch (thrown) {
        expect(thrown).toBeInstanceOf(ConfigurationError);
        return (thrown as ConfigurationError).message;
      }
      throw new Error('no error');
    };
    const duplicate = { ...cyclonedx, components: [...cyclonedx.components, { 'bom-ref': 'qs', name: 'evil' }] };
    expect(error(duplicate)).toBe('bom-ref "qs" (components[4]) is used by more than one component.');
    // The same component listed again under its ref is one component, not an error.
    const repeat = { ...cyclonedx, components: [...cyclonedx.components, { ...cyclonedx.components[0] }] };
    expect(parseSbom(bytes(repeat), 'x.json').components).toHaveLength(5);
    const subjectAgain = { ...cyclonedx, components: [...cyclonedx.components, { ...cyclonedx.metadata.component }] };
    expect(parseSbom(bytes(subjectAgain), 'x.json').components.map((c) => c.name)).toContain('app');
    // Written as text: 100,000 levels are more than JSON.stringify (recursive) can write.
    const levels = 100_000;
    const deep = `{"bomFormat":"CycloneDX","specVersion":"1.6","components":${'[{"name":"c","components":'.repeat(levels)}[]${'}]'.repeat(levels)}}`;
    expect(error(Buffer.from(deep))).toMatch(new RegExp(`components are nested more than ${MAX_COMPONENT_DEPTH} deep`));
    // A secret that is not JSON is never quoted.
    expect(error(Buffer.from('AUTHORIZATION: Bearer hunter2'))).toBe('is not JSON (unexpected character).');
    expect(error({ bomFormat: 'CycloneDX', specVersion: '2.0' })).toMatch(/is CycloneDX "2.0"; versions 1.2 to 1.7/);
    expect(error({ hello: 'world' })).toMatch(/neither CycloneDX .* nor SPDX/);
    expect(error({ ...cyclonedx, components: { not: 'a list' } })).toBe('components is not a list.');
    expect(error(Buffer.from('<bom xmlns="http://cyclonedx.org/schema/bom/1.6"/>'))).toMatch(
      /CycloneDX XML is not read/,
    );
  });
});

const spdx = {
  spdxVersion: 'SPDX-2.3',
  SPDXID: 'SPDXRef-DOCUMENT',
  documentNamespace: 'https://example.com/spdx/app-1',
  packages: [
    {
      SPDXID: 'SPDXRef-app',
      name: 'app',
      versionInfo: '2.0.0',
      checksums: [{ algorithm: 'SHA256', checksumValue: ARTIFACT }],
    },
    {
      SPDXID: 'SPDXRef-django',
      name: 'Django',
      versionInfo: '4.2.0',
      externalRefs: [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:pypi/Django@4.2.0' },
      ],
    },
    {
      SPDXID: 'SPDXRef-sqlparse',
      name: 'sqlparse',
      versionInfo: '0.4.4',
      externalRefs: [
        { referenceCategory: 'PACKAGE_MANAGER', referenceType: 'purl', referenceLocator: 'pkg:pypi/sqlparse@0.4.4' },
      ],
    },
  ],
  relationships: [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-app' },
    { spdxElementId: 'SPDXRef-app', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-django' },
    { spdxElementId: 'SPDXRef-sqlparse', relationshipType: 'DEPENDENCY_OF', relatedSpdxElement: 'SPDXRef-django' },
  ],
};

describe('SPDX JSON', () => {
  test('packages with purl externalRefs, relationships both ways, the described package as subject', () => {
    const sbom = parseSbom(bytes(spdx), 'app.spdx.json');
    expect(sbom.format).toBe('SPDX-2.3');
    expect(sbom.subject).toBe('app@2.0.0');
    expect(sbom.artifactDigests).toEqual([`sha256:${ARTIFACT}`]);
    expect(sbom.components.map((c) => [c.name, c.key?.name, c.path])).toEqual([
      ['Django', 'django', ['app@2.0.0', 'Django@4.2.0']],
      ['sqlparse', 'sqlparse', ['app@2.0.0', 'Django@4.2.0', 'sqlparse@0.4.4']],
    ]);
  });

  test('SPDX 2.2 documentDescribes names the subject', () => {
    const { relationships, ...rest } = spdx;
    const sbom = parseSbom(
      bytes({
        ...rest,
        spdxVersion: 'SPDX-2.2',
        documentDescribes: ['SPDXRef-app'],
        relationships: relationships.slice(1),
      }),
      'x.json',
    );
    expect(sbom.subject).toBe('app@2.0.0');
    expect(sbom.components).toHaveLength(2);
  });

  test('duplicate SPDXIDs and other versions are errors', () => {
    expect(() => parseSbom(bytes({ ...spdx, packages: [...spdx.packages, spdx.packages[1]] }), 'x.json')).toThrow(
      'SPDXID "SPDXRef-django" (packages[3]) is used by more than one package.',
    );
    expect(() => parseSbom(bytes({ ...spdx, spdxVersion: 'SPDX-3.0' }), 'x.json')).toThrow(
      /SPDX 2.2 and 2.3 JSON are read/,
    );
  });
});

describe('reading files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'incident-sboms-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('through core: a link out of the workspace is refused', () => {
    const outside = mkdtempSync(join(tmpdir(), 'incident-outside-'));
    writeFileSync(join(outside, 'sbom.json'), JSON.stringify(cyclonedx));
    symlinkSync(join(outside, 'sbom.json'), join(dir, 'link.cdx.json'));
    expect(() => readSbomFile(join(dir, 'link.cdx.json'), { displayName: 'link.cdx.json', workspace: dir })).toThrow(
      /leads outside the workspace/,
    );
    writeFileSync(join(dir, 'ok.cdx.json'), JSON.stringify(cyclonedx));
    expect(
      readSbomFile(join(dir, 'ok.cdx.json'), { displayName: 'ok.cdx.json', workspace: dir }).components,
    ).toHaveLength(5);
    rmSync(outside, { recursive: true, force: true });
  });

  test('a 100 MB SBOM is refused by size, before it is parsed', () => {
    const big = join(dir, 'big.cdx.json');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024);
    expect(() => readSbomFile(big, { displayName: 'big.cdx.json', workspace: dir })).toThrow(
      `big.cdx.json is more than the ${MAX_SBOM_BYTES} bytes a SBOM may have.`,
    );
  });
});
