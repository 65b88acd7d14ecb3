// find-affected end to end: the bundle as the runner runs it (dist/find-affected) and the CLI.
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeWorkspace, runAction, runCli } from '../harness/index.js';

const ARTIFACT = 'c'.repeat(64);

function cyclonedx(name: string, components: Array<[string, string]>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    metadata: {
      component: { 'bom-ref': name, name, version: '1.0.0', hashes: [{ alg: 'SHA-256', content: ARTIFACT }] },
    },
    components: components.map(([pkg, version]) => ({
      'bom-ref': `${pkg}@${version}`,
      name: pkg,
      version,
      purl: `pkg:npm/${pkg.replace('@', '%40')}@${version}`,
    })),
    dependencies: [{ ref: name, dependsOn: components.map(([pkg, version]) => `${pkg}@${version}`) }],
    ...extra,
  });
}

const deep = (levels: number) =>
  `{"bomFormat":"CycloneDX","specVersion":"1.5","components":${'[{"name":"n","components":'.repeat(levels)}[]${'}]'.repeat(levels)}}`;

function workspace(): string {
  return makeWorkspace({
    'sboms/web.cdx.json': cyclonedx('web', [
      ['lodash', '4.17.20'],
      ['@scope/util', '2.0.0'],
    ]),
    'sboms/api.cdx.json': cyclonedx('api', [['lodash', '4.17.21']]),
    'sboms/empty.cdx.json': JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.4', components: [] }),
    'sboms/broken.cdx.json': 'TOKEN=ghp_secretsecret',
    'sboms/deep.cdx.json': deep(5000),
    // Two different components under one bom-ref: the graph cannot say which one a path goes through.
    'sboms/dupes.cdx.json': JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [
        { 'bom-ref': 'lodash', name: 'lodash', version: '4.17.19', purl: 'pkg:npm/lodash@4.17.19' },
        { 'bom-ref': 'lodash', name: 'lodash', version: '4.17.25', purl: 'pkg:npm/lodash@4.17.25' },
      ],
    }),
    'sboms/package.json': '{"name": "not an sbom, not searched in a folder"}',
    '.github/workflows/ci.yml':
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: tj-actions/changed-files@v45\n',
    '.github/workflows/clean.yml':
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n',
  });
}

describe('find-affected action', () => {
  test('affected, clean and unknown SBOMs; hostile files are per-file errors; outputs, report and summary', async () => {
    const ws = workspace();
    const outside = mkdtempSync(join(tmpdir(), 'find-affected-outside-'));
    writeFileSync(join(outside, 'secret.cdx.json'), cyclonedx('secret', [['lodash', '1.0.0']]));
    symlinkSync(join(outside, 'secret.cdx.json'), join(ws, 'sboms', 'link.cdx.json'));
    const run = await runAction('find-affected', {
      workspace: ws,
      inputs: { sboms: 'sboms', component: 'pkg:npm/lodash', 'version-range': '<4.17.21' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.runnerWarnings).toEqual([]);
    expect(run.outputs.affected).toBe('true');
    expect(run.outputs['affected-count']).toBe('1');
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
    expect(report.affected.map((e: { sbom: string }) => e.sbom)).toEqual(['sboms/web.cdx.json']);
    expect(report.affected[0].artifacts).toEqual([`sha256:${ARTIFACT}`]);
    expect(report.affected[0].components).toEqual([
      {
        name: 'lodash',
        version: '4.17.20',
        purl: 'pkg:npm/lodash@4.17.20',
        path: ['web@1.0.0', 'lodash@4.17.20'],
        matches: ['pkg:npm/lodash <4.17.21'],
      },
    ]);
    expect(report.clean.map((e: { sbom: string }) => e.sbom)).toEqual(['sboms/api.cdx.json']);
    const unknown = Object.fromEntries(report.unknown.map((e: { sbom: string; reason: string }) => [e.sbom, e.reason]));
    expect(Object.keys(unknown).sort()).toEqual([
      'sboms/broken.cdx.json',
      'sboms/deep.cdx.json',
      'sboms/dupes.cdx.json',
      'sboms/empty.cdx.json',
      'sboms/link.cdx.json',
    ]);
    expect(unknown['sboms/empty.cdx.json']).toBe('the SBOM lists no components');
    expect(unknown['sboms/broken.cdx.json']).toMatch(/^is not JSON/);
    expect(unknown['sboms/deep.cdx.json']).toMatch(/nested more than 32 deep/);
    expect(unknown['sboms/dupes.cdx.json']).toMatch(
      /bom-ref "lodash" \(components\[1\]\) is used by more than one component/,
    );
    expect(unknown['sboms/link.cdx.json']).toMatch(/leads outside the workspace/);
    // Nothing from a file that is not an SBOM is quoted anywhere.
    expect(`${run.stdout}${run.stderr}${run.summary}`).not.toContain('ghp_secret');
    expect(run.summary).toContain('| affected | SBOM `sboms/web.cdx.json` |');
    expect(run.summary).toContain('lodash@4.17.20 pkg:npm/lodash@4.17.20 (web@1.0.0 > lodash@4.17.20)');
    expect(run.annotations.filter((a) => a.kind === 'error').map((a) => a.message)).toEqual([
      '1 affected (1 SBOM(s)); see the report.',
    ]);
  });

  test('nothing affected and nothing unknown: exit 0', async () => {
    const ws = workspace();
    const run = await runAction('find-affected', {
      workspace: ws,
      inputs: { sboms: 'sboms/api.cdx.json\nsboms/web.cdx.json', component: 'pkg:npm/left-pad' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ affected: 'false', 'affected-count': '0', 'unknown-count': '0' });
  });

  test('workflows that use a compromised action', async () => {
    const run = await runAction('find-affected', {
      workspace: workspace(),
      inputs: { action: 'tj-actions/changed-files' },
    });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
    expect(report.affected).toEqual([
      {
        kind: 'workflow',
        file: '.github/workflows/ci.yml',
        uses: [
          {
            line: 6,
            column: 15,
            uses: 'tj-actions/changed-files@v45',
            ref: 'v45',
            pinned: false,
            job: 'build',
            step: '#1',
            verdict: 'affected',
          },
        ],
      },
    ]);
    expect(report.clean).toEqual([{ kind: 'workflow', file: '.github/workflows/clean.yml' }]);
  });

  test('bad input: one line, exit 2', async () => {
    const run = await runAction('find-affected', {
      workspace: workspace(),
      inputs: { sboms: 'sboms', component: 'pkg:npm/lodash', 'version-range': '>=banana' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.annotations.filter((a) => a.kind === 'error').map((a) => a.message)).toEqual([
      'Input "version-range": ">=banana" is not a semver range. Write it like >=1.0.0 <1.2.6, or as vers:npm/>=1.0.0|<1.2.6.',
    ]);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('paved-road find-affected', () => {
  test('--format json, an index reused across runs, exit codes', async () => {
    const ws = workspace();
    const first = await runCli(
      [
        'find-affected',
        '--component',
        'pkg:npm/@scope/util@2.0.0',
        '--index',
        'idx.db',
        '--format',
        'json',
        'sboms/web.cdx.json',
      ],
      { cwd: ws },
    );
    expect(first.exitCode).toBe(1);
    expect(first.stderr).toContain('1 SBOM file(s) read, 1 new to the index');
    const json = JSON.parse(first.stdout);
    expect(Object.keys(json)).toEqual(['affected', 'clean', 'unknown']);
    expect(json.affected[0].components[0].purl).toBe('pkg:npm/%40scope/util@2.0.0');
    expect(existsSync(join(ws, 'idx.db'))).toBe(true);
    // The index answers without the SBOM, and the same file again is not indexed twice.
    const second = await runCli(
      [
        'find-affected',
        '--component',
        'pkg:npm/lodash',
        '--version-range',
        'vers:npm/>=4.0.0|<4.17.21',
        '--index',
        'idx.db',
      ],
      { cwd: ws },
    );
    expect(second.exitCode).toBe(1);
    expect(second.stdout).toContain('AFFECTED sboms/web.cdx.json (artifact sha256:');
    expect(second.stdout).toContain('    path: web@1.0.0 > lodash@4.17.20');
    const again = await runCli(
      ['find-affected', '--component', 'pkg:npm/nothing', '--index', 'idx.db', 'sboms/web.cdx.json'],
      { cwd: ws },
    );
    expect(again.exitCode).toBe(0);
    expect(again.stderr).toContain('1 SBOM file(s) read, 0 new to the index');
  });

  test('an OSV advisory as the source of packages and ranges', async () => {
    const ws = workspace();
    writeFileSync(
      join(ws, 'osv.json'),
      JSON.stringify({
        id: 'GHSA-p6mc-m468-83gw',
        affected: [
          {
            package: { ecosystem: 'npm', name: 'lodash' },
            ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.20' }] }],
          },
        ],
      }),
    );
    const run = await runCli(
      ['find-affected', '--advisory', 'osv.json', '--fail-on-unknown', 'false', '--format', 'json', 'sboms'],
      { cwd: ws },
    );
    expect(run.exitCode).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.affected).toEqual([]);
    expect(json.clean.map((e: { sbom: string }) => e.sbom).sort()).toEqual([
      'sboms/api.cdx.json',
      'sboms/web.cdx.json',
    ]);
    const noSbom = await runCli(['find-affected', '--component', 'pkg:npm/x', 'sboms/*.xml'], { cwd: ws });
    expect(noSbom.exitCode).toBe(2);
    expect(noSbom.stderr).toContain('No SBOM file matched sboms (sboms/*.xml), and the index holds none.');
    const noWorkflow = await runCli(['find-affected', '--action', 'a/b', '--workflows', 'none/*.yml'], { cwd: ws });
    expect(noWorkflow.exitCode).toBe(2);
    expect(noWorkflow.stderr).toContain('No workflow file matched workflows (none/*.yml).');
    const none = await runCli(['find-affected', 'sboms'], { cwd: ws });
    expect(none.exitCode).toBe(2);
    expect(none.stderr.trim()).toBe(
      'paved-road: error: Nothing to look for: give component, advisory or action. Name the compromised package (component: pkg:npm/name), an OSV advisory file, or the action (owner/repo).',
    );
  });
});
