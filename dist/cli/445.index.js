export const id = 445;
export const ids = [445];
export const modules = {

/***/ 62445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORMATS: () => (/* reexport */ FORMATS),
  LOCKFILE_NAMES: () => (/* reexport */ LOCKFILE_NAMES),
  SPEC_VERSIONS: () => (/* reexport */ SPEC_VERSIONS),
  buildCycloneDx: () => (/* reexport */ buildCycloneDx),
  buildSpdx: () => (/* reexport */ buildSpdx),
  discoverLockfiles: () => (/* reexport */ discoverLockfiles),
  generateSbom: () => (/* reexport */ generateSbom),
  generateSbomCommand: () => (/* reexport */ generateSbomCommand),
  lockfileKind: () => (/* reexport */ lockfileKind),
  lockfileOutOfSync: () => (/* reexport */ lockfileOutOfSync),
  mergeGraphs: () => (/* reexport */ mergeGraphs),
  readLockfile: () => (/* reexport */ readLockfile),
  sbomRules: () => (/* reexport */ sbomRules),
  sbomTimestamp: () => (/* reexport */ sbomTimestamp),
  selectPackages: () => (/* reexport */ selectPackages),
  toCycloneDxXml: () => (/* reexport */ toCycloneDxXml),
  uuidV5: () => (/* reexport */ uuidV5),
  validateCycloneDx: () => (/* reexport */ validateCycloneDx),
  validateSpdx: () => (/* reexport */ validateSpdx)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 16 modules
var src = __webpack_require__(57667);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/.pnpm/@cyclonedx+cyclonedx-library@10.3.0_ajv-formats-draft2019@1.6.1_ajv@8.20.0__ajv-formats_e4fb6d17cdc4a1a099e2292220068f16/node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(88595);
// EXTERNAL MODULE: ./node_modules/.pnpm/@cyclonedx+cyclonedx-library@10.3.0_ajv-formats-draft2019@1.6.1_ajv@8.20.0__ajv-formats_e4fb6d17cdc4a1a099e2292220068f16/node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(22189);
// EXTERNAL MODULE: ./node_modules/.pnpm/@cyclonedx+cyclonedx-library@10.3.0_ajv-formats-draft2019@1.6.1_ajv@8.20.0__ajv-formats_e4fb6d17cdc4a1a099e2292220068f16/node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(4321);
// EXTERNAL MODULE: ./node_modules/.pnpm/@cyclonedx+cyclonedx-library@10.3.0_ajv-formats-draft2019@1.6.1_ajv@8.20.0__ajv-formats_e4fb6d17cdc4a1a099e2292220068f16/node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js
var spdx = __webpack_require__(14815);
// EXTERNAL MODULE: ./node_modules/.pnpm/@cyclonedx+cyclonedx-library@10.3.0_ajv-formats-draft2019@1.6.1_ajv@8.20.0__ajv-formats_e4fb6d17cdc4a1a099e2292220068f16/node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(24144);
// EXTERNAL MODULE: ./node_modules/.pnpm/spdx-expression-parse@5.0.0/node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(56922);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
;// CONCATENATED MODULE: ./packages/sbom/src/cyclonedx.ts
// The merged package graph to a CycloneDX document, through @cyclonedx/cyclonedx-library's models
// and normalizers (the library knows what each spec version allows). Every component has an
// explicit bom-ref, so the library never invents a random one; lists are sorted; the serial number
// is a UUID v5 of the content, so the same lockfiles give byte-identical output.

// Subpath imports: the package root also loads the library's own validators, which find their
// schema files through __dirname (not available in the ESM bundle) and compile them at run time.







const SPEC_VERSIONS = ['1.5', '1.6', '1.7'];
const SPECS = {
    '1.5': spec.Spec1dot5,
    '1.6': spec.Spec1dot6,
    '1.7': spec.Spec1dot7,
};
/** The namespace of paved-road's content-derived UUIDs (itself a UUID v5 of the project URL). */
const SERIAL_NAMESPACE = 'a3c5b5f4-7c1e-5a8e-9a47-2f4f1d0b7e61';
const SERIAL_PLACEHOLDER = 'urn:uuid:00000000-0000-0000-0000-000000000000';
/** RFC 4122 UUID version 5 (SHA-1, name-based). */
function uuidV5(name, namespace = SERIAL_NAMESPACE) {
    const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    const digest = (0,external_node_crypto_.createHash)('sha1').update(ns).update(name).digest();
    digest[6] = (digest[6] & 0x0f) | 0x50;
    digest[8] = (digest[8] & 0x3f) | 0x80;
    const hex = digest.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const HASH_ALG = {
    'SHA-1': enums.HashAlgorithm['SHA-1'],
    'SHA-256': enums.HashAlgorithm['SHA-256'],
    'SHA-384': enums.HashAlgorithm['SHA-384'],
    'SHA-512': enums.HashAlgorithm['SHA-512'],
};
function hashDictionary(hashes) {
    return new models.HashDictionary(hashes.map((h) => [HASH_ALG[h.alg], h.content]));
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
        parsed = spdx_expression_parse_default()(text);
    }
    catch {
        parsed = undefined;
    }
    if (parsed &&
        'license' in parsed &&
        !('plus' in parsed && parsed.plus) &&
        !parsed.exception &&
        spdx.isSupportedSpdxId(parsed.license)) {
        license = new models.SpdxLicense(parsed.license);
    }
    else if (parsed) {
        license = new models.LicenseExpression(text);
    }
    else {
        const fixed = spdx.fixupSpdxId(text);
        license = fixed ? new models.SpdxLicense(fixed) : new models.NamedLicense(text);
    }
    licenseCache.set(text, license);
    return license;
}
function component(pkg, includeDev) {
    const c = new models.Component(enums.ComponentType.Library, pkg.name, {
        bomRef: pkg.ref,
        group: pkg.group || undefined,
        version: pkg.version || undefined,
        purl: pkg.purl,
        hashes: hashDictionary(pkg.hashes),
        scope: pkg.dev
            ? enums.ComponentScope.Excluded
            : pkg.optional
                ? enums.ComponentScope.Optional
                : enums.ComponentScope.Required,
    });
    void includeDev;
    if (pkg.license)
        c.licenses.add(toLicense(pkg.license));
    for (const file of pkg.files) {
        if (!file.url)
            continue;
        c.externalReferences.add(new models.ExternalReference(file.url, enums.ExternalReferenceType.Distribution, {
            hashes: hashDictionary(file.hashes),
        }));
    }
    for (const [name, value] of pkg.properties ?? [])
        c.properties.add(new models.Property(name, value));
    if (pkg.vcs)
        c.externalReferences.add(new models.ExternalReference(pkg.vcs, enums.ExternalReferenceType.VCS));
    return c;
}
/** Drops keys whose value is undefined (the normalizer keeps them; JSON, and so a validator, must not). */
function defined(value) {
    if (Array.isArray(value))
        value.forEach(defined);
    else if (value && typeof value === 'object') {
        for (const key of Object.keys(value)) {
            const v = value[key];
            if (v === undefined)
                delete value[key];
            else
                defined(v);
        }
    }
    return value;
}
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function metadataModel(input) {
    const bom = new models.Bom();
    bom.metadata.timestamp = input.timestamp;
    bom.metadata.tools.components.add(new models.Component(enums.ComponentType.Application, src/* TOOL_NAME */.lH, {
        bomRef: `tool:${src/* TOOL_NAME */.lH}`,
        version: src/* VERSION */.xv,
        externalReferences: new models.ExternalReferenceRepository([
            new models.ExternalReference('https://github.com/paved-road/paved-road', enums.ExternalReferenceType.VCS),
        ]),
    }));
    const root = new models.Component(enums.ComponentType.Application, input.root.name, {
        bomRef: input.root.ref,
        version: input.root.version || undefined,
        purl: input.root.purl,
    });
    if (input.root.license)
        root.licenses.add(toLicense(input.root.license));
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
    const factory = new index_node.JSON.Normalize.Factory(spec);
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
    const parts = [];
    input.packages.forEach((pkg, i) => {
        const normalized = defined(normalizer.normalize(component(pkg, input.includeDev), options));
        if (checks && problems.length < 20)
            problems.push(...checks.component(normalized, i));
        parts.push(`    ${JSON.stringify(normalized, null, 2).replace(/\n/g, '\n    ')}`);
    });
    const skeletonText = JSON.stringify(skeleton, null, 2);
    const withPlaceholder = `${skeletonText.replace('"components": []', parts.length ? `"components": [\n${parts.join(',\n')}\n  ]` : '"components": []')}\n`;
    parts.length = 0;
    const serialNumber = `urn:uuid:${uuidV5(withPlaceholder)}`;
    const text = withPlaceholder.replace(`"serialNumber": "${SERIAL_PLACEHOLDER}"`, `"serialNumber": "${serialNumber}"`);
    return { text, serialNumber, problems };
}
/** The library's full model of the document: what the XML serializer takes. */
function cycloneDxModel(input, serialNumber) {
    const bom = metadataModel(input);
    bom.serialNumber = serialNumber;
    const byRef = new Map();
    for (const pkg of input.packages) {
        const c = component(pkg, input.includeDev);
        byRef.set(pkg.ref, c);
        bom.components.add(c);
    }
    const link = (from, deps) => {
        for (const dep of deps) {
            const target = byRef.get(dep);
            if (target)
                from.dependencies.add(target.bomRef);
        }
    };
    for (const pkg of input.packages)
        link(byRef.get(pkg.ref), pkg.dependsOn);
    link(bom.metadata.component, input.root.dependsOn);
    return bom;
}
/** The same document as CycloneDX XML (the library's serializer, xmlbuilder2 underneath). */
function toCycloneDxXml(input, serialNumber) {
    const serializer = new index_node.XmlSerializer(new index_node.XML.Normalize.Factory(SPECS[input.specVersion]));
    return `${serializer.serialize(cycloneDxModel(input, serialNumber), { sortLists: true, space: 2 })}\n`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/sbom/src/model.ts
// The lockfile readers' common result: packages with an identity, hashes, flags and edges. The BOM
// builders (cyclonedx.ts, spdx.ts) turn it into documents; nothing here knows a document format.

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
        existing.dependsOn.add(dep);
    if (!existing.hashes.length && pkg.hashes.length)
        existing.hashes = pkg.hashes;
    if (!existing.license && pkg.license)
        existing.license = pkg.license;
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
    for (const part of integrity.trim().split(/\s+/)) {
        const dash = part.indexOf('-');
        if (dash < 0)
            continue;
        const alg = SRI_ALGORITHMS[part.slice(0, dash).toLowerCase()];
        if (!alg)
            continue;
        const base64 = part.slice(dash + 1).replace(/\?.*$/, '');
        const content = Buffer.from(base64, 'base64').toString('hex');
        if (content.length !== expectedHexLength(alg))
            continue;
        if (!hashes.some((h) => h.alg === alg))
            hashes.push({ alg, content });
    }
    return hashes;
}
function expectedHexLength(alg) {
    return { 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 }[alg];
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
        throw new src/* ConfigurationError */.j1('invalid-lockfile', `${kind} is not valid JSON (${message.replace(/^.*?: /, '').replace(/ in JSON at.*$/, '')}); it may be truncated or hand-edited.`, { file, line, column }, 'Regenerate it with the package manager, then run again.');
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
/**
 * Marks packages dev and optional from the graph, for lockfiles without those flags (pnpm 9, yarn,
 * Cargo, ...): required = reachable from the root's production edges without crossing an optional
 * edge; optional = reachable from production edges only through optional ones; dev = the rest.
 */
function computeScopes(packages, roots, optionalEdges = () => false) {
    const required = new Set();
    const walk = (start, seen, skipOptional) => {
        const stack = [...start];
        while (stack.length) {
            const ref = stack.pop();
            if (seen.has(ref))
                continue;
            const pkg = packages.get(ref);
            if (!pkg)
                continue;
            seen.add(ref);
            for (const dep of pkg.dependsOn) {
                if (skipOptional && optionalEdges(ref, dep))
                    continue;
                if (!seen.has(dep))
                    stack.push(dep);
            }
        }
    };
    walk(roots.prod, required, true);
    const needed = new Set(required);
    walk([...roots.prod, ...roots.optional], needed, false);
    for (const [ref, pkg] of packages) {
        pkg.dev = !needed.has(ref);
        pkg.optional = needed.has(ref) && !required.has(ref);
    }
}

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(88009);
;// CONCATENATED MODULE: ./packages/sbom/src/readers/yaml-file.ts


/** Parses a YAML lockfile; a syntax error becomes a ConfigurationError at its line and column. */
function parseYamlFile(text, file) {
    try {
        // uniqueKeys off: lockfiles are machine-written; a huge document should not pay for the check.
        return (0,dist/* parse */.qg)(text, { uniqueKeys: false, maxAliasCount: -1, strict: false });
    }
    catch (error) {
        if (error instanceof dist/* YAMLParseError */.XT) {
            const pos = error.linePos?.[0];
            throw new src/* ConfigurationError */.j1('invalid-lockfile', `${file} is not valid YAML (${error.code}: ${error.message.split('\n')[0]}); it may be truncated or hand-edited.`, { file, line: pos?.line, column: pos?.col }, 'Regenerate it with the package manager, then run again.');
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/sbom/src/discover.ts
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
    const base = external_node_path_.posix.basename(file.replace(/\\/g, '/'));
    const known = LOCKFILE_NAMES.find(([name]) => name === base);
    if (known)
        return known[1];
    if (/^requirements.*\.txt$/.test(base))
        return 'pip';
    return undefined;
}
/** The lockfiles of one directory (relative to the project root, `dir` '' for the root). */
function lockfilesIn(projectDir, dir) {
    const absolute = (0,external_node_path_.join)(projectDir, dir);
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(absolute);
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
function workspaceDirs(projectDir) {
    const patterns = [];
    const manifest = (0,external_node_path_.join)(projectDir, 'package.json');
    if ((0,external_node_fs_.existsSync)(manifest)) {
        const data = parseJsonFile((0,src/* readTextFile */.Gu)(manifest, { displayName: 'package.json', kind: 'manifest' }), 'package.json', 'package.json');
        if (isObject(data)) {
            const ws = Array.isArray(data.workspaces)
                ? data.workspaces
                : isObject(data.workspaces) && Array.isArray(data.workspaces.packages)
                    ? data.workspaces.packages
                    : [];
            for (const p of ws)
                if (typeof p === 'string')
                    patterns.push(p);
        }
    }
    const pnpmWorkspace = (0,external_node_path_.join)(projectDir, 'pnpm-workspace.yaml');
    if ((0,external_node_fs_.existsSync)(pnpmWorkspace)) {
        const data = parseYamlFile((0,src/* readTextFile */.Gu)(pnpmWorkspace, { displayName: 'pnpm-workspace.yaml', kind: 'workspace file' }), 'pnpm-workspace.yaml');
        if (isObject(data) && Array.isArray(data.packages))
            for (const p of data.packages)
                if (typeof p === 'string')
                    patterns.push(p);
    }
    const dirs = new Set();
    for (const pattern of patterns) {
        if (pattern.startsWith('!'))
            continue;
        for (const match of (0,external_node_fs_.globSync)(pattern.replace(/\/+$/, ''), {
            cwd: projectDir,
            exclude: (p) => p.includes('node_modules'),
        })) {
            try {
                if ((0,external_node_fs_.statSync)((0,external_node_path_.join)(projectDir, match)).isDirectory())
                    dirs.add(match.split('\\').join('/'));
            }
            catch {
                // a dangling link
            }
        }
    }
    return [...dirs].sort();
}
/**
 * The lockfiles to read: the explicit list (globs allowed) or those discovered in the project root
 * and its workspace members. None found is a ConfigurationError listing where we looked.
 */
function discoverLockfiles(projectDir, explicit, displayDir) {
    if (explicit.length) {
        const files = (0,src/* expandPaths */.pR)(explicit, { cwd: projectDir });
        for (const file of files) {
            if (!lockfileKind(file)) {
                throw new src/* ConfigurationError */.j1('unsupported-lockfile', `${file} is not a lockfile paved-road reads.`, { file }, `Name one of: ${LOCKFILE_NAMES.map(([n]) => n).join(', ')}, requirements*.txt.`);
            }
        }
        if (!files.length) {
            throw new src/* ConfigurationError */.j1('no-lockfile', `No file matches the lockfiles input (${explicit.join(', ')}) in ${displayDir}.`, undefined, 'Check the patterns.');
        }
        return files;
    }
    const dirs = ['', ...workspaceDirs(projectDir)];
    const found = dirs.flatMap((dir) => lockfilesIn(projectDir, dir));
    if (!found.length) {
        const looked = dirs.map((d) => (d ? `${displayDir}/${d}` : displayDir)).join(', ');
        throw new src/* ConfigurationError */.j1('no-lockfile', `No lockfile found. Looked in ${looked} for ${LOCKFILE_NAMES.map(([n]) => n).join(', ')} and requirements*.txt.`, undefined, 'Commit your lockfile, set `path` to the project directory, or name the files with `lockfiles`.');
    }
    return [...new Set(found)].sort();
}

// EXTERNAL MODULE: ./node_modules/.pnpm/packageurl-js@2.0.1/node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(37970);
;// CONCATENATED MODULE: ./packages/sbom/src/purl.ts
// Package URLs, built with packageurl-js so encoding follows the purl spec (scoped npm names become
// `%40scope/name`, qualifiers are percent-encoded and sorted).

function purl(type, namespace, name, version, qualifiers) {
    const clean = {};
    for (const [key, value] of Object.entries(qualifiers ?? {}))
        if (value)
            clean[key] = value;
    return new packageurl_js.PackageURL(type, namespace || undefined, name, version || undefined, Object.keys(clean).length ? clean : undefined, undefined).toString();
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

// EXTERNAL MODULE: ./node_modules/.pnpm/smol-toml@1.9.1/node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(11041);
;// CONCATENATED MODULE: ./packages/sbom/src/readers/toml-file.ts


/** Parses a TOML lockfile; a syntax error becomes a ConfigurationError at its line and column. */
function parseTomlFile(text, file) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof smol_toml_dist/* TomlError */.zx) {
            throw new src/* ConfigurationError */.j1('invalid-lockfile', `${file} is not valid TOML (${error.message.split('\n')[0]}); it may be truncated or hand-edited.`, { file, line: error.line, column: error.column }, 'Regenerate it with the package manager, then run again.');
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/sbom/src/readers/cargo.ts
// Cargo.lock (versions 1 to 4). Packages without `source` are the workspace's own crates: local
// components without a registry identity. `checksum` is the SHA-256 of the .crate file.






const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
function readCargoLock(input) {
    const data = parseTomlFile(input.text, input.lockfile);
    const version = data.version ?? (isObject(data.metadata) ? 1 : 2);
    if (typeof version !== 'number' || version < 1 || version > 4) {
        const at = input.text.indexOf('version');
        throw new src/* ConfigurationError */.j1('unsupported-lockfile-version', `${input.lockfile} has version ${JSON.stringify(version)}; paved-road reads Cargo.lock versions 1 to 4.`, { file: input.lockfile, line: at >= 0 ? lineOf(input.text, at) : 1 }, 'Regenerate it with a current cargo (cargo generate-lockfile).');
    }
    const list = Array.isArray(data.package) ? data.package.filter(isObject) : [];
    const v1Checksums = isObject(data.metadata) ? data.metadata : {};
    const lockDirDisplay = external_node_path_.posix.dirname(input.lockfile);
    const result = new Map();
    const byName = new Map();
    for (const entry of list) {
        const name = String(entry.name ?? '');
        const version = String(entry.version ?? '');
        const source = str(entry.source);
        let ref;
        let packageUrl;
        let vcs;
        if (!source) {
            ref = `local:${external_node_path_.posix.join(lockDirDisplay, 'crate', name)}`;
        }
        else if (source.startsWith('git+')) {
            const commit = source.split('#')[1];
            vcs = source.replace(/^git\+/, '').replace(/\?.*?(#|$)/, '$1');
            packageUrl = purl('cargo', undefined, name, version, { vcs_url: source.replace(/\?[^#]*/, '') });
            ref = packageUrl;
            void commit;
        }
        else {
            const repository = source === CRATES_IO ||
                source === 'registry+https://index.crates.io' ||
                source === 'sparse+https://index.crates.io/'
                ? undefined
                : source.replace(/^(registry|sparse)\+/, '');
            packageUrl = purl('cargo', undefined, name, version, { repository_url: repository });
            ref = packageUrl;
        }
        const checksum = str(entry.checksum) ?? str(v1Checksums[`checksum ${name} ${version} (${source})`]);
        const hash = hexHash('SHA-256', checksum);
        addPackage(result, {
            ref,
            ecosystem: 'cargo',
            name,
            version,
            purl: packageUrl,
            hashes: hash ? [hash] : [],
            files: [],
            vcs,
            dev: false,
            optional: false,
            local: !source,
            dependsOn: new Set(),
            source: `${name} ${version}`,
        });
        const known = byName.get(name) ?? [];
        known.push({ version, source, ref });
        byName.set(name, known);
    }
    // Dependencies are "name", "name version" or "name version (source)", unambiguous within the file.
    for (const entry of list) {
        const from = [...(byName.get(String(entry.name)) ?? [])].find((c) => c.version === String(entry.version) && c.source === str(entry.source))?.ref;
        if (!from)
            continue;
        const pkg = result.get(from);
        for (const dep of Array.isArray(entry.dependencies) ? entry.dependencies : []) {
            const [name, version, source] = String(dep).split(' ');
            const candidates = byName.get(name) ?? [];
            const match = candidates.find((c) => (!version || c.version === version) && (!source || `(${c.source})` === source)) ??
                candidates[0];
            if (match && match.ref !== from)
                pkg.dependsOn.add(match.ref);
        }
    }
    // The root: the [package] of Cargo.toml beside the lockfile, or the workspace's crates.
    const manifestPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(input.path), 'Cargo.toml');
    let rootName = external_node_path_.posix.basename(external_node_path_.posix.resolve('/', lockDirDisplay)) || 'project';
    let rootVersion;
    if ((0,external_node_fs_.existsSync)(manifestPath)) {
        const manifest = parseTomlFile((0,src/* readTextFile */.Gu)(manifestPath, { displayName: external_node_path_.posix.join(lockDirDisplay, 'Cargo.toml'), kind: 'manifest' }), external_node_path_.posix.join(lockDirDisplay, 'Cargo.toml'));
        if (isObject(manifest.package)) {
            rootName = str(manifest.package.name) ?? rootName;
            rootVersion = str(manifest.package.version);
        }
    }
    const rootDeps = new Set();
    const rootCrate = (byName.get(rootName) ?? []).find((c) => !c.source);
    if (rootCrate) {
        for (const dep of result.get(rootCrate.ref).dependsOn)
            rootDeps.add(dep);
        result.delete(rootCrate.ref);
    }
    for (const pkg of result.values()) {
        pkg.dependsOn.delete(rootCrate?.ref ?? '');
        if (pkg.local)
            rootDeps.add(pkg.ref);
    }
    // Cargo.lock does not separate dev-dependencies: everything it locks is required.
    computeScopes(result, { prod: [...result.keys()], optional: [] });
    return {
        lockfile: input.lockfile,
        ecosystem: 'cargo',
        root: { ref: `root:${rootName}`, name: rootName, version: rootVersion, ecosystem: 'cargo', dependsOn: rootDeps },
        packages: result,
        warnings: [],
    };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var semver = __webpack_require__(82320);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/sbom/src/manifest.ts
// package.json, read for the root component and for checking that a lockfile matches it.





function specs(value) {
    const out = {};
    if (isObject(value))
        for (const [k, v] of Object.entries(value))
            if (typeof v === 'string')
                out[k] = v;
    return out;
}
/** The package.json in `dir`, or undefined when there is none. `display` names it in messages. */
function readNpmManifest(dir, display) {
    const path = (0,external_node_path_.join)(dir, 'package.json');
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const data = parseJsonFile((0,src/* readTextFile */.Gu)(path, { displayName: display, kind: 'manifest' }), display, 'package.json');
    if (!isObject(data))
        return undefined;
    const license = str(data.license) ?? (isObject(data.license) ? str(data.license.type) : undefined);
    return {
        file: display,
        name: str(data.name),
        version: str(data.version),
        license,
        private: data.private === true,
        dependencies: specs(data.dependencies),
        devDependencies: specs(data.devDependencies),
        optionalDependencies: specs(data.optionalDependencies),
        peerDependencies: specs(data.peerDependencies),
    };
}
/** Every dependency a manifest declares, with its spec and whether it is a dev one. */
function declaredDependencies(manifest) {
    const out = new Map();
    for (const [name, spec] of Object.entries(manifest.devDependencies))
        out.set(name, { name, spec, dev: true, optional: false });
    for (const [name, spec] of Object.entries(manifest.dependencies))
        out.set(name, { name, spec, dev: false, optional: false });
    for (const [name, spec] of Object.entries(manifest.optionalDependencies))
        out.set(name, { name, spec, dev: false, optional: true });
    return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * A warning when a lockfile's resolution of a declared dependency does not match the manifest
 * (missing, or a version outside the declared range): the lockfile is out of date.
 */
function syncWarning(manifestFile, lockfile, name, spec, lockedVersion) {
    if (lockedVersion === undefined) {
        return `${manifestFile} declares ${name}@${spec} but ${lockfile} has no entry for it: the lockfile is out of sync with the manifest; run the package manager's install to update it.`;
    }
    const range = spec.startsWith('npm:') ? spec.slice(spec.lastIndexOf('@') + 1) : spec;
    if (!semver_default().validRange(range, { loose: true }) || !semver_default().valid(lockedVersion, { loose: true }))
        return undefined;
    if (semver_default().satisfies(lockedVersion, range, { loose: true, includePrerelease: true }))
        return undefined;
    return `${manifestFile} declares ${name}@${spec} but ${lockfile} locks ${name}@${lockedVersion}: the lockfile is out of sync with the manifest; run the package manager's install to update it.`;
}

;// CONCATENATED MODULE: ./packages/sbom/src/readers/npm.ts
// package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3, read directly (npm is never run).
// v2 and v3 have the flat `packages` map keyed by install path: dependencies resolve the way Node
// resolves them (the nearest node_modules up the path), and npm's own dev / optional / devOptional
// flags give the scopes. v1 has only the nested `dependencies` tree with `requires` maps.





function readNpmLockfile(input) {
    const data = parseJsonFile(input.text, input.lockfile, input.lockfile);
    if (!isObject(data)) {
        throw new src/* ConfigurationError */.j1('invalid-lockfile', `${input.lockfile} is not a package-lock object.`, { file: input.lockfile, line: 1 }, 'Regenerate it with npm install.');
    }
    const version = data.lockfileVersion;
    const manifest = readNpmManifest((0,external_node_path_.dirname)(input.path), external_node_path_.posix.join(external_node_path_.posix.dirname(input.lockfile), 'package.json'));
    if (version === 2 || version === 3) {
        if (!isObject(data.packages)) {
            throw new src/* ConfigurationError */.j1('invalid-lockfile', `${input.lockfile} (lockfileVersion ${version}) has no "packages" map.`, { file: input.lockfile, line: lineOfKey(input.text, 'lockfileVersion') }, 'Regenerate it with npm install.');
        }
        return readPackagesMap(input, data, data.packages, manifest);
    }
    if (version === 1)
        return readV1(input, data, manifest);
    throw new src/* ConfigurationError */.j1('unsupported-lockfile-version', `${input.lockfile} has lockfileVersion ${JSON.stringify(version)}; paved-road reads versions 1, 2 and 3.`, { file: input.lockfile, line: lineOfKey(input.text, 'lockfileVersion') }, 'Regenerate it with npm 7 or later (npm install --package-lock-only).');
}
function lineOfKey(text, key) {
    const at = text.indexOf(`"${key}"`);
    return at < 0 ? undefined : lineOf(text, at);
}
/** The name a `node_modules/...` path installs, or undefined for a workspace / outside path. */
function nameFromPath(path) {
    const at = path.lastIndexOf('node_modules/');
    if (at < 0)
        return undefined;
    return path.slice(at + 'node_modules/'.length);
}
function readPackagesMap(input, lock, packages, manifest) {
    const result = new Map();
    const warnings = [];
    const rootData = isObject(packages['']) ? packages[''] : {};
    const rootName = str(rootData.name) ?? str(lock.name) ?? manifest?.name ?? external_node_path_.posix.basename(external_node_path_.posix.dirname(`/${input.lockfile}`));
    const rootVersion = str(rootData.version) ?? str(lock.version) ?? manifest?.version;
    const rootRef = `root:${rootName}`;
    // First pass: the identity (ref) of every installed path; links point at their target path.
    const entries = new Map();
    const links = new Map();
    for (const [path, value] of Object.entries(packages)) {
        if (path === '' || !isObject(value))
            continue;
        if (value.link === true) {
            const target = str(value.resolved);
            if (target !== undefined)
                links.set(path, target);
            continue;
        }
        const installedAs = nameFromPath(path);
        const fullName = str(value.name) ?? installedAs ?? external_node_path_.posix.basename(path);
        const version = str(value.version) ?? '';
        const local = installedAs === undefined;
        const source = local ? { kind: 'local', path } : classifyNpmResolved(str(value.resolved), fullName);
        let ref;
        let purl;
        if (source.kind === 'local') {
            ref = `local:${path}`;
        }
        else {
            purl = npmPurl(fullName, version, source);
            ref = purl;
        }
        entries.set(path, { path, data: value, ref });
        const { group, name } = splitNpmName(fullName);
        const hashes = hashesFromIntegrity(str(value.integrity));
        const resolved = str(value.resolved);
        const pkg = {
            ref,
            ecosystem: 'npm',
            group,
            name,
            version,
            purl,
            hashes,
            files: resolved && source.kind !== 'local' && source.kind !== 'git' ? [{ url: resolved, hashes }] : [],
            vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
            license: licenseOf(value.license),
            dev: value.dev === true,
            optional: value.optional === true,
            local,
            dependsOn: new Set(),
            source: path,
        };
        addPackage(result, pkg);
    }
    const resolveTarget = (path) => {
        let seen = 0;
        let current = path;
        while (links.has(current) && seen++ < 32)
            current = normalizeLinkTarget(links.get(current));
        return entries.get(current);
    };
    const resolveDep = (from, name) => {
        let dir = from;
        for (;;) {
            const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
            if (entries.has(candidate) || links.has(candidate))
                return resolveTarget(candidate);
            if (!dir)
                return undefined;
            const slash = dir.lastIndexOf('/');
            dir = slash < 0 ? '' : dir.slice(0, slash);
        }
    };
    const edges = (from, data, withDev) => {
        const list = [];
        const add = (value, kind) => {
            if (isObject(value))
                for (const [name, spec] of Object.entries(value))
                    list.push({ name, spec: String(spec), kind });
        };
        add(data.dependencies, 'prod');
        add(data.optionalDependencies, 'optional');
        add(data.peerDependencies, 'peer');
        if (withDev)
            add(data.devDependencies, 'dev');
        void from;
        return list;
    };
    // Second pass: edges. Workspace members (paths outside node_modules) also bring their devDependencies.
    for (const entry of entries.values()) {
        const pkg = result.get(entry.ref);
        for (const dep of edges(entry.path, entry.data, pkg.local === true)) {
            const target = resolveDep(entry.path, dep.name);
            if (target && target.ref !== entry.ref)
                pkg.dependsOn.add(target.ref);
        }
    }
    const rootDeps = new Set();
    for (const dep of edges('', rootData, true)) {
        const target = resolveDep('', dep.name);
        if (target)
            rootDeps.add(target.ref);
    }
    // Workspace members are direct dependencies of the project even when no root manifest names them.
    for (const [path, target] of links) {
        if (!path.startsWith('node_modules/'))
            continue;
        const entry = entries.get(normalizeLinkTarget(target));
        if (entry && !entry.path.includes('node_modules/') && isWorkspacePath(lock, entry.path))
            rootDeps.add(entry.ref);
    }
    if (manifest) {
        for (const dep of declaredDependencies(manifest)) {
            const target = resolveDep('', dep.name);
            const locked = target ? str(target.data.version) : undefined;
            const spec = isObject(rootData) ? specIn(rootData, dep.name) : undefined;
            const warning = spec !== undefined && spec !== dep.spec
                ? `${manifest.file} declares ${dep.name}@${dep.spec} but ${input.lockfile} was written for ${dep.name}@${spec}: the lockfile is out of sync with the manifest; run npm install to update it.`
                : syncWarning(manifest.file, input.lockfile, dep.name, dep.spec, target ? (locked ?? '') : undefined);
            if (warning)
                warnings.push(warning);
        }
    }
    return {
        lockfile: input.lockfile,
        ecosystem: 'npm',
        root: {
            ref: rootRef,
            name: rootName,
            version: rootVersion,
            ecosystem: 'npm',
            license: licenseOf(rootData.license) ?? manifest?.license,
            dependsOn: rootDeps,
        },
        packages: result,
        warnings,
    };
}
function isWorkspacePath(lock, path) {
    const root = isObject(lock.packages) && isObject(lock.packages['']) ? lock.packages[''] : {};
    return Array.isArray(root.workspaces) || isObject(root.workspaces) || !path.startsWith('..');
}
function specIn(data, name) {
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
        const map = data[key];
        if (isObject(map) && typeof map[name] === 'string')
            return map[name];
    }
    return undefined;
}
function normalizeLinkTarget(target) {
    return external_node_path_.posix.normalize(target.replace(/^file:/, '')).replace(/\/$/, '');
}
function licenseOf(value) {
    if (typeof value === 'string' && value.trim())
        return value.trim();
    if (isObject(value) && typeof value.type === 'string')
        return value.type;
    if (Array.isArray(value)) {
        const ids = value.map((v) => (isObject(v) ? str(v.type) : str(v))).filter((v) => !!v);
        if (ids.length)
            return ids.length === 1 ? ids[0] : `(${ids.join(' OR ')})`;
    }
    return undefined;
}
function v1Identity(installedAs, data) {
    const raw = str(data.version) ?? '';
    const resolved = str(data.resolved);
    if (raw.startsWith('npm:')) {
        const spec = raw.slice(4);
        const at = spec.lastIndexOf('@');
        const fullName = spec.slice(0, at);
        return { fullName, version: spec.slice(at + 1), source: classifyNpmResolved(resolved, fullName) };
    }
    if (/^(file:|link:)/.test(raw))
        return { fullName: installedAs, version: '', source: { kind: 'local', path: raw.replace(/^(file|link):/, '') } };
    const looksGit = /^(git\+|git:|github:|gitlab:|bitbucket:)/.test(raw) || /^[\w.-]+\/[\w.-]+#/.test(raw);
    if (looksGit) {
        const source = classifyNpmResolved(raw, installedAs);
        const commit = source.kind === 'git' ? source.commit : undefined;
        return { fullName: installedAs, version: commit ?? '', source };
    }
    if (/^https?:\/\//.test(raw)) {
        const version = /-(\d+\.\d+\.\d+[^/]*?)\.tgz$/.exec(raw)?.[1] ?? '';
        return { fullName: installedAs, version, source: classifyNpmResolved(raw, installedAs) };
    }
    return { fullName: installedAs, version: raw, source: classifyNpmResolved(resolved, installedAs) };
}
function readV1(input, lock, manifest) {
    const result = new Map();
    const warnings = [];
    const rootName = str(lock.name) ?? manifest?.name ?? 'project';
    const all = [];
    const build = (deps, parent, into) => {
        if (!isObject(deps))
            return;
        for (const [key, value] of Object.entries(deps)) {
            if (!isObject(value))
                continue;
            const { fullName, version, source } = v1Identity(key, value);
            const purl = source.kind === 'local' ? undefined : npmPurl(fullName, version, source);
            const pathKey = parent ? `${parent.key}/node_modules/${key}` : `node_modules/${key}`;
            const ref = purl ?? `local:${pathKey}`;
            const node = { key: pathKey, name: key, data: value, parent, children: new Map(), ref };
            into.set(key, node);
            all.push(node);
            const { group, name } = splitNpmName(fullName);
            const hashes = hashesFromIntegrity(str(value.integrity));
            const resolved = str(value.resolved);
            addPackage(result, {
                ref,
                ecosystem: 'npm',
                group,
                name,
                version,
                purl,
                hashes,
                files: resolved && /^https?:/.test(resolved) ? [{ url: resolved, hashes }] : [],
                vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
                dev: value.dev === true,
                optional: value.optional === true,
                local: source.kind === 'local',
                dependsOn: new Set(),
                source: pathKey,
            });
            build(value.dependencies, node, node.children);
        }
    };
    const top = new Map();
    build(lock.dependencies, undefined, top);
    const resolve = (from, name) => {
        for (let scope = from; scope; scope = scope.parent) {
            const hit = scope.children.get(name);
            if (hit)
                return hit;
        }
        return top.get(name);
    };
    for (const node of all) {
        const requires = node.data.requires;
        if (!isObject(requires))
            continue;
        const pkg = result.get(node.ref);
        for (const name of Object.keys(requires)) {
            const target = resolve(node, name);
            if (target && target.ref !== node.ref)
                pkg.dependsOn.add(target.ref);
        }
    }
    const rootDeps = new Set();
    if (manifest) {
        for (const dep of declaredDependencies(manifest)) {
            const target = top.get(dep.name);
            if (target)
                rootDeps.add(target.ref);
            const warning = syncWarning(manifest.file, input.lockfile, dep.name, dep.spec, target ? v1Identity(dep.name, target.data).version : undefined);
            if (warning)
                warnings.push(warning);
        }
    }
    else {
        // Without a manifest, the top-level packages nothing else requires are the direct dependencies.
        const required = new Set();
        for (const pkg of result.values())
            for (const dep of pkg.dependsOn)
                required.add(dep);
        for (const node of top.values())
            if (!required.has(node.ref))
                rootDeps.add(node.ref);
    }
    return {
        lockfile: input.lockfile,
        ecosystem: 'npm',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            version: str(lock.version) ?? manifest?.version,
            ecosystem: 'npm',
            license: manifest?.license,
            dependsOn: rootDeps,
        },
        packages: result,
        warnings,
    };
}
const npmLockfileNames = (/* unused pure expression or super */ null && (['npm-shrinkwrap.json', 'package-lock.json']));
void external_node_path_.join;

;// CONCATENATED MODULE: ./packages/sbom/src/readers/composer.ts
// composer.lock: `packages` are production, `packages-dev` development. `dist.shasum` (when not
// empty) is the SHA-1 of the dist archive: the component's hash.






function readComposerLock(input) {
    const data = parseJsonFile(input.text, input.lockfile, input.lockfile);
    if (!isObject(data) || (!Array.isArray(data.packages) && !Array.isArray(data['packages-dev']))) {
        throw new src/* ConfigurationError */.j1('invalid-lockfile', `${input.lockfile} has no "packages" list: it is not a composer.lock.`, { file: input.lockfile, line: 1 }, 'Regenerate it with composer update --lock.');
    }
    const result = new Map();
    const byName = new Map();
    const prodRoots = new Set();
    const entries = [];
    for (const [field, dev] of [
        ['packages', false],
        ['packages-dev', true],
    ]) {
        for (const entry of (Array.isArray(data[field]) ? data[field] : []).filter(isObject)) {
            const fullName = String(entry.name ?? '').toLowerCase();
            const slash = fullName.indexOf('/');
            const vendor = slash > 0 ? fullName.slice(0, slash) : undefined;
            const name = slash > 0 ? fullName.slice(slash + 1) : fullName;
            const version = String(entry.version ?? '');
            const dist = isObject(entry.dist) ? entry.dist : {};
            const source = isObject(entry.source) ? entry.source : {};
            const local = str(dist.type) === 'path';
            const packageUrl = local ? undefined : purl('composer', vendor, name, version);
            const ref = packageUrl ?? `local:${str(dist.url) ?? fullName}`;
            const sha1 = hexHash('SHA-1', str(dist.shasum));
            addPackage(result, {
                ref,
                ecosystem: 'composer',
                group: vendor,
                name,
                version,
                purl: packageUrl,
                hashes: sha1 ? [sha1] : [],
                files: str(dist.url) && !local ? [{ url: str(dist.url), hashes: sha1 ? [sha1] : [] }] : [],
                vcs: str(source.type) === 'git' && str(source.url)
                    ? `${str(source.url)}${str(source.reference) ? `#${str(source.reference)}` : ''}`
                    : undefined,
                license: licenseOf(entry.license),
                dev,
                optional: false,
                local,
                dependsOn: new Set(),
                source: `${field}: ${fullName}`,
            });
            byName.set(fullName, ref);
            if (!dev)
                prodRoots.add(ref);
            entries.push([entry, ref]);
        }
    }
    for (const [entry, ref] of entries) {
        const requires = isObject(entry.require) ? entry.require : {};
        for (const name of Object.keys(requires)) {
            const to = byName.get(name.toLowerCase());
            if (to && to !== ref)
                result.get(ref).dependsOn.add(to);
        }
    }
    computeScopes(result, { prod: prodRoots, optional: [] });
    const manifestPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(input.path), 'composer.json');
    const rootDeps = new Set();
    let rootName = external_node_path_.posix.basename(external_node_path_.posix.resolve('/', external_node_path_.posix.dirname(input.lockfile))) || 'project';
    let rootVersion;
    let rootLicense;
    const warnings = [];
    if ((0,external_node_fs_.existsSync)(manifestPath)) {
        const display = external_node_path_.posix.join(external_node_path_.posix.dirname(input.lockfile), 'composer.json');
        const manifest = parseJsonFile((0,src/* readTextFile */.Gu)(manifestPath, { displayName: display, kind: 'manifest' }), display, 'composer.json');
        if (isObject(manifest)) {
            rootName = str(manifest.name) ?? rootName;
            rootVersion = str(manifest.version);
            rootLicense = licenseOf(manifest.license);
            for (const field of ['require', 'require-dev']) {
                const requires = isObject(manifest[field]) ? manifest[field] : {};
                for (const [name, spec] of Object.entries(requires)) {
                    if (!name.includes('/'))
                        continue; // php, ext-*, lib-*: the platform, not packages
                    const to = byName.get(name.toLowerCase());
                    if (to)
                        rootDeps.add(to);
                    else
                        warnings.push(`${display} requires ${name} ${String(spec)} but ${input.lockfile} has no entry for it: the lockfile is out of sync with the manifest; run composer update --lock.`);
                }
            }
        }
    }
    else {
        for (const ref of prodRoots)
            rootDeps.add(ref);
    }
    return {
        lockfile: input.lockfile,
        ecosystem: 'composer',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            version: rootVersion,
            license: rootLicense,
            ecosystem: 'composer',
            dependsOn: rootDeps,
        },
        packages: result,
        warnings,
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/readers/gem.ts
// Gemfile.lock: GEM / GIT / PATH sections of `name (version[-platform])` specs with their
// dependencies, and the CHECKSUMS section (Bundler 2.5+: SHA-256 of each .gem). A gem built for a
// platform is its own artifact: `pkg:gem/name@version?platform=...`. Dev-only gems come from the
// Gemfile's `group :development, :test` blocks.





const PLATFORM = /^(\d[^-]*)-(.+)$/;
function devOnlyGems(gemfile) {
    const groupsOf = new Map();
    const stack = [];
    for (const raw of gemfile.split(/\r?\n/)) {
        const line = raw.replace(/#.*$/, '').trim();
        if (!line)
            continue;
        const group = /^group\s+(.+?)\s+do\b/.exec(line);
        if (group) {
            stack.push([...group[1].matchAll(/:(\w+)|["'](\w+)["']/g)].map((m) => m[1] ?? m[2]));
            continue;
        }
        if (/\bdo(\s*\|[^|]*\|)?$/.test(line) || /^(if|unless|case|begin|while)\b/.test(line)) {
            stack.push(null);
            continue;
        }
        if (line === 'end') {
            stack.pop();
            continue;
        }
        const gem = /^gem\s+["']([^"']+)["'](.*)$/.exec(line);
        if (!gem)
            continue;
        const groups = new Set(stack.flatMap((g) => g ?? []));
        const inline = /groups?:\s*(\[[^\]]*\]|:\w+|["']\w+["'])/.exec(gem[2]);
        if (inline)
            for (const m of inline[1].matchAll(/:(\w+)|["'](\w+)["']/g))
                groups.add(m[1] ?? m[2]);
        const known = groupsOf.get(gem[1]) ?? new Set();
        if (!groups.size)
            groups.add('default');
        for (const g of groups)
            known.add(g);
        groupsOf.set(gem[1], known);
    }
    const dev = new Set();
    for (const [name, groups] of groupsOf)
        if ([...groups].every((g) => g === 'development' || g === 'test'))
            dev.add(name);
    return dev;
}
function readGemfileLock(input) {
    const lines = input.text.split(/\r?\n/);
    const result = new Map();
    const variants = new Map();
    const checksums = new Map();
    const specs = [];
    const direct = [];
    let section = '';
    let remote;
    let revision;
    let inSpecs = false;
    let current;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line.trim()) {
            inSpecs = false;
            continue;
        }
        if (/^[A-Z]/.test(line)) {
            section = line.trim();
            remote = undefined;
            revision = undefined;
            inSpecs = false;
            continue;
        }
        if (section === 'GEM' || section === 'GIT' || section === 'PATH') {
            const setting = /^ {2}(\w+):(?: (.*))?$/.exec(line);
            if (setting) {
                if (setting[1] === 'remote')
                    remote = setting[2];
                if (setting[1] === 'revision')
                    revision = setting[2];
                if (setting[1] === 'specs')
                    inSpecs = true;
                continue;
            }
            if (!inSpecs)
                continue;
            const spec = /^ {4}([^ (]+) \(([^)]+)\)$/.exec(line);
            if (spec) {
                const [, name, full] = spec;
                const platform = PLATFORM.exec(full);
                const version = platform ? platform[1] : full;
                const local = section === 'PATH';
                const qualifiers = { platform: platform?.[2] };
                if (section === 'GIT')
                    qualifiers.vcs_url = `git+${remote}${revision ? `@${revision}` : ''}`;
                else if (section === 'GEM' && remote && !/^https:\/\/rubygems\.org\/?$/.test(remote))
                    qualifiers.repository_url = remote;
                const packageUrl = local ? undefined : purl('gem', undefined, name, version, qualifiers);
                const ref = packageUrl ?? `local:${external_node_path_.posix.join(external_node_path_.posix.dirname(input.lockfile), remote ?? name)}`;
                addPackage(result, {
                    ref,
                    ecosystem: 'gem',
                    name: name,
                    version,
                    purl: packageUrl,
                    hashes: [],
                    files: [],
                    vcs: section === 'GIT' ? `${remote}${revision ? `#${revision}` : ''}` : undefined,
                    dev: false,
                    optional: false,
                    local,
                    dependsOn: new Set(),
                    source: `line ${i + 1}`,
                    properties: platform ? [['paved-road:gem:platform', platform[2]]] : undefined,
                });
                variants.set(name, [...(variants.get(name) ?? []), ref]);
                checksums.set(`${name} (${full})`, ref);
                current = { ref, deps: [] };
                specs.push(current);
                continue;
            }
            const dep = /^ {6}([^ (]+)/.exec(line);
            if (dep && current) {
                current.deps.push(dep[1]);
                continue;
            }
            throw new src/* ConfigurationError */.j1('invalid-lockfile', `${input.lockfile} line ${i + 1} is not a spec line: "${line.trim()}".`, { file: input.lockfile, line: i + 1 }, 'Regenerate it with bundle lock.');
        }
        if (section === 'DEPENDENCIES') {
            const dep = /^ {2}([^ (!]+)/.exec(line);
            if (dep)
                direct.push(dep[1]);
        }
        if (section === 'CHECKSUMS') {
            const sum = /^ {2}(.+\)) sha256=([0-9a-f]{64})/.exec(line);
            const ref = sum ? checksums.get(sum[1]) : undefined;
            const hash = sum ? hexHash('SHA-256', sum[2]) : undefined;
            if (ref && hash)
                result.get(ref).hashes = [hash];
        }
    }
    if (section === '' && lines.some((l) => l.trim())) {
        throw new src/* ConfigurationError */.j1('invalid-lockfile', `${input.lockfile} has no GEM, GIT or PATH section: it is not a Gemfile.lock.`, { file: input.lockfile, line: 1 }, 'Regenerate it with bundle lock.');
    }
    // A dependency on a gem with platform variants is a dependency on each of them (one is installed).
    for (const spec of specs) {
        const pkg = result.get(spec.ref);
        for (const name of spec.deps)
            for (const ref of variants.get(name) ?? [])
                if (ref !== spec.ref)
                    pkg.dependsOn.add(ref);
    }
    const gemfilePath = (0,external_node_path_.join)((0,external_node_path_.dirname)(input.path), 'Gemfile');
    const devNames = (0,external_node_fs_.existsSync)(gemfilePath)
        ? devOnlyGems((0,src/* readTextFile */.Gu)(gemfilePath, { displayName: 'Gemfile', kind: 'Gemfile' }))
        : new Set();
    const rootDeps = new Set();
    const prodRoots = new Set();
    for (const name of direct) {
        for (const ref of variants.get(name) ?? []) {
            rootDeps.add(ref);
            if (!devNames.has(name))
                prodRoots.add(ref);
        }
    }
    computeScopes(result, { prod: prodRoots, optional: [] });
    const rootName = external_node_path_.posix.basename(external_node_path_.posix.resolve('/', external_node_path_.posix.dirname(input.lockfile))) || 'project';
    return {
        lockfile: input.lockfile,
        ecosystem: 'gem',
        root: { ref: `root:${rootName}`, name: rootName, ecosystem: 'gem', dependsOn: rootDeps },
        packages: result,
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/readers/go.ts
// go.mod (+ go.sum beside it). go.mod after `go mod tidy` lists every module of the build list
// (`// indirect` for the ones the main module does not import), with replace directives applied
// here. go.sum's `h1:` values hash Go's own directory summary, not a file anyone downloads, so they
// are kept as a property rather than passed off as a SHA-256 of the module.





function goPurl(path, version) {
    const slash = path.lastIndexOf('/');
    return purl('golang', slash > 0 ? path.slice(0, slash) : undefined, slash > 0 ? path.slice(slash + 1) : path, version);
}
function readGoMod(input) {
    const lines = input.text.split(/\r?\n/);
    let module;
    const requires = [];
    const replaces = new Map();
    let block;
    const fail = (line, what) => {
        throw new src/* ConfigurationError */.j1('invalid-lockfile', `${input.lockfile} line ${line}: ${what}.`, { file: input.lockfile, line }, 'Fix the line or run go mod tidy.');
    };
    for (let i = 0; i < lines.length; i++) {
        const number = i + 1;
        const raw = lines[i];
        const indirect = /\/\/\s*indirect\b/.test(raw);
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (!line)
            continue;
        if (block) {
            if (line === ')') {
                block = undefined;
                continue;
            }
            handle(block, line, number, indirect);
            continue;
        }
        const open = /^(\w+)\s*\($/.exec(line);
        if (open) {
            block = open[1];
            continue;
        }
        const directive = /^(\w+)\s+(.*)$/.exec(line);
        if (!directive)
            fail(number, `"${line}" is not a go.mod directive`);
        if (directive[1] === 'module')
            module = directive[2].replace(/"/g, '').trim();
        else
            handle(directive[1], directive[2], number, indirect);
    }
    if (block)
        fail(lines.length, `the ${block} ( block is not closed; the file may be truncated`);
    if (!module)
        fail(1, 'no module directive');
    function handle(kind, rest, number, indirect) {
        const words = rest.replace(/"/g, '').split(/\s+/).filter(Boolean);
        if (kind === 'require') {
            if (words.length !== 2 || !/^v\d/.test(words[1]))
                fail(number, `"${rest}" is not "module version"`);
            requires.push({ path: words[0], version: words[1], indirect, line: number });
        }
        else if (kind === 'replace') {
            const arrow = words.indexOf('=>');
            if (arrow < 1)
                fail(number, `"${rest}" is not "module => replacement"`);
            replaces.set(words[0], { path: words[arrow + 1], version: words[arrow + 2] });
        }
    }
    const sums = new Map();
    const sumPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(input.path), 'go.sum');
    if ((0,external_node_fs_.existsSync)(sumPath)) {
        const sumText = (0,src/* readTextFile */.Gu)(sumPath, {
            displayName: external_node_path_.posix.join(external_node_path_.posix.dirname(input.lockfile), 'go.sum'),
            kind: 'go.sum',
        });
        for (const line of sumText.split(/\r?\n/)) {
            const [path, version, hash] = line.trim().split(/\s+/);
            if (path && version && hash && !version.endsWith('/go.mod'))
                sums.set(`${path}@${version}`, hash);
        }
    }
    const result = new Map();
    const rootDeps = new Set();
    const warnings = [];
    for (const req of requires) {
        const replacement = replaces.get(req.path);
        let ref;
        let packagePurl;
        let version = req.version;
        let name = req.path;
        let local = false;
        if (replacement &&
            (replacement.path.startsWith('./') || replacement.path.startsWith('../') || replacement.path.startsWith('/'))) {
            local = true;
            ref = `local:${external_node_path_.posix.join(external_node_path_.posix.dirname(input.lockfile), replacement.path)}`;
        }
        else {
            if (replacement) {
                name = replacement.path;
                version = replacement.version ?? version;
            }
            packagePurl = goPurl(name, version);
            ref = packagePurl;
        }
        const h1 = sums.get(`${name}@${version}`);
        if (!local && sums.size && !h1) {
            warnings.push(`${input.lockfile} requires ${name}@${version} but go.sum has no hash for it: go.sum is out of sync with go.mod; run go mod tidy.`);
        }
        const slash = name.lastIndexOf('/');
        addPackage(result, {
            ref,
            ecosystem: 'golang',
            group: slash > 0 ? name.slice(0, slash) : undefined,
            name: slash > 0 ? name.slice(slash + 1) : name,
            version,
            purl: packagePurl,
            hashes: [],
            files: [],
            dev: false,
            optional: false,
            local,
            dependsOn: new Set(),
            source: `line ${req.line}`,
            properties: h1 ? [['paved-road:go:sum', h1]] : undefined,
        });
        // go.mod has no graph below the main module: direct requirements are its edges.
        if (!req.indirect)
            rootDeps.add(ref);
    }
    return {
        lockfile: input.lockfile,
        ecosystem: 'golang',
        root: { ref: `root:${module}`, name: module, purl: undefined, ecosystem: 'golang', dependsOn: rootDeps },
        packages: result,
        warnings,
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/readers/pnpm.ts
// pnpm-lock.yaml, lockfileVersion 6.x and 9.x, read directly.
// v9 splits packages (identity, resolution) from snapshots (dependencies, one per peer variant:
// `name@1.0.0(peer@2.0.0)`) and has no dev flags: dev-only is computed from the importers. v6 keeps
// both in `packages` with keys starting with `/`. Peer variants are one package in the SBOM.







/** `name@version(peer@1)(peer@2)` to name and version without the peer suffix. */
function splitPnpmKey(key) {
    const clean = key.startsWith('/') ? key.slice(1) : key;
    const at = clean.indexOf('@', 1);
    if (at < 0)
        return { name: clean, version: '' };
    const name = clean.slice(0, at);
    let version = clean.slice(at + 1);
    const paren = version.indexOf('(');
    if (paren > 0)
        version = version.slice(0, paren);
    return { name, version };
}
function readPnpmLockfile(input) {
    const data = parseYamlFile(input.text, input.lockfile);
    if (!isObject(data)) {
        throw new src/* ConfigurationError */.j1('invalid-lockfile', `${input.lockfile} is empty or not a pnpm lockfile.`, { file: input.lockfile, line: 1 }, 'Regenerate it with pnpm install.');
    }
    const rawVersion = String(data.lockfileVersion ?? '');
    const major = Number.parseInt(rawVersion, 10);
    if (major !== 6 && major !== 9) {
        const at = input.text.indexOf('lockfileVersion');
        throw new src/* ConfigurationError */.j1('unsupported-lockfile-version', `${input.lockfile} has lockfileVersion ${JSON.stringify(data.lockfileVersion ?? null)}; paved-road reads pnpm lockfile versions 6 and 9.`, { file: input.lockfile, line: at >= 0 ? lineOf(input.text, at) : 1 }, 'Regenerate it with pnpm 8 or later (pnpm install --lockfile-only).');
    }
    const v9 = major === 9;
    const packages = isObject(data.packages) ? data.packages : {};
    const snapshots = v9 ? (isObject(data.snapshots) ? data.snapshots : {}) : packages;
    const importers = isObject(data.importers)
        ? data.importers
        : {
            '.': {
                dependencies: data.dependencies,
                devDependencies: data.devDependencies,
                optionalDependencies: data.optionalDependencies,
            },
        };
    const lockDir = (0,external_node_path_.dirname)(input.path);
    const lockDirDisplay = external_node_path_.posix.dirname(input.lockfile);
    const result = new Map();
    const warnings = [];
    // Identity of each snapshot key (peer variants map to the same package).
    const refOfKey = new Map();
    const packageFor = (key) => {
        const known = refOfKey.get(key);
        if (known)
            return known;
        const snapshot = snapshots[key];
        if (snapshot === undefined)
            return undefined;
        const split = splitPnpmKey(key);
        const baseKey = v9 ? `${split.name}@${split.version}` : key;
        const info = (isObject(packages[baseKey]) ? packages[baseKey] : isObject(packages[key]) ? packages[key] : {});
        const resolution = isObject(info.resolution) ? info.resolution : {};
        const fullName = str(info.name) ?? split.name;
        let version = str(info.version) ?? split.version;
        let source;
        if (resolution.type === 'git' || str(resolution.repo)) {
            const repo = normalizeGitUrl(String(resolution.repo ?? ''));
            source = {
                kind: 'git',
                vcsUrl: `${repo.startsWith('git+') ? repo : `git+${repo}`}#${String(resolution.commit ?? '')}`,
                commit: str(resolution.commit),
            };
        }
        else if (str(resolution.directory) || version.startsWith('file:') || version.startsWith('link:')) {
            source = { kind: 'local', path: str(resolution.directory) ?? version.replace(/^(file|link):/, '') };
        }
        else {
            source = classifyNpmResolved(str(resolution.tarball), fullName);
        }
        if (/^(https?:|git|file:)/.test(version))
            version = str(info.version) ?? '';
        const purl = source.kind === 'local' ? undefined : npmPurl(fullName, version, source);
        const ref = purl ??
            `local:${lockDirDisplay === '.' ? '' : `${lockDirDisplay}/`}${source.kind === 'local' ? source.path : key}`;
        refOfKey.set(key, ref);
        const { group, name } = splitNpmName(fullName);
        const hashes = hashesFromIntegrity(str(resolution.integrity));
        addPackage(result, {
            ref,
            ecosystem: 'npm',
            group,
            name,
            version,
            purl,
            hashes,
            files: str(resolution.tarball) && source.kind !== 'local' ? [{ url: String(resolution.tarball), hashes }] : [],
            vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
            license: undefined,
            dev: false,
            optional: false,
            local: source.kind === 'local',
            dependsOn: new Set(),
            source: key,
        });
        return ref;
    };
    const keyOf = (name, value) => {
        const candidates = v9 ? [`${name}@${value}`, value] : [`/${name}@${value}`, value, `/${value}`, `${name}@${value}`];
        return candidates.find((c) => snapshots[c] !== undefined);
    };
    const memberRef = (path) => `local:${external_node_path_.posix.join(lockDirDisplay, path)}`;
    const linkRef = (fromImporter, target) => memberRef(external_node_path_.posix.normalize(external_node_path_.posix.join(fromImporter, target)));
    const optionalEdges = new Set();
    // Edges of every snapshot.
    for (const [key, value] of Object.entries(snapshots)) {
        const from = packageFor(key);
        if (!from || !isObject(value))
            continue;
        const pkg = result.get(from);
        for (const field of ['dependencies', 'optionalDependencies']) {
            const deps = value[field];
            if (!isObject(deps))
                continue;
            for (const [name, raw] of Object.entries(deps)) {
                const spec = String(raw);
                const target = spec.startsWith('link:') ? undefined : keyOf(name, spec);
                const to = target ? packageFor(target) : undefined;
                if (!to || to === from)
                    continue;
                pkg.dependsOn.add(to);
                if (field === 'optionalDependencies')
                    optionalEdges.add(`${from}\n${to}`);
            }
        }
    }
    // Importers: the root project and the workspace members.
    const prodRoots = new Set();
    const optionalRoots = new Set();
    const rootDeps = new Set();
    let rootManifest = readNpmManifest(lockDir, external_node_path_.posix.join(lockDirDisplay, 'package.json'));
    for (const [path, value] of Object.entries(importers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!isObject(value))
            continue;
        const isRoot = path === '.';
        const manifestDir = (0,external_node_path_.join)(lockDir, path);
        const manifest = isRoot
            ? rootManifest
            : (0,external_node_fs_.existsSync)(manifestDir)
                ? readNpmManifest(manifestDir, external_node_path_.posix.join(lockDirDisplay, path, 'package.json'))
                : undefined;
        let owner;
        if (!isRoot) {
            const ref = memberRef(path);
            const fullName = manifest?.name ?? path;
            const { group, name } = splitNpmName(fullName);
            owner = addPackage(result, {
                ref,
                ecosystem: 'npm',
                group,
                name,
                version: manifest?.version ?? '',
                hashes: [],
                files: [],
                license: manifest?.license,
                dev: false,
                optional: false,
                local: true,
                dependsOn: new Set(),
                source: path,
            });
            prodRoots.add(ref);
            rootDeps.add(ref);
        }
        for (const field of ['dependencies', 'optionalDependencies', 'devDependencies']) {
            const deps = value[field];
            if (!isObject(deps))
                continue;
            for (const [name, entry] of Object.entries(deps)) {
                const version = isObject(entry) ? String(entry.version ?? '') : String(entry);
                const specifier = isObject(entry) ? str(entry.specifier) : undefined;
                let to;
                if (version.startsWith('link:'))
                    to = linkRef(path, version.slice(5));
                else {
                    const key = keyOf(name, version);
                    to = key ? packageFor(key) : undefined;
                }
                if (!to)
                    continue;
                (owner ? owner.dependsOn : rootDeps).add(to);
                if (field === 'dependencies')
                    prodRoots.add(to);
                if (field === 'optionalDependencies')
                    optionalRoots.add(to);
                void specifier;
            }
        }
        if (manifest) {
            for (const field of ['dependencies', 'optionalDependencies', 'devDependencies']) {
                const locked = isObject(value[field]) ? value[field] : {};
                for (const [name, spec] of Object.entries(manifest[field])) {
                    const entry = locked[name] ??
                        (isObject(value.dependencies) ? value.dependencies[name] : undefined) ??
                        (isObject(value.devDependencies) ? value.devDependencies[name] : undefined);
                    const lockedSpecifier = isObject(entry) ? str(entry.specifier) : undefined;
                    if (entry === undefined) {
                        warnings.push(syncWarning(manifest.file, input.lockfile, name, spec, undefined));
                    }
                    else if (lockedSpecifier !== undefined && lockedSpecifier !== spec) {
                        warnings.push(`${manifest.file} declares ${name}@${spec} but ${input.lockfile} was written for ${name}@${lockedSpecifier}: the lockfile is out of sync with the manifest; run pnpm install to update it.`);
                    }
                }
            }
        }
    }
    if (!rootManifest)
        rootManifest = undefined;
    // Links from one member to another, and the scopes.
    for (const pkg of result.values())
        for (const dep of [...pkg.dependsOn])
            if (!result.has(dep))
                pkg.dependsOn.delete(dep);
    for (const dep of [...rootDeps])
        if (!result.has(dep))
            rootDeps.delete(dep);
    computeScopes(result, { prod: prodRoots, optional: optionalRoots }, (from, to) => optionalEdges.has(`${from}\n${to}`));
    const rootName = rootManifest?.name ?? external_node_path_.posix.basename(external_node_path_.posix.resolve('/', lockDirDisplay)) ?? 'project';
    return {
        lockfile: input.lockfile,
        ecosystem: 'npm',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            version: rootManifest?.version,
            ecosystem: 'npm',
            license: rootManifest?.license,
            dependsOn: rootDeps,
        },
        packages: result,
        warnings,
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/readers/python.ts
// poetry.lock and uv.lock. A Python package has one artifact per platform (an sdist and wheels),
// each with its own SHA-256: they are distribution external references (the file name when the
// lockfile has no URL), never a pile of SHA-256 values on the component, which would claim the one
// component hashes to several things at once.






/** PEP 503 normalized name. */
function normalizePythonName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function sha256Of(hash) {
    const text = str(hash);
    if (!text?.startsWith('sha256:'))
        return undefined;
    return hexHash('SHA-256', text.slice(7));
}
function readPyproject(dir, display) {
    const path = (0,external_node_path_.join)(dir, 'pyproject.toml');
    const main = new Set();
    if (!(0,external_node_fs_.existsSync)(path))
        return { main };
    const data = parseTomlFile((0,src/* readTextFile */.Gu)(path, { displayName: display, kind: 'manifest' }), display);
    const project = isObject(data.project) ? data.project : {};
    const poetry = isObject(data.tool) && isObject(data.tool.poetry) ? data.tool.poetry : {};
    for (const dep of Array.isArray(project.dependencies) ? project.dependencies : []) {
        const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(String(dep))?.[1];
        if (name)
            main.add(normalizePythonName(name));
    }
    if (isObject(poetry.dependencies))
        for (const name of Object.keys(poetry.dependencies))
            if (name !== 'python')
                main.add(normalizePythonName(name));
    const license = str(project.license) ?? (isObject(project.license) ? str(project.license.text) : undefined) ?? str(poetry.license);
    return {
        name: str(project.name) ?? str(poetry.name),
        version: str(project.version) ?? str(poetry.version),
        license,
        main,
    };
}
function pypiPurl(name, version, source) {
    if (source &&
        (str(source.type) === 'directory' ||
            str(source.type) === 'file' ||
            source.editable !== undefined ||
            source.virtual !== undefined ||
            source.path !== undefined ||
            source.directory !== undefined)) {
        return { local: true };
    }
    const git = str(source?.git) ?? (str(source?.type) === 'git' ? str(source?.url) : undefined);
    if (git) {
        const reference = str(source?.resolved_reference) ?? str(source?.reference);
        const vcs = `git+${git.replace(/^git\+/, '').replace(/#.*$/, '')}${reference ? `@${reference}` : ''}`;
        return {
            purl: purl('pypi', undefined, normalizePythonName(name), version, { vcs_url: vcs }),
            vcs: vcs.replace(/^git\+/, ''),
            local: false,
        };
    }
    const registry = str(source?.registry) ?? (str(source?.type) === 'legacy' ? str(source?.url) : undefined);
    const repository = registry && !/^https:\/\/pypi\.org\/simple\/?$/.test(registry) ? registry : undefined;
    return {
        purl: purl('pypi', undefined, normalizePythonName(name), version, { repository_url: repository }),
        local: false,
    };
}
function readPoetryLock(input) {
    const data = parseTomlFile(input.text, input.lockfile);
    const meta = isObject(data.metadata) ? data.metadata : {};
    const lockVersion = str(meta['lock-version']);
    if (lockVersion && !/^(1\.\d+|2\.\d+)$/.test(lockVersion)) {
        throw new src/* ConfigurationError */.j1('unsupported-lockfile-version', `${input.lockfile} has lock-version ${lockVersion}; paved-road reads poetry.lock versions 1.x and 2.x.`, { file: input.lockfile, line: lineOf(input.text, Math.max(0, input.text.indexOf('lock-version'))) }, 'Regenerate it with Poetry 1.x or 2.x (poetry lock).');
    }
    const lockDir = (0,external_node_path_.dirname)(input.path);
    const project = readPyproject(lockDir, external_node_path_.posix.join(external_node_path_.posix.dirname(input.lockfile), 'pyproject.toml'));
    const result = new Map();
    const byName = new Map();
    const list = (Array.isArray(data.package) ? data.package : []).filter(isObject);
    const mainRoots = new Set();
    const optionalRoots = new Set();
    const legacyHashes = isObject(meta.files) ? meta.files : {};
    for (const entry of list) {
        const name = String(entry.name ?? '');
        const version = String(entry.version ?? '');
        const source = isObject(entry.source) ? entry.source : undefined;
        const id = pypiPurl(name, version, source);
        const ref = id.purl ?? `local:${external_node_path_.posix.join(external_node_path_.posix.dirname(input.lockfile), str(source?.url) ?? name)}`;
        const fileList = Array.isArray(entry.files)
            ? entry.files
            : Array.isArray(legacyHashes[name])
                ? legacyHashes[name]
                : [];
        const files = [];
        for (const file of fileList.filter(isObject)) {
            const hash = sha256Of(file.hash);
            if (hash)
                files.push({ url: str(file.url) ?? str(file.file), hashes: [hash] });
        }
        addPackage(result, {
            ref,
            ecosystem: 'pypi',
            name: normalizePythonName(name),
            version,
            purl: id.purl,
            hashes: files.length === 1 ? files[0].hashes : [],
            files,
            vcs: id.vcs,
            dev: false,
            optional: false,
            local: id.local,
            dependsOn: new Set(),
            source: name,
        });
        byName.set(normalizePythonName(name), ref);
        const groups = Array.isArray(entry.groups)
            ? entry.groups.map(String)
            : entry.category === 'dev'
                ? ['dev']
                : ['main'];
        if (groups.includes('main'))
            (entry.optional === true ? optionalRoots : mainRoots).add(ref);
    }
    for (const entry of list) {
        const from = byName.get(normalizePythonName(String(entry.name)));
        const deps = isObject(entry.dependencies) ? entry.dependencies : {};
        for (const name of Object.keys(deps)) {
            const to = byName.get(normalizePythonName(name));
            if (from && to && to !== from)
                result.get(from).dependsOn.add(to);
        }
    }
    // Poetry 1.2+ records the groups that need each package: anything needed by `main` is required.
    computeScopes(result, { prod: mainRoots, optional: optionalRoots });
    const rootDeps = new Set();
    for (const name of project.main) {
        const ref = byName.get(name);
        if (ref)
            rootDeps.add(ref);
    }
    if (!rootDeps.size)
        for (const ref of mainRoots)
            rootDeps.add(ref);
    const rootName = project.name ?? (external_node_path_.posix.basename(external_node_path_.posix.resolve('/', external_node_path_.posix.dirname(input.lockfile))) || 'project');
    return {
        lockfile: input.lockfile,
        ecosystem: 'pypi',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            version: project.version,
            license: project.license,
            ecosystem: 'pypi',
            dependsOn: rootDeps,
        },
        packages: result,
        warnings: [],
    };
}
function readUvLock(input) {
    const data = parseTomlFile(input.text, input.lockfile);
    if (data.version !== 1) {
        throw new src/* ConfigurationError */.j1('unsupported-lockfile-version', `${input.lockfile} has version ${JSON.stringify(data.version ?? null)}; paved-road reads uv.lock version 1.`, { file: input.lockfile, line: lineOf(input.text, Math.max(0, input.text.indexOf('version'))) }, 'Regenerate it with a current uv (uv lock).');
    }
    const list = (Array.isArray(data.package) ? data.package : []).filter(isObject);
    const result = new Map();
    const byName = new Map();
    const projectRefs = [];
    for (const entry of list) {
        const name = normalizePythonName(String(entry.name ?? ''));
        const source = isObject(entry.source) ? entry.source : undefined;
        const version = String(entry.version ?? '');
        const id = pypiPurl(name, version, source);
        const localPath = str(source?.editable) ?? str(source?.virtual) ?? str(source?.directory) ?? str(source?.path);
        const ref = id.purl ?? `local:${external_node_path_.posix.join(external_node_path_.posix.dirname(input.lockfile), localPath ?? name)}`;
        const files = [];
        const artifacts = [
            ...(isObject(entry.sdist) ? [entry.sdist] : []),
            ...(Array.isArray(entry.wheels) ? entry.wheels.filter(isObject) : []),
        ];
        for (const artifact of artifacts) {
            const hash = sha256Of(artifact.hash);
            if (hash)
                files.push({ url: str(artifact.url) ?? str(artifact.filename) ?? str(artifact.path), hashes: [hash] });
        }
        addPackage(result, {
            ref,
            ecosystem: 'pypi',
            name,
            version,
            purl: id.purl,
            hashes: files.length === 1 ? files[0].hashes : [],
            files,
            vcs: id.vcs,
            dev: false,
            optional: false,
            local: id.local,
            dependsOn: new Set(),
            source: name,
        });
        const known = byName.get(name) ?? [];
        known.push({ version, ref });
        byName.set(name, known);
        if (id.local)
            projectRefs.push({ ref, entry, isRoot: localPath === '.' });
    }
    const resolveDep = (dep) => {
        const candidates = byName.get(normalizePythonName(String(dep.name ?? ''))) ?? [];
        const version = str(dep.version);
        return (version ? candidates.find((c) => c.version === version) : undefined)?.ref ?? candidates[0]?.ref;
    };
    const optionalEdges = new Set();
    const prodRoots = new Set();
    const optionalRoots = new Set();
    for (const entry of list) {
        const name = normalizePythonName(String(entry.name ?? ''));
        const from = (byName.get(name) ?? []).find((c) => c.version === String(entry.version ?? ''))?.ref ??
            byName.get(name)?.[0]?.ref;
        if (!from)
            continue;
        const pkg = result.get(from);
        for (const dep of (Array.isArray(entry.dependencies) ? entry.dependencies : []).filter(isObject)) {
            const to = resolveDep(dep);
            if (to && to !== from)
                pkg.dependsOn.add(to);
        }
        const isProject = projectRefs.some((p) => p.ref === from);
        // Extras (optional-dependencies) of a package are optional edges; a project's dev groups are dev.
        const extras = isObject(entry['optional-dependencies']) ? entry['optional-dependencies'] : {};
        for (const deps of Object.values(extras)) {
            for (const dep of (Array.isArray(deps) ? deps : []).filter(isObject)) {
                const to = resolveDep(dep);
                if (!to || to === from)
                    continue;
                pkg.dependsOn.add(to);
                optionalEdges.add(`${from}\n${to}`);
                if (isProject)
                    optionalRoots.add(to);
            }
        }
        if (isProject) {
            for (const dep of pkg.dependsOn)
                if (!optionalEdges.has(`${from}\n${dep}`))
                    prodRoots.add(dep);
            const groups = isObject(entry['dev-dependencies']) ? entry['dev-dependencies'] : {};
            for (const deps of Object.values(groups)) {
                for (const dep of (Array.isArray(deps) ? deps : []).filter(isObject)) {
                    const to = resolveDep(dep);
                    if (to && to !== from)
                        pkg.dependsOn.add(to);
                }
            }
        }
    }
    const root = projectRefs.find((p) => p.isRoot);
    const lockDir = (0,external_node_path_.dirname)(input.path);
    const project = readPyproject(lockDir, external_node_path_.posix.join(external_node_path_.posix.dirname(input.lockfile), 'pyproject.toml'));
    const rootDeps = new Set();
    for (const p of projectRefs)
        if (p !== root)
            prodRoots.add(p.ref);
    computeScopes(result, { prod: prodRoots, optional: optionalRoots }, (from, to) => optionalEdges.has(`${from}\n${to}`));
    let rootVersion = project.version;
    let rootName = project.name ?? (external_node_path_.posix.basename(external_node_path_.posix.resolve('/', external_node_path_.posix.dirname(input.lockfile))) || 'project');
    if (root) {
        const pkg = result.get(root.ref);
        for (const dep of pkg.dependsOn)
            rootDeps.add(dep);
        rootName = project.name ?? pkg.name;
        rootVersion ??= pkg.version || undefined;
        result.delete(root.ref);
        for (const other of result.values())
            other.dependsOn.delete(root.ref);
    }
    else {
        for (const ref of prodRoots)
            rootDeps.add(ref);
    }
    return {
        lockfile: input.lockfile,
        ecosystem: 'pypi',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            version: rootVersion,
            license: project.license,
            ecosystem: 'pypi',
            dependsOn: rootDeps,
        },
        packages: result,
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/readers/requirements.ts
// requirements*.txt as pip-compile / uv export write them: `name==version` pins with `--hash`
// options (one per artifact). No graph: every pin is a direct requirement of the project.





function readRequirements(input) {
    const result = new Map();
    const rootDeps = new Set();
    const warnings = [];
    const lines = input.text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const start = i + 1;
        let logical = lines[i];
        while (/\\\s*$/.test(logical) && i + 1 < lines.length)
            logical = logical.replace(/\\\s*$/, ' ') + lines[++i];
        const text = logical.replace(/(^|\s)#.*$/, '').trim();
        if (!text)
            continue;
        if (text.startsWith('-'))
            continue; // -r, -c, --index-url, -e: options, not pins
        const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(===?)\s*([^\s;]+)\s*(;[^-]*)?(.*)$/.exec(text);
        if (!match) {
            if (/^[A-Za-z0-9][A-Za-z0-9._-]*/.test(text) && !/@|:\/\//.test(text)) {
                warnings.push(`${input.lockfile}:${start}: "${/^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(text)[0]}" is not pinned with ==: its version cannot be known without resolving; pin it (pip-compile or uv pip compile --generate-hashes).`);
                continue;
            }
            if (/@|:\/\//.test(text))
                continue; // direct URL requirements: no version to report
            throw new src/* ConfigurationError */.j1('invalid-lockfile', `${input.lockfile} line ${start} is not a requirement: "${text.slice(0, 60)}".`, { file: input.lockfile, line: start }, 'Fix the line or regenerate the file.');
        }
        const name = normalizePythonName(match[1]);
        const version = match[4];
        const files = [];
        for (const hash of (match[6] ?? '').matchAll(/--hash[=\s]+sha256:([0-9a-fA-F]{64})/g)) {
            const h = hexHash('SHA-256', hash[1]);
            if (h)
                files.push({ hashes: [h] });
        }
        const packageUrl = purl('pypi', undefined, name, version);
        addPackage(result, {
            ref: packageUrl,
            ecosystem: 'pypi',
            name,
            version,
            purl: packageUrl,
            // One hash: it is the artifact. Several (one per wheel): the lockfile names no file, so they are
            // recorded as a property, not as hashes of the component.
            hashes: files.length === 1 ? files[0].hashes : [],
            files: [],
            properties: files.length > 1
                ? [
                    [
                        'paved-road:pypi:artifact-sha256',
                        files
                            .map((f) => f.hashes[0].content)
                            .sort()
                            .join(','),
                    ],
                ]
                : undefined,
            dev: false,
            optional: false,
            dependsOn: new Set(),
            source: `line ${start}`,
        });
        rootDeps.add(packageUrl);
    }
    const name = external_node_path_.posix.basename(external_node_path_.posix.resolve('/', external_node_path_.posix.dirname(input.lockfile))) || 'project';
    return {
        lockfile: input.lockfile,
        ecosystem: 'pypi',
        root: { ref: `root:${name}`, name, ecosystem: 'pypi', dependsOn: rootDeps },
        packages: result,
        warnings,
    };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@yarnpkg+parsers@3.1.0/node_modules/@yarnpkg/parsers/lib/index.js
var lib = __webpack_require__(92601);
;// CONCATENATED MODULE: ./packages/sbom/src/readers/yarn.ts
// yarn.lock, classic (v1) and berry (v2+: `__metadata`), read with @yarnpkg/parsers (yarn's own parser).
// Keys hold several descriptors (`"a@^1, a@^1.2"`); dependencies name descriptors, so edges resolve
// by descriptor. Neither format marks dev dependencies: dev-only is computed from package.json.
// Berry's `checksum` hashes yarn's cache zip, not the npm tarball: it is never emitted as a hash.






function splitDescriptor(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at < 0 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}
function parseLock(input) {
    try {
        const data = (0,lib/* parseSyml */["do"])(input.text);
        if (!isObject(data))
            throw new Error('not a mapping');
        return data;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const line = /line (\d+)/i.exec(message)?.[1] ?? error.location?.start?.line;
        throw new src/* ConfigurationError */.j1('invalid-lockfile', `${input.lockfile} is not a valid yarn lockfile (${message.split('\n')[0]}); it may be truncated or hand-edited.`, { file: input.lockfile, line: line !== undefined ? Number(line) : undefined }, 'Regenerate it with yarn install.');
    }
}
function readYarnLockfile(input) {
    const data = parseLock(input);
    const berry = isObject(data.__metadata);
    if (berry) {
        const version = Number(data.__metadata.version);
        if (!(version >= 4 && version <= 10)) {
            throw new src/* ConfigurationError */.j1('unsupported-lockfile-version', `${input.lockfile} has __metadata.version ${String(data.__metadata.version)}; paved-road reads yarn berry lockfiles of versions 4 to 10.`, { file: input.lockfile, line: lineOf(input.text, Math.max(0, input.text.indexOf('__metadata'))) + 1 }, 'Regenerate it with yarn 3 or 4.');
        }
    }
    else if (!/^# yarn lockfile v1\s*$/m.test(input.text.slice(0, 500)) && Object.keys(data).length) {
        throw new src/* ConfigurationError */.j1('unsupported-lockfile-version', `${input.lockfile} is neither a yarn classic lockfile ("# yarn lockfile v1") nor a yarn berry one (__metadata).`, { file: input.lockfile, line: 1 }, 'Regenerate it with yarn install.');
    }
    const lockDir = (0,external_node_path_.dirname)(input.path);
    const lockDirDisplay = external_node_path_.posix.dirname(input.lockfile);
    const result = new Map();
    const warnings = [];
    const byDescriptor = new Map();
    const entries = [];
    let workspaceRoot;
    for (const [key, value] of Object.entries(data)) {
        if (key === '__metadata' || !isObject(value))
            continue;
        const descriptors = key.split(/\s*,\s*/).map((d) => d.replace(/^"|"$/g, ''));
        const first = splitDescriptor(descriptors[0]);
        const version = String(value.version ?? '');
        let fullName;
        let source;
        let workspacePath;
        if (berry) {
            const resolution = str(value.resolution) ?? descriptors[0];
            const { name, range } = splitDescriptor(resolution);
            fullName = name;
            if (range.startsWith('workspace:') ||
                range.startsWith('link:') ||
                range.startsWith('portal:') ||
                range.startsWith('file:')) {
                workspacePath = range.replace(/^(workspace|link|portal|file):/, '');
                source = { kind: 'local', path: workspacePath };
            }
            else if (range.startsWith('patch:')) {
                // `patch:name@npm%3A1.2.3#...`: the patched package keeps the identity of what it patches.
                const inner = decodeURIComponent(range.slice('patch:'.length).split('#')[0]);
                const innerSplit = splitDescriptor(inner);
                fullName = innerSplit.name;
                source = innerSplit.range.startsWith('npm:')
                    ? { kind: 'registry' }
                    : classifyNpmResolved(innerSplit.range, fullName);
            }
            else if (range.startsWith('npm:')) {
                source = { kind: 'registry' };
            }
            else {
                source = classifyNpmResolved(range.replace(/^(https?:)/, '$1'), fullName);
            }
        }
        else {
            const aliased = first.range.startsWith('npm:') ? splitDescriptor(first.range.slice(4)).name : undefined;
            fullName = aliased ?? first.name;
            source = classifyNpmResolved(str(value.resolved), fullName);
            if (first.range.startsWith('file:') || first.range.startsWith('link:'))
                source = { kind: 'local', path: first.range.slice(5) };
        }
        const purl = source.kind === 'local' ? undefined : npmPurl(fullName, version, source);
        const ref = purl ?? `local:${external_node_path_.posix.join(lockDirDisplay, workspacePath ?? (source.kind === 'local' ? source.path : key))}`;
        for (const d of descriptors)
            byDescriptor.set(d, ref);
        const { group, name } = splitNpmName(fullName);
        const hashes = berry ? [] : hashesFromIntegrity(str(value.integrity));
        const resolved = berry ? undefined : str(value.resolved);
        addPackage(result, {
            ref,
            ecosystem: 'npm',
            group,
            name,
            version: source.kind === 'local' && version === '0.0.0-use.local'
                ? (readNpmManifest(external_node_path_.posix.join(lockDir, workspacePath ?? '.'), 'package.json')?.version ?? '')
                : version,
            purl,
            hashes,
            files: resolved && /^https?:/.test(resolved) ? [{ url: resolved.replace(/#.*$/, ''), hashes }] : [],
            vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
            dev: false,
            optional: false,
            local: source.kind === 'local',
            dependsOn: new Set(),
            source: descriptors[0],
        });
        const entry = { ref, data: value };
        entries.push(entry);
        if (berry && workspacePath === '.')
            workspaceRoot = entry;
    }
    const lookup = (name, range) => {
        const descriptor = `${name}@${range}`;
        return (byDescriptor.get(descriptor) ??
            (berry && !/^[a-z]+:/.test(range) ? byDescriptor.get(`${name}@npm:${range}`) : undefined));
    };
    const optionalEdges = new Set();
    for (const entry of entries) {
        if (entry === workspaceRoot)
            continue;
        const pkg = result.get(entry.ref);
        const meta = isObject(entry.data.dependenciesMeta) ? entry.data.dependenciesMeta : {};
        for (const field of ['dependencies', 'optionalDependencies']) {
            const deps = entry.data[field];
            if (!isObject(deps))
                continue;
            for (const [name, range] of Object.entries(deps)) {
                const to = lookup(name, String(range));
                if (!to || to === entry.ref)
                    continue;
                pkg.dependsOn.add(to);
                const optional = field === 'optionalDependencies' ||
                    (isObject(meta[name]) && meta[name].optional === true);
                if (optional)
                    optionalEdges.add(`${entry.ref}\n${to}`);
            }
        }
    }
    // The root: package.json says which dependencies are dev ones.
    const manifest = readNpmManifest(lockDir, external_node_path_.posix.join(lockDirDisplay, 'package.json'));
    const prodRoots = new Set();
    const optionalRoots = new Set();
    const rootDeps = new Set();
    if (manifest) {
        for (const field of ['dependencies', 'optionalDependencies', 'devDependencies']) {
            for (const [name, spec] of Object.entries(manifest[field])) {
                const to = lookup(name, spec) ??
                    (workspaceRoot
                        ? lookup(name, String(workspaceRoot.data.dependencies?.[name] ?? ''))
                        : undefined);
                if (!to) {
                    warnings.push(syncWarning(manifest.file, input.lockfile, name, spec, undefined));
                    continue;
                }
                rootDeps.add(to);
                if (field === 'dependencies')
                    prodRoots.add(to);
                if (field === 'optionalDependencies')
                    optionalRoots.add(to);
            }
        }
    }
    else if (workspaceRoot) {
        for (const [name, range] of Object.entries(isObject(workspaceRoot.data.dependencies) ? workspaceRoot.data.dependencies : {})) {
            const to = lookup(name, String(range));
            if (to) {
                rootDeps.add(to);
                prodRoots.add(to);
            }
        }
    }
    else {
        // No manifest: every package nothing else depends on is a direct, production dependency.
        const required = new Set();
        for (const pkg of result.values())
            for (const dep of pkg.dependsOn)
                required.add(dep);
        for (const ref of result.keys())
            if (!required.has(ref)) {
                rootDeps.add(ref);
                prodRoots.add(ref);
            }
    }
    // Other workspace members are part of the project: production roots, as in pnpm.
    for (const entry of entries) {
        const pkg = result.get(entry.ref);
        if (pkg.local && entry !== workspaceRoot && entry.ref.startsWith('local:')) {
            prodRoots.add(entry.ref);
            rootDeps.add(entry.ref);
        }
    }
    if (workspaceRoot)
        result.delete(workspaceRoot.ref);
    rootDeps.delete(workspaceRoot?.ref ?? '');
    computeScopes(result, { prod: prodRoots, optional: optionalRoots }, (from, to) => optionalEdges.has(`${from}\n${to}`));
    const rootName = manifest?.name ?? 'project';
    return {
        lockfile: input.lockfile,
        ecosystem: 'npm',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            version: manifest?.version,
            ecosystem: 'npm',
            license: manifest?.license,
            dependsOn: rootDeps,
        },
        packages: result,
        warnings,
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/spdx.ts
// SPDX 2.3 JSON from the same package graph. No library: the format is a flat JSON document, and the
// SPDX JS tooling on npm covers 3.0 or pulls in far more than this needs.



const SPDX_ALG = {
    'SHA-1': 'SHA1',
    'SHA-256': 'SHA256',
    'SHA-384': 'SHA384',
    'SHA-512': 'SHA512',
};
function spdxLicense(text) {
    if (!text)
        return 'NOASSERTION';
    try {
        spdx_expression_parse_default()(text);
        return text;
    }
    catch {
        return 'NOASSERTION';
    }
}
function idPart(text) {
    return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
function buildSpdx(input) {
    const ids = new Map();
    const used = new Set();
    const idFor = (ref, name, version) => {
        const base = `SPDXRef-Package-${idPart(name)}${version ? `-${idPart(version)}` : ''}`;
        let id = base;
        for (let n = 2; used.has(id); n++)
            id = `${base}-${n}`;
        used.add(id);
        ids.set(ref, id);
        return id;
    };
    const rootId = idFor(input.root.ref, input.root.name, input.root.version ?? '');
    const packages = [
        {
            name: input.root.name,
            SPDXID: rootId,
            ...(input.root.version ? { versionInfo: input.root.version } : {}),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: spdxLicense(input.root.license),
            copyrightText: 'NOASSERTION',
            primaryPackagePurpose: 'APPLICATION',
        },
    ];
    for (const pkg of input.packages) {
        const fullName = pkg.group ? `${pkg.group}/${pkg.name}` : pkg.name;
        const id = idFor(pkg.ref, fullName, pkg.version);
        const download = pkg.files.find((f) => f.url)?.url ?? pkg.vcs;
        const entry = {
            name: fullName,
            SPDXID: id,
            ...(pkg.version ? { versionInfo: pkg.version } : {}),
            downloadLocation: download ?? 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: spdxLicense(pkg.license),
            copyrightText: 'NOASSERTION',
            primaryPackagePurpose: 'LIBRARY',
        };
        if (pkg.hashes.length)
            entry.checksums = pkg.hashes.map((h) => ({ algorithm: SPDX_ALG[h.alg], checksumValue: h.content }));
        if (pkg.purl)
            entry.externalRefs = [
                { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl },
            ];
        if (pkg.dev)
            entry.comment = 'development dependency';
        packages.push(entry);
    }
    const relationships = [
        { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId },
    ];
    const edges = (fromRef, deps) => {
        const from = ids.get(fromRef);
        const targets = [...deps]
            .map((d) => ids.get(d))
            .filter((d) => !!d)
            .sort();
        for (const to of targets)
            relationships.push({ spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to });
    };
    edges(input.root.ref, input.root.dependsOn);
    for (const pkg of input.packages)
        edges(pkg.ref, pkg.dependsOn);
    const created = input.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const placeholder = '00000000-0000-0000-0000-000000000000';
    const namespaceOf = (uuid) => `https://spdx.org/spdxdocs/${idPart(input.root.name)}-${uuid}`;
    const json = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `${input.root.name}${input.root.version ? `@${input.root.version}` : ''}`,
        documentNamespace: namespaceOf(placeholder),
        creationInfo: { created, creators: [`Tool: ${src/* TOOL_NAME */.lH}-${src/* VERSION */.xv}`] },
        packages,
        relationships,
    };
    const draft = `${JSON.stringify(json, null, 2)}\n`;
    const uuid = uuidV5(draft);
    json.documentNamespace = namespaceOf(uuid);
    const text = draft.replace(namespaceOf(placeholder), namespaceOf(uuid));
    return { json, text, serialNumber: `urn:uuid:${uuid}` };
}
/** The checks the SPDX 2.3 JSON schema makes on what we write: required fields, id syntax, references. */
function validateSpdx(document) {
    const problems = [];
    for (const field of ['spdxVersion', 'dataLicense', 'SPDXID', 'name', 'documentNamespace', 'creationInfo']) {
        if (document[field] === undefined)
            problems.push(`/${field} is missing`);
    }
    const ids = new Set(['SPDXRef-DOCUMENT']);
    const packages = Array.isArray(document.packages) ? document.packages : [];
    packages.forEach((pkg, i) => {
        const id = String(pkg.SPDXID ?? '');
        if (!/^SPDXRef-[A-Za-z0-9.-]+$/.test(id))
            problems.push(`/packages/${i}/SPDXID "${id}" is not an SPDX id`);
        if (ids.has(id))
            problems.push(`/packages/${i}/SPDXID "${id}" is not unique`);
        ids.add(id);
        for (const field of ['name', 'downloadLocation'])
            if (typeof pkg[field] !== 'string')
                problems.push(`/packages/${i}/${field} is missing`);
        for (const checksum of pkg.checksums ?? []) {
            if (!/^[a-f0-9]+$/.test(checksum.checksumValue))
                problems.push(`/packages/${i}/checksums has a non-hex value`);
        }
    });
    const relationships = Array.isArray(document.relationships)
        ? document.relationships
        : [];
    relationships.forEach((r, i) => {
        for (const end of ['spdxElementId', 'relatedSpdxElement']) {
            if (!ids.has(r[end] ?? ''))
                problems.push(`/relationships/${i}/${end} "${r[end]}" names no element`);
        }
    });
    return problems;
}

;// CONCATENATED MODULE: ./packages/sbom/src/validate.ts
const LOADERS = {
    '1.5': () => Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(417)]).then(__webpack_require__.bind(__webpack_require__, 72417)),
    '1.6': () => Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(280)]).then(__webpack_require__.bind(__webpack_require__, 42280)),
    '1.7': () => Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(599)]).then(__webpack_require__.bind(__webpack_require__, 53599)),
};
/**
 * The schema's `uniqueItems`, in linear time (the compiled pairwise check is quadratic): no array of
 * the document may hold the same item twice.
 */
function duplicateItems(document, path = '') {
    const problems = [];
    if (Array.isArray(document)) {
        const seen = new Set();
        document.forEach((item, i) => {
            const key = typeof item === 'object' && item !== null ? JSON.stringify(item) : `${typeof item}:${String(item)}`;
            if (seen.has(key))
                problems.push(`${path}/${i} duplicates an earlier item`);
            seen.add(key);
            problems.push(...duplicateItems(item, `${path}/${i}`));
        });
    }
    else if (typeof document === 'object' && document !== null) {
        for (const [key, value] of Object.entries(document))
            if (typeof value === 'object' && value !== null)
                problems.push(...duplicateItems(value, `${path}/${key}`));
    }
    return problems;
}
function messages(validate, prefix = '') {
    return (validate.errors ?? []).map((e) => `${prefix}${e.instancePath || (prefix ? '' : '/')} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
/** The checks buildCycloneDx applies while it writes: the document without components, then each component. */
async function cycloneDxChecks(specVersion) {
    const { validate, validateComponent } = await LOADERS[specVersion]();
    return {
        document: (document) => [...(validate(document) ? [] : messages(validate)), ...duplicateItems(document)],
        component: (component, index) => [
            ...(validateComponent(component) ? [] : messages(validateComponent, `/components/${index}`)),
            ...duplicateItems(component, `/components/${index}`),
        ],
    };
}
/** Problems with a CycloneDX JSON document against the official schema; empty when it is valid. */
async function validateCycloneDx(document, specVersion) {
    const { validate } = await LOADERS[specVersion]();
    const problems = validate(document)
        ? []
        : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
    return [...problems, ...duplicateItems(document)];
}

;// CONCATENATED MODULE: ./packages/sbom/src/generate.ts
// Lockfiles in, one SBOM out: discover, read, merge, filter, build, validate.


















const FORMATS = ['cyclonedx-json', 'cyclonedx-xml', 'spdx-json'];
const READERS = {
    npm: readNpmLockfile,
    pnpm: readPnpmLockfile,
    yarn: readYarnLockfile,
    cargo: readCargoLock,
    go: readGoMod,
    poetry: readPoetryLock,
    uv: readUvLock,
    pip: readRequirements,
    gem: readGemfileLock,
    composer: readComposerLock,
};
function memory() {
    const { rss, heapUsed } = process.memoryUsage();
    return `rss ${Math.round(rss / 2 ** 20)} MB, heap ${Math.round(heapUsed / 2 ** 20)} MB`;
}
/** Reads one lockfile. `lockfile` is relative to `projectDir`. */
function readLockfile(projectDir, lockfile) {
    const kind = lockfileKind(lockfile);
    if (!kind)
        throw new Error(`not a lockfile: ${lockfile}`);
    const path = (0,external_node_path_.resolve)(projectDir, lockfile);
    const display = (0,external_node_path_.relative)(projectDir, path).split(external_node_path_.sep).join('/');
    const text = (0,src/* readTextFile */.Gu)(path, { displayName: display, kind: 'lockfile', maxBytes: 256 * 1024 * 1024 });
    return READERS[kind]({ path, lockfile: display, text });
}
/** Merges lockfile graphs under one project root; roots of lockfiles in subdirectories become components. */
function mergeGraphs(graphs, name, version) {
    const packages = new Map();
    const atRoot = graphs.filter((g) => !g.lockfile.includes('/'));
    const primary = atRoot.find((g) => g.root.version) ?? atRoot[0];
    const rootName = name || primary?.root.name || 'project';
    const root = {
        ref: `root:${rootName}`,
        name: rootName,
        version: version || primary?.root.version,
        license: primary?.root.license,
        dependsOn: new Set(),
    };
    for (const graph of graphs) {
        for (const pkg of graph.packages.values())
            addPackage(packages, { ...pkg, dependsOn: new Set(pkg.dependsOn) });
        if (!graph.lockfile.includes('/')) {
            for (const dep of graph.root.dependsOn)
                root.dependsOn.add(dep);
            continue;
        }
        // A lockfile in a subdirectory: its project is a local component of ours.
        const dir = external_node_path_.posix.dirname(graph.lockfile);
        const ref = `local:${dir}`;
        addPackage(packages, {
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
            source: graph.lockfile,
        });
        root.dependsOn.add(ref);
    }
    return { root, packages };
}
/** Drops dev-only packages (unless included) and every edge to something not in the document. */
function selectPackages(root, packages, includeDev) {
    const kept = [...packages.values()].filter((p) => includeDev || !p.dev);
    const refs = new Set(kept.map((p) => p.ref));
    for (const pkg of kept)
        for (const dep of pkg.dependsOn)
            if (!refs.has(dep))
                pkg.dependsOn.delete(dep);
    for (const dep of root.dependsOn)
        if (!refs.has(dep))
            root.dependsOn.delete(dep);
    return kept.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}
class InvalidSbomError extends Error {
}
async function generateSbom(options) {
    const display = '.';
    const lockfiles = discoverLockfiles(options.projectDir, options.lockfiles, display);
    const debug = options.debug ?? (() => undefined);
    const graphs = lockfiles.map((file) => readLockfile(options.projectDir, file));
    debug(`read ${lockfiles.join(', ')}: ${memory()}`);
    const { root, packages } = mergeGraphs(graphs, options.componentName, options.componentVersion);
    const selected = selectPackages(root, packages, options.includeDev);
    debug(`${selected.length} packages selected: ${memory()}`);
    let text;
    let serialNumber;
    let problems = [];
    if (options.format === 'spdx-json') {
        const built = buildSpdx({ root, packages: selected, timestamp: options.timestamp });
        if (options.validate)
            problems = validateSpdx(built.json);
        ({ text, serialNumber } = built);
    }
    else {
        const input = {
            root,
            packages: selected,
            specVersion: options.specVersion,
            timestamp: options.timestamp,
            includeDev: options.includeDev,
        };
        // The XML carries the same model as the JSON: validating the JSON checks both.
        const built = buildCycloneDx(input, options.validate ? await cycloneDxChecks(options.specVersion) : undefined);
        debug(`CycloneDX document built and checked: ${memory()}`);
        problems = built.problems;
        serialNumber = built.serialNumber;
        text = options.format === 'cyclonedx-xml' ? toCycloneDxXml(input, serialNumber) : built.text;
    }
    debug(`validated: ${memory()}`);
    if (problems.length) {
        throw new InvalidSbomError(`The generated SBOM does not validate against the ${options.format === 'spdx-json' ? 'SPDX 2.3' : `CycloneDX ${options.specVersion}`} schema: ${problems.slice(0, 5).join('; ')}`);
    }
    const jsonText = options.format === 'cyclonedx-xml' ? undefined : text;
    let parsed;
    return {
        text,
        digest: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'),
        serialNumber,
        componentCount: selected.length,
        lockfiles,
        warnings: graphs.flatMap((g) => g.warnings.map((message) => ({ lockfile: g.lockfile, message }))),
        // Parsed on first use: a run only writes the text.
        get document() {
            if (!jsonText)
                throw new Error('an XML SBOM has no JSON document');
            parsed ??= JSON.parse(jsonText);
            return parsed;
        },
    };
}
/**
 * The SBOM's timestamp: SOURCE_DATE_EPOCH when set (the edge put it in `buildTime`), otherwise the
 * commit time of HEAD in the project (`git log -1 --format=%ct`), so rebuilding a commit gives the
 * same bytes; the current time only outside a git checkout.
 */
function sbomTimestamp(projectDir, env, buildTime) {
    if (env.SOURCE_DATE_EPOCH?.trim())
        return buildTime;
    try {
        const seconds = (0,external_node_child_process_.execFileSync)('git', ['log', '-1', '--format=%ct'], {
            cwd: projectDir,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
        if (/^\d+$/.test(seconds))
            return new Date(Number(seconds) * 1000);
    }
    catch {
        // not a git checkout, or git is missing
    }
    return buildTime;
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
const generateSbomCommand = (0,src/* defineCommand */.NB)({
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
        const format = (0,src/* parseChoice */.HU)('format', inputs.get('format'), FORMATS, 'cyclonedx-json');
        const specVersion = (0,src/* parseChoice */.HU)('spec-version', inputs.get('spec-version'), SPEC_VERSIONS, '1.6');
        if (format === 'spdx-json' && inputs.isSet('spec-version')) {
            throw new src/* ConfigurationError */.j1('invalid-input', 'Input "spec-version" applies to CycloneDX; spdx-json is always SPDX 2.3.', undefined, 'Remove spec-version or choose a cyclonedx format.');
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
            includeDev: (0,src/* parseBoolean */.yG)('include-dev', inputs.get('include-dev'), false),
            componentName: inputs.get('component-name') || undefined,
            componentVersion: inputs.get('component-version') || undefined,
            validate: (0,src/* parseBoolean */.yG)('validate', inputs.get('validate'), true),
        };
    },
    async run(options, context) {
        const timestamp = sbomTimestamp(options.projectDir, context.env, context.buildTime);
        let sbom;
        try {
            sbom = await generateSbom({ ...options, timestamp, debug: (message) => context.debug(message) });
        }
        catch (error) {
            if (error instanceof InvalidSbomError) {
                throw new Error(`${error.message} (this is a paved-road bug; please report it with the lockfile)`, {
                    cause: error,
                });
            }
            throw error;
        }
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(options.outputFile), { recursive: true });
        (0,src/* writeFileAtomic */.Zf)(options.outputFile, sbom.text);
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
            rules: new src/* RuleRegistry */.UD(sbomRules),
            json: {
                sbomFile: options.outputFile,
                sbomDigest: digest,
                componentCount: sbom.componentCount,
                serialNumber: sbom.serialNumber,
                format: options.format,
                specVersion: options.format === 'spdx-json' ? 'SPDX-2.3' : options.specVersion,
                lockfiles: sbom.lockfiles,
                warnings: sbom.warnings.map((w) => w.message),
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
                ...(sbom.warnings.length
                    ? ['', `**${sbom.warnings.length} warning(s):**`, '', ...sbom.warnings.map((w) => `- ${w.message}`)]
                    : []),
                '',
            ].join('\n'),
        };
    },
});

;// CONCATENATED MODULE: ./packages/sbom/src/index.ts








/***/ })

};
