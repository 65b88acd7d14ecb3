/** What a lockfile reader is given. */
export interface ReadInput {
  /** Absolute path of the lockfile. */
  path: string;
  /** The lockfile as messages name it: relative to the project root, forward slashes. */
  lockfile: string;
  /** Its text (UTF-8, already checked). */
  text: string;
  /** The project directory: files beside the lockfile are read only from inside it (readTextFile's workspace). */
  root: string;
}
