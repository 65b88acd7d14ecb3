/** What a lockfile reader is given. */
export interface ReadInput {
  /** Absolute path of the lockfile. */
  path: string;
  /** The lockfile as messages name it: relative to the project root, forward slashes. */
  lockfile: string;
  /** Its text (UTF-8, already checked). */
  text: string;
}
