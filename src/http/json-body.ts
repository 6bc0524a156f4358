// Request bodies: JSON of a declared media type, read no further than the limit, or the problem
// that says why not (415, 413, 400).
import type { Context } from 'hono';
import type { AppBindings } from './app-bindings';
import { Problem } from './problem';
import { echo } from './query';

/** The largest body accepted, in bytes (a source's, with its full text, is larger: MAX_SOURCE_BODY_BYTES). */
export const MAX_BODY_BYTES = 16 * 1024;
/** The largest body of a source registration: its full text, up to MAX_SOURCE_TEXT characters of UTF-8. */
export const MAX_SOURCE_BODY_BYTES = 1024 * 1024;

/**
 * The body as text, read no further than `limit`: past it, the stream is cancelled and the answer
 * is a 413, whatever the body's length (a chunked body declares none).
 */
async function bodyWithin(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<string> {
  if (!stream) return '';
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel('body over the limit').catch(() => undefined);
      throw new Problem('payload-too-large', `The body is over ${limit} bytes; at most ${limit} are accepted.`);
    }
    chunks.push(value);
  }
  // TextDecoder, not Blob.text(): it drops a leading byte-order mark, which workerd's Blob keeps.
  return new TextDecoder().decode(await new Blob(chunks).arrayBuffer());
}

/** The request's JSON body, within the size limit, or the problem that says why not. */
export async function jsonBody(c: Context<AppBindings>, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new Problem('unsupported-media-type', `The body must be application/json, not ${echo(type || 'none')}.`);
  }
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > limit) {
    throw new Problem('payload-too-large', `The body is ${declared} bytes; at most ${limit} are accepted.`);
  }
  const text = await bodyWithin(c.req.raw.body, limit);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Problem('invalid-body', `The body is not JSON: ${String(error).slice(0, 120)}.`, {
      issues: [{ parameter: '', message: 'must be JSON' }],
    });
  }
}
