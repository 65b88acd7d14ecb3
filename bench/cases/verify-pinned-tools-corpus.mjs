// verify-pinned-tools end to end through the CLI on the shared corpus (about 50 real workflows and
// action.yml files), offline: every uses:, image and run: script (parsed with mvdan/sh) checked.
// No peer tool does this offline from npm (pin-github-action and the Go/Rust tools need the GitHub
// API or are not npm packages), so the peer is the floor any YAML-based audit pays: a bare parse of
// the same files with `yaml`. Target: under 1 s for the corpus.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, corpus, node } from '../lib.mjs';
import { BARE_PARSE, PATTERNS } from './harden-permissions-corpus.mjs';

export default {
  name: 'verify-pinned-tools-corpus',
  description:
    'verify-pinned-tools (offline) via the CLI on ../shared/corpus/workflows vs a bare yaml parse of the same files',
  setup(workDir) {
    const cwd = join(corpus, 'workflows');
    if (!existsSync(cwd)) throw new Error(`bench: ${cwd} is missing (the shared corpus)`);
    const tempDir = join(workDir, 'tmp');
    mkdirSync(tempDir, { recursive: true });
    return { cwd, tempDir };
  },
  commands({ cwd, tempDir }) {
    return [
      {
        label: 'paved-road verify-pinned-tools (CLI, offline)',
        cmd: node,
        args: [
          cli,
          'verify-pinned-tools',
          ...PATTERNS,
          '--online',
          'false',
          '--format',
          'json',
          '--fail-on',
          'never',
          '--show-summary',
          'false',
          '--sarif-file',
          join(tempDir, 'pins.sarif'),
        ],
        cwd,
        env: { RUNNER_TEMP: tempDir, TMPDIR: tempDir, RUNNER_TOOL_CACHE: join(tempDir, 'tools') },
      },
      {
        label: 'yaml parseDocument (bare parse)',
        cmd: node,
        args: ['--input-type=module', '-e', BARE_PARSE, cwd, ...PATTERNS],
        cwd,
      },
    ];
  },
};
