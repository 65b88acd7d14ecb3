// The minimal-permissions engine over real workflows: no crash, positions that point at what they name,
// a fix that leaves valid files and is idempotent, and the command end to end on every file at once.
import { join } from 'node:path';
import { loadWorkflowFile, loadWorkflowPath, type WorkflowFile } from '@paved-road/workflows';
import {
  audit,
  combinedFix,
  localLoader,
  permissionFindings,
  SCOPE_LEVELS,
  targetScopes,
} from '@paved-road/permissions';
import { corpusFiles, corpusPath } from './corpus.js';

const files = corpusFiles('workflows', (file) => /\.ya?ml$/.test(file));

function lineText(wf: WorkflowFile, line: number): string {
  return wf.text.split(/\r?\n/)[line - 1] ?? '';
}

describe('corpus: harden-permissions', () => {
  // Each origin repository is its own workspace (local actions and called workflows resolve inside it).
  const entries = files.map((file) => {
    const [repo] = file.split('/');
    const root = join(corpusPath('workflows'), repo!);
    const rel = file.slice(repo!.length + 1);
    const wf = loadWorkflowPath(join(root, rel), rel);
    return { file, wf, root };
  });

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s: computes every job without a crash; findings point at their subject',
    (_file, { wf, root }) => {
      expect(wf.errors).toEqual([]);
      const { computed } = audit(wf, localLoader(root), new Map());
      expect(computed.size).toBe(wf.jobs.length);
      for (const need of computed.values()) {
        for (const [scope, level] of Object.entries(need.scopes)) {
          expect(SCOPE_LEVELS[scope as keyof typeof SCOPE_LEVELS] as readonly string[]).toContain(level);
          expect(need.reasons[scope as keyof typeof SCOPE_LEVELS]!.length).toBeGreaterThan(0);
        }
        expect(need.explained).toBe(need.unknown.length === 0 && need.mayUse.length === 0);
      }
      for (const finding of permissionFindings(wf, computed)) {
        const text = lineText(wf, finding.line).slice(finding.column - 1);
        expect(text.length).toBeGreaterThan(0);
        if (
          finding.rule === 'excessive-permissions' &&
          finding.message.startsWith(`Job ${finding.job} runs with the default`)
        ) {
          expect(
            text.startsWith(`${finding.job}:`) ||
              text.startsWith(`"${finding.job}":`) ||
              text.startsWith(`'${finding.job}':`),
          ).toBe(true);
        } else if (finding.rule === 'excessive-permissions' && /^Job .* is granted more/.test(finding.message)) {
          expect(text.startsWith('permissions')).toBe(true);
        } else if (finding.rule === 'excessive-permissions' && /at workflow level/.test(finding.message)) {
          expect(text).toMatch(/^(write-all|read-all|[a-z-]+:\s*write)/);
        } else if (finding.rule === 'undocumented-permissions') {
          expect(text).toMatch(/^["']?[a-z-]+["']?:\s*["']?write/);
        } else if (finding.rule === 'unknown-action-permissions') {
          // A step's uses: value, a run: command, or a called workflow.
          expect(text).not.toMatch(/^\s*$/);
        }
      }
    },
  );

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s: the fix leaves a valid file, is idempotent, and fixed jobs get exactly their map (needs plus kept rights)',
    (_file, entry) => {
      const audited = audit(entry.wf, localLoader(entry.root), new Map());
      const first = combinedFix(audited);
      const again = loadWorkflowFile(entry.wf.file, first.text);
      expect(again.errors).toEqual([]);
      const reaudited = audit(again, localLoader(entry.root), new Map());
      expect(combinedFix(reaudited).text).toBe(first.text);
      for (const job of again.jobs) {
        const need = reaudited.computed.get(job.id)!;
        if (entry.wf.kind !== 'workflow' || need.unknown.length || !first.changed) continue;
        if (first.notes.some((n) => n.startsWith(`job ${job.id}: permissions not changed`))) continue;
        const granted = Object.fromEntries(
          [...(job.permissions?.scopes ?? new Map())]
            .filter(([, s]) => s.level !== 'none')
            .map(([name, s]) => [name, s.level]),
        );
        expect(granted).toEqual(targetScopes(again, job, need).scopes);
      }
    },
  );

  it('works out every token use of at least 40% of the corpus jobs, and explains at least 15% fully (measured 43% and 16%: the rest call unlisted actions, local actions outside the corpus, scripts that get the token, or run code of their repository that may use the OIDC token)', () => {
    let jobs = 0;
    let explained = 0;
    let worked = 0;
    for (const entry of entries) {
      for (const need of audit(entry.wf, localLoader(entry.root), new Map()).computed.values()) {
        jobs++;
        if (need.explained) explained++;
        if (!need.unknown.length) worked++;
      }
    }
    expect(jobs).toBeGreaterThan(100);
    expect(worked / jobs).toBeGreaterThanOrEqual(0.4);
    expect(explained / jobs).toBeGreaterThanOrEqual(0.15);
  });
});
