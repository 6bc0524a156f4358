// The manifest of authored content: every file under scenarios/ that the service is built from,
// with its path for error messages. The build checks them (checked-content.ts) and the worker
// loads that check's output, so this module is for the checker and the tests, not the worker.
// Adding a scenario means adding its file here (a test checks that every scenario file in
// scenarios/ is listed) and running `npm run content`.

import cstoNonResponse from '../../scenarios/csto-non-response.json';
import citedFacts from '../../scenarios/facts/cited.json';
import derivedFacts from '../../scenarios/facts/derived.json';
import watchedFacts from '../../scenarios/facts/watched.json';
import russiaBilateral from '../../scenarios/russia-bilateral-substitution.json';
import russianPledges from '../../scenarios/russian-pledges-delivered.json';
import diplomatMeta from '../../scenarios/sources/diplomat-2021-07-csto-afghan-border.meta.json';
import talibanAdvance from '../../scenarios/taliban-border-advance.json';
import talibanIncursion from '../../scenarios/taliban-cross-border-incursion.json';
import targetProgram from '../../scenarios/target-program-stalls.json';
import statusVocabulary from '../../scenarios/vocabulary/statuses.json';
import type { ContentFile, FactBaseInput } from '../facts/fact-base';
import { SOURCE_TEXTS } from './source-texts';

const DIPLOMAT_META = 'scenarios/sources/diplomat-2021-07-csto-afghan-border.meta.json';

export const FACT_FILES: FactBaseInput = {
  sources: [{ meta: { file: DIPLOMAT_META, data: diplomatMeta }, text: SOURCE_TEXTS[DIPLOMAT_META] ?? '' }],
  cited: { file: 'scenarios/facts/cited.json', data: citedFacts },
  derived: { file: 'scenarios/facts/derived.json', data: derivedFacts },
  watched: { file: 'scenarios/facts/watched.json', data: watchedFacts },
  statuses: { file: 'scenarios/vocabulary/statuses.json', data: statusVocabulary },
};

export const SCENARIO_FILES: readonly ContentFile[] = [
  { file: 'scenarios/taliban-border-advance.json', data: talibanAdvance },
  { file: 'scenarios/csto-non-response.json', data: cstoNonResponse },
  { file: 'scenarios/target-program-stalls.json', data: targetProgram },
  { file: 'scenarios/russia-bilateral-substitution.json', data: russiaBilateral },
  { file: 'scenarios/taliban-cross-border-incursion.json', data: talibanIncursion },
  { file: 'scenarios/russian-pledges-delivered.json', data: russianPledges },
];
