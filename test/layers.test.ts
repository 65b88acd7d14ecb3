// The packages' declared dependencies are what their sources import: no package imported without
// being declared (it would resolve only by pnpm's hoisting), no declared dependency left unused, and
// no @paved-road dependency that goes up or sideways in shared/DESIGN.md's layers (eslint's
// no-restricted-imports checks the imports themselves).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { repoRoot } from './harness/index.js';

// The same layers eslint's no-restricted-imports enforces.
const LAYERS = JSON.parse(readFileSync(join(repoRoot, 'layers.json'), 'utf8')) as Record<string, string[]>;

/** Dependencies a package declares without importing them, and why. */
const LOADED_BY_OTHERS: Record<string, Record<string, string>> = {
  sbom: { xmlbuilder2: 'an optional peer of @cyclonedx/cyclonedx-library that its XML serializer loads' },
};

const packagesDir = join(repoRoot, 'packages');
const packages = readdirSync(packagesDir).filter((name) => {
  try {
    readFileSync(join(packagesDir, name, 'package.json'));
    return true;
  } catch {
    return false;
  }
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|cjs|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The package a module specifier names: `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtinModules.includes(name) ? undefined : name;
}

/** Packages the sources import: at run time (`values`), and for types only (`types`, from @types too). */
function importedPackages(name: string): { values: Set<string>; types: Set<string> } {
  const values = new Set<string>();
  const types = new Set<string>();
  for (const file of sourceFiles(join(packagesDir, name, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const specifiers = text.matchAll(
      /(?:^|[\s;])(?:import|export)\s(type\s)?[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/gm,
    );
    for (const match of specifiers) {
      const pkg = packageOf(match[2] ?? match[3] ?? match[4]!);
      if (pkg) (match[1] ? types : values).add(pkg);
    }
  }
  return { values, types };
}

describe.each(packages)('packages/%s', (name) => {
  const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const declared = new Set(Object.keys(manifest.dependencies ?? {}));
  const { values, types } = importedPackages(name);

  test('declares every package its sources import', () => {
    expect([...values].filter((pkg) => !declared.has(pkg)).sort()).toEqual([]);
  });

  test('declares no dependency its sources do not import', () => {
    const loaded = LOADED_BY_OTHERS[name] ?? {};
    expect([...declared].filter((pkg) => !values.has(pkg) && !types.has(pkg) && !loaded[pkg]).sort()).toEqual([]);
  });

  test('depends only on the packages below it', () => {
    const own = [...declared].filter((pkg) => pkg.startsWith('@paved-road/')).map((pkg) => pkg.slice(12));
    if (name === 'cli') return expect(own).not.toContain('cli');
    expect(LAYERS[name]).toBeDefined();
    expect(own.filter((other) => !LAYERS[name]!.includes(other)).sort()).toEqual([]);
  });
});

test('the import scan finds what is there', () => {
  // The scan itself must not come back empty: core imports yaml, workflows imports core.
  expect(importedPackages('core').values).toContain('yaml');
  expect(importedPackages('core').types).toContain('sarif');
  expect(importedPackages('workflows').values).toContain('@paved-road/core');
});
