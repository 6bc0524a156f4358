// For the authoring scripts (Node): imports a TypeScript module of the worker's source, bundled
// with esbuild into one ES module and loaded from memory, so the scripts run the very code the
// worker and the tests run, without a TypeScript loader or files left behind.
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);

/** The module at `entry` (a path from the project root), with esbuild `options` added. */
export async function importBundle(entry, options = {}) {
  const bundle = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'warning',
    ...options,
  });
  const code = bundle.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
