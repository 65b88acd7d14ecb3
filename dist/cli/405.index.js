export const id = 405;
export const ids = [405];
export const modules = {

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
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(637);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3623);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64847);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22049);
/* harmony import */ var _toml_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41704);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2944);
// Cargo.lock (versions 1 to 4). Packages without `source` are the workspace's own crates: local
// components without a registry identity. `checksum` is the SHA-256 of the .crate file. Cargo.lock
// does not separate dev-dependencies: the workspace crates' Cargo.toml files do.








const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
function readCargoLock(input) {
    const data = (0,_toml_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTomlFile */ .g)(input.text, input.lockfile);
    const version = data.version ?? ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.metadata) ? 1 : 2);
    if (typeof version !== 'number' || version < 1 || version > 4) {
        const at = input.text.indexOf('version');
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} has version ${JSON.stringify(version)}; paved-road reads Cargo.lock versions 1 to 4.`, { file: input.lockfile, line: at >= 0 ? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(input.text, at) : 1 }, 'Regenerate it with a current cargo (cargo generate-lockfile).');
    }
    const list = Array.isArray(data.package) ? data.package.filter(_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv) : [];
    const v1Checksums = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.metadata) ? data.metadata : {};
    const lockDirDisplay = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile);
    const result = new Map();
    const byName = new Map();
    // Lines of the [[package]] headers, in the order of `list`, for messages about an entry.
    const headerLines = [];
    for (const match of input.text.matchAll(/^\[\[package\]\]/gm))
        headerLines.push((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(input.text, match.index));
    const checksumAt = new Map();
    for (const [index, entry] of list.entries()) {
        const name = String(entry.name ?? '');
        const version = String(entry.version ?? '');
        const source = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(entry.source);
        let ref;
        let packageUrl;
        let vcs;
        if (!source) {
            ref = `local:${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(lockDirDisplay, 'crate', name)}`;
        }
        else if (source.startsWith('git+')) {
            const commit = source.split('#')[1];
            vcs = source.replace(/^git\+/, '').replace(/\?.*?(#|$)/, '$1');
            packageUrl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .purl */ .EV)('cargo', undefined, name, version, { vcs_url: source.replace(/\?[^#]*/, '') });
            ref = packageUrl;
            void commit;
        }
        else {
            const repository = source === CRATES_IO ||
                source === 'registry+https://index.crates.io' ||
                source === 'sparse+https://index.crates.io/'
                ? undefined
                : source.replace(/^(registry|sparse)\+/, '');
            packageUrl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .purl */ .EV)('cargo', undefined, name, version, { repository_url: repository });
            ref = packageUrl;
        }
        const checksum = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(entry.checksum) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v1Checksums[`checksum ${name} ${version} (${source})`]);
        const hash = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .hexHash */ .eP)('SHA-256', checksum);
        // The same crate locked twice with two checksums: one of them is not what cargo would download.
        const key = `${name} ${version} ${source ?? ''}`;
        const line = headerLines[index] ?? 1;
        const earlier = checksumAt.get(key);
        if (earlier && hash && earlier.checksum !== hash.content) {
            throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('invalid-lockfile', `${input.lockfile} locks ${name} ${version} twice with different checksums (lines ${earlier.line} and ${line}); it may be hand-edited or badly merged.`, { file: input.lockfile, line }, 'Remove the duplicate entry and run cargo generate-lockfile (or cargo update) to rewrite it.');
        }
        if (hash && !earlier)
            checksumAt.set(key, { checksum: hash.content, line });
        (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addPackage */ .Eb)(result, {
            ref,
            ecosystem: 'cargo',
            name,
            version,
            purl: packageUrl,
            hashes: hash ? [hash] : [],
            // The .crate that checksum is the SHA-256 of, where crates.io's index (config.json `dl`) says.
            files: packageUrl && !vcs && !packageUrl.includes('repository_url=')
                ? [
                    {
                        url: `https://crates.io/api/v1/crates/${name}/${version}/download`,
                        hashes: hash ? [hash] : [],
                        derived: true,
                    },
                ]
                : [],
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
        const from = [...(byName.get(String(entry.name)) ?? [])].find((c) => c.version === String(entry.version) && c.source === (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(entry.source))?.ref;
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
    const lockDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path);
    const rootManifest = readCargoManifest(lockDir, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(lockDirDisplay, 'Cargo.toml'), input.root);
    const rootName = rootManifest?.name ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .projectDirName */ .s)(input);
    const rootVersion = rootManifest?.version;
    // Each workspace crate's manifest says which of its edges are dev-dependencies only.
    const manifests = new Map();
    if (rootManifest?.name)
        manifests.set(rootManifest.name, rootManifest);
    for (const dir of (0,_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceMemberDirs */ .o5)(lockDir, rootManifest?.members ?? [])) {
        const member = readCargoManifest((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(lockDir, dir), node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(lockDirDisplay, dir, 'Cargo.toml'), input.root);
        if (member?.name)
            manifests.set(member.name, member);
    }
    for (const pkg of result.values()) {
        const manifest = pkg.local ? manifests.get(pkg.name) : undefined;
        if (!manifest)
            continue;
        for (const dep of pkg.dependsOn) {
            const target = result.get(dep);
            if (target && manifest.devOnly.has(target.name))
                (pkg.edgeKinds ??= new Map()).set(dep, 'dev');
        }
    }
    const root = { dependsOn: new Set() };
    const rootCrate = (byName.get(rootName) ?? []).find((c) => !c.source);
    if (rootCrate) {
        const crate = result.get(rootCrate.ref);
        for (const dep of crate.dependsOn)
            (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(root, dep, (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .edgeKind */ .Ye)(crate, dep));
        result.delete(rootCrate.ref);
    }
    for (const pkg of result.values()) {
        pkg.dependsOn.delete(rootCrate?.ref ?? '');
        if (pkg.local)
            (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(root, pkg.ref);
    }
    (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .computeScopes */ .TC)(root, result);
    return {
        lockfile: input.lockfile,
        ecosystem: 'cargo',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            declared: rootManifest?.name !== undefined,
            version: rootVersion,
            license: rootManifest?.license,
            ecosystem: 'cargo',
            ...root,
        },
        packages: result,
        warnings: [],
    };
}
/** The Cargo.toml in `dir`, or undefined when there is none. */
function readCargoManifest(dir, display, root) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Cargo.toml');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    const data = (0,_toml_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTomlFile */ .g)((0,_paved_road_core__WEBPACK_IMPORTED_MODULE_8__/* .readTextFile */ .Gu)(path, { displayName: display, kind: 'manifest', workspace: root }), display);
    const pkg = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.package) ? data.package : {};
    const tables = [data, ...((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.target) ? Object.values(data.target).filter(_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv) : [])];
    // A renamed dependency (`alias = { package = "real" }`) is locked under its real name.
    const names = (table) => (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(table) ? Object.entries(table).map(([key, spec]) => ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(spec) && (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(spec.package)) || key) : [];
    const runtime = new Set();
    const dev = new Set();
    for (const table of tables) {
        for (const name of [...names(table.dependencies), ...names(table['build-dependencies'])])
            runtime.add(name);
        for (const name of names(table['dev-dependencies']))
            dev.add(name);
    }
    const workspace = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.workspace) ? data.workspace : {};
    return {
        name: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(pkg.name),
        // `version.workspace = true` inherits a version this reader does not resolve: no version then.
        version: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(pkg.version),
        license: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(pkg.license),
        members: Array.isArray(workspace.members)
            ? workspace.members.filter((m) => typeof m === 'string')
            : [],
        devOnly: new Set([...dev].filter((name) => !runtime.has(name))),
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


/***/ }),

/***/ 2944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ projectDirName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** The name of the lockfile's directory, for a project whose manifest names none. */
function projectDirName(input) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(input.path)) || 'project';
}


/***/ })

};
