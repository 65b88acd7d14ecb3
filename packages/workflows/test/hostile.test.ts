import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invalidWorkflowFindings, loadWorkflowFile, loadWorkflowPath } from '../src/index.js';

describe('hostile input: one clean per-file error, never a crash', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paved-road-hostile-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function file(name: string, content: string | Buffer): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  }

  it('a binary file', () => {
    const wf = loadWorkflowPath(
      file('bin.yml', Buffer.from([0x6f, 0x6e, 0x3a, 0x0a, 0x00, 0xff, 0x10])),
      '.github/workflows/bin.yml',
    );
    expect(wf.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/binary/), line: 2 })]);
    expect(invalidWorkflowFindings(wf)).toEqual([
      expect.objectContaining({ rule: 'invalid-workflow', file: '.github/workflows/bin.yml', line: 2 }),
    ]);
  });

  it('invalid UTF-8', () => {
    const wf = loadWorkflowPath(
      file('latin1.yml', Buffer.from('on: push\nname: caf\xe9\n', 'latin1')),
      '.github/workflows/latin1.yml',
    );
    expect(wf.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/UTF-8/), line: 2 })]);
  });

  it('a file over 10 MB is reported, not parsed', () => {
    const wf = loadWorkflowPath(
      file('huge.yml', `on: push\n#${'x'.repeat(10 * 1024 * 1024)}\n`),
      '.github/workflows/huge.yml',
    );
    expect(wf.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/bytes/) })]);
    expect(wf.jobs).toEqual([]);
  });

  it('a missing file', () => {
    const wf = loadWorkflowPath(join(dir, 'nope.yml'), '.github/workflows/nope.yml');
    expect(wf.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/does not exist/) })]);
  });

  it('a multi-megabyte workflow with thousands of jobs loads completely', () => {
    let text = 'on: push\njobs:\n';
    for (let i = 0; i < 5000; i++)
      text += `  job${i}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: make build-${i}\n`;
    const wf = loadWorkflowFile('.github/workflows/big.yml', text);
    expect(wf.errors).toEqual([]);
    expect(wf.jobs).toHaveLength(5000);
    expect(wf.jobs[4999]!.steps[1]!.run!.text).toBe('make build-4999');
  });

  it('the classic billion laughs', () => {
    const text = [
      'on: push',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      'jobs: {}',
    ].join('\n');
    const wf = loadWorkflowFile('.github/workflows/lol.yml', text);
    expect(wf.errors).toHaveLength(1);
    expect(wf.errors[0]!.message).toMatch(/alias/i);
  });

  it('a self-referencing alias', () => {
    const wf = loadWorkflowFile('.github/workflows/loop.yml', 'on: push\njobs: &j\n  a: *j\n');
    expect(wf.errors.length).toBeGreaterThan(0);
  });

  it('a document with several YAML documents', () => {
    const wf = loadWorkflowFile('.github/workflows/multi.yml', 'on: push\n---\non: pull_request\n');
    expect(wf.errors.length).toBeGreaterThan(0);
  });

  it('an empty file', () => {
    const wf = loadWorkflowFile('.github/workflows/empty.yml', '');
    expect(wf.errors.length).toBeGreaterThan(0);
  });
});
