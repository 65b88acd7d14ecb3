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

const LOADERS: Record<SpecVersion, () => Promise<{ validate: Validator; validateComponent: Validator }>> = {
  '1.5': () => import('./generated/cyclonedx-1.5.js'),
  '1.6': () => import('./generated/cyclonedx-1.6.js'),
  '1.7': () => import('./generated/cyclonedx-1.7.js'),
};

/**
 * The schema's `uniqueItems`, in linear time (the compiled pairwise check is quadratic): no array of
 * the document may hold the same item twice.
 */
export function duplicateItems(document: unknown, path = ''): string[] {
  const problems: string[] = [];
  if (Array.isArray(document)) {
    const seen = new Set<string>();
    document.forEach((item, i) => {
      const key = typeof item === 'object' && item !== null ? JSON.stringify(item) : `${typeof item}:${String(item)}`;
      if (seen.has(key)) problems.push(`${path}/${i} duplicates an earlier item`);
      seen.add(key);
      problems.push(...duplicateItems(item, `${path}/${i}`));
    });
  } else if (typeof document === 'object' && document !== null) {
    for (const [key, value] of Object.entries(document))
      if (typeof value === 'object' && value !== null) problems.push(...duplicateItems(value, `${path}/${key}`));
  }
  return problems;
}

function messages(validate: Validator, prefix = ''): string[] {
  return (validate.errors ?? []).map(
    (e) =>
      `${prefix}${e.instancePath || (prefix ? '' : '/')} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
}

/** The checks buildCycloneDx applies while it writes: the document without components, then each component. */
export async function cycloneDxChecks(specVersion: SpecVersion): Promise<BomChecks> {
  const { validate, validateComponent } = await LOADERS[specVersion]();
  return {
    document: (document) => [...(validate(document) ? [] : messages(validate)), ...duplicateItems(document)],
    component: (component, index) => [
      ...(validateComponent(component) ? [] : messages(validateComponent, `/components/${index}`)),
      ...duplicateItems(component, `/components/${index}`),
    ],
  };
}

/** Problems with a CycloneDX JSON document against the official schema; empty when it is valid. */
export async function validateCycloneDx(document: unknown, specVersion: SpecVersion): Promise<string[]> {
  const { validate } = await LOADERS[specVersion]();
  const problems = validate(document)
    ? []
    : (validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
      );
  return [...problems, ...duplicateItems(document)];
}
