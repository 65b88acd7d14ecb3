export const id = 951;
export const ids = [951];
export const modules = {

/***/ 88951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  start: () => (/* binding */ start)
});

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./packages/core/src/parallel.ts
var parallel = __webpack_require__(16561);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/cli/src/failure.ts

/**
 * Turns anything thrown into the one line a user sees. A ConfigurationError is the user's to fix;
 * anything else is our bug, said as such. Both exit 2: an error is never a pass.
 */
function describeFailure(error) {
    if (error instanceof errors/* ConfigurationError */.j1) {
        return { message: error.describe(), location: error.location, stack: error.stack };
    }
    const stack = error instanceof Error ? error.stack : undefined;
    return {
        message: `internal error: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]} (a bug in paved-road: please report it; set RUNNER_DEBUG=1 for details)`,
        stack,
    };
}
const EXIT_BAD_INPUT = 2;

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(88640);
// EXTERNAL MODULE: ./packages/core/src/finding.ts
var finding = __webpack_require__(77693);
;// CONCATENATED MODULE: ./packages/core/src/report/text.ts

function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * Compiler-style lines, `file:line:col: severity [rule-id] message`, in `sortFindings` order, then a
 * count line. A message's line breaks are folded so one finding stays one line.
 */
function renderFindingsText(findings) {
    const sorted = (0,finding/* sortFindings */.Tc)(findings);
    const lines = sorted.map((f) => {
        const where = f.line >= 1 ? `${f.file}:${f.line}:${Math.max(1, f.column)}` : f.file;
        return `${where}: ${f.severity} [${f.rule}] ${f.message.replace(/\s*\r?\n\s*/g, ' ')}`;
    });
    if (sorted.length === 0) {
        lines.push('No findings.');
    }
    else {
        const counts = (0,finding/* countBySeverity */.Ot)(sorted);
        lines.push(`${plural(sorted.length, 'finding')}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}.`);
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/command.ts
var command = __webpack_require__(72437);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(96875);
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
        getList: (name) => (0,src_inputs/* parseList */.E1)(values(name)),
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
    return (0,command/* defineCommand */.N)({
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
            signing: (0,src_inputs/* parseChoice */.HU)('signing', inputs.get('signing'), ['key', 'keyless']),
            signingKey: inputs.get('signing-key'),
            failOn: (0,src_inputs/* parseChoice */.HU)('fail-on', inputs.get('fail-on'), ['error', 'warning', 'note', 'never']),
            online: (0,src_inputs/* parseBoolean */.yG)('online', inputs.get('online')),
            showSummary: (0,src_inputs/* parseBoolean */.yG)('show-summary', inputs.get('show-summary')),
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
            throw new errors/* ConfigurationError */.j1('missing-command', `The pipeline needs the ${stage.command} command, which this build lacks.`);
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
            if (!(error instanceof errors/* ConfigurationError */.j1))
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
    'harden-permissions': async () => (await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(693), __webpack_require__.e(78), __webpack_require__.e(187), __webpack_require__.e(608), __webpack_require__.e(181), __webpack_require__.e(955)]).then(__webpack_require__.bind(__webpack_require__, 81955))).hardenPermissionsCommand,
    'verify-pinned-tools': async () => (await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(693), __webpack_require__.e(78), __webpack_require__.e(187), __webpack_require__.e(608), __webpack_require__.e(181), __webpack_require__.e(953)]).then(__webpack_require__.bind(__webpack_require__, 14953))).verifyPinnedToolsCommand,
    'verify-release': async () => (await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(693), __webpack_require__.e(78), __webpack_require__.e(466), __webpack_require__.e(608), __webpack_require__.e(911)]).then(__webpack_require__.bind(__webpack_require__, 82911))).verifyReleaseCommand,
    'attest-provenance': async () => (await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(693), __webpack_require__.e(164), __webpack_require__.e(78), __webpack_require__.e(466), __webpack_require__.e(163), __webpack_require__.e(608), __webpack_require__.e(911), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 78984))).attestProvenanceCommand,
    'generate-sbom': async () => (await Promise.all(/* import() */[__webpack_require__.e(693), __webpack_require__.e(522), __webpack_require__.e(509)]).then(__webpack_require__.bind(__webpack_require__, 25509))).generateSbomCommand,
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
        throw new errors/* ConfigurationError */.j1('invalid-input', `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}".`, undefined, 'Set it to e.g. $(git log -1 --format=%ct).');
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
        debug: (debugMessage) => {
            if (!debugOn)
                return;
            const message = typeof debugMessage === 'function' ? debugMessage() : debugMessage;
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
        `Usage: ${version/* TOOL_NAME */.l} <command> [options] [paths...]`,
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
        `Usage: ${version/* TOOL_NAME */.l} ${command.name} [options]${command.inputs.some((i) => i.positional) ? ' [paths...]' : ''}`,
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
        throw new UsageError(`${error.message}. See \`${version/* TOOL_NAME */.l} ${command.name} --help\`.`);
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
        print(version/* VERSION */.x);
        return 0;
    }
    const command = await findCommand(name);
    if (!command) {
        process.stderr.write(`${version/* TOOL_NAME */.l}: unknown command "${name}".\n\n${await usage()}\n`);
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
            print(renderFindingsText(result.findings));
        else
            for (const [key, value] of Object.entries(result.outputs))
                print(`${key}: ${value}`);
        if (result.exitCode !== 0 && result.failureMessage)
            process.stderr.write(`${version/* TOOL_NAME */.l}: ${result.failureMessage}\n`);
        return result.exitCode;
    }
    catch (error) {
        const failure = error instanceof UsageError ? { message: error.message, stack: undefined } : describeFailure(error);
        process.stderr.write(`${version/* TOOL_NAME */.l}: error: ${failure.message}\n`);
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
    const task = (0,parallel/* workerTaskCommand */.BB)();
    if (task) {
        (0,parallel/* serveWorkerTask */.ZB)((await findCommand(task))?.workerTask);
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

/***/ 72437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
/** Identity helper that keeps the Options type inferred. */
function defineCommand(command) {
    return command;
}


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/* unused harmony exports formatLocation, formatErrorLine */
/**
 * A problem the user can fix: bad input, a missing file, a malformed document. Exit code 2, one
 * line naming the file, the line and what to do; never a stack trace.
 */
class ConfigurationError extends Error {
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
    return error instanceof ConfigurationError;
}
/**
 * The message of anything thrown, for places that must not crash on a non-Error value. Read from
 * the object, not by instanceof: an error may come from another realm (a worker thread, a vm context).
 */
function errorMessage(error) {
    if (typeof error === 'object' && error !== null && 'message' in error)
        return String(error.message);
    return String(error);
}


/***/ }),

/***/ 77693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ FAIL_ON_LEVELS),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Tc: () => (/* binding */ sortFindings)
/* harmony export */ });
/* unused harmony exports SEVERITIES, severityRank, failsOn, compareFindings */
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
function sortFindings(findings) {
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


/***/ }),

/***/ 96875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export parseInteger */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77693);


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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('invalid-input', `Input "${name}" must be true or false, got "${raw}".`, undefined, 'Use true or false.');
}
/** One of a fixed set of words. */
function parseChoice(name, raw, choices, fallback) {
    if (raw === '' && fallback !== undefined)
        return fallback;
    if (choices.includes(raw))
        return raw;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('invalid-input', `Input "${name}" must be one of ${choices.join(', ')}, got "${raw}".`, undefined, `Use one of: ${choices.join(', ')}.`);
}
function parseFailOn(raw, fallback = 'error') {
    return parseChoice('fail-on', raw, _finding_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON_LEVELS */ .D, fallback);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('invalid-input', `"${name}" must be a date like 2026-12-31, got "${raw}".`, undefined, 'Write the date as YYYY-MM-DD.');
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


/***/ }),

/***/ 16561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ workerTaskCommand),
/* harmony export */   Cc: () => (/* binding */ threadCount),
/* harmony export */   ZB: () => (/* binding */ serveWorkerTask),
/* harmony export */   mK: () => (/* binding */ parallelMap)
/* harmony export */ });
/* unused harmony export WORKERS_VARIABLE */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('invalid-input', `${WORKERS_VARIABLE} must be a number of threads from 1 to 9999, got "${raw}".`, undefined, `Set ${WORKERS_VARIABLE}=1 to audit in one thread, or unset it to choose by the number of files.`);
        }
        return Math.max(1, Math.min(Number(raw), count));
    }
    const byCores = Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), options.maxThreads ?? 8);
    return Math.max(1, Math.min(byCores, Math.floor(count / options.minItemsPerThread)));
}
/** Indices into the shared Int32Array. */
const NEXT = 0;
const STOP = 1;
function serializeError(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1) {
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
        message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error),
        ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    };
}
function deserializeError(error) {
    if (error.kind === 'configuration')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(error.code, error.message, error.location, error.fix);
    const out = new Error(error.message);
    if (error.stack)
        out.stack = error.stack;
    return out;
}
/**
 * Given to every worker we start (it is appended to the worker's process.argv), so that a normal run
 * can tell it is not one without loading node:worker_threads (about 3 ms of start-up).
 */
const WORKER_ARGUMENT = '--paved-road-worker-task';
const workerThreads = () => process.getBuiltinModule('node:worker_threads');
/** The command whose worker task this thread was started for, or undefined in a normal run. */
function workerTaskCommand() {
    if (!process.argv.includes(WORKER_ARGUMENT))
        return undefined;
    const { isMainThread, parentPort, workerData } = workerThreads();
    if (isMainThread || !parentPort)
        return undefined;
    const data = workerData;
    return typeof data?.pavedRoadWorkerTask === 'string' ? data.pavedRoadWorkerTask : undefined;
}
/**
 * Claims chunks of indices from the shared counter until none are left or another thread said stop,
 * runs `run` on each index, and hands each chunk's results to `deliver` (a chunk cut short by an
 * error too, with the results before it). At the first index that throws it tells the other threads
 * to stop and returns that index and error. Every thread, this one and the workers, works through it.
 */
function claimChunks(state, count, chunk, run, deliver) {
    for (;;) {
        if (Atomics.load(state, STOP))
            return undefined;
        const start = Atomics.add(state, NEXT, chunk);
        if (start >= count)
            return undefined;
        const end = Math.min(count, start + chunk);
        const results = [];
        for (let index = start; index < end; index++) {
            try {
                results.push(run(index));
            }
            catch (error) {
                Atomics.store(state, STOP, 1);
                deliver(start, results);
                return { index, error };
            }
        }
        deliver(start, results);
    }
}
/**
 * Serves this worker thread's share (the edge calls it when `workerTaskCommand()` names a command):
 * claims chunks of indices from the shared counter until none are left, posts each chunk's results,
 * and stops at the first index that throws (posting the error and telling the other threads to stop).
 */
function serveWorkerTask(task) {
    const { parentPort: port, workerData } = workerThreads();
    const data = workerData;
    if (!port)
        throw new Error('serveWorkerTask runs only in a worker thread');
    if (!task)
        throw new Error(`no worker task for command "${data.pavedRoadWorkerTask}"`);
    const failure = claimChunks(new Int32Array(data.state), data.count, data.chunk, task(data.payload), (start, results) => port.postMessage({ kind: 'results', start, results }));
    port.postMessage((failure
        ? { kind: 'failed', index: failure.index, error: serializeError(failure.error) }
        : { kind: 'done' }));
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
        const worker = new (workerThreads().Worker)(options.script, { workerData: data, argv: [WORKER_ARGUMENT] });
        return new Promise((resolve) => {
            let done = false;
            let failure;
            worker.on('message', (message) => {
                if (message.kind === 'results')
                    put(message.start, message.results);
                else {
                    done = true;
                    if (message.kind === 'failed')
                        failures.push({ index: message.index, error: deserializeError(message.error) });
                }
            });
            worker.on('error', (error) => {
                failure ??= (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error).split('\n')[0];
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
    const failure = claimChunks(state, count, chunk, options.local, put);
    if (failure) {
        const { index, error } = failure;
        failures.push({ index, error: error instanceof Error ? error : new Error((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)) });
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


/***/ }),

/***/ 88640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The paved-road version, reported in SARIF, SBOM metadata.tools and provenance. */
const VERSION = '0.1.0';
const TOOL_NAME = 'paved-road';


/***/ })

};
