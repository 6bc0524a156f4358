// How loaders read authored content: validated by a valibot schema, with issues turned into a
// ContentError that names the file and the dotted path of every problem; or, for content the
// build has already checked and normalised (catalog/checked-content.ts), taken as it is.
import * as v from 'valibot';
import { ContentError } from './content-error';

export type ContentReader = <S extends v.GenericSchema>(schema: S, data: unknown, file: string) => v.InferOutput<S>;

export const parseContent: ContentReader = (schema, data, file) => {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw new ContentError(
    file,
    result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message })),
  );
};

/**
 * For data that is already `parseContent`'s output for the same schema: the checked content the
 * build wrote. Validating it again at start-up would cost a cold isolate ~15 ms and find nothing.
 */
export const alreadyChecked: ContentReader = (_schema, data) => data as never;
