// `unpinned-download` and `unlocked-install` over a parsed shell script: which commands fetch and
// run code, or install packages, without anything fixing what they get.
import { partialParseNote, type ShellCommand, type ShellParse, type ShellWord } from '@paved-road/workflows';
import type { Severity } from '@paved-road/core';
import { unlockedInstallRule, unpinnedDownloadRule } from './rules.js';

/** A problem in a script, at an offset in that script. */
export interface ScriptProblem {
  rule: string;
  severity: Severity;
  message: string;
  offset: number;
  end: number;
}

const INTERPRETERS = new Set([
  'sh',
  'bash',
  'zsh',
  'dash',
  'ksh',
  'fish',
  'python',
  'python2',
  'python3',
  'perl',
  'ruby',
  'node',
  'pwsh',
  'php',
]);
const DOWNLOADERS = new Set(['curl', 'wget']);
/** Commands whose presence shows the script checks what it downloaded. */
const VERIFIERS = new Set([
  'sha256sum',
  'sha512sum',
  'sha1sum',
  'shasum',
  'b2sum',
  'cosign',
  'slsa-verifier',
  'minisign',
  'signify',
  'gpgv',
]);
/** Wrappers that run the rest of their words as a command. */
const WRAPPERS = new Set(['sudo', 'env', 'time', 'nice', 'nohup', 'command', 'exec', 'doas', 'xargs', 'timeout']);
const WRAPPER_OPTIONS_WITH_VALUE: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-U', '-r', '-t']),
  env: new Set(['-u', '-C', '-S']),
  nice: new Set(['-n']),
  timeout: new Set(['-s', '-k']),
};

/** The command's words after wrappers (`sudo -E env X=1 bash` -> `bash`). */
export function effectiveArgv(command: ShellCommand): ShellWord[] {
  let words = command.argv;
  for (let guard = 0; guard < 8; guard++) {
    const name = baseName(words[0]?.literal);
    if (!name || !WRAPPERS.has(name)) break;
    let i = 1;
    const withValue = WRAPPER_OPTIONS_WITH_VALUE[name] ?? new Set<string>();
    while (i < words.length) {
      const text = words[i]!.text;
      if (text === '--') {
        i++;
        break;
      }
      if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) {
        i++;
        continue;
      }
      if (name === 'timeout' && i === 1 + countOptions(words, withValue) && /^\d/.test(text)) {
        i++;
        break;
      }
      if (!text.startsWith('-')) break;
      i += withValue.has(text) ? 2 : 1;
    }
    words = words.slice(i);
  }
  return words;
}

function countOptions(words: ShellWord[], withValue: Set<string>): number {
  let i = 1;
  while (i < words.length && words[i]!.text.startsWith('-')) i += withValue.has(words[i]!.text) ? 2 : 1;
  return i - 1;
}

function baseName(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}

/** The interpreter a command runs (`bash`, `python3`, ...), if it is one. */
function interpreter(words: ShellWord[]): string | undefined {
  const name = baseName(words[0]?.literal);
  if (!name) return undefined;
  const plain = name.replace(/[\d.]+$/, '');
  return INTERPRETERS.has(name) || INTERPRETERS.has(plain) ? name : undefined;
}

function isDownloader(command: ShellCommand): boolean {
  const name = baseName(effectiveArgv(command)[0]?.literal);
  return name !== undefined && DOWNLOADERS.has(name);
}

/** The file a download writes, when it writes one: `curl -o f`, `curl -O url`, `wget url`, `wget -O f url`. */
function downloadTarget(command: ShellCommand): string | undefined {
  const words = effectiveArgv(command);
  const name = baseName(words[0]?.literal);
  let output: string | undefined;
  let remoteName = false;
  let url: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const text = words[i]!.text;
    if (name === 'curl') {
      if (text === '-o' || text === '--output') output = words[++i]?.text;
      else if (/^-[a-zA-Z]*o$/.test(text) && !text.startsWith('--')) output = words[++i]?.text;
      else if (text.startsWith('--output=')) output = text.slice('--output='.length);
      else if (
        text === '-O' ||
        text === '--remote-name' ||
        (/^-[a-zA-Z]*O[a-zA-Z]*$/.test(text) && !text.startsWith('--'))
      )
        remoteName = true;
      else if (!text.startsWith('-')) url ??= text;
    } else {
      if (text === '-O' || text === '--output-document') output = words[++i]?.text;
      else if (text.startsWith('--output-document=')) output = text.slice('--output-document='.length);
      else if (/^-[a-zA-Z]*O$/.test(text) && !text.startsWith('--')) output = words[++i]?.text;
      else if (text === '-P' || text === '--directory-prefix') i++;
      else if (!text.startsWith('-')) url ??= text;
    }
  }
  if (output === '-') return undefined;
  if (output !== undefined) return output;
  if ((name === 'wget' || remoteName) && url) {
    const path = url.split(/[?#]/)[0]!;
    return baseName(path) || undefined;
  }
  return undefined;
}

/** Same file, ignoring a leading `./`. */
function sameFile(a: string, b: string): boolean {
  const clean = (s: string) => s.replace(/^\.\//, '');
  return clean(a) === clean(b) || baseName(a) === clean(b) || clean(a) === baseName(b);
}

function verifies(command: ShellCommand): boolean {
  const words = effectiveArgv(command);
  const name = baseName(words[0]?.literal);
  if (!name) return false;
  if (VERIFIERS.has(name)) return true;
  if (name === 'gpg' || name === 'gpg2') return words.some((w) => w.text === '--verify');
  if (name === 'openssl') return words.some((w) => w.text === 'dgst' || w.text === 'sha256');
  if (name === 'gh') return words.some((w) => w.text === 'attestation');
  return false;
}

/**
 * Every rule here starts from a command with one of these names (possibly behind sudo, env, a path);
 * a script that mentions none of them cannot produce a finding, and is not parsed at all. Parsing is
 * the expensive part of an audit (the parser is Go compiled to JavaScript).
 */
const TRIGGER = new RegExp(
  [
    // Fetchers and package runners: any use.
    String.raw`(?:^|[^\w-])(?:curl|wget|npx|bunx)(?![\w-])`,
    // Package managers: only with an install-like subcommand later in the same command; the short
    // ones as whole words (`npm i`, `pnpm dlx`), not inside one (`npm run test:5.x`, `for x in`).
    String.raw`(?:^|[^\w-])(?:go|gem|uv|npm|pnpm|yarn|pip[\d.]*|python[\d.]*)(?![\w-])(?:[^\n;&|]|\\\n)*?(?:install|(?<=[\s'"])(?:i|in|add|exec|x|dlx)(?=[\s'";&|)]|$))`,
    // Bare `yarn` (an install), possibly with flags.
    String.raw`(?:^|[^\w-])yarn[ \t]*(?:$|[;&|)\n]|-)`,
  ].join('|'),
  'm',
);

/** True when a script could contain something the download and install rules look at. */
export function scriptMayMatter(script: string): boolean {
  return TRIGGER.test(script);
}

/** The findings of both rules for one script. */
export function auditScript(parse: ShellParse): ScriptProblem[] {
  if (!parse.ok && !parse.partial) return [];
  const note = partialParseNote(parse);
  return scriptProblems(parse).map((problem) =>
    note ? { ...problem, message: `${problem.message}${note}` } : problem,
  );
}

function scriptProblems(parse: ShellParse): ScriptProblem[] {
  const problems: ScriptProblem[] = [];
  const { commands } = parse;
  const hasVerifier = commands.some(verifies);

  // 1. Download piped into an interpreter: `curl ... | sudo bash`.
  for (const pipeline of parse.pipelines) {
    const stages = pipeline.stages.map((index) => (index === null ? undefined : commands[index]));
    const firstDownload = stages.findIndex((c) => c !== undefined && isDownloader(c));
    if (firstDownload === -1) continue;
    for (const stage of stages.slice(firstDownload + 1)) {
      if (!stage) continue;
      const run = interpreter(effectiveArgv(stage));
      // With a script file or -c, the interpreter reads its code from there and stdin is data.
      if (run && !hasScriptArgument(effectiveArgv(stage))) {
        const download = stages[firstDownload]!;
        problems.push({
          rule: unpinnedDownloadRule.id,
          severity: 'error',
          message: `The output of ${baseName(effectiveArgv(download)[0]?.literal) ?? 'a download'} is piped into ${run}: it runs whatever the server sends, unverified.`,
          offset: download.offset,
          end: stage.end,
        });
        break;
      }
    }
  }

  // 2. An interpreter fed a substituted download: `bash <(curl ...)`, `sh -c "$(curl ...)"`.
  for (const command of commands) {
    const run = interpreter(effectiveArgv(command));
    if (!run) continue;
    const inner = commands.find(
      (c) =>
        c !== command &&
        c.offset >= command.offset &&
        c.end <= command.end &&
        isDownloader(c) &&
        (c.nesting.includes('command-substitution') || c.nesting.includes('process-substitution')),
    );
    if (inner) {
      problems.push({
        rule: unpinnedDownloadRule.id,
        severity: 'error',
        message: `${run} runs the output of ${baseName(effectiveArgv(inner)[0]?.literal)} directly: whatever the server sends, unverified.`,
        offset: command.offset,
        end: command.end,
      });
    }
  }

  // 3. Download to a file, then run it, with no checksum or signature check anywhere in the script.
  if (!hasVerifier) {
    for (const command of commands) {
      if (!isDownloader(command)) continue;
      const target = downloadTarget(command);
      if (!target) continue;
      const use = commands.find((c) => c.offset > command.offset && runsFile(c, target));
      if (use) {
        problems.push({
          rule: unpinnedDownloadRule.id,
          severity: 'error',
          message: `${target} is downloaded and then run (${baseName(effectiveArgv(use)[0]?.literal) ?? 'run'}) without a checksum or signature check.`,
          offset: command.offset,
          end: command.end,
        });
      }
    }
  }

  // 4. Package managers installing floating versions, and installs that ignore the lockfile.
  for (const command of commands) problems.push(...installProblems(command));
  return problems;
}

function hasScriptArgument(words: ShellWord[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const text = words[i]!.text;
    if (text === '-' || text === '-s') return false;
    if (text === '-c') return true;
    if (!text.startsWith('-')) return true;
  }
  return false;
}

/** `chmod +x f`, `./f`, `bash f`, `tar xf f`, `unzip f`, `sudo install f /usr/local/bin`. */
function runsFile(command: ShellCommand, file: string): boolean {
  const words = effectiveArgv(command);
  const name = words[0]?.literal;
  if (!name) return false;
  if (name.includes('/') && sameFile(name, file)) return true;
  const base = baseName(name)!;
  const args = words.slice(1).map((w) => w.text);
  if (base === 'chmod')
    return (
      args.some((a) => (/x/.test(a) && /^[+ugoa=]/.test(a)) || (/^[0-7]{3,4}$/.test(a) && /[1357]/.test(a))) &&
      args.some((a) => sameFile(a, file))
    );
  if (interpreter(words) || ['tar', 'unzip', 'install', 'dpkg', 'rpm', 'msiexec', 'source', '.'].includes(base)) {
    return args.some((a) => sameFile(a, file));
  }
  return false;
}

const PIP = /^pip[\d.]*$/;

function installProblems(command: ShellCommand): ScriptProblem[] {
  const words = effectiveArgv(command);
  const name = baseName(words[0]?.literal);
  if (!name) return [];
  const args = words.slice(1);
  const texts = args.map((w) => w.text);
  const at = (
    message: string,
    rule = unpinnedDownloadRule.id,
    severity: Severity = 'warning',
    word?: ShellWord,
  ): ScriptProblem => ({
    rule,
    severity,
    message,
    offset: word?.offset ?? command.offset,
    end: word?.end ?? command.end,
  });

  // go install pkg@latest / pkg (no version)
  if (name === 'go' && texts[0] === 'install') {
    const out: ScriptProblem[] = [];
    for (const word of args.slice(1)) {
      if (word.text.startsWith('-') || word.text.startsWith('.') || word.text.startsWith('/')) continue;
      const version = word.text.includes('@') ? word.text.slice(word.text.lastIndexOf('@') + 1) : undefined;
      if (version === undefined) continue; // module-aware install of the current module's package
      if (version === 'latest' || version === 'master' || version === 'main' || version === 'HEAD') {
        out.push(
          at(
            `go install ${word.text} installs whatever ${version} is at run time; use an exact version.`,
            unpinnedDownloadRule.id,
            'error',
            word,
          ),
        );
      }
    }
    return out;
  }

  // npx pkg, pnpm dlx pkg, yarn dlx pkg, bunx pkg
  const runner =
    name === 'npx' || name === 'bunx'
      ? 1
      : (name === 'pnpm' || name === 'yarn') && texts[0] === 'dlx'
        ? 2
        : name === 'npm' && (texts[0] === 'exec' || texts[0] === 'x')
          ? 2
          : 0;
  if (runner) {
    // --offline / --no-install: only a package already installed locally or cached can run.
    if (texts.some((t) => t === '--offline' || t === '--no-install' || t === '--no')) return [];
    let packageWord: ShellWord | undefined;
    for (let i = runner - 1; i < args.length; i++) {
      const text = args[i]!.text;
      if (text === '-p' || text === '--package') {
        packageWord = args[i + 1];
        break;
      }
      if (text.startsWith('--package=')) {
        packageWord = args[i];
        break;
      }
      if (text === '--') continue;
      if (text.startsWith('-')) continue;
      packageWord = args[i];
      break;
    }
    if (packageWord && !packageWord.dynamic) {
      const spec = packageWord.text.replace(/^--package=/, '');
      if (!hasExactNpmVersion(spec)) {
        return [
          at(
            `${name}${runner === 2 ? ` ${texts[0]}` : ''} ${spec} runs the newest ${spec} published (or a local one if present); name an exact version: ${spec.replace(/@[^@/]*$/, '')}@<version>.`,
            unpinnedDownloadRule.id,
            'warning',
            packageWord,
          ),
        ];
      }
    }
    return [];
  }

  // npm install -g x
  if (name === 'npm' && ['install', 'i', 'add', 'in', 'isntall'].includes(texts[0] ?? '')) {
    const global = texts.some((t) => t === '-g' || t === '--global' || t === '--location=global');
    const packages = args.slice(1).filter((w) => !w.text.startsWith('-'));
    if (global) {
      return packages
        .filter((w) => !w.dynamic && !hasExactNpmVersion(w.text) && !isLocalPath(w.text))
        .map((w) =>
          at(
            `npm install -g ${w.text} installs the newest release at run time; use an exact version (${w.text.replace(/@[^@/]*$/, '')}@<version>).`,
            unpinnedDownloadRule.id,
            'warning',
            w,
          ),
        );
    }
    if (!packages.length) {
      return [
        at(
          'npm install may change versions from package-lock.json; npm ci installs exactly the lockfile.',
          unlockedInstallRule.id,
          'warning',
        ),
      ];
    }
    return [];
  }
  if (
    name === 'pnpm' &&
    (texts[0] === 'install' || texts[0] === 'i') &&
    !texts.slice(1).some((t) => !t.startsWith('-'))
  ) {
    if (!texts.includes('--frozen-lockfile')) {
      return [
        at(
          'pnpm install without --frozen-lockfile may update pnpm-lock.yaml instead of enforcing it.',
          unlockedInstallRule.id,
          'warning',
        ),
      ];
    }
    return [];
  }
  if (name === 'yarn' && (texts.length === 0 || texts[0] === 'install' || (texts[0]?.startsWith('-') ?? false))) {
    if (!texts.some((t) => t === '--immutable' || t === '--frozen-lockfile')) {
      return [
        at(
          'yarn install without --immutable (Yarn 2+) or --frozen-lockfile (Yarn 1) may update yarn.lock instead of enforcing it.',
          unlockedInstallRule.id,
          'warning',
        ),
      ];
    }
    return [];
  }

  // pip install ...
  const pipArgs = pipInstallArgs(name, args);
  if (pipArgs) {
    const pipTexts = pipArgs.map((w) => w.text);
    const hashes = pipTexts.includes('--require-hashes') || pipTexts.some((t) => t.startsWith('--hash'));
    const out: ScriptProblem[] = [];
    for (let i = 0; i < pipArgs.length; i++) {
      const word = pipArgs[i]!;
      const text = word.text;
      if (text === '-r' || text === '--requirement' || text.startsWith('--requirement=') || /^-r./.test(text)) {
        if (!hashes)
          out.push(
            at(
              `pip install ${text}${text === '-r' || text === '--requirement' ? ` ${pipArgs[i + 1]?.text ?? ''}` : ''} without --require-hashes trusts the index for every file it fetches.`,
              unlockedInstallRule.id,
              'warning',
              word,
            ),
          );
        if (text === '-r' || text === '--requirement') i++;
        continue;
      }
      if (
        [
          '-c',
          '--constraint',
          '-e',
          '--editable',
          '-i',
          '--index-url',
          '--extra-index-url',
          '-f',
          '--find-links',
          '-t',
          '--target',
          '--prefix',
          '--root',
          '--platform',
          '--python-version',
          '--only-binary',
          '--no-binary',
        ].includes(text)
      ) {
        i++;
        continue;
      }
      if (text.startsWith('-') || word.dynamic || isLocalPath(text)) continue;
      const pinned = /[^=<>!~]===?[^=]/.test(text) || /@\s*\S+:\/\//.test(text);
      if (!pinned || !hashes) {
        out.push(
          at(
            pinned
              ? `pip install ${text} pins the version but not the file: add --require-hashes with a hash (a requirements file with --hash lines).`
              : `pip install ${text} installs whatever version is newest; pin it (${text.replace(/[<>=!~].*$/, '')}==<version>) with --require-hashes.`,
            unpinnedDownloadRule.id,
            'warning',
            word,
          ),
        );
      }
    }
    return out;
  }

  // gem install x (without -v)
  if (name === 'gem' && texts[0] === 'install') {
    if (texts.some((t) => t === '-v' || t === '--version' || t.startsWith('--version='))) return [];
    return args
      .slice(1)
      .filter((w) => !w.text.startsWith('-') && !w.dynamic && !/\.gem$/.test(w.text) && !/:/.test(w.text))
      .map((w) =>
        at(
          `gem install ${w.text} installs the newest release; add -v <version>.`,
          unpinnedDownloadRule.id,
          'warning',
          w,
        ),
      );
  }
  return [];
}

/** `pip install ...` in its spellings: pip, pip3, python -m pip, uv pip; the words after `install`. */
function pipInstallArgs(name: string, args: ShellWord[]): ShellWord[] | undefined {
  const texts = args.map((w) => w.text);
  if (PIP.test(name) && texts[0] === 'install') return args.slice(1);
  if (/^python[\d.]*$/.test(name)) {
    const m = texts.indexOf('-m');
    if (m !== -1 && PIP.test(texts[m + 1] ?? '') && texts[m + 2] === 'install') return args.slice(m + 3);
  }
  if (name === 'uv' && texts[0] === 'pip' && texts[1] === 'install') return args.slice(2);
  return undefined;
}

function isLocalPath(text: string): boolean {
  return (
    text === '.' ||
    text.startsWith('./') ||
    text.startsWith('../') ||
    text.startsWith('/') ||
    /\.(whl|tar\.gz|zip|tgz|gem)$/.test(text) ||
    text.startsWith('file:')
  );
}

/** `pkg@1.2.3`, `@scope/pkg@1.2.3-rc.1`: an exact semver version (ranges and tags are not). */
export function hasExactNpmVersion(spec: string): boolean {
  const at = spec.lastIndexOf('@');
  if (at <= 0) return false;
  return /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(spec.slice(at + 1));
}
