// The routes whose bytes are generated at build time and read from Static Assets (see
// ../static-assets.ts): the API contract and its docs page, the JSON Schemas, the widget and embed
// scripts and the stylesheet. They change only with a deploy, hence the `reference` policy.
import { Hono } from 'hono';
import type { AppBindings } from '../../env';
import { serveCached } from '../cache/edge-cache';
import { STATIC_PATHS, staticAsset } from '../static-assets';

export function staticRoutes() {
  const app = new Hono<AppBindings>();
  for (const path of STATIC_PATHS) {
    app.get(path, (c) =>
      serveCached(c, { path, params: [], policy: 'reference' }, async () => {
        const { text, headers } = await staticAsset(c, path);
        return c.body(text, 200, headers);
      }),
    );
  }
  return app;
}
