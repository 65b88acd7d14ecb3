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
