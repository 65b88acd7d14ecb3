import { loadWorkflowFile } from '@paved-road/workflows';
import { auditPatterns, fixArtipacked } from '../../src/patterns/index.js';
import { audit, pos, where } from './helpers.js';

const RULE = 'artipacked';

describe('artipacked', () => {
  it('warns on checkout without persist-credentials: false, with a fix description', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - uses: actions/checkout@v5
        with:
          persist-credentials: \${{ inputs.push }}
      - uses: actions/checkout@v4
        with:
          persist-credentials: true
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, 'actions/checkout@v5', 'warning'),
      pos(text, 'actions/checkout@v4', 'warning'),
    ]);
    expect(findings[0]).toMatchObject({
      job: 'a',
      step: '#1',
      fix: expect.stringMatching(/persist-credentials: false/),
    });
  });

  it('is an error when a later step uploads the workspace (checkout before v6)', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/upload-artifact@v4
        with:
          path: .
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          path: src
      - uses: actions/upload-artifact@v4
        with:
          path: |
            dist/
            src/**
  c:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/upload-artifact@v4
        with:
          path: dist/
  d:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: actions/upload-artifact@v4
        with:
          path: \${{ github.workspace }}
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, 'actions/checkout@v4', 'error', 1),
      pos(text, 'actions/checkout@v4', 'error', 2),
      pos(text, 'actions/checkout@v4', 'warning', 3),
      pos(text, 'actions/checkout@v6', 'warning'),
    ]);
    expect(findings[0]!.message).toMatch(/uploads the workspace/);
  });
});

it('gives no automatic fix where a later step pushes with the persisted credentials', () => {
  const text = `on: push
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: |
          git commit -am bump
          git push origin HEAD
  other:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: stefanzweifel/git-auto-commit-action@v5
`;
  const { wf, findings } = audit(text, RULE);
  expect(where(findings)).toEqual([
    pos(text, 'actions/checkout@v5', 'warning', 1),
    pos(text, 'actions/checkout@v5', 'warning', 2),
  ]);
  expect(findings.map((f) => f.fix)).toEqual([undefined, undefined]);
  expect(findings[0]!.message).toMatch(/step #2 pushes/);
  const fixed = fixArtipacked(wf);
  expect(fixed.edits).toEqual([]);
  expect(fixed.skipped).toEqual([
    { job: 'bump', step: '#1' },
    { job: 'other', step: '#1' },
  ]);
});

describe('fixArtipacked', () => {
  const cases: Array<[string, string, string]> = [
    [
      'no with: (adds one below uses, keeping a trailing comment)',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v5 # pin me\n        name: co\n      - run: make\n',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v5 # pin me\n        with:\n          persist-credentials: false\n        name: co\n      - run: make\n',
    ],
    [
      "a block with: (adds the input first, with the inputs' indentation, comments kept)",
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - name: co\n        uses: actions/checkout@v5\n        with:\n            # full history\n            fetch-depth: 0\n',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - name: co\n        uses: actions/checkout@v5\n        with:\n            persist-credentials: false\n            # full history\n            fetch-depth: 0\n',
    ],
    [
      'a flow with:',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v5\n        with: { fetch-depth: 0 }\n',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v5\n        with: { persist-credentials: false, fetch-depth: 0 }\n',
    ],
    [
      'persist-credentials: true (replaced)',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v5\n        with:\n          persist-credentials: "true" # why\n',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v5\n        with:\n          persist-credentials: false # why\n',
    ],
    [
      'CRLF line endings',
      'on: push\r\njobs:\r\n  a:\r\n    runs-on: x\r\n    steps:\r\n      - uses: actions/checkout@v5\r\n      - run: make\r\n',
      'on: push\r\njobs:\r\n  a:\r\n    runs-on: x\r\n    steps:\r\n      - uses: actions/checkout@v5\r\n        with:\r\n          persist-credentials: false\r\n      - run: make\r\n',
    ],
    [
      'a composite action',
      'name: a\ndescription: b\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v5\n',
      'name: a\ndescription: b\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v5\n      with:\n        persist-credentials: false\n',
    ],
  ];

  it.each(cases)('fixes %s, idempotently, leaving a file GitHub accepts and no finding', (_name, before, after) => {
    const file = before.startsWith('name:') ? 'x/action.yml' : '.github/workflows/a.yml';
    const wf = loadWorkflowFile(file, before);
    expect(wf.errors).toEqual([]);
    const result = fixArtipacked(wf);
    expect(result.text).toBe(after);
    expect(result.fixed).toHaveLength(1);
    const again = loadWorkflowFile(file, result.text);
    expect(again.errors).toEqual([]);
    expect(auditPatterns(again, { rules: [RULE] })).toEqual([]);
    const second = fixArtipacked(again);
    expect(second.edits).toEqual([]);
    expect(second.text).toBe(after);
  });

  it('fixes several steps at once and skips flow-style steps', () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v5\n      - { uses: actions/checkout@v5 }\n      - uses: actions/checkout@v5\n        with:\n          path: b\n';
    const result = fixArtipacked(loadWorkflowFile('.github/workflows/a.yml', text));
    expect(result.fixed).toEqual([
      { job: 'a', step: '#1' },
      { job: 'a', step: '#3' },
    ]);
    expect(result.skipped).toEqual([{ job: 'a', step: '#2' }]);
    const findings = auditPatterns(loadWorkflowFile('.github/workflows/a.yml', result.text), { rules: [RULE] });
    expect(findings.map((f) => f.step)).toEqual(['#2']);
    expect(findings[0]!.fix).toBeUndefined();
  });
});
