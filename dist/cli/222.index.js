export const id = 222;
export const ids = [222];
export const modules = {

/***/ 58222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CYCLONEDX_PREDICATE_TYPE: () => (/* reexport */ src_statement/* CYCLONEDX_PREDICATE_TYPE */.nv),
  GITHUB_ACTIONS_ISSUER: () => (/* reexport */ GITHUB_ACTIONS_ISSUER),
  GITHUB_WORKFLOW_BUILD_TYPE: () => (/* reexport */ src_statement/* GITHUB_WORKFLOW_BUILD_TYPE */.Kl),
  IN_TOTO_PAYLOAD_TYPE: () => (/* reexport */ src_statement/* IN_TOTO_PAYLOAD_TYPE */.T4),
  IN_TOTO_STATEMENT_V1: () => (/* reexport */ src_statement/* IN_TOTO_STATEMENT_V1 */.tV),
  KeySigner: () => (/* reexport */ KeySigner),
  LOCAL_BUILD_TYPE: () => (/* reexport */ src_statement/* LOCAL_BUILD_TYPE */.qM),
  MAX_PREDICATE_BYTES: () => (/* reexport */ MAX_PREDICATE_BYTES),
  MAX_SUBJECTS_PER_STATEMENT: () => (/* reexport */ MAX_SUBJECTS_PER_STATEMENT),
  MISSING_ID_TOKEN_FIX: () => (/* reexport */ MISSING_ID_TOKEN_FIX),
  MISSING_ID_TOKEN_MESSAGE: () => (/* reexport */ MISSING_ID_TOKEN_MESSAGE),
  REQUIRED_CLAIMS: () => (/* reexport */ src_statement/* REQUIRED_CLAIMS */.sd),
  SIGNING_MODES: () => (/* reexport */ SIGNING_MODES),
  SIGSTORE_AUDIENCE: () => (/* reexport */ SIGSTORE_AUDIENCE),
  SIGSTORE_CHOICES: () => (/* reexport */ SIGSTORE_CHOICES),
  SIGSTORE_INSTANCES: () => (/* reexport */ SIGSTORE_INSTANCES),
  SLSA_PROVENANCE_V1: () => (/* reexport */ src_statement/* SLSA_PROVENANCE_V1 */.us),
  SPDX_PREDICATE_TYPE: () => (/* reexport */ src_statement/* SPDX_PREDICATE_TYPE */.vX),
  attestProvenanceCommand: () => (/* reexport */ attestProvenanceCommand),
  buildProvenanceStatement: () => (/* reexport */ src_statement/* buildProvenanceStatement */.Jo),
  buildStatement: () => (/* reexport */ src_statement/* buildStatement */.Y5),
  checkBundleFormat: () => (/* reexport */ src_verify.checkBundleFormat),
  chunkSubjects: () => (/* reexport */ chunkSubjects),
  claimsFromRunnerEnvironment: () => (/* reexport */ claimsFromRunnerEnvironment),
  cleanRemoteUrl: () => (/* reexport */ cleanRemoteUrl),
  computeSubjects: () => (/* reexport */ computeSubjects),
  decodeFulcioExtensions: () => (/* reexport */ src_verify.decodeFulcioExtensions),
  defaultSigstore: () => (/* reexport */ defaultSigstore),
  describeLocalBuild: () => (/* reexport */ describeLocalBuild),
  evaluateBundle: () => (/* reexport */ src_verify.evaluateBundle),
  githubProvenancePredicate: () => (/* reexport */ src_statement/* githubProvenancePredicate */.QG),
  isAcceptedIssuer: () => (/* reexport */ isAcceptedIssuer),
  loadCustomPredicate: () => (/* reexport */ loadCustomPredicate),
  loadSbomPredicate: () => (/* reexport */ loadSbomPredicate),
  loadSigningKey: () => (/* reexport */ loadSigningKey),
  loadTrust: () => (/* reexport */ src_verify.loadTrust),
  localProvenancePredicate: () => (/* reexport */ src_statement/* localProvenancePredicate */.ew),
  mergeSubjects: () => (/* reexport */ mergeSubjects),
  parseAttestProvenanceOptions: () => (/* reexport */ parseAttestProvenanceOptions),
  parseChecksums: () => (/* reexport */ parseChecksums),
  parseDigest: () => (/* reexport */ parseDigest),
  publicKeyHint: () => (/* reexport */ publicKeyHint),
  readPredicateFile: () => (/* reexport */ readPredicateFile),
  renderSummary: () => (/* reexport */ renderSummary),
  requestIdToken: () => (/* reexport */ requestIdToken),
  runAttestProvenance: () => (/* reexport */ runAttestProvenance),
  sha256File: () => (/* reexport */ sha256File),
  signPayload: () => (/* reexport */ signPayload),
  signStatement: () => (/* reexport */ signStatement),
  storeAttestation: () => (/* reexport */ storeAttestation),
  subjectName: () => (/* reexport */ subjectName),
  verifyIdToken: () => (/* reexport */ verifyIdToken),
  verifyRelease: () => (/* reexport */ src_verify.verifyRelease),
  verifyReleaseCommand: () => (/* reexport */ src_verify.verifyReleaseCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var src_files = __webpack_require__(3623);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/attestation/src/subjects.ts
// Subjects: what an attestation is about. A name and a sha256 digest, from files (streamed, any
// size), from a digest the user gives, or from a sha256sum-format checksums file.



/**
 * The most subjects one statement carries (GitHub's attestations API and `gh attestation verify`
 * handle statements of this size); beyond it the subjects are split over several statements.
 */
const MAX_SUBJECTS_PER_STATEMENT = 1024;
const HEX64 = /^[0-9a-f]{64}$/;
/** sha256 of one regular file, streamed (see hashRegularFile); `workspace` confines a found path. */
async function sha256File(path, buffers = (0,src_files/* hashBuffers */.yI)(), options = {}) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,src_files/* hashRegularFile */.vF)(path, [hash], { kind: 'subject', ...options }, buffers);
    return hash.digest('hex');
}
/**
 * Parses `sha256:<64 hex>` (or the bare 64 hex digits) into lower-case hex. Anything else, including
 * other algorithms, is a ConfigurationError naming the input.
 */
function parseDigest(raw, inputName = 'subject-digest') {
    const value = raw.trim();
    const match = /^(?:([A-Za-z0-9-]+):)?([0-9A-Fa-f]+)$/.exec(value);
    const algorithm = match?.[1]?.toLowerCase();
    const hex = match?.[2]?.toLowerCase() ?? '';
    if (!match || (algorithm !== undefined && algorithm !== 'sha256') || !HEX64.test(hex)) {
        throw new errors/* ConfigurationError */.j1('invalid-input', `Input "${inputName}" must be a sha256 digest like sha256:<64 hex digits>, got "${value}".`, undefined, 'Give the digest as sha256: followed by 64 hexadecimal digits (sha256sum prints them).');
    }
    return hex;
}
/**
 * Reads a sha256sum-format file: `<hex>  <name>` (text mode) or `<hex> *<name>` (binary mode), one
 * per line; blank lines and `#` comments are skipped. A malformed line names its line number.
 */
function parseChecksums(text, displayName) {
    const subjects = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            return;
        const match = /^\\?([0-9A-Fa-f]{64}) [ *](.+)$/.exec(line);
        if (!match) {
            throw new errors/* ConfigurationError */.j1('invalid-checksums', `${displayName} line ${index + 1} is not "<sha256 hex>  <file name>".`, { file: displayName, line: index + 1 }, 'Write the file with sha256sum (GNU coreutils format).');
        }
        subjects.push({ name: match[2].trim(), digest: { sha256: match[1].toLowerCase() } });
    });
    if (subjects.length === 0) {
        throw new errors/* ConfigurationError */.j1('invalid-checksums', `${displayName} lists no checksums.`, { file: displayName }, 'Write one "<sha256>  <name>" line per artifact.');
    }
    return subjects;
}
/**
 * Merges duplicates (the same name and digest given twice) and sorts by name, then digest. The same
 * name with two different digests is an error: a verifier could not tell which one is meant.
 */
function mergeSubjects(subjects) {
    const byName = new Map();
    const seen = new Set();
    const result = [];
    for (const subject of subjects) {
        const key = `${subject.name}\0${subject.digest.sha256}`;
        if (seen.has(key))
            continue;
        const other = byName.get(subject.name);
        if (other) {
            throw new errors/* ConfigurationError */.j1('conflicting-subjects', `Subject "${subject.name}" is given with two different digests (${other.digest.sha256} and ${subject.digest.sha256}).`, undefined, 'Give each artifact name once.');
        }
        seen.add(key);
        byName.set(subject.name, subject);
        result.push(subject);
    }
    return result.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.digest.sha256 < b.digest.sha256 ? -1 : 1);
}
/** Splits subjects into groups of at most MAX_SUBJECTS_PER_STATEMENT, one group per statement. */
function chunkSubjects(subjects, size = MAX_SUBJECTS_PER_STATEMENT) {
    const chunks = [];
    for (let i = 0; i < subjects.length; i += size)
        chunks.push(subjects.slice(i, i + size));
    return chunks;
}
/** The subject name of a file: its path relative to the workspace, or its base name when outside. */
function subjectName(file, workspace) {
    const absolute = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(workspace, file);
    const rel = (0,external_node_path_.relative)(workspace, absolute);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return (0,external_node_path_.basename)(absolute);
    return rel.split(external_node_path_.sep).join('/');
}
/**
 * Resolves a subject source into merged, sorted subjects. Files are hashed streaming (any size),
 * a few at a time; globs go through core's expandPaths (node_modules and .git never searched).
 */
async function computeSubjects(source, options) {
    const { workspace } = options;
    if (source.kind === 'digest') {
        const name = source.name.trim();
        if (!name) {
            throw new errors/* ConfigurationError */.j1('invalid-input', 'Input "subject-name" is required with "subject-digest".', undefined, 'Name the artifact the digest belongs to.');
        }
        return [{ name, digest: { sha256: parseDigest(source.digest) } }];
    }
    if (source.kind === 'checksums') {
        const file = (0,external_node_path_.isAbsolute)(source.file) ? source.file : (0,external_node_path_.resolve)(workspace, source.file);
        const text = (0,src_files/* readTextFile */.Gu)(file, { displayName: source.file, kind: 'checksums file', workspace });
        return mergeSubjects(parseChecksums(text, source.file));
    }
    const files = (0,src_files/* expandPaths */.pR)(source.patterns, { cwd: workspace });
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1('no-subjects', `No file matches subject-path (${source.patterns.join(', ')}) in ${workspace}.`, undefined, 'Check that the build wrote its artifacts there, or fix the pattern.');
    }
    const concurrency = Math.max(1, options.concurrency ?? 4);
    const subjects = new Array(files.length);
    let next = 0;
    const worker = async () => {
        const buffers = (0,src_files/* hashBuffers */.yI)();
        for (;;) {
            const index = next++;
            if (index >= files.length)
                return;
            const file = files[index];
            const absolute = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(workspace, file);
            let digest;
            try {
                digest = await sha256File(absolute, buffers, { displayName: file, workspace });
            }
            catch (error) {
                if ((0,errors/* isConfigurationError */.p0)(error))
                    throw error;
                throw new errors/* ConfigurationError */.j1('unreadable-file', `${file} cannot be read: ${error.code ?? String(error)}.`, { file }, 'Check its permissions.');
            }
            subjects[index] = { name: subjectName(absolute, workspace), digest: { sha256: digest } };
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
    return mergeSubjects(subjects);
}

// EXTERNAL MODULE: ./packages/attestation/src/statement.ts
var src_statement = __webpack_require__(10976);
// EXTERNAL MODULE: ./node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/util/decode_jwt.js
var decode_jwt = __webpack_require__(88574);
// EXTERNAL MODULE: ./node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/jwks/remote.js + 1 modules
var remote = __webpack_require__(18353);
// EXTERNAL MODULE: ./node_modules/.pnpm/jose@6.2.18/node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var verify = __webpack_require__(79975);
;// CONCATENATED MODULE: ./packages/attestation/src/oidc.ts
// The job's OIDC token: requested from the runner (ACTIONS_ID_TOKEN_REQUEST_URL), then verified
// against its issuer's published keys before any claim is believed.



/** The audience Fulcio expects in the identity token. */
const SIGSTORE_AUDIENCE = 'sigstore';
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** The one line a user needs when the job cannot mint an OIDC token. */
const MISSING_ID_TOKEN_MESSAGE = 'Keyless signing needs the job\'s OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job lacks the "id-token: write" permission.';
const MISSING_ID_TOKEN_FIX = 'Add to the job (or workflow): "permissions: { id-token: write, attestations: write, contents: read }", or sign with "signing: key" and a "signing-key".';
/** Asks the runner's token service for an OIDC token with the given audience. */
async function requestIdToken(env, audience = SIGSTORE_AUDIENCE) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken)
        throw new errors/* ConfigurationError */.j1('missing-id-token-permission', MISSING_ID_TOKEN_MESSAGE, undefined, MISSING_ID_TOKEN_FIX);
    const url = new URL(requestUrl);
    url.searchParams.set('audience', audience);
    let response;
    try {
        response = await fetch(url, {
            headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1('oidc-token-error', `Cannot reach the OIDC token service at ${url.origin}: ${causeOf(error)}`);
    }
    if (!response.ok) {
        throw new errors/* ConfigurationError */.j1('oidc-token-error', `The OIDC token service at ${url.origin} answered ${response.status} ${response.statusText}: ${(await response.text()).slice(0, 200)}`);
    }
    const body = (await response.json().catch(() => ({})));
    if (typeof body.value !== 'string' || body.value.split('.').length !== 3) {
        throw new errors/* ConfigurationError */.j1('oidc-token-error', `The OIDC token service at ${url.origin} returned no token.`);
    }
    return body.value;
}
/**
 * The issuers we accept: GitHub's (and an enterprise's custom issuer under it), GHES's, and the
 * origin the runner told us to request the token from. Anything else is refused before its keys are
 * fetched, so a forged token cannot point us at keys of its own choosing.
 */
function isAcceptedIssuer(issuer, options) {
    if (issuer === GITHUB_ACTIONS_ISSUER || issuer.startsWith(`${GITHUB_ACTIONS_ISSUER}/`))
        return true;
    if (options.serverUrl && issuer === `${options.serverUrl.replace(/\/+$/, '')}/_services/token`)
        return true;
    if (options.requestUrl) {
        try {
            const issuerUrl = new URL(issuer);
            if (issuerUrl.origin === new URL(options.requestUrl).origin)
                return true;
        }
        catch {
            return false;
        }
    }
    return false;
}
/**
 * Verifies the token's signature with the issuer's JWKS (found through its OpenID discovery
 * document), its audience and lifetime, and that it carries the claims provenance is built from.
 */
async function verifyIdToken(token, options = {}) {
    let issuer;
    try {
        const unverified = (0,decode_jwt/* decodeJwt */.i)(token);
        if (typeof unverified.iss !== 'string')
            throw new errors/* ConfigurationError */.j1('oidc-token-error', 'no "iss" claim');
        issuer = unverified.iss;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1('oidc-token-error', `The OIDC token is malformed: ${causeOf(error)}`);
    }
    if (!isAcceptedIssuer(issuer, options)) {
        throw new errors/* ConfigurationError */.j1('oidc-token-error', `The OIDC token's issuer ${issuer} is not GitHub Actions' token service; refusing to trust it.`);
    }
    const discoveryUrl = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let jwksUri;
    try {
        const response = await fetch(discoveryUrl, {
            headers: { Accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
        });
        if (!response.ok)
            throw new errors/* ConfigurationError */.j1('oidc-token-error', `HTTP ${response.status}`);
        const discovery = (await response.json());
        if (typeof discovery.jwks_uri !== 'string')
            throw new errors/* ConfigurationError */.j1('oidc-token-error', 'no jwks_uri');
        if (discovery.issuer !== undefined && discovery.issuer !== issuer)
            throw new errors/* ConfigurationError */.j1('oidc-token-error', `it names issuer ${String(discovery.issuer)}`);
        jwksUri = discovery.jwks_uri;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1('oidc-token-error', `Cannot read the OIDC discovery document ${discoveryUrl}: ${causeOf(error)}`);
    }
    let payload;
    try {
        const keys = (0,remote/* createRemoteJWKSet */.RD)(new URL(jwksUri));
        const verified = await (0,verify/* jwtVerify */.V)(token, keys, {
            issuer,
            audience: options.audience ?? SIGSTORE_AUDIENCE,
            ...(options.now ? { currentDate: options.now } : {}),
            clockTolerance: 60,
        });
        payload = verified.payload;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1('oidc-token-error', `The OIDC token does not verify against ${issuer}'s keys: ${causeOf(error)}`);
    }
    const missing = src_statement/* REQUIRED_CLAIMS */.sd.filter((claim) => typeof payload[claim] !== 'string' || payload[claim] === '');
    if (missing.length)
        throw new errors/* ConfigurationError */.j1('oidc-token-error', `The OIDC token lacks the claims ${missing.join(', ')}; it is not a GitHub Actions job token.`);
    return payload;
}
function causeOf(error) {
    if (error instanceof Error) {
        const cause = error.cause;
        return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
    }
    return String(error);
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(76028);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+sign@5.1.0/node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(99548);
;// CONCATENATED MODULE: ./packages/attestation/src/sign.ts
// Signing: a DSSE envelope around the statement, packaged as a Sigstore bundle v0.3.
// Keyless: an ephemeral key, a Fulcio certificate for the job's OIDC identity, a Rekor `dsse` entry
// and/or an RFC 3161 timestamp. Key: the user's P-256 or Ed25519 key, a public-key hint, no Fulcio.
// @sigstore/sign is used directly (not @actions/attest) because every endpoint must be configurable.






const SIGSTORE_INSTANCES = {
    /** The public-good instance: public repositories. */
    'public-good': { fulcioUrl: 'https://fulcio.sigstore.dev', rekorUrl: 'https://rekor.sigstore.dev' },
    /** GitHub's private instance: Fulcio plus a timestamp authority, no public log (private repositories). */
    github: { fulcioUrl: 'https://fulcio.githubapp.com', tsaUrl: 'https://timestamp.githubapp.com' },
};
/** Signs an in-toto statement: returns the Sigstore bundle (v0.3, DSSE) as JSON. */
async function signStatement(statement, options) {
    return signPayload(Buffer.from(JSON.stringify(statement), 'utf8'), src_statement/* IN_TOTO_PAYLOAD_TYPE */.T4, options);
}
/** Signs any DSSE payload into a Sigstore bundle v0.3. */
async function signPayload(payload, payloadType, options) {
    const fetchOptions = {
        timeout: options.timeoutMs ?? 30_000,
        retry: { retries: options.retries ?? 2, minTimeout: 250, factor: 2 },
    };
    const signer = options.mode === 'keyless'
        ? new sign_dist/* FulcioSigner */.$o({
            identityProvider: { getToken: async () => options.identityToken },
            fulcioBaseURL: options.fulcioUrl,
            ...fetchOptions,
        })
        : new KeySigner(options.privateKey);
    const witnesses = [];
    if (options.rekorUrl)
        witnesses.push(new sign_dist/* RekorWitness */.fU({ rekorBaseURL: options.rekorUrl, entryType: 'dsse', majorApiVersion: 1, ...fetchOptions }));
    if (options.tsaUrl)
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: options.tsaUrl, ...fetchOptions }));
    if (options.mode === 'keyless' && witnesses.length === 0) {
        throw new errors/* ConfigurationError */.j1('invalid-input', 'Keyless signing needs a transparency log (rekor-url) or a timestamp authority (tsa-url): a short-lived certificate cannot be verified without a signed time.', undefined, 'Set rekor-url or tsa-url.');
    }
    // certificateChain false: bundle v0.3, which carries the leaf certificate only.
    const builder = new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses, certificateChain: false });
    try {
        const bundle = await builder.create({ data: payload, type: payloadType });
        return (0,dist.bundleToJSON)(bundle);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1('signing-failed', `Signing failed: ${describeSigningError(error, options)}`);
    }
}
function describeSigningError(error, options) {
    const e = error;
    const cause = e.cause?.message ? ` (${e.cause.message})` : '';
    switch (e.code) {
        case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
            return `Fulcio at ${options.fulcioUrl} did not issue a signing certificate${cause}.`;
        case 'TLOG_CREATE_ENTRY_ERROR':
            return `Rekor at ${options.rekorUrl} did not log the signature${cause}.`;
        case 'TSA_CREATE_TIMESTAMP_ERROR':
            return `the timestamp authority at ${options.tsaUrl} did not timestamp the signature${cause}.`;
        default:
            return `${e.message ?? String(error)}${cause}`;
    }
}
/** A hint naming a public key: the hex sha256 of its SPKI DER encoding. */
function publicKeyHint(key) {
    const publicKey = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    return (0,external_node_crypto_.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex');
}
/** Signs with a local P-256 (ECDSA SHA-256, DER signature) or Ed25519 key. */
class KeySigner {
    privateKey;
    publicKeyPem;
    hint;
    constructor(privateKey) {
        this.privateKey = privateKey;
        assertSupportedKey(privateKey, 'signing-key');
        this.publicKeyPem = (0,external_node_crypto_.createPublicKey)(privateKey).export({ type: 'spki', format: 'pem' }).toString();
        this.hint = publicKeyHint(privateKey);
    }
    async sign(data) {
        const algorithm = this.privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
        const signature = (0,external_node_crypto_.sign)(algorithm, data, this.privateKey);
        return { signature, key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.hint } };
    }
}
function assertSupportedKey(key, name) {
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (type === 'ed25519' || (type === 'ec' && curve === 'prime256v1'))
        return;
    throw new errors/* ConfigurationError */.j1('unsupported-key', `Input "${name}" is a ${type === 'ec' ? `${type} ${curve ?? ''}`.trim() : (type ?? 'unknown')} key; only ECDSA P-256 and Ed25519 keys are supported.`, undefined, 'Generate one with: openssl genpkey -algorithm ed25519 (or -algorithm EC -pkeyopt ec_paramgen_curve:P-256).');
}
/**
 * Reads `signing-key`: the PEM text itself (from a secret) or the path of a PEM file. An unreadable
 * file, a non-PEM value, an encrypted key or an unsupported algorithm is one ConfigurationError; the
 * key's content is never echoed.
 */
function loadSigningKey(raw, workspace) {
    const value = raw.trim();
    let pem;
    let where;
    if (value.startsWith('-----BEGIN')) {
        pem = value;
        where = 'The "signing-key" value';
    }
    else {
        const path = (0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.resolve)(workspace, value);
        where = `signing-key file ${value}`;
        try {
            pem = (0,src_files/* readTextFile */.Gu)(path, { displayName: value, kind: 'signing key', maxBytes: 64 * 1024, workspace });
        }
        catch (error) {
            // Not a file: PEM text that lost its header, or a typo. Either way the value is not quoted.
            if ((0,errors/* isConfigurationError */.p0)(error) && error.code !== 'missing-file')
                throw error;
            throw new errors/* ConfigurationError */.j1('unreadable-key', `signing-key ${value} is neither a PEM private key nor a readable file.`, { file: value }, 'Pass the PEM text (e.g. from a secret) or the path of a PEM file.');
        }
    }
    if (/ENCRYPTED/.test(pem)) {
        throw new errors/* ConfigurationError */.j1('unreadable-key', `${where} is an encrypted private key; passphrases are not supported.`, undefined, 'Store the key unencrypted in a secret.');
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        throw new errors/* ConfigurationError */.j1('unreadable-key', `${where} is not a PEM private key.`, undefined, 'Give a "-----BEGIN PRIVATE KEY-----" (PKCS#8) or "-----BEGIN EC PRIVATE KEY-----" key.');
    }
    assertSupportedKey(key, 'signing-key');
    return key;
}

// EXTERNAL MODULE: ./packages/attestation/src/verify/index.ts + 12 modules
var src_verify = __webpack_require__(86256);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/attestation/src/predicates.ts
// Predicates other than provenance: an SBOM (CycloneDX or SPDX, detected from the document) or any
// JSON predicate with a type the user names.




/** The largest predicate we sign (GitHub's attestations API refuses larger bundles). */
const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;
/** Reads a JSON object from a file of at most 16 MiB; one ConfigurationError for each way it can fail. */
function readPredicateFile(path, workspace, input) {
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path);
    let size;
    try {
        size = (0,external_node_fs_.statSync)(absolute).size;
    }
    catch {
        throw new errors/* ConfigurationError */.j1('missing-file', `${input} ${path} does not exist or cannot be read.`, { file: path }, 'Check the path.');
    }
    if (size > MAX_PREDICATE_BYTES) {
        throw new errors/* ConfigurationError */.j1('predicate-too-large', `${input} ${path} is ${size} bytes; a predicate may be at most ${MAX_PREDICATE_BYTES} bytes (16 MiB).`, { file: path }, 'Attest a smaller document, or store the large one elsewhere and attest its digest.');
    }
    const text = (0,src_files/* readTextFile */.Gu)(absolute, {
        displayName: path,
        kind: 'JSON document',
        maxBytes: MAX_PREDICATE_BYTES,
        workspace,
    });
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1('invalid-json', `${input} ${path} is not valid JSON: ${(0,errors/* jsonReason */.rw)(error)}.`, { file: path }, 'Fix the JSON.');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1('invalid-predicate', `${input} ${path} must hold a JSON object.`, { file: path }, 'Wrap the content in an object.');
    }
    return value;
}
/** An SBOM attestation: the predicate type follows the document's format. */
function loadSbomPredicate(path, workspace) {
    const document = readPredicateFile(path, workspace, 'sbom-path');
    if (document.bomFormat === 'CycloneDX') {
        // GitHub's attestations service refuses a CycloneDX document without a serial number.
        if (typeof document.serialNumber !== 'string' || !document.serialNumber) {
            throw new errors/* ConfigurationError */.j1('invalid-sbom', `sbom-path ${path} is a CycloneDX document without "serialNumber".`, { file: path }, 'Generate it with a serial number (urn:uuid:...), as generate-sbom does.');
        }
        return { predicateType: src_statement/* CYCLONEDX_PREDICATE_TYPE */.nv, predicate: document };
    }
    if (typeof document.spdxVersion === 'string' && document.spdxVersion.startsWith('SPDX-')) {
        return { predicateType: src_statement/* SPDX_PREDICATE_TYPE */.vX, predicate: document };
    }
    throw new errors/* ConfigurationError */.j1('invalid-sbom', `sbom-path ${path} is neither a CycloneDX JSON document ("bomFormat": "CycloneDX") nor an SPDX JSON document ("spdxVersion": "SPDX-...").`, { file: path }, 'Give a CycloneDX or SPDX SBOM in JSON, or use predicate-type and predicate-path.');
}
/** A custom predicate: `predicate-type` must be a URI. */
function loadCustomPredicate(predicateType, path, workspace) {
    let valid;
    try {
        valid = /^[a-z][a-z0-9+.-]*:/i.test(predicateType) && new URL(predicateType).protocol !== '';
    }
    catch {
        valid = false;
    }
    if (!valid) {
        throw new errors/* ConfigurationError */.j1('invalid-input', `Input "predicate-type" must be a URI that names the predicate's schema, got "${predicateType}".`, undefined, 'For example https://in-toto.io/attestation/release/v0.1.');
    }
    return { predicateType, predicate: readPredicateFile(path, workspace, 'predicate-path') };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./packages/attestation/src/store.ts


/** POST /repos/{owner}/{repo}/attestations with `{bundle}`; returns the attestation's id and web URL. */
async function storeAttestation(bundle, options) {
    const [owner, repo] = options.repository.split('/');
    if (!owner || !repo) {
        throw new errors/* ConfigurationError */.j1('invalid-input', `Cannot store the attestation: "${options.repository}" is not owner/name.`, undefined, 'Run in GitHub Actions, or set GITHUB_REPOSITORY.');
    }
    if (!options.token) {
        throw new errors/* ConfigurationError */.j1('missing-token', 'push-to-github needs a token to store the attestation, and github-token is empty.', undefined, 'Pass github-token: ${{ github.token }} with "permissions: attestations: write", or set push-to-github: false.');
    }
    const url = `${options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/attestations`;
    const request = () => fetch(url, {
        method: 'POST',
        headers: {
            Accept: 'application/vnd.github+json',
            Authorization: `Bearer ${options.token}`,
            'Content-Type': 'application/json',
            'X-GitHub-Api-Version': '2022-11-28',
            'User-Agent': 'paved-road',
        },
        body: JSON.stringify({ bundle }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    let response;
    // A server error or a secondary rate limit is retried twice (after 1 s, then 2 s); nothing else is.
    for (let attempt = 0;; attempt++) {
        try {
            response = await request();
        }
        catch (error) {
            if (attempt < 2) {
                await (0,promises_.setTimeout)((options.retryDelayMs ?? 1000) * 2 ** attempt);
                continue;
            }
            throw new errors/* ConfigurationError */.j1('github-api-error', `Cannot reach the GitHub API at ${options.apiUrl} to store the attestation: ${error.message}.`);
        }
        if ((response.status >= 500 || response.status === 429) && attempt < 2) {
            await response.text().catch(() => '');
            await (0,promises_.setTimeout)((options.retryDelayMs ?? 1000) * 2 ** attempt);
            continue;
        }
        break;
    }
    const text = await response.text();
    if (response.status !== 201 && response.status !== 200) {
        let message = text.slice(0, 300);
        try {
            message = String(JSON.parse(text).message ?? message);
        }
        catch {
            // not JSON: keep the text
        }
        const fix = response.status === 403 || response.status === 401 || response.status === 404
            ? 'Give the job "permissions: attestations: write" (and pass github-token), or set push-to-github: false.'
            : 'Retry the job; set push-to-github: false to keep the bundle only as a file.';
        throw new errors/* ConfigurationError */.j1('github-api-error', `GitHub refused to store the attestation (${response.status}): ${message}.`, undefined, fix);
    }
    let id;
    try {
        id = JSON.parse(text).id;
    }
    catch {
        id = undefined;
    }
    if (typeof id !== 'number' && typeof id !== 'string') {
        throw new errors/* ConfigurationError */.j1('github-api-error', 'GitHub stored the attestation but returned no id.');
    }
    return { id: String(id), url: `${options.serverUrl.replace(/\/+$/, '')}/${owner}/${repo}/attestations/${id}` };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/attestation/src/local.ts
// What can be known about a build outside GitHub Actions: the git checkout and the CI it ran in.

function git(cwd, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            maxBuffer: 64 * 1024 * 1024,
        }).trim();
    }
    catch {
        return undefined;
    }
}
/** A remote URL without credentials; scp-like `git@host:o/r.git` becomes `ssh://git@host/o/r.git`. */
function cleanRemoteUrl(remote) {
    const scp = /^([^@/:]+@)?([^/:]+):(?!\/)(.+)$/.exec(remote);
    if (scp && !/^[a-z]+:\/\//i.test(remote))
        return `ssh://${scp[1] ?? ''}${scp[2]}/${scp[3]}`;
    try {
        const url = new URL(remote);
        if (url.protocol === 'https:' || url.protocol === 'http:') {
            url.username = '';
            url.password = '';
        }
        else {
            url.password = '';
        }
        return url.toString();
    }
    catch {
        return remote;
    }
}
const CI_NAMES = [
    ['GITLAB_CI', 'gitlab-ci'],
    ['CIRCLECI', 'circleci'],
    ['BUILDKITE', 'buildkite'],
    ['JENKINS_URL', 'jenkins'],
    ['TF_BUILD', 'azure-pipelines'],
    ['BITBUCKET_BUILD_NUMBER', 'bitbucket-pipelines'],
    ['GITHUB_ACTIONS', 'github-actions'],
];
/** The facts of a local (or non-GitHub CI) build: from git in `workspace`, and the environment. */
function describeLocalBuild(workspace, env, known) {
    const build = {};
    const remote = git(workspace, ['config', '--get', 'remote.origin.url']);
    if (remote)
        build.repositoryUri = cleanRemoteUrl(remote);
    const commit = known.sha ?? git(workspace, ['rev-parse', '--verify', '-q', 'HEAD']);
    if (commit)
        build.commit = commit;
    const ref = known.ref ?? git(workspace, ['symbolic-ref', '-q', 'HEAD']);
    if (ref)
        build.ref = ref;
    if (commit) {
        const status = git(workspace, ['status', '--porcelain', '--untracked-files=no']);
        if (status !== undefined)
            build.dirty = status !== '';
    }
    const ci = CI_NAMES.find(([variable]) => env[variable]);
    build.environment = ci ? ci[1] : env.CI ? 'ci' : 'local';
    if (known.now)
        build.startedOn = known.now.toISOString();
    return build;
}

// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(96875);
// EXTERNAL MODULE: ./packages/core/src/command.ts
var command = __webpack_require__(72437);
;// CONCATENATED MODULE: ./packages/attestation/src/command.ts
// attest-provenance: subjects in, signed Sigstore bundles out (JSON Lines), optionally stored with
// GitHub's attestations API. One Command for the action and `paved-road attest-provenance`.










const SIGNING_MODES = ['keyless', 'key'];
const SIGSTORE_CHOICES = ['public-good', 'github', 'custom'];
const command_inputs = [
    {
        name: 'subject-path',
        description: 'Files to attest: paths or globs, one per line (`!pattern` excludes). Exactly one of subject-path, subject-digest or subject-checksums.',
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
        description: "`keyless` (a Sigstore certificate for the job's OIDC identity; the default in GitHub Actions) or `key` (signing-key; the default elsewhere).",
    },
    {
        name: 'signing-key',
        description: 'With `signing: key`: a PEM private key (P-256 or Ed25519), as text from a secret or as a file path.',
        secret: true,
    },
    {
        name: 'sigstore',
        description: 'Which Sigstore: `public-good`, `github` or `custom` (fulcio-url, rekor-url, tsa-url). Default: public-good for public repositories, github otherwise.',
    },
    { name: 'fulcio-url', description: 'With `sigstore: custom`: the Fulcio certificate authority.' },
    { name: 'rekor-url', description: 'With `sigstore: custom`: the Rekor transparency log.' },
    { name: 'tsa-url', description: 'With `sigstore: custom`: the RFC 3161 timestamp authority.' },
    {
        name: 'push-to-github',
        description: "Store the attestations with GitHub's attestations API (needs `attestations: write`). Default: true in GitHub Actions with keyless signing.",
    },
    {
        name: 'github-token',
        description: 'Token for the attestations API.',
        default: '${{ github.token }}',
        secret: true,
    },
    {
        name: 'bundle-path',
        description: 'Where to write the Sigstore bundles (JSON Lines, one per statement). Default: a file under RUNNER_TEMP.',
    },
    {
        name: 'show-summary',
        description: 'Write the subjects and attestation links to the job summary.',
        default: 'true',
    },
];
const outputs = [
    { name: 'bundle-path', description: 'The JSON Lines file of Sigstore bundles, one per statement.' },
    {
        name: 'attestation-id',
        description: 'The id of the stored attestation (one per line when the subjects were split over several statements).',
    },
    { name: 'attestation-url', description: 'The web URL of the stored attestation (one per line when split).' },
    { name: 'subjects', description: 'The subjects as JSON: [{"name": ..., "digest": {"sha256": ...}}].' },
];
function optionalUrl(name, raw) {
    if (!raw)
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* ConfigurationError */.j1('invalid-input', `Input "${name}" must be an http(s) URL, got "${raw}".`, undefined, "Give the service's base URL, e.g. https://fulcio.example.com.");
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* ConfigurationError */.j1('invalid-input', `Input "${name}" must be an http(s) URL, got "${raw}".`);
    }
    return raw.replace(/\/+$/, '');
}
/** An expression the runner did not evaluate (a local runner, a test): as good as unset. */
function unevaluated(value) {
    return value.startsWith('${{') ? '' : value;
}
function parseAttestProvenanceOptions(source, context) {
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
        throw new errors/* ConfigurationError */.j1('invalid-input', given.length === 0
            ? 'Nothing to attest: give subject-path, subject-digest (with subject-name) or subject-checksums.'
            : `Give exactly one of subject-path, subject-digest or subject-checksums; got ${given.join(' and ')}.`, undefined, given.length === 0 ? 'Point subject-path at the build output.' : `Keep one of ${given.join(', ')}.`);
    }
    let subjects;
    if (paths.length)
        subjects = { kind: 'paths', patterns: paths };
    else if (digest)
        subjects = { kind: 'digest', digest: `sha256:${parseDigest(digest)}`, name };
    else
        subjects = { kind: 'checksums', file: checksums };
    if (name && subjects.kind !== 'digest') {
        throw new errors/* ConfigurationError */.j1('invalid-input', 'Input "subject-name" goes with subject-digest only; subject-path and subject-checksums name their subjects.', undefined, 'Remove subject-name.');
    }
    if (subjects.kind === 'digest' && !name) {
        throw new errors/* ConfigurationError */.j1('invalid-input', 'Input "subject-name" is required with "subject-digest".', undefined, 'Name the artifact the digest belongs to.');
    }
    // Predicate: provenance unless an SBOM or a custom predicate is given.
    const sbomPath = source.get('sbom-path');
    const predicateType = source.get('predicate-type');
    const predicatePath = source.get('predicate-path');
    let predicate = { kind: 'provenance' };
    if (sbomPath && (predicateType || predicatePath)) {
        throw new errors/* ConfigurationError */.j1('invalid-input', 'Give either sbom-path or predicate-type with predicate-path, not both.', undefined, 'Attest them in two steps.');
    }
    if (sbomPath)
        predicate = { kind: 'sbom', path: sbomPath };
    else if (predicateType || predicatePath) {
        if (!predicateType || !predicatePath) {
            throw new errors/* ConfigurationError */.j1('invalid-input', `Input "${predicateType ? 'predicate-path' : 'predicate-type'}" is required with "${predicateType ? 'predicate-type' : 'predicate-path'}".`, undefined, 'Give both, or neither for provenance.');
        }
        predicate = { kind: 'custom', predicateType, path: predicatePath };
    }
    // Signing.
    const signing = (0,inputs/* parseChoice */.HU)('signing', source.get('signing'), SIGNING_MODES, context.inActions ? 'keyless' : 'key');
    const rawKey = source.get('signing-key');
    let signingKey;
    if (signing === 'key') {
        if (!rawKey) {
            throw new errors/* ConfigurationError */.j1('invalid-input', context.inActions
                ? 'Input "signing-key" is required with "signing: key".'
                : 'Outside GitHub Actions attest-provenance signs with a key, and "signing-key" is empty.', undefined, 'Pass a PEM private key (P-256 or Ed25519) or its file path as signing-key.');
        }
        signingKey = loadSigningKey(rawKey, context.workspace);
    }
    else if (rawKey) {
        throw new errors/* ConfigurationError */.j1('invalid-input', 'Input "signing-key" is set but signing is keyless.', undefined, 'Set signing: key to sign with it, or remove signing-key.');
    }
    const endpoints = {};
    const fulcioUrl = optionalUrl('fulcio-url', source.get('fulcio-url'));
    const rekorUrl = optionalUrl('rekor-url', source.get('rekor-url'));
    const tsaUrl = optionalUrl('tsa-url', source.get('tsa-url'));
    const anyUrl = fulcioUrl ?? rekorUrl ?? tsaUrl;
    const rawSigstore = source.get('sigstore');
    const sigstore = rawSigstore
        ? (0,inputs/* parseChoice */.HU)('sigstore', rawSigstore, SIGSTORE_CHOICES)
        : anyUrl
            ? 'custom'
            : undefined;
    if (sigstore && sigstore !== 'custom' && anyUrl) {
        throw new errors/* ConfigurationError */.j1('invalid-input', `fulcio-url, rekor-url and tsa-url apply to "sigstore: custom", but sigstore is ${sigstore}.`, undefined, 'Set sigstore: custom, or remove the URLs.');
    }
    if (sigstore === 'custom') {
        if (fulcioUrl)
            endpoints.fulcioUrl = fulcioUrl;
        if (rekorUrl)
            endpoints.rekorUrl = rekorUrl;
        if (tsaUrl)
            endpoints.tsaUrl = tsaUrl;
        if (signing === 'keyless' && !fulcioUrl) {
            throw new errors/* ConfigurationError */.j1('invalid-input', 'Keyless signing with "sigstore: custom" needs fulcio-url.', undefined, 'Set fulcio-url to your Fulcio.');
        }
        if (signing === 'keyless' && !rekorUrl && !tsaUrl) {
            throw new errors/* ConfigurationError */.j1('invalid-input', 'Keyless signing with "sigstore: custom" needs rekor-url or tsa-url (a signed time for the short-lived certificate).', undefined, 'Set rekor-url, tsa-url or both.');
        }
        if (signing === 'key' && fulcioUrl) {
            throw new errors/* ConfigurationError */.j1('invalid-input', 'fulcio-url is not used with "signing: key" (no certificate is issued).', undefined, 'Remove fulcio-url, or sign keyless.');
        }
    }
    else if (sigstore) {
        Object.assign(endpoints, SIGSTORE_INSTANCES[sigstore]);
        if (signing === 'key')
            delete endpoints.fulcioUrl;
    }
    // sigstore unset: decided at run time from the token (keyless); key mode signs without a log or timestamp.
    const pushRaw = source.get('push-to-github');
    const pushToGithub = (0,inputs/* parseBoolean */.yG)('push-to-github', pushRaw, context.inActions && signing === 'keyless');
    const githubToken = unevaluated(source.get('github-token')) || (context.inActions ? '' : (context.env.GITHUB_TOKEN ?? ''));
    const bundleRaw = source.get('bundle-path');
    const options = {
        subjects,
        predicate,
        signing,
        endpoints,
        pushToGithub,
        githubToken,
        showSummary: (0,inputs/* parseBoolean */.yG)('show-summary', source.get('show-summary'), true),
    };
    if (signingKey)
        options.signingKey = signingKey;
    if (sigstore)
        options.sigstore = sigstore;
    if (bundleRaw)
        options.bundlePath = (0,external_node_path_.isAbsolute)(bundleRaw) ? bundleRaw : (0,external_node_path_.resolve)(context.workspace, bundleRaw);
    if (pushToGithub && !githubToken) {
        throw new errors/* ConfigurationError */.j1('missing-token', 'push-to-github needs github-token to store the attestation, and it is empty.', undefined, 'Pass github-token: ${{ github.token }} with "permissions: attestations: write", or set push-to-github: false.');
    }
    return options;
}
/** The claims GitHub would put in the job token, from the runner's variables (key mode: asserted, not verified). */
function claimsFromRunnerEnvironment(env) {
    const get = (name) => env[name] ?? '';
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
function defaultSigstore(visibility) {
    return visibility === 'public' ? 'public-good' : 'github';
}
function bundleFileName(subjects, predicateType) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(predicateType);
    for (const subject of subjects)
        hash.update(`\n${subject.name}\0${subject.digest.sha256}`);
    return `attestation-${hash.digest('hex').slice(0, 16)}.sigstore.jsonl`;
}
function loadPredicate(source, workspace) {
    if (source.kind === 'sbom')
        return loadSbomPredicate(source.path, workspace);
    if (source.kind === 'custom')
        return loadCustomPredicate(source.predicateType, source.path, workspace);
    return undefined;
}
async function runAttestProvenance(options, context) {
    const subjects = await computeSubjects(options.subjects, { workspace: context.workspace });
    const custom = loadPredicate(options.predicate, context.workspace);
    const predicateType = custom?.predicateType ?? src_statement/* SLSA_PROVENANCE_V1 */.us;
    context.log(`attest-provenance: ${subjects.length} subject${subjects.length === 1 ? '' : 's'}, predicate ${predicateType}`);
    // Identity and build facts.
    let buildSource;
    let signingOptions;
    let sigstore = options.sigstore ?? 'none';
    let endpoints = { ...options.endpoints };
    let identity;
    if (options.signing === 'keyless') {
        if (!context.env.ACTIONS_ID_TOKEN_REQUEST_URL || !context.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            throw new errors/* ConfigurationError */.j1('missing-id-token-permission', MISSING_ID_TOKEN_MESSAGE, undefined, MISSING_ID_TOKEN_FIX);
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
            fulcioUrl: endpoints.fulcioUrl,
            ...pick(endpoints),
        };
    }
    else {
        // In Actions, the job's token (when the job may mint one) gives verified facts; otherwise the
        // runner's variables, which are only as good as the key that signs them.
        let claims;
        if (context.inActions && context.env.ACTIONS_ID_TOKEN_REQUEST_URL && context.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            const token = await requestIdToken(context.env);
            claims = await verifyIdToken(token, {
                requestUrl: context.env.ACTIONS_ID_TOKEN_REQUEST_URL,
                serverUrl: context.serverUrl,
                now: new Date(),
            });
        }
        else if (context.inActions) {
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
        signingOptions = { mode: 'key', privateKey: options.signingKey, ...pick(endpoints) };
    }
    context.debug(`signing ${options.signing} with ${JSON.stringify(endpoints)}`);
    // One statement per MAX_SUBJECTS_PER_STATEMENT subjects; each signed on its own.
    const bundles = [];
    const chunks = chunkSubjects(subjects, MAX_SUBJECTS_PER_STATEMENT);
    for (const chunk of chunks) {
        const statement = custom
            ? (0,src_statement/* buildStatement */.Y5)(chunk, custom.predicateType, custom.predicate)
            : (0,src_statement/* buildProvenanceStatement */.Jo)(chunk, buildSource);
        bundles.push(await signStatement(statement, signingOptions));
    }
    if (chunks.length > 1)
        context.log(`attest-provenance: ${subjects.length} subjects split over ${chunks.length} statements of at most ${MAX_SUBJECTS_PER_STATEMENT}`);
    const bundlePath = options.bundlePath ?? (0,external_node_path_.join)(context.tempDir, bundleFileName(subjects, predicateType));
    (0,src_files/* writeFileAtomic */.Zf)(bundlePath, bundles.map((bundle) => `${JSON.stringify(bundle)}\n`).join(''), {
        createDirectory: true,
    });
    context.log(`attest-provenance: wrote ${bundles.length} bundle${bundles.length === 1 ? '' : 's'} to ${bundlePath}`);
    const attestations = [];
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
    const signing = { mode: options.signing, sigstore, ...pick(endpoints) };
    if (options.signing === 'keyless' && endpoints.fulcioUrl)
        signing.fulcioUrl = endpoints.fulcioUrl;
    if (identity)
        signing.identity = identity;
    return { predicateType, subjects, bundlePath, statements: bundles.length, signing, attestations };
}
function pick(endpoints) {
    const picked = {};
    if (endpoints.rekorUrl)
        picked.rekorUrl = endpoints.rekorUrl;
    if (endpoints.tsaUrl)
        picked.tsaUrl = endpoints.tsaUrl;
    return picked;
}
function escapeCell(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
        .replace(/\r?\n/g, ' ');
}
const SUMMARY_ROWS = 50;
function renderSummary(result) {
    const lines = ['## Attestation', '', `Predicate: \`${result.predicateType}\``, ''];
    const how = result.signing.mode === 'keyless'
        ? `Signed keyless as \`${result.signing.identity ?? 'the job identity'}\` (Sigstore: ${result.signing.sigstore}${result.signing.rekorUrl ? ', transparency log' : ''}${result.signing.tsaUrl ? ', timestamp authority' : ''}).`
        : `Signed with a key${result.signing.rekorUrl ? ', logged in Rekor' : ''}${result.signing.tsaUrl ? ', timestamped' : ''}.`;
    lines.push(how, '');
    if (result.attestations.length) {
        for (const attestation of result.attestations)
            lines.push(`- [Attestation ${attestation.id}](${attestation.url})`);
        lines.push('');
    }
    lines.push('| Subject | sha256 |', '| --- | --- |');
    for (const subject of result.subjects.slice(0, SUMMARY_ROWS))
        lines.push(`| ${escapeCell(subject.name)} | \`${subject.digest.sha256}\` |`);
    if (result.subjects.length > SUMMARY_ROWS)
        lines.push(`| ... and ${result.subjects.length - SUMMARY_ROWS} more | |`);
    if (result.statements > 1)
        lines.push('', `${result.subjects.length} subjects in ${result.statements} statements of at most ${MAX_SUBJECTS_PER_STATEMENT}.`);
    return `${lines.join('\n')}\n`;
}
const attestProvenanceCommand = (0,command/* defineCommand */.N)({
    name: 'attest-provenance',
    description: 'SLSA v1 provenance, SBOM or custom attestations for build outputs, Sigstore-signed (keyless in GitHub Actions, with a key anywhere).',
    inputs: command_inputs,
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

;// CONCATENATED MODULE: ./packages/attestation/src/index.ts











/***/ })

};
