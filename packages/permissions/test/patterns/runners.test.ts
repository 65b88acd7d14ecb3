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
