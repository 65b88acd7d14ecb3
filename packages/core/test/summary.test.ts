import { RuleRegistry, type Finding } from '../src/index.js';
import { escapeMarkdown, renderFindingsSummary } from '../src/report/summary.js';

const registry = new RuleRegistry([
  { id: 'unpinned-action', title: 'Unpinned', severity: 'error', why: 'w', fix: 'f', action: 'verify-pinned-tools' },
]);

function finding(line: number, message = 'actions/checkout@v4 is not pinned'): Finding {
  return { rule: 'unpinned-action', severity: 'error', message, file: '.github/workflows/ci.yml', line, column: 3 };
}

describe('renderFindingsSummary', () => {
  it('renders heading, counts, a sorted table with rule links, then the sections', () => {
    const md = renderFindingsSummary({
      title: 'Pinned tools',
      findings: [finding(9), { ...finding(2), severity: 'warning', rule: 'other-rule', message: 'w' }],
      rules: registry,
      sections: ['### Extra\n\ntext'],
    });
    expect(md).toBe(
      [
        '## Pinned tools',
        '',
        '**2 findings**: 1 error, 1 warning, 0 notes.',
        '',
        '| Location | Severity | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| .github/workflows/ci.yml:2 | warning | other-rule | w |',
        '| .github/workflows/ci.yml:9 | error | [unpinned-action](https://github.com/paved-road/paved-road/blob/main/actions/verify-pinned-tools/README.md#unpinned-action) | actions/checkout@v4 is not pinned |',
        '',
        '### Extra',
        '',
        'text',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no findings', () => {
    expect(renderFindingsSummary({ title: 'T', findings: [] })).toBe('## T\n\nNo findings.\n\n');
  });

  it('escapes pipes, backticks, HTML, links and newlines in user strings', () => {
    const md = renderFindingsSummary({
      title: 'T',
      findings: [finding(1, 'a | b `c` <script>x</script> [l](http://e)\nnext')],
    });
    const row = md.split('\n').find((l) => l.startsWith('| .github'))!;
    expect(row).toBe(
      '| .github/workflows/ci.yml:1 | error | unpinned-action | a \\| b \\`c\\` &lt;script&gt;x&lt;/script&gt; \\[l\\](http://e)<br>next |',
    );
    // Exactly four unescaped cell separators plus the row edges: the message cannot add a column.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    expect(escapeMarkdown('a\r\nb&')).toBe('a<br>b&amp;');
  });

  it('truncates table rows to fit maxBytes and says how many were left out and where they are', () => {
    const findings = Array.from({ length: 500 }, (_, i) => finding(i + 1, `message number ${i} ${'é'.repeat(50)}`));
    const maxBytes = 20_000;
    const md = renderFindingsSummary({ title: 'Big', findings, sections: ['### After'], maxBytes });
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(maxBytes);
    const rows = md.split('\n').filter((l) => l.startsWith('| .github'));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(500);
    expect(md).toContain(`${500 - rows.length} more findings left out of this table`);
    expect(md).toMatch(/SARIF file .* JSON output .* list every finding/);
    expect(md).toContain('**500 findings**');
    expect(md.trimEnd().endsWith('### After')).toBe(true);
    // Kept rows are the first ones in order.
    expect(rows[0]).toContain('ci.yml:1 ');
  });

  it('is not truncated when it fits, and the default cap is under 1 MiB', () => {
    const findings = Array.from({ length: 3 }, (_, i) => finding(i + 1));
    expect(renderFindingsSummary({ title: 'T', findings })).not.toContain('left out');
    const many = Array.from({ length: 20_000 }, (_, i) => finding(i + 1, 'x'.repeat(60)));
    const md = renderFindingsSummary({ title: 'T', findings: many });
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThan(1024 * 1024);
    expect(md).toContain('left out of this table');
  });

  it('cuts oversized extra sections to the byte budget without a misleading row note', () => {
    const md = renderFindingsSummary({ title: 'T', findings: [], sections: ['é'.repeat(5000)], maxBytes: 1001 });
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(1001);
    expect(md).not.toContain('left out');
    expect(md).not.toContain('\uFFFD');
    expect(md.startsWith('## T\n\nNo findings.')).toBe(true);
  });

  it('is deterministic regardless of input order', () => {
    const findings = [finding(3), finding(1), finding(2)];
    expect(renderFindingsSummary({ title: 'T', findings })).toBe(
      renderFindingsSummary({ title: 'T', findings: [...findings].reverse() }),
    );
  });
});
