import type { AgendaItem } from '../agenda.ts';
import { clockIn, dayIn, formatDay, isKnownAt } from '../clock-wording.ts';
import type { Line } from '../reply.ts';
import type { UprIndex } from '../upr-index.ts';
import { ordinal } from '../wording/ordinals.ts';
import { possessive } from '../wording/state-words.ts';
import type { ParsedQuestion } from './question-parse.ts';

// A question often carries what the asker believes: "China got 346 recommendations, right?",
// "China's review is 26 Jan?", "states get 45 min each?". Each figure, day, clock time and earlier
// head of delegation it names is looked up in the whole data set; one the answer does not already
// tell is said for what it is ("346 is what China received at its third review (2018)"), so a
// belief about another thing is corrected rather than passed over.

export interface Owner {
  text: string;
  sources: string[];
  /** The state it belongs to, to keep to the states the question names. */
  state?: string;
}

export interface ClaimLines {
  lines: Line[];
  sources: string[];
}

function past(date: string, now: string, zone: string): boolean {
  return date < dayIn(now, zone);
}

function agendaOwner(item: AgendaItem, index: UprIndex, now: string): Owner | undefined {
  const zone = index.session.zone;
  const state = item.states[0] ? index.states.get(item.states[0]) : undefined;
  const was = item.date !== undefined && past(item.date, now, zone);
  const day = item.date ? formatDay(item.date) : '';
  if (item.kind === 'review' && state)
    return {
      text: `${day} is the day of ${possessive(state)} review`,
      sources: item.sources,
      state: state.code,
    };
  if (item.kind === 'adoption' && state)
    return {
      text: `${day} is the day the Working Group ${was ? 'adopted' : 'is due to adopt'} the report on ${state.name}`,
      sources: item.sources,
      state: state.code,
    };
  return { text: `${day} is the day of ${item.title}`, sources: item.sources };
}

/** What in the data falls on a day (month and day; the year is often left out). */
export function dayOwners(
  date: string,
  index: UprIndex,
  agenda: readonly AgendaItem[],
  now: string,
): Owner[] {
  const md = date.slice(5);
  const zone = index.session.zone;
  const owners: Owner[] = [];
  for (const item of agenda)
    if (item.date?.slice(5) === md) {
      const owner = agendaOwner(item, index, now);
      if (owner) owners.push(owner);
    }
  for (const review of index.reviews) {
    const state = index.states.get(review.state);
    if (!state) continue;
    const council =
      review.councilAdoption?.date ??
      (review.councilAdoption?.start ? dayIn(review.councilAdoption.start, zone) : undefined);
    if (council?.slice(5) === md)
      owners.push({
        text: `${formatDay(council)} is the day the Human Rights Council ${past(council, now, zone) ? 'adopted' : 'is due to adopt'} the outcome of ${possessive(state)} review`,
        sources: review.councilAdoption!.sources,
        state: state.code,
      });
    const replies = review.replies?.when.date;
    if (replies?.slice(5) === md) {
      const r = review.replies!;
      const counts = [
        [r.accepted, 'accepted'],
        [r.partiallyAccepted, 'partially accepted'],
        [r.noted, 'noted'],
        [r.rejected, 'rejected'],
      ]
        .filter(([n]) => n !== undefined)
        .map(([n, word]) => `${n} ${word}`)
        .join(', ');
      const told = past(replies, now, zone);
      owners.push({
        text: `${formatDay(replies)} is the day ${state.name} ${told ? 'published' : 'is due to publish'} its replies to the recommendations${told && counts ? ` (${counts})` : ''}`,
        sources: review.replies!.when.sources,
        state: state.code,
      });
    }
  }
  for (const earlier of index.data.previousReviews) {
    const state = index.states.get(earlier.state);
    if (!state) continue;
    const which = `${possessive(state)} ${ordinal(earlier.cycle)} review (${earlier.date.slice(0, 4)})`;
    if (earlier.date.slice(5) === md)
      owners.push({
        text: `${formatDay(earlier.date)} was the day of ${which}`,
        sources: earlier.sources,
        state: state.code,
      });
    if (earlier.adoption?.slice(5) === md)
      owners.push({
        text: `${formatDay(earlier.adoption)} was the day the Working Group adopted the report of ${which}`,
        sources: earlier.sources,
        state: state.code,
      });
  }
  return owners;
}

function numberOwners(n: number, index: UprIndex, now: string): Owner[] {
  const zone = index.session.zone;
  const owners: Owner[] = [];
  for (const review of index.reviews) {
    const state = index.states.get(review.state);
    if (!state) continue;
    const count = review.recommendations;
    if (count?.value === n && isKnownAt(count.asOf, now, zone))
      owners.push({
        text: `${n} is the number of recommendations ${state.name} received at this review`,
        sources: count.sources,
        state: state.code,
      });
    const replies = review.replies;
    if (replies && isKnownAt(replies.when.start ?? replies.when.date, now, zone)) {
      const counts: [number | undefined, string][] = [
        [replies.accepted, 'accepted'],
        [replies.partiallyAccepted, 'partially accepted'],
        [replies.noted, 'noted'],
        [replies.rejected, 'rejected'],
      ];
      for (const [value, word] of counts)
        if (value === n)
          owners.push({
            text: `${n} is the number of recommendations ${state.name} ${word} this time`,
            sources: replies.sources,
            state: state.code,
          });
    }
  }
  for (const earlier of index.data.previousReviews) {
    const state = index.states.get(earlier.state);
    const words = earlier.recommendations;
    if (!state || !words) continue;
    const which = `its ${ordinal(earlier.cycle)} review (${earlier.date.slice(0, 4)})`;
    if (Number(/^(\d+)/.exec(words)?.[1]) === n)
      owners.push({
        text: `${n} is the number of recommendations ${state.name} received at ${which}`,
        sources: earlier.sources,
        state: state.code,
      });
    if (Number(/(\d+) accepted/.exec(words)?.[1]) === n)
      owners.push({
        text: `${n} is the number of recommendations ${state.name} accepted at ${which}`,
        sources: earlier.sources,
        state: state.code,
      });
  }
  // A figure with its unit in a fact: "45 seconds", "70 minutes".
  // "3" is not in "3.5 hours"; "70" is in "70 minutes".
  const figure = new RegExp(`(?<![\\d.,])${n}(?![\\d]|[.,]\\d)`);
  for (const fact of index.facts) {
    if (!isKnownAt(fact.asOf, now, zone) || !figure.test(fact.text.replace(/(\d),(\d{3})/g, '$1$2')))
      continue;
    if (owners.some((o) => o.state && o.state === fact.subject)) continue;
    owners.push({
      text: fact.text.replace(/\.$/, ''),
      sources: fact.sources,
      ...(fact.subject ? { state: fact.subject } : {}),
    });
  }
  return owners;
}

function timeOwners(
  clock: string,
  agenda: readonly AgendaItem[],
  index: UprIndex,
  days: readonly string[],
): Owner[] {
  const zone = index.session.zone;
  const owners: Owner[] = [];
  for (const item of agenda) {
    if (!item.start || clockIn(item.start, zone) !== clock) continue;
    if (days.length && !days.includes(item.date ?? '')) continue;
    const state = item.states[0] ? index.states.get(item.states[0]) : undefined;
    const what =
      item.kind === 'review' && state
        ? `${possessive(state)} review`
        : item.kind === 'adoption' && state
          ? `the Working Group's adoption of the report on ${state.name}`
          : item.title;
    owners.push({
      text: `${clock} is when ${what} starts (${formatDay(item.date ?? dayIn(item.start, zone))})`,
      sources: item.sources,
      ...(state ? { state: state.code } : {}),
    });
  }
  return owners;
}

/** The answer's words, with its times written out, to see what it already tells. */
export function lineText(lines: readonly Line[], zone: string): string {
  let text = '';
  for (const line of lines)
    for (const part of line) {
      if (typeof part === 'string') text += part;
      else if ('time' in part)
        text += ` ${formatDay(dayIn(part.time, zone))} ${clockIn(part.time, zone)} ${part.end ? clockIn(part.end, zone) : ''} `;
      else if ('strong' in part) text += part.strong;
      else text += part.text;
    }
  return text.toLowerCase();
}

const MAX_CLAIMS = 3;

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/;

export function claimLines(
  parsed: ParsedQuestion,
  index: UprIndex,
  agenda: readonly AgendaItem[],
  now: string,
  told: string,
): ClaimLines {
  const named = new Set(parsed.clauses.flatMap((c) => c.states.map((s) => s.code)));
  // Only what belongs to the states the question names, when it names any.
  const keep = (o: Owner) => !named.size || (o.state !== undefined && named.has(o.state));
  const found: Owner[] = [];
  const tokens = parsed.text.split(' ');
  tokens.forEach((token, i) => {
    if (!/^[1-9]\d{1,3}$/.test(token) || /^(19|20)\d\d$/.test(token)) return;
    // "upr 45", "hrc 56", "A/HRC/56": a session's number, not a figure.
    if (/^(upr|session|hrc|wg|number)$/.test(tokens[i - 1] ?? '')) return;
    // "30 Jan" is a day, checked below with the other days, not a figure.
    if (MONTH.test(tokens[i + 1] ?? '') || MONTH.test(tokens[i - 1] ?? '')) return;
    // "3973" is told as "3,973".
    if (told.includes(token) || told.includes(Number(token).toLocaleString('en-US'))) return;
    // A session-wide figure ("283 is the average per state") still tells what the number is.
    const owners = numberOwners(Number(token), index, now);
    const kept = owners.filter(keep);
    // Of the session-wide facts, the one that counts what the question counts ("14 states").
    const counted = `${token} ${tokens[i + 1] ?? ''}`;
    const wide = owners
      .filter((o) => !o.state)
      .sort((a, b) => +b.text.includes(counted) - +a.text.includes(counted));
    found.push(...(kept.length ? kept : wide.slice(0, 1)));
  });
  for (const m of parsed.text.matchAll(/\b(\d{1,2})[:.h](\d{2})\b/g)) {
    const clock = `${m[1]!.padStart(2, '0')}:${m[2]}`;
    if (told.includes(clock)) continue;
    // "at 14:30 on the 23rd": what starts then on that day, whoever it is; else the states named.
    const owners = timeOwners(clock, agenda, index, parsed.dates);
    found.push(...(parsed.dates.length ? owners : owners.filter(keep)));
  }
  for (const date of parsed.dates) {
    const owners = dayOwners(date, index, agenda, now).filter(keep);
    found.push(
      ...owners.filter(
        (o) =>
          !told.includes(
            o.text
              .slice(0, o.text.indexOf(' is') > 0 ? o.text.indexOf(' is') : o.text.indexOf(' was'))
              .toLowerCase(),
          ),
      ),
    );
  }
  for (const head of parsed.clauses.flatMap((c) => c.previousHeads)) {
    if (told.includes(head.toLowerCase())) continue;
    const earlier = index.data.previousReviews.find(
      (p) => p.head?.includes(head) || head.includes(p.head ?? '\u0000'),
    );
    const state = earlier && index.states.get(earlier.state);
    if (earlier && state)
      found.push({
        text: `${head} led ${possessive(state)} delegation at its ${ordinal(earlier.cycle)} review (${earlier.date.slice(0, 4)})`,
        sources: earlier.sources,
        state: state.code,
      });
  }
  const seen = new Set<string>();
  const lines: Line[] = [];
  const sources: string[] = [];
  for (const owner of found) {
    if (seen.has(owner.text) || lines.length >= MAX_CLAIMS) continue;
    seen.add(owner.text);
    lines.push([`For the record: ${owner.text}.`]);
    sources.push(...owner.sources);
  }
  return { lines, sources };
}

/** "is 283 how many …?", "the 4 July date – is that …?", "… at 12:30, right?": a check of a belief. */
const CHECKS =
  /^(is|was|are|were|does|did|will)\b|\b(is|was) (that|this|it)\b|\b(right|correct|true)$|^(so|ok|okay|wait)\b(?!.*\b(what|when|where|who|which|how|why)\b)/;

/** A clock time or a figure, not a year, ordinal or session number. */
const FIGURE = /(?<![\d:./])\d{1,3}(?:,?\d{3})*(?:\.\d+)?(?![\d:]|st\b|nd\b|rd\b|th\b|\/)/g;

/** The figures an answer tells, in order, without its dates and clock times. */
function figuresOf(told: string): number[] {
  const bare = told
    .replace(/\b\d{1,2}:\d{2}\b/g, ' ')
    .replace(/\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*( \d{4})?/g, ' ')
    .replace(/\b(19|20)\d\d\b/g, ' ')
    .replace(/\b(upr|session|hrc|wg)[ /]\d+/g, ' ');
  return [...bare.matchAll(FIGURE)].map((m) => Number(m[0].replace(/,/g, '')));
}

/**
 * Whether the answer confirms what the question took for granted: "Yes" when the day, clock time
 * or figure it names is what the answer tells, "No" when the answer tells another. Only for a
 * question that checks one thing (not "rejected or noted?", which asks which).
 */
export function claimVerdict(
  parsed: ParsedQuestion,
  told: string,
  sessionZone?: string,
): 'Yes' | 'No' | undefined {
  const { text } = parsed;
  // "… but my textbook says 2008, which is right?" asks which, not whether.
  if (!CHECKS.test(text) || /\bor\b|\bwhich (one )?(is|was) (right|correct|true)\b/.test(text))
    return undefined;
  const verdicts: boolean[] = [];
  for (const date of parsed.dates) verdicts.push(told.includes(formatDay(date).toLowerCase().slice(4, 10)));
  // "14:30 Kuala Lumpur time?": the clock asked is the reader's, not the session's one beside it.
  const clocks = parsed.zone && parsed.zone !== sessionZone ? told.replace(/\(\d[^)]*\)/g, ' ') : told;
  for (const m of text.matchAll(/\b(\d{1,2})[:.h](\d{2})\b/g))
    verdicts.push(clocks.includes(`${m[1]!.padStart(2, '0')}:${m[2]}`));
  const figures = figuresOf(told);
  const tokens = text.split(' ');
  const asked = new Set(tokens.filter((t) => t.length >= 4));
  const numbers: boolean[] = [];
  // The words the answer counts with its figures ("290 accepted", "98 rejected").
  const unitsTold = new Set([...told.matchAll(/\b\d[\d,]* ([a-z]+)/g)].map((m) => m[1]!));
  tokens.forEach((token, i) => {
    if (!/^\d{2,5}$/.test(token) || /^(19|20)\d\d$/.test(token)) return;
    if (/^(upr|session|hrc|wg|number)$/.test(tokens[i - 1] ?? '') || MONTH.test(tokens[i - 1] ?? '')) return;
    if (MONTH.test(tokens[i + 1] ?? '') || told.includes(`${token}th`)) return;
    if (!figures.length) return;
    // The figure the answer leads with is what was asked; one it mentions in passing is not,
    // unless the answer names it with the question's own word ("98 rejected", "were 98 rejected?").
    // Only a word is a unit (and only letters go into the pattern).
    const unit = /^[a-z]+$/.test(tokens[i + 1] ?? '') ? `(?:${tokens[i + 1]} )?` : '';
    const named = new RegExp(`(?<![\\d,.])${token.replace(/\B(?=(\d{3})+$)/g, ',?')} ${unit}([a-z]+)`).exec(
      told,
    );
    const word = named?.[1];
    // "is 290 how many China rejected?" against "290 accepted, …, 98 rejected": the figure the
    // answer leads with counts another thing than the one the question names.
    const otherThing =
      word !== undefined && !asked.has(word) && [...asked].some((w) => w !== word && unitsTold.has(w));
    numbers.push(
      (figures[0] === Number(token) && !otherThing) ||
        (word !== undefined && word !== tokens[i + 1] && asked.has(word)),
    );
  });
  // "accepted 290 out of 428?": beside a figure the answer confirms, another is its context.
  verdicts.push(...(numbers.length > 1 && numbers.some(Boolean) ? [true] : numbers));
  if (!verdicts.length) return undefined;
  if (verdicts.every(Boolean)) return 'Yes';
  // An answer that does not know the thing cannot say the belief is wrong.
  return /\b(not known|not announced|not been announced|not confirmed|not been confirmed|unconfirmed|not found|which state|not sure|not reviewed|nothing|not yet)\b/.test(
    // A status beside a known time ("expected, not announced") still tells the time.
    // A day told without its hour ("time not announced") still tells the day.
    told.replace(/\((expected, )?not (announced|confirmed)\)|\btime not (announced|confirmed)\b/g, ''),
  )
    ? undefined
    : 'No';
}
