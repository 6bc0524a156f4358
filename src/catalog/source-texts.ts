// The texts of the sources, keyed by their metadata file: what citations are offsets into. Read
// as strings (wrangler.toml's Text rule) by the content check, which copies them into the checked
// content the worker reads (checked-content.ts); the worker does not import them.
import diplomatText from '../../scenarios/sources/diplomat-2021-07-csto-afghan-border.txt';

export const SOURCE_TEXTS: Readonly<Record<string, string>> = {
  'scenarios/sources/diplomat-2021-07-csto-afghan-border.meta.json': diplomatText,
};
