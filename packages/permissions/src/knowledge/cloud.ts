import { explicitInput, need, notFalse, oidc, set, tokenInput, unset } from './helpers.js';
import type { ActionKnowledge } from './types.js';

const nothing = (uses: string, summary: string): ActionKnowledge => ({ uses, summary, needs: [] });

/** Containers and clouds: `docker/*`, `aws-actions/*`, `azure/*`, `google-github-actions/*`. */
export const cloudActions: readonly ActionKnowledge[] = [
  {
    uses: 'docker/login-action',
    summary: 'Logs in to a container registry; the GITHUB_TOKEN works as the password for ghcr.io.',
    token: explicitInput('password'),
    needs: [
      need('packages', 'write', 'logs in to ghcr.io with the GITHUB_TOKEN to push images', {
        input: 'registry',
        matches: '^(https?://)?ghcr\\.io',
      }),
    ],
  },
  nothing('docker/setup-buildx-action', 'Sets up Docker Buildx.'),
  nothing('docker/setup-qemu-action', 'Installs QEMU static binaries for multi-platform builds.'),
  nothing('docker/setup-docker-action', 'Installs a Docker engine.'),
  nothing('docker/setup-compose-action', 'Installs Docker Compose.'),
  {
    uses: 'docker/build-push-action',
    summary: 'Builds (and pushes) an image with Buildx.',
    token: tokenInput('github-token'),
    needs: [need('contents', 'read', "fetches the repository's Git context for the build")],
  },
  {
    uses: 'docker/bake-action',
    summary: 'Builds images from a Bake definition.',
    token: tokenInput('github-token'),
    needs: [need('contents', 'read', "fetches the repository's Git context for the build")],
  },
  {
    uses: 'docker/metadata-action',
    summary: 'Computes image tags and labels from the Git event (repository metadata only, always readable).',
    token: tokenInput('github-token'),
    needs: [],
  },
  {
    uses: 'docker/scout-action',
    summary: 'Scans images with Docker Scout.',
    token: tokenInput('github-token'),
    defaults: { 'write-comment': 'true' },
    needs: [need('pull-requests', 'write', 'comments the comparison on the pull request', notFalse('write-comment'))],
  },
  nothing('docker/github-builder', 'Reusable build workflows for Docker images.'),

  {
    uses: 'aws-actions/configure-aws-credentials',
    summary: 'Configures AWS credentials, by OIDC role assumption or static keys.',
    needs: [
      oidc('exchanges an OIDC token for the AWS role', [
        set('role-to-assume'),
        unset('aws-access-key-id'),
        unset('web-identity-token-file'),
      ]),
    ],
  },
  nothing('aws-actions/amazon-ecr-login', 'Logs Docker in to Amazon ECR with the configured AWS credentials.'),
  nothing('aws-actions/amazon-ecs-deploy-task-definition', 'Registers and deploys an ECS task definition.'),
  nothing('aws-actions/amazon-ecs-render-task-definition', 'Inserts an image into an ECS task definition.'),
  nothing('aws-actions/aws-cloudformation-github-deploy', 'Deploys a CloudFormation stack.'),
  nothing('aws-actions/aws-codebuild-run-build', 'Runs an AWS CodeBuild project.'),
  nothing('aws-actions/aws-secretsmanager-get-secrets', 'Reads secrets from AWS Secrets Manager into the environment.'),
  nothing('aws-actions/setup-sam', 'Installs the AWS SAM CLI.'),
  nothing('aws-actions/aws-lambda-deploy', 'Deploys an AWS Lambda function.'),
  nothing('aws-actions/amazon-eks-fargate', 'Creates an EKS cluster on Fargate.'),
  {
    uses: 'aws-actions/closed-issue-message',
    summary: 'Comments on issues when they are closed.',
    token: explicitInput('repo-token'),
    needs: [need('issues', 'write', 'comments on the closed issue')],
  },
  {
    uses: 'aws-actions/stale-issue-cleanup',
    summary: 'Labels and closes stale issues.',
    token: explicitInput('repo-token'),
    needs: [
      need('issues', 'write', 'labels, comments on and closes issues'),
      need('pull-requests', 'write', 'labels, comments on and closes pull requests'),
    ],
  },

  {
    uses: 'azure/login',
    summary: 'Logs in to Azure, by OIDC federation or a service principal secret.',
    needs: [oidc('exchanges an OIDC token for the Azure identity', [set('client-id'), unset('creds')])],
  },
  nothing('azure/webapps-deploy', 'Deploys to Azure App Service.'),
  nothing('azure/functions-action', 'Deploys to Azure Functions.'),
  nothing('azure/cli', 'Runs Azure CLI commands.'),
  nothing('azure/powershell', 'Runs Azure PowerShell.'),
  nothing('azure/arm-deploy', 'Deploys an ARM or Bicep template.'),
  nothing('azure/docker-login', 'Logs in to a container registry (deprecated).'),
  nothing('azure/container-apps-deploy-action', 'Builds and deploys Azure Container Apps.'),
  nothing('azure/aks-set-context', 'Sets the kubeconfig for an AKS cluster.'),
  nothing('azure/k8s-set-context', 'Sets the kubeconfig for a Kubernetes cluster.'),
  nothing('azure/setup-kubectl', 'Installs kubectl.'),
  nothing('azure/setup-helm', 'Installs Helm.'),
  nothing('azure/k8s-bake', 'Renders Kubernetes manifests.'),
  nothing('azure/k8s-create-secret', 'Creates a Kubernetes secret.'),
  nothing('azure/use-kubelogin', 'Installs kubelogin.'),
  nothing('azure/sql-action', 'Deploys to Azure SQL.'),
  nothing('azure/appservice-settings', 'Configures Azure App Service settings.'),
  nothing('azure/get-keyvault-secrets', 'Reads Azure Key Vault secrets (deprecated).'),
  {
    uses: 'azure/k8s-deploy',
    summary: 'Deploys manifests to Kubernetes and annotates them with the run.',
    token: tokenInput('token'),
    needs: [need('actions', 'read', 'reads the workflow run to annotate the deployed resources')],
  },
  {
    uses: 'azure/static-web-apps-deploy',
    summary: 'Deploys to Azure Static Web Apps; with repo_token it comments preview URLs.',
    token: explicitInput('repo_token'),
    needs: [need('pull-requests', 'write', 'comments the preview URL on the pull request')],
  },

  {
    uses: 'google-github-actions/auth',
    summary: 'Authenticates to Google Cloud, by Workload Identity Federation or a key.',
    needs: [
      oidc('exchanges an OIDC token through Workload Identity Federation', [
        set('workload_identity_provider'),
        unset('credentials_json'),
      ]),
    ],
  },
  nothing('google-github-actions/setup-gcloud', 'Installs the gcloud CLI.'),
  nothing('google-github-actions/deploy-cloudrun', 'Deploys to Cloud Run.'),
  nothing('google-github-actions/deploy-appengine', 'Deploys to App Engine.'),
  nothing('google-github-actions/deploy-cloud-functions', 'Deploys Cloud Functions.'),
  nothing('google-github-actions/deploy-gke', 'Deploys to GKE.'),
  nothing('google-github-actions/get-gke-credentials', 'Configures kubectl for a GKE cluster.'),
  nothing('google-github-actions/get-secretmanager-secrets', 'Reads Secret Manager secrets.'),
  nothing('google-github-actions/upload-cloud-storage', 'Uploads files to Cloud Storage.'),
  nothing('google-github-actions/analyze-code-security-scc', 'Scans IaC with Security Command Center.'),
  nothing('google-github-actions/send-google-chat-webhook', 'Posts a message to Google Chat.'),
  {
    uses: 'google-github-actions/release-please-action',
    summary: 'Release PRs and releases from conventional commits (the old home of release-please).',
    token: tokenInput('token'),
    needs: [
      need('contents', 'write', 'creates releases, tags and the release branch'),
      need('pull-requests', 'write', 'opens and updates the release pull request'),
      need('issues', 'write', 'labels the release pull request'),
    ],
  },
  {
    uses: 'google-github-actions/run-gemini-cli',
    summary: 'Runs the Gemini CLI agent on issues and pull requests.',
    needs: [
      oidc('authenticates to Vertex AI through Workload Identity Federation', set('gcp_workload_identity_provider')),
    ],
  },
];
