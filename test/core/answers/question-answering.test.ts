import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';
import { ASKED_LATER } from '../../support/public-questions.ts';

const { ask } = testCore();
const NOW = '2024-01-20T10:00:00Z';
// Outcomes (counts, replies, pledges) are known only once they have happened: these questions are
// asked later, as people ask them today. Questions whose answer depends on the clock set their own.
const answer = async (q: string) => (await ask(q, ASKED_LATER, { kind: 'message' })).text;

describe('who leads: head, lead, chief and in charge of understood alike', () => {
  for (const q of [
    "who leads China's delegation?",
    'Who heads the Chinese delegation',
    'who is in charge of the PRC delegation?',
    'chief of china delegaton',
    'WHO IS THE HEAD OF DELEGATION FOR CHINA??',
    "who's leading china's team",
  ]) {
    it(q, async () => {
      const text = await answer(q);
      expect(text).toContain('Chen Xu');
      expect(text).toContain('Permanent Representative');
      expect(text).toMatch(/Sources?: .*https?:\/\//);
    });
  }

  it("answers for another state from that state's data, never China's", async () => {
    const text = await answer('who leads the saudi delegation');
    expect(text).toContain('Hala Altuwaijri');
    expect(text).not.toContain('Chen Xu');
  });

  it('says "not announced" for a head the data does not know', async () => {
    const text = await answer("who leads Malta's delegation?");
    expect(text).toContain('not been announced');
    expect(text).not.toMatch(/Chen Xu|Altuwaijri/);
  });

  it('answers for an earlier review by year, and says so when there was none that year', async () => {
    expect(await answer("who led China's delegation in 2018?")).toContain('Le Yucheng');
    const none = await answer("who led China's delegation in 2020?");
    expect(none).toContain('no record');
    expect(none).not.toMatch(/Le Yucheng|Wu Hailong|Chen Xu/);
  });
});

describe('when', () => {
  it("answers in another zone when asked: China's review in New York", async () => {
    const text = await answer("What time is China's review in New York?");
    expect(text).toContain('Tue 23 Jan 2024, 03:00-06:30 New York time (EST)');
    expect(text).toContain('09:00-12:30 Geneva time');
  });

  it('marks an inferred slot as expected', async () => {
    expect(await answer('when is senegal reviewed')).toContain('(expected, not announced)');
  });

  it('says the date is not announced for the Central African Republic', async () => {
    const text = await answer('when is the central african republic reviewed?');
    expect(text).toContain('has not been announced');
    expect(text).not.toMatch(/\d{1,2}:\d{2}/);
  });

  it('gives the session dates', async () => {
    const text = await answer('when does the session end?');
    expect(text).toContain('Fri 2 Feb 2024');
  });
});

describe('facts, counts and sources that disagree', () => {
  it('gives both figures when two sources disagree', async () => {
    const text = await answer('how many countries spoke at china review');
    expect(text).toContain('163');
    expect(text).toContain('161');
  });

  it('gives the session total with both dated figures', async () => {
    const text = await answer('how many recommendations were made in the whole session?');
    expect(text).toContain('3,973');
    expect(text).toContain('3,967');
  });

  it('forgives typos in keywords and state names', async () => {
    expect(await answer('how many recomendations did chnia recieve?')).toContain('428');
  });

  it("answers China's replies to the recommendations", async () => {
    const text = await answer('how many recommendations did china accept?');
    expect(text).toContain('290 accepted');
    expect(text).toContain('98 rejected');
  });

  it('answers earlier cycles by year without mixing them up', async () => {
    const text = await answer('How many recommendations did China get in 2013?');
    expect(text).toContain('252');
    expect(text).not.toContain('428');
    expect(text).not.toContain('346');
  });

  it('marks inferred document symbols as inferred', async () => {
    const text = await answer("what are China's documents");
    expect(text).toContain('A/HRC/WG.6/45/CHN/1');
    expect(text).toContain('inferred');
  });

  it('answers about people by name', async () => {
    expect(await answer("who's eric chan")).toContain('Chief Secretary for Administration');
  });

  it('answers speaking time, pledges and the webcast', async () => {
    expect(await answer('how long could china speak')).toContain('70 minutes');
    expect(await answer('what did china pledge?')).toContain('30 new human rights measures');
    expect(await answer('where can I watch the review?')).toContain('webtv.un.org');
  });

  it('lists the protests on their own', async () => {
    const text = await answer('is there a protest?');
    expect(text).toContain('Broken Chair');
    expect(text).not.toContain('Chinese Modernization');
  });
});

describe('more phrasings', () => {
  it('"who represents China" is the head of delegation', async () => {
    expect(await answer('Who represents China at the review?')).toContain('led by Ambassador Chen Xu');
  });

  it('knows the heads of earlier reviews by name', async () => {
    const text = await answer('Who is Le Yucheng?');
    expect(text).toContain('third UPR review, on Tue 6 Nov 2018');
  });

  it('names the speakers of a side meeting when asked who spoke', async () => {
    expect(await answer('Who spoke at the CSHRS event?')).toContain(
      'Speakers: Zhu Hongli, Chang Jian, Zheng Liang.',
    );
  });

  it("explains what follows a review, with the state's own updates", async () => {
    const text = await answer("what happens after China's review?");
    expect(text).toContain("Human Rights Council's 56th session");
    expect(text).toContain('290 accepted');
  });

  it('takes speaking-time questions in other words', async () => {
    expect(await answer('How much time does China have to speak?')).toContain('70 minutes');
  });

  it('recognises US and UK in capitals, and not "us" the word', async () => {
    expect(await answer('When is the US reviewed?')).toContain('United States of America is not reviewed');
    expect(await answer('is the UK in this session')).toContain('United Kingdom is not reviewed');
    expect(await answer('what about us?')).not.toContain('United States');
  });
});

describe('the timetable in words, at the clock of the question', () => {
  const during = async (q: string) => (await ask(q, '2024-01-23T10:00:00+01:00', { kind: 'message' })).text;

  it("what's next: under way now, the next review and the next event", async () => {
    const text = await during("what's next?");
    expect(text).toContain('Under way now: Tue 23 Jan 2024, 09:00-12:30 Geneva time: Review of China');
    expect(text).toContain('Next review: Tue 23 Jan 2024, 14:30-18:00 Geneva time: Review of Nigeria');
  });

  it("today, a named date, an ISO date and a weekday give that day's agenda", async () => {
    expect(await during('What is happening today?')).toMatch(
      /Tue 23 Jan 2024:\n09:00-12:30 Geneva time: Review of China/,
    );
    expect(await during('what is on 24 January?')).toContain('time not announced: Review of Mauritius');
    expect(await during('what is scheduled for 2024-01-30')).toContain('Review of Chad');
    expect(await during("what's on friday")).toContain('Adoption of the report on China');
  });

  it('a day outside the session says when the session runs', async () => {
    expect(await during("what's on 5 March")).toContain(
      'the session runs from Mon 22 Jan 2024 to Fri 2 Feb 2024',
    );
  });

  it('filters side meetings and protests by the day asked', async () => {
    const text = await during('Tell me about the protest on Monday');
    expect(text).toContain('Protest and poster campaign');
    expect(text).not.toContain('Protest during China');
  });

  it("after the session, China's next review is not announced, and nothing is next", async () => {
    const later = async (q: string) => (await ask(q, '2026-11-29T12:00:00Z', { kind: 'message' })).text;
    expect(await later("When is China's next review?")).toContain('next UPR review has not been announced');
    expect(await later("what's next")).toContain('ended on Fri 2 Feb 2024');
  });

  it('says plainly that it does not know who holds an office', async () => {
    for (const q of [
      'Who chairs the UPR Working Group?',
      'Who is the president of the Human Rights Council?',
    ]) {
      expect(await during(q)).toContain("Who holds that office is not known: the bot's data does not say");
    }
  });

  it('gives the standard daily slots', async () => {
    expect(await during('how many reviews are there per day')).toContain('Morning review 09:00-12:30');
  });
});

describe('traps and the limits of the data', () => {
  it('names no state for a troika that was not found', async () => {
    const text = await answer("Who was in China's troika?");
    expect(text).toContain('not known');
    for (const state of ['Algeria', 'Cuba', 'Germany', 'Bulgaria', 'Finland', 'Qatar'])
      expect(text).not.toContain(state);
  });

  it('gives a troika the data has, for that state only', async () => {
    const text = await answer("who is in Senegal's troika");
    expect(text).toContain('Germany');
    expect(text).not.toContain('Algeria');
  });

  it('says politely that a state outside the session is not covered', async () => {
    const text = await answer('When is France reviewed?');
    expect(text).toContain('France is not reviewed in the 45th session');
    expect(text).toContain('I can only help with');
  });

  it('treats the weather as out of scope', async () => {
    expect(await answer("what's the weather in Geneva?")).toContain('I can only help with');
  });

  it('is not sure, offers questions and answers nothing, below the threshold', async () => {
    const { text, reply } = await ask('what about the thing with the review people?', NOW, {
      kind: 'message',
    });
    expect(text).toContain("I'm not sure");
    expect(text.match(/^• /gm)?.length).toBe(3);
    expect(reply.ephemeral).toBe(true);
  });
});

describe('bad input', () => {
  it('an empty /upr ask asks for a question', async () => {
    const { text } = await ask('/upr ask', NOW);
    expect(text).toContain('Missing question: Your question, in plain words');
  });

  it('emoji only gets a short prompt', async () => {
    const text = await answer('🎉🎉🎉');
    expect(text).toContain('Ask me a question');
  });

  it('a question with @everyone, <!channel> and markup is answered without repeating them', async () => {
    const text = await answer('@everyone <!channel> *who* leads `China`? <@U123>');
    expect(text).toContain('Chen Xu');
    expect(text).not.toMatch(/@everyone|<!channel>|<@U123>/);
  });

  it('10,000 characters get a short refusal', async () => {
    const text = await answer('who leads China? '.repeat(600));
    expect(text).toContain('too long');
    expect(text.length).toBeLessThan(200);
  });
});
