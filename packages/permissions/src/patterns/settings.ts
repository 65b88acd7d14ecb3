/**
 * What the policy file asks of the policy-driven audits (`harden-permissions:` section), as plain
 * data: it crosses worker threads. Absent settings leave those audits silent (they are opt-in).
 */
export interface AuditSettings {
  /**
   * `secrets-require-environment`: true, every secret but GITHUB_TOKEN is used only in jobs with an
   * `environment:`; a list, those secrets (upper-cased) are.
   */
  secretsRequireEnvironment?: true | string[];
  /** `forbidden-uses`: the `uses:` patterns allowed (every other is forbidden) or denied. */
  forbiddenUses?: { allow: string[] } | { deny: string[] };
  /** `dependabot-cooldown-days`: the least cooldown an update may have (default 7). */
  dependabotCooldownDays?: number;
}
