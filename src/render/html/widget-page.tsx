// /widget: how to put a brief on a page, three ways, each shown live: the web component, the
// iframe, and oEmbed for CMSs that unfurl links.
import type { FC } from 'hono/jsx';
import { OEMBED_DEFAULT } from '../oembed';
import { iframeHtml } from './embed-iframe';
import { Layout } from './layout';

/** The /widget page, each way to embed shown live with `scenarioId`'s card from `origin`. */
export const WidgetPage: FC<{ origin: string; scenarioId: string; scenarioIds: readonly string[] }> = ({
  origin,
  scenarioId,
  scenarioIds,
}) => {
  const component = `<script src="${origin}/widget.js" defer></script>\n<scenario-brief scenario="${scenarioId}"></scenario-brief>`;
  const iframe = iframeHtml({
    src: `${origin}/embed/${scenarioId}`,
    width: 480,
    height: 380,
    title: `Scenario brief: ${scenarioId}`,
  });
  const oembed = `${origin}/oembed?url=${encodeURIComponent(`${origin}/briefs/${scenarioId}`)}&format=json`;
  return (
    <Layout
      title="Embed a brief — scenario-briefs"
      description="Put a live scenario brief on your page: a web component, an iframe, or oEmbed."
      head={<script src="/widget.js" defer />}
    >
      <h1>Embed a brief</h1>
      <p>
        Three ways to put a live brief on a page. Each shows the bottom line, the likelihood on the ICD 203 scale, the
        confidence and the weightiest indicators, and links to the full brief with its quotes. Nothing sets cookies; the
        card works without JavaScript.
      </p>

      <h2>1. The web component</h2>
      <p>
        One script and one element. Attributes: <code>scenario</code> (one of {scenarioIds.join(', ')}),{' '}
        <code>as-of</code> (YYYY-MM-DD), <code>theme</code> (<code>light</code>, <code>dark</code> or <code>auto</code>
        ), <code>view</code> (<code>compact</code> or <code>full</code>). Style it with the CSS custom properties{' '}
        <code>--scenario-brief-max-width</code>, <code>--scenario-brief-border</code>,{' '}
        <code>--scenario-brief-radius</code>, <code>--scenario-brief-background</code>,{' '}
        <code>--scenario-brief-margin</code>, <code>--scenario-brief-font</code>, <code>--scenario-brief-color</code>{' '}
        and <code>--scenario-brief-link</code>. It reserves its height before loading, resizes to the card, and shows a
        plain link if the service cannot be reached.
      </p>
      <pre>
        <code>{component}</code>
      </pre>
      <scenario-brief scenario={scenarioId} />

      <h2>2. The iframe</h2>
      <p>
        <code>/embed/&lt;id&gt;</code> takes <code>asOf</code>, <code>theme</code> and <code>view</code>. It reports its
        height to the parent page with{' '}
        <code>
          postMessage({'{'} type: 'setHeight', scenario, height {'}'})
        </code>
        ; it is the only page of this site that other sites may frame.
      </p>
      <pre>
        <code>{iframe}</code>
      </pre>
      <iframe
        src={`/embed/${scenarioId}`}
        width={OEMBED_DEFAULT.width}
        height={OEMBED_DEFAULT.height}
        title={`Scenario brief: ${scenarioId}`}
        loading="lazy"
        class="demo-frame"
      />

      <h2>3. oEmbed</h2>
      <p>
        Paste a brief page URL, such as <a href={`/briefs/${scenarioId}`}>{`${origin}/briefs/${scenarioId}`}</a>, into a
        CMS that speaks oEmbed: the page announces its endpoint, which answers with the iframe above. Endpoint:{' '}
        <code>{`${origin}/oembed?url=<brief page URL>&maxwidth=&maxheight=&format=json`}</code>.
      </p>
      <p>
        <a href={oembed}>This brief’s oEmbed response</a>
      </p>
    </Layout>
  );
};

declare module 'hono/jsx' {
  namespace JSX {
    interface IntrinsicElements {
      'scenario-brief': { scenario: string; 'as-of'?: string; theme?: string; view?: string };
    }
  }
}
