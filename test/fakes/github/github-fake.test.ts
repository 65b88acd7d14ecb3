import {
  expectOpenApiValid,
  findPathTemplate,
  validateAgainstComponent,
  validateAgainstOpenApi,
  validateRequestAgainstOpenApi,
} from './openapi.js';
import { createHash } from 'node:crypto';
import { json, notFound, startGitHubFake, type GitHubFake } from './index.js';
import { installReleases, type ReleasesState } from './releases.js';

const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const TOKEN = 'ghs_fake_token_for_tests';

interface Got {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

let fake: GitHubFake;

async function get(
  path: string,
  init: { headers?: Record<string, string>; method?: string; body?: unknown } = {},
): Promise<Got> {
  const response = await fetch(`${fake.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/vnd.github+json', ...(init.headers ?? {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** Fetches `path` and checks the answer against GitHub's description of that operation. */
async function getValid(path: string, status = 200): Promise<Got> {
  const got = await get(path);
  expect(got.status).toBe(status);
  expectOpenApiValid('GET', path, status, got.body);
  return got;
}

// The upstream action: main has c1 <- c2 <- c3, a release branch from c2, tags v1 (lightweight,
// c2), v1.0.0 (annotated, c2) and v2.0.0 (annotated, c3). A fork pushes c4 on top of c3.
let c1: string;
let c2: string;
let c3: string;
let side: string;
let forkOnly: string;
let v1TagObject: string;

beforeEach(async () => {
  fake = await startGitHubFake({ token: TOKEN });
  const upstream = fake.repo('actions/checkout');
  c1 = upstream.commit({ message: 'init', files: { 'action.yml': 'name: checkout\n', 'src/main.ts': 'one' } });
  c2 = upstream.commit({ message: 'feature', files: { 'src/main.ts': 'two' } });
  upstream.branch('releases/v1', c2);
  c3 = upstream.commit({ message: 'more', files: { '.github/workflows/reusable.yml': 'on: workflow_call\n' } });
  side = upstream.commit({ message: 'side', branch: 'releases/v1', files: { 'src/side.ts': 'side' } });
  upstream.tag('v1', c2);
  v1TagObject = upstream.annotatedTag('v1.0.0', c2, { message: 'First release\n' });
  upstream.annotatedTag('v2.0.0', c3);
  upstream.protectedBranches.add('main');
  const fork = fake.fork('actions/checkout', 'attacker/checkout');
  forkOnly = fork.commit({ message: 'evil', files: { 'src/main.ts': 'evil' } });
});

afterEach(async () => {
  await fake.close();
});

describe('OpenAPI helper', () => {
  it('maps concrete paths to the description templates, preferring the most literal one', () => {
    expect(findPathTemplate('/repos/o/r/git/ref/heads/feature/x')).toBe('/repos/{owner}/{repo}/git/ref/{ref}');
    expect(findPathTemplate(`/repos/o/r/commits/${'a'.repeat(40)}/branches-where-head`)).toBe(
      '/repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head',
    );
    expect(findPathTemplate('/repos/o/r/compare/main...v1.0.0')).toBe('/repos/{owner}/{repo}/compare/{basehead}');
    expect(findPathTemplate('/orgs/o/attestations/sha256:abc', 'GET')).toBe(
      '/orgs/{org}/attestations/{subject_digest}',
    );
  });

  it('rejects bodies that do not match', () => {
    const result = validateAgainstOpenApi('GET', '/repos/o/r/git/ref/heads/main', 200, { ref: 'refs/heads/main' });
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/node_id/);
    expect(validateAgainstOpenApi('GET', '/repos/o/r/tags', 200, [{ name: 1 }]).valid).toBe(false);
    expect(() => validateAgainstOpenApi('GET', '/repos/o/r/tags', 418, [])).toThrow(/no 418 response/);
  });

  it('validates request bodies against the documented requestBody', () => {
    const path = '/repos/o/r/attestations';
    expect(
      validateRequestAgainstOpenApi('POST', path, {
        bundle: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' },
      }).valid,
    ).toBe(true);
    const missing = validateRequestAgainstOpenApi('POST', path, { bundles: [] });
    expect(missing.valid).toBe(false);
    expect(missing.errors.join('\n')).toMatch(/bundle/);
    expect(validateRequestAgainstOpenApi('POST', path, { bundle: { mediaType: 3 } }).valid).toBe(false);
    expect(() => validateRequestAgainstOpenApi('GET', '/repos/o/r/tags', {})).toThrow(
      /no application\/json request body/,
    );
  });
});

describe('commits', () => {
  it('GET /repos/{o}/{r}/commits/{ref} resolves shas, short shas, branches and tags (annotated tags peeled)', async () => {
    const bySha = await getValid(`/repos/actions/checkout/commits/${c3}`);
    const body = bySha.body as { sha: string; parents: Array<{ sha: string }>; commit: { message: string } };
    expect(body.sha).toBe(c3);
    expect(body.parents.map((p) => p.sha)).toEqual([c2]);
    expect(body.commit.message).toBe('more');
    expect(((await getValid(`/repos/actions/checkout/commits/${c2.slice(0, 7)}`)).body as { sha: string }).sha).toBe(
      c2,
    );
    expect(((await getValid('/repos/actions/checkout/commits/main')).body as { sha: string }).sha).toBe(c3);
    expect(((await getValid('/repos/actions/checkout/commits/releases/v1')).body as { sha: string }).sha).toBe(side);
    expect(((await getValid('/repos/actions/checkout/commits/v1.0.0')).body as { sha: string }).sha).toBe(c2);
    expect(((await getValid('/repos/actions/checkout/commits/tags/v2.0.0')).body as { sha: string }).sha).toBe(c3);
  });

  it('is checked against a schema that bites: a commit without its tree or with a bad parent fails', async () => {
    const body = (await getValid(`/repos/actions/checkout/commits/${c2}`)).body as {
      commit: Record<string, unknown>;
      parents: unknown[];
    };
    const broken = structuredClone(body);
    delete broken.commit.tree;
    expect(validateAgainstOpenApi('GET', `/repos/actions/checkout/commits/${c2}`, 200, broken).valid).toBe(false);
    const badParent = { ...structuredClone(body), parents: [{ sha: 42 }] };
    expect(validateAgainstOpenApi('GET', `/repos/actions/checkout/commits/${c2}`, 200, badParent).valid).toBe(false);
  });

  it('answers the sha media type with the bare sha', async () => {
    const got = await get('/repos/actions/checkout/commits/v1.0.0', {
      headers: { accept: 'application/vnd.github.sha' },
    });
    expect(got.status).toBe(200);
    expect(got.text).toBe(c2);
  });

  it('serves a fork-only commit through the parent repository, like github.com (the impostor commit)', async () => {
    const got = await getValid(`/repos/actions/checkout/commits/${forkOnly}`);
    expect((got.body as { sha: string }).sha).toBe(forkOnly);
  });

  it('answers 422 for an unknown commit and 404 for an unknown repository', async () => {
    const unknown = await get(`/repos/actions/checkout/commits/${'0'.repeat(40)}`);
    expect(unknown.status).toBe(422);
    expect((unknown.body as { message: string }).message).toBe(`No commit found for SHA: ${'0'.repeat(40)}`);
    expectOpenApiValid('GET', '/repos/o/r/commits/x', 422, unknown.body);
    const missing = await getValid('/repos/nobody/nothing/commits/main', 404);
    expect(missing.body).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
  });

  it("GET branches-where-head lists only this repository's branches whose head is the commit", async () => {
    const heads = await getValid(`/repos/actions/checkout/commits/${c3}/branches-where-head`);
    expect(heads.body).toEqual([
      { name: 'main', commit: { sha: c3, url: `${fake.url}/repos/actions/checkout/commits/${c3}` }, protected: true },
    ]);
    expect((await getValid(`/repos/actions/checkout/commits/${c1}/branches-where-head`)).body).toEqual([]);
    expect((await getValid(`/repos/actions/checkout/commits/${forkOnly}/branches-where-head`)).body).toEqual([]);
    expect((await getValid(`/repos/attacker/checkout/commits/${forkOnly}/branches-where-head`)).body).toEqual([
      expect.objectContaining({ name: 'main', protected: false }),
    ]);
  });
});

describe('compare', () => {
  it.each([
    ['main', 'main', 'identical', 0, 0],
    ['v1', 'main', 'ahead', 1, 0],
    ['main', 'v1.0.0', 'behind', 0, 1],
    ['main', 'releases/v1', 'diverged', 1, 1],
  ])('%s...%s is %s', async (base, head, status, aheadBy, behindBy) => {
    const got = await getValid(`/repos/actions/checkout/compare/${base}...${head}`);
    expect(got.body).toMatchObject({ status, ahead_by: aheadBy, behind_by: behindBy, total_commits: aheadBy });
  });

  it('names the merge base and the commits ahead, oldest first', async () => {
    const got = await getValid(`/repos/actions/checkout/compare/${c1}...main`);
    const body = got.body as {
      merge_base_commit: { sha: string };
      base_commit: { sha: string };
      commits: Array<{ sha: string }>;
    };
    expect(body.base_commit.sha).toBe(c1);
    expect(body.merge_base_commit.sha).toBe(c1);
    expect(body.commits.map((c) => c.sha)).toEqual([c2, c3]);
    const diverged = (await getValid('/repos/actions/checkout/compare/main...releases/v1')).body as {
      merge_base_commit: { sha: string };
    };
    expect(diverged.merge_base_commit.sha).toBe(c2);
  });

  it('shows the fork-only commit reachable from no branch or tag of the parent', async () => {
    // What an impostor check does: a commit belongs to the repository when some branch or tag
    // contains it (compare <ref>...<sha> is "behind" or "identical").
    const contains = async (repo: string, ref: string, sha: string): Promise<boolean> => {
      const got = await getValid(`/repos/${repo}/compare/${ref}...${sha}`);
      return ['behind', 'identical'].includes((got.body as { status: string }).status);
    };
    for (const ref of ['main', 'releases/v1', 'v1', 'v1.0.0', 'v2.0.0'])
      expect(await contains('actions/checkout', ref, forkOnly)).toBe(false);
    expect(await contains('actions/checkout', 'main', c2)).toBe(true);
    expect(await contains('attacker/checkout', 'main', forkOnly)).toBe(true);
  });

  it('compares across the fork network with owner:ref', async () => {
    const got = await getValid('/repos/actions/checkout/compare/main...attacker:main');
    expect(got.body).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0 });
    expect((got.body as { commits: Array<{ sha: string }> }).commits.map((c) => c.sha)).toEqual([forkOnly]);
    await getValid('/repos/actions/checkout/compare/main...stranger:main', 404);
  });

  it('answers 404 for unknown refs and for histories without a common ancestor', async () => {
    await getValid('/repos/actions/checkout/compare/main...nope', 404);
    const orphan = fake.repo('actions/checkout').commit({ branch: 'orphan', parents: [], message: 'orphan' });
    await getValid(`/repos/actions/checkout/compare/main...${orphan}`, 404);
  });
});

describe('git refs and tags', () => {
  it('GET git/ref returns branches, lightweight tags (commit) and annotated tags (tag object)', async () => {
    const branch = (await getValid('/repos/actions/checkout/git/ref/heads/releases/v1')).body as {
      ref: string;
      object: { type: string; sha: string };
    };
    expect(branch.ref).toBe('refs/heads/releases/v1');
    expect(branch.object).toMatchObject({ type: 'commit', sha: side });
    const light = (await getValid('/repos/actions/checkout/git/ref/tags/v1')).body as {
      object: { type: string; sha: string };
    };
    expect(light.object).toMatchObject({ type: 'commit', sha: c2 });
    const annotated = (await getValid('/repos/actions/checkout/git/ref/tags/v1.0.0')).body as {
      object: { type: string; sha: string; url: string };
    };
    expect(annotated.object).toMatchObject({ type: 'tag', sha: v1TagObject });
    expect(annotated.object.url).toBe(`${fake.url}/repos/actions/checkout/git/tags/${v1TagObject}`);
    await getValid('/repos/actions/checkout/git/ref/tags/v9', 404);
    await getValid('/repos/actions/checkout/git/ref/tags/v1.0', 404);
  });

  it('accepts a URL-encoded ref', async () => {
    const got = await get('/repos/actions/checkout/git/ref/heads%2Freleases%2Fv1');
    expect(got.status).toBe(200);
    expect((got.body as { object: { sha: string } }).object.sha).toBe(side);
  });

  it('GET git/tags/{sha} peels an annotated tag', async () => {
    const tag = (await getValid(`/repos/actions/checkout/git/tags/${v1TagObject}`)).body as {
      tag: string;
      message: string;
      object: { type: string; sha: string };
    };
    expect(tag).toMatchObject({ tag: 'v1.0.0', message: 'First release\n', object: { type: 'commit', sha: c2 } });
    await getValid(`/repos/actions/checkout/git/tags/${c2}`, 404);
  });

  it('GET git/matching-refs matches by prefix and answers [] for none', async () => {
    const tags = (await getValid('/repos/actions/checkout/git/matching-refs/tags/v1')).body as Array<{ ref: string }>;
    expect(tags.map((r) => r.ref)).toEqual(['refs/tags/v1', 'refs/tags/v1.0.0']);
    const heads = (await getValid('/repos/actions/checkout/git/matching-refs/heads')).body as Array<{ ref: string }>;
    expect(heads.map((r) => r.ref)).toEqual(['refs/heads/main', 'refs/heads/releases/v1']);
    expect((await getValid('/repos/actions/checkout/git/matching-refs/tags/v3')).body).toEqual([]);
  });

  it('GET tags lists tags with their peeled commits, paginated with a Link header', async () => {
    const all = (await getValid('/repos/actions/checkout/tags')).body as Array<{
      name: string;
      commit: { sha: string };
    }>;
    expect(all.map((t) => [t.name, t.commit.sha])).toEqual([
      ['v2.0.0', c3],
      ['v1.0.0', c2],
      ['v1', c2],
    ]);
    const first = await getValid('/repos/actions/checkout/tags?per_page=2');
    expect((first.body as unknown[]).length).toBe(2);
    const link = first.headers.get('link') ?? '';
    expect(link).toContain('rel="next"');
    const next = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? '';
    expect(next.startsWith(fake.url)).toBe(true);
    const second = await getValid(next.slice(fake.url.length));
    expect((second.body as Array<{ name: string }>).map((t) => t.name)).toEqual(['v1']);
    expect(second.headers.get('link')).toContain('rel="prev"');
    expect(second.headers.get('link')).not.toContain('rel="next"');
  });

  it('GET branches lists branches and filters by protection', async () => {
    const all = (await getValid('/repos/actions/checkout/branches')).body as Array<{
      name: string;
      protected: boolean;
      commit: { sha: string };
    }>;
    expect(all.map((b) => [b.name, b.commit.sha, b.protected])).toEqual([
      ['main', c3, true],
      ['releases/v1', side, false],
    ]);
    const protectedOnly = (await getValid('/repos/actions/checkout/branches?protected=true')).body as Array<{
      name: string;
    }>;
    expect(protectedOnly.map((b) => b.name)).toEqual(['main']);
  });
});

describe('repositories and git commits', () => {
  it('GET /repos/{o}/{r} describes the repository; a fork names its parent', async () => {
    const upstream = fake.findRepository('actions/checkout');
    if (upstream) upstream.visibility = 'internal';
    const repo = (await getValid('/repos/actions/checkout')).body as Record<string, unknown>;
    expect(repo).toMatchObject({
      full_name: 'actions/checkout',
      default_branch: 'main',
      fork: false,
      private: true,
      visibility: 'internal',
    });
    const fork = (await getValid('/repos/attacker/checkout')).body as {
      fork: boolean;
      parent: { full_name: string };
      source: { full_name: string };
    };
    expect(fork.fork).toBe(true);
    expect(fork.parent.full_name).toBe('actions/checkout');
    expect(fork.source.full_name).toBe('actions/checkout');
    await getValid('/repos/nobody/nothing', 404);
  });

  it('GET git/commits/{sha} answers the raw commit, tree and parents', async () => {
    const commit = (await getValid(`/repos/actions/checkout/git/commits/${c3}`)).body as {
      message: string;
      parents: Array<{ sha: string }>;
      tree: { sha: string };
    };
    expect(commit.message).toBe('more');
    expect(commit.parents.map((p) => p.sha)).toEqual([c2]);
    expect(commit.tree.sha).toMatch(/^[0-9a-f]{40}$/);
    await getValid(`/repos/actions/checkout/git/commits/${'1'.repeat(40)}`, 404);
  });

  it('GET /rate_limit reports the bucket without spending from it', async () => {
    await get('/repos/actions/checkout/tags');
    const first = (await getValid('/rate_limit')).body as { resources: { core: { remaining: number; used: number } } };
    const second = (await getValid('/rate_limit')).body as { resources: { core: { remaining: number } } };
    expect(first.resources.core.used).toBe(1);
    expect(second.resources.core.remaining).toBe(first.resources.core.remaining);
  });
});

describe('contents', () => {
  it('returns a file at a ref as base64, and the tree as it was at that ref', async () => {
    const now = (await getValid('/repos/actions/checkout/contents/src/main.ts')).body as {
      content: string;
      encoding: string;
      path: string;
      type: string;
    };
    expect(now).toMatchObject({ type: 'file', encoding: 'base64', path: 'src/main.ts' });
    expect(Buffer.from(now.content, 'base64').toString('utf8')).toBe('two');
    const old = (await getValid(`/repos/actions/checkout/contents/src/main.ts?ref=${c1}`)).body as { content: string };
    expect(Buffer.from(old.content, 'base64').toString('utf8')).toBe('one');
    const workflow = (await getValid('/repos/actions/checkout/contents/.github/workflows/reusable.yml?ref=v2.0.0'))
      .body as { content: string };
    expect(Buffer.from(workflow.content, 'base64').toString('utf8')).toBe('on: workflow_call\n');
    await getValid('/repos/actions/checkout/contents/.github/workflows/reusable.yml?ref=v1.0.0', 404);
    const evil = (await getValid(`/repos/actions/checkout/contents/src/main.ts?ref=${forkOnly}`)).body as {
      content: string;
    };
    expect(Buffer.from(evil.content, 'base64').toString('utf8')).toBe('evil');
  });

  it('lists a directory', async () => {
    const listing = (await getValid('/repos/actions/checkout/contents/src?ref=releases/v1')).body as Array<{
      name: string;
      type: string;
    }>;
    expect(listing.map((e) => [e.name, e.type])).toEqual([
      ['main.ts', 'file'],
      ['side.ts', 'file'],
    ]);
    // The description has no path for the repository root; GitHub answers it like contents/{path}.
    const rootGot = await get('/repos/actions/checkout/contents?ref=main');
    expect(rootGot.status).toBe(200);
    expectOpenApiValid('GET', '/repos/{owner}/{repo}/contents/{path}', 200, rootGot.body);
    const root = rootGot.body as Array<{ name: string; type: string }>;
    expect(root.map((e) => [e.name, e.type])).toEqual([
      ['.github', 'dir'],
      ['action.yml', 'file'],
      ['src', 'dir'],
    ]);
  });
});

describe('rate limits, faults and authentication', () => {
  it('sends rate-limit headers and counts requests down', async () => {
    const first = await get('/repos/actions/checkout/branches');
    const second = await get('/repos/actions/checkout/tags');
    for (const name of [
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-used',
      'x-ratelimit-reset',
      'x-ratelimit-resource',
    ]) {
      expect(first.headers.get(name)).not.toBeNull();
    }
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(first.headers.get('x-ratelimit-resource')).toBe('core');
    expect(
      Number(first.headers.get('x-ratelimit-remaining')) - Number(second.headers.get('x-ratelimit-remaining')),
    ).toBe(1);
    expect(Number(second.headers.get('x-ratelimit-used'))).toBe(2);
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('answers 403 with remaining 0 once the bucket is empty', async () => {
    await fake.close();
    fake = await startGitHubFake({ rateLimit: { limit: 60, remaining: 1 } });
    fake.repo('o/r').commit();
    expect((await get('/repos/o/r/branches')).status).toBe(200);
    const limited = await get('/repos/o/r/branches');
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((limited.body as { message: string }).message).toMatch(/rate limit exceeded/);
    expect(validateAgainstComponent('basic-error', limited.body).errors).toEqual([]);
  });

  it('fails the next N requests with a primary rate limit, then recovers', async () => {
    fake.failNext(2, { kind: 'rate-limit' });
    const a = await get('/repos/actions/checkout/branches');
    const b = await get('/repos/actions/checkout/branches');
    const c = await get('/repos/actions/checkout/branches');
    expect([a.status, b.status, c.status]).toEqual([403, 403, 200]);
    expect(a.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(a.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(Number(c.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0);
  });

  it('can say the rate limit resets now, for clients that wait for the reset', async () => {
    fake.failNext(1, { kind: 'rate-limit', resetIn: 0 });
    const limited = await get('/repos/actions/checkout/branches');
    expect(limited.status).toBe(403);
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    expect((await get('/repos/actions/checkout/branches')).status).toBe(200);
  });

  it('answers 429 (or 403) with retry-after for a secondary rate limit', async () => {
    fake.failNext(1, { kind: 'secondary-rate-limit', retryAfter: 7 });
    fake.failNext(1, { kind: 'secondary-rate-limit', status: 403 });
    const got = await get('/repos/actions/checkout/tags');
    expect(got.status).toBe(429);
    expect(got.headers.get('retry-after')).toBe('7');
    expect((got.body as { message: string }).message).toMatch(/secondary rate limit/);
    expect(validateAgainstComponent('basic-error', got.body).errors).toEqual([]);
    const forbidden = await get('/repos/actions/checkout/tags');
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('retry-after')).toBe('60');
  });

  it('fails only the matching path (and method) with a 5xx, the given number of times', async () => {
    fake.failPath('/repos/{owner}/{repo}/tags', { kind: 'server-error', status: 502 }, { times: 2 });
    expect((await get('/repos/actions/checkout/branches')).status).toBe(200);
    expect((await get('/repos/actions/checkout/tags')).status).toBe(502);
    expect((await get('/repos/actions/checkout/tags')).status).toBe(502);
    expect((await get('/repos/actions/checkout/tags')).status).toBe(200);
    fake.failPath(/\/compare\//, { kind: 'server-error' });
    expect((await get('/repos/actions/checkout/compare/main...v1')).status).toBe(500);
    expect((await get('/repos/actions/checkout/compare/main...v1')).status).toBe(500);
    fake.clearFaults();
    expect((await get('/repos/actions/checkout/compare/main...v1')).status).toBe(200);
  });

  it('requires the token and records the Authorization header of each request', async () => {
    const none = await fetch(`${fake.url}/repos/actions/checkout/tags`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { message: string }).message).toBe('Requires authentication');
    const wrong = await get('/repos/actions/checkout/tags', { headers: { authorization: 'token nope' } });
    expect(wrong.status).toBe(401);
    expect((wrong.body as { message: string }).message).toBe('Bad credentials');
    expect(validateAgainstComponent('basic-error', wrong.body).errors).toEqual([]);
    expect(
      (await get('/repos/actions/checkout/tags?per_page=5', { headers: { authorization: `token ${TOKEN}` } })).status,
    ).toBe(200);
    expect(fake.requests.map((r) => [r.method, r.path, r.headers.authorization, r.status])).toEqual([
      ['GET', '/repos/actions/checkout/tags', undefined, 401],
      ['GET', '/repos/actions/checkout/tags', 'token nope', 401],
      ['GET', '/repos/actions/checkout/tags', `token ${TOKEN}`, 200],
    ]);
    expect(fake.requests[2]?.query).toEqual({ per_page: '5' });
  });

  it("answers 404 with GitHub's body for unknown paths", async () => {
    const got = await get('/nothing/here');
    expect(got.status).toBe(404);
    expect(got.body).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
  });
});

describe('extension', () => {
  it('serves routes added by tests, with params, query and JSON body, before the built-ins', async () => {
    const stored: unknown[] = [];
    fake.route('POST', '/repos/{owner}/{repo}/attestations', (request) => {
      stored.push(request.body);
      return json({ id: stored.length }, 201);
    });
    fake.route('GET', '/orgs/{org}/attestations/{subject_digest}', (request) =>
      request.params.subject_digest === 'sha256:abc'
        ? json({ attestations: [], org: request.params.org, limit: request.query.get('per_page') })
        : notFound(),
    );
    fake.route('GET', '/repos/{owner}/{repo}/tags', () => json([]));
    const posted = await get('/repos/o/r/attestations', { method: 'POST', body: { bundle: { mediaType: 'x' } } });
    expect(posted.status).toBe(201);
    expect(posted.body).toEqual({ id: 1 });
    expect(stored).toEqual([{ bundle: { mediaType: 'x' } }]);
    expect((await get('/orgs/octo-org/attestations/sha256:abc?per_page=3')).body).toEqual({
      attestations: [],
      org: 'octo-org',
      limit: '3',
    });
    expect((await get('/orgs/octo-org/attestations/sha256:def')).status).toBe(404);
    expect((await get('/repos/actions/checkout/tags')).body).toEqual([]);
    expect(fake.requestsTo('POST', '/repos/{owner}/{repo}/attestations')).toHaveLength(1);
  });

  it('serves under a GitHub Enterprise style base path', async () => {
    await fake.close();
    fake = await startGitHubFake({ basePath: '/api/v3' });
    fake.repo('o/r').commit({ message: 'x' });
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    expect((await get('/repos/o/r/branches')).status).toBe(200);
    const outside = await fetch(fake.url.replace('/api/v3', '/repos/o/r/branches'));
    expect(outside.status).toBe(404);
  });
});

describe('releases', () => {
  let releases: ReleasesState;
  beforeEach(() => {
    releases = installReleases(fake);
    fake.repo('actions/checkout').tag('v3.0.0', c3);
  });

  const upload = (uploadUrl: string, name: string, bytes: Buffer, origin = ''): Promise<Response> =>
    fetch(`${origin}${uploadUrl.replace(/\{.*$/, '')}?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/octet-stream' },
      body: bytes,
    });

  it('creates a draft, takes assets on the uploads host, publishes it, all shaped as GitHub documents', async () => {
    const created = await get('/repos/actions/checkout/releases', {
      method: 'POST',
      body: { tag_name: 'v3.0.0', name: 'v3.0.0', draft: true, generate_release_notes: true },
    });
    expect(created.status).toBe(201);
    expectOpenApiValid('POST', '/repos/{owner}/{repo}/releases', 201, created.body);
    const draft = created.body as { id: number; upload_url: string; draft: boolean };
    expect(draft.draft).toBe(true);
    // A draft is not served by its tag, only in the list (to a token with push access).
    expect((await get('/repos/actions/checkout/releases/tags/v3.0.0')).status).toBe(404);
    const listed = await getValid('/repos/actions/checkout/releases');
    expect((listed.body as Array<{ id: number }>).map((r) => r.id)).toEqual([draft.id]);

    expect(draft.upload_url).toBe(
      `${new URL(fake.url).origin}/api/uploads/repos/actions/checkout/releases/${draft.id}/assets{?name,label}`,
    );
    const bytes = Buffer.from([0, 1, 2, 255, 254]);
    const first = await upload(draft.upload_url, 'app.tgz', bytes);
    expect(first.status).toBe(201);
    const asset = await first.json();
    expectOpenApiValid('POST', `/repos/actions/checkout/releases/${draft.id}/assets`, 201, asset);
    expect(asset).toMatchObject({ name: 'app.tgz', size: 5, digest: `sha256:${sha256Hex(bytes)}` });
    // The same name again: 422 already_exists, and the first upload is kept.
    const again = await upload(draft.upload_url, 'app.tgz', Buffer.from('other'));
    expect(again.status).toBe(422);
    const refused = (await again.json()) as { errors: unknown[] };
    expect(validateAgainstComponent('validation-error', refused).valid).toBe(true);
    expect(refused.errors).toEqual([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    expect(releases.releases[0]!.assets.map((a) => a.bytes)).toEqual([bytes]);
    // Uploads only on the uploads host.
    const onApi = await upload(`/repos/actions/checkout/releases/${draft.id}/assets`, 'x.tgz', bytes, fake.url);
    expect(onApi.status).toBe(404);
    const assets = await getValid(`/repos/actions/checkout/releases/${draft.id}/assets`);
    expect((assets.body as Array<{ name: string }>).map((a) => a.name)).toEqual(['app.tgz']);

    const published = await get(`/repos/actions/checkout/releases/${draft.id}`, {
      method: 'PATCH',
      body: { draft: false },
    });
    expect(published.status).toBe(200);
    expectOpenApiValid('PATCH', `/repos/actions/checkout/releases/${draft.id}`, 200, published.body);
    const byTag = await getValid('/repos/actions/checkout/releases/tags/v3.0.0');
    expect(byTag.body).toMatchObject({ id: draft.id, draft: false, tag_name: 'v3.0.0' });
    // One published release per tag.
    const second = await get('/repos/actions/checkout/releases', { method: 'POST', body: { tag_name: 'v3.0.0' } });
    expect(second.status).toBe(422);
    expect((second.body as { errors: unknown[] }).errors).toEqual([
      { resource: 'Release', code: 'already_exists', field: 'tag_name' },
    ]);
  });

  it('refuses a malformed release and assets for a published immutable release', async () => {
    const malformed = await get('/repos/actions/checkout/releases', { method: 'POST', body: { draft: true } });
    expect(malformed.status).toBe(422);
    const immutable = releases.add('actions/checkout', { tagName: 'v3.0.0', immutable: true });
    const got = await getValid('/repos/actions/checkout/releases/tags/v3.0.0');
    const refused = await upload((got.body as { upload_url: string }).upload_url, 'late.tgz', Buffer.from('x'));
    expect(refused.status).toBe(422);
    expect(immutable.assets).toEqual([]);
  });
});
