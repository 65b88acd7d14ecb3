import type { Finding } from '@paved-road/core';
import {
  effectiveShell,
  parseShell,
  writeRedirects,
  withScript,
  type Job,
  type RunScript,
  type Step,
  type WorkflowFile,
} from '@paved-road/workflows';
import { at, PRIVILEGED_PR_TRIGGERS, rule, stepUses } from './common.js';
import { prCodeCheckout } from './dangerous-triggers.js';

export const githubEnvRule = rule({
  id: 'github-env',
  title: 'GITHUB_ENV or GITHUB_PATH written in a privileged workflow for outsiders',
  severity: 'warning',
  why:
    'Lines written to the GITHUB_ENV file become environment variables of every later step, and GITHUB_PATH entries come ' +
    'first in their PATH. In a pull_request_target or workflow_run workflow, a value that derives from the pull request ' +
    '(an artifact, a branch name, a file of its checkout) can set `LD_PRELOAD`, `NODE_OPTIONS` or `BASH_ENV`, or put its own ' +
    "`git` first in PATH, and so run code with the workflow's secrets. An error when the job also runs the pull request's code.",
  fix:
    'Pass values between steps as step outputs (`$GITHUB_OUTPUT`) read through `${{ steps.<id>.outputs.<name> }}` into ' +
    '`env:`, or keep them in the one step that needs them.',
  before: [
    'on: workflow_run',
    'jobs:',
    '  comment:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo "PR_TITLE=$(cat title.txt)" >> "$GITHUB_ENV"',
  ].join('\n'),
  after: [
    'on: workflow_run',
    'jobs:',
    '  comment:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - id: pr',
    '        run: echo "title=$(cat title.txt)" >> "$GITHUB_OUTPUT"',
  ].join('\n'),
});

export const insecureCommandsRule = rule({
  id: 'insecure-commands',
  title: 'The deprecated set-env / add-path workflow commands are enabled',
  severity: 'error',
  why:
    '`ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `::set-env::` and `::add-path::`, which GitHub disabled because anything a ' +
    'step prints (a test name, a log line, a pull request title) can then set environment variables and PATH for the rest ' +
    'of the job, and so run code.',
  fix: 'Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to the GITHUB_ENV and GITHUB_PATH files instead.',
  before: ['env:', '  ACTIONS_ALLOW_UNSECURE_COMMANDS: true'].join('\n'),
  after: ['steps:', '  - run: echo "VERSION=1.2.3" >> "$GITHUB_ENV"'].join('\n'),
});

const TARGET = /\bGITHUB_(ENV|PATH)\b/;

/** Offsets in a shell script where it writes to the GITHUB_ENV or GITHUB_PATH file. */
function shellWrites(script: string, posix: boolean): Array<{ offset: number; file: string }> | undefined {
  const parsed = parseShell(script, { posix });
  if (!parsed.ok) return undefined;
  const out: Array<{ offset: number; file: string }> = [];
  const seen = new Set<number>();
  for (const command of parsed.commands) {
    // A block's redirect (`{ echo A=1; echo B=2; } >> "$GITHUB_ENV"`) is on every command inside it:
    // reported once, at the file name.
    for (const redirect of writeRedirects(command)) {
      const match = TARGET.exec(redirect.target.raw);
      const offset = redirect.target.offset + (match?.index ?? 0);
      if (match && !seen.has(offset)) {
        seen.add(offset);
        out.push({ offset, file: `GITHUB_${match[1]}` });
      }
    }
    const name = command.argv[0]?.literal;
    if (name === 'tee') {
      for (const word of command.argv.slice(1)) {
        const match = TARGET.exec(word.raw);
        if (match) out.push({ offset: word.offset + match.index, file: `GITHUB_${match[1]}` });
      }
    }
  }
  return out;
}

/** Offsets where a script of any language names GITHUB_ENV / GITHUB_PATH as something it writes to. */
function textWrites(script: string): Array<{ offset: number; file: string }> {
  const out: Array<{ offset: number; file: string }> = [];
  // PowerShell (`>> $env:GITHUB_ENV`, `Out-File ... $env:GITHUB_ENV`, `Add-Content $env:GITHUB_PATH`), cmd (`>> %GITHUB_ENV%`),
  // Python / Node (`open(os.environ["GITHUB_ENV"], "a")`, `appendFileSync(process.env.GITHUB_ENV, ...)`).
  const pattern =
    /(?:>>?\s*|Out-File\b[^\n]*?|Add-Content\b[^\n]*?|Set-Content\b[^\n]*?|open\([^\n]*?|appendFileSync\([^\n]*?|writeFileSync\([^\n]*?)(?:\$env:|%|\$\{?|os\.environ\[["']|os\.getenv\(["']|process\.env\.)GITHUB_(ENV|PATH)\b/g;
  for (const match of script.matchAll(pattern)) {
    const offset = match.index + match[0].lastIndexOf('GITHUB_');
    out.push({ offset, file: `GITHUB_${match[1]}` });
  }
  return out;
}

function writesOf(wf: WorkflowFile, job: Job, step: Step): Array<{ script: RunScript; offset: number; file: string }> {
  const out: Array<{ script: RunScript; offset: number; file: string }> = [];
  const run = step.run;
  if (run) {
    const shell = (effectiveShell(wf, job, step) ?? 'bash').toLowerCase();
    const isShell = shell === 'bash' || shell === 'sh' || shell.startsWith('bash ') || shell.startsWith('sh ');
    const writes = (isShell ? shellWrites(run.text, shell.startsWith('sh')) : undefined) ?? textWrites(run.text);
    for (const write of writes) out.push({ script: run, ...write });
  }
  return out;
}

function scriptExports(wf: WorkflowFile, step: Step): Array<{ script: RunScript; offset: number; file: string }> {
  if (!stepUses(step, 'actions/github-script')) return [];
  const script = withScript(wf, step, 'script');
  if (!script) return [];
  const out: Array<{ script: RunScript; offset: number; file: string }> = [];
  for (const match of script.text.matchAll(/\bcore\.(exportVariable|addPath)\s*\(/g)) {
    out.push({ script, offset: match.index, file: match[1] === 'addPath' ? 'GITHUB_PATH' : 'GITHUB_ENV' });
  }
  for (const write of textWrites(script.text)) out.push({ script, ...write });
  return out;
}

export function auditGithubEnv(wf: WorkflowFile): Finding[] {
  const privileged = wf.triggers.filter((t) => PRIVILEGED_PR_TRIGGERS.has(t.name)).map((t) => t.name);
  if (!privileged.length) return [];
  const findings: Finding[] = [];
  for (const job of wf.jobs) {
    const runsPrCode = job.steps.some((step) => prCodeCheckout(step));
    for (const step of job.steps) {
      for (const write of [...writesOf(wf, job, step), ...scriptExports(wf, step)]) {
        const position = write.script.offsetToPosition(write.offset);
        const base = at(
          wf,
          githubEnvRule,
          position,
          `This ${privileged.join(' / ')} workflow writes to ${write.file}${runsPrCode ? ` in job ${job.id}, which runs the pull request's code` : ''}: ` +
            'a value derived from the pull request can set variables (or PATH entries) that run code in later steps. Use step outputs instead.',
          { job, step },
        );
        findings.push(runsPrCode ? { ...base, severity: 'error' } : base);
      }
    }
  }
  return findings;
}

function enabled(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v !== '' && v !== 'false' && v !== '0';
}

export function auditInsecureCommands(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  const NAME = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';
  const check = (env: WorkflowFile['env'], where: { job?: Job; step?: Step }) => {
    for (const kv of env) {
      if (kv.name === NAME && enabled(kv.value.value)) {
        findings.push(
          at(
            wf,
            insecureCommandsRule,
            kv.key,
            `${NAME} re-enables ::set-env:: and ::add-path::: any output of the job can then set variables and PATH. Remove it.`,
            where,
          ),
        );
      }
    }
  };
  check(wf.env, {});
  for (const job of wf.jobs) {
    check(job.env, { job });
    for (const step of job.steps) {
      check(step.env, { job, step });
      if (step.run) {
        for (const match of step.run.text.matchAll(/\bACTIONS_ALLOW_UNSECURE_COMMANDS\s*=\s*["']?true/gi)) {
          findings.push(
            at(
              wf,
              insecureCommandsRule,
              step.run.offsetToPosition(match.index),
              `The script sets ${NAME}=true, re-enabling ::set-env:: and ::add-path:: for later steps. Remove it.`,
              { job, step },
            ),
          );
        }
      }
    }
  }
  return findings;
}
