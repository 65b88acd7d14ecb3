import { afterSuppressions, audit, pos, where } from './helpers.js';

const RULE = 'bot-conditions';

describe('bot-conditions', () => {
  it('reports job and step checks of the actor against a bot, at the comparison', () => {
    const text = `on: pull_request_target
permissions: {}
jobs:
  merge:
    runs-on: ubuntu-latest
    if: github.actor == 'dependabot[bot]'
    steps:
      - if: \${{ github.actor == 'renovate[bot]' && github.repository == 'acme/app' }}
        run: echo one
      - if: GitHub.TRIGGERING_ACTOR == 'some-new-app[bot]'
        run: echo two
      - if: github['ACTOR'] == 'dependabot[bot]'
        run: echo three
      - if: github.actor_id == 49699333
        run: echo four
      - if: \${{ '29139614' == github.event.sender.id }}
        run: echo five
      - if: contains(fromJSON('["dependabot[bot]", "renovate[bot]"]'), github.actor)
        run: echo six
      - if: endsWith(github.actor, '[bot]')
        run: echo seven
`;
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, "github.actor == 'dependabot[bot]'", 'error'),
      pos(text, "github.actor == 'renovate[bot]'", 'error'),
      pos(text, 'GitHub.TRIGGERING_ACTOR', 'error'),
      pos(text, "github['ACTOR']", 'error'),
      pos(text, 'github.actor_id', 'error'),
      pos(text, "'29139614'", 'error'),
      pos(text, 'contains(fromJSON', 'error'),
      pos(text, 'endsWith(github.actor', 'error'),
    ]);
    expect(findings[0]).toMatchObject({ job: 'merge' });
    expect(findings[0]).not.toHaveProperty('step');
    expect(findings[1]).toMatchObject({ job: 'merge', step: '#1' });
    // The finding spans the comparison, not the whole condition.
    const { line, column } = findings[1]!;
    expect(findings[1]).toMatchObject({ endLine: line, endColumn: column + "github.actor == 'renovate[bot]'".length });
    expect(findings[0]!.message).toContain('github.event.pull_request.user.login');
    expect(findings[0]!.message).toMatch(/alone/);
    expect(findings[1]!.message).toMatch(/one of the checks/);
  });

  it('does not report non-bot logins, exclusions, the author contexts, or other ids', () => {
    const text = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    if: github.actor != 'dependabot[bot]'
    steps:
      - if: github.actor == 'octocat'
        run: echo one
      - if: "!(github.actor == 'dependabot[bot]')"
        run: echo two
      - if: github.event.pull_request.user.login == 'dependabot[bot]'
        run: echo three
      - if: github.actor_id == 12345
        run: echo four
      - if: github.actor == 'dependabot'
        run: echo five
      - if: contains(github.event.pull_request.labels.*.name, 'bot')
        run: echo six
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('suggests the author context of the trigger, and warns where only fork-limited pull_request events start it', () => {
    const comment = `on: issue_comment
jobs:
  a:
    runs-on: ubuntu-latest
    if: github.actor == 'dependabot[bot]'
    steps:
      - run: echo hi
`;
    const [finding] = audit(comment, RULE).findings;
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding!.message).toContain('github.event.comment.user.login');

    const pr = comment.replace('on: issue_comment', 'on: [pull_request, push]');
    expect(where(audit(pr, RULE).findings)).toEqual([pos(pr, 'github.actor ==', 'warning')]);
  });

  it('reports nothing in workflows only collaborators start', () => {
    const text = `on:
  push:
  workflow_dispatch:
jobs:
  a:
    runs-on: ubuntu-latest
    if: github.actor == 'dependabot[bot]'
    steps:
      - run: echo hi
`;
    expect(audit(text, RULE).findings).toEqual([]);
  });

  it('is silenced by a suppression comment on the condition line', () => {
    const text = `on: pull_request_target
jobs:
  a:
    runs-on: ubuntu-latest
    # paved-road: ignore[bot-conditions] the job only labels, it runs no code of the pull request
    if: github.actor == 'dependabot[bot]'
    steps:
      - run: echo hi
`;
    const { findings } = audit(text, RULE);
    expect(findings).toHaveLength(1);
    const { kept, suppressed } = afterSuppressions(text, findings);
    expect(kept).toEqual([]);
    expect(suppressed).toEqual(findings);
  });
});
