export const id = 350;
export const ids = [350];
export const modules = {

/***/ 64350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  start: () => (/* binding */ start)
});

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 17 modules
var src = __webpack_require__(45014);
;// CONCATENATED MODULE: ./packages/cli/src/failure.ts

/**
 * Turns anything thrown into the one line a user sees. A ConfigurationError is the user's to fix;
 * anything else is our bug, said as such. Both exit 2: an error is never a pass.
 */
function describeFailure(error) {
    if (error instanceof src/* ConfigurationError */.j1) {
        return { message: error.describe(), location: error.location, stack: error.stack };
    }
    const stack = error instanceof Error ? error.stack : undefined;
    return {
        message: `internal error: ${(0,src/* errorMessage */.gJ)(error).split('\n')[0]} (a bug in paved-road: please report it; set RUNNER_DEBUG=1 for details)`,
        stack,
    };
}
const EXIT_BAD_INPUT = 2;

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/cli/src/inputs.ts

/**
 * An InputSource over declared inputs, whatever the edge: `given` says what the user gave for an
 * input (undefined: nothing, so the definition's default stands). Reading an undeclared input is a
 * programming error, so a command cannot drift from its action.yml unnoticed.
 */
function declaredInputs(definitions, given, isSet = (_name, values) => values !== undefined) {
    const byName = new Map(definitions.map((d) => [d.name, d]));
    const values = (name) => {
        const definition = byName.get(name);
        if (!definition)
            throw new Error(`input "${name}" is read but not declared`);
        return given(name) ?? [definition.default ?? ''];
    };
    return {
        get: (name) => (values(name).at(-1) ?? '').trim(),
        getList: (name) => (0,src/* parseList */.E1)(values(name)),
        isSet: (name) => (values(name), isSet(name, given(name))),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/pipeline.ts





/** Inputs given by the pipeline to one of its stages; anything not given takes the stage's default. */
function stageInputs(command, values) {
    const declared = new Set(command.inputs.map((d) => d.name));
    for (const name of Object.keys(values)) {
        if (!declared.has(name))
            throw new Error(`pipeline gives ${command.name} an input "${name}" it does not declare`);
    }
    return declaredInputs(command.inputs, (name) => {
        const value = values[name];
        return value === undefined ? undefined : Array.isArray(value) ? value : [value];
    });
}
/** What a release of this repository ships: every bundle file, entry points and the chunks they load. */
const BUNDLE_FILES = 'dist/**/*.js';
/** The paved-road, stage by stage: what a release of this repository goes through. */
const PIPELINE_STAGES = [
    {
        name: 'least-privilege workflows',
        command: 'harden-permissions',
        inputs: (s) => ({
            'fail-on': s.options.failOn,
            'sarif-file': (0,external_node_path_.join)(s.outputDir, 'harden-permissions.sarif'),
            'show-summary': 'false',
        }),
    },
    {
        name: 'pinned tools',
        command: 'verify-pinned-tools',
        inputs: (s) => ({
            'fail-on': s.options.failOn,
            online: s.options.online ? 'true' : 'false',
            'sarif-file': (0,external_node_path_.join)(s.outputDir, 'verify-pinned-tools.sarif'),
            'show-summary': 'false',
        }),
    },
    {
        name: 'SBOM',
        command: 'generate-sbom',
        inputs: (s) => ({ 'output-file': (0,external_node_path_.join)(s.outputDir, 'sbom.cdx.json') }),
    },
    {
        name: 'signed provenance',
        command: 'attest-provenance',
        inputs: (s) => ({
            'subject-path': BUNDLE_FILES,
            'bundle-path': (0,external_node_path_.join)(s.outputDir, 'provenance.sigstore.jsonl'),
            signing: s.options.signing,
            ...(s.keyFile ? { 'signing-key': s.keyFile } : {}),
            'push-to-github': 'false',
            'show-summary': 'false',
        }),
    },
    {
        name: 'signed SBOM',
        command: 'attest-provenance',
        inputs: (s) => ({
            'subject-path': BUNDLE_FILES,
            'sbom-path': s.outputs['SBOM']?.['sbom-file'] ?? (0,external_node_path_.join)(s.outputDir, 'sbom.cdx.json'),
            'bundle-path': (0,external_node_path_.join)(s.outputDir, 'sbom.sigstore.jsonl'),
            signing: s.options.signing,
            ...(s.keyFile ? { 'signing-key': s.keyFile } : {}),
            'push-to-github': 'false',
            'show-summary': 'false',
        }),
    },
    {
        name: 'admission gate',
        command: 'verify-release',
        inputs: (s) => ({
            'subject-path': 'dist/cli/*.js',
            'bundle-path': (0,external_node_path_.join)(s.outputDir, 'provenance.sigstore.jsonl'),
            ...(s.publicKeyFile ? { 'public-key': s.publicKeyFile } : {}),
        }),
    },
];
function summaryTable(runs) {
    const rows = runs.map((r) => {
        const verdict = r.exitCode === 0 ? 'passed' : r.exitCode === 1 ? 'failed' : 'error';
        const detail = r.message ??
            Object.entries(r.outputs)
                .map(([k, v]) => `${k}: ${v.length > 80 ? `${v.slice(0, 77)}...` : v}`)
                .join('<br>');
        return `| ${r.stage} | \`${r.command}\` | ${verdict} | ${detail.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`;
    });
    return [
        '## paved-road pipeline',
        '',
        '| stage | command | result | details |',
        '|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}
function createPipelineCommand(lookup) {
    return (0,src/* defineCommand */.NB)({
        name: 'pipeline',
        description: 'Runs the whole paved road on a repository: workflow audits, pin checks, an SBOM, signed provenance and SBOM attestations, and the admission gate on the result.',
        inputs: [
            {
                name: 'output-dir',
                description: 'Where the SARIF reports, SBOM, keys and bundles are written.',
                default: '.paved-road',
            },
            {
                name: 'signing',
                description: 'keyless (Sigstore, in GitHub Actions with id-token: write) or key (a key pair, generated for the run unless signing-key is given).',
                default: 'key',
            },
            {
                name: 'signing-key',
                description: 'PEM private key for signing: key; a fresh P-256 key is generated when empty.',
                secret: true,
            },
            {
                name: 'fail-on',
                description: 'The least severity of audit finding that fails the pipeline: error, warning, note or never.',
                default: 'error',
            },
            { name: 'online', description: 'Check pins against GitHub (needs a token in GITHUB_TOKEN).', default: 'false' },
            { name: 'show-summary', description: 'Write the stage table to the job summary.', default: 'true' },
        ],
        outputs: [{ name: 'verified', description: 'true when every stage passed.' }],
        parse: (inputs) => ({
            outputDir: inputs.get('output-dir'),
            signing: (0,src/* parseChoice */.HU)('signing', inputs.get('signing'), ['key', 'keyless']),
            signingKey: inputs.get('signing-key'),
            failOn: (0,src/* parseChoice */.HU)('fail-on', inputs.get('fail-on'), ['error', 'warning', 'note', 'never']),
            online: (0,src/* parseBoolean */.yG)('online', inputs.get('online')),
            showSummary: (0,src/* parseBoolean */.yG)('show-summary', inputs.get('show-summary')),
        }),
        run: async (options, context) => runPipeline(options, context, lookup),
    });
}
async function runPipeline(options, context, lookup) {
    const outputDir = (0,external_node_path_.isAbsolute)(options.outputDir) ? options.outputDir : (0,external_node_path_.resolve)(context.workspace, options.outputDir);
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    const state = { options, outputDir, outputs: {} };
    if (options.signing === 'key') {
        if (options.signingKey)
            state.keyFile = options.signingKey;
        else {
            // A key for this run only: the bundles prove integrity between the stages, and the public key
            // is written beside them so anyone can check them again.
            const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
            state.keyFile = (0,external_node_path_.join)(outputDir, 'signing-key.pem');
            state.publicKeyFile = (0,external_node_path_.join)(outputDir, 'signing-key.pub.pem');
            (0,external_node_fs_.writeFileSync)(state.keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
            (0,external_node_fs_.writeFileSync)(state.publicKeyFile, publicKey.export({ format: 'pem', type: 'spki' }));
        }
    }
    const runs = [];
    for (const stage of PIPELINE_STAGES) {
        const command = await lookup(stage.command);
        if (!command)
            throw new src/* ConfigurationError */.j1('missing-command', `The pipeline needs the ${stage.command} command, which this build lacks.`);
        context.log(`paved-road pipeline: ${stage.name} (${stage.command})`);
        try {
            const parsed = command.parse(stageInputs(command, stage.inputs(state)), context);
            // Every stage's large results (permissions map, verification report) land in the output dir too.
            const result = await command.run(parsed, { ...context, tempDir: outputDir });
            state.outputs[stage.name] = result.outputs;
            runs.push({
                stage: stage.name,
                command: stage.command,
                exitCode: result.exitCode,
                outputs: result.outputs,
                message: result.failureMessage,
            });
        }
        catch (error) {
            if (!(error instanceof src/* ConfigurationError */.j1))
                throw error;
            runs.push({ stage: stage.name, command: stage.command, exitCode: 2, outputs: {}, message: error.describe() });
            break; // A later stage would only fail for want of this one's output.
        }
    }
    const passed = runs.length === PIPELINE_STAGES.length && runs.every((r) => r.exitCode === 0);
    const table = summaryTable(runs);
    const rel = (p) => (0,external_node_path_.relative)(context.workspace, p) || '.';
    return {
        exitCode: passed ? 0 : 1,
        failureMessage: passed
            ? undefined
            : `pipeline: ${runs
                .filter((r) => r.exitCode !== 0)
                .map((r) => r.stage)
                .join(', ')} did not pass.`,
        outputs: { verified: String(passed) },
        json: { verified: passed, outputDir: rel(outputDir), stages: runs },
        text: `${table}\nResults in ${rel(outputDir)}/. ${passed ? 'Every stage passed.' : 'Some stages did not pass.'}`,
        summary: options.showSummary ? table : undefined,
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands.ts

/**
 * Every action's command, by name, loaded on first use: `paved-road <name>` loads and compiles only
 * that command's code (each import is its own chunk in the bundle), so start-up does not grow with
 * the suite. One entry per command; the order is the order of `--help`.
 */
const loaders = {
    'harden-permissions': async () => (await Promise.all(/* import() */[__webpack_require__.e(187), __webpack_require__.e(495), __webpack_require__.e(955)]).then(__webpack_require__.bind(__webpack_require__, 81955))).hardenPermissionsCommand,
    'verify-pinned-tools': async () => (await Promise.all(/* import() */[__webpack_require__.e(187), __webpack_require__.e(495), __webpack_require__.e(953)]).then(__webpack_require__.bind(__webpack_require__, 14953))).verifyPinnedToolsCommand,
    'verify-release': async () => (await Promise.all(/* import() */[__webpack_require__.e(466), __webpack_require__.e(911)]).then(__webpack_require__.bind(__webpack_require__, 82911))).verifyReleaseCommand,
    'attest-provenance': async () => (await Promise.all(/* import() */[__webpack_require__.e(320), __webpack_require__.e(466), __webpack_require__.e(163), __webpack_require__.e(911), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 78984))).attestProvenanceCommand,
    'generate-sbom': async () => (await Promise.all(/* import() */[__webpack_require__.e(51), __webpack_require__.e(47)]).then(__webpack_require__.bind(__webpack_require__, 99047))).generateSbomCommand,
};
/** The names of the actions' commands, in `--help` order. */
const COMMAND_NAMES = Object.keys(loaders);
/** Not an action: the whole paved road on one repository, composed from the commands above. */
const pipeline = createPipelineCommand(async (name) => loaders[name]?.());
/** The command called `name` (an action's, or the pipeline), or undefined when there is none. */
async function findCommand(name) {
    if (name === 'pipeline')
        return pipeline;
    return Object.hasOwn(loaders, name) ? loaders[name]() : undefined;
}
/** Every action's command, loaded. */
async function loadCommands() {
    return Promise.all(COMMAND_NAMES.map((name) => loaders[name]()));
}
/** What the CLI offers: every action's command, then the pipeline. */
async function listCommands() {
    return [...(await loadCommands()), pipeline];
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./packages/cli/src/context.ts




/** The reference time: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise now. */
function referenceTime(env) {
    const epoch = env.SOURCE_DATE_EPOCH?.trim();
    if (!epoch)
        return new Date();
    if (!/^\d+$/.test(epoch)) {
        throw new src/* ConfigurationError */.j1('invalid-input', `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}".`, undefined, 'Set it to e.g. $(git log -1 --format=%ct).');
    }
    return new Date(Number(epoch) * 1000);
}
function git(cwd, args) {
    try {
        return ((0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined);
    }
    catch {
        return undefined;
    }
}
/** owner/repo from a git remote URL (https, ssh or scp-like). */
function repositoryFromRemote(url) {
    if (!url)
        return undefined;
    const match = /[/:]([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
    return match?.[1];
}
/**
 * The facts a command needs about where it runs. In Actions they come from the runner's variables;
 * elsewhere (a laptop, another CI) from git, so the CLI gives the same answers.
 */
function createRunContext(options) {
    const { env, edge } = options;
    const inActions = env.GITHUB_ACTIONS === 'true';
    const workspace = (0,external_node_path_.resolve)(edge === 'action' && env.GITHUB_WORKSPACE ? env.GITHUB_WORKSPACE : options.cwd);
    const debugOn = env.RUNNER_DEBUG === '1';
    // Outside Actions, repository, commit and ref come from git, asked only when a command needs them
    // (each git call costs tens of milliseconds of start-up that an audit does not need).
    const fromGit = (compute) => {
        let done = false;
        let value;
        return () => {
            if (!done) {
                value = compute();
                done = true;
            }
            return value;
        };
    };
    const repository = fromGit(() => env.GITHUB_REPOSITORY ||
        (inActions ? undefined : repositoryFromRemote(git(workspace, ['config', '--get', 'remote.origin.url']))));
    const sha = fromGit(() => env.GITHUB_SHA || (inActions ? undefined : git(workspace, ['rev-parse', '--verify', '-q', 'HEAD'])));
    const ref = fromGit(() => env.GITHUB_REF || (inActions ? undefined : (git(workspace, ['symbolic-ref', '-q', 'HEAD']) ?? tagAt(workspace))));
    return {
        workspace,
        tempDir: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        inActions,
        env,
        get repository() {
            return repository();
        },
        get sha() {
            return sha();
        },
        get ref() {
            return ref();
        },
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        now: new Date(),
        buildTime: referenceTime(env),
        ...(options.workerScript ? { workerScript: options.workerScript } : {}),
        log: (message) => options.write(message),
        debug: (message) => {
            if (!debugOn)
                return;
            options.write(edge === 'action'
                ? `::debug::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`
                : `debug: ${message}`);
        },
    };
}
function tagAt(cwd) {
    const tag = git(cwd, ['describe', '--tags', '--exact-match', 'HEAD']);
    return tag ? `refs/tags/${tag}` : undefined;
}

;// CONCATENATED MODULE: ./packages/cli/src/cli.ts






const FORMATS = ['text', 'json', 'sarif'];
class UsageError extends Error {
}
async function usage() {
    const commands = await listCommands();
    const width = Math.max(...commands.map((c) => c.name.length), 8);
    const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`);
    return [
        `Usage: ${src/* TOOL_NAME */.lH} <command> [options] [paths...]`,
        '',
        'Commands:',
        ...lines,
        '',
        `Every action input is a flag of the same name (--fail-on warning); lists take repeated flags.`,
        `Common: --format text|json|sarif, --help, --version. Exit: 0 ok, 1 check failed, 2 bad input.`,
    ].join('\n');
}
function commandHelp(command) {
    const lines = [
        `Usage: ${src/* TOOL_NAME */.lH} ${command.name} [options]${command.inputs.some((i) => i.positional) ? ' [paths...]' : ''}`,
        '',
        command.description,
        '',
        'Options:',
    ];
    for (const input of command.inputs) {
        const def = input.default !== undefined && input.default !== '' && !/default/i.test(input.description)
            ? ` (default: ${input.default})`
            : '';
        const pos = input.positional ? ' (also positional)' : '';
        lines.push(`  --${input.name}${pos}`, `      ${input.description.replace(/\s+/g, ' ').trim()}${def}`);
    }
    if (!command.inputs.some((i) => i.name === 'format')) {
        lines.push('  --format text|json|sarif', '      What to print on stdout (default: text).');
    }
    return lines.join('\n');
}
/** Inputs from flags: `--name value` (repeatable), positionals fill the positional input. */
function cliInputs(command, args) {
    const options = {
        format: { type: 'string' },
        help: { type: 'boolean' },
    };
    for (const input of command.inputs)
        options[input.name] = { type: 'string', multiple: true };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new UsageError(`${error.message}. See \`${src/* TOOL_NAME */.lH} ${command.name} --help\`.`);
    }
    const values = parsed.values;
    const positional = command.inputs.find((i) => i.positional);
    if (parsed.positionals.length && !positional) {
        throw new UsageError(`${command.name} takes no positional arguments (got "${parsed.positionals[0]}").`);
    }
    const given = (name) => {
        const flag = values[name] ?? [];
        const list = positional?.name === name ? [...flag, ...parsed.positionals] : flag;
        return list.length ? list : undefined;
    };
    // A command with its own `format` input (generate-sbom: the SBOM's format) gets the flag: one name,
    // one meaning. Its results are then printed as text.
    const ownsFormat = command.inputs.some((i) => i.name === 'format');
    const format = ownsFormat ? 'text' : (values.format ?? 'text');
    if (!FORMATS.includes(format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}".`);
    }
    return {
        format: format,
        help: values.help === true,
        inputs: declaredInputs(command.inputs, given),
    };
}
function print(text) {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
async function main(argv, mainOptions = {}) {
    const [name, ...args] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        print(await usage());
        return name ? 0 : EXIT_BAD_INPUT;
    }
    if (name === '--version' || name === '-V') {
        print(src/* VERSION */.xv);
        return 0;
    }
    const command = await findCommand(name);
    if (!command) {
        process.stderr.write(`${src/* TOOL_NAME */.lH}: unknown command "${name}".\n\n${await usage()}\n`);
        return EXIT_BAD_INPUT;
    }
    try {
        const { inputs, format, help } = cliInputs(command, args);
        if (help) {
            print(commandHelp(command));
            return 0;
        }
        const context = createRunContext({
            edge: 'cli',
            env: process.env,
            cwd: process.cwd(),
            write: (line) => process.stderr.write(`${line}\n`),
            ...(mainOptions.workerScript ? { workerScript: mainOptions.workerScript } : {}),
        });
        const options = command.parse(inputs, context);
        const result = await command.run(options, context);
        if (format === 'json')
            print(JSON.stringify(result.json, null, 2));
        else if (format === 'sarif') {
            if (result.sarif === undefined)
                throw new UsageError(`${command.name} has no SARIF output; use --format json.`);
            print(JSON.stringify(result.sarif, null, 2));
        }
        else if (result.text !== undefined)
            print(result.text);
        else if (result.findings)
            print((0,src/* renderFindingsText */.uc)(result.findings));
        else
            for (const [key, value] of Object.entries(result.outputs))
                print(`${key}: ${value}`);
        if (result.exitCode !== 0 && result.failureMessage)
            process.stderr.write(`${src/* TOOL_NAME */.lH}: ${result.failureMessage}\n`);
        return result.exitCode;
    }
    catch (error) {
        const failure = error instanceof UsageError ? { message: error.message, stack: undefined } : describeFailure(error);
        process.stderr.write(`${src/* TOOL_NAME */.lH}: error: ${failure.message}\n`);
        if (process.env.RUNNER_DEBUG === '1' && failure.stack)
            process.stderr.write(`${failure.stack}\n`);
        return EXIT_BAD_INPUT;
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/run.ts





/**
 * Runs `paved-road` with the process arguments (called by main.ts once the compile cache is on), or,
 * in a worker thread a command started from this bundle (`entry`), serves that command's worker task.
 */
async function start(entry) {
    const task = (0,src/* workerTaskCommand */.BB)();
    if (task) {
        (0,src/* serveWorkerTask */.ZB)((await findCommand(task))?.workerTask);
        return;
    }
    process.on('unhandledRejection', (reason) => {
        process.stderr.write(`paved-road: error: ${describeFailure(reason).message}\n`);
        process.exit(2);
    });
    try {
        process.exitCode = await main(process.argv.slice(2), { workerScript: (0,external_node_url_.fileURLToPath)(entry) });
    }
    catch (error) {
        process.stderr.write(`paved-road: error: ${describeFailure(error).message}\n`);
        process.exitCode = 2;
    }
}


/***/ }),

/***/ 45014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jj: () => (/* reexport */ AUDIT_OUTPUTS),
  j1: () => (/* reexport */ errors_ConfigurationError),
  mY: () => (/* reexport */ DEFAULT_POLICY_FILE),
  w5: () => (/* reexport */ PROJECT_URL),
  UD: () => (/* reexport */ RuleRegistry),
  lH: () => (/* reexport */ TOOL_NAME),
  xv: () => (/* reexport */ VERSION),
  FW: () => (/* reexport */ applyExceptions),
  $8: () => (/* reexport */ auditRules),
  NB: () => (/* reexport */ defineCommand),
  gJ: () => (/* reexport */ errorMessage),
  FV: () => (/* reexport */ escapeMarkdown),
  pR: () => (/* reexport */ expandPaths),
  ls: () => (/* reexport */ finishAudit),
  p0: () => (/* reexport */ isConfigurationError),
  tb: () => (/* reexport */ loadPolicy),
  mK: () => (/* reexport */ parallelMap),
  aV: () => (/* reexport */ parseAuditInputs),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  E1: () => (/* reexport */ parseList),
  Gu: () => (/* reexport */ readTextFile),
  uc: () => (/* reexport */ renderFindingsText),
  Yx: () => (/* reexport */ sarifResultText),
  ZB: () => (/* reexport */ serveWorkerTask),
  Tc: () => (/* reexport */ finding_sortFindings),
  Cc: () => (/* reexport */ threadCount),
  BB: () => (/* reexport */ workerTaskCommand),
  Zf: () => (/* reexport */ writeFileAtomic)
});

// UNUSED EXPORTS: EXPIRED_EXCEPTION, FAIL_ON_LEVELS, FINGERPRINT_KEY, INVALID_SUPPRESSION, MAX_ANNOTATIONS_PER_KIND, MAX_POLICY_ALIASES, MAX_POLICY_BYTES, MAX_SUMMARY_BYTES, MAX_TEXT_FILE_BYTES, SARIF_SCHEMA_URI, SEVERITIES, WORKERS_VARIABLE, applySuppressions, artifactUri, buildSarif, checkSectionKeys, compareFindings, coreRules, countBySeverity, decodeText, escapeCommandData, escapeCommandProperty, exceptionMatches, exitCodeFor, extractMarkedSection, failsOn, findingFingerprint, findingsToJson, formatErrorLine, formatLocation, isExpired, parseDate, parseFailOn, parseInteger, parsePolicy, parseSuppressions, pascalCase, policyBoolean, policySchema, policyString, policyStringList, renderAnnotations, renderFindingsSummary, renderRulesMarkdown, replaceMarkedSection, ruleHelpUri, sarifText, severityRank, workflowCommand

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
/**
 * A problem the user can fix: bad input, a missing file, a malformed document. Exit code 2, one
 * line naming the file, the line and what to do; never a stack trace.
 */
class errors_ConfigurationError extends Error {
    code;
    location;
    fix;
    name = 'ConfigurationError';
    constructor(
    /** Stable, kebab-case: `missing-file`, `invalid-yaml`, `invalid-input`, ... */
    code, message, location, 
    /** What to do about it, one sentence. */
    fix) {
        super(message);
        this.code = code;
        this.location = location;
        this.fix = fix;
    }
    /** `file:line:column: message (fix)`: the one line a user sees. */
    describe() {
        return formatErrorLine(this.message, this.location, this.fix);
    }
}
function formatLocation(location) {
    if (!location)
        return '';
    let text = location.file;
    if (location.line !== undefined) {
        text += `:${location.line}`;
        if (location.column !== undefined)
            text += `:${location.column}`;
    }
    return text;
}
function formatErrorLine(message, location, fix) {
    const where = formatLocation(location);
    let text = where ? `${where}: ${message}` : message;
    if (fix && !text.includes(fix))
        text += /[.!?]$/.test(text) ? ` ${fix}` : `. ${fix}`;
    return text.replace(/\s+/g, ' ').trim();
}
function isConfigurationError(error) {
    return error instanceof errors_ConfigurationError;
}
/** The message of anything thrown, for places that must not crash on a non-Error value. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./packages/core/src/finding.ts
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'note']));
/** `fail-on`: the least severity that fails the run; `never` reports without failing. */
const FAIL_ON_LEVELS = ['error', 'warning', 'note', 'never'];
const RANK = { error: 3, warning: 2, note: 1 };
function severityRank(severity) {
    return RANK[severity];
}
/** True when a finding of this severity fails the run under `failOn`. */
function failsOn(severity, failOn) {
    return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}
/** 0 when nothing reaches `fail-on`, 1 when something does. */
function exitCodeFor(findings, failOn) {
    return findings.some((f) => failsOn(f.severity, failOn)) ? 1 : 0;
}
/** Stable order: file, line, column, rule, message. Every reporter relies on it for deterministic output. */
function compareFindings(a, b) {
    return (cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message));
}
function finding_sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/core/src/rules.ts
const PROJECT_URL = 'https://github.com/paved-road/paved-road';
/**
 * Where a rule is documented: the action README's rules section, or docs/policy.md for the rules
 * shared by every action (`action: 'core'`: policy exceptions and suppressions).
 */
function ruleHelpUri(rule) {
    if (rule.action === 'core')
        return `${PROJECT_URL}/blob/main/docs/policy.md#${rule.id}`;
    return `${PROJECT_URL}/blob/main/actions/${rule.action}/README.md#${rule.id}`;
}
class RuleRegistry {
    byId = new Map();
    constructor(rules = []) {
        for (const rule of rules)
            this.add(rule);
    }
    add(rule) {
        if (!/^[a-z][a-z0-9-]*$/.test(rule.id))
            throw new Error(`rule id "${rule.id}" is not kebab-case`);
        const existing = this.byId.get(rule.id);
        if (existing && existing !== rule)
            throw new Error(`rule "${rule.id}" is defined twice`);
        this.byId.set(rule.id, rule);
        return this;
    }
    get(id) {
        return this.byId.get(id);
    }
    has(id) {
        return this.byId.has(id);
    }
    /** All rules, sorted by id. */
    all() {
        return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/command.ts
/** Identity helper that keeps the Options type inferred. */
function defineCommand(command) {
    return command;
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts


const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core booleans only, as @actions/core's getBooleanInput: anything else is an error. */
function parseBoolean(name, raw, fallback) {
    if (raw === '' && fallback !== undefined)
        return fallback;
    if (TRUE.includes(raw))
        return true;
    if (FALSE.includes(raw))
        return false;
    throw new errors_ConfigurationError('invalid-input', `Input "${name}" must be true or false, got "${raw}".`, undefined, 'Use true or false.');
}
/** One of a fixed set of words. */
function parseChoice(name, raw, choices, fallback) {
    if (raw === '' && fallback !== undefined)
        return fallback;
    if (choices.includes(raw))
        return raw;
    throw new errors_ConfigurationError('invalid-input', `Input "${name}" must be one of ${choices.join(', ')}, got "${raw}".`, undefined, `Use one of: ${choices.join(', ')}.`);
}
function parseFailOn(raw, fallback = 'error') {
    return parseChoice('fail-on', raw, FAIL_ON_LEVELS, fallback);
}
/**
 * A list input: one item per line (the multiline YAML block users write), commas also separate
 * when `commas` is set; blank lines and `#` comment lines dropped, items trimmed.
 */
function parseList(raw, options = {}) {
    const parts = typeof raw === 'string' ? [raw] : raw;
    const items = [];
    for (const part of parts) {
        for (const line of part.split(/\r?\n/)) {
            for (const item of options.commas ? line.split(',') : [line]) {
                const trimmed = item.trim();
                if (trimmed && !trimmed.startsWith('#'))
                    items.push(trimmed);
            }
        }
    }
    return items;
}
/** A calendar date `YYYY-MM-DD` (or a full ISO timestamp): the end of that day in UTC for dates. */
function parseDate(name, raw) {
    const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    if (dateOnly) {
        const date = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]), 23, 59, 59));
        if (date.getUTCDate() === Number(dateOnly[3]))
            return date;
    }
    else if (/^\d{4}-\d{2}-\d{2}T/.test(raw)) {
        const date = new Date(raw);
        if (!Number.isNaN(date.getTime()))
            return date;
    }
    throw new errors_ConfigurationError('invalid-input', `"${name}" must be a date like 2026-12-31, got "${raw}".`, undefined, 'Write the date as YYYY-MM-DD.');
}
/** A positive integer with bounds. */
function parseInteger(name, raw, fallback, min = 0, max = Number.MAX_SAFE_INTEGER) {
    if (raw === '')
        return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw new ConfigurationError('invalid-input', `Input "${name}" must be a whole number from ${min} to ${max}, got "${raw}".`);
    }
    return Number(raw);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.pnpm/minimatch@11.0.9/node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(46693);
;// CONCATENATED MODULE: ./packages/core/src/files.ts




/** Largest text file any audit reads; bigger ones are reported, not parsed. */
const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;
/**
 * Reads a UTF-8 text file or throws one clear ConfigurationError: missing, a directory, too large,
 * binary (NUL bytes) or not valid UTF-8 (with the line of the first bad byte).
 */
function readTextFile(path, options = {}) {
    const name = options.displayName ?? path;
    const kind = options.kind ?? 'file';
    const maxBytes = options.maxBytes ?? MAX_TEXT_FILE_BYTES;
    let size;
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        if (stat.isDirectory()) {
            throw new errors_ConfigurationError('not-a-file', `${name} is a directory, not a ${kind}.`, { file: name }, 'Name a file.');
        }
        size = stat.size;
    }
    catch (error) {
        if (error instanceof errors_ConfigurationError)
            throw error;
        throw new errors_ConfigurationError('missing-file', `${kind} ${name} does not exist or cannot be read.`, { file: name }, 'Check the path.');
    }
    if (size > maxBytes) {
        throw new errors_ConfigurationError('file-too-large', `${name} is ${size} bytes, more than the ${maxBytes} bytes a ${kind} may have.`, { file: name }, 'Split it or exclude it from the paths.');
    }
    const bytes = (0,external_node_fs_.readFileSync)(path);
    return decodeText(bytes, name, kind);
}
/** Strict UTF-8 decoding with a file:line message for binary or malformed content. A BOM is dropped. */
function decodeText(bytes, name, kind = 'file') {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new errors_ConfigurationError('binary-file', `${name} is binary (a NUL byte at offset ${nul}), not a ${kind}.`, { file: name, line: lineAtOffset(bytes, nul) }, 'Exclude it from the paths.');
    }
    try {
        const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
        return text;
    }
    catch {
        const bad = firstInvalidUtf8Offset(bytes);
        throw new errors_ConfigurationError('invalid-utf8', `${name} is not valid UTF-8 (first bad byte at offset ${bad}).`, { file: name, line: lineAtOffset(bytes, bad) }, 'Save it as UTF-8.');
    }
}
function lineAtOffset(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < bytes.length; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}
function firstInvalidUtf8Offset(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let lo = 0;
    let hi = bytes.length;
    // Binary search for the shortest failing prefix; a prefix ending inside a valid sequence also fails,
    // so step back over continuation bytes.
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        try {
            decoder.decode(bytes.subarray(0, mid + 1));
            lo = mid + 1;
        }
        catch {
            hi = mid;
        }
    }
    let offset = lo;
    while (offset > 0 && ((bytes[offset] ?? 0) & 0xc0) === 0x80)
        offset--;
    return offset;
}
/**
 * Writes a file atomically: a temporary file in the same directory, fsync, rename. A reader sees the
 * old content or the new, never a half-written file; the original mode is kept.
 */
function writeFileAtomic(path, content) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    let mode;
    try {
        mode = (0,external_node_fs_.statSync)(path).mode & 0o777;
    }
    catch {
        mode = undefined;
    }
    const fd = (0,external_node_fs_.openSync)(temp, 'w', mode ?? 0o644);
    try {
        const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        let written = 0;
        while (written < data.length)
            written += (0,external_node_fs_.writeSync)(fd, data, written, data.length - written);
        (0,external_node_fs_.fsyncSync)(fd);
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.unlinkSync)(temp);
        throw error;
    }
    (0,external_node_fs_.closeSync)(fd);
    try {
        (0,external_node_fs_.renameSync)(temp, path);
    }
    catch (error) {
        (0,external_node_fs_.unlinkSync)(temp);
        throw error;
    }
}
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];
const EXCLUDED_DIRECTORIES = ['node_modules', '.git'];
/**
 * True when a match of `pattern` could lie inside node_modules or .git: it has `**`, or one of its
 * directory segments can be one of them. Glob's exclude patterns are tested against every entry
 * walked (for `.github/workflows/*.yml` over 10,000 files, most of the glob's time), so a pattern
 * that cannot reach those directories is globbed without them.
 */
function reachesExcluded(pattern) {
    const segments = pattern.split('/').slice(0, -1);
    return (pattern.includes('**') ||
        segments.some((segment) => EXCLUDED_DIRECTORIES.some((dir) => (0,esm/* minimatch */.xF)(dir, segment, { dot: true }))));
}
/**
 * Expands glob patterns (`!pattern` excludes) to existing files, relative to `cwd`, sorted, with
 * forward slashes. A literal path that does not exist is a ConfigurationError. node_modules and .git
 * are never searched.
 */
function expandPaths(patterns, options) {
    const list = patterns.length ? patterns : (options.defaults ?? []);
    const include = list.filter((p) => !p.startsWith('!'));
    const negated = list.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const exclude = [...ALWAYS_EXCLUDED, ...negated];
    const found = new Set();
    for (const pattern of include) {
        const isGlob = /[*?[\]{}]/.test(pattern);
        if (!isGlob) {
            const absolute = (0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(options.cwd, pattern);
            let isFile = false;
            let isDir = false;
            try {
                const stat = (0,external_node_fs_.statSync)(absolute);
                isFile = stat.isFile();
                isDir = stat.isDirectory();
            }
            catch {
                if (options.strict !== false) {
                    throw new errors_ConfigurationError('missing-file', `${pattern} does not exist.`, { file: pattern }, 'Check the path, or use a glob pattern.');
                }
            }
            if (isFile)
                found.add(pattern.split(external_node_path_.sep).join('/'));
            if (isDir) {
                for (const file of (0,external_node_fs_.globSync)('**/*', { cwd: absolute, exclude: ALWAYS_EXCLUDED })) {
                    if ((0,external_node_fs_.statSync)((0,external_node_path_.join)(absolute, file)).isFile())
                        found.add((0,external_node_path_.join)(pattern, file).split(external_node_path_.sep).join('/'));
                }
            }
            continue;
        }
        const excludeHere = reachesExcluded(pattern) ? exclude : negated;
        for (const match of (0,external_node_fs_.globSync)(pattern, {
            cwd: options.cwd,
            ...(excludeHere.length ? { exclude: excludeHere } : {}),
        })) {
            const absolute = (0,external_node_path_.resolve)(options.cwd, match);
            try {
                if ((0,external_node_fs_.statSync)(absolute).isFile())
                    found.add((0,external_node_path_.relative)(options.cwd, absolute).split(external_node_path_.sep).join('/'));
            }
            catch {
                // A dangling link: nothing to audit.
            }
        }
    }
    const excluded = list.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    return [...found].filter((file) => !excluded.some((pattern) => globMatches(pattern, file))).sort();
}
function globMatches(pattern, file) {
    return (0,esm/* minimatch */.xF)(file, pattern, { dot: true });
}

;// CONCATENATED MODULE: ./packages/core/src/version.ts
/** The paved-road version, reported in SARIF, SBOM metadata.tools and provenance. */
const VERSION = '0.1.0';
const TOOL_NAME = 'paved-road';

;// CONCATENATED MODULE: ./packages/core/src/report/annotations.ts

/** GitHub renders at most this many annotations of each kind (error, warning, notice) per step. */
const MAX_ANNOTATIONS_PER_KIND = 10;
const KIND = { error: 'error', warning: 'warning', note: 'notice' };
const KIND_WORDS = { error: 'error', warning: 'warning', notice: 'note' };
/** Escaping of a workflow command's message, exactly as @actions/core's `escapeData`. */
function escapeCommandData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escaping of a workflow command's property value, exactly as @actions/core's `escapeProperty`. */
function escapeCommandProperty(value) {
    return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command line: `::name key=value,...::message`. Empty properties are left out. */
function workflowCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}
function annotationFor(finding, rules) {
    const rule = rules?.get(finding.rule);
    const title = rule ? `${finding.rule}: ${rule.title}` : finding.rule;
    // Columns only make sense on a one-line range: GitHub drops them (or the annotation) otherwise.
    const oneLine = finding.endLine === undefined || finding.endLine === finding.line;
    const line = finding.line >= 1 ? finding.line : undefined;
    return workflowCommand(KIND[finding.severity], {
        file: finding.file,
        line,
        col: line !== undefined && oneLine && finding.column >= 1 ? finding.column : undefined,
        endLine: line !== undefined && finding.endLine !== undefined && finding.endLine >= finding.line
            ? finding.endLine
            : undefined,
        endColumn: line !== undefined && oneLine && finding.endColumn !== undefined && finding.endColumn >= 1
            ? finding.endColumn
            : undefined,
        title,
    }, finding.message);
}
function overflowLine(kind, count) {
    const word = KIND_WORDS[kind];
    return workflowCommand('notice', {}, `${count} more ${word}${count === 1 ? '' : 's'} not annotated: GitHub shows at most ${MAX_ANNOTATIONS_PER_KIND} per kind in a step. ` +
        'The step summary and the SARIF file list every finding.');
}
/**
 * Workflow command lines for findings: at most 10 per kind (in `sortFindings` order), then one
 * `::notice::` per kind that had more, saying how many were left out. The overflow notices count
 * against the notice budget themselves, so the notice kind keeps room for them.
 */
function renderAnnotations(findings, rules) {
    const sorted = sortFindings(findings);
    const totals = { error: 0, warning: 0, notice: 0 };
    for (const finding of sorted)
        totals[KIND[finding.severity]] += 1;
    const budget = {
        error: MAX_ANNOTATIONS_PER_KIND,
        warning: MAX_ANNOTATIONS_PER_KIND,
        notice: MAX_ANNOTATIONS_PER_KIND,
    };
    const otherOverflows = (totals.error > budget.error ? 1 : 0) + (totals.warning > budget.warning ? 1 : 0);
    if (totals.notice + otherOverflows > MAX_ANNOTATIONS_PER_KIND) {
        // Notices overflow too: leave room for every overflow line, this kind's included.
        budget.notice = MAX_ANNOTATIONS_PER_KIND - otherOverflows - 1;
    }
    else {
        budget.notice = totals.notice;
    }
    const lines = [];
    const emitted = { error: 0, warning: 0, notice: 0 };
    for (const finding of sorted) {
        const kind = KIND[finding.severity];
        if (emitted[kind] >= budget[kind])
            continue;
        emitted[kind] += 1;
        lines.push(annotationFor(finding, rules));
    }
    for (const kind of ['error', 'warning', 'notice']) {
        const left = totals[kind] - emitted[kind];
        if (left > 0)
            lines.push(overflowLine(kind, left));
    }
    return lines;
}

;// CONCATENATED MODULE: ./packages/core/src/report/summary.ts


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
    const ruleCell = rule ? `[${escapeMarkdown(finding.rule)}](${ruleHelpUri(rule)})` : escapeMarkdown(finding.rule);
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
    const findings = finding_sortFindings(options.findings);
    const counts = countBySeverity(findings);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./packages/core/src/report/sarif.ts






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
    if ((0,external_node_path_.isAbsolute)(file) || /^[A-Za-z]:[\\/]/.test(file))
        return (0,external_node_url_.pathToFileURL)(file).href;
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
    return (0,external_node_crypto_.hash)('sha256', key, 'hex');
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
        helpUri: ruleHelpUri(rule),
        defaultConfiguration: { level: rule.severity },
        properties: { tags: ['security', rule.action] },
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
/** Each rule's index in `tool.driver.rules` (the registry's order, sorted by id). */
function ruleIndexes(registry) {
    return new Map(registry.all().map((rule, i) => [rule.id, i]));
}
const indexCache = new WeakMap();
/** Where a result's lines start in the pretty-printed log: `runs[0].results[i]` is four levels deep. */
const RESULT_INDENT = ' '.repeat(8);
/**
 * One finding's SARIF result exactly as `writeSarif` writes it inside `runs[0].results` (pretty-printed,
 * indented to its depth): worked out beside the audit of each file (in whichever thread audits it),
 * so the report only joins them.
 */
function sarifResultText(finding, registry) {
    let index = indexCache.get(registry);
    if (!index)
        indexCache.set(registry, (index = ruleIndexes(registry)));
    const json = JSON.stringify(result(finding, index.get(finding.rule), artifactUri(finding.file)), null, 2);
    return RESULT_INDENT + json.replaceAll('\n', `\n${RESULT_INDENT}`);
}
/**
 * The text of `JSON.stringify(buildSarif(options), null, 2)`, with each result's text taken from
 * `resultText` when it has one (`sarifResultText`, worked out earlier) and built here otherwise.
 */
function sarifText(options, resultText) {
    const log = buildSarif({ ...options, findings: [] });
    const registry = options.rules instanceof RuleRegistry ? options.rules : new RuleRegistry(options.rules);
    const findings = finding_sortFindings(options.findings);
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
    const registry = options.rules instanceof RuleRegistry ? options.rules : new RuleRegistry(options.rules);
    const rules = registry.all();
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    const version = options.toolVersion ?? VERSION;
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
                        name: options.toolName ?? TOOL_NAME,
                        version,
                        ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}),
                        informationUri: PROJECT_URL,
                        rules: rules.map(descriptor),
                    },
                },
                ...(options.category ? { automationDetails: { id: options.category } } : {}),
                columnKind: 'utf16CodeUnits',
                results: finding_sortFindings(options.findings).map((finding) => result(finding, index.get(finding.rule), uriOf(finding.file))),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./packages/core/src/report/json.ts

/** Findings for the JSON document, in `sortFindings` order, with a fixed set of keys. */
function findingsToJson(findings) {
    return finding_sortFindings(findings).map((finding) => ({
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

;// CONCATENATED MODULE: ./packages/core/src/report/text.ts

function text_plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * Compiler-style lines, `file:line:col: severity [rule-id] message`, in `sortFindings` order, then a
 * count line. A message's line breaks are folded so one finding stays one line.
 */
function renderFindingsText(findings) {
    const sorted = finding_sortFindings(findings);
    const lines = sorted.map((f) => {
        const where = f.line >= 1 ? `${f.file}:${f.line}:${Math.max(1, f.column)}` : f.file;
        return `${where}: ${f.severity} [${f.rule}] ${f.message.replace(/\s*\r?\n\s*/g, ' ')}`;
    });
    if (sorted.length === 0) {
        lines.push('No findings.');
    }
    else {
        const counts = countBySeverity(sorted);
        lines.push(`${text_plural(sorted.length, 'finding')}: ${text_plural(counts.error, 'error')}, ${text_plural(counts.warning, 'warning')}, ${text_plural(counts.note, 'note')}.`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/core-rules.ts
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

// EXTERNAL MODULE: ./node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(96223);
// EXTERNAL MODULE: ./node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(28078);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(88009);
;// CONCATENATED MODULE: ./packages/core/src/policy.ts










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
        const ajv = new dist_ajv.Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
        // CommonJS with `module.exports = plugin; exports.default = plugin`: `.default` works in every loader.
        dist_default()["default"](ajv, ['date']);
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
        if ((0,yaml_dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(part));
            if (pair) {
                const last = i === path.length - 1;
                nextKey = pair.key;
                next = last && key ? nextKey : (pair.value ?? nextKey);
            }
        }
        else if ((0,yaml_dist/* isSeq */.oP)(node) && typeof part === 'number') {
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
    const absolute = (0,external_node_path_.resolve)(options.workspace, file);
    let exists;
    try {
        // A directory "exists": readTextFile reports it as not a file.
        (0,external_node_fs_.statSync)(absolute);
        exists = true;
    }
    catch {
        exists = false;
    }
    if (!exists) {
        if (!options.required)
            return undefined;
        throw new errors_ConfigurationError('missing-file', `Policy file ${file} does not exist.`, { file }, `Create it (see docs/policy.md), or set the policy input to the right path relative to ${options.workspace}.`);
    }
    const text = readTextFile(absolute, { displayName: file, kind: 'policy file', maxBytes: MAX_POLICY_BYTES });
    return parsePolicy(text, file);
}
/** Parses policy text (see loadPolicy); `file` names it in messages and findings. */
function parsePolicy(text, file) {
    if (Buffer.byteLength(text, 'utf8') > MAX_POLICY_BYTES) {
        throw new errors_ConfigurationError('file-too-large', `Policy file ${file} is larger than ${MAX_POLICY_BYTES} bytes.`, { file }, 'Keep the policy short: one entry per exception.');
    }
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        const message = yamlError.message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '');
        throw new errors_ConfigurationError('invalid-yaml', `Policy file is not valid YAML: ${message}`, { file, line: pos.line, column: pos.col }, 'Fix the YAML syntax at that line.');
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_POLICY_ALIASES });
    }
    catch (error) {
        let offset = 0;
        (0,yaml_dist/* visit */.YR)(doc, {
            Alias(_key, node) {
                offset = node.range?.[0] ?? 0;
                return yaml_dist/* visit */.YR.BREAK;
            },
        });
        const pos = lineCounter.linePos(offset);
        const detail = error instanceof Error ? error.message : String(error);
        throw new errors_ConfigurationError('invalid-yaml', `Policy file expands YAML aliases too many times (${detail.replace(/\.$/, '')})`, { file, line: pos.line, column: pos.col }, 'Write the values out instead of nesting aliases (*name).');
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
        throw new errors_ConfigurationError('invalid-policy', explained.message, { file, ...position }, explained.fix);
    }
    const object = data;
    const exceptions = (object.exceptions ?? []).map((item, index) => {
        const position = positionIn(doc, lineCounter, ['exceptions', index]);
        const exception = {
            rule: item.rule,
            owner: item.owner,
            reason: item.reason,
            expires: parseDate('expires', item.expires),
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
        !(0,esm/* minimatch */.xF)(normalizeFile(finding.file), normalizeFile(exception.path), { dot: true }))
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
            rule: EXPIRED_EXCEPTION,
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

;// CONCATENATED MODULE: ./packages/core/src/suppression.ts


// `#` at the start of a line or after whitespace starts a comment in YAML, shell and Dockerfiles.
// Only `# paved-road: ignore...` is a suppression; other comments that mention paved-road are prose.
const MARKER = /(^|\s)(#\s*paved-road\s*:)(\s*ignore\b.*)$/i;
const DIRECTIVE = /^\s*ignore\s*\[([^\]]*)\](.*)$/;
const RULE_ID = /^[a-z][a-z0-9-]*$/;
function idSet(rules) {
    return new Set(rules instanceof RuleRegistry ? rules.all().map((rule) => rule.id) : rules);
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
/** Reads every suppression comment in a file's text (LF or CRLF line ends). */
function parseSuppressions(source, file, options = {}) {
    // Most files have no paved-road comment at all: one scan of the text instead of one per line.
    if (!/paved-road/i.test(source))
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
            problems.push({ rule: INVALID_SUPPRESSION, severity, message, file, line, column });
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
        const hit = finding.rule !== INVALID_SUPPRESSION &&
            (byFile.get(finding.file) ?? []).some((s) => s.target === finding.line && s.rules.includes(finding.rule));
        (hit ? suppressed : kept).push(finding);
    }
    return { findings: [...kept, ...problems], suppressed };
}

;// CONCATENATED MODULE: ./packages/core/src/audit.ts












function parseAuditInputs(inputs, context, command) {
    const sarifRaw = inputs.get('sarif-file');
    return {
        fix: parseChoice('fix', inputs.get('fix'), ['false', 'true', 'diff'], 'false'),
        failOn: parseFailOn(inputs.get('fail-on')),
        sarifFile: sarifRaw
            ? (0,external_node_path_.isAbsolute)(sarifRaw)
                ? sarifRaw
                : (0,external_node_path_.resolve)(context.workspace, sarifRaw)
            : (0,external_node_path_.join)(context.tempDir, `${command}.sarif`),
        policy: inputs.get('policy') || DEFAULT_POLICY_FILE,
        policyRequired: inputs.isSet('policy'),
        showSummary: parseBoolean('show-summary', inputs.get('show-summary'), true),
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
    registry = new RuleRegistry(coreRules);
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
function waivedSection(waived, policy) {
    if (!waived.length || !policy)
        return undefined;
    const exceptionOf = new Map(waived.map((w) => [w.finding, w.exception]));
    const rows = finding_sortFindings(waived.map((w) => w.finding)).map((finding) => {
        const exception = exceptionOf.get(finding);
        const cells = [
            escapeMarkdown(`${finding.file}:${finding.line}`),
            escapeMarkdown(finding.rule),
            escapeMarkdown(exception.owner),
            exception.expiresText,
            escapeMarkdown(exception.reason),
            escapeMarkdown(`${policy.file}:${exception.line}`),
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
    const rows = finding_sortFindings(suppressed).map((f) => `| ${escapeMarkdown(`${f.file}:${f.line}`)} | ${escapeMarkdown(f.rule)} |`);
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
    const afterSuppressions = applySuppressions(options.findings, options.readSource, {
        ownRules: registry,
        ...(options.knownRules ? { knownRules: [...options.knownRules, ...registry.all().map((rule) => rule.id)] } : {}),
        ...(options.files ? { files: options.files } : {}),
    });
    const afterExceptions = applyExceptions(afterSuppressions.findings, options.policy, {
        now: options.now,
        reportRules: registry.all().map((rule) => rule.id),
    });
    const findings = finding_sortFindings(afterExceptions.findings);
    const sarifOptions = { findings, rules: registry, category: `${options.command}/` };
    // The log object is built when asked for (`--format sarif`); the file is written from text.
    let sarif;
    const outputs = {
        findings: String(findings.length),
        errors: String(countBySeverity(findings).error),
    };
    if (options.sarifFile) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(options.sarifFile), { recursive: true });
        writeFileAtomic(options.sarifFile, `${sarifText(sarifOptions, options.sarifResultText)}\n`);
        outputs['sarif-file'] = options.sarifFile;
    }
    Object.assign(outputs, options.outputs);
    const summary = options.summary === false
        ? undefined
        : renderFindingsSummary({
            title: options.summaryTitle,
            findings,
            rules: registry,
            sections: [
                ...(options.summarySections ?? []),
                waivedSection(afterExceptions.waived, options.policy),
                suppressedSection(afterSuppressions.suppressed),
            ].filter((s) => s !== undefined),
        });
    const exceptionOf = new Map(afterExceptions.waived.map((w) => [w.finding, w.exception]));
    const waivedJson = finding_sortFindings(afterExceptions.waived.map((w) => w.finding)).map((finding) => {
        const exception = exceptionOf.get(finding);
        return {
            ...findingsToJson([finding])[0],
            exception: {
                owner: exception.owner,
                reason: exception.reason,
                expires: exception.expiresText,
                line: exception.line,
            },
        };
    });
    const json = {
        findings: findingsToJson(findings),
        waived: waivedJson,
        suppressed: findingsToJson(afterSuppressions.suppressed),
        ...options.json,
    };
    return {
        exitCode: exitCodeFor(findings, options.failOn),
        outputs,
        findings,
        rules: registry,
        json,
        get sarif() {
            return (sarif ??= buildSarif(sarifOptions));
        },
        ...(summary !== undefined ? { summary } : {}),
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/core/src/parallel.ts
// Spreads a command's per-item work (one file each) over worker threads. The calling thread does its
// share too: every thread claims the next chunk of indices from one shared counter, so a thread that
// started late (a worker loading the bundle) or got slow files simply claims fewer. Each worker runs
// the bundle's own entry again (RunContext.workerScript) with `workerData` naming the command; the edge
// sees it and serves the command's `workerTask` instead of running the command. Results are put back
// in index order, so the caller merges them exactly as a one-thread loop would.



/**
 * The knob: how many threads an audit may use, this one included. Unset or empty: by the number of
 * files and cores; `1`: one thread; `N`: N threads whatever the number of files (at most one per file).
 */
const WORKERS_VARIABLE = 'PAVED_ROAD_WORKERS';
/**
 * How many threads (the calling one included) to use for `count` items: `PAVED_ROAD_WORKERS` when set,
 * else one per `minItemsPerThread` items, up to the cores available (and `maxThreads`).
 */
function threadCount(env, count, options) {
    const raw = env[WORKERS_VARIABLE]?.trim();
    if (raw) {
        if (!/^[1-9]\d{0,3}$/.test(raw)) {
            throw new errors_ConfigurationError('invalid-input', `${WORKERS_VARIABLE} must be a number of threads from 1 to 9999, got "${raw}".`, undefined, `Set ${WORKERS_VARIABLE}=1 to audit in one thread, or unset it to choose by the number of files.`);
        }
        return Math.max(1, Math.min(Number(raw), count));
    }
    const byCores = Math.min((0,external_node_os_.availableParallelism)(), options.maxThreads ?? 8);
    return Math.max(1, Math.min(byCores, Math.floor(count / options.minItemsPerThread)));
}
/** Indices into the shared Int32Array. */
const NEXT = 0;
const STOP = 1;
function serializeError(error) {
    if (error instanceof errors_ConfigurationError) {
        return {
            kind: 'configuration',
            code: error.code,
            message: error.message,
            ...(error.location ? { location: error.location } : {}),
            ...(error.fix !== undefined ? { fix: error.fix } : {}),
        };
    }
    return {
        kind: 'internal',
        message: errorMessage(error),
        ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    };
}
function deserializeError(error) {
    if (error.kind === 'configuration')
        return new errors_ConfigurationError(error.code, error.message, error.location, error.fix);
    const out = new Error(error.message);
    if (error.stack)
        out.stack = error.stack;
    return out;
}
/** The command whose worker task this thread was started for, or undefined in a normal run. */
function workerTaskCommand() {
    if (external_node_worker_threads_.isMainThread || !external_node_worker_threads_.parentPort)
        return undefined;
    const data = external_node_worker_threads_.workerData;
    return typeof data?.pavedRoadWorkerTask === 'string' ? data.pavedRoadWorkerTask : undefined;
}
/**
 * Serves this worker thread's share (the edge calls it when `workerTaskCommand()` names a command):
 * claims chunks of indices from the shared counter until none are left, posts each chunk's results,
 * and stops at the first index that throws (posting the error and telling the other threads to stop).
 */
function serveWorkerTask(task) {
    const port = external_node_worker_threads_.parentPort;
    const data = external_node_worker_threads_.workerData;
    if (!port)
        throw new Error('serveWorkerTask runs only in a worker thread');
    if (!task)
        throw new Error(`no worker task for command "${data.pavedRoadWorkerTask}"`);
    const state = new Int32Array(data.state);
    const handle = task(data.payload);
    for (;;) {
        if (Atomics.load(state, STOP))
            break;
        const start = Atomics.add(state, NEXT, data.chunk);
        if (start >= data.count)
            break;
        const end = Math.min(data.count, start + data.chunk);
        const results = [];
        for (let index = start; index < end; index++) {
            try {
                results.push(handle(index));
            }
            catch (error) {
                Atomics.store(state, STOP, 1);
                port.postMessage({
                    kind: 'failed',
                    start,
                    results,
                    index,
                    error: serializeError(error),
                });
                return;
            }
        }
        port.postMessage({ kind: 'results', start, results });
    }
    port.postMessage({ kind: 'done' });
}
/**
 * Runs `local(i)` for every index in 0..count-1 across `threads` threads and returns the results in
 * index order. When an index throws, the error of the lowest such index is thrown (a one-thread loop
 * would have stopped there), a ConfigurationError as itself. A worker that stops without finishing
 * (crashed, killed, could not load) fails the run with one line saying so.
 */
async function parallelMap(options) {
    const { count } = options;
    const chunk = Math.max(1, options.chunk ?? 16);
    const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const state = new Int32Array(shared);
    const results = new Array(count);
    const filled = new Uint8Array(count);
    const failures = [];
    const crashes = [];
    const put = (start, values) => {
        for (let i = 0; i < values.length; i++) {
            results[start + i] = values[i];
            filled[start + i] = 1;
        }
    };
    const data = {
        pavedRoadWorkerTask: options.command,
        payload: options.payload,
        state: shared,
        count,
        chunk,
    };
    const workers = Array.from({ length: Math.max(0, options.threads - 1) }, () => {
        const worker = new external_node_worker_threads_.Worker(options.script, { workerData: data });
        return new Promise((resolve) => {
            let done = false;
            let failure;
            worker.on('message', (message) => {
                if (message.kind === 'done')
                    done = true;
                else {
                    put(message.start, message.results);
                    if (message.kind === 'failed') {
                        done = true;
                        failures.push({ index: message.index, error: deserializeError(message.error) });
                    }
                }
            });
            worker.on('error', (error) => {
                // An error from another thread may come from another realm: read its message, not instanceof.
                const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
                failure ??= message.split('\n')[0];
            });
            worker.on('exit', (code) => {
                if (!done || code !== 0) {
                    Atomics.store(state, STOP, 1);
                    crashes.push(failure ?? `exit code ${code}`);
                }
                resolve();
            });
        });
    });
    // This thread's share, claimed chunk by chunk like the workers'.
    claiming: for (;;) {
        if (Atomics.load(state, STOP))
            break;
        const start = Atomics.add(state, NEXT, chunk);
        if (start >= count)
            break;
        const end = Math.min(count, start + chunk);
        for (let index = start; index < end; index++) {
            try {
                results[index] = options.local(index);
                filled[index] = 1;
            }
            catch (error) {
                Atomics.store(state, STOP, 1);
                failures.push({ index, error: error instanceof Error ? error : new Error(errorMessage(error)) });
                break claiming;
            }
        }
    }
    await Promise.all(workers);
    if (crashes.length) {
        throw new Error(`a worker thread stopped before it finished its files (${crashes[0]}); ${WORKERS_VARIABLE}=1 runs in one thread`);
    }
    if (failures.length) {
        failures.sort((a, b) => a.index - b.index);
        throw failures[0].error;
    }
    const missing = filled.indexOf(0);
    if (missing !== -1)
        throw new Error(`parallel run: no result for item ${missing} of ${count}`);
    return results;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts




















/***/ })

};
