import { auditDependabot, loadDependabotFile, isDependabotPath } from '../../src/patterns/index.js';
import type { AuditSettings } from '../../src/patterns/index.js';
import { locate, pos, where } from './helpers.js';

const FILE = '.github/dependabot.yml';

/** line:column:severity of the value of a `key: value` line. */
function value(text: string, keyValue: string, severity: string): string {
  const { line, column } = locate(text, keyValue);
  return `${line}:${column + keyValue.indexOf(': ') + 2}:${severity}`;
}

function audit(text: string, rule: string, settings: AuditSettings = {}) {
  const dep = loadDependabotFile(FILE, text);
  if (dep.errors.length) throw new Error(`fixture is invalid: ${JSON.stringify(dep.errors)}`);
  return auditDependabot(dep, { rules: [rule], settings });
}

describe('dependabot-cooldown', () => {
  const RULE = 'dependabot-cooldown';

  it('reports an update with no cooldown at its first key, and one with a short default-days at the value', () => {
    const text = `version: 2
updates:
  - package-ecosystem: pip
    directory: /
    schedule:
      interval: daily
  - package-ecosystem: npm
    directory: /web
    schedule:
      interval: weekly
    cooldown:
      default-days: 2
`;
    const findings = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, 'package-ecosystem: pip', 'warning'),
      value(text, 'default-days: 2', 'warning'),
    ]);
    expect(findings[0]!.message).toContain('Update pip (/) has no cooldown');
    expect(findings[1]!.message).toContain('Update npm (/web) waits 2 days (cooldown default-days), less than 7');
  });

  it('reports a cooldown without default-days at the cooldown key, and short semver days', () => {
    const text = `version: 2
updates:
  - package-ecosystem: pip
    directory: /
    cooldown: {}
    schedule:
      interval: daily
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: daily
    cooldown:
      default-days: 7
      semver-patch-days: 1
`;
    const findings = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, 'cooldown: {}', 'warning'),
      value(text, 'semver-patch-days: 1', 'warning'),
    ]);
    expect(findings[0]!.message).toContain('without default-days');
    expect(findings[1]!.message).toContain('waits 1 day (cooldown semver-patch-days)');
  });

  it('accepts updates that wait long enough; the minimum comes from the policy when set', () => {
    const text = `version: 2
multi-ecosystem-groups:
  all:
    schedule:
      interval: weekly
updates:
  - package-ecosystem: github-actions
    directory: /
    multi-ecosystem-group: all
    patterns: ['*']
    cooldown:
      default-days: 7
      semver-major-days: 30
`;
    expect(audit(text, RULE)).toEqual([]);
    expect(where(audit(text, RULE, { dependabotCooldownDays: 10 }))).toEqual([
      value(text, 'default-days: 7', 'warning'),
    ]);
  });

  it('a days value that is not a number is reported', () => {
    const text = `version: 2
updates:
  - package-ecosystem: pip
    directory: /
    schedule: {interval: daily}
    cooldown:
      default-days: a week
`;
    expect(audit(text, RULE)[0]!.message).toContain('cooldown default-days is not a number of days');
  });
});

describe('dependabot-execution', () => {
  const RULE = 'dependabot-execution';

  it('reports insecure-external-code-execution: allow at the value, not deny or absent', () => {
    const text = `version: 2
updates:
  - package-ecosystem: pip
    directory: /
    schedule:
      interval: daily
    insecure-external-code-execution: allow
  - package-ecosystem: bundler
    directory: /
    schedule:
      interval: daily
    insecure-external-code-execution: deny
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: daily
`;
    const findings = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, 'allow', 'error')]);
    expect(findings[0]!.message).toContain('Update pip (/) lets Dependabot run code');
  });
});

describe('loading a Dependabot configuration', () => {
  it('tells its path from a workflow of the same name', () => {
    expect(isDependabotPath('.github/dependabot.yml')).toBe(true);
    expect(isDependabotPath('.github/dependabot.yaml')).toBe(true);
    expect(isDependabotPath('.github/workflows/dependabot.yml')).toBe(false);
    expect(isDependabotPath('.github/workflows/ci.yml')).toBe(false);
  });

  it('reports YAML errors by position and code, never quoting the file', () => {
    const dep = loadDependabotFile(FILE, 'version: 2\nupdates:\n  - package-ecosystem: "pip\n  sEcReT-VaLuE: [\n');
    expect(dep.errors.length).toBeGreaterThan(0);
    expect(dep.errors[0]!.message).toMatch(/^Dependabot configuration is not valid YAML \([A-Z_]+\)\.$/);
    expect(JSON.stringify(dep.errors)).not.toContain('sEcReT');
    expect(dep.updates).toEqual([]);
  });

  it('expands no alias (a billion-laughs file stays small)', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    lines.push('updates:', '  - *l');
    const dep = loadDependabotFile(FILE, `${lines.join('\n')}\n`);
    expect(dep.errors).toEqual([]);
    expect(dep.updates).toEqual([]);
  });
});
