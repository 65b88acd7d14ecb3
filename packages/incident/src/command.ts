// `find-affected`: the action and `paved-road find-affected`. Indexes the SBOMs given (into the index
// file when one is named, so later runs reuse it), then answers which SBOMs include a compromised
// package and which workflows use a compromised action.
import { isAbsolute, join, resolve } from 'node:path';
import {
  ConfigurationError,
  defineCommand,
  expandPaths,
  formatErrorLine,
  isConfigurationError,
  parseBoolean,
  writeFileAtomic,
  type RunContext,
} from '@paved-road/core';
import { findActionUses, parseActionTargets, type ActionTarget, type WorkflowVerdict } from './actions.js';
import { queryIndex, type DocumentVerdict } from './query.js';
import { readSbomFile } from './sboms.js';
import { IncidentIndex } from './store.js';
import { advisoryTargets, componentTargets, type Target } from './targets.js';
import { renderSummary, renderText, type FindAffectedReport, type ReportEntry } from './report.js';

export const COMMAND_NAME = 'find-affected';

export interface FindAffectedOptions {
  sboms: string[];
  index?: string;
  /** Targets from component and version-range, read once in parse. */
  componentTargets: Target[];
  components: string[];
  advisories: string[];
  actions: ActionTarget[];
  workflows: string[];
  failOnUnknown: boolean;
}

/** In a folder, the files named like SBOMs (a folder also holds package.json and other JSON). */
export function isSbomFileName(file: string): boolean {
  return /(^|[/.])(s?bom|cdx|cyclonedx|spdx)\.json$/i.test(file);
}

const DEFAULT_WORKFLOWS = [
  '.github/workflows/*.yml',
  '.github/workflows/*.yaml',
  '.github/actions/**/action.yml',
  '.github/actions/**/action.yaml',
];

export const findAffectedCommand = defineCommand<FindAffectedOptions>({
  name: COMMAND_NAME,
  description:
    'Answers which SBOMs include a compromised package (purl, version ranges or an OSV advisory) and which workflows use a compromised action; SBOMs are kept in an SQLite index.',
  inputs: [
    {
      name: 'sboms',
      description:
        'SBOM files, folders or globs, one per line (CycloneDX 1.2-1.7 or SPDX 2.2/2.3 JSON). In a folder, files named *.cdx.json, *.spdx.json, bom.json, sbom.json.',
      default: '',
      positional: true,
    },
    {
      name: 'index',
      description:
        'The index file (SQLite) the SBOMs are added to and queried from; it keeps what earlier runs indexed (cache it with actions/cache). Default: an index for this run only.',
      default: '',
    },
    {
      name: 'component',
      description:
        'Compromised packages as purls, one per line: without a version (every version, or the version-range), or with one (pkg:npm/lodash@4.17.20).',
      default: '',
    },
    {
      name: 'version-range',
      description:
        'Affected versions: one range for every component, or one per component line in the same order. npm semver (>=1.0.0 <1.2.6 || 2.0.0), PEP 440 (>=2.0,<2.2.1), Go (>=v1.2.0 <v1.4.0), Cargo (>=0.3, <0.3.2), or vers: (vers:npm/>=1.0.0|<1.2.6).',
      default: '',
    },
    {
      name: 'advisory',
      description:
        'OSV JSON advisory files, one per line (one advisory, a list, or {"vulns": [...]}; GitHub advisory database files are OSV): their affected packages, ranges and versions.',
      default: '',
    },
    {
      name: 'action',
      description: 'Compromised actions, one per line: owner/repo (every action in it) or owner/repo/path.',
      default: '',
    },
    {
      name: 'action-refs',
      description:
        'The bad refs of the action (tags, branches or commit SHAs), one per line. Default: every ref. A use at another tag or branch is unknown (it may point at a bad commit).',
      default: '',
    },
    {
      name: 'workflows',
      description:
        'Workflow and action.yml files or globs searched for uses of the action, one per line. Default: .github/workflows/*.y(a)ml and .github/actions/**/action.y(a)ml.',
      default: '',
    },
    {
      name: 'fail-on-unknown',
      description:
        'Fail (exit 1) when an SBOM or workflow could not be searched (unreadable, no components, versions that cannot be compared), as when something is affected.',
      default: 'true',
    },
  ],
  outputs: [
    { name: 'affected', description: '`true` when any SBOM or workflow is affected, else `false`.' },
    { name: 'affected-count', description: 'How many SBOMs and workflows are affected.' },
    { name: 'unknown-count', description: 'How many SBOMs and workflows could not be searched.' },
    { name: 'report-path', description: 'The JSON report ({"affected", "clean", "unknown"}), under RUNNER_TEMP.' },
  ],
  parse(inputs) {
    const components = inputs.getList('component');
    const actions = parseActionTargets(inputs.getList('action'), inputs.getList('action-refs'));
    const advisories = inputs.getList('advisory');
    const options: FindAffectedOptions = {
      sboms: inputs.getList('sboms'),
      ...(inputs.get('index') ? { index: inputs.get('index') } : {}),
      componentTargets: componentTargets(components, inputs.getList('version-range')),
      components,
      advisories,
      actions,
      workflows: inputs.getList('workflows'),
      failOnUnknown: parseBoolean('fail-on-unknown', inputs.get('fail-on-unknown'), true),
    };
    if (!components.length && !advisories.length && !actions.length)
      throw new ConfigurationError(
        'invalid-input',
        'Nothing to look for: give component, advisory or action.',
        undefined,
        'Name the compromised package (component: pkg:npm/name), an OSV advisory file, or the action (owner/repo).',
      );
    if ((components.length || advisories.length) && !options.sboms.length && !options.index)
      throw new ConfigurationError(
        'invalid-input',
        'A package is given, but no SBOMs to search and no index.',
        undefined,
        'Name the SBOM files or folders in sboms, or an index built before.',
      );
    return options;
  },
  async run(options, context) {
    const report: FindAffectedReport = { affected: [], clean: [], unknown: [] };
    const searchesPackages = options.componentTargets.length > 0 || options.advisories.length > 0;
    let sbomCount = 0;
    if (searchesPackages) {
      const targets = [
        ...options.componentTargets,
        ...options.advisories.flatMap((file) => advisoryTargets(absolute(context, file), file, context.workspace)),
      ];
      const { verdicts, unreadable } = indexAndQuery(options, targets, context);
      sbomCount = verdicts.length + unreadable.length;
      for (const verdict of verdicts) place(report, sbomEntry(verdict));
      report.unknown.push(...unreadable);
    }
    let workflowCount = 0;
    if (options.actions.length) {
      const files = expandPaths(options.workflows, {
        cwd: context.workspace,
        defaults: DEFAULT_WORKFLOWS,
        strict: options.workflows.length > 0,
        inDirectory: (file) => /\.ya?ml$/i.test(file),
      });
      if (!files.length)
        throw new ConfigurationError(
          'no-workflows',
          `No workflow file matched ${options.workflows.length ? `workflows (${options.workflows.join(', ')})` : `the default workflows (${DEFAULT_WORKFLOWS.join(', ')})`}.`,
          undefined,
          'Name the workflow and action.yml files to search in workflows.',
        );
      workflowCount = files.length;
      for (const verdict of findActionUses(
        files.map((file) => ({ path: absolute(context, file), displayName: file })),
        options.actions,
        context.workspace,
      ))
        place(report, workflowEntry(verdict));
    }
    const reportPath = join(context.tempDir, 'find-affected-report.json');
    writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`, { createDirectory: true });
    const affected = report.affected.length;
    const unknown = report.unknown.length;
    const failed = affected > 0 || (unknown > 0 && options.failOnUnknown);
    const counts = { sboms: sbomCount, workflows: workflowCount };
    return {
      exitCode: failed ? 1 : 0,
      ...(failed
        ? {
            failureMessage: affected
              ? `${affected} affected (${describeKinds(report.affected)}); see the report.`
              : `nothing found affected, but ${unknown} could not be searched (${describeKinds(report.unknown)}); set fail-on-unknown: false to accept that.`,
          }
        : {}),
      outputs: {
        affected: String(affected > 0),
        'affected-count': String(affected),
        'unknown-count': String(unknown),
        'report-path': reportPath,
      },
      json: report,
      text: renderText(report, counts),
      summary: renderSummary(report, counts),
    };
  },
});

function absolute(context: RunContext, file: string): string {
  return isAbsolute(file) ? file : resolve(context.workspace, file);
}

function describeKinds(entries: readonly ReportEntry[]): string {
  const sboms = entries.filter((e) => e.kind === 'sbom').length;
  const workflows = entries.length - sboms;
  return [sboms ? `${sboms} SBOM(s)` : '', workflows ? `${workflows} workflow file(s)` : ''].filter(Boolean).join(', ');
}

function indexAndQuery(
  options: FindAffectedOptions,
  targets: readonly Target[],
  context: RunContext,
): { verdicts: DocumentVerdict[]; unreadable: ReportEntry[] } {
  const index = IncidentIndex.open(options.index ? absolute(context, options.index) : undefined, {
    ...(options.index ? { displayName: options.index } : {}),
    workspace: context.workspace,
  });
  try {
    const unreadable: ReportEntry[] = [];
    const files = options.sboms.length
      ? expandPaths(options.sboms, { cwd: context.workspace, inDirectory: isSbomFileName })
      : [];
    let added = 0;
    for (const file of files) {
      try {
        const sbom = readSbomFile(absolute(context, file), { displayName: file, workspace: context.workspace });
        if (index.add(sbom, file)) added++;
      } catch (error) {
        if (!isConfigurationError(error)) throw error;
        // One bad file is reported, and every other file is still searched.
        context.log(`warning: ${error.describe()}`);
        unreadable.push({ kind: 'sbom', sbom: file, reason: formatErrorLine(error.message, undefined, error.fix) });
      }
    }
    context.log(`${files.length} SBOM file(s) read, ${added} new to the index`);
    const verdicts = queryIndex(index, targets);
    // Nothing searched is not "nothing affected".
    if (!verdicts.length && !unreadable.length)
      throw new ConfigurationError(
        'no-sboms',
        options.sboms.length
          ? `No SBOM file matched sboms (${options.sboms.join(', ')}), and the index holds none.`
          : `The index ${options.index} holds no SBOM.`,
        undefined,
        'Name SBOM files or folders in sboms (in a folder, files named *.cdx.json, *.spdx.json, bom.json, sbom.json).',
      );
    return { verdicts, unreadable };
  } finally {
    index.close();
  }
}

function place(report: FindAffectedReport, entry: ReportEntry & { verdict: 'affected' | 'clean' | 'unknown' }): void {
  const { verdict, ...rest } = entry;
  report[verdict].push(rest);
}

function sbomEntry(verdict: DocumentVerdict): ReportEntry & { verdict: DocumentVerdict['verdict'] } {
  const { document } = verdict;
  return {
    verdict: verdict.verdict,
    kind: 'sbom',
    sbom: document.names[0] ?? document.sha256,
    ...(document.names.length > 1 ? { alsoNamed: document.names.slice(1) } : {}),
    sbomDigest: `sha256:${document.sha256}`,
    format: document.format,
    ...(document.subject ? { subject: document.subject } : {}),
    ...(document.artifactDigests.length ? { artifacts: document.artifactDigests } : {}),
    ...(verdict.verdict === 'clean' ? { componentCount: document.componentCount } : {}),
    ...(verdict.components.length ? { components: verdict.components } : {}),
    ...(verdict.undecided.length ? { undecided: verdict.undecided } : {}),
    ...(verdict.reason ? { reason: verdict.reason } : {}),
  };
}

function workflowEntry(verdict: WorkflowVerdict): ReportEntry & { verdict: WorkflowVerdict['verdict'] } {
  return {
    verdict: verdict.verdict,
    kind: 'workflow',
    file: verdict.file,
    ...(verdict.uses.length
      ? { uses: verdict.uses.map(({ file: _file, verdict: useVerdict, ...use }) => ({ ...use, verdict: useVerdict })) }
      : {}),
    ...(verdict.reason ? { reason: verdict.reason } : {}),
  };
}
