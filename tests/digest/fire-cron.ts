// Runs the worker's scheduled handler as the Cron Trigger would, and waits for it to finish.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import worker from '../../src/index';

export async function fireCron(isoTime: string): Promise<void> {
  const controller = createScheduledController({ scheduledTime: new Date(isoTime), cron: '0 6 * * *' });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}
