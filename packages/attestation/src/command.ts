// attest-provenance: subjects in, signed Sigstore bundles out (JSON Lines), optionally stored with
// GitHub's attestations API. One Command for the action and `paved-road attest-provenance`.
import { createHash, type KeyObject } from 'node:crypto';
import { isAbsolute, join, resolve } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import {
  ConfigurationError,
  defineCommand,
  parseBoolean,
  parseChoice,
  writeFileAtomic,
  type InputSource,
  type RunContext,
} from '@paved-road/core';
import { describeLocalBuild } from './local.js';
import { MISSING_ID_TOKEN_FIX, MISSING_ID_TOKEN_MESSAGE, requestIdToken, verifyIdToken } from './oidc.js';
import { loadCustomPredicate, loadSbomPredicate, type LoadedPredicate } from './predicates.js';
import {
  loadSigningKey,
  SIGSTORE_INSTANCES,
  signStatement,
  type SigningOptions,
  type SigstoreEndpoints,
} from './sign.js';
import {
  buildProvenanceStatement,
  buildStatement,
  SLSA_PROVENANCE_V1,
  type BuildSource,
  type GitHubClaims,
  type Statement,
} from './statement.js';
import { storeAttestation, type StoredAttestation } from './store.js';
import {
  chunkSubjects,
  computeSubjects,
  MAX_SUBJECTS_PER_STATEMENT,
  parseDigest,
  type Subject,
  type SubjectSource,
} from './subjects.js';

export const SIGNING_MODES = ['keyless', 'key'] as const;
export const SIGSTORE_CHOICES = ['public-good', 'github', 'custom'] as const;
export type SigningMode = (typeof SIGNING_MODES)[number];
export type SigstoreChoice = (typeof SIGSTORE_CHOICES)[number];

export type PredicateSource =
  { kind: 'provenance' } | { kind: 'sbom'; path: string } | { kind: 'custom'; predicateType: string; path: string };

export interface AttestProvenanceOptions {
  subjects: SubjectSource;
  predicate: PredicateSource;
  signing: SigningMode;
  /** Key mode: the parsed private key. */
  signingKey?: KeyObject;
  /** Unset: chosen from the repository's visibility (keyless) or none (key mode). */
  sigstore?: SigstoreChoice;
  endpoints: SigstoreEndpoints;
  pushToGithub: boolean;
  githubToken: string;
  /** Absolute path of the JSON Lines file; unset: under the temp dir, named after the subjects. */
  bundlePath?: string;
  showSummary: boolean;
}

export interface AttestProvenanceResult {
  predicateType: string;
  subjects: Subject[];
  bundlePath: string;
  statements: number;
  signing: {
    mode: SigningMode;
    sigstore: SigstoreChoice | 'none';
    fulcioUrl?: string;
    rekorUrl?: string;
    tsaUrl?: string;
    identity?: string;
  };
  attestations: StoredAttestation[];
}

const inputs = [
  {
    name: 'subject-path',
    description:
      'Files to attest: paths or globs, one per line (`!pattern` excludes). Exactly one of subject-path, subject-digest or subject-checksums.',
    positional: true,
  },
  {
    name: 'subject-digest',
    description: 'The sha256 digest of the artifact, as `sha256:<64 hex>`; with subject-name.',
  },
  {
    name: 'subject-name',
    description: 'The artifact name that subject-digest belongs to (e.g. a file name or an image name).',
  },
  {
    name: 'subject-checksums',
    description: 'A sha256sum-format file (`<hex>  <name>` per line) listing the subjects.',
  },
  {
    name: 'sbom-path',
    description: 'Attest this SBOM instead of provenance: a CycloneDX or SPDX JSON document (at most 16 MiB).',
  },
  {
    name: 'predicate-type',
    description: 'Attest a custom predicate instead of provenance: its type URI; with predicate-path.',
  },
  {
    name: 'predicate-path',
    description: 'The JSON file holding the custom predicate (at most 16 MiB); with predicate-type.',
  },
  {
    name: 'signing',
    description:
      "`keyless` (a Sigstore certificate for the job's OIDC identity; the default in GitHub Actions) or `key` (signing-key; the default elsewhere).",
  },
  {
    name: 'signing-key',
    description: 'With `signing: key`: a PEM private key (P-256 or Ed25519), as text from a secret or as a file path.',
    secret: true,
  },
  {
    name: 'sigstore',
    description:
      'Which Sigstore: `public-good`, `github` or `custom` (fulcio-url, rekor-url, tsa-url). Default: public-good for public repositories, github otherwise.',
  },
  { name: 'fulcio-url', description: 'With `sigstore: custom`: the Fulcio certificate authority.' },
  { name: 'rekor-url', description: 'With `sigstore: custom`: the Rekor transparency log.' },
  { name: 'tsa-url', description: 'With `sigstore: custom`: the RFC 3161 timestamp authority.' },
  {
    name: 'push-to-github',
    description:
      "Store the attestations with GitHub's attestations API (needs `attestations: write`). Default: true in GitHub Actions with keyless signing.",
  },
  {
    name: 'github-token',
    description: 'Token for the attestations API.',
    default: '${{ github.token }}',
    secret: true,
  },
  {
    name: 'bundle-path',
    description:
      'Where to write the Sigstore bundles (JSON Lines, one per statement). Default: a file under RUNNER_TEMP.',
  },
  {
    name: 'show-summary',
    description: 'Write the subjects and attestation links to the job summary.',
    default: 'true',
  },
] as const;

const outputs = [
  { name: 'bundle-path', description: 'The JSON Lines file of Sigstore bundles, one per statement.' },
  {
    name: 'attestation-id',
    description:
      'The id of the stored attestation (one per line when the subjects were split over several statements).',
  },
  { name: 'attestation-url', description: 'The web URL of the stored attestation (one per line when split).' },
  { name: 'subjects', description: 'The subjects as JSON: [{"name": ..., "digest": {"sha256": ...}}].' },
] as const;

function optionalUrl(name: string, raw: string): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(
      'invalid-input',
      `Input "${name}" must be an http(s) URL, got "${raw}".`,
      undefined,
      "Give the service's base URL, e.g. https://fulcio.example.com.",
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError('invalid-input', `Input "${name}" must be an http(s) URL, got "${raw}".`);
  }
  return raw.replace(/\/+$/, '');
}

/** An expression the runner did not evaluate (a local runner, a test): as good as unset. */
function unevaluated(value: string): string {
  return value.startsWith('${{') ? '' : value;
}

export function parseAttestProvenanceOptions(source: InputSource, context: RunContext): AttestProvenanceOptions {
  // Subjects: exactly one source.
  const paths = source.getList('subject-path');
  const digest = source.get('subject-digest');
  const name = source.get('subject-name');
  const checksums = source.get('subject-checksums');
  const given = [
    paths.length ? 'subject-path' : '',
    digest ? 'subject-digest' : '',
    checksums ? 'subject-checksums' : '',
  ].filter(Boolean);
  if (given.length !== 1) {
    throw new ConfigurationError(
      'invalid-input',
      given.length === 0
        ? 'Nothing to attest: give subject-path, subject-digest (with subject-name) or subject-checksums.'
        : `Give exactly one of subject-path, subject-digest or subject-checksums; got ${given.join(' and ')}.`,
      undefined,
      given.length === 0 ? 'Point subject-path at the build output.' : `Keep one of ${given.join(', ')}.`,
    );
  }
  let subjects: SubjectSource;
  if (paths.length) subjects = { kind: 'paths', patterns: paths };
  else if (digest) subjects = { kind: 'digest', digest: `sha256:${parseDigest(digest)}`, name };
  else subjects = { kind: 'checksums', file: checksums };
  if (name && subjects.kind !== 'digest') {
    throw new ConfigurationError(
      'invalid-input',
      'Input "subject-name" goes with subject-digest only; subject-path and subject-checksums name their subjects.',
      undefined,
      'Remove subject-name.',
    );
  }
  if (subjects.kind === 'digest' && !name) {
    throw new ConfigurationError(
      'invalid-input',
      'Input "subject-name" is required with "subject-digest".',
      undefined,
      'Name the artifact the digest belongs to.',
    );
  }

  // Predicate: provenance unless an SBOM or a custom predicate is given.
  const sbomPath = source.get('sbom-path');
  const predicateType = source.get('predicate-type');
  const predicatePath = source.get('predicate-path');
  let predicate: PredicateSource = { kind: 'provenance' };
  if (sbomPath && (predicateType || predicatePath)) {
    throw new ConfigurationError(
      'invalid-input',
      'Give either sbom-path or predicate-type with predicate-path, not both.',
      undefined,
      'Attest them in two steps.',
    );
  }
  if (sbomPath) predicate = { kind: 'sbom', path: sbomPath };
  else if (predicateType || predicatePath) {
    if (!predicateType || !predicatePath) {
      throw new ConfigurationError(
        'invalid-input',
        `Input "${predicateType ? 'predicate-path' : 'predicate-type'}" is required with "${predicateType ? 'predicate-type' : 'predicate-path'}".`,
        undefined,
        'Give both, or neither for provenance.',
      );
    }
    predicate = { kind: 'custom', predicateType, path: predicatePath };
  }

  // Signing.
  const signing = parseChoice('signing', source.get('signing'), SIGNING_MODES, context.inActions ? 'keyless' : 'key');
  const rawKey = source.get('signing-key');
  let signingKey: KeyObject | undefined;
  if (signing === 'key') {
    if (!rawKey) {
      throw new ConfigurationError(
        'invalid-input',
        context.inActions
          ? 'Input "signing-key" is required with "signing: key".'
          : 'Outside GitHub Actions attest-provenance signs with a key, and "signing-key" is empty.',
        undefined,
        'Pass a PEM private key (P-256 or Ed25519) or its file path as signing-key.',
      );
    }
    signingKey = loadSigningKey(rawKey, context.workspace);
  } else if (rawKey) {
    throw new ConfigurationError(
      'invalid-input',
      'Input "signing-key" is set but signing is keyless.',
      undefined,
      'Set signing: key to sign with it, or remove signing-key.',
    );
  }

  const endpoints: SigstoreEndpoints = {};
  const fulcioUrl = optionalUrl('fulcio-url', source.get('fulcio-url'));
  const rekorUrl = optionalUrl('rekor-url', source.get('rekor-url'));
  const tsaUrl = optionalUrl('tsa-url', source.get('tsa-url'));
  const anyUrl = fulcioUrl ?? rekorUrl ?? tsaUrl;
  const rawSigstore = source.get('sigstore');
  const sigstore: SigstoreChoice | undefined = rawSigstore
    ? parseChoice('sigstore', rawSigstore, SIGSTORE_CHOICES)
    : anyUrl
      ? 'custom'
      : undefined;
  if (sigstore && sigstore !== 'custom' && anyUrl) {
    throw new ConfigurationError(
      'invalid-input',
      `fulcio-url, rekor-url and tsa-url apply to "sigstore: custom", but sigstore is ${sigstore}.`,
      undefined,
      'Set sigstore: custom, or remove the URLs.',
    );
  }
  if (sigstore === 'custom') {
    if (fulcioUrl) endpoints.fulcioUrl = fulcioUrl;
    if (rekorUrl) endpoints.rekorUrl = rekorUrl;
    if (tsaUrl) endpoints.tsaUrl = tsaUrl;
    if (signing === 'keyless' && !fulcioUrl) {
      throw new ConfigurationError(
        'invalid-input',
        'Keyless signing with "sigstore: custom" needs fulcio-url.',
        undefined,
        'Set fulcio-url to your Fulcio.',
      );
    }
    if (signing === 'keyless' && !rekorUrl && !tsaUrl) {
      throw new ConfigurationError(
        'invalid-input',
        'Keyless signing with "sigstore: custom" needs rekor-url or tsa-url (a signed time for the short-lived certificate).',
        undefined,
        'Set rekor-url, tsa-url or both.',
      );
    }
    if (signing === 'key' && fulcioUrl) {
      throw new ConfigurationError(
        'invalid-input',
        'fulcio-url is not used with "signing: key" (no certificate is issued).',
        undefined,
        'Remove fulcio-url, or sign keyless.',
      );
    }
  } else if (sigstore) {
    Object.assign(endpoints, SIGSTORE_INSTANCES[sigstore]);
    if (signing === 'key') delete endpoints.fulcioUrl;
  }
  // sigstore unset: decided at run time from the token (keyless); key mode signs without a log or timestamp.

  const pushRaw = source.get('push-to-github');
  const pushToGithub = parseBoolean('push-to-github', pushRaw, context.inActions && signing === 'keyless');
  const githubToken =
    unevaluated(source.get('github-token')) || (context.inActions ? '' : (context.env.GITHUB_TOKEN ?? ''));
  const bundleRaw = source.get('bundle-path');
  const options: AttestProvenanceOptions = {
    subjects,
    predicate,
    signing,
    endpoints,
    pushToGithub,
    githubToken,
    showSummary: parseBoolean('show-summary', source.get('show-summary'), true),
  };
  if (signingKey) options.signingKey = signingKey;
  if (sigstore) options.sigstore = sigstore;
  if (bundleRaw) options.bundlePath = isAbsolute(bundleRaw) ? bundleRaw : resolve(context.workspace, bundleRaw);
  if (pushToGithub && !githubToken) {
    throw new ConfigurationError(
      'missing-token',
      'push-to-github needs github-token to store the attestation, and it is empty.',
      undefined,
      'Pass github-token: ${{ github.token }} with "permissions: attestations: write", or set push-to-github: false.',
    );
  }
  return options;
}

/** The claims GitHub would put in the job token, from the runner's variables (key mode: asserted, not verified). */
export function claimsFromRunnerEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): GitHubClaims | undefined {
  const get = (name: string): string => env[name] ?? '';
  const claims = {
    iss: 'runner-environment',
    sub: '',
    repository: get('GITHUB_REPOSITORY'),
    repository_id: get('GITHUB_REPOSITORY_ID'),
    repository_owner: get('GITHUB_REPOSITORY_OWNER'),
    repository_owner_id: get('GITHUB_REPOSITORY_OWNER_ID'),
    ref: get('GITHUB_REF'),
    sha: get('GITHUB_SHA'),
    workflow_ref: get('GITHUB_WORKFLOW_REF'),
    // The runner does not expose the job's workflow file; for a job in the caller it is the same.
    job_workflow_ref: get('GITHUB_WORKFLOW_REF'),
    event_name: get('GITHUB_EVENT_NAME'),
    run_id: get('GITHUB_RUN_ID'),
    run_attempt: get('GITHUB_RUN_ATTEMPT'),
    runner_environment: get('RUNNER_ENVIRONMENT'),
  };
  return claims.repository && claims.sha && claims.workflow_ref && claims.run_id ? claims : undefined;
}

/** GitHub's choice: the public-good instance for public repositories, GitHub's own for the rest. */
export function defaultSigstore(visibility: string | undefined): 'public-good' | 'github' {
  return visibility === 'public' ? 'public-good' : 'github';
}

function bundleFileName(subjects: readonly Subject[], predicateType: string): string {
  const hash = createHash('sha256').update(predicateType);
  for (const subject of subjects) hash.update(`\n${subject.name}\0${subject.digest.sha256}`);
  return `attestation-${hash.digest('hex').slice(0, 16)}.sigstore.jsonl`;
}

function loadPredicate(source: PredicateSource, workspace: string): LoadedPredicate | undefined {
  if (source.kind === 'sbom') return loadSbomPredicate(source.path, workspace);
  if (source.kind === 'custom') return loadCustomPredicate(source.predicateType, source.path, workspace);
  return undefined;
}

export async function runAttestProvenance(
  options: AttestProvenanceOptions,
  context: RunContext,
): Promise<AttestProvenanceResult> {
  const subjects = await computeSubjects(options.subjects, { workspace: context.workspace });
  const custom = loadPredicate(options.predicate, context.workspace);
  const predicateType = custom?.predicateType ?? SLSA_PROVENANCE_V1;
  context.log(
    `attest-provenance: ${subjects.length} subject${subjects.length === 1 ? '' : 's'}, predicate ${predicateType}`,
  );

  // Identity and build facts.
  let buildSource: BuildSource;
  let signingOptions: SigningOptions;
  let sigstore: SigstoreChoice | 'none' = options.sigstore ?? 'none';
  let endpoints: SigstoreEndpoints = { ...options.endpoints };
  let identity: string | undefined;
  if (options.signing === 'keyless') {
    if (!context.env.ACTIONS_ID_TOKEN_REQUEST_URL || !context.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      throw new ConfigurationError(
        'missing-id-token-permission',
        MISSING_ID_TOKEN_MESSAGE,
        undefined,
        MISSING_ID_TOKEN_FIX,
      );
    }
    const token = await requestIdToken(context.env);
    const claims = await verifyIdToken(token, {
      requestUrl: context.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      serverUrl: context.serverUrl,
      now: new Date(),
    });
    if (!options.sigstore) {
      sigstore = defaultSigstore(claims.repository_visibility);
      endpoints = { ...SIGSTORE_INSTANCES[sigstore] };
    }
    identity = `${context.serverUrl}/${claims.job_workflow_ref}`;
    buildSource = { kind: 'github', claims, serverUrl: context.serverUrl };
    signingOptions = {
      mode: 'keyless',
      identityToken: token,
      fulcioUrl: endpoints.fulcioUrl as string,
      ...pick(endpoints),
    };
  } else {
    // In Actions, the job's token (when the job may mint one) gives verified facts; otherwise the
    // runner's variables, which are only as good as the key that signs them.
    let claims: GitHubClaims | undefined;
    if (context.inActions && context.env.ACTIONS_ID_TOKEN_REQUEST_URL && context.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      const token = await requestIdToken(context.env);
      claims = await verifyIdToken(token, {
        requestUrl: context.env.ACTIONS_ID_TOKEN_REQUEST_URL,
        serverUrl: context.serverUrl,
        now: new Date(),
      });
    } else if (context.inActions) {
      claims = claimsFromRunnerEnvironment(context.env);
    }
    buildSource = claims
      ? { kind: 'github', claims, serverUrl: context.serverUrl }
      : {
          kind: 'local',
          build: describeLocalBuild(context.workspace, context.env, {
            sha: context.sha,
            ref: context.ref,
            now: context.now,
          }),
        };
    signingOptions = { mode: 'key', privateKey: options.signingKey as KeyObject, ...pick(endpoints) };
  }
  context.debug(`signing ${options.signing} with ${JSON.stringify(endpoints)}`);

  // One statement per MAX_SUBJECTS_PER_STATEMENT subjects; each signed on its own.
  const bundles: SerializedBundle[] = [];
  const chunks = chunkSubjects(subjects, MAX_SUBJECTS_PER_STATEMENT);
  for (const chunk of chunks) {
    const statement: Statement = custom
      ? buildStatement(chunk, custom.predicateType, custom.predicate)
      : buildProvenanceStatement(chunk, buildSource);
    bundles.push(await signStatement(statement, signingOptions));
  }
  if (chunks.length > 1)
    context.log(
      `attest-provenance: ${subjects.length} subjects split over ${chunks.length} statements of at most ${MAX_SUBJECTS_PER_STATEMENT}`,
    );

  const bundlePath = options.bundlePath ?? join(context.tempDir, bundleFileName(subjects, predicateType));
  writeFileAtomic(bundlePath, bundles.map((bundle) => `${JSON.stringify(bundle)}\n`).join(''), {
    createDirectory: true,
  });
  context.log(`attest-provenance: wrote ${bundles.length} bundle${bundles.length === 1 ? '' : 's'} to ${bundlePath}`);

  const attestations: StoredAttestation[] = [];
  if (options.pushToGithub) {
    const repository = context.repository ?? '';
    for (const bundle of bundles) {
      const stored = await storeAttestation(bundle, {
        apiUrl: context.apiUrl,
        serverUrl: context.serverUrl,
        repository,
        token: options.githubToken,
      });
      attestations.push(stored);
      context.log(`attest-provenance: stored attestation ${stored.id}: ${stored.url}`);
    }
  }

  const signing: AttestProvenanceResult['signing'] = { mode: options.signing, sigstore, ...pick(endpoints) };
  if (options.signing === 'keyless' && endpoints.fulcioUrl) signing.fulcioUrl = endpoints.fulcioUrl;
  if (identity) signing.identity = identity;
  return { predicateType, subjects, bundlePath, statements: bundles.length, signing, attestations };
}

function pick(endpoints: SigstoreEndpoints): { rekorUrl?: string; tsaUrl?: string } {
  const picked: { rekorUrl?: string; tsaUrl?: string } = {};
  if (endpoints.rekorUrl) picked.rekorUrl = endpoints.rekorUrl;
  if (endpoints.tsaUrl) picked.tsaUrl = endpoints.tsaUrl;
  return picked;
}

function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/\r?\n/g, ' ');
}

const SUMMARY_ROWS = 50;

export function renderSummary(result: AttestProvenanceResult): string {
  const lines = ['## Attestation', '', `Predicate: \`${result.predicateType}\``, ''];
  const how =
    result.signing.mode === 'keyless'
      ? `Signed keyless as \`${result.signing.identity ?? 'the job identity'}\` (Sigstore: ${result.signing.sigstore}${result.signing.rekorUrl ? ', transparency log' : ''}${result.signing.tsaUrl ? ', timestamp authority' : ''}).`
      : `Signed with a key${result.signing.rekorUrl ? ', logged in Rekor' : ''}${result.signing.tsaUrl ? ', timestamped' : ''}.`;
  lines.push(how, '');
  if (result.attestations.length) {
    for (const attestation of result.attestations) lines.push(`- [Attestation ${attestation.id}](${attestation.url})`);
    lines.push('');
  }
  lines.push('| Subject | sha256 |', '| --- | --- |');
  for (const subject of result.subjects.slice(0, SUMMARY_ROWS))
    lines.push(`| ${escapeCell(subject.name)} | \`${subject.digest.sha256}\` |`);
  if (result.subjects.length > SUMMARY_ROWS) lines.push(`| ... and ${result.subjects.length - SUMMARY_ROWS} more | |`);
  if (result.statements > 1)
    lines.push(
      '',
      `${result.subjects.length} subjects in ${result.statements} statements of at most ${MAX_SUBJECTS_PER_STATEMENT}.`,
    );
  return `${lines.join('\n')}\n`;
}

export const attestProvenanceCommand = defineCommand<AttestProvenanceOptions>({
  name: 'attest-provenance',
  description:
    'SLSA v1 provenance, SBOM or custom attestations for build outputs, Sigstore-signed (keyless in GitHub Actions, with a key anywhere).',
  inputs,
  outputs,
  parse: parseAttestProvenanceOptions,
  async run(options, context) {
    const result = await runAttestProvenance(options, context);
    const subjectsJson = JSON.stringify(result.subjects);
    const text = [
      `${result.subjects.length} subject${result.subjects.length === 1 ? '' : 's'} attested (${result.predicateType})`,
      `bundles: ${result.bundlePath}`,
      ...result.attestations.map((a) => `attestation ${a.id}: ${a.url}`),
    ].join('\n');
    return {
      exitCode: 0,
      outputs: {
        'bundle-path': result.bundlePath,
        'attestation-id': result.attestations.map((a) => a.id).join('\n'),
        'attestation-url': result.attestations.map((a) => a.url).join('\n'),
        subjects: subjectsJson,
      },
      json: result,
      text,
      ...(options.showSummary ? { summary: renderSummary(result) } : {}),
    };
  },
});
