export const id = 272;
export const ids = [272,313];
export const modules = {

/***/ 46477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ declaredDependencies),
/* harmony export */   lx: () => (/* binding */ manifestEdgeKind),
/* harmony export */   tf: () => (/* binding */ readNpmManifest),
/* harmony export */   yp: () => (/* binding */ syncWarning)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40883);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1988);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77705);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3623);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64847);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87915);
// package.json, read for the root component and for checking that a lockfile matches it.


// The three functions used, not the package index (which loads every semver module, ~2 ms).






function specs(value) {
    const out = {};
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(value))
        for (const [k, v] of Object.entries(value))
            if (typeof v === 'string')
                out[k] = v;
    return out;
}
/**
 * The package.json in `dir`, or undefined when there is none, or when `dir` (named by a lockfile)
 * lies outside the project `root`. `display` names it in messages.
 */
function readNpmManifest(dir, display, root) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
    if (!(0,_paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .isInside */ .FK)(root, path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    const data = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parseJsonFile */ .OW)((0,_paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .readTextFile */ .Gu)(path, { displayName: display, kind: 'manifest', workspace: root }), display, 'package.json');
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(data))
        return undefined;
    const license = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(data.license) ?? ((0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(data.license) ? (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(data.license.type) : undefined);
    return {
        file: display,
        name: (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(data.name),
        version: (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(data.version),
        license,
        private: data.private === true,
        dependencies: specs(data.dependencies),
        devDependencies: specs(data.devDependencies),
        optionalDependencies: specs(data.optionalDependencies),
        peerDependencies: specs(data.peerDependencies),
        resolutions: specs(data.resolutions),
        workspaces: (0,_discover_js__WEBPACK_IMPORTED_MODULE_5__/* .npmWorkspacePatterns */ .Sg)(data),
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
    if (!semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4___default()(range, { loose: true }) || !semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_3___default()(lockedVersion, { loose: true }))
        return undefined;
    if (semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_2___default()(lockedVersion, range, { loose: true, includePrerelease: true }))
        return undefined;
    return `${manifestFile} declares ${name}@${spec} but ${lockfile} locks ${name}@${lockedVersion}: the lockfile is out of sync with the manifest; run the package manager's install to update it.`;
}
/**
 * How a manifest needs a dependency it names: runtime over optional over dev (a name both in
 * dependencies and devDependencies is a runtime one); undefined when it does not name it.
 */
function manifestEdgeKind(manifest, name) {
    if (Object.hasOwn(manifest.dependencies, name))
        return 'required';
    if (Object.hasOwn(manifest.optionalDependencies, name))
        return 'optional';
    if (Object.hasOwn(manifest.devDependencies, name))
        return 'dev';
    return undefined;
}


/***/ }),

/***/ 73272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPnpmLockfile: () => (/* binding */ readPnpmLockfile),
/* harmony export */   splitPnpmKey: () => (/* binding */ splitPnpmKey)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(637);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46477);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22049);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2944);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66313);
// pnpm-lock.yaml, lockfileVersion 6.x and 9.x, read directly.
// v9 splits packages (identity, resolution) from snapshots (dependencies, one per peer variant:
// `name@1.0.0(peer@2.0.0)`) and has no dev flags: dev-only is computed from the importers. v6 keeps
// both in `packages` with keys starting with `/`. Peer variants are one package in the SBOM.








const IMPORTER_EDGE = { dependencies: 'required', optionalDependencies: 'optional', devDependencies: 'dev' };
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
    const data = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_6__.parseYamlFile)(input.text, input.lockfile);
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data)) {
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('invalid-lockfile', `${input.lockfile} is empty or not a pnpm lockfile.`, { file: input.lockfile, line: 1 }, 'Regenerate it with pnpm install.');
    }
    const rawVersion = String(data.lockfileVersion ?? '');
    const major = Number.parseInt(rawVersion, 10);
    if (major !== 6 && major !== 9) {
        const at = input.text.indexOf('lockfileVersion');
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} has lockfileVersion ${JSON.stringify(data.lockfileVersion ?? null)}; paved-road reads pnpm lockfile versions 6 and 9.`, { file: input.lockfile, line: at >= 0 ? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(input.text, at) : 1 }, 'Regenerate it with pnpm 8 or later (pnpm install --lockfile-only).');
    }
    const v9 = major === 9;
    const packages = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.packages) ? data.packages : {};
    const snapshots = v9 ? ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.snapshots) ? data.snapshots : {}) : packages;
    const importers = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.importers)
        ? data.importers
        : {
            '.': {
                dependencies: data.dependencies,
                devDependencies: data.devDependencies,
                optionalDependencies: data.optionalDependencies,
            },
        };
    const lockDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path);
    const lockDirDisplay = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile);
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
        const info = ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(packages[baseKey]) ? packages[baseKey] : (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(packages[key]) ? packages[key] : {});
        const resolution = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(info.resolution) ? info.resolution : {};
        const fullName = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(info.name) ?? split.name;
        let version = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(info.version) ?? split.version;
        let source;
        if (resolution.type === 'git' || (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(resolution.repo)) {
            const repo = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeGitUrl */ .jD)(String(resolution.repo ?? ''));
            source = {
                kind: 'git',
                vcsUrl: `${repo.startsWith('git+') ? repo : `git+${repo}`}#${String(resolution.commit ?? '')}`,
                commit: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(resolution.commit),
            };
        }
        else if ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(resolution.directory) || version.startsWith('file:') || version.startsWith('link:')) {
            source = { kind: 'local', path: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(resolution.directory) ?? version.replace(/^(file|link):/, '') };
        }
        else {
            source = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyNpmResolved */ .Y3)((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(resolution.tarball), fullName);
        }
        if (/^(https?:|git|file:)/.test(version))
            version = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(info.version) ?? '';
        const purl = source.kind === 'local' ? undefined : (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmPurl */ .NP)(fullName, version, source);
        const ref = purl ??
            `local:${lockDirDisplay === '.' ? '' : `${lockDirDisplay}/`}${source.kind === 'local' ? source.path : key}`;
        refOfKey.set(key, ref);
        const { group, name } = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNpmName */ .X)(fullName);
        const hashes = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .hashesFromIntegrity */ .cV)((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(resolution.integrity));
        (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addPackage */ .Eb)(result, {
            ref,
            ecosystem: 'npm',
            group,
            name,
            version,
            purl,
            hashes,
            files: (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmDistribution */ .wh)(fullName, version, source, (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(resolution.tarball), hashes),
            vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
            license: undefined,
            dev: false,
            optional: false,
            local: source.kind === 'local',
            dependsOn: new Set(),
            source: key,
            properties: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .npmEntryProperties */ .Vf)(info),
        });
        return ref;
    };
    const keyOf = (name, value) => {
        const candidates = v9 ? [`${name}@${value}`, value] : [`/${name}@${value}`, value, `/${value}`, `${name}@${value}`];
        return candidates.find((c) => snapshots[c] !== undefined);
    };
    const memberRef = (path) => `local:${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(lockDirDisplay, path)}`;
    const linkRef = (fromImporter, target) => memberRef(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(fromImporter, target)));
    // Edges of every snapshot.
    for (const [key, value] of Object.entries(snapshots)) {
        const from = packageFor(key);
        if (!from || !(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
            continue;
        const pkg = result.get(from);
        for (const field of ['dependencies', 'optionalDependencies']) {
            const deps = value[field];
            if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(deps))
                continue;
            for (const [name, raw] of Object.entries(deps)) {
                const spec = String(raw);
                const target = spec.startsWith('link:') ? undefined : keyOf(name, spec);
                const to = target ? packageFor(target) : undefined;
                if (!to || to === from)
                    continue;
                (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(pkg, to, field === 'optionalDependencies' ? 'optional' : 'required');
            }
        }
    }
    // Importers: the root project and the workspace members.
    const root = { dependsOn: new Set() };
    let rootManifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readNpmManifest */ .tf)(lockDir, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(lockDirDisplay, 'package.json'), input.root);
    for (const [path, value] of Object.entries(importers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
            continue;
        const isRoot = path === '.';
        const manifestDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(lockDir, path);
        const manifest = isRoot
            ? rootManifest
            : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifestDir)
                ? (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readNpmManifest */ .tf)(manifestDir, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(lockDirDisplay, path, 'package.json'), input.root)
                : undefined;
        let owner;
        if (!isRoot) {
            const ref = memberRef(path);
            const fullName = manifest?.name ?? path;
            const { group, name } = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNpmName */ .X)(fullName);
            owner = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addPackage */ .Eb)(result, {
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
            (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(root, ref);
        }
        for (const field of ['dependencies', 'optionalDependencies', 'devDependencies']) {
            const deps = value[field];
            if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(deps))
                continue;
            for (const [name, entry] of Object.entries(deps)) {
                const version = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(entry) ? String(entry.version ?? '') : String(entry);
                const specifier = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(entry) ? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(entry.specifier) : undefined;
                let to;
                if (version.startsWith('link:'))
                    to = linkRef(path, version.slice(5));
                else {
                    const key = keyOf(name, version);
                    to = key ? packageFor(key) : undefined;
                }
                if (!to)
                    continue;
                (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(owner ?? root, to, IMPORTER_EDGE[field]);
                void specifier;
            }
        }
        if (manifest) {
            for (const field of ['dependencies', 'optionalDependencies', 'devDependencies']) {
                const locked = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value[field]) ? value[field] : {};
                for (const [name, spec] of Object.entries(manifest[field])) {
                    const entry = locked[name] ??
                        ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value.dependencies) ? value.dependencies[name] : undefined) ??
                        ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value.devDependencies) ? value.devDependencies[name] : undefined);
                    const lockedSpecifier = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(entry) ? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(entry.specifier) : undefined;
                    if (entry === undefined) {
                        warnings.push((0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .syncWarning */ .yp)(manifest.file, input.lockfile, name, spec, undefined));
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
    for (const dep of [...root.dependsOn])
        if (!result.has(dep))
            root.dependsOn.delete(dep);
    (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .computeScopes */ .TC)(root, result);
    const rootName = rootManifest?.name ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .projectDirName */ .s)(input);
    return {
        lockfile: input.lockfile,
        ecosystem: 'npm',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            declared: rootManifest?.name !== undefined,
            version: rootManifest?.version,
            ecosystem: 'npm',
            license: rootManifest?.license,
            ...root,
        },
        packages: result,
        warnings,
    };
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


/***/ }),

/***/ 66313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlFile: () => (/* binding */ parseYamlFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88009);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);


/** Parses a YAML lockfile; a syntax error becomes a ConfigurationError at its line and column. */
function parseYamlFile(text, file) {
    try {
        // uniqueKeys off: lockfiles are machine-written; a huge document should not pay for the check.
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { uniqueKeys: false, maxAliasCount: -1, strict: false });
    }
    catch (error) {
        if (error instanceof yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLParseError */ .XT) {
            const pos = error.linePos?.[0];
            throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('invalid-lockfile', `${file} is not valid YAML (${error.code}: ${error.message.split('\n')[0]}); it may be truncated or hand-edited.`, { file, line: pos?.line, column: pos?.col }, 'Regenerate it with the package manager, then run again.');
        }
        throw error;
    }
}


/***/ })

};
