import countries from 'i18n-iso-countries/index.js';
import { parseQuestion } from '../answers/question-parse.ts';
import { NEEDS_STATE, planTasks, type Task } from '../answers/question-plan.ts';
import { stripMarkup } from '../answers/question-text.ts';
import { type Block, type Line, type Reply, reply } from '../reply.ts';
import { renderLinePlain, timesOf } from '../reply-text.ts';
import type { UprIndex } from '../upr-index.ts';
import { englishQuote, listOf, message } from './catalogue.ts';
import type { Locale } from './locales.ts';
import type { LocalContext } from './localized-context.ts';
import { earlierOfOnlyState, withoutOwnCycle } from './localized-cycles.ts';
import { LOCAL_RENDERERS } from './localized-facts.ts';
import { stateNameIn } from './localized-names.ts';
import { sourcesIn } from './localized-parts.ts';
import { ordinalsAsDigits } from './question-ordinals.ts';
import { positionAsked } from './question-position.ts';

// A question answered in the reader's language. The English engine understands it (its parser
// reads French, Spanish and Chinese cue words and names); the main kinds are then told here
// through the catalogue (localized-facts.ts), and whatever is not is the English answer, quoted
// and marked as English. Sources are never translated: they are the same links.

export interface LocalizedQuestion {
  index: UprIndex;
  now: string;
  zone: string;
  locale: Locale;
}

export type EnglishAnswerer = (question: string) => Reply | Promise<Reply>;

function hasLetters(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(stripMarkup(text));
}

function lineKey(line: Line): string {
  return line.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join('');
}

/** The English reply's words, each line quoted as English; its sources kept as they are. */
function quoted(english: Reply, q: LocalizedQuestion): { lines: Line[]; sources: Block[] } {
  const options = { zone: english.zone, now: q.now, times: timesOf({ zone: english.zone, now: q.now }) };
  const lines: Line[] = [];
  const sources: Block[] = [];
  for (const block of english.blocks) {
    if (block.kind === 'sources') sources.push(block);
    else if (block.kind === 'section' || block.kind === 'context')
      for (const line of block.lines) {
        const text = renderLinePlain(line, options).trim();
        if (text) lines.push([englishQuote(q.locale, text)]);
      }
    else if (block.kind === 'header') lines.push([englishQuote(q.locale, block.text)]);
  }
  return { lines, sources };
}

function examples(q: LocalizedQuestion): Line[] {
  const state = q.index.reviews[0]?.state;
  if (!state) return [];
  const name = stateNameIn(q.index, state, q.locale);
  return (['example.head', 'example.when', 'example.recommendations'] as const).map((id) => [
    `• ${message(q.locale, id, { state: name })}`,
  ]);
}

function notSure(q: LocalizedQuestion): Reply {
  const lines: Line[] = [
    [message(q.locale, 'answer.notSure')],
    ...examples(q),
    [message(q.locale, 'answer.tryHelp')],
  ];
  return reply([{ kind: 'section', lines }], { ephemeral: true, zone: q.zone });
}

function outOfScope(q: LocalizedQuestion, detail?: string): Reply {
  const states = listOf(
    q.locale,
    q.index.reviews.map((r) => stateNameIn(q.index, r.state, q.locale)),
  );
  const lines: Line[] = [
    ...(detail ? [[detail]] : []),
    [message(q.locale, 'answer.outOfScope', { number: q.index.session.number, states })],
  ];
  return reply([{ kind: 'section', lines }], { ephemeral: true, zone: q.zone });
}

/** "Qui seconde Chen Xu ?": a delegation's ask with a person and no state is about that person's state. */
function withPersonsState(task: Task, index: UprIndex): Task {
  const code = task.person?.state;
  if (task.state || !code || !NEEDS_STATE.has(task.kind)) return task;
  const state = index.states.get(code);
  return state ? { ...task, state } : task;
}

/**
 * "副团长是谁？": a delegation's post asked with no state, where the data holds it for exactly one
 * delegation, is about that delegation (the answer names its state); with several, which state is asked.
 */
function withOnlyHolder(task: Task, index: UprIndex): Task {
  if (task.state || task.clause.world.length || (task.kind !== 'deputy' && task.kind !== 'members'))
    return task;
  const holders = index.reviews.filter((r) => {
    const held = task.kind === 'deputy' ? r.delegation.deputy : r.delegation.members;
    return held && held.status !== 'unconfirmed';
  });
  const state = holders.length === 1 ? index.states.get(holders[0]!.state) : undefined;
  return state ? { ...task, state } : task;
}

const LISTS = new Set<Task['kind']>(['statesList', 'statesCount', 'order', 'overview']);

/**
 * "¿Quién encabeza el país que se examina en 12.º lugar?", "第十个审议的国家": a state named by its
 * place in the order of review is the subject of the asks with none; "which state" is the order's answer.
 */
function atPosition(task: Task, index: UprIndex, position: number | undefined): Task {
  const review = position ? index.reviews[position - 1] : undefined;
  const state = review && index.states.get(review.state);
  if (!state || task.state || task.clause.world.length) return task;
  return { ...task, state, ...(LISTS.has(task.kind) ? { kind: 'order' as const } : {}) };
}

/**
 * "Who led the delegation in 2013, and how many recommendations?": a follow-up clause naming no
 * time of its own asks about the same earlier review as the clause before it.
 */
function followingEarlier(task: Task, before: Task | undefined): Task {
  const ownTime =
    task.clause.years.length > 0 || task.clause.cues.has('thisOne') || task.clause.cues.has('now');
  if (task.earlier || !before || ownTime || task.state?.code !== before.state?.code) return task;
  return { ...task, earlier: true, years: before.years ?? before.clause.years };
}

/** A zone Intl can format ("UTC+3" is luxon's alone: such a clock stays the English engine's). */
function zoneKnown(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const PREMISES = new Set<Task['kind']>(['status', 'order', 'documents', 'dayAgenda', 'nowNext']);

/**
 * "审议刚结束，接下来呢？", "ya se adoptó el informe, ¿y ahora qué?": beside what comes next, a step
 * said to be over is the question's premise, not a question of its own.
 */
function afterPremises(tasks: readonly Task[]): readonly Task[] {
  if (!tasks.some((t) => t.kind === 'nextSteps')) return tasks;
  // "Après l'examen du Mexique, que se passe-t-il ?": one state's next steps are told once.
  const told = new Set<string>();
  return tasks.filter((t) => {
    if (t.kind === 'nextSteps') {
      const key = t.state?.code ?? '';
      if (told.has(key)) return false;
      told.add(key);
      return true;
    }
    return !PREMISES.has(t.kind) && !(t.kind === 'when' && !t.clause.cues.has('when'));
  });
}

/**
 * "接下来第一场审议是哪个国家？": "what next" in a clause asking which state is the next review,
 * not the steps after one.
 */
function nextOfWhichState(task: Task): Task {
  const c = task.clause.cues;
  return task.kind === 'nextSteps' && !task.state && c.has('which') && c.has('statesNoun')
    ? { ...task, kind: 'nowNext' }
    : task;
}

const NAMES_A_STATE = new Set<Task['kind']>(['nowNext', 'order', 'statesList']);

/**
 * "下一场审议是哪个国家？北京时间几点开始": a time asked of no state, beside an ask that names the
 * state and dates it (the next review, a place in the order), is that answer's time: not asked twice.
 */
function datedElsewhere(tasks: readonly Task[]): readonly Task[] {
  if (!tasks.some((t) => NAMES_A_STATE.has(t.kind) && !t.state)) return tasks;
  return tasks.filter((t) => t.kind !== 'when' || t.state || t.events.length || t.object !== 'review');
}

export async function answerInLanguage(
  question: string,
  q: LocalizedQuestion,
  english: EnglishAnswerer,
): Promise<Reply> {
  if (q.locale === 'en') return english(question);
  const { index, locale } = q;
  // "第三轮", "troisième examen": ordinals as the engine reads them, for it and the English fallback.
  question = ordinalsAsDigits(question);
  if (!hasLetters(question)) {
    const state = index.reviews[0]?.state;
    const example = state
      ? message(locale, 'example.head', { state: stateNameIn(index, state, locale) })
      : '';
    return reply([{ kind: 'section', lines: [[message(locale, 'answer.askSomething', { example })]] }], {
      ephemeral: true,
      zone: q.zone,
    });
  }
  // "en 12.º lugar": a state by its place in the order, and no place asked for.
  const { position, question: placeless } = positionAsked(question);
  const first = parseQuestion(placeless, index, q.now);
  // "lors de son 4e examen": the session's own cycle is this review, read without it.
  const ownless = withoutOwnCycle(placeless, first, index);
  const parsed = ownless ? parseQuestion(ownless, index, q.now) : first;
  // "la 46e session", "下届会议": another session than the data's is not known, whatever is asked of it.
  const otherSession = parsed.sessionNumbers.find((n) => n !== index.session.number) ?? parsed.otherSession;
  if (otherSession !== undefined) {
    const values = {
      which: typeof otherSession === 'number' ? 'number' : otherSession,
      number: typeof otherSession === 'number' ? otherSession : 0,
      current: index.session.number,
    };
    return reply([{ kind: 'section', lines: [[message(locale, 'answer.otherSessionUnknown', values)]] }], {
      zone: q.zone,
    });
  }
  const plan = planTasks(parsed, index);
  const afterStep = parsed.clauses.some((c) => c.cues.has('over'));
  const ctx: LocalContext = {
    index,
    now: q.now,
    locale,
    dates: parsed.dates,
    afterStep,
    question: parsed.clauses.map((c) => c.text).join(' ; '),
    ...(parsed.zone && parsed.zone !== index.session.zone && zoneKnown(parsed.zone)
      ? { clock: parsed.zone }
      : {}),
  };
  const lines: Line[] = [];
  const sources: string[] = [];
  const said = new Set<string>();
  let unanswered = plan.notUnderstood.length > 0 || plan.tasks.length === 0;
  let whichState = false;
  // "Which side meetings, and who organises them?": an overview a clause falls back to adds nothing to asks answered.
  const tasks = earlierOfOnlyState(
    plan.tasks.some((t) => t.kind !== 'overview')
      ? plan.tasks.filter((t) => t.kind !== 'overview')
      : plan.tasks,
    parsed,
    index,
  ).map(nextOfWhichState);
  let earlier: Task | undefined;
  for (const planned of afterPremises(datedElsewhere(tasks))) {
    const placed = atPosition(planned, index, position);
    const task = followingEarlier(withOnlyHolder(withPersonsState(placed, index), index), earlier);
    if (task.earlier) earlier = task;
    // A state the data does not know at all ("…and Peru?") is said to be outside the session.
    const outside = task.state ? undefined : task.clause.world[0];
    if (outside && !['said', 'troika'].includes(task.kind)) {
      // Not in the data: its name in the reader's language from the ISO country list.
      const name = countries.getName(outside.code, locale) ?? outside.name;
      lines.push([message(locale, 'answer.notReviewed', { state: name })]);
      continue;
    }
    if (task.state && !index.reviewsByState.has(task.state.code)) {
      lines.push([
        message(locale, 'answer.notReviewed', { state: stateNameIn(index, task.state.code, locale) }),
      ]);
      continue;
    }
    if (!task.state && NEEDS_STATE.has(task.kind)) {
      whichState = true;
      continue;
    }
    // A time asked in another zone ("北京时间", "hora de Pekín") is told in that zone's clock.
    const found = LOCAL_RENDERERS[task.kind]?.(task, ctx);
    if (!found) {
      unanswered = true;
      continue;
    }
    for (const line of found.lines) {
      const key = lineKey(line);
      if (said.has(key)) continue;
      said.add(key);
      lines.push(line);
    }
    sources.push(...found.sources);
  }
  if (whichState) {
    const states = listOf(
      locale,
      index.reviews.map((r) => stateNameIn(index, r.state, locale)),
    );
    lines.push([message(locale, 'answer.whichState', { states })]);
  }
  const blocks: Block[] = [];
  if (unanswered) {
    const answered = await english(question);
    // The English engine's own "not sure" and "only the UPR" are said in the reader's language.
    if (!lines.length && answered.ephemeral) {
      return plan.tasks.length || parsed.clauses.some((c) => c.cues.size) ? notSure(q) : outOfScope(q);
    }
    const fromEnglish = quoted(answered, q);
    if (fromEnglish.lines.length) {
      if (lines.length || fromEnglish.lines.length) lines.push([message(locale, 'answer.englishOnly')]);
      lines.push(...fromEnglish.lines);
    }
    blocks.push({ kind: 'section', lines }, ...sourcesIn(locale, index, sources));
    for (const block of fromEnglish.sources)
      if (block.kind === 'sources')
        blocks.push(
          ...sourcesIn(
            locale,
            index,
            block.sources.map((s) => s.id).filter((id) => !sources.includes(id)),
          ),
        );
    return reply(blocks, { zone: q.zone });
  }
  return reply([{ kind: 'section', lines }, ...sourcesIn(locale, index, sources)], { zone: q.zone });
}
