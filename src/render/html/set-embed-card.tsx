// The question set's embed card, framed by other sites: the bottom line's judgment and confidence,
// each in its own sentence, the hypotheses with their numbers as bars (and as text), and, in the
// full view, the ACH matrix (ratings only, each with its sign) and what would change the ranking.
// Works without JavaScript; the height script reports its height to the parent page.
import type { FC } from 'hono/jsx';
import type { SetBrief } from '../../sets/set-brief-schema';
import type { EmbedView } from './embed-card';
import { EmbedLayout, type Theme } from './layout';
import { RATING_TEXT } from './set-page';

const pct = (p: number) => `${Math.round(p * 100)}%`;

/** The set's embed card as a whole document, in the theme and view asked for. */
export const SetEmbedCard: FC<{ brief: SetBrief; theme: Theme; view: EmbedView; setUrl: string }> = ({
  brief,
  theme,
  view,
  setUrl,
}) => {
  const ranked = [...brief.hypotheses].sort((a, b) => b.probability - a.probability);
  const label = new Map(brief.hypotheses.map((h) => [h.id, h.label]));
  return (
    <EmbedLayout title={`${brief.set.title} — scenario-briefs`} theme={theme}>
      <article class="card" data-scenario={`set:${brief.set.id}`}>
        <h1>{brief.set.title}</h1>
        <p>{brief.bottomLine.judgment}</p>
        <p>{brief.bottomLine.confidence}</p>
        <ul class="hypothesis-bars">
          {ranked.map((h) => (
            <li>
              <span class="bar-label">
                {h.label}: {pct(h.probability)} <span class="meta">({h.term})</span>
              </span>
              {/* An SVG bar: the CSP allows no inline style, and a rect's width is an attribute. */}
              <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                <rect class="track" width="100" height="6" />
                <rect class="fill" width={String(Math.round(h.probability * 100))} height="6" />
              </svg>
            </li>
          ))}
        </ul>
        {view === 'full' && brief.matrix.rows.length > 0 ? (
          <section class="matrix-wrap" aria-labelledby="embed-matrix-caption" tabindex={0}>
            <table class="matrix">
              <caption id="embed-matrix-caption">
                The evidence against each hypothesis: ++ very consistent, + consistent, 0 neutral, − inconsistent, −−
                very inconsistent.
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="corner">
                    Evidence
                  </th>
                  {brief.hypotheses.map((h) => (
                    <th scope="col">{h.label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {brief.matrix.rows.map((row) => (
                  <tr class={row.diagnostic ? undefined : 'non-diagnostic'}>
                    <th scope="row">{row.evidence[0] ?? row.id}</th>
                    {row.cells.map((cell) => (
                      <td class={`ach r-${cell.rating}`}>
                        <span aria-hidden="true" class="sign">
                          {RATING_TEXT[cell.rating].sign}
                        </span>{' '}
                        <abbr title={RATING_TEXT[cell.rating].words}>{cell.rating}</abbr>
                        <span class="visually-hidden">, {RATING_TEXT[cell.rating].words}</span>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
        {view === 'full' && brief.sensitivity.some((s) => s.leaderChanges) ? (
          <p class="meta">
            The lead would change if any of these were wrong:{' '}
            {[...new Set(brief.sensitivity.filter((s) => s.leaderChanges).map((s) => s.rowId))]
              .map((id) => brief.matrix.rows.find((r) => r.id === id)?.evidence[0] ?? id)
              .join('; ')}
            .
          </p>
        ) : null}
        <p class="meta">
          As of {brief.asOf}.{' '}
          {brief.status.status === 'resolved'
            ? `Resolved to ${label.get(brief.leading)}; the numbers are the last open judgment.`
            : `Leading: ${label.get(brief.leading)}.`}{' '}
          <a href={setUrl} target="_blank" rel="noopener">
            The full matrix and its sources
          </a>
        </p>
      </article>
    </EmbedLayout>
  );
};
