// The shapes of the JSON the routes answer with, by the name the route table gives each response
// (like OpenAPI's components). Documentation only: the OpenAPI document, the /docs page and the
// tests read them; the worker never validates its own output, so none of this is in its bundle.
import type * as v from 'valibot';
import { BriefSchema } from '../../brief/brief-schema';
import { DigestListSchema, DigestSchema } from '../../digest/digest-schema';
import { JsonFeedSchema } from '../../render/feeds/json-feed';
import { OEmbedSchema } from '../../render/oembed';
import {
  FactListSchema,
  FactResourceSchema,
  HistorySchema,
  HomeSchema,
  ObservationImportSchema,
  ObservationListSchema,
  ObservationResourceSchema,
  ScenarioDraftSchema,
  ScenarioListSchema,
  ScenarioResourceSchema,
  ScenarioVersionListSchema,
  ScenarioVersionSchema,
  SourceListSchema,
  SourceResourceSchema,
  TrackRecordSchema,
} from '../../render/resource-schemas';
import {
  SetBriefSchema,
  SetDraftSchema,
  SetListSchema,
  SetVersionDocumentSchema,
  SetVersionListSchema,
  SetVersionSchema,
} from '../../sets/set-brief-schema';
import { ProblemTypeDocSchema } from '../problem';
import type { RouteContract } from './routes';

export const RESPONSE_SCHEMAS: Readonly<Record<string, v.GenericSchema>> = {
  Brief: BriefSchema,
  Digest: DigestSchema,
  DigestList: DigestListSchema,
  Fact: FactResourceSchema,
  FactList: FactListSchema,
  History: HistorySchema,
  Home: HomeSchema,
  JsonFeed: JsonFeedSchema,
  OEmbed: OEmbedSchema,
  Observation: ObservationResourceSchema,
  ObservationImport: ObservationImportSchema,
  ObservationList: ObservationListSchema,
  ProblemTypeDoc: ProblemTypeDocSchema,
  Scenario: ScenarioResourceSchema,
  SetBrief: SetBriefSchema,
  SetDraft: SetDraftSchema,
  SetVersion: SetVersionSchema,
  SetVersionDocument: SetVersionDocumentSchema,
  SetVersionList: SetVersionListSchema,
  SetList: SetListSchema,
  ScenarioDraft: ScenarioDraftSchema,
  ScenarioVersion: ScenarioVersionSchema,
  ScenarioVersionList: ScenarioVersionListSchema,
  ScenarioList: ScenarioListSchema,
  Source: SourceResourceSchema,
  SourceList: SourceListSchema,
  TrackRecord: TrackRecordSchema,
};

/** The schema of a route's JSON response, if it has one (pages, feeds in XML and scripts do not). */
export function responseSchema(route: Pick<RouteContract, 'response'>): v.GenericSchema | undefined {
  return Object.hasOwn(RESPONSE_SCHEMAS, route.response.name) ? RESPONSE_SCHEMAS[route.response.name] : undefined;
}
