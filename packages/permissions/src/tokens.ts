// Where the GITHUB_TOKEN flows: expressions that name it, and environment variables that carry it.
import type { KeyValue } from '@paved-road/workflows';

/** `${{ github.token }}` or `${{ secrets.GITHUB_TOKEN }}` (any case for the secret name) inside an expression. */
const TOKEN_EXPRESSION =
  /\$\{\{[^}]*?\b(?:github\s*\.\s*token|github\s*\[\s*['"]token['"]\s*\]|secrets\s*\.\s*github_token|secrets\s*\[\s*['"]github_token['"]\s*\])\b[^}]*\}\}/i;

/** True when a value hands over the GITHUB_TOKEN (an expression naming it). */
export function refersToToken(value: string | undefined): boolean {
  return value !== undefined && value.includes('${{') && TOKEN_EXPRESSION.test(value);
}

/** True when a value is an expression (its content is only known at run time). */
export function isExpression(value: string | undefined): boolean {
  return value !== undefined && value.includes('${{');
}

/**
 * The environment a step sees, workflow < job < step, by variable name; `token` says whether each
 * variable carries the GITHUB_TOKEN.
 */
export function mergeEnv(...layers: readonly (readonly KeyValue[])[]): Map<string, { value: string; token: boolean }> {
  const env = new Map<string, { value: string; token: boolean }>();
  for (const layer of layers) {
    for (const entry of layer)
      env.set(entry.name, { value: entry.value.value, token: refersToToken(entry.value.value) });
  }
  return env;
}

/** Names of the variables that carry the token. */
export function tokenVariables(env: Map<string, { value: string; token: boolean }>): Set<string> {
  const names = new Set<string>();
  for (const [name, entry] of env) if (entry.token) names.add(name);
  return names;
}

/** True when shell text reads one of the variables (`$NAME`, `${NAME}`, `${NAME:-x}`, `%NAME%`, `$env:NAME`). */
export function readsVariable(text: string, names: ReadonlySet<string>): boolean {
  if (!names.size || (!text.includes('$') && !text.includes('%'))) return false;
  for (const match of text.matchAll(/\$\{?(?:env:)?([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%/g)) {
    if (names.has(match[1] ?? match[2] ?? '')) return true;
  }
  return false;
}
