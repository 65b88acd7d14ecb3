// This repository's own workflows and templates are what the paved road tells others to write:
// verify-pinned-tools finds nothing to report in them (offline).
import { join } from 'node:path';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { InputSource, RunContext } from '@paved-road/core';
import { loadWorkflowPath } from '@paved-road/workflows';
import { auditWorkflow, verifyPinnedToolsCommand } from '@paved-road/pinning';
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

it('the command over the repository with its default paths (workflows, every action.yml, Dockerfiles, scripts under .github) reports nothing', async () => {
  const tempDir = mkdtempSync(join(tmpdir(), 'vpt-self-'));
  const context: RunContext = {
    workspace: repoRoot,
    tempDir,
    inActions: false,
    env: {},
    serverUrl: 'https://github.com',
    apiUrl: 'http://127.0.0.1:9',
    now: new Date(Date.UTC(2026, 0, 1)),
    buildTime: new Date(Date.UTC(2026, 0, 1)),
    log: () => undefined,
    debug: () => undefined,
  };
  const values: Record<string, string> = {
    online: 'false',
    'show-summary': 'false',
    'sarif-file': join(tempDir, 'out.sarif'),
  };
  const inputs: InputSource = {
    get: (name) => values[name] ?? verifyPinnedToolsCommand.inputs.find((i) => i.name === name)?.default ?? '',
    getList: () => [],
    isSet: (name) => name in values,
  };
  const result = await verifyPinnedToolsCommand.run(verifyPinnedToolsCommand.parse(inputs, context), context);
  const json = result.json as { findings: unknown[]; pins: { total: number; pinned: number } };
  expect(json.findings).toEqual([]);
  expect(json.pins.total).toBeGreaterThan(0);
  expect(json.pins.pinned).toBe(json.pins.total);
  expect(result.exitCode).toBe(0);
});
