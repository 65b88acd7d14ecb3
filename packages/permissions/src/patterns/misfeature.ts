import type { Finding } from '@paved-road/core';
import type { Located, WorkflowFile } from '@paved-road/workflows';
import { at, rule, stepUses } from './common.js';

export const misfeatureRule = rule({
  id: 'misfeature',
  title: 'A feature that defeats review is used',
  severity: 'note',
  why:
    '`shell: cmd` runs the script with Windows CMD, which has no grammar a tool (or a reviewer) can follow: `^` escapes, `%` ' +
    'expansion before parsing, `&` and `|` anywhere, several line continuations. Injection and secret-handling checks cannot ' +
    'read such a script, and CMD has not been the default Windows shell since 2019. The `pip-install` input of ' +
    'actions/setup-python installs packages into the global interpreter, where what gets installed depends on the runner ' +
    'image and is hard to audit.',
  fix:
    'Use `shell: pwsh` (the Windows default) or `shell: bash`, and pass values through `env:`. Instead of `pip-install:`, ' +
    'create a virtual environment in a `run:` step and install into it (`python -m venv .venv && .venv/bin/pip install ...`).',
  before: [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: windows-latest',
    '    steps:',
    '      - shell: cmd',
    '        run: build.bat',
  ].join('\n'),
  after: [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: windows-latest',
    '    steps:',
    '      - shell: pwsh',
    '        run: ./build.ps1',
  ].join('\n'),
});

/** True for `cmd`, `cmd.exe` and a path to it, with or without arguments (`cmd /D /E:ON ... {0}`). */
function isCmd(shell: string): boolean {
  const program = shell.trim().split(/\s+/)[0] ?? '';
  const base = program.split(/[\\/]/).pop()!.toLowerCase();
  return base === 'cmd' || base === 'cmd.exe';
}

export function auditMisfeature(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  // A `defaults.run.shell: cmd` is reported once, where it is written, with the steps that fall back to it.
  const fallbacks = new Map<Located<string>, { job?: string; steps: number }>();
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (step.run) {
        const own = step.shell;
        const shell = own ?? job.defaults?.shell ?? wf.defaults?.shell;
        if (!shell || !isCmd(shell.value)) continue;
        if (own) {
          findings.push(
            at(
              wf,
              misfeatureRule,
              own,
              `This step runs with the Windows CMD shell (shell: ${own.value}), which checks and reviewers cannot read reliably. Use shell: pwsh or shell: bash.`,
              { job, step },
            ),
          );
        } else {
          const entry = fallbacks.get(shell) ?? { ...(shell === job.defaults?.shell ? { job: job.id } : {}), steps: 0 };
          entry.steps++;
          fallbacks.set(shell, entry);
        }
      }
      const pip = stepUses(step, 'actions/setup-python') ? step.with.get('pip-install') : undefined;
      if (pip) {
        findings.push(
          at(
            wf,
            misfeatureRule,
            pip,
            'pip-install installs packages into the global Python of the runner. Create a virtual environment in a run: step and install into it.',
            { job, step },
          ),
        );
      }
    }
  }
  for (const [shell, { job, steps }] of fallbacks) {
    const scope = job ? `Job ${job}'s` : "The workflow's";
    findings.push({
      ...at(
        wf,
        misfeatureRule,
        shell,
        `${scope} default shell is the Windows CMD shell (shell: ${shell.value}), used by ${steps} run step${steps === 1 ? '' : 's'}; checks and reviewers cannot read CMD scripts reliably. Use shell: pwsh or shell: bash.`,
      ),
      ...(job ? { job } : {}),
    });
  }
  return findings;
}
