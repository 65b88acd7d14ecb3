import { useTrustedPublishingRule } from '../../src/patterns/index.js';
import { audit, pos, where } from './helpers.js';

const RULE = 'use-trusted-publishing';

function workflow(steps: string, jobExtra = ''): string {
  return `on: [push]
jobs:
  publish:
    runs-on: ubuntu-latest
${jobExtra}    steps:
${steps}`;
}

describe('use-trusted-publishing', () => {
  it('reports pypa/gh-action-pypi-publish with a password for PyPI or TestPyPI, at the password', () => {
    const text = workflow(`      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.PYPI_TOKEN }}
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.TEST_PYPI_TOKEN }}
          repository-url: https://test.pypi.org/legacy/
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.PRIVATE_TOKEN }}
          repository-url: https://pypi.example.com/legacy/
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          repository-url: https://upload.pypi.org/legacy/
`);
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, '${{ secrets.PYPI_TOKEN', 'warning'),
      pos(text, '${{ secrets.TEST_PYPI_TOKEN', 'warning'),
    ]);
    expect(findings[0]!.message).toContain('PyPI supports trusted publishing');
  });

  it('reports npm, cargo, twine, uv and gem publishes that get a stored token, and not dry runs', () => {
    const text = workflow(
      `      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - run: |
          cargo \\
            publish \\
            --no-verify
        env:
          CARGO_REGISTRY_TOKEN: \${{ secrets.CRATES }}
      - run: cargo +nightly publish --token \${{ secrets.CRATES }}
      - run: CARGO_REGISTRY_TOKEN=\${{ secrets.CRATES }} cargo publish
      - run: python -m twine upload dist/*
        env:
          TWINE_PASSWORD: \${{ secrets.PYPI }}
      - run: uv publish -v wheels/*
        env:
          UV_PUBLISH_TOKEN: \${{ secrets.PYPI }}
      - run: gem push pkg/*.gem
      - run: cargo publish --dry-run
        env:
          CARGO_REGISTRY_TOKEN: \${{ secrets.CRATES }}
      - run: cargo publish -n
        env:
          CARGO_REGISTRY_TOKEN: \${{ secrets.CRATES }}
      - run: npm run publish
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
      - run: npm publish
      - run: twine upload --repository-url https://pypi.example.com/ dist/*
        env:
          TWINE_PASSWORD: \${{ secrets.PYPI }}
`,
      `    env:
      GEM_HOST_API_KEY: \${{ secrets.RUBYGEMS }}
`,
    );
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, '${{ secrets.RUBYGEMS', 'warning'),
      pos(text, '${{ secrets.NPM_TOKEN', 'warning'),
      pos(text, '${{ secrets.CRATES', 'warning', 1),
      pos(text, '${{ secrets.CRATES', 'warning', 2),
      pos(text, 'CARGO_REGISTRY_TOKEN=', 'warning'),
      pos(text, '${{ secrets.PYPI', 'warning', 1),
      pos(text, '${{ secrets.PYPI', 'warning', 2),
    ]);
    expect(findings[1]!.message).toContain('`npm publish` publishes with a long-lived token (NODE_AUTH_TOKEN)');
    expect(findings[0]!.message).toContain('`gem push`');
    expect(findings[3]!.message).toContain('a secret on the command line');
  });

  it('leaves publishes with no stored token (trusted publishing) and other npm registries alone', () => {
    const text = workflow(
      `      - uses: actions/setup-node@v5
        with:
          registry-url: https://npm.pkg.github.com
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.PACKAGES_PAT }}
      - run: uv publish
      - uses: rubygems/release-gem@v1
`,
      `    permissions:
      id-token: write
`,
    );
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('reports rubygems/release-gem with trusted publishing turned off, and credentials given an API token', () => {
    const text = workflow(`      - uses: rubygems/release-gem@v1
        with:
          setup-trusted-publisher: false
      - uses: rubygems/configure-rubygems-credentials@v1
        with:
          api-token: \${{ secrets.RUBYGEMS }}
      - uses: js-devtools/npm-publish@v3
        with:
          token: \${{ secrets.NPM_TOKEN }}
`);
    expect(where(audit(text, RULE).findings)).toEqual([
      pos(text, 'false', 'warning'),
      pos(text, '${{ secrets.RUBYGEMS', 'warning'),
      pos(text, '${{ secrets.NPM_TOKEN', 'warning'),
    ]);
  });

  it('documents an example the rule reports, and a fix it does not', () => {
    expect(audit(useTrustedPublishingRule.before!, RULE).findings).toHaveLength(1);
    expect(audit(useTrustedPublishingRule.after!, RULE).findings).toEqual([]);
  });
});
