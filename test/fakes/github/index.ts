// A GitHub REST API on 127.0.0.1 for tests. Product code reaches it only through GITHUB_API_URL.
//
// Git data is a graph shared by a fork network: every commit knows its parents and the repository it
// was pushed to. As on github.com, a commit pushed only to a fork can be fetched through the parent
// repository's API (`/repos/parent/commits/<sha>`) but is reachable from none of the parent's
// branches or tags: the "impostor commit" case that compare-based checks must catch.
//
// Beyond the built-in endpoints, tests add their own with `fake.route(method, pattern, handler)`;
// see README.md.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export const DOCS_URL = 'https://docs.github.com/rest';
const WEB_URL = 'https://github.com';

// ---- public types ------------------------------------------------------------------------------

export interface FakeRequest {
  method: string;
  /**
   * Which of GitHub's hosts the request reached: `uploads` for `uploads.github.com` (the Host header)
   * or a path under `/api/uploads` (GitHub Enterprise Server's uploads), `api` otherwise.
   */
  host: 'api' | 'uploads';
  /** Path without the query string and without the fake's basePath, e.g. `/repos/o/r/tags`. */
  path: string;
  /** Values of the `{name}` placeholders of the matched pattern (URL-decoded). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it is not JSON; undefined when empty. */
  body: unknown;
  rawBody: string;
  /** The body as sent (release assets are binary). */
  bytes: Buffer;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: FakeRequest, fake: GitHubFake) => FakeResponse | Promise<FakeResponse>;

export interface RecordedRequest {
  method: string;
  host: 'api' | 'uploads';
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** The status the fake answered. */
  status: number;
}

/** A failure the fake can be told to answer with instead of the real response. */
export type Fault =
  /**
   * Primary rate limit: 403, `x-ratelimit-remaining: 0` and `x-ratelimit-reset`: the fake's reset
   * time (an hour after start), or `resetIn` seconds from now (0 for a client that may retry at once).
   */
  | { kind: 'rate-limit'; resetIn?: number }
  /** Secondary rate limit: 429 (or 403, which GitHub also sends) with `retry-after` (seconds). */
  | { kind: 'secondary-rate-limit'; retryAfter?: number; status?: 403 | 429 }
  /** A server error (500, 502, 503, 504 ...). */
  | { kind: 'server-error'; status?: number }
  /** Any answer. */
  | { kind: 'response'; response: FakeResponse };

export interface GitHubFakeOptions {
  /** When set, requests must send `Authorization: Bearer <token>` (or `token <token>`): 401 otherwise. */
  token?: string;
  /** Serve under a prefix, as GitHub Enterprise Server does (`/api/v3`); `url` includes it. */
  basePath?: string;
  /** Rate-limit bucket for this fake (core resource). Default 5000 per hour. */
  rateLimit?: { limit?: number; remaining?: number; reset?: number };
}

export interface CommitInput {
  /** A fixed sha; computed from the content otherwise. */
  sha?: string;
  /** Parent shas; default: the current head of `branch` (none for the first commit). */
  parents?: string[];
  message?: string;
  /** Files changed by this commit (path -> content; null deletes). The tree is the first parent's plus these. */
  files?: Record<string, string | null>;
  /** The branch to advance (default: the repository's default branch). `false`: move no branch. */
  branch?: string | false;
  author?: { name: string; email: string; date?: string };
}

export interface StoredCommit {
  sha: string;
  parents: string[];
  message: string;
  /** Full snapshot of the tree after this commit. */
  files: Map<string, string>;
  /** owner/name of the repository the commit was pushed to. */
  pushedTo: string;
  author: { name: string; email: string; date: string };
  treeSha: string;
}

export interface StoredTag {
  sha: string;
  name: string;
  message: string;
  /** The object it points to (a commit, or another tag object). */
  objectSha: string;
  objectType: 'commit' | 'tag';
  tagger: { name: string; email: string; date: string };
}

// ---- the git model -------------------------------------------------------------------------------

class Network {
  readonly commits = new Map<string, StoredCommit>();
  readonly tags = new Map<string, StoredTag>();
}

export class FakeRepository {
  readonly owner: string;
  readonly name: string;
  readonly id: number;
  defaultBranch = 'main';
  /** Short ref name (`main`, `v1`) -> sha. Tags hold a commit sha (lightweight) or a tag object sha (annotated). */
  readonly branches = new Map<string, string>();
  readonly tags = new Map<string, string>();
  /** Branch names reported as protected. */
  readonly protectedBranches = new Set<string>();
  /** Served by `GET /repos/{owner}/{repo}`. */
  visibility: 'public' | 'private' | 'internal' = 'public';
  archived = false;
  description: string | null = null;

  constructor(
    private readonly fake: GitHubFake,
    readonly fullName: string,
    readonly network: Network,
    id: number,
    readonly parent?: FakeRepository,
  ) {
    const [owner, name] = fullName.split('/');
    if (!owner || !name || fullName.split('/').length !== 2)
      throw new Error(`GitHubFake: "${fullName}" is not owner/name`);
    this.owner = owner;
    this.name = name;
    this.id = id;
  }

  /** Pushes a commit to this repository and returns its sha. */
  commit(input: CommitInput = {}): string {
    const branch = input.branch === false ? undefined : (input.branch ?? this.defaultBranch);
    const parents = input.parents ?? (branch && this.branches.has(branch) ? [this.branches.get(branch) as string] : []);
    for (const parent of parents)
      if (!this.network.commits.has(parent))
        throw new Error(`GitHubFake: parent ${parent} is not in ${this.fullName}'s network`);
    const files = new Map(parents[0] ? this.network.commits.get(parents[0])?.files : []);
    for (const [path, content] of Object.entries(input.files ?? {})) {
      if (content === null) files.delete(path);
      else files.set(path, content);
    }
    const sequence = this.fake.nextSequence();
    const date =
      input.author?.date ?? new Date(Date.UTC(2026, 0, 1) + sequence * 60_000).toISOString().replace('.000Z', 'Z');
    const author = { name: input.author?.name ?? 'Octo Cat', email: input.author?.email ?? 'octocat@github.com', date };
    const message = input.message ?? `commit ${sequence}`;
    const treeSha = gitSha(
      'tree',
      [...files.entries()]
        .sort()
        .map(([p, c]) => `${p}\0${gitSha('blob', c)}`)
        .join('\n'),
    );
    const sha =
      input.sha ??
      gitSha(
        'commit',
        `tree ${treeSha}\n${parents.map((p) => `parent ${p}\n`).join('')}author ${author.name} <${author.email}> ${date}\n\n${message}\n${sequence}`,
      );
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`GitHubFake: commit sha ${sha} is not 40 hex digits`);
    if (this.network.commits.has(sha)) throw new Error(`GitHubFake: commit ${sha} exists already`);
    this.network.commits.set(sha, { sha, parents, message, files, pushedTo: this.fullName, author, treeSha });
    if (branch) this.branches.set(branch, sha);
    return sha;
  }

  /** Creates or moves a branch. */
  branch(name: string, sha: string): this {
    this.requireCommit(sha);
    this.branches.set(name, sha);
    return this;
  }

  /** A lightweight tag: the ref points at the commit. */
  tag(name: string, sha: string): this {
    this.requireCommit(sha);
    this.tags.set(name, sha);
    return this;
  }

  /** An annotated tag: the ref points at a tag object that points at the commit. Returns the tag object's sha. */
  annotatedTag(
    name: string,
    sha: string,
    options: { message?: string; tagger?: { name: string; email: string; date?: string } } = {},
  ): string {
    this.requireCommit(sha);
    const sequence = this.fake.nextSequence();
    const tagger = {
      name: options.tagger?.name ?? 'Octo Cat',
      email: options.tagger?.email ?? 'octocat@github.com',
      date:
        options.tagger?.date ?? new Date(Date.UTC(2026, 0, 1) + sequence * 60_000).toISOString().replace('.000Z', 'Z'),
    };
    const message = options.message ?? `Release ${name}\n`;
    const tagSha = gitSha(
      'tag',
      `object ${sha}\ntype commit\ntag ${name}\ntagger ${tagger.name} <${tagger.email}> ${tagger.date}\n\n${message}\n${sequence}`,
    );
    this.network.tags.set(tagSha, { sha: tagSha, name, message, objectSha: sha, objectType: 'commit', tagger });
    this.tags.set(name, tagSha);
    return tagSha;
  }

  /** Removes a branch or tag. */
  deleteRef(ref: string): this {
    const m = /^(?:refs\/)?(heads|tags)\/(.+)$/.exec(ref);
    if (!m) throw new Error(`GitHubFake: ${ref} is not heads/... or tags/...`);
    (m[1] === 'heads' ? this.branches : this.tags).delete(m[2] as string);
    return this;
  }

  /** The commit a tag ultimately names (annotated tags peeled). */
  peel(sha: string): string | undefined {
    let current = sha;
    for (let hops = 0; hops < 10; hops++) {
      const tag = this.network.tags.get(current);
      if (!tag) return this.network.commits.has(current) ? current : undefined;
      current = tag.objectSha;
    }
    return undefined;
  }

  /** Every commit reachable from this repository's own branches and tags. */
  reachable(): Set<string> {
    const starts = [...this.branches.values(), ...[...this.tags.values()].map((sha) => this.peel(sha))].filter(
      (s): s is string => !!s,
    );
    return this.ancestors(starts);
  }

  /** The commit and all its ancestors. */
  ancestors(starts: readonly string[]): Set<string> {
    const seen = new Set<string>();
    const stack = [...starts];
    while (stack.length) {
      const sha = stack.pop() as string;
      if (seen.has(sha)) continue;
      const commit = this.network.commits.get(sha);
      if (!commit) continue;
      seen.add(sha);
      stack.push(...commit.parents);
    }
    return seen;
  }

  private requireCommit(sha: string): void {
    if (!this.network.commits.has(sha))
      throw new Error(`GitHubFake: commit ${sha} is not in ${this.fullName}'s network`);
  }
}

export function gitSha(kind: string, content: string): string {
  const data = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`${kind} ${data.length}\0`).update(data).digest('hex');
}

// ---- routing ---------------------------------------------------------------------------------------

interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  names: string[];
  handler: Handler;
}

/**
 * `{name}` matches one path segment; `{name+}` matches one or more segments (refs, file paths).
 * A segment may mix literals and placeholders (`{base}...{head}`).
 */
function compilePattern(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = pattern
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      const m = /^\{([^}+]+)(\+?)\}$/.exec(piece);
      if (!m) return piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(m[1] as string);
      return m[2] ? '(.+?)' : '([^/]+?)';
    })
    .join('');
  return { regex: new RegExp(`^${source}$`), names };
}

interface PathFault {
  match: (method: string, path: string) => boolean;
  fault: Fault;
  /** Remaining times; Infinity for always. */
  times: number;
}

export class GitHubFake {
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly repositories = new Map<string, FakeRepository>();
  /** Rate-limit state of the core resource. */
  readonly rateLimit: { limit: number; remaining: number; reset: number; used: number };
  private readonly routes: Route[] = [];
  private readonly builtins: Route[] = [];
  private faults: Fault[] = [];
  private pathFaults: PathFault[] = [];
  private sequence = 0;
  private repositoryIds = 1296269;
  private server: Server | undefined;
  private tlsServer: Server | undefined;
  private readonly basePath: string;

  constructor(private readonly options: GitHubFakeOptions = {}) {
    this.basePath = (options.basePath ?? '').replace(/\/+$/, '');
    const limit = options.rateLimit?.limit ?? 5000;
    this.rateLimit = {
      limit,
      remaining: options.rateLimit?.remaining ?? limit,
      // As GitHub: the window resets an hour after it started.
      reset: options.rateLimit?.reset ?? Math.floor(Date.now() / 1000) + 3600,
      used: limit - (options.rateLimit?.remaining ?? limit),
    };
    installBuiltins(this);
  }

  /** @internal */
  nextSequence(): number {
    return ++this.sequence;
  }

  /** The repository, created empty when missing. */
  repo(fullName: string): FakeRepository {
    const key = fullName.toLowerCase();
    let repository = this.repositories.get(key);
    if (!repository) {
      repository = new FakeRepository(this, fullName, new Network(), this.repositoryIds++);
      this.repositories.set(key, repository);
    }
    return repository;
  }

  /** A fork of `parent` in the same network, with the parent's branches and tags at fork time. */
  fork(parentName: string, forkName: string): FakeRepository {
    const parent = this.findRepository(parentName);
    if (!parent) throw new Error(`GitHubFake: no repository ${parentName} to fork`);
    if (this.findRepository(forkName)) throw new Error(`GitHubFake: ${forkName} exists already`);
    const fork = new FakeRepository(this, forkName, parent.network, this.repositoryIds++, parent);
    fork.defaultBranch = parent.defaultBranch;
    for (const [name, sha] of parent.branches) fork.branches.set(name, sha);
    for (const [name, sha] of parent.tags) fork.tags.set(name, sha);
    this.repositories.set(forkName.toLowerCase(), fork);
    return fork;
  }

  findRepository(fullName: string): FakeRepository | undefined {
    return this.repositories.get(fullName.toLowerCase());
  }

  /**
   * Adds an endpoint. Routes added here are tried before the built-in ones (so they can also replace
   * one). `pattern` is a path like `/repos/{owner}/{repo}/attestations/{subject_digest}`.
   */
  route(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method: method.toUpperCase(), pattern, handler, ...compilePattern(pattern) });
    return this;
  }

  /** @internal: the built-in endpoints, tried after the routes added by tests. */
  builtin(method: string, pattern: string, handler: Handler): void {
    this.builtins.push({ method: method.toUpperCase(), pattern, handler, ...compilePattern(pattern) });
  }

  /** Answers the next `count` requests (any path) with `fault`. */
  failNext(count: number, fault: Fault): this {
    for (let i = 0; i < count; i++) this.faults.push(fault);
    return this;
  }

  /**
   * Answers requests whose path matches `path` (a route pattern like `/repos/{owner}/{repo}/tags`, or a
   * RegExp) with `fault`, `times` times (default: until cleared).
   */
  failPath(path: string | RegExp, fault: Fault, options: { method?: string; times?: number } = {}): this {
    const regex = typeof path === 'string' ? compilePattern(path).regex : path;
    const method = options.method?.toUpperCase();
    this.pathFaults.push({
      match: (m, p) => (!method || method === m) && regex.test(p),
      fault,
      times: options.times ?? Infinity,
    });
    return this;
  }

  clearFaults(): this {
    this.faults = [];
    this.pathFaults = [];
    return this;
  }

  /** Requests matching a method and a path pattern or RegExp. */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    const regex = typeof path === 'string' ? compilePattern(path).regex : path;
    return this.requests.filter((r) => r.method === method.toUpperCase() && regex.test(r.path));
  }

  /** `https://api.github.com`-style absolute URL for a path on this fake (for `url` fields). */
  apiUrl(path: string): string {
    return `${this.url}${path}`;
  }

  /** @internal */
  async listen(): Promise<void> {
    this.server = createServer((req, res) => this.answer(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(0, '127.0.0.1', () => resolve());
    });
    const address = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${address.port}${this.basePath}`;
  }

  /**
   * Also serves the same state over HTTPS on another loopback port, for clients that only speak
   * https to github.com (the gh CLI): route `api.github.com:443` and `uploads.github.com:443` to the
   * returned port through a proxy (`startProxy({ tunnels })`), with a certificate for those names.
   */
  async serveTls(credentials: { key: string; cert: string }): Promise<number> {
    const server = createTlsServer(credentials, (req, res) => this.answer(req, res));
    this.tlsServer = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return (server.address() as AddressInfo).port;
  }

  /** Where release assets are uploaded for a request that reached the fake as `request`. */
  uploadsUrl(request: FakeRequest): string {
    if (request.headers.host === 'api.github.com') return 'https://uploads.github.com';
    return `${new URL(this.url).origin}/api/uploads`;
  }

  async close(): Promise<void> {
    const servers = [this.server, this.tlsServer].filter((s): s is Server => s !== undefined);
    this.server = undefined;
    this.tlsServer = undefined;
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    this.handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      }
      res.end(
        JSON.stringify({
          message: `GitHubFake handler failed: ${error instanceof Error ? error.stack : String(error)}`,
        }),
      );
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const rawBody = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    let path = decodePath(url.pathname);
    let body: unknown;
    if (rawBody) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = rawBody;
      }
    }
    let host: FakeRequest['host'] = headers.host === 'uploads.github.com' ? 'uploads' : 'api';
    let served = true;
    if (host === 'api' && path.startsWith('/api/uploads/')) {
      host = 'uploads';
      path = path.slice('/api/uploads'.length);
    } else if (host === 'api' && this.basePath) {
      served = path === this.basePath || path.startsWith(`${this.basePath}/`);
      if (served) path = path.slice(this.basePath.length) || '/';
    }
    const response = served
      ? await this.respond({ method, host, path, params: {}, query: url.searchParams, headers, body, rawBody, bytes })
      : notFound();
    this.requests.push({
      method,
      host,
      path,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      status: response.status,
    });

    const out: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${String(this.requests.length).padStart(6, '0')}`,
      'x-ratelimit-limit': String(this.rateLimit.limit),
      'x-ratelimit-remaining': String(this.rateLimit.remaining),
      'x-ratelimit-used': String(this.rateLimit.used),
      'x-ratelimit-reset': String(this.rateLimit.reset),
      'x-ratelimit-resource': 'core',
      ...lowerKeys(response.headers ?? {}),
    };
    const payload =
      response.body === undefined
        ? ''
        : typeof response.body === 'string' && !out['content-type']?.includes('json')
          ? response.body
          : JSON.stringify(response.body);
    res.writeHead(response.status, { ...out, 'content-length': String(Buffer.byteLength(payload)) });
    res.end(payload);
  }

  private async respond(request: FakeRequest): Promise<FakeResponse> {
    // Authentication comes first, as on GitHub: a bad token never reaches rate limits or handlers.
    if (this.options.token !== undefined) {
      const auth = request.headers.authorization;
      if (!auth)
        return {
          status: 401,
          body: { message: 'Requires authentication', documentation_url: DOCS_URL, status: '401' },
        };
      const m = /^(?:bearer|token)\s+(.+)$/i.exec(auth);
      if (!m || m[1] !== this.options.token)
        return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS_URL, status: '401' } };
    }
    const fault = this.takeFault(request.method, request.path);
    if (fault) return this.faultResponse(fault);
    // As on GitHub, asking for the rate limit does not count against it.
    if (request.method !== 'GET' || request.path !== '/rate_limit') {
      if (this.rateLimit.remaining <= 0) return this.faultResponse({ kind: 'rate-limit' });
      this.rateLimit.remaining -= 1;
      this.rateLimit.used += 1;
    }
    for (const route of [...this.routes, ...this.builtins]) {
      if (route.method !== request.method) continue;
      const m = route.regex.exec(request.path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => (params[name] = m[index + 1] as string));
      return route.handler({ ...request, params }, this);
    }
    return notFound();
  }

  private takeFault(method: string, path: string): Fault | undefined {
    for (const entry of this.pathFaults) {
      if (entry.times > 0 && entry.match(method, path)) {
        entry.times -= 1;
        return entry.fault;
      }
    }
    return this.faults.shift();
  }

  private faultResponse(fault: Fault): FakeResponse {
    switch (fault.kind) {
      case 'rate-limit':
        // Says the bucket is empty for this answer only; the fake's own counter is left alone, so
        // "the next N requests" means exactly N. Set `rateLimit.remaining = 0` to exhaust it for good.
        return {
          status: 403,
          headers: {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': String(this.rateLimit.limit),
            'x-ratelimit-reset': String(
              fault.resetIn === undefined ? this.rateLimit.reset : Math.floor(Date.now() / 1000) + fault.resetIn,
            ),
          },
          body: {
            message:
              'API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            status: '403',
          },
        };
      case 'secondary-rate-limit':
        return {
          status: fault.status ?? 429,
          headers: { 'retry-after': String(fault.retryAfter ?? 60) },
          body: {
            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: String(fault.status ?? 429),
          },
        };
      case 'server-error': {
        const status = fault.status ?? 500;
        return {
          status,
          body: {
            message: status === 503 ? 'Service Unavailable' : 'Server Error',
            documentation_url: DOCS_URL,
            status: String(status),
          },
        };
      }
      case 'response':
        return fault.response;
    }
  }
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

// ---- helpers for handlers ------------------------------------------------------------------------

/** GitHub's 404 body. */
export function notFound(): FakeResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS_URL, status: '404' } };
}

/** GitHub's 422 body. */
export function unprocessable(message: string): FakeResponse {
  return { status: 422, body: { message, documentation_url: DOCS_URL, status: '422' } };
}

export function json(body: unknown, status = 200, headers?: Record<string, string>): FakeResponse {
  return headers ? { status, body, headers } : { status, body };
}

/**
 * A page of `items` as GitHub pages lists: `per_page` (default 30, max 100) and `page` (from 1), with a
 * `Link` header naming the next, last, first and prev pages.
 */
export function paginate(request: FakeRequest, fake: GitHubFake, items: readonly unknown[]): FakeResponse {
  const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string): string => {
    const query = new URLSearchParams(request.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${fake.apiUrl(request.path)}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return { status: 200, body: slice, headers: links.length ? { link: links.join(', ') } : {} };
}

/** Starts a fake on 127.0.0.1 with an ephemeral port. Close it in afterEach/afterAll. */
export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const fake = new GitHubFake(options);
  await fake.listen();
  return fake;
}

// ---- built-in endpoints --------------------------------------------------------------------------

function nodeId(kind: string, id: string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64');
}

export function user(login: string, id: number): Record<string, unknown> {
  // Bot logins (`github-actions[bot]`) are percent-encoded in URLs, as GitHub does.
  const api = 'https://api.github.com/users/' + encodeURIComponent(login);
  return {
    login,
    id,
    node_id: nodeId('User', String(id)),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${WEB_URL}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: 'User',
    site_admin: false,
  };
}

function repoFor(fake: GitHubFake, request: FakeRequest): FakeRepository | undefined {
  return fake.findRepository(`${request.params.owner}/${request.params.repo}`);
}

/** Resolves a commit-ish the way the commits and compare endpoints do: sha (or unique prefix), branch, tag, heads/x, tags/x. */
function resolveCommitish(repository: FakeRepository, ref: string): string | undefined {
  const heads = /^(?:refs\/)?heads\/(.+)$/.exec(ref);
  if (heads) return repository.branches.get(heads[1] as string);
  const tags = /^(?:refs\/)?tags\/(.+)$/.exec(ref);
  if (tags) {
    const target = repository.tags.get(tags[1] as string);
    return target ? repository.peel(target) : undefined;
  }
  if (repository.branches.has(ref)) return repository.branches.get(ref);
  if (repository.tags.has(ref)) return repository.peel(repository.tags.get(ref) as string);
  if (/^[0-9a-f]{7,40}$/i.test(ref)) {
    const lower = ref.toLowerCase();
    if (repository.network.commits.has(lower)) return lower;
    const matches = [...repository.network.commits.keys()].filter((sha) => sha.startsWith(lower));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

/**
 * A compare side: `ref` in this repository, or `owner:ref` in that owner's repository of the same
 * network (GitHub's syntax for comparing across forks).
 */
function resolveInNetwork(fake: GitHubFake, repository: FakeRepository, side: string): string | undefined {
  const colon = side.indexOf(':');
  if (colon <= 0) return resolveCommitish(repository, side);
  const owner = side.slice(0, colon).toLowerCase();
  const other = [...fake.repositories.values()].find(
    (r) => r.network === repository.network && r.owner.toLowerCase() === owner,
  );
  return other ? resolveCommitish(other, side.slice(colon + 1)) : undefined;
}

function commitBody(fake: GitHubFake, repository: FakeRepository, commit: StoredCommit): Record<string, unknown> {
  const api = fake.apiUrl(`/repos/${repository.fullName}`);
  const web = `${WEB_URL}/${repository.fullName}`;
  const person = { name: commit.author.name, email: commit.author.email, date: commit.author.date };
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: `${api}/commits/${commit.sha}`,
    html_url: `${web}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: user('octocat', 583231),
    committer: user('octocat', 583231),
    parents: commit.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}`, html_url: `${web}/commit/${sha}` })),
  };
}

function refBody(
  fake: GitHubFake,
  repository: FakeRepository,
  kind: 'heads' | 'tags',
  name: string,
  sha: string,
): Record<string, unknown> {
  const api = fake.apiUrl(`/repos/${repository.fullName}`);
  const isTagObject = kind === 'tags' && repository.network.tags.has(sha);
  return {
    ref: `refs/${kind}/${name}`,
    node_id: nodeId('Ref', `${repository.fullName}:refs/${kind}/${name}`),
    url: `${api}/git/refs/${kind}/${name}`,
    object: { type: isTagObject ? 'tag' : 'commit', sha, url: `${api}/git/${isTagObject ? 'tags' : 'commits'}/${sha}` },
  };
}

function allRefs(repository: FakeRepository): Array<{ kind: 'heads' | 'tags'; name: string; sha: string }> {
  const refs = [
    ...[...repository.branches].map(([name, sha]) => ({ kind: 'heads' as const, name, sha })),
    ...[...repository.tags].map(([name, sha]) => ({ kind: 'tags' as const, name, sha })),
  ];
  return refs.sort((a, b) => compareText(`refs/${a.kind}/${a.name}`, `refs/${b.kind}/${b.name}`));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Commits reachable from `head` and not from `base`, oldest first (parents before children). */
function commitsBetween(repository: FakeRepository, base: string, head: string): string[] {
  const exclude = repository.ancestors([base]);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (sha: string): void => {
    if (seen.has(sha) || exclude.has(sha)) return;
    seen.add(sha);
    for (const parent of repository.network.commits.get(sha)?.parents ?? []) visit(parent);
    order.push(sha);
  };
  visit(head);
  return order;
}

/** The newest common ancestor: the one in both histories that no other common ancestor descends from. */
function mergeBase(repository: FakeRepository, a: string, b: string): string | undefined {
  const fromA = repository.ancestors([a]);
  const common = [...repository.ancestors([b])].filter((sha) => fromA.has(sha));
  const best = common.filter(
    (candidate) => !common.some((other) => other !== candidate && repository.ancestors([other]).has(candidate)),
  );
  return best.sort()[0];
}

function repositoryBody(fake: GitHubFake, repository: FakeRepository, withParent = true): Record<string, unknown> {
  const api = fake.apiUrl(`/repos/${repository.fullName}`);
  const web = `${WEB_URL}/${repository.fullName}`;
  const created = '2026-01-01T00:00:00Z';
  const commits = [...repository.reachable()]
    .map((sha) => repository.network.commits.get(sha)?.author.date ?? created)
    .sort();
  const body: Record<string, unknown> = {
    id: repository.id,
    node_id: nodeId('Repository', String(repository.id)),
    name: repository.name,
    full_name: repository.fullName,
    owner: { ...user(repository.owner, 1000 + repository.id), type: 'Organization' },
    private: repository.visibility !== 'public',
    visibility: repository.visibility,
    html_url: web,
    description: repository.description,
    fork: repository.parent !== undefined,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${repository.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${repository.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${web}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: web,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: repository.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    has_issues: true,
    has_downloads: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    archived: repository.archived,
    disabled: false,
    pushed_at: commits[commits.length - 1] ?? created,
    created_at: created,
    updated_at: commits[commits.length - 1] ?? created,
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
  if (withParent && repository.parent) {
    let source = repository.parent;
    while (source.parent) source = source.parent;
    body.parent = repositoryBody(fake, repository.parent, false);
    body.source = repositoryBody(fake, source, false);
  }
  return body;
}

function installBuiltins(fake: GitHubFake): void {
  fake.builtin('GET', '/rate_limit', () => {
    const core = { ...fake.rateLimit };
    // Only the core bucket is modelled; search is reported full.
    const search = { limit: 30, remaining: 30, reset: core.reset, used: 0 };
    return json({ resources: { core, search }, rate: core });
  });

  fake.builtin('GET', '/repos/{owner}/{repo}', (request) => {
    const repository = repoFor(fake, request);
    return repository ? json(repositoryBody(fake, repository)) : notFound();
  });

  fake.builtin('GET', '/repos/{owner}/{repo}/git/commits/{sha}', (request) => {
    const repository = repoFor(fake, request);
    if (!repository) return notFound();
    const commit = repository.network.commits.get((request.params.sha as string).toLowerCase());
    if (!commit) return notFound();
    const api = fake.apiUrl(`/repos/${repository.fullName}`);
    const web = `${WEB_URL}/${repository.fullName}`;
    return json({
      sha: commit.sha,
      node_id: nodeId('Commit', commit.sha),
      url: `${api}/git/commits/${commit.sha}`,
      html_url: `${web}/commit/${commit.sha}`,
      author: commit.author,
      committer: commit.author,
      tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
      message: commit.message,
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${api}/git/commits/${sha}`,
        html_url: `${web}/commit/${sha}`,
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    });
  });

  fake.builtin('GET', '/repos/{owner}/{repo}/commits/{sha}/branches-where-head', (request) => {
    const repository = repoFor(fake, request);
    if (!repository) return notFound();
    const sha = request.params.sha as string;
    if (!/^[0-9a-f]{40}$/i.test(sha) || !repository.network.commits.has(sha.toLowerCase())) {
      return unprocessable(`No commit found for SHA: ${sha}`);
    }
    const api = fake.apiUrl(`/repos/${repository.fullName}`);
    const heads = [...repository.branches]
      .filter(([, head]) => head === sha.toLowerCase())
      .sort(([a], [b]) => compareText(a, b))
      .map(([name, head]) => ({
        name,
        commit: { sha: head, url: `${api}/commits/${head}` },
        protected: repository.protectedBranches.has(name),
      }));
    return json(heads);
  });

  fake.builtin('GET', '/repos/{owner}/{repo}/commits/{ref+}', (request) => {
    const repository = repoFor(fake, request);
    if (!repository) return notFound();
    const ref = request.params.ref as string;
    const sha = resolveCommitish(repository, ref);
    if (!sha) return unprocessable(`No commit found for SHA: ${ref}`);
    const accept = request.headers.accept ?? '';
    if (accept.includes('application/vnd.github.sha')) {
      return {
        status: 200,
        body: sha,
        headers: {
          'content-type': 'application/vnd.github.sha; charset=utf-8',
          'x-github-media-type': 'github.v3; param=sha',
        },
      };
    }
    return json(commitBody(fake, repository, repository.network.commits.get(sha) as StoredCommit));
  });

  fake.builtin('GET', '/repos/{owner}/{repo}/compare/{basehead+}', (request) => {
    const repository = repoFor(fake, request);
    if (!repository) return notFound();
    const basehead = request.params.basehead as string;
    const split = basehead.indexOf('...');
    if (split <= 0 || split + 3 >= basehead.length) return notFound();
    const baseName = basehead.slice(0, split);
    const headName = basehead.slice(split + 3);
    const base = resolveInNetwork(fake, repository, baseName);
    const head = resolveInNetwork(fake, repository, headName);
    if (!base || !head) return notFound();
    const mergeBaseSha = mergeBase(repository, base, head);
    if (!mergeBaseSha) return notFound();
    const ahead = commitsBetween(repository, base, head);
    const behind = commitsBetween(repository, head, base);
    const status =
      ahead.length === 0 && behind.length === 0
        ? 'identical'
        : behind.length === 0
          ? 'ahead'
          : ahead.length === 0
            ? 'behind'
            : 'diverged';
    const web = `${WEB_URL}/${repository.fullName}`;
    const commit = (sha: string): Record<string, unknown> =>
      commitBody(fake, repository, repository.network.commits.get(sha) as StoredCommit);
    return json({
      url: fake.apiUrl(`/repos/${repository.fullName}/compare/${basehead}`),
      html_url: `${web}/compare/${basehead}`,
      permalink_url: `${web}/compare/${repository.owner}:${base}...${repository.owner}:${head}`,
      diff_url: `${web}/compare/${basehead}.diff`,
      patch_url: `${web}/compare/${basehead}.patch`,
      base_commit: commit(base),
      merge_base_commit: commit(mergeBaseSha),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: ahead.map(commit),
      files: [],
    });
  });

  fake.builtin('GET', '/repos/{owner}/{repo}/git/ref/{ref+}', (request) => {
    const repository = repoFor(fake, request);
    if (!repository) return notFound();
    const m = /^(heads|tags)\/(.+)$/.exec(request.params.ref as string);
    if (!m) return notFound();
    const kind = m[1] as 'heads' | 'tags';
    const name = m[2] as string;
    const sha = (kind === 'heads' ? repository.branches : repository.tags).get(name);
    if (!sha) return notFound();
    return json(refBody(fake, repository, kind, name, sha));
  });

  fake.builtin('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref+}', (request) => {
    const repository = repoFor(fake, request);
    if (!repository) return notFound();
    const prefix = `refs/${request.params.ref as string}`;
    const matches = allRefs(repository)
      .filter((ref) => `refs/${ref.kind}/${ref.name}`.startsWith(prefix))
      .map((ref) => refBody(fake, repository, ref.kind, ref.name, ref.sha));
    return paginate(request, fake, matches);
  });

  fake.builtin('GET', '/repos/{owner}/{repo}/git/tags/{tag_sha}', (request) => {
    const repository = repoFor(fake, request);
    if (!repository) return notFound();
    const tag = repository.network.tags.get((request.params.tag_sha as string).toLowerCase());
    if (!tag) return notFound();
    const api = fake.apiUrl(`/repos/${repository.fullName}`);
    return json({
      node_id: nodeId('Tag', tag.sha),
      sha: tag.sha,
      url: `${api}/git/tags/${tag.sha}`,
      tag: tag.name,
      message: tag.message,
      tagger: tag.tagger,
      object: {
        sha: tag.objectSha,
        type: tag.objectType,
        url: `${api}/git/${tag.objectType === 'tag' ? 'tags' : 'commits'}/${tag.objectSha}`,
      },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    });
  });

  fake.builtin('GET', '/repos/{owner}/{repo}/tags', (request) => {
    const repository = repoFor(fake, request);
    if (!repository) return notFound();
    const api = fake.apiUrl(`/repos/${repository.fullName}`);
    // GitHub lists tags newest name first; a reverse name sort is close enough and deterministic.
    const tags = [...repository.tags]
      .sort(([a], [b]) => compareText(b, a))
      .map(([name, target]) => {
        const sha = repository.peel(target) as string;
        return {
          name,
          commit: { sha, url: `${api}/commits/${sha}` },
          zipball_url: `${api}/zipball/refs/tags/${name}`,
          tarball_url: `${api}/tarball/refs/tags/${name}`,
          node_id: nodeId('Ref', `${repository.fullName}:refs/tags/${name}`),
        };
      });
    return paginate(request, fake, tags);
  });

  fake.builtin('GET', '/repos/{owner}/{repo}/branches', (request) => {
    const repository = repoFor(fake, request);
    if (!repository) return notFound();
    const api = fake.apiUrl(`/repos/${repository.fullName}`);
    const onlyProtected = request.query.get('protected');
    const branches = [...repository.branches]
      .filter(
        ([name]) => onlyProtected === null || (onlyProtected === 'true') === repository.protectedBranches.has(name),
      )
      .sort(([a], [b]) => compareText(a, b))
      .map(([name, sha]) => ({
        name,
        commit: { sha, url: `${api}/commits/${sha}` },
        protected: repository.protectedBranches.has(name),
      }));
    return paginate(request, fake, branches);
  });

  fake.builtin('GET', '/repos/{owner}/{repo}/contents/{path+}', (request) => contents(fake, request));
  fake.builtin('GET', '/repos/{owner}/{repo}/contents', (request) =>
    contents(fake, { ...request, params: { ...request.params, path: '' } }),
  );
}

function contents(fake: GitHubFake, request: FakeRequest): FakeResponse {
  const repository = repoFor(fake, request);
  if (!repository) return notFound();
  const ref = request.query.get('ref') ?? repository.defaultBranch;
  const sha = resolveCommitish(repository, ref);
  if (!sha)
    return {
      status: 404,
      body: { message: `No commit found for the ref ${ref}`, documentation_url: DOCS_URL, status: '404' },
    };
  const commit = repository.network.commits.get(sha) as StoredCommit;
  const path = (request.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const api = fake.apiUrl(`/repos/${repository.fullName}`);
  const web = `${WEB_URL}/${repository.fullName}`;
  const entry = (entryPath: string, type: 'file' | 'dir', content?: string): Record<string, unknown> => {
    const blobSha = type === 'file' ? gitSha('blob', content ?? '') : gitSha('tree', entryPath);
    const self = `${api}/contents/${entryPath}?ref=${encodeURIComponent(ref)}`;
    const git = `${api}/git/${type === 'file' ? 'blobs' : 'trees'}/${blobSha}`;
    const html = `${web}/${type === 'file' ? 'blob' : 'tree'}/${encodeURIComponent(ref)}/${entryPath}`;
    return {
      type,
      size: type === 'file' ? Buffer.byteLength(content ?? '') : 0,
      name: entryPath.split('/').pop() ?? entryPath,
      path: entryPath,
      sha: blobSha,
      url: self,
      git_url: git,
      html_url: html,
      download_url:
        type === 'file' ? `https://raw.githubusercontent.com/${repository.fullName}/${sha}/${entryPath}` : null,
      _links: { self, git, html },
    };
  };
  const file = commit.files.get(path);
  if (file !== undefined && path !== '') {
    // GitHub wraps base64 at 60 characters with newlines; clients must tolerate them.
    const encoded = Buffer.from(file, 'utf8')
      .toString('base64')
      .replace(/(.{60})/g, '$1\n');
    return json({ ...entry(path, 'file', file), content: encoded, encoding: 'base64' });
  }
  const prefix = path ? `${path}/` : '';
  const children = new Map<string, Record<string, unknown>>();
  for (const [filePath, content] of commit.files) {
    if (!filePath.startsWith(prefix)) continue;
    const rest = filePath.slice(prefix.length);
    const slash = rest.indexOf('/');
    const childPath = prefix + (slash < 0 ? rest : rest.slice(0, slash));
    if (!children.has(childPath))
      children.set(childPath, slash < 0 ? entry(childPath, 'file', content) : entry(childPath, 'dir'));
  }
  if (children.size === 0) return notFound();
  return json([...children.values()].sort((a, b) => compareText(String(a.name), String(b.name))));
}
