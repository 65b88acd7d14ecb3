import type { Finding } from '@paved-road/core';
import type { Job, Step, WorkflowFile } from '@paved-road/workflows';
import { at, majorVersion, parseUses, rule, stepUses } from './common.js';

export const cachePoisoningRule = rule({
  id: 'cache-poisoning',
  title: 'A release workflow restores a cache',
  severity: 'warning',
  why:
    'Caches are shared across the workflows of a repository: one written by any run on the default branch (or by a job ' +
    'that ran code from a pull request with access to the cache) is restored as-is by the release build. Whoever can write ' +
    'that cache can then put their code into the artifacts you sign and publish.',
  fix:
    'Do not restore caches in workflows that publish: remove `actions/cache` and set `cache: false` (or remove `cache:`) ' +
    'on setup-* actions there. A clean build costs minutes; a poisoned release costs the project.',
  before: [
    'on:',
    '  push:',
    '    tags: [v*]',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          cache: npm',
    '      - run: npm publish',
  ].join('\n'),
  after: [
    'on:',
    '  push:',
    '    tags: [v*]',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/setup-node@v4',
    '      - run: npm publish',
  ].join('\n'),
});

export const selfHostedRunnerRule = rule({
  id: 'self-hosted-runner',
  title: 'A self-hosted runner runs pull request workflows',
  severity: 'note',
  why:
    'A job triggered by a pull request runs code its author controls. On a self-hosted runner that code runs on your ' +
    'machine, in your network, and, unless the runner is ephemeral, can persist there to attack later jobs and their secrets.',
  fix:
    'Run pull request jobs on GitHub-hosted runners, or on ephemeral, isolated self-hosted runners (just-in-time runners, ' +
    'actions-runner-controller) with no access to other jobs or internal networks; require approval for outside contributors.',
  before: ['on: pull_request', 'jobs:', '  test:', '    runs-on: [self-hosted, linux]'].join('\n'),
  after: ['on: pull_request', 'jobs:', '  test:', '    runs-on: ubuntu-latest'].join('\n'),
});

/** `uses` name → the input that turns caching on, and whether caching is on when it is absent. */
const SETUP_CACHES: Record<string, { input: string; defaultOn?: (major: number | undefined) => boolean }> = {
  'actions/setup-node': { input: 'cache' },
  'actions/setup-python': { input: 'cache' },
  'actions/setup-java': { input: 'cache' },
  'actions/setup-dotnet': { input: 'cache' },
  'actions/setup-go': { input: 'cache', defaultOn: (major) => major === undefined || major >= 4 },
  'astral-sh/setup-uv': { input: 'enable-cache' },
  'oven-sh/setup-bun': { input: 'cache' },
  'pnpm/action-setup': { input: 'cache' },
  'ruby/setup-ruby': { input: 'bundler-cache' },
};

const ALWAYS_CACHES = new Set([
  'actions/cache',
  'actions/cache/restore',
  'swatinem/rust-cache',
  'mozilla-actions/sccache-action',
]);

const PUBLISHING_ACTIONS = new Set([
  'softprops/action-gh-release',
  'ncipollo/release-action',
  'pypa/gh-action-pypi-publish',
  'goreleaser/goreleaser-action',
  'js-devtools/npm-publish',
  'changesets/action',
  'googleapis/release-please-action',
  'google-github-actions/release-please-action',
  'actions/attest-build-provenance',
  'actions/attest',
  'slsa-framework/slsa-github-generator',
  'sigstore/cosign-installer',
]);

const PUBLISHING_COMMANDS =
  /\b(?:npm|pnpm|yarn)\s+publish\b|\bcargo\s+publish\b|\btwine\s+upload\b|\bgh\s+release\s+(?:create|upload)\b|\bgoreleaser\s+release\b|\bdocker\s+push\b|\bpoetry\s+publish\b|\buv\s+publish\b|\bgem\s+push\b|\bmvn\b[^\n]*\bdeploy\b/;

/** Why the workflow counts as a release workflow, or undefined. */
export function releaseReason(wf: WorkflowFile): string | undefined {
  for (const trigger of wf.triggers) {
    if (trigger.name === 'release') return 'it runs on release events';
    if (trigger.name === 'push') {
      const filters = trigger.filters as { tags?: unknown; 'tags-ignore'?: unknown } | undefined;
      if (filters && typeof filters === 'object' && filters.tags !== undefined) return 'it runs on tag pushes';
    }
  }
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (step.uses && PUBLISHING_ACTIONS.has(parseUses(step.uses.value).name))
        return `job ${job.id} publishes with ${parseUses(step.uses.value).name}`;
      if (stepUses(step, 'docker/build-push-action') && step.with.get('push')?.value.trim() === 'true')
        return `job ${job.id} pushes an image`;
      const match = step.run ? PUBLISHING_COMMANDS.exec(step.run.text) : null;
      if (match) return `job ${job.id} runs ${match[0].replace(/\s+/g, ' ')}`;
    }
  }
  return undefined;
}

/** How a step restores a cache, or undefined. */
export function restoresCache(step: Step): string | undefined {
  if (!step.uses) return undefined;
  const uses = parseUses(step.uses.value);
  if (uses.kind !== 'action') return undefined;
  if (ALWAYS_CACHES.has(uses.name)) return uses.name;
  const setup = SETUP_CACHES[uses.name];
  if (setup) {
    const value = step.with.get(setup.input)?.value.trim().toLowerCase();
    if (value === undefined)
      return setup.defaultOn?.(majorVersion(uses.ref)) ? `${uses.name} (caches by default)` : undefined;
    if (value === '' || value === 'false') return undefined;
    return `${uses.name} with ${setup.input}: ${value}`;
  }
  if (uses.name === 'docker/build-push-action' || uses.name === 'docker/bake-action') {
    const from = step.with.get('cache-from')?.value ?? '';
    if (/type=gha/.test(from)) return `${uses.name} with cache-from: type=gha`;
  }
  return undefined;
}

export function auditCachePoisoning(wf: WorkflowFile): Finding[] {
  const reason = releaseReason(wf);
  if (!reason) return [];
  const findings: Finding[] = [];
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      const how = restoresCache(step);
      if (!how) continue;
      findings.push(
        at(
          wf,
          cachePoisoningRule,
          step.uses!,
          `This is a release workflow (${reason}) and the step restores a cache (${how}): a poisoned cache would go into the release. Build without caches here.`,
          { job, step },
        ),
      );
    }
  }
  return findings;
}

const PR_TRIGGERS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

function selfHosted(job: Job): boolean {
  if (job.runsOn.some((label) => label.toLowerCase() === 'self-hosted')) return true;
  // `runs-on: ${{ matrix.os }}` with a matrix listing self-hosted labels.
  if (job.runsOn.some((label) => /\bmatrix\./.test(label)) && job.matrix)
    return JSON.stringify(job.matrix.value ?? null)
      .toLowerCase()
      .includes('"self-hosted"');
  return false;
}

export function auditSelfHostedRunner(wf: WorkflowFile): Finding[] {
  const triggers = wf.triggers.filter((t) => PR_TRIGGERS.has(t.name)).map((t) => t.name);
  if (!triggers.length) return [];
  return wf.jobs
    .filter((job) => selfHosted(job))
    .map((job) =>
      at(
        wf,
        selfHostedRunnerRule,
        job.runsOnPosition ?? job.position,
        `Job ${job.id} runs on a self-hosted runner for ${triggers.join(' / ')} events: pull request code runs on your machine. Use GitHub-hosted or ephemeral, isolated runners.`,
        { job },
      ),
    );
}
