import { basename, dirname } from 'node:path';

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

/** The name of the lockfile's directory, for a project whose manifest names none. */
export function projectDirName(input: ReadInput): string {
  return basename(dirname(input.path)) || 'project';
}
