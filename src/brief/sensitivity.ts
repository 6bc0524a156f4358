// "What would change this judgment": for each indicator, the probability and band if it flipped.
// Unmet and unknown indicators are flipped to met, met ones to not met; those that move the band
// come first, then by the size of the move.
import * as v from 'valibot';
import { INDICATOR_STATUSES } from '../rules/evaluate';
import type { Judgment } from './judgment';
import { probabilityWith } from './judgment';
import { BAND_IDS, bandOf } from './likelihood';

export const SensitivityEntrySchema = v.object({
  indicatorId: v.string(),
  label: v.string(),
  status: v.picklist(INDICATOR_STATUSES),
  ifStatus: v.pipe(v.picklist(['met', 'not-met']), v.description('The status the indicator is flipped to.')),
  probability: v.number(),
  band: v.picklist(BAND_IDS),
  changesBand: v.boolean(),
  text: v.string(),
});
export type SensitivityEntry = v.InferOutput<typeof SensitivityEntrySchema>;

export function sensitivity(judgment: Judgment, baseRate: number): SensitivityEntry[] {
  const entries = judgment.indicators.map((indicator): SensitivityEntry => {
    const ifStatus = indicator.status === 'met' ? 'not-met' : 'met';
    const p = probabilityWith(baseRate, judgment.indicators, (i) => (i === indicator ? ifStatus : i.status));
    const band = bandOf(p);
    const changesBand = band.id !== judgment.band.id;
    const condition =
      ifStatus === 'met' ? `If "${indicator.label}" came to hold` : `If "${indicator.label}" ceased to hold`;
    const effect = changesBand ? `the judgment would move to ${band.term}` : `the judgment would stay ${band.term}`;
    return {
      indicatorId: indicator.id,
      label: indicator.label,
      status: indicator.status,
      ifStatus,
      probability: p,
      band: band.id,
      changesBand,
      text: `${condition}, ${effect} (${Math.round(p * 100)}%).`,
    };
  });
  const move = (e: SensitivityEntry) => Math.abs(e.probability - judgment.probability);
  return entries.sort((a, b) => Number(b.changesBand) - Number(a.changesBand) || move(b) - move(a));
}
