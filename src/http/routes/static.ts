// The routes whose bytes are generated at build time and read from Static Assets (see
// ../static-assets.ts): the API contract and its docs page, the JSON Schemas, the widget and embed
// scripts and the stylesheet. They change only with a deploy, hence the `reference` policy.
import { serveCached } from '../cache/edge-cache';
import type { RouteHandler, RouteHandlers } from '../mount-routes';
import { STATIC_ASSETS, type StaticPath, staticAsset } from '../static-assets';

/** Serves the generated file at the route's path. */
const serveStaticFile: RouteHandler = (c, route) => {
  if (!Object.hasOwn(STATIC_ASSETS, route.path)) throw new Error(`${route.path} is not a generated file`);
  const path = route.path as StaticPath;
  return serveCached(c, route, { path, params: [] }, async () => {
    const { text, headers } = await staticAsset(c, path);
    return c.body(text, 200, headers);
  });
};

export const staticHandlers: RouteHandlers<
  | 'getOpenApi'
  | 'getDocs'
  | 'getBriefJsonSchema'
  | 'getFactJsonSchema'
  | 'getScenarioJsonSchema'
  | 'getSetJsonSchema'
  | 'getWidgetScript'
  | 'getEmbedHeightScript'
  | 'getQuoteSelectScript'
  | 'getStylesheet'
> = {
  getOpenApi: serveStaticFile,
  getDocs: serveStaticFile,
  getBriefJsonSchema: serveStaticFile,
  getFactJsonSchema: serveStaticFile,
  getScenarioJsonSchema: serveStaticFile,
  getSetJsonSchema: serveStaticFile,
  getWidgetScript: serveStaticFile,
  getEmbedHeightScript: serveStaticFile,
  getQuoteSelectScript: serveStaticFile,
  getStylesheet: serveStaticFile,
};
