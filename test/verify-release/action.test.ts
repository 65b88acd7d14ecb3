// dist/verify-release/index.js under the runner's contract: attestations fetched from the GitHub
// fake (the only network use), offline verification, outputs, step summary, report file, exit codes.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, runCli } from '../harness/index.js';
import { installAttestations, type AttestationsState } from '../fakes/github/attestations.js';
import { json, startGitHubFake, type GitHubFake } from '../fakes/github/index.js';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import { ARTIFACT, ARTIFACT_SHA256, provenance, writeWorkspace, type SerializedBundle } from './sign.js';
import { verify } from './run.js';

const TOKEN = 'ghs_verifyreleasetesttoken0001';

let fakes: SigstoreFakes;
let github: GitHubFake;
let state: AttestationsState;
let bundle: SerializedBundle;

beforeAll(async () => {
  fakes = await startSigstoreFakes();
  github = await startGitHubFake({ token: TOKEN });
  github.repo('octo-org/octo-repo');
  state = installAttestations(github);
  bundle = await provenance(fakes);
  state.stored.push({
    id: 1,
    repository: 'octo-org/octo-repo',
    repositoryId: 1,
    bundle,
    subjectDigests: [`sha256:${ARTIFACT_SHA256}`],
    predicateType: 'https://slsa.dev/provenance/v1',
  });
});
afterAll(async () => {
  await github.close();
  await fakes.close();
});

function workspace(files: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-release-action-'));
  writeWorkspace(dir, files, fakes.trustedRoot);
  return dir;
}

function inputs(extra: Record<string, string>): Record<string, string> {
  return {
    'subject-path': ARTIFACT,
    'trusted-root': 'trusted_root.json',
    'certificate-oidc-issuer': fakes.oidcIssuer,
    ...extra,
  };
}

test('fetches the attestations for the artifact from GITHUB_API_URL and verifies them offline', async () => {
  const before = github.requests.length;
  const run = await runAction('verify-release', {
    workspace: workspace(),
    inputs: inputs({ repository: 'octo-org/octo-repo', 'github-token': TOKEN, 'source-ref': 'refs/heads/main' }),
    env: { GITHUB_API_URL: github.url },
  });
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    verified: 'true',
    'signer-workflow': 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    'source-repository': 'octo-org/octo-repo',
    'source-ref': 'refs/heads/main',
    'source-digest': 'ffac537e6cbbf934b08745a378932722df287a53',
    'predicate-type': 'https://slsa.dev/provenance/v1',
  });
  // Only the attestations API was asked, once, with the token.
  const asked = github.requests.slice(before);
  expect(asked.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
    `GET /repos/octo-org/octo-repo/attestations/sha256:${ARTIFACT_SHA256} 200`,
  ]);
  expect(asked[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  expect(run.masks).toContain(TOKEN);
  // The summary: the chain and the table.
  expect(run.summary).toContain('## verify-release: verified');
  expect(run.summary).toContain('```mermaid\nflowchart LR');
  expect(run.summary).toMatch(
    /\| `subject-digest` \| release\/app\.tar\.gz sha256:[0-9a-f]{64} \| covered by release\/app\.tar\.gz sha256:[0-9a-f]{64} \| pass \|/,
  );
  const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as {
    verified: boolean;
    checks: Array<{ name: string; passed: boolean }>;
  };
  expect(run.outputs['report-path']!.startsWith(run.runnerTemp)).toBe(true);
  expect(report.verified).toBe(true);
  expect(report.checks.map((c) => c.name)).toContain('source-ref');
});

test('by owner: the organization endpoint, and the source repository must belong to the owner', async () => {
  const run = await runAction('verify-release', {
    workspace: workspace(),
    inputs: inputs({ owner: 'octo-org', 'github-token': TOKEN }),
    env: { GITHUB_API_URL: github.url },
  });
  expect(run.exitCode).toBe(0);
  const other = await runAction('verify-release', {
    workspace: workspace(),
    inputs: inputs({ owner: 'octo-org', 'github-token': TOKEN, 'source-repository': 'octo-org/elsewhere' }),
    env: { GITHUB_API_URL: github.url },
  });
  expect(other.exitCode).toBe(1);
  expect(other.outputs.verified).toBe('false');
});

test('no attestation for the digest: not verified (exit 1), never a pass', async () => {
  const dir = workspace();
  const run = await runAction('verify-release', {
    workspace: dir,
    inputs: {
      ...inputs({ repository: 'octo-org/octo-repo', 'github-token': TOKEN }),
      'subject-path': '',
      'subject-digest': `sha256:${'ab'.repeat(32)}`,
    },
    env: { GITHUB_API_URL: github.url },
  });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.verified).toBe('false');
  expect(run.annotations.filter((a) => a.kind === 'error').map((a) => a.message)).toEqual([
    'verify-release: NOT verified: attestations: expected at least one attestation, found none (GitHub has no attestation for these digests)',
  ]);
  expect(run.summary).toContain('No attestation of the required predicate type names this artifact.');
});

test('a refused token is bad input: exit 2, one line that says what to do', async () => {
  const run = await runAction('verify-release', {
    workspace: workspace(),
    inputs: inputs({ repository: 'octo-org/octo-repo', 'github-token': 'wrong' }),
    env: { GITHUB_API_URL: github.url },
  });
  expect(run.exitCode).toBe(2);
  const errors = run.annotations.filter((a) => a.kind === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]!.message).toMatch(/^GitHub's attestations API answered 401 .*attestations: read/);
  expect(run.stdout).not.toMatch(/\n\s+at /);
});

test('a failing bundle from bundle-path: exit 1, outputs false, the failed link drawn red', async () => {
  const run = await runAction('verify-release', {
    workspace: workspace({ 'app.sigstore.json': bundle }),
    inputs: inputs({
      'bundle-path': 'app.sigstore.json',
      'source-repository': 'octo-org/octo-repo',
      'signer-workflow': 'octo-org/builders/.github/workflows/build.yml',
    }),
  });
  expect(run.exitCode).toBe(1);
  expect(run.outputs.verified).toBe('false');
  expect(run.summary).toContain(
    '| `signer-workflow` | octo-org/builders/.github/workflows/build.yml | https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main | **FAIL** |',
  );
  expect(run.summary).toContain('linkStyle 1,2 stroke:#d1242f');
  expect(existsSync(run.outputs['report-path']!)).toBe(true);
});

test('malformed JSON in bundle-path: exit 2 with the file and line', async () => {
  const run = await runAction('verify-release', {
    workspace: workspace({ 'app.sigstore.json': '{"mediaType": ' }),
    inputs: inputs({ 'bundle-path': 'app.sigstore.json', 'source-repository': 'octo-org/octo-repo' }),
  });
  expect(run.exitCode).toBe(2);
  const [error] = run.annotations.filter((a) => a.kind === 'error');
  expect(error).toMatchObject({ file: 'app.sigstore.json', line: 1 });
  expect(error!.message).toMatch(
    /^app\.sigstore\.json:1: the bundle file is not valid JSON: Unexpected end of JSON input\. Give a Sigstore bundle as JSON/,
  );
});

describe('the CLI: paved-road verify-release', () => {
  const args = (dir: string, extra: string[] = []): string[] => [
    'verify-release',
    ARTIFACT,
    '--bundle-path',
    'app.sigstore.json',
    '--trusted-root',
    'trusted_root.json',
    '--certificate-oidc-issuer',
    fakes.oidcIssuer,
    '--source-repository',
    'octo-org/octo-repo',
    '--format',
    'json',
    ...extra,
  ];

  test('--format json prints one document: verified, and every check with expected and actual; exit 0', async () => {
    const dir = workspace({ 'app.sigstore.json': bundle });
    const run = await runCli(args(dir), { cwd: dir });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout) as { verified: boolean; checks: Array<Record<string, unknown>> };
    expect(report.verified).toBe(true);
    for (const check of report.checks)
      expect(Object.keys(check)).toEqual(expect.arrayContaining(['name', 'expected', 'actual', 'passed']));
    expect(report.checks.find((c) => c.name === 'source-repository')).toMatchObject({
      expected: 'octo-org/octo-repo',
      actual: 'https://github.com/octo-org/octo-repo',
      passed: true,
    });
  });

  test('not verified: exit 1, the JSON says so', async () => {
    const dir = workspace({ 'app.sigstore.json': bundle });
    const run = await runCli(args(dir, ['--source-ref', 'refs/tags/v*']), { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect((JSON.parse(run.stdout) as { verified: boolean }).verified).toBe(false);
  });

  test('bad input: exit 2, one line on stderr, nothing on stdout', async () => {
    const dir = workspace({ 'app.sigstore.json': bundle });
    const run = await runCli(
      [
        'verify-release',
        ARTIFACT,
        '--bundle-path',
        'missing.json',
        '--source-repository',
        'octo-org/octo-repo',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('missing.json');
  });
});

test('by user: /orgs answers 404, /users is asked next; a bundle_url that cannot be fetched fails closed', async () => {
  // A closed loopback port: the blob host cannot be reached (bundle-url.test.ts fetches real ones).
  github.route('GET', '/users/{user}/attestations/{subject_digest}', () =>
    json({ attestations: [{ bundle_url: 'http://127.0.0.1:9/bundle.json.sn', repository_id: 1 }] }),
  );
  await expect(
    verify(workspace(), inputs({ owner: 'octocat', 'github-token': TOKEN }), { apiUrl: github.url }),
  ).rejects.toMatchObject({
    code: 'github-api-error',
    message: expect.stringMatching(
      /^Cannot fetch the bundle of GitHub attestation 1 .* 127\.0\.0\.1:9 cannot be reached/,
    ) as unknown,
  });
  expect(github.requests.slice(-2).map((r) => `${r.path} ${r.status}`)).toEqual([
    `/orgs/octocat/attestations/sha256:${ARTIFACT_SHA256} 404`,
    `/users/octocat/attestations/sha256:${ARTIFACT_SHA256} 200`,
  ]);
});
