// What a `run:` script needs from the GITHUB_TOKEN: `gh` subcommands, `git push`, REST calls with the
// token, OIDC logins and publishing. A command only needs a scope when the token actually reaches it.
import { parseShell, SHELL_DYNAMIC, type ShellParse } from '@paved-road/workflows';
import { COMMAND_KNOWLEDGE, KNOWN_TOOLS, type CommandKnowledge, type Level, type Scope } from './knowledge/index.js';
import { restNeeds, type ApiNeed } from './rest.js';
import { readsVariable, refersToToken } from './tokens.js';

export interface RunNeed {
  scope: Scope;
  level: Level;
  reason: string;
  /** Offset in the script of the command that needs it. */
  offset: number;
}

export interface RunUnknown {
  message: string;
  offset: number;
}

/**
 * A command that may use rights the analysis cannot rule out: a script of the repository, a tool the
 * knowledge base does not know, or a publisher that may request an OIDC token. Those rights are kept
 * where granted, never added.
 */
export interface RunMayUse {
  rights: Scope[];
  /** One line: the command and why it may use them. */
  why: string;
  offset: number;
}

export interface RunAnalysis {
  needs: RunNeed[];
  unknown: RunUnknown[];
  mayUse: RunMayUse[];
  /** A command relied on (or may rely on) the credentials actions/checkout persisted: why. */
  gitCredentialsBy?: string;
}

export interface RunContextInfo {
  /** Variables of the step's environment that carry the GITHUB_TOKEN. */
  tokenVars: ReadonlySet<string>;
  /** All variables of the step's environment, with their values (for NPM_CONFIG_PROVENANCE and the like). */
  env: ReadonlyMap<string, { value: string; token: boolean }>;
  /** actions/checkout left the GITHUB_TOKEN in .git/config (persist-credentials not false). */
  gitCredentials: boolean;
  /** actions/checkout left credentials in .git/config, the GITHUB_TOKEN or another token. */
  persistedCredentials?: boolean;
  /** The step's `shell:` (bash when absent). */
  shell?: string;
}

/** One command as the analysis sees it. */
interface Cmd {
  /** Words after quote removal, dynamic parts as SHELL_DYNAMIC. */
  argv: string[];
  /** Words as written (for finding the token). */
  raw: string[];
  offset: number;
  /** The whole pipeline (or the command itself) as written: `echo $T | docker login --password-stdin`. */
  pipelineText: string;
  /** `NAME=value cmd` assignments, as written. */
  assignments: { name: string; raw: string }[];
}

/** Commands that never send the token anywhere, even with it in their environment. */
const INERT = new Set(
  (
    'echo printf cd pushd popd ls cat mkdir rm rmdir cp mv touch test [ [[ true false exit set unset pwd grep egrep fgrep sed awk tr cut ' +
    'sort uniq head tail wc jq yq tee sleep date basename dirname realpath readlink find chmod chown ln tar gzip gunzip zip unzip ' +
    'sha256sum sha512sum shasum md5sum base64 diff cmp printenv read which type local declare return shift wait trap break continue : ' +
    'shopt ulimit umask cksum stat du df file column nl rev fold paste join split xxd od hexdump seq expr let git-lfs ' +
    'alias unalias hash getopts mapfile readarray jobs times'
  ).split(' '),
);

/** git subcommands that talk to the remote. */
const GIT_REMOTE_READ = new Set(['fetch', 'pull', 'clone', 'ls-remote', 'submodule']);

/**
 * Rights a program the audit cannot read can reach: the OIDC request variables are in every step's
 * environment, and the GITHUB_TOKEN actions/checkout persisted (when it did) is in .git/config.
 */
export function reachableRights(gitCredentials: boolean): Scope[] {
  return gitCredentials ? ['contents', 'id-token', 'packages', 'pages'] : ['id-token'];
}

/** Why such a program may use them, for the note. */
export function reachWhy(gitCredentials: boolean): string {
  return gitCredentials
    ? 'it can request an OIDC token and push with the GITHUB_TOKEN that actions/checkout persisted'
    : 'it can request an OIDC token';
}

/** Shells whose scripts are read command by command; any other `shell:` is a program the audit does not read. */
const POSIX_SHELLS = ['bash', 'sh', 'zsh', 'dash', 'ksh'];
const READ_SHELLS = [...POSIX_SHELLS, 'pwsh', 'powershell', 'cmd'];

export function analyzeRunScript(script: string, info: RunContextInfo, depth = 0): RunAnalysis {
  const result: RunAnalysis = { needs: [], unknown: [], mayUse: [] };
  const shell = (info.shell ?? 'bash').trim().split(/\s+/)[0]!.toLowerCase();
  const shellName = shell.replace(/^.*\//, '');
  const isPosixShell = POSIX_SHELLS.includes(shellName);
  if (!READ_SHELLS.includes(shellName)) {
    // `shell: python`, `shell: node {0}`: the step is a program of its own.
    if (script.trim()) opaque(result, info, `runs a ${shellName} script the audit does not read`, 0);
    return result;
  }
  const { commands, unparsed } = commandsOf(script, shell, isPosixShell);
  if (unparsed && (info.tokenVars.size > 0 || info.gitCredentials)) {
    // The lines the parser could not read are split word by word below, which may miss what they do.
    result.unknown.push({
      message:
        `the script did not fully parse (${unparsed.message} at line ${unparsed.line}), so what ` +
        (!unparsed.lines
          ? 'it does'
          : unparsed.lines.length === 1
            ? `line ${unparsed.lines[0]} does`
            : `lines ${unparsed.lines.join(', ')} do`) +
        ' with the GITHUB_TOKEN cannot be known',
      offset: unparsed.offset,
    });
  }
  const gitAliases = new Set(
    [
      ...script.matchAll(/\balias\s+([A-Za-z_][\w-]*)=["']?git\b/g),
      ...script.matchAll(
        /(?:^|[;&|\s])([A-Za-z_]\w*)=["']?(?:git|\$\(\s*(?:which|command -v)\s+git\s*\))["']?(?=\s|;|$)/gm,
      ),
    ].map((m) => m[1]!),
  );
  // Functions the script defines: their bodies are read as commands of the script, so a call is explained.
  const functions = new Set(
    [...script.matchAll(/(?:^|[;&|\s])(?:function\s+([A-Za-z_][\w-]*)|([A-Za-z_][\w-]*)\s*\(\s*\))\s*\{?/gm)].map(
      (m) => (m[1] ?? m[2])!,
    ),
  );

  // OIDC: a script that requests the ID token itself.
  const oidcAt = script.search(/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/);
  if (oidcAt !== -1)
    result.needs.push({
      scope: 'id-token',
      level: 'write',
      reason: 'requests an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL)',
      offset: oidcAt,
    });

  const tokenVars = new Set(info.tokenVars);
  for (const name of exportedTokenVars(script, tokenVars)) tokenVars.add(name);
  let gitAuth = info.gitCredentials;
  for (let cmd of commands) {
    const add = (scope: Scope, level: Level, reason: string): void => {
      result.needs.push({ scope, level, reason, offset: cmd.offset });
    };
    const peeled = peel(cmd);
    // `export GH_TOKEN=${{ github.token }}` and `GH_TOKEN=... gh ...` (`env GH_TOKEN=... gh` too).
    const localVars = new Set(tokenVars);
    for (const assignment of peeled.cmd.assignments) {
      if (refersToToken(assignment.raw) || readsVariable(assignment.raw, tokenVars)) localVars.add(assignment.name);
    }
    if (!cmd.argv.length) {
      // A bare assignment: `GH_TOKEN=${{ github.token }}` on its own line.
      for (const a of cmd.assignments) if (localVars.has(a.name)) tokenVars.add(a.name);
      continue;
    }
    if (peeled.code !== undefined) {
      // `bash -c '...'`: the string is a script of its own.
      if (depth < 3) {
        const inner = analyzeRunScript(peeled.code, { ...info, tokenVars: localVars, shell: 'bash' }, depth + 1);
        for (const n of inner.needs) result.needs.push({ ...n, offset: cmd.offset });
        for (const u of inner.unknown) result.unknown.push({ ...u, offset: cmd.offset });
        for (const m of inner.mayUse) result.mayUse.push({ ...m, offset: cmd.offset });
        if (inner.gitCredentialsBy) result.gitCredentialsBy ??= inner.gitCredentialsBy;
      } else opaque(result, info, 'runs a shell string nested too deep to read', cmd.offset);
      continue;
    }
    cmd = peeled.cmd;
    const written = cmd.argv[0] ?? '';
    let name = baseName(written);
    // `alias g=git; g push`, `GIT=git; $GIT push`, `"$GIT_BIN" push`: git under another name.
    const variable = name ? '' : (cmd.raw[0] ?? '').replace(/^["']?\$\{?|\}?["']?$/g, '');
    if (
      gitAliases.has(name) ||
      (!name && (gitAliases.has(variable) || /git/i.test(variable)) && gitSubcommand(cmd.argv.slice(1)) === 'push')
    )
      name = 'git';
    if (name === 'export' || name === 'declare' || name === 'typeset' || name === 'readonly') {
      for (const raw of cmd.raw.slice(1)) {
        const eq = raw.indexOf('=');
        if (eq > 0 && (refersToToken(raw) || readsVariable(raw.slice(eq + 1), tokenVars)))
          tokenVars.add(raw.slice(0, eq).replace(/^\$env:/i, ''));
      }
      continue;
    }
    if (/^\$env:/i.test(cmd.raw[0] ?? '') && cmd.raw.some((w) => refersToToken(w) || readsVariable(w, tokenVars))) {
      // PowerShell: $env:GH_TOKEN = "${{ github.token }}"
      tokenVars.add((cmd.raw[0] ?? '').replace(/^\$env:/i, '').replace(/=.*$/, ''));
      continue;
    }
    if (!isPosixShell && (cmd.raw[1] === '=' || /^\$[\w:]+=/.test(cmd.raw[0] ?? ''))) continue; // pwsh: `$x = ...`
    const withToken =
      cmd.raw.some((w) => refersToToken(w) || readsVariable(w, localVars)) ||
      refersToToken(cmd.pipelineText) ||
      readsVariable(cmd.pipelineText, localVars);
    const envHasToken = localVars.size > 0;
    const args = cmd.argv.slice(1);

    switch (name) {
      case 'gh': {
        const ghToken =
          localVars.has('GH_TOKEN') || localVars.has('GITHUB_TOKEN') || localVars.has('GH_ENTERPRISE_TOKEN');
        if (!ghToken) break;
        const need = ghNeeds(args, cmd.raw.slice(1));
        record(
          result,
          cmd,
          need,
          `gh ${args
            .filter((a) => !a.startsWith('-'))
            .slice(0, 2)
            .join(' ')}`.trim(),
        );
        break;
      }
      case 'git': {
        const sub = gitSubcommand(args);
        if ((info.persistedCredentials || info.gitCredentials) && (sub === 'push' || (sub && GIT_REMOTE_READ.has(sub))))
          result.gitCredentialsBy ??= `git ${sub}`;
        if (cmd.raw.some((w) => refersToToken(w) || readsVariable(w, localVars))) gitAuth = true;
        if (!gitAuth) break;
        if (sub === 'push')
          add(
            'contents',
            'write',
            args.includes('--tags') || args.some((a) => a.startsWith('refs/tags/'))
              ? 'pushes tags (git push)'
              : 'pushes commits (git push)',
          );
        else if (sub && GIT_REMOTE_READ.has(sub)) add('contents', 'read', `fetches from the repository (git ${sub})`);
        break;
      }
      case 'curl':
      case 'wget':
      case 'http':
      case 'https':
      case 'xh': {
        if (!withToken) break;
        const call = httpCall(name, cmd);
        if (!call) {
          result.unknown.push({
            message: `sends the GITHUB_TOKEN with ${name} to a URL that cannot be read statically`,
            offset: cmd.offset,
          });
          break;
        }
        if (call.host === 'uploads') {
          add('contents', 'write', `uploads a release asset (${name} to uploads.github.com)`);
          break;
        }
        if (call.host !== 'api') {
          result.unknown.push({ message: `sends the GITHUB_TOKEN with ${name} to ${call.url}`, offset: cmd.offset });
          break;
        }
        record(result, cmd, restNeeds(call.method, call.path), `${name} ${call.method} ${call.path}`);
        break;
      }
      case 'npm':
      case 'pnpm':
      case 'yarn':
      case 'bun': {
        const publish =
          positional(args, name)[0] === 'publish' ||
          (name === 'yarn' && positional(args, name).join(' ') === 'npm publish');
        if (publish) {
          const provenance =
            args.includes('--provenance') || /^true$/i.test(info.env.get('NPM_CONFIG_PROVENANCE')?.value ?? '');
          if (provenance) add('id-token', 'write', `signs npm provenance (${name} publish --provenance)`);
          const auth = ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_CONFIG__AUTH', 'YARN_NPM_AUTH_TOKEN'].some((v) =>
            localVars.has(v),
          );
          if (auth) add('packages', 'write', `publishes to GitHub Packages with the GITHUB_TOKEN (${name} publish)`);
        }
        classify(result, cmd, name, args, info, gitAuth, withToken || envHasToken);
        break;
      }
      case 'docker':
      case 'podman': {
        if (args[0] === 'login' && withToken) {
          if (
            args.some((a) => /^(https?:\/\/)?ghcr\.io/i.test(a) || /^(https?:\/\/)?docker\.pkg\.github\.com/i.test(a))
          ) {
            add('packages', 'write', `logs in to ghcr.io with the GITHUB_TOKEN (${name} login)`);
          } else {
            result.unknown.push({
              message: `logs in to a registry with the GITHUB_TOKEN (${name} login)`,
              offset: cmd.offset,
            });
          }
        } else if (args[0] !== 'login') {
          classify(result, cmd, name, args, info, gitAuth, envHasToken && withToken);
        }
        break;
      }
      case 'cosign': {
        const sub = args[0] ?? '';
        if (
          /^(sign|sign-blob|attest|attest-blob)$/.test(sub) &&
          !args.some((a) => a === '--key' || a.startsWith('--key='))
        ) {
          add('id-token', 'write', `signs keyless with Sigstore (cosign ${sub})`);
        }
        break;
      }
      case 'sigstore':
      case 'gitsign': {
        if (name === 'gitsign' || args[0] === 'sign') add('id-token', 'write', `signs keyless with Sigstore (${name})`);
        break;
      }
      case 'uv': {
        if (args[0] !== 'publish') {
          classify(result, cmd, name, args, info, gitAuth, withToken || envHasToken);
          break;
        }
        const explicit =
          args.some(
            (a) => /^(--token|-t|--password|-p|--username|-u)(=|$)/.test(a) || a === '--trusted-publishing=never',
          ) ||
          info.env.has('UV_PUBLISH_TOKEN') ||
          info.env.has('UV_PUBLISH_PASSWORD');
        if (!explicit) add('id-token', 'write', 'publishes to PyPI by trusted publishing (uv publish)');
        break;
      }
      case 'codeql': {
        if (
          args[0] === 'github' &&
          args[1] === 'upload-results' &&
          (withToken || localVars.has('GITHUB_TOKEN') || args.includes('--github-auth-stdin'))
        ) {
          add('security-events', 'write', 'uploads SARIF to code scanning (codeql github upload-results)');
        } else if (envHasToken) {
          unknownCommand(result, cmd, name);
        }
        break;
      }
      default: {
        if (INERT.has(name) || functions.has(name)) break;
        if (!isPosixShell && isPowerShellBuiltin(name, cmd)) break;
        if (!name) {
          opaque(
            result,
            info,
            `runs a command named by a variable (\`${(cmd.raw[0] ?? '').replace(SHELL_DYNAMIC_RE, '…')}\`)`,
            cmd.offset,
          );
          if (withToken || envHasToken) unknownCommand(result, cmd, cmd.raw[0] ?? 'a variable');
          break;
        }
        classify(result, cmd, name, args, info, gitAuth, withToken || envHasToken);
      }
    }
  }
  return result;
}

/** Where a POSIX script did not parse: the parser's message and the lines split word by word instead. */
interface Unparsed {
  message: string;
  line: number;
  offset: number;
  /** 1-based lines read by the plain split; undefined when nothing parsed (the whole script was). */
  lines?: number[];
}

interface ScriptCommands {
  commands: Cmd[];
  unparsed?: Unparsed;
}

/**
 * Parsed scripts by shell and text: the same script recurs across jobs and matrix copies. Small,
 * for the same reason as the shell parse cache (long-lived entries become old-generation garbage).
 */
const parseCache = new Map<string, ScriptCommands>();
const PARSE_CACHE_LIMIT = 256;

function commandsOf(script: string, shell: string, isPosixShell: boolean): ScriptCommands {
  const key = `${shell}\0${script}`;
  const cached = parseCache.get(key);
  if (cached) return cached;
  let found: ScriptCommands;
  if (isPosixShell && isPlainScript(script)) {
    // Plain words only: the split below gives exactly what the parser would, at a fraction of the cost.
    found = { commands: simpleCommands(script) };
  } else if (isPosixShell) {
    const parsed = parseShell(script, { posix: shell === 'sh' || shell === 'dash' });
    found = parsed.ok ? { commands: fromShellParse(script, parsed) } : aroundParseError(script, parsed);
  } else {
    // pwsh, cmd, python, ...: no shell grammar here; one command per line or `;`, words split on blanks.
    found = { commands: simpleCommands(script) };
  }
  if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.clear();
  parseCache.set(key, found);
  return found;
}

/**
 * The commands of a script that did not parse: those of the lines that did (a partial parse), and the
 * lines left out split word by word, shell keywords dropped (`if then fi` is no command of its own).
 */
function aroundParseError(script: string, parsed: ShellParse): ScriptCommands {
  const error = parsed.error!;
  const lines = script.split('\n');
  const skipped = parsed.partial ? (parsed.skippedLines ?? []) : lines.map((_, i) => i + 1);
  // Lines kept in place (others blanked to their length) so every offset stays the script's.
  const leftOut = lines.map((line, i) => (skipped.includes(i + 1) ? line : ' '.repeat(line.length))).join('\n');
  const split = simpleCommands(leftOut)
    .map((cmd) => {
      let drop = 0;
      while (drop < cmd.argv.length && SHELL_KEYWORDS.has(cmd.argv[drop]!)) drop++;
      return drop ? { ...cmd, argv: cmd.argv.slice(drop), raw: cmd.raw.slice(drop) } : cmd;
    })
    .filter((cmd) => cmd.argv.length > 0);
  const commands = parsed.partial ? [...fromShellParse(script, parsed), ...split] : split;
  commands.sort((a, b) => a.offset - b.offset);
  return {
    commands,
    unparsed: {
      message: error.message,
      line: error.line,
      offset: error.offset,
      ...(parsed.partial && { lines: skipped }),
    },
  };
}

const SHELL_KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'for',
  'while',
  'until',
  'do',
  'done',
  'case',
  'esac',
  'function',
  'select',
  '!',
  'time',
  'coproc',
]);

/**
 * A script made of plain commands: one per line or per `;` / `&&` / `||` / `|`, words separated by
 * blanks, quotes opened and closed on the same line and containing no separator, no substitution,
 * grouping, redirection, heredoc, escape, comment after a command or shell keyword. For those the
 * plain split is what a shell parser gives; anything else goes to the parser.
 */
export function isPlainScript(script: string): boolean {
  if (/\$\{\{[^}]*[;&|#][^}]*\}\}/.test(script)) return false;
  if (/\$\(|`|<|>|\(|\)|\{(?!\{)|\\|\r/.test(script.replace(/\$\{\{[^}]*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, 'X')))
    return false;
  for (const line of script.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/\s#/.test(line)) return false;
    // Quotes: balanced on the line, and no separator or blank-sensitive character inside them.
    const unquoted = line.replace(/"[^"]*"|'[^']*'/g, (quoted) => (/[;&|]/.test(quoted) ? '\u0000' : 'Q'));
    if (/["'\u0000]/.test(unquoted)) return false;
    for (const segment of unquoted.split(/\|\||&&|;|\||&/)) {
      const first = segment.trim().split(/\s+/)[0] ?? '';
      if (SHELL_KEYWORDS.has(first)) return false;
    }
  }
  return true;
}

function record(result: RunAnalysis, cmd: Cmd, need: ApiNeed, label: string): void {
  if (need.kind === 'unknown') {
    result.unknown.push({ message: `${label}: cannot tell which scopes ${need.what} needs`, offset: cmd.offset });
    return;
  }
  for (const { scope, level } of need.scopes) {
    result.needs.push({ scope, level, reason: `${label.replace(SHELL_DYNAMIC_RE, '…')}`, offset: cmd.offset });
  }
}

const SHELL_DYNAMIC_RE = new RegExp(SHELL_DYNAMIC, 'g');

function unknownCommand(result: RunAnalysis, cmd: Cmd, name: string): void {
  result.unknown.push({
    message: `runs \`${name.replace(SHELL_DYNAMIC_RE, '…')}\` with the GITHUB_TOKEN in its environment: what it does with it cannot be known`,
    offset: cmd.offset,
  });
}

function baseName(word: string): string {
  if (word.includes(SHELL_DYNAMIC) || word.includes('$')) return '';
  return word.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '');
}

function gitSubcommand(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-C' || a === '-c' || a === '--git-dir' || a === '--work-tree') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return a;
  }
  return undefined;
}

/** The REST call a `gh` command makes (scopes by subcommand; `gh api` by method and path). */
export function ghNeeds(args: string[], raw: string[] = args): ApiNeed {
  const words: string[] = [];
  const rawWords: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-R' || a === '--repo') {
      i++;
      continue;
    }
    words.push(a);
    rawWords.push(raw[i] ?? a);
  }
  const [group = '', action = ''] = words.filter((w) => !w.startsWith('-'));
  const what = `gh ${group} ${action}`.trim();
  const scopes = (scope: Scope, level: Level, extra?: [Scope, Level]): ApiNeed => ({
    kind: 'scopes',
    scopes: [{ scope, level }, ...(extra ? [{ scope: extra[0], level: extra[1] }] : [])],
    what,
  });
  const readVerbs = /^(view|list|ls|status|diff|checks|download|watch|verify|search)$/;
  switch (group) {
    case 'api':
      return ghApi(words.slice(1), rawWords.slice(1));
    case 'release':
      // https://docs.github.com/en/rest/releases/releases: creating, editing, uploading need contents: write.
      return scopes('contents', readVerbs.test(action) ? 'read' : 'write');
    case 'pr':
      if (action === 'merge') return scopes('pull-requests', 'write', ['contents', 'write']);
      if (action === 'checkout') return scopes('pull-requests', 'read', ['contents', 'read']);
      if (action === 'checks') return scopes('checks', 'read', ['pull-requests', 'read']);
      return scopes('pull-requests', readVerbs.test(action) ? 'read' : 'write');
    case 'issue':
    case 'label':
      return scopes('issues', readVerbs.test(action) ? 'read' : 'write');
    case 'workflow':
      return scopes('actions', readVerbs.test(action) ? 'read' : 'write');
    case 'run':
    case 'cache':
      return scopes('actions', readVerbs.test(action) ? 'read' : 'write');
    case 'repo':
      if (action === 'view' || action === 'clone') return scopes('contents', 'read');
      return { kind: 'unknown', what: `${what} (repository administration)` };
    case 'attestation':
      return scopes('attestations', 'read');
    case 'search':
    case 'auth':
    case 'extension':
    case 'help':
    case 'version':
    case 'completion':
    case 'alias':
    case 'config':
    case 'browse':
      return { kind: 'scopes', scopes: [], what };
    default:
      return { kind: 'unknown', what };
  }
}

const GH_API_VALUE_FLAGS = new Set([
  '-X',
  '--method',
  '-H',
  '--header',
  '-f',
  '-F',
  '--field',
  '--raw-field',
  '--input',
  '-q',
  '--jq',
  '-t',
  '--template',
  '--cache',
  '-p',
  '--preview',
  '--hostname',
]);
const GH_API_BODY_FLAGS = new Set(['-f', '-F', '--field', '--raw-field', '--input']);

function ghApi(args: string[], raw: string[]): ApiNeed {
  let method: string | undefined;
  let body = false;
  let endpoint: string | undefined;
  for (let i = 0; i < args.length; i++) {
    let a = args[i]!;
    let value: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq !== -1) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    } else if (/^-[XfFHqtp].+/.test(a)) {
      value = a.slice(2);
      a = a.slice(0, 2);
    }
    if (GH_API_VALUE_FLAGS.has(a)) {
      if (value === undefined) value = args[++i];
      if (a === '-X' || a === '--method') method = value?.toUpperCase();
      if (GH_API_BODY_FLAGS.has(a)) body = true;
      continue;
    }
    if (a.startsWith('-')) continue;
    endpoint ??= normalizeRawPath(raw[i] ?? a);
  }
  if (!endpoint) return { kind: 'unknown', what: 'gh api (no endpoint)' };
  const path = endpoint;
  // A full URL (an upload to uploads.github.com) is taken as it is: restNeeds reads its path.
  const absolute = path.startsWith('/') || path === 'graphql' || /^https?:\/\//i.test(path);
  return restNeeds(method ?? (body ? 'POST' : 'GET'), absolute ? path : `/${path}`);
}

/** The URL and method of a curl / wget / httpie call, when the URL can be read. */
function httpCall(
  tool: string,
  cmd: Cmd,
): { host: 'api' | 'uploads' | 'other'; url: string; method: string; path: string } | undefined {
  let method: string | undefined;
  let body = false;
  let url: string | undefined;
  let urlRaw = '';
  const args = cmd.argv.slice(1);
  const raws = cmd.raw.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const r = raws[i] ?? a;
    if (tool === 'curl') {
      if (a === '-X' || a === '--request') {
        method = args[++i]?.toUpperCase();
        continue;
      }
      if (/^-X[A-Z]+$/.test(a)) {
        method = a.slice(2);
        continue;
      }
      if (/^(-d|--data|--data-raw|--data-binary|--data-urlencode|--json|-F|--form|-T|--upload-file)$/.test(a)) {
        body = true;
        i++;
        continue;
      }
      if (
        /^(-H|--header|-o|--output|-u|--user|-A|--user-agent|-w|--write-out|--retry|-m|--max-time|--connect-timeout|-e|--referer|-b|--cookie|-c|--cookie-jar)$/.test(
          a,
        )
      ) {
        i++;
        continue;
      }
    } else if (tool === 'wget') {
      const m = /^--method=(.+)$/.exec(a);
      if (m) {
        method = m[1]!.toUpperCase();
        continue;
      }
      if (/^--(post-data|post-file|body-data|body-file)/.test(a)) body = true;
      if (a === '--header' || a === '-O' || a === '-o') {
        i++;
        continue;
      }
    } else if (/^(GET|POST|PUT|PATCH|DELETE|HEAD)$/.test(a) && !url) {
      method = a;
      continue;
    }
    if (a.startsWith('-')) continue;
    if (!url && (/^https?:\/\//i.test(a) || /GITHUB_API_URL|github\.api_url|api\.github\.com/i.test(r))) {
      url = a;
      urlRaw = r;
    }
  }
  if (!url) return undefined;
  const verb = method ?? (body ? 'POST' : 'GET');
  const apiBase = /^\$\{?GITHUB_API_URL\}?|^\$\{\{\s*github\.api_url\s*\}\}/i;
  if (apiBase.test(urlRaw.replace(/^["']/, ''))) {
    const path = normalizeRawPath(urlRaw.replace(/^["']|["']$/g, '').replace(apiBase, ''));
    return { host: 'api', url: urlRaw, method: verb, path };
  }
  const match = /^https?:\/\/([^/]+)(\/[^\s]*)?$/i.exec(
    /^["']?https?:/i.test(urlRaw) ? normalizeRawPath(urlRaw) : url.replaceAll(SHELL_DYNAMIC, 'x'),
  );
  if (!match) return undefined;
  const host = match[1]!.toLowerCase();
  const path = match[2] ?? '/';
  if (host === 'api.github.com') return { host: 'api', url, method: verb, path };
  if (host === 'uploads.github.com') return { host: 'uploads', url, method: verb, path };
  return { host: 'other', url, method: verb, path };
}

/**
 * A path as written, made readable: the repository variables stand for `owner/repo`, any other
 * variable or expression for one placeholder segment, quotes dropped.
 */
function normalizeRawPath(raw: string): string {
  return raw
    .replace(/["']/g, '')
    .replace(/\$\{\{\s*github\.repository\s*\}\}|\$\{?GITHUB_REPOSITORY\}?/g, 'owner/repo')
    .replace(/\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$\([^)]*\)/g, 'x')
    .replaceAll(SHELL_DYNAMIC, 'x');
}

/** `export NAME=value` (and declare/readonly/typeset) that hand the token to a variable. */
function exportedTokenVars(script: string, tokenVars: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const match of script.matchAll(
    /(?:^|[;&|\s])(?:export|readonly|typeset|declare(?:\s+-\w+)*)\s+([A-Za-z_][A-Za-z0-9_]*)=("[^"\n]*"|'[^'\n]*'|\S*)/g,
  )) {
    if (refersToToken(match[2]) || readsVariable(match[2] ?? '', tokenVars)) names.push(match[1]!);
  }
  return names;
}

function fromShellParse(script: string, parsed: ShellParse): Cmd[] {
  return parsed.commands.map((command) => {
    const pipeline = command.pipeline ? parsed.pipelines[command.pipeline.index] : undefined;
    return {
      argv: command.argv.map((w) => w.literal ?? w.text),
      raw: command.argv.map((w) => w.raw),
      offset: command.offset,
      pipelineText: pipeline ? script.slice(pipeline.offset, pipeline.end) : script.slice(command.offset, command.end),
      assignments: command.assignments.map((a) => ({ name: a.name, raw: a.value?.raw ?? '' })),
    };
  });
}

/**
 * A plain split for scripts that are not POSIX shell (pwsh, cmd) or that do not parse: one command per
 * line (continuations joined) or `;` / `&&` / `||` / `|` segment, words on blanks, quotes stripped.
 */
export function simpleCommands(script: string): Cmd[] {
  const commands: Cmd[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  let match: RegExpExecArray | null;
  let pendingOffset = -1;
  let pending = '';
  while ((match = lineRe.exec(script)) && match[0] !== '') {
    const lineText = match[0].replace(/\r?\n$/, '');
    if (pendingOffset === -1) pendingOffset = match.index;
    if (/[\\`^]\s*$/.test(lineText)) {
      pending += lineText.replace(/[\\`^]\s*$/, ' ');
      continue;
    }
    pending += lineText;
    const statement = pending;
    const base = pendingOffset;
    pending = '';
    pendingOffset = -1;
    if (/^\s*(#|REM\b|::)/i.test(statement)) continue;
    let cursor = 0;
    for (const segment of statement.split(/(\|\||&&|;|\|)/)) {
      if (/^(\|\||&&|;|\|)$/.test(segment)) {
        cursor += segment.length;
        continue;
      }
      // A word: runs of quoted strings, `${{ expressions }}` (spaces allowed inside) and plain characters.
      const words = segment.match(/(?:\$\{\{[^}]*\}\}|"[^"]*"|'[^']*'|[^\s"'$]+|\$)+/g) ?? [];
      const lead = segment.length - segment.trimStart().length;
      if (words.length) {
        const assignments: { name: string; raw: string }[] = [];
        while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) {
          const w = words.shift()!;
          assignments.push({ name: w.slice(0, w.indexOf('=')), raw: w.slice(w.indexOf('=') + 1) });
        }
        commands.push({
          argv: words.map((w) =>
            w.replace(/"([^"]*)"|'([^']*)'/g, (_, d: string | undefined, q: string | undefined) => d ?? q ?? ''),
          ),
          raw: words,
          offset: base + cursor + lead,
          pipelineText: statement,
          assignments,
        });
      }
      cursor += segment.length;
    }
  }
  return commands;
}

/** Wrappers that run the rest of their words as a command, with the options each takes a value for. */
const WRAPPERS: Record<string, readonly string[]> = {
  sudo: ['-u', '-g', '-C', '-D', '-p', '-U', '-h', '-r', '-t'],
  doas: ['-u', '-C'],
  command: [],
  builtin: [],
  exec: ['-a'],
  nohup: [],
  time: ['-f', '-o'],
  nice: ['-n'],
  ionice: ['-c', '-n'],
  stdbuf: ['-i', '-o', '-e'],
  xargs: ['-n', '-I', '-P', '-L', '-d', '-s', '-E', '-a'],
  timeout: ['-s', '-k', '--signal', '--kill-after'],
  retry: ['-t', '--times', '-d', '--delay'],
  npx: ['-p', '--package', '--call'],
  pnpx: [],
  bunx: ['-p', '--package'],
  uvx: ['--from', '--with', '--python', '-p'],
};

/** A few packages whose command is not the package name (`npx @changesets/cli publish`). */
const PACKAGE_BINS: Record<string, string> = {
  '@changesets/cli': 'changeset',
  '@semantic-release/cli': 'semantic-release',
};

/** Options that take a value, per program, so that positional words can be told from option values. */
const VALUE_OPTIONS: Record<string, readonly string[]> = {
  npm: ['--workspace', '-w', '--prefix', '-C', '--registry', '--tag', '--access', '--otp', '--userconfig'],
  pnpm: ['--filter', '-F', '-C', '--dir', '--workspace-dir', '--tag', '--access', '--reporter', '--registry'],
  yarn: ['--cwd', '--tag', '--access', '--otp'],
  bun: ['--cwd', '--tag', '--access', '--otp', '--registry'],
  docker: [
    '-f',
    '--file',
    '-t',
    '--tag',
    '--platform',
    '--build-arg',
    '--target',
    '--label',
    '--cache-from',
    '--cache-to',
    '--builder',
    '--output',
    '-o',
    '--secret',
    '--progress',
    '--provenance',
    '--sbom',
    '--set',
    '--metadata-file',
    '-H',
    '--host',
    '--context',
    '--config',
    '-l',
    '--log-level',
  ],
  podman: ['-f', '--file', '-t', '--tag', '--creds', '--authfile'],
  mike: [
    '-b',
    '--branch',
    '-r',
    '--remote',
    '-m',
    '--message',
    '--deploy-prefix',
    '-F',
    '--config-file',
    '-t',
    '--title',
    '--alias-type',
    '--template',
  ],
  mkdocs: [
    '-f',
    '--config-file',
    '-r',
    '--remote-name',
    '-b',
    '--remote-branch',
    '-m',
    '--message',
    '-d',
    '--site-dir',
  ],
  cargo: [
    '-p',
    '--package',
    '--manifest-path',
    '--registry',
    '--token',
    '--features',
    '-F',
    '--target',
    '-j',
    '--index',
    '--config',
    '-Z',
  ],
  gem: ['--key', '--host', '--otp', '-k'],
  twine: [
    '-r',
    '--repository',
    '--repository-url',
    '-u',
    '--username',
    '-p',
    '--password',
    '-c',
    '--comment',
    '--config-file',
    '--sign-with',
    '-i',
    '--identity',
    '--cert',
    '--client-cert',
  ],
  goreleaser: [
    '-f',
    '--config',
    '--parallelism',
    '-p',
    '--timeout',
    '--release-notes',
    '--release-header',
    '--release-footer',
    '-k',
    '--key',
  ],
  helm: [
    '--registry-config',
    '--kube-context',
    '-n',
    '--namespace',
    '--cert-file',
    '--key-file',
    '--ca-file',
    '--username',
    '--password',
  ],
  make: ['-C', '-f', '--file', '--directory', '-j', '-I', '-o', '-W'],
  go: [
    '-C',
    '-o',
    '-tags',
    '-ldflags',
    '-gcflags',
    '-run',
    '-timeout',
    '-p',
    '-mod',
    '-modfile',
    '-exec',
    '-coverprofile',
  ],
};

/** Positional words of a command line: options (and the values of those that take one) dropped. */
function positional(args: string[], program: string): string[] {
  const valued = VALUE_OPTIONS[program] ?? [];
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') continue;
    if (a.startsWith('-')) {
      if (valued.includes(a)) i++;
      continue;
    }
    words.push(a);
  }
  return words;
}

/** Drops `count` words, then the options of a wrapper (and their values). */
function dropWords(cmd: Cmd, count: number, valued: readonly string[] = []): Cmd {
  let i = count;
  while (i < cmd.argv.length && cmd.argv[i]!.startsWith('-')) {
    if (cmd.argv[i] === '--') {
      i++;
      break;
    }
    if (valued.includes(cmd.argv[i]!)) i++;
    i++;
  }
  return { ...cmd, argv: cmd.argv.slice(i), raw: cmd.raw.slice(i) };
}

function skipAssignments(cmd: Cmd): Cmd {
  const assignments = [...cmd.assignments];
  let i = 0;
  while (i < cmd.argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(cmd.raw[i] ?? '')) {
    const raw = cmd.raw[i]!;
    assignments.push({ name: raw.slice(0, raw.indexOf('=')), raw: raw.slice(raw.indexOf('=') + 1) });
    i++;
  }
  return { ...cmd, argv: cmd.argv.slice(i), raw: cmd.raw.slice(i), assignments };
}

const SCRIPT_RUNNERS: Record<string, readonly string[]> = {
  npm: ['exec', 'x'],
  pnpm: ['exec', 'dlx'],
  yarn: ['exec', 'dlx'],
  bun: ['x'],
  bundle: ['exec'],
  poetry: ['run'],
  uv: ['run', 'tool run'],
  pipenv: ['run'],
  hatch: ['run'],
  pdm: ['run'],
  pipx: ['run'],
};

/**
 * The command a wrapper runs (`sudo`, `env A=1`, `npx`, `pnpm exec`, `python -m`, `bundle exec`), or
 * the script a shell is given with `-c`.
 */
function peel(input: Cmd): { cmd: Cmd; code?: string } {
  let cmd = input;
  for (let round = 0; round < 8 && cmd.argv.length; round++) {
    const name = baseName(cmd.argv[0]!);
    const second = cmd.argv[1] ?? '';
    if (name === 'env') {
      cmd = skipAssignments(dropWords(cmd, 1, ['-u', '--unset', '-C', '--chdir', '-S', '--split-string']));
      continue;
    }
    if (WRAPPERS[name]) {
      cmd = dropWords(cmd, 1, WRAPPERS[name]);
      if (name === 'timeout' && cmd.argv.length > 1) cmd = dropWords(cmd, 1);
      if (['npx', 'pnpx', 'bunx', 'uvx'].includes(name) && cmd.argv.length) {
        const pkg = cmd.argv[0]!.replace(/(?<=.)@[^/]*$/, '');
        const bin = PACKAGE_BINS[pkg] ?? pkg.replace(/^@[^/]+\//, '');
        cmd = { ...cmd, argv: [bin, ...cmd.argv.slice(1)] };
      }
      continue;
    }
    const runners = SCRIPT_RUNNERS[name];
    if (runners?.includes(second)) {
      cmd = dropWords(cmd, 2, ['-p', '--package', '--from', '--with']);
      continue;
    }
    if (
      ['yarn', 'pnpm', 'bun'].includes(name) &&
      COMMAND_KNOWLEDGE.some((k) => k.programs.includes(second)) &&
      !COMMAND_KNOWLEDGE.some((k) => k.programs.includes(name) && k.words[0] === second)
    ) {
      cmd = dropWords(cmd, 1);
      continue;
    }
    if (/^python(\d+(\.\d+)?)?$/.test(name) && second === '-m' && cmd.argv[2]) {
      cmd = { ...cmd, argv: cmd.argv.slice(2), raw: cmd.raw.slice(2) };
      continue;
    }
    if (POSIX_SHELLS.includes(name)) {
      const flag = cmd.argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/i.test(a));
      if (flag !== -1 && cmd.argv[flag + 1] !== undefined && !cmd.argv[flag + 1]!.includes(SHELL_DYNAMIC))
        return { cmd, code: cmd.argv[flag + 1]! };
    }
    break;
  }
  return { cmd };
}

/** Verbs of PowerShell cmdlets that only read, write files or format output (not `Invoke-Expression`, `Start-Process`, `Import-Module`). */
const PWSH_VERBS = new Set(
  'add clear Compare Compress Convert ConvertFrom ConvertTo Copy Expand Export Format Get Group Join Measure Move New Out Pop Push Remove Rename Resolve Select Set Sort Split Test Where Write ForEach Tee Update'
    .toLowerCase()
    .split(' '),
);

/** A PowerShell cmdlet with one of those verbs, a web request (read like curl for the token), or block punctuation. */
function isPowerShellBuiltin(name: string, cmd: Cmd): boolean {
  if (/^[{}()@]|^[{}()@;]*$/.test(cmd.raw[0] ?? '')) return true;
  const match = /^([A-Za-z]+)-[A-Za-z]+$/.exec(name);
  if (!match) return false;
  return PWSH_VERBS.has(match[1]!.toLowerCase()) || /^invoke-(webrequest|restmethod)$/i.test(name);
}

/** Build tools whose targets are scripts of the repository. */
const TASK_RUNNERS = new Set(
  'make gmake just task rake mage invoke gradle gradlew mvn mvnw ant sbt bazel bazelisk nx turbo lerna earthly dagger tox nox'.split(
    ' ',
  ),
);

/** Interpreters that run a file or a string of code. */
const INTERPRETERS = new Set(
  'bash sh zsh dash ksh source . node python python2 python3 ruby perl php deno tsx ts-node pwsh powershell rscript julia lua java dotnet eval'.split(
    ' ',
  ),
);

/** What makes a command code of the repository (a script, a make target, a package.json script), or undefined. */
function repositoryCode(cmd: Cmd, name: string, words: string[]): string | undefined {
  const written = cmd.argv[0] ?? '';
  if (written.includes('/') && !written.startsWith('/'))
    return /^[~$]/.test(written)
      ? `runs ${written}, a program the knowledge base does not know`
      : `runs ${written}, a script of the repository`;
  if (TASK_RUNNERS.has(name))
    return `runs \`${[name, ...words.slice(0, 1)].join(' ')}\`, a build target of the repository`;
  if (INTERPRETERS.has(name)) {
    const args = cmd.argv.slice(1);
    const onlyInfo = args.length > 0 && args.every((a) => /^(-v|-V|--version|--help|-h)$/.test(a));
    if (!onlyInfo) return `runs ${words[0] ? `${name} ${words[0]}` : `\`${name}\``}, code the audit does not read`;
    return undefined;
  }
  if (['npm', 'pnpm', 'yarn', 'bun'].includes(name)) {
    const first = words[0];
    if (first && ['run', 'run-script', 'rum', 'urn', 'start', 'restart', 'stop'].includes(first))
      return `runs \`${name} ${words.slice(0, 2).join(' ')}\`, a package.json script of the repository`;
    const known = KNOWN_TOOLS[name];
    if (first && name !== 'npm' && Array.isArray(known) && !known.includes(first))
      return `runs \`${name} ${first}\`, a package.json script or tool of the repository`;
  }
  return undefined;
}

/** Records a command the audit cannot read: it may use every right a program can reach here. */
function opaque(result: RunAnalysis, info: RunContextInfo, what: string, offset: number): void {
  result.mayUse.push({
    rights: reachableRights(info.gitCredentials),
    why: `${what}: ${reachWhy(info.gitCredentials)}`,
    offset,
  });
  if (info.persistedCredentials || info.gitCredentials) result.gitCredentialsBy ??= what.replace(/^runs /, '');
}

/**
 * A command past the cases read above: a known publisher (kept rights, needs with the token), code of
 * the repository or an unknown tool (every reachable right kept), or a known tool (nothing).
 */
function classify(
  result: RunAnalysis,
  cmd: Cmd,
  name: string,
  args: string[],
  info: RunContextInfo,
  gitAuth: boolean,
  tokenReaches: boolean,
): void {
  const words = positional(args, name);
  const hasOption = (o: string): boolean => args.some((a) => a === o || a.startsWith(`${o}=`));
  const knowledge = COMMAND_KNOWLEDGE.find(
    (k) =>
      k.programs.includes(name) &&
      k.words.every((w, i) => words[i] === w) &&
      (!k.anyOption || k.anyOption.some(hasOption)) &&
      !(k.notWords ?? []).includes(words[0] ?? ''),
  );
  if (knowledge) {
    publisher(result, cmd, knowledge, info, gitAuth, tokenReaches);
    return;
  }
  const repo = repositoryCode(cmd, name, words);
  const known = KNOWN_TOOLS[name];
  const listed = known === true || (Array.isArray(known) && (words.length === 0 || known.includes(words[0]!)));
  if (!repo && listed) {
    if (tokenReaches) unknownCommand(result, cmd, name);
    return;
  }
  const display = `\`${[name, ...words.slice(0, 1)].join(' ').replace(SHELL_DYNAMIC_RE, '…')}\``;
  opaque(
    result,
    info,
    repo ??
      (known
        ? `runs ${display}, a subcommand the knowledge base does not know`
        : `runs ${display}, a tool the knowledge base does not know`),
    cmd.offset,
  );
  if (tokenReaches) unknownCommand(result, cmd, name);
}

function publisher(
  result: RunAnalysis,
  cmd: Cmd,
  k: CommandKnowledge,
  info: RunContextInfo,
  gitAuth: boolean,
  tokenReaches: boolean,
): void {
  const rights: Scope[] = [];
  const why: string[] = [];
  if (k.oidc) {
    rights.push('id-token');
    why.push(k.oidc);
  }
  if (k.pushes) {
    if (gitAuth) {
      result.needs.push({
        scope: 'contents',
        level: 'write',
        reason: `${k.pushes} (${k.command})`,
        offset: cmd.offset,
      });
    }
    if (info.persistedCredentials || info.gitCredentials) result.gitCredentialsBy ??= `${k.command} (${k.pushes})`;
  }
  if (tokenReaches) {
    if (k.withToken) for (const n of k.withToken) result.needs.push({ ...n, offset: cmd.offset });
    else unknownCommand(result, cmd, k.command);
  }
  if (rights.length)
    result.mayUse.push({ rights, why: `runs \`${k.command}\`: ${why.join('; ')} (${k.source})`, offset: cmd.offset });
}
