export declare const formats: Record<string, (value: string) => boolean>;
export declare function iriReference(value: string): boolean;
