import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';
import {
  ASKED_LATER,
  BEFORE,
  type ParaphraseCase,
  runParaphraseCases,
  TUE_23,
} from '../../support/paraphrase-runner.ts';
import { ALL_HEADS, day, NOT_IN_SESSION, OUT_OF_SCOPE, UNKNOWN } from '../../support/qa-phrases.ts';

// Red-team paraphrases, fifth round: chatty messages (greetings, context, thanks), irrelevant
// numbers and names, emoji and line breaks, commands typed without the slash, and greetings with
// an out-of-scope ask, whose refusal must stay short. Expectations come from
// shared/facts/upr45-session.md, not from the engine.

const NINE = ['09:00', '9:00', '9 am', '9am'];
const CHINA_EVENTS = [
  ['UNA-China', 'United Nations Association of China'],
  ['CSHRS', 'China Society for Human Rights Studies'],
];

const CASES: ParaphraseCase[] = [
  // --- chatty: greetings, context, thanks ---
  {
    q: "Hi! I'm a journalist at Le Temps working on a piece about the UPR, could you tell me when Nigeria's review is?",
    expect: [day(23), ['14:30', '2:30']],
  },
  { q: 'hello bot, quick one: who heads the Saudi delegation? thanks!!', expect: [['Altuwaijri']] },
  { q: 'Hey there 👋 when does Malta get reviewed?', expect: [day(31), NINE] },
  {
    q: "Hi,\nI work for an embassy.\nWhat time is Mexico's review?\nThanks",
    expect: [day(24), ['not announced', ...UNKNOWN]],
  },
  {
    q: "Dear UPR bot, I hope this message finds you well. I am writing to ask who will lead China's delegation at its fourth review. Kind regards, Anna",
    expect: [['Chen Xu']],
  },
  { q: 'yo!! how many recommendations did china get lol 😅', expect: [['428']] },
  { q: 'Bonjour! sorry for my English. When is the review of Senegal please?', expect: [day(22)] },
  {
    q: 'hi again, me again 🙈 is the Central African Republic review date known yet?',
    expect: [UNKNOWN],
  },
  { q: "hiya, who's in the troika for Jordan? cheers", expect: [['Finland'], ['Ghana'], ['Qatar']] },
  {
    q: "Hi, I'm with Amnesty, just checking: when is China's report adopted by the working group?",
    expect: [day(26), ['15:30']],
  },
  {
    q: "Morning! Is China's review webcast anywhere? I can't travel to Geneva 😢",
    expect: [['Web TV', 'webtv']],
  },
  { q: "Hello, hello. Who heads Chad's delegation at the UPR? Merci!", expect: [['Birémé', 'Bireme']] },
  {
    q: 'Hi, on behalf of the Congolese diaspora association: who leads the Republic of the Congo delegation?',
    expect: [UNKNOWN],
    forbid: ALL_HEADS,
  },
  { q: "Hi! who heads Malta's delegation? 🙂", expect: [UNKNOWN], forbid: ALL_HEADS },

  // --- irrelevant numbers and names ---
  {
    q: 'Hi team, quick q for my newsletter (issue 42, going out Friday): which states are reviewed on 29 January?',
    expect: [['Monaco'], ['Belize']],
  },
  {
    q: 'My boss Mr. Tanaka, room 301, wants to know who leads the Nigerian delegation',
    expect: [['Tuggar']],
  },
  { q: 'we have 12 interns and 3 cars: what day is Monaco reviewed?', expect: [day(29)] },
  { q: "Angela from the Swiss mission asks: when is Jordan's review?", expect: [day(25)] },
  { q: 'Room 12 or room 20, which room are the reviews in?', expect: [['Room XX', 'Room 20']] },
  {
    q: 'is the review of Malaysia at 22:00? my friend in KL said so',
    expect: [['14:30', '2:30']],
  },

  // --- emoji and line breaks ---
  { q: "who leads\nmexico's\ndelegation?", expect: [['Hernández', 'Hernandez']] },
  { q: "📅 what's on 30 Jan?", expect: [['Chad'], ['Congo']] },
  { q: 'how many states are reviewed 🤔🤔', expect: [['14', 'fourteen']] },
  { q: '🙏 troika for senegal 🙏', expect: [['Germany'], ['Kazakhstan'], ['Somalia']] },
  { q: '\n\nwhen is the belize review\n\n', expect: [day(29)] },

  // --- commands typed without the slash ---
  { q: 'schedule for tomorrow', now: TUE_23, expect: [['Mauritius'], ['Mexico']] },
  { q: 'agenda today', now: TUE_23, expect: [['China'], ['Nigeria']] },
  { q: 'head of delegation mauritius', expect: [['Gobin']] },
  { q: 'deputy head china', expect: [['Eric Chan']] },
  { q: 'troika saudi arabia', expect: [['Algeria'], ['Cuba'], ['Kyrgyzstan']] },
  { q: 'session dates', expect: [day(22), day(2, 'Feb', 'February')] },
];

// Greetings with an ask the bot cannot answer: a polite refusal, and a short one.
const REFUSALS: ParaphraseCase[] = [
  { q: "hi, what's the weather in Geneva?", expect: [OUT_OF_SCOPE] },
  { q: 'Hello! Can you book me a hotel near the Palais des Nations?', expect: [OUT_OF_SCOPE] },
  { q: "Good evening, could you tell me the score of last night's football match?", expect: [OUT_OF_SCOPE] },
  { q: "hey bot, when is France's review? thanks 🙂", expect: [NOT_IN_SESSION] },
  {
    q: "Hello, I'm a student from Brazil: when is Brazil reviewed in this session?",
    expect: [NOT_IN_SESSION],
  },
];

// Answered wrongly when this round was written; kept so they stay right.
const ONCE_WRONG: ParaphraseCase[] = [
  // Right answer: UNA-China (23 Jan), CSHRS (24 Jan), the Mission's side event (22 Jan).
  {
    q: 'Good morning, on behalf of our NGO we would like to know which side events concern China',
    expect: CHINA_EVENTS,
  },
  // Right answer: Room XX, Palais des Nations.
  {
    q: "Good afternoon. My colleague Pierre (he's at the Palais today) asks where the reviews take place.",
    expect: [['Room XX', 'Room 20', 'Palais des Nations']],
  },
  // Right answer: 3.5 hours.
  {
    q: 'Hello! Our students are following the session. How long does one review last?',
    expect: [['3.5', '3 hours 30', '3h30', '210', 'three and a half', '3 and a half']],
  },
  // Right answer: yes, China's review is Tue 23 Jan 09:00.
  { q: "My flight lands at 8:45 on the 21st, will I make it to China's review?", expect: [day(23), NINE] },
  // Right answer: 428 this time.
  {
    q: "I've read 50 pages of China's 2018 recommendations; how many did China receive this time?",
    expect: [['428']],
  },
  // Right answer: Tue 23 Jan (the flag is China's).
  { q: '🇨🇳 review when??', expect: [day(23)] },
  // Right answer: Tue 23 Jan 09:00.
  { q: 'review china please', expect: [day(23), NINE] },
  // Right answer: UNA-China, CSHRS and the Mission's events.
  { q: 'events about china', expect: CHINA_EVENTS },
  // Right answer: Saudi Arabia, Mon 22 Jan 09:00.
  { q: 'next review?', now: BEFORE, expect: [['Saudi Arabia'], day(22)] },
  // Right answer: a short "I can't translate".
  {
    q: "hi there, can you translate 'human rights' into German?",
    expect: [OUT_OF_SCOPE],
    forbid: ['Germany'],
  },
];

runParaphraseCases(
  'Red-team paraphrases, fifth round: chatty messages, noise, emoji, slashless commands',
  [...CASES, ...REFUSALS, ...ONCE_WRONG],
  30,
);

const { ask } = testCore();
// A refusal is a sentence or two and a pointer (today about 400-450 characters), not the whole help text.
const SHORT = { chars: 500, lines: 3 };

describe('Red-team paraphrases, fifth round: refusals stay short', () => {
  for (const c of REFUSALS) {
    it(c.q, async () => {
      const { text } = await ask(c.q, c.now ?? ASKED_LATER, { kind: 'message' });
      expect(text.length, text).toBeLessThanOrEqual(SHORT.chars);
      expect(text.split('\n').length, text).toBeLessThanOrEqual(SHORT.lines);
    });
  }
});
