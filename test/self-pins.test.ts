// Every `uses: paved-road/paved-road/...` this repository hands to users (templates, their callable
// copies, the READMEs) names a commit of this repository that has what the pin needs: the action's
// metadata, the bundle its runs.main names, every input the templates pass and output they read; or
// the reusable workflow. `pnpm pin-self <commit>` writes them (CONTRIBUTING.md, "Releasing").
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './harness/index.js';

const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string;
const PIN = /paved-road\/paved-road\/(actions\/[a-z][a-z0-9-]*|\.github\/workflows\/[a-z][a-z0-9-]*\.ya?ml)@(\S+)(.*)/g;

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(join(repoRoot, dir))
    .filter(test)
    .map((name) => join(dir, name));
}

const PIN_FILES = [
  ...files('workflows-templates', (n) => /\.ya?ml$/.test(n) || n === 'README.md'),
  ...files('.github/workflows', (n) => /\.ya?ml$/.test(n)),
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(repoRoot, 'actions')).map((a) => join('actions', a, 'README.md')),
  ...files('docs', (n) => n.endsWith('.md')),
];

const pins = PIN_FILES.flatMap((file) =>
  [...readFileSync(join(repoRoot, file), 'utf8').matchAll(PIN)].map(([, path, ref, rest]) => ({
    file,
    path: path!,
    ref: ref!,
    rest: rest!,
  })),
);

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
}
const exists = (sha: string, path: string): boolean => {
  try {
    git('cat-file', '-e', `${sha}:${path}`);
    return true;
  } catch {
    return false;
  }
};

test('every self-pin is a full commit SHA with the version of this release', () => {
  expect(pins.length).toBeGreaterThan(10);
  for (const pin of pins)
    expect([pin.file, pin.ref, pin.rest.trim()]).toEqual([
      pin.file,
      expect.stringMatching(/^[0-9a-f]{40}$/),
      `# v${version}`,
    ]);
});

test('every self-pin names a commit of this repository that has what it pins', () => {
  for (const sha of new Set(pins.map((p) => p.ref)))
    expect([sha, git('cat-file', '-t', sha).trim()]).toEqual([sha, 'commit']);
  for (const { file, path, ref } of pins) {
    if (path.startsWith('.github/')) {
      expect([file, path, exists(ref, path)]).toEqual([file, path, true]);
      continue;
    }
    const metadata = parse(git('show', `${ref}:${path}/action.yml`)) as { runs: { main: string } };
    const bundle = relative(repoRoot, join(repoRoot, path, metadata.runs.main));
    expect([file, bundle, exists(ref, bundle)]).toEqual([file, bundle, true]);
  }
});

test("every pinned commit's bundles were built for its actions' metadata (dist/ not stale there)", () => {
  const checked = new Set<string>();
  for (const { path, ref } of pins.filter((p) => p.path.startsWith('actions/'))) {
    if (checked.has(`${path}@${ref}`)) continue;
    checked.add(`${path}@${ref}`);
    const metadata = parse(git('show', `${ref}:${path}/action.yml`)) as {
      runs: { main: string };
      inputs?: Record<string, unknown>;
      outputs?: Record<string, unknown>;
    };
    const dir = relative(repoRoot, join(repoRoot, path, metadata.runs.main, '..'));
    // The entry and the chunks it loads: every declared input and output is named in them.
    const code = git('ls-tree', '--name-only', `${ref}`, `${dir}/`)
      .split('\n')
      .filter((f) => f.endsWith('.js'))
      .map((f) => git('show', `${ref}:${f}`))
      .join('\n');
    const names = [...Object.keys(metadata.inputs ?? {}), ...Object.keys(metadata.outputs ?? {})];
    const unknown = names.filter((name) => !code.includes(`'${name}'`) && !code.includes(`"${name}"`));
    expect([path, ref, unknown]).toEqual([path, ref, []]);
  }
});

describe.each(files('workflows-templates', (n) => /\.ya?ml$/.test(n)))('%s', (template) => {
  const workflow = parse(readFileSync(join(repoRoot, template), 'utf8')) as {
    jobs: Record<string, { steps?: Array<{ id?: string; uses?: string; with?: Record<string, unknown> }> }>;
  };
  const text = readFileSync(join(repoRoot, template), 'utf8');

  test('passes only inputs, and reads only outputs, that the pinned action declares', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const match = /^paved-road\/paved-road\/(actions\/[a-z-]+)@([0-9a-f]{40})$/.exec(step.uses ?? '');
        if (!match) continue;
        const [, path, sha] = match;
        const pinned = parse(git('show', `${sha}:${path}/action.yml`)) as {
          inputs?: Record<string, unknown>;
          outputs?: Record<string, unknown>;
        };
        const inputs = Object.keys(pinned.inputs ?? {});
        for (const name of Object.keys(step.with ?? {}))
          expect([path, name, inputs.includes(name)]).toEqual([path, name, true]);
        if (!step.id) continue;
        const outputs = Object.keys(pinned.outputs ?? {});
        for (const [, name] of text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([a-z-]+)`, 'g')))
          expect([path, name, outputs.includes(name!)]).toEqual([path, name, true]);
      }
    }
  });
});
