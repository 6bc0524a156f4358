// The authoring page: for analysts who are not developers. Server-rendered forms that work without
// JavaScript: sign in with one's token, register a source by pasting its text, record an
// observation by choosing a source and selecting the quote in its text (a small script copies the
// selection into the quote field; without it the quote is pasted), see which indicators would
// read the fact and how the briefs would move, then record it. The service finds the quote's
// offsets. Every form carries the session's form key (http/authoring-session.ts), never a token.
import type { FC } from 'hono/jsx';
import { CERTAINTIES, GENRES, QUALIFIERS } from '../../facts/vocabulary';
import { Layout } from './layout';

export const QUOTE_SELECT_SCRIPT = '/static/quote-select.js';

export interface AuthoringIssue {
  parameter: string;
  message: string;
}

/** What the page says after a form: done, or what is wrong, field by field. */
export interface AuthoringNotice {
  kind: 'done' | 'problem';
  title: string;
  detail?: string;
  issues?: readonly AuthoringIssue[];
  link?: { href: string; text: string };
}

/** How a brief would move with the observation. */
export interface PreviewedBrief {
  scenarioId: string;
  title: string;
  indicators: readonly string[];
  before: { probability: number; term: string };
  after: { probability: number; term: string };
}

export interface AuthoringPreview {
  factId: string;
  readers: readonly PreviewedBrief[];
  asOf: string;
}

export interface AuthoringPageProps {
  analyst?: string;
  formKey?: string;
  sources: readonly { id: string; title: string; publisher: string }[];
  selected?: { id: string; title: string; text: string };
  facts: readonly { id: string; statement: string }[];
  notice?: AuthoringNotice;
  preview?: AuthoringPreview;
  /** The observation form's values, to fill it again after a preview or a problem. */
  values?: Readonly<Record<string, string>>;
  /** The source form's values, to fill it again after a problem. */
  sourceValues?: Readonly<Record<string, string>>;
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

const Notice: FC<{ notice: AuthoringNotice }> = ({ notice }) => (
  <section class={`notice ${notice.kind}`} role={notice.kind === 'problem' ? 'alert' : 'status'} aria-live="polite">
    <h2>{notice.title}</h2>
    {notice.detail ? <p>{notice.detail}</p> : null}
    {notice.issues && notice.issues.length > 0 ? (
      <ul>
        {notice.issues.map((i) => (
          <li>
            <code>{i.parameter || '(the form)'}</code>: {i.message}
          </li>
        ))}
      </ul>
    ) : null}
    {notice.link ? (
      <p>
        <a href={notice.link.href}>{notice.link.text}</a>
      </p>
    ) : null}
  </section>
);

const SignIn: FC = () => (
  <section aria-labelledby="sign-in-h">
    <h2 id="sign-in-h">Sign in</h2>
    <p>
      Paste the token you were given (<code>npm run analyst -- add &lt;name&gt;</code>). Signing in opens a session of
      at most eight hours, which signing out ends; the cookie holds the session’s random id, never your token.
    </p>
    <form method="post" action="/authoring/session" class="authoring">
      <label for="token">Your token</label>
      <input id="token" name="token" type="password" autocomplete="off" required />
      <button type="submit">Sign in</button>
    </form>
  </section>
);

const Field: FC<{
  id: string;
  label: string;
  hint?: string;
  value?: string;
  required?: boolean;
  type?: string;
  list?: string;
}> = ({ id, label, hint, value, required, type, list }) => (
  <>
    <label for={id}>{label}</label>
    {hint ? (
      <span class="hint" id={`${id}-hint`}>
        {hint}
      </span>
    ) : null}
    <input
      id={id}
      name={id}
      type={type ?? 'text'}
      value={value ?? ''}
      required={required ?? false}
      aria-describedby={hint ? `${id}-hint` : undefined}
      list={list}
    />
  </>
);

const SourceForm: FC<{ formKey: string; values: Readonly<Record<string, string>> }> = ({ formKey, values }) => (
  <section aria-labelledby="source-h">
    <h2 id="source-h">Register a source</h2>
    <p>Paste the whole text: observations quote it, and the service checks every quote against it.</p>
    <form method="post" action="/authoring/sources" class="authoring">
      <input type="hidden" name="formKey" value={formKey} />
      <Field
        id="id"
        value={values.id}
        label="Id"
        hint="lower-case words joined by hyphens, e.g. agency-2021-10-20-csto-agrees"
        required
      />
      <Field id="title" value={values.title} label="Title" required />
      <Field id="publisher" value={values.publisher} label="Publisher" required />
      <Field
        id="authors"
        value={values.authors}
        label="Authors"
        hint="comma-separated; leave empty if the source names none"
      />
      <label for="genre">Genre</label>
      <select id="genre" name="genre">
        {GENRES.map((g) => (
          <option value={g} selected={values.genre === g}>
            {g}
          </option>
        ))}
      </select>
      <Field
        id="published"
        value={values.published}
        label="Published"
        hint="YYYY-MM-DD, or YYYY-MM, or YYYY: over by today"
        required
      />
      <Field id="url" value={values.url} label="Address" type="url" required />
      <label for="grade">Reliability grade</label>
      <select id="grade" name="grade">
        {['A', 'B', 'C', 'D', 'E', 'F'].map((g) => (
          <option value={g} selected={values.grade === g}>
            {g}
          </option>
        ))}
      </select>
      <Field id="rationale" value={values.rationale} label="Why that grade" required />
      <label for="text">Text</label>
      <textarea id="text" name="text" rows={12} required>
        {values.text ?? ''}
      </textarea>
      <button type="submit">Register the source</button>
    </form>
  </section>
);

const ObservationForm: FC<{
  formKey: string;
  sources: AuthoringPageProps['sources'];
  selected?: AuthoringPageProps['selected'];
  facts: AuthoringPageProps['facts'];
  values: Readonly<Record<string, string>>;
}> = ({ formKey, sources, selected, facts, values }) => (
  <section aria-labelledby="observation-h">
    <h2 id="observation-h">Record an observation</h2>
    <form method="get" action="/authoring" class="authoring">
      <label for="source">Source</label>
      <select id="source" name="source">
        {sources.map((s) => (
          <option value={s.id} selected={s.id === selected?.id}>
            {s.title} ({s.publisher})
          </option>
        ))}
      </select>
      <button type="submit">Show its text</button>
    </form>
    {selected ? (
      <>
        <h3 id="text-h">Text of “{selected.title}”</h3>
        <p class="hint">Select the sentence your observation rests on; it fills the quote below (or paste it there).</p>
        <pre id="source-text" class="source-text" tabindex={0}>
          {selected.text}
        </pre>
        <form method="post" action="/authoring/observations" class="authoring">
          <input type="hidden" name="formKey" value={formKey} />
          <input type="hidden" name="sourceId" value={selected.id} />
          <label for="quote">Quote</label>
          <textarea id="quote" name="quote" rows={3} required>
            {values.quote ?? ''}
          </textarea>
          <Field
            id="factId"
            label="Fact"
            hint="an existing fact's id (the list suggests them), or a new one defined below"
            value={values.factId}
            list="fact-ids"
            required
          />
          <datalist id="fact-ids">
            {facts.map((f) => (
              <option value={f.id}>{f.statement}</option>
            ))}
          </datalist>
          <Field
            id="value"
            label="Value"
            hint="true or false, a number, a status, a date or text"
            value={values.value}
            required
          />
          <label for="qualifier">Bound (numbers)</label>
          <select id="qualifier" name="qualifier">
            {['', ...QUALIFIERS].map((q) => (
              <option value={q} selected={(values.qualifier ?? '') === q}>
                {q || '(exact, or not a number)'}
              </option>
            ))}
          </select>
          <label for="certainty">How the source gives it</label>
          <select id="certainty" name="certainty">
            {['', ...CERTAINTIES].map((c) => (
              <option value={c} selected={(values.certainty ?? '') === c}>
                {c || '(reported: the source attributes it)'}
              </option>
            ))}
          </select>
          <Field id="date" label="Date of the event" hint="YYYY-MM-DD, YYYY-MM or YYYY" value={values.date} required />
          <Field id="note" label="Note" value={values.note} />
          <fieldset>
            <legend>A new fact (only if no fact above fits)</legend>
            <Field id="definition.statement" label="Statement" value={values['definition.statement']} />
            <label for="definition.type">Type</label>
            <select id="definition.type" name="definition.type">
              {['', 'boolean', 'number', 'status', 'date', 'text'].map((t) => (
                <option value={t} selected={values['definition.type'] === t}>
                  {t || '(not a new fact)'}
                </option>
              ))}
            </select>
            <Field id="definition.unit" label="Unit (numbers)" value={values['definition.unit']} />
            <Field
              id="definition.actors"
              label="Actors"
              hint="comma-separated ids"
              value={values['definition.actors']}
            />
            <Field id="definition.tags" label="Tags" hint="comma-separated ids" value={values['definition.tags']} />
          </fieldset>
          <button type="submit" name="intent" value="preview">
            Preview: which indicators read it, and how the briefs move
          </button>{' '}
          <button type="submit" name="intent" value="record">
            Record it
          </button>
        </form>
      </>
    ) : null}
  </section>
);

const Preview: FC<{ preview: AuthoringPreview }> = ({ preview }) => (
  <section aria-labelledby="preview-h" class="notice done">
    <h2 id="preview-h">Preview (nothing is recorded yet)</h2>
    {preview.readers.length === 0 ? (
      <p>
        No indicator reads <code>{preview.factId}</code> yet: no brief would move. A new scenario version can read it.
      </p>
    ) : (
      <ul>
        {preview.readers.map((r) => (
          <li>
            <a href={`/briefs/${r.scenarioId}`}>{r.title}</a>, as of {preview.asOf}: {r.before.term} (
            {pct(r.before.probability)}) would become {r.after.term} ({pct(r.after.probability)}). Read by:{' '}
            {r.indicators.join('; ')}.
          </li>
        ))}
      </ul>
    )}
  </section>
);

/** The authoring page: the sign-in form, or, signed in, the preview, the observation form and the source form. */
export const AuthoringPage: FC<AuthoringPageProps> = (props) => (
  <Layout
    title="Authoring: scenario-briefs"
    description="Register sources and record observations, with every quote checked against its source."
    head={props.analyst ? <script src={QUOTE_SELECT_SCRIPT} defer /> : undefined}
  >
    <h1>Authoring</h1>
    {props.notice ? <Notice notice={props.notice} /> : null}
    {props.analyst && props.formKey ? (
      <>
        <form method="post" action="/authoring/session/end" class="authoring inline">
          <p>
            Signed in as <strong>{props.analyst}</strong>. <input type="hidden" name="formKey" value={props.formKey} />
            <button type="submit">Sign out</button>
          </p>
        </form>
        {props.preview ? <Preview preview={props.preview} /> : null}
        <ObservationForm
          formKey={props.formKey}
          sources={props.sources}
          selected={props.selected}
          facts={props.facts}
          values={props.values ?? {}}
        />
        <SourceForm formKey={props.formKey} values={props.sourceValues ?? {}} />
      </>
    ) : (
      <SignIn />
    )}
  </Layout>
);
