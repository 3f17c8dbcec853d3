import type { Person, SideEvent, State } from '../data-schema.ts';
import { createStateResolver, type StateResolver } from '../state-names.ts';
import type { UprIndex } from '../upr-index.ts';
import type { Span } from './phrase-matcher.ts';
import { datesAskedFor } from './question-dates.ts';
import type { Cue } from './question-lexicon.ts';
import { correctWord } from './question-text.ts';
import { CLAUSE_BREAKS, foldText, tokensOf } from './question-tokens.ts';
import { type Tag, vocabularyFor } from './question-vocabulary.ts';
import { findCapitalForms, flagNames } from './world-states.ts';

// A message, parsed: what it is about (subjects resolved against the data) and what is asked of
// each (cue words), clause by clause; plus the days, zone, years, cycles and sessions it names.

export interface Clause {
  /** The clause's words, without breaks, joined by spaces. */
  text: string;
  words: string[];
  cues: Set<Cue>;
  /** States of the data, in the order named. */
  states: State[];
  /** States the data does not hold at all (France ...). */
  world: { code: string; name: string }[];
  people: Person[];
  previousHeads: string[];
  /** Events named by organiser or title. */
  events: SideEvent[];
  organisations: string[];
  topics: string[];
  /** The state a noun belongs to, by its place: "Mexico's troika", "the troika of Mexico" (troika → MEX). */
  owners: Map<string, State>;
  /** "it", "its", "he": the clause speaks of something named before. */
  pronoun: boolean;
  /** States named only as the time zone ("in Beijing time"): not subjects. */
  zoneOnly: boolean;
  years: number[];
}

export interface ParsedQuestion {
  /** All the words, joined by spaces (breaks dropped). */
  text: string;
  clauses: Clause[];
  zone?: string;
  /** The place the zone was named by ("Beijing"), for its label. */
  zoneName?: string;
  /** Further clocks asked in the same question ("in Dakar and New York"). */
  otherZones?: { zone: string; name?: string }[];
  dates: string[];
  years: number[];
  /** 1-5 from "first review", "2nd cycle", "third UPR". */
  cycles: number[];
  /** A Working Group session named by number ("44th session", "upr 45", "第44届"). */
  sessionNumbers: number[];
  /** A Human Rights Council session named by number ("HRC 56"). */
  councilSessions: number[];
  /** "next session", "previous session": another session than the data's. */
  otherSession?: 'next' | 'previous';
}

/** Words that start a new question after "and" or a comma. */
const STARTERS = new Set(
  'who whom whose what when where which how is are does do did will would can could has have was were should qui quand quel quelle quels combien est cuando donde quien cuantos cuantas cual cuales que'.split(
    ' ',
  ),
);
const JOINERS = new Set(['and', 'also', 'plus', 'then', 'et', 'y', 'e', 'aussi', 'tambien', 'but', 'or']);

const ORDINAL_WORDS = new Map<string, number>([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
]);

function ordinalValue(token: string | undefined): number | undefined {
  if (!token) return undefined;
  const first = token.charCodeAt(0);
  // Only digits and the ordinal words can be ordinals; most tokens are neither.
  if (!(first >= 48 && first <= 57)) return ORDINAL_WORDS.get(token);
  const m = /^(\d{1,3})(st|nd|rd|th|e|eme|er|o|a|º)?$/.exec(token);
  return m ? Number(m[1]) : undefined;
}

/** Cue words that ask nothing by themselves: a list split on them would cut a subject off its question. */
const NOT_ASKING = new Set<Cue>([
  'who',
  'which',
  'pronoun',
  'yesNo',
  'thisOne',
  'all',
  'statesNoun',
  'delegation',
  'upr',
  'timeZoneWord',
  'help',
  'greeting',
  'filler',
  // "what are the economic, social and cultural rights events": an opener, not an item of a list.
  'whatIs',
  'morning',
  'afternoon',
  'previous',
  'next',
  'now',
  'first',
  'last',
]);

/** Cue words that take the things on both sides of "and" together: "are X and Y on the same day?". */
const TOGETHER_CUES = new Set<Cue>(['sameDay', 'compare', 'between', 'order', 'before', 'after']);

/** Asking cues and subjects of the spans inside [from, to). */
function segmentOf(spans: readonly Span<Tag>[], from: number, to: number): { asks: Cue[]; named: boolean } {
  const asks: Cue[] = [];
  let named = false;
  for (const span of spans) {
    if (span.start < from || span.end > to) continue;
    for (const tag of span.tags) {
      if (tag.type === 'cue' && !NOT_ASKING.has(tag.cue)) asks.push(tag.cue);
      else if (tag.type === 'state' || tag.type === 'person') named = true;
    }
  }
  return { asks, named };
}

function splitClauses(
  tokens: readonly string[],
  spans: readonly Span<Tag>[],
): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  const close = (end: number) => {
    let s = start;
    while (s < end && (CLAUSE_BREAKS.has(tokens[s]!) || JOINERS.has(tokens[s]!))) s++;
    if (s < end) ranges.push({ start: s, end });
    start = end + 1;
  };
  const isBreak = (t: string) => t === '?' || t === ';' || t === ',' || JOINERS.has(t);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '?' || token === ';') close(i);
    // "Chinese Modernization and Human Rights Protection": a name with "and" in it is not two clauses.
    else if (
      (token === ',' || JOINERS.has(token)) &&
      i > start &&
      !spans.some((s) => s.start < i && s.end > i)
    ) {
      let next = i + 1;
      while (next < tokens.length && (JOINERS.has(tokens[next]!) || tokens[next] === ',')) next++;
      // "when and where is it?" is one question with two question words; "who leads it, and when
      // is it?" is two: the left part must hold more than question words.
      const left = tokens.slice(start, i).filter((t) => !STARTERS.has(t) && !JOINERS.has(t) && t !== ',');
      if (STARTERS.has(tokens[next] ?? '') && left.length > 0) {
        close(i);
        continue;
      }
      // "date, room and head of delegation?", "review, replies, HRC adoption?": a list of things
      // asked, each its own question of the same subject. Not "or" (either-or is one question),
      // not a list of states ("Monaco and Belize reviewed"), not "X and Y on the same day".
      if (token === 'or' || token === 'but') continue;
      let end = next;
      while (end < tokens.length && !isBreak(tokens[end]!)) end++;
      const before = segmentOf(spans, start, i);
      const after = segmentOf(spans, next, end);
      const together = [...before.asks, ...after.asks].some((c) => TOGETHER_CUES.has(c));
      const continuesStates = after.named && after.asks.every((c) => c === 'review');
      if (left.length && before.asks.length && after.asks.length && !together && !continuesStates) close(i);
    }
  }
  close(tokens.length);
  return ranges;
}

/** A figure counting something: "14 states", "346 recommendations" (not "45th session", "23 jan"). */
const COUNTED =
  /(?<!\b(upr|session|hrc|wg|number|room) )\b(?!(19|20)\d\d\b)\d{1,4} (states|countries|delegations|recommendations|recs|people|participants|speakers|measures|pledges|ministries)\b/;

/** Session numbers: "45th session", "session 45", "upr 45", "45th upr", "第 45 届", "wg 45". */
function sessionNumbers(tokens: readonly string[]): { wg: number[]; council: number[] } {
  const wg: number[] = [];
  const council: number[] = [];
  const namesSession = tokens.some((t) => t === 'session' || t === 'sessions' || t === 'sesion');
  // "the HRC adopted China's outcome at its 55th session": the Council's session, however far apart.
  const councilAdoption =
    tokens.some((t) => t === 'hrc' || t === 'council') &&
    tokens.some((t) => /^(adopt|adopted|adopts|adoption|outcome|outcomes|plenary)$/.test(t)) &&
    !tokens.some((t) => t === 'wg' || t === 'working');
  const councilNear = (i: number) =>
    tokens
      .slice(Math.max(0, i - 3), i + 5)
      .some((t) => t === 'hrc' || t === 'council' || t === 'conseil' || t === 'consejo');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    let n: number | undefined;
    // "45th upr" names a session; "China's 4th UPR" (a small ordinal, no "session" after) its cycle.
    const cycleOfUpr =
      next === 'upr' &&
      (ordinalValue(t) ?? 0) <= 9 &&
      !/^(session|sessions|sesion|working|wg)$/.test(tokens[i + 2] ?? '');
    if (
      (next === 'session' || next === 'sesion' || next === 'upr' || next === 'working') &&
      /^\d/.test(t) &&
      !cycleOfUpr
    )
      n = ordinalValue(t);
    else if (
      (t === 'session' || t === 'upr' || t === 'wg' || t === 'sesion' || t === 'hrc') &&
      /^\d{1,3}$/.test(next ?? '') &&
      !/^(19|20)\d\d$/.test(next!)
    )
      n = Number(next);
    else if (t === '第' && /^\d{1,3}$/.test(next ?? '') && tokens[i + 2] === '届') n = Number(next);
    // "is the 45th session over? when does the 46th start?": an ordinal beside a session named.
    else if (
      /^\d{2,3}(st|nd|rd|th)$/.test(t) &&
      namesSession &&
      Number.parseInt(t, 10) >= 20 &&
      !/^(cycle|cycles|review|reviews|time|times|anniversary|birthday|state|states|place|in|on|of)$/.test(
        next ?? '',
      )
    )
      n = ordinalValue(t);
    if (n === undefined || n === 0 || n > 200) continue;
    if (prev === 'hrc' || councilNear(i) || councilAdoption) council.push(n);
    else wg.push(n);
  }
  return { wg, council };
}

function cyclesNamed(tokens: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const n = ordinalValue(tokens[i]);
    if (n === undefined || n > 9) continue;
    // "first universal periodic review": the words of the name between the ordinal and its noun.
    const after = tokens
      .slice(i + 1, i + 5)
      .filter((t) => t !== 'universal' && t !== 'periodic')
      .slice(0, 2);
    if (
      after.some((t) => /^(review|reviews|reviewed|cycle|cycles|upr|examen|ciclo)$/.test(t)) &&
      !after.includes('session')
    )
      found.push(n);
  }
  return found;
}

/** Words after a place that make it a clock: "Beijing time", "NY times". */
const CLOCK_WORDS = new Set(['time', 'times', 'hour', 'hours', 'clock', '时']);

/** "Geneva, New York and Beijing times": places listed before one named as a clock are clocks too. */
function listedClocks(tokens: readonly string[], spans: readonly Span<Tag>[]): Set<Span<Tag>> {
  const placed = spans.filter((s) => s.tags.some((t) => t.type === 'zone' || t.type === 'state'));
  const listed = new Set<Span<Tag>>();
  for (let i = placed.length - 1; i >= 0; i--) {
    const span = placed[i]!;
    const next = placed[i + 1];
    const joined =
      next !== undefined &&
      listed.has(next) &&
      tokens.slice(span.end, next.start).every((t) => t === ',' || t === 'and' || t === 'or');
    if (CLOCK_WORDS.has(tokens[span.end] ?? '') || joined) listed.add(span);
  }
  // One place before "time" is the ordinary case, read as before; only a list is new.
  return listed.size > 1 ? listed : new Set();
}

/** A place named as a clock: "Beijing time", "in UTC", "in New York" at the end of a time question. */
function zoneFrame(tokens: readonly string[], span: Span<Tag>, askedTime: boolean): boolean {
  const before = tokens[span.start - 1];
  const after = tokens[span.end];
  // "Beijing time", "北京时间".
  if (after !== undefined && CLOCK_WORDS.has(after)) return true;
  if (
    /\b(i m|im|i am|based|living|live|we re|we are)( now)? in$/.test(
      tokens.slice(Math.max(0, span.start - 4), span.start).join(' '),
    )
  )
    return true;
  const endsClause =
    after === undefined || CLAUSE_BREAKS.has(after) || STARTERS.has(after) || JOINERS.has(after);
  const isState = span.tags.some((t) => t.type === 'state');
  return (
    (askedTime || !isState) &&
    // "dates for Monaco, Belize": "for" names a state as a clock only in "for Beijing time" (above).
    (before === 'in' || before === 'en' || (!isState && (before === 'for' || before === 'a'))) &&
    endsClause
  );
}

/** Words that put a question on the whole session, not one review. */
const WHOLE_SESSION =
  /\b(whole|entire|full) session\b|\bsession[- ]wide\b|\bacross (all|every) (states|countries|reviews)\b|\ball (the )?(14 )?(states|countries|reviews) together\b/;

/** Phrases already looked up (a fuzzy search over every name): the same odd words come again. */
const lookedUp = new WeakMap<StateResolver, Map<string, State | null>>();

function resolveRemembered(resolver: StateResolver, phrase: string): State | undefined {
  let memo = lookedUp.get(resolver);
  if (!memo) {
    memo = new Map();
    lookedUp.set(resolver, memo);
  }
  let state = memo.get(phrase);
  if (state === undefined) {
    state = resolver.resolve(phrase) ?? null;
    if (memo.size >= 5000) memo.clear();
    memo.set(phrase, state);
  }
  return state ?? undefined;
}

/** States named with a typo the word-by-word correction could not put right ("saudia arabia"). */
function misspeltStates(
  tokens: readonly string[],
  resolver: StateResolver,
  known: ReadonlySet<string>,
): State[] {
  const found: State[] = [];
  const odd = (w: string) => w.length >= 4 && !known.has(w) && /^[a-z]+$/.test(w);
  for (let i = 0; i < tokens.length; i++) {
    // Only around a word nothing else knows: "saudia", "nigera".
    if (!odd(tokens[i]!)) continue;
    for (let n = 3; n >= 1; n--) {
      for (let from = Math.max(0, i - n + 1); from <= i; from++) {
        const words = tokens.slice(from, from + n);
        if (words.length < n || !words.every((w) => /^[a-z]+$/.test(w))) continue;
        const state = resolveRemembered(resolver, words.join(' '));
        if (state && !found.includes(state)) found.push(state);
      }
    }
  }
  return found;
}

const resolvers = new WeakMap<UprIndex, StateResolver>();

function resolverFor(index: UprIndex): StateResolver {
  let resolver = resolvers.get(index);
  if (!resolver) {
    resolver = createStateResolver(index.data.states);
    resolvers.set(index, resolver);
  }
  return resolver;
}

export function parseQuestion(raw: string, index: UprIndex, now: string): ParsedQuestion {
  const vocabulary = vocabularyFor(index);
  const resolver = resolverFor(index);
  // A flag emoji names its state: "🇨🇳 review when??"
  const flags = flagNames(raw);
  const folded = foldText(flags.length ? `${raw} ${flags.join(' ')}` : raw);
  const tokens = tokensOf(folded).map((t) => (/^[a-z]+$/.test(t) ? correctWord(t, vocabulary.spelling) : t));
  const spans = vocabulary.matcher.match(tokens);
  // "was it 16:00 in Kuala Lumpur?": a clock time named asks about time as much as "when" does.
  const askedTime =
    spans.some((s) =>
      s.tags.some((t) => t.type === 'cue' && (t.cue === 'when' || t.cue === 'timeZoneWord')),
    ) || tokens.some((t) => /^\d{1,2}[:.h]\d{2}$/.test(t));
  const listed = listedClocks(tokens, spans);
  let zone: string | undefined;
  let zoneName: string | undefined;
  const otherZones: { zone: string; name?: string }[] = [];
  const clauses: Clause[] = [];
  for (const range of splitClauses(tokens, spans)) {
    const words = tokens.slice(range.start, range.end).filter((t) => !CLAUSE_BREAKS.has(t));
    const clause: Clause = {
      text: words.join(' '),
      words,
      cues: new Set(),
      states: [],
      world: [],
      people: [],
      previousHeads: [],
      events: [],
      organisations: [],
      topics: [],
      owners: new Map(),
      pronoun: false,
      zoneOnly: false,
      years: [],
    };
    const topicStates: string[] = [];
    const inClause = spans.filter((span) => span.start >= range.start && span.end <= range.end);
    const isStateSpan = (span: Span<Tag>) => span.tags.some((t) => t.type === 'state');
    for (const span of inClause) {
      const stateTag = span.tags.find((t) => t.type === 'state');
      const zoneTag = span.tags.find((t) => t.type === 'zone');
      const stateZone = stateTag?.type === 'state' ? index.states.get(stateTag.code)?.zone : undefined;
      // "China's review in Beijing time" names China twice, once as a clock; "Senegal's time
      // confirmed?" names Senegal once, as the subject.
      // "…? Beijing time": said as a clock, the state is named elsewhere in the question.
      // "…? I'm in Beijing": where the reader is, so the clock to tell times in.
      // Only a place can be a clock: most spans are cue words, and these checks are not free.
      const place = stateZone !== undefined || zoneTag !== undefined;
      const readerIn =
        place &&
        /\b(i m|im|i am|based|living|live|we re|we are)( now)? in$/.test(
          tokens.slice(Math.max(0, span.start - 4), span.start).join(' '),
        );
      const explicit = readerIn || CLOCK_WORDS.has(tokens[span.end] ?? '') || listed.has(span);
      // "北京时间" is a clock in Chinese however the question goes on: no one asks of a state so.
      const hanClock = tokens[span.end] === '时' && tokens[span.end + 1] === '间';
      const asClock =
        place &&
        (hanClock ||
          ((zoneFrame(tokens, span, askedTime) || listed.has(span)) &&
            (zoneTag !== undefined && !stateTag
              ? true
              : // "Senegal's review … what time for colleagues in Dakar?": a city of the zone
                // database is a clock when its state is named anywhere in the question.
                (explicit || zoneTag !== undefined ? spans : inClause).some(
                  (other) => other !== span && isStateSpan(other),
                ))));
      // "in Dakar and New York": a place after "and" beside a clock already named is a clock too.
      const alsoClock =
        zone !== undefined &&
        zoneTag !== undefined &&
        !stateTag &&
        (tokens[span.start - 1] === 'and' || tokens[span.start - 1] === ',');
      if ((stateZone || zoneTag) && (asClock || alsoClock)) {
        const spanZone = stateZone ?? (zoneTag?.type === 'zone' ? zoneTag.zone : undefined);
        // "Beijing time", as the reader named the place (the zone database says Shanghai).
        const named = tokens.slice(span.start, span.end);
        const name =
          named.every((w) => /^[a-z]+$/.test(w)) && named.join('').length > 3
            ? named.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`).join(' ')
            : undefined;
        if (!zone) {
          zone = spanZone;
          zoneName = name;
        } else if (spanZone && spanZone !== zone && !otherZones.some((z) => z.zone === spanZone))
          otherZones.push({ zone: spanZone, ...(name ? { name } : {}) });
        clause.zoneOnly = true;
        continue;
      }
      // "Hong Kong" as a topic of a review is not a state asked about.
      const isTopic = span.tags.some((t) => t.type === 'topic');
      for (const tag of span.tags) {
        if (isTopic && tag.type === 'world') continue;
        switch (tag.type) {
          case 'cue':
            if (tag.cue === 'pronoun') clause.pronoun = true;
            clause.cues.add(tag.cue);
            break;
          case 'state': {
            const state = index.states.get(tag.code);
            if (state && !clause.states.includes(state)) clause.states.push(state);
            // "Mexico's troika" (the possessive is folded away), "troika of/for Mexico".
            const after = tokens[span.end];
            const back = tokens[span.start - 1] === 'the' ? span.start - 1 : span.start;
            const before = tokens[back - 1];
            if (state && after && /^[a-z]+$/.test(after) && !clause.owners.has(after))
              clause.owners.set(after, state);
            if (state && (before === 'of' || before === 'for')) {
              const noun = tokens[back - 2];
              if (noun && /^[a-z]+$/.test(noun) && !clause.owners.has(noun)) clause.owners.set(noun, state);
            }
            break;
          }
          case 'world':
            if (!clause.world.some((w) => w.code === tag.code))
              clause.world.push({ code: tag.code, name: tag.name });
            break;
          case 'person': {
            const person = index.people.get(tag.id);
            if (person && !clause.people.includes(person)) clause.people.push(person);
            break;
          }
          case 'previousHead':
            if (!clause.previousHeads.includes(tag.head)) clause.previousHeads.push(tag.head);
            break;
          case 'organisation':
            clause.organisations.push(tag.name);
            for (const id of tag.events) {
              const event = index.events.find((e) => e.id === id);
              if (event && !clause.events.includes(event)) clause.events.push(event);
            }
            break;
          case 'event': {
            const event = index.events.find((e) => e.id === tag.id);
            if (event && !clause.events.includes(event)) clause.events.push(event);
            break;
          }
          case 'topic':
            clause.topics.push(tag.topic);
            // A place a delegation names ("Greenland") is who is in it, not what the review is about.
            if (tag.topic !== 'members') clause.cues.add('focus');
            if (tag.subject) topicStates.push(tag.subject);
            break;
          default:
            break;
        }
      }
    }
    // "how many recommendations concerned Hong Kong?": a topic of one review names its state.
    if (!clause.states.length) {
      for (const code of new Set(topicStates)) {
        const state = index.states.get(code);
        if (state) clause.states.push(state);
      }
    }
    // "428 recs source?", "why only 45 seconds?": a figure only one review's data holds names
    // that review's state (a count of recommendations, or a number with its unit in a fact).
    const own = tokens.slice(range.start, range.end);
    // "the whole session produced 428, right?": a figure checked against the session is about it.
    const sessionWide = WHOLE_SESSION.test(clause.text);
    own.forEach((token, k) => {
      if (sessionWide) return;
      if (!/^\d{2,4}$/.test(token)) return;
      const n = Number(token);
      const review = index.reviews.find(
        (r) =>
          r.recommendations?.value === n ||
          (r.replies !== undefined &&
            [r.replies.accepted, r.replies.partiallyAccepted, r.replies.noted, r.replies.rejected].includes(
              n,
            )),
      );
      let state = review && index.states.get(review.state);
      const unit = own[k + 1];
      if (!state && unit && /^[a-z]+$/.test(unit)) {
        const phrase = new RegExp(`\\b${token} ${unit}\\b`, 'i');
        const owners = new Set(
          index.facts.filter((f) => f.subject && phrase.test(f.text)).map((f) => f.subject!),
        );
        state = owners.size === 1 ? index.states.get([...owners][0]!) : undefined;
      }
      if (state && !clause.states.includes(state)) clause.states.push(state);
    });
    // "the 2018 review": a year only one state has an earlier review in names that state.
    if (!clause.states.length) {
      for (const token of tokens.slice(range.start, range.end)) {
        if (!/^(19|20)\d\d$/.test(token)) continue;
        const owners = new Set(
          index.data.previousReviews.filter((p) => p.date.startsWith(token)).map((p) => p.state),
        );
        const state = owners.size === 1 ? index.states.get([...owners][0]!) : undefined;
        if (state && !clause.states.includes(state)) clause.states.push(state);
      }
    }
    // "saudia arabia", "nigera": a state's name with a typo, where no phrase matched.
    if (!clause.states.length && !clause.world.length) {
      for (const state of misspeltStates(
        tokens.slice(range.start, range.end),
        resolver,
        vocabulary.spelling.known,
      )) {
        if (!clause.states.includes(state)) clause.states.push(state);
      }
    }
    // "so 14 states spoke?", "China got 346 recommendations": a figure before a noun is a count asked about.
    if (!clause.cues.has('howMany') && COUNTED.test(clause.text)) clause.cues.add('howMany');
    clause.years = [...clause.text.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
    clauses.push(clause);
  }
  // "US", "UK": short forms only capitals tell apart from words.
  const capitals = findCapitalForms(raw).filter((w) => !index.states.has(w.code));
  if (capitals.length && clauses[0])
    clauses[0].world.push(...capitals.filter((c) => !clauses[0]!.world.some((w) => w.code === c.code)));

  const text = tokens.filter((t) => !CLAUSE_BREAKS.has(t)).join(' ');
  const numbers = sessionNumbers(tokens);
  const otherSession = /\b(next|following|upcoming) (upr |working group |wg )?session\b/.test(text)
    ? 'next'
    : /\b(previous|last|prior|earlier) (upr |working group |wg )?session\b/.test(text)
      ? 'previous'
      : undefined;
  // "in Geneva and Beijing time": the session's own clock is always shown; the other is the one asked.
  if (zone === index.session.zone && otherZones.length) {
    const first = otherZones.shift()!;
    zone = first.zone;
    zoneName = first.name;
  }
  return {
    text,
    clauses,
    ...(zone ? { zone } : {}),
    ...(zoneName ? { zoneName } : {}),
    ...(otherZones.length ? { otherZones } : {}),
    dates: datesAskedFor(folded, now, index.session),
    years: [...text.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0])),
    cycles: cyclesNamed(tokens),
    sessionNumbers: numbers.wg,
    councilSessions: numbers.council,
    ...(otherSession ? { otherSession } : {}),
  };
}
