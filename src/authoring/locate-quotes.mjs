// Authoring aid: fills each cited fact's `start`/`end` with the offsets (UTF-16 code units, as
// JavaScript indexes strings) of its quote in the source text. Fails on a quote that is missing.
// The provenance test checks the result independently; run this after editing quotes.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../../scenarios/facts/cited.json', import.meta.url);
const facts = JSON.parse(readFileSync(file, 'utf8'));
let failures = 0;
for (const fact of facts) {
  const { sourceId, quote } = fact.citation;
  const text = readFileSync(new URL(`../../scenarios/sources/${sourceId}.txt`, import.meta.url), 'utf8');
  const start = text.indexOf(quote);
  if (start < 0) {
    console.error(`${fact.id}: quote not found in ${sourceId}: ${quote.slice(0, 60)}…`);
    failures++;
    continue;
  }
  fact.citation.start = start;
  fact.citation.end = start + quote.length;
}
if (failures > 0) process.exit(1);
writeFileSync(file, `${JSON.stringify(facts, null, 2)}\n`);
console.log(`located ${facts.length} quotes`);
