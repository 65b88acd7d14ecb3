// attest-provenance end to end: dist/attest-provenance/index.js run as the runner runs it, against
// Sigstore (Fulcio, Rekor, TSA), the Actions OIDC token service and the GitHub API, all on 127.0.0.1
// and reached through the settings a user has.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, makeWorkspace, DEFAULT_SHA } from '../harness/index.js';
import { startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github/index.js';
import { installAttestations, type AttestationsState } from '../fakes/github/attestations.js';
import { expectOpenApiValid } from '../fakes/github/openapi.js';
import { assertArtifactIsSubject, fails, statementOf, verifyKeyless } from './verify.js';

const TOKEN = 'ghs_attest_test';
let sigstore: SigstoreFakes;
let github: GitHubFake;
let attestations: AttestationsState;

beforeAll(async () => {
  sigstore = await startSigstoreFakes();
  github = await startGitHubFake({ token: TOKEN });
  attestations = installAttestations(github);
});
afterAll(async () => {
  await sigstore.close();
  await github.close();
});

function keylessInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    sigstore: 'custom',
    'fulcio-url': sigstore.fulcioUrl,
    'rekor-url': sigstore.rekorUrl,
    'tsa-url': sigstore.tsaUrl,
    'github-token': TOKEN,
    ...extra,
  };
}

function keylessEnv(): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken,
    GITHUB_API_URL: github.url,
  };
}

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

function readBundles(path: string): any[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

describe('keyless, end to end', () => {
  const app = Buffer.from('#!/bin/sh\necho "hello from the app"\n'.repeat(3));
  const lib = Buffer.from('library bytes \u0000\u0001\u0002 and more');
  let run: Awaited<ReturnType<typeof runAction>>;
  let bundle: any;

  beforeAll(async () => {
    const workspace = makeWorkspace({
      'dist/app.sh': app.toString('latin1'),
      'dist/lib/lib.bin': lib.toString('latin1'),
      'src/main.c': 'int main(){}',
    });
    run = await runAction('attest-provenance', {
      inputs: keylessInputs({ 'subject-path': 'dist/**\n./dist/app.sh' }),
      env: keylessEnv(),
      workspace,
    });
    if (run.exitCode !== 0) throw new Error(`attest-provenance failed:\n${run.stdout}\n${run.stderr}`);
    const bundles = readBundles(run.outputs['bundle-path'] as string);
    expect(bundles).toHaveLength(1);
    bundle = bundles[0];
  });

  it('outputs the subjects: names relative to the workspace, digests of the files, duplicates merged', () => {
    expect(JSON.parse(run.outputs.subjects as string)).toEqual([
      { name: 'dist/app.sh', digest: { sha256: sha256(app) } },
      { name: 'dist/lib/lib.bin', digest: { sha256: sha256(lib) } },
    ]);
  });

  it('writes a Sigstore bundle v0.3 with a DSSE envelope, a Rekor dsse entry and a timestamp', () => {
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(bundle.verificationMaterial.certificate.rawBytes).toEqual(expect.any(String));
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.verificationMaterial.tlogEntries[0].kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
    // The log holds the canonical dsse body: hashes and the signature, not the proposed envelope.
    const body = JSON.parse(
      Buffer.from(bundle.verificationMaterial.tlogEntries[0].canonicalizedBody, 'base64').toString('utf8'),
    );
    expect(body.spec.payloadHash.value).toBe(sha256(Buffer.from(bundle.dsseEnvelope.payload, 'base64')));
    expect(body.spec.signatures[0].signature).toBe(bundle.dsseEnvelope.signatures[0].sig);
  });

  it('signs an in-toto v1 statement with SLSA provenance v1 in GitHub shape, from the token claims', () => {
    const statement = statementOf(bundle);
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.subject.map((s) => s.name)).toEqual(['dist/app.sh', 'dist/lib/lib.bin']);
    expect(statement.predicate).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/octo-org/octo-repo',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '123456789',
            repository_owner_id: '987654321',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          { uri: 'git+https://github.com/octo-org/octo-repo@refs/heads/main', digest: { gitCommit: DEFAULT_SHA } },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main' },
        metadata: { invocationId: 'https://github.com/octo-org/octo-repo/actions/runs/1658821493/attempts/1' },
      },
    });
  });

  it("verifies with @sigstore/verify against the fakes' trusted root, for the workflow identity", () => {
    const signer = verifyKeyless(bundle, {
      trustedRoot: sigstore.trustedRoot,
      identity: sigstore.certificateIdentity(),
      issuer: sigstore.oidcIssuer,
    });
    expect(signer.identity?.subjectAlternativeName).toBe(
      'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    );
    assertArtifactIsSubject(bundle, app, 'dist/app.sh');
    assertArtifactIsSubject(bundle, lib, 'dist/lib/lib.bin');
  });

  it('does not verify for another identity or issuer', () => {
    expect(
      fails(() =>
        verifyKeyless(bundle, {
          trustedRoot: sigstore.trustedRoot,
          identity: 'https://github.com/evil/repo/.github/workflows/release.yml@refs/heads/main',
          issuer: sigstore.oidcIssuer,
        }),
      ),
    ).toBe(true);
    expect(
      fails(() =>
        verifyKeyless(bundle, {
          trustedRoot: sigstore.trustedRoot,
          identity: sigstore.certificateIdentity(),
          issuer: 'https://token.actions.githubusercontent.com',
        }),
      ),
    ).toBe(true);
  });

  it('fails verification when any byte of the artifact is flipped', () => {
    for (let i = 0; i < app.length; i++) {
      const flipped = Buffer.from(app);
      flipped[i] = (flipped[i] as number) ^ 0x01;
      expect(fails(() => assertArtifactIsSubject(bundle, flipped))).toBe(true);
    }
  });

  it('fails verification when any byte of the payload is flipped', () => {
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64');
    const policy = {
      trustedRoot: sigstore.trustedRoot,
      identity: sigstore.certificateIdentity(),
      issuer: sigstore.oidcIssuer,
    };
    // Every byte would be ~2k verifications; a fixed spread over the whole payload, ends included.
    const positions = new Set<number>([0, payload.length - 1]);
    for (let i = 0; i < payload.length; i += 31) positions.add(i);
    for (const i of positions) {
      const tampered = structuredClone(bundle);
      const bytes = Buffer.from(payload);
      bytes[i] = (bytes[i] as number) ^ 0x01;
      tampered.dsseEnvelope.payload = bytes.toString('base64');
      expect(fails(() => verifyKeyless(tampered, policy))).toBe(true);
    }
  });

  it('fails verification when any byte of the signature is flipped', () => {
    const signature = Buffer.from(bundle.dsseEnvelope.signatures[0].sig, 'base64');
    const policy = {
      trustedRoot: sigstore.trustedRoot,
      identity: sigstore.certificateIdentity(),
      issuer: sigstore.oidcIssuer,
    };
    for (let i = 0; i < signature.length; i++) {
      const tampered = structuredClone(bundle);
      const bytes = Buffer.from(signature);
      bytes[i] = (bytes[i] as number) ^ 0x01;
      tampered.dsseEnvelope.signatures[0].sig = bytes.toString('base64');
      expect(fails(() => verifyKeyless(tampered, policy))).toBe(true);
    }
  });

  it('stores the attestation with the attestations API and outputs its id and URL', async () => {
    const posts = github.requestsTo('POST', '/repos/{owner}/{repo}/attestations');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.path).toBe('/repos/octo-org/octo-repo/attestations');
    expect(posts[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const record = attestations.stored.find((r) => String(r.id) === run.outputs['attestation-id']);
    expect(record?.bundle).toEqual(bundle);
    expect(run.outputs['attestation-url']).toBe(
      `https://github.com/octo-org/octo-repo/attestations/${run.outputs['attestation-id']}`,
    );
    // What verify-release will read back, in GitHub's documented shape.
    const digest = `sha256:${sha256(app)}`;
    const response = await fetch(`${github.url}/repos/octo-org/octo-repo/attestations/${digest}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    const listed = (await response.json()) as { attestations: Array<{ bundle: unknown }> };
    expect(response.status).toBe(200);
    expectOpenApiValid('GET', `/repos/octo-org/octo-repo/attestations/${digest}`, 200, listed);
    expect(listed.attestations.map((a) => a.bundle)).toContainEqual(bundle);
    const org = (await (
      await fetch(`${github.url}/orgs/octo-org/attestations/${digest}`, {
        headers: { Authorization: `Bearer ${TOKEN}` },
      })
    ).json()) as { attestations: unknown[] };
    expectOpenApiValid('GET', `/orgs/octo-org/attestations/${digest}`, 200, org);
    expect(org.attestations).toHaveLength(listed.attestations.length);
  });

  it('went through the OIDC discovery document and JWKS, Fulcio, Rekor and the TSA', () => {
    const seen = new Set(sigstore.requests.map((r) => `${r.service} ${r.path} ${r.status}`));
    for (const expected of [
      'oidc /token 200',
      'oidc /.well-known/openid-configuration 200',
      'oidc /.well-known/jwks 200',
      'fulcio /api/v2/signingCert 201',
      'rekor /api/v1/log/entries 201',
      'tsa /api/v1/timestamp 201',
    ]) {
      expect(seen).toContain(expected);
    }
  });

  it('writes the subjects and the attestation link to the step summary', () => {
    expect(run.summary).toContain('| dist/app.sh |');
    expect(run.summary).toContain(run.outputs['attestation-url']);
  });
});

describe('keyless, other shapes', () => {
  it('attests a CycloneDX SBOM with its predicate type and a sha256sum checksums file as subjects', async () => {
    const sbom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      version: 1,
      components: [],
    };
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const workspace = makeWorkspace({
      'sbom.cdx.json': JSON.stringify(sbom),
      SHA256SUMS: `${a}  app-linux.tar.gz\n${b} *app-darwin.tar.gz\n${a}  app-linux.tar.gz\n`,
    });
    const run = await runAction('attest-provenance', {
      inputs: keylessInputs({
        'subject-checksums': 'SHA256SUMS',
        'sbom-path': 'sbom.cdx.json',
        'push-to-github': 'false',
      }),
      env: keylessEnv(),
      workspace,
    });
    expect(run.stderr + run.stdout).not.toContain('::error');
    expect(run.exitCode).toBe(0);
    const [bundle] = readBundles(run.outputs['bundle-path'] as string);
    const statement = statementOf(bundle);
    expect(statement.predicateType).toBe('https://cyclonedx.org/bom');
    expect(statement.predicate).toEqual(sbom);
    expect(statement.subject).toEqual([
      { name: 'app-darwin.tar.gz', digest: { sha256: b } },
      { name: 'app-linux.tar.gz', digest: { sha256: a } },
    ]);
    expect(run.outputs['attestation-id']).toBe('');
    verifyKeyless(bundle, {
      trustedRoot: sigstore.trustedRoot,
      identity: sigstore.certificateIdentity(),
      issuer: sigstore.oidcIssuer,
    });
  });

  it('splits more than 1,024 subjects over several statements, one bundle and one attestation each', async () => {
    const lines = Array.from(
      { length: 1500 },
      (_, i) => `${sha256(String(i))}  file-${String(i).padStart(4, '0')}.bin`,
    );
    const workspace = makeWorkspace({ SHA256SUMS: `${lines.join('\n')}\n` });
    const before = attestations.stored.length;
    const run = await runAction('attest-provenance', {
      inputs: keylessInputs({ 'subject-checksums': 'SHA256SUMS', 'show-summary': 'false' }),
      env: keylessEnv(),
      workspace,
    });
    expect(run.exitCode).toBe(0);
    const bundles = readBundles(run.outputs['bundle-path'] as string);
    expect(bundles.map((b) => statementOf(b).subject.length)).toEqual([1024, 476]);
    const names = bundles.flatMap((b) => statementOf(b).subject.map((s) => s.name));
    expect(new Set(names).size).toBe(1500);
    expect(attestations.stored.length - before).toBe(2);
    expect((run.outputs['attestation-id'] as string).split('\n')).toHaveLength(2);
    expect(run.summary).toBe('');
  });
});

describe('the attestations API', () => {
  it('a 403 (no attestations: write) fails with one line that names the permission; the bundle file is still written', async () => {
    github.failPath(
      '/repos/{owner}/{repo}/attestations',
      {
        kind: 'response',
        response: {
          status: 403,
          body: {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest',
          },
        },
      },
      { method: 'POST', times: 1 },
    );
    const workspace = makeWorkspace({ 'app.bin': 'x' });
    const run = await runAction('attest-provenance', {
      inputs: keylessInputs({ 'subject-path': 'app.bin', 'bundle-path': 'out.jsonl' }),
      env: keylessEnv(),
      workspace,
    });
    expect(run.exitCode).toBe(2);
    const errors = run.annotations.filter((a) => a.kind === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe(
      'GitHub refused to store the attestation (403): Resource not accessible by integration. Give the job "permissions: attestations: write" (and pass github-token), or set push-to-github: false.',
    );
    expect(readBundles(join(workspace, 'out.jsonl'))).toHaveLength(1);
  });

  it('a server error is retried, and the attestation stored', async () => {
    github.failPath(
      '/repos/{owner}/{repo}/attestations',
      { kind: 'server-error', status: 502 },
      { method: 'POST', times: 1 },
    );
    const before = github.requestsTo('POST', '/repos/{owner}/{repo}/attestations').length;
    const workspace = makeWorkspace({ 'app.bin': 'y' });
    const run = await runAction('attest-provenance', {
      inputs: keylessInputs({ 'subject-path': 'app.bin' }),
      env: keylessEnv(),
      workspace,
    });
    expect(run.exitCode).toBe(0);
    const posts = github.requestsTo('POST', '/repos/{owner}/{repo}/attestations').slice(before);
    expect(posts.map((p) => p.status)).toEqual([502, 201]);
    expect(run.outputs['attestation-id']).toMatch(/^\d+$/);
  });
});
