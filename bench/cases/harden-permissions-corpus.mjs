// harden-permissions end to end through the CLI on the shared corpus (about 50 real workflows and
// action.yml files, each origin repository a folder), against a bare parse of the same files with
// `yaml` (the floor any YAML-based audit pays). Target: under 1 s for the corpus.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, corpus, node, repoRoot } from '../lib.mjs';

export const PATTERNS = ['*/.github/workflows/*.yml', '*/.github/workflows/*.yaml', '**/action.yml', '**/action.yaml'];

/**
 * The peer: read every file the patterns match and parse it with `yaml` (parseDocument, as our model
 * does), nothing else. The same globs as ours, through node:fs globSync.
 */
export const BARE_PARSE = `
const { globSync, readFileSync } = await import('node:fs');
const { parseDocument } = await import(${JSON.stringify(join(repoRoot, 'node_modules/yaml/dist/index.js'))});
const [cwd, ...patterns] = process.argv.slice(1);
let files = 0, errors = 0;
for (const file of new Set(patterns.flatMap((p) => globSync(p, { cwd, exclude: ['**/node_modules/**', '**/.git/**'] })))) {
  const doc = parseDocument(readFileSync(cwd + '/' + file, 'utf8'), { keepSourceTokens: true });
  files++;
  if (doc.errors.length) errors++;
}
process.stdout.write(JSON.stringify({ files, errors }) + '\\n');
`;

export function hardenCommands(cwd, patterns, tempDir) {
  return [
    {
      label: 'paved-road harden-permissions (CLI)',
      cmd: node,
      args: [
        cli,
        'harden-permissions',
        ...patterns,
        '--format',
        'json',
        '--fail-on',
        'never',
        '--show-summary',
        'false',
        '--sarif-file',
        join(tempDir, 'harden.sarif'),
      ],
      cwd,
      env: { RUNNER_TEMP: tempDir, TMPDIR: tempDir },
    },
    {
      label: 'yaml parseDocument (bare parse)',
      cmd: node,
      args: ['--input-type=module', '-e', BARE_PARSE, cwd, ...patterns],
      cwd,
    },
  ];
}

export default {
  name: 'harden-permissions-corpus',
  description: 'harden-permissions via the CLI on ../shared/corpus/workflows vs a bare yaml parse of the same files',
  setup(workDir) {
    const cwd = join(corpus, 'workflows');
    if (!existsSync(cwd)) throw new Error(`bench: ${cwd} is missing (the shared corpus)`);
    const tempDir = join(workDir, 'tmp');
    mkdirSync(tempDir, { recursive: true });
    return { cwd, tempDir };
  },
  commands({ cwd, tempDir }) {
    return hardenCommands(cwd, PATTERNS, tempDir);
  },
};
