import { loadWorkflowFile, type WorkflowFile } from '@paved-road/workflows';
import { computeJobPermissions } from '../src/engine.js';
import { fixPermissions } from '../src/fix.js';
import { permissionFindings } from '../src/rules.js';

const FILE = '.github/workflows/release.yml';

function fix(text: string) {
  const wf = loadWorkflowFile(FILE, text);
  expect(wf.errors).toEqual([]);
  const computed = new Map(wf.jobs.map((job) => [job.id, computeJobPermissions(wf, job)]));
  return { wf, computed, result: fixPermissions(wf, computed) };
}

function findingsOf(text: string) {
  const wf: WorkflowFile = loadWorkflowFile(FILE, text);
  return permissionFindings(wf, new Map(wf.jobs.map((job) => [job.id, computeJobPermissions(wf, job)])));
}

const original = `# Release on tags.
name: release
on:
  push:
    tags: ['v*']

permissions: write-all # TODO: narrow

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with: { persist-credentials: false }
      - run: npm test   # keep this comment
  # Publishes the release.
  release:
    needs: test
    runs-on: ubuntu-latest
    permissions:
      contents: write
      issues: write
    steps:
      - uses: actions/checkout@v5
      - uses: softprops/action-gh-release@v2
  notify:
    runs-on: ubuntu-latest
    steps:
      - run: echo "done" # no token
`;

describe('fixPermissions', () => {
  it("writes permissions: {} at the top and each job's minimal map with reasons, keeping everything else", () => {
    const { result } = fix(original);
    expect(result.changed).toBe(true);
    expect(result.fixed).toEqual(['test', 'release', 'notify']);
    expect(result.text).toBe(`# Release on tags.
name: release
on:
  push:
    tags: ['v*']

permissions: {} # TODO: narrow

jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read # step #1 (actions/checkout): clones the repository
    steps:
      - uses: actions/checkout@v5
        with: { persist-credentials: false }
      - run: npm test   # keep this comment
  # Publishes the release.
  release:
    needs: test
    runs-on: ubuntu-latest
    permissions:
      contents: write # step #2 (softprops/action-gh-release): creates the release and uploads its assets (+1 more)
    steps:
      - uses: actions/checkout@v5
      - uses: softprops/action-gh-release@v2
  notify:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo "done" # no token
`);
    // What is left: nothing.
    expect(findingsOf(result.text)).toEqual([]);
  });

  it('is idempotent: a second run changes nothing', () => {
    const first = fix(original).result;
    const second = fix(first.text).result;
    expect(second.changed).toBe(false);
    expect(second.text).toBe(first.text);
  });

  it('keeps CRLF line endings', () => {
    const crlf = original.replace(/\n/g, '\r\n');
    const { result } = fix(crlf);
    expect(result.changed).toBe(true);
    expect(result.text).toBe(fix(original).result.text.replace(/\n/g, '\r\n'));
  });

  it('skips jobs it cannot explain, and leaves the top level when such a job inherits it', () => {
    const text = `on: push
permissions:
  contents: write
jobs:
  known:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
  mystery:
    runs-on: ubuntu-latest
    steps:
      - uses: some-org/mystery-action@v1
`;
    const { result } = fix(text);
    expect(result.skipped).toEqual([{ job: 'mystery', reason: expect.stringContaining('could not be worked out') }]);
    expect(result.topSkipped).toContain('mystery');
    expect(result.text).toContain('permissions:\n  contents: write\njobs:');
    expect(result.text).toContain('  known:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read # ');
    expect(result.text).not.toMatch(/mystery:\n\s+runs-on: ubuntu-latest\n\s+permissions/);
  });

  it('never adds a right an explicit grant lacks: a human decides', () => {
    const text = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    permissions:
      contents: read # checkout
    steps:
      - uses: actions/checkout@v5
      - uses: softprops/action-gh-release@v2
`;
    const { result } = fix(text);
    expect(result.changed).toBe(false);
    expect(result.skipped).toEqual([{ job: 'a', reason: expect.stringContaining('lacks contents') }]);
  });

  it('indents like the file and handles reusable-workflow jobs', () => {
    const text = `on: push
jobs:
    build:
        runs-on: ubuntu-latest
        steps:
            - run: git push
    call:
        uses: ./.github/workflows/missing.yml
`;
    const { result } = fix(text);
    expect(result.text).toContain(
      '    build:\n        runs-on: ubuntu-latest\n        permissions: {}\n        steps:',
    );
    expect(result.skipped).toEqual([{ job: 'call', reason: expect.any(String) }]);
    expect(result.text.startsWith('on: push\njobs:')).toBe(true);
  });
});
