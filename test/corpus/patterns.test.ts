import { join } from 'node:path';
import { loadWorkflowFile, loadWorkflowPath, type WorkflowFile } from '@paved-road/workflows';
import { auditPatterns, fixArtipacked, patternRules } from '@paved-road/permissions';
import { corpusFiles, corpusPath } from './corpus.js';

const files = corpusFiles('workflows', (file) => /\.ya?ml$/.test(file));

function lineText(wf: WorkflowFile, line: number): string {
  return wf.text.split(/\r?\n/)[line - 1] ?? '';
}

describe('corpus: dangerous-pattern rules', () => {
  const loaded = files.map((file) =>
    loadWorkflowPath(join(corpusPath('workflows'), file), file.replace(/^[^/]+\//, '')),
  );

  it.each(loaded.map((wf, i) => [files[i]!, wf] as const))(
    '%s: audits without a crash; every finding points into the file at its subject',
    (_file, wf) => {
      const findings = auditPatterns(wf);
      const ids = new Set(patternRules.map((r) => r.id));
      for (const finding of findings) {
        expect(ids.has(finding.rule)).toBe(true);
        const text = lineText(wf, finding.line).slice(finding.column - 1);
        expect(text.length).toBeGreaterThan(0);
        if (finding.rule === 'template-injection') expect(text.startsWith('${{')).toBe(true);
        if (['overprovisioned-secrets', 'unredacted-secrets'].includes(finding.rule))
          expect(text.startsWith('${{')).toBe(true);
        if (finding.rule === 'artipacked')
          expect(text.replace(/^["']/, '').toLowerCase().startsWith('actions/checkout')).toBe(true);
        if (finding.rule === 'dangerous-triggers' && finding.severity === 'warning')
          expect(text).toMatch(/^(pull_request_target|workflow_run)/);
      }
    },
  );

  it.each(loaded.map((wf, i) => [files[i]!, wf] as const))(
    '%s: the artipacked fix leaves a valid file with no artipacked finding left to fix',
    (_file, wf) => {
      const fixed = fixArtipacked(wf);
      const again = loadWorkflowFile(wf.file, fixed.text);
      expect(again.errors).toEqual([]);
      const left = auditPatterns(again, { rules: ['artipacked'] });
      expect(left.map((f) => f.step)).toEqual(fixed.skipped.map((s) => s.step));
      expect(fixArtipacked(again).text).toBe(fixed.text);
    },
  );

  it('finds the known patterns the corpus contains (a sample, not a ground truth)', () => {
    const all = loaded.flatMap((wf) => auditPatterns(wf));
    const rules = new Set(all.map((f) => f.rule));
    expect(rules.has('artipacked')).toBe(true);
    expect(rules.has('dangerous-triggers')).toBe(true);
  });
});
