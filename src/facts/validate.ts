// How loaders read content. Authored files are validated by a valibot schema, with issues turned
// into a ContentError that names the file and the dotted path of every problem. Content the build
// has already checked and normalised (catalog/checked-content.ts) is taken as it is: validating it
// again at start-up would cost more than the start-up budget, to find nothing (docs/performance.md).
import * as v from 'valibot';
import { ContentError } from './content-error';

/** Where content comes from: files as authored, or the build's checked output of them. */
export type ContentOrigin = 'authored' | 'checked';

/** The data parsed by `schema`; throws a ContentError naming the file and every issue's path. */
export function parseContent<S extends v.GenericSchema>(schema: S, data: unknown, file: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw new ContentError(
    file,
    result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message })),
  );
}

/** Authored data parsed by `schema`; checked data, which is already that parse's output, as is. */
export function readContent<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  file: string,
  origin: ContentOrigin,
): v.InferOutput<S> {
  return origin === 'checked' ? (data as v.InferOutput<S>) : parseContent(schema, data, file);
}
