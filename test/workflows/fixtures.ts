// What the workflow tests share: the loopback Sigstore (with the OIDC token service) and GitHub fakes,
// the caller repository the release is for, and the inputs that point the paved-road actions at the
// loopback Sigstore (what a user of another Sigstore instance sets).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_REPOSITORY, DEFAULT_SHA, makeWorkspace, repoRoot } from '../harness/index.js';
import { installAdvisories } from '../fakes/github/advisories.js';
import { installAttestations, type AttestationsState } from '../fakes/github/attestations.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github/index.js';
import { defaultClaims, startSigstoreFakes, type SigstoreFakes } from '../fakes/sigstore/index.js';
import type { WorkflowRunOptions } from './runner.js';

export const TOKEN = 'ghs_workflow_test_token';
export const TAG_REF = 'refs/tags/v1.0.0';
/** The reusable workflow as the caller names it: this repository's release.yml at its release tag. */
export const RELEASE_WORKFLOW = 'paved-road/paved-road/.github/workflows/release.yml';
export const CALLED_AT = `${RELEASE_WORKFLOW}@refs/tags/v0.1.0`;
/** The commit the templates pin the paved-road actions and workflows to (`pnpm pin-self`). */
export const SELF_PIN = /paved-road\/paved-road\/actions\/[a-z-]+@([0-9a-f]{40})/.exec(
  readFileSync(join(repoRoot, 'workflows-templates', 'release.yml'), 'utf8'),
)![1]!;

export interface Fakes {
  sigstore: SigstoreFakes;
  github: GitHubFake;
  attestations: AttestationsState;
}

export async function startFakes(): Promise<Fakes> {
  const sigstore = await startSigstoreFakes();
  const github = await startGitHubFake({ token: TOKEN });
  github.repo(DEFAULT_REPOSITORY);
  // The pinned paved-road commit and its tag, so the caller's pin checks out online.
  const self = github.repo('paved-road/paved-road');
  self.commit({ sha: SELF_PIN, files: { 'README.md': 'paved-road\n' } });
  self.tag('v0.1.0', SELF_PIN);
  const attestations = installAttestations(github);
  // As on github.com: verify-pinned-tools' known-vulnerable-actions asks the Advisory Database.
  installAdvisories(github);
  // The job token of a job of the called release.yml: the caller's run, the reusable workflow's file.
  sigstore.setClaims({ ...defaultClaims(DEFAULT_REPOSITORY, DEFAULT_SHA, TAG_REF), job_workflow_ref: CALLED_AT });
  return { sigstore, github, attestations };
}

export async function stopFakes(fakes: Fakes | undefined): Promise<void> {
  await fakes?.github.close();
  await fakes?.sigstore.close();
}

/** The YAML blocks of workflows-templates/README.md that call a template: the starter callers. */
export function starterCaller(template: string): string {
  const readme = readFileSync(join(repoRoot, 'workflows-templates', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find((b) => b.includes(`.github/workflows/${template}@`) && b.includes('jobs:'));
  if (!block) throw new Error(`workflows-templates/README.md has no starter caller for ${template}`);
  return block;
}

/** An npm project whose build writes two tarballs into dist/, with the README's release caller. */
export function callerRepository(): string {
  return makeWorkspace(
    {
      'package.json': JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } }, null, 2),
      'package-lock.json': JSON.stringify(
        {
          name: 'app',
          version: '1.0.0',
          lockfileVersion: 3,
          requires: true,
          packages: {
            '': { name: 'app', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } },
            'node_modules/left-pad': {
              version: '1.3.0',
              resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
              integrity:
                'sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQTlOTLy+ZpUN2Ri7RrjKu2qPkhJR5MCwqUs/S3hkzdxTqJQ==',
            },
          },
        },
        null,
        2,
      ),
      '.github/workflows/release.yml': starterCaller('release.yml'),
    },
    { git: true },
  );
}

/** The build command of the caller: fails if it can see the OIDC token service. */
export const BUILD_COMMAND = [
  'test -z "${ACTIONS_ID_TOKEN_REQUEST_URL:-}${ACTIONS_ID_TOKEN_REQUEST_TOKEN:-}"',
  'mkdir -p dist/cli',
  "printf 'app bytes\\n' > dist/app-1.0.0.tgz",
  "printf 'cli bytes\\n' > dist/cli/app-cli-1.0.0.tgz",
].join(' && ');

export function sha256(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a run of a template needs from the fakes. */
export function runSettings(fakes: Fakes): Omit<WorkflowRunOptions, 'file' | 'source'> {
  const { sigstore, github } = fakes;
  return {
    env: { GITHUB_API_URL: github.url, GITHUB_REF: TAG_REF, GITHUB_SHA: DEFAULT_SHA },
    oidc: { url: sigstore.oidcUrl, token: sigstore.oidcRequestToken },
    token: TOKEN,
    actionInputs: (action): Record<string, string> => {
      if (action === 'attest-provenance')
        return {
          sigstore: 'custom',
          'fulcio-url': sigstore.fulcioUrl,
          'rekor-url': sigstore.rekorUrl,
          'tsa-url': sigstore.tsaUrl,
        };
      if (action === 'verify-release')
        return { 'trusted-root': sigstore.trustedRootPath, 'certificate-oidc-issuer': sigstore.oidcIssuer };
      return {};
    },
  };
}
