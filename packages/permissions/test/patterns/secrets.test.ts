import { audit, pos, where } from './helpers.js';

describe('secrets-inherit', () => {
  it('warns at secrets: inherit and not at named secrets', () => {
    const text = `on: push
jobs:
  a:
    uses: org/wf/.github/workflows/release.yml@v1
    secrets: inherit
  b:
    uses: ./.github/workflows/local.yml
    secrets:
      token: \${{ secrets.TOKEN }}
`;
    const { findings } = audit(text, 'secrets-inherit');
    expect(where(findings)).toEqual([pos(text, 'inherit', 'warning')]);
    expect(findings[0]).toMatchObject({ job: 'a' });
    expect(findings[0]!.message).toContain('org/wf/.github/workflows/release.yml@v1');
  });
});

describe('hardcoded-container-credentials', () => {
  it('reports literal passwords of the job container and services, not secrets or expressions', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/org/build:1
      credentials:
        username: bot
        password: hunter2
    services:
      db:
        image: ghcr.io/org/db:1
        credentials:
          username: bot
          password: \${{ secrets.DB_PASSWORD }}
      cache:
        image: ghcr.io/org/cache:1
        credentials:
          username: bot
          password: "s3cret"
    steps:
      - run: make
`;
    const { findings } = audit(text, 'hardcoded-container-credentials');
    expect(where(findings)).toEqual([pos(text, 'hunter2', 'error'), pos(text, '"s3cret"', 'error')]);
    expect(findings[1]!.message).toContain('service cache');
  });
});

describe('static-cloud-credentials', () => {
  it('reports long-lived keys from secrets and names the OIDC way', () => {
    const text = `on: push
env:
  AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET }}
      AWS_REGION: eu-west-1
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.KEY }}
          aws-secret-access-key: \${{ secrets.SECRET }}
          aws-region: eu-west-1
      - uses: azure/login@v2
        with:
          creds: \${{ secrets.AZURE_CREDENTIALS }}
      - uses: google-github-actions/auth@v2
        with:
          credentials_json: \${{ secrets.GCP_KEY }}
`;
    const { findings } = audit(text, 'static-cloud-credentials');
    expect(where(findings)).toEqual([
      pos(text, 'AWS_ACCESS_KEY_ID:', 'warning'),
      pos(text, 'AWS_SECRET_ACCESS_KEY:', 'warning'),
      pos(text, '${{ secrets.KEY', 'warning'),
      pos(text, '${{ secrets.AZURE_CREDENTIALS', 'warning'),
      pos(text, '${{ secrets.GCP_KEY', 'warning'),
    ]);
    expect(findings[2]!.message).toContain('role-to-assume');
    expect(findings[3]!.message).toMatch(/client-id, tenant-id/);
    expect(findings[4]!.message).toContain('workload_identity_provider');
  });

  it('does not report OIDC logins', () => {
    const text = `on: push
permissions:
  id-token: write # OIDC
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::1:role/x
          aws-region: eu-west-1
      - uses: azure/login@v2
        with:
          client-id: \${{ secrets.AZURE_CLIENT_ID }}
          tenant-id: \${{ secrets.AZURE_TENANT_ID }}
          subscription-id: \${{ secrets.AZURE_SUBSCRIPTION_ID }}
      - uses: google-github-actions/auth@v2
        with:
          workload_identity_provider: projects/1/locations/global/workloadIdentityPools/p/providers/gh
          service_account: deploy@p.iam.gserviceaccount.com
      - run: aws s3 ls
        env:
          AWS_REGION: eu-west-1
`;
    expect(audit(text, 'static-cloud-credentials').findings).toEqual([]);
  });
});
