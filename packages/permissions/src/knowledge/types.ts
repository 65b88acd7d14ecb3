/**
 * The token-permission knowledge base: what each widely used action needs from the GITHUB_TOKEN,
 * why, and how the token reaches it. Written here from each action's own action.yml and docs.
 */

/**
 * Every scope a workflow's `permissions:` map may name, with the levels GitHub accepts for it
 * (from the official workflow schema shipped in @actions/workflow-parser).
 */
export const SCOPE_LEVELS = {
  actions: ['read', 'write'],
  'artifact-metadata': ['read', 'write'],
  attestations: ['read', 'write'],
  checks: ['read', 'write'],
  'code-quality': ['read', 'write'],
  contents: ['read', 'write'],
  'copilot-requests': ['write'],
  deployments: ['read', 'write'],
  discussions: ['read', 'write'],
  drives: ['read', 'write'],
  'id-token': ['write'],
  issues: ['read', 'write'],
  models: ['read'],
  packages: ['read', 'write'],
  pages: ['read', 'write'],
  'pull-requests': ['read', 'write'],
  'repository-projects': ['read', 'write'],
  'security-events': ['read', 'write'],
  statuses: ['read', 'write'],
  'vulnerability-alerts': ['read'],
} as const satisfies Record<string, readonly ('read' | 'write')[]>;

export type Scope = keyof typeof SCOPE_LEVELS;
export type Level = 'read' | 'write';
export const SCOPES = Object.keys(SCOPE_LEVELS).sort() as Scope[];

export function isScope(name: string): name is Scope {
  return Object.prototype.hasOwnProperty.call(SCOPE_LEVELS, name);
}

/** How the GITHUB_TOKEN reaches an action. An action that gets it none of these ways needs no scope. */
export interface TokenIntake {
  /** The `with:` input the action reads the token from. */
  input?: string;
  /** True when that input defaults to `${{ github.token }}`: the token arrives unless the input names another secret. */
  defaultsToGithubToken?: boolean;
  /** Environment variables the action reads the token from (set by the workflow's `env:`). */
  env?: readonly string[];
  /** The action runs `git push` with the credentials actions/checkout persisted in .git/config. */
  gitCredentials?: boolean;
  /** The token always reaches it: a called reusable workflow runs with the caller job's token. */
  always?: boolean;
}

/** A condition on one `with:` input (value, or the action's default when not given). */
export interface InputCondition {
  input: string;
  /** true: the value is non-empty; false: it is empty. */
  set?: boolean;
  /** The value (case-insensitive) is one of these. */
  oneOf?: readonly string[];
  /** The value (case-insensitive) is none of these. */
  notOneOf?: readonly string[];
  /** The value matches this regular expression (case-insensitive). */
  matches?: string;
}

export interface ScopeNeed {
  scope: Scope;
  level: Level;
  /** One line: what the action does with the scope. */
  reason: string;
  /**
   * `token` (default): needed only when the GITHUB_TOKEN reaches the action.
   * `oidc`: the OIDC token request (id-token), needed whether or not the GITHUB_TOKEN is passed.
   */
  via?: 'token' | 'oidc';
  /** Needed only when every condition holds. */
  when?: InputCondition | readonly InputCondition[];
}

export interface ActionKnowledge {
  /** `owner/repo` or `owner/repo/path`, lower-case. Reusable workflows: `owner/repo/.github/workflows/x.yml`. */
  uses: string;
  /** Major versions this entry covers, inclusive (`[4]` = v4 and later, `[1, 3]` = v1 to v3). Omitted: all. */
  majors?: readonly [number, number?];
  /** One line: what the action does. */
  summary: string;
  token?: TokenIntake;
  needs: readonly ScopeNeed[];
  /** Input defaults the conditions rely on. */
  defaults?: Readonly<Record<string, string>>;
  /**
   * The action runs caller-supplied code or API calls with the token; its scopes follow from that
   * input: `github-script` (a JavaScript `script` using octokit) or `octokit-route` (a `route` input
   * like `POST /repos/{owner}/{repo}/issues`). Without the input the scopes cannot be known.
   */
  analyze?: { kind: 'github-script' | 'octokit-route'; input: string };
  /** Inputs whose values are shell commands the action runs (changesets/action's `publish`): read like `run:`. */
  runsInputs?: readonly string[];
  /** Where its needs were read (the action's README or action.yml), for the publishing and release entries. */
  source?: string;
  /** Rights it may use depending on files the audit does not read (the project's release config): kept, never added. */
  mayUse?: readonly { scope: Scope; reason: string }[];
}
