// The texts of the sources, keyed by their metadata file: what citations are offsets into. The
// worker bundles them as strings (wrangler.toml's Text rule); checked content does not copy them.
import diplomatText from '../../scenarios/sources/diplomat-2021-07-csto-afghan-border.txt';

export const SOURCE_TEXTS: Readonly<Record<string, string>> = {
  'scenarios/sources/diplomat-2021-07-csto-afghan-border.meta.json': diplomatText,
};
