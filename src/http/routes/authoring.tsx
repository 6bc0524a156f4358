// The authoring page (GET /authoring) and its forms: sign in and out, register a source, preview
// or record an observation. The forms write through the same code as the API
// (source-registration.ts, observation-recording.ts), so they pass the same checks; what differs
// is the session (authoring-session.ts: a cookie the page cannot read, same-origin forms only,
// a form key per session) and that problems come back as the page, with the form filled again.
import type { Context } from 'hono';
import { buildBrief } from '../../brief/brief';
import type { Catalog } from '../../catalog/catalog';
import { readAssumedValue } from '../../facts/assumed-value';
import { factsBehind } from '../../facts/fact-base';
import type { FactType, FactValue } from '../../facts/fact-record';
import { isObservationSource, type ObservationInput, withObservations } from '../../facts/observation';
import { VALUE_TYPES } from '../../facts/value-types';
import { utcDay } from '../../lib/dates';
import { AuthoringPage, type AuthoringPageProps, type AuthoringPreview } from '../../render/html/authoring-page';
import type { AppBindings } from '../app-bindings';
import {
  currentSession,
  endSession,
  requireFormKey,
  requireSameOrigin,
  requireSession,
  type Session,
  secureEnough,
  sessionCookie,
  startSession,
} from '../authoring-session';
import { freshCatalog } from '../fresh-catalog';
import { CSP } from '../html-response';
import { formBody, MAX_FORM_BODY_BYTES } from '../json-body';
import type { RouteHandlers } from '../mount-routes';
import { recordObservation } from '../observation-recording';
import { checkObservationRequest } from '../observation-request';
import { Problem } from '../problem';
import { readQuery } from '../query';
import { requestUrl } from '../request-url';
import { registerSource } from '../source-registration';

type Ctx = Context<AppBindings>;

/** A sign-in form holds a token, an observation form a quote and a few fields. */
const SIGN_IN_BYTES = 4 * 1024;
const OBSERVATION_FORM_BYTES = 64 * 1024;

function page(c: Ctx, props: AuthoringPageProps, status: 200 | 400 | 401 | 409 = 200): Response {
  const html = `<!DOCTYPE html>${(<AuthoringPage {...props} />).toString()}`;
  return c.html(html, status, { 'Content-Security-Policy': CSP.authoring, 'Cache-Control': 'no-store' });
}

/** What the signed-in page lists: the registered sources (the article first) and every fact. */
function workspace(catalog: Catalog, session: Session, sourceId?: string): AuthoringPageProps {
  const sources = [...catalog.facts.sources.values()]
    .filter((s) => !isObservationSource(s.meta.id))
    .map((s) => ({ id: s.meta.id, title: s.meta.title, publisher: s.meta.publisher }));
  const chosen = sourceId ? catalog.facts.sources.get(sourceId) : undefined;
  const facts = [...catalog.facts.types]
    .filter(([, type]) => !type.derived)
    .map(([id]) => ({ id, statement: catalog.facts.definitions.get(id)?.statement ?? id }));
  return {
    analyst: session.writer.name,
    formKey: session.formKey,
    sources,
    facts,
    ...(chosen && !isObservationSource(chosen.meta.id)
      ? { selected: { id: chosen.meta.id, title: chosen.meta.title, text: chosen.text } }
      : {}),
  };
}

/** The problems a form's write can meet, shown on the page; any other problem is answered as one. */
function shown(error: unknown): Problem {
  if (error instanceof Problem && ['invalid-body', 'conflict'].includes(error.kind)) return error;
  throw error;
}

const split = (text: string | null) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The form's fields, as the observation form shows them again. */
function formValues(form: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (key !== 'formKey' && key !== 'intent') values[key] = value;
  return values;
}

/**
 * The observation a form describes, as the API takes it: the value read by the fact's type (or
 * the new definition's), and the citation of the chosen source.
 */
function observationBody(form: URLSearchParams, catalog: Catalog): Record<string, unknown> {
  const factId = form.get('factId')?.trim() ?? '';
  const definedType = form.get('definition.type') ?? '';
  const known = catalog.facts.types.get(factId);
  const unit = form.get('definition.unit')?.trim() || null;
  // A new fact's value is read by the type it is given; the definition's own check says if that is not a type.
  const typed = (VALUE_TYPES as readonly string[]).includes(definedType);
  const type: FactType | undefined =
    known ??
    (typed ? { type: definedType as FactType['type'], unit: unit as FactType['unit'], derived: false } : undefined);
  const raw = form.get('value')?.trim() ?? '';
  // "unknown" is a what-if's word for no value; an observation records a value, so it is refused.
  let value: FactValue | string | undefined = raw === 'unknown' ? undefined : raw;
  if (type && value !== undefined) {
    const read = readAssumedValue(type, raw);
    if (read.ok && read.value !== null) value = read.value;
  }
  const note = form.get('note')?.trim();
  const certainty = form.get('certainty') || undefined;
  const qualifier = form.get('qualifier') || undefined;
  return {
    factId,
    value,
    ...(certainty ? { certainty } : {}),
    ...(qualifier ? { qualifier } : {}),
    date: form.get('date')?.trim() ?? '',
    citation: { sourceId: form.get('sourceId') ?? '', quote: form.get('quote') ?? '' },
    ...(note ? { note } : {}),
    ...(definedType
      ? {
          definition: {
            statement: form.get('definition.statement')?.trim() ?? '',
            type: definedType,
            ...(unit ? { unit } : {}),
            actors: split(form.get('definition.actors')),
            tags: split(form.get('definition.tags')),
          },
        }
      : {}),
  };
}

/** Which indicators read the observed fact, and how each brief reading it would move, as of `day`. */
function previewOf(catalog: Catalog, input: ObservationInput, day: string): AuthoringPreview {
  const virtual = {
    ...input,
    id: 'preview',
    createdAt: new Date().toISOString(),
    retractedAt: null,
    retractedBy: null,
  };
  const facts = withObservations(catalog.facts, [virtual]);
  // A fact is read directly, or through a derived fact that takes it as an input.
  const reads = (ids: readonly string[]) => factsBehind(catalog.facts, ids).has(input.factId);
  const readers = [...catalog.scenarios.values()]
    .filter((s) => reads(s.factIds) || reads(s.resolutionFactIds))
    .map((s) => {
      const before = catalog.on(day).brief(s.definition.id);
      const after = buildBrief(s, facts, catalog.version, { asOf: day });
      const indicators = s.indicators.filter((i) => reads(i.compiled.factIds)).map((i) => i.label);
      return {
        scenarioId: s.definition.id,
        title: s.definition.title,
        indicators: reads(s.resolutionFactIds) ? [...indicators, 'the criteria that resolve the question'] : indicators,
        before: { probability: before?.likelihood.probability ?? 0, term: before?.likelihood.term ?? '' },
        after: { probability: after.likelihood.probability, term: after.likelihood.term },
      };
    });
  return { factId: input.factId, readers, asOf: day };
}

const toPage = (c: Ctx, location: string, cookie?: string) =>
  c.body(null, 303, { Location: location, 'Cache-Control': 'no-store', ...(cookie ? { 'Set-Cookie': cookie } : {}) });

export const authoringHandlers: RouteHandlers<
  'getAuthoringPage' | 'startAuthoringSession' | 'endAuthoringSession' | 'authorSource' | 'authorObservation'
> = {
  getAuthoringPage: async (c, route) => {
    const { values } = readQuery(route, requestUrl(c).searchParams);
    if (!secureEnough(c)) {
      const notice = {
        kind: 'problem' as const,
        title: 'Open this page over HTTPS to sign in.',
        detail: 'A token sent over plain HTTP can be read on the way, so the page takes none.',
      };
      return page(c, { sources: [], facts: [], notice });
    }
    const session = await currentSession(c);
    if (!session) return page(c, { sources: [], facts: [] });
    let catalog = c.get('catalog');
    // A source registered a moment ago through another isolate: read again before saying it is not there.
    if (values.source && !catalog.facts.sources.has(values.source)) catalog = await freshCatalog(c);
    const props = workspace(catalog, session, values.source);
    const recorded = values.recorded;
    return page(c, {
      ...props,
      ...(values.source && !props.selected
        ? { notice: { kind: 'problem', title: `No registered source has the id “${values.source}”.` } }
        : {}),
      ...(recorded
        ? {
            notice: {
              kind: 'done',
              title: 'Observation recorded.',
              link: { href: `/v1/observations/${recorded}`, text: 'See it in the audit trail' },
            },
          }
        : {}),
    });
  },

  startAuthoringSession: async (c) => {
    requireSameOrigin(c);
    if (!secureEnough(c)) {
      throw new Problem('forbidden', 'Sign in over HTTPS: a token sent over plain HTTP can be read on the way.');
    }
    const token = (await formBody(c, SIGN_IN_BYTES)).get('token')?.trim() ?? '';
    const cookie = /^[\x21-\x7e]{1,512}$/.test(token) ? await startSession(c, token) : undefined;
    if (!cookie) {
      const notice = { kind: 'problem' as const, title: 'That token names no analyst, or it was revoked.' };
      return page(c, { sources: [], facts: [], notice }, 401);
    }
    return toPage(c, '/authoring', cookie);
  },

  endAuthoringSession: async (c) => {
    requireSameOrigin(c);
    await endSession(c);
    return toPage(c, '/authoring', sessionCookie(undefined));
  },

  authorSource: async (c) => {
    // Another site's form, or one without a session, is refused before its body is read.
    const session = await requireSession(c);
    const form = await formBody(c, MAX_FORM_BODY_BYTES);
    requireFormKey(session, form);
    const authors = split(form.get('authors'));
    const body = {
      id: form.get('id')?.trim() ?? '',
      title: form.get('title') ?? '',
      publisher: form.get('publisher') ?? '',
      ...(authors.length > 0 ? { authors } : {}),
      genre: form.get('genre') ?? '',
      published: form.get('published')?.trim() ?? '',
      url: form.get('url')?.trim() ?? '',
      reliability: { grade: form.get('grade') ?? '', rationale: form.get('rationale') ?? '' },
      text: form.get('text') ?? '',
    };
    try {
      const registered = await registerSource(c, body, session.writer);
      return toPage(c, `/authoring?source=${encodeURIComponent(registered.id)}`);
    } catch (error) {
      const problem = shown(error);
      const notice = {
        kind: 'problem' as const,
        title: 'The source was not registered.',
        detail: problem.detail,
        ...(problem.issues ? { issues: problem.issues } : {}),
      };
      const sourceValues = formValues(form);
      return page(
        c,
        { ...workspace(c.get('catalog'), session), notice, sourceValues },
        problem.kind === 'conflict' ? 409 : 400,
      );
    }
  },

  authorObservation: async (c) => {
    const session = await requireSession(c);
    const form = await formBody(c, OBSERVATION_FORM_BYTES);
    requireFormKey(session, form);
    const catalog = await freshCatalog(c);
    const body = observationBody(form, catalog);
    const values = formValues(form);
    const sourceId = form.get('sourceId') ?? undefined;
    const here = { ...workspace(catalog, session, sourceId), values };
    const failed = (problem: Problem) =>
      page(
        c,
        {
          ...here,
          notice: {
            kind: 'problem',
            title: 'The observation was not recorded.',
            detail: problem.detail,
            ...(problem.issues ? { issues: problem.issues } : {}),
          },
        },
        problem.kind === 'conflict' ? 409 : 400,
      );
    if (form.get('intent') !== 'record') {
      const checked = checkObservationRequest(body, catalog.facts, session.writer, utcDay(new Date()));
      if (!checked.ok) {
        return failed(
          new Problem(
            'invalid-body',
            `${checked.issues.length} field(s) to correct.`,
            checked.issues.length ? { issues: checked.issues } : {},
          ),
        );
      }
      return page(c, { ...here, preview: previewOf(catalog, checked.input, utcDay(new Date())) });
    }
    try {
      const observation = await recordObservation(c, body, session.writer);
      return toPage(
        c,
        `/authoring?source=${encodeURIComponent(sourceId ?? '')}&recorded=${encodeURIComponent(observation.id)}`,
      );
    } catch (error) {
      return failed(shown(error));
    }
  },
};
