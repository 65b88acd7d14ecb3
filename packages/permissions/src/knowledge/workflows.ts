import { need, oidc } from './helpers.js';
import type { ActionKnowledge } from './types.js';

const caller = { always: true } as const;

/**
 * Widely used reusable workflows in other repositories (`uses:` on a job). A called workflow runs with
 * the caller job's token, so what it needs must be granted by the caller.
 */
export const reusableWorkflows: readonly ActionKnowledge[] = [
  {
    uses: 'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml',
    summary: 'SLSA 3 provenance for arbitrary artifacts.',
    token: caller,
    needs: [
      need('actions', 'read', 'reads the calling workflow run to describe the build'),
      oidc('signs the provenance with Sigstore'),
      need('contents', 'write', 'uploads the provenance to the release (upload-assets)'),
    ],
  },
  {
    uses: 'slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml',
    summary: 'SLSA 3 provenance for container images.',
    token: caller,
    needs: [
      need('actions', 'read', 'reads the calling workflow run to describe the build'),
      oidc('signs the provenance with Sigstore'),
      need('packages', 'write', 'pushes the provenance next to the image'),
    ],
  },
  {
    uses: 'slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml',
    summary: 'Builds a Go binary with SLSA 3 provenance.',
    token: caller,
    needs: [
      need('actions', 'read', 'reads the calling workflow run to describe the build'),
      oidc('signs the provenance with Sigstore'),
      need('contents', 'write', 'uploads the binary and provenance to the release'),
    ],
  },
  {
    uses: 'slsa-framework/slsa-github-generator/.github/workflows/builder_nodejs_slsa3.yml',
    summary: 'Builds an npm package with SLSA 3 provenance.',
    token: caller,
    needs: [
      need('actions', 'read', 'reads the calling workflow run to describe the build'),
      oidc('signs the provenance with Sigstore'),
      need('contents', 'read', 'checks out the repository'),
    ],
  },
];
