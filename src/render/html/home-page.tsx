// The home page: every scenario with its current band, linking to its brief.
import type { FC } from 'hono/jsx';
import { outcomePhrase } from '../../brief/outcome-phrase';
import type { ScenarioSummary } from '../resource-schemas';
import { Layout } from './layout';

/** The home page: every scenario as of `asOf`, each linking to its brief. */
export const HomePage: FC<{ scenarios: readonly ScenarioSummary[]; asOf: string; sourceTitle: string }> = ({
  scenarios,
  asOf,
  sourceTitle,
}) => (
  <Layout
    title="scenario-briefs"
    description="Rule-based scenario briefs on the Afghan-Tajik border in July 2021, every statement quoted from its source."
  >
    <h1>Scenario briefs</h1>
    <p>
      Judgments on {scenarios.length} scenarios, computed by explicit rules from the facts of “{sourceTitle}”. Each
      brief states its judgment on the ICD 203 likelihood scale. It says apart from that how much confidence the
      judgment deserves and why, which indicators are met and why, and what to watch for; it quotes the sentence behind
      every fact. As known on <time datetime={asOf}>{asOf}</time>.
    </p>
    <ul class="scenarios">
      {scenarios.map((s) => (
        <li>
          <h2>
            <a href={`/briefs/${s.id}`}>{s.title}</a>
          </h2>
          <p>{s.question}</p>
          {s.status === 'open' ? (
            <>
              <p>
                <span class="band-pill">
                  {s.term} ({Math.round(s.probability * 100)}%)
                </span>
                .
              </p>
              <p class="meta">Confidence: {s.confidence}.</p>
            </>
          ) : (
            <p>
              <span class="band-pill">{outcomePhrase(s.status, s.resolvedOn, s.basis)}</span>.
            </p>
          )}
        </li>
      ))}
    </ul>
    <p>
      For machines: <a href="/docs">the API reference</a> and <a href="/openapi.json">its OpenAPI document</a>. To put a
      brief on your page, see <a href="/widget">Embed a brief</a>.
    </p>
  </Layout>
);
