export const id = 256;
export const ids = [256];
export const modules = {

/***/ 10976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ buildProvenanceStatement),
/* harmony export */   Kl: () => (/* binding */ GITHUB_WORKFLOW_BUILD_TYPE),
/* harmony export */   QG: () => (/* binding */ githubProvenancePredicate),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Y5: () => (/* binding */ buildStatement),
/* harmony export */   ew: () => (/* binding */ localProvenancePredicate),
/* harmony export */   nv: () => (/* binding */ CYCLONEDX_PREDICATE_TYPE),
/* harmony export */   qM: () => (/* binding */ LOCAL_BUILD_TYPE),
/* harmony export */   sd: () => (/* binding */ REQUIRED_CLAIMS),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1),
/* harmony export */   vX: () => (/* binding */ SPDX_PREDICATE_TYPE)
/* harmony export */ });
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6471);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88640);
// in-toto Statement v1 and the SLSA provenance v1 predicate, in the shape GitHub's own attestation
// action produces (so `gh attestation verify` and every Sigstore verifier read ours the same way).

const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub Actions workflow build type (https://actions.github.io/buildtypes/workflow/v1). */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** Our build type for builds outside GitHub Actions: facts the signer asserts, no platform vouches. */
const LOCAL_BUILD_TYPE = `${_paved_road_core__WEBPACK_IMPORTED_MODULE_0__/* .PROJECT_URL */ .w5}/blob/main/actions/attest-provenance/README.md#local-builds`;
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
            builder: { id: `${_paved_road_core__WEBPACK_IMPORTED_MODULE_0__/* .PROJECT_URL */ .w5}/local-build`, version: { [_paved_road_core__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .l]: _paved_road_core__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x } },
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


/***/ }),

/***/ 86256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_ACTIONS_ISSUER: () => (/* reexport */ GITHUB_ACTIONS_ISSUER),
  GITHUB_BUILD_TYPES: () => (/* reexport */ GITHUB_BUILD_TYPES),
  KNOWN_MEDIA_TYPES: () => (/* reexport */ KNOWN_MEDIA_TYPES),
  MAX_PAYLOAD_BYTES: () => (/* reexport */ MAX_PAYLOAD_BYTES),
  PUBLIC_GOOD_TRUSTED_ROOT: () => (/* reexport */ PUBLIC_GOOD_TRUSTED_ROOT),
  PUBLIC_GOOD_TRUSTED_ROOT_SOURCE: () => (/* reexport */ PUBLIC_GOOD_TRUSTED_ROOT_SOURCE),
  SLSA_PROVENANCE_V02: () => (/* reexport */ SLSA_PROVENANCE_V02),
  SLSA_PROVENANCE_V1: () => (/* reexport */ SLSA_PROVENANCE_V1),
  certificateIdentity: () => (/* reexport */ certificateIdentity),
  checkBundleFormat: () => (/* reexport */ checkBundleFormat),
  checkPredicateConsistency: () => (/* reexport */ checkPredicateConsistency),
  createVerifier: () => (/* reexport */ createVerifier),
  decodeFulcioExtensions: () => (/* reexport */ decodeFulcioExtensions),
  describeVerificationError: () => (/* reexport */ describeVerificationError),
  distinguishedName: () => (/* reexport */ distinguishedName),
  evaluateBundle: () => (/* reexport */ evaluateBundle),
  fetchAttestations: () => (/* reexport */ fetchAttestations),
  identityChecks: () => (/* reexport */ identityChecks),
  instanceOf: () => (/* reexport */ instanceOf),
  loadTrust: () => (/* reexport */ loadTrust),
  parseBundleDocument: () => (/* reexport */ parseBundleDocument),
  parseStatement: () => (/* reexport */ parseStatement),
  parseTrustedRoots: () => (/* reexport */ parseTrustedRoots),
  parseVerifyReleaseOptions: () => (/* reexport */ parseVerifyReleaseOptions),
  renderMermaid: () => (/* reexport */ renderMermaid),
  reportJson: () => (/* reexport */ reportJson),
  verifyRelease: () => (/* reexport */ verifyRelease),
  verifyReleaseCommand: () => (/* reexport */ verifyReleaseCommand),
  verifyReleaseInputs: () => (/* reexport */ verifyReleaseInputs),
  verifyReleaseOutputs: () => (/* reexport */ verifyReleaseOutputs)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/policy.ts
var src_policy = __webpack_require__(70608);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(96875);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(3623);
// EXTERNAL MODULE: ./packages/core/src/command.ts
var command = __webpack_require__(72437);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+bundle@5.0.1/node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(76028);
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
        throw new errors/* ConfigurationError */.j1('invalid-bundle', `${name} is empty.`, { file: name }, 'Give a Sigstore bundle (.sigstore.json) or JSON Lines of bundles.');
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
    return new errors/* ConfigurationError */.j1('invalid-json', `the bundle file is not valid JSON: ${(0,errors/* jsonReason */.rw)(error)}`, { file: name, line }, 'Give a Sigstore bundle as JSON, JSON Lines of bundles, or npm\'s {"attestations": [...]} document.');
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

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(21443);
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
// EXTERNAL MODULE: ./packages/attestation/src/statement.ts
var src_statement = __webpack_require__(10976);
;// CONCATENATED MODULE: ./packages/attestation/src/verify/predicate.ts

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
/** slsa-github-generator's early BYOB builds wrote the SLSA v1.0 draft type with the v1 layout. */
const SLSA_PROVENANCE_V1_DRAFT = 'https://slsa.dev/provenance/v1.0?draft';
/** Current actions/attest: builder.id is `<server>/<job_workflow_ref>`, the certificate's Build Signer URI. */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** Earlier attest-build-provenance and `npm publish --provenance`: builder.id is `<server>/actions/runner/<environment>`. */
const GITHUB_RUNNER_BUILD_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
const GITHUB_BUILD_TYPES = [GITHUB_WORKFLOW_BUILD_TYPE, GITHUB_RUNNER_BUILD_TYPE];
/** npm's SLSA v0.2 provenance: builder.id is `https://github.com/actions/runner`. */
const NPM_V02_BUILD_TYPE = /^https:\/\/github\.com\/npm\/cli\/gha\/v\d+$/;
/** slsa-github-generator's SLSA v0.2 build types: generic@v1, container@v1, go@v1, ... */
const GENERATOR_V02_BUILD_TYPE = /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/[a-z0-9_-]+@v\d+$/;
/** slsa-github-generator's BYOB: the delegator signs, builder.id names the builder it delegated to. */
const DELEGATOR_BUILD_TYPE = /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/delegator-[a-z0-9_-]+@v\d+$/;
/** slsa-github-generator's container-based builder. */
const CONTAINER_BUILD_TYPE = /^https:\/\/slsa\.dev\/container-based-build\/v[\d.]+(\?draft)?$/;
/** A delegator workflow's file name, as slsa-github-generator names them (delegator_generic_slsa3.yml, ...). */
const DELEGATOR_WORKFLOW = /\/\.github\/workflows\/delegator_[a-z0-9_-]+\.ya?ml@/i;
/** `https://github.com/actions/runner` with an optional runner environment (`/github-hosted`, `/self-hosted`). */
const RUNNER_BUILDER = /^https:\/\/[^/]+\/actions\/runner(?:\/([a-z-]+))?$/;
function isProvenance(predicateType) {
    return [SLSA_PROVENANCE_V1, SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1_DRAFT].includes(predicateType);
}
/** The policy inputs about a field the predicate can state: such a field not compared fails. */
const INPUTS_OF_FIELD = {
    repository: ['source-repository', 'owner'],
    ref: ['source-ref'],
    commit: ['source-digest'],
    builder: ['signer-workflow', 'signer-repository'],
};
/** The fields the policy asks about, each with the inputs that ask. */
function requestedFields(policy) {
    const set = {
        'source-repository': policy.sourceRepository,
        owner: policy.owner,
        'source-ref': policy.sourceRef,
        'source-digest': policy.sourceDigest,
        'signer-workflow': policy.signerWorkflow,
        'signer-repository': policy.signerRepository,
    };
    const fields = new Map();
    for (const [field, inputs] of Object.entries(INPUTS_OF_FIELD)) {
        const asking = inputs.filter((input) => set[input] !== undefined);
        if (asking.length)
            fields.set(field, asking);
    }
    return fields;
}
const FIELDS = [
    'repository',
    'ref',
    'workflow path',
    'commit',
    'builder',
    'runner environment',
    'invocation',
];
function get(value, ...path) {
    let current = value;
    for (const key of path) {
        if (!current || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function predicate_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** `git+https://github.com/o/r@refs/tags/v1` -> repository and ref. */
function gitUri(uri) {
    if (!uri?.startsWith('git+'))
        return {};
    const rest = uri.slice(4);
    const at = rest.lastIndexOf('@');
    if (at <= rest.indexOf('://'))
        return { repository: rest.replace(/\.git$/, '') };
    return { repository: rest.slice(0, at).replace(/\.git$/, ''), ref: rest.slice(at + 1) };
}
/** `o/r/.github/workflows/x.yml@ref` -> `.github/workflows/x.yml`. */
function workflowPathOfRef(workflowRef) {
    const match = workflowRef ? /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef) : null;
    return match?.[1];
}
function claimsFrom(shape, stated, form) {
    const fields = {};
    for (const field of FIELDS) {
        const value = stated[field];
        fields[field] = value !== undefined ? { value } : { reason: `the ${shape} predicate does not state it` };
    }
    return { shape, fields, ...(form ? { builderForm: form } : {}) };
}
function builderForm(builderId) {
    const runner = builderId ? RUNNER_BUILDER.exec(builderId) : null;
    if (runner)
        return { form: 'runner', ...(runner[1] ? { runnerEnvironment: runner[1] } : {}) };
    return { form: 'signer' };
}
/** Reads what the predicate states, by its builder shape; an unknown shape states nothing the gate can read. */
function predicateClaims(statement) {
    const predicate = statement.predicate;
    const unknown = (why) => {
        const fields = {};
        for (const field of FIELDS)
            fields[field] = { reason: why };
        return { shape: 'unknown', fields };
    };
    if (statement.predicateType === SLSA_PROVENANCE_V1 || statement.predicateType === SLSA_PROVENANCE_V1_DRAFT) {
        const buildType = predicate_text(get(predicate, 'buildDefinition', 'buildType'));
        const builderId = predicate_text(get(predicate, 'runDetails', 'builder', 'id'));
        const invocation = predicate_text(get(predicate, 'runDetails', 'metadata', 'invocationId'));
        const dependencies = get(predicate, 'buildDefinition', 'resolvedDependencies');
        const gitDependency = Array.isArray(dependencies)
            ? dependencies.find((d) => predicate_text(get(d, 'uri'))?.startsWith('git+'))
            : undefined;
        if (buildType && GITHUB_BUILD_TYPES.includes(buildType)) {
            const workflow = get(predicate, 'buildDefinition', 'externalParameters', 'workflow');
            const builder = builderForm(builderId);
            return claimsFrom(buildType === GITHUB_WORKFLOW_BUILD_TYPE ? 'actions/attest (workflow/v1)' : 'GitHub Actions (runner/v1)', {
                repository: predicate_text(get(workflow, 'repository')),
                ref: predicate_text(get(workflow, 'ref')),
                'workflow path': predicate_text(get(workflow, 'path')),
                commit: predicate_text(get(gitDependency, 'digest', 'gitCommit')),
                builder: builderId,
                'runner environment': predicate_text(get(predicate, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')) ??
                    builder.runnerEnvironment,
                invocation,
            }, builder.form);
        }
        if (buildType && DELEGATOR_BUILD_TYPE.test(buildType)) {
            // v1: the source is the git dependency; the v1.0 draft put it in externalParameters.source.
            const draftSource = get(predicate, 'buildDefinition', 'externalParameters', 'source', 'artifact');
            const source = gitDependency ?? draftSource;
            const { repository, ref } = gitUri(predicate_text(get(source, 'uri')));
            const internal = get(predicate, 'buildDefinition', 'internalParameters');
            return claimsFrom('slsa-github-generator BYOB delegator', {
                repository,
                ref,
                commit: predicate_text(get(source, 'digest', 'gitCommit')) ?? predicate_text(get(source, 'digest', 'sha1')),
                'workflow path': predicate_text(get(predicate, 'buildDefinition', 'externalParameters', 'workflowPath', 'value')) ??
                    workflowPathOfRef(predicate_text(get(internal, 'GITHUB_WORKFLOW_REF'))),
                builder: builderId,
                invocation,
            }, 'delegated');
        }
        if (buildType === src_statement/* LOCAL_BUILD_TYPE */.qM) {
            // attest-provenance outside GitHub Actions: the source as the key holder's checkout saw it.
            const source = get(predicate, 'buildDefinition', 'externalParameters', 'source');
            const stated = claimsFrom('paved-road local build', {
                repository: predicate_text(get(source, 'repository')),
                ref: predicate_text(get(source, 'ref')),
                commit: predicate_text(get(gitDependency, 'digest', 'gitCommit')),
            });
            stated.fields.builder = { reason: 'a local build names no signing workflow' };
            return stated;
        }
        if (buildType && CONTAINER_BUILD_TYPE.test(buildType)) {
            const source = get(predicate, 'buildDefinition', 'externalParameters', 'source');
            const { repository, ref } = gitUri(predicate_text(get(source, 'uri')));
            return claimsFrom('slsa-github-generator container-based', {
                repository,
                ref,
                commit: predicate_text(get(source, 'digest', 'sha1')) ?? predicate_text(get(source, 'digest', 'gitCommit')),
                'workflow path': workflowPathOfRef(predicate_text(get(predicate, 'buildDefinition', 'internalParameters', 'GITHUB_WORKFLOW_REF'))),
                builder: builderId,
            }, 'signer');
        }
        return unknown(`build type ${JSON.stringify(buildType ?? null)} is not one the gate knows`);
    }
    if (statement.predicateType === SLSA_PROVENANCE_V02) {
        const buildType = predicate_text(get(predicate, 'buildType'));
        const builderId = predicate_text(get(predicate, 'builder', 'id'));
        const configSource = get(predicate, 'invocation', 'configSource');
        const { repository, ref } = gitUri(predicate_text(get(configSource, 'uri')));
        const stated = {
            repository,
            ref,
            commit: predicate_text(get(configSource, 'digest', 'sha1')),
            'workflow path': predicate_text(get(configSource, 'entryPoint')),
            builder: builderId,
        };
        if (buildType && NPM_V02_BUILD_TYPE.test(buildType)) {
            const builder = builderForm(builderId);
            return claimsFrom('npm (gha/v2)', { ...stated, 'runner environment': builder.runnerEnvironment }, builder.form);
        }
        if (buildType && GENERATOR_V02_BUILD_TYPE.test(buildType)) {
            return claimsFrom('slsa-github-generator v0.2', stated, DELEGATOR_BUILD_TYPE.test(buildType) ? 'delegated' : 'signer');
        }
        return unknown(`build type ${JSON.stringify(buildType ?? null)} is not one the gate knows`);
    }
    return unknown(`predicate type ${statement.predicateType} is not SLSA provenance`);
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
 * Fulcio certificates from before the Source Repository extensions (early 2023) carry the deprecated
 * GitHub Workflow ones (.1.3 sha, .1.5 repository, .1.6 ref), and the SAN is the signing workflow:
 * the same facts, certified, under their old names.
 */
function withDeprecatedClaims(extensions, san) {
    if (extensions.sourceRepositoryUri || !extensions.githubWorkflowRepository)
        return extensions;
    const server = san ? /^https:\/\/[^/]+/.exec(san)?.[0] : undefined;
    if (!san || !server)
        return extensions;
    const derived = { ...extensions };
    derived.sourceRepositoryUri = `${server}/${extensions.githubWorkflowRepository}`;
    if (extensions.githubWorkflowRef)
        derived.sourceRepositoryRef = extensions.githubWorkflowRef;
    if (extensions.githubWorkflowSha)
        derived.sourceRepositoryDigest = extensions.githubWorkflowSha;
    if (san.includes('/.github/workflows/'))
        derived.buildSignerUri = san;
    return derived;
}
const EXTENSION_OF = {
    repository: 'Source Repository URI',
    ref: 'Source Repository Ref',
    commit: 'Source Repository Digest',
    'workflow path': 'Build Config URI',
    builder: 'Build Signer URI',
    'runner environment': 'Runner Environment',
    invocation: 'Run Invocation URI',
};
/**
 * Is the provenance predicate consistent with the certificate? Identity comes from the certificate; the
 * predicate must not claim another repository, ref, commit, workflow, builder, runner or run. A field the
 * predicate states in no form the gate knows is listed as not compared, and fails only when the policy
 * asked for it (`requested`, from FIELDS_OF_INPUT).
 */
function checkPredicateConsistency(statement, extensions, requested = new Map(), subjectAlternativeName) {
    const certificate = withDeprecatedClaims(extensions, subjectAlternativeName);
    if (!certificate.sourceRepositoryUri) {
        return {
            passed: false,
            detail: 'the certificate carries no GitHub Actions source claims (1.3.6.1.4.1.57264.1.12), so the provenance cannot be tied to a build',
        };
    }
    const claims = predicateClaims(statement);
    const certified = {
        repository: certificate.sourceRepositoryUri,
        ref: certificate.sourceRepositoryRef,
        commit: certificate.sourceRepositoryDigest,
        'workflow path': workflowPathOf(certificate.buildConfigUri, certificate.sourceRepositoryUri),
        builder: certificate.buildSignerUri,
        'runner environment': certificate.runnerEnvironment,
        invocation: certificate.runInvocationUri,
    };
    const compared = [];
    const notCompared = [];
    const mismatches = [];
    for (const field of FIELDS) {
        const claim = claims.fields[field];
        const cert = certified[field];
        if (claim.value === undefined || cert === undefined) {
            const why = claim.reason ?? `the certificate has no ${EXTENSION_OF[field]}`;
            const asking = requested.get(field);
            if (asking)
                mismatches.push(`${field}: not compared (${why}), but the policy asks for it (${asking.join(', ')})`);
            else
                notCompared.push({ field, why });
            continue;
        }
        if (field === 'builder' && claims.builderForm === 'runner') {
            // The runner form names no workflow: it must agree with the certificate's runner environment.
            const environment = RUNNER_BUILDER.exec(claim.value)?.[1];
            if (environment !== undefined && environment !== certificate.runnerEnvironment)
                mismatches.push(`builder: the predicate says ${claim.value}, the certificate's Runner Environment is ${certificate.runnerEnvironment ?? '(none)'}`);
            else
                compared.push('builder (runner environment form)');
            continue;
        }
        if (field === 'builder' && claims.builderForm === 'delegated') {
            // BYOB: the certificate names the delegator; the builder it delegated to is the delegator's word.
            if (!DELEGATOR_WORKFLOW.test(cert))
                mismatches.push(`builder: the predicate says ${claim.value} was delegated to, but the certificate's signer ${cert} is not a delegator workflow`);
            else
                compared.push(`builder (delegated by ${cert})`);
            continue;
        }
        if (claim.value.toLowerCase() !== cert.toLowerCase())
            mismatches.push(`${field}: the predicate says ${claim.value}, the certificate says ${cert}`);
        else
            compared.push(field);
    }
    const parts = [];
    if (mismatches.length)
        parts.push(mismatches.join('; '));
    if (compared.length)
        parts.push(`${compared.join(', ')} match the certificate`);
    if (notCompared.length) {
        // Grouped by reason: an unknown build type is said once, not once per field.
        const reasons = [...new Set(notCompared.map((n) => n.why))];
        const groups = reasons.map((why) => `${notCompared
            .filter((n) => n.why === why)
            .map((n) => n.field)
            .join(', ')} (${why})`);
        parts.push(`not compared: ${groups.join(', ')}`);
    }
    return {
        passed: mismatches.length === 0,
        detail: `${claims.shape === 'unknown' ? '' : `${claims.shape}: `}${parts.join('; ')}`,
    };
}

;// CONCATENATED MODULE: ./packages/attestation/src/verify/identity.ts


/** GitHub Actions' OIDC issuer (github.com); GHE.com tenants use https://token.actions.<tenant>.ghe.com. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
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
/**
 * A regular expression as gh writes them (Go RE2): a leading `(?i)` is JavaScript's `i` flag. Throws on
 * a pattern that does not compile.
 */
function compileRegex(pattern) {
    const insensitive = pattern.startsWith('(?i)');
    return new RegExp(insensitive ? pattern.slice(4) : pattern, insensitive ? 'iu' : 'u');
}
/** Regular-expression syntax a glob never has: such a signer-workflow is read as gh reads it, a regex. */
function isRegexSpelling(value) {
    return /[\^$()|+]|\.\*|\(\?i\)/.test(value);
}
/**
 * signer-workflow as gh matches it: `^https://` + `[host/]owner/repo/path`, a prefix of the signer URI.
 * Without a host (its first part has no dot) any host is accepted, as owner/repo is everywhere here.
 */
function signerWorkflowRegex(value) {
    if (value.startsWith('^') || value.startsWith('(?i)'))
        return compileRegex(value);
    const body = value.replace(/^https:\/\//, '');
    const hasHost = /^[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+[^/]*\//.test(body);
    return compileRegex(`^https://${hasHost ? '' : '[^/]+/'}${body}`);
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
    if (policy.certificateIdentityRegex !== undefined) {
        const pattern = compileRegex(policy.certificateIdentityRegex);
        add('certificate-identity-regex', policy.certificateIdentityRegex, identity.subjectAlternativeName, 'subject alternative name', (a) => pattern.test(a));
    }
    if (policy.signerWorkflow !== undefined && isRegexSpelling(policy.signerWorkflow)) {
        const pattern = signerWorkflowRegex(policy.signerWorkflow);
        add('signer-workflow', `${policy.signerWorkflow} (regex ${pattern.source})`, ext.buildSignerUri, 'Build Signer URI (1.3.6.1.4.1.57264.1.9)', (a) => pattern.test(a));
    }
    else if (policy.signerWorkflow !== undefined) {
        // gh spells the workflow with its host first (github.com/owner/repo/...): that host must match too.
        const hostFirst = /^([a-zA-Z0-9-]+\.[a-zA-Z0-9.-]+)\/(.*)$/.exec(policy.signerWorkflow);
        const expected = splitRef(withoutHost(hostFirst ? hostFirst[2] : policy.signerWorkflow));
        add('signer-workflow', policy.signerWorkflow, ext.buildSignerUri, 'Build Signer URI (1.3.6.1.4.1.57264.1.9)', (a) => {
            if (hostFirst && !a.toLowerCase().startsWith(`https://${hostFirst[1].toLowerCase()}/`))
                return false;
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
        policy.certificateIdentityRegex,
        policy.signerWorkflow,
        policy.signerRepository,
        policy.sourceRepository,
        policy.owner,
    ].some((v) => v !== undefined);
}
/** What each identity check is evidenced by in the predicate, for key mode. */
const PREDICATE_FIELD_OF_CHECK = {
    'signer-workflow': 'builder',
    'signer-repository': 'builder',
    'source-repository': 'repository',
    owner: 'repository',
    'source-ref': 'ref',
    'source-digest': 'commit',
    'deny-self-hosted-runners': 'runner environment',
};
const KEY_HOLDER = 'asserted by the key holder';
/**
 * Key mode: no certificate, so the key holder's own statement is the only evidence of source and signer.
 * Each requested input is checked against what the predicate states and labelled as asserted by the key
 * holder; an input with no evidence at all fails, naming why.
 */
function keyChecks(policy, statement) {
    const checks = [
        { name: 'public-key', expected: 'signed with the public-key given', actual: 'signed with that key', passed: true },
    ];
    const claims = statement ? predicateClaims(statement) : undefined;
    const stated = (field) => claims?.fields[field].value;
    const why = (field) => !statement
        ? 'a message signature states nothing about its build'
        : (claims.fields[field].reason ?? `the ${claims.shape} predicate does not state it`);
    // The builder states a signing workflow only in the signer form (not a runner environment, not delegated).
    const builder = claims?.builderForm === 'signer' ? stated('builder') : undefined;
    const extensions = {};
    if (builder)
        extensions.buildSignerUri = builder;
    const repository = stated('repository');
    if (repository)
        extensions.sourceRepositoryUri = repository;
    const ref = stated('ref');
    if (ref)
        extensions.sourceRepositoryRef = ref;
    const commit = stated('commit');
    if (commit)
        extensions.sourceRepositoryDigest = commit;
    const runner = stated('runner environment');
    if (runner)
        extensions.runnerEnvironment = runner;
    const found = identityChecks({ ...policy, certificateIdentity: undefined, certificateIdentityRegex: undefined }, { extensions, issuerName: '(none)', instance: 'unknown' }).filter((c) => c.name !== 'certificate-oidc-issuer');
    for (const check of found) {
        const field = PREDICATE_FIELD_OF_CHECK[check.name];
        const value = field === 'builder' ? builder : field ? stated(field) : undefined;
        if (value === undefined) {
            const reason = field === undefined
                ? 'the predicate cannot state it'
                : field === 'builder' && claims?.builderForm && claims.builderForm !== 'signer' && stated('builder')
                    ? `the predicate's builder ${stated('builder')} names no signing workflow`
                    : why(field);
            check.actual = `no evidence: a key-signed bundle has no certificate, and ${reason}`;
            check.passed = false;
        }
        else
            check.actual = `${check.actual} (${KEY_HOLDER}, in the predicate)`;
        checks.push(check);
    }
    const noCertificate = (name, expected) => {
        checks.push({
            name,
            expected,
            actual: 'no evidence: a key-signed bundle has no certificate to name a signer or issuer',
            passed: false,
        });
    };
    if (policy.certificateIdentity !== undefined)
        noCertificate('certificate-identity', policy.certificateIdentity);
    if (policy.certificateIdentityRegex !== undefined)
        noCertificate('certificate-identity-regex', policy.certificateIdentityRegex);
    if (policy.certificateOidcIssuerGiven)
        noCertificate('certificate-oidc-issuer', policy.certificateOidcIssuer);
    return checks;
}

;// CONCATENATED MODULE: ./packages/attestation/src/verify/statement.ts

/** The predicate-type that admits a message signature (a signature over the artifact itself, no statement). */
const MESSAGE_SIGNATURE = 'message-signature';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
const SBOM_PREDICATE_TYPES = [
    /^https:\/\/cyclonedx\.org\/bom(\/v[\d.]+)?$/,
    /^https:\/\/spdx\.dev\/Document(\/v[\d.]+)?$/,
];
const DIGEST_LENGTHS = { sha256: 64, sha512: 128 };
/** Parses a DSSE payload as an in-toto statement; the reason when it is not one. */
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return `payloadType is ${JSON.stringify(payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`;
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
function isSbom(predicateType) {
    return SBOM_PREDICATE_TYPES.some((pattern) => pattern.test(predicateType));
}

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
    const sctFreeCaSubjects = [];
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
            throw new errors/* ConfigurationError */.j1('invalid-trusted-root', `${name} is not a usable trusted root: ${error instanceof Error ? error.message : String(error)}`, {
                file: options.trustedRoot?.name ?? 'trusted-root',
            }, 'Give the trusted_root.json of the Sigstore instance that signed the bundle.');
        }
        const material = materials[materials.length - 1];
        for (const authority of material.certificateAuthorities) {
            for (const certificate of authority.certChain) {
                caSubjects.push(certificate.subject);
                (material.tlogs.length === 0 ? logFreeCaSubjects : loggedCaSubjects).push(certificate.subject);
                if (material.tlogs.length === 0 && material.ctlogs.length === 0)
                    sctFreeCaSubjects.push(certificate.subject);
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
            throw new errors/* ConfigurationError */.j1('invalid-public-key', `${options.publicKey.name} is not a PEM public key: ${error instanceof Error ? error.message : String(error)}`, {
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
        sctFreeCaSubjects,
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
            throw new errors/* ConfigurationError */.j1('invalid-json', `${name} is not valid JSON: ${(0,errors/* jsonReason */.rw)(wholeError)}`, { file: name, line: 1 }, 'Give a trusted_root.json or JSON Lines of them.');
        }
        values = [];
        lines.forEach((line, index) => {
            if (!line.trim())
                return;
            try {
                values.push(JSON.parse(line));
            }
            catch (error) {
                throw new errors/* ConfigurationError */.j1('invalid-json', `${name} is not valid JSON: ${(0,errors/* jsonReason */.rw)(error)}`, { file: name, line: index + 1 }, 'Give a trusted_root.json or JSON Lines of them.');
            }
        });
    }
    values.forEach((value, index) => {
        const mediaType = value && typeof value === 'object' ? value.mediaType : undefined;
        if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(mediaType)) {
            throw new errors/* ConfigurationError */.j1('invalid-trusted-root', `${name}${values.length > 1 ? ` line ${index + 1}` : ''} is not a Sigstore trusted root (mediaType ${JSON.stringify(mediaType ?? null)}).`, { file: name, line: values.length > 1 ? index + 1 : 1 }, 'Give a trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1), e.g. from `gh attestation trusted-root`.');
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
/** Was this leaf issued by an instance whose root lists no log of either kind (no entry, no SCT expected)? */
function isSctFree(trust, leaf) {
    return isLogFree(trust, leaf) && trust.sctFreeCaSubjects.some((subject) => subject.equals(leaf.issuer));
}

;// CONCATENATED MODULE: ./packages/attestation/src/verify/evaluate.ts











/** Checks that no policy exception can waive: they are what makes a signature mean anything. */
const UNWAIVABLE_CHECKS = ['bundle-format', 'sigstore-verification', 'statement', 'subject-digest'];
/** The checks that make a bundle cryptographically verified: a failure here fails the whole run. */
const CRYPTOGRAPHIC_CHECKS = ['bundle-format', 'sigstore-verification', 'statement'];
function statusOf(attestation, requireSbom) {
    const broken = attestation.checks.find((c) => CRYPTOGRAPHIC_CHECKS.includes(c.name) && !c.passed);
    if (broken)
        return { status: 'failed', reason: `${broken.name}: ${broken.actual}` };
    if (!attestation.covers.length)
        return { status: 'not applicable', reason: 'its subjects are not the artifact(s) verified' };
    if (attestation.role === 'other' || (attestation.role === 'sbom' && !requireSbom))
        return {
            status: 'not applicable',
            reason: `predicate type ${attestation.predicateType ?? attestation.mediaType} is not the one the policy asks for`,
        };
    const failed = attestation.checks.filter((c) => !c.passed).map((c) => c.name);
    if (failed.length)
        return { status: 'rejected', reason: `failed ${failed.join(', ')}` };
    return { status: 'verified', reason: 'every check passed' };
}
function createVerifier(trust) {
    return {
        logged: new verify_dist/* Verifier */.BL(trust.material, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }),
        logFree: new verify_dist/* Verifier */.BL(trust.material, { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 }),
        timestampOnly: new verify_dist/* Verifier */.BL(trust.material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 }),
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
        bundle: raw.json,
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
    // A message signature is over the artifact's bytes, so it is verified against the artifact file the
    // signed digest names; without that file there is nothing to verify it over.
    const message = (0,dist.isBundleWithMessageSignature)(bundle) ? signedMessage(bundle, context.subjects) : undefined;
    if (message && !message.bytes) {
        checks.push({
            name: 'sigstore-verification',
            expected: `${SIGSTORE_EXPECTED} (trust: ${context.trust.description})`,
            actual: message.problem,
            passed: false,
        });
        return skip(later.slice(1), 'the signature could not be verified');
    }
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)(bundle, message?.bytes);
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
    // The payloadType is signed with the payload (DSSE PAE), so a changed one fails the signature; it is
    // named here first, so that it is not reported in the same words as an altered signature or certificate.
    const sigstore = (0,dist.isBundleWithDsseEnvelope)(bundle) && bundle.content.dsseEnvelope.payloadType !== IN_TOTO_PAYLOAD_TYPE
        ? {
            passed: false,
            detail: `the DSSE payloadType is ${JSON.stringify(bundle.content.dsseEnvelope.payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}: an attestation's payloadType is signed, so a changed one is not verified`,
        }
        : verifySignature(bundle, entity, leaf, identity, context);
    checks.push({
        name: 'sigstore-verification',
        expected: `${SIGSTORE_EXPECTED} (trust: ${context.trust.description})`,
        actual: sigstore.detail,
        passed: sigstore.passed,
    });
    if (!sigstore.passed)
        return skip(later.slice(2), 'the signature did not verify');
    result.verifiedTimestamps = entity.timestamps.map((t) => t.$case === 'transparency-log'
        ? { type: 'Tlog', uri: '', timestamp: new Date(Number(t.tlogEntry.integratedTime) * 1000).toISOString() }
        : { type: 'TimestampAuthority', uri: '', timestamp: t.timestamp.signingTime.toISOString() });
    // 3. The in-toto statement and its subjects; a message signature has none, it signs the artifact itself.
    if (message) {
        checks.push({
            name: 'statement',
            expected: 'an in-toto statement (application/vnd.in-toto+json), or a message signature over the artifact',
            actual: `a message signature over ${message.digest}: no statement`,
            passed: true,
        });
        result.covers.push(message.subject.name);
        checks.push({
            name: 'subject-digest',
            expected: subjectList(context.subjects),
            actual: `the signed message is ${message.subject.name} (${message.digest})`,
            passed: true,
        });
        result.role = context.policy.predicateType === MESSAGE_SIGNATURE ? 'provenance' : 'other';
        checks.push({
            name: 'predicate-type',
            expected: context.policy.predicateType,
            actual: result.role === 'provenance'
                ? MESSAGE_SIGNATURE
                : `none: a message signature carries no predicate (set predicate-type: ${MESSAGE_SIGNATURE} to admit a signature over the artifact itself)`,
            passed: result.role === 'provenance',
        });
        if (identity)
            checks.push(...identityChecks(context.policy, identity));
        else
            checks.push(...keyChecks(context.policy, undefined));
        result.passed = checks.every((c) => c.passed);
        return result;
    }
    if (!(0,dist.isBundleWithDsseEnvelope)(bundle))
        return skip(later.slice(2), 'no statement');
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
        expected: subjectList(context.subjects),
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
    else if (result.role === 'sbom')
        // The key is the signer; the source and signer inputs are about the build, checked on its provenance.
        checks.push(...keyChecks({ ...context.policy, ...NO_BUILD_INPUTS }, statement));
    else
        checks.push(...keyChecks(context.policy, statement));
    // 6. The predicate must agree with the certificate (provenance only).
    if (isProvenance(statement.predicateType) && identity) {
        const consistency = checkPredicateConsistency(statement, identity.extensions, requestedFields(context.policy), identity.subjectAlternativeName);
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
/** The policy inputs about the build (source and signer), unset: what an SBOM is not asked. */
const NO_BUILD_INPUTS = {
    certificateIdentity: undefined,
    certificateIdentityRegex: undefined,
    signerWorkflow: undefined,
    signerRepository: undefined,
    signerDigest: undefined,
    sourceRepository: undefined,
    sourceRef: undefined,
    sourceDigest: undefined,
    owner: undefined,
    denySelfHostedRunners: false,
    certificateOidcIssuerGiven: false,
};
/** Names the subjects for the subject-digest check. */
function subjectList(subjects) {
    return subjects
        .map((s) => (s.name === formatDigest(s.digests) ? s.name : `${s.name} ${formatDigest(s.digests)}`))
        .join(', ');
}
const MESSAGE_DIGEST_ALGORITHMS = {
    [protobuf_specs_dist.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_256]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_512]: 'sha512',
};
/** The artifact a message signature names by its digest, and its bytes; or why they are not at hand. */
function signedMessage(bundle, subjects) {
    const hashed = bundle.content.messageSignature.messageDigest;
    const algorithm = MESSAGE_DIGEST_ALGORITHMS[hashed.algorithm];
    const hex = Buffer.from(hashed.digest).toString('hex');
    const digest = `${algorithm ?? `hash algorithm ${hashed.algorithm}`}:${hex}`;
    if (!algorithm)
        return { digest, problem: `the message digest's algorithm (${hashed.algorithm}) is not sha256 or sha512` };
    const subject = subjects.find((s) => s.digests[algorithm] === hex);
    if (!subject)
        return {
            digest,
            problem: `a message signature over ${digest}, which is not the digest of any artifact given (${subjectList(subjects)})`,
        };
    if (!subject.file)
        return {
            digest,
            subject,
            problem: `a message signature is verified over the artifact's bytes, and ${subject.name} was given by digest only: give the file as subject-path`,
        };
    // The verifier checks the signature over the bytes themselves, so they are read whole (bounded).
    const bytes = (0,files/* readFileBytes */.MY)(subject.file, {
        displayName: subject.name,
        kind: 'artifact',
        maxBytes: MAX_SIGNED_BLOB_BYTES,
    });
    return { digest, subject, bytes };
}
/** Largest artifact a message signature is verified over (the whole artifact is held in memory). */
const MAX_SIGNED_BLOB_BYTES = 1024 * 1024 * 1024;
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
            : isSctFree(context.trust, leaf)
                ? context.verifier.timestampOnly
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


// EXTERNAL MODULE: ./node_modules/.pnpm/snappyjs@0.7.0/node_modules/snappyjs/index.js
var snappyjs = __webpack_require__(40150);
;// CONCATENATED MODULE: ./packages/attestation/src/verify/fetch.ts

// GitHub serves the bundle behind bundle_url snappy-compressed (application/x-snappy, .json.sn).


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
        const limit = options.limit ?? MAX_PAGES * 100;
        let url = `${first}?per_page=${Math.min(100, limit)}`;
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
                throw new errors/* ConfigurationError */.j1('network-error', `Cannot reach GitHub's API at ${base}: ${error instanceof Error ? error.message : String(error)}.`, undefined, 'Check GITHUB_API_URL and the network, or pass bundle-path to verify offline.');
            }
            if (response.status === 404) {
                notFound = true;
                break;
            }
            if (!response.ok) {
                const body = await response.text().catch(() => '');
                const message = /"message"\s*:\s*"([^"]*)"/.exec(body)?.[1] ?? response.statusText;
                throw new errors/* ConfigurationError */.j1('github-api-error', `GitHub's attestations API answered ${response.status} for ${options.digest}: ${message}.`, undefined, response.status === 401 || response.status === 403
                    ? 'Give a github-token that can read attestations (permissions: attestations: read, contents: read).'
                    : 'Retry later, or pass bundle-path to verify offline.');
            }
            let body;
            try {
                body = await response.json();
            }
            catch {
                throw new errors/* ConfigurationError */.j1('github-api-error', `GitHub's attestations API returned a body that is not JSON for ${options.digest}.`);
            }
            const list = body && typeof body === 'object' ? body.attestations : undefined;
            if (!Array.isArray(list))
                throw new errors/* ConfigurationError */.j1('github-api-error', `GitHub's attestations API returned no "attestations" list for ${options.digest}.`);
            for (const [i, item] of list.slice(0, limit - bundles.length).entries()) {
                const entry = item && typeof item === 'object' ? item : {};
                const source = `GitHub attestation ${bundles.length + 1}${i === 0 && page > 1 ? ` (page ${page})` : ''}`;
                // Newer answers carry bundle_url (and may omit the bundle): the bundle is fetched from there.
                // One with neither is reported as missing its bundle, never skipped silently.
                if (entry.bundle)
                    bundles.push({ source, json: entry.bundle });
                else if (typeof entry.bundle_url === 'string')
                    bundles.push({ source, json: await fetchBundleUrl(entry.bundle_url, source, options, base) });
                else
                    bundles.push({ source: `${source} (no bundle)`, json: null });
            }
            url = bundles.length < limit ? nextLink(response.headers.get('link')) : undefined;
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
/**
 * The bundle behind an attestation's bundle_url: a pre-signed blob-storage URL on another host, so
 * the GitHub token is sent only when the URL is on the API's own origin. Snappy-compressed
 * (application/x-snappy or a .sn file) or plain JSON; at most MAX_DOCUMENT_BYTES read and
 * decompressed. Any failure is an error naming the attestation, never an empty or passing list.
 */
async function fetchBundleUrl(raw, source, options, base) {
    const fail = (detail) => new errors/* ConfigurationError */.j1('github-api-error', `Cannot fetch the bundle of ${source} for ${options.digest} from its bundle_url: ${detail}.`, undefined, 'Retry later, or download the bundle (gh attestation download) and pass bundle-path.');
    let url;
    let api;
    try {
        url = new URL(raw);
        api = new URL(base);
    }
    catch {
        throw fail(`${JSON.stringify(raw)} is not a URL`);
    }
    // https, or http only when the API itself is reached over http (a loopback or plain-http server).
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && api.protocol === 'http:'))
        throw fail(`${url.protocol} is not allowed (https only)`);
    const sameOrigin = url.origin === api.origin;
    options.log(`verify-release: GET ${url.origin}${url.pathname}${sameOrigin ? '' : ' (without the GitHub token)'}`);
    let response;
    try {
        response = await fetch(url, {
            headers: {
                'user-agent': 'paved-road-verify-release',
                ...(sameOrigin ? { authorization: `Bearer ${options.token}`, 'x-github-api-version': '2022-11-28' } : {}),
            },
            // A redirect could lead the token elsewhere; pre-signed URLs answer directly.
            redirect: sameOrigin ? 'error' : 'follow',
        });
    }
    catch (error) {
        throw fail(`${url.host} cannot be reached: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok)
        throw fail(`${url.host} answered ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_DOCUMENT_BYTES)
        throw fail(`it is ${declared} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit`);
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of response.body ?? []) {
            size += chunk.byteLength;
            if (size > MAX_DOCUMENT_BYTES)
                throw fail(`it is over the ${MAX_DOCUMENT_BYTES}-byte limit`);
            chunks.push(chunk);
        }
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw fail(`reading it failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    let bytes = Buffer.concat(chunks);
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type === 'application/x-snappy' || url.pathname.endsWith('.sn')) {
        try {
            bytes = (0,snappyjs/* uncompress */.k)(bytes, MAX_DOCUMENT_BYTES);
        }
        catch (error) {
            throw fail(`it is not valid snappy data: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    try {
        return JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        throw fail(`it is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
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
            parts.push(`${cell(other.source)}: ${other.predicateType ?? other.mediaType}, ${other.status ? `${other.status} (${cell(other.statusReason ?? '')})` : other.passed ? 'passes' : 'fails'}`);
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
    // Every bundle examined, with what it came to: none is left out of the report.
    for (const attestation of input.attestations) {
        if (attestation.status)
            lines.push(`  ${attestation.source}: ${attestation.status} (${attestation.statusReason ?? ''})`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+tuf@5.0.1/node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(26956);
;// CONCATENATED MODULE: ./packages/attestation/src/verify/tuf.ts
// trusted-root: tuf. The Sigstore trusted root fetched and verified through TUF (@sigstore/tuf), from a
// mirror, cached on disk; the only network access besides the attestations API, and only when asked.






/** The trusted-root value that asks for TUF. */
const TUF_TRUSTED_ROOT = 'tuf';
/** RUNNER_TEMP on a runner, else the user cache dir (XDG_CACHE_HOME or ~/.cache). */
function tufCachePath(env) {
    const base = env.RUNNER_TEMP || env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'paved-road', 'tuf');
}
/**
 * The trusted root from TUF as trusted_root.json text, or, when that fails and the fallback is
 * `embedded`, undefined with the reason (the caller then uses the built-in root and reports why).
 */
async function fetchTufTrustedRoot(options) {
    try {
        const root = await (0,tuf_dist.getTrustedRoot)({
            mirrorURL: options.mirror,
            cachePath: options.cachePath,
            ...(options.rootPath ? { rootPath: options.rootPath } : {}),
            // One attempt, bounded: a gate must not hang on a mirror.
            retry: false,
            timeout: 15_000,
        });
        return { text: JSON.stringify(protobuf_specs_dist.TrustedRoot.toJSON(root)) };
    }
    catch (error) {
        // @sigstore/tuf wraps tuf-js's error (an expired role, a bad signature) as its cause: name both.
        const cause = error && typeof error === 'object' ? error.cause : undefined;
        const reason = `TUF update from ${options.mirror} failed: ${(0,errors/* errorMessage */.gJ)(error).replace(/\.$/, '')}${cause ? ` (${(0,errors/* errorMessage */.gJ)(cause)})` : ''}`;
        if (options.fallback === 'embedded')
            return { reason };
        throw new errors/* ConfigurationError */.j1('tuf-error', `${reason}.`, { file: 'trusted-root' }, 'Check tuf-mirror and tuf-root (and the network), pass a trusted_root.json as trusted-root, or set tuf-fallback: embedded to use the root built into the action.');
    }
}

;// CONCATENATED MODULE: ./packages/attestation/src/verify/command.ts











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
        description: 'A trusted_root.json, or JSON Lines of them (e.g. `gh attestation trusted-root`), or tuf to fetch the current one through TUF (see tuf-mirror). Default: the Sigstore public-good root built into the action.',
    },
    {
        name: 'tuf-mirror',
        description: 'With trusted-root: tuf, the TUF repository the Sigstore trusted root is fetched from (https; http only on loopback).',
        default: tuf_dist.DEFAULT_MIRROR_URL,
    },
    {
        name: 'tuf-root',
        description: "With trusted-root: tuf, the mirror's initial root.json (its trust anchor). Not needed for Sigstore's public-good mirror, whose root @sigstore/tuf ships.",
    },
    {
        name: 'tuf-fallback',
        description: 'With trusted-root: tuf, what a failed TUF update does: none (fail, exit 2) or embedded (use the root built into the action, and say so).',
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
        description: `The policy file (its verify-release: section and exceptions). Default: ${src_policy/* DEFAULT_POLICY_FILE */.mY} when it exists.`,
    },
    {
        name: 'certificate-identity',
        description: 'The exact signer: the certificate SAN (a workflow URL with its ref, or an email).',
    },
    {
        name: 'certificate-identity-regex',
        description: "A regular expression the certificate SAN must match (gh's --cert-identity-regex; a leading (?i) ignores case). Not with certificate-identity.",
    },
    {
        name: 'signer-workflow',
        description: 'The workflow that signed: owner/repo/.github/workflows/file.yml, optionally @<ref glob>; or, as gh takes it, [host/]owner/repo/path as a regular expression. For reusable workflows, the reusable one.',
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
function parseDigest(raw) {
    const match = /^(sha256|sha512):([0-9a-fA-F]+)$/.exec(raw);
    const algorithm = match?.[1];
    if (!match || !algorithm || match[2].length !== DIGEST_LENGTHS[algorithm]) {
        throw new errors/* ConfigurationError */.j1('invalid-input', `Input "subject-digest" must be sha256:<64 hex> or sha512:<128 hex>, got "${raw}".`, undefined, 'Give the digest as sha256:<hex>.');
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
            throw new errors/* ConfigurationError */.j1('invalid-policy', `verify-release.${key} must be true or false`, { file: policy.file, ...position }, 'Write true or false.');
        return value;
    }
    if (typeof value !== 'string' || !value.trim())
        throw new errors/* ConfigurationError */.j1('invalid-policy', `verify-release.${key} must be a non-empty string`, { file: policy.file, ...position }, 'Quote the value.');
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
    const policyFile = (0,src_policy/* loadPolicy */.tb)(policyInput || src_policy/* DEFAULT_POLICY_FILE */.mY, {
        workspace: context.workspace,
        required: policyInput !== '',
    });
    const section = policyFile?.section('verify-release');
    if (section) {
        for (const key of Object.keys(section)) {
            if (!POLICY_KEYS.includes(key)) {
                throw new errors/* ConfigurationError */.j1('invalid-policy', `verify-release has an unknown key "${key}"`, { file: policyFile.file, ...policyFile.positionOf(['verify-release', key]) }, `Use the verify-release inputs: ${POLICY_KEYS.join(', ')}.`);
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
            return (0,src_inputs/* parseBoolean */.yG)(name, inputs.get(name));
        const fromFile = policyValue(policyFile, name);
        if (typeof fromFile === 'boolean')
            return fromFile;
        return (0,src_inputs/* parseBoolean */.yG)(name, inputs.get(name), false);
    };
    // Files, directories or globs (`!pattern` excludes), as attest-provenance takes them.
    const subjectPatterns = inputs.getList('subject-path');
    const subjectPaths = subjectPatterns.length ? (0,files/* expandPaths */.pR)(subjectPatterns, { cwd: context.workspace }) : [];
    if (subjectPatterns.length && !subjectPaths.length) {
        throw new errors/* ConfigurationError */.j1('missing-file', `subject-path ${subjectPatterns.join(', ')} matches no file.`, { file: subjectPatterns[0] }, 'Give the path of the artifact to verify.');
    }
    const subjectDigests = inputs.getList('subject-digest').map(parseDigest);
    if (!subjectPaths.length && !subjectDigests.length) {
        throw new errors/* ConfigurationError */.j1('missing-input', 'Nothing to verify: give subject-path (the artifact) or subject-digest (sha256:<hex>).', undefined, 'Set subject-path or subject-digest.');
    }
    const repository = inputs.get('repository') || undefined;
    if (repository !== undefined && !REPOSITORY.test(repository)) {
        throw new errors/* ConfigurationError */.j1('invalid-input', `Input "repository" must be owner/repo, got "${repository}".`, undefined, 'Write it as owner/repo.');
    }
    const owner = inputs.get('owner') || undefined;
    const bundlePaths = inputs.getList('bundle-path');
    const githubToken = inputs.get('github-token') || context.env.GITHUB_TOKEN || undefined;
    if (!bundlePaths.length) {
        if (!repository && !owner) {
            throw new errors/* ConfigurationError */.j1('missing-input', 'No bundle-path, and no repository or owner to fetch attestations for.', undefined, 'Give bundle-path, or repository (owner/repo) or owner with github-token.');
        }
        if (!githubToken)
            throw new errors/* ConfigurationError */.j1('missing-input', 'Fetching attestations needs github-token (or GITHUB_TOKEN).', undefined, 'Pass github-token: ${{ github.token }} with permissions attestations: read.');
        if (subjectDigests.some((s) => !s.digests.sha256)) {
            throw new errors/* ConfigurationError */.j1('invalid-input', "GitHub's attestations API is searched by sha256; a sha512 subject-digest needs bundle-path.", undefined, 'Give a sha256 digest, the file, or the bundle.');
        }
    }
    const limitText = inputs.get('limit');
    const limit = Number(limitText);
    if (!/^\d+$/.test(limitText) || limit < 1 || limit > 1000) {
        throw new errors/* ConfigurationError */.j1('invalid-input', `Input "limit" must be a whole number from 1 to 1000, got "${limitText}".`, undefined, 'Give the most attestations to fetch, e.g. 30.');
    }
    const identityRegex = text('certificate-identity-regex');
    if (identityRegex !== undefined && text('certificate-identity') !== undefined) {
        throw new errors/* ConfigurationError */.j1('invalid-input', 'certificate-identity and certificate-identity-regex are both set: give one.', undefined, 'Keep certificate-identity for an exact SAN, or certificate-identity-regex for a pattern.');
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
    ]) {
        try {
            compile?.();
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1('invalid-input', `Input "${name}" is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}.`, undefined, 'Fix the pattern (JavaScript syntax; a leading (?i) ignores case).');
        }
    }
    const sourceRepository = text('source-repository') ?? repository;
    const policy = {
        certificateOidcIssuer: text('certificate-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER,
        certificateOidcIssuerGiven: inputs.isSet('certificate-oidc-issuer') || policyValue(policyFile, 'certificate-oidc-issuer') !== undefined,
        predicateType: text('predicate-type') ?? SLSA_PROVENANCE_V1,
        denySelfHostedRunners: flag('deny-self-hosted-runners'),
        requireSbom: flag('require-sbom'),
    };
    const optional = [
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
        if (value !== undefined)
            policy[key] = value;
    if (!hasIdentityConstraint(policy) && !inputs.get('public-key')) {
        throw new errors/* ConfigurationError */.j1('missing-policy', 'No identity policy: a valid signature by anyone would pass.', undefined, "Set at least one of certificate-identity, certificate-identity-regex, signer-workflow, signer-repository, source-repository, repository or owner (inputs or the policy file's verify-release: section).");
    }
    const options = { subjectPaths, subjectDigests, bundlePaths, policy, limit };
    if (repository)
        options.repository = repository;
    if (owner)
        options.owner = owner;
    if (githubToken)
        options.githubToken = githubToken;
    const trustedRoot = inputs.get('trusted-root');
    if (trustedRoot === TUF_TRUSTED_ROOT)
        options.tuf = parseTufOptions(inputs, context);
    else if (trustedRoot)
        options.trustedRoot = trustedRoot;
    const publicKey = inputs.get('public-key');
    if (publicKey)
        options.publicKey = publicKey;
    if (policyFile)
        options.policyFile = policyFile;
    return options;
}
function parseTufOptions(inputs, context) {
    const mirror = inputs.get('tuf-mirror') || tuf_dist.DEFAULT_MIRROR_URL;
    let url;
    try {
        url = new URL(mirror);
    }
    catch {
        url = undefined;
    }
    const loopback = url && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
        throw new errors/* ConfigurationError */.j1('invalid-input', `Input "tuf-mirror" must be an https URL, got "${mirror}".`, undefined, `Give the TUF repository's URL, e.g. ${tuf_dist.DEFAULT_MIRROR_URL}.`);
    }
    const fallback = inputs.get('tuf-fallback') || 'none';
    if (fallback !== 'none' && fallback !== 'embedded') {
        throw new errors/* ConfigurationError */.j1('invalid-input', `Input "tuf-fallback" must be none or embedded, got "${fallback}".`, undefined, 'Write none (fail when TUF fails) or embedded (use the built-in root).');
    }
    const rootPath = inputs.get('tuf-root');
    return {
        mirror,
        fallback,
        cachePath: tufCachePath(context.env),
        ...(rootPath ? { rootPath: (0,external_node_path_.resolve)(context.workspace, rootPath) } : {}),
    };
}
async function hashFile(path, name, workspace) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256');
    const sha512 = (0,external_node_crypto_.createHash)('sha512');
    await (0,files/* hashRegularFile */.vF)(path, [sha256, sha512], { displayName: name, kind: 'subject', workspace });
    return { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };
}
/** Verifies the subjects against the bundles and the policy. Fails closed: anything unproven is a no. */
async function verifyRelease(options, context) {
    const subjects = [...options.subjectDigests];
    for (const path of options.subjectPaths)
        subjects.push({
            name: path,
            file: (0,external_node_path_.resolve)(context.workspace, path),
            digests: await hashFile((0,external_node_path_.resolve)(context.workspace, path), path, context.workspace),
        });
    // trusted-root: tuf: fetched (and cached) before anything is verified; a failure stops here.
    const tuf = options.tuf ? await fetchTufTrustedRoot(options.tuf) : undefined;
    if (tuf?.reason)
        context.log(`verify-release: ${tuf.reason}; using the built-in root (tuf-fallback: embedded)`);
    const trust = loadTrust({
        ...(tuf?.text ? { trustedRoot: { text: tuf.text, name: `TUF ${options.tuf.mirror}` } } : {}),
        ...(options.trustedRoot
            ? {
                trustedRoot: {
                    text: (0,files/* readTextFile */.Gu)((0,external_node_path_.resolve)(context.workspace, options.trustedRoot), {
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
                    text: (0,files/* readTextFile */.Gu)((0,external_node_path_.resolve)(context.workspace, options.publicKey), {
                        displayName: options.publicKey,
                        kind: 'public key',
                        workspace: context.workspace,
                    }),
                    name: options.publicKey,
                },
            }
            : {}),
    });
    if (tuf?.reason)
        trust.description += ` (${tuf.reason}; tuf-fallback: embedded)`;
    const raw = [];
    if (options.bundlePaths.length) {
        for (const path of options.bundlePaths) {
            const text = (0,files/* readTextFile */.Gu)((0,external_node_path_.resolve)(context.workspace, path), {
                displayName: path,
                kind: 'bundle',
                maxBytes: MAX_DOCUMENT_BYTES,
                workspace: context.workspace,
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
                limit: options.limit,
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
        const applied = (0,src_policy/* applyExceptions */.FW)(findings, options.policyFile, { now: context.now, reportRules: ruleNames });
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
    else {
        // Every bundle given is verified and reported: one that fails cryptographically fails the run even
        // when another verified, so a tampered bundle in a collection is never passed over in silence.
        const statuses = attestations.map((a) => ({ attestation: a, ...statusOf(a, options.policy.requireSbom) }));
        for (const { attestation, status, reason } of statuses) {
            attestation.status = status;
            attestation.statusReason = reason;
        }
        const failed = statuses.filter((s) => s.status === 'failed');
        const counts = ['verified', 'rejected', 'not applicable', 'failed']
            .map((status) => [status, statuses.filter((s) => s.status === status).length])
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
/** sigstore-go's names for the certificate fields, which `gh attestation verify --format json` prints. */
const GH_CERTIFICATE_FIELDS = {
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
function ghResults(attestations) {
    return attestations
        .filter((a) => a.status === 'verified')
        .map((a) => {
        const certificate = {};
        if (a.identity) {
            certificate.certificateIssuer = a.identity.issuerName;
            certificate.subjectAlternativeName = a.identity.subjectAlternativeName ?? '';
            for (const [key, name] of Object.entries(GH_CERTIFICATE_FIELDS))
                certificate[name] = a.identity.extensions[key] ?? '';
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
            status: a.status ?? null,
            reason: a.statusReason ?? null,
            checks: a.checks.map(checkJson),
        })),
        verificationResults: ghResults(result.attestations),
    };
}
const verifyReleaseCommand = (0,command/* defineCommand */.N)({
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
        const reportPath = (0,external_node_path_.join)(context.tempDir, 'verify-release-report.json');
        (0,files/* writeFileAtomic */.Zf)(reportPath, `${JSON.stringify(json, null, 2)}\n`, { createDirectory: true });
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












/***/ })

};
