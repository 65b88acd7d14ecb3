import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { buildScalarOffsetMap } from './scalar-map.js';
import type { KeyValue, Located, Position, RunScript } from './types.js';

/** yaml's guard against exponential alias expansion (billion laughs), as used everywhere here. */
export const MAX_ALIAS_COUNT = 100;

/** Reads nodes of one parsed document, with positions from its LineCounter. Aliases are followed. */
export class NodeReader {
  constructor(
    readonly text: string,
    readonly document: Document.Parsed,
    readonly lineCounter: LineCounter,
  ) {}

  /** 1-based line and column of an offset. */
  at(offset: number): { line: number; column: number } {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  position(node: unknown): Position {
    const range = (node as Node | undefined)?.range;
    if (!range) return { line: 1, column: 1 };
    const start = this.at(range[0]);
    const end = this.at(range[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  /** Follows an alias to its anchored node (one level; the document was checked for alias bombs). */
  resolve(node: unknown): Node | undefined {
    let current = node as Node | undefined | null;
    for (let i = 0; i < 16 && current && isAlias(current); i++)
      current = current.resolve(this.document) as Node | undefined;
    return current ?? undefined;
  }

  map(node: unknown): YAMLMap | undefined {
    const resolved = this.resolve(node);
    return isMap(resolved) ? resolved : undefined;
  }

  /** Pairs of a mapping whose keys are scalars, in order. */
  pairs(node: unknown): Array<{ key: string; pair: Pair; keyNode: Node; value: Node | undefined }> {
    const map = this.map(node);
    if (!map) return [];
    const out: Array<{ key: string; pair: Pair; keyNode: Node; value: Node | undefined }> = [];
    for (const pair of map.items) {
      const keyNode = this.resolve(pair.key);
      if (!isScalar(keyNode)) continue;
      out.push({ key: String(keyNode.value), pair, keyNode, value: this.resolve(pair.value) });
    }
    return out;
  }

  get(node: unknown, key: string): { keyNode: Node; value: Node | undefined } | undefined {
    for (const entry of this.pairs(node)) if (entry.key === key) return entry;
    return undefined;
  }

  /** A scalar's value as a string ('' for null); undefined for collections. */
  scalarString(node: unknown): string | undefined {
    const resolved = this.resolve(node);
    if (!isScalar(resolved)) return undefined;
    const value = resolved.value;
    if (value === null || value === undefined) return '';
    return String(value);
  }

  /** `key: value` → the value located; a null value is located at the key. */
  located(entry: { keyNode: Node; value: Node | undefined } | undefined): Located<string> | undefined {
    if (!entry) return undefined;
    const value = this.scalarString(entry.value);
    if (value === undefined) return undefined;
    const position =
      entry.value && isScalar(entry.value) && entry.value.range && entry.value.value !== null
        ? this.position(entry.value)
        : this.position(entry.keyNode);
    return { value, ...position };
  }

  locatedKey(entry: { keyNode: Node }, key: string): Located<string> {
    return { value: key, ...this.position(entry.keyNode) };
  }

  /** Scalars of a sequence, or a single scalar, as strings. */
  stringList(node: unknown): string[] {
    const resolved = this.resolve(node);
    if (isSeq(resolved)) {
      const out: string[] = [];
      for (const item of resolved.items) {
        const value = this.scalarString(item);
        if (value !== undefined) out.push(value);
      }
      return out;
    }
    const value = this.scalarString(resolved);
    return value === undefined || value === '' ? [] : [value];
  }

  /** A mapping of scalars as a Map of located strings (with:, secrets:, ...). */
  locatedMap(node: unknown): Map<string, Located<string>> {
    const out = new Map<string, Located<string>>();
    for (const entry of this.pairs(node)) {
      const located = this.located(entry);
      if (located) out.set(entry.key, located);
      else out.set(entry.key, { value: '', ...this.position(entry.keyNode) });
    }
    return out;
  }

  keyValues(node: unknown): KeyValue[] {
    const out: KeyValue[] = [];
    for (const entry of this.pairs(node)) {
      const value = this.located(entry) ?? { value: '', ...this.position(entry.keyNode) };
      out.push({ name: entry.key, key: this.position(entry.keyNode), value });
    }
    return out;
  }

  /** Plain data for a node (aliases resolved), for matrices and trigger filters. */
  toData(node: unknown): unknown {
    const resolved = this.resolve(node);
    if (!resolved) return null;
    return resolved.toJS(this.document, { maxAliasCount: MAX_ALIAS_COUNT });
  }

  runScript(node: unknown): RunScript | undefined {
    const resolved = this.resolve(node);
    if (!isScalar(resolved)) return undefined;
    const text = resolved.value === null || resolved.value === undefined ? '' : String(resolved.value);
    const range = resolved.range ?? [0, 0, 0];
    const position = this.position(resolved);
    const source = this.text;
    const type = resolved.type;
    let map: Int32Array | undefined;
    return {
      text,
      position,
      // Built on first use: most scripts never need a position.
      offsetToPosition: (offset: number) => {
        map ??= buildScalarOffsetMap(source, range[0], range[1], type, text);
        const clamped = Math.max(0, Math.min(offset, text.length));
        return this.at(map[clamped] ?? range[0]);
      },
    };
  }
}
