// The point-in-time record: what the service said about each open question, day by day, as the
// daily cron found it. Key layout (next to the digest's, store.ts; values JSON):
//
//   record/v1/calls/<scenarioId>   { scenarioId, calls: RecordedCall[] } in date order: one call a
//                                  day while the question is open (probability, band,
//                                  confidence, and the rules, facts and scenario versions).
//
// Append-only: a run adds the day's call after the last one, and never changes or removes one,
// so later facts, back-dated observations and new scenario versions never rewrite what was said.
// A run for a day on or before the last recorded one adds nothing (the record only moves forward).
// A series that does not parse is reported and left as it is, never overwritten or filled.
import * as v from 'valibot';
import type { Catalog } from '../catalog/catalog';
import type { RecordedCall } from '../scoring/track-record';

export const RECORD_KEYS = { calls: (scenarioId: string) => `record/v1/calls/${scenarioId}` } as const;

const RecordedCallSchema = v.object({
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  probability: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  band: v.string(),
  confidence: v.string(),
  versions: v.object({
    rules: v.string(),
    facts: v.string(),
    scenario: v.object({ number: v.number(), hash: v.string() }),
  }),
});

const SeriesSchema = v.object({ scenarioId: v.string(), calls: v.array(RecordedCallSchema) });

export type SeriesRead =
  | { state: 'ok'; calls: RecordedCall[] }
  | { state: 'missing' }
  | { state: 'corrupt'; reason: string };

/** A scenario's recorded calls, or why there are none: missing, or corrupt (unparsable or out of date order). */
export async function readSeries(kv: KVNamespace, scenarioId: string): Promise<SeriesRead> {
  const text = await kv.get(RECORD_KEYS.calls(scenarioId));
  if (text === null) return { state: 'missing' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { state: 'corrupt', reason: `not JSON: ${String(error).slice(0, 120)}` };
  }
  const parsed = v.safeParse(SeriesSchema, data);
  if (!parsed.success) return { state: 'corrupt', reason: parsed.issues[0]?.message ?? 'invalid' };
  const dates = parsed.output.calls.map((c) => c.date);
  if (dates.some((d, i) => i > 0 && d <= (dates[i - 1] as string))) {
    return { state: 'corrupt', reason: 'calls out of date order' };
  }
  return { state: 'ok', calls: parsed.output.calls };
}

/** What a run recorded: the scenarios given a call, and those whose series could not be read. */
export interface RecordRun {
  recorded: string[];
  corrupt: { scenarioId: string; reason: string }[];
}

/** Records, for each question open on `date`, what its brief said that day. */
export async function recordDay(kv: KVNamespace, catalog: Catalog, date: string): Promise<RecordRun> {
  const run: RecordRun = { recorded: [], corrupt: [] };
  for (const scenario of catalog.scenarios.values()) {
    const id = scenario.definition.id;
    const brief = catalog.on(date).brief(id);
    if (brief?.resolution.status !== 'open') continue;
    const read = await readSeries(kv, id);
    if (read.state === 'corrupt') {
      run.corrupt.push({ scenarioId: id, reason: read.reason });
      continue;
    }
    const calls = read.state === 'ok' ? read.calls : [];
    const last = calls.at(-1);
    if (last && last.date >= date) continue;
    const call: RecordedCall = {
      date,
      probability: brief.likelihood.probability,
      band: brief.likelihood.band,
      confidence: brief.confidence.level,
      versions: { rules: brief.version.rules, facts: brief.version.facts, scenario: brief.scenario.version },
    };
    await kv.put(RECORD_KEYS.calls(id), JSON.stringify({ scenarioId: id, calls: [...calls, call] }));
    run.recorded.push(id);
  }
  return run;
}

/** Every scenario's recorded calls, and the series that could not be read (reported, not filled). */
export async function readRecord(
  kv: KVNamespace,
  scenarioIds: readonly string[],
): Promise<{ calls: Map<string, RecordedCall[]>; corrupt: { scenarioId: string; reason: string }[] }> {
  const calls = new Map<string, RecordedCall[]>();
  const corrupt: { scenarioId: string; reason: string }[] = [];
  const reads = await Promise.all(scenarioIds.map(async (id) => [id, await readSeries(kv, id)] as const));
  for (const [id, read] of reads) {
    if (read.state === 'ok') calls.set(id, read.calls);
    if (read.state === 'corrupt') corrupt.push({ scenarioId: id, reason: read.reason });
  }
  return { calls, corrupt };
}
