// What can be known about a build outside GitHub Actions: the git checkout and the CI it ran in.
import { execFileSync } from 'node:child_process';
import type { LocalBuild } from './statement.js';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    }).trim();
  } catch {
    return undefined;
  }
}

/** A remote URL without credentials; scp-like `git@host:o/r.git` becomes `ssh://git@host/o/r.git`. */
export function cleanRemoteUrl(remote: string): string {
  const scp = /^([^@/:]+@)?([^/:]+):(?!\/)(.+)$/.exec(remote);
  if (scp && !/^[a-z]+:\/\//i.test(remote)) return `ssh://${scp[1] ?? ''}${scp[2]}/${scp[3]}`;
  try {
    const url = new URL(remote);
    if (url.protocol === 'https:' || url.protocol === 'http:') {
      url.username = '';
      url.password = '';
    } else {
      url.password = '';
    }
    return url.toString();
  } catch {
    return remote;
  }
}

const CI_NAMES: Array<[string, string]> = [
  ['GITLAB_CI', 'gitlab-ci'],
  ['CIRCLECI', 'circleci'],
  ['BUILDKITE', 'buildkite'],
  ['JENKINS_URL', 'jenkins'],
  ['TF_BUILD', 'azure-pipelines'],
  ['BITBUCKET_BUILD_NUMBER', 'bitbucket-pipelines'],
  ['GITHUB_ACTIONS', 'github-actions'],
];

/** The facts of a local (or non-GitHub CI) build: from git in `workspace`, and the environment. */
export function describeLocalBuild(
  workspace: string,
  env: Readonly<Record<string, string | undefined>>,
  known: { sha?: string | undefined; ref?: string | undefined; now?: Date },
): LocalBuild {
  const build: LocalBuild = {};
  const remote = git(workspace, ['config', '--get', 'remote.origin.url']);
  if (remote) build.repositoryUri = cleanRemoteUrl(remote);
  const commit = known.sha ?? git(workspace, ['rev-parse', '--verify', '-q', 'HEAD']);
  if (commit) build.commit = commit;
  const ref = known.ref ?? git(workspace, ['symbolic-ref', '-q', 'HEAD']);
  if (ref) build.ref = ref;
  if (commit) {
    const status = git(workspace, ['status', '--porcelain', '--untracked-files=no']);
    if (status !== undefined) build.dirty = status !== '';
  }
  const ci = CI_NAMES.find(([variable]) => env[variable]);
  build.environment = ci ? ci[1] : env.CI ? 'ci' : 'local';
  if (known.now) build.startedOn = known.now.toISOString();
  return build;
}
