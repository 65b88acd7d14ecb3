// Auto-pin: every unpinned `uses:` becomes `owner/repo@<commit> # <most specific tag>`, every
// unpinned image written whole `name:tag@sha256:<digest>`: literal values, matrix entries used as
// the whole image (`${{ matrix.image }}`), a Dockerfile ARG default used as `FROM ${BASE}`. Edits are splices at the exact positions the
// audit found, so formatting, quoting, comments and CRLF stay as they were; files are written
// atomically. Pinned values are left alone, so a second run changes nothing.
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { writeFileAtomic } from '@paved-road/core';
import type { ActionPin, ImageUse } from './audit.js';
import type { AuditedFile } from './command.js';
import { GitHubError, type GitHubClient } from './github.js';
import { versionOf } from './online.js';
import { isSlsaGeneratorWorkflow, matchesPattern, parseImageReference } from './refs.js';
import { RegistryClient } from './registry.js';

export interface FixOptions {
  workspace: string;
  /** true: write the files; false: only compute diffs. */
  write: boolean;
  github?: GitHubClient;
  registry?: RegistryClient;
  log(message: string): void;
  /** Images matching these are left as they are. */
  allow?: readonly string[];
}

export interface FixOutcome {
  fixedFiles: string[];
  diffs: string[];
  /** What could not be pinned, and why. */
  notes: string[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export async function autoPin(files: readonly AuditedFile[], options: FixOptions): Promise<FixOutcome> {
  const outcome: FixOutcome = { fixedFiles: [], diffs: [], notes: [] };
  const github = options.github;
  const registry = options.registry ?? new RegistryClient();
  const refCache = new Map<string, Promise<{ sha: string; tag: string } | undefined>>();
  const digestCache = new Map<string, Promise<string>>();

  for (const audited of files) {
    if (audited.invalid) {
      // An edit cannot be checked against a file that does not parse as a whole.
      if (audited.audit.pins.some((pin) => !pin.pinned))
        outcome.notes.push(`${audited.file}: not pinned: the file is not a valid workflow (see invalid-workflow).`);
      continue;
    }
    const edits: Edit[] = [];
    const lineStarts = [0];
    for (let i = 0; i < audited.text.length; i++) if (audited.text.charCodeAt(i) === 10) lineStarts.push(i + 1);

    for (const pin of audited.audit.pins) {
      if (pin.pinned || pin.allowed || isSlsaGeneratorWorkflow(pin.uses) || pin.uses.ref.includes('${{')) continue;
      if (!github) {
        outcome.notes.push(`${pin.file}:${pin.line}: ${pin.value} not pinned: no GitHub API access.`);
        continue;
      }
      const key = `${pin.uses.repository.toLowerCase()}@${pin.uses.ref}`;
      let resolved = refCache.get(key);
      if (!resolved) {
        resolved = resolveRef(github, pin.uses.repository, pin.uses.ref);
        refCache.set(key, resolved);
      }
      let target: { sha: string; tag: string } | undefined;
      try {
        target = await resolved;
      } catch (error) {
        outcome.notes.push(`${pin.file}:${pin.line}: ${pin.value} not pinned: ${(error as Error).message}.`);
        continue;
      }
      if (!target) {
        outcome.notes.push(
          `${pin.file}:${pin.line}: ${pin.value} not pinned: ${pin.uses.ref} is neither a tag nor a branch of ${pin.uses.repository}.`,
        );
        continue;
      }
      const edit = usesEdit(audited.text, lineStarts, pin, target);
      if (edit) edits.push(edit);
      else
        outcome.notes.push(
          `${pin.file}:${pin.line}: ${pin.value} not pinned: the value could not be located in the text.`,
        );
    }

    for (const image of audited.audit.images) {
      if (image.pinned) continue;
      if (!image.offsets.length) {
        if (image.unfixable)
          outcome.notes.push(`${image.file}:${image.line}: image ${image.value} not pinned: ${image.unfixable}.`);
        continue;
      }
      const ref = parseImageReference(image.value);
      if (!ref || ref.digest !== undefined) continue;
      const shortName = `${ref.registry === 'docker.io' ? '' : `${ref.registry}/`}${ref.repository.replace(/^library\//, '')}`;
      if ((options.allow ?? []).some((p) => matchesPattern(p, shortName) || matchesPattern(p, image.value))) continue;
      let digest = digestCache.get(image.value);
      if (!digest) {
        digest = registry.resolveDigest(ref);
        digestCache.set(image.value, digest);
      }
      try {
        const value = await digest;
        for (const offset of image.offsets)
          edits.push({ start: offset, end: offset + image.value.length, text: `${image.value}@${value}` });
      } catch (error) {
        outcome.notes.push(
          `${image.file}:${image.line}: image ${image.value} not pinned: ${(error as Error).message}.`,
        );
      }
    }

    if (!edits.length) continue;
    const text = applyEdits(audited.text, edits);
    if (text === audited.text) continue;
    outcome.fixedFiles.push(audited.file);
    if (options.write) {
      writeFileAtomic(resolve(options.workspace, audited.file), text, {
        displayName: audited.file,
        workspace: options.workspace,
        keepBom: true,
      });
    } else
      outcome.diffs.push(
        createTwoFilesPatch(`a/${audited.file}`, `b/${audited.file}`, audited.text, text, '', '', { context: 3 }),
      );
  }
  for (const note of outcome.notes) options.log(note);
  return outcome;
}

/** A full commit SHA as the fixer writes it. */
const COMMIT_SHA = /^[0-9a-f]{40}$/;
/**
 * A tag name the fixer may write into a comment: one line of the characters tags are made of (git
 * allows more, but a comment carrying `\n- run: ...` must never reach a workflow).
 */
const TAG_NAME = /^[A-Za-z0-9][A-Za-z0-9._+/-]{0,199}$/;

/**
 * Whether a tag names the ref the workflow asked for: the ref itself, or a more precise version of
 * it (`v4` -> `v4.2.2`, `v1.2` -> `v1.2.3`). Another tag at the same commit says nothing about what
 * the workflow meant, and is not written.
 */
export function tagMatchesRef(tag: string, ref: string): boolean {
  return TAG_NAME.test(tag) && (tag === ref || tag.startsWith(`${ref}.`) || tag.startsWith(`${ref}-`));
}

/**
 * The commit a tag or branch names now, and the most specific tag at that commit that matches the
 * ref (the ref itself when none does). What the API answers is checked before anything is written:
 * a SHA that is not 40 lower-case hex digits, or a tag name at that commit that is not one line of
 * tag characters, refuses the pin (an Error, reported as a one-line note: nothing written).
 */
async function resolveRef(
  github: GitHubClient,
  repo: string,
  ref: string,
): Promise<{ sha: string; tag: string } | undefined> {
  let sha: unknown;
  try {
    // The commits endpoint resolves tags (annotated ones peeled), branches and short SHAs alike.
    sha = (await github.get<{ sha?: unknown }>(`/repos/${repo}/commits/${encodeURIComponent(ref)}`)).sha;
  } catch (error) {
    if (error instanceof GitHubError && (error.reason === 'not-found' || error.reason === 'unprocessable'))
      return undefined;
    throw error;
  }
  if (typeof sha !== 'string' || !COMMIT_SHA.test(sha))
    throw new Error('the GitHub API answered a commit that is not a 40-character lower-case hex SHA; nothing written');
  const { items } = await github.getPages<{ name?: unknown; commit?: { sha?: unknown } }>(`/repos/${repo}/tags`, 3);
  const names = items.filter((t) => t.commit?.sha === sha).map((t) => t.name);
  // An answer no git server gives (a name over several lines, not a string) taints the whole answer.
  if (names.some((name) => typeof name !== 'string' || !TAG_NAME.test(name)))
    throw new Error('the GitHub API answered a tag name that is not a single-line tag name; nothing written');
  const tag =
    mostSpecificTag(
      (names as string[]).filter((name) => tagMatchesRef(name, ref)),
      ref,
    ) ?? ref;
  if (!TAG_NAME.test(tag))
    throw new Error(`the ref ${JSON.stringify(ref)} is not a tag or branch name; nothing written`);
  return { sha, tag };
}

/** Among tags at one commit: prefer those extending the ref the user wrote (v4 -> v4.2.2), then the most components. */
export function mostSpecificTag(tags: readonly string[], ref: string): string | undefined {
  if (!tags.length) return undefined;
  const score = (tag: string): [number, number, number, string] => [
    tag === ref || tag.startsWith(`${ref}.`) ? 1 : 0,
    versionOf(tag) ? 1 : 0,
    tag.split(/[.-]/).length,
    tag,
  ];
  return [...tags].sort((a, b) => {
    const x = score(a);
    const y = score(b);
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || (x[3] < y[3] ? 1 : x[3] > y[3] ? -1 : 0);
  })[0];
}

function usesEdit(
  text: string,
  lineStarts: number[],
  pin: ActionPin,
  target: { sha: string; tag: string },
): Edit | undefined {
  const lineStart = lineStarts[pin.line - 1];
  if (lineStart === undefined) return undefined;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const line = text.slice(lineStart, lineEnd);
  const valueAt = line.indexOf(pin.value, pin.column - 1);
  if (valueAt === -1) return undefined;
  const refAt = valueAt + pin.value.lastIndexOf('@') + 1;
  let after = valueAt + pin.value.length;
  if (line[after] === '"' || line[after] === "'") after++;
  const rest = line.slice(after);
  const comment = /^(\s*)#\s?(.*)$/.exec(rest);
  let tail: string;
  if (comment) {
    const old = comment[2]!.trim();
    const keep = versionOf(old) !== undefined || old === pin.uses.ref ? '' : ` ${old}`;
    tail = ` # ${target.tag}${keep}`;
  } else {
    // Only a comment may follow on the line; in a flow mapping (`{uses: a/b@v1}`) leave the rest as is.
    tail = rest.trim() === '' ? ` # ${target.tag}` : rest;
  }
  const newLine = `${line.slice(0, refAt)}${target.sha}${line.slice(valueAt + pin.value.length, after)}${tail}`;
  return { start: lineStart, end: lineEnd, text: newLine.replace(/\s+$/, '') };
}

/** Applies non-overlapping edits (an image on a line already rewritten for `uses:` is skipped). */
function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

export type { ImageUse };
