// Every read and write of a user's path goes through the primitives in files.ts (regular files only,
// inside the workspace, bounded; atomic, never through a link or onto a device). A new direct call
// to node:fs's readers or writers in a package's source fails here: use the primitive, or, for a
// path that is never a user's (a generator script, the package's own data), allow-list it below.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const DIRECT =
  /\b(readFile|readFileSync|createReadStream|writeFile|writeFileSync|appendFileSync|createWriteStream)\s*\(/;

/** Files allowed to call node:fs directly, with why. */
const ALLOWED = new Map([
  ['core/src/files.ts', 'the primitives themselves'],
  ['attestation/src/verify/public-good-root.generate.mjs', 'a build-time generator over its own dependencies'],
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

test('no package source reads or writes files but through the primitives', () => {
  const offenders: string[] = [];
  for (const pkg of readdirSync(root)) {
    let files: string[];
    try {
      files = sources(join(root, pkg, 'src'));
    } catch {
      continue;
    }
    for (const file of files) {
      const name = relative(root, file).split('\\').join('/');
      if (ALLOWED.has(name)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // Regular expressions that match such calls in scripts under audit are not calls.
          if (DIRECT.test(line) && !/^\s*\/|\/.*\\\(/.test(line)) offenders.push(`${name}:${i + 1}: ${line.trim()}`);
        });
    }
  }
  expect(offenders).toEqual([]);
});

test('the check sees a direct call', () => {
  expect(DIRECT.test("const text = readFileSync(path, 'utf8');")).toBe(true);
  expect(DIRECT.test('for await (const chunk of createReadStream(path)) {}')).toBe(true);
  expect(DIRECT.test('const text = readTextFile(path, { workspace });')).toBe(false);
});
