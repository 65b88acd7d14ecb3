export const id = 555;
export const ids = [555];
export const modules = {

/***/ 44555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Requirements: () => (/* binding */ Requirements),
/* harmony export */   normalizePythonName: () => (/* binding */ normalizePythonName),
/* harmony export */   pypiFileUrl: () => (/* binding */ pypiFileUrl),
/* harmony export */   readPoetryLock: () => (/* binding */ readPoetryLock),
/* harmony export */   readPyproject: () => (/* binding */ readPyproject),
/* harmony export */   readUvLock: () => (/* binding */ readUvLock)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3069);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(637);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22049);
/* harmony import */ var _toml_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41704);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2944);
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
/** A requirement's project name (`requests[socks] >= 2`, `PySocks (>=1.5)`), normalized. */
function requirementName(spec) {
    const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(String(spec))?.[1];
    return name ? normalizePythonName(name) : undefined;
}
/** The extras of a PEP 508 requirement (`requests[socks,security]`). */
function requirementExtras(spec) {
    const inside = /^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*\[([^\]]*)\]/.exec(String(spec))?.[1];
    return inside
        ? inside
            .split(',')
            .map((e) => e.trim())
            .filter(Boolean)
        : [];
}
function readPyproject(dir, display, root) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'pyproject.toml');
    const edges = new Map();
    const extras = [];
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return { edges, extras };
    const data = (0,_toml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTomlFile */ .g)((0,_paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .readTextFile */ .Gu)(path, { displayName: display, kind: 'manifest', workspace: root }), display);
    const project = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data.project) ? data.project : {};
    const poetry = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data.tool) && (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data.tool.poetry) ? data.tool.poetry : {};
    const note = (name, kind, wanted = []) => {
        if (!name || name === 'python')
            return;
        const asked = typeof wanted === 'string' ? requirementExtras(wanted) : Array.isArray(wanted) ? wanted.map(String) : [];
        if (asked.length)
            extras.push([name, asked]);
        const rank = { required: 0, optional: 1, dev: 2 };
        const current = edges.get(name);
        if (!current || rank[kind] < rank[current])
            edges.set(name, kind);
    };
    const list = (value) => (Array.isArray(value) ? value : []);
    for (const dep of list(project.dependencies))
        note(requirementName(dep), 'required', String(dep));
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(project['optional-dependencies']))
        for (const deps of Object.values(project['optional-dependencies']))
            for (const dep of list(deps))
                note(requirementName(dep), 'optional', String(dep));
    // PEP 735 groups; an `{include-group = ...}` entry is not a requirement and names nothing.
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(data['dependency-groups']))
        for (const deps of Object.values(data['dependency-groups']))
            for (const dep of list(deps))
                if (typeof dep === 'string')
                    note(requirementName(dep), 'dev', dep);
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(poetry.dependencies))
        for (const [name, spec] of Object.entries(poetry.dependencies))
            note(normalizePythonName(name), (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(spec) && spec.optional === true ? 'optional' : 'required', (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(spec) ? spec.extras : []);
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(poetry['dev-dependencies']))
        for (const name of Object.keys(poetry['dev-dependencies']))
            note(normalizePythonName(name), 'dev');
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(poetry.group))
        for (const [group, value] of Object.entries(poetry.group))
            if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value) && (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value.dependencies))
                for (const name of Object.keys(value.dependencies))
                    note(normalizePythonName(name), group === 'main' ? 'required' : 'dev');
    const license = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(project.license) ?? ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(project.license) ? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(project.license.text) : undefined) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(poetry.license);
    return {
        name: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(project.name) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(poetry.name),
        version: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(project.version) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(poetry.version),
        license,
        edges,
        extras,
    };
}
/**
 * Extras: a package's optional edges grouped by extra, and the extras its dependents ask for
 * (`requests[socks]`). An extra something asks for turns its edges into runtime ones.
 */
class Extras {
    byPackage = new Map();
    wanted = [];
    provide(ref, extra, to) {
        const extras = this.byPackage.get(ref) ?? new Map();
        this.byPackage.set(ref, extras);
        const key = normalizePythonName(extra);
        extras.set(key, [...(extras.get(key) ?? []), to]);
    }
    want(ref, extras) {
        for (const extra of Array.isArray(extras) ? extras : [])
            this.wanted.push([ref, normalizePythonName(String(extra))]);
    }
    apply(packages) {
        for (const [ref, extra] of this.wanted) {
            const pkg = packages.get(ref);
            for (const to of this.byPackage.get(ref)?.get(extra) ?? [])
                if (pkg)
                    (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addEdge */ .rN)(pkg, to);
        }
    }
}
/**
 * How dependents ask for each package: the extras they want of it and the environment markers
 * (PEP 508) under which they need it. They become properties: `cdx:python:package:required-extra`
 * (the CycloneDX taxonomy's) per extra, and `paved-road:python:marker` per marker when every
 * dependent needs it under one (a package some dependent needs unconditionally is always installed).
 * Applied once scopes are known: for a production package only its production dependents (and the
 * root) count, so a test tool that needs it everywhere does not hide its production marker.
 */
class Requirements {
    asked = new Map();
    lockfileMarkers = new Map();
    /** `from` needs `ref` (under `marker`, with `extras`); `from` undefined: the project itself does. */
    note(from, ref, marker, extras) {
        const text = typeof marker === 'string' ? marker.trim() : '';
        const list = this.asked.get(ref) ?? [];
        this.asked.set(ref, list);
        list.push({
            from,
            marker: text || undefined,
            extras: (Array.isArray(extras) ? extras : []).map((e) => normalizePythonName(String(e))),
        });
    }
    /** The lockfile's own condition for installing the package: it replaces what dependents said. */
    installedWhen(ref, marker) {
        if (typeof marker === 'string' && marker.trim())
            this.lockfileMarkers.set(ref, marker.trim());
    }
    apply(packages) {
        for (const [ref, pkg] of packages) {
            const all = this.asked.get(ref) ?? [];
            const production = all.filter((n) => n.from === undefined || packages.get(n.from)?.dev === false);
            const notes = pkg.dev || !production.length ? all : production;
            const extras = [...new Set(notes.flatMap((n) => n.extras))].sort();
            const properties = extras.map((e) => ['cdx:python:package:required-extra', e]);
            const own = this.lockfileMarkers.get(ref);
            const markers = own
                ? [own]
                : notes.length && notes.every((n) => n.marker)
                    ? [...new Set(notes.map((n) => n.marker))].sort()
                    : [];
            for (const m of markers)
                properties.push(['paved-road:python:marker', m]);
            if (properties.length)
                pkg.properties = [...(pkg.properties ?? []), ...properties];
        }
    }
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
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} has lock-version ${lockVersion}; paved-road reads poetry.lock versions 1.x and 2.x.`, { file: input.lockfile, line: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(input.text, Math.max(0, input.text.indexOf('lock-version'))) }, 'Regenerate it with Poetry 1.x or 2.x (poetry lock).');
    }
    const lockDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path);
    const project = readPyproject(lockDir, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), 'pyproject.toml'), input.root);
    const result = new Map();
    const byName = new Map();
    const list = (Array.isArray(data.package) ? data.package : []).filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv);
    const mainRoots = new Set();
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
        const fromPypi = !!id.purl && !id.vcs && !id.purl.includes('repository_url=');
        for (const file of fileList.filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)) {
            const hash = sha256Of(file.hash);
            const fileName = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(file.file);
            const derived = !(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(file.url) && fromPypi && fileName ? pypiFileUrl(name, fileName) : undefined;
            const url = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(file.url) ?? derived ?? fileName;
            if (hash)
                files.push({ url, hashes: [hash], ...(derived ? { derived: true } : {}) });
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
        if (groups.includes('main') && entry.optional !== true)
            mainRoots.add(ref);
    }
    const extras = new Extras();
    const requirements = new Requirements();
    for (const entry of list) {
        const from = byName.get(normalizePythonName(String(entry.name)));
        if (!from)
            continue;
        const pkg = result.get(from);
        const deps = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry.dependencies) ? entry.dependencies : {};
        for (const [name, spec] of Object.entries(deps)) {
            const to = byName.get(normalizePythonName(name));
            if (!to || to === from)
                continue;
            // One table, or a list of them for different markers: optional only when every one is.
            const specs = (Array.isArray(spec) ? spec : [spec]).filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv);
            const optional = specs.length > 0 && specs.every((s) => s.optional === true);
            (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addEdge */ .rN)(pkg, to, optional ? 'optional' : 'required');
            for (const s of specs)
                extras.want(to, s.extras);
            if (!specs.length)
                requirements.note(from, to, undefined, []);
            for (const s of specs)
                requirements.note(from, to, s.markers, s.extras);
        }
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry.extras))
            for (const [extra, reqs] of Object.entries(entry.extras))
                for (const req of Array.isArray(reqs) ? reqs : []) {
                    const to = byName.get(requirementName(req) ?? '');
                    if (to && to !== from)
                        extras.provide(from, extra, to);
                }
    }
    for (const [name, wanted] of project.extras) {
        extras.want(byName.get(name) ?? '', wanted);
        requirements.note(undefined, byName.get(name) ?? '', undefined, wanted);
    }
    extras.apply(result);
    // Poetry 2 writes each package's own markers (the union of what needs it): they are the answer.
    for (const entry of list) {
        const ref = byName.get(normalizePythonName(String(entry.name)));
        const markers = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry.markers) ? entry.markers.main : entry.markers;
        if (ref)
            requirements.installedWhen(ref, markers);
    }
    const root = { dependsOn: new Set() };
    for (const [name, kind] of project.edges) {
        const ref = byName.get(name);
        if (ref)
            (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addEdge */ .rN)(root, ref, kind);
    }
    if (!root.dependsOn.size)
        for (const ref of mainRoots)
            (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addEdge */ .rN)(root, ref);
    // Poetry 1.2+ records the groups that need each package: anything `main` needs stays required.
    (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .computeScopes */ .TC)(root, result, mainRoots);
    requirements.apply(result);
    const rootName = project.name ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .projectDirName */ .s)(input);
    return {
        lockfile: input.lockfile,
        ecosystem: 'pypi',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            declared: project.name !== undefined,
            version: project.version,
            license: project.license,
            ecosystem: 'pypi',
            ...root,
        },
        packages: result,
        warnings: [],
    };
}
function readUvLock(input) {
    const data = (0,_toml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTomlFile */ .g)(input.text, input.lockfile);
    if (data.version !== 1) {
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('unsupported-lockfile-version', `${input.lockfile} has version ${JSON.stringify(data.version ?? null)}; paved-road reads uv.lock version 1.`, { file: input.lockfile, line: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .lineOf */ .cA)(input.text, Math.max(0, input.text.indexOf('version'))) }, 'Regenerate it with a current uv (uv lock).');
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
    const extras = new Extras();
    const requirements = new Requirements();
    const projects = new Set(projectRefs.map((p) => p.ref));
    const rootRef = projectRefs.find((p) => p.isRoot)?.ref;
    for (const entry of list) {
        const name = normalizePythonName(String(entry.name ?? ''));
        const from = (byName.get(name) ?? []).find((c) => c.version === String(entry.version ?? ''))?.ref ??
            byName.get(name)?.[0]?.ref;
        if (!from)
            continue;
        const pkg = result.get(from);
        const edges = (deps, kind, extra) => {
            for (const dep of (Array.isArray(deps) ? deps : []).filter(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)) {
                const to = resolveDep(dep);
                if (!to || to === from)
                    continue;
                (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addEdge */ .rN)(pkg, to, kind);
                if (extra !== undefined)
                    extras.provide(from, extra, to);
                if (kind !== 'dev') {
                    extras.want(to, dep.extra);
                    // The root project's own entry is no package once read: its edges are the root's.
                    requirements.note(from === rootRef ? undefined : from, to, dep.marker, dep.extra);
                }
            }
        };
        edges(entry.dependencies, 'required');
        // Extras (optional-dependencies) are optional edges; a project's dev groups are dev ones.
        const optional = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry['optional-dependencies']) ? entry['optional-dependencies'] : {};
        for (const [extra, deps] of Object.entries(optional))
            edges(deps, 'optional', extra);
        if (projects.has(from)) {
            const groups = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry['dev-dependencies']) ? entry['dev-dependencies'] : {};
            for (const deps of Object.values(groups))
                edges(deps, 'dev');
        }
    }
    extras.apply(result);
    const root = projectRefs.find((p) => p.isRoot);
    const lockDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path);
    const project = readPyproject(lockDir, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), 'pyproject.toml'), input.root);
    // The root project's edges are the document root's; every other workspace member is a production root.
    const rootOwner = { dependsOn: new Set() };
    if (root) {
        const pkg = result.get(root.ref);
        for (const dep of pkg.dependsOn)
            (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addEdge */ .rN)(rootOwner, dep, (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .edgeKind */ .Ye)(pkg, dep));
    }
    for (const p of projectRefs)
        if (p !== root)
            (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addEdge */ .rN)(rootOwner, p.ref);
    if (root) {
        result.delete(root.ref);
        for (const other of result.values())
            other.dependsOn.delete(root.ref);
    }
    (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .computeScopes */ .TC)(rootOwner, result);
    requirements.apply(result);
    let rootVersion = project.version;
    let rootName = project.name ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .projectDirName */ .s)(input);
    if (root) {
        const entry = root.entry;
        rootName = project.name ?? normalizePythonName(String(entry.name ?? rootName));
        rootVersion ??= (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(entry.version) || undefined;
    }
    return {
        lockfile: input.lockfile,
        ecosystem: 'pypi',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            declared: project.name !== undefined || root !== undefined,
            version: rootVersion,
            license: project.license,
            ecosystem: 'pypi',
            ...rootOwner,
        },
        packages: result,
        warnings: [],
    };
}
/**
 * Where PyPI serves a file by name: files.pythonhosted.org's `packages/<python tag>/<first letter>/
 * <project>/<file>` redirect (the tag is `source` for an sdist, the wheel's python tag otherwise), for
 * poetry.lock, which records file names and hashes but no URLs.
 */
function pypiFileUrl(project, file) {
    let tag = 'source';
    if (file.endsWith('.whl')) {
        const parts = file.slice(0, -4).split('-');
        if (parts.length < 5)
            return undefined;
        tag = parts[parts.length - 3];
    }
    else if (!/\.(tar\.gz|zip|tar\.bz2)$/.test(file))
        return undefined;
    const enc = encodeURIComponent;
    return `https://files.pythonhosted.org/packages/${enc(tag)}/${enc(project[0] ?? '_')}/${enc(project)}/${enc(file)}`;
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
