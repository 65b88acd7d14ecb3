import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ruleLines, runHarden, workspace } from './command-helpers.js';

const DEPENDABOT = `version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
    insecure-external-code-execution: allow
`;

const WORKFLOW = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo hi
`;

describe('harden-permissions over .github/dependabot.yml', () => {
  it('the default scan reads it and reports on its lines; a workflow named dependabot.yml stays a workflow', async () => {
    const dir = workspace({
      '.github/dependabot.yml': DEPENDABOT,
      '.github/workflows/dependabot.yml': WORKFLOW,
    });
    const result = await runHarden(dir);
    expect(ruleLines(result).filter((f) => f.includes('@.github/dependabot.yml'))).toEqual([
      'dependabot-cooldown@.github/dependabot.yml:3',
      'dependabot-execution@.github/dependabot.yml:7',
    ]);
    expect(result.exitCode).toBe(1);
    // Only workflows have a permissions verdict.
    expect(Object.keys((result.json as { permissions: object }).permissions)).toEqual([
      '.github/workflows/dependabot.yml',
    ]);
  });

  it('takes the policy minimum, and inline suppressions', async () => {
    const text = DEPENDABOT.replace(
      '    insecure-external-code-execution: allow\n',
      '    cooldown:\n      default-days: 7\n    # paved-road: ignore[dependabot-execution] bundler needs it until PLAT-9\n    insecure-external-code-execution: allow\n',
    );
    const dir = workspace({
      '.github/dependabot.yml': text,
      '.github/paved-road.yml': 'harden-permissions:\n  dependabot-cooldown-days: 14\n',
    });
    const result = await runHarden(dir);
    expect(ruleLines(result)).toEqual(['dependabot-cooldown@.github/dependabot.yml:8']);
    expect((result.json as { suppressed: Array<{ rule: string }> }).suppressed.map((f) => f.rule)).toEqual([
      'dependabot-execution',
    ]);
  });

  it('a link out of the workspace, or a file that is not YAML, is invalid-workflow and never quoted', async () => {
    const outside = workspace({ 'secret.txt': 'TOP-SECRET-VALUE\n' });
    const dir = workspace({});
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'dependabot.yml'));
    const linked = await runHarden(dir, { paths: 'dependabot.yml' });
    expect(ruleLines(linked)).toEqual(['invalid-workflow@dependabot.yml:1']);
    expect(JSON.stringify(linked.json)).not.toContain('TOP-SECRET');

    const broken = workspace({ '.github/dependabot.yml': 'updates: [\n  "TOP-SECRET-VALUE\n' });
    const result = await runHarden(broken);
    expect(ruleLines(result)[0]).toMatch(/^invalid-workflow@\.github\/dependabot\.yml:\d+$/);
    expect(JSON.stringify(result.json)).not.toContain('TOP-SECRET');
  });
});
