export const id = 122;
export const ids = [122];
export const modules = {

/***/ 53122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CYCLONEDX_PREDICATE_TYPE: () => (/* reexport */ CYCLONEDX_PREDICATE_TYPE),
  GITHUB_ACTIONS_ISSUER: () => (/* reexport */ GITHUB_ACTIONS_ISSUER),
  GITHUB_WORKFLOW_BUILD_TYPE: () => (/* reexport */ GITHUB_WORKFLOW_BUILD_TYPE),
  IN_TOTO_PAYLOAD_TYPE: () => (/* reexport */ IN_TOTO_PAYLOAD_TYPE),
  IN_TOTO_STATEMENT_V1: () => (/* reexport */ IN_TOTO_STATEMENT_V1),
  KeySigner: () => (/* reexport */ KeySigner),
  LOCAL_BUILD_TYPE: () => (/* reexport */ LOCAL_BUILD_TYPE),
  MAX_PREDICATE_BYTES: () => (/* reexport */ MAX_PREDICATE_BYTES),
  MAX_SUBJECTS_PER_STATEMENT: () => (/* reexport */ MAX_SUBJECTS_PER_STATEMENT),
  MISSING_ID_TOKEN_FIX: () => (/* reexport */ MISSING_ID_TOKEN_FIX),
  MISSING_ID_TOKEN_MESSAGE: () => (/* reexport */ MISSING_ID_TOKEN_MESSAGE),
  REQUIRED_CLAIMS: () => (/* reexport */ REQUIRED_CLAIMS),
  SIGNING_MODES: () => (/* reexport */ SIGNING_MODES),
  SIGSTORE_AUDIENCE: () => (/* reexport */ SIGSTORE_AUDIENCE),
  SIGSTORE_CHOICES: () => (/* reexport */ SIGSTORE_CHOICES),
  SIGSTORE_INSTANCES: () => (/* reexport */ SIGSTORE_INSTANCES),
  SLSA_PROVENANCE_V1: () => (/* reexport */ SLSA_PROVENANCE_V1),
  SPDX_PREDICATE_TYPE: () => (/* reexport */ SPDX_PREDICATE_TYPE),
  attestProvenanceCommand: () => (/* reexport */ attestProvenanceCommand),
  buildProvenanceStatement: () => (/* reexport */ buildProvenanceStatement),
  buildStatement: () => (/* reexport */ buildStatement),
  checkBundleFormat: () => (/* reexport */ checkBundleFormat),
  chunkSubjects: () => (/* reexport */ chunkSubjects),
  claimsFromRunnerEnvironment: () => (/* reexport */ claimsFromRunnerEnvironment),
  cleanRemoteUrl: () => (/* reexport */ cleanRemoteUrl),
  computeSubjects: () => (/* reexport */ computeSubjects),
  decodeFulcioExtensions: () => (/* reexport */ decodeFulcioExtensions),
  defaultSigstore: () => (/* reexport */ defaultSigstore),
  describeLocalBuild: () => (/* reexport */ describeLocalBuild),
  evaluateBundle: () => (/* reexport */ evaluateBundle),
  githubProvenancePredicate: () => (/* reexport */ githubProvenancePredicate),
  hashBuffers: () => (/* reexport */ hashBuffers),
  isAcceptedIssuer: () => (/* reexport */ isAcceptedIssuer),
  loadCustomPredicate: () => (/* reexport */ loadCustomPredicate),
  loadSbomPredicate: () => (/* reexport */ loadSbomPredicate),
  loadSigningKey: () => (/* reexport */ loadSigningKey),
  loadTrust: () => (/* reexport */ loadTrust),
  localProvenancePredicate: () => (/* reexport */ localProvenancePredicate),
  mergeSubjects: () => (/* reexport */ mergeSubjects),
  parseAttestProvenanceOptions: () => (/* reexport */ parseAttestProvenanceOptions),
  parseChecksums: () => (/* reexport */ parseChecksums),
  parseDigest: () => (/* reexport */ parseDigest),
  publicKeyHint: () => (/* reexport */ publicKeyHint),
  readPredicateFile: () => (/* reexport */ readPredicateFile),
  renderSummary: () => (/* reexport */ command_renderSummary),
  requestIdToken: () => (/* reexport */ requestIdToken),
  runAttestProvenance: () => (/* reexport */ runAttestProvenance),
  sha256File: () => (/* reexport */ sha256File),
  signPayload: () => (/* reexport */ signPayload),
  signStatement: () => (/* reexport */ signStatement),
  storeAttestation: () => (/* reexport */ storeAttestation),
  subjectName: () => (/* reexport */ subjectName),
  verifyIdToken: () => (/* reexport */ verifyIdToken),
  verifyRelease: () => (/* reexport */ verifyRelease),
  verifyReleaseCommand: () => (/* reexport */ verifyReleaseCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 16 modules
var src = __webpack_require__(57667);
;// CONCATENATED MODULE: ./packages/attestation/src/subjects.ts
// Subjects: what an attestation is about. A name and a sha256 digest, from files (streamed, any
// size), from a digest the user gives, or from a sha256sum-format checksums file.




/**
 * The most subjects one statement carries (GitHub's attestations API and `gh attestation verify`
 * handle statements of this size); beyond it the subjects are split over several statements.
 */
const MAX_SUBJECTS_PER_STATEMENT = 1024;
const HEX64 = /^[0-9a-f]{64}$/;
/** Read size for hashing: large enough that the per-read overhead vanishes next to the hash itself. */
const READ_CHUNK = 1024 * 1024;
/** Read buffers for sha256File; reuse them across files (fresh memory costs a page fault per 4 KiB). */
function hashBuffers() {
    return [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
}
/**
 * sha256 of one file, streamed in fixed-size chunks: memory stays flat whatever the file's size.
 * Two buffers: the next read is in flight on the thread pool while the last one is hashed.
 */
async function sha256File(path, buffers = hashBuffers()) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const handle = await (0,promises_.open)(path, 'r');
    try {
        let turn = 0;
        let pending = handle.read(buffers[0], 0, READ_CHUNK, null);
        for (;;) {
            const { bytesRead, buffer } = await pending;
            if (bytesRead === 0)
                break;
            turn ^= 1;
            pending = handle.read(buffers[turn], 0, READ_CHUNK, null);
            hash.update(bytesRead === READ_CHUNK ? buffer : buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
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
        throw new src/* ConfigurationError */.j1('invalid-input', `Input "${inputName}" must be a sha256 digest like sha256:<64 hex digits>, got "${value}".`, undefined, 'Give the digest as sha256: followed by 64 hexadecimal digits (sha256sum prints them).');
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
            throw new src/* ConfigurationError */.j1('invalid-checksums', `${displayName} line ${index + 1} is not "<sha256 hex>  <file name>".`, { file: displayName, line: index + 1 }, 'Write the file with sha256sum (GNU coreutils format).');
        }
        subjects.push({ name: match[2].trim(), digest: { sha256: match[1].toLowerCase() } });
    });
    if (subjects.length === 0) {
        throw new src/* ConfigurationError */.j1('invalid-checksums', `${displayName} lists no checksums.`, { file: displayName }, 'Write one "<sha256>  <name>" line per artifact.');
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
            throw new src/* ConfigurationError */.j1('conflicting-subjects', `Subject "${subject.name}" is given with two different digests (${other.digest.sha256} and ${subject.digest.sha256}).`, undefined, 'Give each artifact name once.');
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
            throw new src/* ConfigurationError */.j1('invalid-input', 'Input "subject-name" is required with "subject-digest".', undefined, 'Name the artifact the digest belongs to.');
        }
        return [{ name, digest: { sha256: parseDigest(source.digest) } }];
    }
    if (source.kind === 'checksums') {
        const file = (0,external_node_path_.isAbsolute)(source.file) ? source.file : (0,external_node_path_.resolve)(workspace, source.file);
        const text = (0,src/* readTextFile */.Gu)(file, { displayName: source.file, kind: 'checksums file' });
        return mergeSubjects(parseChecksums(text, source.file));
    }
    const files = (0,src/* expandPaths */.pR)(source.patterns, { cwd: workspace });
    if (files.length === 0) {
        throw new src/* ConfigurationError */.j1('no-subjects', `No file matches subject-path (${source.patterns.join(', ')}) in ${workspace}.`, undefined, 'Check that the build wrote its artifacts there, or fix the pattern.');
    }
    const concurrency = Math.max(1, options.concurrency ?? 4);
    const subjects = new Array(files.length);
    let next = 0;
    const worker = async () => {
        const buffers = hashBuffers();
        for (;;) {
            const index = next++;
            if (index >= files.length)
                return;
            const file = files[index];
            const absolute = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(workspace, file);
            let digest;
            try {
                digest = await sha256File(absolute, buffers);
            }
            catch (error) {
                throw new src/* ConfigurationError */.j1('unreadable-file', `${file} cannot be read: ${error.code ?? String(error)}.`, { file }, 'Check its permissions.');
            }
            subjects[index] = { name: subjectName(absolute, workspace), digest: { sha256: digest } };
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
    return mergeSubjects(subjects);
}

;// CONCATENATED MODULE: ./packages/attestation/src/statement.ts
// in-toto Statement v1 and the SLSA provenance v1 predicate, in the shape GitHub's own attestation
// action produces (so `gh attestation verify` and every Sigstore verifier read ours the same way).

const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub Actions workflow build type (https://actions.github.io/buildtypes/workflow/v1). */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** Our build type for builds outside GitHub Actions: facts the signer asserts, no platform vouches. */
const LOCAL_BUILD_TYPE = `${src/* PROJECT_URL */.w5}/blob/main/actions/attest-provenance/README.md#local-builds`;
const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
/** The claims buildProvenanceStatement needs; a token without them cannot describe a build. */
const REQUIRED_CLAIMS = [
    'repository',
    'repository_id',
    'repository_owner_id',
    'ref',
    'sha',
    'workflow_ref',
    'job_workflow_ref',
    'event_name',
    'run_id',
    'run_attempt',
    'runner_environment',
];
/** An in-toto statement about `subjects` with any predicate. */
function buildStatement(subjects, predicateType, predicate) {
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.digest.sha256 } })),
        predicateType,
        predicate,
    };
}
/** The SLSA provenance v1 predicate for a GitHub Actions run, from its (verified) OIDC claims. */
function githubProvenancePredicate(claims, serverUrl) {
    const server = serverUrl.replace(/\/+$/, '');
    // workflow_ref is `owner/repo/.github/workflows/x.yml@ref`; a ref may itself contain `@`.
    const [workflowPath = '', ...refParts] = claims.workflow_ref.replace(`${claims.repository}/`, '').split('@');
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: { ref: refParts.join('@'), repository: `${server}/${claims.repository}`, path: workflowPath },
            },
            internalParameters: {
                github: {
                    event_name: claims.event_name,
                    repository_id: claims.repository_id,
                    repository_owner_id: claims.repository_owner_id,
                    runner_environment: claims.runner_environment,
                },
            },
            resolvedDependencies: [
                { uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } },
            ],
        },
        runDetails: {
            // job_workflow_ref names the workflow file that defines the job: a reusable workflow is the builder.
            builder: { id: `${server}/${claims.job_workflow_ref}` },
            metadata: {
                invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
            },
        },
    };
}
/** The predicate for a build outside GitHub Actions: says so, and fills only what is known. */
function localProvenancePredicate(build) {
    const source = {};
    if (build.repositoryUri)
        source.repository = build.repositoryUri;
    if (build.ref)
        source.ref = build.ref;
    const predicate = {
        buildDefinition: {
            buildType: LOCAL_BUILD_TYPE,
            externalParameters: { source },
            internalParameters: {
                local: {
                    environment: build.environment ?? 'local',
                    note: 'Built outside GitHub Actions: these facts are asserted by the holder of the signing key, not by a build platform.',
                    ...(build.dirty !== undefined ? { uncommittedChanges: build.dirty } : {}),
                },
            },
            resolvedDependencies: [],
        },
        runDetails: {
            builder: { id: `${src/* PROJECT_URL */.w5}/local-build`, version: { [src/* TOOL_NAME */.lH]: src/* VERSION */.xv } },
            ...(build.startedOn ? { metadata: { startedOn: build.startedOn } } : {}),
        },
    };
    if (build.commit) {
        // Without a remote there is no URI to name the source by; the commit alone still pins it.
        predicate.buildDefinition.resolvedDependencies = [
            build.repositoryUri
                ? { uri: `git+${build.repositoryUri}${build.ref ? `@${build.ref}` : ''}`, digest: { gitCommit: build.commit } }
                : { digest: { gitCommit: build.commit } },
        ];
    }
    return predicate;
}
/** An in-toto Statement v1 with a SLSA provenance v1 predicate for `subjects`. */
function buildProvenanceStatement(subjects, source) {
    const predicate = source.kind === 'github'
        ? githubProvenancePredicate(source.claims, source.serverUrl)
        : localProvenancePredicate(source.build);
    return buildStatement(subjects, SLSA_PROVENANCE_V1, predicate);
}

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
        throw new src/* ConfigurationError */.j1('missing-id-token-permission', MISSING_ID_TOKEN_MESSAGE, undefined, MISSING_ID_TOKEN_FIX);
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
        throw new src/* ConfigurationError */.j1('oidc-token-error', `Cannot reach the OIDC token service at ${url.origin}: ${causeOf(error)}`);
    }
    if (!response.ok) {
        throw new src/* ConfigurationError */.j1('oidc-token-error', `The OIDC token service at ${url.origin} answered ${response.status} ${response.statusText}: ${(await response.text()).slice(0, 200)}`);
    }
    const body = (await response.json().catch(() => ({})));
    if (typeof body.value !== 'string' || body.value.split('.').length !== 3) {
        throw new src/* ConfigurationError */.j1('oidc-token-error', `The OIDC token service at ${url.origin} returned no token.`);
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
            throw new src/* ConfigurationError */.j1('oidc-token-error', 'no "iss" claim');
        issuer = unverified.iss;
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1('oidc-token-error', `The OIDC token is malformed: ${causeOf(error)}`);
    }
    if (!isAcceptedIssuer(issuer, options)) {
        throw new src/* ConfigurationError */.j1('oidc-token-error', `The OIDC token's issuer ${issuer} is not GitHub Actions' token service; refusing to trust it.`);
    }
    const discoveryUrl = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let jwksUri;
    try {
        const response = await fetch(discoveryUrl, {
            headers: { Accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
        });
        if (!response.ok)
            throw new src/* ConfigurationError */.j1('oidc-token-error', `HTTP ${response.status}`);
        const discovery = (await response.json());
        if (typeof discovery.jwks_uri !== 'string')
            throw new src/* ConfigurationError */.j1('oidc-token-error', 'no jwks_uri');
        if (discovery.issuer !== undefined && discovery.issuer !== issuer)
            throw new src/* ConfigurationError */.j1('oidc-token-error', `it names issuer ${String(discovery.issuer)}`);
        jwksUri = discovery.jwks_uri;
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1('oidc-token-error', `Cannot read the OIDC discovery document ${discoveryUrl}: ${causeOf(error)}`);
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
        throw new src/* ConfigurationError */.j1('oidc-token-error', `The OIDC token does not verify against ${issuer}'s keys: ${causeOf(error)}`);
    }
    const missing = REQUIRED_CLAIMS.filter((claim) => typeof payload[claim] !== 'string' || payload[claim] === '');
    if (missing.length)
        throw new src/* ConfigurationError */.j1('oidc-token-error', `The OIDC token lacks the claims ${missing.join(', ')}; it is not a GitHub Actions job token.`);
    return payload;
}
function causeOf(error) {
    if (error instanceof Error) {
        const cause = error.cause;
        return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
    }
    return String(error);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
    return signPayload(Buffer.from(JSON.stringify(statement), 'utf8'), IN_TOTO_PAYLOAD_TYPE, options);
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
        throw new src/* ConfigurationError */.j1('invalid-input', 'Keyless signing needs a transparency log (rekor-url) or a timestamp authority (tsa-url): a short-lived certificate cannot be verified without a signed time.', undefined, 'Set rekor-url or tsa-url.');
    }
    // certificateChain false: bundle v0.3, which carries the leaf certificate only.
    const builder = new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses, certificateChain: false });
    try {
        const bundle = await builder.create({ data: payload, type: payloadType });
        return (0,dist.bundleToJSON)(bundle);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1('signing-failed', `Signing failed: ${describeSigningError(error, options)}`);
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
    throw new src/* ConfigurationError */.j1('unsupported-key', `Input "${name}" is a ${type === 'ec' ? `${type} ${curve ?? ''}`.trim() : (type ?? 'unknown')} key; only ECDSA P-256 and Ed25519 keys are supported.`, undefined, 'Generate one with: openssl genpkey -algorithm ed25519 (or -algorithm EC -pkeyopt ec_paramgen_curve:P-256).');
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
            if (!(0,external_node_fs_.statSync)(path).isFile())
                throw new src/* ConfigurationError */.j1('signing-failed', 'not a file');
            pem = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch {
            throw new src/* ConfigurationError */.j1('unreadable-key', `signing-key ${value} is neither a PEM private key nor a readable file.`, { file: value }, 'Pass the PEM text (e.g. from a secret) or the path of a PEM file.');
        }
    }
    if (/ENCRYPTED/.test(pem)) {
        throw new src/* ConfigurationError */.j1('unreadable-key', `${where} is an encrypted private key; passphrases are not supported.`, undefined, 'Store the key unencrypted in a secret.');
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        throw new src/* ConfigurationError */.j1('unreadable-key', `${where} is not a PEM private key.`, undefined, 'Give a "-----BEGIN PRIVATE KEY-----" (PKCS#8) or "-----BEGIN EC PRIVATE KEY-----" key.');
    }
    assertSupportedKey(key, 'signing-key');
    return key;
}

;// CONCATENATED MODULE: ./packages/attestation/src/verify/bundles.ts


/** The largest DSSE payload (statement) we decode: 16 MiB, as GitHub's attestations API allows. */
const MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
/** The largest bundle document (one bundle, JSON Lines or npm's document) we read. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
const MEDIA_TYPES = {
    [dist.BUNDLE_V01_MEDIA_TYPE]: '0.1',
    [dist.BUNDLE_V02_MEDIA_TYPE]: '0.2',
    [dist.BUNDLE_V03_MEDIA_TYPE]: '0.3',
    [dist.BUNDLE_V03_LEGACY_MEDIA_TYPE]: '0.3',
};
const KNOWN_MEDIA_TYPES = Object.keys(MEDIA_TYPES);
/**
 * Splits a bundle document into bundles: a single bundle (JSON), JSON Lines of bundles, or a
 * `{"attestations": [{"bundle": ...}]}` document (npm's registry and GitHub's attestations API use it).
 * Anything that is not JSON is a ConfigurationError naming the line.
 */
function parseBundleDocument(text, name) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    if (!trimmed)
        throw new src/* ConfigurationError */.j1('invalid-bundle', `${name} is empty.`, { file: name }, 'Give a Sigstore bundle (.sigstore.json) or JSON Lines of bundles.');
    let whole;
    let wholeError;
    try {
        whole = JSON.parse(trimmed);
    }
    catch (error) {
        wholeError = error;
    }
    if (wholeError === undefined)
        return splitDocument(whole, name);
    // Line numbers as in the file: split the text itself, not the trimmed copy.
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const filled = lines.filter((line) => line.trim());
    if (filled.length === 1)
        throw malformed(name, lines.findIndex((line) => line.trim()) + 1, wholeError);
    const bundles = [];
    lines.forEach((line, index) => {
        if (!line.trim())
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            throw malformed(name, index + 1, error);
        }
        for (const item of splitDocument(value, `${name} line ${index + 1}`))
            bundles.push(item);
    });
    return bundles;
}
function malformed(name, line, error) {
    const detail = error instanceof Error ? error.message : String(error);
    return new src/* ConfigurationError */.j1('invalid-json', `the bundle file is not valid JSON: ${detail}`, { file: name, line }, 'Give a Sigstore bundle as JSON, JSON Lines of bundles, or npm\'s {"attestations": [...]} document.');
}
function splitDocument(value, source) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        const object = value;
        if (Array.isArray(object.attestations) && !('mediaType' in object)) {
            return object.attestations.map((item, index) => {
                const entry = item && typeof item === 'object' ? item : {};
                return { source: `${source} attestation ${index + 1}`, json: entry.bundle };
            });
        }
    }
    if (Array.isArray(value))
        return value.map((json, index) => ({ source: `${source} [${index}]`, json }));
    return [{ source, json: value }];
}
const BASE64_CHARS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_')
    BASE64_CHARS[c.charCodeAt(0)] = 1;
/**
 * Base64 as protobuf's JSON mapping writes it: standard or URL-safe alphabet, padded to a multiple of
 * 4 characters. A linear scan, not a regular expression: payloads run to tens of megabytes.
 */
function isStrictBase64(value) {
    if (value.length % 4 !== 0)
        return false;
    const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
    const end = value.length - padding;
    for (let i = 0; i < end; i++) {
        const code = value.charCodeAt(i);
        if (code >= 128 || BASE64_CHARS[code] !== 1)
            return false;
    }
    return true;
}
function checkBase64(value, path, problems) {
    if (value === undefined || value === null)
        return;
    if (typeof value !== 'string') {
        problems.push(`${path} is not a base64 string`);
        return;
    }
    if (!isStrictBase64(value)) {
        problems.push(`${path} is not valid base64 (${value.length} characters; truncated or corrupted)`);
    }
}
/** Every bytes field a bundle can carry, with its JSON path, for the strict base64 check. */
function bytesFields(json) {
    const fields = [];
    const get = (value, key) => value && typeof value === 'object' ? value[key] : undefined;
    const list = (value) => (Array.isArray(value) ? value : []);
    const envelope = get(json, 'dsseEnvelope');
    if (envelope) {
        fields.push([get(envelope, 'payload'), 'dsseEnvelope.payload']);
        list(get(envelope, 'signatures')).forEach((s, i) => fields.push([get(s, 'sig'), `dsseEnvelope.signatures[${i}].sig`]));
    }
    const message = get(json, 'messageSignature');
    if (message) {
        fields.push([get(message, 'signature'), 'messageSignature.signature']);
        fields.push([get(get(message, 'messageDigest'), 'digest'), 'messageSignature.messageDigest.digest']);
    }
    const material = get(json, 'verificationMaterial');
    fields.push([get(get(material, 'certificate'), 'rawBytes'), 'verificationMaterial.certificate.rawBytes']);
    list(get(get(material, 'x509CertificateChain'), 'certificates')).forEach((c, i) => fields.push([get(c, 'rawBytes'), `verificationMaterial.x509CertificateChain.certificates[${i}].rawBytes`]));
    list(get(material, 'tlogEntries')).forEach((entry, i) => {
        const at = `verificationMaterial.tlogEntries[${i}]`;
        fields.push([get(get(entry, 'logId'), 'keyId'), `${at}.logId.keyId`]);
        fields.push([get(entry, 'canonicalizedBody'), `${at}.canonicalizedBody`]);
        fields.push([
            get(get(entry, 'inclusionPromise'), 'signedEntryTimestamp'),
            `${at}.inclusionPromise.signedEntryTimestamp`,
        ]);
        const proof = get(entry, 'inclusionProof');
        fields.push([get(proof, 'rootHash'), `${at}.inclusionProof.rootHash`]);
        list(get(proof, 'hashes')).forEach((h, j) => fields.push([h, `${at}.inclusionProof.hashes[${j}]`]));
    });
    list(get(get(material, 'timestampVerificationData'), 'rfc3161Timestamps')).forEach((t, i) => fields.push([
        get(t, 'signedTimestamp'),
        `verificationMaterial.timestampVerificationData.rfc3161Timestamps[${i}].signedTimestamp`,
    ]));
    return fields;
}
/**
 * Is this JSON a well-formed Sigstore bundle for its media type? v0.1 needs an inclusion promise,
 * v0.2 and v0.3 an inclusion proof, v0.3 a single certificate rather than a chain; every bytes field
 * is strict base64; a DSSE envelope has exactly one signature and a payload of at most 16 MiB.
 */
function checkBundleFormat(json) {
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
        return {
            ok: false,
            mediaType: '(none)',
            problem: 'not a JSON object: a Sigstore bundle is an object with mediaType, verificationMaterial and content',
        };
    }
    const object = json;
    const mediaType = typeof object.mediaType === 'string' ? object.mediaType : '(none)';
    const version = MEDIA_TYPES[mediaType];
    if (!version) {
        return {
            ok: false,
            mediaType,
            problem: `unknown media type ${JSON.stringify(object.mediaType ?? null)}; expected one of ${KNOWN_MEDIA_TYPES.join(', ')}`,
        };
    }
    const envelope = object.dsseEnvelope;
    if (envelope && typeof envelope === 'object') {
        const payload = typeof envelope.payload === 'string' ? envelope.payload : '';
        const size = Math.floor((payload.length * 3) / 4) - (payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0);
        if (size > MAX_PAYLOAD_BYTES) {
            return {
                ok: false,
                mediaType,
                version,
                problem: `the DSSE payload is ${size} bytes, over the ${MAX_PAYLOAD_BYTES}-byte (16 MiB) limit`,
            };
        }
        const signatures = Array.isArray(envelope.signatures) ? envelope.signatures : [];
        if (signatures.length !== 1) {
            const duplicate = signatures.length > 1 && new Set(signatures.map((s) => JSON.stringify(s))).size < signatures.length;
            return {
                ok: false,
                mediaType,
                version,
                problem: `the DSSE envelope carries ${signatures.length} signatures${duplicate ? ' (a duplicated signature)' : ''}; a Sigstore bundle carries exactly one`,
            };
        }
    }
    const problems = [];
    for (const [value, path] of bytesFields(object))
        checkBase64(value, path, problems);
    if (problems.length)
        return { ok: false, mediaType, version, problem: problems.join('; ') };
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(json);
        if (version === '0.1')
            (0,dist.assertBundleV01)(bundle);
        else if (version === '0.2')
            (0,dist.assertBundleV02)(bundle);
        else
            (0,dist.assertBundleLatest)(bundle);
    }
    catch (error) {
        if (error instanceof dist.ValidationError) {
            const fields = error.fields ?? [];
            return {
                ok: false,
                mediaType,
                version,
                problem: `not a valid v${version} bundle: ${describeFields(fields, version)}`,
            };
        }
        return {
            ok: false,
            mediaType,
            version,
            problem: `not a valid bundle: ${error instanceof Error ? error.message : String(error)}`,
        };
    }
    return { ok: true, mediaType, version, bundle };
}
function describeFields(fields, version) {
    return fields
        .map((field) => {
        if (field.endsWith('inclusionPromise'))
            return `${field} is missing (a v0.1 bundle needs the log's inclusion promise)`;
        if (field.endsWith('inclusionProof'))
            return `${field} is missing (a v${version} bundle needs an inclusion proof)`;
        if (field === 'verificationMaterial.content.$case')
            return 'verificationMaterial carries a certificate chain; a v0.3 bundle carries a single certificate';
        return `${field} is missing or empty`;
    })
        .join('; ');
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+core@4.0.1/node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(81845);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+verify@4.1.3/node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(51254);
;// CONCATENATED MODULE: ./packages/attestation/src/verify/certificate.ts

/**
 * Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
 * 1.3.6.1.4.1.57264.1.1 to .6 are the deprecated ones, stored as raw strings; from .8 on each value
 * is a DER-encoded UTF8String.
 */
const FULCIO_ARC = '1.3.6.1.4.1.57264';
const SPECS = [
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
/** Decodes Fulcio's extensions; a value that does not decode is an error (the certificate is malformed). */
function decodeFulcioExtensions(certificate) {
    const result = {};
    // The v2 issuer (.8) wins over the deprecated raw one (.1): SPECS lists .8 later.
    for (const spec of SPECS) {
        const extension = certificate.extension(`${FULCIO_ARC}.${spec.oid}`);
        if (!extension)
            continue;
        let value;
        if (spec.der) {
            // The extnValue OCTET STRING holds a DER UTF8String (tag 0x0c); Fulcio writes nothing else here.
            const object = core_dist.ASN1Obj.parseBuffer(extension.value);
            if (object.tag.number !== 0x0c)
                throw new Error(`certificate extension ${spec.label} is not a UTF8String`);
            value = object.value.toString('utf8');
        }
        else {
            value = extension.value.toString('utf8');
        }
        result[spec.key] = value;
    }
    return result;
}
const NAME_OIDS = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.6': 'C' };
/** DER length octets. */
function derLength(length) {
    if (length < 0x80)
        return Buffer.from([length]);
    const bytes = [];
    for (let n = length; n > 0; n >>= 8)
        bytes.unshift(n & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
/**
 * An X.509 Name as `CN=..., O=...`, with the attributes we know. @sigstore/core's X509Certificate
 * gives `issuer` and `subject` as the Name's content octets, so the SEQUENCE header is put back.
 */
function distinguishedName(content) {
    try {
        const name = core_dist.ASN1Obj.parseBuffer(Buffer.concat([Buffer.from([0x30]), derLength(content.length), content]));
        const parts = [];
        for (const set of name.subs) {
            for (const attribute of set.subs) {
                const [type, value] = attribute.subs;
                if (!type || !value)
                    continue;
                const label = NAME_OIDS[type.toOID()];
                if (label)
                    parts.push(`${label}=${value.value.toString('utf8')}`);
            }
        }
        return parts.join(', ') || '(empty name)';
    }
    catch {
        return '(unreadable name)';
    }
}
/** The Sigstore instance a Fulcio issuer name belongs to: sigstore.dev is public-good, GitHub's says GitHub. */
function instanceOf(issuerName) {
    if (/\bO=sigstore\.dev\b/i.test(issuerName))
        return 'public-good';
    if (/\bO=GitHub\b/i.test(issuerName))
        return 'github';
    return 'unknown';
}
function describeInstance(instance) {
    switch (instance) {
        case 'public-good':
            return "the Sigstore public-good instance's";
        case 'github':
            return "GitHub's Sigstore instance's";
        default:
            return 'a private Sigstore instance';
    }
}
function certificateIdentity(certificate) {
    const issuerName = distinguishedName(certificate.issuer);
    const identity = {
        extensions: decodeFulcioExtensions(certificate),
        issuerName,
        instance: instanceOf(issuerName),
    };
    const san = certificate.subjectAltName;
    if (san !== undefined)
        identity.subjectAlternativeName = san;
    return identity;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/minimatch@11.0.9/node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(46693);
;// CONCATENATED MODULE: ./packages/attestation/src/verify/identity.ts

/** GitHub Actions' OIDC issuer (github.com); GHE.com tenants use https://token.actions.<tenant>.ghe.com. */
const identity_GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Path of a repository or workflow URI without scheme and host: `owner/repo/...`. */
function withoutHost(value) {
    const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(.*)$/i.exec(value);
    return (match ? match[1] : value).replace(/^\/+|\/+$/g, '');
}
function repositoryPath(value) {
    return withoutHost(value.replace(/^git\+/, ''))
        .replace(/\.git$/, '')
        .toLowerCase();
}
function sameRepository(policy, certified) {
    // A full URL must match host and path; owner/repo matches the path on any host (GHES included).
    if (/^[a-z]+:\/\//i.test(policy))
        return policy.replace(/\/+$/, '').toLowerCase() === certified.toLowerCase();
    return repositoryPath(policy) === repositoryPath(certified);
}
function globMatch(value, pattern) {
    return value === pattern || (0,esm/* minimatch */.xF)(value, pattern, { dot: true, nocomment: true, nonegate: true });
}
function splitRef(uri) {
    const at = uri.indexOf('@');
    return at === -1 ? { path: uri } : { path: uri.slice(0, at), ref: uri.slice(at + 1) };
}
const absent = (what) => `(the certificate has no ${what})`;
/** The identity checks: one per constrained policy key, each naming what was expected and found. */
function identityChecks(policy, identity) {
    const ext = identity.extensions;
    const checks = [];
    const add = (name, expected, actual, what, passes) => {
        checks.push({ name, expected, actual: actual ?? absent(what), passed: actual !== undefined && passes(actual) });
    };
    add('certificate-oidc-issuer', policy.certificateOidcIssuer, ext.issuer, 'OIDC issuer extension (1.3.6.1.4.1.57264.1.8)', (a) => a === policy.certificateOidcIssuer);
    if (policy.certificateIdentity !== undefined) {
        const expected = policy.certificateIdentity;
        add('certificate-identity', expected, identity.subjectAlternativeName, 'subject alternative name', (a) => a === expected);
    }
    if (policy.signerWorkflow !== undefined) {
        const expected = splitRef(withoutHost(policy.signerWorkflow));
        add('signer-workflow', policy.signerWorkflow, ext.buildSignerUri, 'Build Signer URI (1.3.6.1.4.1.57264.1.9)', (a) => {
            const actual = splitRef(withoutHost(a));
            const [owner = '', repo = '', ...rest] = actual.path.split('/');
            const [eOwner = '', eRepo = '', ...eRest] = expected.path.split('/');
            if (owner.toLowerCase() !== eOwner.toLowerCase() ||
                repo.toLowerCase() !== eRepo.toLowerCase() ||
                rest.join('/') !== eRest.join('/'))
                return false;
            return expected.ref === undefined || (actual.ref !== undefined && globMatch(actual.ref, expected.ref));
        });
    }
    if (policy.signerRepository !== undefined) {
        const expected = policy.signerRepository;
        // https://github.com/owner/repo/.github/workflows/x.yml@ref -> https://github.com/owner/repo
        const signerRepository = ext.buildSignerUri
            ? splitRef(ext.buildSignerUri).path.split('/').slice(0, 5).join('/')
            : undefined;
        add('signer-repository', expected, signerRepository, 'Build Signer URI (1.3.6.1.4.1.57264.1.9)', (a) => sameRepository(expected, a));
    }
    if (policy.signerDigest !== undefined) {
        const expected = policy.signerDigest.toLowerCase();
        add('signer-digest', policy.signerDigest, ext.buildSignerDigest, 'Build Signer Digest (1.3.6.1.4.1.57264.1.10)', (a) => a.toLowerCase() === expected);
    }
    if (policy.sourceRepository !== undefined) {
        const expected = policy.sourceRepository;
        add('source-repository', expected, ext.sourceRepositoryUri, 'Source Repository URI (1.3.6.1.4.1.57264.1.12)', (a) => sameRepository(expected, a));
    }
    if (policy.owner !== undefined) {
        const expected = policy.owner.toLowerCase();
        const owner = ext.sourceRepositoryUri ? repositoryPath(ext.sourceRepositoryUri).split('/')[0] : undefined;
        add('owner', policy.owner, owner, 'Source Repository URI (1.3.6.1.4.1.57264.1.12)', (a) => a.toLowerCase() === expected);
    }
    if (policy.sourceRef !== undefined) {
        const expected = policy.sourceRef;
        add('source-ref', expected, ext.sourceRepositoryRef, 'Source Repository Ref (1.3.6.1.4.1.57264.1.14)', (a) => globMatch(a, expected));
    }
    if (policy.sourceDigest !== undefined) {
        const expected = policy.sourceDigest.toLowerCase();
        add('source-digest', policy.sourceDigest, ext.sourceRepositoryDigest, 'Source Repository Digest (1.3.6.1.4.1.57264.1.13)', (a) => a.toLowerCase() === expected);
    }
    if (policy.denySelfHostedRunners) {
        add('deny-self-hosted-runners', 'github-hosted', ext.runnerEnvironment, 'Runner Environment (1.3.6.1.4.1.57264.1.11)', (a) => a === 'github-hosted');
    }
    return checks;
}
/** At least one constraint must pin who signed: a signature by anyone is not an admission. */
function hasIdentityConstraint(policy) {
    return [
        policy.certificateIdentity,
        policy.signerWorkflow,
        policy.signerRepository,
        policy.sourceRepository,
        policy.owner,
    ].some((v) => v !== undefined);
}

;// CONCATENATED MODULE: ./packages/attestation/src/verify/statement.ts
const statement_IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
const statement_SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
/** GitHub's build type, and the older one slsa-github-generator and early attest-build-provenance wrote. */
const GITHUB_BUILD_TYPES = [
    'https://actions.github.io/buildtypes/workflow/v1',
    'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
];
/** slsa-github-generator's SLSA v0.2 build types: generic@v1, container@v1, go@v1, the delegator's @v1. */
const GENERATOR_V02_BUILD_TYPE = /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator(\/[a-z0-9_-]+)?@v\d+$/;
const SBOM_PREDICATE_TYPES = [
    /^https:\/\/cyclonedx\.org\/bom(\/v[\d.]+)?$/,
    /^https:\/\/spdx\.dev\/Document(\/v[\d.]+)?$/,
];
const DIGEST_LENGTHS = { sha256: 64, sha512: 128 };
/** Parses a DSSE payload as an in-toto statement; the reason when it is not one. */
function parseStatement(payloadType, payload) {
    if (payloadType !== statement_IN_TOTO_PAYLOAD_TYPE)
        return `payloadType is ${JSON.stringify(payloadType)}, not ${statement_IN_TOTO_PAYLOAD_TYPE}`;
    let json;
    try {
        json = JSON.parse(payload.toString('utf8'));
    }
    catch (error) {
        return `the payload is not JSON: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (!json || typeof json !== 'object' || Array.isArray(json))
        return 'the payload is not a JSON object';
    const object = json;
    if (typeof object._type !== 'string' || !STATEMENT_TYPES.includes(object._type)) {
        return `_type is ${JSON.stringify(object._type ?? null)}, not an in-toto statement (${STATEMENT_TYPES.join(' or ')})`;
    }
    if (typeof object.predicateType !== 'string' || !object.predicateType)
        return 'the statement has no predicateType';
    if (!Array.isArray(object.subject) || object.subject.length === 0)
        return 'the statement has no subject';
    const subjects = [];
    for (const item of object.subject) {
        const entry = item && typeof item === 'object' ? item : {};
        const digest = entry.digest && typeof entry.digest === 'object' ? entry.digest : {};
        const clean = {};
        for (const [algorithm, value] of Object.entries(digest))
            if (typeof value === 'string')
                clean[algorithm] = value.toLowerCase();
        subjects.push({ name: typeof entry.name === 'string' ? entry.name : '', digest: clean });
    }
    return { type: object._type, subjects, predicateType: object.predicateType, predicate: object.predicate };
}
/** The statement subject that names this artifact by a digest both sides have, if any. */
function findSubject(statement, artifact) {
    return statement.subjects.find((subject) => Object.keys(artifact.digests).some((algorithm) => subject.digest[algorithm] !== undefined && subject.digest[algorithm] === artifact.digests[algorithm]));
}
function formatDigest(digests) {
    if (digests.sha256)
        return `sha256:${digests.sha256}`;
    const [algorithm, value] = Object.entries(digests)[0] ?? [];
    return algorithm ? `${algorithm}:${value}` : '(no digest)';
}
function isProvenance(predicateType) {
    return predicateType === statement_SLSA_PROVENANCE_V1 || predicateType === SLSA_PROVENANCE_V02;
}
function isSbom(predicateType) {
    return SBOM_PREDICATE_TYPES.some((pattern) => pattern.test(predicateType));
}
function get(value, ...path) {
    let current = value;
    for (const key of path) {
        if (!current || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function statement_text(value) {
    return typeof value === 'string' ? value : undefined;
}
/** `https://github.com/o/r/.github/workflows/x.yml@refs/heads/main` -> `.github/workflows/x.yml`. */
function workflowPathOf(uri, repositoryUri) {
    if (!uri || !repositoryUri)
        return undefined;
    const withoutRef = uri.split('@')[0];
    const prefix = `${repositoryUri}/`;
    return withoutRef.toLowerCase().startsWith(prefix.toLowerCase()) ? withoutRef.slice(prefix.length) : undefined;
}
/**
 * Is the provenance predicate consistent with the certificate? Identity comes from the certificate;
 * the predicate must not claim another repository, ref, commit, workflow or builder. Accepts GitHub's
 * two build types (SLSA v1) and slsa-github-generator's SLSA v0.2 predicates.
 */
function checkPredicateConsistency(statement, certificate) {
    if (!certificate.sourceRepositoryUri) {
        return {
            passed: false,
            detail: 'the certificate carries no GitHub Actions source claims (1.3.6.1.4.1.57264.1.12), so the provenance cannot be tied to a build',
        };
    }
    const mismatches = [];
    const compared = [];
    const compare = (what, claimed, certified, required = false) => {
        if (claimed === undefined || certified === undefined) {
            if (required)
                mismatches.push(`${what}: the predicate ${claimed === undefined ? 'does not say' : `says ${claimed}`}, the certificate ${certified === undefined ? 'does not say' : `says ${certified}`}`);
            return;
        }
        compared.push(what);
        if (claimed.toLowerCase() !== certified.toLowerCase())
            mismatches.push(`${what}: the predicate says ${claimed}, the certificate says ${certified}`);
    };
    const predicate = statement.predicate;
    const workflowPath = workflowPathOf(certificate.buildConfigUri, certificate.sourceRepositoryUri);
    if (statement.predicateType === statement_SLSA_PROVENANCE_V1) {
        const buildType = statement_text(get(predicate, 'buildDefinition', 'buildType'));
        if (!buildType || !GITHUB_BUILD_TYPES.includes(buildType)) {
            return {
                passed: false,
                detail: `build type ${JSON.stringify(buildType ?? null)} is not a GitHub Actions build type (${GITHUB_BUILD_TYPES.join(', ')})`,
            };
        }
        const workflow = get(predicate, 'buildDefinition', 'externalParameters', 'workflow');
        compare('repository', statement_text(get(workflow, 'repository')), certificate.sourceRepositoryUri, true);
        compare('ref', statement_text(get(workflow, 'ref')), certificate.sourceRepositoryRef, true);
        compare('workflow path', statement_text(get(workflow, 'path')), workflowPath);
        const dependencies = get(predicate, 'buildDefinition', 'resolvedDependencies');
        const source = Array.isArray(dependencies)
            ? dependencies.find((d) => statement_text(get(d, 'uri'))?.startsWith('git+'))
            : undefined;
        compare('commit', statement_text(get(source, 'digest', 'gitCommit')), certificate.sourceRepositoryDigest);
        compare('builder', statement_text(get(predicate, 'runDetails', 'builder', 'id')), certificate.buildSignerUri);
        compare('runner environment', statement_text(get(predicate, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')), certificate.runnerEnvironment);
        compare('invocation', statement_text(get(predicate, 'runDetails', 'metadata', 'invocationId')), certificate.runInvocationUri);
    }
    else if (statement.predicateType === SLSA_PROVENANCE_V02) {
        const buildType = statement_text(get(predicate, 'buildType'));
        if (!buildType || !GENERATOR_V02_BUILD_TYPE.test(buildType)) {
            return {
                passed: false,
                detail: `build type ${JSON.stringify(buildType ?? null)} is not slsa-github-generator's (https://github.com/slsa-framework/slsa-github-generator/<builder>@v1)`,
            };
        }
        const configSource = get(predicate, 'invocation', 'configSource');
        const uri = statement_text(get(configSource, 'uri'));
        const expectedUri = certificate.sourceRepositoryRef
            ? `git+${certificate.sourceRepositoryUri}@${certificate.sourceRepositoryRef}`
            : undefined;
        compare('source', uri, expectedUri, true);
        compare('commit', statement_text(get(configSource, 'digest', 'sha1')), certificate.sourceRepositoryDigest, true);
        compare('workflow path', statement_text(get(configSource, 'entryPoint')), workflowPath);
        compare('builder', statement_text(get(predicate, 'builder', 'id')), certificate.buildSignerUri, true);
    }
    else {
        return { passed: true, detail: `not a provenance predicate (${statement.predicateType}): nothing to compare` };
    }
    if (mismatches.length)
        return { passed: false, detail: mismatches.join('; ') };
    return { passed: true, detail: `${compared.join(', ')} match the certificate` };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(21443);
;// CONCATENATED MODULE: ./packages/attestation/src/verify/public-good-root.ts
// Generated by public-good-root.generate.mjs from @sigstore/tuf 5.0.1 (seeds.json, trusted_root.json). Do not edit.
/** The Sigstore public-good trusted root: the default trust for verify-release. */
const PUBLIC_GOOD_TRUSTED_ROOT_SOURCE = '@sigstore/tuf@5.0.1';
const PUBLIC_GOOD_TRUSTED_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
        {
            baseUrl: 'https://rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-01-12T11:53:27Z',
                },
            },
            logId: {
                keyId: 'wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=',
            },
        },
        {
            baseUrl: 'https://log2025-1.rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=',
                keyDetails: 'PKIX_ED25519',
                validFor: {
                    start: '2025-09-23T00:00:00Z',
                },
            },
            logId: {
                keyId: 'zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A=',
            },
        },
    ],
    certificateAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore',
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ==',
                    },
                ],
            },
            validFor: {
                start: '2021-03-07T03:20:29Z',
                end: '2022-12-31T23:59:59.999Z',
            },
        },
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore',
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow=',
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ',
                    },
                ],
            },
            validFor: {
                start: '2022-04-13T20:06:15Z',
            },
        },
    ],
    ctlogs: [
        {
            baseUrl: 'https://ctfe.sigstore.dev/test',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-03-14T00:00:00Z',
                    end: '2022-10-31T23:59:59.999Z',
                },
            },
            logId: {
                keyId: 'CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I=',
            },
        },
        {
            baseUrl: 'https://ctfe.sigstore.dev/2022',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2022-10-20T00:00:00Z',
                },
            },
            logId: {
                keyId: '3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4=',
            },
        },
    ],
    timestampAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore-tsa-selfsigned',
            },
            uri: 'https://timestamp.sigstore.dev/api/v1/timestamp',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw==',
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E',
                    },
                ],
            },
            validFor: {
                start: '2025-07-04T00:00:00Z',
            },
        },
    ],
};

;// CONCATENATED MODULE: ./packages/attestation/src/verify/trust.ts






const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=0\.1|\.v0\.2\+json)$/;
/** Builds explicit trust material: given roots, the built-in public-good root, or a public key. */
function loadTrust(options) {
    const roots = options.trustedRoot
        ? parseTrustedRoots(options.trustedRoot.text, options.trustedRoot.name)
        : [PUBLIC_GOOD_TRUSTED_ROOT];
    const materials = [];
    const caSubjects = [];
    const logFreeCaSubjects = [];
    const loggedCaSubjects = [];
    const instances = new Set();
    roots.forEach((json, index) => {
        const name = options.trustedRoot
            ? `${options.trustedRoot.name}${roots.length > 1 ? ` line ${index + 1}` : ''}`
            : 'the built-in public-good root';
        let root;
        try {
            root = protobuf_specs_dist.TrustedRoot.fromJSON(json);
            materials.push((0,verify_dist/* toTrustMaterial */.jO)(root));
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1('invalid-trusted-root', `${name} is not a usable trusted root: ${error instanceof Error ? error.message : String(error)}`, {
                file: options.trustedRoot?.name ?? 'trusted-root',
            }, 'Give the trusted_root.json of the Sigstore instance that signed the bundle.');
        }
        const material = materials[materials.length - 1];
        for (const authority of material.certificateAuthorities) {
            for (const certificate of authority.certChain) {
                caSubjects.push(certificate.subject);
                (material.tlogs.length === 0 ? logFreeCaSubjects : loggedCaSubjects).push(certificate.subject);
                instances.add(instanceOf(distinguishedName(certificate.subject)));
            }
        }
    });
    let key;
    if (options.publicKey) {
        try {
            key = (0,external_node_crypto_.createPublicKey)(options.publicKey.text);
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1('invalid-public-key', `${options.publicKey.name} is not a PEM public key: ${error instanceof Error ? error.message : String(error)}`, {
                file: options.publicKey.name,
            }, 'Give the signer\'s public key in PEM ("-----BEGIN PUBLIC KEY-----").');
        }
    }
    const merged = {
        certificateAuthorities: materials.flatMap((m) => m.certificateAuthorities),
        timestampAuthorities: materials.flatMap((m) => m.timestampAuthorities),
        tlogs: materials.flatMap((m) => m.tlogs),
        ctlogs: materials.flatMap((m) => m.ctlogs),
        publicKey: (hint) => {
            // Key mode trusts exactly the one key given, whatever hint the bundle names.
            if (!key)
                throw new Error(`the bundle is signed with a public key${hint ? ` (hint ${hint})` : ''}, but no public-key was given`);
            return { publicKey: key, validFor: () => true };
        },
    };
    const parts = [];
    parts.push(options.trustedRoot
        ? `trusted-root ${options.trustedRoot.name}`
        : `Sigstore public-good root (built in, ${PUBLIC_GOOD_TRUSTED_ROOT_SOURCE})`);
    if (options.publicKey)
        parts.push(`public-key ${options.publicKey.name}`);
    return {
        material: merged,
        description: parts.join(' + '),
        caSubjects,
        logFreeCaSubjects,
        loggedCaSubjects,
        instances: [...instances],
        keyMode: key !== undefined,
    };
}
/** One trusted_root.json, or JSON Lines of them. */
function parseTrustedRoots(text, name) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    let values;
    try {
        values = [JSON.parse(trimmed)];
    }
    catch (wholeError) {
        const lines = trimmed.split(/\r?\n/);
        if (lines.length < 2) {
            throw new src/* ConfigurationError */.j1('invalid-json', `${name} is not valid JSON: ${wholeError instanceof Error ? wholeError.message : String(wholeError)}`, { file: name, line: 1 }, 'Give a trusted_root.json or JSON Lines of them.');
        }
        values = [];
        lines.forEach((line, index) => {
            if (!line.trim())
                return;
            try {
                values.push(JSON.parse(line));
            }
            catch (error) {
                throw new src/* ConfigurationError */.j1('invalid-json', `${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { file: name, line: index + 1 }, 'Give a trusted_root.json or JSON Lines of them.');
            }
        });
    }
    values.forEach((value, index) => {
        const mediaType = value && typeof value === 'object' ? value.mediaType : undefined;
        if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(mediaType)) {
            throw new src/* ConfigurationError */.j1('invalid-trusted-root', `${name}${values.length > 1 ? ` line ${index + 1}` : ''} is not a Sigstore trusted root (mediaType ${JSON.stringify(mediaType ?? null)}).`, { file: name, line: values.length > 1 ? index + 1 : 1 }, 'Give a trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1), e.g. from `gh attestation trusted-root`.');
        }
    });
    return values;
}
/** Was this leaf issued by an instance whose root lists no transparency log? */
function isLogFree(trust, leaf) {
    // Only when no root that holds the issuer lists a log: a root with a log always requires an entry.
    const holds = (subjects) => subjects.some((subject) => subject.equals(leaf.issuer));
    return holds(trust.logFreeCaSubjects) && !holds(trust.loggedCaSubjects);
}
/** Does the trust hold a CA whose subject is this leaf's issuer? */
function hasIssuer(trust, leaf) {
    return trust.caSubjects.some((subject) => subject.equals(leaf.issuer));
}

;// CONCATENATED MODULE: ./packages/attestation/src/verify/evaluate.ts








/** Checks that no policy exception can waive: they are what makes a signature mean anything. */
const UNWAIVABLE_CHECKS = ['bundle-format', 'sigstore-verification', 'statement', 'subject-digest'];
function createVerifier(trust) {
    return {
        logged: new verify_dist/* Verifier */.BL(trust.material, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }),
        logFree: new verify_dist/* Verifier */.BL(trust.material, { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 }),
        keyed: new verify_dist/* Verifier */.BL(trust.material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }),
    };
}
const SIGSTORE_EXPECTED = 'signature valid; certificate chains to a trusted Fulcio CA with an SCT; transparency-log entry (proof or promise) or signed timestamp';
/** Evaluates one bundle against the trust, the subjects and the policy; never throws. */
function evaluateBundle(raw, context) {
    const checks = [];
    const result = {
        source: raw.source,
        mediaType: '(none)',
        role: 'other',
        covers: [],
        checks,
        passed: false,
    };
    const skip = (names, reason) => {
        for (const name of names)
            checks.push({ name, expected: '-', actual: `not checked: ${reason}`, passed: false });
        return result;
    };
    const later = ['sigstore-verification', 'statement', 'subject-digest', 'predicate-type', 'certificate-oidc-issuer'];
    // 1. Well-formed for its media type.
    const format = checkBundleFormat(raw.json);
    result.mediaType = format.mediaType;
    checks.push({
        name: 'bundle-format',
        expected: 'a well-formed Sigstore bundle v0.1, v0.2 or v0.3',
        actual: format.ok ? `${format.mediaType}` : format.problem,
        passed: format.ok,
    });
    if (!format.ok || !format.bundle)
        return skip(later, 'the bundle is malformed');
    const bundle = format.bundle;
    // 2. Cryptography, all in @sigstore/verify with the explicit trust material.
    let leaf;
    let identity;
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
        if (entity.key.$case === 'certificate') {
            leaf = entity.key.certificate;
            identity = certificateIdentity(leaf);
            result.identity = identity;
        }
    }
    catch (error) {
        checks[0] = {
            ...checks[0],
            actual: `the certificate or timestamps do not parse: ${messageOf(error)}`,
            passed: false,
        };
        return skip(later, 'the bundle is malformed');
    }
    const sigstore = verifySignature(bundle, entity, leaf, identity, context);
    checks.push({
        name: 'sigstore-verification',
        expected: `${SIGSTORE_EXPECTED} (trust: ${context.trust.description})`,
        actual: sigstore.detail,
        passed: sigstore.passed,
    });
    if (!sigstore.passed)
        return skip(later.slice(2), 'the signature did not verify');
    // 3. The in-toto statement and its subjects.
    if (!(0,dist.isBundleWithDsseEnvelope)(bundle)) {
        checks.push({
            name: 'statement',
            expected: 'a DSSE envelope with an in-toto statement',
            actual: 'a message signature, not an attestation',
            passed: false,
        });
        return skip(later.slice(3), 'no statement');
    }
    const envelope = bundle.content.dsseEnvelope;
    const statement = parseStatement(envelope.payloadType, Buffer.from(envelope.payload));
    if (typeof statement === 'string') {
        checks.push({
            name: 'statement',
            expected: 'an in-toto statement (application/vnd.in-toto+json)',
            actual: statement,
            passed: false,
        });
        return skip(later.slice(3), 'no statement');
    }
    result.statement = statement;
    result.predicateType = statement.predicateType;
    result.role =
        statement.predicateType === context.policy.predicateType
            ? 'provenance'
            : isSbom(statement.predicateType)
                ? 'sbom'
                : 'other';
    checks.push({
        name: 'statement',
        expected: 'an in-toto statement (application/vnd.in-toto+json)',
        actual: `${statement.type} with ${statement.subjects.length} subject(s)`,
        passed: true,
    });
    const missing = [];
    for (const subject of context.subjects) {
        if (findSubject(statement, subject))
            result.covers.push(subject.name);
        else
            missing.push(subject.name);
    }
    const listed = statement.subjects
        .slice(0, 3)
        .map((s) => `${s.name || '(unnamed)'} ${formatDigest(s.digest)}`)
        .join(', ') + (statement.subjects.length > 3 ? `, and ${statement.subjects.length - 3} more` : '');
    checks.push({
        name: 'subject-digest',
        expected: context.subjects
            .map((s) => (s.name === formatDigest(s.digests) ? s.name : `${s.name} ${formatDigest(s.digests)}`))
            .join(', '),
        actual: missing.length
            ? `no subject has the digest of ${missing.join(', ')}; the statement names ${listed}`
            : `covered by ${listed}`,
        passed: result.covers.length > 0,
    });
    // 4. Predicate type: the policy's, or an SBOM when one is required.
    const expectedType = result.role === 'sbom' && context.policy.requireSbom ? 'an SBOM (CycloneDX or SPDX)' : context.policy.predicateType;
    checks.push({
        name: 'predicate-type',
        expected: expectedType,
        actual: statement.predicateType,
        passed: result.role === 'provenance' || (result.role === 'sbom' && context.policy.requireSbom),
    });
    // 5. Who signed, from the certificate. Key-mode bundles have no certificate: the key is the identity.
    if (identity)
        checks.push(...identityChecks(context.policy, identity));
    else
        checks.push({
            name: 'certificate-identity',
            expected: 'the public-key given',
            actual: 'signed with that key',
            passed: true,
        });
    // 6. The predicate must agree with the certificate (provenance only).
    if (isProvenance(statement.predicateType) && identity) {
        const consistency = checkPredicateConsistency(statement, identity.extensions);
        checks.push({
            name: 'predicate-consistency',
            expected: 'the predicate names the same repository, ref, commit, workflow and builder as the certificate',
            actual: consistency.detail,
            passed: consistency.passed,
        });
    }
    result.passed = checks.every((c) => c.passed);
    return result;
}
function verifySignature(bundle, entity, leaf, identity, context) {
    if (leaf && identity && !hasIssuer(context.trust, leaf)) {
        const roots = context.trust.instances.map((i) => describeInstance(i).replace(/'s$/, '')).join(', ') || 'none';
        return {
            passed: false,
            detail: `missing trusted root: the certificate was issued by ${identity.issuerName}, ${describeInstance(identity.instance)} CA, ` +
                `which is not in the trust given (${context.trust.description}; roots for: ${roots}). ` +
                (identity.instance === 'github'
                    ? "Pass GitHub's trusted root as trusted-root (gh attestation trusted-root > trusted_root.jsonl)."
                    : identity.instance === 'public-good'
                        ? 'Add the Sigstore public-good trusted root to trusted-root.'
                        : "Pass that instance's trusted_root.json as trusted-root."),
        };
    }
    if (!leaf && !context.trust.keyMode) {
        return { passed: false, detail: 'the bundle is signed with a public key, but no public-key was given' };
    }
    try {
        const verifier = leaf === undefined
            ? context.verifier.keyed
            : isLogFree(context.trust, leaf)
                ? context.verifier.logFree
                : context.verifier.logged;
        verifier.verify(entity);
    }
    catch (error) {
        return { passed: false, detail: diagnoseLogMismatch(bundle, leaf) ?? describeVerificationError(error, bundle) };
    }
    const entries = bundle.verificationMaterial.tlogEntries;
    const timestamps = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0;
    const log = entries
        .map((e) => `${e.kindVersion?.kind ?? '?'} entry ${e.logIndex} (${e.inclusionProof ? 'inclusion proof' : 'inclusion promise'})`)
        .join(', ');
    const signer = identity
        ? ` signer ${identity.subjectAlternativeName ?? '(no SAN)'}, issued by ${identity.issuerName}`
        : ' signed with the public key given';
    return {
        passed: true,
        detail: `verified:${signer}; ${log || 'no log entry'}${timestamps ? `; ${timestamps} signed timestamp(s)` : ''}`,
    };
}
function decodeBase64Layers(value) {
    // intoto entries encode the signature and key twice; dsse and hashedrekord once.
    const layers = [];
    let current = value;
    for (let i = 0; i < 2 && /^[A-Za-z0-9+/=\s-]+$/.test(current); i++) {
        const decoded = Buffer.from(current, 'base64');
        layers.push(decoded);
        current = decoded.toString('latin1');
    }
    return layers;
}
function collect(value, keys, found = []) {
    if (Array.isArray(value))
        for (const item of value)
            collect(item, keys, found);
    else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
            const content = item && typeof item === 'object' ? item.content : undefined;
            if (keys.includes(key) && typeof item === 'string')
                found.push(item);
            else if (keys.includes(key) && typeof content === 'string')
                found.push(content);
            else
                collect(item, keys, found);
        }
    }
    return found;
}
/**
 * After a failed verification only: names the part that differs from what the transparency log
 * recorded (the certificate, or the signature), which the library reports in less specific terms
 * or behind an earlier failing step. It compares bytes; it never makes a failure pass.
 */
function diagnoseLogMismatch(bundle, leaf) {
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (!entry || !(0,dist.isBundleWithDsseEnvelope)(bundle))
        return undefined;
    let body;
    try {
        body = JSON.parse(Buffer.from(entry.canonicalizedBody).toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (leaf) {
        const verifiers = collect(body, ['verifier', 'publicKey']);
        const logged = verifiers
            .flatMap((v) => decodeBase64Layers(v))
            .map((pem) => pem.toString('utf8'))
            .filter((text) => text.includes('-----BEGIN CERTIFICATE-----'));
        if (logged.length && !logged.some((pem) => core_dist.X509Certificate.parse(pem).equals(leaf))) {
            return 'the certificate is not the one the transparency log recorded for this signature (a swapped certificate)';
        }
    }
    const signature = Buffer.from(bundle.content.dsseEnvelope.signatures[0]?.sig ?? []);
    const signatures = collect(body, ['signature', 'sig']).flatMap((v) => decodeBase64Layers(v));
    if (signatures.length && !signatures.some((logged) => logged.equals(signature))) {
        return 'the signature is not the one the transparency log recorded (the signature was altered)';
    }
    return undefined;
}
/** A specific message for each way @sigstore/verify says no. */
function describeVerificationError(error, bundle) {
    if (!(error instanceof verify_dist/* VerificationError */.mk))
        return `verification failed: ${messageOf(error)}`;
    const detail = `${error.message}${error.cause ? ` (${messageOf(error.cause)})` : ''} [${error.code}]`;
    switch (error.code) {
        case 'SIGNATURE_ERROR':
            return `the signature does not verify over the ${bundle && (0,dist.isBundleWithDsseEnvelope)(bundle) ? 'DSSE payload and payloadType' : 'message'}: the content or the signature was altered: ${detail}`;
        case 'CERTIFICATE_ERROR':
            return `the certificate does not chain to a trusted Fulcio CA, has no valid SCT, or was not valid at signing time: ${detail}`;
        case 'TLOG_BODY_ERROR':
            return `the transparency-log entry does not match the bundle (its signature, payload hash or certificate differ): ${detail}`;
        case 'TLOG_INCLUSION_PROMISE_ERROR':
            return `the transparency log's inclusion promise (signed entry timestamp) does not verify: the entry or its integrated time was altered: ${detail}`;
        case 'TLOG_INCLUSION_PROOF_ERROR':
            return `the transparency log's inclusion proof does not verify: ${detail}`;
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return `a transparency-log entry has neither an inclusion proof nor a promise: ${detail}`;
        case 'TLOG_ERROR':
            if (/got 0/.test(error.message))
                return `no transparency-log entry: a Sigstore signature must be logged (log entries dropped?): ${detail}`;
            return `transparency log: ${detail}`;
        case 'TIMESTAMP_ERROR':
            if (/got 0/.test(error.message)) {
                return `no transparency-log entry or signed timestamp: the signing time cannot be established (log entries dropped?): ${detail}`;
            }
            return `a signed timestamp does not verify: it is not from a trusted timestamp authority or does not cover this signature: ${detail}`;
        case 'PUBLIC_KEY_ERROR':
            return `the public key does not verify the bundle: ${detail}`;
        default:
            return `verification failed: ${detail}`;
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


;// CONCATENATED MODULE: ./packages/attestation/src/verify/fetch.ts

const MAX_PAGES = 10;
/**
 * Fetches the attestations for one digest from GitHub's attestations API: the only network access
 * verify-release makes. 404 means none; any other failure is an error (never an empty, passing list).
 */
async function fetchAttestations(options) {
    const base = options.apiUrl.replace(/\/+$/, '');
    const digest = encodeURIComponent(options.digest);
    const candidates = options.repository
        ? [`${base}/repos/${options.repository}/attestations/${digest}`]
        : [
            `${base}/orgs/${encodeURIComponent(options.owner)}/attestations/${digest}`,
            `${base}/users/${encodeURIComponent(options.owner)}/attestations/${digest}`,
        ];
    for (const [index, first] of candidates.entries()) {
        const bundles = [];
        let url = `${first}?per_page=100`;
        let notFound = false;
        for (let page = 1; url && page <= MAX_PAGES; page++) {
            options.log(`verify-release: GET ${url}`);
            let response;
            try {
                response = await fetch(url, {
                    headers: {
                        accept: 'application/vnd.github+json',
                        authorization: `Bearer ${options.token}`,
                        'x-github-api-version': '2022-11-28',
                        'user-agent': 'paved-road-verify-release',
                    },
                });
            }
            catch (error) {
                throw new src/* ConfigurationError */.j1('network-error', `Cannot reach GitHub's API at ${base}: ${error instanceof Error ? error.message : String(error)}.`, undefined, 'Check GITHUB_API_URL and the network, or pass bundle-path to verify offline.');
            }
            if (response.status === 404) {
                notFound = true;
                break;
            }
            if (!response.ok) {
                const body = await response.text().catch(() => '');
                const message = /"message"\s*:\s*"([^"]*)"/.exec(body)?.[1] ?? response.statusText;
                throw new src/* ConfigurationError */.j1('github-api-error', `GitHub's attestations API answered ${response.status} for ${options.digest}: ${message}.`, undefined, response.status === 401 || response.status === 403
                    ? 'Give a github-token that can read attestations (permissions: attestations: read, contents: read).'
                    : 'Retry later, or pass bundle-path to verify offline.');
            }
            let body;
            try {
                body = await response.json();
            }
            catch {
                throw new src/* ConfigurationError */.j1('github-api-error', `GitHub's attestations API returned a body that is not JSON for ${options.digest}.`);
            }
            const list = body && typeof body === 'object' ? body.attestations : undefined;
            if (!Array.isArray(list))
                throw new src/* ConfigurationError */.j1('github-api-error', `GitHub's attestations API returned no "attestations" list for ${options.digest}.`);
            list.forEach((item, i) => {
                const entry = item && typeof item === 'object' ? item : {};
                // Newer answers may carry only bundle_url (a compressed copy elsewhere), which is not fetched:
                // such an attestation is reported as missing its bundle, never skipped silently.
                const note = entry.bundle
                    ? ''
                    : typeof entry.bundle_url === 'string'
                        ? ' (only a bundle_url, not fetched)'
                        : ' (no bundle)';
                bundles.push({
                    source: `GitHub attestation ${bundles.length + 1}${i === 0 && page > 1 ? ` (page ${page})` : ''}${note}`,
                    json: entry.bundle ?? null,
                });
            });
            url = nextLink(response.headers.get('link'));
        }
        if (notFound && index < candidates.length - 1)
            continue;
        return bundles;
    }
    return [];
}
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (match)
            return match[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/attestation/src/verify/report.ts

const SOURCE_CHECKS = ['source-repository', 'source-ref', 'source-digest', 'owner', 'predicate-consistency'];
const SIGNER_CHECKS = [
    'sigstore-verification',
    'certificate-oidc-issuer',
    'certificate-identity',
    'signer-workflow',
    'signer-repository',
    'signer-digest',
    'deny-self-hosted-runners',
];
function chainOf(verdict, globalChecks) {
    const attestation = verdict.attestation;
    const checks = attestation?.checks ?? [];
    const failed = (names) => !attestation || checks.some((c) => names.includes(c.name) && !c.passed);
    const ext = attestation?.identity?.extensions ?? {};
    const source = ext.sourceRepositoryUri
        ? `${shortUri(ext.sourceRepositoryUri)}<br/>${ext.sourceRepositoryRef ?? ''} @ ${(ext.sourceRepositoryDigest ?? '?').slice(0, 12)}`
        : attestation?.identity?.subjectAlternativeName
            ? `signer ${attestation.identity.subjectAlternativeName}`
            : 'unknown source';
    const signer = ext.buildSignerUri
        ? shortUri(ext.buildSignerUri)
        : (attestation?.identity?.subjectAlternativeName ?? (attestation ? 'public key' : 'no attestation'));
    const rest = checks.filter((c) => !SOURCE_CHECKS.includes(c.name) && !SIGNER_CHECKS.includes(c.name));
    return {
        sourceLabel: source,
        signerLabel: signer,
        artifactLabel: subjectLabel(verdict.subject),
        verified: verdict.verified,
        failed: [
            failed(SOURCE_CHECKS),
            failed(SIGNER_CHECKS),
            !attestation || rest.some((c) => !c.passed) || globalChecks.some((c) => !c.passed) || !verdict.verified,
        ],
    };
}
/** The artifact in the diagram: its name and a short digest, or the short digest alone when that is its name. */
function subjectLabel(subject) {
    const digest = formatDigest(subject.digests);
    const short = `${digest.slice(0, digest.indexOf(':') + 13)}…`;
    return subject.name === digest ? short : `${subject.name}<br/>${short}`;
}
function subjectHeading(subject) {
    const digest = formatDigest(subject.digests);
    return subject.name === digest ? digest : `${subject.name} (${digest})`;
}
function shortUri(uri) {
    return uri.replace(/^https:\/\/github\.com\//, '');
}
function mermaidLabel(text) {
    // Labels are quoted; a quote inside becomes mermaid's entity. <br/> is kept as the line break.
    return `"${text.replace(/"/g, '#quot;')}"`;
}
/** The chain as a mermaid flowchart: source -> signer -> artifact -> verdict, failed links red. */
function renderMermaid(chains) {
    const lines = ['```mermaid', 'flowchart LR'];
    const red = [];
    let link = 0;
    chains.forEach((chain, i) => {
        const id = (name) => `${name}${i}`;
        lines.push(`  ${id('source')}[${mermaidLabel(chain.sourceLabel)}] --> ${id('signer')}[${mermaidLabel(chain.signerLabel)}]`);
        lines.push(`  ${id('signer')} --> ${id('artifact')}[${mermaidLabel(chain.artifactLabel)}]`);
        lines.push(`  ${id('artifact')} --> ${id('verdict')}{${mermaidLabel(chain.verified ? 'verified' : 'rejected')}}`);
        chain.failed.forEach((failed, k) => {
            if (failed)
                red.push(link + k);
        });
        link += 3;
        lines.push(`  class ${id('verdict')} ${chain.verified ? 'pass' : 'fail'}`);
    });
    lines.push('  classDef pass fill:#dafbe1,stroke:#1a7f37');
    lines.push('  classDef fail fill:#ffebe9,stroke:#d1242f');
    if (red.length)
        lines.push(`  linkStyle ${red.join(',')} stroke:#d1242f,stroke-width:3px`);
    lines.push('```');
    return lines.join('\n');
}
function cell(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
function renderCheckTable(checks) {
    const rows = ['| Check | Expected | Found | Result |', '|---|---|---|---|'];
    for (const check of checks) {
        const result = check.passed ? (check.waived ? `waived (${check.waived})` : 'pass') : '**FAIL**';
        rows.push(`| \`${check.name}\` | ${cell(check.expected)} | ${cell(check.actual)} | ${cell(result)} |`);
    }
    return rows.join('\n');
}
function renderSummary(input) {
    const parts = [];
    parts.push(`## verify-release: ${input.verified ? 'verified' : 'NOT verified'}`);
    parts.push('');
    parts.push(`Trust: ${cell(input.trust)}. ${input.attestations.length} attestation(s) examined.`);
    parts.push('');
    parts.push(renderMermaid(input.verdicts.map((v) => chainOf(v, input.globalChecks))));
    for (const verdict of input.verdicts) {
        parts.push('');
        parts.push(`### ${cell(subjectHeading(verdict.subject))}: ${verdict.verified ? 'verified' : 'NOT verified'}`);
        parts.push('');
        if (verdict.attestation) {
            parts.push(`Attestation: ${cell(verdict.attestation.source)}`);
            parts.push('');
            parts.push(renderCheckTable(verdict.attestation.checks));
        }
        else {
            parts.push('No attestation of the required predicate type names this artifact.');
        }
        if (verdict.sbom) {
            parts.push('');
            parts.push(`SBOM attestation: ${cell(verdict.sbom.source)}`);
            parts.push('');
            parts.push(renderCheckTable(verdict.sbom.checks));
        }
    }
    if (input.globalChecks.length) {
        parts.push('');
        parts.push('### Release policy');
        parts.push('');
        parts.push(renderCheckTable(input.globalChecks));
    }
    const others = input.attestations.filter((a) => !input.verdicts.some((v) => v.attestation === a || v.sbom === a));
    if (others.length) {
        parts.push('');
        parts.push('<details><summary>Other attestations examined</summary>');
        for (const other of others) {
            parts.push('');
            parts.push(`${cell(other.source)}: ${other.predicateType ?? other.mediaType}, ${other.passed ? 'passes' : 'fails'}`);
            parts.push('');
            parts.push(renderCheckTable(other.checks));
        }
        parts.push('');
        parts.push('</details>');
    }
    return `${parts.join('\n')}\n`;
}
function renderText(input) {
    const lines = [`verify-release: ${input.verified ? 'verified' : 'NOT verified'} (trust: ${input.trust})`];
    const show = (checks) => {
        for (const check of checks) {
            lines.push(`  ${check.passed ? (check.waived ? 'waived' : 'pass') : 'FAIL'}  ${check.name}: ${check.actual}${check.passed ? '' : ` (expected ${check.expected})`}`);
        }
    };
    for (const verdict of input.verdicts) {
        lines.push(`${verdict.subject.name} ${formatDigest(verdict.subject.digests)}: ${verdict.verified ? 'verified' : 'NOT verified'}${verdict.attestation ? ` by ${verdict.attestation.source}` : ''}`);
        if (verdict.attestation)
            show(verdict.attestation.checks);
        if (verdict.sbom) {
            lines.push(`  SBOM ${verdict.sbom.source}:`);
            show(verdict.sbom.checks);
        }
    }
    show(input.globalChecks);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/attestation/src/verify/command.ts











/** Inputs that are also keys of the policy file's `verify-release:` section. */
const POLICY_KEYS = [
    'certificate-identity',
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
];
const BOOLEAN_KEYS = ['deny-self-hosted-runners', 'require-sbom'];
const verifyReleaseInputs = [
    {
        name: 'subject-path',
        description: 'The artifact file(s) to verify: paths or globs, one per line. Their sha256 and sha512 digests are matched against the attestation subjects.',
        positional: true,
    },
    {
        name: 'subject-digest',
        description: 'The artifact digest(s) instead of files: sha256:<hex> or sha512:<hex>, one per line.',
    },
    {
        name: 'bundle-path',
        description: 'Sigstore bundle file(s): a bundle v0.1/v0.2/v0.3 (JSON), JSON Lines of bundles, or npm\'s {"attestations": [...]} document. Omitted: fetched from GitHub\'s attestations API.',
    },
    {
        name: 'repository',
        description: 'owner/repo whose attestations are fetched (when no bundle-path); also required as the source repository unless source-repository is set.',
    },
    {
        name: 'owner',
        description: 'Organization or user whose attestations are fetched (when no bundle-path and no repository); the source repository must belong to it.',
    },
    {
        name: 'github-token',
        description: 'Token for the attestations API (attestations: read, contents: read). Only used when fetching.',
        default: '${{ github.token }}',
        secret: true,
    },
    {
        name: 'trusted-root',
        description: 'A trusted_root.json, or JSON Lines of them (e.g. `gh attestation trusted-root`). Default: the Sigstore public-good root built into the action.',
    },
    {
        name: 'public-key',
        description: 'A PEM public key, for bundles signed with a key instead of a Fulcio certificate.',
    },
    {
        name: 'policy',
        description: `The policy file (its verify-release: section and exceptions). Default: ${src/* DEFAULT_POLICY_FILE */.mY} when it exists.`,
    },
    {
        name: 'certificate-identity',
        description: 'The exact signer: the certificate SAN (a workflow URL with its ref, or an email).',
    },
    {
        name: 'signer-workflow',
        description: 'The workflow that signed: owner/repo/.github/workflows/file.yml, optionally @<ref glob>. For reusable workflows, the reusable one.',
    },
    { name: 'signer-repository', description: 'The repository of the signing workflow (owner/repo or its URL).' },
    { name: 'signer-digest', description: 'The commit of the signing workflow (Build Signer Digest).' },
    {
        name: 'certificate-oidc-issuer',
        description: 'The OIDC issuer in the certificate. GHE.com tenants must give theirs.',
        default: identity_GITHUB_ACTIONS_ISSUER,
    },
    { name: 'source-repository', description: 'The repository the artifact was built from (owner/repo or its URL).' },
    { name: 'source-ref', description: 'The ref the artifact was built from, a glob (refs/tags/v*).' },
    { name: 'source-digest', description: 'The commit the artifact was built from.' },
    { name: 'predicate-type', description: 'The predicate type the attestation must have.', default: statement_SLSA_PROVENANCE_V1 },
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
];
const verifyReleaseOutputs = [
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
];
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
function command_parseDigest(raw) {
    const match = /^(sha256|sha512):([0-9a-fA-F]+)$/.exec(raw);
    const algorithm = match?.[1];
    if (!match || !algorithm || match[2].length !== DIGEST_LENGTHS[algorithm]) {
        throw new src/* ConfigurationError */.j1('invalid-input', `Input "subject-digest" must be sha256:<64 hex> or sha512:<128 hex>, got "${raw}".`, undefined, 'Give the digest as sha256:<hex>.');
    }
    return { name: raw.toLowerCase(), digests: { [algorithm]: match[2].toLowerCase() } };
}
function policyValue(policy, key) {
    const section = policy?.section('verify-release');
    if (!section || !(key in section))
        return undefined;
    const value = section[key];
    if (value === null || value === undefined)
        return undefined;
    const position = policy.positionOf(['verify-release', key]);
    if (BOOLEAN_KEYS.includes(key)) {
        if (typeof value !== 'boolean')
            throw new src/* ConfigurationError */.j1('invalid-policy', `verify-release.${key} must be true or false`, { file: policy.file, ...position }, 'Write true or false.');
        return value;
    }
    if (typeof value !== 'string' || !value.trim())
        throw new src/* ConfigurationError */.j1('invalid-policy', `verify-release.${key} must be a non-empty string`, { file: policy.file, ...position }, 'Quote the value.');
    return value.trim();
}
/** An expression default (`${{ github.token }}`) that only the runner evaluates counts as unset elsewhere. */
function literal(value) {
    return value.startsWith('${{') ? '' : value;
}
function parseVerifyReleaseOptions(source, context) {
    // Every input is read once, up front; the checks below work on these values.
    const values = new Map(verifyReleaseInputs.map((d) => [
        d.name,
        {
            value: literal(source.get(d.name)),
            set: source.isSet(d.name),
            list: source.getList(d.name).map(literal).filter(Boolean),
        },
    ]));
    const inputs = {
        get: (name) => values.get(name).value,
        isSet: (name) => values.get(name).set,
        getList: (name) => values.get(name).list,
    };
    const policyInput = inputs.get('policy');
    const policyFile = (0,src/* loadPolicy */.tb)(policyInput || src/* DEFAULT_POLICY_FILE */.mY, {
        workspace: context.workspace,
        required: policyInput !== '',
    });
    const section = policyFile?.section('verify-release');
    if (section) {
        for (const key of Object.keys(section)) {
            if (!POLICY_KEYS.includes(key)) {
                throw new src/* ConfigurationError */.j1('invalid-policy', `verify-release has an unknown key "${key}"`, { file: policyFile.file, ...policyFile.positionOf(['verify-release', key]) }, `Use the verify-release inputs: ${POLICY_KEYS.join(', ')}.`);
            }
        }
    }
    // An input set explicitly wins over the policy file, which wins over the input's default.
    const text = (name) => {
        if (inputs.isSet(name))
            return inputs.get(name);
        const fromFile = policyValue(policyFile, name);
        if (typeof fromFile === 'string')
            return fromFile;
        return inputs.get(name) || undefined;
    };
    const flag = (name) => {
        if (inputs.isSet(name))
            return (0,src/* parseBoolean */.yG)(name, inputs.get(name));
        const fromFile = policyValue(policyFile, name);
        if (typeof fromFile === 'boolean')
            return fromFile;
        return (0,src/* parseBoolean */.yG)(name, inputs.get(name), false);
    };
    // Files, directories or globs (`!pattern` excludes), as attest-provenance takes them.
    const subjectPatterns = inputs.getList('subject-path');
    const subjectPaths = subjectPatterns.length ? (0,src/* expandPaths */.pR)(subjectPatterns, { cwd: context.workspace }) : [];
    if (subjectPatterns.length && !subjectPaths.length) {
        throw new src/* ConfigurationError */.j1('missing-file', `subject-path ${subjectPatterns.join(', ')} matches no file.`, { file: subjectPatterns[0] }, 'Give the path of the artifact to verify.');
    }
    const subjectDigests = inputs.getList('subject-digest').map(command_parseDigest);
    if (!subjectPaths.length && !subjectDigests.length) {
        throw new src/* ConfigurationError */.j1('missing-input', 'Nothing to verify: give subject-path (the artifact) or subject-digest (sha256:<hex>).', undefined, 'Set subject-path or subject-digest.');
    }
    const repository = inputs.get('repository') || undefined;
    if (repository !== undefined && !REPOSITORY.test(repository)) {
        throw new src/* ConfigurationError */.j1('invalid-input', `Input "repository" must be owner/repo, got "${repository}".`, undefined, 'Write it as owner/repo.');
    }
    const owner = inputs.get('owner') || undefined;
    const bundlePaths = inputs.getList('bundle-path');
    const githubToken = inputs.get('github-token') || context.env.GITHUB_TOKEN || undefined;
    if (!bundlePaths.length) {
        if (!repository && !owner) {
            throw new src/* ConfigurationError */.j1('missing-input', 'No bundle-path, and no repository or owner to fetch attestations for.', undefined, 'Give bundle-path, or repository (owner/repo) or owner with github-token.');
        }
        if (!githubToken)
            throw new src/* ConfigurationError */.j1('missing-input', 'Fetching attestations needs github-token (or GITHUB_TOKEN).', undefined, 'Pass github-token: ${{ github.token }} with permissions attestations: read.');
        if (subjectDigests.some((s) => !s.digests.sha256)) {
            throw new src/* ConfigurationError */.j1('invalid-input', "GitHub's attestations API is searched by sha256; a sha512 subject-digest needs bundle-path.", undefined, 'Give a sha256 digest, the file, or the bundle.');
        }
    }
    const sourceRepository = text('source-repository') ?? repository;
    const policy = {
        certificateOidcIssuer: text('certificate-oidc-issuer') ?? identity_GITHUB_ACTIONS_ISSUER,
        predicateType: text('predicate-type') ?? statement_SLSA_PROVENANCE_V1,
        denySelfHostedRunners: flag('deny-self-hosted-runners'),
        requireSbom: flag('require-sbom'),
    };
    const optional = [
        ['certificateIdentity', text('certificate-identity')],
        ['signerWorkflow', text('signer-workflow')],
        ['signerRepository', text('signer-repository')],
        ['signerDigest', text('signer-digest')],
        ['sourceRepository', sourceRepository],
        ['sourceRef', text('source-ref')],
        ['sourceDigest', text('source-digest')],
        ['owner', repository ? undefined : owner],
    ];
    for (const [key, value] of optional)
        if (value !== undefined)
            policy[key] = value;
    if (!hasIdentityConstraint(policy) && !inputs.get('public-key')) {
        throw new src/* ConfigurationError */.j1('missing-policy', 'No identity policy: a valid signature by anyone would pass.', undefined, "Set at least one of certificate-identity, signer-workflow, signer-repository, source-repository, repository or owner (inputs or the policy file's verify-release: section).");
    }
    const options = { subjectPaths, subjectDigests, bundlePaths, policy };
    if (repository)
        options.repository = repository;
    if (owner)
        options.owner = owner;
    if (githubToken)
        options.githubToken = githubToken;
    const trustedRoot = inputs.get('trusted-root');
    if (trustedRoot)
        options.trustedRoot = trustedRoot;
    const publicKey = inputs.get('public-key');
    if (publicKey)
        options.publicKey = publicKey;
    if (policyFile)
        options.policyFile = policyFile;
    return options;
}
async function hashFile(path) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256');
    const sha512 = (0,external_node_crypto_.createHash)('sha512');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        sha256.update(chunk);
        sha512.update(chunk);
    }
    return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}
/** Verifies the subjects against the bundles and the policy. Fails closed: anything unproven is a no. */
async function verifyRelease(options, context) {
    const subjects = [...options.subjectDigests];
    for (const path of options.subjectPaths)
        subjects.push({ name: path, digests: await hashFile((0,external_node_path_.resolve)(context.workspace, path)) });
    const trust = loadTrust({
        ...(options.trustedRoot
            ? {
                trustedRoot: {
                    text: (0,src/* readTextFile */.Gu)((0,external_node_path_.resolve)(context.workspace, options.trustedRoot), {
                        displayName: options.trustedRoot,
                        kind: 'trusted root',
                    }),
                    name: options.trustedRoot,
                },
            }
            : {}),
        ...(options.publicKey
            ? {
                publicKey: {
                    text: (0,src/* readTextFile */.Gu)((0,external_node_path_.resolve)(context.workspace, options.publicKey), {
                        displayName: options.publicKey,
                        kind: 'public key',
                    }),
                    name: options.publicKey,
                },
            }
            : {}),
    });
    const raw = [];
    if (options.bundlePaths.length) {
        for (const path of options.bundlePaths) {
            const text = (0,src/* readTextFile */.Gu)((0,external_node_path_.resolve)(context.workspace, path), {
                displayName: path,
                kind: 'bundle',
                maxBytes: MAX_DOCUMENT_BYTES,
            });
            raw.push(...parseBundleDocument(text, path));
        }
    }
    else {
        const digests = [...new Set(subjects.map((s) => `sha256:${s.digests.sha256}`))];
        for (const digest of digests) {
            const fetched = await fetchAttestations({
                apiUrl: context.apiUrl,
                ...(options.repository ? { repository: options.repository } : { owner: options.owner }),
                token: options.githubToken,
                digest,
                log: context.debug,
            });
            context.log(`verify-release: ${fetched.length} attestation(s) for ${digest}`);
            raw.push(...fetched.map((b) => ({ ...b, source: `${b.source} for ${digest.slice(0, 19)}…` })));
        }
    }
    const verifier = createVerifier(trust);
    const attestations = raw.map((bundle) => evaluateBundle(bundle, { trust, verifier, policy: options.policy, subjects }));
    // For each artifact: the first attestation of the policy's predicate type that passes, or else the
    // one that got furthest, to show why it failed.
    const verdicts = subjects.map((subject) => {
        const pick = (role) => {
            const candidates = attestations.filter((a) => a.role === role && a.covers.includes(subject.name));
            const fallback = role === 'provenance'
                ? attestations.filter((a) => a.covers.includes(subject.name) || a.role === 'provenance' || !a.statement)
                : [];
            return (candidates.find((a) => a.passed) ??
                best(candidates) ??
                best(fallback) ??
                (role === 'provenance' ? best(attestations) : undefined));
        };
        const verdict = { subject, verified: false };
        const attestation = pick('provenance');
        if (attestation)
            verdict.attestation = attestation;
        if (options.policy.requireSbom) {
            const sbom = pick('sbom');
            if (sbom)
                verdict.sbom = sbom;
        }
        return verdict;
    });
    // Policy exceptions: a failed check named like an exception's rule, for the artifact its path names.
    const globalChecks = [];
    if (options.policyFile) {
        const findings = [];
        const byFinding = new Map();
        for (const verdict of verdicts) {
            for (const attestation of [verdict.attestation, verdict.sbom]) {
                for (const check of attestation?.checks ?? []) {
                    if (check.passed || UNWAIVABLE_CHECKS.includes(check.name))
                        continue;
                    const finding = {
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
        const applied = (0,src/* applyExceptions */.FW)(findings, options.policyFile, { now: context.now, reportRules: ruleNames });
        for (const { finding, exception } of applied.waived) {
            const check = byFinding.get(finding);
            check.passed = true;
            check.waived = `exception owned by ${exception.owner} until ${exception.expiresText}: ${exception.reason}`;
        }
        const expired = applied.findings.filter((f) => !byFinding.has(f));
        globalChecks.push({
            name: 'exceptions',
            expected: 'no expired exception in the policy',
            actual: expired.length
                ? expired.map((f) => `${options.policyFile.file}:${f.line}: ${f.message}`).join(' ')
                : `${options.policyFile.exceptions.length} exception(s), none expired`,
            passed: expired.length === 0,
        });
        for (const attestation of attestations)
            attestation.passed = attestation.checks.every((c) => c.passed);
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
function best(list) {
    let chosen;
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
function checkJson(check) {
    return {
        name: check.name,
        expected: check.expected,
        actual: check.actual,
        passed: check.passed,
        ...(check.waived ? { waived: check.waived } : {}),
    };
}
function reportJson(result) {
    const checks = [];
    for (const verdict of result.verdicts) {
        for (const attestation of [verdict.attestation, verdict.sbom]) {
            for (const check of attestation?.checks ?? [])
                checks.push({ ...checkJson(check), subject: verdict.subject.name, attestation: attestation.source });
        }
    }
    for (const check of result.globalChecks)
        checks.push(checkJson(check));
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
            checks: a.checks.map(checkJson),
        })),
    };
}
const verifyReleaseCommand = (0,src/* defineCommand */.NB)({
    name: 'verify-release',
    description: 'The admission gate: verifies Sigstore attestations offline against an explicit trusted root and a release policy; fails closed.',
    inputs: verifyReleaseInputs,
    outputs: verifyReleaseOutputs,
    parse: parseVerifyReleaseOptions,
    async run(options, context) {
        const started = performance.now();
        const result = await verifyRelease(options, context);
        context.debug(`verify-release: ${result.attestations.length} attestation(s) checked in ${(performance.now() - started).toFixed(1)} ms`);
        const json = reportJson(result);
        (0,external_node_fs_.mkdirSync)(context.tempDir, { recursive: true });
        const reportPath = (0,external_node_path_.join)(context.tempDir, 'verify-release-report.json');
        (0,src/* writeFileAtomic */.Zf)(reportPath, `${JSON.stringify(json, null, 2)}\n`);
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

;// CONCATENATED MODULE: ./packages/attestation/src/verify/index.ts










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
        throw new src/* ConfigurationError */.j1('missing-file', `${input} ${path} does not exist or cannot be read.`, { file: path }, 'Check the path.');
    }
    if (size > MAX_PREDICATE_BYTES) {
        throw new src/* ConfigurationError */.j1('predicate-too-large', `${input} ${path} is ${size} bytes; a predicate may be at most ${MAX_PREDICATE_BYTES} bytes (16 MiB).`, { file: path }, 'Attest a smaller document, or store the large one elsewhere and attest its digest.');
    }
    const text = (0,src/* readTextFile */.Gu)(absolute, { displayName: path, kind: 'JSON document', maxBytes: MAX_PREDICATE_BYTES });
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1('invalid-json', `${input} ${path} is not valid JSON: ${error.message}.`, { file: path }, 'Fix the JSON.');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new src/* ConfigurationError */.j1('invalid-predicate', `${input} ${path} must hold a JSON object.`, { file: path }, 'Wrap the content in an object.');
    }
    return value;
}
/** An SBOM attestation: the predicate type follows the document's format. */
function loadSbomPredicate(path, workspace) {
    const document = readPredicateFile(path, workspace, 'sbom-path');
    if (document.bomFormat === 'CycloneDX') {
        // GitHub's attestations service refuses a CycloneDX document without a serial number.
        if (typeof document.serialNumber !== 'string' || !document.serialNumber) {
            throw new src/* ConfigurationError */.j1('invalid-sbom', `sbom-path ${path} is a CycloneDX document without "serialNumber".`, { file: path }, 'Generate it with a serial number (urn:uuid:...), as generate-sbom does.');
        }
        return { predicateType: CYCLONEDX_PREDICATE_TYPE, predicate: document };
    }
    if (typeof document.spdxVersion === 'string' && document.spdxVersion.startsWith('SPDX-')) {
        return { predicateType: SPDX_PREDICATE_TYPE, predicate: document };
    }
    throw new src/* ConfigurationError */.j1('invalid-sbom', `sbom-path ${path} is neither a CycloneDX JSON document ("bomFormat": "CycloneDX") nor an SPDX JSON document ("spdxVersion": "SPDX-...").`, { file: path }, 'Give a CycloneDX or SPDX SBOM in JSON, or use predicate-type and predicate-path.');
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
        throw new src/* ConfigurationError */.j1('invalid-input', `Input "predicate-type" must be a URI that names the predicate's schema, got "${predicateType}".`, undefined, 'For example https://in-toto.io/attestation/release/v0.1.');
    }
    return { predicateType, predicate: readPredicateFile(path, workspace, 'predicate-path') };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./packages/attestation/src/store.ts


/** POST /repos/{owner}/{repo}/attestations with `{bundle}`; returns the attestation's id and web URL. */
async function storeAttestation(bundle, options) {
    const [owner, repo] = options.repository.split('/');
    if (!owner || !repo) {
        throw new src/* ConfigurationError */.j1('invalid-input', `Cannot store the attestation: "${options.repository}" is not owner/name.`, undefined, 'Run in GitHub Actions, or set GITHUB_REPOSITORY.');
    }
    if (!options.token) {
        throw new src/* ConfigurationError */.j1('missing-token', 'push-to-github needs a token to store the attestation, and github-token is empty.', undefined, 'Pass github-token: ${{ github.token }} with "permissions: attestations: write", or set push-to-github: false.');
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
                await (0,external_node_timers_promises_.setTimeout)((options.retryDelayMs ?? 1000) * 2 ** attempt);
                continue;
            }
            throw new src/* ConfigurationError */.j1('github-api-error', `Cannot reach the GitHub API at ${options.apiUrl} to store the attestation: ${error.message}.`);
        }
        if ((response.status >= 500 || response.status === 429) && attempt < 2) {
            await response.text().catch(() => '');
            await (0,external_node_timers_promises_.setTimeout)((options.retryDelayMs ?? 1000) * 2 ** attempt);
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
        throw new src/* ConfigurationError */.j1('github-api-error', `GitHub refused to store the attestation (${response.status}): ${message}.`, undefined, fix);
    }
    let id;
    try {
        id = JSON.parse(text).id;
    }
    catch {
        id = undefined;
    }
    if (typeof id !== 'number' && typeof id !== 'string') {
        throw new src/* ConfigurationError */.j1('github-api-error', 'GitHub stored the attestation but returned no id.');
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

;// CONCATENATED MODULE: ./packages/attestation/src/command.ts
// attest-provenance: subjects in, signed Sigstore bundles out (JSON Lines), optionally stored with
// GitHub's attestations API. One Command for the action and `paved-road attest-provenance`.











const SIGNING_MODES = ['keyless', 'key'];
const SIGSTORE_CHOICES = ['public-good', 'github', 'custom'];
const inputs = [
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
        throw new src/* ConfigurationError */.j1('invalid-input', `Input "${name}" must be an http(s) URL, got "${raw}".`, undefined, "Give the service's base URL, e.g. https://fulcio.example.com.");
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new src/* ConfigurationError */.j1('invalid-input', `Input "${name}" must be an http(s) URL, got "${raw}".`);
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
        throw new src/* ConfigurationError */.j1('invalid-input', given.length === 0
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
        throw new src/* ConfigurationError */.j1('invalid-input', 'Input "subject-name" goes with subject-digest only; subject-path and subject-checksums name their subjects.', undefined, 'Remove subject-name.');
    }
    if (subjects.kind === 'digest' && !name) {
        throw new src/* ConfigurationError */.j1('invalid-input', 'Input "subject-name" is required with "subject-digest".', undefined, 'Name the artifact the digest belongs to.');
    }
    // Predicate: provenance unless an SBOM or a custom predicate is given.
    const sbomPath = source.get('sbom-path');
    const predicateType = source.get('predicate-type');
    const predicatePath = source.get('predicate-path');
    let predicate = { kind: 'provenance' };
    if (sbomPath && (predicateType || predicatePath)) {
        throw new src/* ConfigurationError */.j1('invalid-input', 'Give either sbom-path or predicate-type with predicate-path, not both.', undefined, 'Attest them in two steps.');
    }
    if (sbomPath)
        predicate = { kind: 'sbom', path: sbomPath };
    else if (predicateType || predicatePath) {
        if (!predicateType || !predicatePath) {
            throw new src/* ConfigurationError */.j1('invalid-input', `Input "${predicateType ? 'predicate-path' : 'predicate-type'}" is required with "${predicateType ? 'predicate-type' : 'predicate-path'}".`, undefined, 'Give both, or neither for provenance.');
        }
        predicate = { kind: 'custom', predicateType, path: predicatePath };
    }
    // Signing.
    const signing = (0,src/* parseChoice */.HU)('signing', source.get('signing'), SIGNING_MODES, context.inActions ? 'keyless' : 'key');
    const rawKey = source.get('signing-key');
    let signingKey;
    if (signing === 'key') {
        if (!rawKey) {
            throw new src/* ConfigurationError */.j1('invalid-input', context.inActions
                ? 'Input "signing-key" is required with "signing: key".'
                : 'Outside GitHub Actions attest-provenance signs with a key, and "signing-key" is empty.', undefined, 'Pass a PEM private key (P-256 or Ed25519) or its file path as signing-key.');
        }
        signingKey = loadSigningKey(rawKey, context.workspace);
    }
    else if (rawKey) {
        throw new src/* ConfigurationError */.j1('invalid-input', 'Input "signing-key" is set but signing is keyless.', undefined, 'Set signing: key to sign with it, or remove signing-key.');
    }
    const endpoints = {};
    const fulcioUrl = optionalUrl('fulcio-url', source.get('fulcio-url'));
    const rekorUrl = optionalUrl('rekor-url', source.get('rekor-url'));
    const tsaUrl = optionalUrl('tsa-url', source.get('tsa-url'));
    const anyUrl = fulcioUrl ?? rekorUrl ?? tsaUrl;
    const rawSigstore = source.get('sigstore');
    const sigstore = rawSigstore
        ? (0,src/* parseChoice */.HU)('sigstore', rawSigstore, SIGSTORE_CHOICES)
        : anyUrl
            ? 'custom'
            : undefined;
    if (sigstore && sigstore !== 'custom' && anyUrl) {
        throw new src/* ConfigurationError */.j1('invalid-input', `fulcio-url, rekor-url and tsa-url apply to "sigstore: custom", but sigstore is ${sigstore}.`, undefined, 'Set sigstore: custom, or remove the URLs.');
    }
    if (sigstore === 'custom') {
        if (fulcioUrl)
            endpoints.fulcioUrl = fulcioUrl;
        if (rekorUrl)
            endpoints.rekorUrl = rekorUrl;
        if (tsaUrl)
            endpoints.tsaUrl = tsaUrl;
        if (signing === 'keyless' && !fulcioUrl) {
            throw new src/* ConfigurationError */.j1('invalid-input', 'Keyless signing with "sigstore: custom" needs fulcio-url.', undefined, 'Set fulcio-url to your Fulcio.');
        }
        if (signing === 'keyless' && !rekorUrl && !tsaUrl) {
            throw new src/* ConfigurationError */.j1('invalid-input', 'Keyless signing with "sigstore: custom" needs rekor-url or tsa-url (a signed time for the short-lived certificate).', undefined, 'Set rekor-url, tsa-url or both.');
        }
        if (signing === 'key' && fulcioUrl) {
            throw new src/* ConfigurationError */.j1('invalid-input', 'fulcio-url is not used with "signing: key" (no certificate is issued).', undefined, 'Remove fulcio-url, or sign keyless.');
        }
    }
    else if (sigstore) {
        Object.assign(endpoints, SIGSTORE_INSTANCES[sigstore]);
        if (signing === 'key')
            delete endpoints.fulcioUrl;
    }
    // sigstore unset: decided at run time from the token (keyless); key mode signs without a log or timestamp.
    const pushRaw = source.get('push-to-github');
    const pushToGithub = (0,src/* parseBoolean */.yG)('push-to-github', pushRaw, context.inActions && signing === 'keyless');
    const githubToken = unevaluated(source.get('github-token')) || (context.inActions ? '' : (context.env.GITHUB_TOKEN ?? ''));
    const bundleRaw = source.get('bundle-path');
    const options = {
        subjects,
        predicate,
        signing,
        endpoints,
        pushToGithub,
        githubToken,
        showSummary: (0,src/* parseBoolean */.yG)('show-summary', source.get('show-summary'), true),
    };
    if (signingKey)
        options.signingKey = signingKey;
    if (sigstore)
        options.sigstore = sigstore;
    if (bundleRaw)
        options.bundlePath = (0,external_node_path_.isAbsolute)(bundleRaw) ? bundleRaw : (0,external_node_path_.resolve)(context.workspace, bundleRaw);
    if (pushToGithub && !githubToken) {
        throw new src/* ConfigurationError */.j1('missing-token', 'push-to-github needs github-token to store the attestation, and it is empty.', undefined, 'Pass github-token: ${{ github.token }} with "permissions: attestations: write", or set push-to-github: false.');
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
    const predicateType = custom?.predicateType ?? SLSA_PROVENANCE_V1;
    context.log(`attest-provenance: ${subjects.length} subject${subjects.length === 1 ? '' : 's'}, predicate ${predicateType}`);
    // Identity and build facts.
    let buildSource;
    let signingOptions;
    let sigstore = options.sigstore ?? 'none';
    let endpoints = { ...options.endpoints };
    let identity;
    if (options.signing === 'keyless') {
        if (!context.env.ACTIONS_ID_TOKEN_REQUEST_URL || !context.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            throw new src/* ConfigurationError */.j1('missing-id-token-permission', MISSING_ID_TOKEN_MESSAGE, undefined, MISSING_ID_TOKEN_FIX);
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
            ? buildStatement(chunk, custom.predicateType, custom.predicate)
            : buildProvenanceStatement(chunk, buildSource);
        bundles.push(await signStatement(statement, signingOptions));
    }
    if (chunks.length > 1)
        context.log(`attest-provenance: ${subjects.length} subjects split over ${chunks.length} statements of at most ${MAX_SUBJECTS_PER_STATEMENT}`);
    const bundlePath = options.bundlePath ?? (0,external_node_path_.join)(context.tempDir, bundleFileName(subjects, predicateType));
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(bundlePath), { recursive: true });
    (0,src/* writeFileAtomic */.Zf)(bundlePath, bundles.map((bundle) => `${JSON.stringify(bundle)}\n`).join(''));
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
function command_renderSummary(result) {
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
const attestProvenanceCommand = (0,src/* defineCommand */.NB)({
    name: 'attest-provenance',
    description: 'SLSA v1 provenance, SBOM or custom attestations for build outputs, Sigstore-signed (keyless in GitHub Actions, with a key anywhere).',
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
            ...(options.showSummary ? { summary: command_renderSummary(result) } : {}),
        };
    },
});

;// CONCATENATED MODULE: ./packages/attestation/src/index.ts











/***/ })

};
