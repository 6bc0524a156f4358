// The one error type: a Hono HTTPException with its type's status, answering as problem+json even
// when something other than the app's error handler asks it for its response.
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { Problem } from '../../src/http/problem';

describe('Problem', () => {
  it('is an HTTPException with its type’s status, and answers as problem+json without an instance', async () => {
    const problem = new Problem('payload-too-large', 'Too big.');
    expect(problem).toBeInstanceOf(HTTPException);
    expect(problem.status).toBe(413);
    const res = problem.getResponse();
    expect(res.status).toBe(413);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toEqual({
      type: '/problems/payload-too-large',
      title: 'Payload too large',
      status: 413,
      detail: 'Too big.',
    });
  });
});
