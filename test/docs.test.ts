// The rules sections of the READMEs are generated from the rule registry, so docs cannot drift
// from code. `UPDATE_DOCS=1 pnpm test -- test/docs.test.ts` rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coreRules, renderRulesMarkdown, replaceMarkedSection, ruleHelpUri } from '@paved-road/core';
import { commands } from './commands.js';
import { repoRoot } from './harness/index.js';

const MARKER = 'rules';
const update = process.env.UPDATE_DOCS === '1';

const documents: Array<{ file: string; rules: typeof coreRules }> = [
  { file: 'docs/policy.md', rules: coreRules },
  ...commands
    .filter((command) => command.rules?.length)
    .map((command) => ({
      file: `actions/${command.name}/README.md`,
      rules: command.rules!.filter((rule) => rule.action === command.name),
    })),
];

describe.each(documents)('$file', ({ file, rules }) => {
  const path = join(repoRoot, file);

  test('exists and has a generated rules section equal to the registry', () => {
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    const expected = replaceMarkedSection(text, MARKER, renderRulesMarkdown(rules));
    if (update && expected !== text) writeFileSync(path, expected);
    expect(update ? expected : text).toBe(expected);
  });

  test("every rule's help link points at an anchor in this document", () => {
    const text = readFileSync(path, 'utf8');
    for (const rule of rules) {
      expect(ruleHelpUri(rule)).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}#${rule.id}$`));
      expect(text).toContain(`<a id="${rule.id}"></a>`);
    }
  });
});

test('every rule a command reports is documented in some README', () => {
  const documented = new Set(documents.flatMap((d) => d.rules.map((r) => r.id)));
  for (const command of commands)
    for (const rule of command.rules ?? []) expect([rule.id, documented.has(rule.id)]).toEqual([rule.id, true]);
});

// A rule id copied from the docs into an exception or an inline suppression must waive something:
// every id the docs name (`rule: <id>` in policy examples, `ignore[<id>, ...]` in comments) is a rule.
test('every rule id the docs name in exceptions and suppressions exists', () => {
  const known = new Set([...coreRules, ...commands.flatMap((command) => command.rules ?? [])].map((rule) => rule.id));
  // verify-release's exceptions name its checks, which are named after the inputs they enforce.
  const checks = new Set(
    commands.find((command) => command.name === 'verify-release')!.inputs.map((input) => input.name),
  );
  const files = ['README.md', 'docs/policy.md', ...commands.map((command) => `actions/${command.name}/README.md`)];
  const named: Array<[string, string]> = [];
  for (const file of files) {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    for (const [, id = ''] of text.matchAll(/^\s*-?\s*rule:\s*([a-z0-9-]+)\s*$/gm))
      if (!(file.includes('verify-release') && checks.has(id))) named.push([file, id]);
    for (const [, list = ''] of text.matchAll(/ignore\[([^\]]+)\]/g))
      for (const id of list.split(',').map((part) => part.trim()))
        if (/^[a-z0-9-]+$/.test(id) && id !== 'rule-id') named.push([file, id]);
  }
  expect(named.length).toBeGreaterThan(3);
  // The docs spell one typo on purpose, to show the "did you mean" note.
  const unknown = named.filter(([, id]) => !known.has(id) && id !== 'unpined-uses');
  expect(unknown).toEqual([]);
});
