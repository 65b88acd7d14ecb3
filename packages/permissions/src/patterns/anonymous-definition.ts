import type { Finding } from '@paved-road/core';
import { positionAt, type Position, type WorkflowFile } from '@paved-road/workflows';
import { at, rule } from './common.js';

export const anonymousDefinitionRule = rule({
  id: 'anonymous-definition',
  title: 'A workflow, job or action has no name',
  severity: 'note',
  why:
    'Without `name:`, GitHub shows a workflow by its file path and a job by its id, and an action has nothing to show. In the ' +
    'Actions tab, a required-checks list or an audit log, a reader then has to open the file to know what ran, and two ' +
    'definitions are easier to confuse. This has no security impact by itself; it is reported as a note.',
  fix: 'Give the workflow and each job that runs steps a `name:` that says what it does.',
  before: ['on: push', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - run: make'].join('\n'),
  after: [
    'name: Build',
    'on: push',
    'jobs:',
    '  build:',
    '    name: Build and test',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: make',
  ].join('\n'),
});

/** Where the document's top-level mapping starts (its first key, after any comments). */
function documentStart(wf: WorkflowFile): Position {
  return positionAt(wf, wf.document.contents?.range?.[0] ?? 0);
}

export function auditAnonymousDefinition(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  if (wf.kind === 'action') {
    if (!wf.action?.name?.value)
      findings.push(
        at(wf, anonymousDefinitionRule, documentStart(wf), 'The action has no name: add name: to action.yml.'),
      );
    return findings;
  }
  if (!wf.name?.value)
    findings.push(
      at(
        wf,
        anonymousDefinitionRule,
        documentStart(wf),
        'The workflow has no name: GitHub shows it by its file path. Add name: at the top.',
      ),
    );
  for (const job of wf.jobs) {
    // A reusable-workflow call is shown by the called workflow's name.
    if (job.uses || job.composite || job.name?.value) continue;
    findings.push(
      at(
        wf,
        anonymousDefinitionRule,
        job.position,
        `Job ${job.id} has no name: GitHub shows it by its id. Add name: to say what it does.`,
        { job },
      ),
    );
  }
  return findings;
}
