// GET /v1/track-record: how the service's calls scored on every question that resolved, what it
// said at the time (the daily record) apart from what today's method says it would have said
// (postdiction), and the calibration of each (scoring/track-record.ts). The record is read from
// the digest store; a series that cannot be read is reported, never filled in.
import { boundedStore } from '../../digest/bounded-store';
import { readRecord } from '../../digest/record-store';
import { logEvent } from '../../lib/log';
import { STORAGE_READ_TIMEOUT_MS } from '../../lib/timeout';
import { trackRecord } from '../../scoring/track-record';
import { serveCached } from '../cache/edge-cache';
import { today } from '../clock';
import { jsonResponse } from '../json-response';
import type { RouteHandlers } from '../mount-routes';
import { Problem } from '../problem';

export const trackRecordHandlers: RouteHandlers<'getTrackRecord'> = {
  getTrackRecord: (c, route) => {
    const catalog = c.get('catalog');
    // As known today: resolutions, and the record up to the last cron run; the day is in the key.
    const day = today();
    return serveCached(c, route, { path: route.path, params: [['day', day]] }, async () => {
      const kv = boundedStore(c.env.DIGESTS, { readMs: STORAGE_READ_TIMEOUT_MS, writeMs: STORAGE_READ_TIMEOUT_MS });
      let read: Awaited<ReturnType<typeof readRecord>>;
      try {
        read = await readRecord(kv, [...catalog.scenarios.keys()]);
      } catch (error) {
        logEvent('record-unavailable', { error: String(error) });
        throw new Problem('unavailable', 'The record of past calls could not be read. Retry later.', {
          retryAfter: 30,
        });
      }
      for (const bad of read.corrupt) logEvent('record-corrupt', bad);
      return jsonResponse(c, {
        ...trackRecord(catalog, read.calls, day),
        unreadable: read.corrupt,
        links: { docs: '/docs#track-record', digest: '/v1/digest' },
      });
    });
  },
};
