import { RuleRegistry, type Finding, type RuleDefinition } from '../src/index.js';
import {
  artifactUri,
  buildSarif,
  FINGERPRINT_KEY,
  pascalCase,
  SARIF_SCHEMA_URI,
  sarifResultText,
  sarifText,
} from '../src/report/sarif.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const rules: RuleDefinition[] = [
  {
    id: 'unpinned-action',
    title: 'Action not pinned to a commit SHA',
    severity: 'error',
    why: 'A tag can be moved to malicious code.',
    fix: 'Pin to the full commit SHA with a version comment.',
    before: 'uses: actions/checkout@v4',
    after: 'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
    action: 'verify-pinned-tools',
  },
  {
    id: 'excessive-permissions',
    title: 'Job has more token permissions than it uses',
    severity: 'warning',
    why: 'A stolen token can do only what it was granted.',
    fix: 'Grant only the scopes the job uses.',
    action: 'harden-permissions',
  },
];

const findings: Finding[] = [
  {
    rule: 'unpinned-action',
    severity: 'error',
    message: 'actions/checkout@v4 is not pinned',
    file: '.github/workflows/ci.yml',
    line: 12,
    column: 15,
    endColumn: 40,
    job: 'build',
    step: 'Checkout',
  },
  {
    rule: 'excessive-permissions',
    severity: 'warning',
    message: 'contents: write is unused',
    file: './.github/workflows/release.yml',
    line: 4,
    column: 3,
    endLine: 6,
    job: 'publish',
  },
  { rule: 'excessive-permissions', severity: 'note', message: 'a note', file: 'sub dir\\a#b.yml', line: 1, column: 1 },
];

describe('buildSarif', () => {
  it('produces a document valid under the official SARIF 2.1.0 schema', () => {
    const log = buildSarif({ findings, rules });
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('the schema check itself rejects a broken document', () => {
    const log = buildSarif({ findings, rules }) as unknown as {
      runs: Array<{ results: Array<Record<string, unknown>> }>;
    };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(sarifSchemaErrors(log).length).toBeGreaterThan(0);
  });

  it('describes every registry rule in tool.driver.rules, sorted by id', () => {
    const driver = buildSarif({ findings: [], rules }).runs[0]!.tool.driver;
    expect(driver.name).toBe('paved-road');
    expect(driver.informationUri).toBe('https://github.com/paved-road/paved-road');
    expect(driver.rules!.map((r) => r.id)).toEqual(['excessive-permissions', 'unpinned-action']);
    const pin = driver.rules![1]!;
    expect(pin.name).toBe('UnpinnedAction');
    expect(pin.shortDescription!.text).toBe('Action not pinned to a commit SHA');
    expect(pin.fullDescription!.text).toBe('A tag can be moved to malicious code.');
    expect(pin.helpUri).toBe(
      'https://github.com/paved-road/paved-road/blob/main/actions/verify-pinned-tools/README.md#unpinned-action',
    );
    expect(pin.defaultConfiguration!.level).toBe('error');
    expect(pin.help!.markdown).toContain('```yaml\nuses: actions/checkout@v4\n```');
    expect(pin.help!.text).toContain('Fix: Pin to the full commit SHA');
  });

  it("gives each rule code scanning's security-severity: its own, else one that follows its level", () => {
    const critical: RuleDefinition = { ...rules[1]!, id: 'critical-rule', securitySeverity: 9.3 };
    const driver = buildSarif({ findings: [], rules: [...rules, critical] }).runs[0]!.tool.driver;
    const severityOf = (id: string) => driver.rules!.find((r) => r.id === id)!.properties!['security-severity'];
    expect(severityOf('unpinned-action')).toBe('7.5');
    expect(severityOf('excessive-permissions')).toBe('5.0');
    expect(severityOf('critical-rule')).toBe('9.3');
    expect(() => new RuleRegistry([{ ...critical, securitySeverity: 11 }])).toThrow('outside 0.1-10');
    expect(() => new RuleRegistry([{ ...critical, securitySeverity: 0 }])).toThrow('outside 0.1-10');
  });

  it('maps findings to results with rule index, region, relative forward-slash URIs and job/step properties', () => {
    const results = buildSarif({ findings, rules: new RuleRegistry(rules) }).runs[0]!.results!;
    // sortFindings order: './.github/...' < '.github/...' < 'sub dir...'
    expect(results.map((r) => r.ruleId)).toEqual(['excessive-permissions', 'unpinned-action', 'excessive-permissions']);
    const [release, ci, odd] = results;
    expect(ci!.ruleIndex).toBe(1);
    expect(ci!.level).toBe('error');
    expect(ci!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: '.github/workflows/ci.yml' },
      region: { startLine: 12, startColumn: 15, endColumn: 40 },
    });
    expect(ci!.properties).toEqual({ job: 'build', step: 'Checkout' });
    expect(release!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('.github/workflows/release.yml');
    expect(release!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 4, startColumn: 3, endLine: 6 });
    expect(release!.ruleIndex).toBe(0);
    expect(odd!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('sub%20dir/a%23b.yml');
    expect(odd!.level).toBe('note');
    expect(odd!.properties).toBeUndefined();
  });

  it('is deterministic: input order does not change a byte', () => {
    const a = JSON.stringify(buildSarif({ findings, rules }));
    const b = JSON.stringify(buildSarif({ findings: [...findings].reverse(), rules: [...rules].reverse() }));
    expect(a).toBe(b);
  });

  it('fingerprints ignore the line but not the message, file, job or step', () => {
    const fp = (f: Finding) =>
      buildSarif({ findings: [f], rules }).runs[0]!.results![0]!.partialFingerprints![FINGERPRINT_KEY];
    const base = findings[0]!;
    expect(fp({ ...base, line: 99, column: 2 })).toBe(fp(base));
    expect(fp({ ...base, message: 'other' })).not.toBe(fp(base));
    expect(fp({ ...base, file: 'other.yml' })).not.toBe(fp(base));
    expect(fp({ ...base, job: 'test' })).not.toBe(fp(base));
    expect(fp({ ...base, step: undefined })).not.toBe(fp(base));
    expect(fp(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps a finding whose rule the registry does not know: ruleId without ruleIndex, still valid', () => {
    const log = buildSarif({
      findings: [{ rule: 'not-registered', severity: 'warning', message: 'm', file: 'a.yml', line: 2, column: 1 }],
      rules,
    });
    const result = log.runs[0]!.results![0]!;
    expect(result.ruleId).toBe('not-registered');
    expect(result).not.toHaveProperty('ruleIndex');
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('leaves the region out for a finding without a line', () => {
    const log = buildSarif({
      findings: [{ rule: 'unpinned-action', severity: 'error', message: 'm', file: 'a.yml', line: 0, column: 0 }],
      rules,
    });
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'a.yml' } });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
});

describe('sarifText', () => {
  const odd: Finding[] = [
    ...findings,
    {
      rule: 'not-registered',
      severity: 'note',
      message: 'quote " and \\ and\nnew line',
      file: '/abs/x.yml',
      line: 0,
      column: 0,
    },
    {
      rule: 'unpinned-action',
      severity: 'error',
      message: 'no position',
      file: 'a.yml',
      line: -1,
      column: 0,
      fix: 'f',
    },
  ];
  const registry = new RuleRegistry(rules);
  const options = { findings: odd, rules: registry, category: 'x/' };

  it('is the pretty-printed log, byte for byte, with or without result texts worked out before', () => {
    const expected = JSON.stringify(buildSarif(options), null, 2);
    expect(sarifText(options)).toBe(expected);
    const texts = new Map(odd.map((f) => [f, sarifResultText(f, registry)]));
    expect(sarifText(options, (f) => texts.get(f))).toBe(expected);
    // Some given, some not: still the same bytes.
    expect(sarifText(options, (f) => (f.line > 1 ? texts.get(f) : undefined))).toBe(expected);
  });

  it('an empty run keeps "results": []', () => {
    const empty = { findings: [], rules: registry };
    expect(sarifText(empty)).toBe(JSON.stringify(buildSarif(empty), null, 2));
    expect(sarifText(empty)).toContain('"results": []');
  });
});

describe('helpers', () => {
  it('pascalCase and artifactUri', () => {
    expect(pascalCase('expired-exception')).toBe('ExpiredException');
    expect(artifactUri('./a//b\\c.yml')).toBe('a/b/c.yml');
    expect(artifactUri('/abs/p q.yml')).toBe('file:///abs/p%20q.yml');
  });
});
