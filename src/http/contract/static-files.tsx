// Build time only: the text of every file the worker serves from Static Assets (see
// ../static-assets.ts), generated from the code. `npm run contract` writes them into assets/;
// a test compares what the worker serves with what this returns. Nothing in the worker imports
// this module, and a test of the deploy bundle keeps it that way.
import { catalog } from '../../catalog/catalog';
import { SITE_CSS } from '../../render/html/site-css';
import { modelExample } from '../../render/model-section';
import embedHeightJs from '../../widget/embed-height.browser.js';
import quoteSelectJs from '../../widget/quote-select.browser.js';
import widgetJs from '../../widget/widget.browser.js';
import { safeJson } from '../json-response';
import { STATIC_ASSETS, type StaticPath } from '../static-assets';
import { DocsPage } from './docs-page';
import { publishedSchema } from './json-schemas';
import { buildOpenApi } from './openapi';
import { ROUTE_CONTRACTS } from './routes';

const GENERATORS: Record<StaticPath, () => string> = {
  '/openapi.json': () => safeJson(buildOpenApi()),
  '/docs': () => `<!DOCTYPE html>${(<DocsPage routes={ROUTE_CONTRACTS} example={modelExample(catalog)} />).toString()}`,
  '/v1/schemas/brief.json': () => safeJson(publishedSchema('brief')),
  '/v1/schemas/fact.json': () => safeJson(publishedSchema('fact')),
  '/v1/schemas/scenario.json': () => safeJson(publishedSchema('scenario')),
  '/v1/schemas/set.json': () => safeJson(publishedSchema('set')),
  '/widget.js': () => widgetJs,
  '/static/embed-height.js': () => embedHeightJs,
  '/static/quote-select.js': () => quoteSelectJs,
  '/static/site.css': () => SITE_CSS,
};

export interface StaticFile {
  /** The URL path it is served at. */
  path: StaticPath;
  /** Its path under assets/. */
  file: string;
  text: string;
}

/** Every static asset with its URL path, its file under assets/ and its text, generated now. */
export function staticFiles(): StaticFile[] {
  return (Object.keys(GENERATORS) as StaticPath[]).map((path) => ({
    path,
    file: STATIC_ASSETS[path].file,
    text: GENERATORS[path](),
  }));
}
