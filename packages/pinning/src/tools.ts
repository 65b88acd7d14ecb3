// The tools manifest, the paved-road replacement for `curl | sh`: each tool's version and, per
// platform, an https url and the sha256 of the file. A listed tool is downloaded into memory, its
// length and sha256 checked, and only then written to the tool cache and put on PATH. A cached copy
// from an earlier run is re-hashed before it is trusted. Any mismatch fails closed.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import {
  ConfigurationError,
  hashRegularFile,
  yamlReason,
  readTextFile,
  writeFileAtomic,
  type Finding,
} from '@paved-road/core';
import { toolChecksumMismatchRule, toolNotPinnedRule } from './rules.js';

export const DEFAULT_TOOLS_MANIFEST = '.github/pinned-tools.yml';
/** Largest tool file accepted: a bound on memory, since the file is hashed before it is written. */
export const MAX_TOOL_BYTES = 512 * 1024 * 1024;

export interface ToolPlatform {
  url: string;
  sha256: string;
  /** File name in the tool cache; default the last segment of the url. */
  file: string;
  line: number;
}

export interface ToolEntry {
  name: string;
  version: string;
  platforms: Map<string, ToolPlatform>;
  line: number;
}

export interface ToolsManifest {
  file: string;
  tools: ToolEntry[];
  /** Problems with single entries (tool-not-pinned), reported as findings. */
  findings: Finding[];
}

export interface VerifiedTool {
  name: string;
  version: string;
  platform: string;
  sha256: string;
  path: string;
}

export interface ToolsOutcome {
  verified: VerifiedTool[];
  findings: Finding[];
  /** Directories to add to PATH. */
  paths: string[];
}

export interface InstallToolsOptions {
  manifest: string;
  /** The user named the manifest: its absence is an error. */
  required: boolean;
  workspace: string;
  toolCache: string;
  env: Readonly<Record<string, string | undefined>>;
  /** `linux-x64`, `darwin-arm64`, `win32-x64`: default this machine's. */
  platform?: string;
  log(message: string): void;
}

/** This machine's platform key: Node's `process.platform-process.arch`. */
export function currentPlatform(): string {
  return `${process.platform}-${process.arch}`;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** https, or http to a loopback host (a local mirror); anything else cannot be trusted in transit. */
export function acceptableUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname);
}

/** Reads and checks the manifest; undefined when it does not exist and was not named by the user. */
export function readToolsManifest(file: string, workspace: string, required: boolean): ToolsManifest | undefined {
  const absolute = resolve(workspace, file);
  if (!existsSync(absolute)) {
    if (!required) return undefined;
    throw new ConfigurationError(
      'missing-file',
      `The tools manifest ${file} does not exist.`,
      { file },
      'Create it or correct tools-manifest.',
    );
  }
  const text = readTextFile(absolute, { displayName: file, kind: 'tools manifest', workspace });
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = document.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    throw new ConfigurationError(
      'invalid-yaml',
      `${file} is not valid YAML: ${yamlReason(firstError.message)}`,
      { file, line: pos.line, column: pos.col },
      'Fix the YAML.',
    );
  }
  const lineOf = (node: Node | undefined | null): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const root = document.contents;
  const toolsNode = isMap(root) ? (root.get('tools', true) as Node | undefined) : undefined;
  if (!isSeq(toolsNode)) {
    throw new ConfigurationError(
      'invalid-tools-manifest',
      `${file} must have a "tools:" list.`,
      { file, line: lineOf(root as Node) },
      'Write tools: [{name, version, platforms: {linux-x64: {url, sha256}}}].',
    );
  }
  const findings: Finding[] = [];
  const problem = (line: number, message: string): void => {
    findings.push({ rule: toolNotPinnedRule.id, severity: 'error', message, file, line, column: 1 });
  };
  const tools: ToolEntry[] = [];
  for (const item of toolsNode.items) {
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      problem(line, 'A tool entry must be a mapping with name, version and platforms.');
      continue;
    }
    const text = (key: string): string | undefined => {
      const value = item.get(key, true);
      return isScalar(value) && value.value !== null && value.value !== '' ? String(value.value) : undefined;
    };
    const name = text('name');
    const version = text('version');
    if (!name) {
      problem(line, 'A tool has no name.');
      continue;
    }
    if (!/^[A-Za-z0-9][\w.+-]*$/.test(name)) {
      problem(line, `Tool name "${name}" may only use letters, digits, ".", "_", "+" and "-".`);
      continue;
    }
    if (!version || !/^[\w.+-]+$/.test(version) || version === 'latest') {
      problem(line, `Tool ${name} needs an exact version (not "${version ?? ''}").`);
      continue;
    }
    const platformsNode = item.get('platforms', true);
    if (!isMap(platformsNode) || !platformsNode.items.length) {
      problem(line, `Tool ${name} lists no platforms (each with url and sha256).`);
      continue;
    }
    const platforms = new Map<string, ToolPlatform>();
    for (const pair of platformsNode.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value;
      const pline = lineOf((pair.key as Node) ?? (value as Node));
      if (!isMap(value)) {
        problem(pline, `Tool ${name} platform ${key} must have url and sha256.`);
        continue;
      }
      const get = (k: string): string | undefined => {
        const v = value.get(k, true);
        return isScalar(v) && v.value !== null ? String(v.value).trim() : undefined;
      };
      const url = get('url');
      const sha256 = get('sha256')?.toLowerCase();
      if (!url || !acceptableUrl(url)) {
        problem(pline, `Tool ${name} ${key}: url must be https (http only to a loopback host), got "${url ?? ''}".`);
        continue;
      }
      if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256)) {
        problem(pline, `Tool ${name} ${key}: sha256 must be 64 hexadecimal characters.`);
        continue;
      }
      const file = get('file') ?? decodeURIComponent(new URL(url).pathname.split('/').pop() || name);
      if (!/^[\w.+-]+$/.test(file)) {
        problem(pline, `Tool ${name} ${key}: file name "${file}" may only use letters, digits, ".", "_", "+" and "-".`);
        continue;
      }
      platforms.set(key, { url, sha256, file, line: pline });
    }
    if (platforms.size) tools.push({ name, version, platforms, line });
  }
  return { file, tools, findings };
}

/** Verifies (and when needed downloads) every tool for this platform. */
export async function installTools(options: InstallToolsOptions): Promise<ToolsOutcome> {
  const manifest = readToolsManifest(options.manifest, options.workspace, options.required);
  const outcome: ToolsOutcome = { verified: [], findings: [], paths: [] };
  if (!manifest) return outcome;
  outcome.findings.push(...manifest.findings);
  const platform = options.platform ?? currentPlatform();
  for (const tool of manifest.tools) {
    const entry = tool.platforms.get(platform) ?? tool.platforms.get('any');
    if (!entry) {
      options.log(`${tool.name} ${tool.version}: no entry for ${platform} in ${manifest.file}; skipped.`);
      continue;
    }
    const dir = join(options.toolCache, tool.name, tool.version, platform);
    const target = join(dir, entry.file);
    const mismatch = (message: string): void => {
      outcome.findings.push({
        rule: toolChecksumMismatchRule.id,
        severity: 'error',
        message,
        file: manifest.file,
        line: entry.line,
        column: 1,
      });
    };
    if (existsSync(target)) {
      // Already in the cache: trusted only if it still hashes to the pin.
      const hash = createHash('sha256');
      await hashRegularFile(target, [hash], { kind: 'cached tool' });
      const actual = hash.digest('hex');
      if (actual !== entry.sha256) {
        mismatch(
          `${tool.name} ${tool.version}: the cached file ${target} has sha256 ${actual}, not the pinned ${entry.sha256}; it is not put on PATH.`,
        );
        continue;
      }
    } else {
      let bytes: Uint8Array;
      try {
        bytes = await download(entry.url);
      } catch (error) {
        mismatch(`${tool.name} ${tool.version}: ${(error as Error).message}; nothing was installed.`);
        continue;
      }
      const actual = sha256(bytes);
      if (actual !== entry.sha256) {
        mismatch(
          `${tool.name} ${tool.version}: ${entry.url} has sha256 ${actual}, not the pinned ${entry.sha256} (${bytes.length} bytes); nothing was written.`,
        );
        continue;
      }
      writeFileAtomic(target, bytes, { createDirectory: true });
      chmodSync(target, 0o755);
    }
    options.log(`${tool.name} ${tool.version}: sha256 ${entry.sha256} verified; ${dir} added to PATH.`);
    outcome.verified.push({ name: tool.name, version: tool.version, platform, sha256: entry.sha256, path: target });
    if (!outcome.paths.includes(dir)) outcome.paths.push(dir);
  }
  return outcome;
}

/** The whole body, refusing a short read (Content-Length not met) and anything over the size cap. */
async function download(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(300_000) });
  } catch (error) {
    throw new Error(`download of ${url} failed (${(error as Error).message})`, { cause: error });
  }
  if (!response.ok) throw new Error(`download of ${url} failed with HTTP ${response.status}`);
  // A redirect must not downgrade to plain http off the loopback.
  if (!acceptableUrl(response.url || url))
    throw new Error(`download of ${url} was redirected to ${response.url}, which is not https`);
  const declared = response.headers.get('content-length');
  if (declared !== null && Number(declared) > MAX_TOOL_BYTES)
    throw new Error(`${url} is ${declared} bytes, over the ${MAX_TOOL_BYTES}-byte limit`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.length;
      if (total > MAX_TOOL_BYTES) throw new Error(`${url} is over the ${MAX_TOOL_BYTES}-byte limit`);
      chunks.push(chunk);
    }
  } catch (error) {
    throw new Error(`download of ${url} was cut off after ${total} bytes (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (declared !== null && total !== Number(declared))
    throw new Error(`download of ${url} was truncated: ${total} of ${declared} bytes`);
  return Buffer.concat(chunks);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
