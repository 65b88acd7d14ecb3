// The offline audit: every `uses:`, image and script of a workflow, action.yml, Dockerfile or shell
// script, checked for pins. It also returns what it saw (pins, images) for the online checks and
// for auto-pin, so the files are read once.
import type { Finding, Severity } from '@paved-road/core';
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import {
  parseDockerfile,
  parseShell,
  shellPosition,
  type Job,
  type Located,
  type Step,
  type WorkflowFile,
} from '@paved-road/workflows';
import { auditScript, scriptMayMatter } from './downloads.js';
import {
  isSlsaGeneratorWorkflow,
  FULL_SHA,
  IMAGE_DIGEST,
  matchesPattern,
  parseImageReference,
  parseUses,
  type UsesReference,
} from './refs.js';
import { unpinnedImagesRule, unpinnedUsesRule } from './rules.js';

export type RemoteUses = Extract<UsesReference, { kind: 'remote' }>;

/** A `uses: owner/repo[/path]@ref` and where it is. */
export interface ActionPin {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The value as written. */
  value: string;
  uses: RemoteUses;
  pinned: boolean;
  /** The comment after the value on the same line (`v4.2.2` from `# v4.2.2`). */
  comment?: string;
  job?: string;
  step?: string;
  allowed: boolean;
}

/** An image reference and where it is. */
export interface ImageUse {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** As written (for `docker://` steps: without the prefix). */
  value: string;
  /**
   * Offsets in the file text where `value` is written whole and can be pinned in place: the value
   * itself, the matrix entries it comes from (`image: [node:20]` for `${{ matrix.image }}`), or the
   * default of the ARG a Dockerfile's `FROM ${BASE}` names. Empty when it is not written whole.
   */
  offsets: number[];
  /** Why auto-pin cannot rewrite it, when `offsets` is empty for a reason worth saying. */
  unfixable?: string;
  pinned: boolean;
  job?: string;
  step?: string;
}

export interface AuditOptions {
  /** Patterns (`owner/*`, `ghcr.io/org/**`) that may use a tag or branch. */
  allow?: readonly string[];
}

export interface FileAudit {
  findings: Finding[];
  pins: ActionPin[];
  images: ImageUse[];
}

const empty = (): FileAudit => ({ findings: [], pins: [], images: [] });

/** Audits a loaded workflow or action.yml. */
export function auditWorkflow(wf: WorkflowFile, options: AuditOptions = {}): FileAudit {
  const result = empty();
  const allow = options.allow ?? [];
  const lines = wf.text.split(/\r?\n/);
  const source = { text: wf.text, offsets: lineOffsets(wf.text) };

  const checkUses = (uses: Located<string>, job?: Job, step?: Step): void => {
    const where = { job: job && !job.composite ? job.id : undefined, step: step ? stepLabel(step) : undefined };
    const ref = parseUses(uses.value);
    if (ref.kind === 'local') return;
    if (ref.kind === 'docker') {
      checkImage(
        result,
        wf.file,
        ref.image,
        uses,
        allow,
        where,
        'docker://'.length,
        source,
        undefined,
        'docker:// step',
      );
      return;
    }
    if (ref.kind === 'invalid') {
      push(
        result,
        wf.file,
        uses,
        unpinnedUsesRule.id,
        'error',
        `uses: ${uses.value} ${ref.reason}; it cannot be pinned.`,
        where,
      );
      return;
    }
    const pinned = FULL_SHA.test(ref.ref);
    const allowed = allow.some(
      (pattern) => matchesPattern(pattern, ref.name) || matchesPattern(pattern, ref.repository),
    );
    const comment = commentAfter(
      lines[uses.line - 1] ?? '',
      (uses.endLine === uses.line ? uses.endColumn : undefined) ?? uses.column + uses.value.length,
    );
    result.pins.push({
      file: wf.file,
      line: uses.line,
      column: uses.column,
      endLine: uses.endLine ?? uses.line,
      endColumn: uses.endColumn ?? uses.column + uses.value.length,
      value: uses.value,
      uses: ref,
      pinned,
      ...(comment ? { comment } : {}),
      ...(where.job ? { job: where.job } : {}),
      ...(where.step ? { step: where.step } : {}),
      allowed,
    });
    if (pinned || allowed) return;
    if (isSlsaGeneratorWorkflow(ref)) {
      push(
        result,
        wf.file,
        uses,
        unpinnedUsesRule.id,
        'note',
        `${ref.name}@${ref.ref} is called by tag: slsa-github-generator's reusable workflows refuse a SHA (built-in exception).`,
        where,
      );
      return;
    }
    const what = ref.reusableWorkflow ? 'Reusable workflow' : 'Action';
    const kind = ref.ref.includes('${{')
      ? 'a computed ref'
      : /^[0-9a-f]{7,39}$/.test(ref.ref)
        ? 'a short SHA'
        : `"${ref.ref}", a tag or branch that can move`;
    push(
      result,
      wf.file,
      uses,
      unpinnedUsesRule.id,
      'error',
      `${what} ${ref.name} is referenced by ${kind}, not a full commit SHA.`,
      where,
      'pin to the commit SHA with the tag as a comment',
    );
  };

  for (const job of wf.jobs) {
    if (job.uses) checkUses(job.uses, job);
    const matrix = job.matrix?.value;
    const where = { job: job.composite ? undefined : job.id };
    if (job.container?.image) {
      checkImage(
        result,
        wf.file,
        job.container.image.value,
        job.container.image,
        allow,
        where,
        0,
        source,
        matrix,
        `job ${job.id} container`,
        matrixLocator(wf.document, wf.text, job.id),
      );
    }
    for (const service of job.services) {
      if (service.image)
        checkImage(
          result,
          wf.file,
          service.image.value,
          service.image,
          allow,
          where,
          0,
          source,
          matrix,
          `service ${service.id}`,
          matrixLocator(wf.document, wf.text, job.id),
        );
    }
    for (const step of job.steps) {
      if (step.uses) checkUses(step.uses, job, step);
      if (step.run) auditRun(result, wf, job, step);
    }
  }
  const image = wf.action?.runs?.image;
  if (image && image.value.startsWith('docker://')) {
    checkImage(
      result,
      wf.file,
      image.value.slice('docker://'.length),
      image,
      allow,
      {},
      'docker://'.length,
      source,
      undefined,
      'Docker action',
    );
  }
  return result;
}

function auditRun(result: FileAudit, wf: WorkflowFile, job: Job, step: Step): void {
  const run = step.run!;
  const shell = step.shell?.value.trim().split(/\s+/)[0] ?? '';
  // Only the POSIX family is parsed as shell; pwsh, python, cmd scripts are another language.
  if (shell && !/^(bash|sh)$/.test(shell.replace(/^.*\//, ''))) return;
  if (!shell && job.runsOn.some((label) => /windows/i.test(label))) return;
  if (!scriptMayMatter(run.text)) return;
  const parse = parseShell(run.text);
  for (const problem of auditScript(parse)) {
    const start = run.offsetToPosition(problem.offset);
    const end = run.offsetToPosition(Math.max(problem.offset, problem.end));
    result.findings.push({
      rule: problem.rule,
      severity: problem.severity,
      message: problem.message,
      file: wf.file,
      line: start.line,
      column: start.column,
      ...(end.line >= start.line ? { endLine: end.line, endColumn: end.column } : {}),
      ...(job.composite ? {} : { job: job.id }),
      step: stepLabel(step),
    });
  }
}

/** Audits a Dockerfile's FROM lines. */
export function auditDockerfile(file: string, text: string, options: AuditOptions = {}): FileAudit {
  const result = empty();
  const source = { text, offsets: lineOffsets(text) };
  const parsed = parseDockerfile(text);
  for (const run of parsed.runs) {
    if (!scriptMayMatter(run.script)) continue;
    for (const problem of auditScript(parseShell(run.script, { githubExpressions: false }))) {
      const start = shellPosition(text, run.offset + problem.offset);
      result.findings.push({
        rule: problem.rule,
        severity: problem.severity,
        message: problem.message,
        file,
        line: start.line,
        column: start.column,
      });
    }
  }
  for (const from of parsed.froms) {
    if (from.stageReference || from.scratch) continue;
    const located = {
      value: from.raw,
      line: from.line,
      column: from.column,
      endLine: from.endLine,
      endColumn: from.endColumn,
    };
    if (from.image === undefined) {
      result.findings.push({
        rule: unpinnedImagesRule.id,
        severity: 'warning',
        message: `FROM ${from.raw} depends on a build argument without a default; the image it pulls cannot be checked. Give the ARG a default pinned by digest.`,
        file,
        line: from.line,
        column: from.column,
      });
      continue;
    }
    const literal = from.image === from.raw;
    // `FROM ${BASE}` with `ARG BASE=node:20`: the default is the whole reference, pinned where it is written.
    const argName = /^\$(?:\{(\w+)\}|(\w+))$/.exec(from.raw);
    const arg = argName ? parsed.args.find((a) => a.name === (argName[1] ?? argName[2])) : undefined;
    let argOffset = arg ? argDefaultOffset(text, source.offsets, arg, from.image) : undefined;
    let argWhy: string | undefined;
    if (arg && argOffset !== undefined) {
      // Pinning the default changes every use of the ARG: only when all of them are whole `FROM ${BASE}`.
      const uses = [...text.matchAll(new RegExp(`\\$(?:\\{${arg.name}(?![\\w])|${arg.name}(?![\\w]))`, 'g'))].length;
      const whole = parsed.froms.filter((f) => f.raw === `$${arg.name}` || f.raw === `\${${arg.name}}`).length;
      if (uses > whole) {
        argOffset = undefined;
        argWhy = `auto-pin leaves it: ARG ${arg.name} is also used elsewhere in the Dockerfile (as part of a reference or in a command), which a pinned default would change. Pin the default by hand (ARG ${arg.name}=${from.image}@sha256:...) if every use takes a digest`;
      }
    }
    checkImage(
      result,
      file,
      from.image,
      located,
      options.allow ?? [],
      {},
      0,
      literal ? source : undefined,
      undefined,
      `FROM${from.stage ? ` (stage ${from.stage})` : ''}`,
      argOffset !== undefined ? () => ({ offsets: [argOffset] }) : undefined,
      literal || argOffset !== undefined
        ? undefined
        : (argWhy ??
            `auto-pin leaves it: build arguments supply only part of the reference (FROM ${from.raw}), and a digest belongs to a whole reference. Put the whole reference in one ARG (ARG BASE=${from.image}, FROM \${BASE}) and run fix again, or write the digest by hand`),
    );
  }
  return result;
}

/** Audits a shell script file (positions are the script's own). */
export function auditShellFile(file: string, text: string): FileAudit {
  const result = empty();
  if (!scriptMayMatter(text)) return result;
  for (const problem of auditScript(parseShell(text, { githubExpressions: false }))) {
    const start = shellPosition(text, problem.offset);
    result.findings.push({
      rule: problem.rule,
      severity: problem.severity,
      message: problem.message,
      file,
      line: start.line,
      column: start.column,
    });
  }
  return result;
}

type Where = { job?: string | undefined; step?: string | undefined };

function push(
  result: FileAudit,
  file: string,
  at: { line: number; column: number; endLine?: number; endColumn?: number },
  rule: string,
  severity: Severity,
  message: string,
  where: Where,
  fix?: string,
): void {
  result.findings.push({
    rule,
    severity,
    message,
    file,
    line: at.line,
    column: at.column,
    ...(at.endLine !== undefined ? { endLine: at.endLine } : {}),
    ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
    ...(where.job ? { job: where.job } : {}),
    ...(where.step ? { step: where.step } : {}),
    ...(fix ? { fix } : {}),
  });
}

const MATRIX_EXPRESSION = /\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}/g;
/** An image that is one matrix value and nothing else: `${{ matrix.image }}`. */
const WHOLE_MATRIX = /^\s*\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}\s*$/;

/**
 * Where the matrix of job `jobId` writes a value of `key`, whole: the entries of `matrix.<key>` and
 * of `matrix.include[*].<key>` equal to the value, as offsets of the value's text (inside quotes).
 */
function matrixLocator(
  document: Document.Parsed,
  text: string,
  jobId: string,
): (value: string, key: string | undefined) => Located_ {
  return (value, key) => {
    if (key === undefined) return { offsets: [] };
    const job = document.getIn(['jobs', jobId], true);
    const matrix = document.getIn(['jobs', jobId, 'strategy', 'matrix'], true);
    if (!isMap(matrix) || !isMap(job) || !job.range || !matrix.range) return { offsets: [] };
    // Pinning the value changes it everywhere the job reads it: only where it is used whole
    // (`${{ matrix.image }}`); a comparison (`if: matrix.image == 'node:20'`) or a fragment would break.
    const jobText = text.slice(job.range[0], matrix.range[0]) + text.slice(matrix.range[1], job.range[1]);
    const name = key.replace(/[-]/g, '\\-');
    const uses = [...jobText.matchAll(new RegExp(`matrix\\.${name}(?![\\w-])`, 'g'))].length;
    const whole = [
      ...jobText.matchAll(new RegExp(`(?<![\\w.:@/-])\\$\\{\\{\\s*matrix\\.${name}\\s*\\}\\}(?![\\w.:@/-])`, 'g')),
    ].length;
    if (uses > whole)
      return {
        offsets: [],
        why: `auto-pin leaves it: job ${jobId} also reads matrix.${key} other than as a whole \${{ matrix.${key} }} (a comparison or a part of a string), which a pinned value would break. Pin the matrix entries by hand and update those uses`,
      };
    const nodes: unknown[] = [];
    const list = matrix.get(key, true);
    if (isSeq(list)) nodes.push(...list.items);
    // include entries add values; exclude entries must keep matching the pinned values.
    for (const extra of ['include', 'exclude']) {
      const entries = matrix.get(extra, true);
      if (isSeq(entries)) for (const entry of entries.items) if (isMap(entry)) nodes.push(entry.get(key, true));
    }
    const offsets: number[] = [];
    for (const node of nodes) {
      if (!isScalar(node) || node.value !== value || !node.range) continue;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (node.type !== 'PLAIN' && !quoted) continue;
      const start = node.range[0] + (quoted ? 1 : 0);
      // Escapes in a quoted value: the text is not the value; leave it.
      if (text.startsWith(value, start)) offsets.push(start);
    }
    return { offsets };
  };
}

/** Where a value is written whole, or why it cannot be pinned there. */
interface Located_ {
  offsets: number[];
  why?: string;
}

/** The offset of an ARG's default in the text, when it is written there as `value` (quoted or not). */
function argDefaultOffset(
  text: string,
  offsets: number[],
  arg: { name: string; line: number; column: number },
  value: string | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  const at = (offsets[arg.line - 1] ?? 0) + arg.column - 1;
  if (!text.startsWith(`${arg.name}=`, at)) return undefined;
  let start = at + arg.name.length + 1;
  if (text[start] === '"' || text[start] === "'") start++;
  return text.startsWith(value, start) ? start : undefined;
}

function checkImage(
  result: FileAudit,
  file: string,
  image: string,
  at: Located<string>,
  allow: readonly string[],
  where: Where,
  prefix: number,
  source: { text: string; offsets: number[] } | undefined,
  matrix: unknown,
  what: string,
  /** Where a value that is not written literally is written whole (matrix entries, an ARG default). */
  locate?: (value: string, key: string | undefined) => Located_,
  /** Why the values cannot be auto-pinned (Dockerfile fragments); matrix fragments are explained here. */
  fragment?: string,
): void {
  const values = image.includes('${{') ? expandMatrix(image, matrix) : [image];
  const wholeKey = WHOLE_MATRIX.exec(image)?.[1];
  const unfixable =
    fragment ??
    (image.includes('${{') && wholeKey === undefined
      ? `auto-pin leaves it: the matrix supplies only part of the reference (${image.trim()}), and a digest belongs to a whole reference. List whole references in the matrix (image: [${values?.[0] ?? 'node:20'}, ...] with \${{ matrix.image }}) and run fix again, or write the digests by hand`
      : undefined);
  if (values === undefined) {
    push(
      result,
      file,
      at,
      unpinnedImagesRule.id,
      'note',
      `The ${what} image ${image} is computed at run time; pin it by digest where the value is defined.`,
      where,
    );
    return;
  }
  for (const value of values) {
    const ref = parseImageReference(value);
    const pinned = ref?.digest !== undefined && IMAGE_DIGEST.test(ref.digest);
    // Where the image text itself is in the file (after a quote, after `docker://`), for auto-pin.
    const offsets: number[] = [];
    if (source && value === image) {
      let start = (source.offsets[at.line - 1] ?? 0) + at.column - 1;
      if (source.text[start] === '"' || source.text[start] === "'") start++;
      start += prefix;
      if (source.text.startsWith(value, start)) offsets.push(start);
    }
    let cannot = unfixable;
    if (!offsets.length && locate) {
      const found = locate(value, wholeKey);
      offsets.push(...found.offsets);
      cannot = found.why ?? cannot;
    }
    result.images.push({
      file,
      line: at.line,
      column: at.column,
      value,
      offsets,
      ...(cannot && !offsets.length ? { unfixable: cannot } : {}),
      pinned,
      ...(where.job ? { job: where.job } : {}),
      ...(where.step ? { step: where.step } : {}),
    });
    if (pinned) continue;
    const name = ref
      ? `${ref.registry === 'docker.io' ? '' : `${ref.registry}/`}${ref.repository.replace(/^library\//, '')}`
      : value;
    if (allow.some((pattern) => matchesPattern(pattern, name) || matchesPattern(pattern, value))) continue;
    const from = (values.length > 1 || value !== image) && image.includes('${{') ? ` (from the matrix: ${value})` : '';
    const why = cannot && !offsets.length ? `; ${cannot}` : '';
    if (!ref) {
      push(
        result,
        file,
        at,
        unpinnedImagesRule.id,
        'error',
        `The ${what} image "${value}" is not a valid image reference${from}.`,
        where,
      );
    } else if (ref.digest !== undefined) {
      push(
        result,
        file,
        at,
        unpinnedImagesRule.id,
        'error',
        `The ${what} image ${value} has a malformed digest; use @sha256:<64 hex>${from}.`,
        where,
      );
    } else if (ref.tag === undefined || ref.tag === 'latest') {
      push(
        result,
        file,
        at,
        unpinnedImagesRule.id,
        'error',
        `The ${what} image ${value} uses ${ref.tag === undefined ? 'no tag (latest)' : 'latest'}: it changes with every release${from}${why}.`,
        where,
        'pin the image by digest',
      );
    } else {
      push(
        result,
        file,
        at,
        unpinnedImagesRule.id,
        'warning',
        `The ${what} image ${value} is pinned to a tag, which can be re-pushed; add its digest${from}${why}.`,
        where,
        'pin the image by digest',
      );
    }
  }
}

/** The values of an image built from matrix variables; undefined when other expressions are involved. */
export function expandMatrix(image: string, matrix: unknown): string[] | undefined {
  const keys = [...image.matchAll(MATRIX_EXPRESSION)].map((m) => m[1]!);
  if (!keys.length || image.replace(MATRIX_EXPRESSION, '').includes('${{')) return undefined;
  if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix)) return undefined;
  const data = matrix as Record<string, unknown>;
  const combos: Array<Record<string, string>> = [];
  const base = keys.map((key) =>
    Array.isArray(data[key]) ? (data[key] as unknown[]).filter(isScalarValue).map(String) : [],
  );
  if (base.every((list) => list.length)) {
    const product = (i: number, acc: Record<string, string>): void => {
      if (combos.length > 256) return;
      if (i === keys.length) {
        combos.push({ ...acc });
        return;
      }
      for (const v of base[i]!) product(i + 1, { ...acc, [keys[i]!]: v });
    };
    product(0, {});
  }
  for (const entry of Array.isArray(data.include) ? data.include : []) {
    if (!entry || typeof entry !== 'object') continue;
    const values = entry as Record<string, unknown>;
    if (keys.every((key) => isScalarValue(values[key])))
      combos.push(Object.fromEntries(keys.map((key) => [key, String(values[key])])));
  }
  if (!combos.length) return undefined;
  const images = combos.map((combo) => image.replace(MATRIX_EXPRESSION, (_m, key: string) => combo[key] ?? ''));
  return [...new Set(images)].sort();
}

function isScalarValue(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function stepLabel(step: Step): string {
  return step.id ?? step.name ?? `#${step.index + 1}`;
}

/** The version comment on a line after a column: `# v4.2.2` gives `v4.2.2`. */
export function commentAfter(line: string, column: number): string | undefined {
  const rest = line.slice(Math.max(0, column - 1));
  const match = /^\s*["']?\s*#\s*(.*)$/.exec(rest);
  const text = match?.[1]?.trim();
  return text ? text : undefined;
}

export function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) offsets.push(i + 1);
  return offsets;
}
