export const id = 575;
export const ids = [575];
export const modules = {

/***/ 50575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   goModuleZip: () => (/* binding */ goModuleZip),
/* harmony export */   goStdlib: () => (/* binding */ goStdlib),
/* harmony export */   readGoMod: () => (/* binding */ readGoMod)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(637);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3069);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87915);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22049);
// go.mod (+ go.sum beside it), and the standard library from its `go` / `toolchain` lines. go.mod after `go mod tidy` lists every module of the build list
// (`// indirect` for the ones the main module does not import), with replace directives applied
// here. go.sum's `h1:` values hash Go's own directory summary, not a file anyone downloads, so they
// are kept as a property rather than passed off as a SHA-256 of the module.





function goPurl(path, version) {
    const slash = path.lastIndexOf('/');
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .purl */ .EV)('golang', slash > 0 ? path.slice(0, slash) : undefined, slash > 0 ? path.slice(slash + 1) : path, version);
}
function readGoMod(input) {
    const lines = input.text.split(/\r?\n/);
    let module;
    const requires = [];
    const replaces = new Map();
    let block;
    let goLine;
    let toolchainLine;
    const fail = (line, what) => {
        throw new _paved_road_core__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('invalid-lockfile', `${input.lockfile} line ${line}: ${what}.`, { file: input.lockfile, line }, 'Fix the line or run go mod tidy.');
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
        else if (directive[1] === 'go')
            goLine = { version: directive[2].trim(), line: number };
        else if (directive[1] === 'toolchain')
            toolchainLine = { version: directive[2].trim(), line: number };
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
    const sumPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.path), 'go.sum');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(sumPath)) {
        const sumText = (0,_paved_road_core__WEBPACK_IMPORTED_MODULE_5__/* .readTextFile */ .Gu)(sumPath, {
            displayName: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), 'go.sum'),
            kind: 'go.sum',
            workspace: input.root,
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
            ref = `local:${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(input.lockfile), replacement.path)}`;
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
        (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addPackage */ .Eb)(result, {
            ref,
            ecosystem: 'golang',
            group: slash > 0 ? name.slice(0, slash) : undefined,
            name: slash > 0 ? name.slice(slash + 1) : name,
            version,
            purl: packagePurl,
            // go.sum's h1: is no hash of the zip (see goModuleZip): the zip's address, without a hash.
            hashes: [],
            files: local ? [] : [{ url: goModuleZip(name, version), hashes: [], derived: true }],
            dev: false,
            optional: false,
            local,
            dependsOn: new Set(),
            source: `line ${req.line}`,
            properties: [
                ...(h1 ? [['paved-road:go:sum', h1]] : []),
                // go.mod's own mark: required only by other modules, not imported by this one.
                ...(req.indirect ? [['paved-road:go:indirect', 'true']] : []),
            ],
        });
        // go.mod has no graph below the main module: direct requirements are its edges.
        if (!req.indirect)
            rootDeps.add(ref);
    }
    const stdlib = goStdlib(goLine, toolchainLine);
    if (stdlib) {
        (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .addPackage */ .Eb)(result, stdlib);
        rootDeps.add(stdlib.ref);
    }
    return {
        lockfile: input.lockfile,
        ecosystem: 'golang',
        root: { ref: `root:${module}`, name: module, declared: true, ecosystem: 'golang', dependsOn: rootDeps },
        packages: result,
        warnings,
    };
}
/**
 * The module zip on the Go module proxy (the GOPROXY protocol: `<module>/@v/<version>.zip`, upper
 * case letters escaped as `!` and the lower case letter). The `h1:` of go.sum is a SHA-256 of the
 * zip's file listing with each file's SHA-256 (Go's dirhash), not of the zip's bytes: no CycloneDX
 * hash algorithm names it, so it stays the property `paved-road:go:sum`.
 */
function goModuleZip(path, version) {
    const escape = (text) => text.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
    return `https://proxy.golang.org/${escape(path)}/@v/${escape(version)}.zip`;
}
/**
 * The Go standard library every binary of the module links, as the component `stdlib` (the name the
 * Go vulnerability database gives it), at the version go.mod asks for: the `toolchain` line when
 * there is one (`go1.22.5`: the toolchain the go command switches to at least), else the `go` line
 * (the least version the module builds with). Both are minimums: a build may use a newer Go, which
 * only the build knows; the property says which line the version came from.
 */
function goStdlib(goLine, toolchainLine) {
    // `go1.22.5` or `go1.23rc1`; a custom toolchain may add `-suffix`.
    const toolchain = /^go(\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)(?:-\S+)?$/.exec(toolchainLine?.version ?? '')?.[1];
    const go = /^\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?$/.test(goLine?.version ?? '') ? goLine.version : undefined;
    const version = toolchain ?? go;
    if (!version)
        return undefined;
    const packagePurl = (0,_purl_js__WEBPACK_IMPORTED_MODULE_3__/* .purl */ .EV)('golang', undefined, 'stdlib', version);
    const properties = [
        ['paved-road:go:stdlib-version-from', toolchain ? `toolchain ${toolchainLine.version}` : `go ${version}`],
    ];
    if (toolchain && go)
        properties.push(['paved-road:go:go-directive', go]);
    return {
        ref: packagePurl,
        ecosystem: 'golang',
        name: 'stdlib',
        version,
        purl: packagePurl,
        hashes: [],
        files: [],
        dev: false,
        optional: false,
        dependsOn: new Set(),
        source: `line ${(toolchain ? toolchainLine : goLine).line}`,
        properties,
    };
}


/***/ })

};
