export const id = 608;
export const ids = [608];
export const modules = {

/***/ 33955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ coreRules),
/* harmony export */   Yv: () => (/* binding */ EXPIRED_EXCEPTION),
/* harmony export */   mE: () => (/* binding */ INVALID_SUPPRESSION)
/* harmony export */ });
/** An exception in the policy file past its `expires` date. */
const EXPIRED_EXCEPTION = 'expired-exception';
/** A `# paved-road: ignore[...]` comment without a reason, or naming a rule that does not exist. */
const INVALID_SUPPRESSION = 'invalid-suppression';
/**
 * Rules every audit can report, whatever the command: they come from the policy file and inline
 * suppressions, not from the audited files' content. Documented in docs/policy.md.
 */
const coreRules = [
    {
        id: EXPIRED_EXCEPTION,
        title: 'Policy exception has expired',
        severity: 'error',
        why: 'An exception turns a finding off. Once its date has passed nobody has re-checked that the reason still holds, ' +
            'so it waives nothing any more and is reported instead: an exception must stay visible and time-bound, never permanent.',
        fix: 'Fix the findings it covered and delete the exception, or renew it: set a new `expires` date and write down why ' +
            'the reason still holds (and who owns it).',
        before: [
            'exceptions:',
            '  - rule: excessive-permissions',
            '    path: .github/workflows/release.yml',
            '    owner: "@octo-org/release"',
            '    reason: the release job pushes tags until the tag ruleset lands',
            '    expires: 2025-01-31',
        ].join('\n'),
        after: [
            'exceptions:',
            '  - rule: excessive-permissions',
            '    path: .github/workflows/release.yml',
            '    owner: "@octo-org/release"',
            '    reason: tag ruleset still blocked on org admin review (INFRA-412)',
            '    expires: 2025-04-30',
        ].join('\n'),
        action: 'core',
    },
    {
        id: INVALID_SUPPRESSION,
        title: 'Inline suppression is not valid',
        severity: 'warning',
        why: 'A suppression hides a finding at the place it occurs. Without a reason a reviewer cannot tell a considered decision ' +
            'from a silenced alarm, so a reason-less suppression is not obeyed. A suppression naming an unknown rule suppresses ' +
            'nothing (often a typo) and is reported as a note.',
        fix: 'Write why after the brackets: `# paved-road: ignore[rule-id] why this is safe here`, and use rule ids from the rules list.',
        before: ['permissions:', '  contents: write # paved-road: ignore[excessive-permissions]'].join('\n'),
        after: [
            'permissions:',
            '  contents: write # paved-road: ignore[excessive-permissions] the job pushes the changelog commit',
        ].join('\n'),
        action: 'core',
    },
];


/***/ }),

/***/ 70608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ applyExceptions),
/* harmony export */   mY: () => (/* binding */ DEFAULT_POLICY_FILE),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_BYTES, MAX_POLICY_ALIASES, policySchema, parsePolicy, exceptionMatches, isExpired, policyString, policyBoolean, policyStringList, checkSectionKeys */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96223);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28078);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46693);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88009);
/* harmony import */ var _core_rules_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(33955);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(637);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3623);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96875);










/** Where every action looks for the policy unless told otherwise. */
const DEFAULT_POLICY_FILE = '.github/paved-road.yml';
/** A policy is a page of YAML; anything much larger is a mistake or an attack. */
const MAX_POLICY_BYTES = 256 * 1024;
/** Aliases a policy may expand while being read; a "billion laughs" document fails on the first excess. */
const MAX_POLICY_ALIASES = 100;
const KEBAB = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';
const EXCEPTION_KEYS = ['rule', 'path', 'job', 'owner', 'reason', 'expires', 'compensating-control'];
const nonEmpty = { type: 'string', minLength: 1 };
/** The policy file's schema. Command sections are checked loosely here; each command checks its own keys. */
const policySchema = {
    type: 'object',
    properties: {
        version: { const: 1 },
        exceptions: {
            type: ['array', 'null'],
            items: {
                type: 'object',
                required: ['rule', 'owner', 'reason', 'expires'],
                properties: {
                    rule: { type: 'string', pattern: KEBAB },
                    path: nonEmpty,
                    job: nonEmpty,
                    owner: nonEmpty,
                    reason: nonEmpty,
                    expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
                    'compensating-control': nonEmpty,
                },
                additionalProperties: false,
            },
        },
    },
    patternProperties: {
        // Any other kebab-case key is a command's section: an object of its inputs.
        '^(?!version$|exceptions$)[a-z][a-z0-9]*(-[a-z0-9]+)*$': {
            type: ['object', 'null'],
            propertyNames: { pattern: KEBAB },
        },
    },
    additionalProperties: false,
};
let compiled;
function validator() {
    if (!compiled) {
        const ajv = new ajv__WEBPACK_IMPORTED_MODULE_5__.Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
        // CommonJS with `module.exports = plugin; exports.default = plugin`: `.default` works in every loader.
        ajv_formats__WEBPACK_IMPORTED_MODULE_2___default()["default"](ajv, ['date']);
        compiled = ajv.compile(policySchema);
    }
    return compiled;
}
function displayPath(path) {
    let text = '';
    for (const part of path)
        text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
    return text || 'the policy';
}
function pathOf(instancePath, data) {
    if (!instancePath)
        return [];
    const parts = [];
    let value = data;
    for (const raw of instancePath.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(value)) {
            parts.push(Number(key));
            value = value[Number(key)];
        }
        else {
            parts.push(key);
            value = value && typeof value === 'object' ? value[key] : undefined;
        }
    }
    return parts;
}
const TYPE_WORDS = {
    object: 'a mapping (key: value lines)',
    array: 'a list (lines starting with "- ")',
    string: 'a string',
    'array,null': 'a list (lines starting with "- ")',
    'object,null': 'a mapping of input names to values',
};
function explain(error, path, data) {
    const where = displayPath(path);
    const inException = path[0] === 'exceptions' && typeof path[1] === 'number';
    const field = path[path.length - 1];
    const value = path.reduce((v, p) => (v && typeof v === 'object' ? v[p] : undefined), data);
    const params = error.params;
    if (error.propertyName !== undefined) {
        return {
            message: `${where}: key "${error.propertyName}" is not a kebab-case input name`,
            fix: "Section keys are the command's input names, as in its README (for example fail-on).",
            key: error.propertyName,
        };
    }
    switch (error.keyword) {
        case 'const':
            return { message: `version must be 1, got ${JSON.stringify(value)}`, fix: 'Write "version: 1".' };
        case 'required': {
            const missing = String(params.missingProperty);
            return {
                message: `${where} is missing "${missing}"`,
                fix: inException ? 'Every exception needs rule, owner, reason and expires (YYYY-MM-DD).' : `Add "${missing}".`,
            };
        }
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            if (path.length === 0) {
                return {
                    message: `unknown top-level key "${extra}"`,
                    fix: 'Top-level keys are version, exceptions and command names in kebab-case (harden-permissions, verify-pinned-tools, verify-release, ...).',
                    key: extra,
                };
            }
            return {
                message: `${where} has an unknown key "${extra}"`,
                fix: inException ? `An exception takes only ${EXCEPTION_KEYS.join(', ')}.` : 'Remove it.',
                key: extra,
            };
        }
        case 'type': {
            const expected = Array.isArray(params.type) ? params.type.join(',') : String(params.type);
            return {
                message: `${where} must be ${TYPE_WORDS[expected] ?? expected}`,
                fix: field === 'expires'
                    ? 'Write the date as YYYY-MM-DD.'
                    : `Change ${where} to ${TYPE_WORDS[expected] ?? expected}.`,
            };
        }
        case 'minLength':
            return { message: `${where} must not be empty`, fix: `Fill in ${where}.` };
        case 'pattern':
        case 'format':
            if (field === 'expires') {
                return {
                    message: `${where} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`,
                    fix: 'Write a real calendar date such as 2026-12-31.',
                };
            }
            if (field === 'rule') {
                return {
                    message: `${where} must be a rule id in kebab-case, got ${JSON.stringify(value)}`,
                    fix: 'Copy the rule id from the finding (for example excessive-permissions).',
                };
            }
            return {
                message: `${where} is not valid (${error.message ?? error.keyword})`,
                fix: 'See docs/policy.md for the format.',
            };
        default:
            return { message: `${where} ${error.message ?? 'is not valid'}`, fix: 'See docs/policy.md for the format.' };
    }
}
/** Finds the YAML node at a path; `key` returns the key node of the last step instead of its value. */
function nodeAt(doc, path, key = false) {
    let node = doc.contents ?? undefined;
    // The key through which `node` was reached: a path that stops short points at that key's line.
    let viaKey;
    let depth = 0;
    for (let i = 0; i < path.length; i++) {
        const part = path[i];
        let next;
        let nextKey;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(part));
            if (pair) {
                const last = i === path.length - 1;
                nextKey = pair.key;
                next = last && key ? nextKey : (pair.value ?? nextKey);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isSeq */ .oP)(node) && typeof part === 'number') {
            next = node.items[part] ?? undefined;
        }
        if (!next)
            return { node: viaKey ?? node, depth };
        node = next;
        viaKey = nextKey;
        depth = i + 1;
    }
    return { node, depth };
}
function positionIn(doc, lineCounter, path, key = false) {
    const { node } = nodeAt(doc, path, key);
    const offset = node?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
}
/**
 * Reads and validates the policy file. Missing: undefined, or a `missing-file` error when required.
 * Broken YAML, alias bombs, oversized files and schema violations are ConfigurationErrors naming
 * the file, line and column and what to change.
 */
function loadPolicy(file, options) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.workspace, file);
    let exists;
    try {
        // A directory "exists": readTextFile reports it as not a file.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute);
        exists = true;
    }
    catch {
        exists = false;
    }
    if (!exists) {
        if (!options.required)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('missing-file', `Policy file ${file} does not exist.`, { file }, `Create it (see docs/policy.md), or set the policy input to the right path relative to ${options.workspace}.`);
    }
    const text = (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readTextFile */ .Gu)(absolute, {
        displayName: file,
        kind: 'policy file',
        maxBytes: MAX_POLICY_BYTES,
        workspace: options.workspace,
    });
    return parsePolicy(text, file);
}
/** Parses policy text (see loadPolicy); `file` names it in messages and findings. */
function parsePolicy(text, file) {
    if (Buffer.byteLength(text, 'utf8') > MAX_POLICY_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('file-too-large', `Policy file ${file} is larger than ${MAX_POLICY_BYTES} bytes.`, { file }, 'Keep the policy short: one entry per exception.');
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_4__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        const message = yamlError.message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('invalid-yaml', `Policy file is not valid YAML: ${message}`, { file, line: pos.line, column: pos.col }, 'Fix the YAML syntax at that line.');
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_POLICY_ALIASES });
    }
    catch (error) {
        let offset = 0;
        (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .visit */ .YR)(doc, {
            Alias(_key, node) {
                offset = node.range?.[0] ?? 0;
                return yaml__WEBPACK_IMPORTED_MODULE_4__/* .visit */ .YR.BREAK;
            },
        });
        const pos = lineCounter.linePos(offset);
        const detail = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('invalid-yaml', `Policy file expands YAML aliases too many times (${detail.replace(/\.$/, '')})`, { file, line: pos.line, column: pos.col }, 'Write the values out instead of nesting aliases (*name).');
    }
    if (data === null || data === undefined)
        data = {};
    const validate = validator();
    if (!validate(data)) {
        const error = validate.errors[0];
        const path = pathOf(error.instancePath, data);
        const explained = explain(error, path, data);
        const position = explained.key !== undefined
            ? positionIn(doc, lineCounter, [...path, explained.key], true)
            : positionIn(doc, lineCounter, path);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('invalid-policy', explained.message, { file, ...position }, explained.fix);
    }
    const object = data;
    const exceptions = (object.exceptions ?? []).map((item, index) => {
        const position = positionIn(doc, lineCounter, ['exceptions', index]);
        const exception = {
            rule: item.rule,
            owner: item.owner,
            reason: item.reason,
            expires: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDate */ ._U)('expires', item.expires),
            expiresText: item.expires,
            line: position.line,
            column: position.column,
        };
        if (item.path !== undefined)
            exception.path = item.path;
        if (item.job !== undefined)
            exception.job = item.job;
        if (item['compensating-control'] !== undefined)
            exception.compensatingControl = item['compensating-control'];
        return exception;
    });
    return {
        file,
        exceptions,
        section(command) {
            if (command === 'version' || command === 'exceptions' || !Object.hasOwn(object, command))
                return undefined;
            const value = object[command];
            return value === null ? {} : value;
        },
        lineOf(path) {
            return positionIn(doc, lineCounter, path).line;
        },
        positionOf(path, options) {
            return positionIn(doc, lineCounter, path, options?.key ?? false);
        },
    };
}
function normalizeFile(file) {
    return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
/** True when the exception covers the finding: same rule, and path glob and job when given. */
function exceptionMatches(exception, finding) {
    if (exception.rule !== finding.rule)
        return false;
    if (exception.path !== undefined &&
        !(0,minimatch__WEBPACK_IMPORTED_MODULE_3__/* .minimatch */ .xF)(normalizeFile(finding.file), normalizeFile(exception.path), { dot: true }))
        return false;
    if (exception.job !== undefined && exception.job !== finding.job)
        return false;
    return true;
}
function isExpired(exception, now) {
    return now.getTime() > exception.expires.getTime();
}
/**
 * Applies the policy's exceptions: an unexpired exception that matches waives the finding. An
 * expired one waives nothing and is itself an `expired-exception` error at its line in the policy.
 */
function applyExceptions(findings, policy, options) {
    if (!policy)
        return { findings: [...findings], waived: [] };
    const active = policy.exceptions.filter((e) => !isExpired(e, options.now));
    const kept = [];
    const waived = [];
    for (const finding of findings) {
        const exception = active.find((e) => exceptionMatches(e, finding));
        if (exception)
            waived.push({ finding, exception });
        else
            kept.push(finding);
    }
    const report = options.reportRules ? new Set(options.reportRules) : undefined;
    for (const exception of policy.exceptions) {
        if (!isExpired(exception, options.now) || (report && !report.has(exception.rule)))
            continue;
        const scope = [exception.path ? `path ${exception.path}` : '', exception.job ? `job ${exception.job}` : '']
            .filter(Boolean)
            .join(', ');
        kept.push({
            rule: _core_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .EXPIRED_EXCEPTION */ .Yv,
            severity: 'error',
            message: `The exception for rule ${exception.rule}${scope ? ` (${scope})` : ''}, owned by ${exception.owner}, expired on ${exception.expiresText} and waives nothing now. ` +
                'Renew it with a new expires date and a reason that still holds, or fix the underlying findings and remove it.',
            file: policy.file,
            line: exception.line,
            column: exception.column,
        });
    }
    return { findings: kept, waived };
}
function policyError(policy, command, key, message, fix) {
    return new ConfigurationError('invalid-policy', `${command}.${key} ${message}`, { file: policy.file, ...policy.positionOf([command, key]) }, fix);
}
function sectionValue(policy, command, key) {
    return policy?.section(command)?.[key];
}
/** A string setting from a command's policy section; numbers and booleans are accepted as text. */
function policyString(policy, command, key) {
    const value = sectionValue(policy, command, key);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw policyError(policy, command, key, 'must be a single value', 'Write it as one value, e.g. `key: value`.');
}
/** A boolean setting (YAML true / false). */
function policyBoolean(policy, command, key) {
    const value = sectionValue(policy, command, key);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'boolean')
        return value;
    throw policyError(policy, command, key, `must be true or false, got ${JSON.stringify(value)}`, 'Write true or false, without quotes.');
}
/** A list setting: a YAML list of strings, or one string (one item per line). */
function policyStringList(policy, command, key) {
    const value = sectionValue(policy, command, key);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter(Boolean);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
        return value.map(String);
    throw policyError(policy, command, key, 'must be a list of strings', 'Write one "- item" line per entry.');
}
/**
 * Checks that a command's section uses only keys the command knows (its input names): an unknown
 * key is a ConfigurationError at that key's line, listing the allowed ones.
 */
function checkSectionKeys(policy, command, allowed) {
    const section = policy?.section(command);
    if (!policy || !section)
        return;
    for (const key of Object.keys(section)) {
        if (allowed.includes(key))
            continue;
        throw new ConfigurationError('invalid-policy', `${command} has no setting "${key}"`, { file: policy.file, ...policy.positionOf([command, key], { key: true }) }, `Use one of: ${[...allowed].sort().join(', ')}.`);
    }
}


/***/ })

};
