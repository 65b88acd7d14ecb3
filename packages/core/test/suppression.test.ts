import { applySuppressions, parseSuppressions, RuleRegistry, type Finding } from '../src/index.js';

const FILE = '.github/workflows/ci.yml';

function finding(line: number, rule = 'unpinned-action'): Finding {
  return { rule, severity: 'error', message: `${rule} at ${line}`, file: FILE, line, column: 9 };
}

const source = [
  'jobs:', // 1
  '  build:', // 2
  '    steps:', // 3
  '      - uses: actions/checkout@v4 # paved-road: ignore[unpinned-action] vendored, reviewed in SEC-12', // 4
  '      # paved-road: ignore[unpinned-action, excessive-permissions] -- upstream ships no tags', // 5
  '      # a plain comment between', // 6
  '', // 7
  '      - uses: some/action@main', // 8
  '      - uses: other/action@v1 # paved-road: ignore[unpinned-action]', // 9
  '      - uses: third/action@v2', // 10
].join('\n');

describe('applySuppressions', () => {
  it('obeys a trailing comment for its own line and a standalone one for the next code line', () => {
    const findings = [finding(4), finding(8), finding(8, 'excessive-permissions'), finding(10)];
    const result = applySuppressions(findings, (f) => (f === FILE ? source : undefined));
    expect(result.suppressed).toEqual([finding(4), finding(8), finding(8, 'excessive-permissions')]);
    expect(result.findings.filter((f) => f.rule !== 'invalid-suppression')).toEqual([finding(10)]);
  });

  it('only suppresses the rules it names', () => {
    const result = applySuppressions([finding(4, 'excessive-permissions')], () => source);
    expect(result.suppressed).toEqual([]);
    expect(result.findings).toContainEqual(finding(4, 'excessive-permissions'));
  });

  it('reports a suppression without a reason and does not obey it', () => {
    const result = applySuppressions([finding(9)], () => source);
    expect(result.suppressed).toEqual([]);
    expect(result.findings).toContainEqual(finding(9));
    const problem = result.findings.find((f) => f.rule === 'invalid-suppression')!;
    expect(problem).toMatchObject({ severity: 'warning', file: FILE, line: 9, column: 31 });
    expect(problem.message).toMatch(/has no reason, so it is not obeyed/);
  });

  it('handles CRLF line ends: positions, targets and reasons without a trailing CR', () => {
    const crlf = source.replace(/\n/g, '\r\n');
    const result = applySuppressions([finding(4), finding(8)], () => crlf);
    expect(result.suppressed).toHaveLength(2);
    const parsed = parseSuppressions(crlf, FILE);
    expect(parsed.suppressions.map((s) => [s.line, s.target, s.reason])).toEqual([
      [4, 4, 'vendored, reviewed in SEC-12'],
      [5, 8, 'upstream ships no tags'],
    ]);
    expect(parsed.problems.map((p) => p.line)).toEqual([9]);
  });

  it('reports unknown rule ids as a note and still obeys the known ones', () => {
    const text = 'a: 1 # paved-road: ignore[unpinned-action, unpined-action] reviewed\n';
    const registry = new RuleRegistry([
      { id: 'unpinned-action', title: 't', severity: 'error', why: 'w', fix: 'f', action: 'x' },
    ]);
    const result = applySuppressions([{ ...finding(1), file: 'a.yml' }], () => text, { knownRules: registry });
    expect(result.suppressed).toHaveLength(1);
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'invalid-suppression',
        severity: 'note',
        line: 1,
        column: 6,
        message: expect.stringContaining('ignore[unpined-action] names no known rule'),
      }),
    ]);
    // Known rules as a plain list work too.
    expect(
      applySuppressions([], () => text, { knownRules: ['unpinned-action'], files: ['a.yml'] }).findings,
    ).toHaveLength(1);
  });

  it('with only the audit own rules, reports likely typos but not other commands rules', () => {
    const text = [
      'a: 1 # paved-road: ignore[excessive-permissions] another audit owns this rule',
      'b: 2 # paved-road: ignore[unpined-action] typo',
    ].join('\n');
    const result = applySuppressions([], () => text, { ownRules: ['unpinned-action'], files: ['w.yml'] });
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'invalid-suppression',
        severity: 'note',
        line: 2,
        message: expect.stringContaining('(did you mean unpinned-action?)'),
      }),
    ]);
  });

  it('scans extra files for problems even without findings in them, and reports malformed comments', () => {
    const text =
      'RUN curl x | sh # paved-road: ignore unpinned-action because\nRUN y # paved-road: ignore[Bad_Id] reason\n';
    const result = applySuppressions([], () => text, { files: ['Dockerfile'] });
    expect(result.findings.map((f) => [f.file, f.line, f.severity])).toEqual([
      ['Dockerfile', 1, 'warning'],
      ['Dockerfile', 2, 'warning'],
    ]);
  });

  it('leaves prose comments that merely mention paved-road alone', () => {
    const text = '# paved-road: the secure release path as one reusable workflow.\non: push # paved-road: see docs\n';
    expect(parseSuppressions(text, 'x.yml')).toEqual({ suppressions: [], problems: [] });
  });

  it('ignores text that is not a comment and a standalone comment at the end of the file', () => {
    const text = 'url: http://x/#paved-road:ignore[a]\n# paved-road: ignore[unpinned-action] last line\n';
    const parsed = parseSuppressions(text, 'x.yml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.suppressions).toEqual([expect.objectContaining({ line: 2, target: undefined })]);
    expect(applySuppressions([{ ...finding(2), file: 'x.yml' }], () => text).suppressed).toEqual([]);
  });

  it('leaves findings alone when the source cannot be read', () => {
    expect(applySuppressions([finding(4)], () => undefined)).toEqual({ findings: [finding(4)], suppressed: [] });
  });
});
