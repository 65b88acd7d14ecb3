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
      let objects: Set<string> | undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) {
          // A one-item array (most of a component's) cannot repeat: no JSON key for it.
          if (value.length > 1) {
            const key = JSON.stringify(item);
            objects ??= new Set();
            if (objects.has(key)) problems.push(`${at(i)} duplicates an earlier item`);
            else objects.add(key);
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
