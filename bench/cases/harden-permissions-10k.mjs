// harden-permissions through the CLI on 10,000 generated workflows (a mix of CI, release, bot, deploy
// and reusable-workflow jobs: checkout, setup actions, gh and git in run: steps, OIDC cloud logins,
// unknown actions), against a bare `yaml` parse of the same files. Targets: >= 2,000 files/s after
// start-up, and at most 3x the bare parse.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hardenCommands } from './harden-permissions-corpus.mjs';

export const COUNT = 10000;

/** xorshift32 with a fixed seed: the same files on every machine. */
function random(seed = 0x1b873593) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';

const JOBS = [
  (i) => `  test-${i}:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4
        with:
          persist-credentials: false
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - run: |
          npm ci
          npm test -- --shard=${i % 4}
`,
  (i) => `  release-${i}:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: npm publish --provenance
      - uses: softprops/action-gh-release@v2
        with:
          files: dist/*
`,
  (i) => `  bot-${i}:
    runs-on: ubuntu-latest
    steps:
      - run: gh pr comment "$PR" --body "build ${i} done" && gh issue edit ${i} --add-label ok
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
`,
  (i) => `  deploy-${i}:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy-${i}
          aws-region: eu-west-1
      - uses: some-org/deploy-action@v${1 + (i % 3)}
      - run: ./deploy.sh ${i}
`,
  (i) => `  call-${i}:
    uses: octo-org/workflows/.github/workflows/ci.yml@v${i % 5}
    with:
      target: t${i}
`,
];

export function generate(dir, count = COUNT) {
  const rand = random();
  const workflows = join(dir, '.github', 'workflows');
  mkdirSync(workflows, { recursive: true });
  for (let i = 0; i < count; i++) {
    const jobs = [];
    const n = 1 + Math.floor(rand() * 4);
    for (let j = 0; j < n; j++) jobs.push(JOBS[Math.floor(rand() * JOBS.length)](i * 10 + j));
    const top = rand() < 0.5 ? 'permissions:\n  contents: read\n\n' : '';
    writeFileSync(
      join(workflows, `wf-${String(i).padStart(5, '0')}.yml`),
      `name: generated ${i}\non:\n  push:\n    branches: [main]\n  pull_request:\n\n${top}jobs:\n${jobs.join('')}`,
    );
  }
}

export default {
  name: 'harden-permissions-10k',
  description: `harden-permissions via the CLI on ${COUNT.toLocaleString('en')} generated workflows vs a bare yaml parse of the same files`,
  setup(workDir) {
    const dir = join(workDir, 'repo');
    const marker = join(workDir, 'generated.json');
    const stamp = JSON.stringify({ count: COUNT, version: 1 });
    if (!existsSync(marker) || readFileSync(marker, 'utf8') !== stamp) {
      generate(dir);
      writeFileSync(marker, stamp);
    }
    const tempDir = join(workDir, 'tmp');
    mkdirSync(tempDir, { recursive: true });
    return { dir, tempDir };
  },
  commands({ dir, tempDir }) {
    const [ours, bare] = hardenCommands(dir, ['.github/workflows/*.yml'], tempDir);
    // The same CLI on one of the files: its start-up (loading the bundle, the schema, one file), measured
    // in the same rounds, so the rate after start-up is (files - 1) / (ours - this).
    const [startup] = hardenCommands(dir, ['.github/workflows/wf-00000.yml'], tempDir);
    return [ours, bare, { ...startup, label: 'paved-road harden-permissions (CLI, 1 file: start-up)' }];
  },
  report(rows) {
    const [ours, bare, startup] = rows;
    if (!ours || !bare || !startup) return [];
    const rate = (COUNT - 1) / Math.max(1e-9, ours.wall - startup.wall);
    return [
      `after start-up: ${rate.toFixed(0)} files/s (target >= 2,000; start-up ${(startup.wall * 1000).toFixed(0)} ms)`,
      `audit / bare yaml parse: ${(ours.wall / bare.wall).toFixed(2)}x (target <= 3x)`,
    ];
  },
};
