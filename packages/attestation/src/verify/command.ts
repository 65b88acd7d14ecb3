import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import {
  applyExceptions,
  ConfigurationError,
  DEFAULT_POLICY_FILE,
  defineCommand,
  expandPaths,
  loadPolicy,
  parseBoolean,
  hashRegularFile,
  readTextFile,
  writeFileAtomic,
  type Finding,
  type InputSource,
  type Policy,
  type RunContext,
} from '@paved-road/core';
import { MAX_DOCUMENT_BYTES, parseBundleDocument, type RawBundle } from './bundles.js';
import { createVerifier, evaluateBundle, statusOf, UNWAIVABLE_CHECKS, type EvaluatedAttestation } from './evaluate.js';
import { fetchAttestations } from './fetch.js';
import {
  GITHUB_ACTIONS_ISSUER,
  compileRegex,
  hasIdentityConstraint,
  isRegexSpelling,
  signerWorkflowRegex,
  withoutHost,
  type Check,
  type ReleasePolicy,
} from './identity.js';
import type { FulcioExtensions } from './certificate.js';
import { renderSummary, renderText, type SubjectVerdict } from './report.js';
import {
  DIGEST_LENGTHS,
  formatDigest,
  SLSA_PROVENANCE_V1,
  type ArtifactSubject,
  type DigestAlgorithm,
} from './statement.js';
import { loadTrust } from './trust.js';
import { DEFAULT_MIRROR_URL, fetchTufTrustedRoot, tufCachePath, TUF_TRUSTED_ROOT, type TufOptions } from './tuf.js';

export interface VerifyReleaseOptions {
  subjectPaths: string[];
  subjectDigests: ArtifactSubject[];
  bundlePaths: string[];
  /** The most attestations fetched per digest. */
  limit: number;
  repository?: string;
  owner?: string;
  githubToken?: string;
  trustedRoot?: string;
  /** trusted-root: tuf. */
  tuf?: TufOptions;
  publicKey?: string;
  policyFile?: Policy;
  policy: ReleasePolicy;
}

/** Inputs that are also keys of the policy file's `verify-release:` section. */
const POLICY_KEYS = [
  'certificate-identity',
  'certificate-identity-regex',
  'signer-workflow',
  'signer-repository',
  'signer-digest',
  'certificate-oidc-issuer',
  'source-repository',
  'source-ref',
  'source-digest',
  'predicate-type',
  'deny-self-hosted-runners',
  'require-sbom',
] as const;
const BOOLEAN_KEYS = ['deny-self-hosted-runners', 'require-sbom'];

export const verifyReleaseInputs = [
  {
    name: 'subject-path',
    description:
      'The artifact file(s) to verify: paths or globs, one per line. Their sha256 and sha512 digests are matched against the attestation subjects.',
    positional: true,
  },
  {
    name: 'subject-digest',
    description: 'The artifact digest(s) instead of files: sha256:<hex> or sha512:<hex>, one per line.',
  },
  {
    name: 'bundle-path',
    description:
      'Sigstore bundle file(s): a bundle v0.1/v0.2/v0.3 (JSON), JSON Lines of bundles, or npm\'s {"attestations": [...]} document. Omitted: fetched from GitHub\'s attestations API.',
  },
  {
    name: 'repository',
    description:
      'owner/repo whose attestations are fetched (when no bundle-path); also required as the source repository unless source-repository is set.',
  },
  {
    name: 'owner',
    description:
      'Organization or user whose attestations are fetched (when no bundle-path and no repository); the source repository must belong to it.',
  },
  {
    name: 'github-token',
    description: 'Token for the attestations API (attestations: read, contents: read). Only used when fetching.',
    default: '${{ github.token }}',
    secret: true,
  },
  {
    name: 'trusted-root',
    description:
      'A trusted_root.json, or JSON Lines of them (e.g. `gh attestation trusted-root`), or tuf to fetch the current one through TUF (see tuf-mirror). Default: the Sigstore public-good root built into the action.',
  },
  {
    name: 'tuf-mirror',
    description:
      'With trusted-root: tuf, the TUF repository the Sigstore trusted root is fetched from (https; http only on loopback).',
    default: DEFAULT_MIRROR_URL,
  },
  {
    name: 'tuf-root',
    description:
      "With trusted-root: tuf, the mirror's initial root.json (its trust anchor). Not needed for Sigstore's public-good mirror, whose root @sigstore/tuf ships.",
  },
  {
    name: 'tuf-fallback',
    description:
      'With trusted-root: tuf, what a failed TUF update does: none (fail, exit 2) or embedded (use the root built into the action, and say so).',
    default: 'none',
  },
  {
    name: 'public-key',
    description: 'A PEM public key, for bundles signed with a key instead of a Fulcio certificate.',
  },
  {
    name: 'limit',
    description: "The most attestations fetched per digest from GitHub's attestations API (gh's --limit).",
    default: '30',
  },
  {
    name: 'policy',
    description: `The policy file (its verify-release: section and exceptions). Default: ${DEFAULT_POLICY_FILE} when it exists.`,
  },
  {
    name: 'certificate-identity',
    description: 'The exact signer: the certificate SAN (a workflow URL with its ref, or an email).',
  },
  {
    name: 'certificate-identity-regex',
    description:
      "A regular expression the certificate SAN must match (gh's --cert-identity-regex; a leading (?i) ignores case). Not with certificate-identity.",
  },
  {
    name: 'signer-workflow',
    description:
      'The workflow that signed: owner/repo/.github/workflows/file.yml, optionally @<ref glob>; or, as gh takes it, [host/]owner/repo/path as a regular expression. For reusable workflows, the reusable one.',
  },
  { name: 'signer-repository', description: 'The repository of the signing workflow (owner/repo or its URL).' },
  { name: 'signer-digest', description: 'The commit of the signing workflow (Build Signer Digest).' },
  {
    name: 'certificate-oidc-issuer',
    description: 'The OIDC issuer in the certificate. GHE.com tenants must give theirs.',
    default: GITHUB_ACTIONS_ISSUER,
  },
  { name: 'source-repository', description: 'The repository the artifact was built from (owner/repo or its URL).' },
  { name: 'source-ref', description: 'The ref the artifact was built from, a glob (refs/tags/v*).' },
  { name: 'source-digest', description: 'The commit the artifact was built from.' },
  { name: 'predicate-type', description: 'The predicate type the attestation must have.', default: SLSA_PROVENANCE_V1 },
  {
    name: 'deny-self-hosted-runners',
    description: 'Fail when the build ran on a self-hosted runner.',
    default: 'false',
  },
  {
    name: 'require-sbom',
    description: 'An SBOM attestation (CycloneDX or SPDX) for the same artifact must also verify.',
    default: 'false',
  },
] as const;

export const verifyReleaseOutputs = [
  { name: 'verified', description: 'true when every artifact verified against the policy, else false.' },
  {
    name: 'signer-workflow',
    description: 'The signing workflow from the certificate: owner/repo/.github/workflows/file.yml@ref.',
  },
  { name: 'source-repository', description: 'The source repository from the certificate (owner/repo).' },
  { name: 'source-ref', description: 'The source ref from the certificate.' },
  { name: 'source-digest', description: 'The source commit from the certificate.' },
  { name: 'predicate-type', description: 'The predicate type of the verified attestation.' },
  { name: 'report-path', description: 'The JSON report (every check, expected and found), under RUNNER_TEMP.' },
] as const;

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

function parseDigest(raw: string): ArtifactSubject {
  const match = /^(sha256|sha512):([0-9a-fA-F]+)$/.exec(raw);
  const algorithm = match?.[1] as DigestAlgorithm | undefined;
  if (!match || !algorithm || match[2]!.length !== DIGEST_LENGTHS[algorithm]) {
    throw new ConfigurationError(
      'invalid-input',
      `Input "subject-digest" must be sha256:<64 hex> or sha512:<128 hex>, got "${raw}".`,
      undefined,
      'Give the digest as sha256:<hex>.',
    );
  }
  return { name: raw.toLowerCase(), digests: { [algorithm]: match[2]!.toLowerCase() } };
}

function policyValue(policy: Policy | undefined, key: string): string | boolean | undefined {
  const section = policy?.section('verify-release');
  if (!section || !(key in section)) return undefined;
  const value = section[key];
  if (value === null || value === undefined) return undefined;
  const position = policy!.positionOf(['verify-release', key]);
  if (BOOLEAN_KEYS.includes(key)) {
    if (typeof value !== 'boolean')
      throw new ConfigurationError(
        'invalid-policy',
        `verify-release.${key} must be true or false`,
        { file: policy!.file, ...position },
        'Write true or false.',
      );
    return value;
  }
  if (typeof value !== 'string' || !value.trim())
    throw new ConfigurationError(
      'invalid-policy',
      `verify-release.${key} must be a non-empty string`,
      { file: policy!.file, ...position },
      'Quote the value.',
    );
  return value.trim();
}

/** An expression default (`${{ github.token }}`) that only the runner evaluates counts as unset elsewhere. */
function literal(value: string): string {
  return value.startsWith('${{') ? '' : value;
}

export function parseVerifyReleaseOptions(source: InputSource, context: RunContext): VerifyReleaseOptions {
  // Every input is read once, up front; the checks below work on these values.
  const values = new Map(
    verifyReleaseInputs.map((d) => [
      d.name as string,
      {
        value: literal(source.get(d.name)),
        set: source.isSet(d.name),
        list: source.getList(d.name).map(literal).filter(Boolean),
      },
    ]),
  );
  const inputs = {
    get: (name: string): string => values.get(name)!.value,
    isSet: (name: string): boolean => values.get(name)!.set,
    getList: (name: string): string[] => values.get(name)!.list,
  };
  const policyInput = inputs.get('policy');
  const policyFile = loadPolicy(policyInput || DEFAULT_POLICY_FILE, {
    workspace: context.workspace,
    required: policyInput !== '',
  });
  const section = policyFile?.section('verify-release');
  if (section) {
    for (const key of Object.keys(section)) {
      if (!(POLICY_KEYS as readonly string[]).includes(key)) {
        throw new ConfigurationError(
          'invalid-policy',
          `verify-release has an unknown key "${key}"`,
          { file: policyFile!.file, ...policyFile!.positionOf(['verify-release', key]) },
          `Use the verify-release inputs: ${POLICY_KEYS.join(', ')}.`,
        );
      }
    }
  }
  // An input set explicitly wins over the policy file, which wins over the input's default.
  const text = (name: string): string | undefined => {
    if (inputs.isSet(name)) return inputs.get(name);
    const fromFile = policyValue(policyFile, name);
    if (typeof fromFile === 'string') return fromFile;
    return inputs.get(name) || undefined;
  };
  const flag = (name: string): boolean => {
    if (inputs.isSet(name)) return parseBoolean(name, inputs.get(name));
    const fromFile = policyValue(policyFile, name);
    if (typeof fromFile === 'boolean') return fromFile;
    return parseBoolean(name, inputs.get(name), false);
  };

  // Files, directories or globs (`!pattern` excludes), as attest-provenance takes them.
  const subjectPatterns = inputs.getList('subject-path');
  const subjectPaths = subjectPatterns.length ? expandPaths(subjectPatterns, { cwd: context.workspace }) : [];
  if (subjectPatterns.length && !subjectPaths.length) {
    throw new ConfigurationError(
      'missing-file',
      `subject-path ${subjectPatterns.join(', ')} matches no file.`,
      { file: subjectPatterns[0]! },
      'Give the path of the artifact to verify.',
    );
  }
  const subjectDigests = inputs.getList('subject-digest').map(parseDigest);
  if (!subjectPaths.length && !subjectDigests.length) {
    throw new ConfigurationError(
      'missing-input',
      'Nothing to verify: give subject-path (the artifact) or subject-digest (sha256:<hex>).',
      undefined,
      'Set subject-path or subject-digest.',
    );
  }

  const repository = inputs.get('repository') || undefined;
  if (repository !== undefined && !REPOSITORY.test(repository)) {
    throw new ConfigurationError(
      'invalid-input',
      `Input "repository" must be owner/repo, got "${repository}".`,
      undefined,
      'Write it as owner/repo.',
    );
  }
  const owner = inputs.get('owner') || undefined;
  const bundlePaths = inputs.getList('bundle-path');
  const githubToken = inputs.get('github-token') || context.env.GITHUB_TOKEN || undefined;
  if (!bundlePaths.length) {
    if (!repository && !owner) {
      throw new ConfigurationError(
        'missing-input',
        'No bundle-path, and no repository or owner to fetch attestations for.',
        undefined,
        'Give bundle-path, or repository (owner/repo) or owner with github-token.',
      );
    }
    if (!githubToken)
      throw new ConfigurationError(
        'missing-input',
        'Fetching attestations needs github-token (or GITHUB_TOKEN).',
        undefined,
        'Pass github-token: ${{ github.token }} with permissions attestations: read.',
      );
    if (subjectDigests.some((s) => !s.digests.sha256)) {
      throw new ConfigurationError(
        'invalid-input',
        "GitHub's attestations API is searched by sha256; a sha512 subject-digest needs bundle-path.",
        undefined,
        'Give a sha256 digest, the file, or the bundle.',
      );
    }
  }

  const limitText = inputs.get('limit');
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > 1000) {
    throw new ConfigurationError(
      'invalid-input',
      `Input "limit" must be a whole number from 1 to 1000, got "${limitText}".`,
      undefined,
      'Give the most attestations to fetch, e.g. 30.',
    );
  }
  const identityRegex = text('certificate-identity-regex');
  if (identityRegex !== undefined && text('certificate-identity') !== undefined) {
    throw new ConfigurationError(
      'invalid-input',
      'certificate-identity and certificate-identity-regex are both set: give one.',
      undefined,
      'Keep certificate-identity for an exact SAN, or certificate-identity-regex for a pattern.',
    );
  }
  const signerWorkflow = text('signer-workflow');
  for (const [name, compile] of [
    ['certificate-identity-regex', identityRegex !== undefined ? () => compileRegex(identityRegex) : undefined],
    [
      'signer-workflow',
      signerWorkflow !== undefined && isRegexSpelling(signerWorkflow)
        ? () => signerWorkflowRegex(signerWorkflow)
        : undefined,
    ],
  ] as const) {
    try {
      compile?.();
    } catch (error) {
      throw new ConfigurationError(
        'invalid-input',
        `Input "${name}" is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}.`,
        undefined,
        'Fix the pattern (JavaScript syntax; a leading (?i) ignores case).',
      );
    }
  }

  const sourceRepository = text('source-repository') ?? repository;
  const policy: ReleasePolicy = {
    certificateOidcIssuer: text('certificate-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER,
    certificateOidcIssuerGiven:
      inputs.isSet('certificate-oidc-issuer') || policyValue(policyFile, 'certificate-oidc-issuer') !== undefined,
    predicateType: text('predicate-type') ?? SLSA_PROVENANCE_V1,
    denySelfHostedRunners: flag('deny-self-hosted-runners'),
    requireSbom: flag('require-sbom'),
  };
  const optional: Array<[keyof ReleasePolicy, string | undefined]> = [
    ['certificateIdentity', text('certificate-identity')],
    ['certificateIdentityRegex', identityRegex],
    ['signerWorkflow', signerWorkflow],
    ['signerRepository', text('signer-repository')],
    ['signerDigest', text('signer-digest')],
    ['sourceRepository', sourceRepository],
    ['sourceRef', text('source-ref')],
    ['sourceDigest', text('source-digest')],
    ['owner', repository ? undefined : owner],
  ];
  for (const [key, value] of optional)
    if (value !== undefined) (policy as unknown as Record<string, unknown>)[key] = value;
  if (!hasIdentityConstraint(policy) && !inputs.get('public-key')) {
    throw new ConfigurationError(
      'missing-policy',
      'No identity policy: a valid signature by anyone would pass.',
      undefined,
      "Set at least one of certificate-identity, certificate-identity-regex, signer-workflow, signer-repository, source-repository, repository or owner (inputs or the policy file's verify-release: section).",
    );
  }

  const options: VerifyReleaseOptions = { subjectPaths, subjectDigests, bundlePaths, policy, limit };
  if (repository) options.repository = repository;
  if (owner) options.owner = owner;
  if (githubToken) options.githubToken = githubToken;
  const trustedRoot = inputs.get('trusted-root');
  if (trustedRoot === TUF_TRUSTED_ROOT) options.tuf = parseTufOptions(inputs, context);
  else if (trustedRoot) options.trustedRoot = trustedRoot;
  const publicKey = inputs.get('public-key');
  if (publicKey) options.publicKey = publicKey;
  if (policyFile) options.policyFile = policyFile;
  return options;
}

function parseTufOptions(inputs: { get(name: string): string }, context: RunContext): TufOptions {
  const mirror = inputs.get('tuf-mirror') || DEFAULT_MIRROR_URL;
  let url: URL | undefined;
  try {
    url = new URL(mirror);
  } catch {
    url = undefined;
  }
  const loopback = url && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
    throw new ConfigurationError(
      'invalid-input',
      `Input "tuf-mirror" must be an https URL, got "${mirror}".`,
      undefined,
      `Give the TUF repository's URL, e.g. ${DEFAULT_MIRROR_URL}.`,
    );
  }
  const fallback = inputs.get('tuf-fallback') || 'none';
  if (fallback !== 'none' && fallback !== 'embedded') {
    throw new ConfigurationError(
      'invalid-input',
      `Input "tuf-fallback" must be none or embedded, got "${fallback}".`,
      undefined,
      'Write none (fail when TUF fails) or embedded (use the built-in root).',
    );
  }
  const rootPath = inputs.get('tuf-root');
  return {
    mirror,
    fallback,
    cachePath: tufCachePath(context.env),
    ...(rootPath ? { rootPath: resolve(context.workspace, rootPath) } : {}),
  };
}

async function hashFile(path: string, name: string, workspace: string): Promise<Record<DigestAlgorithm, string>> {
  const sha256 = createHash('sha256');
  const sha512 = createHash('sha512');
  await hashRegularFile(path, [sha256, sha512], { displayName: name, kind: 'subject', workspace });
  return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}

export interface VerifyReleaseResult {
  verified: boolean;
  verdicts: SubjectVerdict[];
  attestations: EvaluatedAttestation[];
  globalChecks: Check[];
  trust: string;
}

/** Verifies the subjects against the bundles and the policy. Fails closed: anything unproven is a no. */
export async function verifyRelease(options: VerifyReleaseOptions, context: RunContext): Promise<VerifyReleaseResult> {
  const subjects: ArtifactSubject[] = [...options.subjectDigests];
  for (const path of options.subjectPaths)
    subjects.push({
      name: path,
      file: resolve(context.workspace, path),
      digests: await hashFile(resolve(context.workspace, path), path, context.workspace),
    });

  // trusted-root: tuf: fetched (and cached) before anything is verified; a failure stops here.
  const tuf = options.tuf ? await fetchTufTrustedRoot(options.tuf) : undefined;
  if (tuf?.reason) context.log(`verify-release: ${tuf.reason}; using the built-in root (tuf-fallback: embedded)`);
  const trust = loadTrust({
    ...(tuf?.text ? { trustedRoot: { text: tuf.text, name: `TUF ${options.tuf!.mirror}` } } : {}),
    ...(options.trustedRoot
      ? {
          trustedRoot: {
            text: readTextFile(resolve(context.workspace, options.trustedRoot), {
              displayName: options.trustedRoot,
              kind: 'trusted root',
              workspace: context.workspace,
            }),
            name: options.trustedRoot,
          },
        }
      : {}),
    ...(options.publicKey
      ? {
          publicKey: {
            text: readTextFile(resolve(context.workspace, options.publicKey), {
              displayName: options.publicKey,
              kind: 'public key',
              workspace: context.workspace,
            }),
            name: options.publicKey,
          },
        }
      : {}),
  });
  if (tuf?.reason) trust.description += ` (${tuf.reason}; tuf-fallback: embedded)`;

  const raw: RawBundle[] = [];
  if (options.bundlePaths.length) {
    for (const path of options.bundlePaths) {
      const text = readTextFile(resolve(context.workspace, path), {
        displayName: path,
        kind: 'bundle',
        maxBytes: MAX_DOCUMENT_BYTES,
        workspace: context.workspace,
      });
      raw.push(...parseBundleDocument(text, path));
    }
  } else {
    const digests = [...new Set(subjects.map((s) => `sha256:${s.digests.sha256}`))];
    for (const digest of digests) {
      const fetched = await fetchAttestations({
        apiUrl: context.apiUrl,
        ...(options.repository ? { repository: options.repository } : { owner: options.owner! }),
        token: options.githubToken!,
        digest,
        limit: options.limit,
        log: context.debug,
      });
      context.log(`verify-release: ${fetched.length} attestation(s) for ${digest}`);
      raw.push(...fetched.map((b) => ({ ...b, source: `${b.source} for ${digest.slice(0, 19)}…` })));
    }
  }

  const verifier = createVerifier(trust);
  const attestations = raw.map((bundle) =>
    evaluateBundle(bundle, { trust, verifier, policy: options.policy, subjects }),
  );

  // For each artifact: the first attestation of the policy's predicate type that passes, or else the
  // one that got furthest, to show why it failed.
  const verdicts: SubjectVerdict[] = subjects.map((subject) => {
    const pick = (role: EvaluatedAttestation['role']): EvaluatedAttestation | undefined => {
      const candidates = attestations.filter((a) => a.role === role && a.covers.includes(subject.name));
      const fallback =
        role === 'provenance'
          ? attestations.filter((a) => a.covers.includes(subject.name) || a.role === 'provenance' || !a.statement)
          : [];
      return (
        candidates.find((a) => a.passed) ??
        best(candidates) ??
        best(fallback) ??
        (role === 'provenance' ? best(attestations) : undefined)
      );
    };
    const verdict: SubjectVerdict = { subject, verified: false };
    const attestation = pick('provenance');
    if (attestation) verdict.attestation = attestation;
    if (options.policy.requireSbom) {
      const sbom = pick('sbom');
      if (sbom) verdict.sbom = sbom;
    }
    return verdict;
  });

  // Policy exceptions: a failed check named like an exception's rule, for the artifact its path names.
  const globalChecks: Check[] = [];
  if (options.policyFile) {
    const findings: Finding[] = [];
    const byFinding = new Map<Finding, Check>();
    for (const verdict of verdicts) {
      for (const attestation of [verdict.attestation, verdict.sbom]) {
        for (const check of attestation?.checks ?? []) {
          if (check.passed || UNWAIVABLE_CHECKS.includes(check.name)) continue;
          const finding: Finding = {
            rule: check.name,
            severity: 'error',
            message: check.actual,
            file: verdict.subject.name,
            line: 1,
            column: 1,
          };
          findings.push(finding);
          byFinding.set(finding, check);
        }
      }
    }
    const ruleNames = [...verifyReleaseInputs.map((i) => i.name), 'owner', 'predicate-consistency', 'predicate-type'];
    const applied = applyExceptions(findings, options.policyFile, { now: context.now, reportRules: ruleNames });
    for (const { finding, exception } of applied.waived) {
      const check = byFinding.get(finding)!;
      check.passed = true;
      check.waived = `exception owned by ${exception.owner} until ${exception.expiresText}: ${exception.reason}`;
    }
    const expired = applied.findings.filter((f) => !byFinding.has(f));
    globalChecks.push({
      name: 'exceptions',
      expected: 'no expired exception in the policy',
      actual: expired.length
        ? expired.map((f) => `${options.policyFile!.file}:${f.line}: ${f.message}`).join(' ')
        : `${options.policyFile.exceptions.length} exception(s), none expired`,
      passed: expired.length === 0,
    });
    for (const attestation of attestations) attestation.passed = attestation.checks.every((c) => c.passed);
  }
  if (options.policy.requireSbom) {
    const missing = verdicts.filter((v) => !v.sbom?.passed).map((v) => v.subject.name);
    globalChecks.push({
      name: 'require-sbom',
      expected: 'a verified SBOM attestation (CycloneDX or SPDX) for every artifact',
      actual: missing.length ? `none verified for ${missing.join(', ')}` : 'present and verified',
      passed: missing.length === 0,
    });
  }
  if (!raw.length) {
    globalChecks.push({
      name: 'attestations',
      expected: 'at least one attestation',
      actual: options.bundlePaths.length
        ? 'none (the bundle files hold no bundle)'
        : 'none (GitHub has no attestation for these digests)',
      passed: false,
    });
  } else {
    // Every bundle given is verified and reported: one that fails cryptographically fails the run even
    // when another verified, so a tampered bundle in a collection is never passed over in silence.
    const statuses = attestations.map((a) => ({ attestation: a, ...statusOf(a, options.policy.requireSbom) }));
    for (const { attestation, status, reason } of statuses) {
      attestation.status = status;
      attestation.statusReason = reason;
    }
    const failed = statuses.filter((s) => s.status === 'failed');
    const counts = (['verified', 'rejected', 'not applicable', 'failed'] as const)
      .map((status) => [status, statuses.filter((s) => s.status === status).length] as const)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status}`);
    globalChecks.push({
      name: 'attestations',
      expected: `every attestation given verifies cryptographically (${raw.length} examined)`,
      actual: `${counts.join(', ')}${failed.length ? `: ${failed.map((s) => `${s.attestation.source}: ${s.reason}`).join('; ')}` : ''}`,
      passed: failed.length === 0,
    });
  }
  for (const verdict of verdicts) {
    verdict.verified =
      !!verdict.attestation?.passed &&
      verdict.attestation.role === 'provenance' &&
      verdict.attestation.covers.includes(verdict.subject.name) &&
      (!options.policy.requireSbom || !!verdict.sbom?.passed);
  }
  const verified = verdicts.length > 0 && verdicts.every((v) => v.verified) && globalChecks.every((c) => c.passed);
  return { verified, verdicts, attestations, globalChecks, trust: trust.description };
}

function best(list: readonly EvaluatedAttestation[]): EvaluatedAttestation | undefined {
  let chosen: EvaluatedAttestation | undefined;
  let score = -1;
  for (const item of list) {
    const passed = item.checks.filter((c) => c.passed).length;
    if (passed > score) {
      chosen = item;
      score = passed;
    }
  }
  return chosen;
}

function checkJson(check: Check): Record<string, unknown> {
  return {
    name: check.name,
    expected: check.expected,
    actual: check.actual,
    passed: check.passed,
    ...(check.waived ? { waived: check.waived } : {}),
  };
}

/** sigstore-go's names for the certificate fields, which `gh attestation verify --format json` prints. */
const GH_CERTIFICATE_FIELDS: Record<keyof FulcioExtensions, string> = {
  issuer: 'issuer',
  githubWorkflowTrigger: 'githubWorkflowTrigger',
  githubWorkflowSha: 'githubWorkflowSHA',
  githubWorkflowName: 'githubWorkflowName',
  githubWorkflowRepository: 'githubWorkflowRepository',
  githubWorkflowRef: 'githubWorkflowRef',
  buildSignerUri: 'buildSignerURI',
  buildSignerDigest: 'buildSignerDigest',
  runnerEnvironment: 'runnerEnvironment',
  sourceRepositoryUri: 'sourceRepositoryURI',
  sourceRepositoryDigest: 'sourceRepositoryDigest',
  sourceRepositoryRef: 'sourceRepositoryRef',
  sourceRepositoryIdentifier: 'sourceRepositoryIdentifier',
  sourceRepositoryOwnerUri: 'sourceRepositoryOwnerURI',
  sourceRepositoryOwnerIdentifier: 'sourceRepositoryOwnerIdentifier',
  buildConfigUri: 'buildConfigURI',
  buildConfigDigest: 'buildConfigDigest',
  buildTrigger: 'buildTrigger',
  runInvocationUri: 'runInvocationURI',
  sourceRepositoryVisibility: 'sourceRepositoryVisibilityAtSigning',
};

/**
 * The attestations that verified, each as `gh attestation verify --format json` prints one
 * (`[].attestation.bundle`, `[].verificationResult.{mediaType, statement, signature.certificate,
 * verifiedTimestamps}`), so a script written for gh reads `.verificationResults[]` the same way.
 */
function ghResults(attestations: readonly EvaluatedAttestation[]): Record<string, unknown>[] {
  return attestations
    .filter((a) => a.status === 'verified')
    .map((a) => {
      const certificate: Record<string, string> = {};
      if (a.identity) {
        certificate.certificateIssuer = a.identity.issuerName;
        certificate.subjectAlternativeName = a.identity.subjectAlternativeName ?? '';
        for (const [key, name] of Object.entries(GH_CERTIFICATE_FIELDS))
          certificate[name] = a.identity.extensions[key as keyof FulcioExtensions] ?? '';
      }
      const statement = a.statement
        ? {
            _type: a.statement.type,
            subject: a.statement.subjects,
            predicateType: a.statement.predicateType,
            predicate: a.statement.predicate,
          }
        : null;
      return {
        attestation: { bundle: a.bundle },
        verificationResult: {
          mediaType: 'application/vnd.dev.sigstore.verificationresult+json;version=0.1',
          statement,
          signature: { certificate: a.identity ? certificate : null },
          verifiedTimestamps: a.verifiedTimestamps ?? [],
        },
      };
    });
}

export function reportJson(result: VerifyReleaseResult): Record<string, unknown> {
  const checks: Record<string, unknown>[] = [];
  for (const verdict of result.verdicts) {
    for (const attestation of [verdict.attestation, verdict.sbom]) {
      for (const check of attestation?.checks ?? [])
        checks.push({ ...checkJson(check), subject: verdict.subject.name, attestation: attestation!.source });
    }
  }
  for (const check of result.globalChecks) checks.push(checkJson(check));
  const first = result.verdicts[0]?.attestation;
  return {
    verified: result.verified,
    checks,
    trust: result.trust,
    subjects: result.verdicts.map((v) => ({
      name: v.subject.name,
      digest: formatDigest(v.subject.digests),
      verified: v.verified,
      attestation: v.attestation?.source ?? null,
    })),
    identity: first?.identity
      ? {
          subjectAlternativeName: first.identity.subjectAlternativeName ?? null,
          issuer: first.identity.issuerName,
          ...first.identity.extensions,
        }
      : null,
    attestations: result.attestations.map((a) => ({
      source: a.source,
      mediaType: a.mediaType,
      predicateType: a.predicateType ?? null,
      passed: a.passed,
      status: a.status ?? null,
      reason: a.statusReason ?? null,
      checks: a.checks.map(checkJson),
    })),
    verificationResults: ghResults(result.attestations),
  };
}

export const verifyReleaseCommand = defineCommand<VerifyReleaseOptions>({
  name: 'verify-release',
  description:
    'The admission gate: verifies Sigstore attestations offline against an explicit trusted root and a release policy; fails closed.',
  inputs: verifyReleaseInputs,
  outputs: verifyReleaseOutputs,
  parse: parseVerifyReleaseOptions,
  async run(options, context) {
    const started = performance.now();
    const result = await verifyRelease(options, context);
    context.debug(
      `verify-release: ${result.attestations.length} attestation(s) checked in ${(performance.now() - started).toFixed(1)} ms`,
    );
    const json = reportJson(result);
    const reportPath = join(context.tempDir, 'verify-release-report.json');
    writeFileAtomic(reportPath, `${JSON.stringify(json, null, 2)}\n`, { createDirectory: true });
    const chosen = result.verdicts[0]?.attestation;
    const ext = chosen?.passed ? (chosen.identity?.extensions ?? {}) : {};
    const summaryInput = {
      verified: result.verified,
      verdicts: result.verdicts,
      globalChecks: result.globalChecks,
      attestations: result.attestations,
      trust: result.trust,
    };
    const failed = [
      ...result.verdicts.flatMap((v) => [...(v.attestation?.checks ?? []), ...(v.sbom?.checks ?? [])]),
      ...result.globalChecks,
    ].filter((c) => !c.passed && !c.actual.startsWith('not checked'));
    return {
      exitCode: result.verified ? 0 : 1,
      ...(result.verified
        ? {}
        : {
            failureMessage: `verify-release: NOT verified: ${failed.map((c) => `${c.name}: expected ${c.expected}, found ${c.actual}`).join('; ') || 'no attestation'}`,
          }),
      outputs: {
        verified: String(result.verified),
        'signer-workflow': ext.buildSignerUri ? withoutHost(ext.buildSignerUri) : '',
        'source-repository': ext.sourceRepositoryUri ? withoutHost(ext.sourceRepositoryUri) : '',
        'source-ref': ext.sourceRepositoryRef ?? '',
        'source-digest': ext.sourceRepositoryDigest ?? '',
        'predicate-type': chosen?.passed ? (chosen.predicateType ?? '') : '',
        'report-path': reportPath,
      },
      json: { ...json, 'report-path': reportPath },
      text: renderText(summaryInput),
      summary: renderSummary(summaryInput),
    };
  },
});
