/** Schema pattern -> an equivalent pattern the compiled validator uses instead. */
export declare const EQUIVALENT_PATTERNS: Readonly<Record<string, string>>;
