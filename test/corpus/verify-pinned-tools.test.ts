// verify-pinned-tools over real workflows: every file audits without a crash, every finding and
// every recorded pin points exactly at what it names, and the command runs on each repository.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadWorkflowPath, parseShell } from '@paved-road/workflows';
import { auditWorkflow, verifyPinnedToolsCommand } from '@paved-road/pinning';
import type { InputSource, RunContext } from '@paved-road/core';
import { corpusFiles, corpusPath } from './corpus.js';

const files = corpusFiles('workflows', (file) => /\.ya?ml$/.test(file));
const lineAt = (text: string, line: number, column: number) => (text.split(/\r?\n/)[line - 1] ?? '').slice(column - 1);

describe('corpus: verify-pinned-tools', () => {
  it.each(files)('%s: audits without a crash; positions point at the value they name', (file) => {
    const wf = loadWorkflowPath(corpusPath('workflows', file), file, { validate: false });
    expect(wf.errors).toEqual([]);
    const result = auditWorkflow(wf);
    for (const pin of result.pins) {
      expect(lineAt(wf.text, pin.line, pin.column).replace(/^["']/, '').startsWith(pin.value)).toBe(true);
    }
    for (const image of result.images) {
      for (const offset of image.offsets) expect(wf.text.slice(offset, offset + image.value.length)).toBe(image.value);
    }
    for (const finding of result.findings) {
      const text = lineAt(wf.text, finding.line, finding.column);
      expect(text.trim().length).toBeGreaterThan(0);
      if (finding.rule === 'unpinned-uses') {
        const pin = result.pins.find((p) => p.line === finding.line && p.column === finding.column);
        expect(pin ?? text).toBeDefined();
        expect(finding.message).toContain(pin ? pin.uses.name : text.split('@')[0]!.replace(/^["']/, ''));
      }
      if (finding.rule === 'unpinned-download' || finding.rule === 'unlocked-install') {
        // The finding starts at a shell word: a command or the package argument it names.
        expect(text).toMatch(/^[\w./$"'@-]/);
        const firstWord = text.split(/\s+/)[0]!.replace(/^["']/, '');
        expect(
          finding.message.includes(firstWord) ||
            /^(sudo|env|curl|wget|npm|pnpm|yarn|pip\d*|python\d*|uv|go|npx|gem|bash|sh)$/.test(firstWord),
        ).toBe(true);
      }
    }
    // Every bash run: step either parses or is reported as not parsed (never a throw).
    for (const job of wf.jobs)
      for (const step of job.steps) if (step.run) expect(typeof parseShell(step.run.text).ok).toBe('boolean');
  });

  const repos = [...new Set(files.map((f) => f.split('/')[0]!))];
  it.each(repos)('%s: the command runs end to end offline (exit 0 or 1, never an exception)', async (repo) => {
    const workspace = join(corpusPath('workflows'), repo);
    const context: RunContext = {
      workspace,
      tempDir: join(tmpdir(), `vpt-corpus-${process.pid}`),
      inActions: false,
      env: {},
      serverUrl: 'https://github.com',
      apiUrl: 'http://127.0.0.1:9',
      now: new Date(Date.UTC(2026, 0, 1)),
      buildTime: new Date(Date.UTC(2026, 0, 1)),
      log: () => undefined,
      debug: () => undefined,
    };
    const values: Record<string, string> = { online: 'false', 'show-summary': 'false' };
    const inputs: InputSource = {
      get: (name) => values[name] ?? verifyPinnedToolsCommand.inputs.find((i) => i.name === name)?.default ?? '',
      getList: () => [],
      isSet: (name) => name in values,
    };
    const result = await verifyPinnedToolsCommand.run(verifyPinnedToolsCommand.parse(inputs, context), context);
    expect([0, 1]).toContain(result.exitCode);
    const json = result.json as { findings: Array<{ file: string; line: number; column: number }> };
    for (const finding of json.findings) {
      expect(finding.line).toBeGreaterThan(0);
      expect(finding.column).toBeGreaterThan(0);
    }
  });
});
