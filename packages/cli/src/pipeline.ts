import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  ConfigurationError,
  defineCommand,
  parseBoolean,
  parseChoice,
  writeFileAtomic,
  writePrivateFile,
  type Command,
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
  signing: 'key' | 'keyless';
  signingKey: string;
  failOn: string;
  online: boolean;
  showSummary: boolean;
}

interface StageRun {
  stage: string;
  command: string;
  exitCode: number;
  outputs: Record<string, string>;
  message?: string;
}

export interface PipelineStage {
  name: string;
  command: string;
  inputs(state: PipelineState): Record<string, string | string[]>;
}

interface PipelineState {
  options: PipelineOptions;
  outputDir: string;
  publicKeyFile?: string;
  keyFile?: string;
  outputs: Record<string, Record<string, string>>;
}

/** What a release of this repository ships: every bundle file, entry points and the chunks they load. */
const BUNDLE_FILES = 'dist/**/*.js';

/** The paved-road, stage by stage: what a release of this repository goes through. */
export const PIPELINE_STAGES: PipelineStage[] = [
  {
    name: 'least-privilege workflows',
    command: 'harden-permissions',
    inputs: (s) => ({
      'fail-on': s.options.failOn,
      'sarif-file': join(s.outputDir, 'harden-permissions.sarif'),
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
      'subject-path': BUNDLE_FILES,
      'bundle-path': join(s.outputDir, 'provenance.sigstore.jsonl'),
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
      'sbom-path': s.outputs['SBOM']?.['sbom-file'] ?? join(s.outputDir, 'sbom.cdx.json'),
      'bundle-path': join(s.outputDir, 'sbom.sigstore.jsonl'),
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
      'bundle-path': join(s.outputDir, 'provenance.sigstore.jsonl'),
      ...(s.publicKeyFile ? { 'public-key': s.publicKeyFile } : {}),
    }),
  },
];

function summaryTable(runs: StageRun[]): string {
  const rows = runs.map((r) => {
    const verdict = r.exitCode === 0 ? 'passed' : r.exitCode === 1 ? 'failed' : 'error';
    const detail =
      r.message ??
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

export function createPipelineCommand(
  lookup: (name: string) => Promise<Command<unknown> | undefined>,
): Command<PipelineOptions> {
  return defineCommand<PipelineOptions>({
    name: 'pipeline',
    description:
      'Runs the whole paved road on a repository: workflow audits, pin checks, an SBOM, signed provenance and SBOM attestations, and the admission gate on the result.',
    inputs: [
      {
        name: 'output-dir',
        description: 'Where the SARIF reports, SBOM, keys and bundles are written.',
        default: '.paved-road',
      },
      {
        name: 'signing',
        description:
          'keyless (Sigstore, in GitHub Actions with id-token: write) or key (a key pair, generated for the run unless signing-key is given).',
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
      signing: parseChoice('signing', inputs.get('signing'), ['key', 'keyless'] as const),
      signingKey: inputs.get('signing-key'),
      failOn: parseChoice('fail-on', inputs.get('fail-on'), ['error', 'warning', 'note', 'never'] as const),
      online: parseBoolean('online', inputs.get('online')),
      showSummary: parseBoolean('show-summary', inputs.get('show-summary')),
    }),
    run: async (options, context) => runPipeline(options, context, lookup),
  });
}

async function runPipeline(
  options: PipelineOptions,
  context: RunContext,
  lookup: (name: string) => Promise<Command<unknown> | undefined>,
): Promise<CommandResult> {
  const outputDir = isAbsolute(options.outputDir) ? options.outputDir : resolve(context.workspace, options.outputDir);
  mkdirSync(outputDir, { recursive: true });
  const state: PipelineState = { options, outputDir, outputs: {} };
  if (options.signing === 'key') {
    if (options.signingKey) state.keyFile = options.signingKey;
    else {
      // A key for this run only: the bundles prove integrity between the stages, and the public key
      // is written beside them so anyone can check them again.
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      state.keyFile = join(outputDir, 'signing-key.pem');
      state.publicKeyFile = join(outputDir, 'signing-key.pub.pem');
      writePrivateFile(state.keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }) as string);
      writeFileAtomic(state.publicKeyFile, publicKey.export({ format: 'pem', type: 'spki' }) as string);
    }
  }
  const runs: StageRun[] = [];
  for (const stage of PIPELINE_STAGES) {
    const command = await lookup(stage.command);
    if (!command)
      throw new ConfigurationError(
        'missing-command',
        `The pipeline needs the ${stage.command} command, which this build lacks.`,
      );
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
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      runs.push({ stage: stage.name, command: stage.command, exitCode: 2, outputs: {}, message: error.describe() });
      break; // A later stage would only fail for want of this one's output.
    }
  }
  const passed = runs.length === PIPELINE_STAGES.length && runs.every((r) => r.exitCode === 0);
  const table = summaryTable(runs);
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
    json: { verified: passed, outputDir: rel(outputDir), stages: runs },
    text: `${table}\nResults in ${rel(outputDir)}/. ${passed ? 'Every stage passed.' : 'Some stages did not pass.'}`,
    summary: options.showSummary ? table : undefined,
  };
}
