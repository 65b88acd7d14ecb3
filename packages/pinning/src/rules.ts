import type { RuleDefinition } from '@paved-road/core';

const action = 'verify-pinned-tools';

export const unpinnedUsesRule: RuleDefinition = {
  id: 'unpinned-uses',
  title: 'Action or reusable workflow not pinned to a commit SHA',
  severity: 'error',
  why:
    'A tag or branch is a pointer its owner (or whoever steals their token) can move at any time: the next run executes whatever ' +
    'the pointer names then, with your secrets and your token. Only a full 40-character commit SHA names immutable code.',
  fix:
    'Pin to the commit SHA the tag points to and keep the tag as a comment for readers and update bots (`fix: true` does it). ' +
    'slsa-github-generator reusable workflows are the exception: they must be called by tag, and are reported as a note.',
  before: 'steps:\n  - uses: actions/checkout@v4\n',
  after: 'steps:\n  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n',
  action,
};

export const unpinnedImagesRule: RuleDefinition = {
  id: 'unpinned-images',
  title: 'Container image not pinned to a digest',
  severity: 'error',
  why:
    'An image tag can be re-pushed: the job, service or Dockerfile stage then runs different software with no change in your ' +
    'repository. `latest` or no tag moves with every release; a version tag moves less often but still can.',
  fix: 'Reference the image by digest, keeping the tag for readers: `image:tag@sha256:<digest>` (`fix: true` resolves tags to digests).',
  before: 'container: node:20\nservices:\n  db:\n    image: postgres\n',
  after:
    'container: node:20@sha256:2e1cbd5e3b3e1fd9d6fc1e2c5d3c1f4a2e3b8e1f0e9a8d7c6b5a4f3e2d1c0b9a\nservices:\n  db:\n    image: postgres:16@sha256:7b2f0e4c6a8d9e1f3a5b7c9d0e2f4a6b8c0d1e3f5a7b9c2d4e6f8a0b1c3d5e7f\n',
  action,
};

export const unpinnedDownloadRule: RuleDefinition = {
  id: 'unpinned-download',
  title: 'Tool downloaded or installed without integrity',
  severity: 'error',
  why:
    '`curl | sh` runs whatever the server (or anyone between) sends today; a downloaded binary run without a checksum, ' +
    '`go install ...@latest`, `npx pkg`, `pip install x` or `npm i -g x` without an exact version all install code nobody reviewed ' +
    'and that changes under you. A script with a syntax error is still read up to and after the line that does not parse ' +
    '(bash runs what comes before it), and the finding says the script did not fully parse.',
  fix:
    'List the tool in `.github/pinned-tools.yml` (url and sha256 per platform) and let verify-pinned-tools fetch it, or check a ' +
    'sha256 before running it, or install an exact version (`pkg@1.2.3`, `x==1.2.3 --require-hashes`, `gem install x -v 1.2.3`).',
  before: 'run: curl -fsSL https://example.com/install.sh | bash\n',
  after:
    'run: |\n  curl -fsSLo install.sh https://example.com/v1.4.0/install.sh\n  echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  install.sh" | sha256sum -c -\n  bash install.sh\n',
  action,
};

export const unlockedInstallRule: RuleDefinition = {
  id: 'unlocked-install',
  title: 'Dependencies installed without the lockfile being enforced',
  severity: 'warning',
  why:
    '`npm install`, `pnpm install` without `--frozen-lockfile`, `yarn install` without `--immutable` and `pip install -r` without ' +
    'hashes may resolve different versions than the ones reviewed in the lockfile, silently, on the build machine.',
  fix: 'Use `npm ci`, `pnpm install --frozen-lockfile`, `yarn install --immutable` (or `--frozen-lockfile` on Yarn 1), `pip install --require-hashes -r requirements.txt`.',
  before: 'run: npm install\n',
  after: 'run: npm ci\n',
  action,
};

export const refVersionMismatchRule: RuleDefinition = {
  id: 'ref-version-mismatch',
  title: 'The version comment does not match the pinned commit',
  severity: 'error',
  why:
    'Reviewers and update bots trust the `# vX.Y.Z` comment next to a SHA. When the tag does not point to that commit, the comment ' +
    'hides what really runs: an old, a patched or a foreign commit.',
  fix: 'Pin the SHA the tag resolves to (annotated tags peeled), or correct the comment; `fix: true` rewrites the pin from the tag.',
  before: 'uses: actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab # v4.2.2\n',
  after: 'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n',
  action,
};

export const impostorCommitRule: RuleDefinition = {
  id: 'impostor-commit',
  title: 'Pinned commit does not belong to the named repository',
  severity: 'error',
  why:
    "GitHub serves a fork's commits through the parent repository's name: `owner/repo@<sha>` can run a commit that exists only " +
    "in an attacker's fork. A pin is only genuine when the commit is reachable from a branch or tag of the repository it names.",
  fix: 'Replace the SHA with one from a release tag of the named repository (`fix: true` with a version comment does it).',
  before: 'uses: actions/checkout@c7d749a2d57b4b375d1ebcd17cfbfb60c676f18e # v4\n',
  after: 'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n',
  action,
};

export const pinUnverifiedRule: RuleDefinition = {
  id: 'pin-unverified',
  title: 'A pin could not be verified online',
  severity: 'note',
  why:
    'Online checks need the GitHub API: without a token, for a repository that is private or gone (404), when access is denied ' +
    'or the rate limit is spent, the pin was not checked. A commit found on none of the refs compared before the bound on ' +
    'compares per pin is also only a note: it is never called an impostor without being checked against every branch and tag. ' +
    'Saying so is better than implying it was.',
  fix: 'Give the action a token (`github-token`, default the workflow token) with read access to the repositories, or re-run later.',
  before: 'uses: some-org/private-action@0123456789abcdef0123456789abcdef01234567\n',
  after: 'with:\n  github-token: ${{ secrets.READ_ACTIONS_TOKEN }}\n',
  action,
};

export const archivedUsesRule: RuleDefinition = {
  id: 'archived-uses',
  title: 'Action or reusable workflow from an archived repository',
  severity: 'warning',
  why:
    'An archived repository is read-only: its owner has stopped maintaining it. A vulnerability found in the action, or in ' +
    'the dependencies bundled into it, will not be fixed there, and no release will follow. Checked online ' +
    '(`GET /repos/{owner}/{repo}`), for every `uses:` whether pinned or not.',
  fix:
    'Replace it with a maintained action (often a fork or the successor the README names), or with a `run:` step: many ' +
    'archived actions wrap a command or the GitHub API, which `gh` on the runner does directly.',
  before: 'steps:\n  - uses: actions/create-release@0cb9c9b65d5d1901c1f53e5e66eaf4afd303e70e # v1.1.4\n',
  after:
    'steps:\n  - run: gh release create "$GITHUB_REF_NAME" --generate-notes\n    env:\n      GH_TOKEN: ${{ github.token }}\n',
  action,
};

export const refConfusionRule: RuleDefinition = {
  id: 'ref-confusion',
  title: 'The ref names both a branch and a tag',
  severity: 'warning',
  why:
    '`uses: owner/repo@v1` does not say whether `v1` is a branch or a tag. When the repository has both, which one runs is ' +
    'decided by GitHub, not by the workflow, and whoever can push a branch can publish one that shadows the release tag ' +
    'every caller trusts. Checked online, for every `uses:` that is not a commit SHA (allowed tags included).',
  fix: 'Pin the commit SHA of the release you mean, with the tag as a comment (`fix: true` resolves the tag).',
  before: 'steps:\n  - uses: example-org/deploy-action@v2 # v2 is a tag and a branch\n',
  after: 'steps:\n  - uses: example-org/deploy-action@5c3a1f0b2e4d6a8c9b7e1f3d5a7c9e1b3d5f7a9c # v2.3.1\n',
  action,
};

export const staleActionRefsRule: RuleDefinition = {
  id: 'stale-action-refs',
  title: 'The pinned commit is not the commit of any tag',
  severity: 'note',
  why:
    'A SHA pin between releases runs code that no release note describes: it may carry a bug or a vulnerability that was ' +
    'fixed before the next release without an advisory, and readers cannot tell which release it is close to. Checked ' +
    'online against every tag of the repository (annotated tags peeled). A note: repositories that release every commit ' +
    'of a branch are fine, and an exception in the policy says so.',
  fix: 'Pin the commit of a release tag, with the tag as a comment (`# v1.2.3`).',
  before: 'uses: actions/checkout@009b9ae9e446ad8d9b8c809870b0fbcc5e03573e # a commit on main\n',
  after: 'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n',
  action,
};

export const knownVulnerableActionsRule: RuleDefinition = {
  id: 'known-vulnerable-actions',
  title: 'The action version has a published security advisory',
  severity: 'error',
  why:
    'The GitHub Advisory Database lists actions with disclosed vulnerabilities (credentials written where the next step or ' +
    'an artifact reads them, code injection, a compromised release). Pinning keeps such a version running long after the ' +
    'fix ships. Online, a SHA pin is resolved to the release tags at its commit (the most precise full version, `v1.2.3`) ' +
    'and a tag or branch to its commit first; the database is asked through `GET /advisories?ecosystem=actions&affects=' +
    'owner/repo@version`. Offline, the snapshot the policy names in `verify-pinned-tools.advisories-file` (the JSON array ' +
    'that endpoint answers) is read instead, with the version the ref or the version comment names. Severity follows the ' +
    'advisory: critical and high are errors, medium a warning, low a note. A pin at no release tag has no version to ' +
    'compare (see `stale-action-refs`).',
  fix:
    'Move to the fixed version the finding names (its commit SHA, with the tag as a comment), or remove the action. If the ' +
    'vulnerable code path is not reachable from your use, record that in a policy exception with a reason and an expiry.',
  before:
    'steps:\n  - uses: example-org/changed-files@4f1c3a9e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a # v45.0.7 (GHSA: <= 45.0.7)\n',
  after:
    'steps:\n  - uses: example-org/changed-files@9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b # v46.0.1 (the first patched version)\n',
  action,
};

export const toolNotPinnedRule: RuleDefinition = {
  id: 'tool-not-pinned',
  title: 'Tool in the manifest without a verifiable pin',
  severity: 'error',
  why: 'A tool listed in `.github/pinned-tools.yml` without a version, an https url or a sha256 for a platform cannot be fetched verifiably.',
  fix: "Give every tool a `version` and, for each platform, an `https` `url` and the file's `sha256` (64 hex characters).",
  before: 'tools:\n  - name: jq\n    platforms:\n      linux-x64:\n        url: https://example.com/jq\n',
  after:
    'tools:\n  - name: jq\n    version: 1.7.1\n    platforms:\n      linux-x64:\n        url: https://example.com/jq-1.7.1/jq-linux-amd64\n        sha256: 5942c9b0934e510ee61eb3e30273f1b3fe2590df93933a93d7c58b81d19c8ff5\n',
  action,
};

export const toolChecksumMismatchRule: RuleDefinition = {
  id: 'tool-checksum-mismatch',
  title: 'Tool file does not match its pinned sha256',
  severity: 'error',
  why: 'A downloaded or vendored tool whose bytes differ from the pinned digest was tampered with, truncated or silently replaced upstream.',
  fix: 'Do not use the file. Find out why it changed; if the new release is genuine, update the version and sha256 in the manifest in a reviewed change.',
  before: "sha256: 0000000000000000000000000000000000000000000000000000000000000000 # not the file's digest\n",
  after: 'sha256: 5942c9b0934e510ee61eb3e30273f1b3fe2590df93933a93d7c58b81d19c8ff5 # `sha256sum` of the genuine file\n',
  action,
};

/** Every rule verify-pinned-tools can report. */
export const pinningRules: RuleDefinition[] = [
  unpinnedUsesRule,
  unpinnedImagesRule,
  unpinnedDownloadRule,
  unlockedInstallRule,
  refVersionMismatchRule,
  impostorCommitRule,
  pinUnverifiedRule,
  archivedUsesRule,
  refConfusionRule,
  staleActionRefsRule,
  knownVulnerableActionsRule,
  toolNotPinnedRule,
  toolChecksumMismatchRule,
];
