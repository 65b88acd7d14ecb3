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
    uses: 'paved-road/paved-road/.github/workflows/release.yml',
    summary:
      'The release as one reusable workflow: audit, isolated build, signed provenance and SBOM, verify, publish.',
    token: { always: true },
    needs: [
      need('contents', 'write', 'checks out the source; the publish job uploads the release assets'),
      oidc('keyless Sigstore signing of the provenance and SBOM (provenance job only)'),
      need('attestations', 'write', "stores the attestations with GitHub's attestations API"),
    ],
  },
  {
    uses: 'paved-road/paved-road/.github/workflows/deploy-gate.yml',
    summary: 'The admission gate before a deploy, as a reusable workflow.',
    token: { always: true },
    needs: [need('attestations', 'read', "reads the artifact's attestations back")],
  },
];
