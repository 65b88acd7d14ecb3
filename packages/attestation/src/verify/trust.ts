import { createPublicKey, type KeyObject } from 'node:crypto';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { X509Certificate } from '@sigstore/core';
import { ConfigurationError, jsonReason } from '@paved-road/core';
import { distinguishedName, instanceOf, type SigstoreInstance } from './certificate.js';
import { PUBLIC_GOOD_TRUSTED_ROOT, PUBLIC_GOOD_TRUSTED_ROOT_SOURCE } from './public-good-root.js';

const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=0\.1|\.v0\.2\+json)$/;

/** The trust every verification runs against, and what it is made of (for the report). */
export interface Trust {
  material: TrustMaterial;
  /** `Sigstore public-good (built in, @sigstore/tuf@5.0.1)`, `trusted-root ghes.json`, `public-key key.pem`. */
  description: string;
  /** The subjects (DER) of every CA certificate in the roots: does a leaf's issuer have a root here? */
  caSubjects: Buffer[];
  /**
   * CA subjects of roots that list no transparency log (GitHub's instance for private repositories):
   * their certificates are proven by a signed timestamp alone. Every other root requires a log entry.
   */
  logFreeCaSubjects: Buffer[];
  loggedCaSubjects: Buffer[];
  /**
   * CA subjects of roots that list no CT log either (GitHub's instance embeds no SCT): their
   * certificates are proven by the chain and a signed timestamp from the root's TSA alone.
   */
  sctFreeCaSubjects: Buffer[];
  /** The instances the roots cover, by their CA names. */
  instances: SigstoreInstance[];
  keyMode: boolean;
}

export interface TrustOptions {
  /** Text of a trusted_root.json (or JSON Lines of them), and its name for messages. */
  trustedRoot?: { text: string; name: string };
  /** PEM of a public key for key-mode bundles, and its name. */
  publicKey?: { text: string; name: string };
}

/** Builds explicit trust material: given roots, the built-in public-good root, or a public key. */
export function loadTrust(options: TrustOptions): Trust {
  const roots = options.trustedRoot
    ? parseTrustedRoots(options.trustedRoot.text, options.trustedRoot.name)
    : [PUBLIC_GOOD_TRUSTED_ROOT];
  const materials: TrustMaterial[] = [];
  const caSubjects: Buffer[] = [];
  const logFreeCaSubjects: Buffer[] = [];
  const loggedCaSubjects: Buffer[] = [];
  const sctFreeCaSubjects: Buffer[] = [];
  const instances = new Set<SigstoreInstance>();
  roots.forEach((json, index) => {
    const name = options.trustedRoot
      ? `${options.trustedRoot.name}${roots.length > 1 ? ` line ${index + 1}` : ''}`
      : 'the built-in public-good root';
    let root: TrustedRoot;
    try {
      root = TrustedRoot.fromJSON(json);
      materials.push(toTrustMaterial(root));
    } catch (error) {
      throw new ConfigurationError(
        'invalid-trusted-root',
        `${name} is not a usable trusted root: ${error instanceof Error ? error.message : String(error)}`,
        {
          file: options.trustedRoot?.name ?? 'trusted-root',
        },
        'Give the trusted_root.json of the Sigstore instance that signed the bundle.',
      );
    }
    const material = materials[materials.length - 1]!;
    for (const authority of material.certificateAuthorities) {
      for (const certificate of authority.certChain) {
        caSubjects.push(certificate.subject);
        (material.tlogs.length === 0 ? logFreeCaSubjects : loggedCaSubjects).push(certificate.subject);
        if (material.tlogs.length === 0 && material.ctlogs.length === 0) sctFreeCaSubjects.push(certificate.subject);
        instances.add(instanceOf(distinguishedName(certificate.subject)));
      }
    }
  });

  let key: KeyObject | undefined;
  if (options.publicKey) {
    try {
      key = createPublicKey(options.publicKey.text);
    } catch (error) {
      throw new ConfigurationError(
        'invalid-public-key',
        `${options.publicKey.name} is not a PEM public key: ${error instanceof Error ? error.message : String(error)}`,
        {
          file: options.publicKey.name,
        },
        'Give the signer\'s public key in PEM ("-----BEGIN PUBLIC KEY-----").',
      );
    }
  }
  const merged: TrustMaterial = {
    certificateAuthorities: materials.flatMap((m) => m.certificateAuthorities),
    timestampAuthorities: materials.flatMap((m) => m.timestampAuthorities),
    tlogs: materials.flatMap((m) => m.tlogs),
    ctlogs: materials.flatMap((m) => m.ctlogs),
    publicKey: (hint: string) => {
      // Key mode trusts exactly the one key given, whatever hint the bundle names.
      if (!key)
        throw new Error(
          `the bundle is signed with a public key${hint ? ` (hint ${hint})` : ''}, but no public-key was given`,
        );
      return { publicKey: key, validFor: () => true };
    },
  };
  const parts: string[] = [];
  parts.push(
    options.trustedRoot
      ? `trusted-root ${options.trustedRoot.name}`
      : `Sigstore public-good root (built in, ${PUBLIC_GOOD_TRUSTED_ROOT_SOURCE})`,
  );
  if (options.publicKey) parts.push(`public-key ${options.publicKey.name}`);
  return {
    material: merged,
    description: parts.join(' + '),
    caSubjects,
    logFreeCaSubjects,
    loggedCaSubjects,
    sctFreeCaSubjects,
    instances: [...instances],
    keyMode: key !== undefined,
  };
}

/** One trusted_root.json, or JSON Lines of them. */
export function parseTrustedRoots(text: string, name: string): unknown[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let values: unknown[];
  try {
    values = [JSON.parse(trimmed)];
  } catch (wholeError) {
    const lines = trimmed.split(/\r?\n/);
    if (lines.length < 2) {
      throw new ConfigurationError(
        'invalid-json',
        `${name} is not valid JSON: ${jsonReason(wholeError)}`,
        { file: name, line: 1 },
        'Give a trusted_root.json or JSON Lines of them.',
      );
    }
    values = [];
    lines.forEach((line, index) => {
      if (!line.trim()) return;
      try {
        values.push(JSON.parse(line));
      } catch (error) {
        throw new ConfigurationError(
          'invalid-json',
          `${name} is not valid JSON: ${jsonReason(error)}`,
          { file: name, line: index + 1 },
          'Give a trusted_root.json or JSON Lines of them.',
        );
      }
    });
  }
  values.forEach((value, index) => {
    const mediaType = value && typeof value === 'object' ? (value as Record<string, unknown>).mediaType : undefined;
    if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(mediaType)) {
      throw new ConfigurationError(
        'invalid-trusted-root',
        `${name}${values.length > 1 ? ` line ${index + 1}` : ''} is not a Sigstore trusted root (mediaType ${JSON.stringify(mediaType ?? null)}).`,
        { file: name, line: values.length > 1 ? index + 1 : 1 },
        'Give a trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1), e.g. from `gh attestation trusted-root`.',
      );
    }
  });
  return values;
}

/** Was this leaf issued by an instance whose root lists no transparency log? */
export function isLogFree(trust: Trust, leaf: X509Certificate): boolean {
  // Only when no root that holds the issuer lists a log: a root with a log always requires an entry.
  const holds = (subjects: Buffer[]): boolean => subjects.some((subject) => subject.equals(leaf.issuer));
  return holds(trust.logFreeCaSubjects) && !holds(trust.loggedCaSubjects);
}

/** Does the trust hold a CA whose subject is this leaf's issuer? */
export function hasIssuer(trust: Trust, leaf: X509Certificate): boolean {
  return trust.caSubjects.some((subject) => subject.equals(leaf.issuer));
}

/** Was this leaf issued by an instance whose root lists no log of either kind (no entry, no SCT expected)? */
export function isSctFree(trust: Trust, leaf: X509Certificate): boolean {
  return isLogFree(trust, leaf) && trust.sctFreeCaSubjects.some((subject) => subject.equals(leaf.issuer));
}
