import { concurrencyLimitsRule } from '../../src/patterns/index.js';
import { audit, pos, where } from './helpers.js';

const RULE = 'concurrency-limits';

const JOB = `jobs:
  job:
    name: some-job
    runs-on: ubuntu-latest
    steps:
      - run: echo ok
`;

describe('concurrency-limits', () => {
  it('notes a push / pull_request workflow without concurrency, at its on: key', () => {
    const text = `name: w\non:\n  push:\n  pull_request:\npermissions: {}\n${JOB}`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, 'on:', 'note')]);
    expect(findings[0]!.message).toContain('push / pull_request');
  });

  it('notes a bare workflow concurrency group (no cancel-in-progress), at its key', () => {
    const text = `name: w\non: push\nconcurrency: group\n${JOB}`;
    expect(where(audit(text, RULE).findings)).toEqual([pos(text, 'concurrency:', 'note')]);
    const mapped = `name: w\non: push\nconcurrency:\n  group: \${{ github.ref }}\n${JOB}`;
    expect(where(audit(mapped, RULE).findings)).toEqual([pos(mapped, 'concurrency:', 'note')]);
  });

  it('accepts cancel-in-progress true, false or an expression, at workflow or job level', () => {
    for (const cancel of ['true', 'false', "${{ github.event_name == 'pull_request' }}"]) {
      const text = `name: w\non: push\nconcurrency:\n  group: \${{ github.workflow }}-\${{ github.ref }}\n  cancel-in-progress: ${cancel}\n${JOB}`;
      expect(audit(text, RULE).findings).toEqual([]);
    }
    const job = `name: w
on: push
jobs:
  job:
    runs-on: ubuntu-latest
    concurrency:
      group: \${{ github.workflow }}-\${{ github.ref }}
      cancel-in-progress: true
    steps:
      - run: echo ok
`;
    expect(audit(job, RULE).findings).toEqual([]);
  });

  it('notes jobs with a bare group at their concurrency, and names the jobs with none', () => {
    const text = `name: w
on: push
permissions: {}
jobs:
  job1:
    runs-on: ubuntu-latest
    concurrency: group
    steps:
      - run: echo ok
  job2:
    runs-on: ubuntu-latest
    steps:
      - run: echo ok
  call:
    uses: ./.github/workflows/reusable.yml
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, 'on:', 'note'), pos(text, 'concurrency:', 'note')]);
    expect(findings[0]!.message).toContain('job job2:');
    expect(findings[1]).toMatchObject({ job: 'job1' });
  });

  it('leaves reusable-only workflows, tag-only pushes and other triggers alone', () => {
    for (const on of [
      'workflow_call',
      'workflow_dispatch',
      'release',
      'issue_comment',
      'schedule:\n  - cron: "0 0 * * *"',
      "push:\n  tags: ['v*']",
    ]) {
      const text = `name: w\non:\n  ${on.replace(/\n/g, '\n  ')}\n${JOB}`;
      expect(audit(text, RULE).findings).toEqual([]);
    }
    const branches = `name: w\non:\n  push:\n    branches: [main]\n    tags: ['v*']\n${JOB}`;
    expect(audit(branches, RULE).findings).toHaveLength(1);
  });

  it('documents an example the rule reports, and a fix it does not', () => {
    expect(audit(concurrencyLimitsRule.before!, RULE).findings).toHaveLength(1);
    expect(audit(concurrencyLimitsRule.after!, RULE).findings).toEqual([]);
  });
});
