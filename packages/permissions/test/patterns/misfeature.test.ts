import { loadWorkflowFile } from '@paved-road/workflows';
import { auditPatterns, misfeatureRule } from '../../src/patterns/index.js';
import { audit, pos, where } from './helpers.js';

const RULE = 'misfeature';

describe('misfeature', () => {
  it('reports shell: cmd on a step, at its shell, in any spelling', () => {
    const text = `on: pull_request
jobs:
  build:
    runs-on: windows-latest
    steps:
      - shell: cmd
        run: echo hi
      - shell: CMD.EXE
        run: echo hi
      - shell: C:\\Windows\\System32\\cmd.exe /D /E:ON /V:OFF /S /C "CALL "{0}""
        run: echo hi
      - shell: pwsh
        run: echo hi
      - shell: bash
        run: echo hi
      - shell: tcc -run {0}
        run: int main() { return 0; }
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, 'cmd\n', 'note'),
      pos(text, 'CMD.EXE', 'note'),
      pos(text, 'C:\\Windows', 'note'),
    ]);
    expect(findings[0]).toMatchObject({ job: 'build', step: '#1' });
  });

  it('reports a cmd default shell once, where it is written, when run steps fall back to it', () => {
    const text = `on: pull_request
defaults:
  run:
    shell: cmd
jobs:
  a:
    runs-on: windows-latest
    steps:
      - run: echo one
      - run: echo two
      - shell: pwsh
        run: echo three
  b:
    runs-on: windows-latest
    defaults:
      run:
        shell: cmd
    steps:
      - name: say hi
        run: echo hi
  c:
    runs-on: windows-latest
    defaults:
      run:
        shell: bash
    steps:
      - run: echo hi
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, 'cmd', 'note', 1), pos(text, 'cmd', 'note', 2)]);
    expect(findings[0]!.message).toContain("The workflow's default shell");
    expect(findings[0]!.message).toContain('used by 2 run steps');
    expect(findings[0]!.job).toBeUndefined();
    expect(findings[1]).toMatchObject({ job: 'b' });
    expect(findings[1]!.message).toContain("Job b's default shell");
  });

  it('says nothing of a cmd default no run step uses', () => {
    const text = `on: push
defaults:
  run:
    shell: cmd
jobs:
  a:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v5
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('reports the pip-install input of actions/setup-python', () => {
    const text = `on: pull_request
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-python@83679a892e2d95755f2dac6acb0bfd1e9ac5d548 # v6.1.0
        with:
          pip-install: -r requirements.txt
      - uses: actions/setup-python@v6
        with:
          python-version: '3.13'
      - uses: other/setup-python@v1
        with:
          pip-install: x
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, '-r requirements.txt', 'note')]);
    expect(findings[0]!.message).toContain('virtual environment');
  });

  it('reports cmd in composite actions', () => {
    const text = `name: a
description: b
runs:
  using: composite
  steps:
    - shell: cmd
      run: echo hi
`;
    const wf = loadWorkflowFile('action.yml', text);
    expect(wf.errors).toEqual([]);
    expect(where(auditPatterns(wf, { rules: [RULE] }))).toEqual([pos(text, 'cmd', 'note')]);
  });

  it('documents an example the rule reports, and a fix it does not', () => {
    expect(audit(misfeatureRule.before!, RULE).findings).toHaveLength(1);
    expect(audit(misfeatureRule.after!, RULE).findings).toEqual([]);
  });
});
