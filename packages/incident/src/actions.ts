// Which workflows use a compromised action: every step `uses:` and reusable-workflow call in the given
// workflow and action.yml files (read by packages/workflows' loader, through core's read primitive),
// with the file, line, and whether the use is pinned to a commit.
import { ConfigurationError } from '@paved-road/core';
import { loadWorkflowPath, stepLabel, type Located } from '@paved-road/workflows';

export interface ActionTarget {
  /** `owner/repo` or `owner/repo/path`, lowercased (GitHub names are not case-sensitive). */
  name: string;
  /** Bad refs (tags, branches, commit SHAs); empty: every ref is affected. */
  refs: string[];
}

export interface ActionUse {
  file: string;
  line: number;
  column: number;
  uses: string;
  ref: string;
  /** Pinned to a full commit SHA. */
  pinned: boolean;
  job?: string;
  step?: string;
  /** `affected`: the ref is a bad one (or no refs were given); `unknown`: a tag or branch, which may point at a bad commit. */
  verdict: 'affected' | 'unknown';
}

export interface WorkflowVerdict {
  file: string;
  verdict: 'affected' | 'clean' | 'unknown';
  uses: ActionUse[];
  reason?: string;
}

const FULL_SHA = /^[0-9a-f]{40}$/i;

/** Parses the `action` input: `owner/repo` or `owner/repo/path`, without a ref. */
export function parseActionTargets(actions: readonly string[], refs: readonly string[]): ActionTarget[] {
  if (refs.length && !actions.length)
    throw new ConfigurationError(
      'invalid-input',
      'Input "action-refs" is given without "action".',
      undefined,
      'Name the compromised action in action (owner/repo).',
    );
  return actions.map((text) => {
    const name = text.trim().replace(/\/+$/, '');
    if (name.includes('@') || !/^[\w.-]+\/[\w.-]+(\/[^\s]+)?$/.test(name))
      throw new ConfigurationError(
        'invalid-input',
        `Input "action": "${text}" is not owner/repo or owner/repo/path.`,
        undefined,
        'Write it like tj-actions/changed-files; put bad refs in action-refs.',
      );
    return { name: name.toLowerCase(), refs: [...refs] };
  });
}

/** `owner/repo[/path]@ref` split, or undefined for local and docker uses. */
function remoteUses(value: string): { name: string; ref: string } | undefined {
  const text = value.trim();
  if (text.startsWith('./') || text.startsWith('docker://')) return undefined;
  const at = text.lastIndexOf('@');
  if (at <= 0) return undefined;
  return { name: text.slice(0, at).toLowerCase(), ref: text.slice(at + 1) };
}

function matches(target: ActionTarget, name: string): boolean {
  // The repository names every action in it: a compromised repository compromises all its paths.
  return name === target.name || (target.name.split('/').length === 2 && name.startsWith(`${target.name}/`));
}

function judge(target: ActionTarget, ref: string): 'affected' | 'unknown' | undefined {
  if (!target.refs.length) return 'affected';
  if (target.refs.some((bad) => (FULL_SHA.test(bad) ? bad.toLowerCase() === ref.toLowerCase() : bad === ref)))
    return 'affected';
  // A tag or branch may point at a bad commit; resolving it needs the network, which is not asked here.
  return FULL_SHA.test(ref) ? undefined : 'unknown';
}

/** Each workflow file's uses of the target actions. */
export function findActionUses(
  files: ReadonlyArray<{ path: string; displayName: string }>,
  targets: readonly ActionTarget[],
  workspace: string,
): WorkflowVerdict[] {
  return files.map(({ path, displayName }): WorkflowVerdict => {
    const workflow = loadWorkflowPath(path, displayName, { workspace, validate: false });
    const uses: ActionUse[] = [];
    const visit = (value: Located<string> | undefined, job?: string, step?: string) => {
      if (!value) return;
      const remote = remoteUses(value.value);
      if (!remote) return;
      for (const target of targets) {
        if (!matches(target, remote.name)) continue;
        const verdict = judge(target, remote.ref);
        if (!verdict) continue;
        uses.push({
          file: displayName,
          line: value.line,
          column: value.column,
          uses: value.value,
          ref: remote.ref,
          pinned: FULL_SHA.test(remote.ref),
          ...(job !== undefined ? { job } : {}),
          ...(step !== undefined ? { step } : {}),
          verdict,
        });
        break;
      }
    };
    for (const job of workflow.jobs) {
      const jobId = job.composite ? undefined : job.id;
      visit(job.uses, jobId);
      for (const step of job.steps) visit(step.uses, jobId, stepLabel(step));
    }
    for (const step of workflow.action?.runs?.steps ?? []) visit(step.uses, undefined, stepLabel(step));
    const unique = dedupe(uses);
    if (unique.some((u) => u.verdict === 'affected')) return { file: displayName, verdict: 'affected', uses: unique };
    if (unique.length)
      return {
        file: displayName,
        verdict: 'unknown',
        uses: unique,
        reason: 'uses the action at a tag or branch, which may point at a bad commit',
      };
    if (!workflow.jobs.length && !workflow.action && workflow.errors.length)
      return {
        file: displayName,
        verdict: 'unknown',
        uses: [],
        reason: `could not be read: ${workflow.errors[0]!.message}`,
      };
    return { file: displayName, verdict: 'clean', uses: [] };
  });
}

function dedupe(uses: ActionUse[]): ActionUse[] {
  const seen = new Set<string>();
  return uses
    .filter((use) => {
      const key = `${use.line}:${use.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
