// Mounts the route table: each contract entry's handler, found by its operationId, at the entry's
// method and path. The handler is given its entry, and reads its path, query parameters and cache
// policy from it; so a route is described once, in contract/routes.ts.
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppBindings } from './app-bindings';
import { type OperationId, ROUTE_CONTRACTS, type RouteContract } from './contract/routes';

/** Answers one route; `route` is its contract entry. */
export type RouteHandler = (c: Context<AppBindings>, route: RouteContract) => Response | Promise<Response>;

/** The handlers of some routes, by operationId. */
export type RouteHandlers<Id extends OperationId = OperationId> = { readonly [K in Id]: RouteHandler };

/** `/v1/briefs/{id}` as Hono writes a path: `/v1/briefs/:id`. */
export function honoPath(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

/** A route's path with its parameters filled in, from validated values (a cache key's path). */
export function pathOf(route: Pick<RouteContract, 'path'>, values: Readonly<Record<string, string>>): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${route.path}: no value for {${name}}`);
    return value;
  });
}

/** A path parameter of the route answering: present, since the route's path names it. */
export function pathParam(c: Context<AppBindings>, name: string): string {
  return c.req.param(name) ?? '';
}

/**
 * What runs before a route's handler: for most routes, reading the content and what is stored
 * (the request's catalog snapshot); for a `codeOnly` route, only what the code gives.
 */
export interface RouteSetup {
  content: MiddlewareHandler<AppBindings>;
  codeOnly: MiddlewareHandler<AppBindings>;
}

/**
 * Registers every route of the table on `app`, each behind its setup; a GET answers HEAD too (Hono
 * does that). Requests no route answers (404, 405) read nothing.
 */
export function mountRoutes(app: Hono<AppBindings>, handlers: RouteHandlers, setup: RouteSetup): void {
  for (const route of ROUTE_CONTRACTS) {
    const handler = handlers[route.operationId];
    const entry: RouteContract = route;
    const before = entry.codeOnly ? setup.codeOnly : setup.content;
    app.on((entry.method ?? 'get').toUpperCase(), honoPath(entry.path), before, (c) => handler(c, entry));
  }
}
