import type { Finding } from '@paved-road/core';
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { positionAt, type Position, type Trigger, type WorkflowFile } from '@paved-road/workflows';
import { at, pairOf, rule } from './common.js';

export const concurrencyLimitsRule = rule({
  id: 'concurrency-limits',
  title: 'Runs that supersede each other are not cancelled',
  severity: 'note',
  why:
    'Each push to a branch or pull request starts a new run while the previous ones keep going: anyone who can open a pull ' +
    'request can keep your runners (and billed minutes) busy by pushing again and again, and two runs of the same ref race ' +
    'when they look up artifacts or caches by workflow and job rather than by run id. A `concurrency:` group with ' +
    '`cancel-in-progress` lets a new run cancel the one it replaces. Reported for workflows on push (to branches), ' +
    'pull_request and pull_request_target; workflows only called by others (workflow_call) are left to their caller, and ' +
    'an explicit `cancel-in-progress: false` is respected.',
  fix:
    'Add a workflow-level `concurrency:` with a group per ref and `cancel-in-progress: true` (or an expression that is true ' +
    'for pull requests, so pushes to the default branch all finish).',
  before: [
    'on: pull_request',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: make test',
  ].join('\n'),
  after: [
    'on: pull_request',
    'concurrency:',
    '  group: ${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}',
    '  cancel-in-progress: true',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: make test',
  ].join('\n'),
});

/** True for a trigger whose runs for one ref supersede each other: a push to branches, a pull request's pushes. */
function runsOften(trigger: Trigger): boolean {
  if (trigger.name === 'pull_request' || trigger.name === 'pull_request_target') return true;
  if (trigger.name !== 'push') return false;
  const filters = trigger.filters as Record<string, unknown> | null | undefined;
  // A push filtered to tags only is a release: cancelling one midway is worse than running two.
  if (filters && typeof filters === 'object') {
    const tags = filters.tags !== undefined || filters['tags-ignore'] !== undefined;
    const branches = filters.branches !== undefined || filters['branches-ignore'] !== undefined;
    if (tags && !branches) return false;
  }
  return true;
}

type Limit = 'none' | 'no-cancel' | 'set';

/** What a `concurrency:` value limits: a bare group (string) never cancels; a mapping cancels when it says so. */
function limitOf(pair: Pair | undefined): Limit {
  if (!pair) return 'none';
  const value = pair.value as Node | null;
  if (isMap(value)) return pairOf(value, 'cancel-in-progress') ? 'set' : 'no-cancel';
  if (isScalar(value) && value.value !== null && value.value !== '') return 'no-cancel';
  return 'none';
}

function keyPosition(wf: WorkflowFile, pair: Pair): Position {
  const key = pair.key as Node;
  return positionAt(wf, key.range?.[0] ?? 0);
}

export function auditConcurrencyLimits(wf: WorkflowFile): Finding[] {
  if (wf.kind !== 'workflow') return [];
  // Only workflows on frequent triggers: a reusable-only one inherits its caller's concurrency (limiting it too can deadlock).
  const frequent = wf.triggers.filter(runsOften);
  if (!frequent.length) return [];
  const root = wf.document.contents;
  if (!isMap(root)) return [];
  const events = [...new Set(frequent.map((t) => t.name))].join(' / ');
  const workflowPair = pairOf(root, 'concurrency');
  const workflowLimit = limitOf(workflowPair);
  if (workflowLimit === 'set') return [];
  if (workflowLimit === 'no-cancel')
    return [
      at(
        wf,
        concurrencyLimitsRule,
        keyPosition(wf, workflowPair!),
        `The workflow's concurrency has no cancel-in-progress: a new ${events} run waits behind the one it replaces instead of cancelling it. Add cancel-in-progress: true.`,
      ),
    ];
  const findings: Finding[] = [];
  const unlimited: string[] = [];
  for (const job of wf.jobs) {
    // A reusable-workflow call is limited by the called workflow's own settings.
    if (job.uses || job.composite) continue;
    const pair = pairOf(job.node, 'concurrency');
    const limit = limitOf(pair);
    if (limit === 'none') unlimited.push(job.id);
    else if (limit === 'no-cancel')
      findings.push(
        at(
          wf,
          concurrencyLimitsRule,
          keyPosition(wf, pair!),
          `Job ${job.id}'s concurrency has no cancel-in-progress: a new ${events} run waits behind the one it replaces. Add cancel-in-progress: true.`,
          { job },
        ),
      );
  }
  if (unlimited.length) {
    const onPair = pairOf(root, 'on');
    const jobs =
      unlimited.length === wf.jobs.length
        ? 'its jobs'
        : `job${unlimited.length === 1 ? '' : 's'} ${unlimited.join(', ')}`;
    findings.push(
      at(
        wf,
        concurrencyLimitsRule,
        onPair ? keyPosition(wf, onPair) : frequent[0]!.position,
        `The workflow runs on ${events} with no concurrency group for ${jobs}: runs of the same ref pile up instead of cancelling each other. Add concurrency: with cancel-in-progress: true.`,
      ),
    );
  }
  return findings;
}
