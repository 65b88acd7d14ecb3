import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import {
  expressionContexts,
  findExpressions,
  loadWorkflowPath,
  validateWithGitHub,
  type WorkflowFile,
} from '@paved-road/workflows';
import { githubErrors } from '../../packages/workflows/test/github.js';
import { corpusFiles, corpusPath } from './corpus.js';

const files = corpusFiles('workflows', (file) => /\.ya?ml$/.test(file));

/** Source lines of a file, to read the text at a model position. */
function lineText(wf: WorkflowFile, line: number): string {
  return wf.text.split(/\r?\n/)[line - 1] ?? '';
}

function textAt(wf: WorkflowFile, line: number, column: number, length: number): string {
  return lineText(wf, line).slice(column - 1, column - 1 + length);
}

/** The scalar at a position, without its quotes when quoted (positions of quoted scalars are at the quote). */
function scalarAt(wf: WorkflowFile, line: number, column: number, length: number): string {
  const text = lineText(wf, line).slice(column - 1);
  return (/^["']/.test(text) ? text.slice(1) : text).slice(0, length);
}

describe('corpus: every workflow and action.yml loads', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  describe.each(files)('%s', (file) => {
    // The corpus folder name stands in for the repository root, so kinds come from the real paths.
    const wf = loadWorkflowPath(join(corpusPath('workflows'), file), file.replace(/^[^/]+\//, ''));

    it('loads without errors: GitHub accepts every corpus file', () => {
      expect(wf.errors).toEqual([]);
      if (wf.kind === 'workflow') {
        expect(wf.triggers.length).toBeGreaterThan(0);
        expect(wf.jobs.length).toBeGreaterThan(0);
      } else {
        expect(wf.action?.runs).toBeDefined();
      }
    });

    it('positions of jobs, steps, uses, with and env point at their text', () => {
      for (const job of wf.jobs) {
        if (!job.composite) expect(scalarAt(wf, job.position.line, job.position.column, job.id.length)).toBe(job.id);
        for (const step of job.steps) {
          const first = lineText(wf, step.position.line).slice(step.position.column - 1);
          expect(first).toMatch(/^[\w-]+:/);
          if (step.uses) {
            expect(scalarAt(wf, step.uses.line, step.uses.column, step.uses.value.length)).toBe(step.uses.value);
          }
          for (const [name, value] of step.with) {
            if (value.value === '' || value.value.includes('\n')) continue;
            const at = textAt(wf, value.line, value.column, 1);
            expect([name, at === value.value[0] || at === '"' || at === "'" || at === '|' || at === '>']).toEqual([
              name,
              true,
            ]);
          }
          for (const entry of step.env)
            expect(scalarAt(wf, entry.key.line, entry.key.column, entry.name.length)).toBe(entry.name);
        }
      }
    });

    it("validating the loaded Document gives what GitHub's parser gives the text, for the file and broken copies", async () => {
      const text = readFileSync(join(corpusPath('workflows'), file), 'utf8');
      // Broken copies: an unknown top-level key, a known key renamed, an expression that does not parse.
      const variants = [
        text,
        `${text.trimEnd()}\nnot-a-key: 1\n`,
        text.replace(/^( *)(runs-on|using):/m, '$1$2x:'),
        text.replace(/\$\{\{\s*([a-z])/, '${{ ($1'),
        // A check of the conversion stage (GitHub's convertWorkflowTemplate): an unknown job in needs.
        text.replace(/^( +)runs-on:/m, '$1needs: [no-such-job]\n$1runs-on:'),
      ];
      for (const variant of variants) {
        const lineCounter = new LineCounter();
        const document = parseDocument(variant, {
          lineCounter,
          keepSourceTokens: true,
          uniqueKeys: false,
          prettyErrors: false,
        });
        if (document.errors.length) continue;
        const expected = await githubErrors(file, variant, wf.kind);
        expect(validateWithGitHub(file, variant, wf.kind, { document, lineCounter })).toEqual(expected);
        expect(validateWithGitHub(file, variant, wf.kind)).toEqual(expected);
      }
      expect(validateWithGitHub(file, variants[1]!, wf.kind).length).toBeGreaterThan(0);
      if (wf.kind === 'workflow' && /^ +runs-on:/m.test(text))
        expect(
          validateWithGitHub(file, variants[4]!, wf.kind)
            .map((e) => e.message)
            .join('\n'),
        ).toMatch(/no-such-job|no dependencies|already defined/);
    });

    it('permission scopes point at their names and levels', () => {
      const blocks = [wf.permissions, ...wf.jobs.map((j) => j.permissions)];
      for (const block of blocks) {
        if (!block) continue;
        expect(textAt(wf, block.position.line, block.position.column, 'permissions'.length)).toBe('permissions');
        for (const [scope, entry] of block.scopes) {
          expect(scalarAt(wf, entry.position.line, entry.position.column, scope.length)).toBe(scope);
          expect(scalarAt(wf, entry.valuePosition.line, entry.valuePosition.column, entry.level.length)).toBe(
            entry.level,
          );
        }
      }
    });

    it('every literal character of every run script maps to the same character in the file', () => {
      for (const job of wf.jobs) {
        for (const step of job.steps) {
          const run = step.run;
          if (!run) continue;
          for (let i = 0; i < run.text.length; i++) {
            const c = run.text[i]!;
            if (/\s/.test(c)) continue;
            const pos = run.offsetToPosition(i);
            const at = textAt(wf, pos.line, pos.column, 1);
            // Escapes (double-quoted scalars) map to their backslash, '' to its first quote.
            if (at !== c)
              expect([step.index, i, c, at]).toEqual([step.index, i, c, at === '\\' || at === "'" ? at : c]);
          }
          for (const found of findExpressions(run.text, run.offsetToPosition)) {
            expect(textAt(wf, found.line!, found.column!, 3)).toBe('${{');
            // Every expression in a corpus script parses and reads something or is a literal.
            expect(Array.isArray(expressionContexts(found.expression))).toBe(true);
          }
        }
      }
    });
  });
});
