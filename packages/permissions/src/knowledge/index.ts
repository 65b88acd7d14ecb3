import { cloudActions } from './cloud.js';
import { communityActions } from './community.js';
import { githubActions } from './github.js';
import { pavedRoadActions } from './paved-road.js';
import type { ActionKnowledge } from './types.js';
import { reusableWorkflows } from './workflows.js';

export * from './types.js';
export * from './commands.js';

/** Every entry of the knowledge base. */
export const KNOWLEDGE_BASE: readonly ActionKnowledge[] = [
  ...githubActions,
  ...cloudActions,
  ...communityActions,
  ...pavedRoadActions,
  ...reusableWorkflows,
];

const byName = new Map<string, ActionKnowledge[]>();
for (const entry of KNOWLEDGE_BASE) {
  const key = entry.uses.toLowerCase();
  const list = byName.get(key) ?? [];
  list.push(entry);
  byName.set(key, list);
}

/** `owner/repo[/path]@ref` split into a lower-case name and the ref. */
export function splitUses(uses: string): { name: string; ref: string } {
  const at = uses.lastIndexOf('@');
  const name = (at === -1 ? uses : uses.slice(0, at)).replace(/\/+$/, '').toLowerCase();
  return { name, ref: at === -1 ? '' : uses.slice(at + 1) };
}

/** The major version a ref names (`v4`, `v4.1.2`, `4`, `releases/v2`), or undefined (a SHA or a branch). */
export function majorOf(ref: string): number | undefined {
  const match = /^(?:.*\/)?v?(\d+)(?:\.\d+)*(?:[-+].*)?$/.exec(ref);
  if (!match || /^[0-9a-f]{40}$/i.test(ref)) return undefined;
  return Number(match[1]);
}

/**
 * The knowledge for a `uses:` value. With several entries by major version, the one covering the
 * ref's major; for a SHA or branch (major unknown: the `# vX` comment is not trusted), the newest.
 */
export function lookupAction(uses: string, major?: number): ActionKnowledge | undefined {
  const { name, ref } = splitUses(uses);
  const entries = byName.get(name);
  if (!entries) return undefined;
  if (entries.length === 1) return entries[0];
  const wanted = major ?? majorOf(ref);
  if (wanted !== undefined) {
    const hit = entries.find(
      (e) => !e.majors || (wanted >= e.majors[0] && (e.majors[1] === undefined || wanted <= e.majors[1])),
    );
    if (hit) return hit;
  }
  return [...entries].sort((a, b) => (b.majors?.[0] ?? 0) - (a.majors?.[0] ?? 0))[0];
}
