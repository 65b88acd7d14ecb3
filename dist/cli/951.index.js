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
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(3623);
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
            (0,files/* writePrivateFile */.Pl)(state.keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }));
            (0,files/* writeFileAtomic */.Zf)(state.publicKeyFile, publicKey.export({ format: 'pem', type: 'spki' }));
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
    'harden-permissions': async () => (await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(78), __webpack_require__.e(187), __webpack_require__.e(608), __webpack_require__.e(181), __webpack_require__.e(331)]).then(__webpack_require__.bind(__webpack_require__, 80331))).hardenPermissionsCommand,
    'verify-pinned-tools': async () => (await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(78), __webpack_require__.e(187), __webpack_require__.e(608), __webpack_require__.e(181), __webpack_require__.e(953)]).then(__webpack_require__.bind(__webpack_require__, 14953))).verifyPinnedToolsCommand,
    'verify-release': async () => (await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(78), __webpack_require__.e(466), __webpack_require__.e(608), __webpack_require__.e(911)]).then(__webpack_require__.bind(__webpack_require__, 82911))).verifyReleaseCommand,
    'attest-provenance': async () => (await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(164), __webpack_require__.e(78), __webpack_require__.e(466), __webpack_require__.e(163), __webpack_require__.e(608), __webpack_require__.e(911), __webpack_require__.e(984)]).then(__webpack_require__.bind(__webpack_require__, 78984))).attestProvenanceCommand,
    'generate-sbom': async () => (await Promise.all(/* import() */[__webpack_require__.e(522), __webpack_require__.e(509)]).then(__webpack_require__.bind(__webpack_require__, 25509))).generateSbomCommand,
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





let ownTemp;
/** This process's private scratch directory, made on first use. */
function privateTemp() {
    ownTemp ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'paved-road-'));
    return ownTemp;
}
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
        // Outside Actions, a directory of this run's own (mode 0700): fixed names in the shared temp dir
        // would let another user's file there break the run, or read its results.
        get tempDir() {
            return env.RUNNER_TEMP || privateTemp();
        },
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

/***/ 3623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   Pl: () => (/* binding */ writePrivateFile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   oq: () => (/* binding */ inBatches),
/* harmony export */   pR: () => (/* binding */ expandPaths),
/* harmony export */   vF: () => (/* binding */ hashRegularFile),
/* harmony export */   yI: () => (/* binding */ hashBuffers)
/* harmony export */ });
/* unused harmony exports MAX_TEXT_FILE_BYTES, openRegularFile, readFileBytes, HASH_CHUNK, decodeText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46693);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(637);






/** Largest text file any audit reads; bigger ones are reported, not parsed. */
const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;
/**
 * Opens a file for reading, or throws one ConfigurationError naming it: missing, not a regular file
 * (a directory, FIFO, socket or device), or a symlink out of the workspace or into `.git`. The open
 * never blocks (a FIFO with no writer would hang a blocking open) and never follows a link swapped in
 * after the check. The caller closes the descriptor.
 */
function openRegularFile(path, options = {}) {
    const name = options.displayName ?? path;
    const kind = options.kind ?? 'file';
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(path);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('missing-file', `${kind} ${name} does not exist or cannot be read.`, { file: name }, 'Check the path.');
    }
    if (options.workspace !== undefined)
        refuseEscape(path, real, options.workspace, name, kind);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(real, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOCTTY);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unreadable-file', `${kind} ${name} could not be opened: ${errorCode(error)}.`, { file: name }, 'Check that it is a regular, readable file, or exclude it from the paths.');
    }
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
    if (!stat.isFile()) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('not-a-file', `${name} is ${describeType(stat)}, not a regular file; a ${kind} must be one.`, { file: name }, stat.isDirectory() ? 'Name a file.' : 'Name a regular file, or exclude it from the paths.');
    }
    return fd;
}
/** True when `path` is `root` or lies under it, by the names alone (no symlink resolved). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path));
    return !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
}
function refuseEscape(path, real, workspace, name, kind) {
    if (!isInside(workspace, path))
        return;
    const lexical = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path));
    let root;
    try {
        root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(workspace);
    }
    catch {
        root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace);
    }
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, real);
    const segments = [...lexical.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep), ...inside.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)];
    if (inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(inside)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('outside-workspace', `${name} leads outside the workspace (a symlink); a ${kind} found in the repository is not read from there.`, { file: name }, 'Replace the link with the file, or name the target path explicitly.');
    }
    if (segments.includes('.git')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('outside-workspace', `${name} leads into .git; a ${kind} is never read from there.`, { file: name }, 'Replace the link with the file, or exclude it from the paths.');
    }
}
function describeType(stat) {
    if (stat.isDirectory())
        return 'a directory';
    if (stat.isFIFO())
        return 'a FIFO';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error);
}
const READ_CHUNK = 1 << 16;
/**
 * Reads a regular file's bytes (see openRegularFile), at most `maxBytes`: the bound is on the bytes
 * actually read, not on what stat says (a file can grow while it is read, procfs files say 0).
 */
function readFileBytes(path, options = {}) {
    const name = options.displayName ?? path;
    const kind = options.kind ?? 'file';
    const maxBytes = options.maxBytes ?? MAX_TEXT_FILE_BYTES;
    const fd = openRegularFile(path, options);
    const chunks = [];
    let total = 0;
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).size;
        // One buffer of the announced size (plus one byte to see growth) when it is within the bound.
        let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
        for (;;) {
            if (total > maxBytes) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('file-too-large', `${name} is more than the ${maxBytes} bytes a ${kind} may have.`, { file: name }, 'Split it or exclude it from the paths.');
            }
            let read;
            try {
                read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, buffer.length, null);
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unreadable-file', `${kind} ${name} could not be read: ${errorCode(error)}.`, { file: name }, 'Check that it is a regular, readable file, or exclude it from the paths.');
            }
            if (read === 0)
                break;
            chunks.push(buffer.subarray(0, read));
            total += read;
            buffer = read === buffer.length ? Buffer.allocUnsafe(READ_CHUNK) : buffer.subarray(read);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
/**
 * Reads a UTF-8 text file (see readFileBytes) or throws one clear ConfigurationError: missing, not a
 * regular file, outside the workspace, too large, UTF-16, binary (NUL bytes) or not valid UTF-8.
 */
function readTextFile(path, options = {}) {
    return decodeText(readFileBytes(path, options), options.displayName ?? path, options.kind ?? 'file');
}
/** Read size for hashing: large enough that the per-read overhead vanishes next to the hash itself. */
const HASH_CHUNK = 1024 * 1024;
/** Read buffers for hashRegularFile; reuse them across files (fresh memory costs a page fault per 4 KiB). */
function hashBuffers() {
    return [Buffer.allocUnsafe(HASH_CHUNK), Buffer.allocUnsafe(HASH_CHUNK)];
}
const readAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.read);
/**
 * Hashes a regular file (see openRegularFile) in fixed-size chunks: any size, flat memory. Two
 * buffers: the next read is in flight on the thread pool while the last one is hashed. `hashes`
 * are updated in place.
 */
async function hashRegularFile(path, hashes, options = {}, buffers = hashBuffers()) {
    const fd = openRegularFile(path, options);
    try {
        let turn = 0;
        let pending = readAsync(fd, buffers[0], 0, HASH_CHUNK, null);
        for (;;) {
            const { bytesRead, buffer } = await pending;
            if (bytesRead === 0)
                break;
            turn ^= 1;
            pending = readAsync(fd, buffers[turn], 0, HASH_CHUNK, null);
            const chunk = bytesRead === HASH_CHUNK ? buffer : buffer.subarray(0, bytesRead);
            for (const hash of hashes)
                hash.update(chunk);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Strict UTF-8 decoding with a file:line message for binary or malformed content. A BOM is dropped. */
function decodeText(bytes, name, kind = 'file') {
    const nul = bytes.indexOf(0);
    if (isUtf16(bytes, nul)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('utf16-file', `${name} is UTF-16, not UTF-8; a ${kind} must be UTF-8.`, { file: name }, 'Save it as UTF-8.');
    }
    if (nul !== -1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('binary-file', `${name} is binary (a NUL byte at offset ${nul}), not a ${kind}.`, { file: name, line: lineAtOffset(bytes, nul) }, 'Exclude it from the paths.');
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8Offset(bytes);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('invalid-utf8', `${name} is not valid UTF-8 (first bad byte at offset ${bad}).`, { file: name, line: lineAtOffset(bytes, bad) }, 'Save it as UTF-8.');
    }
    // Lines ended by CR alone (classic Mac OS): every parser would see one long line, and say so badly.
    if (!text.includes('\n') && /\r[^\r]/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('cr-line-endings', `${name} ends its lines with CR alone; a ${kind} needs LF or CRLF line endings.`, { file: name, line: 1 }, 'Convert its line endings to LF (e.g. tr "\\r" "\\n").');
    }
    return text;
}
/** A byte-order mark for UTF-16, or ASCII text in UTF-16 (every other byte NUL, from the first). */
function isUtf16(bytes, nul) {
    const [a, b] = [bytes[0], bytes[1]];
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff))
        return true;
    if (nul !== 0 && nul !== 1)
        return false;
    const sample = Math.min(bytes.length, 64) & ~1;
    if (sample < 4)
        return false;
    for (let i = nul; i < sample; i += 2)
        if (bytes[i] !== 0)
            return false;
    return true;
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
function writeAll(fd, data) {
    let written = 0;
    while (written < data.length)
        written += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, data, written, data.length - written);
}
/**
 * Hands `pieces` to `emit` in order, small ones gathered into batches of up to `size` bytes (pieces
 * of that size or more go as they are): many small writes or hash updates become a few large ones,
 * without joining everything into one copy.
 */
function inBatches(pieces, size, emit) {
    let batch;
    let used = 0;
    const flush = () => {
        if (used)
            emit(batch.subarray(0, used));
        used = 0;
    };
    for (const piece of pieces) {
        if (piece.length >= size) {
            flush();
            emit(piece);
            continue;
        }
        batch ??= Buffer.allocUnsafe(size);
        if (used + piece.length > size)
            flush();
        batch.set(piece, used);
        used += piece.length;
    }
    flush();
}
/** Kernel file systems: writing there changes the system, not a file (and a mkdir can hang). */
const SYSTEM_DIRECTORIES = ['/proc', '/sys', '/dev/fd'];
/** Temporary files being written, removed if a signal ends the run (see cleanOnSignal). */
const pendingTemps = new Set();
let signalsHooked = false;
/**
 * SIGTERM and SIGINT end a process at once by default, mid-write, leaving a temporary file. With a
 * listener the signal waits for the synchronous write to finish; the listener removes what is still
 * pending and re-raises the signal with the default action, so the exit status stays the signal's.
 */
function cleanOnSignal() {
    if (signalsHooked)
        return;
    signalsHooked = true;
    const onSignal = (signal) => {
        for (const temp of pendingTemps) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temp);
            }
            catch {
                // Already renamed or removed.
            }
        }
        pendingTemps.clear();
        if (process.listenerCount(signal) > 1)
            return;
        process.removeListener('SIGTERM', onSignal);
        process.removeListener('SIGINT', onSignal);
        process.kill(process.pid, signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
}
/**
 * Writes a file. A regular file (or a new one) is replaced atomically: a private temporary file
 * (unique name, O_EXCL, mode 0600) in the same directory, fsync, rename, with the target's mode
 * kept; a reader sees the old content or the new. What is not a regular file (`-` for stdout, a pipe,
 * /dev/stdout, a character device) is written in place, never replaced. Refused with one line: a
 * read-only file, a symlink (unless `workspace` allows its target), a path under /proc or /sys, a
 * directory. `content` may be a list of pieces, written in order.
 */
function writeFileAtomic(path, content, options = {}) {
    const name = options.displayName ?? path;
    try {
        writeChecked(path, name, content, options);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isConfigurationError */ .p0)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unwritable-output', `${name} could not be written: ${errorCode(error)}.`, { file: name }, 'Check that its directory exists and is writable, and that there is space.');
    }
}
function writeChecked(path, name, content, options) {
    const emit = (fd) => {
        if (typeof content === 'string')
            writeAll(fd, Buffer.from(content, 'utf8'));
        else if ('BYTES_PER_ELEMENT' in content)
            writeAll(fd, content);
        else
            inBatches(content, 1 << 20, (bytes) => writeAll(fd, bytes));
    };
    if (path === '-') {
        emit(1);
        return;
    }
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    if (SYSTEM_DIRECTORIES.some((dir) => absolute === dir || absolute.startsWith(`${dir}/`))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unwritable-output', `${name} is under a kernel file system; nothing is written there.`, { file: name }, 'Choose a path in a regular directory.');
    }
    let target = absolute;
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(absolute);
    }
    catch {
        stat = undefined;
    }
    if (stat?.isSymbolicLink()) {
        target = linkTarget(absolute, name, options.workspace);
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(target);
    }
    if (stat && !stat.isFile()) {
        if (stat.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unwritable-output', `${name} is a directory.`, { file: name }, 'Name a file.');
        }
        // A pipe, a terminal, /dev/null: write to it as it is; replacing it would break what reads it.
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(target, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOCTTY);
        try {
            emit(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        return;
    }
    if (!stat && options.createDirectory)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    const mode = stat ? stat.mode & 0o7777 : 0o644;
    if (stat && (mode & 0o222) === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('read-only-file', `${name} is read-only; it is not rewritten.`, { file: name }, 'Make it writable (chmod u+w) to let paved-road change it, or run without fixing.');
    }
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.tmp`);
    cleanOnSignal();
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, 0o600);
    pendingTemps.add(temp);
    try {
        try {
            emit(fd);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, mode);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, target);
    }
    catch (error) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temp);
        }
        catch {
            // Never created or already gone.
        }
        throw error;
    }
    finally {
        pendingTemps.delete(temp);
    }
}
/**
 * Writes a secret (a private key) to a new file of mode 0600, created with O_EXCL|O_NOFOLLOW: never
 * through a link, never into a file others could already read. A private file of this user's from
 * an earlier run is replaced; anything else at the path (a link, a file readable by others, another
 * user's file) is refused with one line.
 */
function writePrivateFile(path, content, displayName = path) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
    }
    catch {
        stat = undefined;
    }
    if (stat) {
        const ours = stat.isFile() && (stat.mode & 0o077) === 0 && stat.uid === process.getuid?.();
        if (!ours) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unsafe-key-file', `${displayName} already exists and is ${stat.isSymbolicLink() ? 'a symlink' : stat.isFile() ? 'readable by others or not yours' : 'not a regular file'}; a private key is not written there.`, { file: displayName }, 'Remove it (and never commit a key), then run again.');
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, 0o600);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('unsafe-key-file', `${displayName} could not be created: ${errorCode(error)}; a private key is not written there.`, { file: displayName }, 'Remove what is at the path, then run again.');
    }
    try {
        // The umask may have cleared bits only; make sure nothing was added.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, 0o600);
        writeAll(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Where a symlink at `path` may be written: its regular-file target inside the workspace, or refused. */
function linkTarget(path, name, workspace) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(path);
    }
    catch {
        real = undefined;
    }
    if (workspace !== undefined && real !== undefined) {
        let root;
        try {
            root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(workspace);
        }
        catch {
            root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace);
        }
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, real);
        if (!inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(inside) && !inside.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).includes('.git')) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real).isFile())
                return real;
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('symlink-output', `${name} is a symlink${workspace !== undefined ? ' to something that is not a file in the workspace' : ''}; nothing is written through it.`, { file: name }, 'Name the file itself, or replace the link with a regular file.');
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
        segments.some((segment) => EXCLUDED_DIRECTORIES.some((dir) => (0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(dir, segment, { dot: true }))));
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
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, pattern);
            let isFile = false;
            let isDir = false;
            try {
                const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absolute);
                isFile = stat.isFile();
                isDir = stat.isDirectory();
            }
            catch {
                if (options.strict !== false) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1('missing-file', `${pattern} does not exist.`, { file: pattern }, 'Check the path, or use a glob pattern.');
                }
            }
            if (isFile)
                found.add(pattern.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
            if (isDir) {
                for (const file of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.globSync)('**/*', { cwd: absolute, exclude: ALWAYS_EXCLUDED })) {
                    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(absolute, file)).isFile())
                        found.add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(pattern, file).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
                }
            }
            continue;
        }
        const excludeHere = reachesExcluded(pattern) ? exclude : negated;
        for (const match of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.globSync)(pattern, {
            cwd: options.cwd,
            ...(excludeHere.length ? { exclude: excludeHere } : {}),
        })) {
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, match);
            try {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absolute).isFile())
                    found.add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(options.cwd, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
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
    return (0,minimatch__WEBPACK_IMPORTED_MODULE_4__/* .minimatch */ .xF)(file, pattern, { dot: true });
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
