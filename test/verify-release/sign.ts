// Bundles for the verify-release tests, made the way attest-provenance makes them: a job token from the
// loopback OIDC service, a Fulcio certificate for it, a Rekor entry and a TSA timestamp, all from
// test/fakes/sigstore. Nothing here is hand-built: tampering is applied to these real bundles.
import { createHash } from 'node:crypto';
import { bundleFromJSON } from '@sigstore/bundle';
import { toSignedEntity } from '@sigstore/verify';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildProvenanceStatement,
  buildStatement,
  signStatement,
  verifyIdToken,
  type Statement,
} from '@paved-road/attestation';
import type { SigstoreFakes } from '../fakes/sigstore/index.js';
import { defaultClaims } from '../fakes/sigstore/index.js';

export const ARTIFACT = 'release/app.tar.gz';
export const ARTIFACT_CONTENT = 'the release artifact\n';
export const ARTIFACT_SHA256 = createHash('sha256').update(ARTIFACT_CONTENT).digest('hex');
export const ARTIFACT_SHA512 = createHash('sha512').update(ARTIFACT_CONTENT).digest('hex');

export type SerializedBundle = Record<string, unknown> & {
  mediaType: string;
  verificationMaterial: Record<string, unknown> & { tlogEntries: Array<Record<string, unknown>> };
  dsseEnvelope: { payload: string; payloadType: string; signatures: Array<{ sig: string; keyid: string }> };
};

/** A job token for these claims (merged over the harness's default run), exchanged as attest-provenance does. */
async function tokenFor(
  fakes: SigstoreFakes,
  claims: Record<string, unknown>,
): Promise<{ token: string; verified: Awaited<ReturnType<typeof verifyIdToken>> }> {
  const all = Object.fromEntries(Object.entries({ ...defaultClaims(), ...claims }).filter(([, v]) => v !== undefined));
  const token = await fakes.signToken(all);
  const verified = await verifyIdToken(token, { requestUrl: fakes.oidcUrl });
  return { token, verified };
}

export async function signWith(
  fakes: SigstoreFakes,
  statement: Statement | ((claims: Awaited<ReturnType<typeof verifyIdToken>>) => Statement),
  claims: Record<string, unknown> = {},
  options: { rekor?: boolean } = {},
): Promise<SerializedBundle> {
  const { token, verified } = await tokenFor(fakes, claims);
  const body = typeof statement === 'function' ? statement(verified) : statement;
  // @sigstore/mock's TSA now and then writes a genTime that @sigstore/core refuses to parse ("invalid
  // time", about one bundle in seven here). That is the fake's defect, not the verifier's: sign again.
  for (let attempt = 1; ; attempt++) {
    const bundle = await signStatement(body, {
      mode: 'keyless',
      identityToken: token,
      fulcioUrl: fakes.fulcioUrl,
      ...(options.rekor === false ? {} : { rekorUrl: fakes.rekorUrl }),
      tsaUrl: fakes.tsaUrl,
    });
    try {
      toSignedEntity(bundleFromJSON(bundle));
      return bundle as unknown as SerializedBundle;
    } catch (error) {
      if (attempt >= 10 || !/invalid time/.test(String(error))) throw error;
    }
  }
}

/** SLSA v1 provenance for the artifact, from the run the claims describe. */
export function provenance(
  fakes: SigstoreFakes,
  claims: Record<string, unknown> = {},
  subjects = [{ name: ARTIFACT, digest: { sha256: ARTIFACT_SHA256 } }],
): Promise<SerializedBundle> {
  return signWith(
    fakes,
    (verified) =>
      buildProvenanceStatement(subjects, { kind: 'github', claims: verified, serverUrl: 'https://github.com' }),
    claims,
  );
}

export function sbom(fakes: SigstoreFakes, claims: Record<string, unknown> = {}): Promise<SerializedBundle> {
  return signWith(
    fakes,
    buildStatement([{ name: ARTIFACT, digest: { sha256: ARTIFACT_SHA256 } }], 'https://cyclonedx.org/bom', {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [],
    }),
    claims,
  );
}

/** A workspace holding the artifact, the bundles (each to its file name) and the fakes' trusted root. */
export function writeWorkspace(dir: string, files: Record<string, unknown>, trustedRoot: unknown): void {
  mkdirSync(join(dir, 'release'), { recursive: true });
  writeFileSync(join(dir, ARTIFACT), ARTIFACT_CONTENT);
  writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(trustedRoot));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
