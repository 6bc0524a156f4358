// The checked content (checked-content.ts) as the worker reads it: a Static Asset
// (assets/content.json, written by `npm run content`) read and compiled once per isolate, so the
// bundle carries code only. The file cannot change under a deployed version. Only a settled
// catalog is kept, never a pending read: a promise belongs to the request that started it (workerd
// refuses I/O across requests), so an isolate's first concurrent requests may each read it once.
import { withTimeout } from '../lib/timeout';
import { catalogFromChecked } from './assemble';
import type { Catalog } from './catalog';
import type { CheckedContent } from './checked-content';

/** Where the checked content is among the Static Assets; no route serves it as it is. */
export const CONTENT_ASSET_PATH = '/content.json';

/** What reads a Static Asset: the ASSETS binding, or a stand-in in the bench. */
export interface AssetReader {
  fetch(url: string): Promise<Response>;
}

/** How the worker reads the content: once per isolate (one loader per worker module). */
export type ContentLoader = (assets: AssetReader, ms: number) => Promise<Catalog>;

/**
 * A loader that reads the Static Asset until it has a catalog, then keeps it. A read that fails or
 * takes over `ms` rejects, and the next call reads again.
 */
export function contentLoader(): ContentLoader {
  let loaded: Catalog | undefined;
  return async (assets, ms) => {
    if (loaded) return loaded;
    // The binding reads by path; the host is never looked up.
    const read = assets.fetch(`https://assets.invalid${CONTENT_ASSET_PATH}`).then(async (res) => {
      if (res.status !== 200) throw new Error(`the content asset answered ${res.status}`);
      return res.text();
    });
    const text = await withTimeout(read, ms, 'the content asset');
    loaded ??= catalogFromChecked(JSON.parse(text) as CheckedContent);
    return loaded;
  };
}

/** The isolate's loader, which the worker entry reads the content through (tests reach its catalog here). */
export const readContent: ContentLoader = contentLoader();
