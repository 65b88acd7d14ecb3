import type { Finding } from '@paved-road/core';
import {
  effectiveShell,
  parseShell,
  type Job,
  type Position,
  type ShellCommand,
  type Step,
  type WorkflowFile,
} from '@paved-road/workflows';
import { at, contextsIn, envLayers, lookupEnv, rule, stepUses } from './common.js';

export const useTrustedPublishingRule = rule({
  id: 'use-trusted-publishing',
  title: 'A long-lived registry token publishes where trusted publishing works',
  severity: 'warning',
  why:
    'PyPI, npm, RubyGems and crates.io accept trusted publishing: the registry trusts a short-lived OIDC token that GitHub ' +
    'issues to this workflow (`id-token: write`), so no secret is stored. A long-lived API token (NPM_TOKEN, a PyPI ' +
    'password, GEM_HOST_API_KEY, CARGO_REGISTRY_TOKEN) works from anywhere until someone revokes it: leaked from a log, a ' +
    'compromised dependency or a fork, it publishes malicious versions of your package, as several npm worms did. ' +
    'Reported when a publish to one of those registries (pypa/gh-action-pypi-publish `password:`, rubygems/release-gem ' +
    'without trusted publishing, `npm`/`pnpm`/`yarn`/`bun publish`, `cargo publish`, `twine upload`, `uv publish`, ' +
    '`poetry publish`, `gem push`) is given such a token; dry runs and other registries are not reported.',
  fix:
    "Configure this workflow as a trusted publisher in the package's registry settings, grant the publishing job " +
    '`id-token: write`, remove the token from the step (pypa/gh-action-pypi-publish and rubygems/release-gem then use OIDC; ' +
    'npm 11.5.1+ does on its own; for crates.io use rust-lang/crates-io-auth-action), and delete the secret.',
  before: [
    'on:',
    '  release:',
    '    types: [published]',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: pypa/gh-action-pypi-publish@release/v1',
    '        with:',
    '          password: ${{ secrets.PYPI_TOKEN }}',
  ].join('\n'),
  after: [
    'on:',
    '  release:',
    '    types: [published]',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    environment: pypi',
    '    permissions:',
    '      id-token: write',
    '    steps:',
    '      - uses: pypa/gh-action-pypi-publish@release/v1',
  ].join('\n'),
});

type Registry = 'PyPI' | 'npm' | 'RubyGems' | 'crates.io';

/** Upload URLs of the registries that take trusted publishing (PyPI and TestPyPI, npmjs, rubygems.org). */
const PYPI_URLS = new Set(['https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy/']);

function normalUrl(value: string): string {
  return value.trim().replace(/\/+$/, '').toLowerCase();
}

/** A publish command: the registry, and the env variables that carry its token. */
interface Publish {
  registry: Registry;
  tokens: string[];
}

/** Long-lived token variables each tool reads. */
const NPM_TOKENS = ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_AUTH_TOKEN', 'YARN_NPM_AUTH_TOKEN', 'NPM_CONFIG_TOKEN'];
const TWINE_TOKENS = ['TWINE_PASSWORD'];
const UV_TOKENS = ['UV_PUBLISH_TOKEN', 'UV_PUBLISH_PASSWORD'];
const POETRY_TOKENS = ['POETRY_PYPI_TOKEN_PYPI', 'POETRY_HTTP_BASIC_PYPI_PASSWORD'];

/** The publish a command performs, or undefined (other commands, dry runs, other registries). */
function publishOf(command: ShellCommand): Publish | undefined {
  const words = command.argv.map((word) => word.literal ?? word.text);
  const [program, ...args] = words;
  if (!program) return undefined;
  const name = program
    .split('/')
    .pop()!
    .replace(/\.exe$/i, '')
    .toLowerCase();
  const has = (...flags: string[]): boolean =>
    args.some((arg) => flags.some((f) => arg === f || arg.startsWith(`${f}=`)));
  const value = (...flags: string[]): string | undefined => {
    for (let i = 0; i < args.length; i++) {
      for (const flag of flags) {
        if (args[i] === flag) return args[i + 1];
        if (args[i]!.startsWith(`${flag}=`)) return args[i]!.slice(flag.length + 1);
      }
    }
    return undefined;
  };
  if (has('--dry-run')) return undefined;
  const npmRegistry = (): boolean => {
    const registry = value('--registry');
    return registry === undefined || normalUrl(registry) === 'https://registry.npmjs.org';
  };
  // The subcommand: the first word that is not a flag or a `+toolchain` (`npm run publish` runs a script).
  const positional = args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('+'));
  switch (name) {
    case 'npm':
    case 'pnpm':
    case 'bun':
      return positional[0] === 'publish' && npmRegistry() ? { registry: 'npm', tokens: NPM_TOKENS } : undefined;
    case 'yarn': {
      const publishes = positional[0] === 'publish' || (positional[0] === 'npm' && positional[1] === 'publish');
      return publishes && npmRegistry() ? { registry: 'npm', tokens: NPM_TOKENS } : undefined;
    }
    case 'cargo':
      if (positional[0] !== 'publish' || has('-n', '--registry', '--index')) return undefined;
      return { registry: 'crates.io', tokens: ['CARGO_REGISTRY_TOKEN'] };
    case 'twine': {
      if (positional[0] !== 'upload') return undefined;
      const url = value('--repository-url');
      const repository = value('-r', '--repository');
      if (url !== undefined && !PYPI_URLS.has(`${normalUrl(url)}/`)) return undefined;
      if (repository !== undefined && !['pypi', 'testpypi'].includes(repository.toLowerCase())) return undefined;
      return { registry: 'PyPI', tokens: TWINE_TOKENS };
    }
    case 'uv': {
      if (positional[0] !== 'publish') return undefined;
      const url = value('--publish-url');
      if (url !== undefined && !PYPI_URLS.has(`${normalUrl(url)}/`)) return undefined;
      if (has('--index')) return undefined;
      return { registry: 'PyPI', tokens: UV_TOKENS };
    }
    case 'poetry':
      return positional[0] === 'publish' && !has('-r', '--repository')
        ? { registry: 'PyPI', tokens: POETRY_TOKENS }
        : undefined;
    case 'gem': {
      if (positional[0] !== 'push') return undefined;
      const host = value('--host');
      if (host !== undefined && normalUrl(host) !== 'https://rubygems.org') return undefined;
      return { registry: 'RubyGems', tokens: ['GEM_HOST_API_KEY'] };
    }
    default:
      // `python -m twine upload`, `uvx twine upload`, `pipx run twine upload`.
      if (/^python[\d.]*$/.test(name) || name === 'uvx' || name === 'pipx') {
        const at = args.findIndex((arg) => arg === 'twine' || arg.startsWith('twine=='));
        if (at !== -1 && args[at + 1] === 'upload' && !has('--repository-url', '-r', '--repository'))
          return { registry: 'PyPI', tokens: TWINE_TOKENS };
      }
      return undefined;
  }
}

/** True when a value reads a secret other than the GITHUB_TOKEN (a stored, long-lived credential). */
function readsStoredSecret(text: string): boolean {
  return contextsIn(text).some(
    (path) => path === 'secrets' || (path.startsWith('secrets.') && path.toLowerCase() !== 'secrets.github_token'),
  );
}

/**
 * Where a publish gets a stored token: an argument (`--token ${{ secrets.X }}`, `--password`), an
 * assignment before the command, or the step / job / workflow env. Undefined when it gets none.
 */
function tokenSource(
  wf: WorkflowFile,
  job: Job,
  step: Step,
  command: ShellCommand,
  publish: Publish,
): { position: Position; what: string } | undefined {
  const script = step.run!;
  for (const word of command.argv) {
    if (readsStoredSecret(word.raw))
      return { position: script.offsetToPosition(word.offset), what: 'a secret on the command line' };
  }
  for (const assignment of command.assignments) {
    if (publish.tokens.includes(assignment.name) && assignment.value && readsStoredSecret(assignment.value.raw))
      return { position: script.offsetToPosition(assignment.offset), what: assignment.name };
  }
  const layers = envLayers(wf, job, step);
  for (const name of publish.tokens) {
    const entry = lookupEnv(layers, name);
    if (entry && readsStoredSecret(entry.value.value)) return { position: entry.value, what: name };
  }
  return undefined;
}

function shellOf(wf: WorkflowFile, job: Job, step: Step): string | undefined {
  const shell = (effectiveShell(wf, job, step) ?? 'bash').trim().toLowerCase();
  if (/^(bash|sh)(\s|$)/.test(shell)) return shell;
  return undefined;
}

export function auditUseTrustedPublishing(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  const report = (position: Position, registry: Registry, message: string, job: Job, step: Step): void => {
    findings.push(
      at(
        wf,
        useTrustedPublishingRule,
        position,
        `${message} ${registry} supports trusted publishing: publish with an OIDC token (id-token: write) and delete the long-lived secret.`,
        { job, step },
      ),
    );
  };
  for (const job of wf.jobs) {
    // npm publishes go to the registry setup-node configured, when it configured one.
    const setupRegistry = job.steps
      .filter((s) => stepUses(s, 'actions/setup-node'))
      .map((s) => s.with.get('registry-url')?.value)
      .find((url) => url !== undefined);
    const otherNpmRegistry = setupRegistry !== undefined && normalUrl(setupRegistry) !== 'https://registry.npmjs.org';
    for (const step of job.steps) {
      if (stepUses(step, 'pypa/gh-action-pypi-publish')) {
        const password = step.with.get('password');
        const url = step.with.get('repository-url') ?? step.with.get('repository_url');
        if (password?.value.trim() && (!url || PYPI_URLS.has(`${normalUrl(url.value)}/`)))
          report(password, 'PyPI', 'pypa/gh-action-pypi-publish is given a password (an API token).', job, step);
      }
      if (stepUses(step, 'rubygems/release-gem')) {
        const setup = step.with.get('setup-trusted-publisher');
        if (setup?.value.trim().toLowerCase() === 'false')
          report(
            setup,
            'RubyGems',
            'rubygems/release-gem is told not to set up trusted publishing, so it pushes with a stored API key.',
            job,
            step,
          );
      }
      if (stepUses(step, 'rubygems/configure-rubygems-credentials')) {
        const token = step.with.get('api-token');
        const server = step.with.get('gem-server');
        if (token?.value.trim() && (!server || normalUrl(server.value) === 'https://rubygems.org'))
          report(token, 'RubyGems', 'rubygems/configure-rubygems-credentials is given an API token.', job, step);
      }
      if (stepUses(step, 'js-devtools/npm-publish')) {
        const token = step.with.get('token');
        const registry = step.with.get('registry');
        if (
          token &&
          readsStoredSecret(token.value) &&
          (!registry || normalUrl(registry.value) === 'https://registry.npmjs.org')
        )
          report(token, 'npm', 'js-devtools/npm-publish is given a stored npm token.', job, step);
      }
      if (!step.run || !shellOf(wf, job, step)) continue;
      const parsed = parseShell(step.run.text, { posix: shellOf(wf, job, step)!.startsWith('sh') });
      if (!parsed.ok && !parsed.partial) continue;
      for (const command of parsed.commands) {
        const publish = publishOf(command);
        if (!publish || (publish.registry === 'npm' && otherNpmRegistry)) continue;
        const source = tokenSource(wf, job, step, command, publish);
        if (!source) continue;
        const what = command.argv
          .map((word) => word.literal ?? word.text)
          .slice(0, 2)
          .join(' ');
        report(
          source.position,
          publish.registry,
          `\`${what}\` publishes with a long-lived token (${source.what}).`,
          job,
          step,
        );
        break;
      }
    }
  }
  return findings;
}
