import type { Finding } from '../src/index.js';
import { findingsToJson, jsonAtDepth } from '../src/report/json.js';
import { renderFindingsText } from '../src/report/text.js';

const findings: Finding[] = [
  {
    rule: 'b-rule',
    severity: 'warning',
    message: 'second\nline',
    file: 'b.yml',
    line: 4,
    column: 2,
    job: 'build',
    step: 'Test',
    fix: 'x',
    endLine: 5,
  },
  { rule: 'a-rule', severity: 'error', message: 'first', file: 'a.yml', line: 1, column: 7 },
];

describe('findingsToJson', () => {
  it('has a fixed shape, null job/step when absent, sorted', () => {
    expect(findingsToJson(findings)).toEqual([
      { rule: 'a-rule', severity: 'error', message: 'first', file: 'a.yml', line: 1, column: 7, job: null, step: null },
      {
        rule: 'b-rule',
        severity: 'warning',
        message: 'second\nline',
        file: 'b.yml',
        line: 4,
        column: 2,
        job: 'build',
        step: 'Test',
      },
    ]);
    expect(Object.keys(findingsToJson(findings)[1]!)).toEqual([
      'rule',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'job',
      'step',
    ]);
  });
});

describe('renderFindingsText', () => {
  it('prints compiler-style lines and a count', () => {
    expect(renderFindingsText(findings)).toBe(
      'a.yml:1:7: error [a-rule] first\nb.yml:4:2: warning [b-rule] second line\n2 findings: 1 error, 1 warning, 0 notes.\n',
    );
    expect(renderFindingsText([])).toBe('No findings.\n');
  });
});

test('jsonAtDepth writes a value as JSON.stringify(document, null, 2) writes it that deep', () => {
  const value = { a: [1, { b: 'x\ny' }], c: {}, d: [], e: null };
  const plain = JSON.stringify(value, null, 2);
  for (let depth = 0; depth <= 5; depth++) {
    const indent = ' '.repeat(2 * depth);
    expect(jsonAtDepth(value, depth)).toBe(indent + plain.replaceAll('\n', `\n${indent}`));
  }
  // As an item of a document's array, byte for byte.
  const document = JSON.stringify({ items: [value] }, null, 2);
  expect(document).toContain(`[\n${jsonAtDepth(value, 2)}\n  ]`);
  expect(jsonAtDepth('s', 3)).toBe('      "s"');
});
