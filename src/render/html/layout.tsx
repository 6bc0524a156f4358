// The page shell of the human pages: landmarks, skip link, site navigation, stylesheet, theme.
import type { Child, FC } from 'hono/jsx';

export type Theme = 'light' | 'dark' | 'auto';

export const STYLESHEET = '/static/site.css';

/** A human page in the shell above; `head` adds to its head. */
export const Layout: FC<{ title: string; description: string; head?: Child; children?: Child }> = ({
  title,
  description,
  head,
  children,
}) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="icon" href="data:," />
      <link rel="stylesheet" href={STYLESHEET} />
      <link
        rel="alternate"
        type="application/atom+xml"
        href="/feeds/digest.atom"
        title="Changes in scenario judgments (Atom)"
      />
      <link
        rel="alternate"
        type="application/feed+json"
        href="/feeds/digest.json"
        title="Changes in scenario judgments (JSON Feed)"
      />
      {head}
    </head>
    <body>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <nav aria-label="Site">
          <ul>
            <li>
              <a class="brand" href="/">
                scenario-briefs
              </a>
            </li>
            <li>
              <a href="/widget">Embed a brief</a>
            </li>
            <li>
              <a href="/docs">API reference</a>
            </li>
            <li>
              <a href="/track-record">Track record</a>
            </li>
            <li>
              <a href="/authoring">Authoring</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer class="site-footer">
        <p>
          Rule-based judgments from the facts of one analysis article, each fact quoted verbatim from its source.
          Weights are analytic judgments with written rationales: read them and disagree where you do.
        </p>
      </footer>
    </body>
  </html>
);

/** The shell of the embed card: no navigation, just the card, with a forced or automatic theme. */
export const EmbedLayout: FC<{ title: string; theme: Theme; children?: Child }> = ({ title, theme, children }) => (
  <html lang="en" data-theme={theme === 'auto' ? undefined : theme}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <link rel="icon" href="data:," />
      <link rel="stylesheet" href={STYLESHEET} />
      <script src="/static/embed-height.js" defer />
    </head>
    <body class="embed">
      <main>{children}</main>
    </body>
  </html>
);
