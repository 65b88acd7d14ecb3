import { explicitInput, need, oidc } from './helpers.js';
import type { ActionKnowledge } from './types.js';

/** This suite's own actions: what each needs, from their action.yml. */
export const pavedRoadActions: readonly ActionKnowledge[] = [
  {
    uses: 'paved-road/paved-road/actions/harden-permissions',
    summary: 'Audits workflow permissions and dangerous patterns; fixes them in the workspace.',
    token: explicitInput('github-token'),
    needs: [need('contents', 'read', 'reads reusable workflows called from other repositories')],
  },
  {
    uses: 'paved-road/paved-road/actions/verify-pinned-tools',
    summary: 'Audits that actions, images and tools are pinned; resolves refs to SHAs.',
    token: explicitInput('github-token'),
    needs: [need('contents', 'read', 'resolves tags and branches to commit SHAs')],
  },
  {
    uses: 'paved-road/paved-road/actions/generate-sbom',
    summary: 'Writes a CycloneDX SBOM from lockfiles.',
    needs: [],
  },
  {
    uses: 'paved-road/paved-road/actions/attest-provenance',
    summary: 'Signs SLSA provenance (and the SBOM) with Sigstore and stores the attestations.',
    token: { input: 'github-token', defaultsToGithubToken: true },
    needs: [
      oidc('gets the OIDC token Sigstore certifies'),
      need('attestations', 'write', 'stores the attestations through the attestations API'),
    ],
  },
  {
    uses: 'paved-road/paved-road/actions/verify-release',
    summary: 'The admission gate: verifies attestations of an artifact against the policy.',
    token: { input: 'github-token', defaultsToGithubToken: true },
    needs: [need('attestations', 'read', 'reads the attestations of the artifact')],
  },
  {
    uses: 'paved-road/paved-road/.github/workflows/paved-road.yml',
    summary: 'The paved road as one reusable workflow: audits, build, SBOM, signed provenance.',
    token: { always: true },
    needs: [
      need('contents', 'read', 'checks out the source to audit and build'),
      oidc('keyless Sigstore signing of the provenance and SBOM'),
      need('attestations', 'write', "stores the attestations with GitHub's attestations API"),
    ],
  },
  {
    uses: 'paved-road/paved-road/.github/workflows/verify-release.yml',
    summary: 'The admission gate as a reusable workflow.',
    token: { always: true },
    needs: [need('attestations', 'read', "reads the artifact's attestations back")],
  },
];
