// Runs a valibot schema over authored content and turns its issues into a ContentError that
// names the file and the dotted path of every problem.
import * as v from 'valibot';
import { ContentError } from './content-error';

export function parseContent<S extends v.GenericSchema>(schema: S, data: unknown, file: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw new ContentError(
    file,
    result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message })),
  );
}
