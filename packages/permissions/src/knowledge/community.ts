import { explicitInput, isTrue, need, notFalse, oidc, set, tokenEnv, tokenInput, unset } from './helpers.js';
import type { ActionKnowledge } from './types.js';

const nothing = (uses: string, summary: string): ActionKnowledge => ({ uses, summary, needs: [] });

/** Release and pull-request bots, coverage, publishing, toolchains and other widely used actions. */
export const communityActions: readonly ActionKnowledge[] = [
  // Releases.
  {
    uses: 'softprops/action-gh-release',
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
  nothing('peter-evans/dockerhub-description', 'Updates a Docker Hub description (Docker Hub credentials only).'),
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
  nothing('irongut/codecoveragesummary', 'Writes a coverage summary file.'),
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
  nothing('cloudflare/wrangler-action', 'Runs Cloudflare Wrangler (Cloudflare credentials only).'),
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
    summary: 'Publishes Python distributions; trusted publishing when no password is given.',
    needs: [oidc('exchanges an OIDC token with PyPI (trusted publishing)', unset('password'))],
  },
  {
    uses: 'js-devtools/npm-publish',
    summary: 'Publishes an npm package.',
    needs: [oidc('signs npm provenance with an OIDC token', isTrue('provenance'))],
  },
  {
    uses: 'rubygems/release-gem',
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
      need(
        'actions',
        'read',
        'reads the workflow run for code scanning (private repositories)',
        notFalse('advanced-security'),
      ),
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
  nothing('gradle/actions/wrapper-validation', 'Validates Gradle wrapper checksums.'),
  {
    uses: 'gradle/gradle-build-action',
    summary: 'Sets up Gradle (deprecated; use gradle/actions/setup-gradle).',
    token: tokenInput('github-token'),
    needs: [
      need('contents', 'write', 'submits the dependency graph', { input: 'dependency-graph', matches: 'submit' }),
    ],
  },
  nothing('gradle/wrapper-validation-action', 'Validates Gradle wrapper checksums (deprecated).'),
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
  nothing('ruby/setup-ruby', 'Installs Ruby.'),
  nothing('pnpm/action-setup', 'Installs pnpm.'),
  {
    uses: 'oven-sh/setup-bun',
    summary: 'Installs Bun (the token only lifts download rate limits).',
    token: tokenInput('token'),
    needs: [],
  },
  nothing('denoland/setup-deno', 'Installs Deno.'),
  {
    uses: 'astral-sh/setup-uv',
    summary: 'Installs uv (the token only lifts download rate limits).',
    token: tokenInput('github-token'),
    needs: [],
  },
  nothing('hashicorp/setup-terraform', 'Installs Terraform.'),
  nothing('hashicorp/setup-packer', 'Installs Packer.'),
  nothing('dtolnay/rust-toolchain', 'Installs a Rust toolchain.'),
  nothing('actions-rs/toolchain', 'Installs a Rust toolchain (archived).'),
  nothing('actions-rs/cargo', 'Runs cargo (archived).'),
  nothing('swatinem/rust-cache', 'Caches Rust builds (runtime token).'),
  nothing('shivammathur/setup-php', 'Installs PHP.'),
  nothing('msys2/setup-msys2', 'Installs MSYS2.'),
  nothing('ilammy/msvc-dev-cmd', 'Sets up the MSVC developer environment.'),
  nothing('microsoft/setup-msbuild', 'Adds MSBuild to PATH.'),
  nothing('erlef/setup-beam', 'Installs Erlang/OTP and Elixir.'),
  nothing('mlugg/setup-zig', 'Installs Zig.'),
  nothing('goto-bus-stop/setup-zig', 'Installs Zig.'),
  nothing('conda-incubator/setup-miniconda', 'Installs Miniconda.'),
  nothing('mamba-org/setup-micromamba', 'Installs micromamba.'),
  nothing('julia-actions/setup-julia', 'Installs Julia.'),
  nothing('r-lib/actions/setup-r', 'Installs R.'),
  nothing('subosito/flutter-action', 'Installs Flutter.'),
  nothing('android-actions/setup-android', 'Installs the Android SDK.'),
  nothing('jdx/mise-action', 'Installs tools with mise.'),
  nothing('bufbuild/buf-setup-action', 'Installs buf.'),
  {
    uses: 'arduino/setup-protoc',
    summary: 'Installs protoc (the token only lifts download rate limits).',
    token: explicitInput('repo-token'),
    needs: [],
  },
  nothing('pre-commit/action', 'Runs pre-commit hooks.'),
  nothing('sigstore/cosign-installer', 'Installs cosign.'),
  nothing('anchore/scan-action', 'Scans images or SBOMs with Grype.'),
  nothing('aquasecurity/trivy-action', 'Scans with Trivy.'),
  nothing('aquasecurity/setup-trivy', 'Installs Trivy.'),
  nothing('snyk/actions', 'Runs Snyk (Snyk token only).'),
  nothing('returntocorp/semgrep-action', 'Runs Semgrep (deprecated).'),
  nothing('microsoft/security-devops-action', 'Runs Microsoft Security DevOps analyzers.'),
  nothing('raven-actions/actionlint', 'Runs actionlint.'),
  nothing('cachix/install-nix-action', 'Installs Nix.'),
  nothing('cachix/cachix-action', 'Configures a Cachix binary cache.'),
  nothing('determinatesystems/nix-installer-action', 'Installs Nix.'),
  nothing('mxschmitt/action-tmate', 'Opens a tmate debugging session.'),
  nothing('nick-fields/retry', 'Retries a command.'),
  nothing('slackapi/slack-github-action', 'Posts to Slack.'),
  nothing('rtcamp/action-slack-notify', 'Posts to Slack.'),
  nothing('appleboy/ssh-action', 'Runs commands over SSH.'),
  nothing('appleboy/scp-action', 'Copies files over SSH.'),
  nothing('burnett01/rsync-deployments', 'Deploys with rsync.'),
  nothing('helm/kind-action', 'Creates a kind cluster.'),
  nothing('helm/chart-testing-action', 'Installs chart-testing.'),
  nothing('jakejarvis/s3-sync-action', 'Syncs a folder to S3.'),
  nothing('browser-actions/setup-chrome', 'Installs Chrome.'),
  nothing('nanasess/setup-chromedriver', 'Installs chromedriver.'),
  nothing('engineerd/setup-kind', 'Installs kind.'),
  nothing('docker-practice/actions-setup-docker', 'Installs Docker on macOS.'),
  nothing('crazy-max/ghaction-setup-docker', 'Installs Docker.'),
  nothing('tibdex/github-app-token', "Mints a GitHub App token from the app's key (archived)."),
];
