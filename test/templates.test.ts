// The reusable workflows users call live in .github/workflows/; their source is workflows-templates/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './harness/index.js';

const templates = readdirSync(join(repoRoot, 'workflows-templates')).filter((f) => f.endsWith('.yml'));

test('there are reusable workflows to call', () => {
  expect(templates.sort()).toEqual(['paved-road.yml', 'verify-release.yml']);
});

describe.each(templates)('%s', (file) => {
  const source = readFileSync(join(repoRoot, 'workflows-templates', file), 'utf8');

  test('the callable copy in .github/workflows is identical', () => {
    expect(readFileSync(join(repoRoot, '.github/workflows', file), 'utf8')).toBe(source);
  });

  test('is a reusable workflow with nothing granted at the top', () => {
    const workflow = parse(source);
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    expect(workflow.permissions).toEqual({});
  });

  test('pins every action to a full commit SHA with a version comment', () => {
    const uses = [...source.matchAll(/uses:\s*(\S+)(.*)/g)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      expect([ref, /@[0-9a-f]{40}$/.test(ref!)]).toEqual([ref, true]);
      expect(rest).toMatch(/# v\d+\.\d+\.\d+/);
    }
  });
});
