// A small GitHub REST client for the pin checks: GET only, JSON, bounded concurrency, a cache per
// URL, GitHub's rate-limit headers honoured (wait for the reset when it is near, give up when it is
// not), retries on 5xx. Requests go to the API URL the user has (GITHUB_API_URL / GHES), through
// the proxy the environment names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY).
import { errorMessage, proxiedFetch, type Environment } from '@paved-road/core';

export class GitHubError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** Why the request could not be answered: `not-found`, `forbidden`, `rate-limited`, `unavailable`, `unprocessable`. */
    readonly reason: 'not-found' | 'forbidden' | 'rate-limited' | 'unavailable' | 'unprocessable' | 'unauthorized',
  ) {
    super(message);
  }
}

export interface GitHubClientOptions {
  apiUrl: string;
  token?: string;
  /** Requests in flight at once. Default 4: GitHub asks integrations not to hammer it concurrently. */
  concurrency?: number;
  /** Longest wait for a rate-limit reset or a Retry-After; longer ones fail the request. Default 60 s. */
  maxWaitMs?: number;
  /** Retries after a 5xx or a rate limit. Default 2. */
  retries?: number;
  /** For tests of the backoff itself; default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  userAgent?: string;
  /** The run's environment, for its proxy settings; default process.env. */
  env?: Environment;
}

export class GitHubClient {
  private readonly cache = new Map<string, Promise<unknown>>();
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  /** When the primary rate limit is spent: requests wait until this time (ms since epoch). */
  private pausedUntil = 0;
  /** Requests actually sent (cache hits not counted). */
  requestCount = 0;
  /** Requests GitHub answered with success. */
  answeredCount = 0;
  /** The first request that failed, and why: what a run that got no answer at all reports. */
  firstFailure: GitHubError | undefined;

  constructor(private readonly options: GitHubClientOptions) {}

  /** GET a JSON document; the same path is fetched once per client. */
  get<T>(path: string): Promise<T> {
    let promise = this.cache.get(path) as Promise<T> | undefined;
    if (!promise) {
      promise = this.limited(() => this.fetchWithRetry<T>(path));
      promise.catch((error: unknown) => {
        if (error instanceof GitHubError) this.firstFailure ??= error;
      });
      this.cache.set(path, promise);
    }
    return promise;
  }

  /** GET every page of a list (per_page=100, following `Link: rel="next"`), at most `maxPages`. */
  async getPages<T>(path: string, maxPages: number): Promise<{ items: T[]; complete: boolean }> {
    const items: T[] = [];
    const separator = path.includes('?') ? '&' : '?';
    for (let page = 1; page <= maxPages; page++) {
      const batch = await this.get<T[]>(`${path}${separator}per_page=100&page=${page}`);
      items.push(...batch);
      if (batch.length < 100) return { items, complete: true };
    }
    return { items, complete: false };
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    const limit = this.options.concurrency ?? 4;
    if (this.active >= limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  private sleep(ms: number): Promise<void> {
    return this.options.sleep ? this.options.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms));
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  private async fetchWithRetry<T>(path: string): Promise<T> {
    const retries = this.options.retries ?? 2;
    const maxWait = this.options.maxWaitMs ?? 60_000;
    for (let attempt = 0; ; attempt++) {
      const pause = this.pausedUntil - this.now();
      if (pause > 0) {
        if (pause > maxWait)
          throw new GitHubError(
            `GitHub API rate limit exhausted until ${new Date(this.pausedUntil).toISOString()}`,
            403,
            'rate-limited',
          );
        await this.sleep(pause);
      }
      const response = await this.send(path);
      const remaining = response.headers.get('x-ratelimit-remaining');
      const reset = Number(response.headers.get('x-ratelimit-reset') ?? '0') * 1000;
      if (remaining === '0' && reset) this.pausedUntil = Math.max(this.pausedUntil, reset);
      if (response.ok) {
        this.answeredCount++;
        if (remaining === '0') this.pausedUntil = Math.max(this.pausedUntil, reset);
        return (await response.json()) as T;
      }
      const body = await response.text();
      let message = body;
      try {
        message = (JSON.parse(body) as { message?: string }).message ?? body;
      } catch {
        // Not JSON: keep the text.
      }
      const retryAfter = response.headers.get('retry-after');
      const rateLimited =
        response.status === 429 ||
        (response.status === 403 && (remaining === '0' || retryAfter !== null || /rate limit/i.test(message)));
      if (rateLimited) {
        const wait =
          retryAfter !== null
            ? Number(retryAfter) * 1000
            : remaining === '0' && reset
              ? reset - this.now()
              : 2 ** attempt * 1000;
        if (attempt >= retries || wait > maxWait) {
          throw new GitHubError(
            `GitHub API rate limit (${response.status}): ${message}`,
            response.status,
            'rate-limited',
          );
        }
        await this.sleep(Math.max(0, wait));
        continue;
      }
      if (response.status >= 500 && attempt < retries) {
        await this.sleep(2 ** attempt * 500);
        continue;
      }
      const reason =
        response.status === 404
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

  private async send(path: string): Promise<Response> {
    this.requestCount++;
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': this.options.userAgent ?? 'paved-road-verify-pinned-tools',
    };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    const url = `${this.options.apiUrl.replace(/\/+$/, '')}${path}`;
    try {
      return await proxiedFetch(url, { headers, signal: AbortSignal.timeout(30_000) }, this.options.env);
    } catch (error) {
      // fetch says only "fetch failed"; the cause says why (ECONNREFUSED, a proxy's 407, a timeout).
      const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
      const why = [errorMessage(error), typeof cause?.code === 'string' ? cause.code : cause?.message]
        .filter((part) => typeof part === 'string' && part)
        .join(': ');
      throw new GitHubError(`GET ${url}: ${why}`, 0, 'unavailable');
    }
  }
}
