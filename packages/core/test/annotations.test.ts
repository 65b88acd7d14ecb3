import { RuleRegistry, type Finding, type RuleDefinition } from '../src/index.js';
// The harness parses stdout exactly as the runner does; a round trip proves the escaping.
import { parseWorkflowCommand } from '../../../test/harness/index.js';
import { escapeCommandData, escapeCommandProperty, renderAnnotations } from '../src/report/annotations.js';

const rule: RuleDefinition = {
  id: 'excessive-permissions',
  title: 'Job has more token permissions than it uses',
  severity: 'error',
  why: 'A stolen token can do only what it was granted.',
  fix: 'Grant only the scopes the job uses.',
  action: 'harden-permissions',
};

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'excessive-permissions',
    severity: 'error',
    message: 'contents: write is unused',
    file: '.github/workflows/ci.yml',
    line: 3,
    column: 5,
    ...overrides,
  };
}

describe('workflow command escaping', () => {
  it('escapes data like @actions/core: percent first, then CR and LF', () => {
    expect(escapeCommandData('100%\r\nnext: a,b')).toBe('100%25%0D%0Anext: a,b');
    expect(escapeCommandData('%0A')).toBe('%250A');
  });

  it('escapes properties additionally for colon and comma', () => {
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('renderAnnotations', () => {
  it('renders file, position and a title from the registry', () => {
    const lines = renderAnnotations([finding({ endColumn: 20 })], new RuleRegistry([rule]));
    expect(lines).toEqual([
      '::error file=.github/workflows/ci.yml,line=3,col=5,endColumn=20,title=excessive-permissions%3A Job has more token permissions than it uses::contents: write is unused',
    ]);
  });

  it('maps severities to error, warning and notice, and falls back to the rule id as title', () => {
    const lines = renderAnnotations([
      finding({ severity: 'note', rule: 'some-note', line: 1 }),
      finding({ severity: 'warning', rule: 'some-warning', line: 2 }),
    ]);
    expect(lines[0]).toMatch(/^::notice file=[^:]*,line=1,col=5,title=some-note::/);
    expect(lines[1]).toMatch(/^::warning file=[^:]*,line=2,col=5,title=some-warning::/);
  });

  it('escapes user text in the file property and the message', () => {
    const [line] = renderAnnotations([finding({ file: 'dir,x/a:b.yml', message: 'line one\nline two 50%' })]);
    expect(line).toBe(
      '::error file=dir%2Cx/a%3Ab.yml,line=3,col=5,title=excessive-permissions::line one%0Aline two 50%25',
    );
  });

  it('leaves columns out of a multi-line range', () => {
    const [line] = renderAnnotations([finding({ endLine: 9, endColumn: 2 })]);
    expect(line).toBe(
      '::error file=.github/workflows/ci.yml,line=3,endLine=9,title=excessive-permissions::contents: write is unused',
    );
  });

  it('emits at most 10 per kind, in sorted order, then one notice per overflowing kind', () => {
    const errors = Array.from({ length: 13 }, (_, i) => finding({ line: 13 - i }));
    const warnings = Array.from({ length: 11 }, (_, i) => finding({ severity: 'warning', line: 100 + i }));
    const lines = renderAnnotations([...errors, ...warnings]);
    const errorLines = lines.filter((l) => l.startsWith('::error '));
    expect(errorLines).toHaveLength(10);
    // Sorted: the first ten lines of the file, not the first ten given.
    expect(errorLines.map((l) => /line=(\d+)/.exec(l)?.[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    const notices = lines.filter((l) => l.startsWith('::notice::'));
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^::notice::3 more errors not annotated/);
    expect(notices[1]).toMatch(/^::notice::1 more warning not annotated/);
    expect(notices[0]).toMatch(/step summary and the SARIF file list every finding/);
  });

  it('keeps room among the 10 notices for the overflow notices themselves', () => {
    const errors = Array.from({ length: 12 }, (_, i) => finding({ line: i + 1 }));
    const notes = Array.from({ length: 10 }, (_, i) => finding({ severity: 'note', line: 50 + i }));
    const lines = renderAnnotations([...errors, ...notes]);
    const notices = lines.filter((l) => l.startsWith('::notice'));
    expect(notices).toHaveLength(10);
    // 8 notes annotated, then the error overflow and the note overflow.
    expect(notices.filter((l) => l.startsWith('::notice file='))).toHaveLength(8);
    expect(notices.slice(-2)).toEqual([
      expect.stringMatching(/^::notice::2 more errors/),
      expect.stringMatching(/^::notice::2 more notes/),
    ]);
  });

  it('does not cap exactly 10 notes when nothing else overflows', () => {
    const notes = Array.from({ length: 10 }, (_, i) => finding({ severity: 'note', line: i + 1 }));
    expect(renderAnnotations(notes)).toHaveLength(10);
  });
});

describe('round trip through the runner parsing rules', () => {
  it('gives back file, title and message exactly, whatever characters they hold', () => {
    const tricky = 'a::b, c:d %0A 100%\r\nnext=line';
    const registry = new RuleRegistry([{ ...rule, title: `Title ${tricky}` }]);
    const [line] = renderAnnotations(
      [finding({ file: `dir/${tricky}.yml`, message: `msg ${tricky}`, endColumn: 9 })],
      registry,
    );
    const parsed = parseWorkflowCommand(line!);
    expect(parsed).toEqual({
      command: 'error',
      properties: {
        file: `dir/${tricky}.yml`,
        line: '3',
        col: '5',
        endColumn: '9',
        title: `excessive-permissions: Title ${tricky}`,
      },
      data: `msg ${tricky}`,
    });
  });
});
