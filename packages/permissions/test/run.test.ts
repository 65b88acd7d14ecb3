import { analyzeRunScript, ghNeeds, isPlainScript } from '../src/run.js';
import { githubScriptNeeds, restNeeds } from '../src/rest.js';

const tokenEnv = (...names: string[]) => ({
  tokenVars: new Set(names),
  env: new Map(names.map((n) => [n, { value: '${{ github.token }}', token: true }])),
  gitCredentials: false,
});
const noToken = { tokenVars: new Set<string>(), env: new Map(), gitCredentials: false };
const scopes = (script: string, info = tokenEnv('GH_TOKEN')) =>
  analyzeRunScript(script, info)
    .needs.map((n) => `${n.scope}:${n.level}`)
    .sort();

describe('run: scripts', () => {
  it('maps gh subcommands to scopes when gh receives the token', () => {
    expect(scopes('gh release create v1.0.0 dist/*')).toEqual(['contents:write']);
    expect(scopes('gh pr comment 12 --body "hi"')).toEqual(['pull-requests:write']);
    expect(scopes('gh issue edit 3 --add-label bug')).toEqual(['issues:write']);
    expect(scopes('gh pr view 12 --json title')).toEqual(['pull-requests:read']);
    expect(scopes('gh pr merge --auto --squash "$PR"')).toEqual(['contents:write', 'pull-requests:write']);
    expect(scopes('gh run list -R owner/repo')).toEqual(['actions:read']);
    expect(scopes('gh workflow run ci.yml')).toEqual(['actions:write']);
  });

  it('maps gh api by method and path', () => {
    expect(scopes('gh api repos/{owner}/{repo}/issues/1/comments -f body=hi')).toEqual(['issues:write']);
    expect(scopes('gh api -X DELETE /repos/$GITHUB_REPOSITORY/git/refs/tags/x')).toEqual(['contents:write']);
    expect(scopes('gh api /repos/o/r/pulls/3/files --paginate')).toEqual(['pull-requests:read']);
    expect(scopes('gh api --method POST repos/o/r/statuses/$SHA -f state=success')).toEqual(['statuses:write']);
    // A full URL: an upload to the uploads host, a call to the API host.
    expect(
      scopes(
        'gh api -X POST "https://uploads.github.com/repos/$GITHUB_REPOSITORY/releases/$id/assets?name=$n" --input f',
      ),
    ).toEqual(['contents:write']);
    expect(scopes('gh api https://api.github.com/repos/o/r/releases/tags/v1')).toEqual(['contents:read']);
    const unknown = analyzeRunScript("gh api graphql -f query='mutation { x }'", tokenEnv('GH_TOKEN')).unknown;
    expect(unknown).toHaveLength(1);
  });

  it('needs nothing when the token does not reach the command', () => {
    expect(scopes('gh release create v1', noToken)).toEqual([]);
    expect(scopes('gh release create v1', tokenEnv('SOME_PAT_NAME'))).toEqual([]);
    expect(scopes('git push origin main', noToken)).toEqual([]);
    expect(scopes('curl https://api.github.com/repos/o/r/releases -X POST', noToken)).toEqual([]);
  });

  it('sees the token given inline and through export', () => {
    expect(scopes('GH_TOKEN=${{ github.token }} gh issue close 3', noToken)).toEqual(['issues:write']);
    expect(scopes('export GH_TOKEN="${{ secrets.GITHUB_TOKEN }}"\ngh label create x', noToken)).toEqual([
      'issues:write',
    ]);
  });

  it('needs contents: write for git push with checkout credentials or a token URL', () => {
    const creds = { ...noToken, gitCredentials: true };
    expect(scopes('git tag v1\ngit push origin v1', creds)).toEqual(['contents:write']);
    expect(scopes('git push --tags', creds)).toEqual(['contents:write']);
    expect(scopes('git push https://x-access-token:${{ github.token }}@github.com/o/r HEAD:main', noToken)).toEqual([
      'contents:write',
    ]);
    expect(scopes('git commit -m x && git tag v2', creds)).toEqual([]);
  });

  it('maps curl to the REST API with the token by method and path', () => {
    const env = tokenEnv('GITHUB_TOKEN');
    expect(
      scopes(
        'curl -sSf -H "Authorization: Bearer $GITHUB_TOKEN" -X POST https://api.github.com/repos/o/r/issues/1/labels -d \'["x"]\'',
        env,
      ),
    ).toEqual(['issues:write']);
    expect(
      scopes(
        'curl -H "Authorization: token ${GITHUB_TOKEN}" "$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/releases/latest"',
        env,
      ),
    ).toEqual(['contents:read']);
    expect(
      scopes(
        'curl -H "Authorization: Bearer $GITHUB_TOKEN" --data-binary @x.zip "https://uploads.github.com/repos/o/r/releases/1/assets?name=x.zip"',
        env,
      ),
    ).toEqual(['contents:write']);
    expect(analyzeRunScript('curl -H "Authorization: Bearer $GITHUB_TOKEN" "$SOME_URL"', env).unknown).toHaveLength(1);
  });

  it('needs id-token: write for OIDC logins, provenance and keyless signing', () => {
    expect(scopes('npm publish --provenance --access public', noToken)).toEqual(['id-token:write']);
    expect(scopes('cosign sign --yes ghcr.io/o/i@sha256:abc', noToken)).toEqual(['id-token:write']);
    expect(scopes('cosign sign --key env://KEY img', noToken)).toEqual([]);
    expect(
      scopes(
        'curl -H "Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=sts"',
        noToken,
      ),
    ).toEqual(['id-token:write']);
    expect(scopes('uv publish', noToken)).toEqual(['id-token:write']);
    expect(scopes('uv publish --token "$PYPI"', noToken)).toEqual([]);
  });

  it('needs security-events: write to upload SARIF, packages: write to publish with the token', () => {
    expect(scopes('codeql github upload-results --sarif=x.sarif', tokenEnv('GITHUB_TOKEN'))).toEqual([
      'security-events:write',
    ]);
    expect(scopes('gh api repos/{owner}/{repo}/code-scanning/sarifs -f sarif=@x -f commit_sha=$SHA')).toEqual([
      'security-events:write',
    ]);
    expect(scopes('npm publish', tokenEnv('NODE_AUTH_TOKEN'))).toEqual(['packages:write']);
    expect(
      scopes(
        'echo "$GITHUB_TOKEN" | docker login ghcr.io -u "$GITHUB_ACTOR" --password-stdin',
        tokenEnv('GITHUB_TOKEN'),
      ),
    ).toEqual(['packages:write']);
  });

  it('reports unknown programs that get the token, never inert ones', () => {
    const result = analyzeRunScript(
      'echo start\nmkdir -p out\n./scripts/release.sh\njq . x.json',
      tokenEnv('GITHUB_TOKEN'),
    );
    expect(result.needs).toEqual([]);
    expect(result.unknown).toHaveLength(1);
    expect(result.unknown[0]!.message).toContain('release.sh');
    expect(result.unknown[0]!.offset).toBe('echo start\nmkdir -p out\n'.length);
    expect(analyzeRunScript('./scripts/release.sh', noToken).unknown).toEqual([]);
  });

  it('handles non-POSIX shells and scripts that do not parse with a plain split', () => {
    const pwsh = analyzeRunScript('$env:GH_TOKEN = "${{ github.token }}"\ngh release upload v1 a.zip', {
      ...noToken,
      shell: 'pwsh',
    });
    expect(pwsh.needs.map((n) => `${n.scope}:${n.level}`)).toEqual(['contents:write']);
    const broken = analyzeRunScript('if then fi (((\ngh issue comment 1 -b x', tokenEnv('GH_TOKEN'));
    expect(broken.needs.map((n) => `${n.scope}:${n.level}`)).toEqual(['issues:write']);
  });

  it('reads the lines of a script around a syntax error and says the script did not fully parse (#17.3)', () => {
    const script = 'gh release create v1 --generate-notes\nif then fi\ngh pr merge --auto "$PR"';
    const result = analyzeRunScript(script, tokenEnv('GH_TOKEN'));
    // Both gh commands count, the one before the error and the one after it.
    expect(result.needs.map((n) => `${n.scope}:${n.level}`).sort()).toEqual([
      'contents:write',
      'contents:write',
      'pull-requests:write',
    ]);
    // The left-out line is named, not taken for a command called `if`.
    expect(result.unknown).toHaveLength(1);
    expect(result.unknown[0]!.message).toMatch(
      /^the script did not fully parse \(.+ at line 2\), so what line 2 does with the GITHUB_TOKEN cannot be known$/,
    );
    expect(result.unknown[0]!.message).not.toMatch(/runs `if`/);
    const offset = result.unknown[0]!.offset;
    expect(script.lastIndexOf('\n', offset - 1)).toBe(script.indexOf('\n')); // on line 2
    // With no token in reach the lines left out cannot use it: nothing to keep.
    expect(analyzeRunScript(script, noToken).unknown).toEqual([]);
    // A known command on the left-out line itself is still read by the plain split.
    const onErrorLine = analyzeRunScript('echo start\nif gh issue comment 1 -b x; then fi fi', tokenEnv('GH_TOKEN'));
    expect(onErrorLine.needs.map((n) => `${n.scope}:${n.level}`)).toEqual(['issues:write']);
    expect(onErrorLine.unknown[0]!.message).toMatch(/did not fully parse/);
  });
});

describe('REST and octokit mapping', () => {
  it('maps paths to scopes by method', () => {
    expect(restNeeds('GET', '/repos/o/r/contents/x')).toMatchObject({
      kind: 'scopes',
      scopes: [{ scope: 'contents', level: 'read' }],
    });
    expect(restNeeds('PUT', '/repos/o/r/pulls/1/merge')).toMatchObject({
      scopes: [
        { scope: 'pull-requests', level: 'write' },
        { scope: 'contents', level: 'write' },
      ],
    });
    expect(restNeeds('GET', '/repos/o/r/dependabot/alerts')).toMatchObject({
      scopes: [{ scope: 'vulnerability-alerts', level: 'read' }],
    });
    expect(restNeeds('POST', '/repos/o/r/hooks').kind).toBe('unknown');
    expect(restNeeds('GET', '/repos/o/r')).toMatchObject({ kind: 'scopes', scopes: [] });
  });

  it('reads octokit calls in a github-script', () => {
    const needs = githubScriptNeeds(
      "await github.rest.issues.createComment({...context.repo, issue_number: 1, body: 'x'});\nconst { data } = await github.rest.pulls.get({});\nawait github.request('POST /repos/{owner}/{repo}/dispatches', {})",
    );
    expect(needs).toEqual([
      expect.objectContaining({ scopes: [{ scope: 'issues', level: 'write' }] }),
      expect.objectContaining({ scopes: [{ scope: 'pull-requests', level: 'read' }] }),
      expect.objectContaining({ scopes: [{ scope: 'contents', level: 'write' }] }),
    ]);
    expect(githubScriptNeeds('await github.graphql(q)')[0]!.kind).toBe('unknown');
  });

  it('treats gh commands that need no repository access as needing nothing', () => {
    expect(ghNeeds(['search', 'repos', 'x'])).toMatchObject({ kind: 'scopes', scopes: [] });
    expect(ghNeeds(['secret', 'set', 'X']).kind).toBe('unknown');
  });
});

describe('URLs written with variables', () => {
  it('reads the repository variable as owner/repo in a literal api.github.com URL', () => {
    const env = {
      tokenVars: new Set(['GITHUB_TOKEN']),
      env: new Map([['GITHUB_TOKEN', { value: '${{ github.token }}', token: true }]]),
      gitCredentials: false,
    };
    const result = analyzeRunScript(
      'curl -X POST -H "Authorization: token $GITHUB_TOKEN" "https://api.github.com/repos/$GITHUB_REPOSITORY/statuses/$SHA" -d "{}"',
      env,
    );
    expect(result.unknown).toEqual([]);
    expect(result.needs.map((n) => `${n.scope}:${n.level}`)).toEqual(['statuses:write']);
  });
});

describe('plain scripts take the fast split, with the same result as the parser', () => {
  const info = {
    tokenVars: new Set(['GH_TOKEN']),
    env: new Map([['GH_TOKEN', { value: '${{ github.token }}', token: true }]]),
    gitCredentials: true,
  };
  const plain = [
    'gh release create "$TAG" --title "Release $TAG" dist/app.tgz',
    "git tag v1 && git push origin v1\ngh pr comment 3 --body='looks good'",
    'echo hi; gh issue close ${{ github.event.issue.number }} | tee out.txt',
  ];
  it.each(plain)('%s', (script) => {
    expect(isPlainScript(script)).toBe(true);
    const fast = analyzeRunScript(script, info);
    // The same script with a harmless parser-only construct forces the real parser.
    const parsed = analyzeRunScript(`${script}\n: $(true)`, info);
    expect(fast.needs).toEqual(parsed.needs);
    expect(fast.unknown).toEqual(parsed.unknown);
  });

  it('sends anything beyond plain words to the parser', () => {
    for (const script of [
      'echo ${{ a || b }}',
      'if gh pr view; then echo; fi',
      'gh api x > out',
      'cat <<EOF\ngh release create\nEOF',
      'echo "a;b"',
      'x=$(gh pr view)',
      'echo `date`',
      'echo a # note',
    ]) {
      expect(isPlainScript(script)).toBe(false);
    }
  });
});
