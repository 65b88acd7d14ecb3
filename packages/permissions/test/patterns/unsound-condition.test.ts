import { afterSuppressions, audit, pos, where } from './helpers.js';

const RULE = 'unsound-condition';

describe('unsound-condition', () => {
  it('reports block scalars that keep a newline after a ${{ }}, at the if: value', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    if: |
      \${{ github.ref == 'refs/heads/main' }}
    steps:
      - if: >
          \${{ github.event_name == 'push' }}
        run: echo folded
      - if: |
          \${{ github.event_name == 'push'
            && github.ref == 'refs/heads/main'
          }}
        run: echo multi-line
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, '|', 'error'), pos(text, '>', 'error'), pos(text, '|', 'error', 2)]);
    expect(findings[0]).toMatchObject({ job: 'a' });
    expect(findings[0]!.message).toMatch(/job a always runs/);
    expect(findings[0]!.message).toMatch(/\|-/);
    expect(findings[1]).toMatchObject({ job: 'a', step: '#1' });
  });

  it('reports a ${{ }} with text around it', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - if: \${{ false }} && true
        run: echo one
      - if: true && \${{ false }}
        run: echo two
      - if: "\${{ false }} "
        run: echo three
      - if: \${{ false }} || \${{ false }}
        run: echo four
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, '${{ false }} && true', 'error'),
      pos(text, 'true && ${{', 'error'),
      pos(text, '"${{ false }} "', 'error'),
      pos(text, '${{ false }} ||', 'error'),
    ]);
    expect(findings[3]!.message).toMatch(/holds 2/);
  });

  it('does not report bare conditions, one exact ${{ }}, or stripped block scalars', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    if: github.ref == 'refs/heads/main'
    steps:
      - if: \${{ github.event_name == 'push' }}
        run: echo one
      - if: |
          github.event_name == 'push'
            && github.ref == 'refs/heads/main'
        run: echo two
      - if: |-
          \${{ github.event_name == 'push' }}
        run: echo three
      - if: >-
          \${{ github.event_name == 'push' }}
        run: echo four
      - if: "\${{ github.event_name == 'push' }}"
        run: echo five
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('reads composite action steps too, and obeys a suppression on the if: line', () => {
    const text = `name: x
description: x
runs:
  using: composite
  steps:
    - if: \${{ inputs.go }} # paved-road: ignore[unsound-condition] the input is 'true' or empty, never 'false'
      shell: bash
      run: echo go
    - if: "\${{ inputs.go }} "
      shell: bash
      run: echo go
`;
    const { findings } = audit(text, RULE, 'action.yml');
    expect(where(findings)).toEqual([pos(text, '"${{ inputs.go }} "', 'error')]);
    const again = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - if: \${{ false }} && true # paved-road: ignore[unsound-condition] kept off while the target is down
        run: echo one
`;
    const { kept, suppressed } = afterSuppressions(again, audit(again, RULE).findings);
    expect(kept).toEqual([]);
    expect(suppressed).toHaveLength(1);
  });
});
