/**
 * What publishing and deploying commands of `run:` steps can do with the job's rights, each read from
 * the tool's own documentation (`source`). A right a command may use (an OIDC token for trusted
 * publishing or provenance, a push with the persisted credentials) is kept where it is granted and
 * never added: whether the project uses it is decided by files the audit does not read.
 */
import type { Level, Scope } from './types.js';

export interface CommandKnowledge {
  /** How the command is named in notes: `npm publish`. */
  command: string;
  /** Program names (the base name of the first word). */
  programs: readonly string[];
  /** The first positional words (options skipped) must be these. */
  words: readonly string[];
  /** At least one of these options must be given (`--push`). */
  anyOption?: readonly string[];
  /** The first positional word must not be one of these (`goreleaser check`). */
  notWords?: readonly string[];
  /** One line: what it does. */
  summary: string;
  /** It may request an OIDC token (trusted publishing, provenance, keyless signing): why. */
  oidc?: string;
  /** It pushes with git, so it uses the credentials actions/checkout persisted. */
  pushes?: string;
  /** What it does with the GITHUB_TOKEN when the step hands it over (`GITHUB_TOKEN`, `GH_TOKEN`). */
  withToken?: readonly { scope: Scope; level: Level; reason: string }[];
  /** Where this was read. */
  source: string;
}

const NPM_OIDC =
  'may publish by npm trusted publishing (npm 11.5.1+ exchanges an OIDC token, no flag) or sign provenance';

export const COMMAND_KNOWLEDGE: readonly CommandKnowledge[] = [
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
  ...['deploy', 'set-default', 'alias', 'retitle', 'delete'].map((word): CommandKnowledge => ({
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
  ].map(([program, ...words]): CommandKnowledge => ({
    command: `${program} ${words.join(' ')}`,
    programs: [program!],
    words,
    summary: 'Pushes an image with the credentials of an earlier login.',
    oidc: 'a registry login earlier in the job (cloud OIDC, ghcr.io with the token) is what it pushes with',
    source: 'https://docs.docker.com/reference/cli/docker/image/push/',
  })),
  ...[['buildx', 'build'], ['buildx', 'bake'], ['build']].map((words): CommandKnowledge => ({
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
export const KNOWN_TOOLS: Readonly<Record<string, readonly string[] | true>> = {
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
  ...Object.fromEntries(
    (
      'tsc eslint prettier jest vitest mocha ava tap playwright cypress biome oxlint stylelint markdownlint markdownlint-cli2 ' +
      'pytest tox nox ruff black isort mypy pyright flake8 pylint coverage bandit ' +
      'shellcheck shfmt actionlint yamllint hadolint golangci-lint staticcheck gofmt goimports govulncheck ' +
      'rustup rustc rustfmt gcc g++ cc clang clang++ clang-format clang-tidy cmake ctest ninja meson autoreconf configure ' +
      'javac dotnet-format swiftlint ' +
      'apt apt-get dpkg yum dnf apk brew choco winget snap pacman zypper ' +
      'node-gyp corepack nvm volta asdf mise pyenv rbenv ' +
      'ssh-keygen gpg openssl xz bzip2 7z zstd rsync scp ' +
      'whoami id uname hostname nproc free uptime lscpu ps kill pkill mktemp envsubst tput yes install patch iconv sha1sum ' +
      'syft grype trivy osv-scanner zizmor semgrep gitleaks trufflehog tflint kind pyflakes pycodestyle commitlint ' +
      'security codesign xcrun lipo hdiutil pkgbuild productbuild'
    )
      .split(' ')
      .map((name) => [name, true] as const),
  ),
};
