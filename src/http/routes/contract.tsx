// The contract routes: /openapi.json, the /docs page and the JSON Schemas at /v1/schemas/*.json.
import { Hono } from 'hono';
import { sha256Hex } from '../../catalog/content-hash';
import type { AppBindings } from '../../env';
import { DOCS_CSS, DocsPage } from '../../render/docs-page';
import { serveCached } from '../cache/edge-cache';
import { publishedSchema, type SchemaName } from '../contract/json-schemas';
import { buildOpenApi } from '../contract/openapi';
import { ROUTE_CONTRACTS } from '../contract/routes';
import { safeJson } from '../json-response';

function base64OfHex(hex: string): string {
  return btoa(String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16))));
}

/** The docs page allows exactly its own stylesheet, by hash: no script, no other source. */
const DOCS_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${base64OfHex(sha256Hex(DOCS_CSS))}'`,
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contractRoutes() {
  // Both documents depend on the code alone: written once per isolate, on first use.
  let openApi: string | undefined;
  let docs: string | undefined;
  const app = new Hono<AppBindings>()
    .get('/openapi.json', (c) =>
      serveCached(c, { path: '/openapi.json', params: [], policy: 'reference' }, () => {
        openApi ??= safeJson(buildOpenApi(c.get('catalog').version.rules));
        return c.body(openApi, 200, { 'Content-Type': 'application/vnd.oai.openapi+json' });
      }),
    )
    .get('/docs', (c) =>
      serveCached(c, { path: '/docs', params: [], policy: 'reference' }, () => {
        docs ??= `<!DOCTYPE html>${(<DocsPage routes={ROUTE_CONTRACTS} />).toString()}`;
        return c.html(docs, 200, { 'Content-Security-Policy': DOCS_CSP });
      }),
    );
  for (const name of ['brief', 'fact', 'scenario'] as const satisfies SchemaName[]) {
    const path = `/v1/schemas/${name}.json`;
    app.get(path, (c) =>
      serveCached(c, { path, params: [], policy: 'reference' }, () =>
        c.body(safeJson(publishedSchema(name)), 200, { 'Content-Type': 'application/schema+json' }),
      ),
    );
  }
  return app;
}
