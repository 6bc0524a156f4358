// One-way data flow, checked on the source: the pure core (facts, rules, brief, sets, scoring, tradecraft)
// imports nothing from Hono, the Workers runtime, the renderers or the HTTP layer, and the
// renderers import nothing from the HTTP layer.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));
}

/** Every module specifier a file imports, resolved to a path from the root where relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^import[^'"]*from '([^']+)'/gm)].map(([, spec]) =>
    (spec as string).startsWith('.') ? relative(root, join(root, file, '..', spec as string)) : (spec as string),
  );
}

function offending(dirs: string[], forbidden: RegExp): string[] {
  return dirs.flatMap((dir) =>
    sourceFiles(dir).flatMap((file) =>
      importsOf(file)
        .filter((i) => forbidden.test(i))
        .map((i) => `${file} → ${i}`),
    ),
  );
}

describe('layering', () => {
  it('keeps the core free of Hono, the runtime, the renderers and the HTTP layer', () => {
    const core = ['src/brief', 'src/facts', 'src/rules', 'src/sets', 'src/scoring', 'src/tradecraft'];
    expect(sourceFiles('src/brief').length).toBeGreaterThan(10);
    expect(offending(core, /^(hono|cloudflare:)|^src\/(http|render)\//)).toEqual([]);
  });

  it('keeps the renderers from reaching back into the HTTP layer', () => {
    expect(sourceFiles('src/render').length).toBeGreaterThan(10);
    expect(offending(['src/render'], /^src\/http\//)).toEqual([]);
  });

  it('keeps src/lib a leaf: it imports nothing of the service', () => {
    expect(sourceFiles('src/lib').length).toBeGreaterThanOrEqual(4);
    expect(offending(['src/lib'], /^src\//)).toEqual([]);
  });

  it('keeps the Worker bindings (env.ts) free of the catalog and the app', () => {
    expect(importsOf('src/env.ts').filter((i) => /^src\/(catalog|http)\//.test(i))).toEqual([]);
  });

  it('keeps the digest orchestration out of the HTTP layer: digest modules import nothing from it', () => {
    expect(offending(['src/digest'], /^src\/http\/|^hono/)).toEqual([]);
  });

  it('finds an import that breaks the rule (the check can fail)', () => {
    expect(offending(['src/http/contract'], /^src\/render\//).length).toBeGreaterThan(0);
  });
});
