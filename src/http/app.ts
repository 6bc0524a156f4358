// The HTTP application: mounts the route groups over one catalog, answers wrong methods with 405
// and unknown paths with 404, and maps every error to problem+json in one place.
import { Hono } from 'hono';
import type { Catalog } from '../catalog/catalog';
import { Problem, problemResponse } from './problem';
import { briefRoutes } from './routes/briefs';
import { factRoutes } from './routes/facts';
import { homeRoutes } from './routes/home';
import { scenarioRoutes } from './routes/scenarios';
import { schemaRoutes } from './routes/schemas';
import { sourceRoutes } from './routes/sources';

/** Every path the app serves; each answers GET and HEAD only. */
export const READ_PATHS = [
  '/',
  '/v1/scenarios',
  '/v1/scenarios/:id',
  '/v1/briefs/:id',
  '/v1/facts',
  '/v1/facts/:id',
  '/v1/sources',
  '/v1/sources/:id',
  '/v1/schemas/scenario.json',
  '/problems/:type',
] as const;

const ALLOW = ['GET', 'HEAD'];

export function createApp(catalog: Catalog) {
  const app = new Hono();
  app.route('/', homeRoutes(catalog));
  app.route('/', scenarioRoutes(catalog));
  app.route('/', briefRoutes(catalog));
  app.route('/', factRoutes(catalog));
  app.route('/', sourceRoutes(catalog));
  app.route('/', schemaRoutes());

  // Registered after the GET routes, so it only catches the other methods.
  for (const path of READ_PATHS) {
    app.all(path, (c) => {
      throw new Problem('method-not-allowed', `${c.req.method} is not allowed here; use ${ALLOW.join(' or ')}.`, {
        allow: ALLOW,
      });
    });
  }

  app.notFound((c) =>
    problemResponse(
      new Problem('not-found', `Nothing is served at ${new URL(c.req.url).pathname}.`),
      new URL(c.req.url).pathname,
    ),
  );
  app.onError((err, c) => {
    const instance = new URL(c.req.url).pathname;
    if (err instanceof Problem) return problemResponse(err, instance);
    console.error(
      JSON.stringify({ event: 'unhandled-error', path: instance, message: String(err), stack: (err as Error).stack }),
    );
    return problemResponse(new Problem('internal-error', 'The service failed to answer this request.'), instance);
  });
  return app;
}
