import { minimatch } from 'minimatch';
import type { CertificateIdentity, FulcioExtensions } from './certificate.js';
import { predicateClaims, type BuildField } from './predicate.js';
import type { Statement } from './statement.js';

/** GitHub Actions' OIDC issuer (github.com); GHE.com tenants use https://token.actions.<tenant>.ghe.com. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** The release policy, merged from the policy file's `verify-release:` section and the inputs. */
export interface ReleasePolicy {
  certificateIdentity?: string;
  /** A regular expression the SAN must match (gh's --cert-identity-regex); a leading `(?i)` ignores case. */
  certificateIdentityRegex?: string;
  signerWorkflow?: string;
  signerRepository?: string;
  signerDigest?: string;
  certificateOidcIssuer: string;
  /** Whether certificate-oidc-issuer was given (input or policy file), not only defaulted. */
  certificateOidcIssuerGiven?: boolean;
  sourceRepository?: string;
  sourceRef?: string;
  sourceDigest?: string;
  /** From the `owner` input when fetching by owner: the source repository's owner. */
  owner?: string;
  predicateType: string;
  denySelfHostedRunners: boolean;
  requireSbom: boolean;
}

export interface Check {
  /** The input (and policy key, and exception rule) the check enforces, or a fixed name. */
  name: string;
  expected: string;
  actual: string;
  passed: boolean;
  /** Set when a policy exception turned a failure into a pass. */
  waived?: string;
}

/** Path of a repository or workflow URI without scheme and host: `owner/repo/...`. */
export function withoutHost(value: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(.*)$/i.exec(value);
  return (match ? match[1]! : value).replace(/^\/+|\/+$/g, '');
}

function repositoryPath(value: string): string {
  return withoutHost(value.replace(/^git\+/, ''))
    .replace(/\.git$/, '')
    .toLowerCase();
}

function sameRepository(policy: string, certified: string): boolean {
  // A full URL must match host and path; owner/repo matches the path on any host (GHES included).
  if (/^[a-z]+:\/\//i.test(policy)) return policy.replace(/\/+$/, '').toLowerCase() === certified.toLowerCase();
  return repositoryPath(policy) === repositoryPath(certified);
}

function globMatch(value: string, pattern: string): boolean {
  return value === pattern || minimatch(value, pattern, { dot: true, nocomment: true, nonegate: true });
}

/**
 * A regular expression as gh writes them (Go RE2): a leading `(?i)` is JavaScript's `i` flag. Throws on
 * a pattern that does not compile.
 */
export function compileRegex(pattern: string): RegExp {
  const insensitive = pattern.startsWith('(?i)');
  return new RegExp(insensitive ? pattern.slice(4) : pattern, insensitive ? 'iu' : 'u');
}

/** Regular-expression syntax a glob never has: such a signer-workflow is read as gh reads it, a regex. */
export function isRegexSpelling(value: string): boolean {
  return /[\^$()|+]|\.\*|\(\?i\)/.test(value);
}

/**
 * signer-workflow as gh matches it: `^https://` + `[host/]owner/repo/path`, a prefix of the signer URI.
 * Without a host (its first part has no dot) any host is accepted, as owner/repo is everywhere here.
 */
export function signerWorkflowRegex(value: string): RegExp {
  if (value.startsWith('^') || value.startsWith('(?i)')) return compileRegex(value);
  const body = value.replace(/^https:\/\//, '');
  const hasHost = /^[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+[^/]*\//.test(body);
  return compileRegex(`^https://${hasHost ? '' : '[^/]+/'}${body}`);
}

function splitRef(uri: string): { path: string; ref?: string } {
  const at = uri.indexOf('@');
  return at === -1 ? { path: uri } : { path: uri.slice(0, at), ref: uri.slice(at + 1) };
}

const absent = (what: string): string => `(the certificate has no ${what})`;

/** The identity checks: one per constrained policy key, each naming what was expected and found. */
export function identityChecks(policy: ReleasePolicy, identity: CertificateIdentity): Check[] {
  const ext = identity.extensions;
  const checks: Check[] = [];
  const add = (
    name: string,
    expected: string,
    actual: string | undefined,
    what: string,
    passes: (actual: string) => boolean,
  ): void => {
    checks.push({ name, expected, actual: actual ?? absent(what), passed: actual !== undefined && passes(actual) });
  };

  add(
    'certificate-oidc-issuer',
    policy.certificateOidcIssuer,
    ext.issuer,
    'OIDC issuer extension (1.3.6.1.4.1.57264.1.8)',
    (a) => a === policy.certificateOidcIssuer,
  );
  if (policy.certificateIdentity !== undefined) {
    const expected = policy.certificateIdentity;
    add(
      'certificate-identity',
      expected,
      identity.subjectAlternativeName,
      'subject alternative name',
      (a) => a === expected,
    );
  }
  if (policy.certificateIdentityRegex !== undefined) {
    const pattern = compileRegex(policy.certificateIdentityRegex);
    add(
      'certificate-identity-regex',
      policy.certificateIdentityRegex,
      identity.subjectAlternativeName,
      'subject alternative name',
      (a) => pattern.test(a),
    );
  }
  if (policy.signerWorkflow !== undefined && isRegexSpelling(policy.signerWorkflow)) {
    const pattern = signerWorkflowRegex(policy.signerWorkflow);
    add(
      'signer-workflow',
      `${policy.signerWorkflow} (regex ${pattern.source})`,
      ext.buildSignerUri,
      'Build Signer URI (1.3.6.1.4.1.57264.1.9)',
      (a) => pattern.test(a),
    );
  } else if (policy.signerWorkflow !== undefined) {
    // gh spells the workflow with its host first (github.com/owner/repo/...): that host must match too.
    const hostFirst = /^([a-zA-Z0-9-]+\.[a-zA-Z0-9.-]+)\/(.*)$/.exec(policy.signerWorkflow);
    const expected = splitRef(withoutHost(hostFirst ? hostFirst[2]! : policy.signerWorkflow));
    add(
      'signer-workflow',
      policy.signerWorkflow,
      ext.buildSignerUri,
      'Build Signer URI (1.3.6.1.4.1.57264.1.9)',
      (a) => {
        if (hostFirst && !a.toLowerCase().startsWith(`https://${hostFirst[1]!.toLowerCase()}/`)) return false;
        const actual = splitRef(withoutHost(a));
        const [owner = '', repo = '', ...rest] = actual.path.split('/');
        const [eOwner = '', eRepo = '', ...eRest] = expected.path.split('/');
        if (
          owner.toLowerCase() !== eOwner.toLowerCase() ||
          repo.toLowerCase() !== eRepo.toLowerCase() ||
          rest.join('/') !== eRest.join('/')
        )
          return false;
        return expected.ref === undefined || (actual.ref !== undefined && globMatch(actual.ref, expected.ref));
      },
    );
  }
  if (policy.signerRepository !== undefined) {
    const expected = policy.signerRepository;
    // https://github.com/owner/repo/.github/workflows/x.yml@ref -> https://github.com/owner/repo
    const signerRepository = ext.buildSignerUri
      ? splitRef(ext.buildSignerUri).path.split('/').slice(0, 5).join('/')
      : undefined;
    add('signer-repository', expected, signerRepository, 'Build Signer URI (1.3.6.1.4.1.57264.1.9)', (a) =>
      sameRepository(expected, a),
    );
  }
  if (policy.signerDigest !== undefined) {
    const expected = policy.signerDigest.toLowerCase();
    add(
      'signer-digest',
      policy.signerDigest,
      ext.buildSignerDigest,
      'Build Signer Digest (1.3.6.1.4.1.57264.1.10)',
      (a) => a.toLowerCase() === expected,
    );
  }
  if (policy.sourceRepository !== undefined) {
    const expected = policy.sourceRepository;
    add('source-repository', expected, ext.sourceRepositoryUri, 'Source Repository URI (1.3.6.1.4.1.57264.1.12)', (a) =>
      sameRepository(expected, a),
    );
  }
  if (policy.owner !== undefined) {
    const expected = policy.owner.toLowerCase();
    const owner = ext.sourceRepositoryUri ? repositoryPath(ext.sourceRepositoryUri).split('/')[0] : undefined;
    add(
      'owner',
      policy.owner,
      owner,
      'Source Repository URI (1.3.6.1.4.1.57264.1.12)',
      (a) => a.toLowerCase() === expected,
    );
  }
  if (policy.sourceRef !== undefined) {
    const expected = policy.sourceRef;
    add('source-ref', expected, ext.sourceRepositoryRef, 'Source Repository Ref (1.3.6.1.4.1.57264.1.14)', (a) =>
      globMatch(a, expected),
    );
  }
  if (policy.sourceDigest !== undefined) {
    const expected = policy.sourceDigest.toLowerCase();
    add(
      'source-digest',
      policy.sourceDigest,
      ext.sourceRepositoryDigest,
      'Source Repository Digest (1.3.6.1.4.1.57264.1.13)',
      (a) => a.toLowerCase() === expected,
    );
  }
  if (policy.denySelfHostedRunners) {
    add(
      'deny-self-hosted-runners',
      'github-hosted',
      ext.runnerEnvironment,
      'Runner Environment (1.3.6.1.4.1.57264.1.11)',
      (a) => a === 'github-hosted',
    );
  }
  return checks;
}

/** At least one constraint must pin who signed: a signature by anyone is not an admission. */
export function hasIdentityConstraint(policy: ReleasePolicy): boolean {
  return [
    policy.certificateIdentity,
    policy.certificateIdentityRegex,
    policy.signerWorkflow,
    policy.signerRepository,
    policy.sourceRepository,
    policy.owner,
  ].some((v) => v !== undefined);
}

/** What each identity check is evidenced by in the predicate, for key mode. */
const PREDICATE_FIELD_OF_CHECK: Record<string, BuildField | undefined> = {
  'signer-workflow': 'builder',
  'signer-repository': 'builder',
  'source-repository': 'repository',
  owner: 'repository',
  'source-ref': 'ref',
  'source-digest': 'commit',
  'deny-self-hosted-runners': 'runner environment',
};

export const KEY_HOLDER = 'asserted by the key holder';

/**
 * Key mode: no certificate, so the key holder's own statement is the only evidence of source and signer.
 * Each requested input is checked against what the predicate states and labelled as asserted by the key
 * holder; an input with no evidence at all fails, naming why.
 */
export function keyChecks(policy: ReleasePolicy, statement: Statement | undefined): Check[] {
  const checks: Check[] = [
    { name: 'public-key', expected: 'signed with the public-key given', actual: 'signed with that key', passed: true },
  ];
  const claims = statement ? predicateClaims(statement) : undefined;
  const stated = (field: BuildField): string | undefined => claims?.fields[field].value;
  const why = (field: BuildField): string =>
    !statement
      ? 'a message signature states nothing about its build'
      : (claims!.fields[field].reason ?? `the ${claims!.shape} predicate does not state it`);
  // The builder states a signing workflow only in the signer form (not a runner environment, not delegated).
  const builder = claims?.builderForm === 'signer' ? stated('builder') : undefined;
  const extensions: FulcioExtensions = {};
  if (builder) extensions.buildSignerUri = builder;
  const repository = stated('repository');
  if (repository) extensions.sourceRepositoryUri = repository;
  const ref = stated('ref');
  if (ref) extensions.sourceRepositoryRef = ref;
  const commit = stated('commit');
  if (commit) extensions.sourceRepositoryDigest = commit;
  const runner = stated('runner environment');
  if (runner) extensions.runnerEnvironment = runner;
  const found = identityChecks(
    { ...policy, certificateIdentity: undefined, certificateIdentityRegex: undefined },
    { extensions, issuerName: '(none)', instance: 'unknown' },
  ).filter((c) => c.name !== 'certificate-oidc-issuer');
  for (const check of found) {
    const field = PREDICATE_FIELD_OF_CHECK[check.name];
    const value = field === 'builder' ? builder : field ? stated(field) : undefined;
    if (value === undefined) {
      const reason =
        field === undefined
          ? 'the predicate cannot state it'
          : field === 'builder' && claims?.builderForm && claims.builderForm !== 'signer' && stated('builder')
            ? `the predicate's builder ${stated('builder')} names no signing workflow`
            : why(field);
      check.actual = `no evidence: a key-signed bundle has no certificate, and ${reason}`;
      check.passed = false;
    } else check.actual = `${check.actual} (${KEY_HOLDER}, in the predicate)`;
    checks.push(check);
  }
  const noCertificate = (name: string, expected: string): void => {
    checks.push({
      name,
      expected,
      actual: 'no evidence: a key-signed bundle has no certificate to name a signer or issuer',
      passed: false,
    });
  };
  if (policy.certificateIdentity !== undefined) noCertificate('certificate-identity', policy.certificateIdentity);
  if (policy.certificateIdentityRegex !== undefined)
    noCertificate('certificate-identity-regex', policy.certificateIdentityRegex);
  if (policy.certificateOidcIssuerGiven) noCertificate('certificate-oidc-issuer', policy.certificateOidcIssuer);
  return checks;
}
