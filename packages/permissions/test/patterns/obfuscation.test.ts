import { usesDetours } from '../../src/patterns/obfuscation.js';
import { afterSuppressions, audit, pos, where } from './helpers.js';

const RULE = 'obfuscation';

describe('obfuscation', () => {
  it('reports uses: paths with ., .. or empty components, naming the plain form', () => {
    const text = `on: pull_request
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout/@v5
      - uses: actions/checkout////@v5
      - uses: github/codeql-action/./init@v3
      - uses: actions/cache/save/../save@v4
      - uses: actions/cache/../../save@v4
      - uses: ./tools/../.github/actions/setup
      - uses: ./
      - uses: ./.github/actions/setup/
      - uses: actions/checkout@v5
      - uses: docker://alpine:3.20
  b:
    uses: org/workflows/./.github/workflows/ci.yml@v1
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, 'actions/checkout/@', 'note'),
      pos(text, 'actions/checkout////', 'note'),
      pos(text, 'github/codeql-action/./', 'note'),
      pos(text, 'actions/cache/save/../', 'note'),
      pos(text, 'actions/cache/../../', 'note'),
      pos(text, './tools/../', 'note'),
      pos(text, 'org/workflows/./', 'note'),
    ]);
    expect(findings.map((f) => /Write (\S+),/.exec(f.message)?.[1])).toEqual([
      'actions/checkout@v5',
      'actions/checkout@v5',
      'github/codeql-action/init@v3',
      'actions/cache/save@v4',
      undefined,
      './.github/actions/setup',
      'org/workflows/.github/workflows/ci.yml@v1',
    ]);
    expect(findings[4]!.message).toMatch(/climbs above/);
    expect(findings[6]).toMatchObject({ job: 'b' });
    expect(usesDetours('actions/checkout@v5')).toBeUndefined();
  });

  it('reports expressions whose value is fixed, with the value, at the ${{', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo \${{ 'a' }}
          echo \${{ true && false }}
          echo \${{ 1 != 2 }}
          echo \${{ format('{0} {1}', 'abc', format('{0}', 'def')) }}
          echo \${{ ENDSWITH('abc', 'c') }}
      - if: \${{ false }}
        run: echo off
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, "${{ 'a'", 'note'),
      pos(text, '${{ true &&', 'note'),
      pos(text, '${{ 1 !=', 'note'),
      pos(text, '${{ format', 'note'),
      pos(text, '${{ ENDSWITH', 'note'),
      pos(text, '${{ false', 'note'),
    ]);
    expect(findings.map((f) => /always '([^']*)'/.exec(f.message)?.[1])).toEqual([
      'a',
      'false',
      'true',
      'abc def',
      'true',
      'false',
    ]);
    expect(findings[0]).toMatchObject({ job: 'a', step: '#1' });
  });

  it('reports the constant part of an expression that also reads the run, at that part', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ format('{0}, {1}', github.sha, format('{0}', 'abc')) }}
        env:
          X: \${{ format('{0} {1}', github.sha, true || false) }}
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, "format('{0}', 'abc')", 'note'), pos(text, 'true || false', 'note')]);
    expect(findings[0]).toMatchObject({ endColumn: findings[0]!.column + "format('{0}', 'abc')".length });
    expect(findings[1]!.message).toMatch(/always 'true'/);
  });

  it('does not report expressions that read the run, fromJSON lists, bare conditions, or escaped fences', () => {
    const text = `on: [push, pull_request]
jobs:
  a:
    runs-on: ubuntu-latest
    if: \${{ !contains(fromJSON('["push", "pull_request"]'), github.event_name) }}
    steps:
      - if: false
        run: echo \${{ github.sha }} \${{ inputs.tag || 'latest' }} \${{ '\${{' }} \${{ '}}' }}
      - run: echo \${{ format('{0}-{1}', github.ref_name, 'x') }}
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('obeys a suppression on the line', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout/./@v5 # paved-road: ignore[obfuscation] reproduces a bug report
`;
    const { kept, suppressed } = afterSuppressions(text, audit(text, RULE).findings);
    expect(kept).toEqual([]);
    expect(suppressed).toHaveLength(1);
  });
});
