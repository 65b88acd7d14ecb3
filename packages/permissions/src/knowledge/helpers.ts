import type { InputCondition, Level, Scope, ScopeNeed, TokenIntake } from './types.js';

/** The token arrives through `input`, which defaults to `${{ github.token }}`. */
export function tokenInput(input: string): TokenIntake {
  return { input, defaultsToGithubToken: true };
}

/** The token arrives through `input` only when the workflow passes it (no default). */
export function explicitInput(input: string): TokenIntake {
  return { input, defaultsToGithubToken: false };
}

/** The token arrives through environment variables the workflow sets. */
export function tokenEnv(...names: string[]): TokenIntake {
  return { env: names };
}

export function need(scope: Scope, level: Level, reason: string, when?: InputCondition | InputCondition[]): ScopeNeed {
  return when ? { scope, level, reason, when } : { scope, level, reason };
}

/** id-token: write for an OIDC token request: independent of how the GITHUB_TOKEN is passed. */
export function oidc(reason: string, when?: InputCondition | InputCondition[]): ScopeNeed {
  return when
    ? { scope: 'id-token', level: 'write', reason, via: 'oidc', when }
    : { scope: 'id-token', level: 'write', reason, via: 'oidc' };
}

export const set = (input: string): InputCondition => ({ input, set: true });
export const unset = (input: string): InputCondition => ({ input, set: false });
export const isTrue = (input: string): InputCondition => ({ input, oneOf: ['true'] });
export const notFalse = (input: string): InputCondition => ({ input, notOneOf: ['false'] });
