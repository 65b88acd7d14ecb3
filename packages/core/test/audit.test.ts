import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUDIT_OUTPUTS, finishAudit, parsePolicy, type Finding, type RuleDefinition } from '../src/index.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const rules: RuleDefinition[] = [
  {
    id: 'unpinned-action',
    title: 'Action not pinned',
    severity: 'error',
    why: 'w',
    fix: 'f',
    action: 'verify-pinned-tools',
  },
  {
    id: 'mutable-image',
    title: 'Image by tag',
    severity: 'warning',
    why: 'w',
    fix: 'f',
    action: 'verify-pinned-tools',
  },
];

const WORKFLOW = '.github/workflows/ci.yml';
const workflow = [
  'jobs:',
  '  build:',
  '    steps:',
  '      - uses: a/one@v1 # paved-road: ignore[unpinned-action] vendored copy, reviewed',
  '      - uses: a/two@v1',
  '      - uses: a/three@v1 # paved-road: ignore[unpinned-action]',
  '      - uses: docker://node:24',
].join('\n');

const policy = parsePolicy(
  [
    'exceptions:',
    '  - rule: unpinned-action',
    '    path: .github/workflows/*.yml',
    '    job: release',
    '    owner: team-a',
    '    reason: waiting on upstream tags',
    '    expires: 2030-01-01',
    '  - rule: mutable-image',
    '    owner: team-b',
    '    reason: old',
    '    expires: 2020-01-01',
    '  - rule: excessive-permissions',
    '    owner: team-c',
    '    reason: another command',
    '    expires: 2020-01-01',
  ].join('\n'),
  '.github/paved-road.yml',
);

function f(line: number, rule = 'unpinned-action', extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity: rule === 'mutable-image' ? 'warning' : 'error',
    message: `${rule} on line ${line}`,
    file: WORKFLOW,
    line,
    column: 15,
    job: 'build',
    ...extra,
  };
}

describe('finishAudit', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'audit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (overrides: Partial<Parameters<typeof finishAudit>[0]> = {}) =>
    finishAudit({
      command: 'verify-pinned-tools',
      findings: [
        f(7, 'mutable-image'),
        f(6),
        f(5),
        f(4),
        f(5, 'unpinned-action', { job: 'release', message: 'waived one' }),
      ],
      rules,
      policy,
      now: new Date('2026-01-01T00:00:00Z'),
      failOn: 'error',
      readSource: (file) => (file === WORKFLOW ? workflow : undefined),
      sarifFile: join(dir, 'nested', 'out', 'results.sarif'),
      summaryTitle: 'Pinned tools',
      json: { checked: 1 },
      outputs: { 'files-checked': '1' },
      ...overrides,
    });

  it('suppresses, waives, reports the expired exception and the reason-less suppression, sorted', () => {
    const result = run();
    const seen = result.findings!.map((x) => `${x.file}:${x.line} ${x.rule}`);
    expect(seen).toEqual([
      '.github/paved-road.yml:8 expired-exception',
      `${WORKFLOW}:5 unpinned-action`,
      `${WORKFLOW}:6 unpinned-action`,
      `${WORKFLOW}:6 invalid-suppression`,
      `${WORKFLOW}:7 mutable-image`,
    ]);
    // The expired exception for another command's rule (excessive-permissions) is left to that command.
    expect(seen.filter((s) => s.includes('expired-exception'))).toHaveLength(1);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual({
      findings: '5',
      errors: '3',
      'sarif-file': join(dir, 'nested', 'out', 'results.sarif'),
      'files-checked': '1',
    });
  });

  it('writes a schema-valid SARIF file with the core rules and the command rules', () => {
    const result = run();
    const text = readFileSync(result.outputs['sarif-file']!, 'utf8');
    expect(text).toBe(`${JSON.stringify(result.sarif, null, 2)}\n`);
    const written = JSON.parse(text);
    expect(sarifSchemaErrors(written)).toEqual([]);
    expect(written.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'expired-exception',
      'invalid-suppression',
      'mutable-image',
      'unpinned-action',
    ]);
    expect(written.runs[0].results).toHaveLength(5);
    expect(written.runs[0].automationDetails).toEqual({ id: 'verify-pinned-tools/' });
    expect(written.runs[0].results[0].ruleIndex).toBe(0);
  });

  it('builds the JSON document and the summary with waived and suppressed findings listed', () => {
    const result = run();
    const json = result.json as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['findings', 'waived', 'suppressed', 'checked']);
    expect((json.findings as unknown[]).length).toBe(5);
    expect(json.waived).toEqual([
      expect.objectContaining({
        line: 5,
        job: 'release',
        exception: { owner: 'team-a', reason: 'waiting on upstream tags', expires: '2030-01-01', line: 2 },
      }),
    ]);
    expect(json.suppressed).toEqual([expect.objectContaining({ line: 4, rule: 'unpinned-action' })]);
    expect(result.summary).toContain('## Pinned tools');
    expect(result.summary).toContain('### Waived by policy exceptions (1)');
    expect(result.summary).toContain(
      '| .github/workflows/ci.yml:5 | unpinned-action | team-a | 2030-01-01 | waiting on upstream tags | .github/paved-road.yml:2 |',
    );
    expect(result.summary).toContain('### Suppressed inline (1)');
    expect(result.summary).toContain(
      '[expired-exception](https://github.com/paved-road/paved-road/blob/main/docs/policy.md#expired-exception)',
    );
  });

  it('maps fail-on to the exit code and writes no SARIF unless asked', () => {
    const clean = run({ findings: [f(7, 'mutable-image')], policy: undefined, sarifFile: undefined, failOn: 'error' });
    expect(clean.exitCode).toBe(0);
    expect(clean.outputs['sarif-file']).toBeUndefined();
    expect(run({ findings: [f(7, 'mutable-image')], policy: undefined, failOn: 'warning' }).exitCode).toBe(1);
    expect(run({ policy: undefined, failOn: 'never' }).exitCode).toBe(0);
  });

  it('is deterministic', () => {
    const a = run();
    const b = run({
      findings: [
        f(4),
        f(5, 'unpinned-action', { job: 'release', message: 'waived one' }),
        f(5),
        f(6),
        f(7, 'mutable-image'),
      ],
    });
    expect(JSON.stringify(b.sarif)).toBe(JSON.stringify(a.sarif));
    expect(b.summary).toBe(a.summary);
    expect(JSON.stringify(b.json)).toBe(JSON.stringify(a.json));
  });

  it('checks suppressed rule ids against every known rule when given, else only for typos', () => {
    const source = 'x: 1 # paved-road: ignore[excessive-permissions] owned by harden-permissions\n';
    const base = { findings: [], policy: undefined, readSource: () => source, files: ['x.yml'], sarifFile: undefined };
    expect(run(base).findings).toEqual([]);
    expect(run({ ...base, knownRules: ['excessive-permissions'] }).findings).toEqual([]);
    expect(run({ ...base, knownRules: ['pinned-image'] }).findings!.map((x) => [x.rule, x.severity])).toEqual([
      ['invalid-suppression', 'note'],
    ]);
  });

  it('caps the suppressed list in the summary but keeps every entry in the JSON', () => {
    const lines = Array.from({ length: 150 }, (_, i) => `s${i}: x # paved-road: ignore[unpinned-action] reviewed`);
    const result = run({
      findings: lines.map((_, i) => f(i + 1)),
      policy: undefined,
      sarifFile: undefined,
      readSource: () => lines.join('\n'),
    });
    expect(result.findings).toEqual([]);
    expect(result.summary).toContain('### Suppressed inline (150)');
    expect(result.summary!.split('\n').filter((l) => l.startsWith('| .github/workflows/ci.yml:'))).toHaveLength(100);
    expect(result.summary).toContain('50 more not shown; the JSON output lists them all.');
    expect((result.json as { suppressed: unknown[] }).suppressed).toHaveLength(150);
  });

  it('declares the outputs it sets', () => {
    expect(AUDIT_OUTPUTS.map((o) => o.name)).toEqual(['findings', 'errors', 'sarif-file']);
  });
});
