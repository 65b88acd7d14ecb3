export const id = 169;
export const ids = [169,555];
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

/***/ 44555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   normalizePythonName: () => (/* binding */ normalizePythonName),
/* harmony export */   readPoetryLock: () => (/* binding */ readPoetryLock),
/* harmony export */   readUvLock: () => (/* binding */ readUvLock)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3623);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(637);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22049);
/* harmony import */ var _toml_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41704);
// poetry.lock and uv.lock. A Python package has one artifact per platform (an sdist and wheels),
// each with its own SHA-256: they are distribution external references (the file name when the
// lockfile has no URL), never a pile of SHA-256 values on the component, which would claim the one
// component hashes to several things at once.






/** PEP 503 normalized name. */
function normalizePythonName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function sha256Of(hash) {
    const text = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(hash);
    if (!text?.startsWith('sha256:'))
        return undefined;
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .hexHash */ .eP)('SHA-256', text.slice(7));
}
function readPyproject(dir, display, root) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'pyproject.toml');
    const main = new Set();
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return { main };
    const data = (0,_toml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTomlFile */ .g)((0,_paved_road_core__WEBPACK_IMPORTED_MODULE_5__/* .readTextFile */ .Gu)(path, { displayName: display, kind: 'manifest', workspace: root }), display);
    const project = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data.project) ? data.project : {};
    const poetry = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data.tool) && (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data.tool.poetry) ? data.tool.poetry : {};
    for (const dep of Array.isArray(project.dependencies) ? project.dependencies : []) {
        const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(String(dep))?.[1];
        if (name)
            main.add(normalizePythonName(name));
    }
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(poetry.dependencies))
        for (const name of Object.keys(poetry.dependencies))
            if (name !== 'python')
                main.add(normalizePythonName(name));
    const license = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(project.license) ?? ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(project.license) ? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(project.license.text) : undefined) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(poetry.license);
    return {
        name: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(project.name) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(poetry.name),
        version: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(project.version) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(poetry.version),
        license,
        main,
    };
}
function pypiPurl(name, version, source) {
    if (source &&
        ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source.type) === 'directory' ||
            (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source.type) === 'file' ||
            source.editable !== undefined ||
            source.virtual !== undefined ||
            source.path !== undefined ||
            source.directory !== undefined)) {
        return { local: true };
    }
    const git = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.git) ?? ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.type) === 'git' ? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.url) : undefined);
    if (git) {
        const reference = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.resolved_reference) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.reference);
        const vcs = `git+${git.replace(/^git\+/, '').replace(/#.*$/, '')}${reference ? `@${reference}` : ''}`;
        return {
            purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .purl */ .EV)('pypi', undefined, normalizePythonName(name), version, { vcs_url: vcs }),
            vcs: vcs.replace(/^git\+/, ''),
            local: false,
        };
    }
    const registry = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.registry) ?? ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.type) === 'legacy' ? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.url) : undefined);
    const repository = registry && !/^https:\/\/pypi\.org\/simple\/?$/.test(registry) ? registry : undefined;
    return {
        purl: (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .purl */ .EV)('pypi', undefined, normalizePythonName(name), version, { repository_url: repository }),
        local: false,
    };
}
function readPoetryLock(input) {
    const data = (0,_toml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTomlFile */ .g)(input.text, input.lockfile);
    const meta = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data.metadata) ? data.metadata : {};
    const lockVersion = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(meta['lock-version']);
    if (lockVersion && !/^(1\.\d+|2\.\d+)$/.test(lockVersion)) {
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} has lock-version ${lockVersion}; paved-road reads poetry.lock versions 1.x and 2.x.`, { file: input.lockfile, line: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(input.text, Math.max(0, input.text.indexOf('lock-version'))) }, 'Regenerate it with Poetry 1.x or 2.x (poetry lock).');
    }
    const lockDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path);
    const project = readPyproject(lockDir, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), 'pyproject.toml'), input.root);
    const result = new Map();
    const byName = new Map();
    const list = (Array.isArray(data.package) ? data.package : []).filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv);
    const mainRoots = new Set();
    const optionalRoots = new Set();
    const legacyHashes = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(meta.files) ? meta.files : {};
    for (const entry of list) {
        const name = String(entry.name ?? '');
        const version = String(entry.version ?? '');
        const source = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry.source) ? entry.source : undefined;
        const id = pypiPurl(name, version, source);
        const ref = id.purl ?? `local:${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.url) ?? name)}`;
        const fileList = Array.isArray(entry.files)
            ? entry.files
            : Array.isArray(legacyHashes[name])
                ? legacyHashes[name]
                : [];
        const files = [];
        for (const file of fileList.filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)) {
            const hash = sha256Of(file.hash);
            if (hash)
                files.push({ url: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(file.url) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(file.file), hashes: [hash] });
        }
        (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addPackage */ .Eb)(result, {
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
        const deps = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry.dependencies) ? entry.dependencies : {};
        for (const name of Object.keys(deps)) {
            const to = byName.get(normalizePythonName(name));
            if (from && to && to !== from)
                result.get(from).dependsOn.add(to);
        }
    }
    // Poetry 1.2+ records the groups that need each package: anything needed by `main` is required.
    (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .computeScopes */ .TC)(result, { prod: mainRoots, optional: optionalRoots });
    const rootDeps = new Set();
    for (const name of project.main) {
        const ref = byName.get(name);
        if (ref)
            rootDeps.add(ref);
    }
    if (!rootDeps.size)
        for (const ref of mainRoots)
            rootDeps.add(ref);
    const rootName = project.name ?? (node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.resolve('/', node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile))) || 'project');
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
    const data = (0,_toml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTomlFile */ .g)(input.text, input.lockfile);
    if (data.version !== 1) {
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} has version ${JSON.stringify(data.version ?? null)}; paved-road reads uv.lock version 1.`, { file: input.lockfile, line: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(input.text, Math.max(0, input.text.indexOf('version'))) }, 'Regenerate it with a current uv (uv lock).');
    }
    const list = (Array.isArray(data.package) ? data.package : []).filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv);
    const result = new Map();
    const byName = new Map();
    const projectRefs = [];
    for (const entry of list) {
        const name = normalizePythonName(String(entry.name ?? ''));
        const source = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry.source) ? entry.source : undefined;
        const version = String(entry.version ?? '');
        const id = pypiPurl(name, version, source);
        const localPath = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.editable) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.virtual) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.directory) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(source?.path);
        const ref = id.purl ?? `local:${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), localPath ?? name)}`;
        const files = [];
        const artifacts = [
            ...((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry.sdist) ? [entry.sdist] : []),
            ...(Array.isArray(entry.wheels) ? entry.wheels.filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv) : []),
        ];
        for (const artifact of artifacts) {
            const hash = sha256Of(artifact.hash);
            if (hash)
                files.push({ url: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(artifact.url) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(artifact.filename) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(artifact.path), hashes: [hash] });
        }
        (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addPackage */ .Eb)(result, {
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
        const version = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(dep.version);
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
        for (const dep of (Array.isArray(entry.dependencies) ? entry.dependencies : []).filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)) {
            const to = resolveDep(dep);
            if (to && to !== from)
                pkg.dependsOn.add(to);
        }
        const isProject = projectRefs.some((p) => p.ref === from);
        // Extras (optional-dependencies) of a package are optional edges; a project's dev groups are dev.
        const extras = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry['optional-dependencies']) ? entry['optional-dependencies'] : {};
        for (const deps of Object.values(extras)) {
            for (const dep of (Array.isArray(deps) ? deps : []).filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)) {
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
            const groups = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry['dev-dependencies']) ? entry['dev-dependencies'] : {};
            for (const deps of Object.values(groups)) {
                for (const dep of (Array.isArray(deps) ? deps : []).filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)) {
                    const to = resolveDep(dep);
                    if (to && to !== from)
                        pkg.dependsOn.add(to);
                }
            }
        }
    }
    const root = projectRefs.find((p) => p.isRoot);
    const lockDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path);
    const project = readPyproject(lockDir, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), 'pyproject.toml'), input.root);
    const rootDeps = new Set();
    for (const p of projectRefs)
        if (p !== root)
            prodRoots.add(p.ref);
    (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .computeScopes */ .TC)(result, { prod: prodRoots, optional: optionalRoots }, (from, to) => optionalEdges.has(`${from}\n${to}`));
    let rootVersion = project.version;
    let rootName = project.name ?? (node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.resolve('/', node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile))) || 'project');
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


/***/ }),

/***/ 21169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRequirements: () => (/* binding */ readRequirements)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(637);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22049);
/* harmony import */ var _python_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44555);
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
            throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('invalid-lockfile', `${input.lockfile} line ${start} is not a requirement: "${text.slice(0, 60)}".`, { file: input.lockfile, line: start }, 'Fix the line or regenerate the file.');
        }
        const name = (0,_python_js__WEBPACK_IMPORTED_MODULE_3__.normalizePythonName)(match[1]);
        const version = match[4];
        const files = [];
        for (const hash of (match[6] ?? '').matchAll(/--hash[=\s]+sha256:([0-9a-fA-F]{64})/g)) {
            const h = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .hexHash */ .eP)('SHA-256', hash[1]);
            if (h)
                files.push({ hashes: [h] });
        }
        const packageUrl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .purl */ .EV)('pypi', undefined, name, version);
        (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .addPackage */ .Eb)(result, {
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
    const name = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.resolve('/', node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(input.lockfile))) || 'project';
    return {
        lockfile: input.lockfile,
        ecosystem: 'pypi',
        root: { ref: `root:${name}`, name, ecosystem: 'pypi', dependsOn: rootDeps },
        packages: result,
        warnings,
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
