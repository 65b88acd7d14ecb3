// generate-sbom end to end: the bundle as the runner runs it (dist/generate-sbom) and the CLI.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSbom, LARGE_INPUT_BYTES } from '@paved-road/sbom';
import { makeWorkspace, runAction, runCli } from '../harness/index.js';

const lockfile = {
  name: 'web',
  version: '3.1.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': {
      name: 'web',
      version: '3.1.0',
      license: 'MIT',
      dependencies: { left: '^1.0.0' },
      devDependencies: { tester: '^1.0.0' },
    },
    'node_modules/left': {
      version: '1.3.0',
      integrity: `sha512-${createHash('sha512').update('left').digest('base64')}`,
      license: 'MIT',
    },
    'node_modules/tester': { version: '1.0.0', dev: true, dependencies: { left: '^1.0.0' } },
  },
};
const manifest = {
  name: 'web',
  version: '3.1.0',
  license: 'MIT',
  dependencies: { left: '^1.0.0' },
  devDependencies: { tester: '^1.0.0' },
};

function workspace(extra: Record<string, string> = {}, git = false): string {
  return makeWorkspace(
    { 'app/package.json': JSON.stringify(manifest), 'app/package-lock.json': JSON.stringify(lockfile), ...extra },
    { git },
  );
}

describe('generate-sbom action', () => {
  test('writes a valid CycloneDX file under RUNNER_TEMP and reports path, digest, count and serial', async () => {
    const ws = workspace();
    const run = await runAction('generate-sbom', {
      workspace: ws,
      inputs: { path: 'app' },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(run.annotations.filter((a) => a.kind === 'error')).toEqual([]);
    expect(run.exitCode).toBe(0);
    const file = run.outputs['sbom-file']!;
    expect(file.endsWith('/sbom.cdx.json')).toBe(true);
    const bytes = readFileSync(file);
    expect(run.outputs['sbom-digest']).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    const doc = JSON.parse(bytes.toString('utf8'));
    expect(run.outputs['component-count']).toBe('1');
    expect(run.outputs['serial-number']).toBe(doc.serialNumber);
    expect(doc.metadata.timestamp).toBe('2023-11-14T22:13:20.000Z');
    expect(doc.components.map((c: { purl: string }) => c.purl)).toEqual(['pkg:npm/left@1.3.0']);
    expect(run.summary).toContain('| Components | 1 |');
  });

  test('two runs give the same bytes; include-dev adds dev packages as excluded', async () => {
    const ws = workspace();
    const inputs = { path: 'app', 'output-file': 'out/sbom.json', 'include-dev': 'true', 'spec-version': '1.7' };
    const one = await runAction('generate-sbom', { workspace: ws, inputs, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    const first = readFileSync(join(ws, 'out/sbom.json'), 'utf8');
    const two = await runAction('generate-sbom', { workspace: ws, inputs, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect([one.exitCode, two.exitCode]).toEqual([0, 0]);
    expect(readFileSync(join(ws, 'out/sbom.json'), 'utf8')).toBe(first);
    expect(one.outputs['sbom-file']).toBe(join(ws, 'out/sbom.json'));
    const doc = JSON.parse(first);
    expect(doc.specVersion).toBe('1.7');
    expect(doc.components.find((c: { name: string }) => c.name === 'tester').scope).toBe('excluded');
  });

  test('without SOURCE_DATE_EPOCH the timestamp is the HEAD commit time', async () => {
    const ws = workspace({}, true);
    const run = await runAction('generate-sbom', {
      workspace: ws,
      inputs: { path: 'app' },
      env: { SOURCE_DATE_EPOCH: undefined },
    });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(run.outputs['sbom-file']!, 'utf8')).metadata.timestamp).toBe(
      '2026-01-01T00:00:00.000Z',
    );
  });

  test('with neither SOURCE_DATE_EPOCH nor a commit, no timestamp: two runs still give the same bytes', async () => {
    const ws = workspace();
    const runs = [];
    for (const format of ['cyclonedx-json', 'cyclonedx-json', 'spdx-json', 'spdx-json']) {
      const run = await runAction('generate-sbom', {
        workspace: ws,
        inputs: { path: 'app', format, 'output-file': `out/${runs.length}.json` },
        env: { SOURCE_DATE_EPOCH: undefined },
      });
      expect(run.exitCode).toBe(0);
      runs.push({ digest: run.outputs['sbom-digest'], text: readFileSync(run.outputs['sbom-file']!, 'utf8') });
      await new Promise((done) => setTimeout(done, 1100)); // another second on the clock
    }
    expect(runs[1]!.digest).toBe(runs[0]!.digest);
    expect(runs[3]!.digest).toBe(runs[2]!.digest);
    expect(JSON.parse(runs[0]!.text).metadata).not.toHaveProperty('timestamp');
    // SPDX requires creationInfo.created: the Unix epoch stands in for the missing source time.
    expect(JSON.parse(runs[2]!.text).creationInfo.created).toBe('1970-01-01T00:00:00Z');
  });

  test('a lockfile out of sync with package.json is a warning annotation naming the package', async () => {
    const ws = workspace({
      'app/package.json': JSON.stringify({ ...manifest, dependencies: { left: '^1.0.0', right: '^2.0.0' } }),
    });
    const run = await runAction('generate-sbom', { workspace: ws, inputs: { path: 'app' } });
    expect(run.exitCode).toBe(0);
    const warnings = run.annotations.filter((a) => a.kind === 'warning');
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'app/package-lock.json', message: expect.stringContaining('right@^2.0.0') }),
    ]);
  });

  test('a truncated lockfile fails with exit 2 and an error at its file and line', async () => {
    const ws = workspace({ 'app/package-lock.json': '{\n  "lockfileVersion": 3,\n  "packages": {\n' });
    const run = await runAction('generate-sbom', { workspace: ws, inputs: { path: 'app' } });
    expect(run.exitCode).toBe(2);
    const errors = run.annotations.filter((a) => a.kind === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('is not valid JSON');
    expect(errors[0]!.file).toBe('package-lock.json');
    expect(errors[0]!.line).toBe(4);
  });

  test('an empty production SBOM fails with one line and is not written; fail-on-empty: false writes it with a warning', async () => {
    const devOnly = {
      name: 'tools',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'tools', version: '1.0.0', devDependencies: { tester: '^1.0.0' } },
        'node_modules/tester': { version: '1.0.0', dev: true },
      },
    };
    const ws = workspace({
      'app/package.json': JSON.stringify({ name: 'tools', version: '1.0.0', devDependencies: { tester: '^1.0.0' } }),
      'app/package-lock.json': JSON.stringify(devOnly),
    });
    const failed = await runAction('generate-sbom', {
      workspace: ws,
      inputs: { path: 'app', 'output-file': 'empty.cdx.json' },
    });
    expect(failed.exitCode).toBe(1);
    const errors = failed.annotations.filter((a) => a.kind === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('the SBOM would be empty');
    expect(failed.stdout + failed.stderr).toContain('warning: The production SBOM has no component');
    expect(existsSync(join(ws, 'empty.cdx.json'))).toBe(false);
    const written = await runAction('generate-sbom', {
      workspace: ws,
      inputs: { path: 'app', 'output-file': 'empty.cdx.json', 'fail-on-empty': 'false' },
    });
    expect(written.exitCode).toBe(0);
    expect(written.outputs['component-count']).toBe('0');
    expect(written.summary).toContain('The production SBOM has no component');
    expect(existsSync(join(ws, 'empty.cdx.json'))).toBe(true);
  });

  test('a bad input value is refused with exit 2', async () => {
    const run = await runAction('generate-sbom', {
      workspace: workspace(),
      inputs: { path: 'app', 'spec-version': '1.4' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.annotations.find((a) => a.kind === 'error')!.message).toContain(
      '"spec-version" must be one of 1.5, 1.6, 1.7',
    );
  });
});

describe('paved-road generate-sbom', () => {
  test('same document as the action, path as a positional argument', async () => {
    const ws = workspace();
    const out = join(ws, 'cli.cdx.json');
    const cli = await runCli(['generate-sbom', join(ws, 'app'), '--output-file', out], {
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(cli.stderr).not.toContain('error');
    expect(cli.exitCode).toBe(0);
    const action = await runAction('generate-sbom', {
      workspace: ws,
      inputs: { path: 'app', 'output-file': 'action.cdx.json' },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(action.exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ws, 'action.cdx.json'), 'utf8'));
  });
});

describe('generate-sbom on a large lockfile', () => {
  /** A package-lock v3 of `count` registry packages in a chain, each with an integrity and a license. */
  function largeLockfile(count: number): { manifest: string; lockfile: string } {
    const packages: Record<string, unknown> = {
      '': { name: 'big', version: '1.0.0', dependencies: { 'pkg-0': '^1.0.0' } },
    };
    for (let i = 0; i < count; i++) {
      const name = i % 7 === 0 ? `@scope-${i % 13}/pkg-${i}` : `pkg-${i}`;
      packages[`node_modules/${name}`] = {
        version: `1.${i % 50}.${i % 7}`,
        resolved: `https://registry.npmjs.org/${name}/-/pkg-${i}-1.${i % 50}.${i % 7}.tgz`,
        integrity: `sha512-${createHash('sha512').update(name).digest('base64')}`,
        license: i % 3 ? 'MIT' : 'Apache-2.0',
        ...(i + 1 < count ? { dependencies: { [`pkg-${i + 1}`]: '*' } } : {}),
        ...(i % 5 === 4 ? { dev: true } : {}),
      };
    }
    return {
      manifest: JSON.stringify({ name: 'big', version: '1.0.0', dependencies: { 'pkg-0': '^1.0.0' } }),
      lockfile: JSON.stringify(
        { name: 'big', version: '1.0.0', lockfileVersion: 3, requires: true, packages },
        null,
        2,
      ),
    };
  }

  test('the memory-bounded heap (over 2 MiB of lockfiles) writes the same bytes as V8 defaults', async () => {
    const { manifest, lockfile } = largeLockfile(7000);
    expect(Buffer.byteLength(lockfile)).toBeGreaterThan(LARGE_INPUT_BYTES);
    const ws = makeWorkspace({ 'package.json': manifest, 'package-lock.json': lockfile });
    const out = join(ws, 'big.cdx.json');
    const cli = await runCli(['generate-sbom', ws, '--include-dev', 'true', '--output-file', out], {
      env: { SOURCE_DATE_EPOCH: '1700000000', RUNNER_DEBUG: '1' },
    });
    expect(cli.exitCode).toBe(0);
    expect(cli.stderr).toContain('bytes of lockfiles, memory-bounded heap');
    const reference = await generateSbom({
      projectDir: ws,
      lockfiles: [],
      format: 'cyclonedx-json',
      specVersion: '1.6',
      includeDev: true,
      validate: true,
      timestamp: new Date(1700000000 * 1000),
      boundedHeapBytes: Infinity,
    });
    expect(reference.componentCount).toBe(7000);
    const written = readFileSync(out);
    expect(written.equals(reference.bytes)).toBe(true);
    expect(cli.stdout).toContain(`sha256:${reference.digest}`);
  });

  test('a small lockfile keeps V8 defaults', async () => {
    const ws = workspace();
    const cli = await runCli(['generate-sbom', join(ws, 'app'), '--output-file', join(ws, 'small.json')], {
      env: { SOURCE_DATE_EPOCH: '1700000000', RUNNER_DEBUG: '1' },
    });
    expect(cli.exitCode).toBe(0);
    expect(cli.stderr).toMatch(/debug: start: \d+ bytes of lockfiles: /);
  });
});
