import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyExceptions,
  checkSectionKeys,
  ConfigurationError,
  loadPolicy,
  parsePolicy,
  policyBoolean,
  policyString,
  policyStringList,
  type Finding,
} from '../src/index.js';

const FILE = '.github/paved-road.yml';

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

const valid = `version: 1
exceptions:
  - rule: excessive-permissions
    path: .github/workflows/release*.yml
    job: publish
    owner: "@octo-org/release"
    reason: pushes tags until the ruleset lands
    expires: 2026-12-31
  - rule: unpinned-action
    owner: alice
    reason: internal action
    expires: 2020-01-15
    compensating-control: ruleset blocks tag moves
harden-permissions:
  fail-on: warning
  ignore-jobs:
    - lint
verify-pinned-tools:
`;

describe('parsePolicy', () => {
  it('reads exceptions with positions and sections', () => {
    const policy = parsePolicy(valid, FILE);
    expect(policy.file).toBe(FILE);
    expect(policy.exceptions).toHaveLength(2);
    const [first, second] = policy.exceptions;
    expect(first).toMatchObject({
      rule: 'excessive-permissions',
      path: '.github/workflows/release*.yml',
      job: 'publish',
      owner: '@octo-org/release',
      expiresText: '2026-12-31',
      line: 3,
      column: 5,
    });
    expect(first!.expires.toISOString()).toBe('2026-12-31T23:59:59.000Z');
    expect(second).toMatchObject({ rule: 'unpinned-action', compensatingControl: 'ruleset blocks tag moves', line: 9 });
    expect(policy.section('harden-permissions')).toEqual({ 'fail-on': 'warning', 'ignore-jobs': ['lint'] });
    expect(policy.section('verify-pinned-tools')).toEqual({});
    expect(policy.section('generate-sbom')).toBeUndefined();
    expect(policy.section('exceptions')).toBeUndefined();
    expect(policy.lineOf(['harden-permissions', 'ignore-jobs', 0])).toBe(17);
    expect(policy.lineOf(['harden-permissions', 'missing-key'])).toBe(14);
  });

  it('accepts an empty file as an empty policy', () => {
    expect(parsePolicy('', FILE).exceptions).toEqual([]);
    expect(parsePolicy('# nothing yet\nexceptions:\n', FILE).exceptions).toEqual([]);
  });

  it('reports a bad date at the line and column of the value, with the fix', () => {
    const text = 'version: 1\nexceptions:\n  - rule: a-rule\n    owner: me\n    reason: r\n    expires: 31/12/2026\n';
    const error = configError(() => parsePolicy(text, FILE));
    expect(error.code).toBe('invalid-policy');
    expect(error.location).toEqual({ file: FILE, line: 6, column: 14 });
    expect(error.describe()).toBe(
      '.github/paved-road.yml:6:14: exceptions[0].expires must be a date YYYY-MM-DD, got "31/12/2026". Write a real calendar date such as 2026-12-31.',
    );
  });

  it('rejects an impossible calendar date', () => {
    const text = 'exceptions:\n  - rule: a-rule\n    owner: me\n    reason: r\n    expires: 2026-02-30\n';
    expect(configError(() => parsePolicy(text, FILE)).message).toMatch(
      /expires must be a date YYYY-MM-DD, got "2026-02-30"/,
    );
  });

  it('names a missing required key at the exception', () => {
    const text = 'exceptions:\n  - rule: a-rule\n    owner: me\n    expires: 2026-01-01\n';
    const error = configError(() => parsePolicy(text, FILE));
    expect(error.message).toBe('exceptions[0] is missing "reason"');
    expect(error.location).toMatchObject({ line: 2, column: 5 });
    expect(error.fix).toMatch(/rule, owner, reason and expires/);
  });

  it('points at an unknown key, top level and inside an exception', () => {
    const top = configError(() => parsePolicy('version: 1\nHardenPermissions: {}\n', FILE));
    expect(top.message).toBe('unknown top-level key "HardenPermissions"');
    expect(top.location).toMatchObject({ line: 2, column: 1 });
    const inner = configError(() =>
      parsePolicy(
        'exceptions:\n  - rule: a-rule\n    owner: me\n    reason: r\n    expires: 2026-01-01\n    until: 2027-01-01\n',
        FILE,
      ),
    );
    expect(inner.message).toBe('exceptions[0] has an unknown key "until"');
    expect(inner.location).toMatchObject({ line: 6, column: 5 });
  });

  it('checks sections loosely: a mapping with kebab-case keys', () => {
    const list = configError(() => parsePolicy('harden-permissions:\n  - a\n', FILE));
    expect(list.message).toMatch(/^harden-permissions must be a mapping/);
    expect(list.location).toMatchObject({ line: 2 });
    const key = configError(() => parsePolicy('harden-permissions:\n  fail-on: error\n  failOn: error\n', FILE));
    expect(key.message).toMatch(/key "failOn" is not a kebab-case input name/);
    expect(key.location).toMatchObject({ line: 3, column: 3 });
  });

  it('rejects a version other than 1', () => {
    const error = configError(() => parsePolicy('version: 2\n', FILE));
    expect(error.message).toBe('version must be 1, got 2');
    expect(error.location).toMatchObject({ line: 1, column: 10 });
  });

  it('reports broken YAML with line and column', () => {
    const error = configError(() => parsePolicy('version: 1\nexceptions:\n  - rule: [unclosed\n', FILE));
    expect(error.code).toBe('invalid-yaml');
    expect(error.location?.file).toBe(FILE);
    expect(error.location?.line).toBeGreaterThanOrEqual(3);
    expect(error.describe()).not.toContain('\n');
    const dup = configError(() => parsePolicy('version: 1\nversion: 1\n', FILE));
    expect(dup.code).toBe('invalid-yaml');
    expect(dup.location?.line).toBe(2);
  });

  it('fails fast and clearly on an alias bomb', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const error = configError(() => parsePolicy(lines.join('\n') + '\n', FILE));
    expect(error.code).toBe('invalid-yaml');
    expect(error.message).toMatch(/aliases too many times/);
    expect(error.location).toMatchObject({ file: FILE, line: 2 });
    expect(error.fix).toMatch(/Write the values out/);
  });
});

describe('loadPolicy', () => {
  let workspace: string;
  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'policy-'));
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('returns undefined for a missing optional file and errors for a required one', () => {
    expect(loadPolicy(FILE, { workspace })).toBeUndefined();
    const error = configError(() => loadPolicy(FILE, { workspace, required: true }));
    expect(error.code).toBe('missing-file');
    expect(error.location).toEqual({ file: FILE });
  });

  it('loads a file relative to the workspace and keeps its display name', () => {
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, FILE), valid);
    const policy = loadPolicy(FILE, { workspace })!;
    expect(policy.file).toBe(FILE);
    expect(policy.exceptions.map((e) => e.rule)).toEqual(['excessive-permissions', 'unpinned-action']);
  });

  it('refuses a huge file before parsing it', () => {
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, FILE), `exceptions: []\n# ${'x'.repeat(300 * 1024)}\n`);
    expect(configError(() => loadPolicy(FILE, { workspace })).code).toBe('file-too-large');
  });
});

describe('applyExceptions', () => {
  const policy = parsePolicy(valid, FILE);
  const now = new Date('2026-06-01T00:00:00Z');
  const base: Finding = {
    rule: 'excessive-permissions',
    severity: 'error',
    message: 'm',
    file: '.github/workflows/release.yml',
    line: 4,
    column: 3,
    job: 'publish',
  };

  it('waives a finding matched by rule, path glob and job', () => {
    const result = applyExceptions([base, { ...base, file: './.github/workflows/release-npm.yml' }], policy, {
      now,
      reportRules: ['excessive-permissions'],
    });
    expect(result.findings).toEqual([]);
    expect(result.waived.map((w) => w.exception.line)).toEqual([3, 3]);
  });

  it('keeps findings that differ in rule, path or job', () => {
    const others = [
      { ...base, rule: 'other' },
      { ...base, file: '.github/workflows/ci.yml' },
      { ...base, job: 'build' },
      { ...base, job: undefined },
    ];
    const result = applyExceptions(others, policy, { now, reportRules: ['excessive-permissions'] });
    expect(result.findings).toEqual(others);
    expect(result.waived).toEqual([]);
  });

  it('an expired exception waives nothing and is itself an error at its line', () => {
    const pin: Finding = { ...base, rule: 'unpinned-action', file: 'a.yml' };
    const result = applyExceptions([pin], policy, { now });
    expect(result.waived).toEqual([]);
    expect(result.findings).toContainEqual(pin);
    const expired = result.findings.find((f) => f.rule === 'expired-exception')!;
    expect(expired).toMatchObject({ severity: 'error', file: FILE, line: 9, column: 5 });
    expect(expired.message).toContain('unpinned-action');
    expect(expired.message).toContain('alice');
    expect(expired.message).toContain('2020-01-15');
    expect(expired.message).toMatch(/Renew it .* or fix the underlying findings/);
  });

  it('an exception is valid through the whole of its expiry day', () => {
    const text = 'exceptions:\n  - rule: excessive-permissions\n    owner: o\n    reason: r\n    expires: 2026-06-01\n';
    const p = parsePolicy(text, FILE);
    expect(applyExceptions([base], p, { now: new Date('2026-06-01T23:00:00Z') }).waived).toHaveLength(1);
    const after = applyExceptions([base], p, { now: new Date('2026-06-02T00:00:01Z') });
    expect(after.waived).toHaveLength(0);
    expect(after.findings.map((f) => f.rule).sort()).toEqual(['excessive-permissions', 'expired-exception']);
  });

  it('reports expired exceptions only for the rules a command owns when told', () => {
    expect(applyExceptions([], policy, { now, reportRules: ['excessive-permissions'] }).findings).toEqual([]);
    expect(applyExceptions([], policy, { now, reportRules: ['unpinned-action'] }).findings).toHaveLength(1);
  });

  it('without a policy changes nothing', () => {
    expect(applyExceptions([base], undefined, { now })).toEqual({ findings: [base], waived: [] });
  });
});

describe('policy getters', () => {
  const policy = parsePolicy(
    'harden-permissions:\n  fail-on: warning\n  fix: true\n  ignore-jobs: [a, b]\n  bad: {x: 1}\n',
    FILE,
  );
  it('read typed values and name the line of a wrong one', () => {
    expect(policyString(policy, 'harden-permissions', 'fail-on')).toBe('warning');
    expect(policyBoolean(policy, 'harden-permissions', 'fix')).toBe(true);
    expect(policyStringList(policy, 'harden-permissions', 'ignore-jobs')).toEqual(['a', 'b']);
    expect(policyString(policy, 'harden-permissions', 'absent')).toBeUndefined();
    expect(policyString(undefined, 'harden-permissions', 'fail-on')).toBeUndefined();
    const error = configError(() => policyBoolean(policy, 'harden-permissions', 'fail-on'));
    expect(error.describe()).toMatch(
      /^\.github\/paved-road\.yml:2:12: harden-permissions\.fail-on must be true or false/,
    );
    expect(configError(() => policyString(policy, 'harden-permissions', 'bad')).location).toMatchObject({ line: 5 });
  });
});

describe('checkSectionKeys', () => {
  it('accepts known keys and names an unknown one at its key, with the allowed list', () => {
    const policy = parsePolicy('verify-release:\n  source-repository: a/b\n  max-age: 3\n', FILE);
    expect(() => checkSectionKeys(policy, 'verify-release', ['source-repository', 'max-age'])).not.toThrow();
    expect(() => checkSectionKeys(undefined, 'verify-release', [])).not.toThrow();
    const error = configError(() => checkSectionKeys(policy, 'verify-release', ['source-repository', 'builder-id']));
    expect(error.describe()).toBe(
      '.github/paved-road.yml:3:3: verify-release has no setting "max-age". Use one of: builder-id, source-repository.',
    );
  });
});

describe('policy files on disk', () => {
  let workspace: string;
  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'policy-'));
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('reads CRLF files with the same positions', () => {
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, FILE), valid.replace(/\n/g, '\r\n'));
    const policy = loadPolicy(FILE, { workspace })!;
    expect(policy.exceptions.map((e) => [e.line, e.column, e.reason])).toEqual([
      [3, 5, 'pushes tags until the ruleset lands'],
      [9, 5, 'internal action'],
    ]);
  });

  it('says a directory is not a file', () => {
    mkdirSync(join(workspace, FILE), { recursive: true });
    expect(configError(() => loadPolicy(FILE, { workspace })).code).toBe('not-a-file');
  });
});
