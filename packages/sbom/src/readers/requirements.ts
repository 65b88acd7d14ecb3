// requirements*.txt as pip-compile / uv export write them: `name==version` pins with `--hash`
// options (one per artifact). No graph: every pin is a direct requirement of the project.
import { dirname, posix } from 'node:path';
import { ConfigurationError } from '@paved-road/core';
import { addPackage, hexHash, type Distribution, type LockfileGraph, type Package } from '../model.js';
import { purl } from '../purl.js';
import { normalizePythonName, readPyproject, Requirements } from './python.js';
import { projectDirName, type ReadInput } from './types.js';

export function readRequirements(input: ReadInput): LockfileGraph {
  const result = new Map<string, Package>();
  const rootDeps = new Set<string>();
  const warnings: string[] = [];
  const lines = input.text.split(/\r?\n/);
  // The index the hashes' files come from: its project page (PEP 503) lists each file with its SHA-256.
  let index = 'https://pypi.org/simple';
  const requirements = new Requirements();
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let logical = lines[i]!;
    while (/\\\s*$/.test(logical) && i + 1 < lines.length) logical = logical.replace(/\\\s*$/, ' ') + lines[++i];
    const text = logical.replace(/(^|\s)#.*$/, '').trim();
    if (!text) continue;
    if (text.startsWith('-')) {
      // -r, -c, -e, --index-url: options, not pins; the index is where the hashed files are listed.
      const option = /^(?:--index-url|-i)[=\s]+(\S+)/.exec(text);
      if (option && /^https?:\/\//.test(option[1]!)) index = option[1]!.replace(/\/+$/, '');
      continue;
    }
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(===?)\s*([^\s;]+)\s*(;[^-]*)?(.*)$/.exec(text);
    if (!match) {
      if (/^[A-Za-z0-9][A-Za-z0-9._-]*/.test(text) && !/@|:\/\//.test(text)) {
        warnings.push(
          `${input.lockfile}:${start}: "${/^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(text)![0]}" is not pinned with ==: its version cannot be known without resolving; pin it (pip-compile or uv pip compile --generate-hashes).`,
        );
        continue;
      }
      if (/@|:\/\//.test(text)) continue; // direct URL requirements: no version to report
      throw new ConfigurationError(
        'invalid-lockfile',
        `${input.lockfile} line ${start} is not a requirement: "${text.slice(0, 60)}".`,
        { file: input.lockfile, line: start },
        'Fix the line or regenerate the file.',
      );
    }
    const name = normalizePythonName(match[1]!);
    const version = match[4]!;
    const files: Distribution[] = [];
    for (const hash of (match[6] ?? '').matchAll(/--hash[=\s]+sha256:([0-9a-fA-F]{64})/g)) {
      const h = hexHash('SHA-256', hash[1]);
      if (h) files.push({ hashes: [h] });
    }
    const packageUrl = purl('pypi', undefined, name, version);
    addPackage(result, {
      ref: packageUrl,
      ecosystem: 'pypi',
      name,
      version,
      purl: packageUrl,
      // One hash: it is the artifact. Several (one per wheel and sdist): the file names no file, so
      // none is the component's; each is a distribution reference to the index page listing them.
      hashes: files.length === 1 ? files[0]!.hashes : [],
      files: files.length > 1 ? files.map((f) => ({ url: `${index}/${name}/`, hashes: f.hashes })) : [],
      dev: false,
      optional: false,
      dependsOn: new Set(),
      source: `line ${start}`,
    });
    rootDeps.add(packageUrl);
    const extras = (match[2] ?? '')
      .slice(1, -1)
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    requirements.note(undefined, packageUrl, match[5]?.slice(1), extras);
  }
  requirements.apply(result);
  // The project is the pyproject.toml beside the file, when there is one.
  const project = readPyproject(
    dirname(input.path),
    posix.join(posix.dirname(input.lockfile), 'pyproject.toml'),
    input.root,
  );
  const name = project.name ?? projectDirName(input);
  return {
    lockfile: input.lockfile,
    ecosystem: 'pypi',
    root: {
      ref: `root:${name}`,
      name,
      declared: project.name !== undefined,
      version: project.version,
      license: project.license,
      ecosystem: 'pypi',
      dependsOn: rootDeps,
    },
    packages: result,
    warnings,
  };
}
