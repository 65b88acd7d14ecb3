import { expressionContexts, expressionValueContexts, findExpressions, loadWorkflowFile } from '../src/index.js';

describe('findExpressions', () => {
  it('finds each ${{ }} with offsets', () => {
    const text = 'echo ${{ github.sha }} and ${{inputs.name}}';
    expect(findExpressions(text)).toEqual([
      { expression: 'github.sha', start: 5, end: 22 },
      { expression: 'inputs.name', start: 27, end: 43 },
    ]);
  });

  it('does not close on }} inside a string literal', () => {
    const text = "x ${{ format('}}{0}', github.head_ref) }} y";
    const [found] = findExpressions(text);
    expect(found!.expression).toBe("format('}}{0}', github.head_ref)");
    expect(text.slice(found!.end)).toBe(' y');
  });

  it('ignores an unclosed expression', () => {
    expect(findExpressions('echo ${{ github.sha')).toEqual([]);
  });

  it('maps positions through a run script', () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n          echo ok\n          echo "${{ github.event.issue.title }}"\n';
    const run = loadWorkflowFile('.github/workflows/a.yml', text).jobs[0]!.steps[0]!.run!;
    const [found] = findExpressions(run.text, run.offsetToPosition);
    expect(found).toMatchObject({
      expression: 'github.event.issue.title',
      line: 8,
      column: 17,
      endLine: 8,
      endColumn: 48,
    });
  });
});

describe('expressionContexts', () => {
  it('returns full context paths', () => {
    expect(expressionContexts('github.event.pull_request.title')).toEqual(['github.event.pull_request.title']);
    expect(expressionContexts('steps.build.outputs.version')).toEqual(['steps.build.outputs.version']);
    expect(expressionContexts('secrets.TOKEN')).toEqual(['secrets.TOKEN']);
  });

  it('reads through operators, function calls and grouping', () => {
    expect(expressionContexts("format('{0}-{1}', github.head_ref, inputs.name) || env.FOO")).toEqual([
      'github.head_ref',
      'inputs.name',
      'env.FOO',
    ]);
    expect(expressionContexts("!(matrix.os == 'linux') && contains(github.event.issue.labels.*.name, 'bug')")).toEqual([
      'matrix.os',
      'github.event.issue.labels.*.name',
    ]);
    expect(expressionContexts('toJSON(github.event)')).toEqual(['github.event']);
    expect(expressionContexts('success() && needs.build.result')).toEqual(['needs.build.result']);
  });

  it('turns literal indexes into segments and other indexes into *', () => {
    expect(expressionContexts("github.event['pull_request']['title']")).toEqual(['github.event.pull_request.title']);
    expect(expressionContexts('github.event.commits[0].message')).toEqual(['github.event.commits.*.message']);
    expect(expressionContexts('matrix[inputs.key]')).toEqual(['matrix.*', 'inputs.key']);
  });

  it('reads accesses on function results', () => {
    expect(expressionContexts('fromJSON(steps.meta.outputs.json).tags')).toEqual(['steps.meta.outputs.json']);
  });

  it('returns nothing for literals and for invalid expressions', () => {
    expect(expressionContexts("'text'")).toEqual([]);
    expect(expressionContexts('github.event.(')).toEqual([]);
    expect(expressionContexts('unknownctx.x')).toEqual([]);
  });

  it('is case-insensitive on context names', () => {
    expect(expressionContexts('GitHub.head_ref')).toEqual(['github.head_ref']);
  });
});

describe('expressionValueContexts', () => {
  it('keeps contexts whose text reaches the value', () => {
    expect(expressionValueContexts('github.event.issue.title')).toEqual(['github.event.issue.title']);
    expect(expressionValueContexts("github.head_ref || 'main'")).toEqual(['github.head_ref']);
    expect(expressionValueContexts('inputs.a && inputs.b')).toEqual(['inputs.a', 'inputs.b']);
    expect(expressionValueContexts("format('{0} {1}', github.event.comment.body, github.sha)")).toEqual([
      'github.event.comment.body',
      'github.sha',
    ]);
    expect(expressionValueContexts('toJSON(github.event.commits)')).toEqual(['github.event.commits']);
    expect(expressionValueContexts('(github.event.issue.body)')).toEqual(['github.event.issue.body']);
    expect(expressionValueContexts('fromJSON(steps.a.outputs.json).title')).toEqual(['steps.a.outputs.json']);
  });

  it('drops contexts that only feed booleans or hashes', () => {
    expect(expressionValueContexts("contains(github.event.issue.title, 'bug')")).toEqual([]);
    expect(expressionValueContexts("startsWith(github.head_ref, 'release/')")).toEqual([]);
    expect(expressionValueContexts("github.event.issue.title == 'x'")).toEqual([]);
    expect(expressionValueContexts('!github.event.issue.body')).toEqual([]);
    expect(expressionValueContexts("hashFiles('**/lock')")).toEqual([]);
    expect(expressionValueContexts("contains(github.event.issue.title, 'bug') && github.event.issue.body")).toEqual([
      'github.event.issue.body',
    ]);
  });

  it('returns nothing for an invalid expression', () => {
    expect(expressionValueContexts('github.(')).toEqual([]);
  });
});
