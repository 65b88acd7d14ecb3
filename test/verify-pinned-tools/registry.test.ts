// Tag -> digest with the OCI distribution API against the loopback registry fake.
import { parseImageReference, RegistryClient, parseChallenge, registryBaseUrl } from '@paved-road/pinning';
import { DOCKER_LIST, OCI_MANIFEST, startRegistryFake } from '../fakes/registry/index.js';

it('resolves a Docker manifest list through the bearer token flow, one token per repository', async () => {
  const registry = await startRegistryFake({ auth: true });
  try {
    const digest = registry.push('team/tool', '3.1', DOCKER_LIST);
    const client = new RegistryClient();
    expect(await client.resolveDigest(parseImageReference(`${registry.host}/team/tool:3.1`)!)).toBe(digest);
    expect(registry.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'HEAD /v2/team/tool/manifests/3.1 401',
      'GET /token 200',
      'HEAD /v2/team/tool/manifests/3.1 200',
    ]);
    // The token is reused for the same repository.
    await client.resolveDigest(parseImageReference(`${registry.host}/team/tool:3.1`)!);
    expect(registry.requests.filter((r) => r.path === '/token')).toHaveLength(1);
  } finally {
    await registry.close();
  }
});

it('hashes the manifest itself when the registry omits Docker-Content-Digest, and fails on an unknown tag', async () => {
  const registry = await startRegistryFake({ omitDigestHeader: true });
  try {
    const digest = registry.push('app', 'v1', OCI_MANIFEST);
    const client = new RegistryClient();
    expect(await client.resolveDigest(parseImageReference(`${registry.host}/app:v1`)!)).toBe(digest);
    await expect(client.resolveDigest(parseImageReference(`${registry.host}/app:v2`)!)).rejects.toThrow(/404/);
  } finally {
    await registry.close();
  }
});

it('names registries as Docker does and uses http only for loopback hosts', () => {
  expect(parseImageReference('node:20')).toMatchObject({
    registry: 'docker.io',
    repository: 'library/node',
    tag: '20',
  });
  expect(parseImageReference('ghcr.io/org/app@sha256:' + 'a'.repeat(64))).toMatchObject({
    registry: 'ghcr.io',
    repository: 'org/app',
    digest: 'sha256:' + 'a'.repeat(64),
  });
  expect(parseImageReference('localhost:5000/x:1')).toMatchObject({ registry: 'localhost:5000', repository: 'x' });
  expect(parseImageReference('Bad Name')).toBeUndefined();
  expect(registryBaseUrl('docker.io')).toBe('https://registry-1.docker.io');
  expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
  expect(registryBaseUrl('registry.example.com:5000')).toBe('https://registry.example.com:5000');
  expect(
    parseChallenge(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"',
    ),
  ).toEqual({
    scheme: 'bearer',
    params: {
      realm: 'https://auth.docker.io/token',
      service: 'registry.docker.io',
      scope: 'repository:library/node:pull',
    },
  });
});
