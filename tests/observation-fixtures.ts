// Shared by the tests that write observations: the test admin token (set in vitest.config.ts)
// and an observation the article does not have: the CSTO agreeing, in October 2021, to help.
import { SELF } from 'cloudflare:test';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';

export const AGREED = {
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
  note: 'A later report, for testing.',
};

/** POSTs an observation with the test token (or other headers). */
export function postObservation(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch('http://briefs.test/v1/observations', {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
