// Online pin checks against the GitHub REST fake: version comments, impostor commits, request
// budget, and every way the API can refuse to answer.
import { loadWorkflowFile } from '@paved-road/workflows';
import { auditWorkflow, GitHubClient, PinVerifier, type ActionPin } from '@paved-road/pinning';
import { startGitHubFake, type GitHubFake } from '../fakes/github/index.js';
import { startProxy, UNRESOLVABLE } from '../fakes/proxy.js';

const TOKEN = 'ghs_pins';
let fake: GitHubFake;

beforeEach(async () => {
  fake = await startGitHubFake({ token: TOKEN });
});
afterEach(async () => {
  await fake.close();
});

/** A repository with a release history: each release a commit, a lightweight or annotated tag, moving major tags. */
function releases(name: string, count: number, annotated: boolean): Map<string, string> {
  const repo = fake.repo(name);
  const tags = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const sha = repo.commit({ files: { 'action.yml': `name: ${name}\n# release ${i}\n` } });
    const version = `v1.${i}.0`;
    if (annotated) repo.annotatedTag(version, sha);
    else repo.tag(version, sha);
    tags.set(version, sha);
  }
  // A commit on main after the last release: reachable, but no tag.
  tags.set('main-head', repo.commit({ files: { 'README.md': 'next\n' } }));
  return tags;
}

function pinsOf(lines: string[]): ActionPin[] {
  const text = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    ...lines.map((l) => `      - uses: ${l}`),
  ].join('\n');
  return auditWorkflow(loadWorkflowFile('.github/workflows/ci.yml', text, { validate: false })).pins;
}

function verifier(options: Partial<ConstructorParameters<typeof GitHubClient>[0]> = {}) {
  const client = new GitHubClient({ apiUrl: fake.url, token: TOKEN, sleep: async () => undefined, ...options });
  return { client, verifier: new PinVerifier(client) };
}

const brief = (findings: Array<{ rule: string; severity: string; line: number }>) =>
  findings.map((f) => `${f.line} ${f.rule} ${f.severity}`).sort();

it('accepts genuine pins whose version comments match, lightweight and annotated tags alike', async () => {
  const checkout = releases('actions/checkout', 5, true);
  const cache = releases('actions/cache', 3, false);
  const pins = pinsOf([
    `actions/checkout@${checkout.get('v1.4.0')} # v1.4.0`,
    `actions/cache@${cache.get('v1.1.0')} # v1.1.0`,
  ]);
  const { findings, verified } = await verifier().verifier.verify(pins);
  expect(findings).toEqual([]);
  expect(verified).toBe(2);
});

it('reports a version comment that names another commit, a missing tag, and a pin without comment', async () => {
  const checkout = releases('actions/checkout', 3, true);
  const pins = pinsOf([
    `actions/checkout@${checkout.get('v1.0.0')} # v1.2.0`, // line 6
    `actions/checkout@${checkout.get('v1.1.0')} # v9.9.9`, // line 7
    `actions/checkout@${checkout.get('v1.2.0')}`, // line 8
  ]);
  const { findings } = await verifier().verifier.verify(pins);
  expect(brief(findings)).toEqual([
    '6 ref-version-mismatch error',
    '7 ref-version-mismatch warning',
    '8 ref-version-mismatch note',
  ]);
  expect(findings.find((f) => f.line === 6)!.message).toContain(`actions/checkout@v1.2.0 is ${checkout.get('v1.2.0')}`);
});

it('finds a commit that exists only in a fork (an impostor commit), and accepts an old commit of the real history', async () => {
  const checkout = releases('actions/checkout', 3, false);
  const fork = fake.fork('actions/checkout', 'attacker/checkout');
  const evil = fork.commit({ files: { 'action.yml': 'name: evil\nruns: {using: node20, main: steal.js}\n' } });
  const repo = fake.repo('actions/checkout');
  const old = checkout.get('v1.0.0')!;
  // Move a branch tip away so the old release commit is only reachable through history.
  repo.deleteRef('tags/v1.0.0');
  const pins = pinsOf([`actions/checkout@${evil} # v1.2.0`, `actions/checkout@${old}`]);
  const { findings } = await verifier().verifier.verify(pins);
  expect(brief(findings)).toEqual([
    '6 impostor-commit error',
    '6 ref-version-mismatch error',
    '7 ref-version-mismatch note',
  ]);
  expect(findings.find((f) => f.rule === 'impostor-commit')!.message).toContain(evil);
  // The fork commit needed the expensive path: the compare API was consulted.
  expect(fake.requestsTo('GET', /\/compare\//).length).toBeGreaterThan(0);
});

it('stays within 3 requests per pin on average over a realistic repository', async () => {
  const repos = [
    'actions/checkout',
    'actions/setup-node',
    'actions/cache',
    'actions/upload-artifact',
    'github/codeql-action',
    'docker/login-action',
    'docker/build-push-action',
    'softprops/action-gh-release',
  ];
  const lines: string[] = [];
  repos.forEach((name, r) => {
    const tags = releases(name, 12 + r * 4, r % 2 === 0);
    // Several workflows pin the same few releases of each action.
    for (const version of ['v1.3.0', 'v1.5.0', 'v1.8.0', 'v1.11.0'])
      lines.push(`${name}@${tags.get(version)} # ${version}`);
    lines.push(`${name}@${tags.get('main-head')}`);
  });
  const pins = pinsOf(lines);
  const { client, verifier: v } = verifier();
  const { findings, verified } = await v.verify(pins);
  expect(findings.filter((f) => f.severity !== 'note')).toEqual([]);
  expect(verified).toBe(pins.length);
  expect(client.requestCount).toBe(fake.requests.length);
  expect(fake.requests.length / pins.length).toBeLessThanOrEqual(3);
});

it('does not claim a pin verified when the repository is not found', async () => {
  const pins = pinsOf([`some-org/private-action@${'c'.repeat(40)} # v1.0.0`]);
  const { findings, verified } = await verifier().verifier.verify(pins);
  expect(verified).toBe(0);
  expect(brief(findings)).toEqual(['6 pin-unverified note']);
  expect(findings[0]!.message).toMatch(/not found/);
});

it('gives up with pin-unverified when the rate limit resets too far away, without retrying in a loop', async () => {
  const checkout = releases('actions/checkout', 2, false);
  fake.failPath(/.*/, { kind: 'rate-limit' });
  const pins = pinsOf([`actions/checkout@${checkout.get('v1.1.0')} # v1.1.0`]);
  const { findings } = await verifier().verifier.verify(pins);
  expect(brief(findings)).toEqual(['6 pin-unverified note']);
  expect(findings[0]!.message).toMatch(/rate limit/);
  expect(fake.requests.length).toBeLessThanOrEqual(2);
});

it('waits for a near rate-limit reset, a Retry-After and a server error, then verifies', async () => {
  const checkout = releases('actions/checkout', 2, true);
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  fake.failNext(1, { kind: 'rate-limit', resetIn: 2 });
  const pins = pinsOf([`actions/checkout@${checkout.get('v1.1.0')} # v1.1.0`]);
  let result = await verifier({ sleep }).verifier.verify(pins);
  expect(result.findings).toEqual([]);
  expect(waits.length).toBeGreaterThan(0);
  expect(Math.max(...waits)).toBeLessThanOrEqual(3000);

  waits.length = 0;
  fake.failNext(1, { kind: 'secondary-rate-limit', retryAfter: 7 });
  result = await verifier({ sleep }).verifier.verify(pins);
  expect(result.findings).toEqual([]);
  expect(waits).toContain(7000);

  fake.failNext(1, { kind: 'server-error', status: 502 });
  result = await verifier({ sleep }).verifier.verify(pins);
  expect(result.findings).toEqual([]);
});

it('reports a 403 (no access) as unverified, not as a finding about the pin', async () => {
  const checkout = releases('actions/checkout', 1, false);
  fake.failPath('/repos/{owner}/{repo}/tags', {
    kind: 'response',
    response: { status: 403, body: { message: 'Resource not accessible by integration' } },
  });
  const pins = pinsOf([`actions/checkout@${checkout.get('v1.0.0')} # v1.0.0`]);
  const { findings } = await verifier().verifier.verify(pins);
  expect(brief(findings)).toEqual(['6 pin-unverified note']);
});

it('accepts a commit reachable only from a release branch, not from main', async () => {
  const repo = fake.repo('actions/cache');
  const base = repo.commit({ files: { 'action.yml': 'name: cache\n' } });
  const onRelease = repo.commit({ files: { 'action.yml': 'name: cache v1 fix\n' }, parents: [base], branch: false });
  const releaseTip = repo.commit({
    files: { 'action.yml': 'name: cache v1 fix 2\n' },
    parents: [onRelease],
    branch: false,
  });
  repo.branch('releases/v1', releaseTip);
  repo.commit({ files: { 'action.yml': 'name: cache v2\n' } });
  const { findings } = await verifier().verifier.verify(pinsOf([`actions/cache@${onRelease}`]));
  expect(findings.map((f) => f.rule)).toEqual(['ref-version-mismatch']); // only the missing comment note
});

/** A repository with a main line, `count` feature branches off it, and a commit under the tip of the last one. */
function featureBranches(name: string, count: number): { repo: ReturnType<GitHubFake['repo']>; buried: string } {
  const repo = fake.repo(name);
  const root = repo.commit({ files: { 'action.yml': `name: ${name}\n` } });
  repo.tag('v1.0.0', root);
  let buried = '';
  for (let i = 0; i < count; i++) {
    const first = repo.commit({ files: { 'f.txt': `feature ${i}\n` }, parents: [root], branch: `feature/${i}` });
    repo.commit({ files: { 'f.txt': `feature ${i} more\n` }, branch: `feature/${i}` });
    buried = first;
  }
  repo.commit({ files: { 'README.md': 'main moves on\n' } });
  return { repo, buried };
}

it('accepts a commit reachable only from a feature branch (below its tip): every branch is swept before accusing', async () => {
  const { buried } = featureBranches('actions/setup-go', 6);
  const { findings, verified } = await verifier().verifier.verify(pinsOf([`actions/setup-go@${buried}`]));
  expect(findings.map((f) => f.rule)).toEqual(['ref-version-mismatch']); // only the missing comment note
  expect(verified).toBe(1);
});

it('calls a fork-only commit an impostor only after comparing it with every distinct branch and tag tip', async () => {
  const { repo } = featureBranches('actions/setup-go', 4);
  const fork = fake.fork('actions/setup-go', 'attacker/setup-go');
  const evil = fork.commit({ files: { 'action.yml': 'name: evil\n' }, branch: 'feature/1' });
  const { findings } = await verifier().verifier.verify(pinsOf([`actions/setup-go@${evil}`]));
  expect(findings.map((f) => `${f.rule} ${f.severity}`).sort()).toEqual([
    'impostor-commit error',
    'ref-version-mismatch note',
  ]);
  const tips = new Set([...repo.branches.values(), ...repo.tags.values()]);
  const comparedBases = new Set(
    fake.requestsTo('GET', /\/compare\//).map((r) => decodeURIComponent(r.path).split('/compare/')[1]!.split('...')[0]),
  );
  expect(comparedBases).toEqual(tips);
});

it('reports pin-unverified, never impostor-commit, when the compare bound is hit before a verdict', async () => {
  const { buried } = featureBranches('actions/setup-go', 8);
  const fork = fake.fork('actions/setup-go', 'attacker/setup-go');
  const evil = fork.commit({ files: { 'action.yml': 'name: evil\n' } });
  const client = new GitHubClient({ apiUrl: fake.url, token: TOKEN, sleep: async () => undefined });
  const bounded = new PinVerifier(client, { maxCompares: 4 });
  const { findings, verified } = await bounded.verify(
    pinsOf([`actions/setup-go@${evil}`, `actions/setup-go@${buried}`]),
  );
  expect(verified).toBe(0);
  expect(findings.filter((f) => f.rule === 'impostor-commit')).toEqual([]);
  const notes = findings.filter((f) => f.rule === 'pin-unverified');
  expect(notes.map((f) => f.line).sort()).toEqual([6, 7]);
  expect(notes[0]!.message).toMatch(/not compared \(at most 4 compares per pin/);
  expect(notes[0]!.message).toMatch(/not reported as an impostor/);
  expect(fake.requestsTo('GET', /\/compare\//).length).toBeLessThanOrEqual(8);
});

describe('proxies', () => {
  it('sends every GitHub API request through HTTP_PROXY (either case), and straight to hosts NO_PROXY names', async () => {
    const checkout = releases('actions/checkout', 2, false);
    const pins = pinsOf([`actions/checkout@${checkout.get('v1.1.0')} # v1.1.0`]);
    const proxy = await startProxy();
    const behind = `http://${UNRESOLVABLE}:${new URL(fake.url).port}`;
    try {
      for (const name of ['HTTP_PROXY', 'http_proxy']) {
        proxy.used.length = 0;
        const run = verifier({ apiUrl: behind, env: { [name]: proxy.url } });
        const result = await run.verifier.verify(pins);
        expect([result.verified, result.findings]).toEqual([1, []]);
        expect(run.client.requestCount).toBeGreaterThan(0);
        expect(proxy.used.length).toBeGreaterThan(0);
        expect(proxy.used.every((line) => line.includes(UNRESOLVABLE))).toBe(true);
      }
      proxy.used.length = 0;
      const direct = verifier({ env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
      expect((await direct.verifier.verify(pins)).verified).toBe(1);
      expect(proxy.used).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
