import MiniSearch from 'minisearch';
import { formatDay, isKnownAt } from '../clock-wording.ts';
import type { Fact } from '../data-schema.ts';
import type { Knowledge } from '../knowledge.ts';
import { type Block, type Line, type Reply, reply } from '../reply.ts';
import { sourcesBlock } from '../reply-parts.ts';
import { stateName, type UprIndex } from '../upr-index.ts';
import { exampleQuestions } from '../wording/example-questions.ts';
import { ordinal } from '../wording/ordinals.ts';
import type { AnswerContext } from './answer-context.ts';
import { claimLines, claimVerdict, lineText } from './claim-check.ts';
import { documentAnswer } from './document-symbols.ts';
import { factAnswer } from './fact-answers.ts';
import { buildFactIndex, type FactIndex } from './fact-retrieval.ts';
import type { QuestionContext } from './question-context.ts';
import { exampleFor } from './question-examples.ts';
import { type Clause, type ParsedQuestion, parseQuestion } from './question-parse.ts';
import { type Kind, NEEDS_STATE, planTasks, type Task } from './question-plan.ts';
import { stripMarkup } from './question-text.ts';
import { organisationFacts, unheldPair } from './subject-guard.ts';
import { answerTask } from './task-answers.ts';

// Questions in plain words, answered from the data with their sources, offline and
// deterministically. A message is parsed into what it is about and what is asked of each (see
// question-parse.ts and question-plan.ts); every (subject, question) pair is answered in one
// reply, and a part that cannot be answered is named. Only when nothing is understood does a
// ranked search over the facts get a say; below its confidence threshold the bot says it is not
// sure and offers the closest questions it can answer.

interface EngineCache {
  facts: FactIndex;
  examples: MiniSearch<{ id: number; text: string }>;
}

const caches = new WeakMap<UprIndex, EngineCache>();

function engineFor(index: UprIndex): EngineCache {
  const cached = caches.get(index);
  if (cached) return cached;
  const examples = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    storeFields: ['text'],
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  examples.addAll(exampleQuestions(index).map((text, id) => ({ id, text })));
  const engine = { facts: buildFactIndex(index), examples };
  caches.set(index, engine);
  return engine;
}

/** Retrieval scores below this are guesses, not answers. */
export const CONFIDENCE_THRESHOLD = 6;

function suggestions(index: UprIndex, text: string): string[] {
  const ranked = engineFor(index)
    .examples.search(text)
    .map((r) => r.text as string);
  return [...new Set([...ranked, ...exampleQuestions(index)])].slice(0, 3);
}

function notSure(ctx: QuestionContext, text: string, what?: string): Reply {
  const offers = suggestions(ctx.index, text).map((q) => [`• ${q}`]);
  return reply(
    [
      {
        kind: 'section',
        lines: [
          [
            what
              ? `I'm not sure what you are asking about ${what}, and I would rather not guess. Questions I can answer:`
              : "I'm not sure what you are asking, and I would rather not guess. Questions I can answer:",
          ],
          ...offers,
          ['Or try /upr help for the commands.'],
        ],
      },
    ],
    { ephemeral: true, zone: ctx.zone },
  );
}

function sessionLine(index: UprIndex): string {
  const { session } = index;
  return `the ${ordinal(session.number)} session of the UPR Working Group (${formatDay(session.window.start)} to ${formatDay(session.window.end)})`;
}

function outOfScope(ctx: QuestionContext, detail?: string): Reply {
  const { index } = ctx;
  const states = index.reviews.map((r) => stateName(index, r.state)).join(', ');
  const example = exampleQuestions(index)[1] ?? exampleQuestions(index)[0];
  return reply(
    [
      {
        kind: 'section',
        lines: [
          [
            `${detail ? `${detail} ` : ''}I can only help with the UN Universal Periodic Review, ${sessionLine(index)}: its reviews of ${states}; delegations, side meetings, documents, recommendations and dates.`,
          ],
          [`Try: "${example}" or /upr help.`],
        ],
      },
    ],
    { ephemeral: true, zone: ctx.zone },
  );
}

/** Another session, a later cycle or year: said plainly, never answered with this session's facts. */
function otherSessionAsked(parsed: ParsedQuestion, index: UprIndex): string | undefined {
  const { session } = index;
  // Which session the data covers, without its dates: they are not the answer to this question.
  const covers = `the bot's data covers the ${ordinal(session.number)} session of the UPR Working Group only`;
  const number = parsed.sessionNumbers.find((n) => n !== session.number);
  if (number !== undefined) {
    // "41st session dates?": what the facts say of it in passing ("the cycle began with the 41st session").
    const said = new RegExp(`\\b${ordinal(number)}\\b[^.;]*?\\bsession`, 'i');
    const mention = index.facts.find((f) => said.test(f.text));
    return mention
      ? `The ${ordinal(number)} session is not in the bot's data beyond this: ${mention.text} (${covers}).`
      : `The ${ordinal(number)} session is not known: it is not in the bot's data; ${covers}.`;
  }
  if (parsed.otherSession) return `The ${parsed.otherSession} session is not known: ${covers}.`;
  const council = parsed.councilSessions.find((n) => n !== session.outcomes?.councilSession);
  if (council !== undefined)
    return `The Human Rights Council's ${ordinal(council)} session is not known: ${covers}.`;
  const cycle = parsed.cycles.find((c) => c > session.cycle);
  if (cycle !== undefined)
    return `The ${ordinal(cycle)} UPR cycle is not known: ${covers} (in the ${ordinal(session.cycle)} cycle).`;
  // "the 2019 session": a session of another year than this one's.
  const sessionYear =
    /\b((?:19|20)\d\d) (upr )?(session|working group session)\b|\bsession (of|in) ((?:19|20)\d\d)\b/.exec(
      parsed.text,
    );
  const namedYear = Number(sessionYear?.[1] ?? sessionYear?.[5]);
  if (
    namedYear &&
    !session.window.start.startsWith(String(namedYear)) &&
    !session.window.end.startsWith(String(namedYear))
  )
    return `The ${namedYear} session is not known: ${covers}.`;
  const lastYear = Number((session.outcomes?.window?.end ?? session.window.end).slice(0, 4));
  const year = parsed.years.find((y) => y > lastYear);
  if (year !== undefined) return `Nothing is known for ${year}: ${covers}.`;
  return undefined;
}

/** A reviewed state named beside another session: what the data holds of its review, labelled. */
function nearestSessionFact(
  parsed: ParsedQuestion,
  index: UprIndex,
): { text: string; sources: string[] } | undefined {
  if (parsed.cycles.length || parsed.years.length || parsed.otherSession) return undefined;
  const state = parsed.clauses.flatMap((c) => c.states).find((s) => index.reviewsByState.has(s.code));
  const review = state && index.reviewsByState.get(state.code);
  if (!state || !review) return undefined;
  const { session } = index;
  const council = parsed.councilSessions.find((n) => n !== session.outcomes?.councilSession);
  if (council !== undefined && session.outcomes?.councilSession && review.councilAdoption?.date)
    return {
      text: `Not the ${ordinal(council)}: in the bot's data, the Council's adoption of the outcome of ${stateName(index, state.code)}'s review is at its ${ordinal(session.outcomes.councilSession)} session, on ${formatDay(review.councilAdoption.date)}.`,
      sources: review.councilAdoption.sources,
    };
  if (council === undefined && parsed.sessionNumbers.some((n) => n !== session.number) && review.when.date)
    return {
      text: `In the bot's data, ${stateName(index, state.code)}'s review is in the ${ordinal(session.number)} session, on ${formatDay(review.when.date)}.`,
      sources: review.when.sources,
    };
  return undefined;
}

/** What the data's general facts say of an organisation named, or that they say nothing of it. */
function organisationAnswer(
  question: string,
  index: UprIndex,
  ctx: QuestionContext,
): { reply: Reply; source?: true } | undefined {
  const organisation = organisationFacts(question, index);
  if (!organisation) return undefined;
  const told = organisationReply(organisation, index, ctx);
  return organisation.source ? { reply: told, source: true } : { reply: told };
}

function organisationReply(
  organisation: { name: string; facts: Fact[]; source?: true },
  index: UprIndex,
  ctx: QuestionContext,
): Reply {
  const { name, facts, source } = organisation;
  if (source)
    return reply(
      [
        {
          kind: 'section',
          lines: [
            [
              `${name} is one of the bot's sources, not a body of the UPR itself.${facts.length ? ' What the data takes from it:' : ''}`,
            ],
            ...facts.map((f) => [f.text]),
          ],
        },
        ...sourcesBlock(
          index,
          facts.flatMap((f) => f.sources),
        ),
      ],
      { zone: ctx.zone },
    );
  if (!facts.length)
    return reply(
      [
        {
          kind: 'section',
          lines: [
            [
              `${name} is not in the bot's data: nothing is known of its part in the UPR session. It covers the session's reviews, delegations, side meetings, documents and dates.`,
            ],
          ],
        },
      ],
      { zone: ctx.zone },
    );
  return reply(
    [
      { kind: 'section', lines: [[`What the bot's data says of ${name}:`], ...facts.map((f) => [f.text])] },
      ...sourcesBlock(
        index,
        facts.flatMap((f) => f.sources),
      ),
    ],
    { zone: ctx.zone },
  );
}

/** Room for the answer and its sources in one chat message (Discord: 2,000 characters). */
const MESSAGE_BUDGET = 1600;

/** A time token rendered as text: a weekday, date, two clock times and the zone's name. */
const RENDERED_TIME = 44;

/** About how long lines and their new sources read as plain text. */
function estimateLength(lines: readonly Line[], sourceIds: readonly string[], index: UprIndex): number {
  let length = 0;
  for (const line of lines) {
    for (const part of line) {
      if (typeof part === 'string') length += part.length;
      else if ('strong' in part) length += part.strong.length;
      else if ('link' in part) length += part.text.length + part.link.length + 3;
      else length += RENDERED_TIME;
    }
    length += 1;
  }
  for (const id of new Set(sourceIds)) {
    const source = index.sources.get(id);
    if (source) length += source.title.length + source.url.length + 5;
  }
  return length;
}

function hasLetters(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(stripMarkup(text));
}

function taskContext(task: Task, parsed: ParsedQuestion, knowledge: Knowledge, now: string): AnswerContext {
  const { clause } = task;
  return {
    ...knowledge,
    now,
    task,
    question: { text: clause.text, words: clause.words },
    subjects: {
      states: task.state ? [task.state, ...task.others] : task.others,
      unknownStates: clause.world,
      people: task.person ? [task.person] : [],
      previousHeads: clause.previousHeads,
      events: task.events,
      years: task.years ?? clause.years,
      cycles: parsed.cycles,
      earlier: task.earlier,
      dates: parsed.dates,
      ...(parsed.zone ? { zone: parsed.zone } : {}),
      ...(parsed.zoneName ? { zoneName: parsed.zoneName } : {}),
      ...(parsed.otherZones ? { otherZones: parsed.otherZones } : {}),
    },
  };
}

/** Kinds about a dated milestone of one state's review: meaningless without the state. */
function needsState(task: Task, index: UprIndex): boolean {
  const reviewed = task.state && index.reviewsByState.has(task.state.code);
  if (reviewed) return false;
  if (NEEDS_STATE.has(task.kind)) return true;
  const timed = task.kind === 'when' || task.kind === 'status' || task.kind === 'until';
  return timed && (task.object === 'review' || task.object === 'adoption' || task.object === 'replies');
}

function whichState(kinds: Kind[], index: UprIndex): Line {
  const states = index.reviews.map((r) => stateName(index, r.state)).join(', ');
  return [
    `Which state do you mean? The ${ordinal(index.session.number)} session reviews ${states}. For example: "${exampleFor(kinds[0]!, index)}"`,
  ];
}

function isReviewed(clause: Clause, index: UprIndex): boolean {
  return clause.states.some((s) => index.reviewsByState.has(s.code));
}

export function answerQuestion(question: string, ctx: QuestionContext): Reply {
  const knowledge: Knowledge = { index: ctx.index, agenda: ctx.agenda, states: ctx.states };
  const { index } = ctx;
  if (!hasLetters(question)) {
    return reply(
      [
        {
          kind: 'section',
          lines: [
            [
              `Ask me a question about the UPR session, for example "${exampleQuestions(index)[0]}", or type /upr help.`,
            ],
          ],
        },
      ],
      { ephemeral: true, zone: ctx.zone },
    );
  }
  const parsed = parseQuestion(question, index, ctx.now);
  const { clauses } = parsed;
  const reviewed = clauses.some((c) => isReviewed(c, index));
  const named = clauses.some((c) => c.people.length || c.events.length || c.previousHeads.length);
  const cues = new Set(clauses.flatMap((c) => [...c.cues]));

  // "who wins, China or Saudi?", "a score out of 10": a judgement, which the data cannot give.
  if (cues.has('opinion') && (reviewed || !cues.has('offTopic'))) {
    return reply(
      [
        {
          kind: 'section',
          lines: [
            [
              "I can't give opinions, scores or rankings of states' records: the UPR is a peer review that ends in recommendations, not a contest with a winner or a score. I can tell you what the data holds: dates, delegations, recommendations and the replies to them.",
            ],
          ],
        },
      ],
      { zone: ctx.zone },
    );
  }
  const document = documentAnswer(question, index, ctx.zone);
  if (document) return document;
  // "the weather in Geneva" is off topic; "my flight lands on the 21st, will I make China's review?" is not.
  if (cues.has('offTopic') && !reviewed && !named) return outOfScope(ctx);
  const other = otherSessionAsked(parsed, index);
  if (other) {
    // A fact that mentions that session in passing is told with its source.
    const mention = index.facts.find((f) => other.includes(f.text));
    // "when is China reviewed at the 54th session?": that session is not known; the state's review
    // the data does hold is told after it, labelled as another session's.
    const nearest = nearestSessionFact(parsed, index);
    return reply(
      [
        { kind: 'section', lines: [[other], ...(nearest ? [[nearest.text]] : [])] },
        ...sourcesBlock(index, [...(mention?.sources ?? []), ...(nearest?.sources ?? [])]),
      ],
      { zone: ctx.zone },
    );
  }
  if (!reviewed && !cues.has('troika') && !cues.has('said')) {
    const outside = clauses.flatMap((c) => [...c.world, ...c.states])[0];
    if (outside) {
      return outOfScope(
        ctx,
        `${outside.name} is not reviewed in the ${ordinal(index.session.number)} session, so it is not in the bot's data.`,
      );
    }
  }

  // "what part does Amnesty International play?": an organisation asked about by name, before
  // its words ("take part") are read as another question.
  if (
    !reviewed &&
    !named &&
    !parsed.dates.length &&
    /\b(role|part|do|does|did|involved|involvement|who is|what is)\b/.test(parsed.text)
  ) {
    const organisation = organisationAnswer(question, index, ctx);
    // "what does UPR Info say about the recommendations?": a source named beside another question
    // is where that answer comes from, not the question.
    const beside = organisation?.source && planTasks(parsed, index).tasks.some((t) => t.kind !== 'whatIsUpr');
    if (organisation && !beside) return organisation.reply;
  }
  const plan = planTasks(parsed, index);
  const lines: Line[] = [];
  const sources: string[] = [];
  const stateless: Kind[] = [];
  let answered = 0;
  let used = 0;
  const left: string[] = [];
  const said = new Set<string>();
  for (const task of plan.tasks) {
    // "…, and what about Peru?": a state outside the session is said to be so, not answered for.
    const outside = !task.state && !['said', 'troika'].includes(task.kind) ? task.clause.world[0] : undefined;
    if (outside) {
      lines.push([
        `${outside.name} is not reviewed in the ${ordinal(index.session.number)} session, so it is not in the bot's data.`,
      ]);
      continue;
    }
    if (
      task.state &&
      !index.reviewsByState.has(task.state.code) &&
      !['troika', 'said', 'sameDay', 'order'].includes(task.kind)
    ) {
      lines.push([`${task.state.name} is not reviewed in the ${ordinal(index.session.number)} session.`]);
      continue;
    }
    // "who led the UK delegation at China's review?": a pair the data does not hold, said for that subject.
    const unheld = unheldPair(task, index);
    if (unheld) {
      const key = unheld.join('');
      if (!said.has(key)) lines.push(unheld);
      said.add(key);
      answered++;
      continue;
    }
    if (needsState(task, index)) {
      if (!stateless.includes(task.kind)) stateless.push(task.kind);
      continue;
    }
    const found = answerTask(task.kind, taskContext(task, parsed, knowledge, ctx.now));
    if (!found) continue;
    // A chat message has room for so much: a part that does not fit is named, not dropped.
    const size = estimateLength(
      found.lines,
      found.sources.filter((id) => !sources.includes(id)),
      index,
    );
    if (answered && used + size > MESSAGE_BUDGET) {
      left.push(task.state ? `${task.kind} (${task.state.name})` : task.kind);
      continue;
    }
    used += size;
    answered++;
    for (const line of found.lines) {
      // Two parts that tell the same thing (a state's review asked twice) say it once.
      let key = '';
      for (const p of line)
        key +=
          typeof p === 'string'
            ? p
            : 'time' in p
              ? `${p.time}${p.end ?? ''}`
              : 'strong' in p
                ? p.strong
                : p.link;
      if (said.has(key)) continue;
      said.add(key);
      lines.push(line);
    }
    sources.push(...found.sources);
  }
  if (stateless.length) {
    const which = whichState(stateless, index);
    lines.push(
      used + estimateLength([which], [], index) > MESSAGE_BUDGET
        ? ['Which state do you mean for the rest?']
        : which,
    );
  }
  if (left.length)
    lines.push([`That is more than one message holds; please ask separately about: ${left.join(', ')}.`]);
  // What the question took for granted ("346, right?"), where the answer does not already tell it.
  if (answered) {
    const told = lineText(lines, index.session.zone);
    const verdict = claimVerdict(parsed, told, index.session.zone);
    if (verdict && lines[0] && !/^(yes|no)\b/i.test(lineText([lines[0]], index.session.zone)))
      lines[0] = [`${verdict}. `, ...lines[0]];
    const claims = claimLines(parsed, index, ctx.agenda, ctx.now, told);
    // A correction is worth telling only if the message still has room for it.
    const newSources = claims.sources.filter((id) => !sources.includes(id));
    if (used + estimateLength(claims.lines, newSources, index) <= MESSAGE_BUDGET) {
      lines.push(...claims.lines);
      sources.push(...claims.sources);
    }
  }
  if (answered || stateless.length) {
    for (const clause of plan.notUnderstood) {
      lines.push([
        clause.cues.has('offTopic')
          ? `I can't help with "${clause.text}": I only know the UPR session.`
          : `I did not understand "${clause.text}", so I have not answered it.`,
      ]);
    }
    const blocks: Block[] = [{ kind: 'section', lines }, ...sourcesBlock(index, sources)];
    return reply(blocks, { zone: ctx.zone });
  }
  if (lines.length) return reply([{ kind: 'section', lines }], { zone: ctx.zone });

  // "What role does OHCHR play?": what the data's general facts say of that organisation, or that
  // they say nothing of it; never a neighbouring fact in its place.
  const organisation = !named && !reviewed ? organisationAnswer(question, index, ctx) : undefined;
  if (organisation) return organisation.reply;
  // "Who is Michelle Bachelet?": a name the data does not hold is said to be unknown, not guessed at.
  const stranger = /\b[Ww]ho(?: is|'s| was)\s+((?:\p{Lu}[\p{L}'-]+\s*){2,4})/u.exec(question)?.[1]?.trim();
  if (stranger && !named && !reviewed) {
    return reply(
      [
        {
          kind: 'section',
          lines: [
            [
              `${stranger} is not in the bot's data: it knows the session's heads of delegation, deputies, speakers and organisers.`,
            ],
          ],
        },
      ],
      { zone: ctx.zone },
    );
  }
  // Nothing understood: the best-matching fact, if it is a confident match, else say so.
  const engine = engineFor(index);
  const isDomain = cues.size > 0 || named || reviewed;
  const best = engine.facts
    .search(parsed.text)
    // Never another state's fact: a fact about a state answers only questions about that state.
    .find(
      (hit) =>
        isKnownAt(hit.fact.asOf, ctx.now, index.session.zone) &&
        (!hit.fact.subject || clauses.some((c) => c.states.some((s) => s.code === hit.fact.subject))),
    );
  if (best && isDomain && best.score >= CONFIDENCE_THRESHOLD && best.matchedTerms >= 2) {
    const fact = factAnswer(best.fact);
    return reply([{ kind: 'section', lines: fact.lines }, ...sourcesBlock(index, fact.sources)], {
      zone: ctx.zone,
    });
  }
  return isDomain ? notSure(ctx, parsed.text) : outOfScope(ctx);
}
