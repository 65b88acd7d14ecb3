import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, type Finding } from '@paved-road/core';
import { applyZizmorConfig, parseZizmorConfig } from '../src/zizmor-config.js';
import { ruleLines, runHarden, workspace } from './command-helpers.js';

const FILE = 'zizmor.yml';

function finding(rule: string, file: string, line: number, column = 1): Finding {
  return { rule, severity: 'warning', message: 'm', file, line, column };
}

async function rejection(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ConfigurationError)) throw new Error(`expected a ConfigurationError, got ${String(error)}`);
  return error;
}

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('no ConfigurationError thrown');
}

describe("zizmor's configuration", () => {
  const CONFIG = `rules:
  template-injection:
    ignore:
      - ci.yml:10
      - tests.yml
      - release.yml:12:7
  artipacked:
    disable: true
  unpinned-uses:
    ignore: [ci.yml]
  forbidden-uses:
    config:
      deny: [evil/*]
  dependabot-cooldown:
    config:
      days: 3
`;

  it('reads disable, ignore entries and the forbidden-uses and dependabot-cooldown config', () => {
    const config = parseZizmorConfig(CONFIG, FILE);
    expect([...config.disabled]).toEqual([['artipacked', 8]]);
    expect(config.ignores.map((e) => [e.rule, e.filename, e.line, e.column, e.at])).toEqual([
      ['template-injection', 'ci.yml', 10, undefined, 4],
      ['template-injection', 'tests.yml', undefined, undefined, 5],
      ['template-injection', 'release.yml', 12, 7, 6],
      ['unpinned-uses', 'ci.yml', undefined, undefined, 10],
    ]);
    expect(config.settings).toEqual({ forbiddenUses: { deny: ['evil/*'] }, dependabotCooldownDays: 3 });
  });

  it('ignores findings of the same rule by file name, line and column; disable drops the rule', () => {
    const config = parseZizmorConfig(CONFIG, FILE);
    const findings = [
      finding('template-injection', '.github/workflows/ci.yml', 10, 20),
      finding('template-injection', '.github/workflows/ci.yml', 11),
      finding('template-injection', '.github/workflows/tests.yml', 99),
      finding('template-injection', '.github/workflows/release.yml', 12, 7),
      finding('template-injection', '.github/workflows/release.yml', 12, 8),
      finding('artipacked', '.github/workflows/any.yml', 3),
      finding('excessive-permissions', '.github/workflows/ci.yml', 10),
    ];
    const result = applyZizmorConfig(findings, config);
    expect(result.findings).toEqual([findings[1], findings[4], findings[6]]);
    expect(result.ignored.map((i) => [i.finding, i.by, i.line])).toEqual([
      [findings[0], 'rules.template-injection.ignore: ci.yml:10', 4],
      [findings[2], 'rules.template-injection.ignore: tests.yml', 5],
      [findings[3], 'rules.template-injection.ignore: release.yml:12:7', 6],
      [findings[5], 'rules.artipacked.disable', 8],
    ]);
  });

  it.each([
    ['rules: [a]\n', 1, 'rules must be a mapping'],
    ['rules:\n  artipacked:\n    disable: yes\n', 3, 'rules.artipacked.disable must be true or false'],
    ['rules:\n  artipacked:\n    ignore: ci.yml\n', 3, 'rules.artipacked.ignore must be a list'],
    ['rules:\n  artipacked:\n    ignore:\n      - ci.yml:0\n', 4, 'is not file.yml[:line[:column]]'],
    ['rules:\n  artipacked:\n    ignore:\n      - README.md\n', 4, 'is not file.yml[:line[:column]]'],
    [
      'rules:\n  forbidden-uses:\n    config:\n      allow: [a/b]\n      deny: [c/d]\n',
      4,
      'exactly one of allow and deny',
    ],
    ['rules:\n  dependabot-cooldown:\n    config:\n      days: 0\n', 4, 'days must be a whole number from 1 to 90'],
  ])('%j is a ConfigurationError at line %d', (text, line, message) => {
    const error = configError(() => parseZizmorConfig(text, FILE));
    expect(error.message).toContain(message);
    expect(error.location).toMatchObject({ file: FILE, line });
  });

  it('text that is not YAML is refused by position, never quoted', () => {
    const error = configError(() => parseZizmorConfig('rules: {\n  "TOP-SECRET-VALUE\n', FILE));
    expect(error.message).toMatch(/^zizmor configuration is not valid YAML \([A-Z_]+\)\.$/);
    expect(error.describe()).not.toContain('TOP-SECRET');
  });
});

describe('harden-permissions with import-zizmor-config', () => {
  const WORKFLOW = `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - uses: actions/checkout@v5
      - uses: evil/action@v1
`;
  const POLICY = 'harden-permissions:\n  import-zizmor-config: true\n';
  const audited = (lines: string[]) => lines.filter((f) => /^(artipacked|forbidden-uses)@/.test(f));

  it('takes the ignores of .github/zizmor.yml, lists what they ignored, and maps forbidden-uses', async () => {
    const zizmor =
      'rules:\n  artipacked:\n    ignore:\n      - ci.yml:8\n  forbidden-uses:\n    config:\n      deny: [evil/*]\n';
    const without = workspace({ '.github/workflows/ci.yml': WORKFLOW, '.github/zizmor.yml': zizmor });
    expect(audited(ruleLines(await runHarden(without)))).toEqual(['artipacked@.github/workflows/ci.yml:8']);

    const dir = workspace({
      '.github/workflows/ci.yml': WORKFLOW,
      '.github/zizmor.yml': zizmor,
      '.github/paved-road.yml': POLICY,
    });
    const result = await runHarden(dir, { 'show-summary': 'true' });
    expect(audited(ruleLines(result))).toEqual(['forbidden-uses@.github/workflows/ci.yml:9']);
    const json = result.json as { ignored: Array<{ rule: string; line: number; ignoredBy: unknown }> };
    expect(json.ignored).toEqual([
      expect.objectContaining({
        rule: 'artipacked',
        line: 8,
        ignoredBy: { file: '.github/zizmor.yml', line: 4, entry: 'rules.artipacked.ignore: ci.yml:8' },
      }),
    ]);
    expect(result.summary).toContain('### Ignored by .github/zizmor.yml (1)');
  });

  it("the policy's own forbidden-uses wins over zizmor's", async () => {
    const dir = workspace({
      '.github/workflows/ci.yml': WORKFLOW,
      'zizmor.yml': 'rules:\n  forbidden-uses:\n    config:\n      deny: [evil/*]\n',
      '.github/paved-road.yml': `${POLICY}  forbidden-uses:\n    deny: [actions/checkout]\n`,
    });
    expect(ruleLines(await runHarden(dir)).filter((f) => f.startsWith('forbidden-uses'))).toEqual([
      'forbidden-uses@.github/workflows/ci.yml:8',
    ]);
  });

  it('asked for and absent, or a link out of the workspace, is bad input naming the file', async () => {
    const absent = workspace({ '.github/workflows/ci.yml': WORKFLOW, '.github/paved-road.yml': POLICY });
    const missing = await rejection(runHarden(absent));
    expect(missing.message).toContain('import-zizmor-config is true, but there is no .github/zizmor.yml');
    expect(missing.location).toMatchObject({ file: '.github/paved-road.yml', line: 2 });

    const outside = workspace({ 'secret.yml': 'TOP-SECRET-VALUE: 1\n' });
    const linked = workspace({ '.github/workflows/ci.yml': WORKFLOW, '.github/paved-road.yml': POLICY });
    symlinkSync(join(outside, 'secret.yml'), join(linked, 'zizmor.yml'));
    const refused = await rejection(runHarden(linked));
    expect(refused.describe()).toMatch(/zizmor\.yml.*leads outside the workspace/);
    expect(refused.describe()).not.toContain('TOP-SECRET');
  });
});
