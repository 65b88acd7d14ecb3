import { afterSuppressions, audit, pos, where } from './helpers.js';

const RULE = 'unsound-contains';

describe('unsound-contains', () => {
  it('is an error where a value the run starter chooses is looked up in a string', () => {
    const text = `on:
  push:
  workflow_dispatch:
    inputs:
      target:
        required: true
jobs:
  a:
    runs-on: ubuntu-latest
    if: \${{ contains('refs/heads/main refs/heads/release', github.REF) }}
    steps:
      - if: contains('main,prod', env.BRANCH) || contains('alice bob', github.actor) == true
        run: echo one
      - if: "!contains('staging production', inputs.target)"
        run: echo two
      - if: contains(fromJSON('[true]'), contains('v1 v2', github.ref_name))
        run: echo three
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, "contains('refs/heads/main", 'error'),
      pos(text, "contains('main,prod'", 'error'),
      pos(text, "contains('alice bob'", 'error'),
      pos(text, "contains('staging", 'error'),
      pos(text, "contains('v1 v2'", 'error'),
    ]);
    expect(findings[0]).toMatchObject({
      job: 'a',
      endColumn: findings[0]!.column + "contains('refs/heads/main refs/heads/release', github.REF)".length,
    });
    expect(findings[0]!.message).toContain('github.REF');
    expect(findings[0]!.message).toContain("(say 'refs/heads/mai')");
    expect(findings[0]!.message).toMatch(/fromJSON/);
    expect(findings[1]).toMatchObject({ step: '#1' });
  });

  it('is a note for contexts the run starter does not choose', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    if: contains('push pull_request', github.event_name)
    steps:
      - if: contains('runner-1,runner-2', runner.name)
        run: echo one
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, 'contains(', 'note'), pos(text, 'contains(', 'note', 2)]);
  });

  it('does not report lists, comparisons, or contains over a context', () => {
    const text = `on: pull_request
jobs:
  a:
    runs-on: ubuntu-latest
    if: contains(fromJSON('["refs/heads/main", "refs/heads/release"]'), github.ref)
    steps:
      - if: github.ref == 'refs/heads/main' || github.ref == 'refs/heads/release'
        run: echo one
      - if: contains(github.event.pull_request.labels.*.name, 'deploy')
        run: echo two
      - if: contains(github.ref, 'refs/tags/')
        run: echo three
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('obeys a suppression on the condition line', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    # paved-road: ignore[unsound-contains] only gates a lint job: any branch may run it
    if: contains('main dev', github.ref_name)
    steps:
      - run: echo one
`;
    const { kept, suppressed } = afterSuppressions(text, audit(text, RULE).findings);
    expect(kept).toEqual([]);
    expect(suppressed).toHaveLength(1);
  });
});
