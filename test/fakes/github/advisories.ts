// GitHub's global security advisories endpoint (GET /advisories) on the GitHub fake: the Advisory
// Database's reviewed advisories, filtered by `ecosystem`, `type`, `ghsa_id` and `affects`
// (`package` or `package@version`, comma-separated or repeated as `affects[]`), paged by cursor.
// Shapes follow GitHub's OpenAPI description (`global-advisory`, checked in github-fake.test.ts).
// Version ranges are matched here by their own small comparator, not the product's code.
import { json, unprocessable, type FakeRequest, type FakeResponse, type GitHubFake } from './index.js';

export interface AdvisoryInput {
  ghsaId: string;
  /** The actions package: `owner/repo`. */
  package: string;
  /** GHSA range syntax: `< 1.2.3`, `>= 2.0.0, < 2.1.4`. */
  range: string;
  patched: string | null;
  severity?: 'critical' | 'high' | 'medium' | 'low' | 'unknown';
  type?: 'reviewed' | 'unreviewed' | 'malware';
  withdrawnAt?: string;
  /** More affected ranges or packages of the same advisory. */
  more?: Array<{ package: string; range: string; patched: string | null; ecosystem?: string }>;
}

const ECOSYSTEMS = [
  'rubygems',
  'npm',
  'pip',
  'maven',
  'nuget',
  'composer',
  'go',
  'rust',
  'erlang',
  'actions',
  'pub',
  'other',
  'swift',
];

/** A complete `global-advisory` object, as GitHub answers it. */
export function globalAdvisory(input: AdvisoryInput): Record<string, unknown> {
  const vulnerability = (v: { package: string; range: string; patched: string | null; ecosystem?: string }) => ({
    package: { ecosystem: v.ecosystem ?? 'actions', name: v.package },
    vulnerable_version_range: v.range,
    first_patched_version: v.patched,
    vulnerable_functions: [],
  });
  return {
    ghsa_id: input.ghsaId,
    cve_id: null,
    url: `https://api.github.com/advisories/${input.ghsaId}`,
    html_url: `https://github.com/advisories/${input.ghsaId}`,
    repository_advisory_url: `https://api.github.com/repos/${input.package}/security-advisories/${input.ghsaId}`,
    summary: `${input.package} is vulnerable`,
    description: `A vulnerability in ${input.package}.`,
    type: input.type ?? 'reviewed',
    severity: input.severity ?? 'high',
    source_code_location: `https://github.com/${input.package}`,
    identifiers: [{ type: 'GHSA', value: input.ghsaId }],
    references: [`https://github.com/${input.package}/security/advisories/${input.ghsaId}`],
    published_at: '2025-03-15T12:00:00Z',
    updated_at: '2025-03-16T12:00:00Z',
    github_reviewed_at: '2025-03-15T12:00:00Z',
    nvd_published_at: null,
    withdrawn_at: input.withdrawnAt ?? null,
    vulnerabilities: [
      vulnerability({ package: input.package, range: input.range, patched: input.patched }),
      ...(input.more ?? []).map(vulnerability),
    ],
    cvss: null,
    cvss_severities: { cvss_v3: null, cvss_v4: null },
    cwes: [],
    credits: [],
  };
}

/** Dotted numbers compared numerically; a pre-release sorts before its release. */
function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core, pre] = v.replace(/^v/i, '').split('-', 2) as [string, string | undefined];
    const numbers = core.split('.').map(Number);
    while (numbers.length < 3) numbers.push(0);
    return { numbers, pre };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) if (x.numbers[i] !== y.numbers[i]) return x.numbers[i]! - y.numbers[i]!;
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

function inRange(version: string, range: string): boolean {
  return range.split(',').every((part) => {
    const m = /^\s*(<=|>=|<|>|=)?\s*(\S+)\s*$/.exec(part);
    if (!m) return false;
    const order = compareVersions(version, m[2]!);
    switch (m[1] ?? '=') {
      case '<':
        return order < 0;
      case '<=':
        return order <= 0;
      case '>':
        return order > 0;
      case '>=':
        return order >= 0;
      default:
        return order === 0;
    }
  });
}

function affects(advisory: Record<string, unknown>, wanted: string): boolean {
  const at = wanted.lastIndexOf('@');
  const name = (at > 0 ? wanted.slice(0, at) : wanted).toLowerCase();
  const version = at > 0 ? wanted.slice(at + 1) : undefined;
  const vulnerabilities = advisory.vulnerabilities as Array<{
    package: { name: string };
    vulnerable_version_range: string;
  }>;
  return vulnerabilities.some(
    (v) =>
      v.package.name.toLowerCase() === name && (version === undefined || inRange(version, v.vulnerable_version_range)),
  );
}

export interface AdvisoriesState {
  /** The database: `global-advisory` objects (see globalAdvisory). */
  advisories: Array<Record<string, unknown>>;
}

/** Installs GET /advisories on the fake. */
export function installAdvisories(fake: GitHubFake): AdvisoriesState {
  const state: AdvisoriesState = { advisories: [] };
  fake.route('GET', '/advisories', (request: FakeRequest): FakeResponse => {
    const q = request.query;
    const ecosystem = q.get('ecosystem');
    if (ecosystem !== null && !ECOSYSTEMS.includes(ecosystem))
      return unprocessable(`Invalid request.\n\n"${ecosystem}" is not a member of ecosystem.`);
    const type = q.get('type') ?? 'reviewed';
    const wanted = [...q.getAll('affects'), ...q.getAll('affects[]')].flatMap((a) => a.split(',')).filter(Boolean);
    const ghsa = q.get('ghsa_id');
    const found = state.advisories.filter(
      (a) =>
        a.type === type &&
        (ghsa === null || a.ghsa_id === ghsa) &&
        (ecosystem === null ||
          (a.vulnerabilities as Array<{ package: { ecosystem: string } }>).some(
            (v) => v.package.ecosystem === ecosystem,
          )) &&
        (wanted.length === 0 || wanted.some((w) => affects(a, w))),
    );
    // Cursor pagination: `after` is where the next page starts.
    const perPage = Math.min(100, Math.max(1, Number(q.get('per_page') ?? 30) || 30));
    const start = Number(q.get('after') ?? 0) || 0;
    const page = found.slice(start, start + perPage);
    const headers: Record<string, string> = {};
    if (start + perPage < found.length) {
      const next = new URLSearchParams(q);
      next.set('after', String(start + perPage));
      headers.link = `<${fake.apiUrl('/advisories')}?${next.toString()}>; rel="next"`;
    }
    return json(page, 200, headers);
  });
  return state;
}
