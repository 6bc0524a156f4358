// The HTTP application: mounts the route groups over one catalog, answers wrong methods with 405
// and unknown paths with 404, and maps every error to problem+json in one place. Every response
// gets CORS (any origin may read) and security headers.
// The default router: hono/tiny is smaller, but its linear match is paid on every cache hit
// (docs/performance.md).
import { Hono, type MiddlewareHandler } from 'hono';
import type { Catalog } from '../catalog/catalog';
import { ContentUnavailable } from '../catalog/content-asset';
import type { Env } from '../env';
import { logEvent } from '../lib/log';
import { liveCatalog } from '../observations/live-catalog';
import { ProblemPage } from '../render/html/problem-page';
import type { AppBindings } from './app-bindings';
import { cacheVersion, codeVersion } from './content-version';
import { preflightResponse, setCorsHeaders } from './cors';
import { CSP } from './html-response';
import { mountRoutes } from './mount-routes';
import { isPagePath, Problem, problemBody, problemResponse } from './problem';
import { authoringHandlers } from './routes/authoring';
import { briefHandlers } from './routes/briefs';
import { digestHandlers } from './routes/digest';
import { factHandlers } from './routes/facts';
import { homeHandlers } from './routes/home';
import { observationImportHandlers } from './routes/observation-imports';
import { observationHandlers } from './routes/observations';
import { pageHandlers } from './routes/pages';
import { scenarioVersionHandlers } from './routes/scenario-versions';
import { scenarioHandlers } from './routes/scenarios';
import { setDraftHandlers } from './routes/set-drafts';
import { setVersionHandlers } from './routes/set-versions';
import { setHandlers } from './routes/sets';
import { sourceHandlers } from './routes/sources';
import { staticHandlers } from './routes/static';
import { trackRecordHandlers } from './routes/track-record';
import { setSecurityHeaders } from './security-headers';
import { checkUrlLength } from './url-limit';

/**
 * The methods each path answers, read from the routes registered on the app (mounted from the
 * route table): GET paths also answer HEAD; all answer OPTIONS.
 */
function allowedMethods(routes: readonly { path: string; method: string }[]): Map<string, string[]> {
  const order = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'];
  const byPath = new Map<string, Set<string>>();
  for (const { path, method } of routes) {
    // Middleware is registered for ALL methods; only the route handlers say what a path answers.
    if (!order.includes(method)) continue;
    const methods = byPath.get(path) ?? new Set<string>();
    methods.add(method);
    if (method === 'GET') methods.add('HEAD');
    byPath.set(path, methods);
  }
  return new Map([...byPath].map(([path, methods]) => [path, [...order.filter((m) => methods.has(m)), 'OPTIONS']]));
}

/** The request path as a problem's `instance`: cut short, so a huge path is not reflected whole. */
function instancePath(url: string): string {
  const path = new URL(url).pathname;
  return path.length > 1000 ? `${path.slice(0, 1000)}…` : path;
}

/** The content catalog, or how to read it for a request (once per isolate: content-asset.ts). */
export type BaseCatalog = Catalog | ((env: Env) => Promise<Catalog>);

/** Seconds a client should wait before retrying when the content cannot be read. */
const RETRY_AFTER_SECONDS = 30;

/**
 * The content catalog for this request. A store that fails or hangs is a 503 to retry, logged; a
 * broken deploy (no content file, or content that does not compile) is the 500 it is.
 */
async function baseOf(base: BaseCatalog, env: Env): Promise<Catalog> {
  if (typeof base !== 'function') return base;
  try {
    return await base(env);
  } catch (error) {
    if (!(error instanceof ContentUnavailable)) throw error;
    logEvent('content-asset-failure', { error: String(error) });
    throw new Problem('unavailable', 'The content store failed or did not answer in time. Retry later.', {
      retryAfter: RETRY_AFTER_SECONDS,
    });
  }
}

/** The worker's HTTP app over the content catalog (a catalog, or its loader). */
export function createApp(base: BaseCatalog) {
  const app = new Hono<AppBindings>();
  // Two layers, not one per concern: every request, a cache hit too, pays each layer's dispatch.
  // The outer one sets the headers of every response, problems included (an error thrown inside
  // is already a response when it returns).
  app.use('*', async (c, next) => {
    await next();
    setSecurityHeaders(c.res.headers);
    setCorsHeaders(c.res.headers);
  });
  // Before any catalog or storage work: an over-long URL costs nothing but its 414, preflights too.
  app.use('*', async (c, next) => {
    checkUrlLength(c.req.url);
    if (c.req.method === 'OPTIONS') return preflightResponse();
    await next();
  });
  /** Before a route that reads the content: one catalog snapshot per request, so a brief never mixes two versions. */
  const content: MiddlewareHandler<AppBindings> = async (c, next) => {
    const catalog = await baseOf(base, c.env);
    const live = await liveCatalog(catalog, c.env);
    c.set('baseCatalog', catalog);
    c.set('catalog', live);
    c.set('cacheVersion', cacheVersion(live, c.env));
    await next();
  };
  /** Before a code-only route: no content or storage is read, and its entries are keyed by the code alone. */
  const codeOnly: MiddlewareHandler<AppBindings> = async (c, next) => {
    c.set('cacheVersion', codeVersion(c.env));
    await next();
  };

  // Every route of the contract's table, each by its handler (the type checks none is missing).
  mountRoutes(
    app,
    {
      ...homeHandlers,
      ...scenarioHandlers,
      ...scenarioVersionHandlers,
      ...briefHandlers,
      ...setHandlers,
      ...setDraftHandlers,
      ...setVersionHandlers,
      ...factHandlers,
      ...sourceHandlers,
      ...staticHandlers,
      ...pageHandlers,
      ...authoringHandlers,
      ...digestHandlers,
      ...observationHandlers,
      ...observationImportHandlers,
      ...trackRecordHandlers,
    },
    { content, codeOnly },
  );

  // Registered after the routes, so it only catches the methods they do not answer.
  for (const [path, allow] of allowedMethods(app.routes)) {
    app.all(path, (c) => {
      throw new Problem('method-not-allowed', `${c.req.method} is not allowed here; use ${allow.join(', ')}.`, {
        allow,
      });
    });
  }

  /** The problem as problem+json, or, for a page, as a page with the same status. */
  const answer = (problem: Problem, path: string): Response => {
    if (!isPagePath(path)) return problemResponse(problem, path);
    const body = problemBody(problem, path);
    const back = path.startsWith('/briefs/') || path.startsWith('/embed/') ? path : '/';
    const page = `<!DOCTYPE html>${(<ProblemPage problem={body} back={back} />).toString()}`;
    return new Response(page, {
      status: body.status,
      headers: {
        'Content-Type': 'text/html; charset=UTF-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': CSP.page,
        ...(problem.allow ? { Allow: problem.allow.join(', ') } : {}),
        ...(problem.retryAfter !== undefined ? { 'Retry-After': String(problem.retryAfter) } : {}),
      },
    });
  };

  app.notFound((c) => {
    const path = instancePath(c.req.url);
    return answer(new Problem('not-found', `Nothing is served at ${path.slice(0, 200)}.`), path);
  });
  app.onError((err, c) => {
    const path = instancePath(c.req.url);
    if (err instanceof Problem) return answer(err, path);
    logEvent('unhandled-error', { path, message: String(err), stack: (err as Error).stack });
    return answer(new Problem('internal-error', 'The service failed to answer this request.'), path);
  });
  return app;
}
