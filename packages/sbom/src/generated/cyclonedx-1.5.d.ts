// Types of the generated module (scripts/compile-schemas.mjs).
export declare const validate: ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null;
};
