import type { Level, Scope } from './knowledge/index.js';

/** What one GitHub API call needs, or why that cannot be known. */
export type ApiNeed =
  { kind: 'scopes'; scopes: { scope: Scope; level: Level }[]; what: string } | { kind: 'unknown'; what: string };

const READ_METHODS = new Set(['GET', 'HEAD']);

/** Repository sub-resources (the segment after `/repos/{owner}/{repo}/`) and the scope that guards them. */
const REPO_RESOURCES: Record<string, Scope | null> = {
  issues: 'issues',
  labels: 'issues',
  milestones: 'issues',
  assignees: 'issues',
  pulls: 'pull-requests',
  contents: 'contents',
  git: 'contents',
  commits: 'contents',
  branches: 'contents',
  releases: 'contents',
  tags: 'contents',
  merges: 'contents',
  compare: 'contents',
  zipball: 'contents',
  tarball: 'contents',
  readme: 'contents',
  dispatches: 'contents',
  'dependency-graph': 'contents',
  deployments: 'deployments',
  environments: 'deployments',
  actions: 'actions',
  'check-runs': 'checks',
  'check-suites': 'checks',
  statuses: 'statuses',
  pages: 'pages',
  'code-scanning': 'security-events',
  dependabot: 'vulnerability-alerts',
  attestations: 'attestations',
  packages: 'packages',
  projects: 'repository-projects',
  languages: null,
  topics: null,
  contributors: null,
  stargazers: null,
};

/**
 * The scope a REST call needs, from its method and path (`/repos/{owner}/{repo}/issues/1/comments`;
 * placeholders, `$VARS` and `${{ }}` allowed in the owner and repo). GET and HEAD need read, anything
 * else write. Paths outside the table are unknown: better an honest "cannot tell" than a guess.
 */
export function restNeeds(method: string, rawPath: string): ApiNeed {
  const verb = method.toUpperCase();
  const level: Level = READ_METHODS.has(verb) ? 'read' : 'write';
  let path = rawPath
    .trim()
    .replace(/^https?:\/\/[^/]+/i, '')
    .replace(/^\$\{?GITHUB_API_URL\}?/, '')
    .replace(/^\$\{\{\s*github\.api_url\s*\}\}/, '');
  path = path.replace(/[?#].*$/, '').replace(/^\/+/, '');
  const what = `${verb} /${path}`;
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'graphql') return { kind: 'unknown', what: `${what} (GraphQL: the scopes depend on the query)` };
  if (parts[0] === 'repos') {
    if (parts.length <= 3) {
      return level === 'read'
        ? { kind: 'scopes', scopes: [], what }
        : { kind: 'unknown', what: `${what} (repository settings need admin rights the GITHUB_TOKEN never has)` };
    }
    const resource = parts[3]!;
    if (resource === 'commits' && parts[5] === 'statuses') return one('statuses', level, what);
    if (resource === 'commits' && parts[5] === 'status') return one('statuses', 'read', what);
    if (resource === 'commits' && (parts[5] === 'check-runs' || parts[5] === 'check-suites'))
      return one('checks', 'read', what);
    if (resource === 'commits' && parts[5] === 'pulls') return one('pull-requests', 'read', what);
    if (resource === 'pulls' && parts[5] === 'merge' && level === 'write') {
      return {
        kind: 'scopes',
        scopes: [
          { scope: 'pull-requests', level: 'write' },
          { scope: 'contents', level: 'write' },
        ],
        what,
      };
    }
    if (resource === 'dependabot') return one('vulnerability-alerts', 'read', what);
    if (!(resource in REPO_RESOURCES)) return { kind: 'unknown', what };
    const scope = REPO_RESOURCES[resource];
    if (scope === null || scope === undefined) return { kind: 'scopes', scopes: [], what };
    if (scope === 'vulnerability-alerts') return one(scope, 'read', what);
    return one(scope, level, what);
  }
  if ((parts[0] === 'orgs' || parts[0] === 'users') && parts[2] === 'packages') return one('packages', level, what);
  if (parts[0] === 'user' && parts[1] === 'packages') return one('packages', level, what);
  if (
    parts[0] === 'search' ||
    parts[0] === 'rate_limit' ||
    parts[0] === 'meta' ||
    parts[0] === 'emojis' ||
    parts[0] === 'licenses'
  ) {
    return { kind: 'scopes', scopes: [], what };
  }
  return { kind: 'unknown', what };
}

function one(scope: Scope, level: Level, what: string): ApiNeed {
  return { kind: 'scopes', scopes: [{ scope, level }], what };
}

/** Octokit namespaces (`github.rest.<namespace>.<method>`) and their scope; `repos` is split by method. */
const OCTOKIT_NAMESPACES: Record<string, Scope | null | 'repos'> = {
  issues: 'issues',
  pulls: 'pull-requests',
  repos: 'repos',
  git: 'contents',
  checks: 'checks',
  actions: 'actions',
  reactions: 'issues',
  packages: 'packages',
  codeScanning: 'security-events',
  dependabot: 'vulnerability-alerts',
  projects: 'repository-projects',
  search: null,
  users: null,
  rateLimit: null,
  markdown: null,
  meta: null,
  licenses: null,
  emojis: null,
};

/** `repos.*` methods that touch something other than contents. */
const REPOS_METHODS: [RegExp, Scope | null][] = [
  [/CommitStatus|CombinedStatus|StatusesForRef/i, 'statuses'],
  [/Deployment|Environment/i, 'deployments'],
  [/Pages/i, 'pages'],
  [/Attestation/i, 'attestations'],
  [/^(get|listLanguages|listTopics|listContributors)$/, null],
];

/** What an octokit call `namespace.method` needs (actions/github-script). */
export function octokitNeeds(namespace: string, method: string): ApiNeed {
  const what = `${namespace}.${method}`;
  const level: Level = /^(get|list|check|compare|download|search|paginate)/.test(method) ? 'read' : 'write';
  const mapped = OCTOKIT_NAMESPACES[namespace];
  if (mapped === undefined) return { kind: 'unknown', what };
  if (mapped === null) return { kind: 'scopes', scopes: [], what };
  if (mapped === 'repos') {
    for (const [pattern, scope] of REPOS_METHODS) {
      if (pattern.test(method)) return scope ? one(scope, level, what) : { kind: 'scopes', scopes: [], what };
    }
    if (
      /^(createDispatchEvent|merge|createRelease|updateRelease|deleteRelease|uploadReleaseAsset|createOrUpdateFileContents|deleteFile|createCommitComment)$/.test(
        method,
      )
    ) {
      return one('contents', 'write', what);
    }
    if (/Collaborator|Webhook|Invitation|Protection|Ruleset|Autolink|DeployKey|update$|delete$|transfer/.test(method)) {
      return { kind: 'unknown', what: `${what} (administration rights the GITHUB_TOKEN never has)` };
    }
    return one('contents', level, what);
  }
  if (mapped === 'vulnerability-alerts') return one(mapped, 'read', what);
  if (namespace === 'pulls' && method === 'merge') {
    return {
      kind: 'scopes',
      scopes: [
        { scope: 'pull-requests', level: 'write' },
        { scope: 'contents', level: 'write' },
      ],
      what,
    };
  }
  return one(mapped, level, what);
}

/** Every API call a github-script `script` makes, as far as its text shows. */
export function githubScriptNeeds(script: string): ApiNeed[] {
  const found: ApiNeed[] = [];
  const seen = new Set<string>();
  const add = (need: ApiNeed): void => {
    if (!seen.has(need.what)) {
      seen.add(need.what);
      found.push(need);
    }
  };
  for (const match of script.matchAll(/\bgithub\s*\.\s*(?:rest\s*\.\s*)?([A-Za-z]+)\s*\.\s*([A-Za-z]+)\b/g)) {
    const namespace = match[1]!;
    const method = match[2]!;
    if (
      namespace === 'rest' ||
      namespace === 'paginate' ||
      namespace === 'request' ||
      namespace === 'graphql' ||
      namespace === 'hook' ||
      namespace === 'log'
    )
      continue;
    add(octokitNeeds(namespace, method));
  }
  for (const match of script.matchAll(
    /\bgithub\s*\.\s*(?:request|paginate)\s*\(\s*['"`]([A-Z]+)\s+(\/[^'"`\s]*)['"`]/g,
  )) {
    add(restNeeds(match[1]!, match[2]!));
  }
  for (const match of script.matchAll(/\bgithub\s*\.\s*(?:request|paginate)\s*\(\s*['"`](\/[^'"`\s]*)['"`]/g)) {
    add(restNeeds('GET', match[1]!));
  }
  if (/\bgithub\s*\.\s*graphql\b/.test(script))
    add({ kind: 'unknown', what: 'github.graphql (the scopes depend on the query)' });
  if (/\bgithub\s*\[|\bgithub\s*\.\s*rest\s*\[/.test(script)) add({ kind: 'unknown', what: 'a computed octokit call' });
  return found;
}
