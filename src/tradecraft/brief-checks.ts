// The tradecraft checks every brief carries (`tradecraft.checks`), run over the brief's own
// words and fields when it is built: one idea per sentence, scale terms that match their
// numbers and no off-scale words, sources described, a forward signpost, assumptions listed,
// and the horizon's status stated. Pure: a brief in, the checks out. They report, they do not
// repair: a failing check is a defect the tests look for on every surface.
import * as v from 'valibot';
import { bandOf } from '../brief/likelihood';
import { type Finding, lintAuthoredText, lintEmittedText } from './language-checks';

export const TRADECRAFT_CHECK_IDS = [
  'one-idea-per-sentence',
  'scale-terms',
  'sourcing-described',
  'fact-versus-judgment',
  'forward-signpost',
  'assumptions-listed',
  'horizon-status',
] as const;
export type TradecraftCheckId = (typeof TRADECRAFT_CHECK_IDS)[number];

export const TradecraftSchema = v.pipe(
  v.object({
    checks: v.array(
      v.object({
        id: v.picklist(TRADECRAFT_CHECK_IDS),
        passed: v.boolean(),
        detail: v.pipe(v.string(), v.description('What was checked, and what failed if anything did.')),
      }),
    ),
  }),
  v.description('ICD 203 tradecraft checks run over this brief; docs/tradecraft.md says what each one means.'),
);
export type Tradecraft = v.InferOutput<typeof TradecraftSchema>;

/** What the checks read of a brief; a structural subset of Brief, so this module needs no brief import. */
export interface CheckedBrief {
  scenario: { question: string; horizon: { label: string; end: string } };
  asOf: string;
  resolution: { status: string; reason: string; criteria: string };
  bluf: string;
  likelihood: { band: string; term: string; probability: number };
  confidence: { statement: string; level: string };
  indicators: readonly {
    label: string;
    rationale: string;
    status: string;
    reads: readonly { known: boolean; certainty?: string; assumed?: boolean }[];
  }[];
  signposts: readonly { text: string }[];
  keyAssumptions: readonly { text: string }[];
  assumptions: readonly { factId: string }[];
  baseline?: { bluf: string; likelihood: { term: string; probability: number } };
  warnings: readonly string[];
  sources: readonly { id: string; publisher: string; published: string }[];
  citations: readonly { sourceId: string; obtained: string }[];
  /** Authored text shown with the brief: its claim and the cited facts' statements. */
  authored: readonly string[];
}

type Check = Tradecraft['checks'][number];

/** A check that passes when it found no problem: `ok` says what held, else the problems, joined. */
function fromProblems(id: TradecraftCheckId, problems: readonly string[], ok: string, separator = '; '): Check {
  return { id, passed: problems.length === 0, detail: problems.length === 0 ? ok : problems.join(separator) };
}

const short = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

function emittedTexts(brief: CheckedBrief): string[] {
  return [
    brief.bluf,
    brief.confidence.statement,
    ...brief.signposts.map((s) => s.text),
    ...brief.keyAssumptions.map((k) => k.text),
    ...brief.warnings,
    ...(brief.baseline ? [brief.baseline.bluf] : []),
    brief.resolution.reason,
  ];
}

function sentenceCheck(brief: CheckedBrief): Check {
  const texts = emittedTexts(brief);
  const broken = texts.flatMap((t) => lintEmitted(t).filter((f) => f.rule === 'sentence-rule'));
  return {
    id: 'one-idea-per-sentence',
    passed: broken.length === 0,
    detail:
      broken.length === 0
        ? `No sentence in ${texts.length} generated texts states a likelihood and a confidence level together.`
        : `Likelihood and confidence share a sentence: ${broken.map((f) => short(f.text)).join(' | ')}`,
  };
}

// Most texts recur from brief to brief (authored text always, generated text for the same
// numbers): their findings are kept per text, bounded, so request-made texts cannot grow them.
const MEMO_LIMIT = 4096;

function memoised(lint: (text: string) => Finding[]): (text: string) => Finding[] {
  const memo = new Map<string, Finding[]>();
  return (text) => {
    let findings = memo.get(text);
    if (!findings) {
      findings = lint(text);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(text, findings);
    }
    return findings;
  };
}

const lintAuthored = memoised(lintAuthoredText);
const lintEmitted = memoised(lintEmittedText);

function scaleCheck(brief: CheckedBrief): Check {
  const problems: string[] = [];
  const own = (term: string, p: number, what: string) => {
    if (bandOf(p).term !== term) problems.push(`${what} says "${term}" for ${Math.round(p * 100)}%`);
  };
  own(brief.likelihood.term, brief.likelihood.probability, 'the likelihood');
  if (brief.baseline) own(brief.baseline.likelihood.term, brief.baseline.likelihood.probability, 'the baseline');
  for (const text of emittedTexts(brief)) {
    for (const f of lintEmitted(text)) if (f.rule === 'scale-mismatch') problems.push(f.message);
  }
  const authored = [
    brief.scenario.question,
    brief.resolution.criteria,
    brief.scenario.horizon.label,
    ...brief.indicators.flatMap((i) => [i.label, i.rationale]),
    ...brief.authored,
  ];
  for (const text of authored) {
    for (const f of lintAuthored(text)) problems.push(`"${f.text}" in "${short(text)}": ${f.message}`);
  }
  return fromProblems(
    'scale-terms',
    problems,
    'Every likelihood term belongs to the number shown with it, and no authored text uses an off-scale estimative word.',
    ' | ',
  );
}

function sourcingCheck(brief: CheckedBrief): Check {
  const described = new Map(brief.sources.map((s) => [s.id, s]));
  const problems: string[] = [];
  for (const c of brief.citations) {
    const s = described.get(c.sourceId);
    if (!s) problems.push(`source ${c.sourceId} is cited but not described`);
    else if (!s.publisher || !s.published) problems.push(`source ${c.sourceId} lacks a publisher or date`);
    if (!c.obtained) problems.push(`a citation of ${c.sourceId} does not say how the fact was obtained`);
  }
  if (!/: .{10,}/.test(brief.confidence.statement)) problems.push('the confidence statement gives no basis');
  return fromProblems(
    'sourcing-described',
    problems,
    `${brief.sources.length} source${brief.sources.length === 1 ? '' : 's'} described (publisher, genre, date, reliability); every citation says how its fact was obtained; confidence states its basis.`,
  );
}

function factJudgmentCheck(brief: CheckedBrief): Check {
  const bare = brief.indicators.flatMap((i) =>
    i.reads.filter((r) => r.known && !r.certainty && !r.assumed).map(() => i.label),
  );
  return {
    id: 'fact-versus-judgment',
    passed: bare.length === 0,
    detail:
      bare.length === 0
        ? 'Every fact an indicator reads carries its certainty (stated, reported, assessment, hedged, inferred) or is marked as assumed.'
        : `Reads without a certainty in: ${[...new Set(bare)].join('; ')}`,
  };
}

function signpostCheck(brief: CheckedBrief, open: boolean): Check {
  const passed = !open || brief.signposts.length > 0;
  return {
    id: 'forward-signpost',
    passed,
    detail: !open
      ? 'The question is closed: nothing is left to watch for.'
      : passed
        ? `${brief.signposts.length} signpost${brief.signposts.length === 1 ? '' : 's'}: developments not yet seen, with where each would move the judgment.`
        : 'The question is open but no development is left to watch for.',
  };
}

function assumptionsCheck(brief: CheckedBrief): Check {
  const problems: string[] = [];
  if (brief.assumptions.length > 0 && !brief.baseline) problems.push('what-if assumptions without a baseline judgment');
  const known = brief.indicators.some((i) => i.status === 'met');
  if (known && brief.keyAssumptions.length === 0) problems.push('met indicators but no key assumption listed');
  return fromProblems(
    'assumptions-listed',
    problems,
    `${brief.keyAssumptions.length} key assumption${brief.keyAssumptions.length === 1 ? '' : 's'} listed to check; ${brief.assumptions.length} what-if assumption${brief.assumptions.length === 1 ? '' : 's'}${brief.assumptions.length > 0 ? ', with the baseline beside them' : ''}.`,
  );
}

function horizonCheck(brief: CheckedBrief, open: boolean): Check {
  const { status } = brief.resolution;
  const pastHorizon = brief.asOf > brief.scenario.horizon.end;
  const said = open
    ? !pastHorizon
    : /^(?:Resolved (?:(?:yes|no) )?on|Not yet resolved|Unresolved|Under \d+ what-if assumptions?, the question (?:would resolve (?:yes|no|to)|is not yet resolved|is unresolved))/.test(
        brief.bluf,
      ) &&
      /[Tt]he last judgment before it closed|Short of that, the judgment as of .* would be/.test(brief.bluf) &&
      !/\b(?:it is|there is)\b[^.]*\(\d+%\)/.test(brief.bluf);
  return {
    id: 'horizon-status',
    passed: said,
    detail: open
      ? said
        ? `Open until ${brief.scenario.horizon.end}.`
        : 'The horizon has passed but the question is reported open.'
      : said
        ? `${status === 'unresolved' ? 'Unresolved' : `Resolved ${status}`}: the bottom line says so first, and labels the last open judgment as such.`
        : 'The question is closed but the bottom line does not say so first, or states a probability in the present tense.',
  };
}

/** The checks, in a fixed order. */
export function tradecraftChecks(brief: CheckedBrief): Tradecraft {
  const open = brief.resolution.status === 'open';
  return {
    checks: [
      sentenceCheck(brief),
      scaleCheck(brief),
      sourcingCheck(brief),
      factJudgmentCheck(brief),
      signpostCheck(brief, open),
      assumptionsCheck(brief),
      horizonCheck(brief, open),
    ],
  };
}
