import { ConfigurationError, policyBoolean, type Policy } from '@paved-road/core';
import type { AuditSettings } from './patterns/settings.js';

/** Keys of the policy's `harden-permissions:` section that are not inputs: settings of the audits. */
export const AUDIT_POLICY_KEYS = [
  'secrets-require-environment',
  'forbidden-uses',
  'dependabot-cooldown-days',
  'import-zizmor-config',
] as const;

function invalid(policy: Policy, command: string, key: string, message: string, fix: string): ConfigurationError {
  return new ConfigurationError(
    'invalid-policy',
    `${command}.${key} ${message}`,
    { file: policy.file, ...policy.positionOf([command, key]) },
    fix,
  );
}

/** A list of non-empty strings, or undefined when the value is not one. */
function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) return undefined;
  return value.map((item: string) => item.trim());
}

/** The policy-driven audits' settings from the command's policy section; bad values are ConfigurationErrors at their line. */
export function auditSettings(policy: Policy | undefined, command: string): AuditSettings {
  const section = policy?.section(command);
  if (!policy || !section) return {};
  const settings: AuditSettings = {};

  const secrets = section['secrets-require-environment'];
  if (secrets !== undefined && secrets !== null) {
    if (typeof secrets === 'boolean') {
      if (policyBoolean(policy, command, 'secrets-require-environment')) settings.secretsRequireEnvironment = true;
    } else {
      const names = stringList(secrets);
      if (!names || names.some((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)))
        throw invalid(
          policy,
          command,
          'secrets-require-environment',
          'must be true, false or a list of secret names',
          'Write `secrets-require-environment: true` for every secret, or list the names: `[NPM_TOKEN, DEPLOY_KEY]`.',
        );
      if (names.length) settings.secretsRequireEnvironment = names.map((name) => name.toUpperCase());
    }
  }

  const forbidden = section['forbidden-uses'];
  if (forbidden !== undefined && forbidden !== null) {
    const parsed = forbiddenUses(forbidden);
    if (typeof parsed === 'string')
      throw invalid(
        policy,
        command,
        'forbidden-uses',
        `is not valid: ${parsed}`,
        'Write `forbidden-uses: {allow: [actions/*, octo-org/*]}` or `forbidden-uses: {deny: [owner/repo]}`: patterns owner/repo[/path][@ref].',
      );
    settings.forbiddenUses = parsed;
  }

  const days = section['dependabot-cooldown-days'];
  if (days !== undefined && days !== null) {
    // Dependabot takes 1 to 90 days.
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 90)
      throw invalid(
        policy,
        command,
        'dependabot-cooldown-days',
        `must be a whole number of days from 1 to 90, got ${JSON.stringify(days)}`,
        'Write a number such as `dependabot-cooldown-days: 7`.',
      );
    settings.dependabotCooldownDays = days;
  }
  return settings;
}

/** A `uses:` pattern: `*`, or owner/repo[/path][@ref] with `*` globs. */
const USES_PATTERN = /^(\*|[^\s@/]+\/[^\s@]+)(@[^\s@]+)?$/;

/** `{allow: [...]}` or `{deny: [...]}` (one of them), or why not, as a message. */
export function forbiddenUses(value: unknown): NonNullable<AuditSettings['forbiddenUses']> | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'it must be a mapping with allow or deny';
  const keys = Object.keys(value);
  if (keys.length !== 1 || (keys[0] !== 'allow' && keys[0] !== 'deny'))
    return `it must have exactly one of allow and deny, got ${keys.length ? keys.join(', ') : 'none'}`;
  const mode = keys[0];
  const patterns = stringList((value as Record<string, unknown>)[mode]);
  if (!patterns) return `${mode} must be a list of patterns`;
  const bad = patterns.find((pattern) => !USES_PATTERN.test(pattern));
  if (bad !== undefined) return `${mode} has ${JSON.stringify(bad)}, which is not owner/repo[/path][@ref]`;
  return mode === 'allow' ? { allow: patterns } : { deny: patterns };
}
