// The README's abridged brief is a real brief: every value it shows is the service's own, as of
// the date it shows. (Abridged: it may leave fields and array items out, and cut text with "…".)
import { describe, expect, it } from 'vitest';
import readme from '../../README.md?raw';
import { buildBrief } from '../../src/brief/brief';
import { catalog } from '../../src/catalog/catalog';

const block = /```json\n(\{\n {2}"scenario"[\s\S]*?)\n```/.exec(readme)?.[1];

/** Whether `shown` is `actual` abridged: a subset of its fields and items, text cut at "…". */
function abridges(shown: unknown, actual: unknown, path: string, problems: string[]): void {
  if (typeof shown === 'string' && typeof actual === 'string' && shown.includes('…')) {
    const parts = shown.split('…').map((p) => p.trim());
    let from = 0;
    for (const part of parts) {
      const at = actual.indexOf(part, from);
      if (at < 0) problems.push(`${path}: "${part.slice(0, 60)}" is not in the brief's "${actual.slice(0, 60)}…"`);
      else from = at + part.length;
    }
    return;
  }
  if (Array.isArray(shown) && Array.isArray(actual)) {
    shown.forEach((item, i) => {
      abridges(item, actual[i], `${path}[${i}]`, problems);
    });
    return;
  }
  if (shown && typeof shown === 'object' && actual && typeof actual === 'object') {
    for (const [key, value] of Object.entries(shown)) {
      abridges(value, (actual as Record<string, unknown>)[key], `${path}.${key}`, problems);
    }
    return;
  }
  if (shown !== actual)
    problems.push(`${path}: the README shows ${JSON.stringify(shown)}, the brief has ${JSON.stringify(actual)}`);
}

describe('the README’s example brief', () => {
  it('is the brief the service computes for that scenario and date', () => {
    expect(block).toBeDefined();
    const shown = JSON.parse(block as string);
    const scenario = catalog.scenarios.get(shown.scenario.id);
    if (!scenario) throw new Error(shown.scenario.id);
    const brief = buildBrief(scenario, catalog.facts, catalog.version, { asOf: shown.asOf });
    const problems: string[] = [];
    abridges(shown, brief, 'brief', problems);
    expect(problems).toEqual([]);
  });
});
