import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { resolve } from 'node:path';
import { loadWorkflowPath } from '@paved-road/workflows';
import { audit, localLoader } from '../src/command.js';
import { KNOWLEDGE_BASE, SCOPE_LEVELS, lookupAction, majorOf } from '../src/knowledge/index.js';
import { targetScopes } from '../src/rules.js';

/** GitHub's own workflow schema (shipped in @actions/workflow-parser): the scopes `permissions:` accepts. */
function schemaScopes(): Record<string, string> {
  const require = createRequire(join(__dirname, '../../workflows/package.json'));
  const main = require.resolve('@actions/workflow-parser');
  let dir = dirname(main);
  while (!dir.endsWith('workflow-parser')) dir = dirname(dir);
  const schema = JSON.parse(readFileSync(join(dir, 'dist', 'workflow-v1.0.min.json'), 'utf8'));
  const properties = schema.definitions['permissions-mapping'].mapping.properties as Record<string, { type: string }>;
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, v.type]));
}

describe('knowledge base', () => {
  it('covers at least 150 actions, every one named owner/repo[/path] in lower case, with a summary', () => {
    const names = new Set(KNOWLEDGE_BASE.map((e) => e.uses));
    expect(names.size).toBeGreaterThanOrEqual(150);
    for (const entry of KNOWLEDGE_BASE) {
      expect(entry.uses).toMatch(/^[a-z0-9_.-]+\/[a-z0-9_.-]+(\/[a-z0-9_./-]+)?$/);
      expect(entry.summary.length).toBeGreaterThan(10);
    }
  });

  it("uses exactly the scopes and levels of GitHub's workflow schema", () => {
    const schema = schemaScopes();
    expect(Object.keys(SCOPE_LEVELS).sort()).toEqual(Object.keys(schema).sort());
    const levels: Record<string, string[]> = {
      'permission-level-any': ['read', 'write'],
      'permission-level-write-or-no-access': ['write'],
      'permission-level-read-or-no-access': ['read'],
    };
    for (const [scope, type] of Object.entries(schema))
      expect([...SCOPE_LEVELS[scope as keyof typeof SCOPE_LEVELS]]).toEqual(levels[type]);
  });

  it('gives every need a valid scope and level and a one-line reason', () => {
    for (const entry of KNOWLEDGE_BASE) {
      for (const need of entry.needs) {
        expect(Object.keys(SCOPE_LEVELS)).toContain(need.scope);
        expect(SCOPE_LEVELS[need.scope] as readonly string[]).toContain(need.level);
        expect(need.reason).toMatch(/^[a-z].{8,}$/);
        expect(need.reason).not.toMatch(/\n/);
        if (need.scope === 'id-token') expect(need.via).toBe('oidc');
        // A scope needed through the token must have a way for the token to arrive.
        if ((need.via ?? 'token') === 'token') expect(entry.token).toBeDefined();
      }
    }
  });

  it('has no duplicate entries for the same action and version range', () => {
    const seen = new Set<string>();
    for (const entry of KNOWLEDGE_BASE) {
      const key = `${entry.uses}@${entry.majors?.join('-') ?? '*'}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('covers the families the issue names', () => {
    const names = KNOWLEDGE_BASE.map((e) => e.uses);
    for (const prefix of [
      'actions/',
      'github/codeql-action/',
      'docker/',
      'aws-actions/',
      'azure/',
      'google-github-actions/',
      'peter-evans/',
      'paved-road/paved-road/actions/',
    ]) {
      expect(names.filter((n) => n.startsWith(prefix)).length).toBeGreaterThanOrEqual(4);
    }
    for (const name of [
      'softprops/action-gh-release',
      'googleapis/release-please-action',
      'changesets/action',
      'dependabot/fetch-metadata',
      'codecov/codecov-action',
      'pypa/gh-action-pypi-publish',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('records the facts the issue gives as examples', () => {
    const checkout = lookupAction('actions/checkout@v5')!;
    expect(checkout.token).toEqual({ input: 'token', defaultsToGithubToken: true });
    expect(checkout.needs).toEqual([expect.objectContaining({ scope: 'contents', level: 'read' })]);
    expect(lookupAction('github/codeql-action/upload-sarif@v3')!.needs).toContainEqual(
      expect.objectContaining({ scope: 'security-events', level: 'write' }),
    );
    const attest = lookupAction('actions/attest-build-provenance@v2')!.needs.map((n) => `${n.scope}:${n.level}`);
    expect(attest).toEqual(expect.arrayContaining(['id-token:write', 'attestations:write']));
  });

  it('picks the entry for the major version, and the newest for a SHA', () => {
    expect(majorOf('v4.1.2')).toBe(4);
    expect(majorOf('3')).toBe(3);
    expect(majorOf('main')).toBeUndefined();
    expect(majorOf('0123456789012345678901234567890123456789')).toBeUndefined();
    expect(lookupAction('actions/download-artifact@v3')!.needs).toEqual([]);
    expect(lookupAction('actions/download-artifact@v4')!.needs).toHaveLength(1);
    expect(lookupAction('actions/download-artifact@0123456789012345678901234567890123456789')!.majors).toEqual([4]);
    expect(lookupAction('Actions/Checkout@v4')).toBeDefined();
    expect(lookupAction('someone/unknown@v1')).toBeUndefined();
  });

  it("describes this suite's reusable workflows exactly as the engine computes them from their source", () => {
    const root = resolve(__dirname, '../../..');
    for (const name of ['release.yml', 'deploy-gate.yml']) {
      const file = `.github/workflows/${name}`;
      const wf = loadWorkflowPath(resolve(root, file), file);
      const { computed } = audit(wf, localLoader(root), new Map());
      const union: Record<string, string> = {};
      for (const [id, job] of computed) {
        // Every use of the token is worked out, and no step may use a right its grant gives beyond that
        // (the build job runs the caller's command, but is granted nothing it could mint or push with).
        expect(job.unknown).toEqual([]);
        expect(
          targetScopes(
            wf,
            wf.jobs.find((j) => j.id === id)!,
            job,
          ).kept,
        ).toEqual({});
        for (const [scope, level] of Object.entries(job.scopes)) if (union[scope] !== 'write') union[scope] = level!;
      }
      const entry = lookupAction(`paved-road/paved-road/${file}@v1`)!;
      expect(Object.fromEntries(entry.needs.map((n) => [n.scope, n.level]))).toEqual(union);
    }
  });
});
