import type { EvaluatedAttestation } from './evaluate.js';
import type { Check } from './identity.js';
import type { ArtifactSubject } from './statement.js';
import { formatDigest } from './statement.js';

/** The verdict for one artifact: the attestation that decided it and its checks. */
export interface SubjectVerdict {
  subject: ArtifactSubject;
  verified: boolean;
  attestation?: EvaluatedAttestation;
  sbom?: EvaluatedAttestation;
}

export interface ChainLinks {
  sourceLabel: string;
  signerLabel: string;
  artifactLabel: string;
  verified: boolean;
  /** Failed: source -> signer (where it came from), signer -> artifact (who signed it), artifact -> verdict. */
  failed: [boolean, boolean, boolean];
}

const SOURCE_CHECKS = ['source-repository', 'source-ref', 'source-digest', 'owner', 'predicate-consistency'];
const SIGNER_CHECKS = [
  'sigstore-verification',
  'certificate-oidc-issuer',
  'certificate-identity',
  'signer-workflow',
  'signer-repository',
  'signer-digest',
  'deny-self-hosted-runners',
];

export function chainOf(verdict: SubjectVerdict, globalChecks: readonly Check[]): ChainLinks {
  const attestation = verdict.attestation;
  const checks = attestation?.checks ?? [];
  const failed = (names: string[]): boolean => !attestation || checks.some((c) => names.includes(c.name) && !c.passed);
  const ext = attestation?.identity?.extensions ?? {};
  const source = ext.sourceRepositoryUri
    ? `${shortUri(ext.sourceRepositoryUri)}<br/>${ext.sourceRepositoryRef ?? ''} @ ${(ext.sourceRepositoryDigest ?? '?').slice(0, 12)}`
    : attestation?.identity?.subjectAlternativeName
      ? `signer ${attestation.identity.subjectAlternativeName}`
      : 'unknown source';
  const signer = ext.buildSignerUri
    ? shortUri(ext.buildSignerUri)
    : (attestation?.identity?.subjectAlternativeName ?? (attestation ? 'public key' : 'no attestation'));
  const rest = checks.filter((c) => !SOURCE_CHECKS.includes(c.name) && !SIGNER_CHECKS.includes(c.name));
  return {
    sourceLabel: source,
    signerLabel: signer,
    artifactLabel: subjectLabel(verdict.subject),
    verified: verdict.verified,
    failed: [
      failed(SOURCE_CHECKS),
      failed(SIGNER_CHECKS),
      !attestation || rest.some((c) => !c.passed) || globalChecks.some((c) => !c.passed) || !verdict.verified,
    ],
  };
}

/** The artifact in the diagram: its name and a short digest, or the short digest alone when that is its name. */
function subjectLabel(subject: ArtifactSubject): string {
  const digest = formatDigest(subject.digests);
  const short = `${digest.slice(0, digest.indexOf(':') + 13)}…`;
  return subject.name === digest ? short : `${subject.name}<br/>${short}`;
}

function subjectHeading(subject: ArtifactSubject): string {
  const digest = formatDigest(subject.digests);
  return subject.name === digest ? digest : `${subject.name} (${digest})`;
}

function shortUri(uri: string): string {
  return uri.replace(/^https:\/\/github\.com\//, '');
}

function mermaidLabel(text: string): string {
  // Labels are quoted; a quote inside becomes mermaid's entity. <br/> is kept as the line break.
  return `"${text.replace(/"/g, '#quot;')}"`;
}

/** The chain as a mermaid flowchart: source -> signer -> artifact -> verdict, failed links red. */
export function renderMermaid(chains: readonly ChainLinks[]): string {
  const lines = ['```mermaid', 'flowchart LR'];
  const red: number[] = [];
  let link = 0;
  chains.forEach((chain, i) => {
    const id = (name: string): string => `${name}${i}`;
    lines.push(
      `  ${id('source')}[${mermaidLabel(chain.sourceLabel)}] --> ${id('signer')}[${mermaidLabel(chain.signerLabel)}]`,
    );
    lines.push(`  ${id('signer')} --> ${id('artifact')}[${mermaidLabel(chain.artifactLabel)}]`);
    lines.push(`  ${id('artifact')} --> ${id('verdict')}{${mermaidLabel(chain.verified ? 'verified' : 'rejected')}}`);
    chain.failed.forEach((failed, k) => {
      if (failed) red.push(link + k);
    });
    link += 3;
    lines.push(`  class ${id('verdict')} ${chain.verified ? 'pass' : 'fail'}`);
  });
  lines.push('  classDef pass fill:#dafbe1,stroke:#1a7f37');
  lines.push('  classDef fail fill:#ffebe9,stroke:#d1242f');
  if (red.length) lines.push(`  linkStyle ${red.join(',')} stroke:#d1242f,stroke-width:3px`);
  lines.push('```');
  return lines.join('\n');
}

function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function renderCheckTable(checks: readonly Check[]): string {
  const rows = ['| Check | Expected | Found | Result |', '|---|---|---|---|'];
  for (const check of checks) {
    const result = check.passed ? (check.waived ? `waived (${check.waived})` : 'pass') : '**FAIL**';
    rows.push(`| \`${check.name}\` | ${cell(check.expected)} | ${cell(check.actual)} | ${cell(result)} |`);
  }
  return rows.join('\n');
}

export interface SummaryInput {
  verified: boolean;
  verdicts: readonly SubjectVerdict[];
  globalChecks: readonly Check[];
  attestations: readonly EvaluatedAttestation[];
  trust: string;
}

export function renderSummary(input: SummaryInput): string {
  const parts: string[] = [];
  parts.push(`## verify-release: ${input.verified ? 'verified' : 'NOT verified'}`);
  parts.push('');
  parts.push(`Trust: ${cell(input.trust)}. ${input.attestations.length} attestation(s) examined.`);
  parts.push('');
  parts.push(renderMermaid(input.verdicts.map((v) => chainOf(v, input.globalChecks))));
  for (const verdict of input.verdicts) {
    parts.push('');
    parts.push(`### ${cell(subjectHeading(verdict.subject))}: ${verdict.verified ? 'verified' : 'NOT verified'}`);
    parts.push('');
    if (verdict.attestation) {
      parts.push(`Attestation: ${cell(verdict.attestation.source)}`);
      parts.push('');
      parts.push(renderCheckTable(verdict.attestation.checks));
    } else {
      parts.push('No attestation of the required predicate type names this artifact.');
    }
    if (verdict.sbom) {
      parts.push('');
      parts.push(`SBOM attestation: ${cell(verdict.sbom.source)}`);
      parts.push('');
      parts.push(renderCheckTable(verdict.sbom.checks));
    }
  }
  if (input.globalChecks.length) {
    parts.push('');
    parts.push('### Release policy');
    parts.push('');
    parts.push(renderCheckTable(input.globalChecks));
  }
  const others = input.attestations.filter((a) => !input.verdicts.some((v) => v.attestation === a || v.sbom === a));
  if (others.length) {
    parts.push('');
    parts.push('<details><summary>Other attestations examined</summary>');
    for (const other of others) {
      parts.push('');
      parts.push(
        `${cell(other.source)}: ${other.predicateType ?? other.mediaType}, ${other.status ? `${other.status} (${cell(other.statusReason ?? '')})` : other.passed ? 'passes' : 'fails'}`,
      );
      parts.push('');
      parts.push(renderCheckTable(other.checks));
    }
    parts.push('');
    parts.push('</details>');
  }
  return `${parts.join('\n')}\n`;
}

export function renderText(input: SummaryInput): string {
  const lines: string[] = [`verify-release: ${input.verified ? 'verified' : 'NOT verified'} (trust: ${input.trust})`];
  const show = (checks: readonly Check[]): void => {
    for (const check of checks) {
      lines.push(
        `  ${check.passed ? (check.waived ? 'waived' : 'pass') : 'FAIL'}  ${check.name}: ${check.actual}${check.passed ? '' : ` (expected ${check.expected})`}`,
      );
    }
  };
  for (const verdict of input.verdicts) {
    lines.push(
      `${verdict.subject.name} ${formatDigest(verdict.subject.digests)}: ${verdict.verified ? 'verified' : 'NOT verified'}${verdict.attestation ? ` by ${verdict.attestation.source}` : ''}`,
    );
    if (verdict.attestation) show(verdict.attestation.checks);
    if (verdict.sbom) {
      lines.push(`  SBOM ${verdict.sbom.source}:`);
      show(verdict.sbom.checks);
    }
  }
  show(input.globalChecks);
  // Every bundle examined, with what it came to: none is left out of the report.
  for (const attestation of input.attestations) {
    if (attestation.status)
      lines.push(`  ${attestation.source}: ${attestation.status} (${attestation.statusReason ?? ''})`);
  }
  return lines.join('\n');
}
