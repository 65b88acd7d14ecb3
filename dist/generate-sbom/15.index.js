export const id = 15;
export const ids = [15];
export const modules = {

/***/ 69015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cycloneDxModel: () => (/* binding */ cycloneDxModel),
/* harmony export */   toCycloneDxXml: () => (/* binding */ toCycloneDxXml)
/* harmony export */ });
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68488);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75276);


/** The library's full model of the document: what the XML serializer takes. */
function cycloneDxModel(input, serialNumber) {
    const bom = (0,_cyclonedx_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataModel */ .xi)(input);
    bom.serialNumber = serialNumber;
    const byRef = new Map();
    for (const pkg of input.packages) {
        const c = (0,_cyclonedx_js__WEBPACK_IMPORTED_MODULE_1__/* .component */ .s9)(pkg);
        byRef.set(pkg.ref, c);
        bom.components.add(c);
    }
    const link = (from, deps) => {
        for (const dep of deps) {
            const target = byRef.get(dep);
            if (target)
                from.dependencies.add(target.bomRef);
        }
    };
    for (const pkg of input.packages)
        link(byRef.get(pkg.ref), pkg.dependsOn);
    link(bom.metadata.component, input.root.dependsOn);
    return bom;
}
/** The same document as CycloneDX XML (the library's serializer, xmlbuilder2 underneath). */
function toCycloneDxXml(input, serialNumber) {
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_0__.XmlSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_0__.XML.Normalize.Factory(_cyclonedx_js__WEBPACK_IMPORTED_MODULE_1__/* .SPECS */ .ne[input.specVersion]));
    return `${serializer.serialize(cycloneDxModel(input, serialNumber), { sortLists: true, space: 2 })}\n`;
}


/***/ })

};
