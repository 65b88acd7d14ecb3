import { afterSuppressions, audit, pos, where } from './helpers.js';

const RULE = 'unredacted-secrets';

describe('unredacted-secrets', () => {
  it('reports fromJSON of a secret, with or without a field taken out', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          WHOLE: \${{ fromJSON(secrets.CONFIG) }}
          FIELD: \${{ fromJson(secrets.CONFIG).password }}
      - uses: actions/github-script@v8
        with:
          script: console.log(\${{ FROMJSON(secrets['DB']).user }})
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, '${{ fromJSON', 'warning'),
      pos(text, '${{ fromJson', 'warning'),
      pos(text, '${{ FROMJSON', 'warning'),
    ]);
    expect(findings[1]).toMatchObject({ job: 'a', step: '#1' });
    expect(findings[1]!.message).toContain('secrets.CONFIG');
    expect(findings[2]!.message).toContain('secrets.DB');
  });

  it('does not report secrets used whole, or fromJSON of other values', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          TOKEN: \${{ secrets.TOKEN }}
          MATRIX: \${{ fromJSON(vars.TARGETS) }}
          OUT: \${{ fromJSON(steps.meta.outputs.json).tags }}
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('obeys a suppression on the line', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          # paved-road: ignore[unredacted-secrets] the field is a public key id, not a secret
          KEY_ID: \${{ fromJSON(secrets.SIGNING).key_id }}
`;
    const { kept, suppressed } = afterSuppressions(text, audit(text, RULE).findings);
    expect(kept).toEqual([]);
    expect(suppressed).toHaveLength(1);
  });
});
