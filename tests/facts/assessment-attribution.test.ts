// A fact recorded as its author's own assessment must say so in its statement: the statement is
// what a brief's timeline, the facts route and the key assumptions show, and an unattributed
// "Russia has a reputation for dangling …" reads as a reported fact, dated like an event (ICD 203:
// distinguish information from judgment; found by an analyst's read of the timelines). Indicator
// labels over such facts already must attribute them (authored-text.ts); statements now must too.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { ContentError } from '../../src/facts/content-error';
import { citedFact, defaultCitedFacts, testFactBase } from '../factories';

const withAssessment = (statement: string) =>
  testFactBase({
    cited: [
      ...defaultCitedFacts(),
      citedFact({ id: 'test.judged', type: 'boolean', value: true, certainty: 'assessment', statement }),
    ],
  });

describe('a fact recorded as an assessment', () => {
  it('is refused at build time when its statement does not say whose view it is', () => {
    const index = defaultCitedFacts().length;
    try {
      withAssessment('Russia has a reputation for dangling promises.');
      expect.unreachable('an unattributed assessment was accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      const problems = (e as ContentError).problems;
      expect(problems).toEqual([
        {
          path: `${index}.statement`,
          message: expect.stringMatching(/^the statement presents the author's assessment as fact: say whose view/),
        },
      ]);
    }
  });

  it('is refused when its statement attributes a claim to someone else, not the judgment to its author', () => {
    // "said" names whose words a report gives, not whose judgment this is (found by a hostile review).
    expect(() => withAssessment('Russia said it will defend the border.')).toThrow(
      /presents the author's assessment as fact/,
    );
    expect(() => withAssessment('Officials reported that the border holds.')).toThrow(
      /presents the author's assessment/,
    );
  });

  it('is accepted when its statement attributes it', () => {
    for (const statement of [
      "In the author's assessment, Russia has a reputation for dangling promises.",
      'The article judges that Russia dangles promises.',
      'The agency judges that Russia dangles promises.',
      'In its view, Russia dangles promises.',
    ])
      expect(() => withAssessment(statement), statement).not.toThrow();
  });

  it('says whose view it is in every statement of the content', () => {
    const assessments = [...catalog.facts.cited].filter((f) => f.certainty === 'assessment');
    expect(assessments.length).toBeGreaterThan(10);
    for (const f of assessments) expect(f.statement, f.id).toMatch(/\b(?:author|author’s|article)\b/i);
  });
});
