import { ConfigurationError, formatErrorLine } from '../src/index.js';

describe('formatErrorLine', () => {
  it('joins message and fix with exactly one period and space', () => {
    expect(formatErrorLine('x must be a date', { file: 'p.yml', line: 2, column: 3 }, 'Write YYYY-MM-DD.')).toBe(
      'p.yml:2:3: x must be a date. Write YYYY-MM-DD.',
    );
    expect(formatErrorLine('x is wrong.', { file: 'p.yml' }, 'Fix it.')).toBe('p.yml: x is wrong. Fix it.');
    expect(formatErrorLine('got "a"', undefined, 'Use b.')).toBe('got "a". Use b.');
  });

  it('keeps one line and does not repeat a fix already in the message', () => {
    expect(new ConfigurationError('c', 'bad\nvalue. Use b.', { file: 'f', line: 1 }, 'Use b.').describe()).toBe(
      'f:1: bad value. Use b.',
    );
  });
});
