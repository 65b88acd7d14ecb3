import {
  Binary,
  constantText,
  documentExpressions,
  expressionContexts,
  expressionRange,
  expressionValueContexts,
  findExpressions,
  FunctionCall,
  loadWorkflowFile,
  Logical,
  parseExpression,
  readCondition,
} from '../src/index.js';

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

describe('expressionRange', () => {
  it('spans a node by its tokens, closing brackets included', () => {
    const text = "env.b == 'x' || contains( fromJSON('[1]') , github['actor'] ) && (inputs.c)";
    const ast = parseExpression(text) as Logical;
    const slice = (node: Parameters<typeof expressionRange>[1]) => {
      const { start, end } = expressionRange(text, node);
      return text.slice(start, end);
    };
    expect(slice(ast)).toBe(text);
    expect(slice(ast.args[0]!)).toBe("env.b == 'x'");
    const and = ast.args[1] as Logical;
    const call = and.args[0] as FunctionCall;
    expect(slice(call)).toBe("contains( fromJSON('[1]') , github['actor'] )");
    expect(slice(call.args[1]!)).toBe("github['actor']");
    expect(slice(and.args[1]!)).toBe('(inputs.c)');
  });

  it('counts lines of a multi-line expression', () => {
    const text = "true\n  && github.actor == 'x'";
    const ast = parseExpression(text) as Logical;
    const { start } = expressionRange(text, ast.args[1] as Binary);
    expect(text.slice(start)).toBe("github.actor == 'x'");
  });
});

describe('readCondition', () => {
  it('tells bare, fenced and embedded conditions apart', () => {
    expect(readCondition("github.ref == 'x'")).toMatchObject({
      kind: 'bare',
      expression: "github.ref == 'x'",
      offset: 0,
    });
    expect(readCondition('${{ a && b }}')).toMatchObject({ kind: 'fenced', expression: ' a && b ', offset: 3 });
    expect(readCondition('${{ a }}\n')).toMatchObject({ kind: 'embedded', expression: ' a ' });
    expect(readCondition('${{ a }} && ${{ b }}').kind).toBe('embedded');
    expect(readCondition('x ${{ a }}').kind).toBe('embedded');
  });
});

describe('constantText', () => {
  it('evaluates expressions that read no context', () => {
    expect(constantText(parseExpression("format('{0}-{1}', 'a', 1)")!)).toBe('a-1');
    expect(constantText(parseExpression('1 != 2')!)).toBe('true');
    expect(constantText(parseExpression('github.sha')!)).toBeUndefined();
    expect(constantText(parseExpression("format('{0}', github.sha)")!)).toBeUndefined();
  });
});

describe('documentExpressions', () => {
  it('finds every ${{ }} in values with its job and step, not in keys or comments', () => {
    const text = `on: push
env:
  A: \${{ github.sha }}
jobs:
  build:
    # \${{ not.this }}
    runs-on: \${{ matrix.os }}
    steps:
      - name: x
        with:
          v: "\${{ inputs.v }}"
`;
    const wf = loadWorkflowFile('.github/workflows/a.yml', text.replace(/\\\$/g, '$'));
    const found = documentExpressions(wf);
    expect(found.map((f) => [f.expression, f.line, f.column, f.job?.id, f.step?.index])).toEqual([
      ['github.sha', 3, 6, undefined, undefined],
      ['matrix.os', 7, 14, 'build', undefined],
      ['inputs.v', 11, 15, 'build', 0],
    ]);
    expect(found[2]!.toPosition(1)).toEqual({ line: 11, column: 20 });
  });
});
