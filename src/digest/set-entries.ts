// The digest's report of question sets: each set's ranking of its hypotheses on the digest date,
// compared with the digest before it. A change in the order of the hypotheses, or in the set's
// status, is news, and the feeds carry it; drift in the numbers that leaves the order as it was
// is not. Pure: the catalog, the date and the previous digest in.
import type { Catalog } from '../catalog/catalog';
import { setBriefFor } from '../catalog/set-brief-for';
import { formatDay } from '../facts/format';
import { probabilityOrder } from '../sets/sensitivity';
import type { SetBrief } from '../sets/set-brief-schema';
import type { Digest, SetDigestEntry } from './digest-schema';

const pct = (p: number) => `${Math.round(p * 100)}%`;

function rankingOf(brief: SetBrief): SetDigestEntry['ranking'] {
  const stated = brief.hypotheses.map((h) => h.probability);
  // The brief's leader heads a tie for the lead (it broke it by the unrounded shares); other
  // ties keep the set's order.
  const exact = brief.hypotheses.map((h) => (h.id === brief.leading ? 1 : 0));
  return probabilityOrder(stated, exact).map((n) => {
    const h = brief.hypotheses[n] as SetBrief['hypotheses'][number];
    return { hypothesisId: h.id, label: h.label, probability: h.probability };
  });
}

function summaryOf(
  brief: SetBrief,
  ranking: SetDigestEntry['ranking'],
  before: SetDigestEntry | undefined,
  previousDate: string | null,
): string {
  const order = ranking.map((r) => `“${r.label}” ${pct(r.probability)}`).join(', ');
  const label = (id: string | null) => brief.hypotheses.find((h) => h.id === id)?.label ?? id;
  if (!before) return `First assessment of the hypotheses: ${order}.`;
  if (brief.status.status !== before.status) {
    return brief.status.status === 'resolved'
      ? `Resolved: ${brief.status.resolution.reason}`
      : `Now ${brief.status.status}: ${brief.status.resolution.reason}`;
  }
  const leader = ranking[0]?.hypothesisId ?? null;
  const previousLeader = before.ranking[0]?.hypothesisId ?? null;
  const since = previousDate ? ` since ${formatDay(previousDate)}` : '';
  if (leader !== previousLeader) {
    return `The leading hypothesis changed${since}: “${label(leader)}” now leads, where “${label(previousLeader)}” did. The order: ${order}.`;
  }
  const same = ranking.every((r, i) => r.hypothesisId === before.ranking[i]?.hypothesisId);
  return same ? `No change in the order${since}: ${order}.` : `The order below the lead changed${since}: ${order}.`;
}

/** Every set's entry for a digest on `date`, compared with `previous`. */
export function setEntries(catalog: Catalog, date: string, previous: Digest | null): SetDigestEntry[] {
  const before = new Map(previous?.sets.map((e) => [e.setId, e]));
  return [...catalog.sets.values()].map((set) => {
    const id = set.definition.id;
    const brief = setBriefFor(catalog, set, { asOf: date }, date);
    const ranking = rankingOf(brief);
    const earlier = before.get(id);
    const order = ranking.map((r) => r.hypothesisId);
    const changed =
      !earlier ||
      earlier.status !== brief.status.status ||
      order.some((h, i) => h !== earlier.ranking[i]?.hypothesisId);
    return {
      id: `set:${id}@${date}`,
      setId: id,
      title: set.definition.title,
      status: brief.status.status,
      ranking,
      rankingBefore: earlier ? earlier.ranking.map((r) => r.hypothesisId) : null,
      leaderBefore: earlier?.ranking[0]?.hypothesisId ?? null,
      resolvedTo: brief.status.hypothesis,
      changed,
      bluf: brief.bluf,
      summary: summaryOf(brief, ranking, earlier, previous?.date ?? null),
    };
  });
}
