import { usesMatches } from '../../src/patterns/index.js';
import { audit, pos, where } from './helpers.js';

const RULE = 'forbidden-uses';
const FILE = '.github/workflows/test.yml';

const WORKFLOW = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: github/codeql-action/init@v3
      - uses: Someone/Deploy-Action@v2
      - uses: ./local-action
      - uses: docker://alpine:3.20
  call:
    uses: octo-org/workflows/.github/workflows/release.yml@main
`;

describe('forbidden-uses', () => {
  it('reports nothing without a policy list', () => {
    expect(audit(WORKFLOW, RULE).findings).toEqual([]);
  });

  it('allow: every other repository uses is reported on its uses line; local and docker ones are not checked', () => {
    const { findings } = audit(WORKFLOW, RULE, FILE, {
      forbiddenUses: { allow: ['actions/*', 'github/codeql-action/*'] },
    });
    expect(where(findings)).toEqual([
      pos(WORKFLOW, 'Someone/Deploy-Action@v2', 'error'),
      pos(WORKFLOW, 'octo-org/workflows/.github', 'error'),
    ]);
    expect(findings[0]).toMatchObject({
      job: 'build',
      step: '#3',
      message: expect.stringContaining("Someone/Deploy-Action@v2 is not in the policy's forbidden-uses allow list"),
    });
    expect(findings[1]).toMatchObject({ job: 'call' });
  });

  it('deny: only matching uses are reported, naming the pattern', () => {
    const { findings } = audit(WORKFLOW, RULE, FILE, { forbiddenUses: { deny: ['someone/*', 'actions/checkout@v4'] } });
    expect(where(findings)).toEqual([pos(WORKFLOW, 'Someone/Deploy-Action@v2', 'error')]);
    expect(findings[0]!.message).toContain('matches someone/* in the');
    expect(audit(WORKFLOW, RULE, FILE, { forbiddenUses: { deny: [] } }).findings).toEqual([]);
  });

  it('audits the steps of a composite action too', () => {
    const action = `name: a
description: b
runs:
  using: composite
  steps:
    - uses: evil/action@v1
`;
    const { findings } = audit(action, RULE, 'action.yml', { forbiddenUses: { deny: ['evil/action'] } });
    expect(where(findings)).toEqual([pos(action, 'evil/action@v1', 'error')]);
  });
});

describe('usesMatches (repository patterns)', () => {
  it.each([
    ['*', 'anyone/anything/deep@v1', true],
    ['actions/cache', 'actions/cache@v4', true],
    ['actions/cache', 'ACTIONS/Cache@v4', true],
    ['actions/cache', 'actions/cache/save@v4', false],
    ['actions/cache/save', 'actions/cache/save@v4', true],
    ['actions/cache/save', 'actions/cache@v4', false],
    ['github/codeql-action/*', 'github/codeql-action@v3', true],
    ['github/codeql-action/*', 'github/codeql-action/upload-sarif@v3', true],
    ['github/codeql-action/*', 'github/codeql-action-extra@v3', false],
    ['actions/*', 'actions/setup-node@v4', true],
    ['actions/*', 'actions/cache/restore@v4', true],
    ['actions/*', 'actionsx/cache@v4', false],
    ['actions/setup-*', 'actions/setup-go@v5', true],
    ['actions/setup-*', 'actions/checkout@v5', false],
    ['actions/checkout@v4', 'actions/checkout@v4', true],
    ['actions/checkout@v4', 'actions/checkout@v5', false],
    ['actions/checkout@v4', 'actions/checkout', false],
    ['actions/checkout@V4', 'actions/checkout@v4', false],
    ['actions/*@v4*', 'actions/checkout@v4.2.0', true],
    ['*', './local', false],
    ['*', 'docker://alpine', false],
  ])('%s against %s: %s', (pattern, uses, expected) => {
    expect(usesMatches(pattern, uses)).toBe(expected);
  });
});
