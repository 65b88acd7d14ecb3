import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseSbom } from '../src/sboms.js';
import { IncidentIndex } from '../src/store.js';
import { queryIndex } from '../src/query.js';
import { componentTargets } from '../src/targets.js';

const dir = mkdtempSync(join(tmpdir(), 'incident-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sbom = (name: string, components: Array<{ name: string; version?: string; purl?: string }>) =>
  parseSbom(
    Buffer.from(
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        metadata: { component: { name, version: '1.0.0' } },
        components,
      }),
    ),
    `${name}.cdx.json`,
  );

const web = sbom('web', [
  { name: 'lodash', version: '4.17.20', purl: 'pkg:npm/lodash@4.17.20' },
  { name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' },
]);
const api = sbom('api', [{ name: 'lodash', version: '4.17.21', purl: 'pkg:npm/lodash@4.17.21' }]);
const empty = sbom('empty', []);

test('re-indexing a known SBOM is a no-op; the index survives reopening', () => {
  const file = join(dir, 'one.db');
  const index = IncidentIndex.open(file);
  expect(index.add(web, 'web.cdx.json')).toBe(true);
  expect(index.add(web, 'web.cdx.json')).toBe(false);
  expect(index.add(web, 'copy/web.cdx.json')).toBe(false);
  index.close();
  const again = IncidentIndex.open(file);
  expect(again.add(web, 'web.cdx.json')).toBe(false);
  expect(again.documents().map((d) => [d.names, d.componentCount])).toEqual([
    [['copy/web.cdx.json', 'web.cdx.json'], 2],
  ]);
  expect(again.componentsOf({ type: 'npm', namespace: '', name: 'lodash' })).toHaveLength(1);
  again.close();
  const rows = new DatabaseSync(file).prepare('SELECT count(*) AS n FROM components').get() as { n: number };
  expect(rows.n).toBe(2);
});

test('a query judges every document: affected, clean, and unknown for an SBOM with no components', () => {
  const index = IncidentIndex.open(undefined);
  index.add(web, 'web.cdx.json');
  index.add(api, 'api.cdx.json');
  index.add(empty, 'empty.cdx.json');
  const verdicts = queryIndex(index, componentTargets(['pkg:npm/lodash'], ['<4.17.21']));
  expect(verdicts.map((v) => [v.document.names[0], v.verdict, v.components.map((c) => c.version), v.reason])).toEqual([
    ['api.cdx.json', 'clean', [], undefined],
    ['empty.cdx.json', 'unknown', [], 'the SBOM lists no components'],
    ['web.cdx.json', 'affected', ['4.17.20'], undefined],
  ]);
  expect(verdicts[2]!.components[0]!.matches).toEqual(['pkg:npm/lodash <4.17.21']);
  expect(verdicts[2]!.components[0]!.path).toEqual(['web@1.0.0', 'lodash@4.17.20']);
});

test('a component of the package whose version cannot be read makes the SBOM unknown, not clean', () => {
  const index = IncidentIndex.open(undefined);
  index.add(
    sbom('odd', [
      { name: 'lodash', purl: 'pkg:npm/lodash' },
      { name: 'x', purl: 'pkg:npm/x@1.0.0' },
    ]),
    'odd.cdx.json',
  );
  const [verdict] = queryIndex(index, componentTargets(['pkg:npm/lodash'], ['<4.17.21']));
  expect(verdict!.verdict).toBe('unknown');
  expect(verdict!.undecided.map((c) => c.name)).toEqual(['lodash']);
});

test('an SBOM whose components have no package URL cannot be searched: unknown', () => {
  const index = IncidentIndex.open(undefined);
  index.add(sbom('names-only', [{ name: 'lodash', version: '4.17.20' }]), 'names-only.cdx.json');
  const [verdict] = queryIndex(index, componentTargets(['pkg:npm/lodash'], []));
  expect([verdict!.verdict, verdict!.reason]).toEqual(['unknown', 'no component has a package URL']);
});

test('a file that is not our index is refused and left unchanged', () => {
  const other = join(dir, 'other.db');
  const db = new DatabaseSync(other);
  db.exec('CREATE TABLE t (x INTEGER)');
  db.close();
  expect(() => IncidentIndex.open(other, { displayName: 'other.db' })).toThrow(
    'other.db is an SQLite file, but not a paved-road find-affected index; it is left as it is.',
  );
  const text = join(dir, 'text.db');
  writeFileSync(text, 'this is not a database at all, just some text '.repeat(40));
  expect(() => IncidentIndex.open(text, { displayName: 'text.db' })).toThrow(/text.db is not a usable index/);
  expect(() => IncidentIndex.open(dir, { displayName: 'dir' })).toThrow(/is a directory, not a regular file/);
  const dangling = join(dir, 'dangling.db');
  symlinkSync(join(dir, 'target.db'), dangling);
  expect(() => IncidentIndex.open(dangling, { displayName: 'dangling.db' })).toThrow(
    'The index dangling.db is a symlink to nothing; no index is created through it.',
  );
  expect(existsSync(join(dir, 'target.db'))).toBe(false);
});
