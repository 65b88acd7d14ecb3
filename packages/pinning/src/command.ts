import { resolve, join, basename } from 'node:path';
import {
  parseAuditInputs,
  AUDIT_OUTPUTS,
  ConfigurationError,
  DEFAULT_POLICY_FILE,
  defineCommand,
  escapeMarkdown,
  expandPaths,
  finishAudit,
  loadPolicy,
  parseChoice,
  parseList,
  readTextFile,
  isConfigurationError,
  type FailOn,
  type Finding,
  type RunContext,
} from '@paved-road/core';
import {
  INVALID_WORKFLOW,
  invalidWorkflowFindings,
  invalidWorkflowRule,
  loadWorkflowPath,
} from '@paved-road/workflows';
import {
  auditDockerfile,
  auditShellFile,
  auditWorkflow,
  type ActionPin,
  type FileAudit,
  type ImageUse,
} from './audit.js';
import { autoPin, type FixOutcome } from './fix.js';
import { GitHubClient } from './github.js';
import { PinVerifier } from './online.js';
import { pinningRules, pinUnverifiedRule } from './rules.js';
import { DEFAULT_TOOLS_MANIFEST, installTools, type ToolsOutcome } from './tools.js';

export const COMMAND_NAME = 'verify-pinned-tools';

/** What `paths` means when not given: workflows, every action.y*ml, Dockerfiles and scripts under .github. */
export const DEFAULT_PATHS = [
  '.github/workflows/*.yml',
  '.github/workflows/*.yaml',
  '**/action.yml',
  '**/action.yaml',
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.Dockerfile',
  '.github/**/*.sh',
  '.github/**/*.bash',
];

export type FixMode = 'false' | 'true' | 'diff';

export interface VerifyPinnedToolsOptions {
  paths: string[];
  online: boolean;
  /** Online was not turned off (true or auto): pins left unchecked get a note. */
  onlineRequested: boolean;
  /** `online: true`: a run in which the API answered nothing fails instead of passing unchecked. */
  onlineRequired: boolean;
  githubToken?: string;
  fix: FixMode;
  toolsManifest: string;
  toolsManifestRequired: boolean;
  allow: string[];
  failOn: FailOn;
  sarifFile: string;
  policy: string;
  policyRequired: boolean;
  showSummary: boolean;
}

const RULES = [...pinningRules, invalidWorkflowRule('verify-pinned-tools')];

export type FileKind = 'workflow' | 'dockerfile' | 'shell';

/** How a path is audited, from its name. */
export function fileKind(file: string): FileKind {
  const name = basename(file);
  if (/^Dockerfile(\..+)?$/i.test(name) || /\.Dockerfile$/i.test(name) || /^Containerfile$/i.test(name))
    return 'dockerfile';
  if (/\.(sh|bash)$/i.test(name)) return 'shell';
  return 'workflow';
}

/**
 * Whether a file found under a directory argument is one this command reads: YAML (workflows and
 * action.yml), a Dockerfile, a shell script. A README, a `.ps1` or a key next to them is never parsed.
 */
export function isAuditedName(file: string): boolean {
  return fileKind(file) !== 'workflow' || /\.ya?ml$/i.test(file);
}

export const verifyPinnedToolsCommand = defineCommand<VerifyPinnedToolsOptions>({
  name: COMMAND_NAME,
  description:
    'Proves that every action, reusable workflow, container image and downloaded tool is pinned to an immutable digest that really belongs to its source, and pins what is not.',
  inputs: [
    {
      name: 'paths',
      description:
        'Files to audit: globs, one per line (`!pattern` excludes). Default: .github/workflows/*.y*ml, every action.y*ml, every Dockerfile, and shell scripts under .github.',
      positional: true,
    },
    {
      name: 'online',
      description:
        'Check SHA pins against the GitHub API (version comments, impostor commits): auto (when a token is available), true or false.',
      default: 'auto',
    },
    {
      name: 'github-token',
      description: 'Token for the GitHub API (read access to the repositories of the actions used).',
      default: '',
      secret: true,
    },
    {
      name: 'fix',
      description:
        'false: report only; true: pin actions to commit SHAs and images to digests in place; diff: print the change as a unified diff and write nothing.',
      default: 'false',
    },
    {
      name: 'tools-manifest',
      description:
        'The tools manifest: tools with version, and per platform an https url and a sha256. Listed tools are downloaded, verified and put on PATH.',
      default: DEFAULT_TOOLS_MANIFEST,
    },
    {
      name: 'allow',
      description:
        'Patterns of actions or images that may use a tag or branch (`my-org/*`, `ghcr.io/my-org/**`), one per line.',
      default: '',
    },
    {
      name: 'fail-on',
      description: 'The least severity that fails the run: error, warning, note or never.',
      default: 'error',
    },
    {
      name: 'sarif-file',
      description: 'Where to write the SARIF 2.1.0 report. Default: $RUNNER_TEMP/verify-pinned-tools.sarif.',
      default: '',
    },
    {
      name: 'policy',
      description: 'The paved-road policy file (exceptions, allowed pins).',
      default: DEFAULT_POLICY_FILE,
    },
    { name: 'show-summary', description: 'Write the findings to the job summary.', default: 'true' },
  ],
  outputs: [
    ...AUDIT_OUTPUTS,
    {
      name: 'fixed-files',
      description: 'Files the fix changed (fix: true) or would change (fix: diff), one per line.',
    },
    {
      name: 'verified-tools',
      description: 'Tools from the manifest downloaded and verified, as name@version, one per line.',
    },
  ],
  rules: RULES,
  parse(inputs, context) {
    const token = inputs.get('github-token') || context.env.GITHUB_TOKEN || context.env.GH_TOKEN || '';
    const online = parseChoice('online', inputs.get('online'), ['auto', 'true', 'false'] as const, 'auto');
    if (online === 'true' && !token) {
      throw new ConfigurationError(
        'invalid-input',
        'online: true needs a GitHub token, and none was given.',
        undefined,
        'Set github-token (or GITHUB_TOKEN), or use online: auto.',
      );
    }
    return {
      paths: inputs.getList('paths'),
      online: online === 'true' || (online === 'auto' && token !== ''),
      onlineRequested: online !== 'false',
      onlineRequired: online === 'true',
      ...(token ? { githubToken: token } : {}),
      toolsManifest: inputs.get('tools-manifest') || DEFAULT_TOOLS_MANIFEST,
      toolsManifestRequired: inputs.isSet('tools-manifest'),
      allow: parseList(inputs.getList('allow'), { commas: true }),
      ...parseAuditInputs(inputs, context, 'verify-pinned-tools'),
    };
  },
  async run(options, context) {
    const policy = loadPolicy(options.policy, { workspace: context.workspace, required: options.policyRequired });
    const policyAllow = policyList(policy?.section(COMMAND_NAME)?.allow, policy?.file);
    const allow = [...options.allow, ...policyAllow];
    const files = expandPaths(options.paths, {
      cwd: context.workspace,
      defaults: DEFAULT_PATHS,
      inDirectory: isAuditedName,
    });
    if (!files.length && options.paths.length) {
      throw new ConfigurationError(
        'no-files',
        `No file matches ${options.paths.join(', ')}.`,
        undefined,
        'Check the paths input.',
      );
    }
    // Without a token the API still answers (60 requests an hour): enough for a small auto-pin.
    const client = new GitHubClient({
      apiUrl: context.apiUrl,
      env: context.env,
      ...(options.githubToken ? { token: options.githubToken } : {}),
    });

    let audited = auditFiles(files, context, allow);

    // Auto-pin first, so the report describes the files as they are afterwards.
    let fix: FixOutcome | undefined;
    if (options.fix !== 'false') {
      fix = await autoPin(audited, {
        workspace: context.workspace,
        write: options.fix === 'true',
        github: client,
        allow,
        log: (m) => context.log(m),
      });
      if (options.fix === 'true' && fix.fixedFiles.length) audited = auditFiles(files, context, allow);
      if (options.fix === 'diff') for (const diff of fix.diffs) context.log(diff.trimEnd());
    }

    const findings: Finding[] = audited.flatMap((a) => a.audit.findings);
    const pins = audited.flatMap((a) => a.audit.pins);

    // Online checks of SHA pins.
    let verifiedPins = 0;
    const shaPins = pins.filter((p) => p.pinned);
    if (options.online) {
      const online = await new PinVerifier(client).verify(shaPins);
      if (options.onlineRequired && shaPins.length && client.answeredCount === 0 && client.firstFailure) {
        // Every pin would pass unchecked: online: true asked for the check, so the run fails.
        throw new ConfigurationError(
          'online-unavailable',
          `online: true, but none of the ${shaPins.length} SHA pins could be checked: ${client.firstFailure.message}.`,
          undefined,
          'Check the network, the proxy (HTTPS_PROXY, NO_PROXY), GITHUB_API_URL and the token, or use online: auto.',
        );
      }
      for (const finding of online.findings) findings.push(finding);
      verifiedPins = online.verified;
      context.debug(`verify-pinned-tools: ${online.requests} GitHub API requests for ${shaPins.length} pins`);
    } else if (options.onlineRequested) {
      for (const pin of shaPins) findings.push(unverified(pin, 'no GitHub token was available (online: auto)'));
    }

    // Tools manifest.
    const tools: ToolsOutcome = await installTools({
      manifest: options.toolsManifest,
      required: options.toolsManifestRequired,
      workspace: context.workspace,
      toolCache: context.env.RUNNER_TOOL_CACHE || join(context.tempDir, 'paved-road-tools'),
      env: context.env,
      log: (m) => context.log(m),
    });
    findings.push(...tools.findings);

    const sources = new Map(audited.map((a) => [a.file, a.text]));
    const result = finishAudit({
      command: COMMAND_NAME,
      findings,
      rules: RULES,
      ...(policy ? { policy } : {}),
      now: context.now,
      failOn: options.failOn,
      readSource: (file) => sources.get(file) ?? safeRead(resolve(context.workspace, file), context.workspace),
      files: audited.map((a) => a.file),
      sarifFile: options.sarifFile,
      summaryTitle: COMMAND_NAME,
      summarySections: [
        pinsSection(
          pins,
          audited.flatMap((a) => a.audit.images),
          verifiedPins,
          options.online,
        ),
        ...(tools.verified.length ? [toolsSection(tools)] : []),
        ...(fix ? [fixSection(options.fix, fix)] : []),
      ],
      json: {
        pins: { total: pins.length, pinned: shaPins.length, verified: verifiedPins },
        tools: tools.verified,
        ...(fix ? { fixed: fix.fixedFiles } : {}),
        ...(options.fix === 'diff' && fix ? { diff: fix.diffs.join('') } : {}),
      },
      outputs: {
        'fixed-files': (fix?.fixedFiles ?? []).join('\n'),
        'verified-tools': tools.verified.map((t) => `${t.name}@${t.version}`).join('\n'),
      },
    });
    if (!options.showSummary) delete result.summary;
    if (tools.paths.length) result.addPaths = tools.paths;
    if (options.fix === 'diff' && fix?.diffs.length) result.text = fix.diffs.join('');
    return result;
  },
});

export interface AuditedFile {
  file: string;
  text: string;
  kind: FileKind;
  audit: FileAudit;
  /** The file has an invalid-workflow finding: its other findings are of the parts that parsed. */
  invalid?: boolean;
}

/** Reads and audits each file; unreadable or malformed files become findings, not crashes. */
export function auditFiles(
  files: readonly string[],
  context: Pick<RunContext, 'workspace'>,
  allow: readonly string[],
): AuditedFile[] {
  return files.map((file) => {
    const kind = fileKind(file);
    const absolute = resolve(context.workspace, file);
    if (kind === 'workflow') {
      const wf = loadWorkflowPath(absolute, file, { validate: false, workspace: context.workspace });
      const audit = auditWorkflow(wf, { allow });
      if (!wf.errors.length) return { file, text: wf.text, kind, audit };
      // What parsed is still audited; the file is never rewritten (see autoPin).
      return {
        file,
        text: wf.text,
        kind,
        invalid: true,
        audit: { ...audit, findings: [...invalidWorkflowFindings(wf), ...audit.findings] },
      };
    }
    let text: string;
    try {
      text = readTextFile(absolute, {
        displayName: file,
        kind: kind === 'dockerfile' ? 'Dockerfile' : 'script',
        workspace: context.workspace,
      });
    } catch (error) {
      if (!isConfigurationError(error)) throw error;
      const finding: Finding = {
        rule: INVALID_WORKFLOW,
        severity: 'error',
        message: error.message,
        file,
        line: error.location?.line ?? 1,
        column: 1,
      };
      return { file, text: '', kind, audit: { findings: [finding], pins: [], images: [] } };
    }
    return {
      file,
      text,
      kind,
      audit: kind === 'dockerfile' ? auditDockerfile(file, text, { allow }) : auditShellFile(file, text),
    };
  });
}

function unverified(pin: ActionPin, why: string): Finding {
  return {
    rule: pinUnverifiedRule.id,
    severity: 'note',
    message: `${pin.value} was not verified online: ${why}.`,
    file: pin.file,
    line: pin.line,
    column: pin.column,
    ...(pin.job ? { job: pin.job } : {}),
    ...(pin.step ? { step: pin.step } : {}),
  };
}

function policyList(value: unknown, file: string | undefined): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new ConfigurationError(
      'invalid-policy',
      `${COMMAND_NAME}.allow in the policy must be a list of patterns.`,
      file ? { file } : undefined,
      'Write allow: [pattern, ...].',
    );
  }
  return value as string[];
}

function safeRead(path: string, workspace: string): string | undefined {
  try {
    return readTextFile(path, { workspace });
  } catch {
    return undefined;
  }
}

function pinsSection(
  pins: readonly ActionPin[],
  images: readonly ImageUse[],
  verified: number,
  online: boolean,
): string {
  const pinned = pins.filter((p) => p.pinned).length;
  const imagesPinned = images.filter((i) => i.pinned).length;
  return [
    '### Pins',
    '',
    '| What | Total | Pinned | Verified online |',
    '| --- | --- | --- | --- |',
    `| Actions and reusable workflows | ${pins.length} | ${pinned} | ${online ? verified : 'not checked'} |`,
    `| Container images | ${images.length} | ${imagesPinned} | not applicable |`,
  ].join('\n');
}

function toolsSection(tools: ToolsOutcome): string {
  return [
    '### Verified tools',
    '',
    '| Tool | Version | sha256 |',
    '| --- | --- | --- |',
    ...tools.verified.map((t) => `| ${escapeMarkdown(t.name)} | ${escapeMarkdown(t.version)} | \`${t.sha256}\` |`),
  ].join('\n');
}

function fixSection(mode: FixMode, fix: FixOutcome): string {
  const verb = mode === 'diff' ? 'Would change' : 'Changed';
  return [
    '### Auto-pin',
    '',
    fix.fixedFiles.length
      ? `${verb}: ${fix.fixedFiles.map((f) => `\`${escapeMarkdown(f)}\``).join(', ')}`
      : 'Nothing to change.',
    ...fix.notes.map((n) => `- ${escapeMarkdown(n)}`),
  ].join('\n');
}
