import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';
import { otherSessionData } from '../../support/other-session.ts';

// Round 5: every subject named is resolved and the (subject, ask) pair answered only when the data
// holds it; a pair it does not hold is said to be not known for that subject, never answered with
// a neighbouring fact. Wordings here are in no tuning set (test/fixtures/tuning-questions-l.json
// holds the kinds they come from).

const { ask } = testCore();
const NOT_KNOWN = /not known|not in the bot's data|no record|not announced/;
const AFTER = '2024-08-01T12:00:00Z';

describe('another subject beside the one the data holds', () => {
  it.each([
    ["which envoy did Canada send to lead its team at Senegal's review?", 'Canada', 'Tall Sall'],
    ['who headed the Japanese delegation during the review of Mexico?', 'Japan', 'Hernández'],
    ["who headed Malta's delegation at Chad's review?", 'Malta', 'Birémé'],
  ])('%s is not known for that delegation', async (question, owner, neighbour) => {
    const { text } = await ask(question, AFTER);
    expect(text).toMatch(NOT_KNOWN);
    expect(text).toContain(owner);
    expect(text).not.toContain(neighbour);
  });

  it.each([
    ["who's Chad's ambassador in Geneva?", 'Birémé'],
    ['who is the justice minister of Nigeria?', 'Tuggar'],
  ])('%s names an office no one in the data holds', async (question, neighbour) => {
    const { text } = await ask(question, AFTER);
    expect(text).toMatch(NOT_KNOWN);
    expect(text).not.toContain(neighbour);
  });

  it("an office the data does hold is still answered (Jordan's permanent representative)", async () => {
    const { text } = await ask('who is the permanent representative of Jordan?', AFTER);
    expect(text).toContain('Walid Obeidat');
  });

  it.each([
    'what did the Chinese delegation say to the Working Group about Xinjiang?',
    'what did China say about Macao during its review?',
  ])('%s: what the state said is not known, and no prediction stands in for it', async (question) => {
    const { text } = await ask(question, AFTER);
    expect(text).toMatch(NOT_KNOWN);
    expect(text).not.toContain('predicted');
  });

  it('what a person said on a named day is not padded with what they said before it', async () => {
    const { text } = await ask('what did Chang Jian tell the CSHRS meeting on 24 January?', AFTER);
    expect(text).toMatch(NOT_KNOWN);
    expect(text).not.toContain('Xinjiang');
  });

  it.each([
    ['what does the OHCHR contribute to a review?', /compilation|summary/],
    ['what is the UNICEF role in the UPR?', /UNICEF is not in the bot's data/],
    ['what part does the International Commission of Jurists play?', /not in the bot's data/],
  ])('%s: an organisation named gets the facts that name it, or none', async (question, expected) => {
    const { text } = await ask(question, AFTER);
    expect(text).toMatch(expected);
    expect(text).not.toContain('47 members');
  });
});

describe('cycles named by ordinal or year', () => {
  it.each([
    ["what did China's 2nd UPR produce in recommendations?", '252', '428'],
    ['who represented China at its third UPR?', 'Le Yucheng', 'Chen Xu'],
    ['the 1st UPR of China: when was it?', '9 Feb 2009', '23 Jan'],
  ])('%s answers that cycle', async (question, expected, neighbour) => {
    const { text } = await ask(question, AFTER);
    expect(text).toContain(expected);
    expect(text).not.toContain(neighbour);
  });

  it("a cycle and a year that name two reviews are both told ('was China's 2nd UPR in 2018?')", async () => {
    const { text } = await ask("was China's 2nd UPR in 2018?", AFTER);
    expect(text).toMatch(/^No/);
    expect(text).toContain('2013');
  });

  it('another session beside a reviewed state is not known, then the state is told as labelled', async () => {
    const { text } = await ask("Mexico's review at the 47th session: which day?", AFTER);
    expect(text).toContain('47th session is not known');
    expect(text).toContain("In the bot's data, Mexico's review is in the 45th session");
  });
});

describe('process, progress and next steps', () => {
  it.each([
    ['under which UN body does the UPR sit?', 'Human Rights Council'],
    ['how many years go by before a state is examined again?', 'four and a half'],
    ['how can civil society feed into the UPR?', 'stakeholders'],
  ])('%s', async (question, expected) => {
    const { text } = await ask(question, AFTER);
    expect(text).toContain(expected);
  });

  it('reviews still pending at a time are counted, not listed as an overview', async () => {
    const { text } = await ask(
      'how many countries are still waiting for their review?',
      '2024-01-29T08:00:00+01:00',
    );
    expect(text).toMatch(/^6 of the 14 reviews/);
  });

  it("'X's review has finished, so what now?' tells X's next steps, not X's review again", async () => {
    const { text } = await ask("Nigeria's review has finished, so what now?", '2024-01-23T19:00:00+01:00');
    expect(text).toContain('adopts the report');
    expect(text).not.toContain('After Nigeria');
  });

  it('a day without items points to the next day that has some', async () => {
    const { text } = await ask('what is happening on saturday?', '2024-01-26T18:00:00+01:00');
    expect(text).toContain('No review or event is scheduled on Sat 27 Jan 2024');
    expect(text).toContain('Mon 29 Jan 2024');
  });

  it('how a state will handle its recommendations gives its stated approach and the dated steps', async () => {
    const { text } = await ask(
      'how is China going to deal with the recommendations?',
      '2024-01-25T12:00:00+01:00',
    );
    expect(text).toContain('national conditions');
    expect(text).toContain('is due to adopt');
    expect(text).not.toMatch(/adopted the outcome/);
  });
});

describe('events by named groups', () => {
  it('a Tibetan news conference is found under its organiser of the same people', async () => {
    const { text } = await ask('was there a press conference by Tibetan organisations?', AFTER);
    expect(text).toContain('Tibet Advocacy Coalition');
  });

  it('an organiser outside the data staged nothing in it', async () => {
    const { text } = await ask('did Greenpeace stage any protest?', AFTER);
    expect(text).toContain('No side meeting or event by "greenpeace"');
  });

  it("an event's venue that is not announced is said so, never the reviews' room", async () => {
    const { text } = await ask('what venue is the news conference after the review in?', AFTER);
    expect(text).toContain('no venue has been announced');
    expect(text).not.toContain('Room XX');
  });
});

describe('the other session (test/fixtures/upr52.json)', () => {
  const other = testCore(otherSessionData());

  it('another delegation at one of its reviews is not known; its own head is not given in its place', async () => {
    const { text } = await other.ask(
      "who led the German delegation at Norway's review?",
      '2026-06-01T12:00:00Z',
    );
    expect(text).toMatch(NOT_KNOWN);
    expect(text).toContain('Germany');
    expect(text).not.toContain('Ingrid Solberg');
  });

  it('its own head is still answered', async () => {
    const { text } = await other.ask("who led Norway's delegation?", '2026-06-01T12:00:00Z');
    expect(text).toContain('Ingrid Solberg');
  });
});
