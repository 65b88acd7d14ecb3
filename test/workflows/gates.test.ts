// deploy-gate.yml, pull-request.yml and org-required.yml run job by job (test/workflows/runner.ts),
// and every template checked by this suite's own audits and by GitHub's workflow schema.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWithGitHub } from '@paved-road/workflows';
import { DEFAULT_REPOSITORY, makeWorkspace, repoRoot, runAction } from '../harness/index.js';
import {
  BUILD_COMMAND,
  RELEASE_WORKFLOW,
  callerRepository,
  runSettings,
  sha256,
  starterCaller,
  startFakes,
  stopFakes,
  type Fakes,
} from './fixtures.js';
import { runWorkflow, type WorkflowRun } from './runner.js';

const TEMPLATES = ['release.yml', 'deploy-gate.yml', 'pull-request.yml', 'org-required.yml'];
let fakes: Fakes;
let release: WorkflowRun;

beforeAll(async () => {
  fakes = await startFakes();
  release = await runWorkflow({
    file: 'workflows-templates/release.yml',
    source: callerRepository(),
    inputs: { 'build-command': BUILD_COMMAND, 'subject-path': 'dist/**/*.tgz' },
    ...runSettings(fakes),
  });
  if (release.jobs.verify!.result !== 'success') throw new Error('the release the gate tests start from failed');
}, 240_000);
afterAll(() => stopFakes(fakes));

describe('deploy-gate.yml', () => {
  const gate = (inputs: Record<string, string | boolean>): Promise<WorkflowRun> =>
    runWorkflow({
      file: 'workflows-templates/deploy-gate.yml',
      source: makeWorkspace({}),
      artifactsDir: release.artifactsDir,
      inputs: { environment: 'production', 'signer-workflow': RELEASE_WORKFLOW, ...inputs },
      ...runSettings(fakes),
    });
  const APP = `sha256:${sha256('app bytes\n')}`;

  test('admits a released file in the environment job and outputs its digest', async () => {
    const run = await gate({ subject: 'dist/app-1.0.0.tgz', 'artifact-name': 'release-artifacts' });
    expect(run.jobs.gate!.environment).toBe('production');
    expect([run.jobs.gate!.result, run.outputs.digest]).toEqual(['success', APP]);
    const verify = run.jobs.gate!.steps.find((s) => s.label === 'verify')!;
    expect(verify.inputs!['subject-digest']).toBe(APP);
    expect(verify.inputs!.repository).toBe(DEFAULT_REPOSITORY);
  });

  test('admits an image given by the digest that was attested', async () => {
    const run = await gate({ subject: `oci://ghcr.io/octo-org/app@${APP}` });
    expect([run.jobs.gate!.result, run.outputs.digest]).toEqual(['success', APP]);
  });

  test('refuses an image given by tag, with no digest out', async () => {
    const run = await gate({ subject: 'oci://ghcr.io/octo-org/app:latest' });
    expect([run.jobs.gate!.result, run.outputs.digest]).toEqual(['failure', '']);
    const resolve = run.jobs.gate!.steps.find((s) => s.label === 'Resolve the subject')!;
    expect(resolve.run!.exitCode).toBe(2);
    expect(resolve.run!.annotations.map((a) => a.message)).toEqual([
      'subject oci://ghcr.io/octo-org/app:latest has no @sha256:<64 hex> digest; give the image by digest, not by tag',
    ]);
  });

  test('refuses a file nobody attested, and one signed by another workflow than asked', async () => {
    writeFileSync(join(release.artifactsDir, 'release-artifacts', 'dist', 'unsigned.tgz'), 'unsigned\n');
    const unsigned = await gate({ subject: 'dist/unsigned.tgz', 'artifact-name': 'release-artifacts' });
    expect([unsigned.jobs.gate!.result, unsigned.outputs.digest]).toEqual(['failure', '']);
    expect(unsigned.jobs.gate!.steps.find((s) => s.label === 'verify')!.outputs.verified).toBe('false');
    const otherSigner = await gate({
      subject: 'dist/app-1.0.0.tgz',
      'artifact-name': 'release-artifacts',
      'signer-workflow': 'octo-org/octo-repo/.github/workflows/release.yml',
    });
    expect([otherSigner.jobs.gate!.result, otherSigner.outputs.digest]).toEqual(['failure', '']);
  });
});

const CLEAN_WORKFLOW = `name: ci
on: pull_request
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
      - run: npm test
`;
const OVERGRANTED = CLEAN_WORKFLOW.replace('permissions: {}', 'permissions: write-all');

function pullRequestEvent(headRepository: string): Record<string, unknown> {
  return {
    number: 1,
    pull_request: { number: 1, head: { ref: 'feature', repo: { full_name: headRepository } }, base: { ref: 'main' } },
    repository: { full_name: DEFAULT_REPOSITORY },
  };
}

describe('pull-request.yml', () => {
  const onPullRequest = (workflow: string, head: string): Promise<WorkflowRun> => {
    const event = pullRequestEvent(head);
    return runWorkflow({
      file: 'workflows-templates/pull-request.yml',
      source: makeWorkspace({ '.github/workflows/ci.yml': workflow }, { git: true }),
      eventName: 'pull_request',
      event: event as never,
      ...runSettings(fakes),
      env: { ...runSettings(fakes).env, GITHUB_REF: 'refs/pull/1/merge' },
    });
  };

  test('sends one SARIF report per audit to code scanning for a pull request from the repository', async () => {
    const run = await onPullRequest(CLEAN_WORKFLOW, DEFAULT_REPOSITORY);
    expect(run.jobs.audit!.result).toBe('success');
    expect(run.sarifUploads.map((u) => u.category)).toEqual([
      'paved-road/harden-permissions',
      'paved-road/verify-pinned-tools',
    ]);
  });

  test("keeps a fork's findings to annotations and the summary, with a read-only job", async () => {
    const run = await onPullRequest(OVERGRANTED, 'someone/fork');
    expect(run.jobs.audit!.result).toBe('failure');
    expect(run.jobs['code-scanning']!.result).toBe('skipped');
    expect(run.sarifUploads).toEqual([]);
    const permissions = run.jobs.audit!.steps.find((s) => s.label === 'permissions')!;
    expect(permissions.run!.annotations.filter((a) => a.kind === 'error').length).toBeGreaterThan(0);
    expect(permissions.run!.summary).toContain('ci.yml');
    // The second audit still runs after the first found errors.
    expect(run.jobs.audit!.steps.find((s) => s.label === 'pins')!.conclusion).toBe('success');
  });

  test('still uploads the reports when the audit fails on a pull request from the repository', async () => {
    const run = await onPullRequest(OVERGRANTED, DEFAULT_REPOSITORY);
    expect(run.jobs.audit!.result).toBe('failure');
    expect(run.jobs['code-scanning']!.result).toBe('success');
    expect(run.sarifUploads.map((u) => u.category)).toHaveLength(2);
  });
});

describe('org-required.yml', () => {
  test('reports on a merge queue entry: passes a clean repository, fails an overgranted one', async () => {
    const required = (workflow: string): Promise<WorkflowRun> =>
      runWorkflow({
        file: 'workflows-templates/org-required.yml',
        source: makeWorkspace({ '.github/workflows/ci.yml': workflow }, { git: true }),
        eventName: 'merge_group',
        event: { merge_group: { head_ref: 'refs/heads/gh-readonly-queue/main/pr-1-abc', base_ref: 'refs/heads/main' } },
        ...runSettings(fakes),
      });
    expect((await required(CLEAN_WORKFLOW)).jobs.audit!.result).toBe('success');
    expect((await required(OVERGRANTED)).jobs.audit!.result).toBe('failure');
  });
});

describe.each(TEMPLATES)('%s', (template) => {
  const text = readFileSync(join(repoRoot, 'workflows-templates', template), 'utf8');

  test("is valid for GitHub's workflow schema", () => {
    expect(validateWithGitHub(`.github/workflows/${template}`, text, 'workflow')).toEqual([]);
  });

  test("is clean under the suite's own audits", async () => {
    const workspace = makeWorkspace({ [`.github/workflows/${template}`]: text });
    for (const action of ['harden-permissions', 'verify-pinned-tools']) {
      const run = await runAction(action, {
        workspace,
        inputs: action === 'verify-pinned-tools' ? { 'fail-on': 'warning', online: 'false' } : { 'fail-on': 'warning' },
      });
      expect([action, run.exitCode, run.annotations.filter((a) => a.kind === 'error' || a.kind === 'warning')]).toEqual(
        [action, 0, []],
      );
    }
  });
});

test('the starter callers in the README are clean under the audits too', async () => {
  const workspace = makeWorkspace({
    '.github/workflows/release.yml': starterCaller('release.yml'),
    '.github/workflows/deploy.yml': `name: deploy\non:\n  workflow_dispatch:\npermissions: {}\n${starterCaller('deploy-gate.yml')}`,
  });
  const run = await runAction('harden-permissions', { workspace, inputs: { 'fail-on': 'warning' } });
  expect([run.exitCode, run.annotations.filter((a) => a.kind === 'error' || a.kind === 'warning')]).toEqual([0, []]);
});
