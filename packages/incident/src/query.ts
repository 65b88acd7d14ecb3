// Answers "which SBOMs include it" from the index: each target's package is looked up by key, its
// versions checked by the target; every indexed document is then affected, clean or unknown.
import type { IncidentIndex, IndexedDocument } from './store.js';
import type { Target } from './targets.js';

export interface MatchedComponent {
  name: string;
  version?: string;
  purl?: string;
  /** From the SBOM's subject down to the component. */
  path: string[];
  /** The target(s) it matched. */
  matches: string[];
}

export interface DocumentVerdict {
  document: IndexedDocument;
  verdict: 'affected' | 'clean' | 'unknown';
  components: MatchedComponent[];
  /** Components of a target's package whose version could not be checked (no version, or unreadable). */
  undecided: MatchedComponent[];
  /** Why the verdict is unknown. */
  reason?: string;
}

/** Every document in the index, judged against the targets. */
export function queryIndex(index: IncidentIndex, targets: readonly Target[]): DocumentVerdict[] {
  const hits = new Map<string, Map<string, MatchedComponent>>();
  const unsure = new Map<string, Map<string, MatchedComponent>>();
  const record = (
    into: Map<string, Map<string, MatchedComponent>>,
    document: string,
    component: Omit<MatchedComponent, 'matches'>,
    target: Target,
  ) => {
    const byComponent = into.get(document) ?? new Map<string, MatchedComponent>();
    into.set(document, byComponent);
    const id = `${component.purl ?? component.name}\0${component.version ?? ''}\0${component.path.join('\0')}`;
    const entry = byComponent.get(id) ?? { ...component, matches: [] };
    if (!entry.matches.includes(target.label)) entry.matches.push(target.label);
    byComponent.set(id, entry);
  };
  for (const target of targets) {
    for (const component of index.componentsOf(target.key)) {
      const verdict = target.affects(component.version);
      const { document, bomRef: _bomRef, ...shown } = component;
      if (verdict === true) record(hits, document, shown, target);
      else if (verdict === undefined) record(unsure, document, shown, target);
    }
  }
  return index.documents().map((document): DocumentVerdict => {
    const components = sortComponents(hits.get(document.sha256));
    const undecided = sortComponents(unsure.get(document.sha256));
    if (components.length) return { document, verdict: 'affected', components, undecided };
    if (document.componentCount === 0)
      return { document, verdict: 'unknown', components, undecided, reason: 'the SBOM lists no components' };
    if (undecided.length)
      return {
        document,
        verdict: 'unknown',
        components,
        undecided,
        reason: `${undecided.length} component(s) of the package have a version that could not be checked`,
      };
    if (document.withoutPurl === document.componentCount)
      return { document, verdict: 'unknown', components, undecided, reason: 'no component has a package URL' };
    return { document, verdict: 'clean', components, undecided };
  });
}

function sortComponents(map: Map<string, MatchedComponent> | undefined): MatchedComponent[] {
  const key = (c: MatchedComponent) => `${c.purl ?? c.name}\0${c.version ?? ''}\0${c.path.join('\0')}`;
  return [...(map?.values() ?? [])].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
