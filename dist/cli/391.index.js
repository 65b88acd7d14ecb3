export const id = 391;
export const ids = [391];
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

/***/ 73391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readYarnLockfile: () => (/* binding */ readYarnLockfile),
/* harmony export */   yarnPatches: () => (/* binding */ yarnPatches)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92601);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(637);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3623);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64847);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46477);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22049);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2944);
// yarn.lock, classic (v1) and berry (v2+: `__metadata`), read with @yarnpkg/parsers (yarn's own parser).
// Keys hold several descriptors (`"a@^1, a@^1.2"`); dependencies name descriptors, so edges resolve
// by descriptor. Neither format marks dev dependencies: dev-only is computed from package.json.
// Berry's `checksum` is the SHA-512 of yarn's cache zip (prefixed by the cache key), not of the npm
// tarball: it is kept as the property `paved-road:yarn:cache-checksum`, never as a component hash.








function splitDescriptor(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at < 0 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}
function parseLock(input) {
    try {
        const data = (0,_yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_1__/* .parseSyml */ ["do"])(input.text);
        if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(data))
            throw new Error('not a mapping');
        return data;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const line = /line (\d+)/i.exec(message)?.[1] ?? error.location?.start?.line;
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('invalid-lockfile', `${input.lockfile} is not a valid yarn lockfile (${message.split('\n')[0]}); it may be truncated or hand-edited.`, { file: input.lockfile, line: line !== undefined ? Number(line) : undefined }, 'Regenerate it with yarn install.');
    }
}
function readYarnLockfile(input) {
    const data = parseLock(input);
    const berry = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(data.__metadata);
    if (berry) {
        const version = Number(data.__metadata.version);
        if (!(version >= 4 && version <= 10)) {
            throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} has __metadata.version ${String(data.__metadata.version)}; paved-road reads yarn berry lockfiles of versions 4 to 10.`, { file: input.lockfile, line: (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .lineOf */ .cA)(input.text, Math.max(0, input.text.indexOf('__metadata'))) + 1 }, 'Regenerate it with yarn 3 or 4.');
        }
    }
    else if (!/^# yarn lockfile v1\s*$/m.test(input.text.slice(0, 500)) && Object.keys(data).length) {
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} is neither a yarn classic lockfile ("# yarn lockfile v1") nor a yarn berry one (__metadata).`, { file: input.lockfile, line: 1 }, 'Regenerate it with yarn install.');
    }
    const lockDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(input.path);
    const lockDirDisplay = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(input.lockfile);
    const result = new Map();
    const warnings = [];
    const byDescriptor = new Map();
    const entries = [];
    let workspaceRoot;
    for (const [key, value] of Object.entries(data)) {
        if (key === '__metadata' || !(0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value))
            continue;
        const descriptors = key.split(/\s*,\s*/).map((d) => d.replace(/^"|"$/g, ''));
        const first = splitDescriptor(descriptors[0]);
        const version = String(value.version ?? '');
        let fullName;
        let source;
        let workspacePath;
        let patches;
        if (berry) {
            const resolution = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(value.resolution) ?? descriptors[0];
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
                // `patch:name@npm%3A1.2.3#...`: the patched package keeps the identity of what it patches
                // (its pedigree names the patches).
                const inner = decodeURIComponent(range.slice('patch:'.length).split('#')[0]);
                const innerSplit = splitDescriptor(inner);
                fullName = innerSplit.name;
                source = innerSplit.range.startsWith('npm:')
                    ? { kind: 'registry' }
                    : (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyNpmResolved */ .Y3)(innerSplit.range, fullName);
                patches = yarnPatches(range, input, warnings);
            }
            else if (range.startsWith('npm:')) {
                source = { kind: 'registry' };
            }
            else {
                source = (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyNpmResolved */ .Y3)(range.replace(/^(https?:)/, '$1'), fullName);
            }
        }
        else {
            const aliased = first.range.startsWith('npm:') ? splitDescriptor(first.range.slice(4)).name : undefined;
            fullName = aliased ?? first.name;
            source = (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyNpmResolved */ .Y3)((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(value.resolved), fullName);
            if (first.range.startsWith('file:') || first.range.startsWith('link:'))
                source = { kind: 'local', path: first.range.slice(5) };
        }
        const purl = source.kind === 'local' ? undefined : (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .npmPurl */ .NP)(fullName, version, source);
        const ref = purl ?? `local:${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(lockDirDisplay, workspacePath ?? (source.kind === 'local' ? source.path : key))}`;
        for (const d of descriptors)
            byDescriptor.set(d, ref);
        const { group, name } = (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .splitNpmName */ .X)(fullName);
        const hashes = berry ? [] : (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .hashesFromIntegrity */ .cV)((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(value.integrity));
        const cacheChecksum = berry ? yarnCacheChecksum(value.checksum, data.__metadata) : undefined;
        const resolved = berry ? undefined : (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(value.resolved);
        (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .addPackage */ .Eb)(result, {
            ref,
            ecosystem: 'npm',
            group,
            name,
            version: source.kind === 'local' && version === '0.0.0-use.local'
                ? ((0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .readNpmManifest */ .tf)(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(lockDir, workspacePath ?? '.'), 'package.json', input.root)?.version ?? '')
                : version,
            purl,
            hashes,
            files: (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .npmDistribution */ .wh)(fullName, version, source, resolved, hashes),
            vcs: source.kind === 'git' ? source.vcsUrl.replace(/^git\+/, '') : undefined,
            dev: false,
            optional: false,
            local: source.kind === 'local',
            dependsOn: new Set(),
            source: descriptors[0],
            properties: cacheChecksum ? [['paved-road:yarn:cache-checksum', cacheChecksum]] : undefined,
            pedigree: patches && { ancestor: { group, name, version, purl }, patches },
        });
        const entry = { ref, data: value, workspacePath: berry ? workspacePath : undefined };
        entries.push(entry);
        if (berry && workspacePath === '.')
            workspaceRoot = entry;
    }
    // The root manifest's `resolutions` replace a descriptor before it is locked: berry keeps the
    // original range in dependents' entries (`npm:^0.33.1`) and locks only the replacement (often a
    // `patch:`). Read here, ahead of the root's edges below.
    const rootManifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .readNpmManifest */ .tf)(lockDir, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(lockDirDisplay, 'package.json'), input.root);
    const resolutions = berry ? (rootManifest?.resolutions ?? {}) : {};
    const lookup = (name, range) => {
        const descriptor = `${name}@${range}`;
        const direct = byDescriptor.get(descriptor) ??
            (berry && !/^[a-z]+:/.test(range) ? byDescriptor.get(`${name}@npm:${range}`) : undefined);
        if (direct)
            return direct;
        const replacement = resolutions[descriptor] ?? resolutions[`${name}@npm:${range}`] ?? resolutions[name];
        return replacement === undefined ? undefined : byDescriptor.get(`${name}@${replacement}`);
    };
    // A workspace member's lockfile entry lists its devDependencies among its dependencies: its
    // package.json says which are dev ones.
    const memberManifests = new Map();
    const memberManifest = (path) => {
        if (!memberManifests.has(path))
            memberManifests.set(path, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .readNpmManifest */ .tf)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(lockDir, path), node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(lockDirDisplay, path, 'package.json'), input.root));
        return memberManifests.get(path);
    };
    const unresolved = [];
    for (const entry of entries) {
        if (entry === workspaceRoot)
            continue;
        const pkg = result.get(entry.ref);
        const meta = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(entry.data.dependenciesMeta) ? entry.data.dependenciesMeta : {};
        const member = entry.workspacePath !== undefined ? memberManifest(entry.workspacePath) : undefined;
        for (const field of ['dependencies', 'optionalDependencies']) {
            const deps = entry.data[field];
            if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(deps))
                continue;
            for (const [name, range] of Object.entries(deps)) {
                const to = lookup(name, String(range));
                if (!to) {
                    if (berry)
                        unresolved.push(`${name}@${String(range)} (from ${pkg.name})`);
                    continue;
                }
                if (to === entry.ref)
                    continue;
                const optional = field === 'optionalDependencies' ||
                    ((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(meta[name]) && meta[name].optional === true);
                (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .addEdge */ .rN)(pkg, to, (member && (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .manifestEdgeKind */ .lx)(member, name)) ?? (optional ? 'optional' : 'required'));
            }
        }
    }
    if (unresolved.length)
        warnings.push(`${input.lockfile} names ${unresolved.length} dependenc${unresolved.length === 1 ? 'y' : 'ies'} that no entry locks (${unresolved.slice(0, 3).join(', ')}${unresolved.length > 3 ? ', ...' : ''}): their edges are missing from the SBOM; run yarn install to bring the lockfile in sync with package.json and its resolutions.`);
    // The root: package.json says which dependencies are dev ones.
    const manifest = rootManifest;
    const root = { dependsOn: new Set() };
    // Yarn classic never locks the workspace members: they come from the root's `workspaces`.
    const classicMembers = new Map();
    const classicMemberDirs = [];
    if (!berry && manifest?.workspaces.length) {
        for (const dir of (0,_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceMemberDirs */ .o5)(lockDir, manifest.workspaces)) {
            const member = memberManifest(dir);
            if (!member)
                continue;
            const ref = `local:${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(lockDirDisplay, dir)}`;
            const { group, name } = (0,_purl_js__WEBPACK_IMPORTED_MODULE_5__/* .splitNpmName */ .X)(member.name ?? dir);
            (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .addPackage */ .Eb)(result, {
                ref,
                ecosystem: 'npm',
                group,
                name,
                version: member.version ?? '',
                hashes: [],
                files: [],
                license: member.license,
                dev: false,
                optional: false,
                local: true,
                dependsOn: new Set(),
                source: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, 'package.json'),
            });
            if (member.name)
                classicMembers.set(member.name, ref);
            classicMemberDirs.push({ ref, member });
        }
    }
    /** Edges from a manifest's own lists, a workspace member's name resolving to it. */
    const manifestEdges = (owner, from, fallback) => {
        for (const field of ['devDependencies', 'optionalDependencies', 'dependencies']) {
            for (const [name, spec] of Object.entries(from[field])) {
                const to = classicMembers.get(name) ??
                    lookup(name, spec) ??
                    (fallback && (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(fallback.dependencies)
                        ? lookup(name, String(fallback.dependencies[name] ?? ''))
                        : undefined);
                if (!to) {
                    warnings.push((0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .syncWarning */ .yp)(from.file, input.lockfile, name, spec, undefined));
                    continue;
                }
                (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .addEdge */ .rN)(owner, to, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .manifestEdgeKind */ .lx)(from, name));
            }
        }
    };
    if (manifest) {
        manifestEdges(root, manifest, workspaceRoot?.data);
        for (const { ref, member } of classicMemberDirs)
            manifestEdges(result.get(ref), member);
    }
    else if (workspaceRoot) {
        for (const [name, range] of Object.entries((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(workspaceRoot.data.dependencies) ? workspaceRoot.data.dependencies : {})) {
            const to = lookup(name, String(range));
            if (to)
                (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .addEdge */ .rN)(root, to);
        }
    }
    else {
        // No manifest: every package nothing else depends on is a direct, production dependency.
        const required = new Set();
        for (const pkg of result.values())
            for (const dep of pkg.dependsOn)
                required.add(dep);
        for (const ref of result.keys())
            if (!required.has(ref))
                (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .addEdge */ .rN)(root, ref);
    }
    // Workspace members are part of the project: production roots, with their own edges.
    for (const pkg of result.values())
        if (pkg.local && pkg.ref !== workspaceRoot?.ref)
            (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .addEdge */ .rN)(root, pkg.ref);
    if (workspaceRoot) {
        result.delete(workspaceRoot.ref);
        root.dependsOn.delete(workspaceRoot.ref);
        root.edgeKinds?.delete(workspaceRoot.ref);
    }
    (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .computeScopes */ .TC)(root, result);
    const rootName = manifest?.name ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .projectDirName */ .s)(input);
    return {
        lockfile: input.lockfile,
        ecosystem: 'npm',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            declared: manifest?.name !== undefined,
            version: manifest?.version,
            ecosystem: 'npm',
            license: manifest?.license,
            ...root,
        },
        packages: result,
        warnings,
    };
}
/**
 * A berry `checksum` as `<cache key>/<SHA-512 hex>`: yarn 4 writes the cache key in front
 * (`10/abc...`), yarn 2 and 3 only in `__metadata.cacheKey`. Undefined when it is not a SHA-512.
 */
function yarnCacheChecksum(checksum, metadata) {
    const text = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(checksum)?.trim();
    if (!text)
        return undefined;
    const slash = text.lastIndexOf('/');
    const hex = text.slice(slash + 1).toLowerCase();
    if (!/^[0-9a-f]{128}$/.test(hex))
        return undefined;
    const key = slash >= 0 ? text.slice(0, slash) : String(metadata.cacheKey ?? '');
    return key ? `${key}/${hex}` : hex;
}
/** A patch file larger than this is named (the diff's url) but its text is left out of the SBOM. */
const PATCH_TEXT_BYTES = 256 * 1024;
/**
 * The patches of a berry `patch:` resolution: `patch:<package>#<patches>::<params>`, the patches
 * joined by `&`, each one `optional!`-prefixed or not: a file (`~/` from the project root, otherwise
 * from the workspace named by the `locator` parameter) or yarn's own `builtin<compat/...>` patches
 * (from @yarnpkg/plugin-compat, so no file of the project). A file that cannot be read is still named,
 * with a warning.
 */
function yarnPatches(range, input, warnings) {
    const hash = range.indexOf('#');
    if (hash < 0)
        return [];
    const [list = '', params = ''] = range.slice(hash + 1).split('::');
    const locator = decodeURIComponent(/(?:^|&)locator=([^&]*)/.exec(params)?.[1] ?? '');
    const workspace = /@workspace:(.*)$/.exec(locator)?.[1] ?? '.';
    const lockDir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(input.lockfile);
    const patches = [];
    for (const encoded of list.split('&')) {
        const spec = decodeURIComponent(encoded).replace(/^optional!/, '');
        if (!spec)
            continue;
        if (spec.startsWith('builtin<')) {
            patches.push({ note: `yarn's built-in patch ${spec} (from @yarnpkg/plugin-compat), applied at install.` });
            continue;
        }
        if (spec.startsWith('/')) {
            patches.push({ note: `patch file outside the project: ${spec}` });
            continue;
        }
        const file = spec.startsWith('~/')
            ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(lockDir, spec.slice(2))
            : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(lockDir, workspace, spec));
        if (file.startsWith('../')) {
            patches.push({ note: `patch file outside the project: ${spec}` });
            continue;
        }
        let text;
        try {
            text = (0,_paved_road_core__WEBPACK_IMPORTED_MODULE_8__/* .readTextFile */ .Gu)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(input.root, file), {
                displayName: file,
                kind: 'patch',
                maxBytes: PATCH_TEXT_BYTES,
                workspace: input.root,
            });
        }
        catch (error) {
            if (!(error instanceof _paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1))
                throw error;
            warnings.push(`${input.lockfile} patches a package with ${file}, which could not be read (${error.message}): the SBOM names the file without its text.`);
        }
        patches.push({ file, text });
    }
    return patches;
}


/***/ })

};
