// action.yml, the command and the README agree on every input and output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { attestProvenanceCommand } from '@paved-road/attestation';
import { repoRoot } from '../harness/index.js';

const metadata = parse(readFileSync(join(repoRoot, 'actions/attest-provenance/action.yml'), 'utf8'));
const readme = readFileSync(join(repoRoot, 'actions/attest-provenance/README.md'), 'utf8');

const INPUTS = [
  'subject-path',
  'subject-digest',
  'subject-name',
  'subject-checksums',
  'sbom-path',
  'predicate-type',
  'predicate-path',
  'signing',
  'signing-key',
  'sigstore',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'push-to-github',
  'github-token',
  'bundle-path',
  'show-summary',
];
const OUTPUTS = ['bundle-path', 'attestation-id', 'attestation-url', 'subjects'];

it("declares exactly the issue's inputs and outputs, in action.yml and in the command, with the same defaults and descriptions", () => {
  expect(Object.keys(metadata.inputs)).toEqual(INPUTS);
  expect(attestProvenanceCommand.inputs.map((i) => i.name)).toEqual(INPUTS);
  for (const input of attestProvenanceCommand.inputs) {
    expect([input.name, metadata.inputs[input.name].default]).toEqual([input.name, input.default]);
    expect([input.name, metadata.inputs[input.name].description]).toEqual([input.name, input.description]);
  }
  expect(Object.keys(metadata.outputs)).toEqual(OUTPUTS);
  expect(attestProvenanceCommand.outputs.map((o) => o.name)).toEqual(OUTPUTS);
  expect(metadata.runs).toEqual({ using: 'node24', main: '../../dist/attest-provenance/index.js' });
});

it('documents every input and output in the README, and the permissions it needs', () => {
  for (const name of [...INPUTS, ...OUTPUTS]) expect([name, readme.includes(`| \`${name}\` |`)]).toEqual([name, true]);
  for (const permission of ['id-token: write', 'attestations: write', 'contents: read'])
    expect(readme).toContain(permission);
  expect(readme).toContain('### Local builds');
});
