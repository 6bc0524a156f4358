// What every answer must be, whatever was asked: a documented status, never a 5xx (but the
// documented 501), security headers, no cookie, errors as problems (pages' problems as pages)
// that no cache keeps, and no probe marker echoed raw into any body.
import { PROBLEM_TYPES } from '../../src/http/problem';
import { isPagePath } from './routes';

/** Planted in hostile inputs; escaped output never contains it verbatim. */
export const MARKER = '<x-probe-7f3a>';

export interface Answer {
  method: string;
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

export async function answerOf(method: string, url: string, res: Response): Promise<Answer> {
  return { method, url, status: res.status, headers: res.headers, body: await res.text() };
}

/** Every rule the answer breaks, as readable lines; empty when it keeps them all. */
export function violations(answer: Answer, allowed: ReadonlySet<number>): string[] {
  const { status, headers, body } = answer;
  const out: string[] = [];
  if (!allowed.has(status)) out.push(`status ${status} is not documented here (${[...allowed].sort().join(', ')})`);
  if (status >= 500 && status !== PROBLEM_TYPES['not-implemented'].status) out.push(`server error ${status}`);
  if (headers.get('X-Content-Type-Options') !== 'nosniff') out.push('no X-Content-Type-Options: nosniff');
  if (!headers.get('Referrer-Policy')) out.push('no Referrer-Policy');
  const csp = headers.get('Content-Security-Policy') ?? '';
  if (!csp) out.push('no Content-Security-Policy');
  if (/unsafe-inline|unsafe-eval/.test(csp)) out.push(`CSP allows unsafe code: ${csp}`);
  if (headers.has('Set-Cookie')) out.push('sets a cookie');
  if (body.includes(MARKER)) out.push('echoes the probe marker unescaped');
  if (status >= 400) out.push(...problemViolations(answer));
  return out;
}

function problemViolations({ method, url, status, headers, body }: Answer): string[] {
  const out: string[] = [];
  if (headers.get('Cache-Control') !== 'no-store') out.push(`error with Cache-Control ${headers.get('Cache-Control')}`);
  if (headers.has('ETag') || headers.has('Cache-Status')) out.push('error carries cache validators');
  const type = headers.get('Content-Type') ?? '';
  const page = isPagePath(new URL(url).pathname);
  if (page && !type.startsWith('text/html')) out.push(`a page's problem as ${type}`);
  if (!page && type !== 'application/problem+json') out.push(`problem as ${type}`);
  if (method === 'HEAD') {
    if (body !== '') out.push('HEAD with a body');
    return out;
  }
  if (page) {
    if (!/\/problems\/[a-z-]+/.test(body)) out.push('problem page names no problem type');
    return out;
  }
  try {
    const problem = JSON.parse(body) as { type?: string; status?: number; title?: string; detail?: string };
    const kind = problem.type?.replace(/^\/problems\//, '') ?? '';
    if (!Object.hasOwn(PROBLEM_TYPES, kind)) out.push(`unknown problem type ${problem.type}`);
    if (problem.status !== status) out.push(`problem status ${problem.status} for HTTP ${status}`);
    if (typeof problem.title !== 'string' || typeof problem.detail !== 'string')
      out.push('problem without title/detail');
  } catch {
    out.push('problem body is not JSON');
  }
  return out;
}
