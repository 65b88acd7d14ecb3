import {
  loadWorkflowFile,
  kindFromPath,
  invalidWorkflowFindings,
  effectiveShell,
  COMPOSITE_JOB_ID,
  type WorkflowFile,
} from '../src/index.js';

/** 1-based line and column of the nth occurrence of `needle` (plus `delta` characters). */
function locate(text: string, needle: string, nth = 1, delta = 0): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i < nth; i++) offset = text.indexOf(needle, offset + 1);
  if (offset === -1) throw new Error(`${needle} not found`);
  offset += delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The text at a 1-based line and column. */
function textAt(text: string, line: number, column: number, length = 20): string {
  const lines = text.split(/\r?\n/);
  return (lines[line - 1] ?? '').slice(column - 1, column - 1 + length);
}

const WORKFLOW = `name: CI
on:
  push:
    branches: [main]
  pull_request:
    types: [opened, synchronize]
  workflow_dispatch:
    inputs:
      title:
        description: a title
      dry-run:
        type: boolean
        default: false
      level:
        type: choice
        options: [low, high]
permissions:
  contents: read # clone only
  # labels the PR
  pull-requests: write
env:
  GLOBAL: "1"
jobs:
  build:
    name: Build
    runs-on: [self-hosted, linux]
    needs: [lint]
    if: github.event_name == 'push'
    permissions: write-all
    environment:
      name: production
    container:
      image: node:24
      credentials:
        username: me
        password: \${{ secrets.PASS }}
    services:
      db:
        image: postgres
    strategy:
      matrix:
        node: [20, 24]
    env:
      JOB_VAR: x
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
          fetch-depth: 0
      - id: greet
        name: Greet
        if: always()
        shell: bash
        env:
          TITLE: \${{ github.event.pull_request.title }}
        run: |
          echo "hello"
          echo "$TITLE"
  lint:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: make lint
  call:
    uses: ./.github/workflows/reuse.yml
    secrets: inherit
    with:
      n: 3
`;

describe('loadWorkflowFile: workflow model', () => {
  const wf = loadWorkflowFile('.github/workflows/ci.yml', WORKFLOW);

  it('accepts a valid workflow with no errors', () => {
    expect(wf.errors).toEqual([]);
    expect(wf.kind).toBe('workflow');
    expect(wf.lineEnding).toBe('\n');
    expect(wf.name?.value).toBe('CI');
  });

  it('reads triggers with positions, types and typed inputs', () => {
    expect(wf.triggers.map((t) => t.name)).toEqual(['push', 'pull_request', 'workflow_dispatch']);
    const pr = wf.triggers[1]!;
    expect(pr.types).toEqual(['opened', 'synchronize']);
    expect(pr.position).toMatchObject({ line: 5, column: 3 });
    const dispatch = wf.triggers[2]!;
    expect(dispatch.inputs.map((i) => [i.name, i.type])).toEqual([
      ['title', 'string'],
      ['dry-run', 'boolean'],
      ['level', 'choice'],
    ]);
    expect(dispatch.inputs[2]!.options).toEqual(['low', 'high']);
    expect(dispatch.inputs[1]!.default?.value).toBe('false');
    expect(wf.triggers[0]!.filters).toEqual({ branches: ['main'] });
  });

  it('reads permissions with scope positions and why-comments (trailing and preceding)', () => {
    const p = wf.permissions!;
    expect(p.kind).toBe('map');
    expect(p.position).toMatchObject({ line: 17, column: 1 });
    expect([...p.scopes.keys()]).toEqual(['contents', 'pull-requests']);
    expect(p.scopes.get('contents')).toMatchObject({
      level: 'read',
      comment: 'clone only',
      position: { line: 18, column: 3 },
      valuePosition: { line: 18, column: 13 },
    });
    expect(p.scopes.get('pull-requests')).toMatchObject({
      level: 'write',
      comment: 'labels the PR',
      position: { line: 20, column: 3 },
    });
    expect(wf.jobs[0]!.permissions?.kind).toBe('write-all');
    expect(wf.jobs[1]!.permissions?.kind).toBe('empty');
    expect(wf.jobs[2]!.permissions).toBeUndefined();
  });

  it('reads jobs: runs-on, needs, if, environment, container credentials, services, matrix, env', () => {
    const build = wf.jobs[0]!;
    expect(build.id).toBe('build');
    expect(build.position).toMatchObject(locate(WORKFLOW, 'build:'));
    expect(build.name?.value).toBe('Build');
    expect(build.runsOn).toEqual(['self-hosted', 'linux']);
    expect(build.runsOnPosition).toMatchObject(locate(WORKFLOW, '[self-hosted'));
    expect(build.needs).toEqual(['lint']);
    expect(build.if?.value).toBe("github.event_name == 'push'");
    expect(build.environment?.value).toBe('production');
    expect(build.container?.image?.value).toBe('node:24');
    expect(build.container?.credentials?.password).toMatchObject({
      value: '${{ secrets.PASS }}',
      ...locate(WORKFLOW, '${{ secrets.PASS'),
    });
    expect(build.services.map((s) => [s.id, s.image?.value])).toEqual([['db', 'postgres']]);
    expect(build.matrix?.value).toEqual({ node: [20, 24] });
    expect(build.env.map((e) => [e.name, e.value.value])).toEqual([['JOB_VAR', 'x']]);
    expect(wf.env[0]).toMatchObject({
      name: 'GLOBAL',
      key: locate(WORKFLOW, 'GLOBAL'),
      value: { value: '1', ...locate(WORKFLOW, '"1"') },
    });
  });

  it('reads steps: uses and with (positions of values), run scripts, env, id, if, shell', () => {
    const [checkout, greet] = wf.jobs[0]!.steps;
    expect(checkout!.index).toBe(0);
    expect(checkout!.position).toMatchObject(locate(WORKFLOW, 'uses: actions/checkout'));
    expect(checkout!.uses).toMatchObject({ value: 'actions/checkout@v4', ...locate(WORKFLOW, 'actions/checkout@v4') });
    expect(checkout!.with.get('persist-credentials')).toMatchObject({
      value: 'false',
      ...locate(WORKFLOW, 'persist-credentials: false', 1, 21),
    });
    expect(checkout!.withPosition).toMatchObject(locate(WORKFLOW, 'with:'));
    expect(greet!.id).toBe('greet');
    expect(greet!.name).toBe('Greet');
    expect(greet!.if?.value).toBe('always()');
    expect(greet!.shell?.value).toBe('bash');
    expect(greet!.env[0]).toMatchObject({
      name: 'TITLE',
      value: {
        value: '${{ github.event.pull_request.title }}',
        ...locate(WORKFLOW, '${{ github.event.pull_request.title'),
      },
    });
    expect(greet!.run?.text).toBe('echo "hello"\necho "$TITLE"\n');
    expect(greet!.run?.position).toMatchObject(locate(WORKFLOW, 'run: |', 1, 5));
    const offset = greet!.run!.text.indexOf('$TITLE');
    expect(greet!.run!.offsetToPosition(offset)).toEqual(locate(WORKFLOW, '$TITLE"'));
  });

  it('reads reusable workflow calls: uses, with, secrets: inherit', () => {
    const call = wf.jobs[2]!;
    expect(call.uses).toMatchObject({ value: './.github/workflows/reuse.yml', ...locate(WORKFLOW, './.github') });
    expect(call.secrets).toBe('inherit');
    expect(call.secretsPosition).toMatchObject(locate(WORKFLOW, 'inherit'));
    expect(call.with.get('n')?.value).toBe('3');
  });

  it('keeps the yaml Document for edits', () => {
    expect(wf.document.getIn(['jobs', 'lint', 'runs-on'])).toBe('ubuntu-latest');
  });
});

describe('loadWorkflowFile: job outputs', () => {
  it('reads outputs: of a job with positions of names and values', () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: x\n    outputs:\n      v: ${{ steps.s.outputs.v }}\n    steps:\n      - id: s\n        run: echo "v=1" >> "$GITHUB_OUTPUT"\n';
    const wf = loadWorkflowFile('.github/workflows/o.yml', text);
    expect(wf.errors).toEqual([]);
    expect(wf.jobs[0]!.outputs).toEqual([
      {
        name: 'v',
        key: expect.objectContaining({ line: 6, column: 7 }),
        value: expect.objectContaining({ value: '${{ steps.s.outputs.v }}', line: 6, column: 10 }),
      },
    ]);
  });
});

describe('loadWorkflowFile: kinds, actions and line endings', () => {
  it('decides the kind from the path, then from the content', () => {
    expect(kindFromPath('.github/workflows/a.yml')).toBe('workflow');
    expect(kindFromPath('repo/.github/workflows/a.yaml')).toBe('workflow');
    expect(kindFromPath('x/action.yaml')).toBe('action');
    expect(kindFromPath('action.yml')).toBe('action');
    expect(kindFromPath('config.yml')).toBeUndefined();
    expect(loadWorkflowFile('other.yml', 'runs:\n  using: node24\n  main: index.js\n').kind).toBe('action');
    expect(
      loadWorkflowFile('other.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: a\n').kind,
    ).toBe('workflow');
  });

  it('exposes composite action steps as a pseudo-job', () => {
    const text = `name: My action
description: greets
inputs:
  who:
    description: who
    default: world
runs:
  using: composite
  steps:
    - shell: bash
      run: echo "\${{ inputs.who }}"
`;
    const wf = loadWorkflowFile('tools/greet/action.yml', text);
    expect(wf.errors).toEqual([]);
    expect(wf.kind).toBe('action');
    expect(wf.action?.inputs.map((i) => [i.name, i.default?.value])).toEqual([['who', 'world']]);
    expect(wf.action?.runs?.using?.value).toBe('composite');
    expect(wf.jobs).toHaveLength(1);
    const job = wf.jobs[0]!;
    expect(job.id).toBe(COMPOSITE_JOB_ID);
    expect(job.composite).toBe(true);
    expect(job.position).toMatchObject({ line: 7, column: 1 });
    expect(job.steps[0]!.run?.text).toBe('echo "${{ inputs.who }}"');
    expect(job.steps[0]!.run!.offsetToPosition(6)).toEqual({ line: 11, column: 18 });
  });

  it('reads node actions without a pseudo-job', () => {
    const wf = loadWorkflowFile(
      'action.yml',
      'name: n\ndescription: d\nruns:\n  using: node24\n  main: dist/index.js\n',
    );
    expect(wf.errors).toEqual([]);
    expect(wf.action?.runs?.main).toMatchObject({ value: 'dist/index.js', line: 5, column: 9 });
    expect(wf.jobs).toEqual([]);
  });

  it('detects CRLF and keeps positions right', () => {
    const text =
      'on: push\r\njobs:\r\n  a:\r\n    runs-on: ubuntu-latest\r\n    steps:\r\n      - run: |\r\n          echo one\r\n          echo ${{ github.sha }}\r\n';
    const wf = loadWorkflowFile('.github/workflows/crlf.yml', text);
    expect(wf.errors).toEqual([]);
    expect(wf.lineEnding).toBe('\r\n');
    const run = wf.jobs[0]!.steps[0]!.run!;
    expect(run.text).toBe('echo one\necho ${{ github.sha }}\n');
    expect(run.offsetToPosition(run.text.indexOf('${{'))).toEqual({ line: 8, column: 16 });
  });

  it('reads on: as a string and as a list, and runs-on groups', () => {
    const a = loadWorkflowFile(
      '.github/workflows/a.yml',
      'on: pull_request_target\njobs:\n  a:\n    runs-on:\n      group: big\n      labels: [linux]\n    steps:\n      - run: x\n',
    );
    expect(a.triggers).toMatchObject([{ name: 'pull_request_target', position: { line: 1, column: 5 } }]);
    expect(a.jobs[0]!.runsOn).toEqual(['linux', 'group:big']);
    const b = loadWorkflowFile(
      '.github/workflows/b.yml',
      'on: [push, workflow_run]\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n',
    );
    expect(b.triggers.map((t) => [t.name, t.position.line, t.position.column])).toEqual([
      ['push', 1, 6],
      ['workflow_run', 1, 12],
    ]);
  });

  it('reads defaults.run at workflow and job level and resolves the effective shell', () => {
    const text =
      'on: push\ndefaults:\n  run:\n    shell: pwsh\njobs:\n  a:\n    runs-on: x\n    defaults:\n      run:\n        shell: bash\n        working-directory: src\n    steps:\n      - run: a\n      - run: b\n        shell: python\n  b:\n    runs-on: x\n    steps:\n      - run: c\n';
    const wf = loadWorkflowFile('.github/workflows/d.yml', text);
    expect(wf.errors).toEqual([]);
    expect(wf.defaults?.shell).toMatchObject({ value: 'pwsh', line: 4, column: 12 });
    expect(wf.jobs[0]!.defaults?.workingDirectory?.value).toBe('src');
    const [a, b] = wf.jobs;
    expect(effectiveShell(wf, a!, a!.steps[0]!)).toBe('bash');
    expect(effectiveShell(wf, a!, a!.steps[1]!)).toBe('python');
    expect(effectiveShell(wf, b!, b!.steps[0]!)).toBe('pwsh');
  });

  it('follows YAML anchors and aliases', () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - &co\n        uses: actions/checkout@v4\n  b:\n    runs-on: x\n    steps:\n      - *co\n';
    const wf = loadWorkflowFile('.github/workflows/a.yml', text);
    expect(wf.errors).toEqual([]);
    expect(wf.jobs[1]!.steps[0]!.uses).toMatchObject({ value: 'actions/checkout@v4', line: 7, column: 15 });
  });
});

describe('loadWorkflowFile: invalid files', () => {
  it("reports GitHub's schema error with its position", () => {
    const text = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    step:\n      - run: make\n';
    const wf = loadWorkflowFile('.github/workflows/bad.yml', text);
    expect(wf.errors.length).toBeGreaterThan(0);
    const unexpected = wf.errors.find((e) => /step/.test(e.message));
    expect(unexpected).toMatchObject({ line: 5, column: 5 });
    const findings = invalidWorkflowFindings(wf);
    expect(findings[0]).toMatchObject({
      rule: 'invalid-workflow',
      severity: 'error',
      file: '.github/workflows/bad.yml',
    });
  });

  it('reports semantic errors found by the conversion (an invalid cron)', () => {
    const text =
      'on:\n  schedule:\n    - cron: "99 * * * *"\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n';
    const wf = loadWorkflowFile('.github/workflows/cron.yml', text);
    expect(wf.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/cron/i), line: 3, column: 13 }),
    ]);
  });

  it('validates action.yml against the action schema', () => {
    const wf = loadWorkflowFile(
      'action.yml',
      'name: x\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n      bogus: 1\n',
    );
    expect(wf.errors.some((e) => /bogus/.test(e.message) && e.line === 7)).toBe(true);
  });

  it('reports broken YAML at its line, without throwing', () => {
    const wf = loadWorkflowFile(
      '.github/workflows/broken.yml',
      'on: push\njobs:\n  a:\n    runs-on: [x\n    steps: []\n',
    );
    expect(wf.errors.length).toBeGreaterThan(0);
    expect(wf.errors[0]!.line).toBeGreaterThanOrEqual(4);
  });

  it('reads what parsed around a YAML syntax error, so it is still audited', () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: echo: a: b',
      '  b:',
      '    runs-on: x',
      '    steps:',
      '      - uses: evil/action@main',
      '',
    ].join('\n');
    const wf = loadWorkflowFile('.github/workflows/broken.yml', text);
    expect(wf.errors.length).toBeGreaterThan(0);
    expect(wf.jobs.flatMap((job) => job.steps.map((step) => step.uses?.value))).toContain('actions/checkout@v4');
  });

  it('never quotes a file that is not YAML in its errors (a key, a git config, an .npmrc)', () => {
    const secret = 'c2VjcmV0LXRva2VuLXZhbHVl';
    const texts = [
      `-----BEGIN ${'OPENSSH'} PRIVATE KEY-----\n${secret}\n-----END ${'OPENSSH'} PRIVATE KEY-----\n`,
      `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${secret}\n`,
      `//registry.npmjs.org/:_authToken=${secret}\n`,
      `#!/bin/sh\nexport TOKEN=${secret}\n`,
    ];
    for (const text of texts) {
      const wf = loadWorkflowFile('.github/workflows/x.yml', text);
      expect(wf.errors.length).toBeGreaterThan(0);
      expect(wf.errors.map((e) => e.message).join('\n')).not.toContain(secret);
    }
  });

  it('an unknown context in one step leaves the rest of the model read', () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ nope.x }}\n  b:\n    runs-on: x\n    steps:\n      - uses: evil/action@main\n';
    const wf = loadWorkflowFile('.github/workflows/ctx.yml', text);
    expect(wf.errors).toEqual([expect.objectContaining({ line: 6 })]);
    expect(wf.jobs.map((job) => job.id)).toEqual(['a', 'b']);
    expect(wf.jobs[1]!.steps[0]!.uses?.value).toBe('evil/action@main');
  });

  it('reports duplicate keys', () => {
    const wf = loadWorkflowFile('.github/workflows/dup.yml', 'on: push\non: pull_request\njobs: {}\n');
    expect(wf.errors[0]).toMatchObject({ line: 2 });
  });

  it('refuses an alias bomb with one error instead of expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const wf = loadWorkflowFile('.github/workflows/bomb.yml', `on: push\n${lines.join('\n')}\njobs: {}\n`);
    expect(wf.errors).toHaveLength(1);
    expect(wf.errors[0]!.message).toMatch(/alias/i);
  });

  it('refuses 10,000 levels of nesting (block and flow) with one error', () => {
    const flow = `on: push\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\njobs: {}\n`;
    const a = loadWorkflowFile('.github/workflows/deep.yml', flow);
    expect(a.errors).toHaveLength(1);
    expect(a.errors[0]!.message).toMatch(/nest/i);
    let block = 'on: push\n';
    for (let i = 0; i < 10000; i++) block += `${' '.repeat(i)}k${i}:\n`;
    const b = loadWorkflowFile('.github/workflows/deep2.yml', block);
    expect(b.errors.length).toBeGreaterThan(0);
    expect(b.errors[0]!.message).toMatch(/nest/i);
  });

  it('reports a non-mapping document', () => {
    const wf = loadWorkflowFile('.github/workflows/list.yml', '- a\n- b\n');
    expect(wf.errors.length).toBeGreaterThan(0);
    expect(wf.jobs).toEqual([]);
  });

  it('positions match the text for the shape of a realistic file', () => {
    const wf = loadWorkflowFile('.github/workflows/ci.yml', WORKFLOW);
    for (const job of wf.jobs) {
      expect(textAt(WORKFLOW, job.position.line, job.position.column, job.id.length)).toBe(job.id);
      for (const step of job.steps) {
        if (step.uses)
          expect(textAt(WORKFLOW, step.uses.line, step.uses.column, step.uses.value.length)).toBe(step.uses.value);
      }
    }
  });
});

test('a document too deep to parse is reported at the same place however much stack is left', () => {
  const text = `x: ${'['.repeat(4000)}${']'.repeat(4000)}\n`;
  const errorOf = (wf: WorkflowFile) => wf.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
  const plain = errorOf(loadWorkflowFile('deep.yml', text));
  // The same parse from deep inside other calls: the parser runs out of stack sooner.
  const burn = (n: number): WorkflowFile => (n ? burn(n - 1) : loadWorkflowFile('deep.yml', text));
  const deeper = errorOf(burn(3000));
  // `x:` is depth 2, so the 100th `[` (column 103) opens the first sequence past depth 100.
  expect(plain).toEqual(['1:103 The document is nested too deeply to be parsed.']);
  expect(deeper).toEqual(plain);
});
