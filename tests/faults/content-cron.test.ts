// The Cron Trigger reads the content as requests do (content-asset.ts). If the store fails before
// this isolate has read it, the run fails at its `content` step, logged, and stores nothing; the
// next run reads it and commits the digest. (Each test file starts a fresh isolate with empty
// storage, so nothing here has read the content before.)
import { env } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEYS } from '../../src/digest/store';
import { fireCron } from '../digest/fire-cron';
import { logged } from './logs';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a cron run when the content cannot be read', () => {
  it('fails at the content step, logged, storing nothing; the next run commits', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const read = vi.spyOn(env.ASSETS, 'fetch').mockRejectedValue(new Error('assets store down'));
    await expect(fireCron('2021-08-02T06:00:00Z')).rejects.toThrow(/digest content failed/);
    expect(read).toHaveBeenCalled();
    expect(logged(errors, 'digest-failure')).toEqual([
      expect.objectContaining({ step: 'content', error: expect.stringContaining('assets store down') }),
    ]);
    expect(await env.DIGESTS.get(KEYS.latest)).toBeNull();

    read.mockRestore();
    await fireCron('2021-08-02T06:00:00Z');
    expect(await env.DIGESTS.get(KEYS.latest)).not.toBeNull();
  });
});
