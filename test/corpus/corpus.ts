import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The shared corpus, beside the repository. The corpus suite runs only where it exists. */
export const corpusRoot = resolve(__dirname, '../../../shared/corpus');

export function corpusPath(...parts: string[]): string {
  const path = join(corpusRoot, ...parts);
  if (!existsSync(path)) throw new Error(`corpus file ${path} is missing: the corpus suite needs ../shared/corpus`);
  return path;
}

/** Every file below a corpus folder, relative to it, sorted. */
export function corpusFiles(folder: string, filter: (file: string) => boolean = () => true): string[] {
  const root = corpusPath(folder);
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((entry) => statSync(join(root, entry)).isFile())
    .map((entry) => relative(root, join(root, entry)))
    .filter(filter)
    .sort();
}
