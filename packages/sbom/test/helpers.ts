import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];

/** A temporary project directory with these files (path -> text or JSON value). */
export function project(files: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-test-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return dir;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A well-formed SRI sha512 for a name, and its hex. */
export function integrity(seed: string): { sri: string; hex: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const digest = createHash('sha512').update(seed).digest();
  return { sri: `sha512-${digest.toString('base64')}`, hex: digest.toString('hex') };
}

export const T0 = new Date('2024-01-02T03:04:05Z');
