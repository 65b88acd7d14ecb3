import { explicitInput, isTrue, need, oidc, tokenEnv, tokenInput } from './helpers.js';
import type { ActionKnowledge } from './types.js';

/** GitHub's own actions: `actions/*` and `github/*`. */
export const githubActions: readonly ActionKnowledge[] = [
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
    summary:
      'Adds issues and pull requests to a Projects (v2) board; needs a PAT or app token, the GITHUB_TOKEN cannot reach projects.',
    token: explicitInput('github-token'),
    needs: [
      need(
        'repository-projects',
        'write',
        'adds the item to a project (only works for classic repository projects with the GITHUB_TOKEN)',
      ),
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
