export const id = 391;
export const ids = [391];
export const modules = {

/***/ 46477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ declaredDependencies),
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
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3623);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87915);
// package.json, read for the root component and for checking that a lockfile matches it.


// The three functions used, not the package index (which loads every semver module, ~2 ms).





function specs(value) {
    const out = {};
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(value))
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
    if (!(0,_paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(root, path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    const data = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonFile */ .OW)((0,_paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .readTextFile */ .Gu)(path, { displayName: display, kind: 'manifest', workspace: root }), display, 'package.json');
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(data))
        return undefined;
    const license = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(data.license) ?? ((0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(data.license) ? (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(data.license.type) : undefined);
    return {
        file: display,
        name: (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(data.name),
        version: (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(data.version),
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
    if (!semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_4___default()(range, { loose: true }) || !semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_3___default()(lockedVersion, { loose: true }))
        return undefined;
    if (semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_2___default()(lockedVersion, range, { loose: true, includePrerelease: true }))
        return undefined;
    return `${manifestFile} declares ${name}@${spec} but ${lockfile} locks ${name}@${lockedVersion}: the lockfile is out of sync with the manifest; run the package manager's install to update it.`;
}


/***/ }),

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

/***/ 73391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readYarnLockfile: () => (/* binding */ readYarnLockfile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92601);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(637);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46477);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22049);
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
        const data = (0,_yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_1__/* .parseSyml */ ["do"])(input.text);
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data))
            throw new Error('not a mapping');
        return data;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const line = /line (\d+)/i.exec(message)?.[1] ?? error.location?.start?.line;
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('invalid-lockfile', `${input.lockfile} is not a valid yarn lockfile (${message.split('\n')[0]}); it may be truncated or hand-edited.`, { file: input.lockfile, line: line !== undefined ? Number(line) : undefined }, 'Regenerate it with yarn install.');
    }
}
function readYarnLockfile(input) {
    const data = parseLock(input);
    const berry = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(data.__metadata);
    if (berry) {
        const version = Number(data.__metadata.version);
        if (!(version >= 4 && version <= 10)) {
            throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} has __metadata.version ${String(data.__metadata.version)}; paved-road reads yarn berry lockfiles of versions 4 to 10.`, { file: input.lockfile, line: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(input.text, Math.max(0, input.text.indexOf('__metadata'))) + 1 }, 'Regenerate it with yarn 3 or 4.');
        }
    }
    else if (!/^# yarn lockfile v1\s*$/m.test(input.text.slice(0, 500)) && Object.keys(data).length) {
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} is neither a yarn classic lockfile ("# yarn lockfile v1") nor a yarn berry one (__metadata).`, { file: input.lockfile, line: 1 }, 'Regenerate it with yarn install.');
    }
    const lockDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(input.path);
    const lockDirDisplay = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(input.lockfile);
    const result = new Map();
    const warnings = [];
    const byDescriptor = new Map();
    const entries = [];
    let workspaceRoot;
    for (const [key, value] of Object.entries(data)) {
        if (key === '__metadata' || !(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
            continue;
        const descriptors = key.split(/\s*,\s*/).map((d) => d.replace(/^"|"$/g, ''));
        const first = splitDescriptor(descriptors[0]);
        const version = String(value.version ?? '');
        let fullName;
        let source;
        let workspacePath;
        if (berry) {
            const resolution = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.resolution) ?? descriptors[0];
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
                    : (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyNpmResolved */ .Y3)(innerSplit.range, fullName);
            }
            else if (range.startsWith('npm:')) {
                source = { kind: 'registry' };
            }
            else {
                source = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyNpmResolved */ .Y3)(range.replace(/^(https?:)/, '$1'), fullName);
            }
        }
        else {
            const aliased = first.range.startsWith('npm:') ? splitDescriptor(first.range.slice(4)).name : undefined;
            fullName = aliased ?? first.name;
            source = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyNpmResolved */ .Y3)((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.resolved), fullName);
            if (first.range.startsWith('file:') || first.range.startsWith('link:'))
                source = { kind: 'local', path: first.range.slice(5) };
        }
        const purl = source.kind === 'local' ? undefined : (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .npmPurl */ .NP)(fullName, version, source);
        const ref = purl ?? `local:${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(lockDirDisplay, workspacePath ?? (source.kind === 'local' ? source.path : key))}`;
        for (const d of descriptors)
            byDescriptor.set(d, ref);
        const { group, name } = (0,_purl_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNpmName */ .X)(fullName);
        const hashes = berry ? [] : (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .hashesFromIntegrity */ .cV)((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.integrity));
        const resolved = berry ? undefined : (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(value.resolved);
        (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .addPackage */ .Eb)(result, {
            ref,
            ecosystem: 'npm',
            group,
            name,
            version: source.kind === 'local' && version === '0.0.0-use.local'
                ? ((0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readNpmManifest */ .tf)(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(lockDir, workspacePath ?? '.'), 'package.json', input.root)?.version ?? '')
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
        const meta = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(entry.data.dependenciesMeta) ? entry.data.dependenciesMeta : {};
        for (const field of ['dependencies', 'optionalDependencies']) {
            const deps = entry.data[field];
            if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(deps))
                continue;
            for (const [name, range] of Object.entries(deps)) {
                const to = lookup(name, String(range));
                if (!to || to === entry.ref)
                    continue;
                pkg.dependsOn.add(to);
                const optional = field === 'optionalDependencies' ||
                    ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(meta[name]) && meta[name].optional === true);
                if (optional)
                    optionalEdges.add(`${entry.ref}\n${to}`);
            }
        }
    }
    // The root: package.json says which dependencies are dev ones.
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readNpmManifest */ .tf)(lockDir, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(lockDirDisplay, 'package.json'), input.root);
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
                    warnings.push((0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .syncWarning */ .yp)(manifest.file, input.lockfile, name, spec, undefined));
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
        for (const [name, range] of Object.entries((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(workspaceRoot.data.dependencies) ? workspaceRoot.data.dependencies : {})) {
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
    (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .computeScopes */ .TC)(result, { prod: prodRoots, optional: optionalRoots }, (from, to) => optionalEdges.has(`${from}\n${to}`));
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


/***/ })

};
