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
/** The largest scenario document (the seed files are 7 to 10 KB). */
export const MAX_SCENARIO_BODY_BYTES = 64 * 1024;

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

/** The request's body as text, of one of `media` types, within the size limit, or the problem that says why not. */
async function textBody(c: Context<AppBindings>, limit: number, media: readonly string[]): Promise<string> {
  const type = c.req.header('Content-Type') ?? '';
  const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!media.includes(essence)) {
    throw new Problem('unsupported-media-type', `The body must be ${media.join(' or ')}, not ${echo(type || 'none')}.`);
  }
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > limit) {
    throw new Problem('payload-too-large', `The body is ${declared} bytes; at most ${limit} are accepted.`);
  }
  return bodyWithin(c.req.raw.body, limit);
}

/** The largest import: newline-delimited observations, each a line of JSON. */
export const MAX_IMPORT_BODY_BYTES = 1024 * 1024;
/** The most lines one import takes: D1 runs each as a query, and an invocation may make 1,000 at most. */
export const MAX_IMPORT_LINES = 500;

/**
 * The lines of an NDJSON body (application/x-ndjson), blank ones skipped, each with its 1-based
 * line number: parsed, or the reason it is not JSON.
 */
export async function ndjsonBody(
  c: Context<AppBindings>,
  limit = MAX_IMPORT_BODY_BYTES,
): Promise<{ line: number; value?: unknown; error?: string }[]> {
  const text = await textBody(c, limit, ['application/x-ndjson', 'application/jsonl']);
  const lines = text.split(/\r?\n/).map((raw, i) => ({ raw, line: i + 1 }));
  const filled = lines.filter((l) => l.raw.trim() !== '');
  if (filled.length > MAX_IMPORT_LINES) {
    throw new Problem(
      'payload-too-large',
      `The body has ${filled.length} lines; at most ${MAX_IMPORT_LINES} are accepted.`,
    );
  }
  return filled.map(({ raw, line }) => {
    try {
      return { line, value: JSON.parse(raw) as unknown };
    } catch (error) {
      return { line, error: `is not JSON: ${String(error).slice(0, 120)}` };
    }
  });
}

/** The request's JSON body, within the size limit, or the problem that says why not. */
export async function jsonBody(c: Context<AppBindings>, limit = MAX_BODY_BYTES): Promise<unknown> {
  const text = await textBody(c, limit, ['application/json']);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Problem('invalid-body', `The body is not JSON: ${String(error).slice(0, 120)}.`, {
      issues: [{ parameter: '', message: 'must be JSON' }],
    });
  }
}

/**
 * The optional JSON object body of a withdrawal (a retraction, a retirement): no body means `{}`;
 * a body must be a JSON object (valibot's object schemas take arrays too).
 */
export async function optionalObjectBody(c: Context<AppBindings>): Promise<object> {
  const body = c.req.header('Content-Type') ? await jsonBody(c) : undefined;
  if (body === undefined) return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new Problem('invalid-body', 'The body has 1 invalid field(s); see issues.', {
      issues: [{ parameter: '', message: 'must be a JSON object, or no body at all' }],
    });
  }
  return body;
}

/**
 * The largest form of the authoring page: a source's text, percent-encoded (up to three bytes a
 * byte), with its fields.
 */
export const MAX_FORM_BODY_BYTES = 3 * MAX_SOURCE_BODY_BYTES;

/** A form's fields (application/x-www-form-urlencoded), within the size limit. */
export async function formBody(c: Context<AppBindings>, limit = MAX_FORM_BODY_BYTES): Promise<URLSearchParams> {
  return new URLSearchParams(await textBody(c, limit, ['application/x-www-form-urlencoded']));
}
