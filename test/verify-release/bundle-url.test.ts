// GitHub's attestations API now answers with bundle_url (a pre-signed blob-storage URL serving the
// bundle snappy-compressed, application/x-snappy) and may omit the inline bundle. verify-release
// fetches it from there, without the GitHub token (another host), bounded, failing closed.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compress } from 'snappyjs';
import { installAttestations, type AttestationsState } from '../fakes/github/attestations.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github/index.js';
import { validateAgainstOpenApi } from '../fakes/github/openapi.js';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import { ARTIFACT, ARTIFACT_SHA256, provenance, writeWorkspace } from './sign.js';
import { check, verify } from './run.js';

const TOKEN = 'ghs_bundleurltesttoken0001';

let fakes: SigstoreFakes;
let github: GitHubFake;
let state: AttestationsState;
let blobs: Server;
let blobUrl: string;
/** What the blob server answers for a path; and the headers of every request it got. */
const answers = new Map<string, { status: number; type: string; body: Buffer }>();
const blobRequests: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  fakes = await startSigstoreFakes();
  github = await startGitHubFake({ token: TOKEN });
  github.repo('octo-org/octo-repo');
  state = installAttestations(github);
  const bundle = await provenance(fakes);
  state.stored.push({
    id: 1,
    repository: 'octo-org/octo-repo',
    repositoryId: 1,
    bundle,
    subjectDigests: [`sha256:${ARTIFACT_SHA256}`],
    predicateType: 'https://slsa.dev/provenance/v1',
  });
  blobs = createServer((request, response) => {
    blobRequests.push(request.headers);
    const answer = answers.get((request.url ?? '').split('?')[0]!);
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body);
  });
  await new Promise<void>((done) => blobs.listen(0, '127.0.0.1', done));
  blobUrl = `http://127.0.0.1:${(blobs.address() as AddressInfo).port}`;
  const json = Buffer.from(JSON.stringify(bundle));
  answers.set('/attestations/1.json.sn', {
    status: 200,
    type: 'application/x-snappy',
    body: Buffer.from(compress(json)),
  });
  answers.set('/plain/1.json', { status: 200, type: 'application/json', body: json });
  answers.set('/corrupt/1.json.sn', {
    status: 200,
    type: 'application/x-snappy',
    body: Buffer.from('not snappy at all'),
  });
});
afterAll(async () => {
  await new Promise((done) => blobs.close(done));
  await github.close();
  await fakes.close();
});
beforeEach(() => {
  blobRequests.length = 0;
});

/** Verifies the artifact with its attestation fetched from a pre-signed URL on the blob server. */
function run(path: string) {
  return runAt(`${blobUrl}${path}?sv=2025-01-05&sig=presigned`);
}

/** Verifies the artifact with the attestations API answering bundle_url `url`. */
function runAt(url: string) {
  state.bundleUrl = () => url;
  const dir = mkdtempSync(join(tmpdir(), 'verify-release-bundle-url-'));
  writeWorkspace(dir, {}, fakes.trustedRoot);
  return verify(
    dir,
    {
      'subject-path': ARTIFACT,
      'trusted-root': 'trusted_root.json',
      'certificate-oidc-issuer': fakes.oidcIssuer,
      repository: 'octo-org/octo-repo',
      'github-token': TOKEN,
    },
    { apiUrl: github.url },
  );
}

test("the fake's bundle_url answer is what GitHub's OpenAPI description allows", async () => {
  state.bundleUrl = () => `${blobUrl}/attestations/1.json.sn`;
  const response = await fetch(`${github.url}/repos/octo-org/octo-repo/attestations/sha256:${ARTIFACT_SHA256}`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  const body = (await response.json()) as { attestations: Array<Record<string, unknown>> };
  expect(body.attestations[0]).toEqual({
    bundle_url: `${blobUrl}/attestations/1.json.sn`,
    repository_id: 1,
    initiator: 'user',
  });
  const result = validateAgainstOpenApi(
    'GET',
    `/repos/octo-org/octo-repo/attestations/sha256:${ARTIFACT_SHA256}`,
    200,
    body,
  );
  expect(result.valid).toBe(true);
});

test('a snappy-compressed bundle behind bundle_url is fetched without the GitHub token and verifies', async () => {
  const { report } = await run('/attestations/1.json.sn');
  expect(report.checks.filter((c) => !c.passed)).toEqual([]);
  expect(report.verified).toBe(true);
  expect(blobRequests).toHaveLength(1);
  expect(blobRequests[0]!.authorization).toBeUndefined();
  // The API itself was asked with the token.
  expect(github.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
});

test('a plain JSON bundle behind bundle_url verifies too', async () => {
  const { report } = await run('/plain/1.json');
  expect(report.verified).toBe(true);
});

test('a bundle_url that answers 404 fails closed with a message naming the attestation', async () => {
  await expect(run('/gone/1.json.sn')).rejects.toMatchObject({
    code: 'github-api-error',
    message: expect.stringMatching(
      /^Cannot fetch the bundle of GitHub attestation 1 for sha256:[0-9a-f]{64} from its bundle_url: 127\.0\.0\.1:\d+ answered 404\.$/,
    ) as unknown,
  });
});

test('corrupt snappy data fails closed', async () => {
  await expect(run('/corrupt/1.json.sn')).rejects.toMatchObject({
    code: 'github-api-error',
    message: expect.stringContaining('from its bundle_url: it is not valid snappy data') as unknown,
  });
});

test('a bundle_url that is neither https nor (with a plain-http API) http is refused, not fetched', async () => {
  state.bundleUrl = () => 'ftp://blobs.example/1.json.sn';
  const dir = mkdtempSync(join(tmpdir(), 'verify-release-bundle-url-'));
  writeWorkspace(dir, {}, fakes.trustedRoot);
  await expect(
    verify(
      dir,
      {
        'subject-path': ARTIFACT,
        'trusted-root': 'trusted_root.json',
        repository: 'octo-org/octo-repo',
        'github-token': TOKEN,
      },
      { apiUrl: github.url },
    ),
  ).rejects.toMatchObject({ message: expect.stringContaining('ftp: is not allowed (https only)') as unknown });
  expect(blobRequests).toHaveLength(0);
});

test('a bundle_url on the API host itself gets the token', async () => {
  github.route('GET', '/blobs/1.json', (request) => ({
    status: request.headers.authorization === `Bearer ${TOKEN}` ? 200 : 401,
    body: state.stored[0]!.bundle,
  }));
  const { report } = await runAt(`${github.url}/blobs/1.json`);
  expect(check(report, 'sigstore-verification').passed).toBe(true);
});
