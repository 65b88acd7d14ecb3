import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCustomPredicate, loadSbomPredicate, MAX_PREDICATE_BYTES } from '../src/predicates.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'predicates-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, value: unknown): string => {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
};

it('an SPDX document gets https://spdx.dev/Document, a CycloneDX one https://cyclonedx.org/bom', () => {
  const spdx = { spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'app', packages: [] };
  expect(loadSbomPredicate(write('a.spdx.json', spdx), dir)).toEqual({
    predicateType: 'https://spdx.dev/Document',
    predicate: spdx,
  });
  const cdx = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000',
    version: 1,
  };
  expect(loadSbomPredicate(write('a.cdx.json', cdx), dir)).toEqual({
    predicateType: 'https://cyclonedx.org/bom',
    predicate: cdx,
  });
});

it('refuses a CycloneDX document without serialNumber (GitHub would), invalid JSON and a non-object', () => {
  expect(() => loadSbomPredicate(write('n.json', { bomFormat: 'CycloneDX', specVersion: '1.6' }), dir)).toThrow(
    /without "serialNumber"/,
  );
  expect(() => loadSbomPredicate(write('bad.json', '{"bomFormat": '), dir)).toThrow(/is not valid JSON/);
  expect(() => loadCustomPredicate('https://example.com/p/v1', write('arr.json', [1, 2]), dir)).toThrow(
    /must hold a JSON object/,
  );
});

it('a predicate of exactly 16 MiB is accepted, one byte more is not', () => {
  const exact = `{"x":"${'a'.repeat(MAX_PREDICATE_BYTES - 8)}"}`;
  expect(exact.length).toBe(MAX_PREDICATE_BYTES);
  expect(loadCustomPredicate('https://example.com/p/v1', write('exact.json', exact), dir).predicateType).toBe(
    'https://example.com/p/v1',
  );
  const over = `{"x":"${'a'.repeat(MAX_PREDICATE_BYTES - 7)}"}`;
  expect(() => loadCustomPredicate('https://example.com/p/v1', write('over.json', over), dir)).toThrow(
    /at most 16777216 bytes/,
  );
});

it('predicate-type must be a URI', () => {
  expect(() => loadCustomPredicate('release-notes', write('p.json', {}), dir)).toThrow(/must be a URI/);
});
