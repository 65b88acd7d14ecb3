export const id = 496;
export const ids = [496];
export const modules = {

/***/ 65197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ jsonAtDepth),
/* harmony export */   W: () => (/* binding */ findingsToJson)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77693);

/** Findings for the JSON document, in `sortFindings` order, with a fixed set of keys. */
function findingsToJson(findings) {
    return (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(findings).map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        job: finding.job ?? null,
        step: finding.step ?? null,
    }));
}
/**
 * `value` as `JSON.stringify(document, null, 2)` writes it `depth` levels deep in a document (every
 * line indented by 2 x depth spaces, the first too): serialized inside `depth` one-item arrays, whose
 * brackets are cut off, so that JSON.stringify does the indenting in the same pass.
 */
function jsonAtDepth(value, depth) {
    // Level k adds "<2k spaces>[\n" before the value and "\n<2k spaces>]" after it: depth x (depth + 1) characters each side.
    let wrapped = value;
    for (let level = 0; level < depth; level++)
        wrapped = [wrapped];
    const cut = depth * (depth + 1);
    const text = JSON.stringify(wrapped, null, 2);
    return cut ? text.slice(cut, -cut) : text;
}


/***/ }),

/***/ 85387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ uuidV5),
/* harmony export */   Wg: () => (/* binding */ buildCycloneDx),
/* harmony export */   mR: () => (/* binding */ SPEC_VERSIONS),
/* harmony export */   ne: () => (/* binding */ SPECS),
/* harmony export */   rI: () => (/* binding */ updatePieces),
/* harmony export */   s9: () => (/* binding */ component),
/* harmony export */   xi: () => (/* binding */ metadataModel)
/* harmony export */ });
/* unused harmony exports SERIAL_NAMESPACE, SERIAL_PLACEHOLDER, toLicense, DERIVED_URL, identityEvidence, pedigreeJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96284);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62728);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize_JSON__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56955);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize_JSON__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize_JSON__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _cyclonedx_cyclonedx_library_SPDX__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28962);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86873);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56922);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3623);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88640);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(65197);
/* harmony import */ var _heap_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66542);
// The merged package graph to a CycloneDX document, through @cyclonedx/cyclonedx-library's models
// and normalizers (the library knows what each spec version allows). Every component has an
// explicit bom-ref, so the library never invents a random one; lists are sorted; the serial number
// is a UUID v5 of the content, so the same lockfiles give byte-identical output.

// Subpath imports: the package root also loads the library's own validators, which find their
// schema files through __dirname (not available in the ESM bundle) and compile them at run time.


// The JSON normalizers only: the Serialize entry also loads the XML serializer and xmlbuilder2
// (1.2 MB of the 1.4 MB this import cost; patches/@cyclonedx__cyclonedx-library@10.3.0.patch adds
// the subpath export). cyclonedx-xml.ts, loaded for XML only, imports the whole entry.






const SPEC_VERSIONS = ['1.5', '1.6', '1.7'];
const SPECS = {
    '1.5': _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Spec1dot5,
    '1.6': _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Spec1dot6,
    '1.7': _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_5__.Spec1dot7,
};
/** The namespace of paved-road's content-derived UUIDs (itself a UUID v5 of the project URL). */
const SERIAL_NAMESPACE = 'a3c5b5f4-7c1e-5a8e-9a47-2f4f1d0b7e61';
const SERIAL_PLACEHOLDER = 'urn:uuid:00000000-0000-0000-0000-000000000000';
/** RFC 4122 UUID version 5 (SHA-1, name-based). A name given in parts is hashed as their concatenation. */
function uuidV5(name, namespace = SERIAL_NAMESPACE) {
    const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(ns);
    if (Array.isArray(name))
        updatePieces(hash, name);
    else
        hash.update(name);
    const digest = hash.digest();
    digest[6] = (digest[6] & 0x0f) | 0x50;
    digest[8] = (digest[8] & 0x3f) | 0x80;
    const hex = digest.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** The size of the hash updates pieces are gathered into; runs of components are encoded this large. */
const BATCH_BYTES = 256 * 1024;
/** Feeds many small pieces to a hash in batches of up to BATCH_BYTES, not one update per component. */
function updatePieces(hash, pieces) {
    const bytes = pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece));
    (0,_paved_road_core__WEBPACK_IMPORTED_MODULE_8__/* .inBatches */ .oq)(bytes, BATCH_BYTES, (batch) => hash.update(batch));
}
const HASH_ALG = {
    'SHA-1': _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.HashAlgorithm['SHA-1'],
    'SHA-256': _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.HashAlgorithm['SHA-256'],
    'SHA-384': _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.HashAlgorithm['SHA-384'],
    'SHA-512': _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.HashAlgorithm['SHA-512'],
};
function hashDictionary(hashes) {
    return new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.HashDictionary(hashes.map((h) => [HASH_ALG[h.alg], h.content]));
}
const licenseCache = new Map();
/** A license string as CycloneDX: an SPDX id, an SPDX expression, or (not SPDX) a named license. */
function toLicense(text) {
    const cached = licenseCache.get(text);
    if (cached)
        return cached;
    let license;
    let parsed;
    try {
        parsed = spdx_expression_parse__WEBPACK_IMPORTED_MODULE_6___default()(text);
    }
    catch {
        parsed = undefined;
    }
    if (parsed &&
        'license' in parsed &&
        !('plus' in parsed && parsed.plus) &&
        !parsed.exception &&
        _cyclonedx_cyclonedx_library_SPDX__WEBPACK_IMPORTED_MODULE_4__.isSupportedSpdxId(parsed.license)) {
        license = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.SpdxLicense(parsed.license);
    }
    else if (parsed) {
        license = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.LicenseExpression(text);
    }
    else {
        const fixed = _cyclonedx_cyclonedx_library_SPDX__WEBPACK_IMPORTED_MODULE_4__.fixupSpdxId(text);
        license = fixed ? new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.SpdxLicense(fixed) : new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.NamedLicense(text);
    }
    licenseCache.set(text, license);
    return license;
}
/** The comment on a distribution URL the lockfile does not record. */
const DERIVED_URL = "From the registry's URL convention (not in the lockfile).";
function component(pkg) {
    const c = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Library, pkg.name, {
        bomRef: pkg.ref,
        group: pkg.group || undefined,
        version: pkg.version || undefined,
        purl: pkg.purl,
        hashes: hashDictionary(pkg.hashes),
        scope: pkg.dev
            ? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentScope.Excluded
            : pkg.optional
                ? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentScope.Optional
                : _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentScope.Required,
    });
    if (pkg.license)
        c.licenses.add(toLicense(pkg.license));
    for (const file of pkg.files) {
        if (!file.url)
            continue;
        // A derived URL of the component's own artifact: its hashes are the component's, written once.
        const ownArtifact = file.derived && file.hashes.every((h) => pkg.hashes.some((o) => o.alg === h.alg && o.content === h.content));
        c.externalReferences.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.ExternalReference(file.url, _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.Distribution, {
            hashes: hashDictionary(ownArtifact ? [] : file.hashes),
            comment: file.derived ? DERIVED_URL : undefined,
        }));
    }
    for (const [name, value] of pkg.properties ?? [])
        c.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Property(name, value));
    if (pkg.vcs)
        c.externalReferences.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.ExternalReference(pkg.vcs, _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.VCS));
    return c;
}
const methodsByLockfiles = new Map();
/** The identity methods of a set of lockfiles: one list per set, shared by the packages read from it. */
function methodsOf(lockfiles) {
    const sorted = lockfiles.length > 1 ? [...lockfiles].sort(byCodeUnit) : lockfiles;
    const key = sorted.join('\n');
    let methods = methodsByLockfiles.get(key);
    if (!methods) {
        methods = sorted.map((value) => ({ technique: 'manifest-analysis', confidence: 1, value }));
        methodsByLockfiles.set(key, methods);
    }
    return methods;
}
/**
 * `evidence.identity`: the purl was read from these lockfiles (`manifest-analysis`, each file a
 * method). Confidence 1: the package manager wrote the exact name, version and source there; nothing
 * was guessed from file names or contents. CycloneDX 1.5 has one identity object; 1.6 made it a list
 * (the object form deprecated) and added the concluded value.
 */
function identityEvidence(pkg, specVersion) {
    if (!pkg.purl || !pkg.lockfiles?.length)
        return undefined;
    const identity = { field: 'purl', confidence: 1, methods: methodsOf(pkg.lockfiles) };
    return specVersion === '1.5' ? { identity } : { identity: [{ ...identity, concludedValue: pkg.purl }] };
}
/**
 * `pedigree`: the published package it was made from and the patches applied (`unofficial`: not
 * from the package's maintainers). A patch file of the project is the diff's url, with its text when
 * it was read; a package manager's built-in patch has no file, only a note.
 */
function pedigreeJson(pedigree) {
    const { ancestor } = pedigree;
    const notes = pedigree.patches.flatMap((p) => (p.note ? [p.note] : []));
    const patches = pedigree.patches.map((p) => {
        const diff = {};
        if (p.text !== undefined)
            diff.text = { contentType: 'text/x-diff', content: p.text };
        if (p.file)
            diff.url = p.file;
        return Object.keys(diff).length ? { type: 'unofficial', diff } : { type: 'unofficial' };
    });
    return {
        ancestors: [
            {
                type: 'library',
                ...(ancestor.group ? { group: ancestor.group } : {}),
                name: ancestor.name,
                ...(ancestor.version ? { version: ancestor.version } : {}),
                ...(ancestor.purl ? { purl: ancestor.purl } : {}),
            },
        ],
        patches,
        ...(notes.length ? { notes: notes.join('\n') } : {}),
    };
}
/**
 * The value without keys whose value is undefined (the normalizer keeps them for absent optional
 * fields; a validator with `additionalProperties: false` must not see them: 1.5 has no
 * `acknowledgement`). Copied rather than deleted in place: deleting keys would turn every
 * normalized object into a slow dictionary for the validator and JSON.stringify after it.
 */
function defined(value) {
    if (Array.isArray(value))
        return value.map(defined);
    if (!value || typeof value !== 'object')
        return value;
    const copy = {};
    for (const key in value) {
        const v = value[key];
        if (v !== undefined)
            copy[key] = typeof v === 'object' && v !== null ? defined(v) : v;
    }
    return copy;
}
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function metadataModel(input) {
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Bom();
    if (input.timestamp)
        bom.metadata.timestamp = input.timestamp;
    bom.metadata.tools.components.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Application, _paved_road_core__WEBPACK_IMPORTED_MODULE_9__/* .TOOL_NAME */ .l, {
        bomRef: `tool:${_paved_road_core__WEBPACK_IMPORTED_MODULE_9__/* .TOOL_NAME */ .l}`,
        version: _paved_road_core__WEBPACK_IMPORTED_MODULE_9__/* .VERSION */ .x,
        externalReferences: new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.ExternalReferenceRepository([
            new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.ExternalReference('https://github.com/paved-road/paved-road', _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.VCS),
        ]),
    }));
    const root = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ComponentType.Application, input.root.name, {
        bomRef: input.root.ref,
        version: input.root.version || undefined,
        purl: input.root.purl,
    });
    if (input.root.license)
        root.licenses.add(toLicense(input.root.license));
    const vcs = input.root.vcs;
    if (vcs) {
        // The commit after `#`, as the packages' git references carry theirs.
        const url = vcs.commit ? `${vcs.url}#${vcs.commit}` : vcs.url;
        root.externalReferences.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_2__.ExternalReference(url, _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceType.VCS));
    }
    bom.metadata.component = root;
    return bom;
}
/**
 * The CycloneDX JSON document. Components are made with the library's models and normalized by its
 * normalizers one at a time, checked, serialized and dropped, so a 20,000-package SBOM never exists
 * as one object tree; the dependency graph is written from our graph (sorted by code unit, not by
 * locale, so every machine agrees). `packages` must be sorted by ref with unique refs.
 */
function buildCycloneDx(input, checks) {
    const spec = SPECS[input.specVersion];
    const factory = new _cyclonedx_cyclonedx_library_Serialize_JSON__WEBPACK_IMPORTED_MODULE_3__.Normalize.Factory(spec);
    const options = { sortLists: true };
    const problems = [];
    const known = new Set(input.packages.map((p) => p.ref));
    const edges = (deps) => [...deps].filter((d) => known.has(d)).sort(byCodeUnit);
    const dependencies = [
        ...input.packages.map((p) => ({ ref: p.ref, deps: edges(p.dependsOn) })),
        { ref: input.root.ref, deps: edges(input.root.dependsOn) },
    ]
        .sort((a, b) => byCodeUnit(a.ref, b.ref))
        .map(({ ref, deps }) => (deps.length ? { ref, dependsOn: deps } : { ref }));
    const skeleton = {
        $schema: `http://cyclonedx.org/schema/bom-${input.specVersion}.schema.json`,
        bomFormat: 'CycloneDX',
        specVersion: input.specVersion,
        version: 1,
        serialNumber: SERIAL_PLACEHOLDER,
        metadata: defined(factory.makeForMetadata().normalize(metadataModel(input).metadata, options)),
        components: [],
        dependencies,
    };
    if (checks)
        problems.push(...checks.document(skeleton));
    const normalizer = factory.makeForComponent();
    // The document is written as UTF-8 pieces: the skeleton up to the components, the components in
    // runs of about 256 KiB (each component built, checked, serialized, and its objects dropped), the
    // rest of the skeleton. The serial number is hashed over the pieces, which are then written as
    // they are (never joined): runs that large are hashed and written without being copied again.
    const skeletonText = JSON.stringify(skeleton, null, 2);
    const at = skeletonText.indexOf('"components": []');
    const empty = input.packages.length === 0;
    const head = `${skeletonText.slice(0, at)}${empty ? '"components": []' : '"components": [\n'}`;
    const tail = Buffer.from(`${empty ? '' : '\n  ]'}${skeletonText.slice(at + '"components": []'.length)}\n`);
    const pieces = [];
    const packages = input.packages;
    let run = '';
    for (let i = 0; i < packages.length; i++) {
        const pkg = packages[i];
        // The library has no model of identity evidence or pedigree: they are added to its JSON.
        const normalized = defined(normalizer.normalize(component(pkg), options));
        const evidence = identityEvidence(pkg, input.specVersion);
        if (evidence)
            normalized.evidence = evidence;
        if (pkg.pedigree)
            normalized.pedigree = pedigreeJson(pkg.pedigree);
        if (input.consume)
            packages[i] = undefined;
        if (checks && problems.length < 20)
            problems.push(...checks.component(normalized, i));
        // An item of the top-level `components` array: two levels deep.
        run += `${i ? ',\n' : ''}${(0,_paved_road_core__WEBPACK_IMPORTED_MODULE_10__/* .jsonAtDepth */ .F)(normalized, 2)}`;
        // At least BATCH_BYTES of UTF-8 (a character is one byte or more): hashed as it is, not copied.
        if (run.length >= BATCH_BYTES) {
            pieces.push(Buffer.from(run));
            run = '';
        }
        if (i % _heap_js__WEBPACK_IMPORTED_MODULE_7__/* .COMPONENTS_PER_COLLECTION */ .AE === _heap_js__WEBPACK_IMPORTED_MODULE_7__/* .COMPONENTS_PER_COLLECTION */ .AE - 1)
            input.heap?.collect();
    }
    if (run)
        pieces.push(Buffer.from(run));
    const serialNumber = `urn:uuid:${uuidV5([head, ...pieces, tail])}`;
    pieces.unshift(Buffer.from(head.replace(`"serialNumber": "${SERIAL_PLACEHOLDER}"`, `"serialNumber": "${serialNumber}"`)));
    pieces.push(tail);
    return {
        pieces,
        get bytes() {
            return Buffer.concat(pieces);
        },
        get text() {
            return Buffer.concat(pieces).toString('utf8');
        },
        serialNumber,
        problems,
    };
}


/***/ }),

/***/ 64847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sg: () => (/* binding */ npmWorkspacePatterns),
/* harmony export */   Wd: () => (/* binding */ lockfileKind),
/* harmony export */   dD: () => (/* binding */ LOCKFILE_NAMES),
/* harmony export */   kZ: () => (/* binding */ discoverLockfiles),
/* harmony export */   o5: () => (/* binding */ workspaceMemberDirs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3623);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(637);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87915);
// Which lockfiles describe a project: the ones in its root directory and in its workspace members'
// directories (package.json `workspaces`, pnpm-workspace.yaml `packages`), never inside node_modules.




/** File names per kind, in the order a directory is searched. */
const LOCKFILE_NAMES = [
    ['npm-shrinkwrap.json', 'npm'],
    ['package-lock.json', 'npm'],
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['Cargo.lock', 'cargo'],
    ['go.mod', 'go'],
    ['uv.lock', 'uv'],
    ['poetry.lock', 'poetry'],
    ['Gemfile.lock', 'gem'],
    ['composer.lock', 'composer'],
];
/** The kind of a lockfile from its name, or undefined when paved-road does not read it. */
function lockfileKind(file) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(file.replace(/\\/g, '/'));
    const known = LOCKFILE_NAMES.find(([name]) => name === base);
    if (known)
        return known[1];
    if (/^requirements.*\.txt$/.test(base))
        return 'pip';
    return undefined;
}
/** The lockfiles of one directory (relative to the project root, `dir` '' for the root). */
function lockfilesIn(projectDir, dir) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, dir);
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolute);
    }
    catch {
        return [];
    }
    const present = new Set(names);
    const found = [];
    for (const [name] of LOCKFILE_NAMES) {
        if (!present.has(name))
            continue;
        // npm uses npm-shrinkwrap.json instead of package-lock.json when both exist.
        if (name === 'package-lock.json' && present.has('npm-shrinkwrap.json'))
            continue;
        // poetry.lock next to uv.lock: uv's is the one installs use.
        if (name === 'poetry.lock' && present.has('uv.lock'))
            continue;
        found.push(dir ? `${dir}/${name}` : name);
    }
    // requirements*.txt only where no Python lockfile is: they are usually exported from it.
    if (!present.has('uv.lock') && !present.has('poetry.lock')) {
        for (const name of names.sort())
            if (/^requirements.*\.txt$/.test(name))
                found.push(dir ? `${dir}/${name}` : name);
    }
    return found;
}
/** The `workspaces` patterns of a package.json (an array, or yarn's `{ packages: [...] }`). */
function npmWorkspacePatterns(data) {
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data))
        return [];
    const ws = Array.isArray(data.workspaces)
        ? data.workspaces
        : (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data.workspaces) && Array.isArray(data.workspaces.packages)
            ? data.workspaces.packages
            : [];
    return ws.filter((p) => typeof p === 'string');
}
/**
 * The directories workspace patterns match under `projectDir` (relative, forward slashes, sorted):
 * never inside node_modules, never outside the project (a pattern climbing out with `..` is skipped).
 */
function workspaceMemberDirs(projectDir, patterns) {
    const dirs = new Set();
    for (const pattern of patterns) {
        if (pattern.startsWith('!') || pattern.split('/').includes('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern))
            continue;
        for (const match of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.globSync)(pattern.replace(/\/+$/, ''), {
            cwd: projectDir,
            exclude: (p) => p.includes('node_modules'),
        })) {
            try {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, match)).isDirectory())
                    dirs.add(match.split('\\').join('/'));
            }
            catch {
                // a dangling link
            }
        }
    }
    return [...dirs].sort();
}
async function workspaceDirs(projectDir) {
    const patterns = [];
    const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, 'package.json');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest)) {
        const data = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonFile */ .OW)((0,_paved_road_core__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(manifest, { displayName: 'package.json', kind: 'manifest', workspace: projectDir }), 'package.json', 'package.json');
        patterns.push(...npmWorkspacePatterns(data));
    }
    const pnpmWorkspace = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, 'pnpm-workspace.yaml');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pnpmWorkspace)) {
        // The YAML parser only when there is a pnpm workspace file.
        const { parseYamlFile } = await __webpack_require__.e(/* import() */ 313).then(__webpack_require__.bind(__webpack_require__, 66313));
        const data = parseYamlFile((0,_paved_road_core__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(pnpmWorkspace, {
            displayName: 'pnpm-workspace.yaml',
            kind: 'workspace file',
            workspace: projectDir,
        }), 'pnpm-workspace.yaml');
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data) && Array.isArray(data.packages))
            for (const p of data.packages)
                if (typeof p === 'string')
                    patterns.push(p);
    }
    return workspaceMemberDirs(projectDir, patterns);
}
/**
 * The lockfiles to read: the explicit list (globs allowed) or those discovered in the project root
 * and its workspace members. None found is a ConfigurationError listing where we looked.
 */
async function discoverLockfiles(projectDir, explicit, displayDir) {
    if (explicit.length) {
        const files = (0,_paved_road_core__WEBPACK_IMPORTED_MODULE_3__/* .expandPaths */ .pR)(explicit, { cwd: projectDir });
        for (const file of files) {
            if (!lockfileKind(file)) {
                throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('unsupported-lockfile', `${file} is not a lockfile paved-road reads.`, { file }, `Name one of: ${LOCKFILE_NAMES.map(([n]) => n).join(', ')}, requirements*.txt.`);
            }
        }
        if (!files.length) {
            throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('no-lockfile', `No file matches the lockfiles input (${explicit.join(', ')}) in ${displayDir}.`, undefined, 'Check the patterns.');
        }
        return files;
    }
    const dirs = ['', ...(await workspaceDirs(projectDir))];
    const found = dirs.flatMap((dir) => lockfilesIn(projectDir, dir));
    if (!found.length) {
        const looked = dirs.map((d) => (d ? `${displayDir}/${d}` : displayDir)).join(', ');
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('no-lockfile', `No lockfile found. Looked in ${looked} for ${LOCKFILE_NAMES.map(([n]) => n).join(', ')} and requirements*.txt.`, undefined, 'Commit your lockfile, set `path` to the project directory, or name the files with `lockfiles`.');
    }
    return [...new Set(found)].sort();
}


/***/ }),

/***/ 66542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ COMPONENTS_PER_COLLECTION),
/* harmony export */   Mm: () => (/* binding */ heapFor),
/* harmony export */   nY: () => (/* binding */ LARGE_INPUT_BYTES),
/* harmony export */   ob: () => (/* binding */ totalBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Peak memory on large lockfiles. V8 sizes its heap for throughput: while a 20,000-package lockfile is
// read, most of what is allocated survives (the parsed tree, the packages), so the young generation
// doubles up to 64 MiB and old-generation garbage (the tree, once read) waits for a late collection.
// Peak RSS then reaches about 300 MB for 40 MB of live data. For large inputs we trade a little
// speed for a heap that follows the live data: the young generation keeps its initial size, and the
// old generation is collected where we know large structures have just died. Small lockfiles keep
// V8's defaults (they are start-up bound, and these settings would only slow them down).

/** Lockfiles of at least this many bytes in total run with the memory-bounded heap. */
const LARGE_INPUT_BYTES = 2 * 1024 * 1024;
/** Components a document builder writes between two collections (each costs a few milliseconds). */
const COMPONENTS_PER_COLLECTION = 4000;
const UNBOUNDED = { bounded: false, collect: () => undefined };
let bounded;
/** The total size of the files, or 0 when one cannot be read (the reader reports that). */
function totalBytes(paths) {
    let total = 0;
    for (const path of paths) {
        try {
            total += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
        }
        catch {
            return 0;
        }
    }
    return total;
}
/**
 * The heap for an input of `bytes`: V8's defaults below `threshold`; from there on, a young generation
 * that does not grow (`--semi-space-growth-factor=1`, read by V8 each time it would grow) and a
 * full collection on request (`gc`, which V8 exposes in contexts made after `--expose-gc`). Both
 * flags only change when V8 collects, never what a program computes.
 */
function heapFor(bytes, threshold = LARGE_INPUT_BYTES) {
    if (bytes < threshold)
        return UNBOUNDED;
    if (!bounded) {
        // Loaded here: a small input never pays for these two modules.
        const v8 = process.getBuiltinModule('node:v8');
        const vm = process.getBuiltinModule('node:vm');
        v8.setFlagsFromString('--semi-space-growth-factor=1');
        v8.setFlagsFromString('--expose-gc');
        const gc = vm.runInNewContext('typeof gc === "function" ? gc : undefined');
        bounded = { bounded: true, collect: gc ?? (() => undefined) };
    }
    return bounded;
}


/***/ }),

/***/ 18496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORMATS: () => (/* reexport */ FORMATS),
  LARGE_INPUT_BYTES: () => (/* reexport */ src_heap/* LARGE_INPUT_BYTES */.nY),
  LOCKFILE_NAMES: () => (/* reexport */ discover/* LOCKFILE_NAMES */.dD),
  SPEC_VERSIONS: () => (/* reexport */ cyclonedx/* SPEC_VERSIONS */.mR),
  buildCycloneDx: () => (/* reexport */ cyclonedx/* buildCycloneDx */.Wg),
  discoverLockfiles: () => (/* reexport */ discover/* discoverLockfiles */.kZ),
  generateSbom: () => (/* reexport */ generateSbom),
  generateSbomCommand: () => (/* reexport */ generateSbomCommand),
  heapFor: () => (/* reexport */ src_heap/* heapFor */.Mm),
  lockfileKind: () => (/* reexport */ discover/* lockfileKind */.Wd),
  lockfileOutOfSync: () => (/* reexport */ lockfileOutOfSync),
  mergeGraphs: () => (/* reexport */ mergeGraphs),
  publicRemote: () => (/* reexport */ publicRemote),
  readLockfile: () => (/* reexport */ readLockfile),
  sbomRules: () => (/* reexport */ sbomRules),
  sbomTimestamp: () => (/* reexport */ sbomTimestamp),
  sbomVcs: () => (/* reexport */ sbomVcs),
  selectPackages: () => (/* reexport */ selectPackages),
  uuidV5: () => (/* reexport */ cyclonedx/* uuidV5 */.Jf),
  validateCycloneDx: () => (/* reexport */ validateCycloneDx)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/command.ts
var command = __webpack_require__(72437);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(96875);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(3623);
// EXTERNAL MODULE: ./packages/core/src/rules.ts
var rules = __webpack_require__(6471);
// EXTERNAL MODULE: ./packages/sbom/src/cyclonedx.ts
var cyclonedx = __webpack_require__(85387);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/sbom/src/discover.ts
var discover = __webpack_require__(64847);
// EXTERNAL MODULE: ./packages/sbom/src/heap.ts
var src_heap = __webpack_require__(66542);
// EXTERNAL MODULE: ./packages/sbom/src/model.ts
var model = __webpack_require__(87915);
// EXTERNAL MODULE: ./packages/sbom/src/purl.ts
var purl = __webpack_require__(22049);
;// CONCATENATED MODULE: ./packages/sbom/src/validate.ts
const LOADERS = {
    '1.5': () => Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(417)]).then(__webpack_require__.bind(__webpack_require__, 72417)),
    '1.6': () => Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(280)]).then(__webpack_require__.bind(__webpack_require__, 42280)),
    '1.7': () => Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(599)]).then(__webpack_require__.bind(__webpack_require__, 53599)),
};
/**
 * What two items with the same JSON have in common, cheap to compute: their number of defined keys
 * and their first primitive value (with its key). Items of an array are only serialized when their
 * fingerprints collide, so an array of distinct objects (the dependency graph: one ref each) costs
 * no JSON at all.
 */
function fingerprint(item) {
    let count = 0;
    let first = '';
    for (const key in item) {
        const value = item[key];
        if (value === undefined)
            continue;
        count++;
        if (!first && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'))
            first = `${key}\u0000${typeof value}\u0000${value}`;
    }
    return `${count}\u0000${first}`;
}
/**
 * The schema's `uniqueItems`, in linear time (the compiled pairwise check is quadratic): no array of
 * the document may hold the same item twice (objects compared by their JSON, primitives by value).
 * Paths are only spelled out for problems: a valid document costs one pass and a Set per array.
 */
function duplicateItems(document, path = '') {
    const problems = [];
    const segments = [];
    const at = (i) => `${path}${segments.map((s) => `/${s}`).join('')}/${i}`;
    const visit = (value) => {
        if (Array.isArray(value)) {
            let primitives;
            // By fingerprint: the first item with it, or once a second one came, the JSON of all of them.
            let objects;
            for (let i = 0; i < value.length; i++) {
                const item = value[i];
                if (typeof item === 'object' && item !== null) {
                    // A one-item array (most of a component's) cannot repeat.
                    if (value.length > 1) {
                        objects ??= new Map();
                        const print = fingerprint(item);
                        const earlier = objects.get(print);
                        if (earlier === undefined)
                            objects.set(print, item);
                        else {
                            let texts;
                            if (earlier instanceof Set)
                                texts = earlier;
                            else
                                objects.set(print, (texts = new Set([JSON.stringify(earlier)])));
                            const text = JSON.stringify(item);
                            if (texts.has(text))
                                problems.push(`${at(i)} duplicates an earlier item`);
                            else
                                texts.add(text);
                        }
                    }
                    segments.push(i);
                    visit(item);
                    segments.pop();
                }
                else {
                    primitives ??= new Set();
                    if (primitives.has(item))
                        problems.push(`${at(i)} duplicates an earlier item`);
                    else
                        primitives.add(item);
                }
            }
        }
        else if (typeof value === 'object' && value !== null) {
            for (const key of Object.keys(value)) {
                const child = value[key];
                if (typeof child === 'object' && child !== null) {
                    segments.push(key);
                    visit(child);
                    segments.pop();
                }
            }
        }
    };
    visit(document);
    return problems;
}
function messages(validate) {
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
/**
 * The checks buildCycloneDx applies while it writes: the document without components, then each
 * component inside a one-component document, so the same compiled component code checks both
 * (its problems are reported at the component's real index).
 */
async function cycloneDxChecks(specVersion) {
    const { validate } = await LOADERS[specVersion]();
    const at = `/components/`;
    return {
        document: (document) => [...(validate(document) ? [] : messages(validate)), ...duplicateItems(document)],
        component: (component, index) => [
            ...(validate({ bomFormat: 'CycloneDX', specVersion, components: [component] })
                ? []
                : messages(validate).map((message) => message.startsWith(`${at}0`) ? `${at}${index}${message.slice(at.length + 1)}` : message)),
            ...duplicateItems(component, `/components/${index}`),
        ],
    };
}
/** Problems with a CycloneDX JSON document against the official schema; empty when it is valid. */
async function validateCycloneDx(document, specVersion) {
    const { validate } = await LOADERS[specVersion]();
    const problems = validate(document) ? [] : messages(validate);
    return [...problems, ...duplicateItems(document)];
}

;// CONCATENATED MODULE: ./packages/sbom/src/generate.ts
// Lockfiles in, one SBOM out: discover, read, merge (and select the scope), build (and validate).










const FORMATS = ['cyclonedx-json', 'cyclonedx-xml', 'spdx-json'];
// Each reader (and its parser: yaml, smol-toml, @yarnpkg/parsers) is loaded only when a lockfile of
// its kind is read: a bundle keeps them in separate chunks, so an npm project never loads a YAML parser.
const READERS = {
    npm: async () => (await Promise.all(/* import() */[__webpack_require__.e(264), __webpack_require__.e(851), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 91992))).readNpmLockfile,
    pnpm: async () => (await Promise.all(/* import() */[__webpack_require__.e(264), __webpack_require__.e(851), __webpack_require__.e(272)]).then(__webpack_require__.bind(__webpack_require__, 73272))).readPnpmLockfile,
    yarn: async () => (await Promise.all(/* import() */[__webpack_require__.e(264), __webpack_require__.e(851), __webpack_require__.e(352), __webpack_require__.e(601), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 73391))).readYarnLockfile,
    cargo: async () => (await Promise.all(/* import() */[__webpack_require__.e(41), __webpack_require__.e(405)]).then(__webpack_require__.bind(__webpack_require__, 88405))).readCargoLock,
    go: async () => (await __webpack_require__.e(/* import() */ 575).then(__webpack_require__.bind(__webpack_require__, 50575))).readGoMod,
    poetry: async () => (await Promise.all(/* import() */[__webpack_require__.e(41), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 44555))).readPoetryLock,
    uv: async () => (await Promise.all(/* import() */[__webpack_require__.e(41), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 44555))).readUvLock,
    pip: async () => (await Promise.all(/* import() */[__webpack_require__.e(41), __webpack_require__.e(169)]).then(__webpack_require__.bind(__webpack_require__, 21169))).readRequirements,
    gem: async () => (await __webpack_require__.e(/* import() */ 886).then(__webpack_require__.bind(__webpack_require__, 2886))).readGemfileLock,
    composer: async () => (await Promise.all(/* import() */[__webpack_require__.e(264), __webpack_require__.e(851), __webpack_require__.e(715)]).then(__webpack_require__.bind(__webpack_require__, 22715))).readComposerLock,
};
function memory() {
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    const mb = (bytes) => Math.round(bytes / 2 ** 20);
    const ms = Math.round(performance.now());
    return `${ms} ms since start, rss ${mb(rss)} MB, heap ${mb(heapUsed)} of ${mb(heapTotal)} MB, external ${mb(external)} MB`;
}
/**
 * Below this share of the lockfiles' packages in production scope, a run warns: real projects go
 * down to about 3% (a library whose lockfile is mostly test and build tools); less than that is
 * more likely a member or manifest the scopes never saw.
 */
const PRODUCTION_SHARE_WARNING = 0.02;
/** The warning for a production set of `production` out of `locked` registry packages, if any. */
function scopeWarning(production, locked, lockfiles) {
    const files = lockfiles.join(', ');
    if (production === 0) {
        return `The production SBOM has no component: none of the ${locked} packages of ${files} is reachable from the project's runtime dependencies or a workspace member's. Check that the manifests (package.json, pyproject.toml, Cargo.toml, ...) of the root and of every member are checked out next to the lockfile; if the project really has no runtime dependency, set include-dev: true or fail-on-empty: false.`;
    }
    if (locked && production / locked < PRODUCTION_SHARE_WARNING) {
        const share = ((100 * production) / locked).toFixed(1);
        return `Only ${production} of the ${locked} packages of ${files} (${share}%, under ${100 * PRODUCTION_SHARE_WARNING}%) are in production scope: check that the manifests of the root and of every workspace member are checked out next to the lockfile, or set include-dev: true if the rest ships too.`;
    }
    return undefined;
}
/** Reads one lockfile. `lockfile` is relative to `projectDir`. */
async function readLockfile(projectDir, lockfile) {
    const kind = (0,discover/* lockfileKind */.Wd)(lockfile);
    if (!kind)
        throw new Error(`not a lockfile: ${lockfile}`);
    const reader = await READERS[kind]();
    const path = (0,external_node_path_.resolve)(projectDir, lockfile);
    const display = (0,external_node_path_.relative)(projectDir, path).split(external_node_path_.sep).join('/');
    const text = (0,files/* readTextFile */.Gu)(path, {
        displayName: display,
        kind: 'lockfile',
        maxBytes: 256 * 1024 * 1024,
        workspace: projectDir,
    });
    return reader({ path, lockfile: display, text, root: projectDir });
}
/**
 * Merges lockfile graphs under one project root; roots of lockfiles in subdirectories become
 * components. The graphs are consumed: their packages are moved into the result (and merged there
 * in place), not copied, so a large lockfile's packages exist once.
 */
function mergeGraphs(graphs, name, version) {
    const packages = new Map();
    const atRoot = graphs.filter((g) => !g.lockfile.includes('/'));
    const primary = atRoot.find((g) => g.root.version) ?? atRoot[0];
    const rootName = name || primary?.root.name || 'project';
    const rootVersion = version || primary?.root.version;
    const root = {
        ref: `root:${rootName}`,
        name: rootName,
        version: rootVersion,
        // A name from the manifest or the inputs identifies the project; a directory name does not.
        purl: name || primary?.root.declared ? (0,purl/* rootPurl */.YH)(primary?.root.ecosystem, rootName, rootVersion) : undefined,
        ecosystem: primary?.root.ecosystem,
        license: primary?.root.license,
        dependsOn: new Set(),
    };
    for (const graph of graphs) {
        for (const pkg of graph.packages.values()) {
            pkg.lockfiles = [graph.lockfile];
            (0,model/* addPackage */.Eb)(packages, pkg);
        }
        graph.packages.clear();
        if (!graph.lockfile.includes('/')) {
            for (const dep of graph.root.dependsOn)
                (0,model/* addEdge */.rN)(root, dep, (0,model/* edgeKind */.Ye)(graph.root, dep));
            continue;
        }
        // A lockfile in a subdirectory: its project is a local component of ours.
        const dir = external_node_path_.posix.dirname(graph.lockfile);
        const ref = `local:${dir}`;
        (0,model/* addPackage */.Eb)(packages, {
            ref,
            ecosystem: graph.ecosystem,
            name: graph.root.name,
            version: graph.root.version ?? '',
            hashes: [],
            files: [],
            license: graph.root.license,
            dev: false,
            optional: false,
            local: true,
            dependsOn: new Set(graph.root.dependsOn),
            edgeKinds: graph.root.edgeKinds && new Map(graph.root.edgeKinds),
            source: graph.lockfile,
        });
        root.dependsOn.add(ref);
    }
    return { root, packages };
}
/**
 * Drops dev-only packages (unless included) and every edge to something not in the document; a
 * production SBOM also drops dev edges, whose target may be there for another reason.
 */
function selectPackages(root, packages, includeDev) {
    const kept = [...packages.values()].filter((p) => includeDev || !p.dev);
    const refs = new Set(kept.map((p) => p.ref));
    const prune = (owner) => {
        for (const dep of owner.dependsOn)
            if (!refs.has(dep) || (!includeDev && (0,model/* edgeKind */.Ye)(owner, dep) === 'dev'))
                owner.dependsOn.delete(dep);
    };
    for (const pkg of kept)
        prune(pkg);
    prune(root);
    return kept.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}
class InvalidSbomError extends Error {
}
/** The document in the format asked for, checked against its schema when `validate` is set. */
async function buildDocument(format, input, validate) {
    let built;
    if (format === 'spdx-json') {
        const { buildSpdx, validateSpdx } = await __webpack_require__.e(/* import() */ 219).then(__webpack_require__.bind(__webpack_require__, 94219));
        const spdx = buildSpdx(input);
        const problems = validate ? validateSpdx(spdx.json) : [];
        built = { pieces: [Buffer.from(spdx.text)], serialNumber: spdx.serialNumber, problems };
    }
    else {
        // The XML is written from the same input afterwards; the JSON alone lets each package go once written.
        const json = { ...input, consume: format === 'cyclonedx-json' };
        // The XML carries the same model as the JSON: validating the JSON checks both.
        const { pieces, serialNumber, problems } = (0,cyclonedx/* buildCycloneDx */.Wg)(json, validate ? await cycloneDxChecks(input.specVersion) : undefined);
        const xml = format === 'cyclonedx-xml' && (await Promise.all(/* import() */[__webpack_require__.e(352), __webpack_require__.e(488), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 69015))).toCycloneDxXml(json, serialNumber);
        built = { pieces: xml ? [Buffer.from(xml)] : pieces, serialNumber, problems };
    }
    if (built.problems.length) {
        const schema = format === 'spdx-json' ? 'SPDX 2.3' : `CycloneDX ${input.specVersion}`;
        throw new InvalidSbomError(`The generated SBOM does not validate against the ${schema} schema: ${built.problems.slice(0, 5).join('; ')}`);
    }
    return built;
}
/** The SBOM of a project: discover its lockfiles, read them, merge their graphs, build the document. */
async function generateSbom(options) {
    const debug = options.debug ?? (() => undefined);
    const lockfiles = await (0,discover/* discoverLockfiles */.kZ)(options.projectDir, options.lockfiles, '.');
    const inputBytes = (0,src_heap/* totalBytes */.ob)(lockfiles.map((file) => (0,external_node_path_.resolve)(options.projectDir, file)));
    const heap = (0,src_heap/* heapFor */.Mm)(inputBytes, options.boundedHeapBytes);
    debug(() => `start: ${inputBytes} bytes of lockfiles${heap.bounded ? ', memory-bounded heap' : ''}: ${memory()}`);
    const graphs = [];
    for (const file of lockfiles)
        graphs.push(await readLockfile(options.projectDir, file));
    debug(() => `read ${lockfiles.join(', ')}: ${memory()}`);
    const { root, packages } = mergeGraphs(graphs, options.componentName, options.componentVersion);
    // The readers' packages are in the merged graph now: keep only their warnings.
    const warnings = graphs.flatMap((g) => g.warnings.map((message) => ({ lockfile: g.lockfile, message })));
    graphs.length = 0;
    let locked = 0;
    for (const pkg of packages.values())
        if (!pkg.local)
            locked++;
    const selected = selectPackages(root, packages, options.includeDev);
    packages.clear();
    // Counted now: building the JSON consumes the selected packages.
    const warning = options.includeDev
        ? undefined
        : scopeWarning(selected.filter((p) => !p.local).length, locked, lockfiles);
    // The lockfile texts and parsed trees are garbage now.
    heap.collect();
    debug(() => `${selected.length} packages selected: ${memory()}`);
    root.vcs = await options.vcs;
    const input = {
        root,
        packages: selected,
        specVersion: options.specVersion,
        timestamp: await options.timestamp,
        heap,
    };
    const componentCount = selected.length;
    const { pieces, serialNumber } = await buildDocument(options.format, input, options.validate);
    debug(() => `document built${options.validate ? ' and validated' : ''}: ${memory()}`);
    const isJson = options.format !== 'cyclonedx-xml';
    let parsed;
    const digest = (0,external_node_crypto_.createHash)('sha256');
    (0,cyclonedx/* updatePieces */.rI)(digest, pieces);
    const bytes = () => (pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
    return {
        pieces,
        get bytes() {
            return bytes();
        },
        get text() {
            return bytes().toString('utf8');
        },
        digest: digest.digest('hex'),
        serialNumber,
        componentCount,
        lockfiles,
        warnings,
        scopeWarning: warning,
        // Parsed on first use: a run only writes the text.
        get document() {
            if (!isJson)
                throw new Error('an XML SBOM has no JSON document');
            parsed ??= JSON.parse(bytes().toString('utf8'));
            return parsed;
        },
    };
}
/**
 * The SBOM's timestamp: SOURCE_DATE_EPOCH when set (the edge put it in `buildTime`), otherwise the
 * commit time of HEAD in the project (`git log -1 --format=%ct`), so rebuilding a commit gives the
 * same bytes. With neither, undefined: the document has no timestamp (CycloneDX's is optional)
 * rather than the current time, so the same lockfiles still give the same bytes on every run.
 */
async function sbomTimestamp(projectDir, env, buildTime) {
    if (env.SOURCE_DATE_EPOCH?.trim())
        return buildTime;
    // Not a git checkout, or git missing: no commit time.
    const seconds = await gitOutput(projectDir, ['log', '-1', '--format=%ct']);
    return /^\d+$/.test(seconds) ? new Date(Number(seconds) * 1000) : undefined;
}
/**
 * One git command's trimmed stdout in `cwd`, or '' when it fails (not a checkout, no git, no remote).
 * Only stdout is piped (each pipe costs).
 */
function gitOutput(cwd, args) {
    return new Promise((done) => {
        let out = '';
        const git = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
        git.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
        git.on('error', () => done(''));
        git.on('close', (code) => done(code === 0 ? out.trim() : ''));
    });
}
/**
 * Where the project's sources are: the `origin` remote of the checkout at `projectDir` and its HEAD
 * commit, for the root component's `vcs` reference. Credentials in the remote URL are dropped (a
 * token must not end up in an SBOM); an scp-like `git@host:path` becomes `ssh://host/path`.
 * Undefined without a remote.
 */
async function sbomVcs(projectDir) {
    const [remote, commit] = await Promise.all([
        gitOutput(projectDir, ['config', '--get', 'remote.origin.url']),
        gitOutput(projectDir, ['rev-parse', '--verify', 'HEAD']),
    ]);
    const url = publicRemote(remote);
    if (!url)
        return undefined;
    return { url, commit: /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined };
}
/** A remote URL without user information, as an absolute URL; undefined when it is not one. */
function publicRemote(remote) {
    const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(\S+)$/.exec(remote);
    const text = scp ? `ssh://${scp[1]}/${scp[2].replace(/^\/+/, '')}` : remote;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol))
        return undefined;
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString();
}

;// CONCATENATED MODULE: ./packages/sbom/src/command.ts
// `generate-sbom`: the action and `paved-road generate-sbom`.




const lockfileOutOfSync = {
    id: 'lockfile-out-of-sync',
    title: 'Lockfile out of sync with its manifest',
    severity: 'warning',
    why: 'The SBOM describes what the lockfile pins. When the manifest declares something else, the next install resolves different packages and the SBOM no longer matches what ships.',
    fix: "Run the package manager's install (npm install, pnpm install, yarn install, go mod tidy, composer update --lock) and commit the lockfile.",
    action: 'generate-sbom',
};
const sbomRules = [lockfileOutOfSync];
const DEFAULT_OUTPUT = 'sbom.cdx.json';
const generateSbomCommand = (0,command/* defineCommand */.N)({
    name: 'generate-sbom',
    description: 'Writes a CycloneDX (or SPDX) SBOM from the project lockfiles: exact purls, hashes, the dependency graph; deterministic and schema-valid.',
    inputs: [
        { name: 'path', description: 'Project root directory (default: the workspace).', default: '.', positional: true },
        {
            name: 'lockfiles',
            description: 'Lockfiles to read, one per line, relative to `path` (globs allowed). Default: those in `path` and its workspace members.',
            default: '',
        },
        {
            name: 'format',
            description: 'cyclonedx-json, cyclonedx-xml or spdx-json (SPDX 2.3).',
            default: 'cyclonedx-json',
        },
        { name: 'spec-version', description: 'CycloneDX specification version: 1.5, 1.6 or 1.7.', default: '1.6' },
        {
            name: 'output-file',
            description: 'Where to write the SBOM. Default: $RUNNER_TEMP/sbom.cdx.json (the temp dir outside Actions).',
            default: '',
        },
        {
            name: 'include-dev',
            description: 'Include development-only packages (with scope "excluded").',
            default: 'false',
        },
        {
            name: 'component-name',
            description: 'Name of the described component (default: from the root manifest).',
            default: '',
        },
        {
            name: 'component-version',
            description: 'Version of the described component (default: from the root manifest).',
            default: '',
        },
        {
            name: 'validate',
            description: 'Validate the SBOM against the official schema before writing it.',
            default: 'true',
        },
        {
            name: 'fail-on-empty',
            description: 'Fail (exit 1) instead of writing an SBOM with no component.',
            default: 'true',
        },
    ],
    outputs: [
        { name: 'sbom-file', description: 'Absolute path of the SBOM written.' },
        { name: 'sbom-digest', description: 'sha256:<hex> of the SBOM file, for attest-provenance subjects.' },
        { name: 'component-count', description: 'Number of components in the SBOM.' },
        { name: 'serial-number', description: 'The SBOM serial number (urn:uuid:..., a UUID v5 of its content).' },
    ],
    rules: sbomRules,
    parse(inputs, context) {
        const path = inputs.get('path') || '.';
        const projectDir = (0,external_node_path_.resolve)(context.workspace, path);
        const format = (0,src_inputs/* parseChoice */.HU)('format', inputs.get('format'), FORMATS, 'cyclonedx-json');
        const specVersion = (0,src_inputs/* parseChoice */.HU)('spec-version', inputs.get('spec-version'), cyclonedx/* SPEC_VERSIONS */.mR, '1.6');
        if (format === 'spdx-json' && inputs.isSet('spec-version')) {
            throw new errors/* ConfigurationError */.j1('invalid-input', 'Input "spec-version" applies to CycloneDX; spdx-json is always SPDX 2.3.', undefined, 'Remove spec-version or choose a cyclonedx format.');
        }
        const rawOutput = inputs.get('output-file');
        const outputFile = rawOutput
            ? (0,external_node_path_.isAbsolute)(rawOutput)
                ? rawOutput
                : (0,external_node_path_.resolve)(context.workspace, rawOutput)
            : (0,external_node_path_.resolve)(context.tempDir, format === 'spdx-json' ? 'sbom.spdx.json' : format === 'cyclonedx-xml' ? 'sbom.cdx.xml' : DEFAULT_OUTPUT);
        return {
            projectDir,
            lockfiles: inputs.getList('lockfiles'),
            format,
            specVersion,
            outputFile,
            includeDev: (0,src_inputs/* parseBoolean */.yG)('include-dev', inputs.get('include-dev'), false),
            componentName: inputs.get('component-name') || undefined,
            componentVersion: inputs.get('component-version') || undefined,
            validate: (0,src_inputs/* parseBoolean */.yG)('validate', inputs.get('validate'), true),
            failOnEmpty: (0,src_inputs/* parseBoolean */.yG)('fail-on-empty', inputs.get('fail-on-empty'), true),
        };
    },
    async run(options, context) {
        const timestamp = sbomTimestamp(options.projectDir, context.env, context.buildTime);
        let sbom;
        try {
            sbom = await generateSbom({
                ...options,
                timestamp,
                vcs: sbomVcs(options.projectDir),
                debug: (message) => context.debug(message),
            });
        }
        catch (error) {
            if (error instanceof InvalidSbomError) {
                throw new Error(`${error.message} (this is a paved-road bug; please report it with the lockfile)`, {
                    cause: error,
                });
            }
            throw error;
        }
        if (sbom.scopeWarning)
            context.log(`warning: ${sbom.scopeWarning}`);
        // An empty SBOM would pass every later check that reads it: fail before anything can use it.
        if (sbom.componentCount === 0 && options.failOnEmpty) {
            const empty = {
                exitCode: 1,
                failureMessage: `No component found in ${sbom.lockfiles.join(', ')}: the SBOM would be empty, so it was not written (set fail-on-empty: false to write it anyway).`,
                outputs: { 'component-count': '0' },
                json: { componentCount: 0, lockfiles: sbom.lockfiles, warnings: sbom.warnings.map((w) => w.message) },
            };
            return empty;
        }
        (0,files/* writeFileAtomic */.Zf)(options.outputFile, sbom.pieces, { createDirectory: true });
        const findings = sbom.warnings.map((w) => {
            const file = (0,external_node_path_.relative)(context.workspace, (0,external_node_path_.resolve)(options.projectDir, w.lockfile)).split('\\').join('/');
            return { rule: lockfileOutOfSync.id, severity: 'warning', message: w.message, file, line: 1, column: 1 };
        });
        for (const w of sbom.warnings)
            context.log(`warning: ${w.message}`);
        context.log(`${sbom.componentCount} components from ${sbom.lockfiles.join(', ')} -> ${options.outputFile}`);
        const digest = `sha256:${sbom.digest}`;
        const formatLabel = options.format === 'spdx-json'
            ? 'SPDX 2.3 JSON'
            : `CycloneDX ${options.specVersion} ${options.format === 'cyclonedx-xml' ? 'XML' : 'JSON'}`;
        return {
            exitCode: 0,
            outputs: {
                'sbom-file': options.outputFile,
                'sbom-digest': digest,
                'component-count': String(sbom.componentCount),
                'serial-number': sbom.serialNumber,
            },
            findings,
            rules: new rules/* RuleRegistry */.UD(sbomRules),
            json: {
                sbomFile: options.outputFile,
                sbomDigest: digest,
                componentCount: sbom.componentCount,
                serialNumber: sbom.serialNumber,
                format: options.format,
                specVersion: options.format === 'spdx-json' ? 'SPDX-2.3' : options.specVersion,
                lockfiles: sbom.lockfiles,
                warnings: sbom.warnings.map((w) => w.message),
                ...(sbom.scopeWarning ? { scopeWarning: sbom.scopeWarning } : {}),
            },
            text: `${formatLabel} SBOM with ${sbom.componentCount} components written to ${options.outputFile}\n${digest}\n`,
            summary: [
                '### SBOM',
                '',
                '| | |',
                '|---|---|',
                `| Format | ${formatLabel} |`,
                `| Components | ${sbom.componentCount} |`,
                `| Lockfiles | ${sbom.lockfiles.map((l) => `\`${l}\``).join(', ')} |`,
                `| File | \`${options.outputFile}\` |`,
                `| Digest | \`${digest}\` |`,
                `| Serial number | \`${sbom.serialNumber}\` |`,
                ...(sbom.scopeWarning ? ['', `**Warning:** ${sbom.scopeWarning}`] : []),
                ...(sbom.warnings.length
                    ? ['', `**${sbom.warnings.length} warning(s):**`, '', ...sbom.warnings.map((w) => `- ${w.message}`)]
                    : []),
                '',
            ].join('\n'),
        };
    },
});

;// CONCATENATED MODULE: ./packages/sbom/src/index.ts








/***/ }),

/***/ 87915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ addPackage),
/* harmony export */   Gq: () => (/* binding */ reachable),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   OW: () => (/* binding */ parseJsonFile),
/* harmony export */   TC: () => (/* binding */ computeScopes),
/* harmony export */   Vf: () => (/* binding */ npmEntryProperties),
/* harmony export */   Ye: () => (/* binding */ edgeKind),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   cV: () => (/* binding */ hashesFromIntegrity),
/* harmony export */   eP: () => (/* binding */ hexHash),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   rN: () => (/* binding */ addEdge)
/* harmony export */ });
/* unused harmony export expectedHexLength */
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
// The lockfile readers' common result: packages with an identity, hashes, flags and edges. The BOM
// builders (cyclonedx.ts, spdx.ts) turn it into documents; nothing here knows a document format.

const EDGE_RANK = { required: 0, optional: 1, dev: 2 };
/**
 * Adds an edge; when it is already there, the stronger need wins (required over optional over
 * dev): a package both depends on and dev-depends on something needs it at run time.
 */
function addEdge(from, to, kind = 'required') {
    if (from.dependsOn.has(to)) {
        const current = from.edgeKinds?.get(to) ?? 'required';
        if (EDGE_RANK[kind] >= EDGE_RANK[current])
            return;
    }
    else {
        from.dependsOn.add(to);
    }
    if (kind === 'required')
        from.edgeKinds?.delete(to);
    else
        (from.edgeKinds ??= new Map()).set(to, kind);
}
/** The kind of an edge (required when it has none). */
function edgeKind(from, to) {
    return from.edgeKinds?.get(to) ?? 'required';
}
/** Adds a package, merging with an earlier one of the same ref (the same package at several paths). */
function addPackage(packages, pkg) {
    const existing = packages.get(pkg.ref);
    if (!existing) {
        packages.set(pkg.ref, pkg);
        return pkg;
    }
    // Needed by production through any path: it is needed.
    existing.dev = existing.dev && pkg.dev;
    existing.optional = existing.optional && pkg.optional;
    for (const dep of pkg.dependsOn)
        addEdge(existing, dep, edgeKind(pkg, dep));
    if (!existing.hashes.length && pkg.hashes.length)
        existing.hashes = pkg.hashes;
    if (!existing.license && pkg.license)
        existing.license = pkg.license;
    existing.pedigree ??= pkg.pedigree;
    for (const lockfile of pkg.lockfiles ?? [])
        if (!existing.lockfiles?.includes(lockfile))
            (existing.lockfiles ??= []).push(lockfile);
    for (const file of pkg.files) {
        if (!existing.files.some((f) => f.url === file.url && sameHashes(f.hashes, file.hashes)))
            existing.files.push(file);
    }
    return existing;
}
function sameHashes(a, b) {
    return a.length === b.length && a.every((h, i) => h.alg === b[i]?.alg && h.content === b[i]?.content);
}
const SRI_ALGORITHMS = {
    sha1: 'SHA-1',
    sha256: 'SHA-256',
    sha384: 'SHA-384',
    sha512: 'SHA-512',
};
/**
 * Subresource-integrity strings (`sha512-<base64> sha1-<base64>`, as npm, pnpm and yarn classic
 * write them) to hex hashes; unknown algorithms are skipped.
 */
function hashesFromIntegrity(integrity) {
    if (!integrity)
        return [];
    const hashes = [];
    // Nearly always one hash: split only when there is whitespace.
    const parts = /\s/.test(integrity) ? integrity.trim().split(/\s+/) : [integrity];
    for (const part of parts) {
        const dash = part.indexOf('-');
        if (dash < 0)
            continue;
        const alg = SRI_ALGORITHMS[part.slice(0, dash).toLowerCase()];
        if (!alg)
            continue;
        const query = part.indexOf('?', dash);
        const base64 = part.slice(dash + 1, query < 0 ? undefined : query);
        const content = Buffer.from(base64, 'base64').toString('hex');
        if (content.length !== expectedHexLength(alg))
            continue;
        if (!hashes.some((h) => h.alg === alg))
            hashes.push({ alg, content });
    }
    return hashes;
}
const HEX_LENGTH = { 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 };
function expectedHexLength(alg) {
    return HEX_LENGTH[alg];
}
/** A hex digest of a known algorithm, or undefined when it is not one. */
function hexHash(alg, hex) {
    if (!hex)
        return undefined;
    const content = hex.trim().toLowerCase();
    if (content.length !== expectedHexLength(alg) || !/^[0-9a-f]+$/.test(content))
        return undefined;
    return { alg, content };
}
/** 1-based line of a character offset. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Parses JSON, turning a syntax error into a ConfigurationError with the file and line. */
function parseJsonFile(text, file, kind) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = /position (\d+)/.exec(message);
        const lineColumn = /line (\d+) column (\d+)/.exec(message);
        let line;
        let column;
        if (lineColumn) {
            line = Number(lineColumn[1]);
            column = Number(lineColumn[2]);
        }
        else if (position) {
            line = lineOf(text, Number(position[1]));
        }
        else if (/end of JSON input|Unterminated/i.test(message)) {
            line = text.split('\n').length;
        }
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('invalid-lockfile', `${kind} is not valid JSON (${(0,_paved_road_core__WEBPACK_IMPORTED_MODULE_0__/* .jsonReason */ .rw)(error).replace(/ in JSON at.*$| at position.*$/, '')}); it may be truncated or hand-edited.`, { file, line, column }, 'Regenerate it with the package manager, then run again.');
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
/**
 * The one scope model of every reader: marks each package dev and optional from the graph. The
 * production roots are the root's edges (which include every workspace member, itself a package
 * with its own edges); `alsoRequired` adds packages a lockfile itself says production needs.
 * Required = reachable through runtime edges only; optional = reachable when optional edges are
 * followed too (an optional dependency of a production package is installed with it, so it is in
 * the production SBOM); dev = the rest. Dev edges are never followed.
 */
function computeScopes(root, packages, alsoRequired = []) {
    const { required, needed } = reachable(root, (ref) => packages.get(ref), alsoRequired);
    for (const [ref, pkg] of packages) {
        pkg.dev = !needed.has(ref);
        pkg.optional = needed.has(ref) && !required.has(ref);
    }
}
/**
 * The walks of computeScopes over any graph (npm's runs over install paths): `required` through
 * runtime edges only, `needed` through optional ones too; dev edges are never followed.
 */
function reachable(root, node, alsoRequired = []) {
    const starts = [...alsoRequired];
    const walk = (withOptional) => {
        const seen = new Set();
        const stack = [...starts];
        const follow = (from) => {
            for (const dep of from.dependsOn) {
                const kind = edgeKind(from, dep);
                if (kind === 'dev' || (kind === 'optional' && !withOptional))
                    continue;
                if (!seen.has(dep))
                    stack.push(dep);
            }
        };
        follow(root);
        while (stack.length) {
            const ref = stack.pop();
            if (seen.has(ref))
                continue;
            const owner = node(ref);
            if (!owner)
                continue;
            seen.add(ref);
            follow(owner);
        }
        return seen;
    };
    // Two fresh walks: a second one starting from the required set would skip its optional edges.
    return { required: walk(false), needed: walk(true) };
}
/**
 * The install facts of an npm-family lockfile entry a responder asks about, as properties: the
 * CycloneDX taxonomy's `cdx:npm:package:bundled` / `extraneous`, and ours for the rest (an install
 * script runs code at install time; a deprecation names a replacement; os / cpu / libc say where a
 * platform binary installs). Values as the lockfile writes them; lists joined with commas.
 */
function npmEntryProperties(entry) {
    const out = [];
    if (entry.inBundle === true)
        out.push(['cdx:npm:package:bundled', 'true']);
    if (entry.extraneous === true)
        out.push(['cdx:npm:package:extraneous', 'true']);
    if (entry.hasInstallScript === true || entry.requiresBuild === true)
        out.push(['paved-road:npm:has-install-script', 'true']);
    const deprecated = str(entry.deprecated);
    if (deprecated)
        out.push(['paved-road:npm:deprecated', deprecated]);
    for (const field of ['os', 'cpu', 'libc']) {
        const value = entry[field];
        const list = Array.isArray(value)
            ? value.filter((v) => typeof v === 'string')
            : str(value)
                ? [str(value)]
                : [];
        if (list.length)
            out.push([`paved-road:npm:${field}`, list.join(',')]);
    }
    return out.length ? out : undefined;
}


/***/ }),

/***/ 22049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ purl),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   X: () => (/* binding */ splitNpmName),
/* harmony export */   Y3: () => (/* binding */ classifyNpmResolved),
/* harmony export */   YH: () => (/* binding */ rootPurl),
/* harmony export */   jD: () => (/* binding */ normalizeGitUrl),
/* harmony export */   wh: () => (/* binding */ npmDistribution)
/* harmony export */ });
/* unused harmony export NPM_REGISTRY */
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17997);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);
// Package URLs, built with packageurl-js so encoding follows the purl spec (scoped npm names become
// `%40scope/name`, qualifiers are percent-encoded and sorted).

function purl(type, namespace, name, version, qualifiers) {
    const clean = {};
    for (const [key, value] of Object.entries(qualifiers ?? {}))
        if (value)
            clean[key] = value;
    return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(type, namespace || undefined, name, version || undefined, Object.keys(clean).length ? clean : undefined, undefined).toString();
}
/** `@scope/name` to [`@scope`, `name`]; unscoped names have no group. */
function splitNpmName(fullName) {
    if (fullName.startsWith('@')) {
        const slash = fullName.indexOf('/');
        if (slash > 0)
            return { group: fullName.slice(0, slash), name: fullName.slice(slash + 1) };
    }
    return { name: fullName };
}
const NPM_REGISTRY = 'https://registry.npmjs.org';
const DEFAULT_REGISTRIES = [NPM_REGISTRY, 'https://registry.yarnpkg.com', 'https://registry.npmjs.com'];
function classifyNpmResolved(resolved, fullName) {
    if (!resolved)
        return { kind: 'registry' };
    if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(resolved) || /^[\w.-]+\/[\w.-]+#/.test(resolved)) {
        const commit = /#([0-9a-f]{7,40})$/.exec(resolved)?.[1];
        return { kind: 'git', vcsUrl: normalizeGitUrl(resolved), commit };
    }
    if (/^(file:|link:|workspace:|portal:)/.test(resolved) || !/^[a-z]+:\/\//i.test(resolved)) {
        return { kind: 'local', path: resolved.replace(/^(file|link|workspace|portal):/, '') };
    }
    // A registry tarball: <registry>/<name>/-/<file>.tgz. codeload.github.com and other hosts are plain tarballs.
    const marker = `/${fullName}/-/`;
    const at = resolved.indexOf(marker);
    const encodedAt = at < 0 ? resolved.indexOf(`/${fullName.replace('/', '%2f')}/-/`) : at;
    const encodedAt2 = encodedAt < 0 ? resolved.indexOf(`/${fullName.replace('/', '%2F')}/-/`) : encodedAt;
    if (encodedAt2 > 0) {
        const registry = resolved.slice(0, encodedAt2);
        const tarball = resolved.replace(/#.*$/, '');
        if (DEFAULT_REGISTRIES.includes(registry))
            return { kind: 'registry', tarball };
        return { kind: 'registry', repositoryUrl: registry, tarball };
    }
    return { kind: 'tarball', url: resolved.replace(/#.*$/, '') };
}
/** `github:owner/repo#sha` and scp-like forms to a `git+https://` / `git+ssh://` URL with the commit. */
function normalizeGitUrl(spec) {
    const shortcut = /^(github|gitlab|bitbucket):([^#]+)(#.*)?$/.exec(spec) ?? /^()([\w.-]+\/[\w.-]+)(#.*)?$/.exec(spec);
    if (shortcut) {
        const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org', '': 'github.com' }[shortcut[1]];
        return `git+https://${host}/${shortcut[2].replace(/\.git$/, '')}.git${shortcut[3] ?? ''}`;
    }
    if (spec.startsWith('git://'))
        return `git+${spec}`;
    return spec;
}
/**
 * The tarball an npm-family package downloads: the lockfile's `resolved` / `tarball` URL, else, for
 * a package of the public registry, its address by the registry's convention
 * (`<registry>/<name>/-/<unscoped name>-<version>.tgz`), which npm, pnpm and yarn fetch. `hashes` are
 * the tarball's (an integrity), or none.
 */
function npmDistribution(fullName, version, source, resolved, hashes) {
    if (source.kind === 'local' || source.kind === 'git')
        return [];
    if (resolved && /^https?:\/\//.test(resolved))
        return [{ url: resolved.replace(/#.*$/, ''), hashes }];
    if (source.kind !== 'registry' || source.repositoryUrl || !version)
        return [];
    const { name } = splitNpmName(fullName);
    return [{ url: `${NPM_REGISTRY}/${fullName}/-/${name}-${version}.tgz`, hashes, derived: true }];
}
/** The npm purl of a registry, git or tarball package (never of a local one). */
function npmPurl(fullName, version, source) {
    const { group, name } = splitNpmName(fullName);
    const qualifiers = {};
    if (source.kind === 'registry')
        qualifiers.repository_url = source.repositoryUrl;
    if (source.kind === 'git')
        qualifiers.vcs_url = source.vcsUrl;
    if (source.kind === 'tarball')
        qualifiers.download_url = source.url;
    return purl('npm', group, name, version, qualifiers);
}
/**
 * The purl of the project itself, from its manifest's name and version: npm scopes and Composer
 * vendors are namespaces, a Go module path's last element is the name, Python names normalized.
 */
function rootPurl(ecosystem, fullName, version) {
    if (!fullName)
        return undefined;
    switch (ecosystem) {
        case 'npm': {
            const { group, name } = splitNpmName(fullName);
            return purl('npm', group, name, version);
        }
        case 'golang':
        case 'composer': {
            const slash = fullName.lastIndexOf('/');
            return purl(ecosystem, slash > 0 ? fullName.slice(0, slash) : undefined, fullName.slice(slash + 1), version);
        }
        case 'pypi':
            return purl('pypi', undefined, fullName.toLowerCase().replace(/[-_.]+/g, '-'), version);
        case 'cargo':
        case 'gem':
            return purl(ecosystem, undefined, fullName, version);
        default:
            return undefined;
    }
}


/***/ })

};
