export * from './types.js';
export {
  loadWorkflowFile,
  loadWorkflowPath,
  kindFromPath,
  precedingComment,
  positionAt,
  scalarScript,
  withScript,
  stepLabel,
  effectiveShell,
  COMPOSITE_JOB_ID,
  MAX_NESTING_DEPTH,
  type LoadOptions,
} from './load.js';
export { MAX_ALIAS_COUNT } from './nodes.js';
export {
  findExpressions,
  expressionContexts,
  expressionValueContexts,
  parseExpression,
  EXPRESSION_CONTEXTS,
  type FoundExpression,
} from './expressions.js';
export { invalidWorkflowRule, invalidWorkflowFindings } from './invalid.js';
export { validateWithGitHub } from './validate.js';
export * from './shell.js';
export * from './dockerfile.js';
export * from './shell.js';
export * from './dockerfile.js';
