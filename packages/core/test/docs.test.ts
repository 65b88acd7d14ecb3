import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  coreRules,
  extractMarkedSection,
  renderRulesMarkdown,
  replaceMarkedSection,
  ruleHelpUri,
  type RuleDefinition,
} from '../src/index.js';

const rule: RuleDefinition = {
  id: 'unpinned-action',
  title: 'Action not pinned to a commit SHA',
  severity: 'error',
  why: 'A tag can be moved.',
  fix: 'Pin it.',
  before: 'run: |\n  cat <<EOF\n  ```\n  EOF\n',
  after: 'uses: a/b@0123456789012345678901234567890123456789 # v1.0.0',
  action: 'verify-pinned-tools',
};

describe('renderRulesMarkdown', () => {
  it('renders an anchored heading, title, severity, why, before/after and fix', () => {
    const md = renderRulesMarkdown([rule, { ...rule, id: 'second-rule', before: undefined, after: undefined }]);
    expect(md).toBe(
      [
        '<a id="unpinned-action"></a>',
        '### `unpinned-action`',
        '',
        '**Action not pinned to a commit SHA**. Default severity: error.',
        '',
        'A tag can be moved.',
        '',
        'Before:',
        '',
        // A fence longer than any backtick run inside the example.
        '````yaml',
        'run: |',
        '  cat <<EOF',
        '  ```',
        '  EOF',
        '````',
        '',
        'After:',
        '',
        '```yaml',
        'uses: a/b@0123456789012345678901234567890123456789 # v1.0.0',
        '```',
        '',
        '**Fix:** Pin it.',
        '',
        '<a id="second-rule"></a>',
        '### `second-rule`',
        '',
        '**Action not pinned to a commit SHA**. Default severity: error.',
        '',
        'A tag can be moved.',
        '',
        '**Fix:** Pin it.',
        '',
      ].join('\n'),
    );
  });

  it('gives every rule an anchor equal to the fragment of its help URI', () => {
    const md = renderRulesMarkdown(coreRules);
    for (const r of coreRules) {
      const fragment = ruleHelpUri(r).split('#')[1];
      expect(md).toContain(`<a id="${fragment}"></a>`);
    }
  });
});

describe('replaceMarkedSection', () => {
  it('replaces only the content between the markers, idempotently', () => {
    const doc = 'intro\n<!-- rules:start -->\nold\n<!-- rules:end -->\noutro\n';
    const once = replaceMarkedSection(doc, 'rules', 'new\n\n');
    expect(once).toBe('intro\n<!-- rules:start -->\nnew\n<!-- rules:end -->\noutro\n');
    expect(replaceMarkedSection(once, 'rules', 'new')).toBe(once);
    expect(extractMarkedSection(once, 'rules')).toBe('new');
    expect(replaceMarkedSection(doc, 'rules', '')).toBe('intro\n<!-- rules:start -->\n<!-- rules:end -->\noutro\n');
  });

  it('throws when the markers are missing', () => {
    expect(() => replaceMarkedSection('no markers', 'rules', 'x')).toThrow(/<!-- rules:start -->/);
    expect(() => replaceMarkedSection('<!-- rules:end --> <!-- rules:start -->', 'rules', 'x')).toThrow();
    expect(extractMarkedSection('none', 'rules')).toBeUndefined();
  });
});

describe('docs/policy.md', () => {
  it('documents the core rules exactly as the code defines them', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/policy.md'), 'utf8');
    expect(extractMarkedSection(doc, 'rules')).toBe(renderRulesMarkdown(coreRules).trim());
  });

  it('points core rule help links at docs/policy.md', () => {
    expect(ruleHelpUri(coreRules[0]!)).toBe(
      'https://github.com/paved-road/paved-road/blob/main/docs/policy.md#expired-exception',
    );
  });
});
