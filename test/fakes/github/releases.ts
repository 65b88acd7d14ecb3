// GitHub's releases endpoints on the GitHub fake: get a published release by tag, list releases
// (drafts included, as for a token with push access), get, create and update a release, list its
// assets, and upload an asset on the uploads host (`uploads.github.com`, or `/api/uploads` on GitHub
// Enterprise Server). As on GitHub: a second asset of the same name is refused with 422
// `already_exists` and the first is left as it was; a published immutable release takes no asset;
// creating a release for a tag that does not exist creates the tag on the target (the default
// branch). Shapes follow GitHub's OpenAPI description (checked in github-fake.test.ts).
import { createHash } from 'node:crypto';
import {
  DOCS_URL,
  json,
  notFound,
  paginate,
  unprocessable,
  user,
  type FakeRequest,
  type FakeResponse,
  type GitHubFake,
} from './index.js';
import { validateRequestAgainstOpenApi } from './openapi.js';

export interface FakeReleaseAsset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  bytes: Buffer;
}

export interface FakeRelease {
  id: number;
  /** owner/name. */
  repository: string;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  /** Immutable releases: once published, assets can no longer be added, changed or deleted. */
  immutable: boolean;
  publishedAt: string | null;
  assets: FakeReleaseAsset[];
}

export interface ReleasesState {
  releases: FakeRelease[];
  /** Adds a release as if made earlier (published unless `draft`); its tag must exist. */
  add(
    repository: string,
    release: Partial<Omit<FakeRelease, 'id' | 'repository' | 'assets'>> & { tagName: string },
  ): FakeRelease;
  /** Adds an asset to a release, as an earlier upload did. */
  addAsset(release: FakeRelease, name: string, bytes: string | Buffer): FakeReleaseAsset;
  find(repository: string, tagName: string): FakeRelease | undefined;
}

// Fixed times: answers are deterministic per test.
const CREATED_AT = '2026-01-02T03:04:05Z';
const PUBLISHED_AT = '2026-01-02T03:05:00Z';

/** GitHub's 422 for a body its description does not allow, or undefined when it is allowed. */
function invalidRequest(method: string, template: string, body: unknown): string | undefined {
  const check = validateRequestAgainstOpenApi(method, template, body);
  return check.valid ? undefined : `Invalid request.\n\n${check.errors.join('\n')}`;
}

function validationFailed(resource: string, field: string, code = 'already_exists'): FakeResponse {
  return json({ message: 'Validation Failed', documentation_url: DOCS_URL, errors: [{ resource, code, field }] }, 422);
}

export function installReleases(fake: GitHubFake): ReleasesState {
  const releases: FakeRelease[] = [];
  let ids = 190_000_000;
  const key = (repository: string): string => repository.toLowerCase();

  const state: ReleasesState = {
    releases,
    add(repository, init) {
      const repo = fake.findRepository(repository);
      if (!repo || (!init.draft && !repo.tags.has(init.tagName)))
        throw new Error(`releases fake: ${repository} has no tag ${init.tagName}`);
      const release: FakeRelease = {
        id: ++ids,
        repository: `${repo.owner}/${repo.name}`,
        targetCommitish: repo.defaultBranch,
        name: init.tagName,
        body: null,
        draft: false,
        prerelease: false,
        immutable: false,
        assets: [],
        ...init,
        publishedAt: init.draft ? null : (init.publishedAt ?? PUBLISHED_AT),
      };
      releases.push(release);
      return release;
    },
    addAsset(release, name, bytes) {
      const asset: FakeReleaseAsset = {
        id: ++ids,
        name,
        label: null,
        contentType: 'application/octet-stream',
        bytes: Buffer.from(bytes),
      };
      release.assets.push(asset);
      return asset;
    },
    find(repository, tagName) {
      return releases.find((r) => key(r.repository) === key(repository) && r.tagName === tagName && !r.draft);
    },
  };

  const repositoryOf = (request: FakeRequest): string => `${request.params.owner}/${request.params.repo}`;
  const byId = (request: FakeRequest): FakeRelease | undefined =>
    releases.find(
      (r) => key(r.repository) === key(repositoryOf(request)) && String(r.id) === request.params.release_id,
    );
  const apiBase = (request: FakeRequest): string =>
    request.headers.host === 'api.github.com' ? 'https://api.github.com' : fake.url;

  const assetJson = (request: FakeRequest, release: FakeRelease, asset: FakeReleaseAsset): Record<string, unknown> => ({
    url: `${apiBase(request)}/repos/${release.repository}/releases/assets/${asset.id}`,
    browser_download_url: `https://github.com/${release.repository}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: Buffer.from(`ReleaseAsset:${asset.id}`).toString('base64'),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.bytes.length,
    digest: `sha256:${createHash('sha256').update(asset.bytes).digest('hex')}`,
    download_count: 0,
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    uploader: user('github-actions[bot]', 41898282),
  });

  const releaseJson = (request: FakeRequest, release: FakeRelease): Record<string, unknown> => {
    const api = `${apiBase(request)}/repos/${release.repository}`;
    const web = `https://github.com/${release.repository}`;
    return {
      url: `${api}/releases/${release.id}`,
      html_url: release.draft
        ? `${web}/releases/tag/untagged-${release.id}`
        : `${web}/releases/tag/${encodeURIComponent(release.tagName)}`,
      assets_url: `${api}/releases/${release.id}/assets`,
      upload_url: `${fake.uploadsUrl(request)}/repos/${release.repository}/releases/${release.id}/assets{?name,label}`,
      tarball_url: `${api}/tarball/${encodeURIComponent(release.tagName)}`,
      zipball_url: `${api}/zipball/${encodeURIComponent(release.tagName)}`,
      id: release.id,
      node_id: Buffer.from(`Release:${release.id}`).toString('base64'),
      tag_name: release.tagName,
      target_commitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      immutable: release.immutable,
      created_at: CREATED_AT,
      published_at: release.publishedAt,
      updated_at: CREATED_AT,
      author: user('github-actions[bot]', 41898282),
      assets: release.assets.map((asset) => assetJson(request, release, asset)),
    };
  };

  // The tag route first: `/releases/tags/assets` is the release of the tag `assets`, not the assets
  // of a release `tags`.
  fake.route('GET', '/repos/{owner}/{repo}/releases/tags/{tag+}', (request) => {
    const release = state.find(repositoryOf(request), request.params.tag!);
    return release ? json(releaseJson(request, release)) : notFound();
  });

  fake.route('GET', '/repos/{owner}/{repo}/releases', (request, f) => {
    if (!f.findRepository(repositoryOf(request))) return notFound();
    const own = releases.filter((r) => key(r.repository) === key(repositoryOf(request))).reverse();
    return paginate(
      request,
      f,
      own.map((release) => releaseJson(request, release)),
    );
  });

  fake.route('GET', '/repos/{owner}/{repo}/releases/{release_id}', (request) => {
    const release = byId(request);
    return release ? json(releaseJson(request, release)) : notFound();
  });

  fake.route('POST', '/repos/{owner}/{repo}/releases', (request, f) => {
    const repository = f.findRepository(repositoryOf(request));
    if (!repository) return notFound();
    const invalid = invalidRequest('POST', '/repos/{owner}/{repo}/releases', request.body);
    if (invalid) return unprocessable(invalid);
    const body = request.body as {
      tag_name: string;
      target_commitish?: string;
      name?: string;
      body?: string;
      draft?: boolean;
      prerelease?: boolean;
    };
    if (
      releases.some((r) => key(r.repository) === key(repositoryOf(request)) && r.tagName === body.tag_name && !r.draft)
    )
      return validationFailed('Release', 'tag_name');
    const target = body.target_commitish ?? repository.defaultBranch;
    if (!repository.tags.has(body.tag_name) && !body.draft) {
      // As GitHub: a release for a tag that does not exist creates it, from the target.
      const sha = repository.branches.get(target) ?? (/^[0-9a-f]{40}$/.test(target) ? target : undefined);
      if (!sha) return validationFailed('Release', 'target_commitish', 'invalid');
      repository.tag(body.tag_name, sha);
    }
    const release = state.add(`${repository.owner}/${repository.name}`, {
      tagName: body.tag_name,
      targetCommitish: target,
      name: body.name ?? body.tag_name,
      body: body.body ?? null,
      draft: body.draft ?? false,
      prerelease: body.prerelease ?? false,
    });
    return json(releaseJson(request, release), 201);
  });

  fake.route('PATCH', '/repos/{owner}/{repo}/releases/{release_id}', (request, f) => {
    const release = byId(request);
    if (!release) return notFound();
    const invalid = invalidRequest('PATCH', '/repos/{owner}/{repo}/releases/{release_id}', request.body);
    if (invalid) return unprocessable(invalid);
    const body = request.body as {
      tag_name?: string;
      name?: string;
      body?: string;
      draft?: boolean;
      prerelease?: boolean;
    };
    if (release.immutable && !release.draft && (body.tag_name !== undefined || body.draft === true))
      return unprocessable('Cannot modify the tag or draft state of an immutable release.');
    if (body.tag_name !== undefined) release.tagName = body.tag_name;
    if (body.name !== undefined) release.name = body.name;
    if (body.body !== undefined) release.body = body.body;
    if (body.prerelease !== undefined) release.prerelease = body.prerelease;
    if (body.draft === false && release.draft) {
      const repository = f.findRepository(release.repository)!;
      if (!repository.tags.has(release.tagName)) {
        const sha = repository.branches.get(release.targetCommitish) ?? release.targetCommitish;
        repository.tag(release.tagName, sha);
      }
      release.draft = false;
      release.publishedAt = PUBLISHED_AT;
    } else if (body.draft === true) {
      release.draft = true;
      release.publishedAt = null;
    }
    return json(releaseJson(request, release));
  });

  fake.route('GET', '/repos/{owner}/{repo}/releases/{release_id}/assets', (request, f) => {
    const release = byId(request);
    if (!release) return notFound();
    return paginate(
      request,
      f,
      release.assets.map((asset) => assetJson(request, release, asset)),
    );
  });

  fake.route('POST', '/repos/{owner}/{repo}/releases/{release_id}/assets', (request) => {
    // Uploads go to the uploads host (the release's upload_url); the API host does not take them.
    if (request.host !== 'uploads') return notFound();
    const release = byId(request);
    if (!release) return notFound();
    const name = request.query.get('name');
    if (!name) return unprocessable('Bad Content-Length or name');
    if (release.immutable && !release.draft) return unprocessable('Cannot upload assets to an immutable release.');
    if (release.assets.some((asset) => asset.name === name)) return validationFailed('ReleaseAsset', 'name');
    const asset = state.addAsset(release, name, request.bytes);
    asset.label = request.query.get('label');
    asset.contentType = request.headers['content-type'] ?? 'application/octet-stream';
    return json(assetJson(request, release, asset), 201);
  });

  return state;
}
