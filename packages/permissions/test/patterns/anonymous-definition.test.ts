import { loadWorkflowFile } from '@paved-road/workflows';
import { anonymousDefinitionRule, auditPatterns } from '../../src/patterns/index.js';
import { audit, pos, where } from './helpers.js';

const RULE = 'anonymous-definition';

describe('anonymous-definition', () => {
  it('notes a workflow without name: at its first key, and jobs without name: at their id', () => {
    const text = `# The workflow's name is left out on purpose.

on:
  issues:
permissions: {}
jobs:
  named:
    name: This job has a name
    runs-on: ubuntu-latest
    steps:
      - run: echo named
  will-trigger:
    runs-on: ubuntu-latest
    steps:
      - run: echo anonymous
  call:
    uses: ./.github/workflows/reusable.yml
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, 'on:', 'note'), pos(text, 'will-trigger:', 'note')]);
    expect(findings[0]!.message).toContain('file path');
    expect(findings[0]!.job).toBeUndefined();
    expect(findings[1]).toMatchObject({ job: 'will-trigger' });
  });

  it('says nothing when the workflow and its jobs are named', () => {
    const text = `name: CI
on: push
jobs:
  a:
    name: Build
    runs-on: ubuntu-latest
    steps:
      - run: make
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('notes an action without a name, and not a named one', () => {
    const anonymous = `description: d
runs:
  using: composite
  steps:
    - shell: bash
      run: echo hi
`;
    const wf = loadWorkflowFile('action.yml', anonymous);
    expect(where(auditPatterns(wf, { rules: [RULE] }))).toEqual([pos(anonymous, 'description', 'note')]);
    const named = loadWorkflowFile('action.yml', `name: n\n${anonymous}`);
    expect(auditPatterns(named, { rules: [RULE] })).toEqual([]);
  });

  it('documents an example the rule reports, and a fix it does not', () => {
    expect(audit(anonymousDefinitionRule.before!, RULE).findings).toHaveLength(2);
    expect(audit(anonymousDefinitionRule.after!, RULE).findings).toEqual([]);
  });
});
