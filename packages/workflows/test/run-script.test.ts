import { loadWorkflowFile, type RunScript } from '../src/index.js';

/** Loads one `run:` value written as `runYaml` (the text after `run:`, possibly multi-line). */
function script(runYaml: string): { run: RunScript; text: string } {
  const text = `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ${runYaml}\n`;
  const wf = loadWorkflowFile('.github/workflows/a.yml', text);
  expect(wf.errors).toEqual([]);
  return { run: wf.jobs[0]!.steps[0]!.run!, text };
}

/** The character of the file at a 1-based position. */
function charAt(text: string, pos: { line: number; column: number }): string {
  return text.split('\n')[pos.line - 1]![pos.column - 1]!;
}

/** Every non-space character of the value maps to the same character in the file. */
function expectLiteralCharsMapped(run: RunScript, text: string, skip: RegExp = /\s/): void {
  for (let i = 0; i < run.text.length; i++) {
    const c = run.text[i]!;
    if (skip.test(c)) continue;
    expect([i, charAt(text, run.offsetToPosition(i))]).toEqual([i, c]);
  }
}

describe('RunScript.offsetToPosition', () => {
  it('maps a literal block scalar, including more-indented and blank lines', () => {
    const { run, text } = script('|\n          echo a\n            indented\n\n          echo "${{ github.sha }}"');
    expect(run.text).toBe('echo a\n  indented\n\necho "${{ github.sha }}"\n');
    expectLiteralCharsMapped(run, text);
    expect(run.offsetToPosition(run.text.indexOf('indented'))).toEqual({ line: 8, column: 13 });
    expect(run.offsetToPosition(run.text.indexOf('${{'))).toEqual({ line: 10, column: 17 });
  });

  it('maps a literal block with an explicit indentation indicator', () => {
    // The indicator counts from the step mapping's indentation (8): two more spaces stay in the value.
    const { run, text } = script('|2\n            echo x');
    expect(run.text).toBe('  echo x\n');
    expect(run.offsetToPosition(run.text.indexOf('echo'))).toEqual({ line: 7, column: 13 });
    expectLiteralCharsMapped(run, text);
  });

  it('maps a folded block scalar', () => {
    const { run, text } = script('>-\n          echo one\n          two\n\n          three');
    expect(run.text).toBe('echo one two\nthree');
    expectLiteralCharsMapped(run, text);
    expect(run.offsetToPosition(run.text.indexOf('three'))).toEqual({ line: 10, column: 11 });
  });

  it('maps a plain multi-line scalar', () => {
    const { run, text } = script('echo one\n          ${{ github.head_ref }}');
    expect(run.text).toBe('echo one ${{ github.head_ref }}');
    expectLiteralCharsMapped(run, text);
    expect(run.offsetToPosition(run.text.indexOf('${{'))).toEqual({ line: 7, column: 11 });
  });

  it('maps a double-quoted scalar with escapes to the escape', () => {
    const { run, text } = script('"a\\tb \\u00e9 ${{ github.sha }}\\\n          c"');
    expect(run.text).toBe('a\tb é ${{ github.sha }}c');
    expectLiteralCharsMapped(run, text, /[\sé]/);
    expect(run.offsetToPosition(1)).toEqual({ line: 6, column: 16 }); // the \t escape
    expect(run.offsetToPosition(run.text.indexOf('é'))).toEqual({ line: 6, column: 20 });
    expect(run.offsetToPosition(run.text.indexOf('c'))).toEqual({ line: 7, column: 11 });
  });

  it("maps a single-quoted scalar with '' escapes", () => {
    const { run, text } = script("'echo ''hi'' ${{ inputs.x }}'");
    expect(run.text).toBe("echo 'hi' ${{ inputs.x }}");
    expectLiteralCharsMapped(run, text);
    expect(run.offsetToPosition(run.text.indexOf('${{'))).toEqual({ line: 6, column: 27 });
  });

  it('clamps offsets outside the script', () => {
    const { run } = script('echo');
    expect(run.offsetToPosition(-5)).toEqual({ line: 6, column: 14 });
    expect(run.offsetToPosition(99)).toEqual({ line: 6, column: 18 });
  });
});
