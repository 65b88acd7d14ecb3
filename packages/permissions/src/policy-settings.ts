import { ConfigurationError, policyBoolean, type Policy } from '@paved-road/core';
import type { AuditSettings } from './patterns/settings.js';

/** Keys of the policy's `harden-permissions:` section that are settings of an audit, not inputs. */
export const AUDIT_POLICY_KEYS = ['secrets-require-environment'] as const;

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
  return settings;
}
