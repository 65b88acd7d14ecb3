import { afterSuppressions, audit, pos, where } from './helpers.js';

const RULE = 'overprovisioned-secrets';

describe('overprovisioned-secrets', () => {
  it('reports toJSON(secrets) and computed secrets[...] keys anywhere in the file, at the ${{', () => {
    const text = `on: push
env:
  ALL: \${{ toJSON(secrets) }}
jobs:
  a:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        target: [staging, production]
    steps:
      - run: ./deploy.sh
        env:
          BLOB: \${{ format('{0}', ToJson(SECRETS)) }}
          TOKEN: \${{ secrets[format('TOKEN_{0}', matrix.target)] }}
          OTHER: \${{ secrets[matrix.target] }}
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, '${{ toJSON', 'warning'),
      pos(text, "${{ format('{0}', ToJson", 'warning'),
      pos(text, '${{ secrets[format', 'warning'),
      pos(text, '${{ secrets[matrix', 'warning'),
    ]);
    expect(findings[0]).not.toHaveProperty('job');
    expect(findings[1]).toMatchObject({ job: 'a', step: '#1' });
    expect(findings[1]!.message).toMatch(/toJSON\(secrets\) serialises every secret/);
    expect(findings[2]!.message).toMatch(/computed key/);
  });

  it('does not report secrets named one by one', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          ONE: \${{ secrets.ONE }}
          TWO: \${{ toJSON(secrets.TWO) }}
          THREE: \${{ secrets['THREE'] }}
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('obeys a suppression on the line', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: ./sync-secrets.sh
        env:
          ALL: \${{ toJSON(secrets) }} # paved-road: ignore[overprovisioned-secrets] this job copies every secret to the vault
`;
    const { kept, suppressed } = afterSuppressions(text, audit(text, RULE).findings);
    expect(kept).toEqual([]);
    expect(suppressed).toHaveLength(1);
  });
});
