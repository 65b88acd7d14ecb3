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
