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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
// EXTERNAL MODULE: ./packages/core/src/policy.ts
var src_policy = __webpack_require__(70608);
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
/** How many findings each audit stage lists by name in the text output and the summary. */
const TOP_FINDINGS = 3;
/** The policy the user named, for the stages that read one; none named: each stage's default. */
const policyInput = (s) => s.options.policy ? { policy: s.options.policy } : {};
/** The inputs the user gave, of those the pipeline passes through (empty ones left to the stage). */
const given = (values) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
const signingInputs = (s) => ({
    signing: s.signing,
    ...given(s.options.sigstore),
    ...(s.privateKey
        ? { 'signing-key': s.privateKey }
        : s.options.signingKey
            ? { 'signing-key': s.options.signingKey }
            : {}),
});
/** The paved road, stage by stage (the build, when there is one, runs before the SBOM). */
const PIPELINE_STAGES = [
    {
        name: 'least-privilege workflows',
        command: 'harden-permissions',
        inputs: (s) => ({
            'fail-on': s.options.failOn,
            'sarif-file': (0,external_node_path_.join)(s.outputDir, 'harden-permissions.sarif'),
            ...policyInput(s),
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
            ...policyInput(s),
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
            'subject-path': s.subjects,
            'bundle-path': (0,external_node_path_.join)(s.outputDir, 'provenance.sigstore.jsonl'),
            ...signingInputs(s),
            'push-to-github': 'false',
            'show-summary': 'false',
        }),
    },
    {
        name: 'signed SBOM',
        command: 'attest-provenance',
        inputs: (s) => ({
            'subject-path': s.subjects,
            'sbom-path': s.outputs['SBOM']?.['sbom-file'] ?? (0,external_node_path_.join)(s.outputDir, 'sbom.cdx.json'),
            'bundle-path': (0,external_node_path_.join)(s.outputDir, 'sbom.sigstore.jsonl'),
            ...signingInputs(s),
            'push-to-github': 'false',
            'show-summary': 'false',
        }),
    },
    {
        name: 'admission gate',
        command: 'verify-release',
        inputs: (s) => ({
            'subject-path': s.subjects,
            'bundle-path': [(0,external_node_path_.join)(s.outputDir, 'provenance.sigstore.jsonl'), (0,external_node_path_.join)(s.outputDir, 'sbom.sigstore.jsonl')],
            'require-sbom': 'true',
            ...policyInput(s),
            ...given(s.options.trust),
            ...(s.publicKeyFile ? { 'public-key': s.publicKeyFile } : {}),
            ...s.signer,
        }),
    },
];
const BUILD_STAGE = 'build';
const DEFAULT_POLICY = '.github/paved-road.yml';
function verdictOf(run) {
    return run.exitCode === 0 ? 'passed' : run.exitCode === 1 ? 'failed' : 'error';
}
/** What a stage found or made, in a few words. */
function detailOf(run, state) {
    if (run.message)
        return run.message;
    if (run.command === BUILD_STAGE)
        return 'exit 0';
    if (run.command === 'generate-sbom')
        return `${run.outputs['component-count'] ?? '?'} components`;
    if (run.counts) {
        const { error, warning, note } = run.counts;
        return `${error} errors, ${warning} warnings, ${note} notes`;
    }
    if (run.command === 'attest-provenance')
        return `${state.subjects.length} subjects, ${state.signing} signing`;
    if (run.command === 'verify-release')
        return run.outputs.verified === 'true' ? 'verified' : 'not verified';
    return '';
}
/** A plain-text table for a terminal: columns padded with spaces, no Markdown. */
function textTable(rows) {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    const line = (row) => row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd();
    return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
function pipelineText(runs, state, rel, passed) {
    const rows = [
        ['stage', 'command', 'result', 'details'],
        ...runs.map((r) => [r.stage, r.command, verdictOf(r), detailOf(r, state).replace(/\s*\n\s*/g, ' ')]),
    ];
    const top = runs
        .filter((r) => r.top?.length)
        .map((r) => [`${r.command}:`, ...r.top.map((t) => `  ${t}`)].join('\n'));
    return [
        textTable(rows),
        ...(top.length ? ['', 'Top findings:', ...top] : []),
        '',
        `Results in ${rel(state.outputDir)}/. ${passed ? 'Every stage passed.' : 'Some stages did not pass.'}`,
    ].join('\n');
}
/** Mermaid label text: quotes and brackets would end the label. */
const mermaidText = (text) => text
    .replace(/["[\]{}()<>|#;`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** The whole chain as one mermaid flowchart: audits, build, digests, SBOM, attestations, verdict. */
function pipelineMermaid(runs, state, passed) {
    const node = (id, label, run) => {
        const status = run ? verdictOf(run) : 'not run';
        return `  ${id}["${mermaidText(label)}<br/>${status}"]:::${run ? (run.exitCode === 0 ? 'ok' : 'bad') : 'skip'}`;
    };
    const find = (command, index = 0) => runs.filter((r) => r.command === command)[index];
    const audits = [find('harden-permissions'), find('verify-pinned-tools')];
    const build = find(BUILD_STAGE);
    const provenance = find('attest-provenance', 0);
    const sbomAttestation = find('attest-provenance', 1);
    const lines = [
        '```mermaid',
        'flowchart LR',
        node('perm', `harden-permissions: ${audits[0] ? detailOf(audits[0], state) : ''}`, audits[0]),
        node('pins', `verify-pinned-tools: ${audits[1] ? detailOf(audits[1], state) : ''}`, audits[1]),
        node('build', state.options.buildCommand
            ? `build: ${state.options.buildCommand.slice(0, 40)}`
            : 'build: none, files as they are', build ?? audits[1]),
        node('digests', `digests: ${state.subjects.length} subjects sha256`, provenance),
        node('sbom', `SBOM: ${find('generate-sbom')?.outputs['component-count'] ?? '?'} components`, find('generate-sbom')),
        node('prov', `provenance attestation, ${state.signing}`, provenance),
        node('sbomatt', `SBOM attestation, ${state.signing}`, sbomAttestation),
        `  verdict{"${passed ? 'verified' : 'not verified'}"}:::${passed ? 'ok' : 'bad'}`,
        '  perm --> build',
        '  pins --> build',
        '  build --> digests',
        '  build --> sbom',
        '  digests --> prov',
        '  sbom --> sbomatt',
        '  digests --> sbomatt',
        '  prov --> verdict',
        '  sbomatt --> verdict',
        '  classDef ok fill:#dafbe1,stroke:#1a7f37',
        '  classDef bad fill:#ffebe9,stroke:#cf222e',
        '  classDef skip fill:#f6f8fa,stroke:#8c959f',
        '```',
    ];
    return lines.join('\n');
}
function pipelineSummary(runs, state, passed) {
    const escape = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const top = runs.flatMap((r) => (r.top ?? []).map((t) => `- \`${r.command}\`: ${escape(t)}`));
    return [
        '## paved-road pipeline',
        '',
        pipelineMermaid(runs, state, passed),
        '',
        '| stage | command | result | details |',
        '|---|---|---|---|',
        ...runs.map((r) => `| ${r.stage} | \`${r.command}\` | ${verdictOf(r)} | ${escape(detailOf(r, state))} |`),
        '',
        ...(top.length ? ['Top findings:', '', ...top, ''] : []),
    ].join('\n');
}
function createPipelineCommand(lookup) {
    return (0,command/* defineCommand */.N)({
        name: 'pipeline',
        description: 'Runs the whole paved road on a repository: workflow audits, pin checks, the build, an SBOM, signed provenance and SBOM attestations, and the admission gate on the result.',
        inputs: [
            {
                name: 'subject-path',
                description: "The files the release ships and the attestations are about: globs, one per line. Default: the policy's release.artifacts.",
            },
            {
                name: 'build-command',
                description: 'A shell command (bash) that builds the subjects, run first from the repository root.',
            },
            {
                name: 'output-dir',
                description: 'Where the SARIF reports, SBOM, public key and bundles are written (it gets a .gitignore of everything).',
                default: '.paved-road',
            },
            {
                name: 'signing',
                description: 'auto (keyless when an OIDC token is available, as in GitHub Actions with id-token: write; else key), keyless, or key (signing-key, or a key made for this run and kept in memory).',
                default: 'auto',
            },
            {
                name: 'signing-key',
                description: 'PEM private key (text or file path) for signing: key; empty: a fresh P-256 key held in memory.',
                secret: true,
            },
            {
                name: 'sigstore',
                description: "Keyless: the Sigstore instance (attest-provenance's input): public-good, github or custom. Default: by repository visibility.",
            },
            { name: 'fulcio-url', description: 'With sigstore: custom, the Fulcio certificate authority.' },
            { name: 'rekor-url', description: 'With sigstore: custom, the Rekor transparency log.' },
            { name: 'tsa-url', description: 'With sigstore: custom, the RFC 3161 timestamp authority.' },
            {
                name: 'trusted-root',
                description: "Keyless: the trusted_root.json the admission gate verifies against (verify-release's input). Default: Sigstore public-good's.",
            },
            {
                name: 'certificate-oidc-issuer',
                description: "Keyless: the OIDC issuer the certificate must name (verify-release's input). Default: GitHub Actions'.",
            },
            {
                name: 'fail-on',
                description: 'The least severity of audit finding that fails the pipeline: error, warning, note or never.',
                default: 'error',
            },
            { name: 'online', description: 'Check pins against GitHub (needs a token in GITHUB_TOKEN).', default: 'false' },
            {
                name: 'policy',
                description: 'The paved-road policy file (release.artifacts, exceptions). Default: .github/paved-road.yml when it exists.',
            },
            {
                name: 'show-summary',
                description: 'Write the chain diagram and the stage table to the job summary.',
                default: 'true',
            },
        ],
        outputs: [{ name: 'verified', description: 'true when every stage passed.' }],
        parse: (inputs) => ({
            outputDir: inputs.get('output-dir'),
            subjectPaths: inputs.getList('subject-path'),
            buildCommand: inputs.get('build-command'),
            signing: (0,src_inputs/* parseChoice */.HU)('signing', inputs.get('signing'), ['auto', 'key', 'keyless']),
            signingKey: inputs.get('signing-key'),
            sigstore: {
                sigstore: inputs.get('sigstore'),
                'fulcio-url': inputs.get('fulcio-url'),
                'rekor-url': inputs.get('rekor-url'),
                'tsa-url': inputs.get('tsa-url'),
            },
            trust: {
                'trusted-root': inputs.get('trusted-root'),
                'certificate-oidc-issuer': inputs.get('certificate-oidc-issuer'),
            },
            failOn: (0,src_inputs/* parseChoice */.HU)('fail-on', inputs.get('fail-on'), ['error', 'warning', 'note', 'never']),
            online: (0,src_inputs/* parseBoolean */.yG)('online', inputs.get('online')),
            policy: inputs.get('policy'),
            showSummary: (0,src_inputs/* parseBoolean */.yG)('show-summary', inputs.get('show-summary')),
        }),
        run: async (options, context) => runPipeline(options, context, lookup),
    });
}
/** The subject globs: given, or the policy's release.artifacts; none is bad input. */
function subjectPatterns(options, context) {
    if (options.subjectPaths.length)
        return options.subjectPaths;
    const policy = (0,src_policy/* loadPolicy */.tb)(options.policy || DEFAULT_POLICY, {
        workspace: context.workspace,
        required: Boolean(options.policy),
    });
    const fromPolicy = (0,src_policy/* policyStringList */.ql)(policy, 'release', 'artifacts');
    if (fromPolicy?.length)
        return fromPolicy;
    throw new errors/* ConfigurationError */.j1('missing-subjects', 'pipeline: nothing to attest: no --subject-path and no release.artifacts in the policy.', { file: options.policy || DEFAULT_POLICY }, 'Pass --subject-path "<glob>" (e.g. "dist/*.tgz"), or add `release: {artifacts: ["<glob>"]}` to the policy file.');
}
/** verify-release's policy keys that name the signer; the pipeline leaves them to a policy that sets one. */
const SIGNER_KEYS = ['certificate-identity', 'certificate-identity-regex'];
/**
 * Keyless: the gate must find this job's identity in the certificate, or a valid signature by anyone
 * would pass. The job's OIDC token names it (job_workflow_ref: the reusable workflow when called
 * from one, which the runner's variables do not say), and the commit. A policy file that names the
 * signer (its verify-release: section) decides instead.
 */
async function expectedSigner(options, context) {
    const policy = (0,src_policy/* loadPolicy */.tb)(options.policy || DEFAULT_POLICY, {
        workspace: context.workspace,
        required: Boolean(options.policy),
    });
    const section = policy?.section('verify-release') ?? {};
    if (SIGNER_KEYS.some((key) => key in section))
        return {};
    const { requestIdToken, verifyIdToken } = await Promise.all(/* import() */[__webpack_require__.e(264), __webpack_require__.e(851), __webpack_require__.e(471), __webpack_require__.e(320), __webpack_require__.e(163), __webpack_require__.e(256), __webpack_require__.e(222)]).then(__webpack_require__.bind(__webpack_require__, 58222));
    const claims = await verifyIdToken(await requestIdToken(context.env), {
        requestUrl: context.env.ACTIONS_ID_TOKEN_REQUEST_URL,
        serverUrl: context.serverUrl,
        now: new Date(),
    });
    return {
        'certificate-identity': `${context.serverUrl}/${claims.job_workflow_ref}`,
        ...('source-digest' in section ? {} : { 'source-digest': claims.sha }),
    };
}
/** The output dir, made if missing; never a link (the reports would land wherever it points). */
function prepareOutputDir(outputDir) {
    let isLink = false;
    try {
        isLink = (0,external_node_fs_.lstatSync)(outputDir).isSymbolicLink();
    }
    catch {
        // Missing: made below.
    }
    if (isLink)
        throw new errors/* ConfigurationError */.j1('unsafe-output-dir', `pipeline: output-dir ${outputDir} is a symbolic link; the results would be written wherever it points.`, { file: outputDir }, 'Give a real directory as --output-dir.');
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    // Nothing in the output dir belongs in the repository (reports, bundles of a local run).
    (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(outputDir, '.gitignore'), '*\n');
}
function runBuild(command, context) {
    context.log(`paved-road pipeline: build (${command})`);
    // The build's own output goes to stderr: stdout carries the pipeline's report (--format json).
    const result = (0,external_node_child_process_.spawnSync)('bash', ['-euo', 'pipefail', '-c', command], {
        cwd: context.workspace,
        stdio: ['ignore', process.stderr, process.stderr],
        env: { ...process.env, ...context.env },
    });
    const exitCode = result.status === 0 ? 0 : 1;
    return {
        stage: 'build',
        command: BUILD_STAGE,
        exitCode,
        outputs: {},
        ...(exitCode
            ? {
                message: result.error
                    ? `cannot run bash: ${result.error.message}`
                    : `the build command exited with ${result.status ?? result.signal}`,
            }
            : {}),
    };
}
function findingCounts(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
function topFindings(findings) {
    return [...findings]
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
        .slice(0, TOP_FINDINGS)
        .map((f) => `${f.file}:${f.line} ${f.severity} [${f.rule}] ${f.message}`);
}
async function runPipeline(options, context, lookup) {
    const outputDir = (0,external_node_path_.isAbsolute)(options.outputDir) ? options.outputDir : (0,external_node_path_.resolve)(context.workspace, options.outputDir);
    const patterns = subjectPatterns(options, context);
    prepareOutputDir(outputDir);
    const oidcAvailable = Boolean(context.env.ACTIONS_ID_TOKEN_REQUEST_URL && context.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const signing = options.signing === 'auto' ? (oidcAvailable ? 'keyless' : 'key') : options.signing;
    const state = { options, outputDir, subjects: [], signing, outputs: {} };
    if (signing === 'key' && !options.signingKey) {
        // A key for this run only, held in memory: the bundles prove integrity between the stages, and
        // only the public key is written, so anyone can check them again.
        const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
        state.privateKey = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
        state.publicKeyFile = (0,external_node_path_.join)(outputDir, 'signing-key.pub.pem');
        (0,files/* writeFileAtomic */.Zf)(state.publicKeyFile, publicKey.export({ format: 'pem', type: 'spki' }).toString());
    }
    const runs = [];
    let stopped = false;
    for (const stage of PIPELINE_STAGES) {
        if (stage.command === 'generate-sbom' && options.buildCommand) {
            const build = runBuild(options.buildCommand, context);
            runs.push(build);
            if (build.exitCode !== 0) {
                stopped = true;
                break;
            }
        }
        if (stage.command === 'attest-provenance' && !state.subjects.length) {
            try {
                state.subjects = (0,files/* expandPaths */.pR)(patterns, { cwd: context.workspace });
            }
            catch (error) {
                if (!(error instanceof errors/* ConfigurationError */.j1))
                    throw error;
                runs.push({ stage: 'digests', command: 'subject-path', exitCode: 2, outputs: {}, message: error.describe() });
                stopped = true;
                break;
            }
            if (!state.subjects.length) {
                runs.push({
                    stage: 'digests',
                    command: 'subject-path',
                    exitCode: 2,
                    outputs: {},
                    message: `no file matches ${patterns.join(', ')}; check the globs against what the build writes`,
                });
                stopped = true;
                break;
            }
        }
        const command = await lookup(stage.command);
        if (!command)
            throw new errors/* ConfigurationError */.j1('missing-command', `The pipeline needs the ${stage.command} command, which this build lacks.`);
        context.log(`paved-road pipeline: ${stage.name} (${stage.command})`);
        try {
            if (stage.command === 'verify-release' && signing === 'keyless')
                state.signer = await expectedSigner(options, context);
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
                ...(result.findings ? { counts: findingCounts(result.findings), top: topFindings(result.findings) } : {}),
            });
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            runs.push({ stage: stage.name, command: stage.command, exitCode: 2, outputs: {}, message: error.describe() });
            stopped = true;
            break; // A later stage would only fail for want of this one's output.
        }
    }
    const expected = PIPELINE_STAGES.length + (options.buildCommand ? 1 : 0);
    const passed = !stopped && runs.length === expected && runs.every((r) => r.exitCode === 0);
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
        json: {
            verified: passed,
            outputDir: rel(outputDir),
            signing,
            subjects: state.subjects,
            stages: runs.map(({ top: _top, ...run }) => run),
        },
        text: pipelineText(runs, state, rel, passed),
        summary: options.showSummary ? pipelineSummary(runs, state, passed) : undefined,
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands.ts

/**
 * Every action's command, by name, loaded on first use: `paved-road <name>` loads and compiles only
 * that command's code (each import is its own chunk in the bundle), so start-up does not grow with
 * the suite. One entry per command; the order is the order of `--help`.
 */
const loaders = {
    'harden-permissions': async () => (await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(934), __webpack_require__.e(495), __webpack_require__.e(288), __webpack_require__.e(476)]).then(__webpack_require__.bind(__webpack_require__, 8476))).hardenPermissionsCommand,
    'verify-pinned-tools': async () => (await Promise.all(/* import() */[__webpack_require__.e(264), __webpack_require__.e(118), __webpack_require__.e(934), __webpack_require__.e(495), __webpack_require__.e(288), __webpack_require__.e(763)]).then(__webpack_require__.bind(__webpack_require__, 56763))).verifyPinnedToolsCommand,
    'verify-release': async () => (await Promise.all(/* import() */[__webpack_require__.e(471), __webpack_require__.e(256)]).then(__webpack_require__.bind(__webpack_require__, 86256))).verifyReleaseCommand,
    'attest-provenance': async () => (await Promise.all(/* import() */[__webpack_require__.e(264), __webpack_require__.e(851), __webpack_require__.e(471), __webpack_require__.e(320), __webpack_require__.e(163), __webpack_require__.e(256), __webpack_require__.e(222)]).then(__webpack_require__.bind(__webpack_require__, 58222))).attestProvenanceCommand,
    'generate-sbom': async () => (await Promise.all(/* import() */[__webpack_require__.e(997), __webpack_require__.e(407), __webpack_require__.e(496)]).then(__webpack_require__.bind(__webpack_require__, 18496))).generateSbomCommand,
    'find-affected': async () => (await Promise.all(/* import() */[__webpack_require__.e(264), __webpack_require__.e(851), __webpack_require__.e(118), __webpack_require__.e(997), __webpack_require__.e(320), __webpack_require__.e(495), __webpack_require__.e(89)]).then(__webpack_require__.bind(__webpack_require__, 88089))).findAffectedCommand,
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
        // Run from a workflow's `run:` step, the command's summary goes where an action's would.
        if (result.summary && process.env.GITHUB_ACTIONS === 'true' && process.env.GITHUB_STEP_SUMMARY) {
            const core = await __webpack_require__.e(/* import() */ 70).then(__webpack_require__.bind(__webpack_require__, 13070));
            await core.summary.addRaw(result.summary, true).write();
        }
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

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ formatErrorLine),
/* harmony export */   ck: () => (/* binding */ yamlReason),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError),
/* harmony export */   rw: () => (/* binding */ jsonReason)
/* harmony export */ });
/* unused harmony export formatLocation */
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
/**
 * The reason a YAML parser gives, as one line without the parser's position suffix. A parser that
 * ran out of stack on pathological nesting ("Maximum call stack size exceeded") says so plainly.
 */
function yamlReason(message) {
    if (/call stack/i.test(message))
        return 'the document is nested too deeply';
    return (message.split('\n')[0] ?? message).replace(/\s+at line \d+, column \d+:?$/, '');
}
/**
 * Why JSON.parse failed, in one line that never quotes the text: V8's messages include up to ten
 * characters of it (`Unexpected token 'A', "AUTHORIZAT"... is not valid JSON`), and a file that is
 * not JSON at all may be a secret. Positions are kept.
 */
function jsonReason(error) {
    const message = errorMessage(error).split('\n')[0] ?? '';
    if (!/["']|Unexpected token/.test(message))
        return message;
    const at = / at position \d+(?: \(line \d+ column \d+\))?/.exec(message);
    return `unexpected character${at ? at[0] : ''}`;
}


/***/ }),

/***/ 3623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   MY: () => (/* binding */ readFileBytes),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   oq: () => (/* binding */ inBatches),
/* harmony export */   pR: () => (/* binding */ expandPaths),
/* harmony export */   vF: () => (/* binding */ hashRegularFile),
/* harmony export */   yI: () => (/* binding */ hashBuffers)
/* harmony export */ });
/* unused harmony exports MAX_TEXT_FILE_BYTES, HASH_CHUNK */
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
/**
 * Names of this process's own output streams, written through the descriptor: opening them by name
 * fails when the stream is a socket (ENXIO), as child processes' pipes often are.
 */
const STANDARD_STREAMS = new Map([
    ['-', 1],
    ['/dev/stdout', 1],
    ['/dev/stderr', 2],
    ['/dev/fd/1', 1],
    ['/dev/fd/2', 2],
    ['/proc/self/fd/1', 1],
    ['/proc/self/fd/2', 2],
]);
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
    const stream = STANDARD_STREAMS.get(path);
    if (stream !== undefined) {
        emit(stream);
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
        let followed;
        try {
            followed = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absolute);
        }
        catch {
            followed = undefined;
        }
        // /dev/stdout and its kind: a link to a pipe or a terminal, written in place below.
        if (followed && !followed.isFile() && !followed.isDirectory())
            stat = followed;
        else {
            target = linkTarget(absolute, name, options.workspace);
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(target);
        }
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
    if (stat && options.keepBom && typeof content === 'string' && !content.startsWith('\uFEFF') && startsWithBom(target))
        content = `\uFEFF${content}`;
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
function startsWithBom(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
    try {
        const head = Buffer.alloc(3);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
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
/** Never searched: a dependency's files are not the repository's, and .git holds its credentials. */
const EXCLUDED_DIRECTORIES = new Set(['node_modules', '.git']);
const GLOB_MAGIC = /[*?[\]{}]/;
/**
 * The files under `cwd` that match `pattern`, relative, forward slashes. Dot-directories and
 * dot-files match like any other name (`.github/actions/*\/action.yml`, `.devcontainer/Dockerfile`,
 * `.github/workflows/.release.yml` are audited; node's glob skips them); node_modules and .git are
 * never entered, nor are links to directories (a loop, or a way out of the workspace). The walk starts
 * at the pattern's literal prefix, goes no deeper than the pattern can match, and skips directories
 * no match can lie under.
 */
function globFiles(cwd, pattern) {
    const segments = pattern.split('/').filter((segment, i) => segment !== '.' || i > 0);
    const firstMagic = segments.findIndex((segment) => GLOB_MAGIC.test(segment));
    const base = segments.slice(0, firstMagic).join('/');
    const rest = segments.slice(firstMagic);
    const maxDepth = rest.includes('**') ? Infinity : rest.length;
    const matcher = new minimatch__WEBPACK_IMPORTED_MODULE_4__/* .Minimatch */ .VR(segments.join('/'), { dot: true });
    const found = [];
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, dir), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const path = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (EXCLUDED_DIRECTORIES.has(entry.name) || depth + 1 >= maxDepth)
                    continue;
                if (matcher.match(path, true))
                    walk(path, depth + 1);
            }
            else if (matcher.match(path)) {
                found.push(path);
            }
        }
    };
    if (base.split('/').some((segment) => EXCLUDED_DIRECTORIES.has(segment)))
        return [];
    walk(base, 0);
    return found;
}
/**
 * Expands glob patterns (`!pattern` excludes) to existing files, relative to `cwd`, sorted, with
 * forward slashes. A literal path that does not exist is a ConfigurationError. node_modules and .git
 * are never searched; dot-directories are.
 */
function expandPaths(patterns, options) {
    const list = patterns.length ? patterns : (options.defaults ?? []);
    const include = list.filter((p) => !p.startsWith('!'));
    const found = new Set();
    for (const pattern of include) {
        const isGlob = GLOB_MAGIC.test(pattern);
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
            // A named non-regular file (a FIFO, a device) is kept: reading it gives the one-line refusal.
            if (isFile || (!isDir && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(absolute)))
                found.add(pattern.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
            if (isDir) {
                for (const file of globFiles(absolute, '**/*')) {
                    if (isDirectoryOrDangling((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(absolute, file)))
                        continue;
                    const path = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(pattern.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'), file);
                    if (options.inDirectory?.(path) ?? true)
                        found.add(path);
                }
            }
            continue;
        }
        for (const match of globFiles(options.cwd, pattern.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'))) {
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, match);
            if (!isDirectoryOrDangling(absolute))
                found.add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(options.cwd, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
        }
    }
    const excluded = list.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    return [...found].filter((file) => !excluded.some((pattern) => globMatches(pattern, file))).sort();
}
/**
 * A link to a directory, or a dangling link: nothing to audit. Regular files are kept, and so is what
 * is neither (a FIFO, a device), to be refused with its name when read.
 */
function isDirectoryOrDangling(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).isDirectory();
    }
    catch {
        return true;
    }
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
/* harmony export */   YX: () => (/* binding */ parsePersona),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export parseInteger */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77693);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6471);



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
/** `persona`: which findings an audit shows (see PERSONAS). */
function parsePersona(raw, fallback = 'regular') {
    return parseChoice('persona', raw, _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .PERSONAS */ .Ud, fallback);
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

/***/ 70608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ policyBoolean),
/* harmony export */   FW: () => (/* binding */ applyExceptions),
/* harmony export */   OR: () => (/* binding */ checkSectionKeys),
/* harmony export */   Yk: () => (/* binding */ policyString),
/* harmony export */   mY: () => (/* binding */ DEFAULT_POLICY_FILE),
/* harmony export */   ql: () => (/* binding */ policyStringList),
/* harmony export */   sd: () => (/* binding */ policyChoice),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_BYTES, MAX_POLICY_ALIASES, policySchema, parsePolicy, exceptionMatches, isExpired */
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
    try {
        return parsePolicyText(text, file);
    }
    catch (error) {
        // Past the parser, deep nesting can still exhaust the stack (conversion, schema validation).
        if (!(error instanceof RangeError))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('invalid-yaml', 'Policy file is nested too deeply to be read.', { file }, 'A policy needs a few levels of nesting: write it flat.');
    }
}
function parsePolicyText(text, file) {
    if (Buffer.byteLength(text, 'utf8') > MAX_POLICY_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('file-too-large', `Policy file ${file} is larger than ${MAX_POLICY_BYTES} bytes.`, { file }, 'Keep the policy short: one entry per exception.');
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_4__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .yamlReason */ .ck)(yamlError.message);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('invalid-policy', `${command}.${key} ${message}`, { file: policy.file, ...policy.positionOf([command, key]) }, fix);
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
/** A setting that is one of a fixed set of words (an input parsed with parseChoice), checked against the same list. */
function policyChoice(policy, command, key, choices) {
    const value = policyString(policy, command, key);
    if (value === undefined)
        return undefined;
    if (choices.includes(value))
        return value;
    throw policyError(policy, command, key, `must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`, `Use one of: ${choices.join(', ')}.`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('invalid-policy', `${command} has no setting "${key}"`, { file: policy.file, ...policy.positionOf([command, key], { key: true }) }, `Use one of: ${[...allowed].sort().join(', ')}.`);
    }
}


/***/ }),

/***/ 6471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KW: () => (/* binding */ securitySeverity),
/* harmony export */   S7: () => (/* binding */ ruleHelpUri),
/* harmony export */   UD: () => (/* binding */ RuleRegistry),
/* harmony export */   Ud: () => (/* binding */ PERSONAS),
/* harmony export */   pT: () => (/* binding */ personaShows),
/* harmony export */   w5: () => (/* binding */ PROJECT_URL)
/* harmony export */ });
/** Who is reading, least to most findings: regular (actionable), pedantic (plus code smells), auditor (everything). */
const PERSONAS = ['regular', 'pedantic', 'auditor'];
/** True when a rule's findings are shown to this persona. */
function personaShows(rule, persona) {
    return PERSONAS.indexOf(rule?.persona ?? 'regular') <= PERSONAS.indexOf(persona);
}
/** Default `security-severity` per SARIF level: an error is high, a warning medium, a note low. */
const SECURITY_SEVERITY = { error: 7.5, warning: 5.0, note: 2.0 };
/** The `security-severity` code scanning ranks a rule's alerts by, as the one-decimal string it expects. */
function securitySeverity(rule) {
    return (rule.securitySeverity ?? SECURITY_SEVERITY[rule.severity]).toFixed(1);
}
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
        const level = rule.securitySeverity;
        if (level !== undefined && !(level >= 0.1 && level <= 10)) {
            throw new Error(`rule "${rule.id}": securitySeverity ${level} is outside 0.1-10`);
        }
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
