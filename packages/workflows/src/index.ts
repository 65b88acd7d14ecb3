// @paved-road/workflows: GitHub workflow and action.yml files as a typed model with exact positions.
//
// - loadWorkflowFile(file, text) / loadWorkflowPath(path, displayName): parse (yaml Document kept for
//   edits), validate with GitHub's @actions/workflow-parser (`errors`, reported as invalid-workflow),
//   and read triggers, permissions, env, jobs, steps, containers; composite actions as one pseudo-job.
//   Never throws on bad content: YAML errors, alias bombs, deep nesting, unreadable files are `errors`.
// - RunScript.offsetToPosition, scalarScript, withScript: offsets in a script value -> file line/column.
// - findExpressions, expressionContexts, expressionValueContexts: `${{ }}` read with @actions/expressions.
// - parseShell (shell.ts), parseDockerfile (dockerfile.ts).
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
  documentExpressions,
  type PlacedExpression,
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
  contextPath,
  expressionRange,
  readCondition,
  constantText,
  expressionNodes,
  Binary,
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Star,
  Unary,
  StringData,
  NumberData,
  BooleanData,
  type Expr,
  type Condition,
  EXPRESSION_CONTEXTS,
  type FoundExpression,
} from './expressions.js';
export { INVALID_WORKFLOW, invalidWorkflowRule, invalidWorkflowFindings } from './invalid.js';
export { isConverterShapeError, validateWithGitHub } from './validate.js';
export * from './shell.js';
export * from './dockerfile.js';
