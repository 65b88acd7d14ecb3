// Types of the generated module (scripts/compile-schemas.mjs).
type Validator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null;
};
/** A whole CycloneDX document. */
export declare const validate: Validator;
