// Schema validation of every document we write, with validators compiled at build time
// (scripts/compile-schemas.mjs -> generated/cyclonedx-<version>.js, one module per version, loaded
// only when needed): no schema is read or compiled at run time.
import type { BomChecks, SpecVersion } from './cyclonedx.js';

interface AjvError {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const LOADERS: Record<SpecVersion, () => Promise<{ validate: Validator }>> = {
  '1.5': () => import('./generated/cyclonedx-1.5.js'),
  '1.6': () => import('./generated/cyclonedx-1.6.js'),
  '1.7': () => import('./generated/cyclonedx-1.7.js'),
};

/**
 * What two items with the same JSON have in common, cheap to compute: their number of defined keys
 * and their first primitive value (with its key). Items of an array are only serialized when their
 * fingerprints collide, so an array of distinct objects (the dependency graph: one ref each) costs
 * no JSON at all.
 */
function fingerprint(item: object): string {
  let count = 0;
  let first = '';
  for (const key in item) {
    const value = (item as Record<string, unknown>)[key];
    if (value === undefined) continue;
    count++;
    if (!first && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'))
      first = `${key}\u0000${typeof value}\u0000${value}`;
  }
  return `${count}\u0000${first}`;
}

/**
 * The schema's `uniqueItems`, in linear time (the compiled pairwise check is quadratic): no array of
 * the document may hold the same item twice (objects compared by their JSON, primitives by value).
 * Paths are only spelled out for problems: a valid document costs one pass and a Set per array.
 */
export function duplicateItems(document: unknown, path = ''): string[] {
  const problems: string[] = [];
  const segments: (string | number)[] = [];
  const at = (i: number) => `${path}${segments.map((s) => `/${s}`).join('')}/${i}`;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      let primitives: Set<unknown> | undefined;
      // By fingerprint: the first item with it, or once a second one came, the JSON of all of them.
      let objects: Map<string, object | Set<string>> | undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) {
          // A one-item array (most of a component's) cannot repeat.
          if (value.length > 1) {
            objects ??= new Map();
            const print = fingerprint(item);
            const earlier = objects.get(print);
            if (earlier === undefined) objects.set(print, item);
            else {
              let texts: Set<string>;
              if (earlier instanceof Set) texts = earlier as Set<string>;
              else objects.set(print, (texts = new Set([JSON.stringify(earlier)])));
              const text = JSON.stringify(item);
              if (texts.has(text)) problems.push(`${at(i)} duplicates an earlier item`);
              else texts.add(text);
            }
          }
          segments.push(i);
          visit(item);
          segments.pop();
        } else {
          primitives ??= new Set();
          if (primitives.has(item)) problems.push(`${at(i)} duplicates an earlier item`);
          else primitives.add(item);
        }
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) {
          segments.push(key);
          visit(child);
          segments.pop();
        }
      }
    }
  };
  visit(document);
  return problems;
}

function messages(validate: Validator): string[] {
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
}

/**
 * The checks buildCycloneDx applies while it writes: the document without components, then each
 * component inside a one-component document, so the same compiled component code checks both
 * (its problems are reported at the component's real index).
 */
export async function cycloneDxChecks(specVersion: SpecVersion): Promise<BomChecks> {
  const { validate } = await LOADERS[specVersion]();
  const at = `/components/`;
  return {
    document: (document) => [...(validate(document) ? [] : messages(validate)), ...duplicateItems(document)],
    component: (component, index) => [
      ...(validate({ bomFormat: 'CycloneDX', specVersion, components: [component] })
        ? []
        : messages(validate).map((message) =>
            message.startsWith(`${at}0`) ? `${at}${index}${message.slice(at.length + 1)}` : message,
          )),
      ...duplicateItems(component, `/components/${index}`),
    ],
  };
}

/** Problems with a CycloneDX JSON document against the official schema; empty when it is valid. */
export async function validateCycloneDx(document: unknown, specVersion: SpecVersion): Promise<string[]> {
  const { validate } = await LOADERS[specVersion]();
  const problems = validate(document) ? [] : messages(validate);
  return [...problems, ...duplicateItems(document)];
}
