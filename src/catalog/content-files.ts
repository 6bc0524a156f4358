// The manifest of authored content: every file under scenarios/ that the service is built from,
// with its path for error messages. The build checks them (checked-content.ts) and the worker
// loads that check's output, so this module is for the checker and the tests, not the worker.
// The scenarios (and question sets, in set-files.ts) are listed by `npm run content` in scenario-files.ts, generated from the files in
// scenarios/ (a test checks that every scenario file there is listed): adding one is adding its
// file and running `npm run generate`.

import citedFacts from '../../scenarios/facts/cited.json';
import derivedFacts from '../../scenarios/facts/derived.json';
import watchedFacts from '../../scenarios/facts/watched.json';
import diplomatMeta from '../../scenarios/sources/diplomat-2021-07-csto-afghan-border.meta.json';
import statusVocabulary from '../../scenarios/vocabulary/statuses.json';
import type { FactBaseInput } from '../facts/fact-base';
import { SOURCE_TEXTS } from './source-texts';

export { SCENARIO_FILES } from './scenario-files';
export { SET_FILES } from './set-files';

const DIPLOMAT_META = 'scenarios/sources/diplomat-2021-07-csto-afghan-border.meta.json';

export const FACT_FILES: FactBaseInput = {
  sources: [{ meta: { file: DIPLOMAT_META, data: diplomatMeta }, text: SOURCE_TEXTS[DIPLOMAT_META] ?? '' }],
  cited: { file: 'scenarios/facts/cited.json', data: citedFacts },
  derived: { file: 'scenarios/facts/derived.json', data: derivedFacts },
  watched: { file: 'scenarios/facts/watched.json', data: watchedFacts },
  statuses: { file: 'scenarios/vocabulary/statuses.json', data: statusVocabulary },
};
