// An observation moves the next digest: the scenarios it moved, with the indicators that flipped.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/digest/digest-schema';
import { AGREED, postObservation } from '../observation-fixtures';
import { fireCron } from './fire-cron';

describe('the digest after an observation', () => {
  it('reports the scenarios it moved and the indicators that flipped, and nothing for the rest', async () => {
    await fireCron('2026-11-20T06:00:00Z');
    const res = await postObservation(AGREED);
    expect(res.status).toBe(201);
    await fireCron('2026-11-21T06:00:00Z');
    const digest = (await (await SELF.fetch('http://briefs.test/v1/digest')).json()) as Digest;
    expect(digest).toMatchObject({ date: '2026-11-21', previousDate: '2026-11-20' });
    // The agreement, dated 20 October 2021, flips an indicator of the programme question. That
    // question closed at its horizon (July 2022), where no time was left for adoption, so its last
    // judgment does not move; the flip is still news.
    const program = digest.entries.find((e) => e.scenarioId === 'target-program-stalls');
    expect(program).toMatchObject({ changed: true, trend: 'unchanged', status: 'yes' });
    expect(program?.flipped.map((f) => [f.indicatorId, f.before, f.after])).toContainEqual([
      'collective-response-agreed',
      'not-met',
      'met',
    ]);
    // It settles the non-response question no, on its date: the digest says so first.
    const csto = digest.entries.find((e) => e.scenarioId === 'csto-non-response');
    expect(csto).toMatchObject({ changed: true, status: 'no', resolvedOn: '2021-10-20' });
    expect(csto?.summary).toMatch(
      /^Resolved no on 20 October 2021, when “The CSTO decides on a collective response to Tajikistan's request, or adopts the Target Interstate Program” held\. The last judgment before it closed, as of 19 October 2021, was /,
    );
    const untouched = digest.entries.find((e) => e.scenarioId === 'taliban-cross-border-incursion');
    expect(untouched).toMatchObject({ changed: false, trend: 'unchanged' });
  });
});
