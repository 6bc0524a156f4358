// The widget script as served: within its size budget, and free of what a page we do not
// control must never get from us (eval, dynamic code, dependencies).
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('/widget.js', () => {
  it('is JavaScript, cacheable, readable from any origin, and at most 5 KiB gzip', async () => {
    const res = await SELF.fetch('http://briefs.test/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('ETag')).toBeTruthy();
    const source = await res.text();
    expect(source).toContain('customElements.define(TAG, ScenarioBrief)');
    expect(await gzipSize(source)).toBeLessThanOrEqual(5 * 1024);
  });

  it('uses no eval, no dynamic code and imports nothing', async () => {
    const source = await (await SELF.fetch('http://briefs.test/widget.js')).text();
    expect(source).not.toMatch(/\beval\s*\(|new Function|setTimeout\(\s*['"`]|\bimport\s*\(|^\s*import\s/m);
    expect(source).not.toContain('innerHTML');
    expect(source).toContain("attachShadow({ mode: 'open' })");
  });
});
