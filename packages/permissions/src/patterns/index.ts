// The dangerous-pattern rules of harden-permissions: each rule is one audit over the workflow model.
import { sortFindings, type Finding, type RuleDefinition } from '@paved-road/core';
import type { WorkflowFile } from '@paved-road/workflows';
import { anonymousDefinitionRule, auditAnonymousDefinition } from './anonymous-definition.js';
import { artipackedRule, auditArtipacked } from './artipacked.js';
import { auditBotConditions, botConditionsRule } from './bot-conditions.js';
import { auditConcurrencyLimits, concurrencyLimitsRule } from './concurrency-limits.js';
import { auditDangerousTriggers, dangerousTriggersRule } from './dangerous-triggers.js';
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

const AUDITS: ReadonlyArray<[RuleDefinition, (wf: WorkflowFile) => Finding[]]> = [
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

/** Every dangerous-pattern rule, for the rule registry, SARIF and the README. */
export const patternRules: RuleDefinition[] = AUDITS.map(([definition]) => definition);

export interface PatternOptions {
  /** Run only these rule ids (default: all). */
  rules?: readonly string[];
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
    for (const finding of audit(wf)) findings.push(finding);
  }
  return sortFindings(findings);
}
