import type { Finding } from '@paved-road/core';
import {
  contextPath,
  documentExpressions,
  expressionNodes,
  FunctionCall,
  parseExpression,
  type Expr,
  type WorkflowFile,
} from '@paved-road/workflows';
import { at, rule } from './common.js';

export const unredactedSecretsRule = rule({
  id: 'unredacted-secrets',
  title: 'A secret is parsed as JSON, and its parts are not masked in logs',
  severity: 'warning',
  why:
    'The runner masks each secret in the logs by its exact value. `fromJSON(secrets.CONFIG).password` is a part of that ' +
    'value, which the runner does not know as a secret: printed by a step, an error message or a debug log, it appears in ' +
    'clear text for everyone who can read the run.',
  fix:
    'Store each field that is secret as a secret of its own (`secrets.DB_PASSWORD`), or mask it first (`echo "::add-mask::$VALUE"` ' +
    'in the step that reads it, before anything can print it).',
  before: [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: ./deploy.sh',
    '        env:',
    '          DB_PASSWORD: ${{ fromJSON(secrets.DB).password }}',
  ].join('\n'),
  after: [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: ./deploy.sh',
    '        env:',
    '          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}',
  ].join('\n'),
});

/** The secrets an expression decodes with `fromJSON` (`secrets.X`, or `secrets` itself). */
function decodedSecrets(expr: Expr): string[] {
  const out: string[] = [];
  for (const node of expressionNodes(expr)) {
    if (!(node instanceof FunctionCall) || node.functionName.lexeme.toLowerCase() !== 'fromjson') continue;
    const path = node.args[0] ? contextPath(node.args[0]) : undefined;
    if (path !== undefined && (path === 'secrets' || path.startsWith('secrets.'))) out.push(path);
  }
  return out;
}

export function auditUnredactedSecrets(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  for (const found of documentExpressions(wf)) {
    if (!/fromjson/i.test(found.expression)) continue;
    let ast: Expr | undefined;
    try {
      ast = parseExpression(found.expression);
    } catch {
      continue;
    }
    if (!ast) continue;
    for (const secret of decodedSecrets(ast)) {
      findings.push(
        at(
          wf,
          unredactedSecretsRule,
          found,
          `\${{ ${found.expression} }} parses ${secret} as JSON: the runner masks the secret's whole value in logs, not the ` +
            'parts taken out of it, so they can appear in clear text. Store each secret field as its own secret.',
          { ...(found.job ? { job: found.job } : {}), ...(found.step ? { step: found.step } : {}) },
        ),
      );
    }
  }
  return findings;
}
