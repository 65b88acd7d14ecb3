import { audit, pos, where } from './helpers.js';

const RULE = 'template-injection';

describe('template-injection', () => {
  it('reports attacker-written event text in run scripts as an error on outsider triggers, at the ${{', () => {
    const text = `on:
  pull_request_target:
  issue_comment:
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "checking"
          echo "\${{ github.event.pull_request.title }}"
          git checkout "\${{ github.head_ref }}"
      - run: echo \${{ github.event.comment.body }} \${{ toJSON(github.event.commits.*.author.name) }}
      - run: echo "\${{ github.event.pull_request.labels.*.name }}" "\${{ github.event.pull_request.head.ref }}"
      - run: echo "\${{ github.event.Pull_Request['TITLE'] }}"
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, '${{ github.event.pull_request.title', 'error'),
      pos(text, '${{ github.head_ref', 'error'),
      pos(text, '${{ github.event.comment.body', 'error'),
      pos(text, '${{ toJSON(github.event.commits', 'error'),
      pos(text, '${{ github.event.pull_request.labels', 'error'),
      pos(text, '${{ github.event.pull_request.head.ref', 'error'),
      pos(text, "${{ github.event.Pull_Request['TITLE']", 'error'),
    ]);
    expect(findings[0]).toMatchObject({ rule: RULE, job: 'triage', step: '#1', file: '.github/workflows/test.yml' });
    expect(findings[0]!.message).toContain('TITLE: ${{ github.event.pull_request.title }}');
    expect(findings[0]!.message).toContain('"$PULL_REQUEST_TITLE"');
    expect(findings[0]!.endColumn).toBe(findings[0]!.column + '${{ github.event.pull_request.title }}'.length);
  });

  it('does not report structured or fixed contexts', () => {
    const text = `on:
  pull_request_target:
  workflow_dispatch:
    inputs:
      dry-run:
        type: boolean
      count:
        type: number
      level:
        type: choice
        options: [a, b]
jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        os: [linux]
    steps:
      - id: s
        run: echo ok
      - run: |
          echo \${{ github.sha }} \${{ github.event.pull_request.head.sha }} \${{ github.event.pull_request.number }}
          echo \${{ github.run_id }} \${{ github.repository }} \${{ github.event.issue.id }} \${{ github.actor }}
          echo \${{ steps.s.outcome }} \${{ needs.x.result }} \${{ job.status }} \${{ runner.os }} \${{ matrix.os }}
          echo \${{ inputs.dry-run }} \${{ inputs.count }} \${{ inputs.level }} \${{ github.event.inputs.level }}
          echo \${{ secrets.TOKEN }} \${{ vars.NAME }} \${{ github.event.repository.name }} \${{ github.base_ref }}
          echo \${{ github.event.pull_request.base.ref }} \${{ github.event_name }}
          echo \${{ contains(github.event.pull_request.title, 'wip') }} \${{ github.head_ref == 'main' }}
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('reports string inputs of workflow_dispatch and workflow_call as warnings', () => {
    const text = `on:
  workflow_dispatch:
    inputs:
      tag:
        description: tag
  workflow_call:
    inputs:
      name:
        type: string
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: ./release.sh \${{ inputs.tag }} \${{ github.event.inputs.tag }} \${{ inputs.name }}
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, '${{ inputs.tag', 'warning'),
      pos(text, '${{ github.event.inputs.tag', 'warning'),
      pos(text, '${{ inputs.name', 'warning'),
    ]);
    expect(findings[0]!.message).toMatch(/dispatches or calls/);
  });

  it('follows values routed through env: at workflow, job and step level', () => {
    const text = `on: issues
env:
  TITLE: \${{ github.event.issue.title }}
  SAFE: \${{ github.event.issue.number }}
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      BODY: \${{ github.event.issue.body }}
    steps:
      - env:
          LABEL: \${{ github.event.label.name }}
          INDIRECT: \${{ env.BODY }}
        run: |
          echo "$TITLE is fine: the shell reads it as data"
          echo "\${{ env.TITLE }}" "\${{ env.SAFE }}"
          echo "\${{ env.BODY }}" "\${{ env.LABEL }}" "\${{ env.INDIRECT }}" "\${{ env.UNSET }}"
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, '${{ env.TITLE', 'error'),
      pos(text, '${{ env.BODY', 'error', 2),
      pos(text, '${{ env.LABEL', 'error'),
      pos(text, '${{ env.INDIRECT', 'error'),
    ]);
    expect(findings[0]!.message).toContain('env.TITLE, set from github.event.issue.title');
  });

  it('reports code-executing inputs (actions/github-script script) with a process.env suggestion', () => {
    const text = `on: pull_request_target
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            const title = "\${{ github.event.pull_request.title }}";
            console.log(title);
      - uses: actions/github-script@v7
        with:
          script: console.log(\${{ github.event.pull_request.number }})
      - uses: some/other-action@v1
        with:
          script: \${{ github.event.pull_request.title }}
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, '${{ github.event.pull_request.title', 'error')]);
    expect(findings[0]!.message).toContain('process.env.PULL_REQUEST_TITLE');
    expect(findings[0]!.message).toContain('the script input of actions/github-script');
  });

  it('warns (not errors) for event text on triggers only collaborators start', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.head_commit.message }}"
`;
    expect(where(audit(text, RULE).findings)).toEqual([pos(text, '${{ github.event.head_commit.message', 'warning')]);
  });

  it('reports inputs in composite actions as warnings, with positions in the action file', () => {
    const text = `name: greet
description: greets
inputs:
  who:
    description: who
runs:
  using: composite
  steps:
    - shell: pwsh
      run: Write-Output "\${{ inputs.who }}"
`;
    const { findings } = audit(text, RULE, 'greet/action.yml');
    expect(where(findings)).toEqual([pos(text, '${{ inputs.who', 'warning')]);
    expect(findings[0]!.message).toContain('$env:WHO');
    expect(findings[0]!.job).toBe('composite');
  });

  it('suggests the variable syntax of the defaults.run shell', () => {
    const text = `on: issues
defaults:
  run:
    shell: pwsh
jobs:
  a:
    runs-on: windows-latest
    steps:
      - run: Write-Output "\${{ github.event.issue.title }}"
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, '${{ github.event.issue.title', 'error')]);
    expect(findings[0]!.message).toContain('$env:ISSUE_TITLE');
  });

  it('maps positions inside folded and quoted scalars', () => {
    const text = `on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: >
          echo one
          "\${{ github.event.issue.title }}"
      - run: "echo \\"\${{ github.event.issue.body }}\\""
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, '${{ github.event.issue.title', 'error'),
      pos(text, '${{ github.event.issue.body', 'error'),
    ]);
  });

  describe('through the matrix', () => {
    it('reports matrix values written from attacker text, and leaves literal entries clean', () => {
      const text = `on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        frob: [nothing, special]
        dynamic: \${{ github.event.client_payload.mystery_meat }}
        listed: [plain, '\${{ github.event.issue.title }}']
        include:
          - foo: 123
            bar: abc
          - foo: 456
            bar: prefix-\${{ github.repository_owner }}
          - extra: \${{ github.event.issue.body }}
    steps:
      - run: |
          echo "\${{ matrix.frob }} \${{ matrix.bar }} \${{ matrix.foo }} \${{ matrix.missing }}"
          echo "\${{ matrix.dynamic }}"
          echo "\${{ matrix.listed }}" "\${{ matrix.EXTRA }}"
`;
      const { findings } = audit(text, RULE);
      expect(where(findings)).toEqual([
        pos(text, '${{ matrix.dynamic', 'error'),
        pos(text, '${{ matrix.listed', 'error'),
        pos(text, '${{ matrix.EXTRA', 'error'),
      ]);
      expect(findings[0]!.message).toContain('matrix.dynamic, set from github.event.client_payload.mystery_meat');
      expect(findings[0]!.message).toContain('"$MATRIX_DYNAMIC"');
    });

    it('follows a matrix built with fromJSON of a job output or an input', () => {
      const text = `on:
  pull_request_target:
  workflow_dispatch:
    inputs:
      targets:
        type: string
jobs:
  setup:
    runs-on: ubuntu-latest
    outputs:
      tainted: \${{ steps.m.outputs.list }}
      fixed: \${{ steps.m.outputs.fixed }}
    steps:
      - id: m
        env:
          TITLE: \${{ github.event.pull_request.title }}
        run: |
          echo "list=[$TITLE]" >> "$GITHUB_OUTPUT"
          echo 'fixed=["a","b"]' >> "$GITHUB_OUTPUT"
  build:
    needs: setup
    runs-on: ubuntu-latest
    strategy:
      matrix:
        name: \${{ fromJSON(needs.setup.outputs.tainted) }}
        other: \${{ fromJSON(needs.setup.outputs.fixed) }}
    steps:
      - run: echo "\${{ matrix.name }}" "\${{ matrix.other }}"
  whole:
    needs: setup
    runs-on: ubuntu-latest
    strategy:
      matrix: \${{ fromJSON(needs.setup.outputs.tainted) }}
    steps:
      - run: echo "\${{ matrix.target.name }}"
  dispatched:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        include: \${{ fromJSON(inputs.targets) }}
    steps:
      - run: echo "\${{ matrix.target }}"
`;
      const { findings } = audit(text, RULE);
      expect(where(findings)).toEqual([
        pos(text, '${{ matrix.name', 'error'),
        pos(text, '${{ matrix.target.name', 'error'),
        pos(text, '${{ matrix.target }}', 'warning'),
      ]);
      expect(findings[0]!.message).toContain('needs.setup.outputs.tainted');
    });

    it('reads nested matrix objects at the path the expression reads', () => {
      const text = `on: pull_request_target
jobs:
  a:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        config:
          - os: linux
            label: \${{ github.event.pull_request.head.ref }}
    steps:
      - run: echo "\${{ matrix.config.os }}" "\${{ matrix.config.label }}"
`;
      expect(where(audit(text, RULE).findings)).toEqual([pos(text, '${{ matrix.config.label', 'error')]);
    });
  });

  it('knows the code inputs of script actions and of CodeQL-modelled sinks', () => {
    const text = `on: pull_request
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: Amadevus/pwsh-script@v2
        with:
          script: Write-ActionDebug "\${{ github.event.pull_request.title }}"
      - uses: mikefarah/yq@v4
        with:
          cmd: \${{ github.event.pull_request.body }}
      - uses: addnab/docker-run-action@v3
        with:
          image: alpine
          options: -e X=\${{ github.head_ref }}
      - uses: cardinalby/js-eval-action@v1
        with:
          expression: '"\${{ github.event.pull_request.title }}".length'
      - uses: Amadevus/pwsh-script@v2
        with:
          script: Write-Output "\${{ github.event.pull_request.number }}"
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, '${{ github.event.pull_request.title', 'error'),
      pos(text, '${{ github.event.pull_request.body', 'error'),
      pos(text, '${{ github.head_ref', 'error'),
      pos(text, '${{ github.event.pull_request.title', 'error', 2),
    ]);
    expect(findings[0]!.message).toContain('$env:PULL_REQUEST_TITLE');
    expect(findings[0]!.message).toContain('the script input of amadevus/pwsh-script');
    expect(findings[3]!.message).toContain('process.env.PULL_REQUEST_TITLE');
  });

  describe('through GITHUB_OUTPUT and GITHUB_ENV', () => {
    it('follows a step output written from attacker text into later steps, and job outputs into needs', () => {
      const text = `on: issues
jobs:
  meta:
    runs-on: ubuntu-latest
    outputs:
      title: \${{ steps.read.outputs.title }}
      id: \${{ steps.read.outputs.id }}
    steps:
      - run: echo "\${{ steps.read.outputs.title }}"
      - id: read
        env:
          TITLE: \${{ github.event.issue.title }}
        run: |
          echo "title=$TITLE" >> "$GITHUB_OUTPUT"
          echo "id=\${{ github.event.issue.id }}" >> $GITHUB_OUTPUT
          {
            echo "body<<EOF"
            echo "\${{ github.event.issue.body }}"
            echo EOF
          } >> "$GITHUB_OUTPUT"
          echo "label=\${{ github.event.label.name }}" | tee -a "$GITHUB_OUTPUT"
      - run: |
          echo "\${{ steps.read.outputs.title }}"
          echo "\${{ steps.read.outputs.id }}"
  use:
    needs: meta
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ needs.meta.outputs.title }}" "\${{ needs.meta.outputs.id }}"
`;
      const { findings } = audit(text, RULE);
      expect(where(findings)).toEqual([
        // The write steps expand event text themselves (the run script), reported on their own.
        pos(text, '${{ github.event.issue.body', 'error'),
        pos(text, '${{ github.event.label.name', 'error'),
        // Not the use before the write (step 1), nor the id output (a number).
        pos(text, '${{ steps.read.outputs.title', 'error', 3),
        pos(text, '${{ needs.meta.outputs.title', 'error'),
      ]);
      expect(findings[2]!.message).toContain('steps.read.outputs.title');
      expect(findings[2]!.message).toContain('github.event.issue.title');
      expect(findings[3]!.message).toContain('needs.meta.outputs.title');
    });

    it('follows a write made before a line of the script that does not parse', () => {
      const text = `on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: read
        env:
          TITLE: \${{ github.event.issue.title }}
        run: |
          echo "title=$TITLE" >> "$GITHUB_OUTPUT"
          if then fi
      - run: echo "\${{ steps.read.outputs.title }}"
`;
      const { findings } = audit(text, RULE);
      expect(where(findings)).toEqual([pos(text, '${{ steps.read.outputs.title', 'error')]);
    });

    it('reads multi-line and piped writes as outputs', () => {
      const text = `on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: w
        env:
          BODY: \${{ github.event.issue.body }}
          LABEL: \${{ github.event.label.name }}
        run: |
          { echo "body<<EOF"; echo "$BODY"; echo EOF; } >> "$GITHUB_OUTPUT"
          echo "label=$LABEL" | tee -a "$GITHUB_OUTPUT"
          echo 'fixed=$BODY' >> "$GITHUB_OUTPUT"
      - run: echo "\${{ steps.w.outputs.body }}" "\${{ steps.w.outputs.label }}" "\${{ steps.w.outputs.fixed }}"
`;
      expect(where(audit(text, RULE).findings)).toEqual([
        pos(text, '${{ steps.w.outputs.body', 'error'),
        pos(text, '${{ steps.w.outputs.label', 'error'),
      ]);
    });

    it('follows a GITHUB_ENV write into ${{ env.NAME }} of later steps, unless the step sets its own', () => {
      const text = `on: pull_request_target
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - env:
          REF: \${{ github.head_ref }}
        run: echo "BRANCH=$REF" >> "$GITHUB_ENV"
      - run: echo "\${{ env.BRANCH }}"
      - env:
          BRANCH: main
        run: echo "\${{ env.BRANCH }}"
      - run: echo "SHA=\${{ github.event.pull_request.head.sha }}" >> "$GITHUB_ENV"
      - run: echo "\${{ env.SHA }}"
`;
      const { findings } = audit(text, RULE);
      expect(where(findings)).toEqual([pos(text, '${{ env.BRANCH', 'error')]);
      expect(findings[0]!.message).toContain('GITHUB_ENV');
      expect(findings[0]!.message).toContain('github.head_ref');
    });

    it('does not fire on outputs of actions (fixed-form ids, SHAs, URLs) or of clean writes', () => {
      const text = `on: pull_request_target
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: checkout
        uses: actions/checkout@v5
      - id: cpr
        uses: peter-evans/create-pull-request@v7
      - id: sha
        run: |
          echo "short=$(git rev-parse --short HEAD)" >> "$GITHUB_OUTPUT"
          echo "number=\${{ github.event.pull_request.number }}" >> "$GITHUB_OUTPUT"
      - run: |
          echo "\${{ steps.checkout.outputs.commit }}" "\${{ steps.cpr.outputs.pull-request-number }}"
          echo "\${{ steps.cpr.outputs.pull-request-url }}" "\${{ steps.sha.outputs.short }}" "\${{ steps.sha.outputs.number }}"
`;
      expect(audit(text, RULE).findings).toEqual([]);
    });
  });
});
