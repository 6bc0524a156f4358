// An observation moves the next digest: the scenarios it moved, with the indicators that flipped.
import { createExecutionContext, createScheduledController, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/digest/digest-schema';
import worker from '../../src/index';

async function fireCron(isoTime: string): Promise<void> {
  const controller = createScheduledController({ scheduledTime: new Date(isoTime), cron: '0 6 * * *' });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}

describe('the digest after an observation', () => {
  it('reports the scenarios it moved and the indicators that flipped, and nothing for the rest', async () => {
    await fireCron('2026-11-20T06:00:00Z');
    const res = await SELF.fetch('http://briefs.test/v1/observations', {
      method: 'POST',
      headers: { Authorization: 'Bearer test-admin-token-0123456789', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        factId: 'csto.response_to_request',
        value: 'agreed',
        date: '2021-10-20',
        source: {
          title: 'CSTO agrees to reinforce the Tajik-Afghan border',
          publisher: 'A news agency',
          url: 'https://news.example/csto-agrees',
          published: '2021-10-20',
          quote: 'CSTO members agreed on October 20 to send assistance to secure the Tajik-Afghan border.',
        },
      }),
    });
    expect(res.status).toBe(201);
    await fireCron('2026-11-21T06:00:00Z');
    const digest = (await (await SELF.fetch('http://briefs.test/v1/digest')).json()) as Digest;
    expect(digest).toMatchObject({ date: '2026-11-21', previousDate: '2026-11-20' });
    const csto = digest.entries.find((e) => e.scenarioId === 'csto-non-response');
    expect(csto).toMatchObject({ changed: true, trend: 'down' });
    expect(csto?.flipped.map((f) => [f.indicatorId, f.before, f.after])).toContainEqual([
      'collective-response-agreed',
      'not-met',
      'met',
    ]);
    const untouched = digest.entries.find((e) => e.scenarioId === 'taliban-cross-border-incursion');
    expect(untouched).toMatchObject({ changed: false, trend: 'unchanged' });
  });
});
