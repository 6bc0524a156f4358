// Provenance: every fact rests on a verbatim quote at its offsets, and every derived number is
// computed from cited facts, never typed in.

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import citedFile from '../../scenarios/facts/cited.json';
import derivedFile from '../../scenarios/facts/derived.json';
import meta from '../../scenarios/sources/diplomat-2021-07-csto-afghan-border.meta.json';
import article from '../../scenarios/sources/diplomat-2021-07-csto-afghan-border.txt';
import { catalog } from '../../src/catalog/catalog';
import { factsAsOf } from '../../src/facts/fact-base';
import { periodEnd, periodStart, yearsBetween } from '../../src/facts/partial-date';
import { CitedFactSchema, DerivedFactSchema } from '../../src/facts/schema';
import { derivedFact, testFactBase } from '../factories';

const facts = factsAsOf(catalog.facts, catalog.facts.latestDate, new Map());

describe('the source', () => {
  it('is the article from shared/sources, with its metadata', () => {
    expect(meta.id).toBe('diplomat-2021-07-csto-afghan-border');
    expect(meta.publisher).toBe('The Diplomat');
    expect(article.startsWith('The Taliban’s blitz in major cities')).toBe(true);
    expect(article.includes('it is only logical for Tajikistan to scrutinize')).toBe(true);
  });
});

describe('cited facts', () => {
  it('number at least 40, with unique ids', () => {
    const ids = [...citedFile, ...derivedFile].map((f) => f.id);
    expect(citedFile.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(citedFile.map((f) => [f.id, f] as const))('%s validates against the fact schema', (_id, fact) => {
    const result = v.safeParse(CitedFactSchema, fact);
    expect(result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
  });

  it.each(citedFile.map((f) => [f.id, f.citation] as const))(
    '%s quotes the source exactly at [start, end)',
    (_id, citation) => {
      expect(citation.sourceId).toBe(meta.id);
      expect(citation.end).toBeGreaterThan(citation.start);
      // Independent of the loader: slice the bundled article text directly.
      expect(article.slice(citation.start, citation.end)).toBe(citation.quote);
    },
  );

  it('quote whole sentences: each starts a sentence and ends at its close', () => {
    for (const { citation, id } of citedFile) {
      const before = article.slice(Math.max(0, citation.start - 2), citation.start);
      const startsSentence = citation.start === 0 || /(^|[.”]\s|\n)$/.test(before) || before.endsWith('\n');
      expect(startsSentence, `${id} starts mid-sentence: …${before}|${citation.quote.slice(0, 30)}`).toBe(true);
      expect(/[.”]$/.test(citation.quote), `${id} ends mid-sentence`).toBe(true);
    }
  });

  it('say where the date comes from, for every 2021 event given by month and day or by a span', () => {
    const dayDated2021 = citedFile.filter((f) => /2021-\d\d-\d\d/.test(f.date));
    expect(dayDated2021.length).toBeGreaterThan(20);
    for (const fact of dayDated2021) {
      expect(fact.dateNote, fact.id).toMatch(/inferred|when the article was written|latest dated event/);
    }
  });

  it('give an undated event an honest span, never a convenient day', () => {
    // The review found these pinned to 5 and 9 July; the article gives no day for them.
    expect(facts.get('taliban.border_provinces_offensive')?.date).toBe('2021-06/2021-07-05');
    // Sidorov "concluded so after urgently visiting Tajikistan ... on July 7-9": not before the 9th.
    expect(facts.get('csto.involvement_required')?.date).toBe('2021-07-09/2021-07');
    expect(facts.get('csto.sidorov_border_visit')?.date).toBe('2021-07-07/2021-07-09');
    expect(facts.get('tj.rahmon_met_csto_secretary_general')?.date).toBe('2021/2021-07');
    for (const { id, date } of citedFile) {
      if (date.includes('/')) expect(catalog.facts.citedById.get(id)?.dateNote, id).toBeTruthy();
    }
  });

  it('record the reading the article supports, not more (the review’s findings)', () => {
    // No CSTO answer is reported: the request is pending, inferred from silence, not declined.
    expect(facts.get('csto.response_to_request')).toMatchObject({ value: 'pending', certainty: 'inferred' });
    // One officer's statement, reported second-hand, says whose it is.
    expect(facts.get('csto.involvement_required')?.statement).toMatch(
      /^The CSTO's Chief of the Joint Staff, Anatoly Sidorov, stated/,
    );
    expect(facts.get('csto.involvement_required')?.readingNote).toContain('One officer');
    // "Can obtain assurances" is the author's judgment; no assurance is recorded as given.
    expect(facts.get('ru.can_obtain_taliban_assurances')?.certainty).toBe('assessment');
    expect(facts.has('taliban.assurance_not_to_cross')).toBe(false);
    // "Failing to hold" is a process and a characterisation.
    expect(facts.get('afg.government_losing_north')).toMatchObject({ value: true, certainty: 'assessment' });
    expect(facts.has('afg.government_holds_north')).toBe(false);
    // "Now that … is a reality" is the author's premise.
    expect(facts.get('taliban.rules_along_border')?.certainty).toBe('assessment');
    // "Agreed to work out" a programme is not an agreed programme.
    expect(facts.get('csto.target_program_drafting_agreed')).toMatchObject({ type: 'boolean', value: true });
    for (const id of [
      'csto.armenia_2020_inaction',
      'csto.tj_kg_clashes_inaction',
      'ru.putin_2013_preventive_framing',
      'us.discouraged_csto_nato',
    ]) {
      expect(facts.get(id)?.certainty, id).toBe('assessment');
    }
  });

  it('mark hedges: "more than 1,500" is a lower bound, "seemingly" is uncertain, "reportedly" is reported', () => {
    expect(facts.get('afg.soldiers_fled_to_tajikistan')).toMatchObject({ value: 1500, qualifier: 'more-than' });
    expect(facts.get('ru.pledge_2012_remainder_cantonments')?.certainty).toBe('uncertain');
    expect(facts.get('ru.pledge_2014_usd')?.certainty).toBe('reported');
    expect(facts.get('tj.reservists_mobilized')).toMatchObject({ value: 20000, unit: 'persons', qualifier: 'exact' });
  });

  it('use every value type the schema offers', () => {
    const types = new Set(citedFile.map((f) => f.type));
    expect([...types].sort()).toEqual(['boolean', 'date', 'number', 'status', 'text']);
  });
});

describe('derived facts', () => {
  it.each(derivedFile.map((f) => [f.id, f] as const))('%s validates and carries no typed-in value', (_id, fact) => {
    expect(v.safeParse(DerivedFactSchema, fact).success).toBe(true);
    expect('value' in fact).toBe(false);
  });

  it('the 2012 pledge part covered by cantonments is the pledge less the 2017 equipment', () => {
    const fact = facts.get('ru.pledge_2012_covered_by_cantonments_usd');
    expect(fact).toMatchObject({ derived: true, value: 78_000_000, unit: 'USD', certainty: 'uncertain' });
    expect(fact?.derivation).toEqual({ op: 'difference', inputs: ['ru.pledge_2012_usd', 'ru.equipment_2017_usd'] });
    expect(fact?.statement).toContain('$78,000,000');
    // Cites the inputs and the sentence about the cantonments.
    const quotes = fact?.citations.map((c) => c.quote) ?? [];
    expect(quotes.some((q) => q.includes('$200 million'))).toBe(true);
    expect(quotes.some((q) => q.includes('$122 million'))).toBe(true);
    expect(quotes.some((q) => q.includes('written-off cantonments'))).toBe(true);
  });

  it('the share of the 2014 pledge delivered is computed from the reported amounts', () => {
    expect(facts.get('ru.pledge_2014_share_delivered')).toMatchObject({
      value: 0,
      unit: 'share',
      certainty: 'reported',
    });
    expect(facts.get('ru.pledge_2012_share_as_equipment')?.value).toBeCloseTo(0.61, 10);
  });

  it('years the 2013 resolution went unimplemented agree with the article’s “eight years on”', () => {
    const years = facts.get('csto.border_resolution_years_unimplemented');
    expect(years?.value).toBeCloseTo(yearsBetween('2013-09-23', '2021-07-09'), 10);
    const stated = facts.get('csto.border_resolution_age_stated');
    expect(stated).toMatchObject({ value: 8, qualifier: 'about' });
    expect(Math.abs((years?.value as number) - (stated?.value as number))).toBeLessThan(0.5);
  });

  it('recompute from what is known as of a date, and vanish while an input is unknown', () => {
    // Before the article is known nothing is, derived facts included.
    const before = factsAsOf(catalog.facts, '2021-07-30', new Map());
    expect(before.size).toBe(0);
    const unknownInput = factsAsOf(catalog.facts, catalog.facts.latestDate, new Map([['ru.equipment_2017_usd', null]]));
    expect(unknownInput.has('ru.pledge_2012_usd')).toBe(true);
    expect(unknownInput.has('ru.pledge_2012_covered_by_cantonments_usd')).toBe(false);
  });

  it('exist only while the facts their statement presumes hold', () => {
    // "Years without being adopted" says nothing once the programme is assumed adopted.
    const adopted = factsAsOf(
      catalog.facts,
      catalog.facts.latestDate,
      new Map([['csto.target_program_adopted', true]]),
    );
    expect(adopted.has('csto.border_resolution_years_unimplemented')).toBe(false);
    // The cantonment share is claimed only while the 2019 write-off is known.
    const noWriteOff = factsAsOf(
      catalog.facts,
      catalog.facts.latestDate,
      new Map([['ru.pledge_2012_remainder_cantonments', null]]),
    );
    expect(noWriteOff.has('ru.equipment_2017_usd')).toBe(true);
    expect(noWriteOff.has('ru.pledge_2012_covered_by_cantonments_usd')).toBe(false);
  });

  it('are not computed from a bound: "more than 1,500" minus anything is no number', () => {
    const base = testFactBase({
      derived: [derivedFact('test.difference', 'difference', ['test.soldiers_fled', 'test.reservists'], 'persons')],
    });
    const facts = factsAsOf(base, '2021-12-31', new Map());
    expect(facts.get('test.soldiers_fled')?.qualifier).toBe('more-than');
    expect(facts.has('test.difference')).toBe(false);
    const exact = factsAsOf(base, '2021-12-31', new Map([['test.soldiers_fled', 1600]]));
    expect(exact.get('test.difference')?.value).toBe(1600 - 20000);
  });

  it('follow a what-if on their inputs', () => {
    const assumed = factsAsOf(
      catalog.facts,
      catalog.facts.latestDate,
      new Map([['ru.pledge_2014_received_usd', 615e6]]),
    );
    expect(assumed.get('ru.pledge_2014_share_delivered')).toMatchObject({ value: 0.5, assumed: true });
  });
});

describe('the default date', () => {
  it('is the day the latest fact became known: the article, dated July 2021, from the 31st', () => {
    expect(catalog.facts.latestDate).toBe('2021-07-31');
    expect(new Set(catalog.facts.cited.map((f) => f.known))).toEqual(new Set(['2021-07-31']));
    // No event in the article starts after the article was published.
    const latestStart = citedFile
      .map((f) => periodStart(f.date))
      .sort()
      .at(-1);
    expect(latestStart).toBe('2021-07-09');
    expect(periodEnd('2021-07')).toBe('2021-07-31');
  });
});
