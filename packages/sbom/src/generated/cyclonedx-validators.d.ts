// Types of the generated module (scripts/compile-schemas.mjs).
type GeneratedValidator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null;
};
export declare const validate1_5: GeneratedValidator;
export declare const validate1_6: GeneratedValidator;
export declare const validate1_7: GeneratedValidator;
