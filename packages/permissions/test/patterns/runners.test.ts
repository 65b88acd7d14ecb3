import { audit, pos, where } from './helpers.js';

describe('cache-poisoning', () => {
  it('reports caches restored in tag-push release workflows', () => {
    const text = `on:
  push:
    tags: ['v*']
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v4
        with:
          cache: npm
      - uses: actions/setup-python@v5
        with:
          cache: ''
      - uses: actions/setup-go@v5
      - uses: actions/setup-go@v5
        with:
          cache: false
      - uses: actions/cache@v4
        with:
          path: ~/.npm
          key: npm
      - uses: actions/cache/save@v4
        with:
          path: x
          key: y
      - run: npm publish
`;
    const { findings } = audit(text, 'cache-poisoning');
    expect(where(findings)).toEqual([
      pos(text, 'actions/setup-node@v4', 'warning'),
      pos(text, 'actions/setup-go@v5', 'warning', 1),
      pos(text, 'actions/cache@v4', 'warning'),
    ]);
    expect(findings[0]!.message).toContain('tag pushes');
    expect(findings[1]!.message).toContain('caches by default');
  });

  it("knows the caching defaults of setup actions by version, also from a SHA pin's version comment", () => {
    const text = `on:
  push:
    tags: ['v*']
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v5
      - uses: actions/setup-node@v5
        with:
          package-manager-cache: false
      - uses: actions/setup-node@v4
      - uses: actions/setup-node@08f58d1471bff7f3a07d167b4ad7df25d5fcfcb6 # v4.4.0
      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0
      - uses: astral-sh/setup-uv@v4
      - uses: astral-sh/setup-uv@v6
      - uses: astral-sh/setup-uv@v10
      - uses: astral-sh/setup-uv@v10
        with:
          enable-cache: true
      - uses: ramsey/composer-install@v3
      - uses: ramsey/composer-install@v3
        with:
          ignore-cache: 'yes'
      - uses: PyO3/maturin-action@v1
      - uses: PyO3/maturin-action@v1
        with:
          sccache: 'true'
      - uses: Swatinem/rust-cache@v2
        with:
          lookup-only: true
      - uses: actions/cache@v4
        with:
          path: x
          key: y
          lookup-only: true
      - uses: oven-sh/setup-bun@v2
      - uses: oven-sh/setup-bun@v2
        with:
          no-cache: true
      - uses: gradle/actions/setup-gradle@v4
      - uses: gradle/actions/setup-gradle@v4
        with:
          cache-disabled: true
`;
    const { findings } = audit(text, 'cache-poisoning');
    expect(where(findings)).toEqual([
      pos(text, 'actions/setup-node@v5', 'warning', 1),
      pos(text, 'actions/setup-node@2028fbc', 'warning'),
      pos(text, 'astral-sh/setup-uv@v6', 'warning'),
      pos(text, 'astral-sh/setup-uv@v10', 'warning', 2),
      pos(text, 'ramsey/composer-install@v3', 'warning', 1),
      pos(text, 'PyO3/maturin-action@v1', 'warning', 2),
      pos(text, 'oven-sh/setup-bun@v2', 'warning', 1),
      pos(text, 'gradle/actions/setup-gradle@v4', 'warning', 1),
    ]);
    expect(findings[0]!.message).toContain('package-manager-cache defaults to true');
    expect(findings[3]!.message).toContain('with enable-cache: true');
  });

  it("follows setup-uv v10's auto default, which skips tag pushes, release events and self-hosted runners", () => {
    const text = `on:
  push:
    tags: ['v*']
  workflow_dispatch:
jobs:
  hosted:
    runs-on: ubuntu-latest
    steps:
      - uses: astral-sh/setup-uv@v10
  own:
    runs-on: [self-hosted, linux]
    steps:
      - uses: astral-sh/setup-uv@v6
      - run: uv publish
`;
    const found = audit(text, 'cache-poisoning').findings;
    expect(where(found)).toEqual([pos(text, 'astral-sh/setup-uv@v10', 'warning')]);
    expect(found[0]!.message).toContain('caches on workflow_dispatch events');
  });

  it('recognises release events and publishing steps, and ignores CI workflows', () => {
    const release = `on:
  release:
    types: [published]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: Swatinem/rust-cache@v2
`;
    expect(where(audit(release, 'cache-poisoning').findings)).toEqual([
      pos(release, 'Swatinem/rust-cache@v2', 'warning'),
    ]);
    const publishing = `on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-python@v5
        with:
          cache: pip
      - uses: pypa/gh-action-pypi-publish@release/v1
`;
    const found = audit(publishing, 'cache-poisoning').findings;
    expect(where(found)).toEqual([pos(publishing, 'actions/setup-python@v5', 'warning')]);
    expect(found[0]!.message).toContain('pypa/gh-action-pypi-publish');
    const ci = `on: [push, pull_request]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          cache: npm
      - run: npm test
`;
    expect(audit(ci, 'cache-poisoning').findings).toEqual([]);
  });
});

describe('self-hosted-runner', () => {
  it('notes self-hosted runners on pull request triggers, also through a matrix', () => {
    const text = `on: [pull_request, push]
jobs:
  a:
    runs-on: [self-hosted, linux]
    steps:
      - run: make
  b:
    runs-on: \${{ matrix.runner }}
    strategy:
      matrix:
        runner: [ubuntu-latest, [self-hosted, gpu]]
    steps:
      - run: make
  c:
    runs-on: ubuntu-latest
    steps:
      - run: make
`;
    const { findings } = audit(text, 'self-hosted-runner');
    expect(where(findings)).toEqual([
      pos(text, '[self-hosted, linux]', 'note'),
      pos(text, '${{ matrix.runner }}', 'note'),
    ]);
    expect(findings.map((f) => f.job)).toEqual(['a', 'b']);
  });

  it('says nothing without pull request triggers', () => {
    const text = `on: push
jobs:
  a:
    runs-on: self-hosted
    steps:
      - run: make
`;
    expect(audit(text, 'self-hosted-runner').findings).toEqual([]);
  });
});
