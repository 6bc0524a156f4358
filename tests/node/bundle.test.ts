// What the deploy bundle leaves out: the files that depend on the code alone are generated at
// build time and served from Static Assets, so neither they nor the code that generates them
// (the OpenAPI and JSON Schema conversion, the docs page, the response shapes they document) may
// be imported by the worker again (the route table itself is the app's, contract/routes.ts);
// nor may the checks of the content files, which the worker starts from checked (checked-content.ts),
// nor the content itself: the worker reads it from Static Assets (catalog/content-asset.ts).
// The checks of a scenario (catalog/check-scenario.ts, rules/model-checks.ts) are the worker's
// too: an analyst publishes a scenario version live, and it passes the build's checks there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BUILD_TIME_ONLY = [
  // The contract's generators; the route table (contract/routes.ts) is what the app mounts.
  /^src\/http\/contract\/(?!routes\.ts$)/,
  /node_modules\/@valibot\/to-json-schema\//,
  /^src\/render\/model-section\.tsx$/,
  /^src\/render\/html\/site-css\.ts$/,
  /^src\/widget\//,
  /^src\/facts\/content-checks\.ts$/,
  /^src\/catalog\/build-catalog\.ts$/,
  // The content: checked (assets/content.json), authored (scenarios/: but the closed vocabulary,
  // which the schemas check every live write against), and the module that compiles it at import
  // for the tests and generators.
  /^assets\//,
  /^scenarios\/(?!vocabulary\/)/,
  /^src\/catalog\/catalog\.ts$/,
  /^src\/catalog\/content-files\.ts$/,
];

const outdir = mkdtempSync(join(tmpdir(), 'scenario-briefs-bundle-test-'));

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the deploy bundle', () => {
  it('imports none of the build-time generators or the files they write', () => {
    const metafile = join(outdir, 'meta.json');
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir, '--metafile', metafile], {
      stdio: 'ignore',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    });
    const { inputs } = JSON.parse(readFileSync(metafile, 'utf8')) as { inputs: Record<string, unknown> };
    const paths = Object.keys(inputs);
    // The metafile names inputs relative to the project: the check below reads real paths.
    expect(paths).toContain('src/index.ts');
    expect(paths).toContain('src/http/static-assets.ts');
    expect(paths).toContain('src/http/contract/routes.ts');
    expect(paths).toContain('src/catalog/content-asset.ts');
    expect(paths.filter((p) => BUILD_TIME_ONLY.some((re) => re.test(p)))).toEqual([]);
  });
});
