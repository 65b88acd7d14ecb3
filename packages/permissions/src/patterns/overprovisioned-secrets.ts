import type { Finding } from '@paved-road/core';
import {
  ContextAccess,
  documentExpressions,
  expressionNodes,
  FunctionCall,
  IndexAccess,
  Literal,
  parseExpression,
  type Expr,
  type WorkflowFile,
} from '@paved-road/workflows';
import { at, rule } from './common.js';

export const overprovisionedSecretsRule = rule({
  id: 'overprovisioned-secrets',
  title: 'The whole secrets context is handed to the job',
  severity: 'warning',
  why:
    'The runner gets only the secrets a job names (`secrets.NPM_TOKEN`). `toJSON(secrets)` names them all, and `secrets[...]` ' +
    "with a computed key (`secrets[format('TOKEN_{0}', matrix.env)]`) may pick any: either way every secret of the " +
    'repository, organization and environment reaches the job, so a compromised step or dependency there can take them all, ' +
    'not just the one it needed.',
  fix:
    'Name each secret the step needs (`TOKEN: ${{ secrets.NPM_TOKEN }}`). For a per-environment secret, give the job a ' +
    'GitHub environment and the same secret name in each, instead of building the name.',
  before: [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: ./deploy.sh',
    '        env:',
    '          SECRETS: ${{ toJSON(secrets) }}',
  ].join('\n'),
  after: [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: ./deploy.sh',
    '        env:',
    '          DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}',
  ].join('\n'),
});

const isSecrets = (expr: Expr | undefined) =>
  expr instanceof ContextAccess && expr.name.lexeme.toLowerCase() === 'secrets';

/** What in an expression hands out every secret: `toJSON(secrets)`, or `secrets[...]` with a key that is not a literal. */
function overprovisions(expr: Expr): string[] {
  const out: string[] = [];
  for (const node of expressionNodes(expr)) {
    if (node instanceof FunctionCall && node.functionName.lexeme.toLowerCase() === 'tojson' && isSecrets(node.args[0]))
      out.push('toJSON(secrets) serialises every secret');
    else if (node instanceof IndexAccess && isSecrets(node.expr) && !(node.index instanceof Literal))
      out.push('secrets[...] with a computed key may pick any secret');
  }
  return out;
}

export function auditOverprovisionedSecrets(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  for (const found of documentExpressions(wf)) {
    if (!/secrets/i.test(found.expression)) continue;
    let ast: Expr | undefined;
    try {
      ast = parseExpression(found.expression);
    } catch {
      continue;
    }
    if (!ast) continue;
    for (const what of overprovisions(ast)) {
      findings.push(
        at(
          wf,
          overprovisionedSecretsRule,
          found,
          `\${{ ${found.expression} }}: ${what}, so the runner hands every secret to the job, not just the ones it uses. ` +
            'Name the secrets the step needs (secrets.NAME).',
          { ...(found.job ? { job: found.job } : {}), ...(found.step ? { step: found.step } : {}) },
        ),
      );
    }
  }
  return findings;
}
