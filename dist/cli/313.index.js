export const id = 313;
export const ids = [313];
export const modules = {

/***/ 66313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlFile: () => (/* binding */ parseYamlFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88009);
/* harmony import */ var _paved_road_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45014);


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
