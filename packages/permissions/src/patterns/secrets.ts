import type { Finding } from '@paved-road/core';
import { findExpressions, type KeyValue, type WorkflowFile } from '@paved-road/workflows';
import { at, contextsIn, rule, stepUses } from './common.js';

export const secretsInheritRule = rule({
  id: 'secrets-inherit',
  title: 'A reusable workflow receives every secret',
  severity: 'warning',
  why:
    '`secrets: inherit` hands the called workflow every secret of the repository and organization, now and any added ' +
    'later. A compromised or careless called workflow (or a new version of it) can then read credentials it never needed.',
  fix: 'List the secrets the called workflow needs under `secrets:`, by name.',
  before: [
    'jobs:',
    '  release:',
    '    uses: org/workflows/.github/workflows/release.yml@v1',
    '    secrets: inherit',
  ].join('\n'),
  after: [
    'jobs:',
    '  release:',
    '    uses: org/workflows/.github/workflows/release.yml@v1',
    '    secrets:',
    '      npm-token: ${{ secrets.NPM_TOKEN }}',
  ].join('\n'),
});

export const hardcodedContainerCredentialsRule = rule({
  id: 'hardcoded-container-credentials',
  title: 'A container registry password is written in the workflow',
  severity: 'error',
  why:
    'A password written in `container.credentials` or `services.*.credentials` is readable by anyone who can read the ' +
    'repository, stays in its history forever, and cannot be rotated without a commit.',
  fix: 'Store the password as a secret and reference it: `password: ${{ secrets.REGISTRY_PASSWORD }}`; then rotate the leaked one.',
  before: [
    'container:',
    '  image: ghcr.io/org/build:1',
    '  credentials:',
    '    username: bot',
    '    password: hunter2',
  ].join('\n'),
  after: [
    'container:',
    '  image: ghcr.io/org/build:1',
    '  credentials:',
    '    username: bot',
    '    password: ${{ secrets.REGISTRY_PASSWORD }}',
  ].join('\n'),
});

export const staticCloudCredentialsRule = rule({
  id: 'static-cloud-credentials',
  title: 'Long-lived cloud keys where OIDC federation works',
  severity: 'warning',
  why:
    'An AWS access key, an Azure service principal secret or a GCP service-account key stored as a secret is valid until ' +
    "someone rotates it, works from anywhere, and leaks with any step that can read the job's environment. GitHub's OIDC " +
    'token lets the cloud issue short-lived credentials to this repository, branch or environment only, with no secret to steal.',
  fix:
    'AWS: aws-actions/configure-aws-credentials with `role-to-assume` (and `permissions: id-token: write`). Azure: azure/login ' +
    'with `client-id`, `tenant-id` and `subscription-id` of a federated credential. GCP: google-github-actions/auth with ' +
    '`workload_identity_provider` and `service_account`. Then delete the stored key.',
  before: [
    '- uses: aws-actions/configure-aws-credentials@v4',
    '  with:',
    '    aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}',
    '    aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
    '    aws-region: eu-west-1',
  ].join('\n'),
  after: [
    '- uses: aws-actions/configure-aws-credentials@v4',
    '  with:',
    '    role-to-assume: arn:aws:iam::123456789012:role/deploy',
    '    aws-region: eu-west-1',
  ].join('\n'),
});

export function auditSecretsInherit(wf: WorkflowFile): Finding[] {
  return wf.jobs
    .filter((job) => job.secrets === 'inherit')
    .map((job) =>
      at(
        wf,
        secretsInheritRule,
        job.secretsPosition ?? job.position,
        `Job ${job.id} passes every repository and organization secret to ${job.uses?.value ?? 'the called workflow'}. Pass only the secrets it needs, by name.`,
        { job },
      ),
    );
}

export function auditContainerCredentials(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  for (const job of wf.jobs) {
    for (const container of [...(job.container ? [job.container] : []), ...job.services]) {
      const password = container.credentials?.password;
      if (!password || password.value === '' || findExpressions(password.value).length) continue;
      const what = container.id === 'container' ? 'the job container' : `service ${container.id}`;
      findings.push(
        at(
          wf,
          hardcodedContainerCredentialsRule,
          password,
          `The registry password for ${what} is written in the workflow. Use a secret (\${{ secrets.… }}) and rotate this one.`,
          {
            job,
          },
        ),
      );
    }
  }
  return findings;
}

const AWS_KEY_VARIABLES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
const AZURE_SECRET_VARIABLES = new Set(['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET']);

const AWS_OIDC = 'use aws-actions/configure-aws-credentials with role-to-assume and id-token: write (OIDC) instead';
const AZURE_OIDC =
  'use azure/login with client-id, tenant-id and subscription-id of a federated credential (OIDC) instead';
const GCP_OIDC = 'use google-github-actions/auth with workload_identity_provider and service_account (OIDC) instead';

function fromSecret(value: string): boolean {
  return contextsIn(value).some((path) => path.startsWith('secrets.') || path === 'secrets');
}

export function auditStaticCloudCredentials(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  const envFinding = (kv: KeyValue, where: Parameters<typeof at>[4]): void => {
    if (!fromSecret(kv.value.value)) return;
    if (AWS_KEY_VARIABLES.has(kv.name)) {
      findings.push(
        at(
          wf,
          staticCloudCredentialsRule,
          kv.key,
          `${kv.name} comes from a stored secret: a long-lived AWS key; ${AWS_OIDC}.`,
          where,
        ),
      );
    } else if (AZURE_SECRET_VARIABLES.has(kv.name)) {
      findings.push(
        at(
          wf,
          staticCloudCredentialsRule,
          kv.key,
          `${kv.name} comes from a stored secret: a long-lived Azure client secret; ${AZURE_OIDC}.`,
          where,
        ),
      );
    }
  };
  for (const kv of wf.env) envFinding(kv, {});
  for (const job of wf.jobs) {
    for (const kv of job.env) envFinding(kv, { job });
    for (const step of job.steps) {
      for (const kv of step.env) envFinding(kv, { job, step });
      const input = (name: string) => step.with.get(name);
      if (stepUses(step, 'aws-actions/configure-aws-credentials')) {
        const key = input('aws-access-key-id') ?? input('aws-secret-access-key');
        if (key)
          findings.push(
            at(
              wf,
              staticCloudCredentialsRule,
              key,
              `aws-actions/configure-aws-credentials is given a long-lived access key; ${AWS_OIDC}.`,
              { job, step },
            ),
          );
      } else if (stepUses(step, 'azure/login')) {
        const creds = input('creds') ?? input('client-secret');
        if (creds)
          findings.push(
            at(
              wf,
              staticCloudCredentialsRule,
              creds,
              `azure/login is given a service principal secret; ${AZURE_OIDC}.`,
              { job, step },
            ),
          );
      } else if (stepUses(step, 'google-github-actions/auth')) {
        const key = input('credentials_json');
        if (key)
          findings.push(
            at(
              wf,
              staticCloudCredentialsRule,
              key,
              `google-github-actions/auth is given a service-account key (credentials_json); ${GCP_OIDC}.`,
              { job, step },
            ),
          );
      }
    }
  }
  return findings;
}
