// The latest pointer an isolate keeps for a few seconds: feed and digest requests inside that
// time read no pointer from KV, a digest run in the isolate replaces it at once, it never moves
// back, and with the setting at 0 every request reads it (what the other tests run with).
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { KEYS } from '../../src/digest/store';
import type { Env } from '../../src/env';
import { createApp } from '../../src/http/app';
import worker from '../../src/index';
import { fireCron } from './fire-cron';

const app = createApp(catalog);

/** The test env with its own pointer setting, and a KV binding that records the keys it reads. */
function settings(seconds: string, reads: string[]): Env {
  const kv = env.DIGESTS;
  const counting = new Proxy(kv, {
    get(target, prop) {
      const value = Reflect.get(target, prop);
      if (prop === 'get') {
        return (key: string, ...rest: unknown[]) => {
          reads.push(key);
          return (value as (...args: unknown[]) => unknown).call(target, key, ...rest);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { ...env, DIGEST_POINTER_TTL_SECONDS: seconds, DIGESTS: counting as KVNamespace };
}

async function get(path: string, settings: Env): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`http://briefs.test${path}`), settings, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const pointerReads = (reads: string[]) => reads.filter((k) => k === KEYS.latest).length;

const latestDate = async (settings: Env) =>
  ((await (await get('/v1/digests', settings)).json()) as { latest: string }).latest;

/** The Cron Trigger with these settings, so the run keeps its pointer as they say. */
async function runCron(isoTime: string, settings: Env): Promise<void> {
  const ctx = createExecutionContext();
  const controller = createScheduledController({ scheduledTime: new Date(isoTime), cron: '0 6 * * *' });
  await worker.scheduled(controller, settings, ctx);
  await waitOnExecutionContext(ctx);
}

describe('the kept digest pointer', () => {
  beforeEach(async () => {
    // Also forgets whatever an earlier test kept: the tests' own setting is 0, which keeps nothing.
    await fireCron('2026-11-27T06:00:00Z');
  });

  it('serves feed and digest requests inside its lifetime without reading the pointer again', async () => {
    const reads: string[] = [];
    const kept = settings('60', reads);
    const first = await get('/feeds/digest.atom', kept);
    expect(first.status).toBe(200);
    const second = await get('/feeds/digest.atom', kept);
    const digest = await get('/v1/digest', kept);
    expect([second.status, digest.status]).toEqual([200, 200]);
    expect(second.headers.get('Last-Modified')).toBe(first.headers.get('Last-Modified'));
    expect(pointerReads(reads)).toBe(1);
  });

  it('reads the pointer on every request with the setting at 0', async () => {
    const reads: string[] = [];
    const every = settings('0', reads);
    await get('/feeds/digest.atom', every);
    await get('/feeds/digest.atom', every);
    expect(pointerReads(reads)).toBe(2);
  });

  it('is replaced at once by a digest run in the same isolate', async () => {
    const reads: string[] = [];
    const kept = settings('60', reads);
    expect(await latestDate(kept)).toBe('2026-11-27');
    await runCron('2026-11-28T06:00:00Z', kept);
    const readsBefore = pointerReads(reads);
    expect(await latestDate(kept)).toBe('2026-11-28');
    expect(pointerReads(reads)).toBe(readsBefore);
  });

  it('never moves back: once expired, a store that still holds an older pointer is read but not served', async () => {
    const older = await env.DIGESTS.get(KEYS.latest);
    const reads: string[] = [];
    const brief = settings('0.05', reads);
    await runCron('2026-11-28T06:00:00Z', brief);
    // A KV location that has not seen the run's write yet.
    await env.DIGESTS.put(KEYS.latest, older as string);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const readsBefore = pointerReads(reads);
    expect(await latestDate(brief)).toBe('2026-11-28');
    expect(pointerReads(reads)).toBe(readsBefore + 1);
  });
});
