import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { lstatSync, mkdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  ConfigurationError,
  defineCommand,
  expandPaths,
  loadPolicy,
  parseBoolean,
  parseChoice,
  policyStringList,
  writeFileAtomic,
  type Command,
  type Finding,
  type CommandResult,
  type InputSource,
  type RunContext,
} from '@paved-road/core';
import { declaredInputs } from './inputs.js';

/** Inputs given by the pipeline to one of its stages; anything not given takes the stage's default. */
export function stageInputs(command: Command<unknown>, values: Record<string, string | string[]>): InputSource {
  const declared = new Set(command.inputs.map((d) => d.name));
  for (const name of Object.keys(values)) {
    if (!declared.has(name)) throw new Error(`pipeline gives ${command.name} an input "${name}" it does not declare`);
  }
  return declaredInputs(command.inputs, (name) => {
    const value = values[name];
    return value === undefined ? undefined : Array.isArray(value) ? value : [value];
  });
}

interface PipelineOptions {
  outputDir: string;
  subjectPaths: string[];
  buildCommand: string;
  signing: 'auto' | 'key' | 'keyless';
  signingKey: string;
  /** Passed as they are to the signing stages (attest-provenance's inputs of the same names). */
  sigstore: Record<'sigstore' | 'fulcio-url' | 'rekor-url' | 'tsa-url', string>;
  /** Passed as they are to the admission gate (verify-release's inputs of the same names). */
  trust: Record<'trusted-root' | 'certificate-oidc-issuer', string>;
  failOn: string;
  online: boolean;
  policy: string;
  showSummary: boolean;
}

interface StageRun {
  stage: string;
  command: string;
  exitCode: number;
  outputs: Record<string, string>;
  message?: string;
  /** Audits: how many findings of each severity, and the first few. */
  counts?: { error: number; warning: number; note: number };
  top?: string[];
}

export interface PipelineStage {
  name: string;
  command: string;
  inputs(state: PipelineState): Record<string, string | string[]>;
}

interface PipelineState {
  options: PipelineOptions;
  outputDir: string;
  subjects: string[];
  signing: 'key' | 'keyless';
  /** The PEM of a key made for this run: handed to the signing stages in memory, never written. */
  privateKey?: string;
  publicKeyFile?: string;
  /** Keyless: what the gate requires of the certificate, this job's identity (unless the policy says). */
  signer?: Record<string, string>;
  outputs: Record<string, Record<string, string>>;
}

/** How many findings each audit stage lists by name in the text output and the summary. */
const TOP_FINDINGS = 3;

/** The policy the user named, for the stages that read one; none named: each stage's default. */
const policyInput = (s: PipelineState): Record<string, string> =>
  s.options.policy ? { policy: s.options.policy } : {};

/** The inputs the user gave, of those the pipeline passes through (empty ones left to the stage). */
const given = (values: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));

const signingInputs = (s: PipelineState): Record<string, string> => ({
  signing: s.signing,
  ...given(s.options.sigstore),
  ...(s.privateKey
    ? { 'signing-key': s.privateKey }
    : s.options.signingKey
      ? { 'signing-key': s.options.signingKey }
      : {}),
});

/** The paved road, stage by stage (the build, when there is one, runs before the SBOM). */
export const PIPELINE_STAGES: PipelineStage[] = [
  {
    name: 'least-privilege workflows',
    command: 'harden-permissions',
    inputs: (s) => ({
      'fail-on': s.options.failOn,
      'sarif-file': join(s.outputDir, 'harden-permissions.sarif'),
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
      'sarif-file': join(s.outputDir, 'verify-pinned-tools.sarif'),
      ...policyInput(s),
      'show-summary': 'false',
    }),
  },
  {
    name: 'SBOM',
    command: 'generate-sbom',
    inputs: (s) => ({ 'output-file': join(s.outputDir, 'sbom.cdx.json') }),
  },
  {
    name: 'signed provenance',
    command: 'attest-provenance',
    inputs: (s) => ({
      'subject-path': s.subjects,
      'bundle-path': join(s.outputDir, 'provenance.sigstore.jsonl'),
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
      'sbom-path': s.outputs['SBOM']?.['sbom-file'] ?? join(s.outputDir, 'sbom.cdx.json'),
      'bundle-path': join(s.outputDir, 'sbom.sigstore.jsonl'),
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
      'bundle-path': [join(s.outputDir, 'provenance.sigstore.jsonl'), join(s.outputDir, 'sbom.sigstore.jsonl')],
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

function verdictOf(run: StageRun): string {
  return run.exitCode === 0 ? 'passed' : run.exitCode === 1 ? 'failed' : 'error';
}

/** What a stage found or made, in a few words. */
function detailOf(run: StageRun, state: PipelineState): string {
  if (run.message) return run.message;
  if (run.command === BUILD_STAGE) return 'exit 0';
  if (run.command === 'generate-sbom') return `${run.outputs['component-count'] ?? '?'} components`;
  if (run.counts) {
    const { error, warning, note } = run.counts;
    return `${error} errors, ${warning} warnings, ${note} notes`;
  }
  if (run.command === 'attest-provenance') return `${state.subjects.length} subjects, ${state.signing} signing`;
  if (run.command === 'verify-release') return run.outputs.verified === 'true' ? 'verified' : 'not verified';
  return '';
}

/** A plain-text table for a terminal: columns padded with spaces, no Markdown. */
function textTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function pipelineText(runs: StageRun[], state: PipelineState, rel: (p: string) => string, passed: boolean): string {
  const rows = [
    ['stage', 'command', 'result', 'details'],
    ...runs.map((r) => [r.stage, r.command, verdictOf(r), detailOf(r, state).replace(/\s*\n\s*/g, ' ')]),
  ];
  const top = runs
    .filter((r) => r.top?.length)
    .map((r) => [`${r.command}:`, ...r.top!.map((t) => `  ${t}`)].join('\n'));
  return [
    textTable(rows),
    ...(top.length ? ['', 'Top findings:', ...top] : []),
    '',
    `Results in ${rel(state.outputDir)}/. ${passed ? 'Every stage passed.' : 'Some stages did not pass.'}`,
  ].join('\n');
}

/** Mermaid label text: quotes and brackets would end the label. */
const mermaidText = (text: string): string =>
  text
    .replace(/["[\]{}()<>|#;`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The whole chain as one mermaid flowchart: audits, build, digests, SBOM, attestations, verdict. */
function pipelineMermaid(runs: StageRun[], state: PipelineState, passed: boolean): string {
  const node = (id: string, label: string, run: StageRun | undefined): string => {
    const status = run ? verdictOf(run) : 'not run';
    return `  ${id}["${mermaidText(label)}<br/>${status}"]:::${run ? (run.exitCode === 0 ? 'ok' : 'bad') : 'skip'}`;
  };
  const find = (command: string, index = 0): StageRun | undefined => runs.filter((r) => r.command === command)[index];
  const audits = [find('harden-permissions'), find('verify-pinned-tools')];
  const build = find(BUILD_STAGE);
  const provenance = find('attest-provenance', 0);
  const sbomAttestation = find('attest-provenance', 1);
  const lines = [
    '```mermaid',
    'flowchart LR',
    node('perm', `harden-permissions: ${audits[0] ? detailOf(audits[0], state) : ''}`, audits[0]),
    node('pins', `verify-pinned-tools: ${audits[1] ? detailOf(audits[1], state) : ''}`, audits[1]),
    node(
      'build',
      state.options.buildCommand
        ? `build: ${state.options.buildCommand.slice(0, 40)}`
        : 'build: none, files as they are',
      build ?? audits[1],
    ),
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

function pipelineSummary(runs: StageRun[], state: PipelineState, passed: boolean): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
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

export function createPipelineCommand(
  lookup: (name: string) => Promise<Command<unknown> | undefined>,
): Command<PipelineOptions> {
  return defineCommand<PipelineOptions>({
    name: 'pipeline',
    description:
      'Runs the whole paved road on a repository: workflow audits, pin checks, the build, an SBOM, signed provenance and SBOM attestations, and the admission gate on the result.',
    inputs: [
      {
        name: 'subject-path',
        description:
          "The files the release ships and the attestations are about: globs, one per line. Default: the policy's release.artifacts.",
      },
      {
        name: 'build-command',
        description: 'A shell command (bash) that builds the subjects, run first from the repository root.',
      },
      {
        name: 'output-dir',
        description:
          'Where the SARIF reports, SBOM, public key and bundles are written (it gets a .gitignore of everything).',
        default: '.paved-road',
      },
      {
        name: 'signing',
        description:
          'auto (keyless when an OIDC token is available, as in GitHub Actions with id-token: write; else key), keyless, or key (signing-key, or a key made for this run and kept in memory).',
        default: 'auto',
      },
      {
        name: 'signing-key',
        description: 'PEM private key (text or file path) for signing: key; empty: a fresh P-256 key held in memory.',
        secret: true,
      },
      {
        name: 'sigstore',
        description:
          "Keyless: the Sigstore instance (attest-provenance's input): public-good, github or custom. Default: by repository visibility.",
      },
      { name: 'fulcio-url', description: 'With sigstore: custom, the Fulcio certificate authority.' },
      { name: 'rekor-url', description: 'With sigstore: custom, the Rekor transparency log.' },
      { name: 'tsa-url', description: 'With sigstore: custom, the RFC 3161 timestamp authority.' },
      {
        name: 'trusted-root',
        description:
          "Keyless: the trusted_root.json the admission gate verifies against (verify-release's input). Default: Sigstore public-good's.",
      },
      {
        name: 'certificate-oidc-issuer',
        description:
          "Keyless: the OIDC issuer the certificate must name (verify-release's input). Default: GitHub Actions'.",
      },
      {
        name: 'fail-on',
        description: 'The least severity of audit finding that fails the pipeline: error, warning, note or never.',
        default: 'error',
      },
      { name: 'online', description: 'Check pins against GitHub (needs a token in GITHUB_TOKEN).', default: 'false' },
      {
        name: 'policy',
        description:
          'The paved-road policy file (release.artifacts, exceptions). Default: .github/paved-road.yml when it exists.',
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
      signing: parseChoice('signing', inputs.get('signing'), ['auto', 'key', 'keyless'] as const),
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
      failOn: parseChoice('fail-on', inputs.get('fail-on'), ['error', 'warning', 'note', 'never'] as const),
      online: parseBoolean('online', inputs.get('online')),
      policy: inputs.get('policy'),
      showSummary: parseBoolean('show-summary', inputs.get('show-summary')),
    }),
    run: async (options, context) => runPipeline(options, context, lookup),
  });
}

/** The subject globs: given, or the policy's release.artifacts; none is bad input. */
function subjectPatterns(options: PipelineOptions, context: RunContext): string[] {
  if (options.subjectPaths.length) return options.subjectPaths;
  const policy = loadPolicy(options.policy || DEFAULT_POLICY, {
    workspace: context.workspace,
    required: Boolean(options.policy),
  });
  const fromPolicy = policyStringList(policy, 'release', 'artifacts');
  if (fromPolicy?.length) return fromPolicy;
  throw new ConfigurationError(
    'missing-subjects',
    'pipeline: nothing to attest: no --subject-path and no release.artifacts in the policy.',
    { file: options.policy || DEFAULT_POLICY },
    'Pass --subject-path "<glob>" (e.g. "dist/*.tgz"), or add `release: {artifacts: ["<glob>"]}` to the policy file.',
  );
}

/** verify-release's policy keys that name the signer; the pipeline leaves them to a policy that sets one. */
const SIGNER_KEYS = ['certificate-identity', 'certificate-identity-regex'];

/**
 * Keyless: the gate must find this job's identity in the certificate, or a valid signature by anyone
 * would pass. The job's OIDC token names it (job_workflow_ref: the reusable workflow when called
 * from one, which the runner's variables do not say), and the commit. A policy file that names the
 * signer (its verify-release: section) decides instead.
 */
async function expectedSigner(options: PipelineOptions, context: RunContext): Promise<Record<string, string>> {
  const policy = loadPolicy(options.policy || DEFAULT_POLICY, {
    workspace: context.workspace,
    required: Boolean(options.policy),
  });
  const section = policy?.section('verify-release') ?? {};
  if (SIGNER_KEYS.some((key) => key in section)) return {};
  const { requestIdToken, verifyIdToken } = await import('@paved-road/attestation');
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
function prepareOutputDir(outputDir: string): void {
  let isLink = false;
  try {
    isLink = lstatSync(outputDir).isSymbolicLink();
  } catch {
    // Missing: made below.
  }
  if (isLink)
    throw new ConfigurationError(
      'unsafe-output-dir',
      `pipeline: output-dir ${outputDir} is a symbolic link; the results would be written wherever it points.`,
      { file: outputDir },
      'Give a real directory as --output-dir.',
    );
  mkdirSync(outputDir, { recursive: true });
  // Nothing in the output dir belongs in the repository (reports, bundles of a local run).
  writeFileAtomic(join(outputDir, '.gitignore'), '*\n');
}

function runBuild(command: string, context: RunContext): StageRun {
  context.log(`paved-road pipeline: build (${command})`);
  // The build's own output goes to stderr: stdout carries the pipeline's report (--format json).
  const result = spawnSync('bash', ['-euo', 'pipefail', '-c', command], {
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

function findingCounts(findings: readonly Finding[]): StageRun['counts'] {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 } as const;

function topFindings(findings: readonly Finding[]): string[] {
  return [...findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .slice(0, TOP_FINDINGS)
    .map((f) => `${f.file}:${f.line} ${f.severity} [${f.rule}] ${f.message}`);
}

async function runPipeline(
  options: PipelineOptions,
  context: RunContext,
  lookup: (name: string) => Promise<Command<unknown> | undefined>,
): Promise<CommandResult> {
  const outputDir = isAbsolute(options.outputDir) ? options.outputDir : resolve(context.workspace, options.outputDir);
  const patterns = subjectPatterns(options, context);
  prepareOutputDir(outputDir);
  const oidcAvailable = Boolean(context.env.ACTIONS_ID_TOKEN_REQUEST_URL && context.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const signing = options.signing === 'auto' ? (oidcAvailable ? 'keyless' : 'key') : options.signing;
  const state: PipelineState = { options, outputDir, subjects: [], signing, outputs: {} };
  if (signing === 'key' && !options.signingKey) {
    // A key for this run only, held in memory: the bundles prove integrity between the stages, and
    // only the public key is written, so anyone can check them again.
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    state.privateKey = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    state.publicKeyFile = join(outputDir, 'signing-key.pub.pem');
    writeFileAtomic(state.publicKeyFile, publicKey.export({ format: 'pem', type: 'spki' }).toString());
  }
  const runs: StageRun[] = [];
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
        state.subjects = expandPaths(patterns, { cwd: context.workspace });
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
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
      throw new ConfigurationError(
        'missing-command',
        `The pipeline needs the ${stage.command} command, which this build lacks.`,
      );
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
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      runs.push({ stage: stage.name, command: stage.command, exitCode: 2, outputs: {}, message: error.describe() });
      stopped = true;
      break; // A later stage would only fail for want of this one's output.
    }
  }
  const expected = PIPELINE_STAGES.length + (options.buildCommand ? 1 : 0);
  const passed = !stopped && runs.length === expected && runs.every((r) => r.exitCode === 0);
  const rel = (p: string) => relative(context.workspace, p) || '.';
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
