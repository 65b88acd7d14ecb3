import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findActionUses, parseActionTargets } from '../src/actions.js';
import { advisoryTargets, componentTargets } from '../src/targets.js';

const dir = mkdtempSync(join(tmpdir(), 'incident-targets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('component targets', () => {
  test('scoped npm names, written encoded or not, are one package', () => {
    const [plain, encoded] = componentTargets(['pkg:npm/@angular/core', 'pkg:npm/%40angular/core@17.0.0'], []);
    expect(plain!.key).toEqual({ type: 'npm', namespace: '@angular', name: 'core' });
    expect(encoded!.key).toEqual(plain!.key);
    expect(plain!.affects('1.0.0')).toBe(true);
    expect(plain!.affects(undefined)).toBe(true);
    expect(encoded!.affects('17.0.0')).toBe(true);
    expect(encoded!.affects('17.0.1')).toBe(false);
    expect(encoded!.affects(undefined)).toBeUndefined();
  });

  test('one range for all, or one per component; PyPI names normalized', () => {
    const [django, flask] = componentTargets(['pkg:pypi/Django', 'pkg:pypi/flask'], ['>=4.2,<4.2.16', '<2.2.5']);
    expect(django!.key.name).toBe('django');
    expect([django!.affects('4.2.15'), django!.affects('4.2.16'), flask!.affects('2.2.4')]).toEqual([
      true,
      false,
      true,
    ]);
    expect(() => componentTargets(['pkg:npm/a', 'pkg:npm/b', 'pkg:npm/c'], ['<1', '<2'])).toThrow(
      'Input "version-range" has 2 ranges for 3 components.',
    );
    expect(() => componentTargets(['lodash'], [])).toThrow('Input "component": "lodash" is not a package URL.');
    expect(() => componentTargets(['pkg:npm/a@1.0.0'], ['<2'])).toThrow(
      /names a version and is also given a version-range/,
    );
  });
});

describe('OSV advisories', () => {
  const advisory = {
    id: 'GHSA-test-0001',
    affected: [
      {
        package: { ecosystem: 'npm', name: '@scope/pkg' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.2.6' }] }],
      },
      {
        package: { ecosystem: 'Go', name: 'github.com/Example/mod' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '2.0.0' }, { fixed: '2.3.1' }] }],
      },
      {
        package: { ecosystem: 'Maven', name: 'org.apache.logging.log4j:log4j-core' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0-beta9' }, { fixed: '2.15.0' }] }],
        versions: ['2.14.1'],
      },
      { package: { ecosystem: 'PyPI', name: 'Django', purl: 'pkg:pypi/django' }, versions: ['4.2.0'] },
    ],
  };

  test('packages by purl or ecosystem and name; SEMVER ranges; versions lists; other ecosystems by versions only', () => {
    const file = join(dir, 'osv.json');
    writeFileSync(file, JSON.stringify({ vulns: [advisory] }));
    const [npm, go, maven, pypi] = advisoryTargets(file, 'osv.json');
    expect(npm!.key).toEqual({ type: 'npm', namespace: '@scope', name: 'pkg' });
    expect(npm!.label).toBe('GHSA-test-0001 pkg:npm/%40scope/pkg');
    expect([npm!.affects('1.2.5'), npm!.affects('1.2.6')]).toEqual([true, false]);
    expect(go!.key).toEqual({ type: 'golang', namespace: 'github.com/example', name: 'mod' });
    expect([go!.affects('v2.0.0+incompatible'), go!.affects('v2.3.1'), go!.affects('v1.9.0')]).toEqual([
      true,
      false,
      false,
    ]);
    expect(maven!.key).toEqual({ type: 'maven', namespace: 'org.apache.logging.log4j', name: 'log4j-core' });
    // In the versions list: affected; outside it, the ECOSYSTEM range cannot be evaluated for Maven.
    expect([maven!.affects('2.14.1'), maven!.affects('2.16.0')]).toEqual([true, undefined]);
    expect([pypi!.affects('4.2'), pypi!.affects('4.2.1')]).toEqual([true, false]);
  });

  test('a file that is not an OSV advisory is bad input', () => {
    const file = join(dir, 'not-osv.json');
    writeFileSync(file, JSON.stringify({ hello: 'world' }));
    expect(() => advisoryTargets(file, 'not-osv.json')).toThrow(/advisory 1 has no "affected" list/);
    writeFileSync(file, 'SECRET=hunter2');
    expect(() => advisoryTargets(file, 'not-osv.json')).toThrow('is not JSON (unexpected character).');
  });
});

describe('workflow uses of an action', () => {
  const workflow = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - id: changed',
    '        uses: tj-actions/changed-files@v45',
    '      - uses: TJ-Actions/changed-files@0e58ed8671d6b60d0890c21b07f8835ace038e67',
    '      - uses: tj-actions/changed-files@a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    '      - uses: tj-actions/changed-files-other@v1',
    '      - uses: ./local',
    '  call:',
    '    uses: tj-actions/changed-files/.github/workflows/reusable.yml@main',
    '',
  ].join('\n');
  const action = [
    'name: composite',
    'runs:',
    '  using: composite',
    '  steps:',
    '    - uses: tj-actions/changed-files@v45',
    '',
  ].join('\n');
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  mkdirSync(join(dir, '.github/actions/x'), { recursive: true });
  writeFileSync(join(dir, '.github/workflows/ci.yml'), workflow);
  writeFileSync(join(dir, '.github/actions/x/action.yml'), action);
  const files = ['.github/workflows/ci.yml', '.github/actions/x/action.yml'].map((f) => ({
    path: join(dir, f),
    displayName: f,
  }));

  test('every ref without action-refs: each use with file, line, pinned or not', () => {
    const [ci, composite] = findActionUses(files, parseActionTargets(['tj-actions/changed-files'], []), dir);
    expect(ci!.verdict).toBe('affected');
    expect(ci!.uses.map((u) => [u.line, u.column, u.ref, u.pinned, u.job, u.step])).toEqual([
      [7, 15, 'v45', false, 'build', 'changed'],
      [8, 15, '0e58ed8671d6b60d0890c21b07f8835ace038e67', true, 'build', '#2'],
      [9, 15, 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', true, 'build', '#3'],
      [13, 11, 'main', false, 'call', undefined],
    ]);
    expect(composite!.uses.map((u) => [u.line, u.ref])).toEqual([[5, 'v45']]);
  });

  test('with action-refs: a bad SHA is affected, another SHA is clean, a tag is unknown', () => {
    const targets = parseActionTargets(['tj-actions/changed-files'], ['0E58ED8671D6B60D0890C21B07F8835ACE038E67']);
    const [ci, composite] = findActionUses(files, targets, dir);
    expect(ci!.uses.map((u) => [u.line, u.verdict])).toEqual([
      [7, 'unknown'],
      [8, 'affected'],
      [13, 'unknown'],
    ]);
    expect(ci!.verdict).toBe('affected');
    expect(composite!.verdict).toBe('unknown');
    // A path names one action: the reusable workflow is another.
    const [onlyPath] = findActionUses(files, parseActionTargets(['tj-actions/changed-files/sub'], []), dir);
    expect(onlyPath!.verdict).toBe('clean');
    expect(() => parseActionTargets(['tj-actions/changed-files@v45'], [])).toThrow(/is not owner\/repo/);
  });
});
