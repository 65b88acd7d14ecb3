// The online audits of `uses:` references (archived-uses, ref-confusion, stale-action-refs,
// known-vulnerable-actions) against the GitHub REST fake, in-process: the verifier itself, and the
// command as a run sees it (offline: no request and no claim; online: true unreachable: fails).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isConfigurationError, type Finding, type InputSource, type RunContext } from '@paved-road/core';
import { loadWorkflowFile } from '@paved-road/workflows';
import {
  auditWorkflow,
  GitHubClient,
  mergeUnverified,
  PinVerifier,
  verifyPinnedToolsCommand,
  type ActionPin,
  type PinVerifierOptions,
} from '@paved-road/pinning';
import { makeWorkspace } from '../harness/index.js';
import { startGitHubFake, type GitHubFake } from '../fakes/github/index.js';
import { globalAdvisory, installAdvisories } from '../fakes/github/advisories.js';

const TOKEN = 'ghs_audits';
let fake: GitHubFake;

beforeEach(async () => {
  fake = await startGitHubFake({ token: TOKEN });
});
afterEach(async () => {
  await fake.close();
});

const steps = (lines: string[]): string =>
  [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    ...lines.map((l) => `      - uses: ${l}`),
    '',
  ].join('\n');

/** The pins of a workflow whose steps use `lines` (the first on line 6). */
function pinsOf(lines: string[]): ActionPin[] {
  return auditWorkflow(loadWorkflowFile('.github/workflows/ci.yml', steps(lines), { validate: false })).pins;
}

async function audit(lines: string[], options: PinVerifierOptions = {}): Promise<Finding[]> {
  const client = new GitHubClient({ apiUrl: fake.url, token: TOKEN, sleep: async () => undefined });
  const verifier = new PinVerifier(client, options);
  const pins = pinsOf(lines);
  const verified = await verifier.verify(pins.filter((p) => p.pinned));
  return mergeUnverified(verified.findings, await verifier.auditUses(pins));
}

const brief = (findings: readonly Finding[], rules?: string[]): string[] =>
  findings
    .filter((f) => !rules || rules.includes(f.rule))
    .map((f) => `${f.line} ${f.rule} ${f.severity}`)
    .sort();

/** A repository with releases v1.0.0 .. v1.<count-1>.0 (lightweight tags) and a moving v1; returns tag -> sha. */
function releases(name: string, count: number): Map<string, string> {
  const repo = fake.repo(name);
  const tags = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const sha = repo.commit({ files: { 'action.yml': `name: ${name}\n# ${i}\n` } });
    repo.tag(`v1.${i}.0`, sha);
    tags.set(`v1.${i}.0`, sha);
  }
  repo.tag('v1', tags.get(`v1.${count - 1}.0`)!);
  return tags;
}

/** Runs the command in-process over a workspace, as the edge would. */
async function runCommand(
  files: Record<string, string>,
  values: Record<string, string>,
  env: Record<string, string> = {},
): Promise<{ findings: Finding[]; exitCode: number; summary?: string }> {
  const workspace = makeWorkspace(files);
  const tempDir = mkdtempSync(join(tmpdir(), 'vpt-audits-'));
  const context: RunContext = {
    workspace,
    tempDir,
    inActions: false,
    env,
    serverUrl: 'https://github.com',
    apiUrl: fake.url,
    now: new Date(Date.UTC(2026, 0, 1)),
    buildTime: new Date(Date.UTC(2026, 0, 1)),
    log: () => undefined,
    debug: () => undefined,
  };
  const all: Record<string, string> = { 'sarif-file': join(tempDir, 'out.sarif'), 'tools-manifest': '', ...values };
  const inputs: InputSource = {
    get: (name) => all[name] ?? verifyPinnedToolsCommand.inputs.find((i) => i.name === name)?.default ?? '',
    getList: (name) => (all[name] ? all[name].split('\n') : []),
    isSet: (name) => name in values,
  };
  const result = await verifyPinnedToolsCommand.run(verifyPinnedToolsCommand.parse(inputs, context), context);
  const json = result.json as { findings: Finding[] };
  return { findings: json.findings, exitCode: result.exitCode, ...(result.summary ? { summary: result.summary } : {}) };
}

describe('archived-uses', () => {
  it('reports an action from an archived repository, pinned or not, and not one from a maintained repository', async () => {
    const old = releases('actions/create-release', 2);
    fake.repo('actions/create-release').archived = true;
    const live = releases('actions/checkout', 2);
    const findings = await audit([
      `actions/create-release@${old.get('v1.1.0')} # v1.1.0`, // line 6
      'actions/create-release@v1', // line 7
      `actions/checkout@${live.get('v1.1.0')} # v1.1.0`, // line 8
    ]);
    expect(brief(findings, ['archived-uses'])).toEqual(['6 archived-uses warning', '7 archived-uses warning']);
    expect(findings.find((f) => f.rule === 'archived-uses')!.message).toContain('actions/create-release is archived');
    // One repository request per repository, whatever the number of uses.
    expect(
      fake
        .requestsTo('GET', '/repos/{owner}/{repo}')
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/repos/actions/checkout', '/repos/actions/create-release']);
  });

  it('does not claim the check when the repository cannot be read: one pin-unverified note per place', async () => {
    const findings = await audit([`some-org/private-action@${'c'.repeat(40)} # v1.0.0`, 'some-org/private-action@v1']);
    expect(brief(findings)).toEqual(['6 pin-unverified note', '7 pin-unverified note']);
    expect(findings.find((f) => f.line === 6)!.message).toMatch(
      /not found.*Not run either: archived-uses, stale-action-refs, known-vulnerable-actions\.$/,
    );
    expect(findings.find((f) => f.line === 7)!.message).toMatch(
      /archived-uses, ref-confusion, known-vulnerable-actions did not run: .*not found/,
    );
  });
});

describe('the command', () => {
  it('offline (online: false) sends no request and claims no online audit', async () => {
    const old = releases('actions/create-release', 1);
    fake.repo('actions/create-release').archived = true;
    const run = await runCommand(
      { '.github/workflows/ci.yml': steps([`actions/create-release@${old.get('v1.0.0')} # v1.0.0`]) },
      { online: 'false', 'github-token': TOKEN },
    );
    expect(fake.requests).toEqual([]);
    expect(run.findings).toEqual([]);
    expect(run.summary).toContain('not run (online: false)');
  });

  it('online: true with the API unreachable fails closed, also when no use is pinned by SHA', async () => {
    await fake.close();
    const attempt = runCommand(
      { '.github/workflows/ci.yml': steps(['actions/create-release@v1']) },
      { online: 'true', 'github-token': TOKEN },
    );
    await expect(attempt).rejects.toThrow(/none of the 1 uses: references could be checked/);
    await attempt.catch((error: unknown) => expect(isConfigurationError(error)).toBe(true));
  });

  it('online: true reports the audits with the pin checks', async () => {
    installAdvisories(fake);
    const old = releases('actions/create-release', 1);
    fake.repo('actions/create-release').archived = true;
    const run = await runCommand(
      { '.github/workflows/ci.yml': steps([`actions/create-release@${old.get('v1.0.0')} # v1.0.0`]) },
      { online: 'true', 'github-token': TOKEN },
    );
    expect(brief(run.findings)).toEqual(['6 archived-uses warning']);
    expect(fake.requestsTo('GET', '/advisories')).toHaveLength(1);
    expect(run.exitCode).toBe(0);
  });
});

describe('ref-confusion', () => {
  it('reports a ref that is both a branch and a tag; a plain tag, a plain branch and a SHA are not', async () => {
    const tags = releases('example-org/deploy', 3);
    const repo = fake.repo('example-org/deploy');
    repo.branch('v1.1.0', tags.get('v1.0.0')!); // shadows the release tag, at another commit
    repo.branch('v1', tags.get('v1.2.0')!); // the tag v1's commit: still ambiguous
    const findings = await audit([
      'example-org/deploy@v1.1.0', // line 6
      'example-org/deploy@v1', // line 7
      'example-org/deploy@v1.2.0', // line 8: tag only
      'example-org/deploy@main', // line 9: branch only
      `example-org/deploy@${tags.get('v1.2.0')} # v1.2.0`, // line 10
    ]);
    expect(brief(findings, ['ref-confusion'])).toEqual(['6 ref-confusion warning', '7 ref-confusion warning']);
    const shadowed = findings.find((f) => f.rule === 'ref-confusion' && f.line === 6)!;
    expect(shadowed.message).toContain(`at different commits: ${tags.get('v1.0.0')} and ${tags.get('v1.1.0')}`);
  });

  it('looks the ref up when the branch and tag lists are longer than what is listed', async () => {
    const repo = fake.repo('example-org/busy');
    const base = repo.commit({ files: { 'action.yml': 'name: busy\n' } });
    for (let i = 0; i < 120; i++) repo.branch(`feature/${String(i).padStart(3, '0')}`, base);
    repo.branch('zz-release', base);
    repo.tag('zz-release', base);
    const findings = await audit(['example-org/busy@zz-release']);
    expect(brief(findings, ['ref-confusion'])).toEqual(['6 ref-confusion warning']);
    expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/git/ref/{ref+}').map((r) => r.path)).toEqual([
      '/repos/example-org/busy/git/ref/heads/zz-release',
    ]);
  });

  it('says when the lists could not be read, and reports nothing it did not see', async () => {
    fake.repo('example-org/gone');
    fake.failPath('/repos/{owner}/{repo}/tags', { kind: 'server-error', status: 502 });
    const findings = await audit(['example-org/gone@v2']);
    expect(brief(findings)).toEqual(['6 pin-unverified note']);
    expect(findings[0]!.message).toMatch(
      /ref-confusion, known-vulnerable-actions did not run: the GitHub API did not answer \(502\)/,
    );
  });
});

describe('stale-action-refs', () => {
  it('notes a SHA pin between releases; a commit of a lightweight or annotated tag is a release', async () => {
    const repo = fake.repo('actions/checkout');
    const light = repo.commit({ files: { 'action.yml': 'name: checkout\n' } });
    repo.tag('v4.2.1', light);
    const annotated = repo.commit({ files: { 'README.md': 'v4.2.2\n' } });
    repo.annotatedTag('v4.2.2', annotated);
    const between = repo.commit({ files: { 'README.md': 'next\n' } });
    const findings = await audit([
      `actions/checkout@${light} # v4.2.1`, // line 6
      `actions/checkout@${annotated} # v4.2.2`, // line 7
      `actions/checkout@${between}`, // line 8
      'actions/checkout@main', // line 9: a branch, not a SHA pin
    ]);
    expect(brief(findings, ['stale-action-refs'])).toEqual(['8 stale-action-refs note']);
    expect(findings.find((f) => f.rule === 'stale-action-refs')!.message).toContain(
      `${between} is the commit of no tag`,
    );
  });

  it('reads past the first pages of tags before calling a pin stale, and says so when it cannot read them all', async () => {
    const repo = fake.repo('example-org/many-tags');
    const old = repo.commit({ files: { 'action.yml': 'name: many\n' } });
    repo.tag('a-000-first', old); // listed last: tags come newest name first
    const head = repo.commit({ files: { 'README.md': 'head\n' } });
    for (let i = 1; i <= 450; i++) repo.tag(`b-${String(i).padStart(3, '0')}`, head);
    const pinned = [`example-org/many-tags@${old}`];
    expect(brief(await audit(pinned), ['stale-action-refs', 'pin-unverified'])).toEqual([]);
    const bounded = await audit(pinned, { sweepPages: 3 });
    expect(brief(bounded, ['stale-action-refs', 'pin-unverified'])).toEqual(['6 pin-unverified note']);
    expect(bounded.find((f) => f.rule === 'pin-unverified')!.message).toMatch(
      /stale-action-refs, known-vulnerable-actions did not run: .* more than 300 tags/,
    );
  });
});

describe('known-vulnerable-actions', () => {
  /** example/act with releases v1.2.2, v1.2.3, v2.1.0, v3.0.0 (v1 follows v1.2.2), a commit after them, and three advisories. */
  function vulnerableAction(): Map<string, string> {
    const repo = fake.repo('example/act');
    const shas = new Map<string, string>();
    for (const version of ['v1.2.2', 'v1.2.3', 'v2.1.0', 'v3.0.0']) {
      const sha = repo.commit({ files: { 'action.yml': `name: act ${version}\n` } });
      if (version === 'v2.1.0') repo.annotatedTag(version, sha);
      else repo.tag(version, sha);
      shas.set(version, sha);
    }
    repo.tag('v1', shas.get('v1.2.2')!);
    shas.set('head', repo.commit({ files: { 'README.md': 'next\n' } }));
    const db = installAdvisories(fake);
    db.advisories.push(
      globalAdvisory({ ghsaId: 'GHSA-2345-6789-cfgh', package: 'example/act', range: '< 1.2.3', patched: '1.2.3' }),
      globalAdvisory({
        ghsaId: 'GHSA-jmpq-rvwx-2345',
        package: 'example/act',
        range: '>= 2.0.0, <= 2.1.0',
        patched: '2.1.1',
        severity: 'medium',
        more: [{ package: 'example/act', range: '>= 3.0.0, < 3.0.1', patched: '3.0.1' }],
      }),
      globalAdvisory({
        ghsaId: 'GHSA-wxcf-ghjm-pqrv',
        package: 'example/act',
        range: '< 9.0.0',
        patched: null,
        withdrawnAt: '2025-04-01T00:00:00Z',
      }),
    );
    return shas;
  }

  it('resolves a SHA pin to the release tag at its commit and names the advisory and the fixed version', async () => {
    const shas = vulnerableAction();
    const findings = await audit([
      `example/act@${shas.get('v1.2.2')} # v1.2.2`, // line 6: high, fixed in 1.2.3
      `example/act@${shas.get('v1.2.3')} # v1.2.3`, // line 7: fixed release
      `example/act@${shas.get('v2.1.0')} # v2.1.0`, // line 8: medium (annotated tag)
      `example/act@${shas.get('v3.0.0')} # v3.0.0`, // line 9: the second range of the same advisory
      `example/act@${shas.get('head')}`, // line 10: no release: nothing to compare
    ]);
    expect(brief(findings, ['known-vulnerable-actions'])).toEqual([
      '6 known-vulnerable-actions error',
      '8 known-vulnerable-actions warning',
      '9 known-vulnerable-actions warning',
    ]);
    const message = (line: number) =>
      findings.find((f) => f.rule === 'known-vulnerable-actions' && f.line === line)!.message;
    expect(message(6)).toBe(
      'example/act v1.2.2 (the release tag at the pinned commit) is affected by GHSA-2345-6789-cfgh (high, https://github.com/advisories/GHSA-2345-6789-cfgh): fixed in 1.2.3.',
    );
    expect(message(8)).toContain('GHSA-jmpq-rvwx-2345 (medium');
    expect(message(9)).toMatch(/GHSA-jmpq-rvwx-2345 .*fixed in 3\.0\.1\.$/);
    // The documented query, one per release compared: ecosystem=actions&affects=owner/repo@version.
    expect(
      fake
        .requestsTo('GET', '/advisories')
        .map((r) => `${r.query.ecosystem} ${r.query.affects}`)
        .sort(),
    ).toEqual([
      'actions example/act@1.2.2',
      'actions example/act@1.2.3',
      'actions example/act@2.1.0',
      'actions example/act@3.0.0',
    ]);
  });

  it('resolves a moving tag to its commit and the most precise release there', async () => {
    vulnerableAction();
    const findings = await audit(['example/act@v1', 'example/act@v1.2.3']);
    expect(brief(findings, ['known-vulnerable-actions'])).toEqual(['6 known-vulnerable-actions error']);
    expect(findings.find((f) => f.rule === 'known-vulnerable-actions')!.message).toMatch(
      /^example\/act@v1 \(release v1\.2\.2, commit [0-9a-f]{40}\) is affected by GHSA-2345-6789-cfgh/,
    );
  });

  it('does not claim the check when the advisories cannot be read', async () => {
    const shas = vulnerableAction();
    fake.failPath('/advisories', { kind: 'server-error', status: 503 });
    const findings = await audit([`example/act@${shas.get('v1.2.2')} # v1.2.2`]);
    expect(brief(findings)).toEqual(['6 pin-unverified note']);
    expect(findings[0]!.message).toMatch(/known-vulnerable-actions did not run: the GitHub API did not answer \(503\)/);
  });

  const policy = 'verify-pinned-tools:\n  advisories-file: .github/advisories.json\n';

  it('offline, reads the snapshot the policy names, with the version the ref or the comment names, and sends nothing', async () => {
    const snapshot = [
      globalAdvisory({ ghsaId: 'GHSA-2345-6789-cfgh', package: 'example/act', range: '< 1.2.3', patched: '1.2.3' }),
    ];
    const run = await runCommand(
      {
        '.github/paved-road.yml': policy,
        '.github/advisories.json': JSON.stringify(snapshot),
        '.github/workflows/ci.yml': steps([
          `example/act@${'a'.repeat(40)} # v1.2.2`, // line 6
          'example/act@v1.0.0', // line 7 (also unpinned-uses)
          `example/act@${'b'.repeat(40)} # v1.2.3`, // line 8
          `example/act@${'c'.repeat(40)} # v1`, // line 9: no full version
        ]),
      },
      { online: 'false' },
    );
    expect(fake.requests).toEqual([]);
    expect(brief(run.findings, ['known-vulnerable-actions'])).toEqual([
      '6 known-vulnerable-actions error',
      '7 known-vulnerable-actions error',
    ]);
    expect(run.findings.find((f) => f.line === 6 && f.rule === 'known-vulnerable-actions')!.message).toMatch(
      /by the version comment, not checked offline.*fixed in 1\.2\.3 \(advisories from \.github\/advisories\.json\)\.$/,
    );
    expect(run.summary).toContain('known-vulnerable-actions ran offline, from .github/advisories.json');
  });

  it("refuses a snapshot that is not the API's array of advisories, naming the file and the entry", async () => {
    const workflow = steps(['example/act@v1.0.0']);
    const bad = (json: string) =>
      runCommand(
        { '.github/paved-road.yml': policy, '.github/advisories.json': json, '.github/workflows/ci.yml': workflow },
        { online: 'false' },
      );
    await expect(bad('{"ghsa_id": 1')).rejects.toThrow(/^\.github\/advisories\.json is not valid JSON/);
    await expect(bad('{}')).rejects.toThrow(/advisories\.json is not a JSON array of advisories/);
    await expect(
      bad('[{"ghsa_id": "GHSA-2345-6789-cfgh", "severity": "high", "vulnerabilities": [{}]}]'),
    ).rejects.toThrow(/entry 1 \(GHSA-2345-6789-cfgh\) has a vulnerability without package/);
  });
});
