import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import {
  parseAuditInputs,
  AUDIT_OUTPUTS,
  ConfigurationError,
  defineCommand,
  errorMessage,
  escapeMarkdown,
  expandPaths,
  proxiedFetch,
  auditRules,
  finishAudit,
  loadPolicy,
  mayHaveSuppressions,
  parallelMap,
  threadCount,
  readTextFile,
  sarifResultText,
  writeFileAtomic,
  DEFAULT_POLICY_FILE,
  type FailOn,
  type Finding,
  type RunContext,
} from '@paved-road/core';
import {
  invalidWorkflowFindings,
  invalidWorkflowRule,
  loadWorkflowFile,
  loadWorkflowPath,
  positionAt,
  type Job,
  type WorkflowFile,
} from '@paved-road/workflows';
import { computeJobPermissions, type JobPermissions, type Resolved, type ScopeMap } from './engine.js';
import { fixPermissions } from './fix.js';
import { lookupAction } from './knowledge/index.js';
import { applyEdits, auditPatterns, fixArtipacked, patternRules } from './patterns/index.js';
import { EXCESSIVE_PERMISSIONS, effectiveGrant, formatScopes, permissionFindings, permissionRules } from './rules.js';

/** Every rule the command reports: dangerous patterns, permissions, and files GitHub would reject. */
export const hardenPermissionsRules = [...patternRules, ...permissionRules, invalidWorkflowRule('harden-permissions')];

export const COMMAND_NAME = 'harden-permissions';

/** What `paths` means when not given: every workflow and every action.yml (composite actions included). */
export const DEFAULT_PATHS = ['.github/workflows/*.yml', '.github/workflows/*.yaml', '**/action.yml', '**/action.yaml'];

export type FixMode = 'false' | 'true' | 'diff';

export interface HardenPermissionsOptions {
  paths: string[];
  fix: FixMode;
  failOn: FailOn;
  /** Absolute path of the SARIF file to write. */
  sarifFile: string;
  policy: string;
  policyRequired: boolean;
  githubToken?: string;
  showSummary: boolean;
}

export interface AuditedFile {
  wf: WorkflowFile;
  computed: Map<string, JobPermissions>;
}

/** How many called workflows in other repositories one run reads at most (a cycle or a fan-out stops here). */
const MAX_REMOTE_WORKFLOWS = 50;

export const hardenPermissionsCommand = defineCommand<HardenPermissionsOptions>({
  name: COMMAND_NAME,
  description:
    'Computes the least-privilege GITHUB_TOKEN permissions of every job from what its steps really do, reports grants that are larger, and writes the minimal map on request.',
  inputs: [
    {
      name: 'paths',
      description:
        'Workflow and action.yml files to audit: globs, one per line (`!pattern` excludes). Default: every .github/workflows/*.y*ml and every action.y*ml in the repository.',
      positional: true,
    },
    {
      name: 'fix',
      description:
        'false: report only; true: write the minimal permissions into the files; diff: print the change as a unified diff and write nothing.',
      default: 'false',
    },
    {
      name: 'fail-on',
      description: 'The least severity that fails the run: error, warning, note or never.',
      default: 'error',
    },
    {
      name: 'sarif-file',
      description: 'Where to write the SARIF 2.1.0 report. Default: $RUNNER_TEMP/harden-permissions.sarif.',
      default: '',
    },
    { name: 'policy', description: 'The paved-road policy file (exceptions).', default: DEFAULT_POLICY_FILE },
    {
      name: 'github-token',
      description:
        'Token to read reusable workflows called from other repositories (contents: read on them). Optional.',
      default: '',
      secret: true,
    },
    {
      name: 'show-summary',
      description: 'Write the findings and the permissions table to the job summary.',
      default: 'true',
    },
  ],
  outputs: [
    ...AUDIT_OUTPUTS,
    {
      name: 'permissions-file',
      description: 'Path of a JSON file with the computed minimal permissions per file per job.',
    },
    {
      name: 'fixed-files',
      description: 'Files the fix changed (fix: true) or would change (fix: diff), one per line.',
    },
  ],
  rules: hardenPermissionsRules,
  workerTask: (payload) => auditTask(payload as AuditTaskPayload),
  parse(inputs, context) {
    const token = inputs.get('github-token');
    return {
      paths: inputs.getList('paths'),
      ...parseAuditInputs(inputs, context, 'harden-permissions'),
      ...(token ? { githubToken: token } : {}),
    };
  },
  async run(options, context) {
    const policy = loadPolicy(options.policy, { workspace: context.workspace, required: options.policyRequired });
    const files = expandPaths(options.paths, {
      cwd: context.workspace,
      defaults: DEFAULT_PATHS,
      // Of a directory, only YAML files: a README or a key next to the workflows is never parsed.
      inDirectory: (file) => /\.ya?ml$/i.test(file),
    });
    if (!files.length && options.paths.length) {
      throw new ConfigurationError(
        'no-files',
        `No file matches ${options.paths.join(', ')}.`,
        undefined,
        'Check the paths input.',
      );
    }
    const loadLocal = localLoader(context.workspace);
    const load = (file: string): WorkflowFile =>
      loadWorkflowPath(resolve(context.workspace, file), file, { workspace: context.workspace });
    // Called workflows in other repositories are fetched first (that needs every file loaded); without a
    // token each file is loaded, audited and reported in turn, and its model dropped: memory stays flat.
    const preloaded = new Map<string, WorkflowFile>();
    let remote = new Map<string, Resolved>();
    if (options.githubToken) {
      for (const file of files) preloaded.set(file, load(file));
      remote = await fetchRemoteWorkflows([...preloaded.values()], loadLocal, options.githubToken, context);
    }

    const fixedFiles: string[] = [];
    const diffs: string[] = [];
    const fixNotes: string[] = [];
    let audited: FileAudit[] = [];
    const threads =
      options.fix === 'false' && !options.githubToken && context.workerScript
        ? threadCount(context.env, files.length, { minItemsPerThread: MIN_FILES_PER_THREAD })
        : 1;
    if (threads > 1) {
      // Large runs, report only: the files are spread over worker threads (this one included) and the
      // per-file results put back in file order, so everything below is what one thread would produce.
      context.debug(`auditing ${files.length} files in ${threads} threads`);
      const payload: AuditTaskPayload = { workspace: context.workspace, files, rows: options.showSummary };
      audited = await parallelMap({
        command: COMMAND_NAME,
        script: context.workerScript!,
        threads,
        count: files.length,
        payload,
        local: auditTask(payload),
      });
    } else {
      for (const file of files) {
        const wf = preloaded.get(file) ?? load(file);
        preloaded.delete(file);
        let entry = audit(wf, loadLocal, remote);
        if (options.fix !== 'false') {
          const result = combinedFix(entry);
          for (const note of result.notes) fixNotes.push(`${entry.wf.file}: ${note}`);
          if (result.changed) {
            fixedFiles.push(entry.wf.file);
            if (options.fix === 'diff') {
              diffs.push(
                createTwoFilesPatch(`a/${entry.wf.file}`, `b/${entry.wf.file}`, entry.wf.text, result.text, '', '', {
                  context: 3,
                }),
              );
            } else {
              writeFileAtomic(resolve(context.workspace, entry.wf.file), result.text, {
                displayName: entry.wf.file,
                workspace: context.workspace,
                keepBom: true,
              });
              // Report what is left after the fix.
              entry = audit(loadWorkflowFile(entry.wf.file, result.text), loadLocal, remote);
            }
          }
        }
        audited.push(fileAudit(entry, options.showSummary));
      }
    }
    const findings: Finding[] = [];
    const permissions: Record<string, Record<string, ScopeMap>> = {};
    const rows: string[] = [];
    const sources = new Map<string, string>();
    const sarifTexts = new Map<Finding, string>();
    for (const entry of audited) {
      sources.set(entry.file, entry.source);
      for (const finding of entry.findings) findings.push(finding);
      entry.findings.forEach((finding, i) => sarifTexts.set(finding, entry.sarif[i]!));
      if (entry.permissions) permissions[entry.file] = entry.permissions;
      rows.push(...entry.rows);
    }
    if (options.fix !== 'false') {
      for (const note of fixNotes) context.log(note);
      if (options.fix === 'diff') for (const diff of diffs) context.log(diff.trimEnd());
    }

    mkdirSync(context.tempDir, { recursive: true });
    const permissionsFile = join(context.tempDir, 'harden-permissions-permissions.json');
    writeFileAtomic(permissionsFile, `${JSON.stringify(permissions, null, 2)}\n`);

    const result = finishAudit({
      command: COMMAND_NAME,
      findings,
      rules: hardenPermissionsRules,
      ...(policy ? { policy } : {}),
      now: context.now,
      failOn: options.failOn,
      readSource: (file) => sources.get(file) ?? safeRead(resolve(context.workspace, file), context.workspace),
      files,
      sarifFile: options.sarifFile,
      sarifResultText: (finding) => sarifTexts.get(finding),
      summaryTitle: 'harden-permissions',
      summary: options.showSummary,
      summarySections: options.showSummary
        ? [
            permissionsTable(rows),
            ...(fixNotes.length || fixedFiles.length ? [fixSection(options.fix, fixedFiles, fixNotes)] : []),
          ]
        : [],
      json: {
        permissions,
        ...(options.fix === 'diff' ? { diff: diffs.join('') } : {}),
        ...(options.fix !== 'false' ? { fixed: fixedFiles } : {}),
      },
      outputs: { 'permissions-file': permissionsFile, 'fixed-files': fixedFiles.join('\n') },
    });
    if (options.fix === 'diff' && diffs.length) result.text = diffs.join('');
    return result;
  },
});

/**
 * Both fixes on one file: the minimal permissions first, then `persist-credentials: false` on the
 * checkouts of jobs that do not use those credentials (a job that pushes keeps them, and keeps its
 * contents: write). The result must still load without errors, or nothing is written.
 */
export function combinedFix(entry: AuditedFile): { text: string; changed: boolean; notes: string[] } {
  const notes: string[] = [];
  const permissions = fixPermissions(entry.wf, entry.computed);
  for (const skip of permissions.skipped) notes.push(`job ${skip.job}: permissions not changed: ${skip.reason}.`);
  for (const kept of permissions.kept) notes.push(`job ${kept.job}: keeps ${kept.scopes}: ${kept.because}.`);
  if (permissions.topSkipped && permissions.changed)
    notes.push(`top-level permissions not changed: ${permissions.topSkipped}.`);
  if (entry.wf.kind !== 'workflow' || entry.wf.errors.length) return { text: entry.wf.text, changed: false, notes };
  const afterPermissions = permissions.changed
    ? loadWorkflowFile(entry.wf.file, permissions.text, { validate: false })
    : entry.wf;
  const artipacked = fixArtipacked(afterPermissions);
  const keep = artipacked.edits.filter((_, i) => {
    const job = artipacked.fixed[i]?.job;
    const need = job ? entry.computed.get(job) : undefined;
    if (job && need?.usesGitCredentials) {
      notes.push(
        `job ${job}: checkout keeps its credentials: ${need.gitCredentialsBy ?? 'a later step pushes with them'}.`,
      );
      return false;
    }
    return true;
  });
  const text = keep.length ? applyEdits(afterPermissions.text, keep) : afterPermissions.text;
  if (text !== afterPermissions.text && loadWorkflowFile(entry.wf.file, text, { validate: false }).errors.length) {
    notes.push('persist-credentials not set: the edit would not parse.');
    return { text: permissions.text, changed: permissions.changed, notes };
  }
  return { text, changed: text !== entry.wf.text, notes };
}

/** How many files make a worker thread worth starting (it loads the bundle and the schema first). */
export const MIN_FILES_PER_THREAD = 250;

/**
 * What the report needs of one audited file, as plain data (it crosses threads): its findings, its
 * jobs' permissions (none for a file with errors), its summary rows, and its text for inline
 * suppressions ('' when it has no `paved-road` comment at all, so none can be there).
 */
export interface FileAudit {
  file: string;
  source: string;
  findings: Finding[];
  /** Each finding's SARIF result text (`sarifResultText`), worked out here to spare the report. */
  sarif: string[];
  permissions?: Record<string, ScopeMap>;
  rows: string[];
}

/** `rows`: false when no summary is shown, so its table rows are not worked out. */
export function fileAudit(entry: AuditedFile, rows = true): FileAudit {
  const { wf } = entry;
  const source = mayHaveSuppressions(wf.text) ? wf.text : '';
  const registry = auditRules(hardenPermissionsRules);
  const withSarif = (findings: Finding[]) => ({
    findings,
    sarif: findings.map((finding) => sarifResultText(finding, registry)),
  });
  const perFile: Record<string, ScopeMap> = {};
  for (const [job, need] of entry.computed) perFile[job] = need.scopes;
  let findings = [
    ...permissionFindings(wf, entry.computed),
    ...auditPatterns(wf).map((f) => credentialsInUse(f, entry)),
  ];
  if (wf.errors.length) {
    // The workflow-level verdict weighs every job; with a job left out (see audit) it cannot be made.
    const partial = wf.jobs.some((job) => !entry.computed.has(job.id));
    if (partial) findings = findings.filter((f) => !(f.rule === EXCESSIVE_PERMISSIONS && f.job === undefined));
    return { file: wf.file, source, ...withSarif([...invalidWorkflowFindings(wf), ...findings]), rows: [] };
  }
  return {
    file: wf.file,
    source,
    ...withSarif(findings),
    permissions: perFile,
    rows: rows ? permissionRows(entry) : [],
  };
}

/**
 * An artipacked finding on a job where a later step may use the persisted credentials (a step that
 * pushes, or code the audit does not read): the fix leaves that checkout alone, so the finding says
 * why and promises no fix.
 */
function credentialsInUse(finding: Finding, entry: AuditedFile): Finding {
  if (finding.rule !== 'artipacked' || !finding.job) return finding;
  const by = entry.computed.get(finding.job)?.gitCredentialsBy;
  if (by === undefined || finding.message.includes(' pushes with it.')) return finding;
  const { fix: _fix, ...rest } = finding;
  return {
    ...rest,
    message: `${finding.message.replace(/ Set persist-credentials: false unless a later step pushes\.$/, '')} ${by[0]!.toUpperCase()}${by.slice(1)} may use them, so the fix leaves this checkout alone: set persist-credentials: false if it does not push with them.`,
  };
}

/** The files of one report-only run, as each worker thread gets them. */
interface AuditTaskPayload {
  workspace: string;
  files: string[];
  /** Summary rows wanted (show-summary). */
  rows: boolean;
}

/** Index -> FileAudit for one thread: local files are read once per thread. */
function auditTask(payload: AuditTaskPayload): (index: number) => FileAudit {
  const loadLocal = localLoader(payload.workspace);
  const none = new Map<string, Resolved>();
  return (index) => {
    const file = payload.files[index]!;
    const wf = loadWorkflowPath(resolve(payload.workspace, file), file, { workspace: payload.workspace });
    return fileAudit(audit(wf, loadLocal, none), payload.rows);
  };
}

/** Loads the workflow's files and computes every job's permissions. */
export function audit(
  wf: WorkflowFile,
  loadLocal: (path: string) => WorkflowFile | undefined,
  remote: Map<string, Resolved>,
): AuditedFile {
  const computed = new Map<string, JobPermissions>();
  for (const job of wf.jobs) {
    // A job with an invalid spot may have lost steps in it: what it needs is not worked out.
    if (wf.errors.some((error) => jobContains(wf, job, error.line))) continue;
    computed.set(job.id, computeJobPermissions(wf, job, { loadLocal, remote: (uses) => remote.get(uses) }));
  }
  return { wf, computed };
}

/** Whether a line of the file falls within a job, from its key to the end of its mapping. */
function jobContains(wf: WorkflowFile, job: Job, line: number): boolean {
  const end = job.node.range?.[1];
  return line >= job.position.line && end !== undefined && line <= positionAt(wf, end).line;
}

function safeRead(path: string, workspace: string): string | undefined {
  try {
    return readTextFile(path, { workspace });
  } catch {
    return undefined;
  }
}

/** Local files (`./.github/workflows/x.yml`, `./action/action.yml`), read once each. */
export function localLoader(workspace: string): (path: string) => WorkflowFile | undefined {
  const cache = new Map<string, WorkflowFile | undefined>();
  return (path) => {
    const normal = path.replace(/^\.\//, '');
    if (cache.has(normal)) return cache.get(normal);
    const absolute = resolve(workspace, normal);
    const wf =
      absolute.startsWith(resolve(workspace)) && existsSync(absolute)
        ? loadWorkflowPath(absolute, normal, { workspace })
        : undefined;
    cache.set(normal, wf);
    return wf;
  };
}

/** `owner/repo/path@ref` of a job-level `uses:` that names a workflow in another repository. */
function remoteCalls(wf: WorkflowFile): string[] {
  return wf.jobs
    .map((job) => job.uses?.value.trim())
    .filter(
      (uses): uses is string =>
        !!uses && !uses.startsWith('./') && /^[^/]+\/[^/]+\/.+@.+$/.test(uses) && !lookupAction(uses),
    );
}

/**
 * Reads every reusable workflow called from another repository through the contents API (with the
 * given token), following their own calls. Without a token nothing is fetched: those calls are unknown.
 */
async function fetchRemoteWorkflows(
  files: WorkflowFile[],
  loadLocal: (path: string) => WorkflowFile | undefined,
  token: string | undefined,
  context: RunContext,
): Promise<Map<string, Resolved>> {
  const resolved = new Map<string, Resolved>();
  if (!token) return resolved;
  const queue: string[] = [];
  const enqueue = (wf: WorkflowFile | undefined): void => {
    if (wf) for (const call of remoteCalls(wf)) if (!resolved.has(call) && !queue.includes(call)) queue.push(call);
  };
  for (const wf of files) {
    enqueue(wf);
    for (const job of wf.jobs) if (job.uses?.value.startsWith('./')) enqueue(loadLocal(job.uses.value));
  }
  while (queue.length && resolved.size < MAX_REMOTE_WORKFLOWS) {
    const uses = queue.shift()!;
    const match = /^([^/]+)\/([^/]+)\/(.+)@(.+)$/.exec(uses)!;
    const [, owner, repo, path, ref] = match;
    const url = `${context.apiUrl.replace(/\/+$/, '')}/repos/${owner}/${repo}/contents/${path!.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(ref!)}`;
    try {
      const response = await proxiedFetch(
        url,
        {
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/vnd.github.raw+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'paved-road',
          },
          signal: AbortSignal.timeout(30_000),
        },
        context.env,
      );
      if (!response.ok) {
        resolved.set(uses, { error: `GET ${url.replace(/\?.*$/, '')} answered ${response.status}` });
        continue;
      }
      const body = await response.text();
      const text = body.trimStart().startsWith('{') ? decodeContents(body) : body;
      const file = loadWorkflowFile(uses, text, { kind: 'workflow' });
      resolved.set(uses, { file });
      enqueue(file);
      context.debug(`read ${uses} through the API`);
    } catch (error) {
      resolved.set(uses, { error: errorMessage(error) });
    }
  }
  return resolved;
}

/** The contents API's JSON form: base64 `content`. */
function decodeContents(body: string): string {
  const parsed = JSON.parse(body) as { content?: string; encoding?: string };
  if (parsed.encoding === 'base64' && typeof parsed.content === 'string')
    return Buffer.from(parsed.content, 'base64').toString('utf8');
  throw new Error('the contents API answered without file content');
}

function describeGrant(audited: AuditedFile, jobId: string): string {
  const job = audited.wf.jobs.find((j) => j.id === jobId);
  if (!job) return '';
  const grant = effectiveGrant(audited.wf, job);
  if (grant.kind === 'default') return 'default token';
  if (grant.kind === 'map') return `${formatScopes(grant.scopes)}${grant.level === 'workflow' ? ' (workflow)' : ''}`;
  return `${grant.kind}${grant.level === 'workflow' ? ' (workflow)' : ''}`;
}

/** The summary rows of one file: current grant vs computed minimum, per job. */
function permissionRows(entry: AuditedFile): string[] {
  const rows: string[] = [];
  for (const [job, need] of entry.computed) {
    const current = entry.wf.kind === 'workflow' ? describeGrant(entry, job) : '(caller grants)';
    rows.push(
      `| ${escapeMarkdown(entry.wf.file)} | ${escapeMarkdown(job)} | ${escapeMarkdown(current)} | ${escapeMarkdown(formatScopes(need.scopes))} | ${explainedCell(need)} |`,
    );
  }
  return rows;
}

/** `yes`, or `no` and why: uses of the token not worked out, steps that may use more (rights kept). */
function explainedCell(need: JobPermissions): string {
  if (need.explained) return 'yes';
  const why: string[] = [];
  if (need.unknown.length) why.push(`${need.unknown.length} unknown`);
  if (need.mayUse.length) {
    const steps = [...new Set(need.mayUse.map((use) => use.step ?? use.message))];
    why.push(`may use more: ${steps.length === 1 ? `step ${steps[0]}` : `${steps.length} steps`}`);
  }
  return `no (${why.join('; ')})`;
}

function permissionsTable(rows: string[]): string {
  if (!rows.length) return '### Permissions\n\nNo jobs audited.';
  return [
    '### Permissions',
    '',
    '| File | Job | Current | Computed minimum | Fully explained |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function fixSection(mode: FixMode, fixed: string[], notes: string[]): string {
  const verb = mode === 'diff' ? 'Would change' : 'Changed';
  return [
    `### Fix`,
    '',
    fixed.length ? `${verb}: ${fixed.map((f) => `\`${escapeMarkdown(f)}\``).join(', ')}` : 'No file changed.',
    '',
    ...notes.map((n) => `- ${escapeMarkdown(n)}`),
  ].join('\n');
}
