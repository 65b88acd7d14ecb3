// `generate-sbom`: the action and `paved-road generate-sbom`.
import { isAbsolute, relative, resolve } from 'node:path';
import {
  ConfigurationError,
  defineCommand,
  parseBoolean,
  parseChoice,
  writeFileAtomic,
  type CommandResult,
  type Finding,
  type RuleDefinition,
  RuleRegistry,
} from '@paved-road/core';
import { SPEC_VERSIONS, type SpecVersion } from './cyclonedx.js';
import { FORMATS, generateSbom, InvalidSbomError, sbomTimestamp, sbomVcs, type SbomFormat } from './generate.js';

export interface GenerateSbomOptions {
  projectDir: string;
  lockfiles: string[];
  format: SbomFormat;
  specVersion: SpecVersion;
  outputFile: string;
  includeDev: boolean;
  componentName?: string;
  componentVersion?: string;
  validate: boolean;
  failOnEmpty: boolean;
}

export const lockfileOutOfSync: RuleDefinition = {
  id: 'lockfile-out-of-sync',
  title: 'Lockfile out of sync with its manifest',
  severity: 'warning',
  why: 'The SBOM describes what the lockfile pins. When the manifest declares something else, the next install resolves different packages and the SBOM no longer matches what ships.',
  fix: "Run the package manager's install (npm install, pnpm install, yarn install, go mod tidy, composer update --lock) and commit the lockfile.",
  action: 'generate-sbom',
};

export const sbomRules = [lockfileOutOfSync];

const DEFAULT_OUTPUT = 'sbom.cdx.json';

export const generateSbomCommand = defineCommand<GenerateSbomOptions>({
  name: 'generate-sbom',
  description:
    'Writes a CycloneDX (or SPDX) SBOM from the project lockfiles: exact purls, hashes, the dependency graph; deterministic and schema-valid.',
  inputs: [
    { name: 'path', description: 'Project root directory (default: the workspace).', default: '.', positional: true },
    {
      name: 'lockfiles',
      description:
        'Lockfiles to read, one per line, relative to `path` (globs allowed). Default: those in `path` and its workspace members.',
      default: '',
    },
    {
      name: 'format',
      description: 'cyclonedx-json, cyclonedx-xml or spdx-json (SPDX 2.3).',
      default: 'cyclonedx-json',
    },
    { name: 'spec-version', description: 'CycloneDX specification version: 1.5, 1.6 or 1.7.', default: '1.6' },
    {
      name: 'output-file',
      description: 'Where to write the SBOM. Default: $RUNNER_TEMP/sbom.cdx.json (the temp dir outside Actions).',
      default: '',
    },
    {
      name: 'include-dev',
      description: 'Include development-only packages (with scope "excluded").',
      default: 'false',
    },
    {
      name: 'component-name',
      description: 'Name of the described component (default: from the root manifest).',
      default: '',
    },
    {
      name: 'component-version',
      description: 'Version of the described component (default: from the root manifest).',
      default: '',
    },
    {
      name: 'validate',
      description: 'Validate the SBOM against the official schema before writing it.',
      default: 'true',
    },
    {
      name: 'fail-on-empty',
      description: 'Fail (exit 1) instead of writing an SBOM with no component.',
      default: 'true',
    },
  ],
  outputs: [
    { name: 'sbom-file', description: 'Absolute path of the SBOM written.' },
    { name: 'sbom-digest', description: 'sha256:<hex> of the SBOM file, for attest-provenance subjects.' },
    { name: 'component-count', description: 'Number of components in the SBOM.' },
    { name: 'serial-number', description: 'The SBOM serial number (urn:uuid:..., a UUID v5 of its content).' },
  ],
  rules: sbomRules,
  parse(inputs, context) {
    const path = inputs.get('path') || '.';
    const projectDir = resolve(context.workspace, path);
    const format = parseChoice('format', inputs.get('format'), FORMATS, 'cyclonedx-json');
    const specVersion = parseChoice('spec-version', inputs.get('spec-version'), SPEC_VERSIONS, '1.6');
    if (format === 'spdx-json' && inputs.isSet('spec-version')) {
      throw new ConfigurationError(
        'invalid-input',
        'Input "spec-version" applies to CycloneDX; spdx-json is always SPDX 2.3.',
        undefined,
        'Remove spec-version or choose a cyclonedx format.',
      );
    }
    const rawOutput = inputs.get('output-file');
    const outputFile = rawOutput
      ? isAbsolute(rawOutput)
        ? rawOutput
        : resolve(context.workspace, rawOutput)
      : resolve(
          context.tempDir,
          format === 'spdx-json' ? 'sbom.spdx.json' : format === 'cyclonedx-xml' ? 'sbom.cdx.xml' : DEFAULT_OUTPUT,
        );
    return {
      projectDir,
      lockfiles: inputs.getList('lockfiles'),
      format,
      specVersion,
      outputFile,
      includeDev: parseBoolean('include-dev', inputs.get('include-dev'), false),
      componentName: inputs.get('component-name') || undefined,
      componentVersion: inputs.get('component-version') || undefined,
      validate: parseBoolean('validate', inputs.get('validate'), true),
      failOnEmpty: parseBoolean('fail-on-empty', inputs.get('fail-on-empty'), true),
    };
  },
  async run(options, context) {
    const timestamp = sbomTimestamp(options.projectDir, context.env, context.buildTime);
    let sbom;
    try {
      sbom = await generateSbom({
        ...options,
        timestamp,
        vcs: sbomVcs(options.projectDir),
        debug: (message) => context.debug(message),
      });
    } catch (error) {
      if (error instanceof InvalidSbomError) {
        throw new Error(`${error.message} (this is a paved-road bug; please report it with the lockfile)`, {
          cause: error,
        });
      }
      throw error;
    }
    if (sbom.scopeWarning) context.log(`warning: ${sbom.scopeWarning}`);
    // An empty SBOM would pass every later check that reads it: fail before anything can use it.
    if (sbom.componentCount === 0 && options.failOnEmpty) {
      const empty: CommandResult = {
        exitCode: 1,
        failureMessage: `No component found in ${sbom.lockfiles.join(', ')}: the SBOM would be empty, so it was not written (set fail-on-empty: false to write it anyway).`,
        outputs: { 'component-count': '0' },
        json: { componentCount: 0, lockfiles: sbom.lockfiles, warnings: sbom.warnings.map((w) => w.message) },
      };
      return empty;
    }
    writeFileAtomic(options.outputFile, sbom.pieces, { createDirectory: true });
    const findings: Finding[] = sbom.warnings.map((w) => {
      const file = relative(context.workspace, resolve(options.projectDir, w.lockfile)).split('\\').join('/');
      return { rule: lockfileOutOfSync.id, severity: 'warning', message: w.message, file, line: 1, column: 1 };
    });
    for (const w of sbom.warnings) context.log(`warning: ${w.message}`);
    context.log(`${sbom.componentCount} components from ${sbom.lockfiles.join(', ')} -> ${options.outputFile}`);
    const digest = `sha256:${sbom.digest}`;
    const formatLabel =
      options.format === 'spdx-json'
        ? 'SPDX 2.3 JSON'
        : `CycloneDX ${options.specVersion} ${options.format === 'cyclonedx-xml' ? 'XML' : 'JSON'}`;
    return {
      exitCode: 0,
      outputs: {
        'sbom-file': options.outputFile,
        'sbom-digest': digest,
        'component-count': String(sbom.componentCount),
        'serial-number': sbom.serialNumber,
      },
      findings,
      rules: new RuleRegistry(sbomRules),
      json: {
        sbomFile: options.outputFile,
        sbomDigest: digest,
        componentCount: sbom.componentCount,
        serialNumber: sbom.serialNumber,
        format: options.format,
        specVersion: options.format === 'spdx-json' ? 'SPDX-2.3' : options.specVersion,
        lockfiles: sbom.lockfiles,
        warnings: sbom.warnings.map((w) => w.message),
        ...(sbom.scopeWarning ? { scopeWarning: sbom.scopeWarning } : {}),
      },
      text: `${formatLabel} SBOM with ${sbom.componentCount} components written to ${options.outputFile}\n${digest}\n`,
      summary: [
        '### SBOM',
        '',
        '| | |',
        '|---|---|',
        `| Format | ${formatLabel} |`,
        `| Components | ${sbom.componentCount} |`,
        `| Lockfiles | ${sbom.lockfiles.map((l) => `\`${l}\``).join(', ')} |`,
        `| File | \`${options.outputFile}\` |`,
        `| Digest | \`${digest}\` |`,
        `| Serial number | \`${sbom.serialNumber}\` |`,
        ...(sbom.scopeWarning ? ['', `**Warning:** ${sbom.scopeWarning}`] : []),
        ...(sbom.warnings.length
          ? ['', `**${sbom.warnings.length} warning(s):**`, '', ...sbom.warnings.map((w) => `- ${w.message}`)]
          : []),
        '',
      ].join('\n'),
    };
  },
});
