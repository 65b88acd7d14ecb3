// find-affected over real SBOMs: the ones generate-sbom makes (CycloneDX and SPDX) from the lockfiles
// of ../shared/corpus/sbom, and the peers' (cdxgen) SBOMs there. Every purl the document lists is
// found by a query for its package and exact version, every dependency path starts at the subject and
// ends at the component, and re-indexing changes nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { componentTargets, IncidentIndex, parsePurl, parseSbom, queryIndex, type ReadSbom } from '@paved-road/incident';
import { generateSbom } from '@paved-road/sbom';
import { corpusPath } from './corpus.js';

const root = corpusPath('sbom');
const folders = readdirSync(root)
  .filter((name) => existsSync(join(root, name, 'README.md')))
  .sort();
const T = new Date('2026-01-01T00:00:00Z');

type Doc = {
  components?: Doc[];
  purl?: string;
  'bom-ref'?: string;
  metadata?: { component?: Doc };
  dependencies?: Array<{ ref: string; dependsOn?: string[] }>;
  packages?: Array<{ externalRefs?: Array<Record<string, string>> }>;
};

/** Package keys with versions, from the raw JSON, walked here independently of the reader. */
function rawPurls(doc: Doc): Set<string> {
  const out = new Set<string>();
  const add = (purl: string | undefined) => {
    const parsed = purl ? parsePurl(purl) : undefined;
    if (parsed) out.add(`${parsed.type}/${parsed.namespace}/${parsed.name}@${parsed.version ?? ''}`);
  };
  const stack = [...(doc.components ?? []), ...(doc.metadata?.component?.components ?? [])];
  while (stack.length) {
    const c = stack.pop()!;
    add(c.purl);
    stack.push(...(c.components ?? []));
  }
  for (const pkg of doc.packages ?? [])
    for (const ref of pkg.externalRefs ?? []) if (ref.referenceType === 'purl') add(ref.referenceLocator);
  return out;
}

function subjectDistances(doc: Doc): Map<string, number> {
  const root = doc.metadata?.component?.['bom-ref'];
  const distance = new Map<string, number>();
  if (!root || !doc.dependencies) return distance;
  const edges = new Map<string, string[]>();
  for (const d of doc.dependencies) edges.set(d.ref, [...(edges.get(d.ref) ?? []), ...(d.dependsOn ?? [])]);
  distance.set(root, 0);
  const queue = [root];
  for (let i = 0; i < queue.length; i++)
    for (const next of edges.get(queue[i]!) ?? [])
      if (!distance.has(next)) {
        distance.set(next, distance.get(queue[i]!)! + 1);
        queue.push(next);
      }
  return distance;
}

function readerPurls(sbom: ReadSbom): Set<string> {
  return new Set(
    sbom.components
      .filter((c) => c.key)
      .map((c) => `${c.key!.type}/${c.key!.namespace}/${c.key!.name}@${parsePurl(c.purl!)!.version ?? ''}`),
  );
}

function checkFindsEverything(sbom: ReadSbom, name: string, raw: Doc): void {
  expect(sbom.components.length).toBeGreaterThan(0);
  // The SPDX document from generate-sbom describes the root package too: it is the subject, not a component.
  const expected = rawPurls(raw);
  const read = readerPurls(sbom);
  for (const purl of read) expect([name, purl, expected.has(purl)]).toEqual([name, purl, true]);
  expect(read.size).toBeGreaterThanOrEqual(expected.size - 1);
  // A component the subject reaches in the CycloneDX graph (breadth first here, independently of the
  // reader) has a shortest path from the subject; one it does not reach starts where the graph does.
  const distance = subjectDistances(raw);
  let reached = 0;
  for (const c of sbom.components) {
    expect(c.path.at(-1)).toBe(c.version ? `${c.name}@${c.version}` : c.name);
    const hops = c.bomRef !== undefined ? distance.get(c.bomRef) : undefined;
    if (hops === undefined) continue;
    reached++;
    expect([name, c.bomRef, c.path[0], c.path.length]).toEqual([name, c.bomRef, sbom.subject, hops + 1]);
  }
  if (distance.size > 1) expect(reached).toBeGreaterThan(0);
  const index = IncidentIndex.open(undefined);
  expect(index.add(sbom, name)).toBe(true);
  expect(index.add(sbom, name)).toBe(false);
  // Every versioned component, asked for by its own exact purl, makes the SBOM affected with it.
  const withVersion = sbom.components.filter((c) => c.key && c.version && parsePurl(c.purl!)?.version);
  const queries = withVersion.map((c) => c.purl!.split('?')[0]!.split('#')[0]!);
  const [verdict] = queryIndex(index, componentTargets(queries, []));
  expect(verdict!.verdict).toBe('affected');
  const found = new Set(verdict!.components.map((c) => c.purl));
  for (const c of withVersion) expect([name, c.purl, found.has(c.purl)]).toEqual([name, c.purl, true]);
  index.close();
}

describe.each(folders)('corpus sbom/%s', (folder) => {
  test('the SBOMs generate-sbom writes (CycloneDX 1.6 and SPDX 2.3) are read whole and found', async () => {
    for (const format of ['cyclonedx-json', 'spdx-json'] as const) {
      const generated = await generateSbom({
        projectDir: join(root, folder),
        lockfiles: [],
        format,
        specVersion: '1.6',
        includeDev: true,
        validate: false,
        timestamp: T,
      });
      const sbom = parseSbom(generated.bytes, `${folder}.${format}`);
      expect(sbom.format).toBe(format === 'spdx-json' ? 'SPDX-2.3' : 'CycloneDX 1.6');
      checkFindsEverything(sbom, `${folder} ${format}`, JSON.parse(generated.text) as Doc);
    }
  });
});

const peerFolders = folders.filter((folder) => existsSync(join(root, folder, 'reference.cdxgen.cdx.json')));

test('the corpus has peer SBOMs', () => expect(peerFolders.length).toBeGreaterThan(5));

describe.each(peerFolders)('corpus sbom/%s/reference.cdxgen.cdx.json', (folder) => {
  test("cdxgen's SBOM is read whole and found", () => {
    const bytes = readFileSync(join(root, folder, 'reference.cdxgen.cdx.json'));
    const sbom = parseSbom(bytes, `${folder}/reference.cdxgen.cdx.json`);
    checkFindsEverything(sbom, `${folder} cdxgen`, JSON.parse(bytes.toString('utf8')) as Doc);
  });
});
