import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { generateSbom, readLockfile } from '../src/index.js';
import { integrity, project, T0 } from './helpers.js';

const lodash = integrity('lodash');
const types = integrity('@types/node');
const sw = integrity('string-width');
const dev = integrity('jest');

function v3Project() {
  return project({
    'package.json': {
      name: 'app',
      version: '2.0.0',
      license: 'MIT',
      workspaces: ['packages/*'],
      dependencies: {
        lodash: '^4.17.0',
        'string-width-cjs': 'npm:string-width@^4.2.0',
        tool: 'github:acme/tool#abc1234',
      },
      devDependencies: { jest: '^29.0.0' },
      optionalDependencies: { fsevents: '^2.3.0' },
    },
    'packages/lib/package.json': { name: '@acme/lib', version: '0.1.0', private: true },
    'package-lock.json': {
      name: 'app',
      version: '2.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': {
          name: 'app',
          version: '2.0.0',
          license: 'MIT',
          workspaces: ['packages/*'],
          dependencies: {
            lodash: '^4.17.0',
            'string-width-cjs': 'npm:string-width@^4.2.0',
            tool: 'github:acme/tool#abc1234',
          },
          devDependencies: { jest: '^29.0.0' },
          optionalDependencies: { fsevents: '^2.3.0' },
        },
        'node_modules/@acme/lib': { resolved: 'packages/lib', link: true },
        'node_modules/lodash': { version: '4.17.21', integrity: lodash.sri, license: 'MIT' },
        'node_modules/string-width-cjs': { name: 'string-width', version: '4.2.3', integrity: sw.sri, license: 'MIT' },
        'node_modules/tool': {
          version: '1.0.0',
          resolved: 'git+ssh://git@github.com/acme/tool.git#abc1234def5678abc1234def5678abc1234def56',
          dependencies: { lodash: '^3.0.0' },
        },
        'node_modules/tool/node_modules/lodash': {
          version: '3.10.1',
          integrity: integrity('lodash3').sri,
          resolved: 'https://npm.example.com/lodash/-/lodash-3.10.1.tgz',
        },
        'node_modules/fsevents': {
          version: '2.3.3',
          integrity: integrity('fsevents').sri,
          optional: true,
          license: 'MIT',
        },
        'node_modules/jest': {
          version: '29.7.0',
          integrity: dev.sri,
          dev: true,
          license: 'MIT',
          dependencies: { '@types/node': '*' },
        },
        'node_modules/@types/node': { version: '20.1.0', integrity: types.sri, dev: true, license: 'MIT' },
        'packages/lib': { name: '@acme/lib', version: '0.1.0', dependencies: { lodash: '^4.0.0' } },
      },
    },
  });
}

describe('package-lock.json v2/v3', () => {
  test('purls: scoped names encoded, aliases resolved, git with vcs_url, other registries with repository_url', async () => {
    const graph = await readLockfile(v3Project(), 'package-lock.json');
    const purls = [...graph.packages.values()]
      .map((p) => p.purl)
      .filter(Boolean)
      .sort();
    expect(purls).toEqual([
      'pkg:npm/%40types/node@20.1.0',
      'pkg:npm/fsevents@2.3.3',
      'pkg:npm/jest@29.7.0',
      'pkg:npm/lodash@3.10.1?repository_url=https%3A%2F%2Fnpm.example.com',
      'pkg:npm/lodash@4.17.21',
      'pkg:npm/string-width@4.2.3',
      'pkg:npm/tool@1.0.0?vcs_url=git%2Bssh%3A%2F%2Fgit%40github.com%2Facme%2Ftool.git%23abc1234def5678abc1234def5678abc1234def56',
    ]);
    // The workspace member has no registry identity.
    const member = [...graph.packages.values()].find((p) => p.name === 'lib');
    expect(member).toMatchObject({ group: '@acme', version: '0.1.0', local: true, purl: undefined });
  });

  test('nested installs resolve to the nearest node_modules; links to workspace members', async () => {
    const graph = await readLockfile(v3Project(), 'package-lock.json');
    const tool = [...graph.packages.values()].find((p) => p.name === 'tool')!;
    expect([...tool.dependsOn]).toEqual(['pkg:npm/lodash@3.10.1?repository_url=https%3A%2F%2Fnpm.example.com']);
    const member = [...graph.packages.values()].find((p) => p.name === 'lib')!;
    expect([...member.dependsOn]).toEqual(['pkg:npm/lodash@4.17.21']);
    expect([...graph.root.dependsOn].sort()).toContain(member.ref);
  });

  test('integrity becomes SHA-512 hex on the component; scopes from npm flags', async () => {
    const dir = v3Project();
    const withDev = await generateSbom({
      projectDir: dir,
      lockfiles: [],
      format: 'cyclonedx-json',
      specVersion: '1.6',
      includeDev: true,
      validate: true,
      timestamp: T0,
    });
    const components = withDev.document.components as {
      purl?: string;
      scope?: string;
      hashes?: { alg: string; content: string }[];
    }[];
    const byPurl = new Map(components.map((c) => [c.purl, c]));
    expect(byPurl.get('pkg:npm/lodash@4.17.21')!.hashes).toEqual([{ alg: 'SHA-512', content: lodash.hex }]);
    expect(byPurl.get('pkg:npm/jest@29.7.0')!.scope).toBe('excluded');
    expect(byPurl.get('pkg:npm/fsevents@2.3.3')!.scope).toBe('optional');
    expect(byPurl.get('pkg:npm/lodash@4.17.21')!.scope).toBe('required');

    const prodOnly = await generateSbom({
      projectDir: dir,
      lockfiles: [],
      format: 'cyclonedx-json',
      specVersion: '1.6',
      includeDev: false,
      validate: true,
      timestamp: T0,
    });
    const text = prodOnly.text;
    expect(text).not.toContain('pkg:npm/jest@');
    expect(text).not.toContain('%40types/node');
    expect(prodOnly.componentCount).toBe(withDev.componentCount - 2);
  });

  test('the dependency graph has no dangling reference, with or without dev', async () => {
    for (const includeDev of [true, false]) {
      const sbom = await generateSbom({
        projectDir: v3Project(),
        lockfiles: [],
        format: 'cyclonedx-json',
        specVersion: '1.6',
        includeDev,
        validate: true,
        timestamp: T0,
      });
      const doc = sbom.document as {
        components: { 'bom-ref': string }[];
        dependencies: { ref: string; dependsOn?: string[] }[];
        metadata: { component: { 'bom-ref': string } };
      };
      const refs = new Set([...doc.components.map((c) => c['bom-ref']), doc.metadata.component['bom-ref']]);
      expect(doc.dependencies.length).toBe(refs.size);
      for (const dep of doc.dependencies) {
        expect(refs.has(dep.ref)).toBe(true);
        for (const target of dep.dependsOn ?? [])
          expect([dep.ref, target, refs.has(target)]).toEqual([dep.ref, target, true]);
      }
      const root = doc.dependencies.find((d) => d.ref === doc.metadata.component['bom-ref'])!;
      expect(root.dependsOn).toContain('pkg:npm/lodash@4.17.21');
      expect(root.dependsOn?.includes('pkg:npm/jest@29.7.0')).toBe(includeDev);
    }
  });

  test('metadata.component comes from the root manifest unless named', async () => {
    const dir = v3Project();
    const sbom = await generateSbom({
      projectDir: dir,
      lockfiles: [],
      format: 'cyclonedx-json',
      specVersion: '1.6',
      includeDev: false,
      validate: true,
      timestamp: T0,
    });
    expect((sbom.document.metadata as { component: object }).component).toMatchObject({
      type: 'application',
      name: 'app',
      version: '2.0.0',
      licenses: [{ license: { id: 'MIT' } }],
    });
    const named = await generateSbom({
      projectDir: dir,
      lockfiles: [],
      format: 'cyclonedx-json',
      specVersion: '1.6',
      includeDev: false,
      validate: true,
      timestamp: T0,
      componentName: 'svc',
      componentVersion: '9.9.9',
    });
    expect((named.document.metadata as { component: object }).component).toMatchObject({
      name: 'svc',
      version: '9.9.9',
    });
  });

  test('npm-shrinkwrap.json is preferred over package-lock.json', async () => {
    const lock = {
      name: 'x',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: { '': { name: 'x', dependencies: { a: '1.0.0' } }, 'node_modules/a': { version: '1.0.0' } },
    };
    const shrink = {
      ...lock,
      packages: {
        '': lock.packages[''],
        'node_modules/a': { version: '1.0.0' },
        'node_modules/b': { version: '2.0.0' },
      },
    };
    const dir = project({ 'package-lock.json': lock, 'npm-shrinkwrap.json': shrink });
    const sbom = await generateSbom({
      projectDir: dir,
      lockfiles: [],
      format: 'cyclonedx-json',
      specVersion: '1.6',
      includeDev: false,
      validate: true,
      timestamp: T0,
    });
    expect(sbom.lockfiles).toEqual(['npm-shrinkwrap.json']);
    expect(sbom.text).toContain('pkg:npm/b@2.0.0');
  });
});

describe('package-lock.json v1', () => {
  test('nested dependencies and requires resolve up the tree; aliases and dev flags', async () => {
    const dir = project({
      'package.json': {
        name: 'old',
        version: '1.0.0',
        dependencies: { a: '^1.0.0', 'sw-cjs': 'npm:string-width@^4.0.0' },
        devDependencies: { d: '^1.0.0' },
      },
      'package-lock.json': {
        name: 'old',
        version: '1.0.0',
        lockfileVersion: 1,
        requires: true,
        dependencies: {
          a: {
            version: '1.2.0',
            integrity: integrity('a').sri,
            requires: { b: '^2.0.0' },
            dependencies: { b: { version: '2.0.0', integrity: integrity('b2').sri } },
          },
          b: { version: '1.0.0', integrity: integrity('b1').sri },
          'sw-cjs': { version: 'npm:string-width@4.2.3', integrity: sw.sri },
          d: { version: '1.0.0', dev: true, requires: { b: '^1.0.0' } },
        },
      },
    });
    const graph = await readLockfile(dir, 'package-lock.json');
    const byRef = graph.packages;
    expect([...byRef.get('pkg:npm/a@1.2.0')!.dependsOn]).toEqual(['pkg:npm/b@2.0.0']);
    expect([...byRef.get('pkg:npm/d@1.0.0')!.dependsOn]).toEqual(['pkg:npm/b@1.0.0']);
    expect(byRef.get('pkg:npm/string-width@4.2.3')).toBeDefined();
    expect(byRef.get('pkg:npm/d@1.0.0')!.dev).toBe(true);
    expect([...graph.root.dependsOn].sort()).toEqual([
      'pkg:npm/a@1.2.0',
      'pkg:npm/d@1.0.0',
      'pkg:npm/string-width@4.2.3',
    ]);
  });
});

describe('licenses from an installed node_modules', () => {
  const options = (projectDir: string) => ({
    projectDir,
    lockfiles: [],
    format: 'cyclonedx-json' as const,
    specVersion: '1.6' as const,
    includeDev: false,
    validate: true,
    timestamp: T0,
  });
  const lock = {
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0', '@s/b': '^1.0.0', c: '^1.0.0', e: '^1.0.0' } },
      'node_modules/a': { version: '1.0.0', integrity: integrity('a').sri, license: 'ISC' },
      'node_modules/@s/b': { version: '1.0.0', integrity: integrity('b').sri, dependencies: { d: '^2.0.0' } },
      'node_modules/@s/b/node_modules/d': { version: '2.0.0', integrity: integrity('d').sri },
      'node_modules/c': { version: '1.0.0', integrity: integrity('c').sri },
      'node_modules/e': { version: '1.0.0', integrity: integrity('e').sri },
    },
  };
  const installed = {
    'package.json': { name: 'app', version: '1.0.0', dependencies: lock.packages[''].dependencies },
    'package-lock.json': lock,
    // The lockfile's license wins over the installed one.
    'node_modules/a/package.json': { name: 'a', version: '1.0.0', license: 'MIT' },
    'node_modules/@s/b/package.json': { name: '@s/b', version: '1.0.0', license: 'Apache-2.0 OR MIT' },
    'node_modules/@s/b/node_modules/d/package.json': {
      name: 'd',
      version: '2.0.0',
      licenses: [{ type: 'BSD-3-Clause' }],
    },
    'node_modules/c/package.json': { name: 'c', version: '1.0.0', license: 'apache-2.0' },
    // e is in the lockfile but not installed: no license, no error.
  };
  const licensesOf = (doc: Record<string, unknown>) =>
    Object.fromEntries(
      (doc.components as { name: string; licenses?: unknown[] }[]).map((c) => [c.name, c.licenses ?? []]),
    );

  test('the license field of node_modules/<path>/package.json fills what the lockfile lacks, as SPDX', async () => {
    const dir = project(installed);
    const sbom = await generateSbom(options(dir));
    expect(licensesOf(sbom.document)).toEqual({
      a: [{ license: { id: 'ISC' } }],
      b: [{ expression: 'Apache-2.0 OR MIT' }],
      d: [{ license: { id: 'BSD-3-Clause' } }],
      // Not the SPDX id as written: the SPDX list's case fixup gives the id.
      c: [{ license: { id: 'Apache-2.0' } }],
      e: [],
    });
  });

  test('without node_modules, only the lockfile licenses', async () => {
    const dir = project({ 'package.json': installed['package.json'], 'package-lock.json': lock });
    const sbom = await generateSbom(options(dir));
    expect(licensesOf(sbom.document)).toEqual({ a: [{ license: { id: 'ISC' } }], b: [], c: [], d: [], e: [] });
  });

  test('lockfileVersion 1 (no license fields) takes them from node_modules too', async () => {
    const dir = project({
      'package.json': { name: 'old', version: '1.0.0', dependencies: { a: '^1.0.0' } },
      'package-lock.json': {
        name: 'old',
        version: '1.0.0',
        lockfileVersion: 1,
        requires: true,
        dependencies: { a: { version: '1.0.0', integrity: integrity('a').sri } },
      },
      'node_modules/a/package.json': { name: 'a', version: '1.0.0', license: 'MIT' },
    });
    expect(licensesOf((await generateSbom(options(dir))).document)).toEqual({ a: [{ license: { id: 'MIT' } }] });
  });
});

describe('package URLs', () => {
  test('building purls never loads the locale collator (5-7 ms of start-up: patches/packageurl-js@2.0.1.patch)', () => {
    // A child process, so this test's own Intl is untouched: any collator or localeCompare throws there.
    const script = `
      Intl.Collator = function () { throw new Error('Intl.Collator used'); };
      String.prototype.localeCompare = function () { throw new Error('localeCompare used'); };
      const { PackageURL } = require('packageurl-js');
      const purl = new PackageURL('npm', '@types', 'node', '1.0.0', { vcs_url: 'git+https://x/y.git', download_url: 'https://x/y.tgz' }).toString();
      process.stdout.write(purl);
    `;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: join(__dirname, '..'), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'pkg:npm/%40types/node@1.0.0?download_url=https%3A%2F%2Fx%2Fy.tgz&vcs_url=git%2Bhttps%3A%2F%2Fx%2Fy.git',
    );
  });
});
