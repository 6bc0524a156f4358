// A problem as a page, for people who reach one from a page (a typo in the what-if form, an
// unknown brief): the same status and words as the problem+json, with a way back.
import type { FC } from 'hono/jsx';
import { Layout } from './layout';

/** What the page shows of a problem: fields of the problem+json body (render never imports from http). */
export interface ProblemView {
  type: string;
  title: string;
  status: number;
  detail: string;
  issues?: readonly { parameter: string; message: string }[];
}

/** The problem as a page, with a link `back` to where the reader came from. */
export const ProblemPage: FC<{ problem: ProblemView; back: string }> = ({ problem, back }) => (
  <Layout title={`${problem.title} — scenario-briefs`} description={problem.detail}>
    <h1>{problem.title}</h1>
    <p>{problem.detail}</p>
    {problem.issues && problem.issues.length > 0 ? (
      <ul>
        {problem.issues.map((issue) => (
          <li>
            <code>{issue.parameter}</code>: {issue.message}
          </li>
        ))}
      </ul>
    ) : null}
    <p>
      <a href={back}>Go back</a> · <a href="/">All scenarios</a>
    </p>
    <p class="meta">
      Problem type <a href={problem.type}>{problem.type}</a>, status {problem.status}.
    </p>
  </Layout>
);
