// The embed card, framed by other sites: the judgment and the confidence with its basis, each
// in its own sentence, the band graphic, the weightiest met indicators, the signposts and the
// history (full view), and a link to the full brief. Works without JavaScript; a small script only
// reports its height to the parent page.
import type { FC } from 'hono/jsx';
import { timeNote } from '../../brief/bottom-line';
import type { Brief } from '../../brief/brief-schema';
import type { HistoryPoint } from '../../brief/history';
import { HistoryChart, HistoryTable } from './history-chart';
import { EmbedLayout, type Theme } from './layout';
import { LikelihoodScale } from './likelihood-scale';

export type EmbedView = 'compact' | 'full';

/** The brief's embed card as a whole document, in the theme and view asked for (full adds signposts and history). */
export const EmbedCard: FC<{
  brief: Brief;
  theme: Theme;
  view: EmbedView;
  briefUrl: string;
  history: readonly HistoryPoint[];
}> = ({ brief, theme, view, briefUrl, history }) => {
  const { scenario, likelihood } = brief;
  // Where time moved the judgment, the card says so: the indicators below cannot explain it.
  const time = timeNote(likelihood.time, likelihood.probability);
  const top = brief.indicators
    .filter((i) => i.status === 'met')
    .sort((a, b) => b.weight - a.weight)
    .slice(0, view === 'full' ? 6 : 3);
  return (
    <EmbedLayout title={`${scenario.title} — scenario-briefs`} theme={theme}>
      <article class="card" data-scenario={scenario.id}>
        <h1>{scenario.title}</h1>
        <p>{brief.bottomLine.judgment}</p>
        {time ? <p>{time}</p> : null}
        <p>{brief.bottomLine.confidence}</p>
        {/* What the page warns of, the card does too (a date before the window, a conflict, incoherence). */}
        {brief.warnings.map((w) => (
          <p class="meta warning">{w}</p>
        ))}
        <LikelihoodScale id="embed-scale" probability={likelihood.probability} band={likelihood.band} compact />

        {top.length > 0 ? (
          <>
            <p class="meta">Weightiest indicators met:</p>
            <ul>
              {top.map((i) => (
                <li>
                  {i.label} <span class="meta">({i.direction === 'raises' ? 'raises' : 'lowers'} the likelihood)</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {view === 'full' && brief.signposts.length > 0 ? (
          <>
            <p class="meta">What to watch for:</p>
            <ul>
              {brief.signposts.slice(0, 3).map((s) => (
                <li>{s.text}</li>
              ))}
            </ul>
          </>
        ) : null}
        {view === 'full' && history.length > 1 ? (
          <>
            <p class="meta">How the judgment moved:</p>
            <HistoryChart points={history} tableId="embed-history-table" />
            {/* The chart's text alternative: read out, not shown, so the card stays a card. */}
            <div class="visually-hidden">
              <HistoryTable points={history} id="embed-history-table" />
            </div>
          </>
        ) : null}
        <p>
          <a href={briefUrl} target="_blank" rel="noopener">
            Read the full brief, with its quotes<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      </article>
    </EmbedLayout>
  );
};
