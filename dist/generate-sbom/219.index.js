export const id = 219;
export const ids = [219];
export const modules = {

/***/ 94219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSpdx: () => (/* binding */ buildSpdx),
/* harmony export */   validateSpdx: () => (/* binding */ validateSpdx)
/* harmony export */ });
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56922);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88640);
/* harmony import */ var _cyclonedx_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75276);
// SPDX 2.3 JSON from the same package graph. No library: the format is a flat JSON document, and the
// SPDX JS tooling on npm covers 3.0 or pulls in far more than this needs.



const SPDX_ALG = {
    'SHA-1': 'SHA1',
    'SHA-256': 'SHA256',
    'SHA-384': 'SHA384',
    'SHA-512': 'SHA512',
};
function spdxLicense(text) {
    if (!text)
        return 'NOASSERTION';
    try {
        spdx_expression_parse__WEBPACK_IMPORTED_MODULE_0___default()(text);
        return text;
    }
    catch {
        return 'NOASSERTION';
    }
}
function idPart(text) {
    return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
function buildSpdx(input) {
    const ids = new Map();
    const used = new Set();
    const idFor = (ref, name, version) => {
        const base = `SPDXRef-Package-${idPart(name)}${version ? `-${idPart(version)}` : ''}`;
        let id = base;
        for (let n = 2; used.has(id); n++)
            id = `${base}-${n}`;
        used.add(id);
        ids.set(ref, id);
        return id;
    };
    const rootId = idFor(input.root.ref, input.root.name, input.root.version ?? '');
    const packages = [
        {
            name: input.root.name,
            SPDXID: rootId,
            ...(input.root.version ? { versionInfo: input.root.version } : {}),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: spdxLicense(input.root.license),
            copyrightText: 'NOASSERTION',
            primaryPackagePurpose: 'APPLICATION',
        },
    ];
    for (const pkg of input.packages) {
        const fullName = pkg.group ? `${pkg.group}/${pkg.name}` : pkg.name;
        const id = idFor(pkg.ref, fullName, pkg.version);
        const download = pkg.files.find((f) => f.url)?.url ?? pkg.vcs;
        const entry = {
            name: fullName,
            SPDXID: id,
            ...(pkg.version ? { versionInfo: pkg.version } : {}),
            downloadLocation: download ?? 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: spdxLicense(pkg.license),
            copyrightText: 'NOASSERTION',
            primaryPackagePurpose: 'LIBRARY',
        };
        if (pkg.hashes.length)
            entry.checksums = pkg.hashes.map((h) => ({ algorithm: SPDX_ALG[h.alg], checksumValue: h.content }));
        if (pkg.purl)
            entry.externalRefs = [
                { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl },
            ];
        if (pkg.dev)
            entry.comment = 'development dependency';
        packages.push(entry);
    }
    const relationships = [
        { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId },
    ];
    const edges = (fromRef, deps) => {
        const from = ids.get(fromRef);
        const targets = [...deps]
            .map((d) => ids.get(d))
            .filter((d) => !!d)
            .sort();
        for (const to of targets)
            relationships.push({ spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to });
    };
    edges(input.root.ref, input.root.dependsOn);
    for (const pkg of input.packages)
        edges(pkg.ref, pkg.dependsOn);
    const created = (input.timestamp ?? new Date(0)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const placeholder = '00000000-0000-0000-0000-000000000000';
    const namespaceOf = (uuid) => `https://spdx.org/spdxdocs/${idPart(input.root.name)}-${uuid}`;
    const json = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `${input.root.name}${input.root.version ? `@${input.root.version}` : ''}`,
        documentNamespace: namespaceOf(placeholder),
        creationInfo: { created, creators: [`Tool: ${_paved_road_core__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l}-${_paved_road_core__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`] },
        packages,
        relationships,
    };
    const draft = `${JSON.stringify(json, null, 2)}\n`;
    const uuid = (0,_cyclonedx_js__WEBPACK_IMPORTED_MODULE_1__/* .uuidV5 */ .Jf)(draft);
    json.documentNamespace = namespaceOf(uuid);
    const text = draft.replace(namespaceOf(placeholder), namespaceOf(uuid));
    return { json, text, serialNumber: `urn:uuid:${uuid}` };
}
/** The checks the SPDX 2.3 JSON schema makes on what we write: required fields, id syntax, references. */
function validateSpdx(document) {
    const problems = [];
    for (const field of ['spdxVersion', 'dataLicense', 'SPDXID', 'name', 'documentNamespace', 'creationInfo']) {
        if (document[field] === undefined)
            problems.push(`/${field} is missing`);
    }
    const ids = new Set(['SPDXRef-DOCUMENT']);
    const packages = Array.isArray(document.packages) ? document.packages : [];
    packages.forEach((pkg, i) => {
        const id = String(pkg.SPDXID ?? '');
        if (!/^SPDXRef-[A-Za-z0-9.-]+$/.test(id))
            problems.push(`/packages/${i}/SPDXID "${id}" is not an SPDX id`);
        if (ids.has(id))
            problems.push(`/packages/${i}/SPDXID "${id}" is not unique`);
        ids.add(id);
        for (const field of ['name', 'downloadLocation'])
            if (typeof pkg[field] !== 'string')
                problems.push(`/packages/${i}/${field} is missing`);
        for (const checksum of pkg.checksums ?? []) {
            if (!/^[a-f0-9]+$/.test(checksum.checksumValue))
                problems.push(`/packages/${i}/checksums has a non-hex value`);
        }
    });
    const relationships = Array.isArray(document.relationships)
        ? document.relationships
        : [];
    relationships.forEach((r, i) => {
        for (const end of ['spdxElementId', 'relatedSpdxElement']) {
            if (!ids.has(r[end] ?? ''))
                problems.push(`/relationships/${i}/${end} "${r[end]}" names no element`);
        }
    });
    return problems;
}


/***/ })

};
