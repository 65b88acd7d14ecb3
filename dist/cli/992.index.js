export const id = 992;
export const ids = [992];
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

/***/ 91992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installedLicenses: () => (/* binding */ installedLicenses),
/* harmony export */   licenseOf: () => (/* binding */ licenseOf),
/* harmony export */   npmLockfileNames: () => (/* binding */ npmLockfileNames),
/* harmony export */   readNpmLockfile: () => (/* binding */ readNpmLockfile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(637);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3623);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46477);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22049);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2944);
// package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3, read directly (npm is never run).
// v2 and v3 have the flat `packages` map keyed by install path: dependencies resolve the way Node
// resolves them (the nearest node_modules up the path), and the scopes come from that graph the way
// `npm ls --omit dev` walks it: production packages' peers count, which npm's own `dev` flag leaves
// out; every entry npm flags neither dev, optional nor devOptional stays required whatever the walk
// says. v1 has only the nested `dependencies` tree with `requires` maps, and its flags give the scopes.







function readNpmLockfile(input) {
    const data = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonFile */ .OW)(input.text, input.lockfile, input.lockfile);
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data)) {
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('invalid-lockfile', `${input.lockfile} is not a package-lock object.`, { file: input.lockfile, line: 1 }, 'Regenerate it with npm install.');
    }
    const version = data.lockfileVersion;
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readNpmManifest */ .tf)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path), node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), 'package.json'), input.root);
    if (version === 2 || version === 3) {
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.packages)) {
            throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('invalid-lockfile', `${input.lockfile} (lockfileVersion ${version}) has no "packages" map.`, { file: input.lockfile, line: lineOfKey(input.text, 'lockfileVersion') }, 'Regenerate it with npm install.');
        }
        return readPackagesMap(input, data, data.packages, manifest);
    }
    if (version === 1)
        return readV1(input, data, manifest);
    throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} has lockfileVersion ${JSON.stringify(version)}; paved-road reads versions 1, 2 and 3.`, { file: input.lockfile, line: lineOfKey(input.text, 'lockfileVersion') }, 'Regenerate it with npm 7 or later (npm install --package-lock-only).');
}
function lineOfKey(text, key) {
    const at = text.indexOf(`"${key}"`);
    return at < 0 ? undefined : (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(text, at);
}
/** The name a `node_modules/...` path installs, or undefined for a workspace / outside path. */
function nameFromPath(path) {
    const at = path.lastIndexOf('node_modules/');
    if (at < 0)
        return undefined;
    return path.slice(at + 'node_modules/'.length);
}
// In npm's order of precedence: a name in several lists takes the kind of the last one (a root's
// devDependencies win over its peers, optionalDependencies over dependencies), as arborist builds edges.
const DEPENDENCY_KEYS = ['peerDependencies', 'dependencies', 'optionalDependencies'];
const DEPENDENCY_KEYS_WITH_DEV = [...DEPENDENCY_KEYS, 'devDependencies'];
const EDGE_OF_KEY = {
    dependencies: 'required',
    optionalDependencies: 'optional',
    peerDependencies: 'required',
    devDependencies: 'dev',
};
function readPackagesMap(input, lock, packages, manifest) {
    const result = new Map();
    const warnings = [];
    const rootData = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(packages['']) ? packages[''] : {};
    // The manifest first: the lockfile's copy of name and version may be older.
    const declaredName = manifest?.name ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(rootData.name) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(lock.name);
    const rootName = declaredName ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .projectDirName */ .s)(input);
    const rootVersion = manifest?.version ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(rootData.version) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(lock.version);
    const rootRef = `root:${rootName}`;
    const installed = installedLicenses((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path), input.root);
    // First pass: the identity (ref) of every installed path; links point at their target path.
    const entries = new Map();
    const links = new Map();
    for (const path in packages) {
        const value = packages[path];
        if (path === '' || !(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
            continue;
        if (value.link === true) {
            const target = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.resolved);
            if (target !== undefined)
                links.set(path, target);
            continue;
        }
        const installedAs = nameFromPath(path);
        const fullName = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.name) ?? installedAs ?? node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(path);
        const version = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.version) ?? '';
        const local = installedAs === undefined;
        const source = local ? { kind: 'local', path } : (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyNpmResolved */ .Y3)((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.resolved), fullName);
        let ref;
        let purl;
        if (source.kind === 'local') {
            ref = `local:${path}`;
        }
        else {
            purl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmPurl */ .NP)(fullName, version, source);
            ref = purl;
        }
        entries.set(path, { path, data: value, ref });
        const { group, name } = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNpmName */ .X)(fullName);
        const hashes = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .hashesFromIntegrity */ .cV)((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.integrity));
        const resolved = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.resolved);
        const pkg = {
            ref,
            ecosystem: 'npm',
            group,
            name,
            version,
            purl,
            hashes,
            files: (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmDistribution */ .wh)(fullName, version, source, resolved, hashes),
            vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
            license: licenseOf(value.license) ?? (local ? undefined : installed?.(path)),
            dev: value.dev === true,
            optional: value.optional === true,
            local,
            dependsOn: new Set(),
            source: path,
            properties: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .npmEntryProperties */ .Vf)(value),
        };
        (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addPackage */ .Eb)(result, pkg);
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
    /** Calls `visit` with each dependency name `data` declares and its kind (dev ones only when `withDev`). */
    const forEachDependency = (data, withDev, visit) => {
        const peerMeta = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.peerDependenciesMeta) ? data.peerDependenciesMeta : {};
        const kinds = new Map();
        for (const key of withDev ? DEPENDENCY_KEYS_WITH_DEV : DEPENDENCY_KEYS) {
            const names = data[key];
            if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(names))
                continue;
            for (const name in names) {
                const meta = peerMeta[name];
                const optionalPeer = key === 'peerDependencies' && (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(meta) && meta.optional === true;
                kinds.set(name, optionalPeer ? 'optional' : EDGE_OF_KEY[key]);
            }
        }
        for (const [name, kind] of kinds)
            visit(name, kind);
    };
    // Second pass: edges, between packages and between install paths: the scopes are walked over
    // paths, since one package at two paths (under a production and under a dev parent) may resolve
    // its dependencies differently at each. Workspace members (outside node_modules) also bring their
    // devDependencies.
    const atPath = new Map();
    const rootAtPath = { dependsOn: new Set() };
    for (const entry of entries.values()) {
        const pkg = result.get(entry.ref);
        const owner = { dependsOn: new Set() };
        atPath.set(entry.path, owner);
        forEachDependency(entry.data, pkg.local === true, (name, kind) => {
            const target = resolveDep(entry.path, name);
            if (!target)
                return;
            (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(owner, target.path, kind);
            if (target.ref !== entry.ref)
                (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(pkg, target.ref, kind);
        });
    }
    const root = { dependsOn: new Set() };
    forEachDependency(rootData, true, (name, kind) => {
        const target = resolveDep('', name);
        if (!target)
            return;
        (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(root, target.ref, kind);
        (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(rootAtPath, target.path, kind);
    });
    // Workspace members are direct dependencies of the project even when no root manifest names them.
    for (const [path, target] of links) {
        if (!path.startsWith('node_modules/'))
            continue;
        const entry = entries.get(normalizeLinkTarget(target));
        if (entry && !entry.path.includes('node_modules/') && isWorkspacePath(lock, entry.path)) {
            (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(root, entry.ref);
            (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(rootAtPath, entry.path);
        }
    }
    const flaggedRequired = [];
    for (const entry of entries.values())
        if (entry.data.dev !== true && entry.data.optional !== true && entry.data.devOptional !== true)
            flaggedRequired.push(entry.path);
    const { required, needed } = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .reachable */ .Gq)(rootAtPath, (path) => atPath.get(path), flaggedRequired);
    for (const pkg of result.values())
        pkg.dev = true;
    for (const entry of entries.values()) {
        if (!needed.has(entry.path))
            continue;
        const pkg = result.get(entry.ref);
        pkg.optional = pkg.dev ? !required.has(entry.path) : pkg.optional && !required.has(entry.path);
        pkg.dev = false;
    }
    if (manifest) {
        for (const dep of (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredDependencies */ .Ot)(manifest)) {
            const target = resolveDep('', dep.name);
            const locked = target ? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(target.data.version) : undefined;
            const spec = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(rootData) ? specIn(rootData, dep.name) : undefined;
            // v2/v3 lockfiles record the spec they were written for: when it is the manifest's, npm
            // resolved that spec, so only a missing entry is left to report. The range check of the
            // locked version (semver, the costly part) is for lockfiles that record no spec (v1).
            const warning = spec !== undefined && spec !== dep.spec
                ? `${manifest.file} declares ${dep.name}@${dep.spec} but ${input.lockfile} was written for ${dep.name}@${spec}: the lockfile is out of sync with the manifest; run npm install to update it.`
                : spec !== undefined && target
                    ? undefined
                    : (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .syncWarning */ .yp)(manifest.file, input.lockfile, dep.name, dep.spec, target ? (locked ?? '') : undefined);
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
            declared: declaredName !== undefined,
            version: rootVersion,
            ecosystem: 'npm',
            license: manifest?.license ?? licenseOf(rootData.license),
            ...root,
        },
        packages: result,
        warnings,
    };
}
function isWorkspacePath(lock, path) {
    const root = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(lock.packages) && (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(lock.packages['']) ? lock.packages[''] : {};
    return Array.isArray(root.workspaces) || (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(root.workspaces) || !path.startsWith('..');
}
function specIn(data, name) {
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
        const map = data[key];
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(map) && typeof map[name] === 'string')
            return map[name];
    }
    return undefined;
}
function normalizeLinkTarget(target) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(target.replace(/^file:/, '')).replace(/\/$/, '');
}
function licenseOf(value) {
    if (typeof value === 'string' && value.trim())
        return value.trim();
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value) && typeof value.type === 'string')
        return value.type;
    if (Array.isArray(value)) {
        const ids = value.map((v) => ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(v) ? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v.type) : (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(v))).filter((v) => !!v);
        if (ids.length)
            return ids.length === 1 ? ids[0] : `(${ids.join(' OR ')})`;
    }
    return undefined;
}
function v1Identity(installedAs, data) {
    const raw = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(data.version) ?? '';
    const resolved = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(data.resolved);
    if (raw.startsWith('npm:')) {
        const spec = raw.slice(4);
        const at = spec.lastIndexOf('@');
        const fullName = spec.slice(0, at);
        return { fullName, version: spec.slice(at + 1), source: (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyNpmResolved */ .Y3)(resolved, fullName) };
    }
    if (/^(file:|link:)/.test(raw))
        return { fullName: installedAs, version: '', source: { kind: 'local', path: raw.replace(/^(file|link):/, '') } };
    const looksGit = /^(git\+|git:|github:|gitlab:|bitbucket:)/.test(raw) || /^[\w.-]+\/[\w.-]+#/.test(raw);
    if (looksGit) {
        const source = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyNpmResolved */ .Y3)(raw, installedAs);
        const commit = source.kind === 'git' ? source.commit : undefined;
        return { fullName: installedAs, version: commit ?? '', source };
    }
    if (/^https?:\/\//.test(raw)) {
        const version = /-(\d+\.\d+\.\d+[^/]*?)\.tgz$/.exec(raw)?.[1] ?? '';
        return { fullName: installedAs, version, source: (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyNpmResolved */ .Y3)(raw, installedAs) };
    }
    return { fullName: installedAs, version: raw, source: (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyNpmResolved */ .Y3)(resolved, installedAs) };
}
function readV1(input, lock, manifest) {
    const result = new Map();
    const warnings = [];
    const declaredName = manifest?.name ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(lock.name);
    const rootName = declaredName ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .projectDirName */ .s)(input);
    const installed = installedLicenses((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path), input.root);
    const all = [];
    const build = (deps, parent, into) => {
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(deps))
            return;
        for (const [key, value] of Object.entries(deps)) {
            if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
                continue;
            const { fullName, version, source } = v1Identity(key, value);
            const purl = source.kind === 'local' ? undefined : (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmPurl */ .NP)(fullName, version, source);
            const pathKey = parent ? `${parent.key}/node_modules/${key}` : `node_modules/${key}`;
            const ref = purl ?? `local:${pathKey}`;
            const node = { key: pathKey, name: key, data: value, parent, children: new Map(), ref };
            into.set(key, node);
            all.push(node);
            const { group, name } = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNpmName */ .X)(fullName);
            const hashes = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .hashesFromIntegrity */ .cV)((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.integrity));
            const resolved = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.resolved);
            (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addPackage */ .Eb)(result, {
                ref,
                ecosystem: 'npm',
                group,
                name,
                version,
                purl,
                hashes,
                files: (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmDistribution */ .wh)(fullName, version, source, resolved, hashes),
                vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
                license: source.kind === 'local' ? undefined : installed?.(pathKey),
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
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(requires))
            continue;
        const pkg = result.get(node.ref);
        for (const name of Object.keys(requires)) {
            const target = resolve(node, name);
            if (target && target.ref !== node.ref)
                pkg.dependsOn.add(target.ref);
        }
    }
    const root = { dependsOn: new Set() };
    if (manifest) {
        for (const dep of (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .declaredDependencies */ .Ot)(manifest)) {
            const target = top.get(dep.name);
            if (target)
                (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(root, target.ref, dep.dev ? 'dev' : dep.optional ? 'optional' : 'required');
            const warning = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .syncWarning */ .yp)(manifest.file, input.lockfile, dep.name, dep.spec, target ? v1Identity(dep.name, target.data).version : undefined);
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
                (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addEdge */ .rN)(root, node.ref);
    }
    return {
        lockfile: input.lockfile,
        ecosystem: 'npm',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            declared: declaredName !== undefined,
            version: manifest?.version ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(lock.version),
            ecosystem: 'npm',
            license: manifest?.license,
            ...root,
        },
        packages: result,
        warnings,
    };
}
const npmLockfileNames = ['npm-shrinkwrap.json', 'package-lock.json'];
/**
 * Licenses of an installed tree: the `license` field of `<lockfile dir>/<install path>/package.json`,
 * for packages whose lockfile entry has none (npm writes `license` into v2/v3 lockfiles only since
 * npm 7 and never into v1). Undefined when there is no node_modules folder next to the lockfile.
 * A package.json that is missing or unreadable gives no license; the lockfile stays the source of truth
 * for everything else. An install path is lockfile content: one that leads out of node_modules (`..`)
 * or through a link out of the project `root` is never read.
 */
function installedLicenses(lockfileDir, root) {
    const modules = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(lockfileDir, 'node_modules');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(modules))
        return undefined;
    return (installPath) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(lockfileDir, installPath, 'package.json');
        if (!(0,_paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .isInside */ .FK)(modules, path))
            return undefined;
        let text;
        try {
            text = (0,_paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .readTextFile */ .Gu)(path, { kind: 'manifest', maxBytes: 1024 * 1024, workspace: root });
        }
        catch {
            return undefined;
        }
        try {
            const data = JSON.parse(text);
            return (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data) ? licenseOf(data.license ?? data.licenses) : undefined;
        }
        catch {
            return undefined;
        }
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


/***/ })

};
