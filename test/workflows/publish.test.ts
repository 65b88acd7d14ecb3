// The publish job of workflows-templates/release.yml as GitHub runs it: the real gh CLI, on
// github.com's names. gh only talks https to api.github.com and uploads.github.com; the run has an
// HTTPS proxy (HTTPS_PROXY, as behind a corporate proxy) that tunnels both to the GitHub fake's TLS
// port, whose certificate a test CA signed (SSL_CERT_FILE, which Go reads on Linux).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_REPOSITORY, DEFAULT_SHA } from '../harness/index.js';
import { installReleases, type FakeRelease, type ReleasesState } from '../fakes/github/releases.js';
import { startProxy } from '../fakes/proxy.js';
import { makeTestCertificate, type TestCertificate } from '../fakes/tls.js';
import { BUILD_COMMAND, TOKEN, callerRepository, runSettings, startFakes, stopFakes, type Fakes } from './fixtures.js';
import { runWorkflow, type WorkflowRun } from './runner.js';

let fakes: Fakes;
let releases: ReleasesState;
let certificate: TestCertificate;
let proxy: Awaited<ReturnType<typeof startProxy>>;
let source: string;

const BUILT = ['app-1.0.0.tgz', 'app-cli-1.0.0.tgz'];
const BUNDLES = ['provenance.sigstore.jsonl', 'sbom.sigstore.jsonl'];
/** A whole release run per test: audit, build, signing, verify, publish. */
const RUN_TIMEOUT = 180_000;

beforeAll(async () => {
  fakes = await startFakes();
  releases = installReleases(fakes.github);
  const repository = fakes.github.repo(DEFAULT_REPOSITORY);
  repository.commit({ sha: DEFAULT_SHA, files: { 'README.md': 'app\n' } });
  for (const tag of ['v1.0.0', 'v0.9.0', 'v0.8.0', 'v0.7.0', 'v0.6.0']) repository.tag(tag, DEFAULT_SHA);
  certificate = makeTestCertificate(['api.github.com', 'uploads.github.com']);
  const port = await fakes.github.serveTls(certificate);
  proxy = await startProxy({ tunnels: { 'api.github.com:443': port, 'uploads.github.com:443': port } });
  source = callerRepository();
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await stopFakes(fakes);
  certificate?.remove();
});

const release = (inputs: Record<string, string | boolean>): Promise<WorkflowRun> => {
  const settings = runSettings(fakes);
  return runWorkflow({
    file: 'workflows-templates/release.yml',
    source,
    inputs: { 'build-command': BUILD_COMMAND, 'subject-path': 'dist/**/*.tgz', ...inputs },
    ...settings,
    env: {
      ...settings.env,
      HTTPS_PROXY: proxy.url,
      NO_PROXY: '127.0.0.1,localhost',
      SSL_CERT_FILE: certificate.caFile,
    },
  });
};

const publishLog = (run: WorkflowRun): string =>
  run.jobs
    .publish!.steps.map(
      (s) => `${s.label}: ${s.conclusion}\n${s.run?.stdout ?? ''}${s.run?.stderr ?? ''}${s.outputs.error ?? ''}`,
    )
    .join('\n');

/** What the run uploaded as workflow artifacts: the bytes each asset must have. */
const artifactBytes = (run: WorkflowRun, name: string): Buffer =>
  readFileSync(
    BUILT.includes(name)
      ? join(run.artifactsDir, 'release-artifacts', 'dist', name === 'app-1.0.0.tgz' ? name : `cli/${name}`)
      : join(run.artifactsDir, 'release-artifacts-attestations', name),
  );

const assets = (r: FakeRelease): Record<string, string> =>
  Object.fromEntries(r.assets.map((a) => [a.name, a.bytes.toString('utf8')]));

/** The release requests the publish job sent, in order: `METHOD host path`. */
const releaseRequests = (releaseId?: number): string[] =>
  fakes.github.requests
    .filter((r) => r.headers.host?.endsWith('github.com') && /\/releases/.test(r.path))
    .filter((r) => releaseId === undefined || r.path.includes(`/releases/${releaseId}`))
    .map((r) => `${r.method} ${r.headers.host} ${r.path}${r.query.name ? `?name=${r.query.name}` : ''} ${r.status}`);

test(
  'publish: false skips the job and sends GitHub no release request',
  async () => {
    const run = await release({});
    expect(run.jobs.verify!.result).toBe('success');
    expect(run.jobs.publish!.result).toBe('skipped');
    expect(fakes.github.requests.filter((r) => r.path.includes('/releases'))).toEqual([]);
  },
  RUN_TIMEOUT,
);

test(
  'a new tag: a draft is created, the files and bundles uploaded, then it is published',
  async () => {
    fakes.github.requests.length = 0;
    const run = await release({ publish: true });
    expect([run.jobs.publish!.result, run.jobs.publish!.result === 'success' ? '' : publishLog(run)]).toEqual([
      'success',
      '',
    ]);
    const published = releases.find(DEFAULT_REPOSITORY, 'v1.0.0')!;
    expect(published).toBeDefined();
    expect(published.draft).toBe(false);
    expect(Object.keys(assets(published)).sort()).toEqual([...BUILT, ...BUNDLES].sort());
    for (const asset of published.assets) expect(asset.bytes.equals(artifactBytes(run, asset.name))).toBe(true);
    // Through github.com's names, over the proxy: the API host for the release, the uploads host for files.
    expect(proxy.used).toEqual(
      expect.arrayContaining(['CONNECT api.github.com:443', 'CONNECT uploads.github.com:443']),
    );
    const sent = releaseRequests();
    const create = sent.findIndex((r) => r.startsWith(`POST api.github.com /repos/${DEFAULT_REPOSITORY}/releases `));
    const uploads = sent.filter((r) => r.startsWith('POST uploads.github.com'));
    const publish = sent.findIndex((r) => r.startsWith('PATCH api.github.com'));
    expect(uploads).toHaveLength(4);
    expect(uploads.every((r) => r.endsWith(' 201'))).toBe(true);
    expect(create).toBeGreaterThanOrEqual(0);
    expect(publish).toBe(sent.length - 1);
    expect(sent.indexOf(uploads[0]!)).toBeGreaterThan(create);
    const created = fakes.github.requests.find(
      (r) => r.method === 'POST' && r.path === `/repos/${DEFAULT_REPOSITORY}/releases`,
    )!;
    expect(created.body).toMatchObject({ tag_name: 'v1.0.0', draft: true });
    expect(fakes.github.requests.find((r) => r.method === 'PATCH')!.body).toEqual({ draft: false });
    // gh sent the job token (github.token) on every request, to both hosts.
    const viaGh = fakes.github.requests.filter((r) => r.headers.host?.endsWith('github.com'));
    expect(new Set(viaGh.map((r) => r.headers.authorization))).toEqual(new Set([`token ${TOKEN}`]));
  },
  RUN_TIMEOUT,
);

test(
  'an existing release: the files are added, the assets it had are kept',
  async () => {
    const existing = releases.add(DEFAULT_REPOSITORY, { tagName: 'v0.9.0' });
    releases.addAsset(existing, 'NOTES.txt', 'release notes\n');
    // An earlier attempt's upload of the same bytes: left as it is, not uploaded again.
    const earlier = releases.addAsset(existing, 'app-1.0.0.tgz', 'app bytes\n');
    fakes.github.requests.length = 0;
    const run = await release({ publish: true, 'release-tag': 'v0.9.0' });
    expect([run.jobs.publish!.result, run.jobs.publish!.result === 'success' ? '' : publishLog(run)]).toEqual([
      'success',
      '',
    ]);
    expect(Object.keys(assets(existing)).sort()).toEqual(['NOTES.txt', ...BUILT, ...BUNDLES].sort());
    expect(assets(existing)['NOTES.txt']).toBe('release notes\n');
    expect(existing.assets.find((a) => a.name === 'app-1.0.0.tgz')).toBe(earlier);
    const sent = releaseRequests(existing.id);
    expect(sent.filter((r) => r.startsWith('POST uploads.github.com')).map((r) => r.split('?name=')[1])).toEqual([
      'app-cli-1.0.0.tgz 201',
      'provenance.sigstore.jsonl 201',
      'sbom.sigstore.jsonl 201',
    ]);
    // Neither a new release nor a change to this one.
    expect(sent.filter((r) => !r.startsWith('GET ') && !r.startsWith('POST uploads.github.com'))).toEqual([]);
    expect(
      releaseRequests().filter((r) => r.startsWith(`POST api.github.com /repos/${DEFAULT_REPOSITORY}/releases `)),
    ).toEqual([]);
  },
  RUN_TIMEOUT,
);

test(
  'a draft an earlier attempt left is filled and published',
  async () => {
    const draft = releases.add(DEFAULT_REPOSITORY, { tagName: 'v0.7.0', draft: true });
    fakes.github.requests.length = 0;
    const run = await release({ publish: true, 'release-tag': 'v0.7.0' });
    expect([run.jobs.publish!.result, run.jobs.publish!.result === 'success' ? '' : publishLog(run)]).toEqual([
      'success',
      '',
    ]);
    expect(draft.draft).toBe(false);
    expect(Object.keys(assets(draft)).sort()).toEqual([...BUILT, ...BUNDLES].sort());
    expect(releases.releases.filter((r) => r.tagName === 'v0.7.0')).toEqual([draft]);
  },
  RUN_TIMEOUT,
);

test(
  'an asset of the same name with other bytes fails the job, and nothing is uploaded or changed',
  async () => {
    const existing = releases.add(DEFAULT_REPOSITORY, { tagName: 'v0.8.0' });
    releases.addAsset(existing, 'app-cli-1.0.0.tgz', 'the cli as first released\n');
    fakes.github.requests.length = 0;
    const run = await release({ publish: true, 'release-tag': 'v0.8.0' });
    expect(run.jobs.verify!.result).toBe('success');
    expect(run.jobs.publish!.result).toBe('failure');
    expect(publishLog(run)).toContain(
      '::error::the release v0.8.0 already has an asset named app-cli-1.0.0.tgz with other content; a release asset is never replaced, so nothing was uploaded',
    );
    expect(assets(existing)).toEqual({ 'app-cli-1.0.0.tgz': 'the cli as first released\n' });
    expect(releaseRequests(existing.id).filter((r) => r.startsWith('POST uploads'))).toEqual([]);
  },
  RUN_TIMEOUT,
);

test(
  'a published immutable release fails the job before any upload',
  async () => {
    const immutable = releases.add(DEFAULT_REPOSITORY, { tagName: 'v0.6.0', immutable: true });
    fakes.github.requests.length = 0;
    const run = await release({ publish: true, 'release-tag': 'v0.6.0' });
    expect(run.jobs.publish!.result).toBe('failure');
    expect(publishLog(run)).toContain('::error::the release v0.6.0 is immutable: no asset can be added to it');
    expect(immutable.assets).toEqual([]);
    expect(fakes.github.requests.filter((r) => r.host === 'uploads')).toEqual([]);
  },
  RUN_TIMEOUT,
);
