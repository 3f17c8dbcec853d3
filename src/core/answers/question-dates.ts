// The four locales only: the whole package loads every language chrono knows, which cost a CLI
// start about a tenth of a second.
import type { ParsedResult } from 'chrono-node';
import * as english from 'chrono-node/en';
import * as spanish from 'chrono-node/es';
import * as french from 'chrono-node/fr';
import * as chinese from 'chrono-node/zh';
import { dayIn, daysBetween } from '../clock-wording.ts';
import type { Session } from '../data-schema.ts';

// "on 23 January", "Jan 24", "2024-01-25", "today", "tomorrow", "on Wednesday", "le 24 janvier",
// "1月24日": the calendar days a question names, as ISO dates in the session's zone. chrono-node
// reads the dates in words, with `now` as its reference; a weekday means the one in the session
// nearest to today, and "the 29th" a day of the session.

/** Words that make dates worth looking for at all: most questions have none, and parsing is not free. */
const ANY_DATE =
  /\d{1,2}(st|nd|rd|th)\b|\d{4}-\d{2}|\d{1,2}[/.]\d{1,2}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b|[月日号]|\b(today|tonight|tomorrow|yesterday|week|this morning|this afternoon|this evening|mon|tue|tues|wed|thu|thur|thurs|fri|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|aujourd hui|demain|hier|lundi|mardi|mercredi|jeudi|vendredi|hoy|manana|ayer|lunes|martes|miercoles|jueves|viernes)\b|今天|明天|昨天|星期|周[一二三四五]/;
/** Day numbers in a list: "30 and 31st", "24, 25 and 26", "30 & 31". Not clock times (14:30). */
const DAY_LIST =
  /(?<![\d:.])\d{1,2}(?:st|nd|rd|th|er|e)?(?:\s*(?:,|and|&|or|et|y|-|to|through|thru|till|until|au|al)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er|e)?(?![\d:.]))+/g;
/** Words that make two days a span, not a pair. */
const RANGE =
  /\bbetween\b|\bfrom\b.*\b(to|until|till|through|thru)\b|(?<![\d:.])\d{1,2}(?:st|nd|rd|th)?\s*-\s*\d{1,2}(?![\d:.])|\b\d{1,2}(?:st|nd|rd|th)? (to|through|thru|till|until) (the )?\d{1,2}\b|\bdu \d{1,2}.* au\b|\bdel \d{1,2}.* al\b/;
const FRENCH =
  /\b(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|demain|aujourd hui|hier)\b/;
const SPANISH =
  /\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miercoles|jueves|viernes|manana|hoy|ayer)\b/;
const CHINESE = /\p{Script=Han}/u;

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Monday = 1 ... Sunday = 7, as ISO and chrono's weekday (Sunday 0) are not the same. */
function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

const daysOf = new WeakMap<Session, string[]>();

function sessionDays(session: Session): string[] {
  const known = daysOf.get(session);
  if (known) return known;
  const days: string[] = [];
  for (let d = session.window.start; d <= session.window.end; d = addDays(d, 1)) days.push(d);
  daysOf.set(session, days);
  return days;
}

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_WORD = Object.keys(MONTH_NUMBERS).join('|');
const WEEKDAY_NUMBERS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sunday: 0,
};
/** "23 jan", "23rd of january 2024", "jan 23", "january 23rd, 2024", "today", "on monday", "this week". */
const SIMPLE_DATE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTH_WORD})\\b(?:,? (\\d{4})\\b)?` +
    `|\\b(${MONTH_WORD}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.]\\d)(?:,? (\\d{4})\\b)?` +
    '|\\b(today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))\\b' +
    `|\\b(?:on )?(${Object.keys(WEEKDAY_NUMBERS).join('|')})s?\\b` +
    '|\\b(?:this|next|last) week\\b',
  'g',
);

/**
 * The days of the common English forms, or undefined when the text holds anything else that may
 * name a day ("the day after tomorrow", "mardi", "1/24"): then chrono reads the whole text.
 */
function simpleDates(
  text: string,
  today: string,
  year: number,
): { dates: string[]; weekdays: number[] } | undefined {
  if (/\b(after|before) (tomorrow|yesterday|today)\b|\bfrom (today|tomorrow)\b/.test(text)) return undefined;
  if (CHINESE.test(text) || FRENCH.test(text) || SPANISH.test(text)) return undefined;
  const dates: string[] = [];
  const weekdays: number[] = [];
  const rest = text.replace(SIMPLE_DATE, (...m: (string | undefined)[]) => {
    const [, day1, month1, year1, month2, day2, year2, relative, weekday] = m;
    const month = MONTH_NUMBERS[month1 ?? month2 ?? ''];
    const day = Number(day1 ?? day2);
    if (month && day >= 1 && day <= 31) dates.push(iso(Number(year1 ?? year2 ?? year), month, day));
    else if (relative)
      dates.push(addDays(today, relative === 'tomorrow' ? 1 : relative === 'yesterday' ? -1 : 0));
    else if (weekday) weekdays.push(WEEKDAY_NUMBERS[weekday]!);
    return ' ';
  });
  // "45th session", "4th cycle", "2nd review": ordinals that name no day.
  const left = rest.replace(
    /\b\d{1,3}(st|nd|rd|th)\b(?= (session|cycle|review|upr|working|time|times|place|state|country|year|years|round|term|semester|edition|floor))/g,
    ' ',
  );
  return ANY_DATE.test(left) ? undefined : { dates, weekdays };
}

/** `text` is the question folded (lower case, no accents); `now` gives "today" its meaning. */
export function datesAskedFor(text: string, now: string, session: Session): string[] {
  if (!ANY_DATE.test(text)) return [];
  const today = dayIn(now, session.zone);
  const year = Number(session.window.start.slice(0, 4));
  const found: string[] = [];
  const add = (date: string | undefined) => {
    if (date && !found.includes(date)) found.push(date);
  };
  const reference = { instant: new Date(`${today}T12:00:00Z`), timezone: 0 };
  const parsers: { parse: (text: string, ref: typeof reference) => ParsedResult[] }[] = [english.casual];
  if (FRENCH.test(text)) parsers.push(french.casual);
  if (SPANISH.test(text)) parsers.push(spanish.casual);
  if (CHINESE.test(text)) parsers.push(chinese.casual);
  const weekdays: number[] = [];
  // The common English forms are read directly; chrono (about half a millisecond a parse) only
  // reads what they leave over.
  const simple = simpleDates(text, today, year);
  if (simple) {
    for (const date of simple.dates) add(date);
    weekdays.push(...simple.weekdays);
    parsers.length = 0;
  }
  for (const parser of parsers) {
    for (const result of parser.parse(text, reference)) {
      // "now" and "at 4pm" name no day; "this week" is taken below, whole.
      if (/^(now|right now)$|week/.test(result.text.trim())) continue;
      const known = result.start;
      if (known.isCertain('day') && known.isCertain('month')) {
        add(iso(known.isCertain('year') ? known.get('year')! : year, known.get('month')!, known.get('day')!));
      } else if (known.isCertain('weekday') && !known.isCertain('day')) {
        weekdays.push(known.get('weekday')!);
      } else if (
        /\b(today|tonight|tomorrow|yesterday|this (morning|afternoon|evening)|aujourd hui|demain|hier|hoy|manana|ayer)\b|今天|明天|昨天/.test(
          result.text,
        )
      ) {
        add(iso(known.get('year')!, known.get('month')!, known.get('day')!));
      }
    }
  }
  for (const m of text.matchAll(/\b(\d{4})[- ](\d{2})[- ](\d{2})\b/g))
    add(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  // "jan 30 and 31st", "24 and 25 jan": the other days of a list share the month of the one dated.
  for (const m of text.matchAll(DAY_LIST)) {
    const numbers = [...m[0].matchAll(/\d{1,2}/g)].map((d) => Number(d[0]));
    const dated = found.find((d) => numbers.includes(Number(d.slice(8))));
    if (!dated) continue;
    for (const n of numbers) if (n >= 1 && n <= 31) add(`${dated.slice(0, 8)}${String(n).padStart(2, '0')}`);
    found.sort();
  }
  // "between 24 and 26 jan", "30-31 jan", "from jan 29 to feb 2": every day of the span.
  if (found.length === 2 && RANGE.test(text)) {
    const [from, to] = [...found].sort() as [string, string];
    if (daysBetween(from, to) <= 21) for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) add(d);
    found.sort();
  }
  const days = sessionDays(session);
  // "the 29th": a day of a month the session runs in.
  if (!found.length) {
    for (const m of text.matchAll(
      /\b(\d{1,2})(st|nd|rd|th)\b(?! (session|cycle|review|upr|working|year|years|time|times|place|round|term|semester|edition|floor))/g,
    )) {
      for (const d of days) if (Number(d.slice(8)) === Number(m[1])) add(d);
    }
  }
  const week = /\b(this|next|last) week\b/.exec(text)?.[1];
  if (week) {
    const monday = addDays(today, 1 - isoWeekday(today) + (week === 'next' ? 7 : week === 'last' ? -7 : 0));
    for (let i = 0; i < 7; i++) {
      const d = addDays(monday, i);
      if (d >= session.window.start && d <= session.window.end) add(d);
    }
  }
  // "on Monday and Tuesday": each the nearest one in the session, past or coming (a tie goes to the coming one).
  if (!found.length) {
    const distance = (d: string) => Math.abs(daysBetween(today, d) - 0.1);
    for (const weekday of weekdays) {
      const wanted = weekday === 0 ? 7 : weekday;
      add(days.filter((d) => isoWeekday(d) === wanted).sort((a, b) => distance(a) - distance(b))[0]);
    }
  }
  return found;
}
