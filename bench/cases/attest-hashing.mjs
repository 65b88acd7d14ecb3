// attest-provenance's subject hashing against sha256sum: 1,000 files totalling 1 GiB (sizes skewed
// like a release: a few large archives, many small files). Ours runs the real action bundle outside
// Actions (signing with a local key, so the work is hashing plus one signature); the peer is GNU
// coreutils' sha256sum over the same files. Target: at least 80% of sha256sum's throughput.
import { generateKeyPairSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { node as nodeWrapper, repoRoot, versionOf } from '../lib.mjs';

// The real binary, not the .bin/node shell wrapper: sh drops INPUT_SUBJECT-PATH (a hyphen is not a
// valid shell variable name), while the runner passes such variables straight to node.
const realNode = join(repoRoot, 'node_modules/node/bin/node');
const node = existsSync(realNode) ? realNode : nodeWrapper;

const FILES = 1000;
const TOTAL = 1024 * 1024 * 1024;
const BLOCK = 1024 * 1024;

/** File sizes: a Zipf-like spread, deterministic, summing to TOTAL exactly. */
function sizes() {
  const weights = Array.from({ length: FILES }, (_, i) => 1 / Math.pow(i + 1, 0.9));
  const sum = weights.reduce((a, b) => a + b, 0);
  const result = weights.map((w) => Math.max(1, Math.floor((w / sum) * TOTAL)));
  result[0] += TOTAL - result.reduce((a, b) => a + b, 0);
  return result;
}

/** One pseudo-random block (xorshift32, fixed seed): incompressible, and the same on every machine. */
function randomBlock() {
  const block = Buffer.alloc(BLOCK);
  let x = 0x9e3779b9;
  for (let i = 0; i < BLOCK; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    block.writeUInt32LE(x >>> 0, i);
  }
  return block;
}

export default {
  name: 'attest-hashing',
  description: 'attest-provenance subject hashing (1,000 files, 1 GiB) vs sha256sum on the same files',
  setup(workDir) {
    const filesDir = join(workDir, 'files');
    const manifest = join(workDir, 'manifest.json');
    const plan = sizes();
    const names = plan.map((_, i) => `files/f${String(i).padStart(4, '0')}.bin`);
    if (!existsSync(manifest) || readFileSync(manifest, 'utf8') !== JSON.stringify(plan)) {
      mkdirSync(filesDir, { recursive: true });
      const block = randomBlock();
      plan.forEach((size, i) => {
        const fd = openSync(join(workDir, names[i]), 'w');
        // A distinct first block per file (its index stamped in), then the shared pattern.
        let written = 0;
        let round = 0;
        while (written < size) {
          const chunk = Buffer.from(block.subarray(0, Math.min(BLOCK, size - written)));
          if (chunk.length >= 4) chunk.writeUInt32LE((i * 7919 + round) >>> 0, 0);
          else chunk[0] = i & 0xff;
          written += writeSync(fd, chunk);
          round++;
        }
        closeSync(fd);
      });
      writeFileSync(manifest, JSON.stringify(plan));
    }
    const keyFile = join(workDir, 'signing.pem');
    if (!existsSync(keyFile))
      writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    return { workDir, names, keyFile };
  },
  commands({ workDir, names, keyFile }) {
    const runnerTemp = join(workDir, 'runner-temp');
    mkdirSync(runnerTemp, { recursive: true });
    return [
      {
        label: 'paved-road attest-provenance',
        cmd: node,
        args: [join(repoRoot, 'dist/attest-provenance/index.js')],
        cwd: workDir,
        env: {
          GITHUB_ACTIONS: '',
          GITHUB_WORKSPACE: workDir,
          RUNNER_TEMP: runnerTemp,
          'INPUT_SUBJECT-PATH': 'files/*.bin',
          INPUT_SIGNING: 'key',
          'INPUT_SIGNING-KEY': keyFile,
          'INPUT_PUSH-TO-GITHUB': 'false',
          'INPUT_SHOW-SUMMARY': 'false',
          'INPUT_BUNDLE-PATH': join(runnerTemp, 'bench.sigstore.jsonl'),
        },
      },
      {
        label: 'sha256sum',
        cmd: 'sha256sum',
        args: names,
        cwd: workDir,
        version: versionOf('sha256sum').replace(/^sha256sum /, ''),
      },
    ];
  },
  report(rows) {
    const [ours, peer] = rows;
    if (!ours || !peer) return [];
    const mib = TOTAL / 1024 / 1024;
    const share = (peer.wall / ours.wall) * 100;
    return [
      `throughput: ours ${(mib / ours.wall).toFixed(0)} MiB/s, sha256sum ${(mib / peer.wall).toFixed(0)} MiB/s: ${share.toFixed(0)}% of sha256sum (target >= 80%)`,
    ];
  },
};
