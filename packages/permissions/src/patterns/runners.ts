import type { Finding } from '@paved-road/core';
import type { Job, Step, Trigger, WorkflowFile } from '@paved-road/workflows';
import { at, majorVersion, parseUses, rule, stepUses, usesMajorVersion } from './common.js';

export const cachePoisoningRule = rule({
  id: 'cache-poisoning',
  title: 'A release workflow restores a cache',
  severity: 'warning',
  why:
    'Caches are shared across the workflows of a repository: one written by any run on the default branch (or by a job ' +
    'that ran code from a pull request with access to the cache) is restored as-is by the release build. Whoever can write ' +
    'that cache can then put their code into the artifacts you sign and publish. Several actions cache without being asked: ' +
    'actions/setup-go from v4, actions/setup-node from v5 (`package-manager-cache`, when package.json names npm), ' +
    'astral-sh/setup-uv from v5 (`enable-cache: auto`; from v10 not on tag pushes or release events), ramsey/composer-install, ' +
    "oven-sh/setup-bun, gradle/actions/setup-gradle, jdx/mise-action; the version comes from the ref or a SHA pin's `# vX` comment.",
  fix:
    'Do not restore caches in workflows that publish: remove `actions/cache` and set `cache: false` (or remove `cache:`) ' +
    'on setup-* actions there; turn the defaults off (`package-manager-cache: false`, `enable-cache: false`, `ignore-cache: yes`, ' +
    '`no-cache: true`, `cache-disabled: true`). A clean build costs minutes; a poisoned release costs the project.',
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

/** What decides whether a step restores a cache: its inputs, the action's major version, the workflow. */
interface CacheContext {
  inputs: Step['with'];
  /** The major version from the ref, else from a `# vX.Y.Z` comment; undefined when unknown. */
  major: number | undefined;
  wf: WorkflowFile;
  job: Job | undefined;
}

/** How an action restores a cache: undefined when it does not with these inputs, else how ('' when always). */
type CacheCheck = (context: CacheContext) => string | undefined;

function input(context: CacheContext, name: string): string | undefined {
  return context.inputs.get(name)?.value.trim().toLowerCase();
}

const isTrue = (value: string | undefined): boolean => value === 'true';

/** Caching turned on by an input naming what to cache (`cache: npm`); off when absent, empty or false. */
function optIn(name: string): CacheCheck {
  return (context) => {
    const value = input(context, name);
    return value === undefined || value === '' || value === 'false' ? undefined : `with ${name}: ${value}`;
  };
}

/** Caching on unless a boolean input turns it off (`cache: false`). An unknown version counts as a caching one. */
function onUnless(name: string, off: (value: string) => boolean, since?: number): CacheCheck {
  return (context) => {
    const value = input(context, name);
    if (value !== undefined) return off(value) ? undefined : `with ${name}: ${value}`;
    if (since !== undefined && context.major !== undefined && context.major < since) return undefined;
    return `(caches by default; ${name} is not set)`;
  };
}

/** setup-uv's `enable-cache` (facts from astral-sh/setup-uv's action.yml and src/utils/inputs.ts). */
const setupUv: CacheCheck = (context) => {
  const value = input(context, 'enable-cache');
  if (value === 'true') return 'with enable-cache: true';
  if (value !== undefined && value !== 'auto') return undefined;
  // v1-v4 defaulted to false; from v5 `auto` caches on GitHub-hosted runners.
  if (context.major !== undefined && context.major < 5) return undefined;
  if (context.job?.runsOn.some((label) => label.toLowerCase() === 'self-hosted')) return undefined;
  // From v10 `auto` skips tag pushes and release, pull_request_target and workflow_run events.
  if (context.major === undefined || context.major >= 10) {
    const other = context.wf.triggers.find((trigger) => !UV_UNCACHED_EVENTS.has(trigger.name) && !tagPushOnly(trigger));
    if (!other) return undefined;
    return `(enable-cache defaults to auto, which caches on ${other.name} events)`;
  }
  return '(enable-cache defaults to auto, which caches on GitHub-hosted runners)';
};

const UV_UNCACHED_EVENTS = new Set(['release', 'pull_request_target', 'workflow_run']);

/** True for a `push:` trigger that only runs on tags. */
function tagPushOnly(trigger: Trigger): boolean {
  if (trigger.name !== 'push') return false;
  const filters = trigger.filters as Record<string, unknown> | undefined;
  if (!filters || typeof filters !== 'object') return false;
  const hasTags = filters.tags !== undefined || filters['tags-ignore'] !== undefined;
  return hasTags && filters.branches === undefined && filters['branches-ignore'] === undefined;
}

/**
 * setup-node: `cache: npm|yarn|pnpm`, and from v5 `package-manager-cache` (default true), which caches
 * when package.json's `packageManager` (v6: or `devEngines.packageManager`) names npm (v5: npm, yarn
 * or pnpm). The workflow does not show package.json, so an unset input on v5+ is reported.
 */
const setupNode: CacheCheck = (context) => {
  const cache = optIn('cache')(context);
  if (cache) return cache;
  if (input(context, 'cache') !== undefined && input(context, 'cache') !== '') return undefined;
  if (context.major !== undefined && context.major < 5) return undefined;
  const value = input(context, 'package-manager-cache');
  if (value !== undefined) return value === 'false' ? undefined : `with package-manager-cache: ${value}`;
  return "(package-manager-cache defaults to true: it caches when package.json's packageManager names npm)";
};

/** Actions that restore a cache, by `uses` name (lower-case), with the inputs that decide it. */
const CACHE_ACTIONS: Record<string, CacheCheck> = {
  // `lookup-only: true` only checks that an entry exists; nothing is restored.
  'actions/cache': onUnless('lookup-only', isTrue),
  'actions/cache/restore': onUnless('lookup-only', isTrue),
  'swatinem/rust-cache': onUnless('lookup-only', isTrue),
  'actions/setup-node': setupNode,
  'actions/setup-python': optIn('cache'),
  'actions/setup-java': optIn('cache'),
  'actions/setup-dotnet': optIn('cache'),
  'graalvm/setup-graalvm': optIn('cache'),
  // `cache` defaults to true since v4.
  'actions/setup-go': onUnless('cache', (v) => v === 'false', 4),
  'astral-sh/setup-uv': setupUv,
  // setup-bun caches the bun executable unless `no-cache: true`.
  'oven-sh/setup-bun': onUnless('no-cache', isTrue),
  'pnpm/action-setup': optIn('cache'),
  'ruby/setup-ruby': optIn('bundler-cache'),
  // Restores with actions/cache unless `ignore-cache` is yes, true or 1.
  'ramsey/composer-install': onUnless('ignore-cache', (v) => ['yes', 'true', '1'].includes(v)),
  // `sccache: true` turns on sccache with the GitHub Actions cache (SCCACHE_GHA_ENABLED).
  'pyo3/maturin-action': (context) => (isTrue(input(context, 'sccache')) ? 'with sccache: true' : undefined),
  'gradle/actions/setup-gradle': (context) =>
    isTrue(input(context, 'cache-disabled')) || isTrue(input(context, 'cache-write-only'))
      ? undefined
      : '(caches by default; cache-disabled is not set)',
  'actions-rust-lang/setup-rust-toolchain': onUnless('cache', (v) => v === 'false'),
  'jdx/mise-action': onUnless('cache', (v) => v === 'false'),
  'mozilla-actions/sccache-action': () => '',
};

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

/** How a step restores a cache, or undefined. The workflow and job, when given, refine defaults that depend on them. */
export function restoresCache(step: Step, wf?: WorkflowFile, job?: Job): string | undefined {
  if (!step.uses) return undefined;
  const uses = parseUses(step.uses.value);
  if (uses.kind !== 'action') return undefined;
  const check = CACHE_ACTIONS[uses.name];
  if (check) {
    const major = wf ? usesMajorVersion(wf, step) : majorVersion(uses.ref);
    const how = check({ inputs: step.with, major, wf: wf ?? NO_WORKFLOW, job });
    if (how === undefined) return undefined;
    return how ? `${uses.name} ${how}` : uses.name;
  }
  if (uses.name === 'docker/build-push-action' || uses.name === 'docker/bake-action') {
    const from = step.with.get('cache-from')?.value ?? '';
    if (/type=gha/.test(from)) return `${uses.name} with cache-from: type=gha`;
  }
  return undefined;
}

/** Stands in for the workflow when a caller has none: no triggers, so no trigger-dependent default applies. */
const NO_WORKFLOW = { triggers: [] } as unknown as WorkflowFile;

export function auditCachePoisoning(wf: WorkflowFile): Finding[] {
  const reason = releaseReason(wf);
  if (!reason) return [];
  const findings: Finding[] = [];
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      const how = restoresCache(step, wf, job);
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
