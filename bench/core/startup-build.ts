// The start-up probe's second module: every module the catalog needs is imported (parsed and its
// top level run) before the clock starts, then the one statement src/catalog/catalog.ts runs at
// load is timed alone: loading the checked content and compiling the scenarios.
import { catalogFromChecked } from '../../src/catalog/build-catalog';
import type { CheckedContent } from '../../src/catalog/checked-content';
import CHECKED_CONTENT from '../../src/catalog/checked-content.json';
import { SOURCE_TEXTS } from '../../src/catalog/source-texts';

const t0 = performance.now();
export const catalog = catalogFromChecked(CHECKED_CONTENT as unknown as CheckedContent, SOURCE_TEXTS);
export const buildMs = performance.now() - t0;
