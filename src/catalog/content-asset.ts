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

/**
 * The store did not give the content: the read threw or outlasted its budget. Worth retrying,
 * unlike a missing file or content that does not parse or compile, which is a broken deploy.
 */
export class ContentUnavailable extends Error {
  constructor(cause: unknown) {
    super(`the content asset could not be read: ${String(cause)}`, { cause });
    this.name = 'ContentUnavailable';
  }
}

/** How the worker reads the content: once per isolate (one loader per worker module). */
export type ContentLoader = (assets: AssetReader, ms: number) => Promise<Catalog>;

/**
 * A loader that reads the Static Asset until it has a catalog, then keeps it. A read that throws or
 * takes over `ms` rejects with ContentUnavailable; a missing file, or content that does not parse
 * or compile, with its own error. Either way nothing is kept, and the next call reads again.
 */
export function contentLoader(): ContentLoader {
  let loaded: Catalog | undefined;
  return async (assets, ms) => {
    if (loaded) return loaded;
    // The binding reads by path; the host is never looked up.
    const read = assets.fetch(`https://assets.invalid${CONTENT_ASSET_PATH}`).then(async (res) => ({
      status: res.status,
      text: await res.text(),
    }));
    const answer = await withTimeout(read, ms, 'the content asset').catch((error: unknown) => {
      throw new ContentUnavailable(error);
    });
    if (answer.status !== 200) throw new Error(`the content asset answered ${answer.status}: a broken deploy`);
    loaded ??= catalogFromChecked(JSON.parse(answer.text) as CheckedContent);
    return loaded;
  };
}

/** The isolate's loader, which the worker entry reads the content through (tests reach its catalog here). */
export const readContent: ContentLoader = contentLoader();
