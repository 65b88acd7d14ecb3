export const id = 405;
export const ids = [405];
export const modules = {

/***/ 22049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ purl),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   X: () => (/* binding */ splitNpmName),
/* harmony export */   Y3: () => (/* binding */ classifyNpmResolved),
/* harmony export */   jD: () => (/* binding */ normalizeGitUrl)
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


/***/ }),

/***/ 88405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCargoLock: () => (/* binding */ readCargoLock)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(637);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3623);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22049);
/* harmony import */ var _toml_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41704);
// Cargo.lock (versions 1 to 4). Packages without `source` are the workspace's own crates: local
// components without a registry identity. `checksum` is the SHA-256 of the .crate file.






const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
function readCargoLock(input) {
    const data = (0,_toml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTomlFile */ .g)(input.text, input.lockfile);
    const version = data.version ?? ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data.metadata) ? 1 : 2);
    if (typeof version !== 'number' || version < 1 || version > 4) {
        const at = input.text.indexOf('version');
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} has version ${JSON.stringify(version)}; paved-road reads Cargo.lock versions 1 to 4.`, { file: input.lockfile, line: at >= 0 ? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(input.text, at) : 1 }, 'Regenerate it with a current cargo (cargo generate-lockfile).');
    }
    const list = Array.isArray(data.package) ? data.package.filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv) : [];
    const v1Checksums = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data.metadata) ? data.metadata : {};
    const lockDirDisplay = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile);
    const result = new Map();
    const byName = new Map();
    for (const entry of list) {
        const name = String(entry.name ?? '');
        const version = String(entry.version ?? '');
        const source = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(entry.source);
        let ref;
        let packageUrl;
        let vcs;
        if (!source) {
            ref = `local:${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(lockDirDisplay, 'crate', name)}`;
        }
        else if (source.startsWith('git+')) {
            const commit = source.split('#')[1];
            vcs = source.replace(/^git\+/, '').replace(/\?.*?(#|$)/, '$1');
            packageUrl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .purl */ .EV)('cargo', undefined, name, version, { vcs_url: source.replace(/\?[^#]*/, '') });
            ref = packageUrl;
            void commit;
        }
        else {
            const repository = source === CRATES_IO ||
                source === 'registry+https://index.crates.io' ||
                source === 'sparse+https://index.crates.io/'
                ? undefined
                : source.replace(/^(registry|sparse)\+/, '');
            packageUrl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .purl */ .EV)('cargo', undefined, name, version, { repository_url: repository });
            ref = packageUrl;
        }
        const checksum = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(entry.checksum) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(v1Checksums[`checksum ${name} ${version} (${source})`]);
        const hash = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .hexHash */ .eP)('SHA-256', checksum);
        (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addPackage */ .Eb)(result, {
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
        const from = [...(byName.get(String(entry.name)) ?? [])].find((c) => c.version === String(entry.version) && c.source === (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(entry.source))?.ref;
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
    const manifestPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path), 'Cargo.toml');
    let rootName = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.resolve('/', lockDirDisplay)) || 'project';
    let rootVersion;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifestPath)) {
        const manifest = (0,_toml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTomlFile */ .g)((0,_paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .readTextFile */ .Gu)(manifestPath, {
            displayName: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(lockDirDisplay, 'Cargo.toml'),
            kind: 'manifest',
            workspace: input.root,
        }), node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(lockDirDisplay, 'Cargo.toml'));
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(manifest.package)) {
            rootName = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(manifest.package.name) ?? rootName;
            rootVersion = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(manifest.package.version);
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
    (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .computeScopes */ .TC)(result, { prod: [...result.keys()], optional: [] });
    return {
        lockfile: input.lockfile,
        ecosystem: 'cargo',
        root: { ref: `root:${rootName}`, name: rootName, version: rootVersion, ecosystem: 'cargo', dependsOn: rootDeps },
        packages: result,
        warnings: [],
    };
}


/***/ }),

/***/ 41704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ parseTomlFile)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11041);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);


/** Parses a TOML lockfile; a syntax error becomes a ConfigurationError at its line and column. */
function parseTomlFile(text, file) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        if (error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('invalid-lockfile', `${file} is not valid TOML (${error.message.split('\n')[0]}); it may be truncated or hand-edited.`, { file, line: error.line, column: error.column }, 'Regenerate it with the package manager, then run again.');
        }
        throw error;
    }
}


/***/ })

};
