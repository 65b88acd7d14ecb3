export const id = 763;
export const ids = [763];
export const modules = {

/***/ 56763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMAND_NAME: () => (/* reexport */ COMMAND_NAME),
  DEFAULT_PATHS: () => (/* reexport */ DEFAULT_PATHS),
  DEFAULT_TOOLS_MANIFEST: () => (/* reexport */ DEFAULT_TOOLS_MANIFEST),
  FULL_SHA: () => (/* reexport */ FULL_SHA),
  GitHubClient: () => (/* reexport */ GitHubClient),
  GitHubError: () => (/* reexport */ GitHubError),
  IMAGE_DIGEST: () => (/* reexport */ IMAGE_DIGEST),
  MANIFEST_ACCEPT: () => (/* reexport */ MANIFEST_ACCEPT),
  MAX_ADVISORIES_BYTES: () => (/* reexport */ MAX_ADVISORIES_BYTES),
  MAX_TOOL_BYTES: () => (/* reexport */ MAX_TOOL_BYTES),
  ONLINE_AUDITS: () => (/* reexport */ ONLINE_AUDITS),
  PinVerifier: () => (/* reexport */ PinVerifier),
  RegistryClient: () => (/* reexport */ RegistryClient),
  acceptableUrl: () => (/* reexport */ acceptableUrl),
  advisoriesProblem: () => (/* reexport */ advisoriesProblem),
  advisoryMessage: () => (/* reexport */ advisoryMessage),
  advisorySeverity: () => (/* reexport */ advisorySeverity),
  affectingAdvisories: () => (/* reexport */ affectingAdvisories),
  archivedUsesRule: () => (/* reexport */ archivedUsesRule),
  auditDockerfile: () => (/* reexport */ auditDockerfile),
  auditFiles: () => (/* reexport */ auditFiles),
  auditScript: () => (/* reexport */ auditScript),
  auditShellFile: () => (/* reexport */ auditShellFile),
  auditWorkflow: () => (/* reexport */ auditWorkflow),
  autoPin: () => (/* reexport */ autoPin),
  commentAfter: () => (/* reexport */ commentAfter),
  compareVersions: () => (/* reexport */ compareVersions),
  currentPlatform: () => (/* reexport */ currentPlatform),
  effectiveArgv: () => (/* reexport */ effectiveArgv),
  expandMatrix: () => (/* reexport */ expandMatrix),
  fileKind: () => (/* reexport */ fileKind),
  hasExactNpmVersion: () => (/* reexport */ hasExactNpmVersion),
  impostorCommitRule: () => (/* reexport */ impostorCommitRule),
  inVulnerableRange: () => (/* reexport */ inVulnerableRange),
  installTools: () => (/* reexport */ installTools),
  isAuditedName: () => (/* reexport */ isAuditedName),
  isSlsaGeneratorWorkflow: () => (/* reexport */ isSlsaGeneratorWorkflow),
  knownVulnerableActionsRule: () => (/* reexport */ knownVulnerableActionsRule),
  lineOffsets: () => (/* reexport */ lineOffsets),
  matchesPattern: () => (/* reexport */ matchesPattern),
  mergeUnverified: () => (/* reexport */ mergeUnverified),
  mostSpecificTag: () => (/* reexport */ mostSpecificTag),
  offlineAdvisoryFindings: () => (/* reexport */ offlineAdvisoryFindings),
  parseChallenge: () => (/* reexport */ parseChallenge),
  parseImageReference: () => (/* reexport */ parseImageReference),
  parseUses: () => (/* reexport */ parseUses),
  pinUnverifiedRule: () => (/* reexport */ pinUnverifiedRule),
  pinningRules: () => (/* reexport */ pinningRules),
  readAdvisoriesFile: () => (/* reexport */ readAdvisoriesFile),
  readToolsManifest: () => (/* reexport */ readToolsManifest),
  refConfusionRule: () => (/* reexport */ refConfusionRule),
  refVersionMismatchRule: () => (/* reexport */ refVersionMismatchRule),
  registryBaseUrl: () => (/* reexport */ registryBaseUrl),
  releaseVersion: () => (/* reexport */ releaseVersion),
  resolveTag: () => (/* reexport */ resolveTag),
  scriptMayMatter: () => (/* reexport */ scriptMayMatter),
  staleActionRefsRule: () => (/* reexport */ staleActionRefsRule),
  tagMatchesRef: () => (/* reexport */ tagMatchesRef),
  toolChecksumMismatchRule: () => (/* reexport */ toolChecksumMismatchRule),
  toolNotPinnedRule: () => (/* reexport */ toolNotPinnedRule),
  unlockedInstallRule: () => (/* reexport */ unlockedInstallRule),
  unpinnedDownloadRule: () => (/* reexport */ unpinnedDownloadRule),
  unpinnedImagesRule: () => (/* reexport */ unpinnedImagesRule),
  unpinnedUsesRule: () => (/* reexport */ unpinnedUsesRule),
  verifyPinnedToolsCommand: () => (/* reexport */ verifyPinnedToolsCommand),
  versionOf: () => (/* reexport */ versionOf)
});

;// CONCATENATED MODULE: ./packages/pinning/src/rules.ts
const action = 'verify-pinned-tools';
const unpinnedUsesRule = {
    id: 'unpinned-uses',
    title: 'Action or reusable workflow not pinned to a commit SHA',
    severity: 'error',
    why: 'A tag or branch is a pointer its owner (or whoever steals their token) can move at any time: the next run executes whatever ' +
        'the pointer names then, with your secrets and your token. Only a full 40-character commit SHA names immutable code.',
    fix: 'Pin to the commit SHA the tag points to and keep the tag as a comment for readers and update bots (`fix: true` does it). ' +
        'slsa-github-generator reusable workflows are the exception: they must be called by tag, and are reported as a note.',
    before: 'steps:\n  - uses: actions/checkout@v4\n',
    after: 'steps:\n  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n',
    action,
};
const unpinnedImagesRule = {
    id: 'unpinned-images',
    title: 'Container image not pinned to a digest',
    severity: 'error',
    why: 'An image tag can be re-pushed: the job, service or Dockerfile stage then runs different software with no change in your ' +
        'repository. `latest` or no tag moves with every release; a version tag moves less often but still can.',
    fix: 'Reference the image by digest, keeping the tag for readers: `image:tag@sha256:<digest>` (`fix: true` resolves tags to digests).',
    before: 'container: node:20\nservices:\n  db:\n    image: postgres\n',
    after: 'container: node:20@sha256:2e1cbd5e3b3e1fd9d6fc1e2c5d3c1f4a2e3b8e1f0e9a8d7c6b5a4f3e2d1c0b9a\nservices:\n  db:\n    image: postgres:16@sha256:7b2f0e4c6a8d9e1f3a5b7c9d0e2f4a6b8c0d1e3f5a7b9c2d4e6f8a0b1c3d5e7f\n',
    action,
};
const unpinnedDownloadRule = {
    id: 'unpinned-download',
    title: 'Tool downloaded or installed without integrity',
    severity: 'error',
    why: '`curl | sh` runs whatever the server (or anyone between) sends today; a downloaded binary run without a checksum, ' +
        '`go install ...@latest`, `npx pkg`, `pip install x` or `npm i -g x` without an exact version all install code nobody reviewed ' +
        'and that changes under you. A script with a syntax error is still read up to and after the line that does not parse ' +
        '(bash runs what comes before it), and the finding says the script did not fully parse.',
    fix: 'List the tool in `.github/pinned-tools.yml` (url and sha256 per platform) and let verify-pinned-tools fetch it, or check a ' +
        'sha256 before running it, or install an exact version (`pkg@1.2.3`, `x==1.2.3 --require-hashes`, `gem install x -v 1.2.3`).',
    before: 'run: curl -fsSL https://example.com/install.sh | bash\n',
    after: 'run: |\n  curl -fsSLo install.sh https://example.com/v1.4.0/install.sh\n  echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  install.sh" | sha256sum -c -\n  bash install.sh\n',
    action,
};
const unlockedInstallRule = {
    id: 'unlocked-install',
    title: 'Dependencies installed without the lockfile being enforced',
    severity: 'warning',
    why: '`npm install`, `pnpm install` without `--frozen-lockfile`, `yarn install` without `--immutable` and `pip install -r` without ' +
        'hashes may resolve different versions than the ones reviewed in the lockfile, silently, on the build machine.',
    fix: 'Use `npm ci`, `pnpm install --frozen-lockfile`, `yarn install --immutable` (or `--frozen-lockfile` on Yarn 1), `pip install --require-hashes -r requirements.txt`.',
    before: 'run: npm install\n',
    after: 'run: npm ci\n',
    action,
};
const refVersionMismatchRule = {
    id: 'ref-version-mismatch',
    title: 'The version comment does not match the pinned commit',
    severity: 'error',
    why: 'Reviewers and update bots trust the `# vX.Y.Z` comment next to a SHA. When the tag does not point to that commit, the comment ' +
        'hides what really runs: an old, a patched or a foreign commit.',
    fix: 'Pin the SHA the tag resolves to (annotated tags peeled), or correct the comment; `fix: true` rewrites the pin from the tag.',
    before: 'uses: actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab # v4.2.2\n',
    after: 'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n',
    action,
};
const impostorCommitRule = {
    id: 'impostor-commit',
    title: 'Pinned commit does not belong to the named repository',
    severity: 'error',
    why: "GitHub serves a fork's commits through the parent repository's name: `owner/repo@<sha>` can run a commit that exists only " +
        "in an attacker's fork. A pin is only genuine when the commit is reachable from a branch or tag of the repository it names.",
    fix: 'Replace the SHA with one from a release tag of the named repository (`fix: true` with a version comment does it).',
    before: 'uses: actions/checkout@c7d749a2d57b4b375d1ebcd17cfbfb60c676f18e # v4\n',
    after: 'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n',
    action,
};
const pinUnverifiedRule = {
    id: 'pin-unverified',
    title: 'A pin could not be verified online',
    severity: 'note',
    why: 'Online checks need the GitHub API: without a token, for a repository that is private or gone (404), when access is denied ' +
        'or the rate limit is spent, the pin was not checked. A commit found on none of the refs compared before the bound on ' +
        'compares per pin is also only a note: it is never called an impostor without being checked against every branch and tag. ' +
        'Saying so is better than implying it was.',
    fix: 'Give the action a token (`github-token`, default the workflow token) with read access to the repositories, or re-run later.',
    before: 'uses: some-org/private-action@0123456789abcdef0123456789abcdef01234567\n',
    after: 'with:\n  github-token: ${{ secrets.READ_ACTIONS_TOKEN }}\n',
    action,
};
const archivedUsesRule = {
    id: 'archived-uses',
    title: 'Action or reusable workflow from an archived repository',
    severity: 'warning',
    why: 'An archived repository is read-only: its owner has stopped maintaining it. A vulnerability found in the action, or in ' +
        'the dependencies bundled into it, will not be fixed there, and no release will follow. Checked online ' +
        '(`GET /repos/{owner}/{repo}`), for every `uses:` whether pinned or not.',
    fix: 'Replace it with a maintained action (often a fork or the successor the README names), or with a `run:` step: many ' +
        'archived actions wrap a command or the GitHub API, which `gh` on the runner does directly.',
    before: 'steps:\n  - uses: actions/create-release@0cb9c9b65d5d1901c1f53e5e66eaf4afd303e70e # v1.1.4\n',
    after: 'steps:\n  - run: gh release create "$GITHUB_REF_NAME" --generate-notes\n    env:\n      GH_TOKEN: ${{ github.token }}\n',
    action,
};
const refConfusionRule = {
    id: 'ref-confusion',
    title: 'The ref names both a branch and a tag',
    severity: 'warning',
    why: '`uses: owner/repo@v1` does not say whether `v1` is a branch or a tag. When the repository has both, which one runs is ' +
        'decided by GitHub, not by the workflow, and whoever can push a branch can publish one that shadows the release tag ' +
        'every caller trusts. Checked online, for every `uses:` that is not a commit SHA (allowed tags included).',
    fix: 'Pin the commit SHA of the release you mean, with the tag as a comment (`fix: true` resolves the tag).',
    before: 'steps:\n  - uses: example-org/deploy-action@v2 # v2 is a tag and a branch\n',
    after: 'steps:\n  - uses: example-org/deploy-action@5c3a1f0b2e4d6a8c9b7e1f3d5a7c9e1b3d5f7a9c # v2.3.1\n',
    action,
};
const staleActionRefsRule = {
    id: 'stale-action-refs',
    title: 'The pinned commit is not the commit of any tag',
    severity: 'note',
    why: 'A SHA pin between releases runs code that no release note describes: it may carry a bug or a vulnerability that was ' +
        'fixed before the next release without an advisory, and readers cannot tell which release it is close to. Checked ' +
        'online against every tag of the repository (annotated tags peeled). A note: repositories that release every commit ' +
        'of a branch are fine, and an exception in the policy says so.',
    fix: 'Pin the commit of a release tag, with the tag as a comment (`# v1.2.3`).',
    before: 'uses: actions/checkout@009b9ae9e446ad8d9b8c809870b0fbcc5e03573e # a commit on main\n',
    after: 'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n',
    action,
};
const knownVulnerableActionsRule = {
    id: 'known-vulnerable-actions',
    title: 'The action version has a published security advisory',
    severity: 'error',
    why: 'The GitHub Advisory Database lists actions with disclosed vulnerabilities (credentials written where the next step or ' +
        'an artifact reads them, code injection, a compromised release). Pinning keeps such a version running long after the ' +
        'fix ships. Online, a SHA pin is resolved to the release tags at its commit (the most precise full version, `v1.2.3`) ' +
        'and a tag or branch to its commit first; the database is asked through `GET /advisories?ecosystem=actions&affects=' +
        'owner/repo@version`. Offline, the snapshot the policy names in `verify-pinned-tools.advisories-file` (the JSON array ' +
        'that endpoint answers) is read instead, with the version the ref or the version comment names. Severity follows the ' +
        'advisory: critical and high are errors, medium a warning, low a note. A pin at no release tag has no version to ' +
        'compare (see `stale-action-refs`).',
    fix: 'Move to the fixed version the finding names (its commit SHA, with the tag as a comment), or remove the action. If the ' +
        'vulnerable code path is not reachable from your use, record that in a policy exception with a reason and an expiry.',
    before: 'steps:\n  - uses: example-org/changed-files@4f1c3a9e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a # v45.0.7 (GHSA: <= 45.0.7)\n',
    after: 'steps:\n  - uses: example-org/changed-files@9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b # v46.0.1 (the first patched version)\n',
    action,
};
const toolNotPinnedRule = {
    id: 'tool-not-pinned',
    title: 'Tool in the manifest without a verifiable pin',
    severity: 'error',
    why: 'A tool listed in `.github/pinned-tools.yml` without a version, an https url or a sha256 for a platform cannot be fetched verifiably.',
    fix: "Give every tool a `version` and, for each platform, an `https` `url` and the file's `sha256` (64 hex characters).",
    before: 'tools:\n  - name: jq\n    platforms:\n      linux-x64:\n        url: https://example.com/jq\n',
    after: 'tools:\n  - name: jq\n    version: 1.7.1\n    platforms:\n      linux-x64:\n        url: https://example.com/jq-1.7.1/jq-linux-amd64\n        sha256: 5942c9b0934e510ee61eb3e30273f1b3fe2590df93933a93d7c58b81d19c8ff5\n',
    action,
};
const toolChecksumMismatchRule = {
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
const pinningRules = [
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

;// CONCATENATED MODULE: ./packages/pinning/src/refs.ts
// What a `uses:` value and a container image reference say, parsed once.
const FULL_SHA = /^[0-9a-f]{40}$/;
const IMAGE_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Parses a step's or job's `uses:` value. */
function parseUses(value) {
    const text = value.trim();
    if (text.startsWith('./') || text.startsWith('$/') || text === '.')
        return { kind: 'local', path: text };
    if (text.startsWith('docker://'))
        return { kind: 'docker', image: text.slice('docker://'.length) };
    const at = text.lastIndexOf('@');
    if (at <= 0)
        return { kind: 'invalid', reason: 'has no @ref' };
    const name = text.slice(0, at);
    const ref = text.slice(at + 1);
    const parts = name.split('/');
    if (parts.length < 2 || parts.some((p) => p === ''))
        return { kind: 'invalid', reason: 'is not owner/repo[/path]@ref' };
    const [owner, repo, ...rest] = parts;
    const path = rest.length ? rest.join('/') : undefined;
    return {
        kind: 'remote',
        owner,
        repo,
        ...(path !== undefined ? { path } : {}),
        ref,
        repository: `${owner}/${repo}`,
        name,
        reusableWorkflow: path !== undefined && /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path),
    };
}
/**
 * slsa-github-generator's reusable workflows find their own release by the ref they were called
 * with, and refuse a commit SHA: they must be called by tag.
 */
function isSlsaGeneratorWorkflow(ref) {
    return ref.repository.toLowerCase() === 'slsa-framework/slsa-github-generator' && ref.reusableWorkflow;
}
/**
 * Parses an image reference the way Docker does: the first component is a registry when it has a
 * `.` or a `:` or is `localhost`; Docker Hub's single-component names live under `library/`.
 * Undefined for references that are not well formed.
 */
function parseImageReference(raw) {
    const text = raw.trim();
    if (!text || /\s/.test(text))
        return undefined;
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    if (!rest)
        return undefined;
    const components = rest.split('/');
    let registry = 'docker.io';
    if (components.length > 1 && /[.:]|^localhost$/.test(components[0]))
        registry = components.shift();
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = 'docker.io';
    let repository = components.join('/');
    if (registry === 'docker.io' && components.length === 1)
        repository = `library/${repository}`;
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository))
        return undefined;
    if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag))
        return undefined;
    return {
        registry,
        repository,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        raw: text,
    };
}
/** Glob-like match for `allow` patterns: `*` within a path segment, `**` across segments. */
function matchesPattern(pattern, name) {
    const source = pattern
        .trim()
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*/g, '\u0000')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        .replace(/\u0000/g, '.*');
    return new RegExp(`^${source}$`, 'i').test(name);
}

// EXTERNAL MODULE: ./packages/workflows/src/index.ts + 8 modules
var src = __webpack_require__(35495);
;// CONCATENATED MODULE: ./packages/pinning/src/downloads.ts
// `unpinned-download` and `unlocked-install` over a parsed shell script: which commands fetch and
// run code, or install packages, without anything fixing what they get.


const INTERPRETERS = new Set([
    'sh',
    'bash',
    'zsh',
    'dash',
    'ksh',
    'fish',
    'python',
    'python2',
    'python3',
    'perl',
    'ruby',
    'node',
    'pwsh',
    'php',
]);
const DOWNLOADERS = new Set(['curl', 'wget']);
/** Commands whose presence shows the script checks what it downloaded. */
const VERIFIERS = new Set([
    'sha256sum',
    'sha512sum',
    'sha1sum',
    'shasum',
    'b2sum',
    'cosign',
    'slsa-verifier',
    'minisign',
    'signify',
    'gpgv',
]);
/** Wrappers that run the rest of their words as a command. */
const WRAPPERS = new Set(['sudo', 'env', 'time', 'nice', 'nohup', 'command', 'exec', 'doas', 'xargs', 'timeout']);
const WRAPPER_OPTIONS_WITH_VALUE = {
    sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-U', '-r', '-t']),
    env: new Set(['-u', '-C', '-S']),
    nice: new Set(['-n']),
    timeout: new Set(['-s', '-k']),
};
/** The command's words after wrappers (`sudo -E env X=1 bash` -> `bash`). */
function effectiveArgv(command) {
    let words = command.argv;
    for (let guard = 0; guard < 8; guard++) {
        const name = baseName(words[0]?.literal);
        if (!name || !WRAPPERS.has(name))
            break;
        let i = 1;
        const withValue = WRAPPER_OPTIONS_WITH_VALUE[name] ?? new Set();
        while (i < words.length) {
            const text = words[i].text;
            if (text === '--') {
                i++;
                break;
            }
            if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) {
                i++;
                continue;
            }
            if (name === 'timeout' && i === 1 + countOptions(words, withValue) && /^\d/.test(text)) {
                i++;
                break;
            }
            if (!text.startsWith('-'))
                break;
            i += withValue.has(text) ? 2 : 1;
        }
        words = words.slice(i);
    }
    return words;
}
function countOptions(words, withValue) {
    let i = 1;
    while (i < words.length && words[i].text.startsWith('-'))
        i += withValue.has(words[i].text) ? 2 : 1;
    return i - 1;
}
function baseName(path) {
    if (path === undefined)
        return undefined;
    const slash = path.lastIndexOf('/');
    return slash === -1 ? path : path.slice(slash + 1);
}
/** The interpreter a command runs (`bash`, `python3`, ...), if it is one. */
function interpreter(words) {
    const name = baseName(words[0]?.literal);
    if (!name)
        return undefined;
    const plain = name.replace(/[\d.]+$/, '');
    return INTERPRETERS.has(name) || INTERPRETERS.has(plain) ? name : undefined;
}
function isDownloader(command) {
    const name = baseName(effectiveArgv(command)[0]?.literal);
    return name !== undefined && DOWNLOADERS.has(name);
}
/** The file a download writes, when it writes one: `curl -o f`, `curl -O url`, `wget url`, `wget -O f url`. */
function downloadTarget(command) {
    const words = effectiveArgv(command);
    const name = baseName(words[0]?.literal);
    let output;
    let remoteName = false;
    let url;
    for (let i = 1; i < words.length; i++) {
        const text = words[i].text;
        if (name === 'curl') {
            if (text === '-o' || text === '--output')
                output = words[++i]?.text;
            else if (/^-[a-zA-Z]*o$/.test(text) && !text.startsWith('--'))
                output = words[++i]?.text;
            else if (text.startsWith('--output='))
                output = text.slice('--output='.length);
            else if (text === '-O' ||
                text === '--remote-name' ||
                (/^-[a-zA-Z]*O[a-zA-Z]*$/.test(text) && !text.startsWith('--')))
                remoteName = true;
            else if (!text.startsWith('-'))
                url ??= text;
        }
        else {
            if (text === '-O' || text === '--output-document')
                output = words[++i]?.text;
            else if (text.startsWith('--output-document='))
                output = text.slice('--output-document='.length);
            else if (/^-[a-zA-Z]*O$/.test(text) && !text.startsWith('--'))
                output = words[++i]?.text;
            else if (text === '-P' || text === '--directory-prefix')
                i++;
            else if (!text.startsWith('-'))
                url ??= text;
        }
    }
    if (output === '-')
        return undefined;
    if (output !== undefined)
        return output;
    if ((name === 'wget' || remoteName) && url) {
        const path = url.split(/[?#]/)[0];
        return baseName(path) || undefined;
    }
    return undefined;
}
/** Same file, ignoring a leading `./`. */
function sameFile(a, b) {
    const clean = (s) => s.replace(/^\.\//, '');
    return clean(a) === clean(b) || baseName(a) === clean(b) || clean(a) === baseName(b);
}
function verifies(command) {
    const words = effectiveArgv(command);
    const name = baseName(words[0]?.literal);
    if (!name)
        return false;
    if (VERIFIERS.has(name))
        return true;
    if (name === 'gpg' || name === 'gpg2')
        return words.some((w) => w.text === '--verify');
    if (name === 'openssl')
        return words.some((w) => w.text === 'dgst' || w.text === 'sha256');
    if (name === 'gh')
        return words.some((w) => w.text === 'attestation');
    return false;
}
/**
 * Every rule here starts from a command with one of these names (possibly behind sudo, env, a path);
 * a script that mentions none of them cannot produce a finding, and is not parsed at all. Parsing is
 * the expensive part of an audit (the parser is Go compiled to JavaScript).
 */
const TRIGGER = new RegExp([
    // Fetchers and package runners: any use.
    String.raw `(?:^|[^\w-])(?:curl|wget|npx|bunx)(?![\w-])`,
    // Package managers: only with an install-like subcommand later in the same command; the short
    // ones as whole words (`npm i`, `pnpm dlx`), not inside one (`npm run test:5.x`, `for x in`).
    String.raw `(?:^|[^\w-])(?:go|gem|uv|npm|pnpm|yarn|pip[\d.]*|python[\d.]*)(?![\w-])(?:[^\n;&|]|\\\n)*?(?:install|(?<=[\s'"])(?:i|in|add|exec|x|dlx)(?=[\s'";&|)]|$))`,
    // Bare `yarn` (an install), possibly with flags.
    String.raw `(?:^|[^\w-])yarn[ \t]*(?:$|[;&|)\n]|-)`,
].join('|'), 'm');
/** True when a script could contain something the download and install rules look at. */
function scriptMayMatter(script) {
    return TRIGGER.test(script);
}
/** The findings of both rules for one script. */
function auditScript(parse) {
    if (!parse.ok && !parse.partial)
        return [];
    const note = (0,src/* partialParseNote */.tk)(parse);
    return scriptProblems(parse).map((problem) => note ? { ...problem, message: `${problem.message}${note}` } : problem);
}
function scriptProblems(parse) {
    const problems = [];
    const { commands } = parse;
    const hasVerifier = commands.some(verifies);
    // 1. Download piped into an interpreter: `curl ... | sudo bash`.
    for (const pipeline of parse.pipelines) {
        const stages = pipeline.stages.map((index) => (index === null ? undefined : commands[index]));
        const firstDownload = stages.findIndex((c) => c !== undefined && isDownloader(c));
        if (firstDownload === -1)
            continue;
        for (const stage of stages.slice(firstDownload + 1)) {
            if (!stage)
                continue;
            const run = interpreter(effectiveArgv(stage));
            // With a script file or -c, the interpreter reads its code from there and stdin is data.
            if (run && !hasScriptArgument(effectiveArgv(stage))) {
                const download = stages[firstDownload];
                problems.push({
                    rule: unpinnedDownloadRule.id,
                    severity: 'error',
                    message: `The output of ${baseName(effectiveArgv(download)[0]?.literal) ?? 'a download'} is piped into ${run}: it runs whatever the server sends, unverified.`,
                    offset: download.offset,
                    end: stage.end,
                });
                break;
            }
        }
    }
    // 2. An interpreter fed a substituted download: `bash <(curl ...)`, `sh -c "$(curl ...)"`.
    for (const command of commands) {
        const run = interpreter(effectiveArgv(command));
        if (!run)
            continue;
        const inner = commands.find((c) => c !== command &&
            c.offset >= command.offset &&
            c.end <= command.end &&
            isDownloader(c) &&
            (c.nesting.includes('command-substitution') || c.nesting.includes('process-substitution')));
        if (inner) {
            problems.push({
                rule: unpinnedDownloadRule.id,
                severity: 'error',
                message: `${run} runs the output of ${baseName(effectiveArgv(inner)[0]?.literal)} directly: whatever the server sends, unverified.`,
                offset: command.offset,
                end: command.end,
            });
        }
    }
    // 3. Download to a file, then run it, with no checksum or signature check anywhere in the script.
    if (!hasVerifier) {
        for (const command of commands) {
            if (!isDownloader(command))
                continue;
            const target = downloadTarget(command);
            if (!target)
                continue;
            const use = commands.find((c) => c.offset > command.offset && runsFile(c, target));
            if (use) {
                problems.push({
                    rule: unpinnedDownloadRule.id,
                    severity: 'error',
                    message: `${target} is downloaded and then run (${baseName(effectiveArgv(use)[0]?.literal) ?? 'run'}) without a checksum or signature check.`,
                    offset: command.offset,
                    end: command.end,
                });
            }
        }
    }
    // 4. Package managers installing floating versions, and installs that ignore the lockfile.
    for (const command of commands)
        problems.push(...installProblems(command));
    return problems;
}
function hasScriptArgument(words) {
    for (let i = 1; i < words.length; i++) {
        const text = words[i].text;
        if (text === '-' || text === '-s')
            return false;
        if (text === '-c')
            return true;
        if (!text.startsWith('-'))
            return true;
    }
    return false;
}
/** `chmod +x f`, `./f`, `bash f`, `tar xf f`, `unzip f`, `sudo install f /usr/local/bin`. */
function runsFile(command, file) {
    const words = effectiveArgv(command);
    const name = words[0]?.literal;
    if (!name)
        return false;
    if (name.includes('/') && sameFile(name, file))
        return true;
    const base = baseName(name);
    const args = words.slice(1).map((w) => w.text);
    if (base === 'chmod')
        return (args.some((a) => (/x/.test(a) && /^[+ugoa=]/.test(a)) || (/^[0-7]{3,4}$/.test(a) && /[1357]/.test(a))) &&
            args.some((a) => sameFile(a, file)));
    if (interpreter(words) || ['tar', 'unzip', 'install', 'dpkg', 'rpm', 'msiexec', 'source', '.'].includes(base)) {
        return args.some((a) => sameFile(a, file));
    }
    return false;
}
const PIP = /^pip[\d.]*$/;
function installProblems(command) {
    const words = effectiveArgv(command);
    const name = baseName(words[0]?.literal);
    if (!name)
        return [];
    const args = words.slice(1);
    const texts = args.map((w) => w.text);
    const at = (message, rule = unpinnedDownloadRule.id, severity = 'warning', word) => ({
        rule,
        severity,
        message,
        offset: word?.offset ?? command.offset,
        end: word?.end ?? command.end,
    });
    // go install pkg@latest / pkg (no version)
    if (name === 'go' && texts[0] === 'install') {
        const out = [];
        for (const word of args.slice(1)) {
            if (word.text.startsWith('-') || word.text.startsWith('.') || word.text.startsWith('/'))
                continue;
            const version = word.text.includes('@') ? word.text.slice(word.text.lastIndexOf('@') + 1) : undefined;
            if (version === undefined)
                continue; // module-aware install of the current module's package
            if (version === 'latest' || version === 'master' || version === 'main' || version === 'HEAD') {
                out.push(at(`go install ${word.text} installs whatever ${version} is at run time; use an exact version.`, unpinnedDownloadRule.id, 'error', word));
            }
        }
        return out;
    }
    // npx pkg, pnpm dlx pkg, yarn dlx pkg, bunx pkg
    const runner = name === 'npx' || name === 'bunx'
        ? 1
        : (name === 'pnpm' || name === 'yarn') && texts[0] === 'dlx'
            ? 2
            : name === 'npm' && (texts[0] === 'exec' || texts[0] === 'x')
                ? 2
                : 0;
    if (runner) {
        // --offline / --no-install: only a package already installed locally or cached can run.
        if (texts.some((t) => t === '--offline' || t === '--no-install' || t === '--no'))
            return [];
        let packageWord;
        for (let i = runner - 1; i < args.length; i++) {
            const text = args[i].text;
            if (text === '-p' || text === '--package') {
                packageWord = args[i + 1];
                break;
            }
            if (text.startsWith('--package=')) {
                packageWord = args[i];
                break;
            }
            if (text === '--')
                continue;
            if (text.startsWith('-'))
                continue;
            packageWord = args[i];
            break;
        }
        if (packageWord && !packageWord.dynamic) {
            const spec = packageWord.text.replace(/^--package=/, '');
            if (!hasExactNpmVersion(spec)) {
                return [
                    at(`${name}${runner === 2 ? ` ${texts[0]}` : ''} ${spec} runs the newest ${spec} published (or a local one if present); name an exact version: ${spec.replace(/@[^@/]*$/, '')}@<version>.`, unpinnedDownloadRule.id, 'warning', packageWord),
                ];
            }
        }
        return [];
    }
    // npm install -g x
    if (name === 'npm' && ['install', 'i', 'add', 'in', 'isntall'].includes(texts[0] ?? '')) {
        const global = texts.some((t) => t === '-g' || t === '--global' || t === '--location=global');
        const packages = args.slice(1).filter((w) => !w.text.startsWith('-'));
        if (global) {
            return packages
                .filter((w) => !w.dynamic && !hasExactNpmVersion(w.text) && !isLocalPath(w.text))
                .map((w) => at(`npm install -g ${w.text} installs the newest release at run time; use an exact version (${w.text.replace(/@[^@/]*$/, '')}@<version>).`, unpinnedDownloadRule.id, 'warning', w));
        }
        if (!packages.length) {
            return [
                at('npm install may change versions from package-lock.json; npm ci installs exactly the lockfile.', unlockedInstallRule.id, 'warning'),
            ];
        }
        return [];
    }
    if (name === 'pnpm' &&
        (texts[0] === 'install' || texts[0] === 'i') &&
        !texts.slice(1).some((t) => !t.startsWith('-'))) {
        if (!texts.includes('--frozen-lockfile')) {
            return [
                at('pnpm install without --frozen-lockfile may update pnpm-lock.yaml instead of enforcing it.', unlockedInstallRule.id, 'warning'),
            ];
        }
        return [];
    }
    if (name === 'yarn' && (texts.length === 0 || texts[0] === 'install' || (texts[0]?.startsWith('-') ?? false))) {
        if (!texts.some((t) => t === '--immutable' || t === '--frozen-lockfile')) {
            return [
                at('yarn install without --immutable (Yarn 2+) or --frozen-lockfile (Yarn 1) may update yarn.lock instead of enforcing it.', unlockedInstallRule.id, 'warning'),
            ];
        }
        return [];
    }
    // pip install ...
    const pipArgs = pipInstallArgs(name, args);
    if (pipArgs) {
        const pipTexts = pipArgs.map((w) => w.text);
        const hashes = pipTexts.includes('--require-hashes') || pipTexts.some((t) => t.startsWith('--hash'));
        const out = [];
        for (let i = 0; i < pipArgs.length; i++) {
            const word = pipArgs[i];
            const text = word.text;
            if (text === '-r' || text === '--requirement' || text.startsWith('--requirement=') || /^-r./.test(text)) {
                if (!hashes)
                    out.push(at(`pip install ${text}${text === '-r' || text === '--requirement' ? ` ${pipArgs[i + 1]?.text ?? ''}` : ''} without --require-hashes trusts the index for every file it fetches.`, unlockedInstallRule.id, 'warning', word));
                if (text === '-r' || text === '--requirement')
                    i++;
                continue;
            }
            if ([
                '-c',
                '--constraint',
                '-e',
                '--editable',
                '-i',
                '--index-url',
                '--extra-index-url',
                '-f',
                '--find-links',
                '-t',
                '--target',
                '--prefix',
                '--root',
                '--platform',
                '--python-version',
                '--only-binary',
                '--no-binary',
            ].includes(text)) {
                i++;
                continue;
            }
            if (text.startsWith('-') || word.dynamic || isLocalPath(text))
                continue;
            const pinned = /[^=<>!~]===?[^=]/.test(text) || /@\s*\S+:\/\//.test(text);
            if (!pinned || !hashes) {
                out.push(at(pinned
                    ? `pip install ${text} pins the version but not the file: add --require-hashes with a hash (a requirements file with --hash lines).`
                    : `pip install ${text} installs whatever version is newest; pin it (${text.replace(/[<>=!~].*$/, '')}==<version>) with --require-hashes.`, unpinnedDownloadRule.id, 'warning', word));
            }
        }
        return out;
    }
    // gem install x (without -v)
    if (name === 'gem' && texts[0] === 'install') {
        if (texts.some((t) => t === '-v' || t === '--version' || t.startsWith('--version=')))
            return [];
        return args
            .slice(1)
            .filter((w) => !w.text.startsWith('-') && !w.dynamic && !/\.gem$/.test(w.text) && !/:/.test(w.text))
            .map((w) => at(`gem install ${w.text} installs the newest release; add -v <version>.`, unpinnedDownloadRule.id, 'warning', w));
    }
    return [];
}
/** `pip install ...` in its spellings: pip, pip3, python -m pip, uv pip; the words after `install`. */
function pipInstallArgs(name, args) {
    const texts = args.map((w) => w.text);
    if (PIP.test(name) && texts[0] === 'install')
        return args.slice(1);
    if (/^python[\d.]*$/.test(name)) {
        const m = texts.indexOf('-m');
        if (m !== -1 && PIP.test(texts[m + 1] ?? '') && texts[m + 2] === 'install')
            return args.slice(m + 3);
    }
    if (name === 'uv' && texts[0] === 'pip' && texts[1] === 'install')
        return args.slice(2);
    return undefined;
}
function isLocalPath(text) {
    return (text === '.' ||
        text.startsWith('./') ||
        text.startsWith('../') ||
        text.startsWith('/') ||
        /\.(whl|tar\.gz|zip|tgz|gem)$/.test(text) ||
        text.startsWith('file:'));
}
/** `pkg@1.2.3`, `@scope/pkg@1.2.3-rc.1`: an exact semver version (ranges and tags are not). */
function hasExactNpmVersion(spec) {
    const at = spec.lastIndexOf('@');
    if (at <= 0)
        return false;
    return /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(spec.slice(at + 1));
}

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(88009);
;// CONCATENATED MODULE: ./packages/pinning/src/audit.ts





const empty = () => ({ findings: [], pins: [], images: [] });
/** Audits a loaded workflow or action.yml. */
function auditWorkflow(wf, options = {}) {
    const result = empty();
    const allow = options.allow ?? [];
    const lines = wf.text.split(/\r?\n/);
    const source = { text: wf.text, offsets: lineOffsets(wf.text) };
    const checkUses = (uses, job, step) => {
        const where = { job: job && !job.composite ? job.id : undefined, step: step ? stepLabel(step) : undefined };
        const ref = parseUses(uses.value);
        if (ref.kind === 'local')
            return;
        if (ref.kind === 'docker') {
            checkImage(result, wf.file, ref.image, uses, allow, where, 'docker://'.length, source, undefined, 'docker:// step');
            return;
        }
        if (ref.kind === 'invalid') {
            push(result, wf.file, uses, unpinnedUsesRule.id, 'error', `uses: ${uses.value} ${ref.reason}; it cannot be pinned.`, where);
            return;
        }
        const pinned = FULL_SHA.test(ref.ref);
        const allowed = allow.some((pattern) => matchesPattern(pattern, ref.name) || matchesPattern(pattern, ref.repository));
        const comment = commentAfter(lines[uses.line - 1] ?? '', (uses.endLine === uses.line ? uses.endColumn : undefined) ?? uses.column + uses.value.length);
        result.pins.push({
            file: wf.file,
            line: uses.line,
            column: uses.column,
            endLine: uses.endLine ?? uses.line,
            endColumn: uses.endColumn ?? uses.column + uses.value.length,
            value: uses.value,
            uses: ref,
            pinned,
            ...(comment ? { comment } : {}),
            ...(where.job ? { job: where.job } : {}),
            ...(where.step ? { step: where.step } : {}),
            allowed,
        });
        if (pinned || allowed)
            return;
        if (isSlsaGeneratorWorkflow(ref)) {
            push(result, wf.file, uses, unpinnedUsesRule.id, 'note', `${ref.name}@${ref.ref} is called by tag: slsa-github-generator's reusable workflows refuse a SHA (built-in exception).`, where);
            return;
        }
        const what = ref.reusableWorkflow ? 'Reusable workflow' : 'Action';
        const kind = ref.ref.includes('${{')
            ? 'a computed ref'
            : /^[0-9a-f]{7,39}$/.test(ref.ref)
                ? 'a short SHA'
                : `"${ref.ref}", a tag or branch that can move`;
        push(result, wf.file, uses, unpinnedUsesRule.id, 'error', `${what} ${ref.name} is referenced by ${kind}, not a full commit SHA.`, where, 'pin to the commit SHA with the tag as a comment');
    };
    for (const job of wf.jobs) {
        if (job.uses)
            checkUses(job.uses, job);
        const matrix = job.matrix?.value;
        const where = { job: job.composite ? undefined : job.id };
        if (job.container?.image) {
            checkImage(result, wf.file, job.container.image.value, job.container.image, allow, where, 0, source, matrix, `job ${job.id} container`, matrixLocator(wf.document, wf.text, job.id));
        }
        for (const service of job.services) {
            if (service.image)
                checkImage(result, wf.file, service.image.value, service.image, allow, where, 0, source, matrix, `service ${service.id}`, matrixLocator(wf.document, wf.text, job.id));
        }
        for (const step of job.steps) {
            if (step.uses)
                checkUses(step.uses, job, step);
            if (step.run)
                auditRun(result, wf, job, step);
        }
    }
    const image = wf.action?.runs?.image;
    if (image && image.value.startsWith('docker://')) {
        checkImage(result, wf.file, image.value.slice('docker://'.length), image, allow, {}, 'docker://'.length, source, undefined, 'Docker action');
    }
    return result;
}
function auditRun(result, wf, job, step) {
    const run = step.run;
    const shell = step.shell?.value.trim().split(/\s+/)[0] ?? '';
    // Only the POSIX family is parsed as shell; pwsh, python, cmd scripts are another language.
    if (shell && !/^(bash|sh)$/.test(shell.replace(/^.*\//, '')))
        return;
    if (!shell && job.runsOn.some((label) => /windows/i.test(label)))
        return;
    if (!scriptMayMatter(run.text))
        return;
    const parse = (0,src/* parseShell */.aV)(run.text);
    for (const problem of auditScript(parse)) {
        const start = run.offsetToPosition(problem.offset);
        const end = run.offsetToPosition(Math.max(problem.offset, problem.end));
        result.findings.push({
            rule: problem.rule,
            severity: problem.severity,
            message: problem.message,
            file: wf.file,
            line: start.line,
            column: start.column,
            ...(end.line >= start.line ? { endLine: end.line, endColumn: end.column } : {}),
            ...(job.composite ? {} : { job: job.id }),
            step: stepLabel(step),
        });
    }
}
/** Audits a Dockerfile's FROM lines. */
function auditDockerfile(file, text, options = {}) {
    const result = empty();
    const source = { text, offsets: lineOffsets(text) };
    const parsed = (0,src/* parseDockerfile */.Ai)(text);
    for (const run of parsed.runs) {
        if (!scriptMayMatter(run.script))
            continue;
        for (const problem of auditScript((0,src/* parseShell */.aV)(run.script, { githubExpressions: false }))) {
            const start = (0,src/* shellPosition */.aJ)(text, run.offset + problem.offset);
            result.findings.push({
                rule: problem.rule,
                severity: problem.severity,
                message: problem.message,
                file,
                line: start.line,
                column: start.column,
            });
        }
    }
    for (const from of parsed.froms) {
        if (from.stageReference || from.scratch)
            continue;
        const located = {
            value: from.raw,
            line: from.line,
            column: from.column,
            endLine: from.endLine,
            endColumn: from.endColumn,
        };
        if (from.image === undefined) {
            result.findings.push({
                rule: unpinnedImagesRule.id,
                severity: 'warning',
                message: `FROM ${from.raw} depends on a build argument without a default; the image it pulls cannot be checked. Give the ARG a default pinned by digest.`,
                file,
                line: from.line,
                column: from.column,
            });
            continue;
        }
        const literal = from.image === from.raw;
        // `FROM ${BASE}` with `ARG BASE=node:20`: the default is the whole reference, pinned where it is written.
        const argName = /^\$(?:\{(\w+)\}|(\w+))$/.exec(from.raw);
        const arg = argName ? parsed.args.find((a) => a.name === (argName[1] ?? argName[2])) : undefined;
        let argOffset = arg ? argDefaultOffset(text, source.offsets, arg, from.image) : undefined;
        let argWhy;
        if (arg && argOffset !== undefined) {
            // Pinning the default changes every use of the ARG: only when all of them are whole `FROM ${BASE}`.
            const uses = [...text.matchAll(new RegExp(`\\$(?:\\{${arg.name}(?![\\w])|${arg.name}(?![\\w]))`, 'g'))].length;
            const whole = parsed.froms.filter((f) => f.raw === `$${arg.name}` || f.raw === `\${${arg.name}}`).length;
            if (uses > whole) {
                argOffset = undefined;
                argWhy = `auto-pin leaves it: ARG ${arg.name} is also used elsewhere in the Dockerfile (as part of a reference or in a command), which a pinned default would change. Pin the default by hand (ARG ${arg.name}=${from.image}@sha256:...) if every use takes a digest`;
            }
        }
        checkImage(result, file, from.image, located, options.allow ?? [], {}, 0, literal ? source : undefined, undefined, `FROM${from.stage ? ` (stage ${from.stage})` : ''}`, argOffset !== undefined ? () => ({ offsets: [argOffset] }) : undefined, literal || argOffset !== undefined
            ? undefined
            : (argWhy ??
                `auto-pin leaves it: build arguments supply only part of the reference (FROM ${from.raw}), and a digest belongs to a whole reference. Put the whole reference in one ARG (ARG BASE=${from.image}, FROM \${BASE}) and run fix again, or write the digest by hand`));
    }
    return result;
}
/** Audits a shell script file (positions are the script's own). */
function auditShellFile(file, text) {
    const result = empty();
    if (!scriptMayMatter(text))
        return result;
    for (const problem of auditScript((0,src/* parseShell */.aV)(text, { githubExpressions: false }))) {
        const start = (0,src/* shellPosition */.aJ)(text, problem.offset);
        result.findings.push({
            rule: problem.rule,
            severity: problem.severity,
            message: problem.message,
            file,
            line: start.line,
            column: start.column,
        });
    }
    return result;
}
function push(result, file, at, rule, severity, message, where, fix) {
    result.findings.push({
        rule,
        severity,
        message,
        file,
        line: at.line,
        column: at.column,
        ...(at.endLine !== undefined ? { endLine: at.endLine } : {}),
        ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
        ...(where.job ? { job: where.job } : {}),
        ...(where.step ? { step: where.step } : {}),
        ...(fix ? { fix } : {}),
    });
}
const MATRIX_EXPRESSION = /\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}/g;
/** An image that is one matrix value and nothing else: `${{ matrix.image }}`. */
const WHOLE_MATRIX = /^\s*\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}\s*$/;
/**
 * Where the matrix of job `jobId` writes a value of `key`, whole: the entries of `matrix.<key>` and
 * of `matrix.include[*].<key>` equal to the value, as offsets of the value's text (inside quotes).
 */
function matrixLocator(document, text, jobId) {
    return (value, key) => {
        if (key === undefined)
            return { offsets: [] };
        const job = document.getIn(['jobs', jobId], true);
        const matrix = document.getIn(['jobs', jobId, 'strategy', 'matrix'], true);
        if (!(0,dist/* isMap */.jh)(matrix) || !(0,dist/* isMap */.jh)(job) || !job.range || !matrix.range)
            return { offsets: [] };
        // Pinning the value changes it everywhere the job reads it: only where it is used whole
        // (`${{ matrix.image }}`); a comparison (`if: matrix.image == 'node:20'`) or a fragment would break.
        const jobText = text.slice(job.range[0], matrix.range[0]) + text.slice(matrix.range[1], job.range[1]);
        const name = key.replace(/[-]/g, '\\-');
        const uses = [...jobText.matchAll(new RegExp(`matrix\\.${name}(?![\\w-])`, 'g'))].length;
        const whole = [
            ...jobText.matchAll(new RegExp(`(?<![\\w.:@/-])\\$\\{\\{\\s*matrix\\.${name}\\s*\\}\\}(?![\\w.:@/-])`, 'g')),
        ].length;
        if (uses > whole)
            return {
                offsets: [],
                why: `auto-pin leaves it: job ${jobId} also reads matrix.${key} other than as a whole \${{ matrix.${key} }} (a comparison or a part of a string), which a pinned value would break. Pin the matrix entries by hand and update those uses`,
            };
        const nodes = [];
        const list = matrix.get(key, true);
        if ((0,dist/* isSeq */.oP)(list))
            nodes.push(...list.items);
        // include entries add values; exclude entries must keep matching the pinned values.
        for (const extra of ['include', 'exclude']) {
            const entries = matrix.get(extra, true);
            if ((0,dist/* isSeq */.oP)(entries))
                for (const entry of entries.items)
                    if ((0,dist/* isMap */.jh)(entry))
                        nodes.push(entry.get(key, true));
        }
        const offsets = [];
        for (const node of nodes) {
            if (!(0,dist/* isScalar */.jn)(node) || node.value !== value || !node.range)
                continue;
            const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
            if (node.type !== 'PLAIN' && !quoted)
                continue;
            const start = node.range[0] + (quoted ? 1 : 0);
            // Escapes in a quoted value: the text is not the value; leave it.
            if (text.startsWith(value, start))
                offsets.push(start);
        }
        return { offsets };
    };
}
/** The offset of an ARG's default in the text, when it is written there as `value` (quoted or not). */
function argDefaultOffset(text, offsets, arg, value) {
    if (value === undefined)
        return undefined;
    const at = (offsets[arg.line - 1] ?? 0) + arg.column - 1;
    if (!text.startsWith(`${arg.name}=`, at))
        return undefined;
    let start = at + arg.name.length + 1;
    if (text[start] === '"' || text[start] === "'")
        start++;
    return text.startsWith(value, start) ? start : undefined;
}
function checkImage(result, file, image, at, allow, where, prefix, source, matrix, what, 
/** Where a value that is not written literally is written whole (matrix entries, an ARG default). */
locate, 
/** Why the values cannot be auto-pinned (Dockerfile fragments); matrix fragments are explained here. */
fragment) {
    const values = image.includes('${{') ? expandMatrix(image, matrix) : [image];
    const wholeKey = WHOLE_MATRIX.exec(image)?.[1];
    const unfixable = fragment ??
        (image.includes('${{') && wholeKey === undefined
            ? `auto-pin leaves it: the matrix supplies only part of the reference (${image.trim()}), and a digest belongs to a whole reference. List whole references in the matrix (image: [${values?.[0] ?? 'node:20'}, ...] with \${{ matrix.image }}) and run fix again, or write the digests by hand`
            : undefined);
    if (values === undefined) {
        push(result, file, at, unpinnedImagesRule.id, 'note', `The ${what} image ${image} is computed at run time; pin it by digest where the value is defined.`, where);
        return;
    }
    for (const value of values) {
        const ref = parseImageReference(value);
        const pinned = ref?.digest !== undefined && IMAGE_DIGEST.test(ref.digest);
        // Where the image text itself is in the file (after a quote, after `docker://`), for auto-pin.
        const offsets = [];
        if (source && value === image) {
            let start = (source.offsets[at.line - 1] ?? 0) + at.column - 1;
            if (source.text[start] === '"' || source.text[start] === "'")
                start++;
            start += prefix;
            if (source.text.startsWith(value, start))
                offsets.push(start);
        }
        let cannot = unfixable;
        if (!offsets.length && locate) {
            const found = locate(value, wholeKey);
            offsets.push(...found.offsets);
            cannot = found.why ?? cannot;
        }
        result.images.push({
            file,
            line: at.line,
            column: at.column,
            value,
            offsets,
            ...(cannot && !offsets.length ? { unfixable: cannot } : {}),
            pinned,
            ...(where.job ? { job: where.job } : {}),
            ...(where.step ? { step: where.step } : {}),
        });
        if (pinned)
            continue;
        const name = ref
            ? `${ref.registry === 'docker.io' ? '' : `${ref.registry}/`}${ref.repository.replace(/^library\//, '')}`
            : value;
        if (allow.some((pattern) => matchesPattern(pattern, name) || matchesPattern(pattern, value)))
            continue;
        const from = (values.length > 1 || value !== image) && image.includes('${{') ? ` (from the matrix: ${value})` : '';
        const why = cannot && !offsets.length ? `; ${cannot}` : '';
        if (!ref) {
            push(result, file, at, unpinnedImagesRule.id, 'error', `The ${what} image "${value}" is not a valid image reference${from}.`, where);
        }
        else if (ref.digest !== undefined) {
            push(result, file, at, unpinnedImagesRule.id, 'error', `The ${what} image ${value} has a malformed digest; use @sha256:<64 hex>${from}.`, where);
        }
        else if (ref.tag === undefined || ref.tag === 'latest') {
            push(result, file, at, unpinnedImagesRule.id, 'error', `The ${what} image ${value} uses ${ref.tag === undefined ? 'no tag (latest)' : 'latest'}: it changes with every release${from}${why}.`, where, 'pin the image by digest');
        }
        else {
            push(result, file, at, unpinnedImagesRule.id, 'warning', `The ${what} image ${value} is pinned to a tag, which can be re-pushed; add its digest${from}${why}.`, where, 'pin the image by digest');
        }
    }
}
/** The values of an image built from matrix variables; undefined when other expressions are involved. */
function expandMatrix(image, matrix) {
    const keys = [...image.matchAll(MATRIX_EXPRESSION)].map((m) => m[1]);
    if (!keys.length || image.replace(MATRIX_EXPRESSION, '').includes('${{'))
        return undefined;
    if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix))
        return undefined;
    const data = matrix;
    const combos = [];
    const base = keys.map((key) => Array.isArray(data[key]) ? data[key].filter(isScalarValue).map(String) : []);
    if (base.every((list) => list.length)) {
        const product = (i, acc) => {
            if (combos.length > 256)
                return;
            if (i === keys.length) {
                combos.push({ ...acc });
                return;
            }
            for (const v of base[i])
                product(i + 1, { ...acc, [keys[i]]: v });
        };
        product(0, {});
    }
    for (const entry of Array.isArray(data.include) ? data.include : []) {
        if (!entry || typeof entry !== 'object')
            continue;
        const values = entry;
        if (keys.every((key) => isScalarValue(values[key])))
            combos.push(Object.fromEntries(keys.map((key) => [key, String(values[key])])));
    }
    if (!combos.length)
        return undefined;
    const images = combos.map((combo) => image.replace(MATRIX_EXPRESSION, (_m, key) => combo[key] ?? ''));
    return [...new Set(images)].sort();
}
function isScalarValue(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
function stepLabel(step) {
    return step.id ?? step.name ?? `#${step.index + 1}`;
}
/** The version comment on a line after a column: `# v4.2.2` gives `v4.2.2`. */
function commentAfter(line, column) {
    const rest = line.slice(Math.max(0, column - 1));
    const match = /^\s*["']?\s*#\s*(.*)$/.exec(rest);
    const text = match?.[1]?.trim();
    return text ? text : undefined;
}
function lineOffsets(text) {
    const offsets = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            offsets.push(i + 1);
    return offsets;
}

// EXTERNAL MODULE: ./packages/core/src/http.ts
var http = __webpack_require__(38014);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/pinning/src/github.ts
// A small GitHub REST client for the pin checks: GET only, JSON, bounded concurrency, a cache per
// URL, GitHub's rate-limit headers honoured (wait for the reset when it is near, give up when it is
// not), retries on 5xx. Requests go to the API URL the user has (GITHUB_API_URL / GHES), through
// the proxy the environment names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY).

class GitHubError extends Error {
    status;
    reason;
    constructor(message, status, 
    /** Why the request could not be answered: `not-found`, `forbidden`, `rate-limited`, `unavailable`, `unprocessable`. */
    reason) {
        super(message);
        this.status = status;
        this.reason = reason;
    }
}
class GitHubClient {
    options;
    cache = new Map();
    active = 0;
    waiting = [];
    /** When the primary rate limit is spent: requests wait until this time (ms since epoch). */
    pausedUntil = 0;
    /** Requests actually sent (cache hits not counted). */
    requestCount = 0;
    /** Requests GitHub answered with success. */
    answeredCount = 0;
    /** The first request that failed, and why: what a run that got no answer at all reports. */
    firstFailure;
    constructor(options) {
        this.options = options;
    }
    /** GET a JSON document; the same path is fetched once per client. */
    get(path) {
        let promise = this.cache.get(path);
        if (!promise) {
            promise = this.limited(() => this.fetchWithRetry(path));
            promise.catch((error) => {
                if (error instanceof GitHubError)
                    this.firstFailure ??= error;
            });
            this.cache.set(path, promise);
        }
        return promise;
    }
    /** GET every page of a list (per_page=100, following `Link: rel="next"`), at most `maxPages`. */
    async getPages(path, maxPages) {
        const items = [];
        const separator = path.includes('?') ? '&' : '?';
        for (let page = 1; page <= maxPages; page++) {
            const batch = await this.get(`${path}${separator}per_page=100&page=${page}`);
            items.push(...batch);
            if (batch.length < 100)
                return { items, complete: true };
        }
        return { items, complete: false };
    }
    async limited(task) {
        const limit = this.options.concurrency ?? 4;
        if (this.active >= limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
        try {
            return await task();
        }
        finally {
            this.active--;
            this.waiting.shift()?.();
        }
    }
    sleep(ms) {
        return this.options.sleep ? this.options.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms));
    }
    now() {
        return this.options.now ? this.options.now() : Date.now();
    }
    async fetchWithRetry(path) {
        const retries = this.options.retries ?? 2;
        const maxWait = this.options.maxWaitMs ?? 60_000;
        for (let attempt = 0;; attempt++) {
            const pause = this.pausedUntil - this.now();
            if (pause > 0) {
                if (pause > maxWait)
                    throw new GitHubError(`GitHub API rate limit exhausted until ${new Date(this.pausedUntil).toISOString()}`, 403, 'rate-limited');
                await this.sleep(pause);
            }
            const response = await this.send(path);
            const remaining = response.headers.get('x-ratelimit-remaining');
            const reset = Number(response.headers.get('x-ratelimit-reset') ?? '0') * 1000;
            if (remaining === '0' && reset)
                this.pausedUntil = Math.max(this.pausedUntil, reset);
            if (response.ok) {
                this.answeredCount++;
                if (remaining === '0')
                    this.pausedUntil = Math.max(this.pausedUntil, reset);
                return (await response.json());
            }
            const body = await response.text();
            let message = body;
            try {
                message = JSON.parse(body).message ?? body;
            }
            catch {
                // Not JSON: keep the text.
            }
            const retryAfter = response.headers.get('retry-after');
            const rateLimited = response.status === 429 ||
                (response.status === 403 && (remaining === '0' || retryAfter !== null || /rate limit/i.test(message)));
            if (rateLimited) {
                const wait = retryAfter !== null
                    ? Number(retryAfter) * 1000
                    : remaining === '0' && reset
                        ? reset - this.now()
                        : 2 ** attempt * 1000;
                if (attempt >= retries || wait > maxWait) {
                    throw new GitHubError(`GitHub API rate limit (${response.status}): ${message}`, response.status, 'rate-limited');
                }
                await this.sleep(Math.max(0, wait));
                continue;
            }
            if (response.status >= 500 && attempt < retries) {
                await this.sleep(2 ** attempt * 500);
                continue;
            }
            const reason = response.status === 404
                ? 'not-found'
                : response.status === 401
                    ? 'unauthorized'
                    : response.status === 403
                        ? 'forbidden'
                        : response.status === 422
                            ? 'unprocessable'
                            : 'unavailable';
            throw new GitHubError(`GET ${path}: ${response.status} ${message}`, response.status, reason);
        }
    }
    async send(path) {
        this.requestCount++;
        const headers = {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': this.options.userAgent ?? 'paved-road-verify-pinned-tools',
        };
        if (this.options.token)
            headers.authorization = `Bearer ${this.options.token}`;
        const url = `${this.options.apiUrl.replace(/\/+$/, '')}${path}`;
        try {
            return await (0,http/* proxiedFetch */.i)(url, { headers, signal: AbortSignal.timeout(30_000) }, this.options.env);
        }
        catch (error) {
            // fetch says only "fetch failed"; the cause says why (ECONNREFUSED, a proxy's 407, a timeout).
            const cause = error.cause;
            const why = [(0,errors/* errorMessage */.gJ)(error), typeof cause?.code === 'string' ? cause.code : cause?.message]
                .filter((part) => typeof part === 'string' && part)
                .join(': ');
            throw new GitHubError(`GET ${url}: ${why}`, 0, 'unavailable');
        }
    }
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/compare.js
var compare = __webpack_require__(6061);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/valid.js
var valid = __webpack_require__(1988);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var src_files = __webpack_require__(3623);
;// CONCATENATED MODULE: ./packages/pinning/src/advisories.ts
// GitHub Advisory Database entries of the `actions` ecosystem, as the REST API's global advisories
// endpoint returns them (GET /advisories): read from the API online, or offline from a snapshot
// file the policy names (`advisories-file`: the same JSON array). Which entries affect a version is
// decided here from `vulnerable_version_range`, so both sources give the same answer and the fixed
// version named is the one of the range the version is in.



/** A snapshot of the whole actions ecosystem is a few MB; more is a mistake or an attack. */
const MAX_ADVISORIES_BYTES = 64 * 1024 * 1024;
const GHSA_ID = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/;
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
/** Why `value` is not a list of global advisories (naming the first bad entry), or undefined. */
function advisoriesProblem(value) {
    if (!Array.isArray(value))
        return 'is not a JSON array of advisories';
    for (const [index, entry] of value.entries()) {
        const where = `entry ${index + 1}`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            return `${where} is not an object`;
        const advisory = entry;
        if (typeof advisory.ghsa_id !== 'string' || !GHSA_ID.test(advisory.ghsa_id))
            return `${where} has no ghsa_id of the form GHSA-xxxx-xxxx-xxxx`;
        if (typeof advisory.severity !== 'string' || !SEVERITIES.includes(advisory.severity))
            return `${where} (${advisory.ghsa_id}) has no severity of ${SEVERITIES.join(', ')}`;
        if (advisory.withdrawn_at !== undefined &&
            advisory.withdrawn_at !== null &&
            typeof advisory.withdrawn_at !== 'string')
            return `${where} (${advisory.ghsa_id}) has a withdrawn_at that is not a date`;
        const vulnerabilities = advisory.vulnerabilities;
        if (vulnerabilities === null)
            continue;
        if (!Array.isArray(vulnerabilities))
            return `${where} (${advisory.ghsa_id}) has no vulnerabilities list`;
        for (const vulnerability of vulnerabilities) {
            const v = vulnerability;
            const pkg = v?.package;
            const ok = typeof v === 'object' &&
                v !== null &&
                (pkg === null || (typeof pkg === 'object' && typeof pkg.ecosystem === 'string')) &&
                (v.vulnerable_version_range === null || typeof v.vulnerable_version_range === 'string') &&
                (v.first_patched_version === null || typeof v.first_patched_version === 'string');
            if (!ok)
                return `${where} (${advisory.ghsa_id}) has a vulnerability without package, vulnerable_version_range and first_patched_version`;
        }
    }
    return undefined;
}
/**
 * Reads the advisory snapshot the policy names: the JSON array GET /advisories answers, e.g.
 * `gh api --paginate --slurp '/advisories?ecosystem=actions&per_page=100' | jq add`.
 */
function readAdvisoriesFile(path, displayName, workspace) {
    const text = (0,src_files/* readTextFile */.Gu)(path, {
        displayName,
        kind: 'advisories file',
        maxBytes: MAX_ADVISORIES_BYTES,
        workspace,
    });
    const fix = "Write the JSON array GET /advisories?ecosystem=actions answers (gh api --paginate --slurp '/advisories?ecosystem=actions&per_page=100' | jq add).";
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1('invalid-advisories', `${displayName} is not valid JSON: ${(0,errors/* jsonReason */.rw)(error)}.`, { file: displayName }, fix);
    }
    const problem = advisoriesProblem(value);
    if (problem)
        throw new errors/* ConfigurationError */.j1('invalid-advisories', `${displayName} ${problem}.`, { file: displayName }, fix);
    return value;
}
/**
 * A release version from a tag or comment: `v1.2.3`, `1.2.3`, `v1.2.3-beta.1` as semver `1.2.3...`;
 * undefined for anything less exact (`v1`, `v1.2`, `main`): a moving major tag is no version to
 * compare with a range.
 */
function releaseVersion(tag) {
    const bare = tag.replace(/^v/i, '');
    return /^\d+\.\d+\.\d+/.test(bare) ? (valid_default()(bare) ?? undefined) : undefined;
}
/** Semver order of two release versions (see releaseVersion). */
function compareVersions(a, b) {
    return compare_default()(a, b);
}
/** A range bound as semver: `1.2.3`, or a shorter `1.2` / `4` padded with zeros. */
function bound(text) {
    const bare = text.replace(/^v/i, '');
    if (/^\d+(\.\d+)?$/.test(bare))
        return `${bare}${'.0'.repeat(2 - (bare.match(/\./g) ?? []).length)}`;
    return valid_default()(bare) ?? undefined;
}
/**
 * Whether `version` (semver) is in a GHSA range: constraints joined by commas, each an operator
 * (`<`, `<=`, `>`, `>=`, `=`; none means `=`) and a version, e.g. `>= 2.0.0, < 2.3.1`. Undefined
 * when the range cannot be read.
 */
function inVulnerableRange(version, range) {
    const constraints = range.split(',').map((c) => c.trim());
    if (!constraints.length || constraints.some((c) => !c))
        return undefined;
    let inside = true;
    for (const constraint of constraints) {
        const m = /^(<=|>=|<|>|=)?\s*(\S+)$/.exec(constraint);
        const limit = m ? bound(m[2]) : undefined;
        if (!m || limit === undefined)
            return undefined;
        const order = compare_default()(version, limit);
        const op = m[1] ?? '=';
        const holds = op === '<'
            ? order < 0
            : op === '<='
                ? order <= 0
                : op === '>'
                    ? order > 0
                    : op === '>='
                        ? order >= 0
                        : order === 0;
        inside &&= holds;
    }
    return inside;
}
/**
 * The advisories that affect `repository` (the `owner/repo` of a `uses:`, case-insensitive: the
 * package name of the actions ecosystem) at `version`. Withdrawn advisories are left out. With `trusted` (the API already filtered by
 * `affects=`), an advisory of the package is kept even when no range reads as containing the
 * version, with the fixed version of its first range.
 */
function affectingAdvisories(advisories, repository, version, trusted = false) {
    const name = repository.toLowerCase();
    const matches = [];
    for (const advisory of advisories) {
        if (advisory.withdrawn_at)
            continue;
        const ranges = (advisory.vulnerabilities ?? []).filter((v) => v.package?.ecosystem === 'actions' && v.package.name?.toLowerCase() === name);
        let match;
        for (const v of ranges) {
            const inside = v.vulnerable_version_range === null ? undefined : inVulnerableRange(version, v.vulnerable_version_range);
            if (inside === false)
                continue;
            match = {
                ghsaId: advisory.ghsa_id,
                severity: advisory.severity,
                range: v.vulnerable_version_range,
                fixed: v.first_patched_version,
                rangeUnread: inside === undefined,
            };
            if (inside)
                break;
        }
        if (!match && trusted && ranges[0])
            match = {
                ghsaId: advisory.ghsa_id,
                severity: advisory.severity,
                range: ranges[0].vulnerable_version_range,
                fixed: ranges[0].first_patched_version,
                rangeUnread: false,
            };
        if (match)
            matches.push(match);
    }
    return matches.sort((a, b) => (a.ghsaId < b.ghsaId ? -1 : a.ghsaId > b.ghsaId ? 1 : 0));
}
/** A finding's severity from the advisory's: critical and high fail by default, medium warns, low notes. */
function advisorySeverity(severity) {
    return severity === 'medium' ? 'warning' : severity === 'low' ? 'note' : 'error';
}
/** The sentence of a finding: which advisory, how severe, where to read it, and what fixes it. */
function advisoryMessage(subject, match) {
    const fixed = match.fixed
        ? `fixed in ${match.fixed}`
        : 'no fixed version is published: remove the action or replace it';
    // The range itself is not quoted: a snapshot file is repository content.
    const unread = match.rangeUnread ? ' (its version range could not be compared, so it is reported)' : '';
    return `${subject} is affected by ${match.ghsaId} (${match.severity}, https://github.com/advisories/${match.ghsaId})${unread}: ${fixed}.`;
}

;// CONCATENATED MODULE: ./packages/pinning/src/online.ts




/** Pages of tags read per repository before falling back to targeted lookups. */
const TAG_PAGES = 3;
/** Compares against the likely homes of a pin (its version tag, main, release branches) before the full sweep. */
const LIKELY_COMPARES = 3;
/** The audits `auditUses` runs: online only (the summary says when they did not run). */
const ONLINE_AUDITS = [
    archivedUsesRule.id,
    refConfusionRule.id,
    staleActionRefsRule.id,
    knownVulnerableActionsRule.id,
];
class PinVerifier {
    client;
    tips = new Map();
    tagCommits = new Map();
    maxCompares;
    sweepPages;
    constructor(client, options = {}) {
        this.client = client;
        this.maxCompares = options.maxCompares ?? 100;
        this.sweepPages = options.sweepPages ?? 10;
    }
    /** Verifies every SHA pin; one finding list, deterministic order is the caller's (sortFindings). */
    async verify(pins) {
        const findings = [];
        let verified = 0;
        // One check per distinct (repository, sha, comment); findings are reported at every place.
        const groups = new Map();
        for (const pin of pins) {
            if (!pin.pinned)
                continue;
            const key = `${pin.uses.repository.toLowerCase()}@${pin.uses.ref}#${versionOf(pin.comment) ?? ''}`;
            groups.set(key, [...(groups.get(key) ?? []), pin]);
        }
        await Promise.all([...groups.values()].map(async (group) => {
            const outcome = await this.check(group[0]);
            if (outcome.verified)
                verified += group.length;
            for (const pin of group)
                for (const f of outcome.findings)
                    findings.push(at(pin, f.rule, f.severity, f.message));
        }));
        return { findings, verified, requests: this.client.requestCount };
    }
    async check(pin) {
        const repo = pin.uses.repository;
        const sha = pin.uses.ref;
        const out = [];
        try {
            const tips = await this.repoTips(repo);
            const version = versionOf(pin.comment);
            let versionCommit;
            if (version === undefined) {
                out.push({
                    rule: refVersionMismatchRule.id,
                    severity: 'note',
                    message: `${pin.value} has no version comment (# vX.Y.Z): readers and update bots cannot tell which release it is.`,
                });
            }
            else {
                versionCommit = await this.tagCommit(repo, version, tips);
                if (versionCommit === undefined) {
                    out.push({
                        rule: refVersionMismatchRule.id,
                        severity: 'warning',
                        message: `The comment names ${version}, but ${repo} has no tag ${version}.`,
                    });
                }
                else if (versionCommit !== sha) {
                    out.push({
                        rule: refVersionMismatchRule.id,
                        severity: 'error',
                        message: `The comment says ${version}, but ${repo}@${version} is ${versionCommit}, not the pinned ${sha}.`,
                    });
                }
            }
            const reach = await this.reachable(repo, sha, tips, version !== undefined && versionCommit !== undefined ? version : undefined);
            if (reach.verdict === 'unverified') {
                out.push({
                    rule: pinUnverifiedRule.id,
                    severity: 'note',
                    message: `${pin.value} was not verified online: ${reach.why}.`,
                });
                return { verified: false, findings: out };
            }
            if (reach.verdict === 'unreachable') {
                out.push({
                    rule: impostorCommitRule.id,
                    severity: 'error',
                    message: `${sha} is not reachable from any branch or tag of ${repo}: it may come from a fork (an impostor commit).`,
                });
            }
            return { verified: true, findings: out };
        }
        catch (error) {
            if (!(error instanceof GitHubError))
                throw error;
            out.push({
                rule: pinUnverifiedRule.id,
                severity: 'note',
                message: `${pin.value} was not verified online: ${unanswered(error, repo)}.`,
            });
            return { verified: false, findings: out };
        }
    }
    /**
     * The online audits of every `uses:` (pinned or not, allowed or not): archived-uses. Run after
     * `verify`, sharing its per-repository lists. One check per distinct (repository, ref); a check
     * the API could not answer is a pin-unverified note naming what did not run, never a pass.
     */
    async auditUses(pins) {
        const result = { findings: [], unverified: [] };
        const groups = new Map();
        for (const pin of pins) {
            const key = `${pin.uses.repository.toLowerCase()}@${pin.uses.ref}`;
            groups.set(key, [...(groups.get(key) ?? []), pin]);
        }
        await Promise.all([...groups.values()].map(async (group) => {
            const { found, notRun } = await this.auditRef(group[0]);
            for (const pin of group) {
                for (const f of found)
                    result.findings.push(at(pin, f.rule, f.severity, f.message));
                if (notRun.length) {
                    const rules = notRun.map((n) => n.rule);
                    const message = `${pin.value}: ${rules.join(', ')} did not run: ${notRun[0].why}.`;
                    result.unverified.push({ finding: at(pin, pinUnverifiedRule.id, 'note', message), rules });
                }
            }
        }));
        return result;
    }
    async auditRef(pin) {
        const repo = pin.uses.repository;
        const out = [];
        const checks = [
            {
                rule: archivedUsesRule.id,
                run: async () => {
                    const metadata = await this.client.get(`/repos/${repo}`);
                    if (metadata.archived === true)
                        out.push({
                            rule: archivedUsesRule.id,
                            severity: archivedUsesRule.severity,
                            message: `${repo} is archived: it is no longer maintained, and a vulnerability in it will not be fixed.`,
                        });
                },
            },
        ];
        const ref = pin.uses.ref;
        // A symbolic ref written out (not a SHA, not an expression GitHub evaluates first).
        const symbolic = !FULL_SHA.test(ref) && !ref.includes('${{');
        if (symbolic) {
            checks.push({
                rule: refConfusionRule.id,
                run: async () => {
                    const tips = await this.repoTips(repo);
                    const [branch, tag] = await Promise.all([
                        this.refCommit(repo, 'heads', ref, tips),
                        this.refCommit(repo, 'tags', ref, tips),
                    ]);
                    if (branch !== undefined && tag !== undefined)
                        out.push({
                            rule: refConfusionRule.id,
                            severity: refConfusionRule.severity,
                            message: `${repo} has both a branch and a tag named ${ref}${branch === tag ? '' : ` (at different commits: ${branch} and ${tag})`}: which one runs is GitHub's choice, not the workflow's.`,
                        });
                },
            });
        }
        if (FULL_SHA.test(ref)) {
            checks.push({
                rule: staleActionRefsRule.id,
                run: async () => {
                    const tags = await this.tagsAt(repo, ref);
                    if (tags === undefined)
                        throw new NotDecided(`${repo} has more than ${this.sweepPages * 100} tags, more than are listed, and none listed is at ${ref}`);
                    if (!tags.length)
                        out.push({
                            rule: staleActionRefsRule.id,
                            severity: staleActionRefsRule.severity,
                            message: `${ref} is the commit of no tag of ${repo}: it is not a release, and no release note says what it contains.`,
                        });
                },
            });
        }
        if (FULL_SHA.test(ref) || symbolic) {
            checks.push({
                rule: knownVulnerableActionsRule.id,
                run: async () => {
                    for (const { tag, version, commit } of await this.releasesOf(repo, ref)) {
                        // GitHub filters by `affects=`; the ranges are read again here to name the fixed version.
                        // One package@version has a handful of advisories at most: one page of 100 holds them.
                        const query = new URLSearchParams({ ecosystem: 'actions', affects: `${repo}@${version}`, per_page: '100' });
                        const advisories = await this.client
                            .get(`/advisories?${query.toString()}`)
                            .catch((error) => {
                            // Not the repository missing: this server has no advisory database (an older GitHub Enterprise Server).
                            if (error instanceof GitHubError && error.reason === 'not-found')
                                throw new NotDecided('the GitHub API has no global advisories endpoint (GET /advisories: 404)');
                            throw error;
                        });
                        const subject = FULL_SHA.test(ref)
                            ? `${repo} ${tag} (the release tag at the pinned commit)`
                            : `${repo}@${ref} (release ${tag}, commit ${commit})`;
                        for (const match of affectingAdvisories(advisories, repo, version, true))
                            out.push({
                                rule: knownVulnerableActionsRule.id,
                                severity: advisorySeverity(match.severity),
                                message: advisoryMessage(subject, match),
                            });
                    }
                },
            });
        }
        const notRun = [];
        for (const check of checks) {
            try {
                await check.run();
            }
            catch (error) {
                if (error instanceof NotDecided)
                    notRun.push({ rule: check.rule, why: error.message });
                else if (error instanceof GitHubError)
                    notRun.push({ rule: check.rule, why: unanswered(error, repo) });
                else
                    throw error;
            }
        }
        return { found: out, notRun };
    }
    repoTips(repo) {
        const key = repo.toLowerCase();
        let promise = this.tips.get(key);
        if (!promise) {
            promise = (async () => {
                const [tags, branches] = await Promise.all([
                    this.client.getPages(`/repos/${repo}/tags`, TAG_PAGES),
                    this.client.getPages(`/repos/${repo}/branches`, 1),
                ]);
                const tips = {
                    tags: new Map(tags.items.map((t) => [t.name, t.commit.sha])),
                    branches: new Map(branches.items.map((b) => [b.name, b.commit.sha])),
                    commits: new Set([...tags.items, ...branches.items].map((t) => t.commit.sha)),
                    tagsComplete: tags.complete,
                    branchesComplete: branches.complete,
                };
                return tips;
            })();
            this.tips.set(key, promise);
        }
        return promise;
    }
    /**
     * The release each commit a ref runs is: for a SHA, the commit; for a branch or tag name, the
     * commit of each (both when the name is ambiguous). The release is the highest full version
     * (`v1.2.3`) among the tags at the commit; a commit at no such tag gives none.
     */
    async releasesOf(repo, ref) {
        let commits;
        if (FULL_SHA.test(ref))
            commits = [ref];
        else {
            const tips = await this.repoTips(repo);
            const both = await Promise.all([
                this.refCommit(repo, 'tags', ref, tips),
                this.refCommit(repo, 'heads', ref, tips),
            ]);
            commits = [...new Set(both.filter((c) => c !== undefined))];
        }
        const out = [];
        for (const commit of commits) {
            const tags = await this.tagsAt(repo, commit);
            if (tags === undefined)
                throw new NotDecided(`${repo} has more than ${this.sweepPages * 100} tags, more than are listed, and none listed is at ${commit}`);
            const best = tags
                .filter((t) => releaseVersion(t) !== undefined)
                .sort((a, b) => compareVersions(releaseVersion(b), releaseVersion(a)) || (a < b ? -1 : a > b ? 1 : 0))[0];
            if (best !== undefined)
                out.push({ tag: best, version: releaseVersion(best), commit });
        }
        return out;
    }
    /**
     * The names of the tags whose commit (annotated tags peeled) is `sha`: from the first pages of the
     * tag list, then from up to `sweepPages` pages; undefined when none was found and the list is longer.
     */
    async tagsAt(repo, sha) {
        const tips = await this.repoTips(repo);
        const at = (tags) => [...tags].filter(([, commit]) => commit === sha).map(([name]) => name);
        const first = at(tips.tags);
        if (first.length || tips.tagsComplete)
            return first;
        const all = await this.client.getPages(`/repos/${repo}/tags`, this.sweepPages);
        const found = at(all.items.map((t) => [t.name, t.commit.sha]));
        return found.length || all.complete ? found : undefined;
    }
    /**
     * The commit a branch (`heads`) or tag (`tags`) names, annotated tags peeled; undefined when there
     * is none. From the lists when they hold it or are complete, else one ref lookup.
     */
    async refCommit(repo, kind, name, tips) {
        if (kind === 'tags')
            return this.tagCommit(repo, name, tips);
        const listed = tips.branches.get(name);
        if (listed !== undefined || tips.branchesComplete)
            return listed;
        try {
            const ref = await this.client.get(`/repos/${repo}/git/ref/heads/${encodeURIComponent(name)}`);
            return ref.object.sha;
        }
        catch (error) {
            if (error instanceof GitHubError && error.reason === 'not-found')
                return undefined;
            throw error;
        }
    }
    /** The commit a tag names, annotated tags peeled; undefined when there is no such tag. */
    tagCommit(repo, tag, tips) {
        const listed = tips.tags.get(tag);
        if (listed !== undefined || tips.tagsComplete)
            return Promise.resolve(listed);
        const key = `${repo.toLowerCase()}@${tag}`;
        let promise = this.tagCommits.get(key);
        if (!promise) {
            promise = resolveTag(this.client, repo, tag);
            this.tagCommits.set(key, promise);
        }
        return promise;
    }
    /**
     * Is `sha` reachable from some branch or tag of `repo`? Cheap evidence first: a branch or tag tip
     * (the lists fetched once per repository), branches-where-head, then the compare API against the
     * likely homes of a pinned commit (the version's tag, main, release branches). Only when all of
     * those say no is every other branch and tag compared (the full sweep, rare: a genuine pin is
     * almost always found by then). GitHub's REST API has no "branches containing a commit" endpoint,
     * so the sweep is one compare per distinct ref tip. `unreachable` is answered only after every
     * branch and tag was checked; a bound hit first gives `unverified` with the reason.
     */
    async reachable(repo, sha, tips, tag) {
        const yes = { verdict: 'reachable' };
        if (tips.commits.has(sha))
            return yes;
        try {
            const heads = await this.client.get(`/repos/${repo}/commits/${sha}/branches-where-head`);
            if (heads.length)
                return yes;
        }
        catch (error) {
            // 422: no such commit anywhere in the repository's network: reachable from none of its refs.
            if (!(error instanceof GitHubError) || error.reason !== 'unprocessable')
                throw error;
            return { verdict: 'unreachable' };
        }
        const compared = new Set();
        const compare = async (base) => {
            compared.add(base);
            try {
                const answer = await this.client.get(`/repos/${repo}/compare/${base}...${sha}`);
                return answer.status === 'behind' || answer.status === 'identical';
            }
            catch (error) {
                // 404: no common history (a fork's orphan commit); 422: unknown commit.
                if (!(error instanceof GitHubError) || (error.reason !== 'not-found' && error.reason !== 'unprocessable'))
                    throw error;
                return false;
            }
        };
        // Likely homes first: the version's tag, the main branch, release branches (`releases/v1`, `v2`).
        const releaseBranches = [...tips.branches.keys()]
            .filter((b) => /^(releases?\/|v\d)/.test(b))
            .sort()
            .reverse();
        const likely = [
            tag === undefined ? undefined : tips.tags.get(tag),
            tips.branches.get('main') ?? tips.branches.get('master') ?? [...tips.branches.values()][0],
            ...releaseBranches.map((b) => tips.branches.get(b)),
        ].filter((s) => s !== undefined);
        for (const base of [...new Set(likely)].slice(0, LIKELY_COMPARES))
            if (await compare(base))
                return yes;
        // The full sweep: every branch, then every tag (newest first), one compare per distinct tip.
        const [branches, tags] = await Promise.all([
            this.client.getPages(`/repos/${repo}/branches`, this.sweepPages),
            this.client.getPages(`/repos/${repo}/tags`, this.sweepPages),
        ]);
        const bases = [...new Set([...branches.items, ...tags.items].map((r) => r.commit.sha))].filter((base) => !compared.has(base));
        const budget = Math.max(0, this.maxCompares - compared.size);
        for (const base of bases.slice(0, budget))
            if (await compare(base))
                return yes;
        if (bases.length > budget || !branches.complete || !tags.complete) {
            const listed = branches.items.length + tags.items.length;
            const limit = bases.length > budget
                ? `${bases.length - budget} more distinct branch and tag tips were not compared (at most ${this.maxCompares} compares per pin, to spare the token's rate limit)`
                : `${repo} has more than ${this.sweepPages * 100} branches or tags, more than are listed`;
            return {
                verdict: 'unverified',
                why: `${sha} is not reachable from the ${compared.size} of ${listed}+ branches and tags compared, and ${limit}; it is not reported as an impostor commit without checking every ref. Check by hand: gh api repos/${repo}/compare/<branch>...${sha} (status behind or identical means genuine)`,
            };
        }
        return { verdict: 'unreachable' };
    }
}
/**
 * known-vulnerable-actions offline, from the advisory snapshot the policy names: the version is the
 * one the ref names (`@v1.2.3`) or, for a SHA pin, its version comment (`# v1.2.3`), which only the
 * online check (ref-version-mismatch) can confirm; a ref that names no full version is not compared.
 */
function offlineAdvisoryFindings(pins, advisories, file) {
    const findings = [];
    for (const pin of pins) {
        const ref = pin.uses.ref;
        const comment = versionOf(pin.comment);
        const tag = FULL_SHA.test(ref) ? comment : ref;
        const version = tag === undefined ? undefined : releaseVersion(tag);
        if (version === undefined)
            continue;
        const subject = FULL_SHA.test(ref)
            ? `${pin.uses.repository} ${tag} (by the version comment, not checked offline)`
            : `${pin.uses.repository}@${ref}`;
        for (const match of affectingAdvisories(advisories, pin.uses.repository, version))
            findings.push(at(pin, knownVulnerableActionsRule.id, advisorySeverity(match.severity), `${advisoryMessage(subject, match).replace(/\.$/, '')} (advisories from ${file}).`));
    }
    return findings;
}
/**
 * One pin-unverified note per place: a note of `auditUses` at a place where `verify` already left
 * one (the same unanswered repository, as a rule) is folded into it, naming the audits that did not run.
 */
function mergeUnverified(verifyFindings, audit) {
    const place = (f) => `${f.file}:${f.line}:${f.column}`;
    const notes = new Map();
    const out = verifyFindings.map((f) => {
        if (f.rule !== pinUnverifiedRule.id)
            return f;
        const copy = { ...f };
        notes.set(place(f), copy);
        return copy;
    });
    out.push(...audit.findings);
    for (const { finding, rules } of audit.unverified) {
        const note = notes.get(place(finding));
        if (note)
            note.message = `${note.message} Not run either: ${rules.join(', ')}.`;
        else
            out.push(finding);
    }
    return out;
}
/** An audit that got its answers but could not decide within its bounds; the message says why. */
class NotDecided extends Error {
}
/** Why the API gave no answer about `repo`, for a pin-unverified note. */
function unanswered(error, repo) {
    return error.reason === 'not-found'
        ? `${repo} was not found (private, renamed or deleted, or the token cannot see it)`
        : error.reason === 'rate-limited'
            ? 'the GitHub API rate limit was reached'
            : error.reason === 'forbidden' || error.reason === 'unauthorized'
                ? `the token may not read ${repo} (${error.status})`
                : `the GitHub API did not answer (${error.status || 'network'})`;
}
/** Resolves `tags/<tag>` to its commit, peeling annotated tags. */
async function resolveTag(client, repo, tag) {
    let object;
    try {
        object = (await client.get(`/repos/${repo}/git/ref/tags/${encodeURIComponent(tag)}`)).object;
    }
    catch (error) {
        if (error instanceof GitHubError && error.reason === 'not-found')
            return undefined;
        throw error;
    }
    for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
        object = (await client.get(`/repos/${repo}/git/tags/${object.sha}`))
            .object;
    }
    return object.type === 'commit' ? object.sha : undefined;
}
/** `v4.2.2` from `v4.2.2`, `tag=v4.2.2`, `v4.2.2 (2024-10-23)`, `pin@v4`; undefined when it does not name a version. */
function versionOf(comment) {
    if (!comment)
        return undefined;
    const word = comment
        .trim()
        .split(/\s+/)[0]
        .replace(/^(tag=|pin@|ratchet:[^@]*@)/, '');
    return /^v?\d+(\.\d+)*([-+.][\w.-]+)?$/.test(word) ? word : undefined;
}
function at(pin, rule, severity, message) {
    return {
        rule,
        severity,
        message,
        file: pin.file,
        line: pin.line,
        column: pin.column,
        endLine: pin.endLine,
        endColumn: pin.endColumn,
        ...(pin.job ? { job: pin.job } : {}),
        ...(pin.step ? { step: pin.step } : {}),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/pinning/src/registry.ts
// Tag -> digest through the OCI distribution API: `HEAD /v2/<name>/manifests/<tag>` with the
// manifest media types we accept, reading `Docker-Content-Digest`; anonymous bearer tokens through
// the registry's `WWW-Authenticate` challenge (Docker Hub, GHCR, ...). The registry is the host the
// image reference names; plain http is used only for loopback hosts (a local registry).


/** OCI index first: a multi-platform tag must resolve to its index, not one platform's manifest. */
const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/;
function registryBaseUrl(registry) {
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    return `${LOOPBACK_HOST.test(host) ? 'http' : 'https'}://${host}`;
}
class RegistryClient {
    tokens = new Map();
    requestCount = 0;
    /** The digest the tag points to now (the index for multi-platform images). */
    async resolveDigest(ref) {
        const reference = ref.tag ?? 'latest';
        const url = `${registryBaseUrl(ref.registry)}/v2/${ref.repository}/manifests/${encodeURIComponent(reference)}`;
        let response = await this.request('HEAD', url, ref);
        if (response.status === 405 || (response.ok && !response.headers.get('docker-content-digest'))) {
            // Some registries do not answer HEAD or omit the header: hash the manifest ourselves.
            response = await this.request('GET', url, ref);
            if (response.ok && !response.headers.get('docker-content-digest')) {
                const body = new Uint8Array(await response.arrayBuffer());
                return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
            }
        }
        if (!response.ok)
            throw new Error(`${ref.raw}: the registry answered ${response.status} for ${url}`);
        const digest = response.headers.get('docker-content-digest') ?? '';
        if (!IMAGE_DIGEST.test(digest))
            throw new Error(`${ref.raw}: the registry gave no sha256 digest (got "${digest}")`);
        return digest;
    }
    async request(method, url, ref) {
        const key = `${ref.registry}/${ref.repository}`;
        const send = () => {
            this.requestCount++;
            const headers = {
                accept: MANIFEST_ACCEPT,
                'user-agent': 'paved-road-verify-pinned-tools',
            };
            const token = this.tokens.get(key);
            if (token)
                headers.authorization = `Bearer ${token}`;
            return fetch(url, { method, headers, signal: AbortSignal.timeout(30_000) });
        };
        let response = await send();
        if (response.status !== 401)
            return response;
        const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
        if (!challenge || challenge.scheme !== 'bearer' || !challenge.params.realm)
            return response;
        const tokenUrl = new URL(challenge.params.realm);
        if (tokenUrl.protocol !== 'https:' && !(tokenUrl.protocol === 'http:' && LOOPBACK_HOST.test(tokenUrl.host))) {
            throw new Error(`${ref.raw}: the registry's token realm ${challenge.params.realm} is not https`);
        }
        if (challenge.params.service)
            tokenUrl.searchParams.set('service', challenge.params.service);
        tokenUrl.searchParams.set('scope', challenge.params.scope ?? `repository:${ref.repository}:pull`);
        this.requestCount++;
        const tokenResponse = await fetch(tokenUrl, { signal: AbortSignal.timeout(30_000) });
        if (!tokenResponse.ok)
            throw new Error(`${ref.raw}: the registry's token service answered ${tokenResponse.status}`);
        const body = (await tokenResponse.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new Error(`${ref.raw}: the registry's token service returned no token`);
        this.tokens.set(key, token);
        response = await send();
        return response;
    }
}
/** `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"`. */
function parseChallenge(header) {
    const match = /^\s*(\w+)\s+(.*)$/.exec(header);
    if (!match)
        return undefined;
    const params = {};
    for (const m of match[2].matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g))
        params[m[1].toLowerCase()] = m[2] ?? m[3] ?? '';
    return { scheme: match[1].toLowerCase(), params };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/pinning/src/tools.ts
// The tools manifest, the paved-road replacement for `curl | sh`: each tool's version and, per
// platform, an https url and the sha256 of the file. A listed tool is downloaded into memory, its
// length and sha256 checked, and only then written to the tool cache and put on PATH. A cached copy
// from an earlier run is re-hashed before it is trusted. Any mismatch fails closed.






const DEFAULT_TOOLS_MANIFEST = '.github/pinned-tools.yml';
/** Largest tool file accepted: a bound on memory, since the file is hashed before it is written. */
const MAX_TOOL_BYTES = 512 * 1024 * 1024;
/** This machine's platform key: Node's `process.platform-process.arch`. */
function currentPlatform() {
    return `${process.platform}-${process.arch}`;
}
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
/** https, or http to a loopback host (a local mirror); anything else cannot be trusted in transit. */
function acceptableUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return false;
    }
    if (parsed.protocol === 'https:')
        return true;
    return parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname);
}
/** Reads and checks the manifest; undefined when it does not exist and was not named by the user. */
function readToolsManifest(file, workspace, required) {
    const absolute = (0,external_node_path_.resolve)(workspace, file);
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        if (!required)
            return undefined;
        throw new errors/* ConfigurationError */.j1('missing-file', `The tools manifest ${file} does not exist.`, { file }, 'Create it or correct tools-manifest.');
    }
    const text = (0,src_files/* readTextFile */.Gu)(absolute, { displayName: file, kind: 'tools manifest', workspace });
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const firstError = document.errors[0];
    if (firstError) {
        const pos = lineCounter.linePos(firstError.pos[0]);
        throw new errors/* ConfigurationError */.j1('invalid-yaml', `${file} is not valid YAML: ${(0,errors/* yamlReason */.ck)(firstError.message)}`, { file, line: pos.line, column: pos.col }, 'Fix the YAML.');
    }
    const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
    const root = document.contents;
    const toolsNode = (0,dist/* isMap */.jh)(root) ? root.get('tools', true) : undefined;
    if (!(0,dist/* isSeq */.oP)(toolsNode)) {
        throw new errors/* ConfigurationError */.j1('invalid-tools-manifest', `${file} must have a "tools:" list.`, { file, line: lineOf(root) }, 'Write tools: [{name, version, platforms: {linux-x64: {url, sha256}}}].');
    }
    const findings = [];
    const problem = (line, message) => {
        findings.push({ rule: toolNotPinnedRule.id, severity: 'error', message, file, line, column: 1 });
    };
    const tools = [];
    for (const item of toolsNode.items) {
        const line = lineOf(item);
        if (!(0,dist/* isMap */.jh)(item)) {
            problem(line, 'A tool entry must be a mapping with name, version and platforms.');
            continue;
        }
        const text = (key) => {
            const value = item.get(key, true);
            return (0,dist/* isScalar */.jn)(value) && value.value !== null && value.value !== '' ? String(value.value) : undefined;
        };
        const name = text('name');
        const version = text('version');
        if (!name) {
            problem(line, 'A tool has no name.');
            continue;
        }
        if (!/^[A-Za-z0-9][\w.+-]*$/.test(name)) {
            problem(line, `Tool name "${name}" may only use letters, digits, ".", "_", "+" and "-".`);
            continue;
        }
        if (!version || !/^[\w.+-]+$/.test(version) || version === 'latest') {
            problem(line, `Tool ${name} needs an exact version (not "${version ?? ''}").`);
            continue;
        }
        const platformsNode = item.get('platforms', true);
        if (!(0,dist/* isMap */.jh)(platformsNode) || !platformsNode.items.length) {
            problem(line, `Tool ${name} lists no platforms (each with url and sha256).`);
            continue;
        }
        const platforms = new Map();
        for (const pair of platformsNode.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            const value = pair.value;
            const pline = lineOf(pair.key ?? value);
            if (!(0,dist/* isMap */.jh)(value)) {
                problem(pline, `Tool ${name} platform ${key} must have url and sha256.`);
                continue;
            }
            const get = (k) => {
                const v = value.get(k, true);
                return (0,dist/* isScalar */.jn)(v) && v.value !== null ? String(v.value).trim() : undefined;
            };
            const url = get('url');
            const sha256 = get('sha256')?.toLowerCase();
            if (!url || !acceptableUrl(url)) {
                problem(pline, `Tool ${name} ${key}: url must be https (http only to a loopback host), got "${url ?? ''}".`);
                continue;
            }
            if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256)) {
                problem(pline, `Tool ${name} ${key}: sha256 must be 64 hexadecimal characters.`);
                continue;
            }
            const file = get('file') ?? decodeURIComponent(new URL(url).pathname.split('/').pop() || name);
            if (!/^[\w.+-]+$/.test(file)) {
                problem(pline, `Tool ${name} ${key}: file name "${file}" may only use letters, digits, ".", "_", "+" and "-".`);
                continue;
            }
            platforms.set(key, { url, sha256, file, line: pline });
        }
        if (platforms.size)
            tools.push({ name, version, platforms, line });
    }
    return { file, tools, findings };
}
/** Verifies (and when needed downloads) every tool for this platform. */
async function installTools(options) {
    const manifest = readToolsManifest(options.manifest, options.workspace, options.required);
    const outcome = { verified: [], findings: [], paths: [] };
    if (!manifest)
        return outcome;
    outcome.findings.push(...manifest.findings);
    const platform = options.platform ?? currentPlatform();
    for (const tool of manifest.tools) {
        const entry = tool.platforms.get(platform) ?? tool.platforms.get('any');
        if (!entry) {
            options.log(`${tool.name} ${tool.version}: no entry for ${platform} in ${manifest.file}; skipped.`);
            continue;
        }
        const dir = (0,external_node_path_.join)(options.toolCache, tool.name, tool.version, platform);
        const target = (0,external_node_path_.join)(dir, entry.file);
        const mismatch = (message) => {
            outcome.findings.push({
                rule: toolChecksumMismatchRule.id,
                severity: 'error',
                message,
                file: manifest.file,
                line: entry.line,
                column: 1,
            });
        };
        if ((0,external_node_fs_.existsSync)(target)) {
            // Already in the cache: trusted only if it still hashes to the pin.
            const hash = (0,external_node_crypto_.createHash)('sha256');
            await (0,src_files/* hashRegularFile */.vF)(target, [hash], { kind: 'cached tool' });
            const actual = hash.digest('hex');
            if (actual !== entry.sha256) {
                mismatch(`${tool.name} ${tool.version}: the cached file ${target} has sha256 ${actual}, not the pinned ${entry.sha256}; it is not put on PATH.`);
                continue;
            }
        }
        else {
            let bytes;
            try {
                bytes = await download(entry.url);
            }
            catch (error) {
                mismatch(`${tool.name} ${tool.version}: ${error.message}; nothing was installed.`);
                continue;
            }
            const actual = sha256(bytes);
            if (actual !== entry.sha256) {
                mismatch(`${tool.name} ${tool.version}: ${entry.url} has sha256 ${actual}, not the pinned ${entry.sha256} (${bytes.length} bytes); nothing was written.`);
                continue;
            }
            (0,src_files/* writeFileAtomic */.Zf)(target, bytes, { createDirectory: true });
            (0,external_node_fs_.chmodSync)(target, 0o755);
        }
        options.log(`${tool.name} ${tool.version}: sha256 ${entry.sha256} verified; ${dir} added to PATH.`);
        outcome.verified.push({ name: tool.name, version: tool.version, platform, sha256: entry.sha256, path: target });
        if (!outcome.paths.includes(dir))
            outcome.paths.push(dir);
    }
    return outcome;
}
/** The whole body, refusing a short read (Content-Length not met) and anything over the size cap. */
async function download(url) {
    let response;
    try {
        response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(300_000) });
    }
    catch (error) {
        throw new Error(`download of ${url} failed (${error.message})`, { cause: error });
    }
    if (!response.ok)
        throw new Error(`download of ${url} failed with HTTP ${response.status}`);
    // A redirect must not downgrade to plain http off the loopback.
    if (!acceptableUrl(response.url || url))
        throw new Error(`download of ${url} was redirected to ${response.url}, which is not https`);
    const declared = response.headers.get('content-length');
    if (declared !== null && Number(declared) > MAX_TOOL_BYTES)
        throw new Error(`${url} is ${declared} bytes, over the ${MAX_TOOL_BYTES}-byte limit`);
    const chunks = [];
    let total = 0;
    try {
        for await (const chunk of response.body ?? []) {
            total += chunk.length;
            if (total > MAX_TOOL_BYTES)
                throw new Error(`${url} is over the ${MAX_TOOL_BYTES}-byte limit`);
            chunks.push(chunk);
        }
    }
    catch (error) {
        throw new Error(`download of ${url} was cut off after ${total} bytes (${error.message})`, {
            cause: error,
        });
    }
    if (declared !== null && total !== Number(declared))
        throw new Error(`download of ${url} was truncated: ${total} of ${declared} bytes`);
    return Buffer.concat(chunks);
}
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(46940);
;// CONCATENATED MODULE: ./packages/pinning/src/fix.ts
// Auto-pin: every unpinned `uses:` becomes `owner/repo@<commit> # <most specific tag>`, every
// unpinned image written whole `name:tag@sha256:<digest>`: literal values, matrix entries used as
// the whole image (`${{ matrix.image }}`), a Dockerfile ARG default used as `FROM ${BASE}`. Edits are splices at the exact positions the
// audit found, so formatting, quoting, comments and CRLF stay as they were; files are written
// atomically. Pinned values are left alone, so a second run changes nothing.







async function autoPin(files, options) {
    const outcome = { fixedFiles: [], diffs: [], notes: [] };
    const github = options.github;
    const registry = options.registry ?? new RegistryClient();
    const refCache = new Map();
    const digestCache = new Map();
    for (const audited of files) {
        if (audited.invalid) {
            // An edit cannot be checked against a file that does not parse as a whole.
            if (audited.audit.pins.some((pin) => !pin.pinned))
                outcome.notes.push(`${audited.file}: not pinned: the file is not a valid workflow (see invalid-workflow).`);
            continue;
        }
        const edits = [];
        const lineStarts = [0];
        for (let i = 0; i < audited.text.length; i++)
            if (audited.text.charCodeAt(i) === 10)
                lineStarts.push(i + 1);
        for (const pin of audited.audit.pins) {
            if (pin.pinned || pin.allowed || isSlsaGeneratorWorkflow(pin.uses) || pin.uses.ref.includes('${{'))
                continue;
            if (!github) {
                outcome.notes.push(`${pin.file}:${pin.line}: ${pin.value} not pinned: no GitHub API access.`);
                continue;
            }
            const key = `${pin.uses.repository.toLowerCase()}@${pin.uses.ref}`;
            let resolved = refCache.get(key);
            if (!resolved) {
                resolved = resolveRef(github, pin.uses.repository, pin.uses.ref);
                refCache.set(key, resolved);
            }
            let target;
            try {
                target = await resolved;
            }
            catch (error) {
                outcome.notes.push(`${pin.file}:${pin.line}: ${pin.value} not pinned: ${error.message}.`);
                continue;
            }
            if (!target) {
                outcome.notes.push(`${pin.file}:${pin.line}: ${pin.value} not pinned: ${pin.uses.ref} is neither a tag nor a branch of ${pin.uses.repository}.`);
                continue;
            }
            const edit = usesEdit(audited.text, lineStarts, pin, target);
            if (edit)
                edits.push(edit);
            else
                outcome.notes.push(`${pin.file}:${pin.line}: ${pin.value} not pinned: the value could not be located in the text.`);
        }
        for (const image of audited.audit.images) {
            if (image.pinned)
                continue;
            if (!image.offsets.length) {
                if (image.unfixable)
                    outcome.notes.push(`${image.file}:${image.line}: image ${image.value} not pinned: ${image.unfixable}.`);
                continue;
            }
            const ref = parseImageReference(image.value);
            if (!ref || ref.digest !== undefined)
                continue;
            const shortName = `${ref.registry === 'docker.io' ? '' : `${ref.registry}/`}${ref.repository.replace(/^library\//, '')}`;
            if ((options.allow ?? []).some((p) => matchesPattern(p, shortName) || matchesPattern(p, image.value)))
                continue;
            let digest = digestCache.get(image.value);
            if (!digest) {
                digest = registry.resolveDigest(ref);
                digestCache.set(image.value, digest);
            }
            try {
                const value = await digest;
                for (const offset of image.offsets)
                    edits.push({ start: offset, end: offset + image.value.length, text: `${image.value}@${value}` });
            }
            catch (error) {
                outcome.notes.push(`${image.file}:${image.line}: image ${image.value} not pinned: ${error.message}.`);
            }
        }
        if (!edits.length)
            continue;
        const text = applyEdits(audited.text, edits);
        if (text === audited.text)
            continue;
        outcome.fixedFiles.push(audited.file);
        if (options.write) {
            (0,src_files/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(options.workspace, audited.file), text, {
                displayName: audited.file,
                workspace: options.workspace,
                keepBom: true,
            });
        }
        else
            outcome.diffs.push((0,create/* createTwoFilesPatch */.ss)(`a/${audited.file}`, `b/${audited.file}`, audited.text, text, '', '', { context: 3 }));
    }
    for (const note of outcome.notes)
        options.log(note);
    return outcome;
}
/** A full commit SHA as the fixer writes it. */
const COMMIT_SHA = /^[0-9a-f]{40}$/;
/**
 * A tag name the fixer may write into a comment: one line of the characters tags are made of (git
 * allows more, but a comment carrying `\n- run: ...` must never reach a workflow).
 */
const TAG_NAME = /^[A-Za-z0-9][A-Za-z0-9._+/-]{0,199}$/;
/**
 * Whether a tag names the ref the workflow asked for: the ref itself, or a more precise version of
 * it (`v4` -> `v4.2.2`, `v1.2` -> `v1.2.3`). Another tag at the same commit says nothing about what
 * the workflow meant, and is not written.
 */
function tagMatchesRef(tag, ref) {
    return TAG_NAME.test(tag) && (tag === ref || tag.startsWith(`${ref}.`) || tag.startsWith(`${ref}-`));
}
/**
 * The commit a tag or branch names now, and the most specific tag at that commit that matches the
 * ref (the ref itself when none does). What the API answers is checked before anything is written:
 * a SHA that is not 40 lower-case hex digits, or a tag name at that commit that is not one line of
 * tag characters, refuses the pin (an Error, reported as a one-line note: nothing written).
 */
async function resolveRef(github, repo, ref) {
    let sha;
    try {
        // The commits endpoint resolves tags (annotated ones peeled), branches and short SHAs alike.
        sha = (await github.get(`/repos/${repo}/commits/${encodeURIComponent(ref)}`)).sha;
    }
    catch (error) {
        if (error instanceof GitHubError && (error.reason === 'not-found' || error.reason === 'unprocessable'))
            return undefined;
        throw error;
    }
    if (typeof sha !== 'string' || !COMMIT_SHA.test(sha))
        throw new Error('the GitHub API answered a commit that is not a 40-character lower-case hex SHA; nothing written');
    const { items } = await github.getPages(`/repos/${repo}/tags`, 3);
    const names = items.filter((t) => t.commit?.sha === sha).map((t) => t.name);
    // An answer no git server gives (a name over several lines, not a string) taints the whole answer.
    if (names.some((name) => typeof name !== 'string' || !TAG_NAME.test(name)))
        throw new Error('the GitHub API answered a tag name that is not a single-line tag name; nothing written');
    const tag = mostSpecificTag(names.filter((name) => tagMatchesRef(name, ref)), ref) ?? ref;
    if (!TAG_NAME.test(tag))
        throw new Error(`the ref ${JSON.stringify(ref)} is not a tag or branch name; nothing written`);
    return { sha, tag };
}
/** Among tags at one commit: prefer those extending the ref the user wrote (v4 -> v4.2.2), then the most components. */
function mostSpecificTag(tags, ref) {
    if (!tags.length)
        return undefined;
    const score = (tag) => [
        tag === ref || tag.startsWith(`${ref}.`) ? 1 : 0,
        versionOf(tag) ? 1 : 0,
        tag.split(/[.-]/).length,
        tag,
    ];
    return [...tags].sort((a, b) => {
        const x = score(a);
        const y = score(b);
        return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || (x[3] < y[3] ? 1 : x[3] > y[3] ? -1 : 0);
    })[0];
}
function usesEdit(text, lineStarts, pin, target) {
    const lineStart = lineStarts[pin.line - 1];
    if (lineStart === undefined)
        return undefined;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1)
        lineEnd = text.length;
    if (text[lineEnd - 1] === '\r')
        lineEnd--;
    const line = text.slice(lineStart, lineEnd);
    const valueAt = line.indexOf(pin.value, pin.column - 1);
    if (valueAt === -1)
        return undefined;
    const refAt = valueAt + pin.value.lastIndexOf('@') + 1;
    let after = valueAt + pin.value.length;
    if (line[after] === '"' || line[after] === "'")
        after++;
    const rest = line.slice(after);
    const comment = /^(\s*)#\s?(.*)$/.exec(rest);
    let tail;
    if (comment) {
        const old = comment[2].trim();
        const keep = versionOf(old) !== undefined || old === pin.uses.ref ? '' : ` ${old}`;
        tail = ` # ${target.tag}${keep}`;
    }
    else {
        // Only a comment may follow on the line; in a flow mapping (`{uses: a/b@v1}`) leave the rest as is.
        tail = rest.trim() === '' ? ` # ${target.tag}` : rest;
    }
    const newLine = `${line.slice(0, refAt)}${target.sha}${line.slice(valueAt + pin.value.length, after)}${tail}`;
    return { start: lineStart, end: lineEnd, text: newLine.replace(/\s+$/, '') };
}
/** Applies non-overlapping edits (an image on a line already rewritten for `uses:` is skipped). */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    let out = '';
    let cursor = 0;
    for (const edit of sorted) {
        if (edit.start < cursor)
            continue;
        out += text.slice(cursor, edit.start) + edit.text;
        cursor = edit.end;
    }
    return out + text.slice(cursor);
}

// EXTERNAL MODULE: ./packages/core/src/command.ts
var command = __webpack_require__(72437);
// EXTERNAL MODULE: ./packages/core/src/policy.ts
var src_policy = __webpack_require__(70608);
// EXTERNAL MODULE: ./packages/core/src/audit.ts
var audit = __webpack_require__(99767);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(96875);
// EXTERNAL MODULE: ./packages/core/src/report/summary.ts
var summary = __webpack_require__(60631);
;// CONCATENATED MODULE: ./packages/pinning/src/command.ts










const COMMAND_NAME = 'verify-pinned-tools';
/** What `paths` means when not given: workflows, every action.y*ml, Dockerfiles and scripts under .github. */
const DEFAULT_PATHS = [
    '.github/workflows/*.yml',
    '.github/workflows/*.yaml',
    '**/action.yml',
    '**/action.yaml',
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.Dockerfile',
    '.github/**/*.sh',
    '.github/**/*.bash',
];
const RULES = [...pinningRules, (0,src/* invalidWorkflowRule */.RX)('verify-pinned-tools')];
/** How a path is audited, from its name. */
function fileKind(file) {
    const name = (0,external_node_path_.basename)(file);
    if (/^Dockerfile(\..+)?$/i.test(name) || /\.Dockerfile$/i.test(name) || /^Containerfile$/i.test(name))
        return 'dockerfile';
    if (/\.(sh|bash)$/i.test(name))
        return 'shell';
    return 'workflow';
}
/**
 * Whether a file found under a directory argument is one this command reads: YAML (workflows and
 * action.yml), a Dockerfile, a shell script. A README, a `.ps1` or a key next to them is never parsed.
 */
function isAuditedName(file) {
    return fileKind(file) !== 'workflow' || /\.ya?ml$/i.test(file);
}
const verifyPinnedToolsCommand = (0,command/* defineCommand */.N)({
    name: COMMAND_NAME,
    description: 'Proves that every action, reusable workflow, container image and downloaded tool is pinned to an immutable digest that really belongs to its source, and pins what is not.',
    inputs: [
        {
            name: 'paths',
            description: 'Files to audit: globs, one per line (`!pattern` excludes). Default: .github/workflows/*.y*ml, every action.y*ml, every Dockerfile, and shell scripts under .github.',
            positional: true,
        },
        {
            name: 'online',
            description: 'Check SHA pins against the GitHub API (version comments, impostor commits) and audit every uses: online (archived, ambiguous refs, untagged commits, advisories): auto (when a token is available), true or false.',
            default: 'auto',
        },
        {
            name: 'github-token',
            description: 'Token for the GitHub API (read access to the repositories of the actions used).',
            default: '',
            secret: true,
        },
        {
            name: 'fix',
            description: 'false: report only; true: pin actions to commit SHAs and images to digests in place; diff: print the change as a unified diff and write nothing.',
            default: 'false',
        },
        {
            name: 'tools-manifest',
            description: 'The tools manifest: tools with version, and per platform an https url and a sha256. Listed tools are downloaded, verified and put on PATH.',
            default: DEFAULT_TOOLS_MANIFEST,
        },
        {
            name: 'allow',
            description: 'Patterns of actions or images that may use a tag or branch (`my-org/*`, `ghcr.io/my-org/**`), one per line.',
            default: '',
        },
        {
            name: 'fail-on',
            description: 'The least severity that fails the run: error, warning, note or never.',
            default: 'error',
        },
        {
            name: 'sarif-file',
            description: 'Where to write the SARIF 2.1.0 report. Default: $RUNNER_TEMP/verify-pinned-tools.sarif.',
            default: '',
        },
        {
            name: 'policy',
            description: 'The paved-road policy file (exceptions, allowed pins).',
            default: src_policy/* DEFAULT_POLICY_FILE */.mY,
        },
        { name: 'show-summary', description: 'Write the findings to the job summary.', default: 'true' },
    ],
    outputs: [
        ...audit/* AUDIT_OUTPUTS */.jj,
        {
            name: 'fixed-files',
            description: 'Files the fix changed (fix: true) or would change (fix: diff), one per line.',
        },
        {
            name: 'verified-tools',
            description: 'Tools from the manifest downloaded and verified, as name@version, one per line.',
        },
    ],
    rules: RULES,
    parse(inputs, context) {
        const token = inputs.get('github-token') || context.env.GITHUB_TOKEN || context.env.GH_TOKEN || '';
        const online = (0,src_inputs/* parseChoice */.HU)('online', inputs.get('online'), ['auto', 'true', 'false'], 'auto');
        if (online === 'true' && !token) {
            throw new errors/* ConfigurationError */.j1('invalid-input', 'online: true needs a GitHub token, and none was given.', undefined, 'Set github-token (or GITHUB_TOKEN), or use online: auto.');
        }
        return {
            paths: inputs.getList('paths'),
            online: online === 'true' || (online === 'auto' && token !== ''),
            onlineRequested: online !== 'false',
            onlineRequired: online === 'true',
            ...(token ? { githubToken: token } : {}),
            toolsManifest: inputs.get('tools-manifest') || DEFAULT_TOOLS_MANIFEST,
            toolsManifestRequired: inputs.isSet('tools-manifest'),
            allow: (0,src_inputs/* parseList */.E1)(inputs.getList('allow'), { commas: true }),
            ...(0,audit/* parseAuditInputs */.aV)(inputs, context, 'verify-pinned-tools'),
        };
    },
    async run(options, context) {
        const policy = (0,src_policy/* loadPolicy */.tb)(options.policy, { workspace: context.workspace, required: options.policyRequired });
        const policyAllow = policyList(policy?.section(COMMAND_NAME)?.allow, policy?.file);
        const allow = [...options.allow, ...policyAllow];
        // The advisory snapshot for known-vulnerable-actions offline; read (and checked) whenever named.
        const advisoriesFile = (0,src_policy/* policyString */.Yk)(policy, COMMAND_NAME, 'advisories-file');
        const advisories = advisoriesFile
            ? readAdvisoriesFile((0,external_node_path_.resolve)(context.workspace, advisoriesFile), advisoriesFile, context.workspace)
            : undefined;
        const files = (0,src_files/* expandPaths */.pR)(options.paths, {
            cwd: context.workspace,
            defaults: DEFAULT_PATHS,
            inDirectory: isAuditedName,
        });
        if (!files.length && options.paths.length) {
            throw new errors/* ConfigurationError */.j1('no-files', `No file matches ${options.paths.join(', ')}.`, undefined, 'Check the paths input.');
        }
        // Without a token the API still answers (60 requests an hour): enough for a small auto-pin.
        const client = new GitHubClient({
            apiUrl: context.apiUrl,
            env: context.env,
            ...(options.githubToken ? { token: options.githubToken } : {}),
        });
        let audited = auditFiles(files, context, allow);
        // Auto-pin first, so the report describes the files as they are afterwards.
        let fix;
        if (options.fix !== 'false') {
            fix = await autoPin(audited, {
                workspace: context.workspace,
                write: options.fix === 'true',
                github: client,
                allow,
                log: (m) => context.log(m),
            });
            if (options.fix === 'true' && fix.fixedFiles.length)
                audited = auditFiles(files, context, allow);
            if (options.fix === 'diff')
                for (const diff of fix.diffs)
                    context.log(diff.trimEnd());
        }
        const findings = audited.flatMap((a) => a.audit.findings);
        const pins = audited.flatMap((a) => a.audit.pins);
        // Online checks of SHA pins.
        let verifiedPins = 0;
        const shaPins = pins.filter((p) => p.pinned);
        if (options.online) {
            const verifier = new PinVerifier(client);
            const online = await verifier.verify(shaPins);
            const audits = await verifier.auditUses(pins);
            if (options.onlineRequired && pins.length && client.answeredCount === 0 && client.firstFailure) {
                // Every pin would pass unchecked: online: true asked for the checks, so the run fails.
                throw new errors/* ConfigurationError */.j1('online-unavailable', `online: true, but none of the ${pins.length} uses: references could be checked: ${client.firstFailure.message}.`, undefined, 'Check the network, the proxy (HTTPS_PROXY, NO_PROXY), GITHUB_API_URL and the token, or use online: auto.');
            }
            for (const finding of mergeUnverified(online.findings, audits))
                findings.push(finding);
            verifiedPins = online.verified;
            context.debug(`verify-pinned-tools: ${online.requests} GitHub API requests for ${shaPins.length} pins`);
        }
        else {
            if (options.onlineRequested)
                for (const pin of shaPins)
                    findings.push(unverified(pin, 'no GitHub token was available (online: auto)'));
            if (advisories)
                findings.push(...offlineAdvisoryFindings(pins, advisories, advisoriesFile));
        }
        // Tools manifest.
        const tools = await installTools({
            manifest: options.toolsManifest,
            required: options.toolsManifestRequired,
            workspace: context.workspace,
            toolCache: context.env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)(context.tempDir, 'paved-road-tools'),
            env: context.env,
            log: (m) => context.log(m),
        });
        findings.push(...tools.findings);
        const sources = new Map(audited.map((a) => [a.file, a.text]));
        const result = (0,audit/* finishAudit */.ls)({
            command: COMMAND_NAME,
            findings,
            rules: RULES,
            ...(policy ? { policy } : {}),
            now: context.now,
            failOn: options.failOn,
            readSource: (file) => sources.get(file) ?? safeRead((0,external_node_path_.resolve)(context.workspace, file), context.workspace),
            files: audited.map((a) => a.file),
            sarifFile: options.sarifFile,
            summaryTitle: COMMAND_NAME,
            summarySections: [
                pinsSection(pins, audited.flatMap((a) => a.audit.images), verifiedPins, options.online, options.onlineRequested ? 'no GitHub token, online: auto' : 'online: false', !options.online && advisoriesFile ? advisoriesFile : undefined),
                ...(tools.verified.length ? [toolsSection(tools)] : []),
                ...(fix ? [fixSection(options.fix, fix)] : []),
            ],
            json: {
                pins: { total: pins.length, pinned: shaPins.length, verified: verifiedPins },
                tools: tools.verified,
                ...(fix ? { fixed: fix.fixedFiles } : {}),
                ...(options.fix === 'diff' && fix ? { diff: fix.diffs.join('') } : {}),
            },
            outputs: {
                'fixed-files': (fix?.fixedFiles ?? []).join('\n'),
                'verified-tools': tools.verified.map((t) => `${t.name}@${t.version}`).join('\n'),
            },
        });
        if (!options.showSummary)
            delete result.summary;
        if (tools.paths.length)
            result.addPaths = tools.paths;
        if (options.fix === 'diff' && fix?.diffs.length)
            result.text = fix.diffs.join('');
        return result;
    },
});
/** Reads and audits each file; unreadable or malformed files become findings, not crashes. */
function auditFiles(files, context, allow) {
    return files.map((file) => {
        const kind = fileKind(file);
        const absolute = (0,external_node_path_.resolve)(context.workspace, file);
        if (kind === 'workflow') {
            const wf = (0,src/* loadWorkflowPath */.Hy)(absolute, file, { validate: false, workspace: context.workspace });
            const audit = auditWorkflow(wf, { allow });
            if (!wf.errors.length)
                return { file, text: wf.text, kind, audit };
            // What parsed is still audited; the file is never rewritten (see autoPin).
            return {
                file,
                text: wf.text,
                kind,
                invalid: true,
                audit: { ...audit, findings: [...(0,src/* invalidWorkflowFindings */.nK)(wf), ...audit.findings] },
            };
        }
        let text;
        try {
            text = (0,src_files/* readTextFile */.Gu)(absolute, {
                displayName: file,
                kind: kind === 'dockerfile' ? 'Dockerfile' : 'script',
                workspace: context.workspace,
            });
        }
        catch (error) {
            if (!(0,errors/* isConfigurationError */.p0)(error))
                throw error;
            const finding = {
                rule: src/* INVALID_WORKFLOW */.cf,
                severity: 'error',
                message: error.message,
                file,
                line: error.location?.line ?? 1,
                column: 1,
            };
            return { file, text: '', kind, audit: { findings: [finding], pins: [], images: [] } };
        }
        return {
            file,
            text,
            kind,
            audit: kind === 'dockerfile' ? auditDockerfile(file, text, { allow }) : auditShellFile(file, text),
        };
    });
}
function unverified(pin, why) {
    return {
        rule: pinUnverifiedRule.id,
        severity: 'note',
        message: `${pin.value} was not verified online: ${why}.`,
        file: pin.file,
        line: pin.line,
        column: pin.column,
        ...(pin.job ? { job: pin.job } : {}),
        ...(pin.step ? { step: pin.step } : {}),
    };
}
function policyList(value, file) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        throw new errors/* ConfigurationError */.j1('invalid-policy', `${COMMAND_NAME}.allow in the policy must be a list of patterns.`, file ? { file } : undefined, 'Write allow: [pattern, ...].');
    }
    return value;
}
function safeRead(path, workspace) {
    try {
        return (0,src_files/* readTextFile */.Gu)(path, { workspace });
    }
    catch {
        return undefined;
    }
}
function pinsSection(pins, images, verified, online, onlineWhy, offlineAdvisories) {
    const pinned = pins.filter((p) => p.pinned).length;
    const imagesPinned = images.filter((i) => i.pinned).length;
    return [
        '### Pins',
        '',
        '| What | Total | Pinned | Verified online |',
        '| --- | --- | --- | --- |',
        `| Actions and reusable workflows | ${pins.length} | ${pinned} | ${online ? verified : 'not checked'} |`,
        `| Container images | ${images.length} | ${imagesPinned} | not applicable |`,
        '',
        online
            ? `Online audits of uses: ${ONLINE_AUDITS.join(', ')}.`
            : `Online audits of uses (${ONLINE_AUDITS.join(', ')}): not run (${onlineWhy}).${offlineAdvisories ? ` known-vulnerable-actions ran offline, from ${(0,summary/* escapeMarkdown */.FV)(offlineAdvisories)}.` : ''}`,
    ].join('\n');
}
function toolsSection(tools) {
    return [
        '### Verified tools',
        '',
        '| Tool | Version | sha256 |',
        '| --- | --- | --- |',
        ...tools.verified.map((t) => `| ${(0,summary/* escapeMarkdown */.FV)(t.name)} | ${(0,summary/* escapeMarkdown */.FV)(t.version)} | \`${t.sha256}\` |`),
    ].join('\n');
}
function fixSection(mode, fix) {
    const verb = mode === 'diff' ? 'Would change' : 'Changed';
    return [
        '### Auto-pin',
        '',
        fix.fixedFiles.length
            ? `${verb}: ${fix.fixedFiles.map((f) => `\`${(0,summary/* escapeMarkdown */.FV)(f)}\``).join(', ')}`
            : 'Nothing to change.',
        ...fix.notes.map((n) => `- ${(0,summary/* escapeMarkdown */.FV)(n)}`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/pinning/src/index.ts













/***/ })

};
