/** The paved-road version, reported in SARIF, SBOM metadata.tools and provenance. */
export const VERSION = '0.1.0';
export const TOOL_NAME = 'paved-road';
