// The workflows users call or copy live in .github/workflows/; their source is workflows-templates/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './harness/index.js';

const templates = readdirSync(join(repoRoot, 'workflows-templates')).filter((f) => f.endsWith('.yml'));
/** Called with `uses:`; the others are copied and run on their own events. */
const REUSABLE = ['deploy-gate.yml', 'release.yml'];

test('there are the reusable workflows and the event workflows to copy', () => {
  expect(templates.sort()).toEqual(['deploy-gate.yml', 'org-required.yml', 'pull-request.yml', 'release.yml']);
});

describe.each(templates)('%s', (file) => {
  const source = readFileSync(join(repoRoot, 'workflows-templates', file), 'utf8');
  const workflow = parse(source);

  test('the copy in .github/workflows is identical', () => {
    expect(readFileSync(join(repoRoot, '.github/workflows', file), 'utf8')).toBe(source);
  });

  test('grants nothing at the top, and every job says what it needs and why', () => {
    expect(workflow.permissions).toEqual({});
    for (const [id, job] of Object.entries<{ permissions?: Record<string, string> }>(workflow.jobs)) {
      expect([id, typeof job.permissions]).toEqual([id, 'object']);
    }
    for (const line of source.split('\n').filter((l) => /^\s+[a-z-]+: (read|write)\b/.test(l))) {
      expect(line).toMatch(/# why: \S/);
    }
  });

  test(REUSABLE.includes(file) ? 'is only called (workflow_call)' : 'runs on pull requests', () => {
    if (REUSABLE.includes(file)) expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    else expect(Object.keys(workflow.on)).toContain('pull_request');
  });

  test('pins every action to a full commit SHA with a version comment', () => {
    const uses = [...source.matchAll(/^\s*(?:- )?uses:\s*(\S+)(.*)/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      expect([ref, /@[0-9a-f]{40}$/.test(ref!)]).toEqual([ref, true]);
      expect(rest).toMatch(/# v\d+\.\d+\.\d+/);
    }
  });

  test('has no paths filter, so a required check always reports', () => {
    for (const trigger of Object.values<Record<string, unknown> | null>(workflow.on)) {
      expect(Object.keys(trigger ?? {}).filter((k) => k.startsWith('paths'))).toEqual([]);
    }
  });
});

describe('release.yml', () => {
  const workflow = parse(readFileSync(join(repoRoot, 'workflows-templates', 'release.yml'), 'utf8'));

  test("runs the caller's build with read access only, and signs in a later job", () => {
    expect(workflow.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(JSON.stringify(workflow.jobs.build)).toContain('BUILD_COMMAND');
    for (const [id, job] of Object.entries<Record<string, unknown>>(workflow.jobs)) {
      if (id !== 'build') expect([id, JSON.stringify(job)]).not.toEqual([id, expect.stringContaining('BUILD_COMMAND')]);
    }
    expect(workflow.jobs.provenance.needs).toBe('build');
    expect(workflow.jobs.provenance.permissions['id-token']).toBe('write');
  });
});
