import { LineCounter, parseDocument } from 'yaml';
import { loadWorkflowFile, validateWithGitHub, type WorkflowKind } from '../src/index.js';
import { githubErrors } from './github.js';

/** Workflows and actions GitHub rejects, one problem each, plus valid ones. */
const CASES: Array<[string, WorkflowKind, string]> = [
  ['unknown key', 'workflow', 'on: push\njobs:\n  a:\n    runs-on: x\n    step:\n      - run: make\n'],
  [
    'bad cron',
    'workflow',
    'on:\n  schedule:\n    - cron: "99 * * * *"\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n',
  ],
  [
    'needs cycle',
    'workflow',
    'on: push\njobs:\n  a:\n    needs: b\n    runs-on: x\n    steps:\n      - run: x\n  b:\n    needs: a\n    runs-on: x\n    steps:\n      - run: x\n',
  ],
  [
    'bad expression',
    'workflow',
    'on: push\njobs:\n  a:\n    runs-on: x\n    if: ${{ github.( }}\n    steps:\n      - run: x\n',
  ],
  ['duplicate key', 'workflow', 'on: push\njobs:\n  a:\n    runs-on: x\n    runs-on: y\n    steps:\n      - run: x\n'],
  [
    'anchors',
    'workflow',
    'on: push\njobs:\n  a:\n    runs-on: &r x\n    steps:\n      - run: x\n  b:\n    runs-on: *r\n    steps:\n      - run: y\n',
  ],
  ['valid', 'workflow', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v5\n'],
  [
    'complex key',
    'workflow',
    'on: push\njobs:\n  a:\n    runs-on: x\n    ? [k, l]\n    : v\n    steps:\n      - run: x\n',
  ],
  [
    'alias as key',
    'workflow',
    'on: push\nenv:\n  &k NAME: v\n  *k : w\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n',
  ],
  [
    'expressions in a block scalar',
    'workflow',
    'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n          echo ok\n          echo ${{ github.( }}\n',
  ],
  ['action missing description', 'action', 'name: x\nruns:\n  using: node24\n  main: a.js\n'],
  [
    'action bad step key',
    'action',
    'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: a\n      shell: bash\n      nope: 1\n',
  ],
];

describe('validateWithGitHub', () => {
  it.each(CASES)(
    '%s: validating the loaded Document gives exactly what GitHub parsing the text gives',
    async (_name, kind, text) => {
      const lineCounter = new LineCounter();
      const document = parseDocument(text, {
        lineCounter,
        keepSourceTokens: true,
        uniqueKeys: false,
        prettyErrors: false,
      });
      const fromText = validateWithGitHub('w.yml', text, kind);
      const fromDocument = validateWithGitHub('w.yml', text, kind, { document, lineCounter });
      expect(fromDocument).toEqual(fromText);
      expect(fromText).toEqual(await githubErrors('w.yml', text, kind));
      if (_name === 'valid' || _name === 'anchors') expect(fromText).toEqual([]);
      else expect(fromText.length).toBeGreaterThan(0);
    },
  );
});

describe('validateWithGitHub: expressions in place of a mapping or sequence', () => {
  const job = (lines: string) =>
    `on: workflow_dispatch\njobs:\n  a:\n    runs-on: x\n${lines}    steps:\n      - run: echo\n`;
  // Each placement is one GitHub's schema accepts and GitHub runs (npm/cli's node-integration.yml has
  // the first); GitHub's model converter alone asserts a mapping for some of them.
  const ACCEPTED: Array<[string, string]> = [
    ['step env', `${job('')}        env: \${{ matrix.env }}\n`],
    ['job env', job('    env: ${{ fromJSON(github.event.inputs.env) }}\n')],
    ['services', job('    services: ${{ fromJSON(github.event.inputs.services) }}\n')],
    ['step with', `${job('')}      - uses: a/b@v1\n        with: \${{ matrix.with }}\n`],
    ['runs-on', 'on: push\njobs:\n  a:\n    runs-on: ${{ fromJSON(vars.RUNNER) }}\n    steps:\n      - run: x\n'],
    ['strategy.matrix', job('    strategy:\n      matrix: ${{ fromJSON(vars.MATRIX) }}\n')],
    ['matrix include', job('    strategy:\n      matrix:\n        include: ${{ fromJSON(vars.MATRIX) }}\n')],
    ['container', job('    container: ${{ fromJSON(vars.CONTAINER) }}\n')],
    [
      'workflow env',
      'on: push\nenv: ${{ fromJSON(vars.ENV) }}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n',
    ],
  ];
  it.each(ACCEPTED)('%s: no error, from the text and from the loaded Document', (_name, text) => {
    expect(validateWithGitHub('w.yml', text, 'workflow')).toEqual([]);
    expect(loadWorkflowFile('.github/workflows/w.yml', text).errors).toEqual([]);
  });

  it('still reports the places the schema refuses an expression, and the converter errors that are not about one', () => {
    const steps = 'on: push\njobs:\n  a:\n    runs-on: x\n    steps: ${{ vars.STEPS }}\n';
    expect(validateWithGitHub('w.yml', steps, 'workflow').map((e) => e.message)).toContain(
      "Unexpected value '${{ vars.STEPS }}'",
    );
    const cycle = `${job('    needs: b\n')}  b:\n    needs: a\n    runs-on: x\n    env: \${{ fromJSON(vars.E) }}\n    steps:\n      - run: x\n`;
    // Job b's env is an expression: its needs are still checked, so the cycle is still found (GitHub names it so).
    expect(validateWithGitHub('w.yml', cycle, 'workflow').map((e) => e.message)).toEqual([
      'The workflow must contain at least one job with no dependencies.',
    ]);
  });
});
