// Shared by the tests that need an edge-cache hit: the store happens in waitUntil, after the
// response, so a test asks again until the entry is readable.
import { SELF } from 'cloudflare:test';

export const BASE = 'http://briefs.test';

/** GETs `path` until the answer is a cache hit (or fails after 50 tries, 10 ms apart). */
export async function untilHit(path: string): Promise<Response> {
  for (let i = 0; i < 50; i++) {
    const res = await SELF.fetch(`${BASE}${path}`);
    if (res.headers.get('Cache-Status')?.endsWith('; hit')) return res;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${path} never became a cache hit`);
}
