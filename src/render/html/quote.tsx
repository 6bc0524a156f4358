// A citation as a reader cites one: publisher, date, how the fact was obtained, and the quoted
// sentence, linking the fact and the source's full text. Shared by brief and set pages.
import type { FC } from 'hono/jsx';
import type { BriefCitation } from '../../brief/evidence';
import type { SourceDescription } from '../../brief/sourcing';
import { When } from './when';

/** One citation as a quote with its source described, linking the fact and the source text. */
export const Quote: FC<{ citation: BriefCitation; sources: readonly SourceDescription[] }> = ({
  citation,
  sources,
}) => {
  const source = sources.find((s) => s.id === citation.sourceId);
  return (
    <blockquote cite={source?.url ?? `/v1/sources/${citation.sourceId}`}>
      <p>{citation.quote}</p>
      <footer>
        <cite>{source ? `${source.publisher}, “${source.title}”` : citation.publisher}</cite>,{' '}
        <When date={citation.published} />; {citation.obtained}.
        {citation.readingNote ? <span class="meta"> Reading: {citation.readingNote}</span> : null}{' '}
        <span class="meta">
          (<a href={`/v1/facts/${citation.factId}`}>fact {citation.factId}</a>,{' '}
          <a href={`/v1/sources/${citation.sourceId}`}>full text</a>)
        </span>
      </footer>
    </blockquote>
  );
};
