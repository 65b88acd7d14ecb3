// `pnpm pin-self <commit> [version]`: points every `uses: paved-road/paved-road/...` in the workflow
// templates, their callable copies and the READMEs at <commit> of this repository, with `# v<version>`
// (default: package.json's version). The commit must hold every action's metadata and the bundle it
// runs, and every reusable workflow a pin names: a pin is only as good as what it names.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(fileURLToPath(import.meta.url), '..', '..');

/** `paved-road/paved-road/<actions/x or .github/workflows/x.yml>@<40 hex or <sha>>[ # vX[.Y.Z]]`. */
export const SELF_PIN =
  /paved-road\/paved-road\/(actions\/[a-z][a-z0-9-]*|\.github\/workflows\/[a-z][a-z0-9-]*\.ya?ml)@([0-9a-f]{40}|<sha>)(?: # v[0-9][0-9A-Za-z.-]*)?/g;

/** The files that hold self-pins: templates, their copies, the READMEs and the docs. */
export function pinFiles() {
  const list = (dir, test) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((e) => e.isFile() && test(e.name))
      .map((e) => join(dir, e.name));
  return [
    ...list('workflows-templates', (n) => /\.ya?ml$/.test(n) || n === 'README.md'),
    ...list('.github/workflows', (n) => /\.ya?ml$/.test(n)),
    'README.md',
    'CONTRIBUTING.md',
    ...readdirSync(join(root, 'actions')).map((a) => join('actions', a, 'README.md')),
    ...list('docs', (n) => n.endsWith('.md')),
  ];
}

function git(...args) {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 28,
  }).trim();
}

function fail(message) {
  process.stderr.write(`pin-self: ${message}\n`);
  process.exit(2);
}

/** What a pin at `sha` must find there, or why not. */
export function checkTarget(sha, path) {
  const show = (file) => {
    try {
      return git('show', `${sha}:${file}`);
    } catch {
      return undefined;
    }
  };
  const exists = (file) => {
    try {
      git('cat-file', '-e', `${sha}:${file}`);
      return true;
    } catch {
      return false;
    }
  };
  if (path.startsWith('.github/'))
    return exists(path) ? undefined : `${path} does not exist at ${sha}; pin to a commit after it was added`;
  const metadata = show(`${path}/action.yml`);
  if (metadata === undefined) return `${path}/action.yml does not exist at ${sha}; pin to a commit after it was added`;
  const main = parse(metadata)?.runs?.main;
  if (typeof main !== 'string') return `${path}/action.yml at ${sha} names no runs.main`;
  const bundle = relative(root, join(root, path, main));
  if (!exists(bundle))
    return `${bundle} (runs.main of ${path}) does not exist at ${sha}; pin to a commit with dist/ committed`;
  // A bundle built before an input or output was added does not know it: dist/ is stale there.
  const dir = relative(root, join(root, path, main, '..'));
  const code = git('ls-tree', '--name-only', sha, `${dir}/`)
    .split('\n')
    .filter((file) => file.endsWith('.js'))
    .map((file) => show(file) ?? '')
    .join('\n');
  const declared = parse(metadata);
  const names = [...Object.keys(declared.inputs ?? {}), ...Object.keys(declared.outputs ?? {})];
  const unknown = names.find((name) => !code.includes(`'${name}'`) && !code.includes(`"${name}"`));
  return unknown
    ? `${dir} at ${sha} does not know ${path}'s "${unknown}" (dist/ is stale there; rebuild and commit it first)`
    : undefined;
}

function main() {
  const [given, versionArg] = process.argv.slice(2);
  if (!given) fail('usage: pnpm pin-self <commit> [version]; give the release commit (e.g. HEAD).');
  let sha;
  try {
    sha = git('rev-parse', '--verify', '--end-of-options', `${given}^{commit}`);
  } catch {
    fail(`${given} is not a commit of this repository; give a commit sha, tag or branch of it.`);
  }
  const version = versionArg ?? JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) fail(`version ${version} is not X.Y.Z; give e.g. 0.1.0.`);
  // Every file is checked before any is written: a refused pin leaves the tree as it was.
  const updates = [];
  for (const file of pinFiles()) {
    const text = readFileSync(join(root, file), 'utf8');
    const problems = [];
    const next = text.replace(SELF_PIN, (_, path) => {
      const problem = checkTarget(sha, path);
      if (problem) problems.push(problem);
      return `paved-road/paved-road/${path}@${sha} # v${version}`;
    });
    if (problems.length) fail(`${file}: ${problems[0]}.`);
    if (next !== text) updates.push([file, next]);
  }
  for (const [file, next] of updates) writeFileSync(join(root, file), next);
  const changed = updates.map(([file]) => file);
  process.stdout.write(
    changed.length
      ? `pinned to ${sha} (v${version}):\n${changed.map((f) => `  ${f}\n`).join('')}`
      : 'nothing to change\n',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
