export * from './knowledge/index.js';
export {
  computeJobPermissions,
  type ComputeOptions,
  type JobPermissions,
  type ScopeMap,
  type UnknownUse,
  type MayUse,
  type Resolved,
} from './engine.js';
export { analyzeRunScript, ghNeeds, type RunAnalysis, type RunMayUse, type RunNeed, type RunUnknown } from './run.js';
export { restNeeds, octokitNeeds, githubScriptNeeds, type ApiNeed } from './rest.js';
export {
  permissionRules,
  permissionFindings,
  formatScopes,
  effectiveGrant,
  keptRights,
  targetScopes,
  EXCESSIVE_PERMISSIONS,
  UNDOCUMENTED_PERMISSIONS,
  UNKNOWN_ACTION_PERMISSIONS,
} from './rules.js';
export { fixPermissions, type FixResult } from './fix.js';
export {
  hardenPermissionsCommand,
  hardenPermissionsRules,
  combinedFix,
  DEFAULT_PATHS,
  audit,
  localLoader,
  type HardenPermissionsOptions,
} from './command.js';
export { patternRules, auditPatterns, fixArtipacked } from './patterns/index.js';
