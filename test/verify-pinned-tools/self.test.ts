// This repository's own workflows and templates are what the paved road tells others to write:
// verify-pinned-tools finds nothing to report in them (offline).
import { join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { loadWorkflowPath } from '@paved-road/workflows';
import { auditWorkflow } from '@paved-road/pinning';
import { repoRoot } from '../harness/index.js';

const dirs = ['.github/workflows', 'workflows-templates', 'workflows-templates/starters'];
const files = dirs.flatMap((dir) =>
  existsSync(join(repoRoot, dir))
    ? readdirSync(join(repoRoot, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => `${dir}/${f}`)
    : [],
);

it('has workflows to check', () => {
  expect(files.length).toBeGreaterThan(0);
});

it.each(files)('%s: every action pinned by SHA with a version comment, nothing fetched without integrity', (file) => {
  const wf = loadWorkflowPath(join(repoRoot, file), file, { validate: false, kind: 'workflow' });
  expect(wf.errors).toEqual([]);
  const result = auditWorkflow(wf);
  expect(result.findings).toEqual([]);
  for (const pin of result.pins)
    expect([pin.value, pin.pinned, pin.comment !== undefined]).toEqual([pin.value, true, true]);
});
