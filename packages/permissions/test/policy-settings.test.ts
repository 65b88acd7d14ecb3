import { ConfigurationError, parsePolicy } from '@paved-road/core';
import { auditSettings } from '../src/policy-settings.js';
import { ruleLines, runHarden, workspace } from './command-helpers.js';

const COMMAND = 'harden-permissions';

function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('no ConfigurationError thrown');
}

describe('the policy settings of harden-permissions', () => {
  it('reads secrets-require-environment as true, false or a list of names', () => {
    const read = (value: string) =>
      auditSettings(parsePolicy(`${COMMAND}:\n  secrets-require-environment: ${value}\n`, 'p.yml'), COMMAND);
    expect(read('true')).toEqual({ secretsRequireEnvironment: true });
    expect(read('false')).toEqual({});
    expect(read('[npm_token, DEPLOY_KEY]')).toEqual({ secretsRequireEnvironment: ['NPM_TOKEN', 'DEPLOY_KEY'] });
    expect(auditSettings(undefined, COMMAND)).toEqual({});
  });

  it('a bad value is a ConfigurationError at its line', () => {
    const policy = parsePolicy(`version: 1\n${COMMAND}:\n  secrets-require-environment: "yes please"\n`, 'p.yml');
    const error = configError(() => auditSettings(policy, COMMAND));
    expect(error.message).toContain('harden-permissions.secrets-require-environment must be true, false or a list');
    expect(error.location).toMatchObject({ file: 'p.yml', line: 3 });
  });
});

describe('harden-permissions with a policy', () => {
  const WORKFLOW = `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: ./deploy.sh
        env:
          API_KEY: \${{ secrets.API_KEY }}
`;

  it('reports secrets-outside-env only when the policy asks for it', async () => {
    const without = workspace({ '.github/workflows/deploy.yml': WORKFLOW });
    expect(ruleLines(await runHarden(without))).not.toContain('secrets-outside-env@.github/workflows/deploy.yml:10');
    const withPolicy = workspace({
      '.github/workflows/deploy.yml': WORKFLOW,
      '.github/paved-road.yml': `${COMMAND}:\n  secrets-require-environment: true\n`,
    });
    expect(ruleLines(await runHarden(withPolicy))).toContain('secrets-outside-env@.github/workflows/deploy.yml:10');
  });

  it('reports forbidden-uses from the policy, on the uses line', async () => {
    const text = WORKFLOW.replace(
      '      - run: ./deploy.sh\n',
      '      - uses: someone/deploy@v1\n      - run: ./deploy.sh\n',
    );
    const policy = `${COMMAND}:\n  forbidden-uses:\n    allow: [actions/*]\n`;
    const dir = workspace({ '.github/workflows/deploy.yml': text, '.github/paved-road.yml': policy });
    expect(ruleLines(await runHarden(dir)).filter((f) => f.startsWith('forbidden-uses'))).toEqual([
      'forbidden-uses@.github/workflows/deploy.yml:8',
    ]);
  });

  it('an unknown key in its policy section is a ConfigurationError naming the keys it knows', async () => {
    const dir = workspace({
      '.github/workflows/deploy.yml': WORKFLOW,
      '.github/paved-road.yml': `${COMMAND}:\n  secrets-need-environment: true\n`,
    });
    const error = await runHarden(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toContain('has no setting "secrets-need-environment"');
    expect((error as ConfigurationError).fix).toContain('secrets-require-environment');
  });
});

describe('forbidden-uses in the policy', () => {
  const read = (value: string) =>
    auditSettings(parsePolicy(`${COMMAND}:\n  forbidden-uses: ${value}\n`, 'p.yml'), COMMAND);

  it('takes one of allow and deny, each a list of patterns', () => {
    expect(read('{allow: [actions/*, "github/codeql-action/*@v3"]}')).toEqual({
      forbiddenUses: { allow: ['actions/*', 'github/codeql-action/*@v3'] },
    });
    expect(read('{deny: ["*"]}')).toEqual({ forbiddenUses: { deny: ['*'] } });
  });

  it.each([
    ['[actions/*]', 'it must be a mapping with allow or deny'],
    ['{allow: [a/b], deny: [c/d]}', 'it must have exactly one of allow and deny, got allow, deny'],
    ['{only: [a/b]}', 'it must have exactly one of allow and deny, got only'],
    ['{allow: a/b}', 'allow must be a list of patterns'],
    ['{deny: [checkout]}', 'deny has "checkout", which is not owner/repo[/path][@ref]'],
    ['{deny: ["a/b@"]}', 'deny has "a/b@"'],
  ])('%s is a ConfigurationError at its line: %s', (value, message) => {
    const error = configError(() => read(value));
    expect(error.message).toContain(`harden-permissions.forbidden-uses is not valid: ${message}`);
    expect(error.location).toMatchObject({ file: 'p.yml', line: 2 });
  });
});

describe('dependabot-cooldown-days in the policy', () => {
  const read = (value: string) =>
    auditSettings(parsePolicy(`${COMMAND}:\n  dependabot-cooldown-days: ${value}\n`, 'p.yml'), COMMAND);

  it('is a whole number of days from 1 to 90', () => {
    expect(read('14')).toEqual({ dependabotCooldownDays: 14 });
    for (const bad of ['0', '91', '2.5', '"7"', 'week']) {
      const error = configError(() => read(bad));
      expect(error.message).toContain('dependabot-cooldown-days must be a whole number of days from 1 to 90');
      expect(error.location).toMatchObject({ line: 2 });
    }
  });
});
