// workflows-templates/release.yml run job by job as GitHub wires it (test/workflows/runner.ts): the
// real bundles and shell steps, artifacts through a folder, Sigstore, OIDC and GitHub on loopback.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_REPOSITORY, DEFAULT_SHA, runAction } from '../harness/index.js';
import { defaultClaims } from '../fakes/sigstore/index.js';
import {
  BUILD_COMMAND,
  CALLED_AT,
  TAG_REF,
  callerRepository,
  runSettings,
  sha256,
  startFakes,
  stopFakes,
  type Fakes,
} from './fixtures.js';
import { runWorkflow, type WorkflowRun } from './runner.js';

let fakes: Fakes;
let source: string;
let run: WorkflowRun;

const release = (overrides: Partial<Parameters<typeof runWorkflow>[0]> = {}): Promise<WorkflowRun> =>
  runWorkflow({
    file: 'workflows-templates/release.yml',
    source,
    inputs: { 'build-command': BUILD_COMMAND, 'subject-path': 'dist/**/*.tgz' },
    ...runSettings(fakes),
    ...overrides,
  });

const stepLog = (r: WorkflowRun, job: string): string =>
  r.jobs[job]!.steps.map(
    (s) => `${s.label}: ${s.conclusion}\n${s.run?.stdout ?? ''}${s.run?.stderr ?? ''}${s.outputs.error ?? ''}`,
  ).join('\n');

/** The logs of the jobs that failed: shown when a run that should pass did not. */
const failedLogs = (r: WorkflowRun): string =>
  Object.keys(r.jobs)
    .filter((job) => r.jobs[job]!.result === 'failure')
    .map((job) => stepLog(r, job))
    .join('\n');

beforeAll(async () => {
  fakes = await startFakes();
  source = callerRepository();
  run = await release();
}, 240_000);
afterAll(() => stopFakes(fakes));

describe('a release', () => {
  test('runs audit, build, provenance and verify in needs order, and skips publish unless asked', () => {
    expect(run.order).toEqual(['audit', 'build', 'provenance', 'verify', 'publish']);
    const results = Object.fromEntries(Object.entries(run.jobs).map(([id, job]) => [id, job.result]));
    expect([results, failedLogs(run)]).toEqual([
      { audit: 'success', build: 'success', provenance: 'success', verify: 'success', publish: 'skipped' },
      '',
    ]);
  });

  test('outputs the digests of the built files in sha256sum format', () => {
    expect(run.outputs.digests!.trim().split('\n')).toEqual([
      `${sha256('app bytes\n')}  dist/app-1.0.0.tgz`,
      `${sha256('cli bytes\n')}  dist/cli/app-cli-1.0.0.tgz`,
    ]);
    expect(run.outputs['artifact-name']).toBe('release-artifacts');
  });

  test('signs provenance and SBOM for those digests, stores them, and uploads the bundles', () => {
    const ids = run.outputs['attestation-ids']!.trim().split('\n');
    expect(ids).toHaveLength(2);
    const stored = fakes.attestations.stored.filter((a) => ids.includes(String(a.id)));
    expect(stored.map((a) => a.predicateType).sort()).toEqual([
      'https://cyclonedx.org/bom',
      'https://slsa.dev/provenance/v1',
    ]);
    for (const record of stored)
      expect(record.subjectDigests.sort()).toEqual(
        [`sha256:${sha256('app bytes\n')}`, `sha256:${sha256('cli bytes\n')}`].sort(),
      );
    expect(run.outputs['bundle-artifact-name']).toBe('release-artifacts-attestations');
    expect(readdirSync(join(run.artifactsDir, 'release-artifacts-attestations')).sort()).toEqual([
      'provenance.sigstore.jsonl',
      'sbom.sigstore.jsonl',
    ]);
  });

  test('verifies every artifact against this workflow at the ref it was called with', () => {
    const verify = run.jobs.verify!.steps.find((s) => s.run && s.inputs?.['signer-workflow'] !== undefined)!;
    expect(verify.inputs!['signer-workflow']).toBe(CALLED_AT);
    expect(verify.inputs!['source-ref']).toBe(TAG_REF);
    expect(verify.inputs!['source-digest']).toBe(DEFAULT_SHA);
    expect(verify.outputs.verified).toBe('true');
    expect(verify.outputs['signer-workflow']).toBe(CALLED_AT);
  });

  test('gives the build job no OIDC token service, and the provenance job one', () => {
    const tokenVariables = (job: string): string[] =>
      run.jobs[job]!.steps.flatMap((s) => Object.keys(s.run?.processEnv ?? {})).filter((k) =>
        k.startsWith('ACTIONS_ID_TOKEN_REQUEST'),
      );
    expect(run.jobs.build!.steps.filter((s) => s.run).length).toBeGreaterThan(0);
    expect(tokenVariables('build')).toEqual([]);
    expect(new Set(tokenVariables('provenance'))).toEqual(
      new Set(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']),
    );
  });
});

describe('the signing job refuses', () => {
  test('an artifact changed between build and provenance, and signs nothing', async () => {
    const before = fakes.attestations.stored.length;
    const tampered = await release({
      afterJob: (job, artifacts) => {
        if (job === 'build')
          writeFileSync(join(artifacts, 'release-artifacts', 'dist', 'app-1.0.0.tgz'), 'other bytes\n');
      },
    });
    expect(tampered.jobs.provenance!.result).toBe('failure');
    const log = stepLog(tampered, 'provenance');
    expect(log).toContain('the downloaded artifacts differ from the digests the build job output');
    const signing = tampered.jobs.provenance!.steps.filter((s) =>
      ['sbom', 'provenance', 'sbom-attestation'].includes(s.label),
    );
    expect(signing.map((s) => s.conclusion)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(fakes.attestations.stored.length).toBe(before);
    expect(tampered.jobs.verify!.result).toBe('skipped');
  });

  test('a file in the artifact that build did not hash', async () => {
    const padded = await release({
      afterJob: (job, artifacts) => {
        if (job === 'build') writeFileSync(join(artifacts, 'release-artifacts', 'dist', 'extra.tgz'), 'smuggled\n');
      },
    });
    expect(padded.jobs.provenance!.result).toBe('failure');
    expect(stepLog(padded, 'provenance')).toContain('holds files the build job did not hash');
  });
});

test('verify refuses artifacts attested by another workflow', async () => {
  const other = await release({
    inputs: { 'build-command': BUILD_COMMAND, 'subject-path': 'dist/**/*.tgz', 'artifact-name': 'other' },
    afterJob: async (job, artifacts) => {
      if (job !== 'provenance') return;
      // The same files, attested by the caller's own workflow instead of release.yml.
      const bundles = join(artifacts, 'other-attestations');
      rmSync(bundles, { recursive: true, force: true });
      fakes.sigstore.setClaims(defaultClaims(DEFAULT_REPOSITORY, DEFAULT_SHA, TAG_REF));
      try {
        const settings = runSettings(fakes);
        const workspace = join(artifacts, 'other');
        for (const [bundle, extra] of [
          ['provenance.sigstore.jsonl', {}],
          ['sbom.sigstore.jsonl', { 'sbom-path': writeSbom(workspace) }],
        ] as const) {
          const signed = await runAction('attest-provenance', {
            workspace,
            inputs: {
              'subject-path': 'dist/**/*.tgz',
              'bundle-path': join(bundles, bundle),
              'push-to-github': 'false',
              ...extra,
              ...settings.actionInputs!('attest-provenance'),
            },
            env: {
              ...settings.env,
              ACTIONS_ID_TOKEN_REQUEST_URL: settings.oidc!.url,
              ACTIONS_ID_TOKEN_REQUEST_TOKEN: settings.oidc!.token,
            },
          });
          if (signed.exitCode !== 0) throw new Error(signed.stdout + signed.stderr);
        }
      } finally {
        fakes.sigstore.setClaims({
          ...defaultClaims(DEFAULT_REPOSITORY, DEFAULT_SHA, TAG_REF),
          job_workflow_ref: CALLED_AT,
        });
      }
    },
  });
  expect(other.jobs.provenance!.result).toBe('success');
  expect(other.jobs.verify!.result).toBe('failure');
  const verify = other.jobs.verify!.steps.find((s) => s.run)!;
  expect(verify.outputs.verified).toBe('false');
  expect(verify.run!.summary).toContain('octo-org/octo-repo/.github/workflows/release.yml');
  expect(other.jobs.publish!.result).toBe('skipped');
});

function writeSbom(dir: string): string {
  const file = join(dir, '..', 'other-sbom.cdx.json');
  writeFileSync(
    file,
    JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      version: 1,
      components: [],
    }),
  );
  return file;
}

test('the release caller in the README grants exactly what release.yml needs', () => {
  const caller = readFileSync(join(source, '.github/workflows/release.yml'), 'utf8');
  expect(caller).toContain('uses: paved-road/paved-road/.github/workflows/release.yml@');
  const audit = run.jobs.audit!.steps.filter((s) => s.run);
  expect(
    audit.map((s) => [s.label, s.run!.annotations.filter((a) => a.kind !== 'debug' && a.kind !== 'notice')]),
  ).toEqual(audit.map((s) => [s.label, []]));
});
