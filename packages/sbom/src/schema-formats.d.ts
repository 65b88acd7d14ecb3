export declare const formats: Record<string, (value: string) => boolean>;
