export const id = 886;
export const ids = [886];
export const modules = {

/***/ 2886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readGemfileLock: () => (/* binding */ readGemfileLock)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(637);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3623);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22049);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2944);
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
                const packageUrl = local ? undefined : (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .purl */ .EV)('gem', undefined, name, version, qualifiers);
                const ref = packageUrl ?? `local:${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), remote ?? name)}`;
                (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addPackage */ .Eb)(result, {
                    ref,
                    ecosystem: 'gem',
                    name: name,
                    version,
                    purl: packageUrl,
                    hashes: [],
                    // The .gem rubygems.org serves for this spec (`<name>-<version>[-<platform>].gem`).
                    files: section === 'GEM' && !qualifiers.repository_url
                        ? [{ url: `https://rubygems.org/downloads/${name}-${full}.gem`, hashes: [], derived: true }]
                        : [],
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
            throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('invalid-lockfile', `${input.lockfile} line ${i + 1} is not a spec line.`, { file: input.lockfile, line: i + 1 }, 'Regenerate it with bundle lock.');
        }
        if (section === 'DEPENDENCIES') {
            const dep = /^ {2}([^ (!]+)/.exec(line);
            if (dep)
                direct.push(dep[1]);
        }
        if (section === 'CHECKSUMS') {
            const sum = /^ {2}(.+\)) sha256=([0-9a-f]{64})/.exec(line);
            const ref = sum ? checksums.get(sum[1]) : undefined;
            const hash = sum ? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .hexHash */ .eP)('SHA-256', sum[2]) : undefined;
            if (ref && hash) {
                // The checksum is the .gem's SHA-256: the component's hash and its distribution's.
                const pkg = result.get(ref);
                pkg.hashes = [hash];
                for (const file of pkg.files)
                    file.hashes = [hash];
            }
        }
    }
    if (section === '' && lines.some((l) => l.trim())) {
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('invalid-lockfile', `${input.lockfile} has no GEM, GIT or PATH section: it is not a Gemfile.lock.`, { file: input.lockfile, line: 1 }, 'Regenerate it with bundle lock.');
    }
    // A dependency on a gem with platform variants is a dependency on each of them (one is installed).
    for (const spec of specs) {
        const pkg = result.get(spec.ref);
        for (const name of spec.deps)
            for (const ref of variants.get(name) ?? [])
                if (ref !== spec.ref)
                    pkg.dependsOn.add(ref);
    }
    const gemfilePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path), 'Gemfile');
    const devNames = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(gemfilePath)
        ? devOnlyGems((0,_paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .readTextFile */ .Gu)(gemfilePath, { displayName: 'Gemfile', kind: 'Gemfile', workspace: input.root }))
        : new Set();
    const root = { dependsOn: new Set() };
    for (const name of direct)
        for (const ref of variants.get(name) ?? [])
            (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addEdge */ .rN)(root, ref, devNames.has(name) ? 'dev' : 'required');
    (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .computeScopes */ .TC)(root, result);
    const gemspec = readGemspec((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path), node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), input.root);
    const rootName = gemspec?.name ?? (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .projectDirName */ .s)(input);
    return {
        lockfile: input.lockfile,
        ecosystem: 'gem',
        root: {
            ref: `root:${rootName}`,
            name: rootName,
            declared: gemspec?.name !== undefined,
            version: gemspec?.version,
            license: gemspec?.license,
            ecosystem: 'gem',
            ...root,
        },
        packages: result,
        warnings: [],
    };
}
/**
 * Name, version and license of the one `*.gemspec` beside the Gemfile.lock (a gem's own repository),
 * read from its literal assignments (`spec.name = "x"`); a gemspec is Ruby, so a value computed by
 * code (`Foo::VERSION`) is not known and is left out. None, or several gemspecs: undefined.
 */
function readGemspec(dir, displayDir, root) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).filter((n) => n.endsWith('.gemspec'));
    }
    catch {
        return undefined;
    }
    if (names.length !== 1)
        return undefined;
    const text = (0,_paved_road_core__WEBPACK_IMPORTED_MODULE_6__/* .readTextFile */ .Gu)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, names[0]), {
        displayName: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(displayDir, names[0]),
        kind: 'gemspec',
        maxBytes: 1024 * 1024,
        workspace: root,
    });
    const literal = (field) => new RegExp(`^\\s*\\w+\\.${field}\\s*=\\s*["']([^"'#{}]+)["']`, 'm').exec(text)?.[1];
    const licenses = /^\s*\w+\.licenses\s*=\s*\[([^\]]*)\]/m.exec(text)?.[1];
    const listed = licenses ? [...licenses.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]) : [];
    return {
        name: literal('name'),
        version: literal('version'),
        license: literal('license') ?? (listed.length > 1 ? `(${listed.join(' OR ')})` : listed[0]),
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
