import { ConfigurationError, personaShows, renderRulesMarkdown } from '@paved-road/core';
import { hardenPermissionsRules } from '../src/command.js';
import { ruleLines, runHarden, workspace } from './command-helpers.js';

// contents: write is needed (git push) but has no comment: undocumented-permissions, a pedantic rule.
const WORKFLOW = `name: tag
on: push
permissions: {}
concurrency:
  group: tag-\${{ github.ref }}
  cancel-in-progress: true
jobs:
  tag:
    name: tag
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: git tag v1 && git push origin v1
`;
const UNDOCUMENTED = 'undocumented-permissions@.github/workflows/tag.yml:12';

describe('persona', () => {
  it('orders regular < pedantic < auditor', () => {
    expect(personaShows({}, 'regular')).toBe(true);
    expect(personaShows({ persona: 'pedantic' }, 'regular')).toBe(false);
    expect(personaShows({ persona: 'pedantic' }, 'pedantic')).toBe(true);
    expect(personaShows({ persona: 'pedantic' }, 'auditor')).toBe(true);
    expect(personaShows({ persona: 'auditor' }, 'pedantic')).toBe(false);
    expect(personaShows({ persona: 'auditor' }, 'auditor')).toBe(true);
  });

  it.each(['undocumented-permissions', 'anonymous-definition', 'concurrency-limits'])(
    '%s is pedantic, and its README section says so',
    (id) => {
      const rule = hardenPermissionsRules.find((r) => r.id === id)!;
      expect(rule.persona).toBe('pedantic');
      expect(renderRulesMarkdown([rule])).toContain('Shown with `persona: pedantic` or `auditor` only.');
    },
  );

  it('a pedantic finding is hidden under regular (the default) and shown under pedantic and auditor', async () => {
    const dir = workspace({ '.github/workflows/tag.yml': WORKFLOW });
    const regular = await runHarden(dir, { 'show-summary': 'true' });
    expect(ruleLines(regular)).not.toContain(UNDOCUMENTED);
    expect((regular.json as { hiddenByPersona?: number }).hiddenByPersona).toBe(1);
    expect(regular.summary).toContain('1 finding of rules for a wider persona not shown (persona: regular).');
    expect(ruleLines(await runHarden(dir, { persona: 'pedantic' }))).toContain(UNDOCUMENTED);
    const auditor = await runHarden(dir, { persona: 'auditor' });
    expect(ruleLines(auditor)).toContain(UNDOCUMENTED);
    expect((auditor.json as { hiddenByPersona?: number }).hiddenByPersona).toBeUndefined();
  });

  it("the policy's persona applies when the input is not given; the input wins", async () => {
    const dir = workspace({
      '.github/workflows/tag.yml': WORKFLOW,
      '.github/paved-road.yml': 'harden-permissions:\n  persona: pedantic\n',
    });
    expect(ruleLines(await runHarden(dir))).toContain(UNDOCUMENTED);
    expect(ruleLines(await runHarden(dir, { persona: 'regular' }))).not.toContain(UNDOCUMENTED);
  });

  it('a persona that is not one of the three is bad input, from the input or at its policy line', async () => {
    const dir = workspace({ '.github/workflows/tag.yml': WORKFLOW });
    await expect(runHarden(dir, { persona: 'paranoid' })).rejects.toThrow(
      'Input "persona" must be one of regular, pedantic, auditor, got "paranoid".',
    );
    const policy = workspace({
      '.github/workflows/tag.yml': WORKFLOW,
      '.github/paved-road.yml': 'version: 1\nharden-permissions:\n  persona: paranoid\n',
    });
    const error = await runHarden(policy).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe(
      'harden-permissions.persona must be one of regular, pedantic, auditor, got "paranoid"',
    );
    expect((error as ConfigurationError).location).toMatchObject({ file: '.github/paved-road.yml', line: 3 });
  });
});
