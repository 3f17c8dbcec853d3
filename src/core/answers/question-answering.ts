import MiniSearch from 'minisearch';
import type { Knowledge } from '../knowledge.ts';
import { type Block, type Line, type Reply, reply } from '../reply.ts';
import { sourcesBlock } from '../reply-parts.ts';
import { normaliseName } from '../state-names.ts';
import { formatDate } from '../time-format.ts';
import { stateName } from '../upr-index.ts';
import type { Answer } from './answer.ts';
import type { AnswerContext } from './answer-context.ts';
import { factAnswer } from './fact-answers.ts';
import { buildFactIndex, type FactIndex } from './fact-retrieval.ts';
import { earlierReviewLimits, previousReviewsAsked } from './previous-answers.ts';
import type { QuestionContext } from './question-context.ts';
import { INTENTS } from './question-intents.ts';
import { findSubjects } from './question-subjects.ts';
import { normaliseQuestion, stripMarkup, type Vocabulary } from './question-text.ts';
import { flagNames } from './world-states.ts';

// Questions in plain words, answered from the data with their sources, offline and
// deterministically. Intents first; then the best-matching fact; below the confidence
// threshold the bot says it is not sure and offers questions it can answer.

/** Words the intents listen for; a typo within one or two letters is corrected towards them. */
const KEYWORDS =
  'delegation delegations review reviewed reviews recommendations recommendation session adopted adoption report reports documents document meeting meetings events troika deputy leads heads leader speaking previous members protest protests conference stakeholders stakeholder compilation national webcast universal periodic council working schedule focus topics pledges accepted rejected ambassador representative happen start begin where when which countries states minutes seconds often frequency created established history reviewed outcome replies watch stream located venue'.split(
    ' ',
  );

const COMMON_WORDS =
  'about above after again against all also another any been before being below between both could does doing down during each every from further have having here into itself just more most other over same should some such than that their them then there these they this those through under until very were what whom while will with would your yours there where which while china chinese'.split(
    ' ',
  );

/** Words that show a question is about the UPR at all (for the out-of-scope reply). */
const DOMAIN =
  /\b(upr|universal|periodic|review|reviews|reviewed|delegation|session|council|human rights|recommendations?|troika|geneva|ohchr|un|united nations|side|meeting|meetings|protest|adopt|adoption|report|ambassador|speak|speaking|working group|cycle|state|states|countries|country|document|documents|event|events|webcast|palais)\b/;

/** Plainly about something else, whatever else the question mentions. */
const OFF_TOPIC =
  /\b(weather|forecast|temperature|rain|snow|sunny|restaurants?|hotels?|flights?|trains?|stocks?|bitcoin|recipes?|football|soccer|scores?|jokes?|movies?|films?|music|songs?|lottery|translate|translation|translator)\b/;

const EXAMPLES = [
  "Who leads China's delegation?",
  "When is China's review?",
  'When does the session start?',
  'Which countries are reviewed in the 45th session?',
  'What side meetings are planned?',
  'How many recommendations did China receive?',
  "When will China's report be adopted?",
  'What documents is a review based on?',
  'How long does a review last?',
  'How often is each country reviewed?',
  "What were the dates of China's previous reviews?",
  'What is the Universal Periodic Review?',
  'Where is the review held?',
  "What time is China's review in New York?",
];

interface EngineCache {
  vocabulary: Vocabulary;
  facts: FactIndex;
  examples: MiniSearch<{ id: number; text: string }>;
}

const caches = new WeakMap<Knowledge['index'], EngineCache>();

function engineFor(knowledge: Knowledge): EngineCache {
  const cached = caches.get(knowledge.index);
  if (cached) return cached;
  const names = [
    ...knowledge.index.data.states.flatMap((s) => [s.name, ...s.aliases]),
    ...knowledge.index.data.people.map((p) => p.name),
    ...knowledge.index.events.flatMap((e) => [...e.organisers, ...e.organiserAcronyms]),
  ].flatMap((n) => normaliseName(n).split(' '));
  const known = new Set([...KEYWORDS, ...COMMON_WORDS, ...names]);
  const examples = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    storeFields: ['text'],
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  examples.addAll(EXAMPLES.map((text, id) => ({ id, text })));
  const engine = {
    vocabulary: { known, targets: KEYWORDS },
    facts: buildFactIndex(knowledge.index),
    examples,
  };
  caches.set(knowledge.index, engine);
  return engine;
}

/** Retrieval scores below this are guesses, not answers. */
export const CONFIDENCE_THRESHOLD = 6;

function toReply(found: Answer, ctx: QuestionContext, lead?: string): Reply {
  const blocks: Block[] = [];
  const lines: Line[] = lead ? [[lead], ...found.lines] : found.lines;
  blocks.push({ kind: 'section', lines });
  blocks.push(...sourcesBlock(ctx.index, found.sources));
  return reply(blocks, { zone: ctx.zone });
}

function suggestions(engine: EngineCache, text: string): string[] {
  const ranked = engine.examples.search(text).map((r) => r.text as string);
  const picks = [...new Set([...ranked, ...EXAMPLES])].slice(0, 3);
  return picks;
}

function notSure(engine: EngineCache, text: string, ctx: QuestionContext): Reply {
  const offers = suggestions(engine, text).map((q) => `• ${q}`);
  return reply(
    [
      {
        kind: 'section',
        lines: [
          ["I'm not sure what you are asking, and I would rather not guess. Questions I can answer:"],
          ...offers.map((o) => [o]),
          ['Or try /upr help for the commands.'],
        ],
      },
    ],
    { ephemeral: true, zone: ctx.zone },
  );
}

function outOfScope(ctx: QuestionContext, detail?: string): Reply {
  const { session } = ctx.index;
  const states = ctx.index.reviews.map((r) => stateName(ctx.index, r.state)).join(', ');
  return reply(
    [
      {
        kind: 'section',
        lines: [
          [
            `${detail ? `${detail} ` : ''}I can only help with the UN Universal Periodic Review, session ${session.number} (Geneva, ${formatDate(session.window.start)} to ${formatDate(session.window.end)}): its reviews of ${states}; delegations, side meetings, documents, recommendations and dates.`,
          ],
          ['Try: "when is China\'s review?" or /upr help.'],
        ],
      },
    ],
    { ephemeral: true, zone: ctx.zone },
  );
}

/** The first intent that matches and has an answer; never this year's fact for an earlier year. */
function intentAnswer(answerCtx: AnswerContext): Answer | undefined {
  for (const intent of INTENTS) {
    if (!intent.matches(answerCtx)) continue;
    const earlier = !intent.knowsEarlierReviews && previousReviewsAsked(answerCtx);
    if (earlier) return earlierReviewLimits(answerCtx, earlier.state, earlier.reviews);
    const found = intent.answer(answerCtx);
    if (found) return found;
  }
  return undefined;
}

/** "when is China reviewed and who leads the delegation?": two questions, one state. */
const SECOND_QUESTION = / and (?=(who|what|when|where|which|how|is|are|does|did|will|can)\b)/;

function compoundAnswer(
  whole: AnswerContext,
  knowledge: Knowledge,
  raw: string,
  now: string,
): Answer | undefined {
  // split() also returns the lookahead's captured word after each part: keep the parts only.
  const parts = whole.question.text.split(SECOND_QUESTION).filter((_part, i) => i % 2 === 0);
  if (parts.length < 2 || parts.some((p) => p.split(' ').length < 2)) return undefined;
  const answers: Answer[] = [];
  for (const part of parts) {
    const subjects = findSubjects(part, knowledge, { raw, now });
    // The later part ("who leads it") speaks of the state the first part named.
    if (!subjects.states.length) subjects.states = whole.subjects.states;
    const found = intentAnswer({ ...whole, question: { text: part, words: part.split(' ') }, subjects });
    if (!found) return undefined;
    answers.push(found);
  }
  return { lines: answers.flatMap((a) => a.lines), sources: answers.flatMap((a) => a.sources) };
}

export function answerQuestion(question: string, ctx: QuestionContext): Reply {
  const knowledge: Knowledge = { index: ctx.index, agenda: ctx.agenda, states: ctx.states };
  const engine = engineFor(knowledge);
  if (!/[\p{L}\p{N}]/u.test(stripMarkup(question))) {
    return reply(
      [
        {
          kind: 'section',
          lines: [
            [
              'Ask me a question about the UPR session, for example "who leads China\'s delegation?", or type /upr help.',
            ],
          ],
        },
      ],
      { ephemeral: true, zone: ctx.zone },
    );
  }
  // A flag emoji names its state: "🇨🇳 review when??"
  const normalised = normaliseQuestion(`${question} ${flagNames(question).join(' ')}`, engine.vocabulary);
  const subjects = findSubjects(normalised.text, knowledge, { raw: question, now: ctx.now });
  const answerCtx: AnswerContext = { ...knowledge, question: normalised, subjects, now: ctx.now };

  const reviewed = subjects.states.filter((s) => ctx.index.reviewsByState.has(s.code));
  // "the weather in Geneva" is off topic; "my flight lands on the 21st, will I make China's review?" is not.
  if (
    OFF_TOPIC.test(normalised.text) &&
    !reviewed.length &&
    !subjects.people.length &&
    !subjects.events.length
  ) {
    return outOfScope(ctx);
  }
  if (!reviewed.length) {
    const other = subjects.unknownStates[0] ?? subjects.states[0];
    if (other && !/\b(troikas?|rapporteurs?)\b/.test(normalised.text)) {
      return outOfScope(
        ctx,
        `${other.name} is not reviewed in session ${ctx.index.session.number}, so I have nothing on it.`,
      );
    }
  }

  const found = compoundAnswer(answerCtx, knowledge, question, ctx.now) ?? intentAnswer(answerCtx);
  if (found) return toReply(found, ctx);

  const isDomain = DOMAIN.test(normalised.text) || subjects.people.length > 0 || subjects.events.length > 0;
  const best = engine.facts
    .search(normalised.text)
    // Never another state's fact: a fact about a state answers only questions about that state.
    .find((hit) => !hit.fact.subject || reviewed.some((s) => s.code === hit.fact.subject));
  if (best && isDomain && best.score >= CONFIDENCE_THRESHOLD && best.matchedTerms >= 2) {
    return toReply(factAnswer(best.fact), ctx);
  }
  return isDomain ? notSure(engine, normalised.text, ctx) : outOfScope(ctx);
}
