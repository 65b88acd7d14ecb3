export {
  verifyReleaseCommand,
  verifyRelease,
  parseVerifyReleaseOptions,
  reportJson,
  verifyReleaseInputs,
  verifyReleaseOutputs,
} from './command.js';
export type { VerifyReleaseOptions, VerifyReleaseResult } from './command.js';
export { checkBundleFormat, parseBundleDocument, MAX_PAYLOAD_BYTES, KNOWN_MEDIA_TYPES } from './bundles.js';
export type { RawBundle, FormatResult, BundleVersion } from './bundles.js';
export { certificateIdentity, decodeFulcioExtensions, distinguishedName, instanceOf } from './certificate.js';
export { renderMermaid } from './report.js';
export type { CertificateIdentity, FulcioExtensions, SigstoreInstance } from './certificate.js';
export { createVerifier, evaluateBundle, describeVerificationError } from './evaluate.js';
export type { EvaluatedAttestation } from './evaluate.js';
export { fetchAttestations } from './fetch.js';
export { identityChecks, GITHUB_ACTIONS_ISSUER } from './identity.js';
export type { Check, ReleasePolicy } from './identity.js';
export {
  checkPredicateConsistency,
  parseStatement,
  GITHUB_BUILD_TYPES,
  SLSA_PROVENANCE_V1,
  SLSA_PROVENANCE_V02,
} from './statement.js';
export type { ArtifactSubject, Statement } from './statement.js';
export { loadTrust, parseTrustedRoots } from './trust.js';
export type { Trust } from './trust.js';
export { PUBLIC_GOOD_TRUSTED_ROOT, PUBLIC_GOOD_TRUSTED_ROOT_SOURCE } from './public-good-root.js';
