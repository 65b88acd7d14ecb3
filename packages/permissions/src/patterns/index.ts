// The dangerous-pattern rules of harden-permissions: each rule is one audit over the workflow model.
import { sortFindings, type Finding, type RuleDefinition } from '@paved-road/core';
import type { WorkflowFile } from '@paved-road/workflows';
import { anonymousDefinitionRule, auditAnonymousDefinition } from './anonymous-definition.js';
import { artipackedRule, auditArtipacked } from './artipacked.js';
import { auditBotConditions, botConditionsRule } from './bot-conditions.js';
import { auditConcurrencyLimits, concurrencyLimitsRule } from './concurrency-limits.js';
import { auditDangerousTriggers, dangerousTriggersRule } from './dangerous-triggers.js';
import {
  auditDependabotCooldown,
  auditDependabotExecution,
  dependabotCooldownRule,
  dependabotExecutionRule,
  type DependabotFile,
} from './dependabot.js';
import { auditGithubApp, githubAppRule } from './github-app.js';
import { auditGithubEnv, auditInsecureCommands, githubEnvRule, insecureCommandsRule } from './environment.js';
import { auditMisfeature, misfeatureRule } from './misfeature.js';
import { auditCachePoisoning, auditSelfHostedRunner, cachePoisoningRule, selfHostedRunnerRule } from './runners.js';
import {
  auditContainerCredentials,
  auditSecretsInherit,
  auditStaticCloudCredentials,
  hardcodedContainerCredentialsRule,
  secretsInheritRule,
  staticCloudCredentialsRule,
} from './secrets.js';
import { auditForbiddenUses, forbiddenUsesRule } from './forbidden-uses.js';
import { auditSecretsOutsideEnv, secretsOutsideEnvRule } from './secrets-outside-env.js';
import type { AuditSettings } from './settings.js';
import { auditTemplateInjection, templateInjectionRule } from './template-injection.js';
import { auditUnsoundCondition, unsoundConditionRule } from './unsound-condition.js';
import { auditUnsoundContains, unsoundContainsRule } from './unsound-contains.js';
import { auditOverprovisionedSecrets, overprovisionedSecretsRule } from './overprovisioned-secrets.js';
import { auditUnredactedSecrets, unredactedSecretsRule } from './unredacted-secrets.js';
import { auditObfuscation, obfuscationRule } from './obfuscation.js';
import { auditUseTrustedPublishing, useTrustedPublishingRule } from './use-trusted-publishing.js';

export { artipackedRule, applyEdits, fixArtipacked, type ArtipackedFix, type TextEdit } from './artipacked.js';
export {
  attackerSource,
  suggestedVariable,
  CODE_INPUTS,
  templateInjectionRule,
  type Source,
} from './template-injection.js';
export { dangerousTriggersRule, prCodeCheckout } from './dangerous-triggers.js';
export { botConditionsRule } from './bot-conditions.js';
export { unsoundConditionRule } from './unsound-condition.js';
export { unsoundContainsRule } from './unsound-contains.js';
export { overprovisionedSecretsRule } from './overprovisioned-secrets.js';
export { unredactedSecretsRule } from './unredacted-secrets.js';
export { obfuscationRule } from './obfuscation.js';
export { githubEnvRule, insecureCommandsRule } from './environment.js';
export { misfeatureRule } from './misfeature.js';
export { anonymousDefinitionRule } from './anonymous-definition.js';
export { concurrencyLimitsRule } from './concurrency-limits.js';
export { githubAppRule } from './github-app.js';
export { useTrustedPublishingRule } from './use-trusted-publishing.js';
export { cachePoisoningRule, selfHostedRunnerRule, releaseReason, restoresCache } from './runners.js';
export { secretsInheritRule, hardcodedContainerCredentialsRule, staticCloudCredentialsRule } from './secrets.js';
export { parseUses, OUTSIDER_TRIGGERS, PRIVILEGED_PR_TRIGGERS } from './common.js';
export { secretsOutsideEnvRule } from './secrets-outside-env.js';
export { forbiddenUsesRule, usesMatches } from './forbidden-uses.js';
export {
  dependabotCooldownRule,
  dependabotExecutionRule,
  isDependabotPath,
  loadDependabotFile,
  DEFAULT_COOLDOWN_DAYS,
  MAX_DEPENDABOT_BYTES,
  type DependabotFile,
} from './dependabot.js';
export type { AuditSettings } from './settings.js';

/** Each rule and its audit; policy-driven audits read the policy's settings, the rest ignore them. */
const AUDITS: ReadonlyArray<[RuleDefinition, (wf: WorkflowFile, settings: AuditSettings) => Finding[]]> = [
  [templateInjectionRule, auditTemplateInjection],
  [dangerousTriggersRule, auditDangerousTriggers],
  [artipackedRule, auditArtipacked],
  [secretsInheritRule, auditSecretsInherit],
  [githubEnvRule, auditGithubEnv],
  [insecureCommandsRule, auditInsecureCommands],
  [hardcodedContainerCredentialsRule, auditContainerCredentials],
  [cachePoisoningRule, auditCachePoisoning],
  [staticCloudCredentialsRule, auditStaticCloudCredentials],
  [selfHostedRunnerRule, auditSelfHostedRunner],
  [secretsOutsideEnvRule, auditSecretsOutsideEnv],
  [forbiddenUsesRule, auditForbiddenUses],
  [botConditionsRule, auditBotConditions],
  [unsoundConditionRule, auditUnsoundCondition],
  [unsoundContainsRule, auditUnsoundContains],
  [overprovisionedSecretsRule, auditOverprovisionedSecrets],
  [unredactedSecretsRule, auditUnredactedSecrets],
  [obfuscationRule, auditObfuscation],
  [misfeatureRule, auditMisfeature],
  [anonymousDefinitionRule, auditAnonymousDefinition],
  [concurrencyLimitsRule, auditConcurrencyLimits],
  [githubAppRule, auditGithubApp],
  [useTrustedPublishingRule, auditUseTrustedPublishing],
];

/** The audits of Dependabot's configuration (`.github/dependabot.yml`). */
const DEPENDABOT_AUDITS: ReadonlyArray<[RuleDefinition, (dep: DependabotFile, settings: AuditSettings) => Finding[]]> =
  [
    [dependabotCooldownRule, auditDependabotCooldown],
    [dependabotExecutionRule, auditDependabotExecution],
  ];

/** Every dangerous-pattern rule, for the rule registry, SARIF and the README. */
export const patternRules: RuleDefinition[] = [...AUDITS, ...DEPENDABOT_AUDITS].map(([definition]) => definition);

export interface PatternOptions {
  /** Run only these rule ids (default: all). */
  rules?: readonly string[];
  /** What the policy asks of the policy-driven audits; without it they report nothing. */
  settings?: AuditSettings;
}

/**
 * Runs the dangerous-pattern rules over one loaded file. A file with errors (invalid-workflow) is
 * audited on what could be read. Findings are sorted (file, line, column, rule).
 */
export function auditPatterns(wf: WorkflowFile, options: PatternOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const [definition, audit] of AUDITS) {
    if (options.rules && !options.rules.includes(definition.id)) continue;
    // One push per finding: a spread of a huge workflow's findings would overflow the call stack.
    for (const finding of audit(wf, options.settings ?? {})) findings.push(finding);
  }
  return sortFindings(findings);
}

/** Runs the Dependabot rules over one loaded configuration; sorted as auditPatterns. */
export function auditDependabot(dep: DependabotFile, options: PatternOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const [definition, audit] of DEPENDABOT_AUDITS) {
    if (options.rules && !options.rules.includes(definition.id)) continue;
    for (const finding of audit(dep, options.settings ?? {})) findings.push(finding);
  }
  return sortFindings(findings);
}
