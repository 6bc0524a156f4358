// The human API reference at /docs: rendered from the route contract and the problem types, so
// it says what the OpenAPI document says. Works offline (no CDN): one page, its own stylesheet.
// Rendered at build time (`npm run contract`), served as a static asset.
import type { FC } from 'hono/jsx';
import * as v from 'valibot';
import { BriefSchema } from '../../brief/brief-schema';
import { type ModelExample, ModelSection } from '../../render/model-section';
import { describeCachePolicy } from '../cache/cache-policy';
import { PROBLEM_TYPES, type ProblemType, problemTypeUri } from '../problem';
import type { RouteContract } from './routes';

const DOCS_CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #57606a; --line: #d0d7de; --code: #f3f5f7; --accent: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9da7b3; --line: #30363d; --code: #161b22; --accent: #6cb6ff; } }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
a { color: var(--accent); }
code { background: var(--code); padding: 0 .25em; border-radius: 3px; font-size: .92em; }
section.route { border-top: 1px solid var(--line); padding: 1rem 0; }
h3 code { font-size: 1em; }
.method { font-weight: 700; margin-right: .5em; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .35rem .5rem; }
.muted { color: var(--muted); }
`;

const Route: FC<{ route: RouteContract }> = ({ route }) => (
  <section class="route" id={route.operationId}>
    <h3>
      <span class="method">{(route.method ?? 'get').toUpperCase()}</span>
      <code>{route.path}</code>
    </h3>
    <p>{route.summary}.</p>
    {route.description ? <p class="muted">{route.description}</p> : null}
    {route.parameters.length > 0 ? (
      <table>
        <caption class="muted">Parameters</caption>
        <thead>
          <tr>
            <th scope="col">name</th>
            <th scope="col">in</th>
            <th scope="col">description</th>
          </tr>
        </thead>
        <tbody>
          {route.parameters.map((p) => (
            <tr>
              <td>
                <code>{p.name === 'assume' ? 'assume.<factId>' : p.name}</code>
                {p.required ? ' (required)' : ''}
              </td>
              <td>{p.in}</td>
              <td>{p.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ) : null}
    <p>
      {route.status ?? 200} <code>{route.response.mediaType}</code>: {route.response.description}
      {(route.method ?? 'get') === 'get' ? (
        <>
          {' '}
          Also 304 for a matching <code>If-None-Match</code>
        </>
      ) : null}
      {route.problems.length === 0
        ? (route.method ?? 'get') === 'get'
          ? '.'
          : ''
        : (route.method ?? 'get') === 'get'
          ? ', and problems: '
          : ' Problems: '}
      {route.problems.map((kind, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={`#problem-${kind}`}>{kind}</a>
        </>
      ))}
      {route.problems.length > 0 ? '.' : ''}
    </p>
    <p class="muted">{describeCachePolicy(route.cache)}</p>
  </section>
);

/** A field's description, through an optional wrapper. */
function describe(schema: v.GenericSchema): string {
  const inner = schema.type === 'optional' ? (schema as unknown as { wrapped: v.GenericSchema }).wrapped : schema;
  return v.getDescription(inner as v.SchemaWithPipe<[v.GenericSchema]>) ?? '';
}

/** The brief's top-level fields with what each holds, from the published schema's own descriptions. */
const BriefFields: FC = () => (
  <section id="brief-fields">
    <h2>The brief, field by field</h2>
    <p>
      Every field, from the schema the service validates its briefs against (
      <a href="/v1/schemas/brief.json">/v1/schemas/brief.json</a> has the nested ones).
    </p>
    <table>
      <thead>
        <tr>
          <th scope="col">field</th>
          <th scope="col">what it holds</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(BriefSchema.entries).map(([name, schema]) => (
          <tr>
            <td>
              <code>{name}</code>
              {schema.type === 'optional' ? ' (optional)' : ''}
            </td>
            <td>{describe(schema as v.GenericSchema)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);

/** The whole /docs page: the model with a worked example, the brief's fields, every route, the problem types. */
export const DocsPage: FC<{ routes: readonly RouteContract[]; example: ModelExample | undefined }> = ({
  routes,
  example,
}) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>scenario-briefs API reference</title>
      <link rel="icon" href="data:," />
      <style>{DOCS_CSS}</style>
    </head>
    <body>
      <main>
        <h1>scenario-briefs API reference</h1>
        <p>
          Rule-based scenario briefs computed from typed facts of a news analysis; every statement cites a verbatim
          quote of its source. The machine-readable contract is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1);
          JSON Schemas: <a href="/v1/schemas/brief.json">brief</a>, <a href="/v1/schemas/fact.json">fact</a>,{' '}
          <a href="/v1/schemas/scenario.json">scenario</a>.
        </p>
        <p>
          Every read answers <code>GET</code> and <code>HEAD</code>, any origin (CORS <code>*</code>), and{' '}
          <code>If-None-Match</code> with 304; reads carry a strong <code>ETag</code> and <code>Cache-Status</code> (RFC
          9211). Writes need an analyst’s bearer token and are never cached. Errors are RFC 9457{' '}
          <code>application/problem+json</code>.
        </p>
        <p>
          <a href="#model">How a judgment is made</a>, with a worked example ·{' '}
          <a href="#brief-fields">The brief, field by field</a> · <a href="#routes">Routes</a> ·{' '}
          <a href="#problems">Problem types</a>
        </p>
        <ModelSection example={example} />
        <BriefFields />
        <h2 id="routes">Routes</h2>
        {routes.map((route) => (
          <Route route={route} />
        ))}
        <h2 id="problems">Problem types</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">type</th>
              <th scope="col">status</th>
              <th scope="col">title</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(PROBLEM_TYPES) as ProblemType[]).map((kind) => (
              <tr id={`problem-${kind}`}>
                <td>
                  <a href={problemTypeUri(kind)}>
                    <code>{problemTypeUri(kind)}</code>
                  </a>
                </td>
                <td>{PROBLEM_TYPES[kind].status}</td>
                <td>{PROBLEM_TYPES[kind].title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </body>
  </html>
);
