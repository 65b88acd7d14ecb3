// Release and deploy jobs, in the shapes real projects use (written here after nodejs/node's commit
// queue, npm/cli's and sigstore-js's releases, mkdocs / mike / gh-pages deploys, goreleaser, a
// release script and keyless signing with a CLI of the repository): the fix keeps every right such a
// job may use, says which step and why, and still narrows what no step can use.
import { loadWorkflowFile } from '@paved-road/workflows';
import { audit, combinedFix, fileAudit } from '../src/command.js';
import { COMMAND_KNOWLEDGE, lookupAction } from '../src/knowledge/index.js';
import { analyzeRunScript } from '../src/run.js';
import { permissionFindings } from '../src/rules.js';

const FILE = '.github/workflows/release.yml';

function run(text: string) {
  const wf = loadWorkflowFile(FILE, text);
  expect(wf.errors).toEqual([]);
  const entry = audit(wf, () => undefined, new Map());
  const fix = combinedFix(entry);
  const after = loadWorkflowFile(FILE, fix.text);
  expect(after.errors).toEqual([]);
  const reaudited = audit(after, () => undefined, new Map());
  return { entry, fix, after, findings: permissionFindings(after, reaudited.computed), again: combinedFix(reaudited) };
}

/** The job's permissions after the fix, as `scope: level` (comments dropped). */
function grantOf(text: string, job: string): Record<string, string> {
  const wf = loadWorkflowFile(FILE, text);
  const block = wf.jobs.find((j) => j.id === job)!.permissions;
  return Object.fromEntries([...(block?.scopes ?? new Map())].map(([name, s]) => [name, s.level]));
}

describe('release and deploy jobs keep the rights they may use', () => {
  it('a ./scripts/release.sh job keeps contents, packages and id-token, and its checkout keeps its credentials', () => {
    const text = `name: release
on:
  push:
    tags: ['v*']
permissions: write-all
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - name: Release
        run: ./scripts/release.sh "$GITHUB_REF_NAME"
`;
    const { entry, fix, findings, again } = run(text);
    const need = entry.computed.get('release')!;
    expect(need.explained).toBe(false);
    expect(need.mayUse[0]!.message).toContain('step Release: runs ./scripts/release.sh, a script of the repository');
    // write-all narrows to what the script can reach, never less.
    expect(grantOf(fix.text, 'release')).toEqual({
      contents: 'write',
      'id-token': 'write',
      packages: 'write',
      pages: 'write',
    });
    expect(fix.text).not.toContain('persist-credentials');
    expect(fix.text).toContain(
      '      contents: write # kept: step Release: runs ./scripts/release.sh, a script of the repository (+1 more)\n',
    );
    expect(fix.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^job release: keeps \{contents: write, id-token: write, packages: write, pages: write\}: step Release: runs \.\/scripts\/release\.sh/,
        ),
        'job release: checkout keeps its credentials: step Release: ./scripts/release.sh, a script of the repository.',
      ]),
    );
    // The report after the fix still says so: "No findings" cannot hide kept rights.
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'unknown-action-permissions',
        severity: 'note',
        job: 'release',
        step: 'Release',
        line: 17,
        message: expect.stringContaining(
          'job release keeps {contents: write, id-token: write, packages: write, pages: write}',
        ),
      }),
    ]);
    expect(again.text).toBe(fix.text);
    // The artipacked warning stays, but promises no fix it would not make.
    const artipacked = fileAudit(entry).findings.filter((f) => f.rule === 'artipacked');
    expect(artipacked).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          'Step Release: ./scripts/release.sh, a script of the repository may use them, so the fix leaves this checkout alone',
        ),
      }),
    ]);
    expect(artipacked[0]!.fix).toBeUndefined();
  });

  it('an explicit map: the script keeps what is granted and nothing is added', () => {
    const text = `on: push
permissions: {}
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      packages: write
      id-token: write
      issues: write
    steps:
      - uses: actions/checkout@v5
      - run: make release
`;
    const { fix } = run(text);
    // issues: no step can reach it without the token in its environment.
    expect(grantOf(fix.text, 'release')).toEqual({ contents: 'write', 'id-token': 'write', packages: 'write' });
    expect(fix.notes.join('\n')).toContain('`make release`, a build target of the repository');
  });

  it('without persisted credentials, a script can only use the OIDC token: id-token stays, contents narrows', () => {
    const text = `on: push
permissions: {}
jobs:
  sign:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - name: Sign keyless with the repository's own CLI
        run: go run ./cmd/release-signer sign --keyless dist/*
      - run: ./bin/attest dist/checksums.txt
`;
    const { fix, entry } = run(text);
    expect(grantOf(fix.text, 'sign')).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(entry.computed.get('sign')!.mayUse.map((u) => u.message)).toEqual([
      expect.stringContaining(
        "step Sign keyless with the repository's own CLI: runs `go run`, a subcommand the knowledge base does not know: it can request an OIDC token",
      ),
      expect.stringContaining('runs ./bin/attest, a script of the repository'),
    ]);
  });

  it("npm trusted publishing (npm publish, no --provenance, no token) keeps id-token: write (npm/cli's shape)", () => {
    const text = `on:
  release:
    types: [published]
permissions:
  contents: read
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - uses: actions/setup-node@v5
        with:
          node-version: 24
          registry-url: https://registry.npmjs.org
      - run: npm install -g npm@latest
      - run: npm ci
      - run: npm publish --access public
`;
    const { fix, entry } = run(text);
    expect(grantOf(fix.text, 'publish')).toEqual({ contents: 'read', 'id-token': 'write' });
    const use = entry.computed.get('publish')!.mayUse;
    expect(use).toEqual([
      expect.objectContaining({
        rights: ['id-token'],
        message: expect.stringContaining('runs `npm publish`: may publish by npm trusted publishing'),
      }),
    ]);
    expect(use[0]!.message).toContain('https://docs.npmjs.com/trusted-publishers');
  });

  it("npm/cli's release: a node script of the repository publishes with the token it is given: the job keeps its grant", () => {
    const text = `on: workflow_dispatch
permissions:
  contents: read
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
    steps:
      - uses: actions/checkout@v5
      - run: npm ci
      - name: Publish
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
        run: node scripts/publish.js --tag=latest
`;
    const { fix } = run(text);
    expect(grantOf(fix.text, 'release')).toEqual({ contents: 'write', 'id-token': 'write' });
    expect(fix.notes).toEqual([
      'job release: permissions not changed: 1 use of the token could not be worked out.',
      'job release: checkout keeps its credentials: step Publish: node scripts/publish.js, code the audit does not read.',
    ]);
  });

  it('sigstore-js: changesets/action running `npm run release` with the token keeps the whole grant', () => {
    const text = `name: Release
on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
      id-token: write
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          registry-url: 'https://registry.npmjs.org'
      - run: npm ci
      - name: Create Release Pull Request
        uses: changesets/action@v1
        with:
          publish: npm run release
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`;
    const { fix, entry } = run(text);
    expect(grantOf(fix.text, 'release')).toEqual({ contents: 'write', 'id-token': 'write', 'pull-requests': 'write' });
    expect(entry.computed.get('release')!.unknown[0]!.message).toContain(
      'step Create Release Pull Request (changesets/action) publish: runs `npm` with the GITHUB_TOKEN in its environment',
    );
  });

  it('`changeset publish` (publishConfig.provenance) keeps id-token: write', () => {
    const text = `on: push
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: pnpm install --frozen-lockfile
      - run: pnpm changeset publish
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
`;
    const { fix, entry } = run(text);
    expect(grantOf(fix.text, 'publish')).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(entry.computed.get('publish')!.mayUse[0]!.message).toContain('runs `changeset publish`');
  });

  it.each([
    ['mkdocs gh-deploy --force', 'mkdocs gh-deploy'],
    ['mike deploy --push --update-aliases 1.2 latest', 'mike deploy --push'],
    ['npx gh-pages -d site', 'gh-pages'],
    ['python -m mkdocs gh-deploy', 'mkdocs gh-deploy'],
  ])('docs deploy `%s` needs contents: write and its checkout keeps its credentials', (command, known) => {
    const text = `on: push
permissions: write-all
jobs:
  docs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v6
      - run: pip install mkdocs-material mike
      - name: Deploy
        run: ${command}
`;
    const { fix, entry } = run(text);
    const need = entry.computed.get('docs')!;
    expect(need.scopes.contents).toBe('write');
    expect(need.reasons.contents![0]).toContain(`step Deploy: `);
    expect(need.reasons.contents![0]).toContain(`(${known})`);
    expect(grantOf(fix.text, 'docs').contents).toBe('write');
    expect(fix.text).not.toContain('persist-credentials');
    expect(fix.notes.join('\n')).toContain(`job docs: checkout keeps its credentials: step Deploy: ${known}`);
  });

  it('goreleaser (the action and the CLI) keeps id-token and packages for signing and images', () => {
    const text = `on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  action:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
      packages: write
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - uses: sigstore/cosign-installer@v3
      - uses: goreleaser/goreleaser-action@v6
        with:
          args: release --clean
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
  cli:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
      packages: write
      issues: write
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: goreleaser release --clean
        env:
          GITHUB_TOKEN: \${{ github.token }}
`;
    const { fix, entry } = run(text);
    expect(grantOf(fix.text, 'action')).toEqual({ contents: 'write', 'id-token': 'write', packages: 'write' });
    expect(grantOf(fix.text, 'cli')).toEqual({ contents: 'write', 'id-token': 'write', packages: 'write' });
    expect(entry.computed.get('cli')!.reasons.contents![0]).toContain('creates the GitHub release');
  });

  it("nodejs/node's commit queue: a script pushes with the checkout's (personal) token: persist-credentials is not proposed", () => {
    const text = `name: Commit Queue
on:
  schedule:
    - cron: '*/5 * * * *'
permissions:
  contents: read
jobs:
  commitQueue:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
          token: \${{ secrets.GH_USER_TOKEN }}
      - uses: actions/setup-node@v5
      - run: npm install -g @node-core/utils
      - name: Start the Commit Queue
        run: ./tools/actions/commit-queue.sh \${{ github.repository_owner }} \${{ github.event.repository.name }}
        env:
          GITHUB_TOKEN: \${{ secrets.GH_USER_TOKEN }}
`;
    const { fix, entry } = run(text);
    expect(entry.computed.get('commitQueue')!.gitCredentialsBy).toBe(
      'step Start the Commit Queue: ./tools/actions/commit-queue.sh, a script of the repository',
    );
    expect(fix.text).not.toContain('persist-credentials');
    expect(fix.notes).toContain(
      'job commitQueue: checkout keeps its credentials: step Start the Commit Queue: ./tools/actions/commit-queue.sh, a script of the repository.',
    );
  });

  it('a job on the default token whose script may push is left for a human, with the step named', () => {
    const text = `on: push
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: ./release.sh
`;
    const { fix } = run(text);
    expect(fix.text).not.toContain('permissions');
    expect(fix.notes[0]).toMatch(
      /^job release: permissions not changed: it runs with the default token and step #2: runs \.\/release\.sh, a script of the repository: .*grant contents, packages, pages by hand/,
    );
  });

  it('still narrows jobs whose every step is explained, and still proposes persist-credentials: false', () => {
    const text = `on: push
permissions: write-all
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-go@v6
      - run: go vet ./... && go test -race ./...
      - run: npm ci && npm test
`;
    const { fix, entry, findings } = run(text);
    expect(entry.computed.get('test')!.explained).toBe(true);
    expect(grantOf(fix.text, 'test')).toEqual({ contents: 'read' });
    expect(fix.text).toContain('persist-credentials: false');
    expect(findings).toEqual([]);
  });
});

describe('git push in any spelling', () => {
  const info = { tokenVars: new Set<string>(), env: new Map(), gitCredentials: true, persistedCredentials: true };
  it.each([
    'git push origin HEAD:main',
    'git -C site push',
    'git -c user.name=bot push --tags',
    'GIT=git\n$GIT push origin main',
    'alias g=git\ng push',
    'sudo -u runner git push',
    'env GIT_TRACE=1 git push',
    "bash -c 'git push origin HEAD'",
    'command git push',
  ])('%s needs contents: write and uses the persisted credentials', (script) => {
    const analysis = analyzeRunScript(script, info);
    expect(analysis.needs).toEqual([expect.objectContaining({ scope: 'contents', level: 'write' })]);
    expect(analysis.gitCredentialsBy).toBe('git push');
  });

  it.each([
    ['./release.sh', 'runs ./release.sh, a script of the repository'],
    ['scripts/publish', 'runs scripts/publish, a script of the repository'],
    ['npm run release', 'runs `npm run release`, a package.json script of the repository'],
    ['yarn release', 'runs `yarn release`, a package.json script or tool of the repository'],
    ['pnpm -r publish', 'runs `pnpm publish`'],
    ['bundle exec rake release', 'runs `rake release`, a build target of the repository'],
    ['python3 tools/release.py', 'runs python3 tools/release.py, code the audit does not read'],
    ['twine upload dist/*', 'runs `twine upload`'],
    ['cargo publish --locked', 'runs `cargo publish`'],
    ['gem push pkg/x.gem', 'runs `gem push`'],
    ['docker buildx build --push -t ghcr.io/o/r .', 'runs `docker buildx build --push`'],
    ['helm push chart.tgz oci://ghcr.io/o/charts', 'runs `helm push`'],
    ['ncu-ci run 1', 'runs `ncu-ci run`, a tool the knowledge base does not know'],
    ['$RELEASE_TOOL --final', 'runs a command named by a variable'],
  ])('%s may use the OIDC token (and more), and says why', (script, why) => {
    const analysis = analyzeRunScript(script, info);
    expect(analysis.mayUse).toEqual([expect.objectContaining({ why: expect.stringContaining(why) })]);
    expect(analysis.mayUse[0]!.rights).toContain('id-token');
  });

  it('PowerShell cmdlets that read, write files or format output are explained; Invoke-Expression is not', () => {
    const pwsh = { ...info, shell: 'pwsh' };
    const script = 'Expand-Archive $Env:ZIP -Force\n@{\n  Name = "x"\n} | ConvertTo-Json | Out-File -FilePath $Env:OUT';
    expect(analyzeRunScript(script, pwsh).mayUse).toEqual([]);
    expect(analyzeRunScript('Invoke-Expression $Env:CMD', pwsh).mayUse).toHaveLength(1);
  });

  it.each([
    'go test ./...',
    'npm ci',
    'pip install -r requirements.txt',
    'echo ok | tee out.txt',
    'cargo build --release',
  ])('%s needs nothing and may use nothing', (script) => {
    expect(analyzeRunScript(script, info)).toEqual({ needs: [], unknown: [], mayUse: [] });
  });
});

describe('knowledge of publishing and deploying commands', () => {
  const info = { tokenVars: new Set<string>(), env: new Map(), gitCredentials: true, persistedCredentials: true };

  it('covers the publishers and deployers of the issue, each with the page it was read from', () => {
    const names = COMMAND_KNOWLEDGE.map((k) => k.command);
    for (const name of [
      'npm publish',
      'pnpm publish',
      'yarn npm publish',
      'changeset publish',
      'semantic-release',
      'release-please',
      'goreleaser release',
      'cargo publish',
      'twine upload',
      'uv publish',
      'gem push',
      'mkdocs gh-deploy',
      'mike deploy --push',
      'gh-pages',
      'docker push',
      'docker buildx build --push',
      'helm push',
    ])
      expect(names).toContain(name);
    for (const k of COMMAND_KNOWLEDGE) {
      expect(k.source).toMatch(/^https:\/\/[^\s]+$/);
      expect(k.summary).toMatch(/\.$/);
      expect(k.oidc ?? k.pushes ?? k.withToken).toBeDefined();
    }
  });

  it.each(COMMAND_KNOWLEDGE.map((k) => [k.command, k] as const))('`%s` is recognised as written', (_name, k) => {
    const analysis = analyzeRunScript(k.command, info);
    const oidc = [...analysis.mayUse.flatMap((u) => u.rights), ...analysis.needs.map((n) => n.scope)];
    if (k.oidc) {
      // Kept where granted; `uv publish` without credentials is known to need it.
      expect(oidc).toContain('id-token');
      for (const use of analysis.mayUse) expect(use.why).toContain(k.source);
    } else expect(oidc).not.toContain('id-token');
    if (k.pushes) {
      expect(analysis.needs).toEqual([expect.objectContaining({ scope: 'contents', level: 'write' })]);
      expect(analysis.gitCredentialsBy).toContain(k.command);
    }
  });

  it('uses what a publisher does with the GITHUB_TOKEN when the step hands it over', () => {
    const analysis = analyzeRunScript('npx semantic-release', {
      ...info,
      tokenVars: new Set(['GITHUB_TOKEN']),
    });
    expect(analysis.unknown).toEqual([]);
    expect(analysis.needs.map((n) => `${n.scope}: ${n.level}`).sort()).toEqual([
      'contents: write',
      'contents: write',
      'issues: write',
      'pull-requests: write',
    ]);
  });
});

describe('knowledge of release and publishing actions', () => {
  it.each([
    'googleapis/release-please-action',
    'changesets/action',
    'goreleaser/goreleaser-action',
    'cycjimmy/semantic-release-action',
    'peaceiris/actions-gh-pages',
    'pypa/gh-action-pypi-publish',
    'js-devtools/npm-publish',
    'rubygems/release-gem',
    'softprops/action-gh-release',
  ])('%s names the page its needs were read from', (uses) => {
    expect(lookupAction(`${uses}@v1`)!.source).toMatch(/^https:\/\/(github\.com|goreleaser\.com)\//);
  });
});

describe('actions of the repository and unknown images', () => {
  it('a local JavaScript action and a docker:// image may use the OIDC token and the persisted credentials', () => {
    const wf = loadWorkflowFile(
      FILE,
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: ./.github/actions/sign
      - uses: docker://ghcr.io/o/releaser:1
`,
    );
    const local = loadWorkflowFile(
      '.github/actions/sign/action.yml',
      'name: sign\ndescription: signs\nruns:\n  using: node24\n  main: index.js\n',
    );
    const { computed } = audit(
      wf,
      (path) => (path === '.github/actions/sign/action.yml' ? local : undefined),
      new Map(),
    );
    const need = computed.get('a')!;
    expect(need.mayUse.map((u) => [u.step, u.rights])).toEqual([
      ['#2', ['contents', 'id-token', 'packages', 'pages']],
      ['#3', ['contents', 'id-token', 'packages', 'pages']],
    ]);
    expect(need.mayUse[0]!.message).toContain(
      'runs the local node24 action ./.github/actions/sign, code of the repository',
    );
    expect(need.gitCredentialsBy).toContain('step #2');
  });
});
