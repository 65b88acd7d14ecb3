import type { Finding } from '@paved-road/core';
import {
  findExpressions,
  expressionContexts,
  type Job,
  type Position,
  type Step,
  type WorkflowFile,
} from '@paved-road/workflows';
import { at, rule } from './common.js';
import type { AuditSettings } from './settings.js';

export const secretsOutsideEnvRule = rule({
  id: 'secrets-outside-env',
  title: 'A secret is used by a job without an environment',
  severity: 'warning',
  why:
    'Repository and organization secrets reach every job of every workflow, whatever branch or pull request started it. ' +
    "An environment's secrets reach only the jobs that name the environment, and only once its protection rules (required " +
    'reviewers, allowed branches, a wait timer) have passed. This audit is opt-in: it runs when the policy sets ' +
    '`harden-permissions: secrets-require-environment:` to `true` (every secret but `GITHUB_TOKEN`, whose rights the ' +
    '`permissions:` blocks decide) or to a list of secret names (only those). It reads the workflow only: a job with an ' +
    '`environment:` is taken to read its secrets from there, so move them there on GitHub too. Reusable workflows ' +
    '(`on: workflow_call`) and jobs that call one are not reported: GitHub gives a called workflow environment secrets ' +
    'only when its caller passes `secrets: inherit` (which `secrets-inherit` reports).',
  fix:
    'Create an environment with protection rules, move the secret from the repository or organization into it, and add ' +
    '`environment: <name>` to the job that uses it.',
  before: [
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: ./deploy.sh',
    '        env:',
    '          API_KEY: ${{ secrets.API_KEY }}',
  ].join('\n'),
  after: [
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    environment: production',
    '    steps:',
    '      - run: ./deploy.sh',
    '        env:',
    '          API_KEY: ${{ secrets.API_KEY }}',
  ].join('\n'),
});

/** The secret a context path reads (`secrets.NPM_TOKEN` -> NPM_TOKEN, `secrets` -> `*`), upper-cased. */
function secretName(path: string): string | undefined {
  if (path === 'secrets') return '*';
  if (!path.startsWith('secrets.')) return undefined;
  return path.slice('secrets.'.length).split('.')[0]!.toUpperCase();
}

interface Place {
  text: string;
  /** Where the value is written, or an offset mapper for scripts. */
  position: Position;
  toPosition?: (offset: number) => { line: number; column: number };
  step?: Step;
}

/** Every value of the job a `${{ secrets.* }}` can be written in, with where it is. */
function jobPlaces(job: Job): Place[] {
  const places: Place[] = [];
  for (const kv of job.env) places.push({ text: kv.value.value, position: kv.value });
  for (const container of [...(job.container ? [job.container] : []), ...job.services]) {
    for (const kv of container.env) places.push({ text: kv.value.value, position: kv.value });
    const credentials = container.credentials;
    if (credentials?.username) places.push({ text: credentials.username.value, position: credentials.username });
    if (credentials?.password) places.push({ text: credentials.password.value, position: credentials.password });
  }
  for (const step of job.steps) {
    if (step.run)
      places.push({ text: step.run.text, position: step.run.position, toPosition: step.run.offsetToPosition, step });
    for (const [, value] of step.with) places.push({ text: value.value, position: value, step });
    for (const kv of step.env) places.push({ text: kv.value.value, position: kv.value, step });
  }
  return places;
}

export function auditSecretsOutsideEnv(wf: WorkflowFile, settings: AuditSettings = {}): Finding[] {
  const required = settings.secretsRequireEnvironment;
  if (!required || wf.kind !== 'workflow') return [];
  if (wf.triggers.some((trigger) => trigger.name === 'workflow_call')) return [];
  const named = required === true ? undefined : new Set(required.map((name) => name.toUpperCase()));
  const findings: Finding[] = [];
  for (const job of wf.jobs) {
    if (job.environment || job.uses || job.composite) continue;
    for (const place of jobPlaces(job)) {
      for (const found of findExpressions(place.text, place.toPosition)) {
        const secrets = new Set<string>();
        for (const path of expressionContexts(found.expression)) {
          const name = secretName(path);
          if (name === undefined || name === 'GITHUB_TOKEN') continue;
          // `secrets[...]` / `toJSON(secrets)` may read any secret, a named one included.
          if (named && name !== '*' && !named.has(name)) continue;
          secrets.add(name);
        }
        if (!secrets.size) continue;
        const position = found.line !== undefined ? { line: found.line, column: found.column! } : { ...place.position };
        const what = [...secrets].map((name) => (name === '*' ? 'the secrets context' : `secret ${name}`)).join(', ');
        findings.push(
          at(
            wf,
            secretsOutsideEnvRule,
            position,
            `Job ${job.id} reads ${what} without an environment: the policy asks for it to come from an environment's secrets. Add environment: <name> to the job and move the secret there.`,
            place.step ? { job, step: place.step } : { job },
          ),
        );
      }
    }
  }
  return findings;
}
