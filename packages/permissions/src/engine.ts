// The minimal-permissions engine: for each job, the scopes its steps need from the GITHUB_TOKEN,
// with a reason for each, from the knowledge base, the run: scripts and called workflows.
import type { Job, KeyValue, Located, Step, WorkflowFile } from '@paved-road/workflows';
import {
  lookupAction,
  splitUses,
  type ActionKnowledge,
  type InputCondition,
  type Level,
  type Scope,
  type ScopeNeed,
} from './knowledge/index.js';
import { githubScriptNeeds, restNeeds, type ApiNeed } from './rest.js';
import { analyzeRunScript, reachableRights, reachWhy } from './run.js';
import { isExpression, mergeEnv, refersToToken, tokenVariables } from './tokens.js';

export type ScopeMap = Partial<Record<Scope, Level>>;

/** Something the engine cannot explain: the job keeps its current grant. */
export interface UnknownUse {
  message: string;
  line: number;
  column: number;
  /** The file it is in (a called workflow or local action may be another file). */
  file: string;
  step?: string;
}

/**
 * A step that may use rights the engine cannot rule out (a script of the repository, an unknown tool,
 * a publisher that may request an OIDC token): where the job is granted them, they are kept.
 */
export interface MayUse extends UnknownUse {
  rights: Scope[];
}

export interface JobPermissions {
  scopes: ScopeMap;
  reasons: Partial<Record<Scope, string[]>>;
  unknown: UnknownUse[];
  /** Steps that may use more than `scopes`: the rights they name stay where granted. */
  mayUse: MayUse[];
  /** True when every step is accounted for: the scopes are all the job needs. */
  explained: boolean;
  /** A step uses (or may use) the credentials actions/checkout persisted: they must stay. */
  usesGitCredentials: boolean;
  /** The first such step and what it does: `step release: git push`. */
  gitCredentialsBy?: string;
}

/** A called workflow or local action, or why it could not be read. */
export type Resolved = { file: WorkflowFile } | { error: string };

export interface ComputeOptions {
  /**
   * Reads a local file (`./.github/workflows/x.yml`, `./path/action.yml`) named relative to the
   * repository root; undefined when it does not exist.
   */
  loadLocal?(path: string): WorkflowFile | undefined;
  /** A remote reusable workflow (`owner/repo/.github/workflows/x.yml@ref`) fetched beforehand. */
  remote?(uses: string): Resolved | undefined;
}

const RANK: Record<Level, number> = { read: 1, write: 2 };

class Accumulator {
  readonly scopes: ScopeMap = {};
  readonly reasons: Partial<Record<Scope, string[]>> = {};
  readonly unknown: UnknownUse[] = [];
  readonly mayUse: MayUse[] = [];
  gitCredentialsBy: string | undefined;

  usesCredentials(by: string): void {
    this.gitCredentialsBy ??= by;
  }

  private readonly levels = new Map<string, Level>();

  add(scope: Scope, level: Level, reason: string): void {
    const current = this.scopes[scope];
    if (!current || RANK[level] > RANK[current]) this.scopes[scope] = level;
    const list = (this.reasons[scope] ??= []);
    if (!list.includes(reason)) list.push(reason);
    this.levels.set(`${scope}\0${reason}`, level);
  }

  /** Adds what a called workflow or composite action needs; its unknowns are reported at the call site. */
  merge(other: JobPermissions, prefix: string, callSite: UnknownUse): void {
    for (const [scope, level] of Object.entries(other.scopes) as [Scope, Level][]) {
      // The first reasons are those for the level (see result()); the rest may be for less.
      (other.reasons[scope] ?? []).forEach((reason, i) =>
        this.add(scope, i === 0 ? level : 'read', `${prefix}${reason}`),
      );
    }
    const relocate = <T extends UnknownUse>(use: T): T =>
      use.file === callSite.file
        ? use
        : { ...use, ...callSite, message: `${callSite.message}${use.message} (${use.file}:${use.line})` };
    for (const unknown of other.unknown) this.unknown.push(relocate(unknown));
    for (const use of other.mayUse) this.mayUse.push(relocate(use));
  }

  result(): JobPermissions {
    const scopes: ScopeMap = {};
    const reasons: Partial<Record<Scope, string[]>> = {};
    for (const scope of Object.keys(this.scopes).sort() as Scope[]) {
      scopes[scope] = this.scopes[scope]!;
      // The reasons for the level granted come first: they are the ones a comment must name.
      const level = this.scopes[scope]!;
      const list = this.reasons[scope] ?? [];
      reasons[scope] = [
        ...list.filter((r) => this.levels.get(`${scope}\0${r}`) === level),
        ...list.filter((r) => this.levels.get(`${scope}\0${r}`) !== level),
      ];
    }
    // A right already needed at its highest level cannot be used for more.
    const mayUse = this.mayUse
      .map((use) => ({ ...use, rights: use.rights.filter((r) => scopes[r] !== 'write') }))
      .filter((use) => use.rights.length);
    return {
      scopes,
      reasons,
      unknown: this.unknown,
      mayUse,
      explained: this.unknown.length === 0 && mayUse.length === 0,
      usesGitCredentials: this.gitCredentialsBy !== undefined,
      ...(this.gitCredentialsBy !== undefined ? { gitCredentialsBy: this.gitCredentialsBy } : {}),
    };
  }
}

/**
 * What one job needs. Unknown actions, scripts that hand the token to something unreadable, and
 * unreadable called workflows are listed in `unknown` (and `explained` is false): the caller must then
 * keep the job's current grant, never remove a right it cannot prove unneeded.
 */
export function computeJobPermissions(wf: WorkflowFile, job: Job, options: ComputeOptions = {}): JobPermissions {
  return computeJob(wf, job, options, new Set([wf.file]));
}

function computeJob(wf: WorkflowFile, job: Job, options: ComputeOptions, visiting: Set<string>): JobPermissions {
  const acc = new Accumulator();
  if (job.uses) {
    reusableWorkflow(wf, job, job.uses, acc, options, visiting);
    return acc.result();
  }
  analyzeSteps(wf, job.steps, [wf.env, job.env], new Map(), acc, options, visiting);
  return acc.result();
}

/** Substitutes `${{ inputs.x }}` in a composite action's values with what the caller passed (or the default). */
type InputValues = Map<string, string>;

function substitute(value: string, inputs: InputValues): string {
  if (!inputs.size || !value.includes('inputs')) return value;
  return value.replace(/\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g, (whole, name: string) => inputs.get(name) ?? whole);
}

function analyzeSteps(
  wf: WorkflowFile,
  steps: readonly Step[],
  envLayers: (readonly KeyValue[])[],
  inputs: InputValues,
  acc: Accumulator,
  options: ComputeOptions,
  visiting: Set<string>,
  inheritedGitCredentials = false,
  inheritedPersisted = inheritedGitCredentials,
): void {
  let gitCredentials = inheritedGitCredentials;
  // Credentials of any token (a PAT too) left in .git/config: a later push may rely on them.
  let persisted = inheritedPersisted;
  for (const step of steps) {
    const stepLabel = step.id ?? step.name ?? `#${step.index + 1}`;
    const rawEnv = mergeEnv(
      ...envLayers,
      step.env.map((kv) => ({ ...kv, value: { ...kv.value, value: substitute(kv.value.value, inputs) } })),
    );
    const tokenVars = tokenVariables(rawEnv);
    if (step.run) {
      const text = substitute(step.run.text, inputs);
      const analysis = analyzeRunScript(text, {
        tokenVars,
        env: rawEnv,
        gitCredentials,
        persistedCredentials: persisted,
        shell: step.shell?.value,
      });
      const label = `step ${stepLabel}`;
      for (const need of analysis.needs) acc.add(need.scope, need.level, `${label}: ${need.reason}`);
      if (analysis.gitCredentialsBy) acc.usesCredentials(`${label}: ${analysis.gitCredentialsBy}`);
      const where = (offset: number) => {
        const pos = text === step.run!.text ? step.run!.offsetToPosition(offset) : step.run!.position;
        return { line: pos.line, column: pos.column, file: wf.file, step: stepLabel };
      };
      for (const unknown of analysis.unknown)
        acc.unknown.push({ message: `${label}: ${unknown.message}`, ...where(unknown.offset) });
      for (const use of analysis.mayUse)
        acc.mayUse.push({ message: `${label}: ${use.why}`, rights: use.rights, ...where(use.offset) });
      continue;
    }
    if (!step.uses) continue;
    const uses = step.uses.value.trim();
    const withValues = new Map<string, string>();
    for (const [name, located] of step.with) withValues.set(name, substitute(located.value, inputs));
    const explicitToken = [...withValues.values()].some(refersToToken) || tokenVars.size > 0;
    const at = (message: string): UnknownUse => ({
      message,
      line: step.uses!.line,
      column: step.uses!.column,
      file: wf.file,
      step: stepLabel,
    });

    if (uses.startsWith('docker://')) {
      // An image the knowledge base does not know: the workspace (and .git/config) is mounted into it,
      // and the OIDC request variables are passed to it.
      acc.mayUse.push({
        ...at(
          `step ${stepLabel}: runs the container ${uses}, a tool the knowledge base does not know: ${reachWhy(gitCredentials)}`,
        ),
        rights: reachableRights(gitCredentials),
      });
      if (persisted) acc.usesCredentials(`step ${stepLabel}: the container ${uses}`);
      // A container action gets the token only through with: or env:.
      if (explicitToken)
        acc.unknown.push(
          at(
            `step ${stepLabel}: the container ${uses} receives the GITHUB_TOKEN; what it does with it cannot be known`,
          ),
        );
      continue;
    }
    if (uses.startsWith('./') || uses.startsWith('../')) {
      localAction(
        wf,
        uses,
        stepLabel,
        withValues,
        explicitToken,
        gitCredentials,
        persisted,
        acc,
        options,
        visiting,
        at,
      );
      continue;
    }
    const knowledge = lookupAction(uses);
    if (!knowledge) {
      acc.unknown.push(
        at(`step ${stepLabel}: ${splitUses(uses).name} is not in the knowledge base; its token use cannot be known`),
      );
      continue;
    }
    const receives = receivesToken(knowledge, withValues, rawEnv, gitCredentials);
    if (knowledge.token?.gitCredentials && persisted)
      acc.usesCredentials(`step ${stepLabel} (${splitUses(uses).name}): pushes with git`);
    const label = `step ${stepLabel} (${splitUses(uses).name})`;
    applyKnowledge(knowledge, withValues, receives, label, acc, at);
    for (const use of knowledge.mayUse ?? [])
      acc.mayUse.push({ ...at(`${label}: ${use.reason}`), rights: [use.scope] });
    for (const input of knowledge.runsInputs ?? []) {
      const command = withValues.get(input);
      if (!command?.trim()) continue;
      // The action runs the command in its own process: the step's environment, token included.
      const analysis = analyzeRunScript(command, {
        tokenVars,
        env: rawEnv,
        gitCredentials,
        persistedCredentials: persisted,
      });
      const where = `${label} ${input}: `;
      for (const need of analysis.needs) acc.add(need.scope, need.level, `${where}${need.reason}`);
      if (analysis.gitCredentialsBy) acc.usesCredentials(`${where}${analysis.gitCredentialsBy}`);
      for (const unknown of analysis.unknown) acc.unknown.push(at(`${where}${unknown.message}`));
      for (const use of analysis.mayUse) acc.mayUse.push({ ...at(`${where}${use.why}`), rights: use.rights });
    }
    if (splitUses(uses).name === 'actions/checkout') {
      const persist = (withValues.get('persist-credentials') ?? 'true').trim().toLowerCase();
      const token = withValues.get('token');
      if (persist === 'false') {
        gitCredentials = false;
        persisted = false;
      } else {
        persisted = true;
        gitCredentials = token === undefined || refersToToken(token);
      }
    }
  }
}

function receivesToken(
  knowledge: ActionKnowledge,
  withValues: Map<string, string>,
  env: Map<string, { value: string; token: boolean }>,
  gitCredentials: boolean,
): boolean {
  const intake = knowledge.token;
  if (!intake) return false;
  if (intake.always) return true;
  if (intake.input) {
    const given = withValues.get(intake.input) ?? findCaseInsensitive(withValues, intake.input);
    if (
      given !== undefined
        ? refersToToken(given) || (given.trim() === '' && intake.defaultsToGithubToken === true)
        : intake.defaultsToGithubToken === true
    )
      return true;
  }
  if (intake.env?.some((name) => env.get(name)?.token)) return true;
  if (intake.gitCredentials && gitCredentials) return true;
  return false;
}

function findCaseInsensitive(map: Map<string, string>, name: string): string | undefined {
  for (const [key, value] of map) if (key.toLowerCase() === name.toLowerCase()) return value;
  return undefined;
}

/** Whether a condition holds: 'yes', 'no', or 'maybe' (an expression decides at run time). */
function evaluate(
  condition: InputCondition,
  withValues: Map<string, string>,
  defaults: Readonly<Record<string, string>>,
): 'yes' | 'no' | 'maybe' {
  const raw = withValues.get(condition.input) ?? defaults[condition.input] ?? '';
  if (isExpression(raw)) return 'maybe';
  const value = raw.trim().toLowerCase();
  if (condition.set !== undefined && (value !== '') !== condition.set) return 'no';
  if (condition.oneOf && !condition.oneOf.includes(value)) return 'no';
  if (condition.notOneOf && condition.notOneOf.includes(value)) return 'no';
  if (condition.matches && !new RegExp(condition.matches, 'i').test(value)) return 'no';
  return 'yes';
}

function applyKnowledge(
  knowledge: ActionKnowledge,
  withValues: Map<string, string>,
  receives: boolean,
  label: string,
  acc: Accumulator,
  at: (message: string) => UnknownUse,
): void {
  for (const need of knowledge.needs) {
    if ((need.via ?? 'token') === 'token' && !receives) continue;
    const verdict = conditionsHold(need, withValues, knowledge.defaults ?? {});
    if (verdict === 'no') continue;
    acc.add(
      need.scope,
      need.level,
      `${label}: ${need.reason}${verdict === 'maybe' ? ' (decided by an expression at run time)' : ''}`,
    );
  }
  if (knowledge.analyze && receives) {
    const input = withValues.get(knowledge.analyze.input);
    if (input === undefined || input.trim() === '') {
      acc.unknown.push(
        at(`${label}: no ${knowledge.analyze.input} input to read; what it does with the token cannot be known`),
      );
      return;
    }
    const needs: ApiNeed[] =
      knowledge.analyze.kind === 'github-script'
        ? githubScriptNeeds(input)
        : (() => {
            const match = /^\s*(GET|POST|PUT|PATCH|DELETE|HEAD)\s+(\S+)/i.exec(input);
            return match ? [restNeeds(match[1]!, match[2]!)] : [restNeeds('GET', input.trim())];
          })();
    if (knowledge.analyze.kind === 'github-script' && /\brequire\s*\(|\bimport\s*\(/.test(input)) {
      acc.unknown.push(at(`${label}: the script loads other code; what it does with the token cannot be known`));
    }
    for (const need of needs) {
      if (need.kind === 'unknown') acc.unknown.push(at(`${label}: cannot tell which scopes ${need.what} needs`));
      else for (const s of need.scopes) acc.add(s.scope, s.level, `${label}: ${need.what}`);
    }
  }
}

function conditionsHold(
  need: ScopeNeed,
  withValues: Map<string, string>,
  defaults: Readonly<Record<string, string>>,
): 'yes' | 'no' | 'maybe' {
  if (!need.when) return 'yes';
  const list = Array.isArray(need.when) ? need.when : [need.when as InputCondition];
  let verdict: 'yes' | 'maybe' = 'yes';
  for (const condition of list) {
    const v = evaluate(condition, withValues, defaults);
    if (v === 'no') return 'no';
    if (v === 'maybe') verdict = 'maybe';
  }
  return verdict;
}

function localAction(
  wf: WorkflowFile,
  uses: string,
  stepLabel: string,
  withValues: Map<string, string>,
  explicitToken: boolean,
  gitCredentials: boolean,
  persisted: boolean,
  acc: Accumulator,
  options: ComputeOptions,
  visiting: Set<string>,
  at: (message: string) => UnknownUse,
): void {
  const dir = uses.replace(/^\.\/?/, '').replace(/\/+$/, '');
  const prefix = dir ? `${dir}/` : '';
  const action = options.loadLocal?.(`${prefix}action.yml`) ?? options.loadLocal?.(`${prefix}action.yaml`);
  if (!action || action.errors.length || !action.action) {
    const why = !action
      ? 'no action.yml there'
      : action.errors.length
        ? `${action.errors[0]!.message} (line ${action.errors[0]!.line})`
        : 'not an action';
    acc.unknown.push(at(`step ${stepLabel}: the local action ${uses} could not be read: ${why}`));
    return;
  }
  const inputs: InputValues = new Map();
  let defaultToken = false;
  for (const input of action.action.inputs) {
    const given = withValues.get(input.name);
    const value = given ?? input.default?.value ?? '';
    inputs.set(input.name, value);
    if (given === undefined && refersToToken(input.default?.value)) defaultToken = true;
  }
  const using = action.action.runs?.using?.value.toLowerCase() ?? '';
  if (using === 'composite') {
    if (visiting.has(action.file)) return;
    visiting.add(action.file);
    const sub = new Accumulator();
    analyzeSteps(
      action,
      action.action.runs?.steps ?? [],
      [],
      inputs,
      sub,
      options,
      visiting,
      gitCredentials,
      persisted,
    );
    visiting.delete(action.file);
    if (sub.gitCredentialsBy) acc.usesCredentials(`step ${stepLabel} (${uses}) > ${sub.gitCredentialsBy}`);
    acc.merge(sub.result(), `step ${stepLabel} (${uses}) > `, at(`step ${stepLabel} (${uses}): `));
    return;
  }
  // A JavaScript or container action of the repository: code the audit does not read.
  const what = `step ${stepLabel}: runs the local ${using ? `${using} action` : 'action'} ${uses}, code of the repository`;
  acc.mayUse.push({
    ...at(`${what}: ${reachWhy(gitCredentials)}`),
    rights: reachableRights(gitCredentials),
  });
  if (persisted) acc.usesCredentials(what);
  if (explicitToken || defaultToken) {
    acc.unknown.push(
      at(
        `step ${stepLabel}: the local ${using || 'action'} ${uses} receives the GITHUB_TOKEN; what it does with it cannot be known`,
      ),
    );
  }
}

function reusableWorkflow(
  wf: WorkflowFile,
  job: Job,
  uses: Located<string>,
  acc: Accumulator,
  options: ComputeOptions,
  visiting: Set<string>,
): void {
  const value = uses.value.trim();
  const at = (message: string): UnknownUse => ({ message, line: uses.line, column: uses.column, file: wf.file });
  let called: WorkflowFile | undefined;
  if (value.startsWith('./')) {
    const path = value.slice(2);
    called = options.loadLocal?.(path);
    if (!called) {
      acc.unknown.push(at(`job ${job.id}: the called workflow ${value} could not be read`));
      return;
    }
  } else {
    const knowledge = lookupAction(value);
    if (knowledge) {
      applyKnowledge(
        knowledge,
        new Map([...job.with].map(([k, v]) => [k, v.value])),
        true,
        `job ${job.id} (${splitUses(value).name})`,
        acc,
        at,
      );
      return;
    }
    const fetched = options.remote?.(value);
    if (!fetched) {
      acc.unknown.push(
        at(`job ${job.id}: the called workflow ${value} is in another repository; give github-token to read it`),
      );
      return;
    }
    if ('error' in fetched) {
      acc.unknown.push(at(`job ${job.id}: the called workflow ${value} could not be read: ${fetched.error}`));
      return;
    }
    called = fetched.file;
  }
  if (called.errors.length) {
    acc.unknown.push(at(`job ${job.id}: the called workflow ${value} is not valid: ${called.errors[0]!.message}`));
    return;
  }
  if (visiting.has(called.file)) return;
  visiting.add(called.file);
  for (const calledJob of called.jobs) {
    acc.merge(
      computeJob(called, calledJob, options, visiting),
      `job ${job.id} > ${value.replace(/@.*$/, '')} > job ${calledJob.id}: `,
      at(`job ${job.id} calls ${value}: `),
    );
  }
  visiting.delete(called.file);
}
