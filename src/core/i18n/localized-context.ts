import type { Task } from '../answers/question-plan.ts';
import { tokenize } from '../answers/question-tokens.ts';
import { phaseOf } from '../clock-wording.ts';
import type { Review, When } from '../data-schema.ts';
import type { Line } from '../reply.ts';
import type { UprIndex } from '../upr-index.ts';
import { type MessageId, type MessageValues, message } from './catalogue.ts';
import type { Locale } from './locales.ts';
import { stateNameIn } from './localized-names.ts';
import { formatterFor, zoneNameIn } from './time-texts-in.ts';

// What every answer told in the reader's language is made with: the question's context, the
// shape of an answer, and the small helpers the renderers of each kind share.

export interface LocalContext {
  index: UprIndex;
  now: string;
  locale: Locale;
  /** The calendar days the question names (YYYY-MM-DD), if any. */
  dates?: readonly string[];
  /** The question says a step is over ("审议刚结束", "vient de finir"): what comes next follows it. */
  afterStep?: boolean;
  /** The whole question as the engine reads it (folded, clause by clause). */
  question?: string;
  /** The clock the question asks times in ("北京时间", "hora de Pekín"), when not the session's. */
  clock?: string;
}

export interface LocalAnswer {
  lines: Line[];
  sources: string[];
}

/** A kind's answer in the reader's language, or undefined: the caller then quotes the English one. */
export type Renderer = (task: Task, ctx: LocalContext) => LocalAnswer | undefined;

export function say(ctx: LocalContext, id: MessageId, values: MessageValues = {}): string {
  return message(ctx.locale, id, values, ctx.clock ?? ctx.index.session.zone);
}

export function found(lines: string[], sources: readonly string[] = []): LocalAnswer {
  return { lines: lines.map((l) => [l]), sources: [...sources] };
}

/**
 * The session's local time as the reader's language names it: the data's own name ("日内瓦时间",
 * "heure de Genève") where it has one, else the zone's short name by Intl (UTC+1).
 */
export function zoneName(ctx: LocalContext, at: Date): string {
  // A clock the reader asked for is named by Intl in the language ("中国标准时间").
  if (ctx.clock && ctx.locale !== 'en') return zoneNameIn(ctx.clock, ctx.locale, at.getTime());
  const { session } = ctx.index;
  const named = ctx.locale === 'en' ? undefined : session.zoneNames?.[ctx.locale];
  if (named) return named;
  const parts = formatterFor(ctx.locale, session.zone, 'zoneShort').formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? session.zone;
}

/** past / now / future, the tense a dated thing is told in at `now`. */
export function phase(
  when: Pick<When, 'date' | 'start' | 'end'>,
  ctx: LocalContext,
): 'past' | 'now' | 'future' {
  const p = phaseOf(when, ctx.now, ctx.index.session.zone);
  return p === 'over' ? 'past' : p === 'under-way' || p === 'today' ? 'now' : 'future';
}

export function stateOf(task: Task, ctx: LocalContext): { name: string; review: Review } | undefined {
  const review = task.state ? ctx.index.reviewsByState.get(task.state.code) : undefined;
  return review && { name: stateNameIn(ctx.index, review.state, ctx.locale), review };
}

const phrasesOf = new WeakMap<readonly string[], string[]>();

/** Whether the task's clause says one of the words ("après l'examen"), compared as tokens. */
export function clauseSays(task: Task, words: readonly string[]): boolean {
  let phrases = phrasesOf.get(words);
  if (!phrases) {
    phrases = words.map((w) => ` ${tokenize(w).join(' ')} `);
    phrasesOf.set(words, phrases);
  }
  const text = ` ${task.clause.text} `;
  return phrases.some((p) => text.includes(p));
}
