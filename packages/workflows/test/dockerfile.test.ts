import { parseDockerfile } from '../src/dockerfile.js';

describe('parseDockerfile', () => {
  it('resolves global ARGs in FROM, keeps platform and stage, and positions the image', () => {
    const text = [
      'ARG BASE=node',
      'ARG TAG=20-alpine',
      'FROM --platform=$BUILDPLATFORM ${BASE}:${TAG} AS Build',
      'RUN npm ci',
      'FROM build AS test',
      'FROM scratch',
      'FROM ghcr.io/org/app@sha256:' + 'a'.repeat(64),
    ].join('\n');
    const { froms, args } = parseDockerfile(text);
    expect(args.map((a) => [a.name, a.default])).toEqual([
      ['BASE', 'node'],
      ['TAG', '20-alpine'],
    ]);
    expect(froms.map((f) => f.image)).toEqual([
      'node:20-alpine',
      'build',
      'scratch',
      'ghcr.io/org/app@sha256:' + 'a'.repeat(64),
    ]);
    expect(froms[0]).toMatchObject({
      raw: '${BASE}:${TAG}',
      platform: '$BUILDPLATFORM',
      stage: 'build',
      line: 3,
      column: 32,
    });
    expect(froms[1]).toMatchObject({ stageReference: true, stage: 'test', line: 5, column: 6 });
    expect(froms[2]!.scratch).toBe(true);
  });

  it('follows line continuations and leaves an ARG without value unresolved', () => {
    const text =
      'ARG REGISTRY\nARG V=1\nFROM \\\n  ${REGISTRY}/app:${V:-2} \\\n  AS final\nFROM alpine:${MISSING:-3.20}\n';
    const { froms } = parseDockerfile(text);
    expect(froms[0]!.image).toBeUndefined();
    expect(froms[0]).toMatchObject({
      raw: '${REGISTRY}/app:${V:-2}',
      line: 4,
      column: 3,
      stage: 'final',
      instructionLine: 3,
    });
    expect(froms[1]!.image).toBe('alpine:3.20');
    expect(parseDockerfile(text, { buildArgs: { REGISTRY: 'r.example', V: '9' } }).froms[0]!.image).toBe(
      'r.example/app:9',
    );
  });

  it('only lets ARGs declared before the first FROM reach FROM', () => {
    const { froms } = parseDockerfile('FROM alpine\nARG LATER=x\nFROM base:$LATER\n');
    expect(froms[1]!.image).toBeUndefined();
  });

  it('does not throw on a file that is not a Dockerfile', () => {
    expect(parseDockerfile('hello world\n\u0000\n').froms).toEqual([]);
  });
});

describe('parseDockerfile RUN', () => {
  it('gives shell-form RUN scripts with their offset, after flags, skipping JSON form', () => {
    const text =
      'FROM alpine\nRUN --mount=type=cache,target=/var/cache apk add curl \\\n  && curl -sSL https://x | sh\nRUN ["echo", "json"]\n';
    const { runs } = parseDockerfile(text);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.script.startsWith('apk add curl')).toBe(true);
    expect(text.slice(runs[0]!.offset, runs[0]!.offset + 3)).toBe('apk');
    expect(runs[0]).toMatchObject({ line: 2, column: 42 });
  });
});
