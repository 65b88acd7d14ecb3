// `paved-road pipeline` where a job's OIDC token is available (ACTIONS_ID_TOKEN_REQUEST_*): it signs
// keyless through Fulcio and Rekor, and the admission gate verifies the bundles against this job's
// identity. The loopback Sigstore fakes stand in for a Sigstore instance (`sigstore: custom`, its
// trusted root and OIDC issuer: what a user of a private instance sets).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DEFAULT_REPOSITORY, DEFAULT_SHA, makeWorkspace, runCli } from '../harness/index.js';
import { defaultClaims, startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';

const JOB_WORKFLOW = `${DEFAULT_REPOSITORY}/.github/workflows/pipeline.yml@refs/tags/v2.0.0`;
const SIGNER = `https://github.com/${JOB_WORKFLOW}`;

const CLEAN_WORKFLOW = `name: ci
on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-24.04
    permissions:
      contents: read # why: check out the repository
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          persist-credentials: false
      - run: make test
`;

interface Report {
  verified: boolean;
  signing: string;
  subjects: string[];
  stages: Array<{ command: string; exitCode: number; outputs: Record<string, string>; message?: string }>;
}

let fakes: SigstoreFakes;

beforeAll(async () => {
  fakes = await startSigstoreFakes();
  fakes.setClaims({
    ...defaultClaims(DEFAULT_REPOSITORY, DEFAULT_SHA, 'refs/tags/v2.0.0'),
    job_workflow_ref: JOB_WORKFLOW,
  });
});
afterAll(() => fakes?.close());

/** Every regular file under `dir`, .git left out. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !relative(dir, join(e.parentPath, e.name)).startsWith('.git/'))
    .map((e) => join(e.parentPath, e.name));
}

async function pipeline(files: Record<string, string> = {}): Promise<{
  repo: string;
  home: string;
  temp: string;
  run: Awaited<ReturnType<typeof runCli>>;
  report: Report;
}> {
  const repo = makeWorkspace(
    {
      'package.json': JSON.stringify({ name: 'widget', version: '2.0.0', dependencies: { 'left-pad': '1.3.0' } }),
      'package-lock.json': JSON.stringify({
        name: 'widget',
        version: '2.0.0',
        lockfileVersion: 3,
        packages: {
          '': { name: 'widget', version: '2.0.0', dependencies: { 'left-pad': '1.3.0' } },
          'node_modules/left-pad': {
            version: '1.3.0',
            resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
            integrity:
              'sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQTlOTLy+ZpUN2Ri7RrjKu2qPkhJR5MCwqUs/S3hkzdxTqJQ==',
          },
        },
      }),
      '.github/workflows/ci.yml': CLEAN_WORKFLOW,
      ...files,
    },
    { git: true },
  );
  // The process's home and temp dir, to show it wrote no key there either.
  const home = mkdtempSync(join(tmpdir(), 'paved-road-keyless-home-'));
  const temp = mkdtempSync(join(tmpdir(), 'paved-road-keyless-tmp-'));
  const run = await runCli(
    [
      'pipeline',
      '--build-command',
      "mkdir -p dist && printf 'export default 2;\\n' > dist/index.js",
      '--subject-path',
      'dist/*.js',
      '--format',
      'json',
      '--sigstore',
      'custom',
      '--fulcio-url',
      fakes.fulcioUrl,
      '--rekor-url',
      fakes.rekorUrl,
      '--tsa-url',
      fakes.tsaUrl,
      '--trusted-root',
      fakes.trustedRootPath,
      '--certificate-oidc-issuer',
      fakes.oidcIssuer,
    ],
    {
      cwd: repo,
      env: {
        HOME: home,
        TMPDIR: temp,
        SOURCE_DATE_EPOCH: '1767225600',
        ACTIONS_ID_TOKEN_REQUEST_URL: fakes.oidcUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: fakes.oidcRequestToken,
      },
      timeoutMs: 120_000,
    },
  );
  return { repo, home, temp, run, report: JSON.parse(run.stdout) as Report };
}

describe('pipeline with an OIDC token', () => {
  let result: Awaited<ReturnType<typeof pipeline>>;
  beforeAll(async () => {
    fakes.requests.length = 0;
    result = await pipeline();
  }, 150_000);

  test('signs keyless and every stage passes', () => {
    const { run, report } = result;
    expect([run.exitCode, report.verified, report.stages.filter((s) => s.exitCode !== 0)]).toEqual([0, true, []]);
    expect(report.signing).toBe('keyless');
    expect(report.stages.map((s) => s.command)).toEqual([
      'harden-permissions',
      'verify-pinned-tools',
      'build',
      'generate-sbom',
      'attest-provenance',
      'attest-provenance',
      'verify-release',
    ]);
    // Two certificates from Fulcio, two entries in Rekor: one per attestation.
    const calls = (service: string): number =>
      fakes.requests.filter((r) => r.service === service && r.method === 'POST' && r.status < 300).length;
    expect([calls('fulcio'), calls('rekor')]).toEqual([2, 2]);
  });

  test('the bundles carry a Fulcio certificate for this job, not a key', () => {
    for (const file of ['provenance.sigstore.jsonl', 'sbom.sigstore.jsonl']) {
      const bundle = JSON.parse(readFileSync(join(result.repo, '.paved-road', file), 'utf8').split('\n')[0]!);
      const material = bundle.verificationMaterial;
      expect([
        file,
        Boolean(material.certificate?.rawBytes ?? material.x509CertificateChain),
        material.publicKey,
      ]).toEqual([file, true, undefined]);
      expect(material.tlogEntries).toHaveLength(1);
    }
  });

  test("the gate required this job's identity from its token and found it in the certificate", () => {
    const gate = result.report.stages.find((s) => s.command === 'verify-release')!;
    expect(gate.outputs.verified).toBe('true');
    expect(gate.outputs['signer-workflow']).toBe(JOB_WORKFLOW);
    expect(gate.outputs['source-digest']).toBe(DEFAULT_SHA);
    const report = readFileSync(join(result.repo, '.paved-road', 'verify-release-report.json'), 'utf8');
    expect(report).toContain(SIGNER);
  });

  test('writes no private key anywhere: not in the repository, its output dir, the home or temp dir', () => {
    const { repo, home, temp } = result;
    const files = [...allFiles(repo), ...allFiles(home), ...allFiles(temp)];
    expect(files.filter((f) => /PRIVATE KEY/.test(readFileSync(f, 'latin1')))).toEqual([]);
    expect(readdirSync(join(repo, '.paved-road')).filter((f) => /key/i.test(f))).toEqual([]);
  });
});

test('a policy that names another signer fails the gate, though signing passed', async () => {
  const other = `https://github.com/${DEFAULT_REPOSITORY}/.github/workflows/other.yml@refs/tags/v2.0.0`;
  const { run, report } = await pipeline({
    '.github/paved-road.yml': `version: 1\nverify-release:\n  certificate-identity: ${other}\n`,
  });
  expect(run.exitCode).toBe(1);
  expect(report.verified).toBe(false);
  expect(report.stages.filter((s) => s.exitCode !== 0).map((s) => s.command)).toEqual(['verify-release']);
  const gate = report.stages.find((s) => s.command === 'verify-release')!;
  expect(gate.outputs.verified).toBe('false');
}, 150_000);
