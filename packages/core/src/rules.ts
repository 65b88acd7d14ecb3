import type { Severity } from './finding.js';

/** One rule an audit can report. The registry feeds SARIF `rules[]`, help links and README sections. */
export interface RuleDefinition {
  /** Stable kebab-case id, used in findings, suppressions, exceptions and README anchors. */
  id: string;
  title: string;
  severity: Severity;
  /** Why it matters: the attack or failure it prevents. */
  why: string;
  /** How to fix it. */
  fix: string;
  /** A small YAML (or other) snippet that triggers the rule ... */
  before?: string;
  /** ... and the same snippet fixed. */
  after?: string;
  /** The action whose README documents it (the `helpUri` anchor lives there). */
  action: string;
  /**
   * GitHub code scanning's `security-severity` (0.1-10: under 4 low, under 7 medium, under 9 high,
   * else critical). Unset, it follows `severity` (see `securitySeverity`).
   */
  securitySeverity?: number;
  /**
   * The least persona that shows the rule's findings (zizmor's personas): `pedantic` for code smells
   * without a direct security impact, `auditor` for findings that are often false positives. Unset:
   * `regular`, shown to everyone.
   */
  persona?: Persona;
}

/** Who is reading, least to most findings: regular (actionable), pedantic (plus code smells), auditor (everything). */
export const PERSONAS = ['regular', 'pedantic', 'auditor'] as const;
export type Persona = (typeof PERSONAS)[number];

/** True when a rule's findings are shown to this persona. */
export function personaShows(rule: Pick<RuleDefinition, 'persona'> | undefined, persona: Persona): boolean {
  return PERSONAS.indexOf(rule?.persona ?? 'regular') <= PERSONAS.indexOf(persona);
}

/** Default `security-severity` per SARIF level: an error is high, a warning medium, a note low. */
const SECURITY_SEVERITY: Record<Severity, number> = { error: 7.5, warning: 5.0, note: 2.0 };

/** The `security-severity` code scanning ranks a rule's alerts by, as the one-decimal string it expects. */
export function securitySeverity(rule: Pick<RuleDefinition, 'severity' | 'securitySeverity'>): string {
  return (rule.securitySeverity ?? SECURITY_SEVERITY[rule.severity]).toFixed(1);
}

export const PROJECT_URL = 'https://github.com/paved-road/paved-road';

/**
 * Where a rule is documented: the action README's rules section, or docs/policy.md for the rules
 * shared by every action (`action: 'core'`: policy exceptions and suppressions).
 */
export function ruleHelpUri(rule: Pick<RuleDefinition, 'id' | 'action'>): string {
  if (rule.action === 'core') return `${PROJECT_URL}/blob/main/docs/policy.md#${rule.id}`;
  return `${PROJECT_URL}/blob/main/actions/${rule.action}/README.md#${rule.id}`;
}

export class RuleRegistry {
  private readonly byId = new Map<string, RuleDefinition>();

  constructor(rules: Iterable<RuleDefinition> = []) {
    for (const rule of rules) this.add(rule);
  }

  add(rule: RuleDefinition): this {
    if (!/^[a-z][a-z0-9-]*$/.test(rule.id)) throw new Error(`rule id "${rule.id}" is not kebab-case`);
    const existing = this.byId.get(rule.id);
    if (existing && existing !== rule) throw new Error(`rule "${rule.id}" is defined twice`);
    const level = rule.securitySeverity;
    if (level !== undefined && !(level >= 0.1 && level <= 10)) {
      throw new Error(`rule "${rule.id}": securitySeverity ${level} is outside 0.1-10`);
    }
    this.byId.set(rule.id, rule);
    return this;
  }

  get(id: string): RuleDefinition | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** All rules, sorted by id. */
  all(): RuleDefinition[] {
    return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
