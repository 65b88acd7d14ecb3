export const id = 288;
export const ids = [288];
export const modules = {

/***/ 99767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ auditRules),
/* harmony export */   aV: () => (/* binding */ parseAuditInputs),
/* harmony export */   jj: () => (/* binding */ AUDIT_OUTPUTS),
/* harmony export */   ls: () => (/* binding */ finishAudit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33955);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3623);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77693);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96875);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70608);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(65197);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(96130);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60631);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6471);
/* harmony import */ var _suppression_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68223);











function parseAuditInputs(inputs, context, command) {
    const sarifRaw = inputs.get('sarif-file');
    return {
        fix: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChoice */ .HU)('fix', inputs.get('fix'), ['false', 'true', 'diff'], 'false'),
        failOn: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFailOn */ .XV)(inputs.get('fail-on')),
        sarifFile: sarifRaw
            ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(sarifRaw)
                ? sarifRaw
                : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.workspace, sarifRaw)
            : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(context.tempDir, `${command}.sarif`),
        policy: inputs.get('policy') || _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY_FILE */ .mY,
        policyRequired: inputs.isSet('policy'),
        showSummary: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)('show-summary', inputs.get('show-summary'), true),
    };
}
const AUDIT_OUTPUTS = [
    { name: 'findings', description: 'Number of findings after inline suppressions and policy exceptions.' },
    { name: 'errors', description: 'Number of those findings with severity error.' },
    { name: 'sarif-file', description: 'Path of the SARIF 2.1.0 file written, when one was written.' },
];
const registries = new WeakMap();
/** The registry an audit with these rules reports with: the core rules and the command's (one per rules list). */
function auditRules(rules) {
    let registry = registries.get(rules);
    if (registry)
        return registry;
    registry = new _rules_js__WEBPACK_IMPORTED_MODULE_3__/* .RuleRegistry */ .UD(_core_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .coreRules */ .BS);
    for (const rule of rules)
        if (registry.get(rule.id) !== rule)
            registry.add(rule);
    registries.set(rules, registry);
    return registry;
}
/** Rows shown in each of the waived and suppressed lists; the JSON output has them all. */
const MAX_LIST_ROWS = 100;
function capRows(rows) {
    if (rows.length <= MAX_LIST_ROWS)
        return rows;
    return [
        ...rows.slice(0, MAX_LIST_ROWS),
        '',
        `${rows.length - MAX_LIST_ROWS} more not shown; the JSON output lists them all.`,
    ];
}
/** `waived` in report order (sortFindings). */
function waivedSection(waived, policy) {
    if (!waived.length || !policy)
        return undefined;
    const rows = waived.map(({ finding, exception }) => {
        const cells = [
            (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(`${finding.file}:${finding.line}`),
            (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(finding.rule),
            (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(exception.owner),
            exception.expiresText,
            (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(exception.reason),
            (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(`${policy.file}:${exception.line}`),
        ];
        return `| ${cells.join(' | ')} |`;
    });
    return [
        `### Waived by policy exceptions (${waived.length})`,
        '',
        '| Location | Rule | Owner | Expires | Reason | Exception |',
        '| --- | --- | --- | --- | --- | --- |',
        ...capRows(rows),
    ].join('\n');
}
function suppressedSection(suppressed) {
    if (!suppressed.length)
        return undefined;
    const rows = (0,_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .sortFindings */ .Tc)(suppressed).map((f) => `| ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(`${f.file}:${f.line}`)} | ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(f.rule)} |`);
    return [
        `### Suppressed inline (${suppressed.length})`,
        '',
        '| Location | Rule |',
        '| --- | --- |',
        ...capRows(rows),
    ].join('\n');
}
/**
 * The shared tail of every audit: inline suppressions, then policy exceptions (expired ones become
 * `expired-exception` findings for this command's rules), sorting, SARIF (written when asked),
 * the step summary, the JSON document, the outputs and the exit code from `fail-on`.
 */
function finishAudit(options) {
    const registry = auditRules(options.rules);
    const afterSuppressions = (0,_suppression_js__WEBPACK_IMPORTED_MODULE_7__/* .applySuppressions */ .px)(options.findings, options.readSource, {
        ownRules: registry,
        ...(options.knownRules ? { knownRules: [...options.knownRules, ...registry.all().map((rule) => rule.id)] } : {}),
        ...(options.files ? { files: options.files } : {}),
    });
    const afterExceptions = (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .applyExceptions */ .FW)(afterSuppressions.findings, options.policy, {
        now: options.now,
        reportRules: registry.all().map((rule) => rule.id),
    });
    const findings = (0,_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .sortFindings */ .Tc)(afterExceptions.findings);
    const sarifOptions = { findings, rules: registry, category: `${options.command}/` };
    // The log object is built when asked for (`--format sarif`); the file is written from text.
    let sarif;
    const outputs = {
        findings: String(findings.length),
        errors: String((0,_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .countBySeverity */ .Ot)(findings).error),
    };
    if (options.sarifFile) {
        (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(options.sarifFile, `${(0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_9__/* .sarifText */ .BC)(sarifOptions, options.sarifResultText)}\n`, {
            createDirectory: true,
        });
        outputs['sarif-file'] = options.sarifFile;
    }
    Object.assign(outputs, options.outputs);
    // The waived findings in report order, each with the exception that waived it.
    const exceptionOf = new Map(afterExceptions.waived.map((w) => [w.finding, w.exception]));
    const waived = (0,_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .sortFindings */ .Tc)(afterExceptions.waived.map((w) => w.finding)).map((finding) => ({
        finding,
        exception: exceptionOf.get(finding),
    }));
    const summary = options.summary === false
        ? undefined
        : (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderFindingsSummary */ .XJ)({
            title: options.summaryTitle,
            findings,
            rules: registry,
            sections: [
                ...(options.summarySections ?? []),
                waivedSection(waived, options.policy),
                suppressedSection(afterSuppressions.suppressed),
            ].filter((s) => s !== undefined),
        });
    const waivedJson = waived.map(({ finding, exception }) => ({
        ...(0,_report_json_js__WEBPACK_IMPORTED_MODULE_10__/* .findingsToJson */ .W)([finding])[0],
        exception: {
            owner: exception.owner,
            reason: exception.reason,
            expires: exception.expiresText,
            line: exception.line,
        },
    }));
    const json = {
        findings: (0,_report_json_js__WEBPACK_IMPORTED_MODULE_10__/* .findingsToJson */ .W)(findings),
        waived: waivedJson,
        suppressed: (0,_report_json_js__WEBPACK_IMPORTED_MODULE_10__/* .findingsToJson */ .W)(afterSuppressions.suppressed),
        ...options.json,
    };
    return {
        exitCode: (0,_finding_js__WEBPACK_IMPORTED_MODULE_6__/* .exitCodeFor */ .Rr)(findings, options.failOn),
        outputs,
        findings,
        rules: registry,
        json,
        get sarif() {
            return (sarif ??= (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_9__/* .buildSarif */ .Ep)(sarifOptions));
        },
        ...(summary !== undefined ? { summary } : {}),
    };
}


/***/ }),

/***/ 38014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxiedFetch)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87191);
// HTTP requests that honour the proxy settings runners behind a proxy give (HTTPS_PROXY, HTTP_PROXY,
// NO_PROXY, either case): Node's global fetch ignores them unless started with --use-env-proxy,
// which an action cannot ask for. undici (the library behind Node's fetch) reads them.

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'];
/** One agent per distinct proxy setting, so connections are reused across requests. */
const agents = new Map();
function setting(env, name) {
    // curl's convention, which undici follows: the lower-case name wins.
    return env[name.toLowerCase()] || env[name] || undefined;
}
function agentFor(env) {
    const [httpsProxy, httpProxy, noProxy] = PROXY_VARIABLES.map((name) => setting(env, name));
    if (!httpsProxy && !httpProxy)
        return undefined;
    const key = JSON.stringify([httpsProxy, httpProxy, noProxy]);
    let agent = agents.get(key);
    if (!agent) {
        agent = new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2({
            ...(httpProxy ? { httpProxy } : {}),
            ...(httpsProxy ? { httpsProxy } : {}),
            ...(noProxy ? { noProxy } : {}),
        });
        agents.set(key, agent);
    }
    return agent;
}
/**
 * `fetch`, through the proxy the environment names (none set: a direct request, as fetch makes).
 * `env` is the run's environment (the action's or the CLI's process environment).
 */
async function proxiedFetch(url, init = {}, env = process.env) {
    const dispatcher = agentFor(env);
    if (!dispatcher)
        return fetch(url, init);
    return (await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .fetch */ .hd)(url, { ...init, dispatcher }));
}


/***/ }),

/***/ 65197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ jsonAtDepth),
/* harmony export */   W: () => (/* binding */ findingsToJson)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77693);

/** Findings for the JSON document, in `sortFindings` order, with a fixed set of keys. */
function findingsToJson(findings) {
    return (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(findings).map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        job: finding.job ?? null,
        step: finding.step ?? null,
    }));
}
/**
 * `value` as `JSON.stringify(document, null, 2)` writes it `depth` levels deep in a document (every
 * line indented by 2 x depth spaces, the first too): serialized inside `depth` one-item arrays, whose
 * brackets are cut off, so that JSON.stringify does the indenting in the same pass.
 */
function jsonAtDepth(value, depth) {
    // Level k adds "<2k spaces>[\n" before the value and "\n<2k spaces>]" after it: depth x (depth + 1) characters each side.
    let wrapped = value;
    for (let level = 0; level < depth; level++)
        wrapped = [wrapped];
    const cut = depth * (depth + 1);
    const text = JSON.stringify(wrapped, null, 2);
    return cut ? text.slice(cut, -cut) : text;
}


/***/ }),

/***/ 96130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ sarifText),
/* harmony export */   Ep: () => (/* binding */ buildSarif),
/* harmony export */   Yx: () => (/* binding */ sarifResultText)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA_URI, FINGERPRINT_KEY, pascalCase, artifactUri, findingFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77693);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65197);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6471);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88640);







/** The OASIS location of the SARIF 2.1.0 schema (with errata 01), as `$schema`. */
const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Key of our fingerprint in `partialFingerprints`; the version changes if the recipe ever does. */
const FINGERPRINT_KEY = 'pavedRoadFindingHash/v1';
/** `expired-exception` -> `ExpiredException`: SARIF's reportingDescriptor.name is an identifier. */
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
/** A relative path as a URI reference with forward slashes; an absolute path as a file: URI. */
function artifactUri(file) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file) || /^[A-Za-z]:[\\/]/.test(file))
        return (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(file).href;
    const parts = file
        .replace(/\\/g, '/')
        .split('/')
        .filter((part, index) => !(part === '.' || (part === '' && index > 0)));
    return parts.map((part) => encodeURIComponent(part)).join('/');
}
/**
 * A fingerprint that survives edits moving the finding to another line: rule, file, job, step and
 * message, not the position. Code scanning uses it to track one alert across commits.
 */
function findingFingerprint(finding, uri = artifactUri(finding.file)) {
    const key = [finding.rule, uri, finding.job ?? '', finding.step ?? '', finding.message].join('\u0000');
    // One-shot hash (node:crypto hash): the same digest as createHash, without a Hash object per finding.
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', key, 'hex');
}
function fence(content, language = 'yaml') {
    const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}${language}\n${content.replace(/\s+$/, '')}\n${ticks}`;
}
function descriptor(rule) {
    const text = [`${rule.title}.`, `Why: ${rule.why}`, `Fix: ${rule.fix}`];
    const markdown = [`**${rule.title}**`, rule.why, `**Fix:** ${rule.fix}`];
    if (rule.before !== undefined) {
        text.push(`Before:\n${rule.before.replace(/\s+$/, '')}`);
        markdown.push(`Before:\n\n${fence(rule.before)}`);
    }
    if (rule.after !== undefined) {
        text.push(`After:\n${rule.after.replace(/\s+$/, '')}`);
        markdown.push(`After:\n\n${fence(rule.after)}`);
    }
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.why },
        help: { text: text.join('\n\n'), markdown: markdown.join('\n\n') },
        helpUri: (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleHelpUri */ .S7)(rule),
        defaultConfiguration: { level: rule.severity },
        properties: { tags: ['security', rule.action], 'security-severity': (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .securitySeverity */ .KW)(rule) },
    };
}
function result(finding, ruleIndex, uri) {
    // Key order is the output's order: ruleId, ruleIndex, level, message, ...
    const out = {
        ruleId: finding.rule,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: finding.severity,
        message: { text: finding.message },
    };
    const region = {};
    if (finding.line >= 1) {
        region.startLine = finding.line;
        if (finding.column >= 1)
            region.startColumn = finding.column;
        if (finding.endLine !== undefined && finding.endLine >= finding.line)
            region.endLine = finding.endLine;
        if (finding.endColumn !== undefined && finding.endColumn >= 1)
            region.endColumn = finding.endColumn;
    }
    out.locations = [
        {
            physicalLocation: {
                artifactLocation: { uri },
                ...(region.startLine !== undefined ? { region } : {}),
            },
        },
    ];
    out.partialFingerprints = { [FINGERPRINT_KEY]: findingFingerprint(finding, uri) };
    const properties = {};
    if (finding.job !== undefined)
        properties.job = finding.job;
    if (finding.step !== undefined)
        properties.step = finding.step;
    if (finding.fix !== undefined)
        properties.fix = finding.fix;
    if (Object.keys(properties).length)
        out.properties = properties;
    return out;
}
function registryOf(rules) {
    return rules instanceof _rules_js__WEBPACK_IMPORTED_MODULE_3__/* .RuleRegistry */ .UD ? rules : new _rules_js__WEBPACK_IMPORTED_MODULE_3__/* .RuleRegistry */ .UD(rules);
}
/** Each rule's index in `tool.driver.rules` (the registry's order, sorted by id). */
function ruleIndexes(registry) {
    return new Map(registry.all().map((rule, i) => [rule.id, i]));
}
const indexCache = new WeakMap();
/** How deep a result is in the pretty-printed log: `runs[0].results[i]`. */
const RESULT_DEPTH = 4;
/**
 * One finding's SARIF result exactly as `sarifText` writes it inside `runs[0].results` (pretty-printed,
 * indented to its depth): worked out beside the audit of each file (in whichever thread audits it),
 * so the report only joins them.
 */
function sarifResultText(finding, registry) {
    let index = indexCache.get(registry);
    if (!index)
        indexCache.set(registry, (index = ruleIndexes(registry)));
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonAtDepth */ .F)(result(finding, index.get(finding.rule), artifactUri(finding.file)), RESULT_DEPTH);
}
/**
 * The text of `JSON.stringify(buildSarif(options), null, 2)`, with each result's text taken from
 * `resultText` when it has one (`sarifResultText`, worked out earlier) and built here otherwise.
 */
function sarifText(options, resultText) {
    const log = buildSarif({ ...options, findings: [] });
    const registry = registryOf(options.rules);
    const findings = (0,_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .sortFindings */ .Tc)(options.findings);
    const head = JSON.stringify(log, null, 2);
    if (!findings.length)
        return head;
    const items = findings.map((finding) => resultText?.(finding) ?? sarifResultText(finding, registry));
    // `results` is the run's last key: its empty array is the last `"results": []` in the text.
    const at = head.lastIndexOf('"results": []');
    return `${head.slice(0, at)}"results": [\n${items.join(',\n')}\n${' '.repeat(6)}]${head.slice(at + '"results": []'.length)}`;
}
/**
 * A SARIF 2.1.0 log with one run: `tool.driver.rules` from the registry (sorted by id), one result per
 * finding in `sortFindings` order. A finding whose rule the registry does not know keeps its
 * `ruleId` without `ruleIndex`. No timestamps or random ids: the same findings give the same bytes.
 */
function buildSarif(options) {
    const registry = registryOf(options.rules);
    const rules = registry.all();
    const index = ruleIndexes(registry);
    const version = options.toolVersion ?? _version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x;
    // Findings come many to a file: each file's URI is worked out once.
    const uris = new Map();
    const uriOf = (file) => {
        let uri = uris.get(file);
        if (uri === undefined)
            uris.set(file, (uri = artifactUri(file)));
        return uri;
    };
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: options.toolName ?? _version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l,
                        version,
                        ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}),
                        informationUri: _rules_js__WEBPACK_IMPORTED_MODULE_3__/* .PROJECT_URL */ .w5,
                        rules: rules.map(descriptor),
                    },
                },
                ...(options.category ? { automationDetails: { id: options.category } } : {}),
                columnKind: 'utf16CodeUnits',
                results: (0,_finding_js__WEBPACK_IMPORTED_MODULE_5__/* .sortFindings */ .Tc)(options.findings).map((finding) => result(finding, index.get(finding.rule), uriOf(finding.file))),
            },
        ],
    };
}


/***/ }),

/***/ 60631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   XJ: () => (/* binding */ renderFindingsSummary)
/* harmony export */ });
/* unused harmony export MAX_SUMMARY_BYTES */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77693);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6471);


/** GitHub rejects a step summary over 1 MiB; keep a margin for what the edge adds around it. */
const MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;
/** A message longer than this is cut in the table (the SARIF and JSON keep it whole). */
const MAX_CELL_CHARS = 2000;
/**
 * Escapes user text for inline markdown, including inside a table cell: HTML-significant characters
 * become entities, markdown punctuation is backslash-escaped (so a message cannot open a link, a code
 * span or end a cell), and line breaks become `<br>`.
 */
function escapeMarkdown(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~!#]/g, (c) => `\\${c}`)
        .replace(/\r\n|\r|\n/g, '<br>');
}
const SEVERITY_LABEL = { error: 'error', warning: 'warning', note: 'note' };
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function cut(text, max) {
    if (text.length <= max)
        return text;
    // Do not split a surrogate pair.
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
function row(finding, rules) {
    const location = finding.line >= 1 ? `${finding.file}:${finding.line}` : finding.file;
    const rule = rules?.get(finding.rule);
    const ruleCell = rule ? `[${escapeMarkdown(finding.rule)}](${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleHelpUri */ .S7)(rule)})` : escapeMarkdown(finding.rule);
    const cells = [
        escapeMarkdown(location),
        SEVERITY_LABEL[finding.severity],
        ruleCell,
        escapeMarkdown(cut(finding.message, MAX_CELL_CHARS)),
    ];
    return `| ${cells.join(' | ')} |`;
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Cuts text to at most `max` UTF-8 bytes without splitting a character. */
function cutBytes(text, max) {
    const buffer = Buffer.from(text, 'utf8');
    if (buffer.length <= max)
        return text;
    let end = max;
    while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80)
        end--;
    return buffer.subarray(0, end).toString('utf8');
}
/**
 * The step summary for an audit: a heading, counts per severity, a table of findings in
 * `sortFindings` order, then the extra sections. When it would exceed `maxBytes`, table rows are
 * left out from the end and a note says how many and where the full list is.
 */
function renderFindingsSummary(options) {
    const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
    const findings = (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(options.findings);
    const counts = (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .countBySeverity */ .Ot)(findings);
    const head = [`## ${escapeMarkdown(options.title)}`, ''];
    if (findings.length === 0) {
        head.push('No findings.', '');
    }
    else {
        head.push(`**${plural(findings.length, 'finding')}**: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}.`, '');
    }
    const tableHead = ['| Location | Severity | Rule | Message |', '| --- | --- | --- | --- |'];
    const rows = findings.map((finding) => row(finding, options.rules));
    const sections = (options.sections ?? []).filter((section) => section.trim() !== '');
    const tail = sections.length ? `\n${sections.map((s) => s.replace(/\s+$/, '')).join('\n\n')}\n` : '';
    const assemble = (shown, note) => {
        let text = head.join('\n') + '\n';
        if (rows.length)
            text += [...tableHead, ...rows.slice(0, shown)].join('\n') + '\n';
        if (note)
            text += `\n${note}\n`;
        return text + tail;
    };
    const full = assemble(rows.length, '');
    if (bytes(full) <= maxBytes)
        return full;
    const noteFor = (left) => `> [!NOTE]\n> ${plural(left, 'more finding')} left out of this table to stay under GitHub's 1 MiB step summary limit. ` +
        'The SARIF file (`sarif-file` output) and the JSON output (`--format json`) list every finding.';
    // Fixed parts, with the longest note this could need.
    let budget = maxBytes - bytes(assemble(0, noteFor(rows.length)));
    let shown = 0;
    for (const line of rows) {
        const cost = bytes(line) + 1;
        if (cost > budget)
            break;
        budget -= cost;
        shown += 1;
    }
    const truncated = assemble(shown, shown < rows.length ? noteFor(rows.length - shown) : '');
    // Extra sections alone larger than the budget: cut the end, still a valid UTF-8 string.
    return bytes(truncated) <= maxBytes ? truncated : cutBytes(truncated, maxBytes);
}


/***/ }),

/***/ 68223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _i: () => (/* binding */ mayHaveSuppressions),
/* harmony export */   px: () => (/* binding */ applySuppressions)
/* harmony export */ });
/* unused harmony export parseSuppressions */
/* harmony import */ var _core_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33955);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6471);


// `#` at the start of a line or after whitespace starts a comment in YAML, shell and Dockerfiles.
// Only `# paved-road: ignore...` is a suppression; other comments that mention paved-road are prose.
const MARKER = /(^|\s)(#\s*paved-road\s*:)(\s*ignore\b.*)$/i;
const DIRECTIVE = /^\s*ignore\s*\[([^\]]*)\](.*)$/;
const RULE_ID = /^[a-z][a-z0-9-]*$/;
function idSet(rules) {
    return new Set(rules instanceof _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RuleRegistry */ .UD ? rules.all().map((rule) => rule.id) : rules);
}
/** Within two edits (insert, delete, substitute) but not equal: a likely typo of `candidate`. */
function isNear(id, candidate) {
    if (id === candidate || Math.abs(id.length - candidate.length) > 2 || candidate.length < 5)
        return false;
    let previous = Array.from({ length: candidate.length + 1 }, (_, j) => j);
    for (let i = 1; i <= id.length; i++) {
        const current = [i];
        for (let j = 1; j <= candidate.length; j++) {
            const cost = id[i - 1] === candidate[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[candidate.length] <= 2;
}
function isCodeLine(line) {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('#');
}
/**
 * False when `source` cannot hold a suppression: it never mentions paved-road (most files). One scan
 * of the text instead of one per line; a file's text need not be kept for suppressions without it.
 */
function mayHaveSuppressions(source) {
    return /paved-road/i.test(source);
}
/** Reads every suppression comment in a file's text (LF or CRLF line ends). */
function parseSuppressions(source, file, options = {}) {
    if (!mayHaveSuppressions(source))
        return { suppressions: [], problems: [] };
    const known = options.knownRules === undefined ? undefined : idSet(options.knownRules);
    const own = options.ownRules === undefined ? [] : [...idSet(options.ownRules)];
    /** Undefined when the id is fine; otherwise what to say about it. */
    const unknown = (id) => {
        if (known) {
            if (known.has(id))
                return undefined;
            const near = own.find((candidate) => isNear(id, candidate)) ?? [...known].find((candidate) => isNear(id, candidate));
            return near ? `did you mean ${near}?` : 'a typo?';
        }
        if (own.includes(id))
            return undefined;
        const near = own.find((candidate) => isNear(id, candidate));
        return near ? `did you mean ${near}?` : undefined;
    };
    const suppressions = [];
    const problems = [];
    const lines = source.split(/\r?\n|\r/);
    lines.forEach((text, index) => {
        const match = MARKER.exec(text);
        if (!match)
            return;
        const hash = match.index + match[1].length;
        const line = index + 1;
        const column = hash + 1;
        const problem = (severity, message) => {
            problems.push({ rule: _core_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .INVALID_SUPPRESSION */ .mE, severity, message, file, line, column });
        };
        const directive = DIRECTIVE.exec(match[3]);
        if (!directive) {
            problem('warning', 'This paved-road comment is not a suppression it understands, so it suppresses nothing. Write it as "# paved-road: ignore[rule-id] reason".');
            return;
        }
        const ids = directive[1].split(',').map((id) => id.trim());
        if (ids.some((id) => !RULE_ID.test(id))) {
            problem('warning', `ignore[${directive[1].trim()}] must list kebab-case rule ids separated by commas; this suppression is not obeyed.`);
            return;
        }
        const reason = directive[2]
            .trim()
            .replace(/^[-:–—]+\s*/, '')
            .trim();
        if (!reason) {
            problem('warning', `Suppression of ${ids.join(', ')} has no reason, so it is not obeyed. Say why after the brackets: "# paved-road: ignore[${ids.join(', ')}] why this is safe here".`);
            return;
        }
        const rules = ids.filter((id) => {
            const doubt = unknown(id);
            if (doubt)
                problem('note', `ignore[${id}] names no known rule, so it suppresses nothing (${doubt}). Use a rule id from the findings or the rules list.`);
            return doubt === undefined;
        });
        if (rules.length === 0)
            return;
        const standalone = text.slice(0, hash).trim() === '';
        let target = line;
        if (standalone) {
            target = undefined;
            for (let next = index + 1; next < lines.length; next++) {
                if (isCodeLine(lines[next])) {
                    target = next + 1;
                    break;
                }
            }
        }
        suppressions.push({ file, line, column, rules, reason, target });
    });
    return { suppressions, problems };
}
/**
 * Applies inline suppressions. A comment trailing code applies to findings on its own line; a
 * comment alone on its line applies to the next line that is not blank or a comment. A suppression
 * without a reason is reported (`invalid-suppression`, warning) and not obeyed.
 */
function applySuppressions(findings, readSource, options = {}) {
    const files = [...new Set([...findings.map((f) => f.file), ...(options.files ?? [])])].sort();
    const byFile = new Map();
    const problems = [];
    for (const file of files) {
        const source = readSource(file);
        if (source === undefined)
            continue;
        const parsed = parseSuppressions(source, file, options);
        byFile.set(file, parsed.suppressions);
        problems.push(...parsed.problems);
    }
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const hit = finding.rule !== _core_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .INVALID_SUPPRESSION */ .mE &&
            (byFile.get(finding.file) ?? []).some((s) => s.target === finding.line && s.rules.includes(finding.rule));
        (hit ? suppressed : kept).push(finding);
    }
    return { findings: [...kept, ...problems], suppressed };
}


/***/ })

};
