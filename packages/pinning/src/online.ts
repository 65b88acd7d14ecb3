// Online checks of SHA pins: does the version comment's tag point to the pinned commit
// (ref-version-mismatch), and is the commit reachable from a branch or tag of the repository it
// names (impostor-commit)? Cheap evidence first: branch and tag tips (one or two list requests per
// repository, shared by all its pins), then branches-where-head, then the compare API against the
// likely homes of a pin, and only then (rare: a fork's commit) against every other branch and tag.
// A commit is called an impostor only after every ref was checked; a bound hit first is a note.
import type { Finding } from '@paved-road/core';
import type { ActionPin } from './audit.js';
import { GitHubError, type GitHubClient } from './github.js';
import {
  advisoryMessage,
  advisorySeverity,
  affectingAdvisories,
  compareVersions,
  releaseVersion,
  type Advisory,
} from './advisories.js';
import { FULL_SHA } from './refs.js';
import {
  archivedUsesRule,
  impostorCommitRule,
  knownVulnerableActionsRule,
  pinUnverifiedRule,
  refConfusionRule,
  refVersionMismatchRule,
  staleActionRefsRule,
} from './rules.js';

interface Tips {
  /** tag name -> commit sha (peeled: the tags list answers commits). */
  tags: Map<string, string>;
  /** branch name -> commit sha. */
  branches: Map<string, string>;
  /** Commits at the tip of some branch or tag. */
  commits: Set<string>;
  /** False when the list was cut at the page cap. */
  tagsComplete: boolean;
  branchesComplete: boolean;
}

/** Pages of tags read per repository before falling back to targeted lookups. */
const TAG_PAGES = 3;
/** Compares against the likely homes of a pin (its version tag, main, release branches) before the full sweep. */
const LIKELY_COMPARES = 3;

export interface PinVerifierOptions {
  /** Compares per distinct pin, likely homes and sweep together; past it the pin is unverified. Default 100. */
  maxCompares?: number;
  /** Pages (of 100) of branches and of tags listed for the full sweep. Default 10. */
  sweepPages?: number;
}

export interface OnlineResult {
  findings: Finding[];
  /** Pins checked fully (both checks ran). */
  verified: number;
  requests: number;
}

/** The audits `auditUses` runs: online only (the summary says when they did not run). */
export const ONLINE_AUDITS: readonly string[] = [
  archivedUsesRule.id,
  refConfusionRule.id,
  staleActionRefsRule.id,
  knownVulnerableActionsRule.id,
];

export interface UsesAuditResult {
  findings: Finding[];
  /** A pin-unverified note per place where some audit could not run, and which ones. */
  unverified: Array<{ finding: Finding; rules: string[] }>;
}

export class PinVerifier {
  private readonly tips = new Map<string, Promise<Tips>>();
  private readonly tagCommits = new Map<string, Promise<string | undefined>>();

  private readonly maxCompares: number;
  private readonly sweepPages: number;

  constructor(
    private readonly client: GitHubClient,
    options: PinVerifierOptions = {},
  ) {
    this.maxCompares = options.maxCompares ?? 100;
    this.sweepPages = options.sweepPages ?? 10;
  }

  /** Verifies every SHA pin; one finding list, deterministic order is the caller's (sortFindings). */
  async verify(pins: readonly ActionPin[]): Promise<OnlineResult> {
    const findings: Finding[] = [];
    let verified = 0;
    // One check per distinct (repository, sha, comment); findings are reported at every place.
    const groups = new Map<string, ActionPin[]>();
    for (const pin of pins) {
      if (!pin.pinned) continue;
      const key = `${pin.uses.repository.toLowerCase()}@${pin.uses.ref}#${versionOf(pin.comment) ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), pin]);
    }
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const outcome = await this.check(group[0]!);
        if (outcome.verified) verified += group.length;
        for (const pin of group)
          for (const f of outcome.findings) findings.push(at(pin, f.rule, f.severity, f.message));
      }),
    );
    return { findings, verified, requests: this.client.requestCount };
  }

  private async check(
    pin: ActionPin,
  ): Promise<{ verified: boolean; findings: Array<Pick<Finding, 'rule' | 'severity' | 'message'>> }> {
    const repo = pin.uses.repository;
    const sha = pin.uses.ref;
    const out: Array<Pick<Finding, 'rule' | 'severity' | 'message'>> = [];
    try {
      const tips = await this.repoTips(repo);
      const version = versionOf(pin.comment);
      let versionCommit: string | undefined;
      if (version === undefined) {
        out.push({
          rule: refVersionMismatchRule.id,
          severity: 'note',
          message: `${pin.value} has no version comment (# vX.Y.Z): readers and update bots cannot tell which release it is.`,
        });
      } else {
        versionCommit = await this.tagCommit(repo, version, tips);
        if (versionCommit === undefined) {
          out.push({
            rule: refVersionMismatchRule.id,
            severity: 'warning',
            message: `The comment names ${version}, but ${repo} has no tag ${version}.`,
          });
        } else if (versionCommit !== sha) {
          out.push({
            rule: refVersionMismatchRule.id,
            severity: 'error',
            message: `The comment says ${version}, but ${repo}@${version} is ${versionCommit}, not the pinned ${sha}.`,
          });
        }
      }
      const reach = await this.reachable(
        repo,
        sha,
        tips,
        version !== undefined && versionCommit !== undefined ? version : undefined,
      );
      if (reach.verdict === 'unverified') {
        out.push({
          rule: pinUnverifiedRule.id,
          severity: 'note',
          message: `${pin.value} was not verified online: ${reach.why}.`,
        });
        return { verified: false, findings: out };
      }
      if (reach.verdict === 'unreachable') {
        out.push({
          rule: impostorCommitRule.id,
          severity: 'error',
          message: `${sha} is not reachable from any branch or tag of ${repo}: it may come from a fork (an impostor commit).`,
        });
      }
      return { verified: true, findings: out };
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      out.push({
        rule: pinUnverifiedRule.id,
        severity: 'note',
        message: `${pin.value} was not verified online: ${unanswered(error, repo)}.`,
      });
      return { verified: false, findings: out };
    }
  }

  /**
   * The online audits of every `uses:` (pinned or not, allowed or not): archived-uses. Run after
   * `verify`, sharing its per-repository lists. One check per distinct (repository, ref); a check
   * the API could not answer is a pin-unverified note naming what did not run, never a pass.
   */
  async auditUses(pins: readonly ActionPin[]): Promise<UsesAuditResult> {
    const result: UsesAuditResult = { findings: [], unverified: [] };
    const groups = new Map<string, ActionPin[]>();
    for (const pin of pins) {
      const key = `${pin.uses.repository.toLowerCase()}@${pin.uses.ref}`;
      groups.set(key, [...(groups.get(key) ?? []), pin]);
    }
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const { found, notRun } = await this.auditRef(group[0]!);
        for (const pin of group) {
          for (const f of found) result.findings.push(at(pin, f.rule, f.severity, f.message));
          if (notRun.length) {
            const rules = notRun.map((n) => n.rule);
            const message = `${pin.value}: ${rules.join(', ')} did not run: ${notRun[0]!.why}.`;
            result.unverified.push({ finding: at(pin, pinUnverifiedRule.id, 'note', message), rules });
          }
        }
      }),
    );
    return result;
  }

  private async auditRef(pin: ActionPin): Promise<{
    found: Array<Pick<Finding, 'rule' | 'severity' | 'message'>>;
    notRun: Array<{ rule: string; why: string }>;
  }> {
    const repo = pin.uses.repository;
    const out: Array<Pick<Finding, 'rule' | 'severity' | 'message'>> = [];
    const checks: Array<{ rule: string; run: () => Promise<void> }> = [
      {
        rule: archivedUsesRule.id,
        run: async () => {
          const metadata = await this.client.get<{ archived?: boolean }>(`/repos/${repo}`);
          if (metadata.archived === true)
            out.push({
              rule: archivedUsesRule.id,
              severity: archivedUsesRule.severity,
              message: `${repo} is archived: it is no longer maintained, and a vulnerability in it will not be fixed.`,
            });
        },
      },
    ];
    const ref = pin.uses.ref;
    // A symbolic ref written out (not a SHA, not an expression GitHub evaluates first).
    const symbolic = !FULL_SHA.test(ref) && !ref.includes('${{');
    if (symbolic) {
      checks.push({
        rule: refConfusionRule.id,
        run: async () => {
          const tips = await this.repoTips(repo);
          const [branch, tag] = await Promise.all([
            this.refCommit(repo, 'heads', ref, tips),
            this.refCommit(repo, 'tags', ref, tips),
          ]);
          if (branch !== undefined && tag !== undefined)
            out.push({
              rule: refConfusionRule.id,
              severity: refConfusionRule.severity,
              message: `${repo} has both a branch and a tag named ${ref}${branch === tag ? '' : ` (at different commits: ${branch} and ${tag})`}: which one runs is GitHub's choice, not the workflow's.`,
            });
        },
      });
    }
    if (FULL_SHA.test(ref)) {
      checks.push({
        rule: staleActionRefsRule.id,
        run: async () => {
          const tags = await this.tagsAt(repo, ref);
          if (tags === undefined)
            throw new NotDecided(
              `${repo} has more than ${this.sweepPages * 100} tags, more than are listed, and none listed is at ${ref}`,
            );
          if (!tags.length)
            out.push({
              rule: staleActionRefsRule.id,
              severity: staleActionRefsRule.severity,
              message: `${ref} is the commit of no tag of ${repo}: it is not a release, and no release note says what it contains.`,
            });
        },
      });
    }
    if (FULL_SHA.test(ref) || symbolic) {
      checks.push({
        rule: knownVulnerableActionsRule.id,
        run: async () => {
          for (const { tag, version, commit } of await this.releasesOf(repo, ref)) {
            // GitHub filters by `affects=`; the ranges are read again here to name the fixed version.
            // One package@version has a handful of advisories at most: one page of 100 holds them.
            const query = new URLSearchParams({ ecosystem: 'actions', affects: `${repo}@${version}`, per_page: '100' });
            const advisories = await this.client
              .get<Advisory[]>(`/advisories?${query.toString()}`)
              .catch((error: unknown) => {
                // Not the repository missing: this server has no advisory database (an older GitHub Enterprise Server).
                if (error instanceof GitHubError && error.reason === 'not-found')
                  throw new NotDecided('the GitHub API has no global advisories endpoint (GET /advisories: 404)');
                throw error;
              });
            const subject = FULL_SHA.test(ref)
              ? `${repo} ${tag} (the release tag at the pinned commit)`
              : `${repo}@${ref} (release ${tag}, commit ${commit})`;
            for (const match of affectingAdvisories(advisories, repo, version, true))
              out.push({
                rule: knownVulnerableActionsRule.id,
                severity: advisorySeverity(match.severity),
                message: advisoryMessage(subject, match),
              });
          }
        },
      });
    }
    const notRun: Array<{ rule: string; why: string }> = [];
    for (const check of checks) {
      try {
        await check.run();
      } catch (error) {
        if (error instanceof NotDecided) notRun.push({ rule: check.rule, why: error.message });
        else if (error instanceof GitHubError) notRun.push({ rule: check.rule, why: unanswered(error, repo) });
        else throw error;
      }
    }
    return { found: out, notRun };
  }

  private repoTips(repo: string): Promise<Tips> {
    const key = repo.toLowerCase();
    let promise = this.tips.get(key);
    if (!promise) {
      promise = (async () => {
        const [tags, branches] = await Promise.all([
          this.client.getPages<{ name: string; commit: { sha: string } }>(`/repos/${repo}/tags`, TAG_PAGES),
          this.client.getPages<{ name: string; commit: { sha: string } }>(`/repos/${repo}/branches`, 1),
        ]);
        const tips: Tips = {
          tags: new Map(tags.items.map((t) => [t.name, t.commit.sha])),
          branches: new Map(branches.items.map((b) => [b.name, b.commit.sha])),
          commits: new Set([...tags.items, ...branches.items].map((t) => t.commit.sha)),
          tagsComplete: tags.complete,
          branchesComplete: branches.complete,
        };
        return tips;
      })();
      this.tips.set(key, promise);
    }
    return promise;
  }

  /**
   * The release each commit a ref runs is: for a SHA, the commit; for a branch or tag name, the
   * commit of each (both when the name is ambiguous). The release is the highest full version
   * (`v1.2.3`) among the tags at the commit; a commit at no such tag gives none.
   */
  private async releasesOf(
    repo: string,
    ref: string,
  ): Promise<Array<{ tag: string; version: string; commit: string }>> {
    let commits: string[];
    if (FULL_SHA.test(ref)) commits = [ref];
    else {
      const tips = await this.repoTips(repo);
      const both = await Promise.all([
        this.refCommit(repo, 'tags', ref, tips),
        this.refCommit(repo, 'heads', ref, tips),
      ]);
      commits = [...new Set(both.filter((c): c is string => c !== undefined))];
    }
    const out: Array<{ tag: string; version: string; commit: string }> = [];
    for (const commit of commits) {
      const tags = await this.tagsAt(repo, commit);
      if (tags === undefined)
        throw new NotDecided(
          `${repo} has more than ${this.sweepPages * 100} tags, more than are listed, and none listed is at ${commit}`,
        );
      const best = tags
        .filter((t) => releaseVersion(t) !== undefined)
        .sort((a, b) => compareVersions(releaseVersion(b)!, releaseVersion(a)!) || (a < b ? -1 : a > b ? 1 : 0))[0];
      if (best !== undefined) out.push({ tag: best, version: releaseVersion(best)!, commit });
    }
    return out;
  }

  /**
   * The names of the tags whose commit (annotated tags peeled) is `sha`: from the first pages of the
   * tag list, then from up to `sweepPages` pages; undefined when none was found and the list is longer.
   */
  private async tagsAt(repo: string, sha: string): Promise<string[] | undefined> {
    const tips = await this.repoTips(repo);
    const at = (tags: Iterable<[string, string]>): string[] =>
      [...tags].filter(([, commit]) => commit === sha).map(([name]) => name);
    const first = at(tips.tags);
    if (first.length || tips.tagsComplete) return first;
    const all = await this.client.getPages<{ name: string; commit: { sha: string } }>(
      `/repos/${repo}/tags`,
      this.sweepPages,
    );
    const found = at(all.items.map((t) => [t.name, t.commit.sha]));
    return found.length || all.complete ? found : undefined;
  }

  /**
   * The commit a branch (`heads`) or tag (`tags`) names, annotated tags peeled; undefined when there
   * is none. From the lists when they hold it or are complete, else one ref lookup.
   */
  private async refCommit(repo: string, kind: 'heads' | 'tags', name: string, tips: Tips): Promise<string | undefined> {
    if (kind === 'tags') return this.tagCommit(repo, name, tips);
    const listed = tips.branches.get(name);
    if (listed !== undefined || tips.branchesComplete) return listed;
    try {
      const ref = await this.client.get<{ object: { sha: string } }>(
        `/repos/${repo}/git/ref/heads/${encodeURIComponent(name)}`,
      );
      return ref.object.sha;
    } catch (error) {
      if (error instanceof GitHubError && error.reason === 'not-found') return undefined;
      throw error;
    }
  }

  /** The commit a tag names, annotated tags peeled; undefined when there is no such tag. */
  private tagCommit(repo: string, tag: string, tips: Tips): Promise<string | undefined> {
    const listed = tips.tags.get(tag);
    if (listed !== undefined || tips.tagsComplete) return Promise.resolve(listed);
    const key = `${repo.toLowerCase()}@${tag}`;
    let promise = this.tagCommits.get(key);
    if (!promise) {
      promise = resolveTag(this.client, repo, tag);
      this.tagCommits.set(key, promise);
    }
    return promise;
  }

  /**
   * Is `sha` reachable from some branch or tag of `repo`? Cheap evidence first: a branch or tag tip
   * (the lists fetched once per repository), branches-where-head, then the compare API against the
   * likely homes of a pinned commit (the version's tag, main, release branches). Only when all of
   * those say no is every other branch and tag compared (the full sweep, rare: a genuine pin is
   * almost always found by then). GitHub's REST API has no "branches containing a commit" endpoint,
   * so the sweep is one compare per distinct ref tip. `unreachable` is answered only after every
   * branch and tag was checked; a bound hit first gives `unverified` with the reason.
   */
  private async reachable(
    repo: string,
    sha: string,
    tips: Tips,
    tag: string | undefined,
  ): Promise<{ verdict: 'reachable' | 'unreachable' } | { verdict: 'unverified'; why: string }> {
    const yes = { verdict: 'reachable' as const };
    if (tips.commits.has(sha)) return yes;
    try {
      const heads = await this.client.get<unknown[]>(`/repos/${repo}/commits/${sha}/branches-where-head`);
      if (heads.length) return yes;
    } catch (error) {
      // 422: no such commit anywhere in the repository's network: reachable from none of its refs.
      if (!(error instanceof GitHubError) || error.reason !== 'unprocessable') throw error;
      return { verdict: 'unreachable' };
    }
    const compared = new Set<string>();
    const compare = async (base: string): Promise<boolean> => {
      compared.add(base);
      try {
        const answer = await this.client.get<{ status: string }>(`/repos/${repo}/compare/${base}...${sha}`);
        return answer.status === 'behind' || answer.status === 'identical';
      } catch (error) {
        // 404: no common history (a fork's orphan commit); 422: unknown commit.
        if (!(error instanceof GitHubError) || (error.reason !== 'not-found' && error.reason !== 'unprocessable'))
          throw error;
        return false;
      }
    };
    // Likely homes first: the version's tag, the main branch, release branches (`releases/v1`, `v2`).
    const releaseBranches = [...tips.branches.keys()]
      .filter((b) => /^(releases?\/|v\d)/.test(b))
      .sort()
      .reverse();
    const likely = [
      tag === undefined ? undefined : tips.tags.get(tag),
      tips.branches.get('main') ?? tips.branches.get('master') ?? [...tips.branches.values()][0],
      ...releaseBranches.map((b) => tips.branches.get(b)),
    ].filter((s): s is string => s !== undefined);
    for (const base of [...new Set(likely)].slice(0, LIKELY_COMPARES)) if (await compare(base)) return yes;

    // The full sweep: every branch, then every tag (newest first), one compare per distinct tip.
    const [branches, tags] = await Promise.all([
      this.client.getPages<{ name: string; commit: { sha: string } }>(`/repos/${repo}/branches`, this.sweepPages),
      this.client.getPages<{ name: string; commit: { sha: string } }>(`/repos/${repo}/tags`, this.sweepPages),
    ]);
    const bases = [...new Set([...branches.items, ...tags.items].map((r) => r.commit.sha))].filter(
      (base) => !compared.has(base),
    );
    const budget = Math.max(0, this.maxCompares - compared.size);
    for (const base of bases.slice(0, budget)) if (await compare(base)) return yes;
    if (bases.length > budget || !branches.complete || !tags.complete) {
      const listed = branches.items.length + tags.items.length;
      const limit =
        bases.length > budget
          ? `${bases.length - budget} more distinct branch and tag tips were not compared (at most ${this.maxCompares} compares per pin, to spare the token's rate limit)`
          : `${repo} has more than ${this.sweepPages * 100} branches or tags, more than are listed`;
      return {
        verdict: 'unverified',
        why: `${sha} is not reachable from the ${compared.size} of ${listed}+ branches and tags compared, and ${limit}; it is not reported as an impostor commit without checking every ref. Check by hand: gh api repos/${repo}/compare/<branch>...${sha} (status behind or identical means genuine)`,
      };
    }
    return { verdict: 'unreachable' };
  }
}

/**
 * known-vulnerable-actions offline, from the advisory snapshot the policy names: the version is the
 * one the ref names (`@v1.2.3`) or, for a SHA pin, its version comment (`# v1.2.3`), which only the
 * online check (ref-version-mismatch) can confirm; a ref that names no full version is not compared.
 */
export function offlineAdvisoryFindings(
  pins: readonly ActionPin[],
  advisories: readonly Advisory[],
  file: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const pin of pins) {
    const ref = pin.uses.ref;
    const comment = versionOf(pin.comment);
    const tag = FULL_SHA.test(ref) ? comment : ref;
    const version = tag === undefined ? undefined : releaseVersion(tag);
    if (version === undefined) continue;
    const subject = FULL_SHA.test(ref)
      ? `${pin.uses.repository} ${tag!} (by the version comment, not checked offline)`
      : `${pin.uses.repository}@${ref}`;
    for (const match of affectingAdvisories(advisories, pin.uses.repository, version))
      findings.push(
        at(
          pin,
          knownVulnerableActionsRule.id,
          advisorySeverity(match.severity),
          `${advisoryMessage(subject, match).replace(/\.$/, '')} (advisories from ${file}).`,
        ),
      );
  }
  return findings;
}

/**
 * One pin-unverified note per place: a note of `auditUses` at a place where `verify` already left
 * one (the same unanswered repository, as a rule) is folded into it, naming the audits that did not run.
 */
export function mergeUnverified(verifyFindings: readonly Finding[], audit: UsesAuditResult): Finding[] {
  const place = (f: Finding): string => `${f.file}:${f.line}:${f.column}`;
  const notes = new Map<string, Finding>();
  const out = verifyFindings.map((f) => {
    if (f.rule !== pinUnverifiedRule.id) return f;
    const copy = { ...f };
    notes.set(place(f), copy);
    return copy;
  });
  out.push(...audit.findings);
  for (const { finding, rules } of audit.unverified) {
    const note = notes.get(place(finding));
    if (note) note.message = `${note.message} Not run either: ${rules.join(', ')}.`;
    else out.push(finding);
  }
  return out;
}

/** An audit that got its answers but could not decide within its bounds; the message says why. */
class NotDecided extends Error {}

/** Why the API gave no answer about `repo`, for a pin-unverified note. */
function unanswered(error: GitHubError, repo: string): string {
  return error.reason === 'not-found'
    ? `${repo} was not found (private, renamed or deleted, or the token cannot see it)`
    : error.reason === 'rate-limited'
      ? 'the GitHub API rate limit was reached'
      : error.reason === 'forbidden' || error.reason === 'unauthorized'
        ? `the token may not read ${repo} (${error.status})`
        : `the GitHub API did not answer (${error.status || 'network'})`;
}

/** Resolves `tags/<tag>` to its commit, peeling annotated tags. */
export async function resolveTag(client: GitHubClient, repo: string, tag: string): Promise<string | undefined> {
  let object: { type: string; sha: string };
  try {
    object = (
      await client.get<{ object: { type: string; sha: string } }>(
        `/repos/${repo}/git/ref/tags/${encodeURIComponent(tag)}`,
      )
    ).object;
  } catch (error) {
    if (error instanceof GitHubError && error.reason === 'not-found') return undefined;
    throw error;
  }
  for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
    object = (await client.get<{ object: { type: string; sha: string } }>(`/repos/${repo}/git/tags/${object.sha}`))
      .object;
  }
  return object.type === 'commit' ? object.sha : undefined;
}

/** `v4.2.2` from `v4.2.2`, `tag=v4.2.2`, `v4.2.2 (2024-10-23)`, `pin@v4`; undefined when it does not name a version. */
export function versionOf(comment: string | undefined): string | undefined {
  if (!comment) return undefined;
  const word = comment
    .trim()
    .split(/\s+/)[0]!
    .replace(/^(tag=|pin@|ratchet:[^@]*@)/, '');
  return /^v?\d+(\.\d+)*([-+.][\w.-]+)?$/.test(word) ? word : undefined;
}

function at(pin: ActionPin, rule: string, severity: Finding['severity'], message: string): Finding {
  return {
    rule,
    severity,
    message,
    file: pin.file,
    line: pin.line,
    column: pin.column,
    endLine: pin.endLine,
    endColumn: pin.endColumn,
    ...(pin.job ? { job: pin.job } : {}),
    ...(pin.step ? { step: pin.step } : {}),
  };
}
