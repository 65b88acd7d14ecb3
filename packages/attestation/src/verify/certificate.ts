import { ASN1Obj, X509Certificate } from '@sigstore/core';

/**
 * Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
 * 1.3.6.1.4.1.57264.1.1 to .6 are the deprecated ones, stored as raw strings; from .8 on each value
 * is a DER-encoded UTF8String.
 */
export const FULCIO_ARC = '1.3.6.1.4.1.57264';

interface ExtensionSpec {
  key: keyof FulcioExtensions;
  oid: string;
  der: boolean;
  label: string;
}

export interface FulcioExtensions {
  issuer?: string;
  githubWorkflowTrigger?: string;
  githubWorkflowSha?: string;
  githubWorkflowName?: string;
  githubWorkflowRepository?: string;
  githubWorkflowRef?: string;
  buildSignerUri?: string;
  buildSignerDigest?: string;
  runnerEnvironment?: string;
  sourceRepositoryUri?: string;
  sourceRepositoryDigest?: string;
  sourceRepositoryRef?: string;
  sourceRepositoryIdentifier?: string;
  sourceRepositoryOwnerUri?: string;
  sourceRepositoryOwnerIdentifier?: string;
  buildConfigUri?: string;
  buildConfigDigest?: string;
  buildTrigger?: string;
  runInvocationUri?: string;
  sourceRepositoryVisibility?: string;
}

const SPECS: ExtensionSpec[] = [
  { key: 'issuer', oid: '1.1', der: false, label: 'Issuer (v1)' },
  { key: 'githubWorkflowTrigger', oid: '1.2', der: false, label: 'GitHub Workflow Trigger' },
  { key: 'githubWorkflowSha', oid: '1.3', der: false, label: 'GitHub Workflow SHA' },
  { key: 'githubWorkflowName', oid: '1.4', der: false, label: 'GitHub Workflow Name' },
  { key: 'githubWorkflowRepository', oid: '1.5', der: false, label: 'GitHub Workflow Repository' },
  { key: 'githubWorkflowRef', oid: '1.6', der: false, label: 'GitHub Workflow Ref' },
  { key: 'issuer', oid: '1.8', der: true, label: 'Issuer' },
  { key: 'buildSignerUri', oid: '1.9', der: true, label: 'Build Signer URI' },
  { key: 'buildSignerDigest', oid: '1.10', der: true, label: 'Build Signer Digest' },
  { key: 'runnerEnvironment', oid: '1.11', der: true, label: 'Runner Environment' },
  { key: 'sourceRepositoryUri', oid: '1.12', der: true, label: 'Source Repository URI' },
  { key: 'sourceRepositoryDigest', oid: '1.13', der: true, label: 'Source Repository Digest' },
  { key: 'sourceRepositoryRef', oid: '1.14', der: true, label: 'Source Repository Ref' },
  { key: 'sourceRepositoryIdentifier', oid: '1.15', der: true, label: 'Source Repository Identifier' },
  { key: 'sourceRepositoryOwnerUri', oid: '1.16', der: true, label: 'Source Repository Owner URI' },
  { key: 'sourceRepositoryOwnerIdentifier', oid: '1.17', der: true, label: 'Source Repository Owner Identifier' },
  { key: 'buildConfigUri', oid: '1.18', der: true, label: 'Build Config URI' },
  { key: 'buildConfigDigest', oid: '1.19', der: true, label: 'Build Config Digest' },
  { key: 'buildTrigger', oid: '1.20', der: true, label: 'Build Trigger' },
  { key: 'runInvocationUri', oid: '1.21', der: true, label: 'Run Invocation URI' },
  { key: 'sourceRepositoryVisibility', oid: '1.22', der: true, label: 'Source Repository Visibility At Signing' },
];

export interface CertificateIdentity {
  /** The SAN: a workflow URI for GitHub Actions, an email for people. */
  subjectAlternativeName?: string;
  extensions: FulcioExtensions;
  /** The issuing CA's distinguished name, for messages. */
  issuerName: string;
  /** Which Sigstore instance the issuer name points to. */
  instance: SigstoreInstance;
}

export type SigstoreInstance = 'public-good' | 'github' | 'unknown';

/** Decodes Fulcio's extensions; a value that does not decode is an error (the certificate is malformed). */
export function decodeFulcioExtensions(certificate: X509Certificate): FulcioExtensions {
  const result: FulcioExtensions = {};
  // The v2 issuer (.8) wins over the deprecated raw one (.1): SPECS lists .8 later.
  for (const spec of SPECS) {
    const extension = certificate.extension(`${FULCIO_ARC}.${spec.oid}`);
    if (!extension) continue;
    let value: string;
    if (spec.der) {
      // The extnValue OCTET STRING holds a DER UTF8String (tag 0x0c); Fulcio writes nothing else here.
      const object = ASN1Obj.parseBuffer(extension.value as Buffer<ArrayBuffer>);
      if (object.tag.number !== 0x0c) throw new Error(`certificate extension ${spec.label} is not a UTF8String`);
      value = object.value.toString('utf8');
    } else {
      value = extension.value.toString('utf8');
    }
    result[spec.key] = value;
  }
  return result;
}

const NAME_OIDS: Record<string, string> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.6': 'C' };

/** DER length octets. */
function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/**
 * An X.509 Name as `CN=..., O=...`, with the attributes we know. @sigstore/core's X509Certificate
 * gives `issuer` and `subject` as the Name's content octets, so the SEQUENCE header is put back.
 */
export function distinguishedName(content: Buffer): string {
  try {
    const name = ASN1Obj.parseBuffer(
      Buffer.concat([Buffer.from([0x30]), derLength(content.length), content]) as Buffer<ArrayBuffer>,
    );
    const parts: string[] = [];
    for (const set of name.subs) {
      for (const attribute of set.subs) {
        const [type, value] = attribute.subs;
        if (!type || !value) continue;
        const label = NAME_OIDS[type.toOID()];
        if (label) parts.push(`${label}=${value.value.toString('utf8')}`);
      }
    }
    return parts.join(', ') || '(empty name)';
  } catch {
    return '(unreadable name)';
  }
}

/** The Sigstore instance a Fulcio issuer name belongs to: sigstore.dev is public-good, GitHub's says GitHub. */
export function instanceOf(issuerName: string): SigstoreInstance {
  if (/\bO=sigstore\.dev\b/i.test(issuerName)) return 'public-good';
  if (/\bO=GitHub\b/i.test(issuerName)) return 'github';
  return 'unknown';
}

export function describeInstance(instance: SigstoreInstance): string {
  switch (instance) {
    case 'public-good':
      return "the Sigstore public-good instance's";
    case 'github':
      return "GitHub's Sigstore instance's";
    default:
      return 'a private Sigstore instance';
  }
}

export function certificateIdentity(certificate: X509Certificate): CertificateIdentity {
  const issuerName = distinguishedName(certificate.issuer);
  const identity: CertificateIdentity = {
    extensions: decodeFulcioExtensions(certificate),
    issuerName,
    instance: instanceOf(issuerName),
  };
  const san = certificate.subjectAltName;
  if (san !== undefined) identity.subjectAlternativeName = san;
  return identity;
}
