import { describe, expect, it } from 'vitest';
import { testCore } from '../support/built-in.ts';

const { ask } = testCore();
const BEFORE = '2024-01-20T10:00:00Z';
const DURING_CHINA = '2024-01-23T10:00:00+01:00';

describe('review', () => {
  it("gives China's slot in Geneva time, the head of delegation and the sources", async () => {
    const { text, reply } = await ask('/upr review China', BEFORE);
    expect(text).toContain('Tue 23 Jan 2024, 09:00-12:30 Geneva time');
    expect(text).toContain('Ambassador Chen Xu');
    expect(text).toContain('Permanent Representative');
    expect(text).toContain('Eric Chan Kwok-ki');
    expect(text).toContain('Fri 26 Jan 2024, 15:30-18:00 Geneva time');
    expect(text).toMatch(/Troika: not announced/);
    expect(reply.blocks.some((b) => b.kind === 'sources')).toBe(true);
    expect(text).toContain('https://www.news.gov.hk/eng/2024/01/20240127/20240127_101939_661.html');
  });

  it('accepts aliases, codes, demonyms and small typos', async () => {
    for (const name of ['PRC', 'chn', "People's Republic of China", 'chinese', 'Chnia', 'CHINA']) {
      const { text } = await ask(`review ${name}`, BEFORE);
      expect(text, name).toContain('Review of China');
    }
  });

  it('says "time not announced" for a review with a date but no slot', async () => {
    const { text } = await ask('review Mauritius', BEFORE);
    expect(text).toContain('Wed 24 Jan 2024, time not announced');
    expect(text).not.toMatch(/00:00/);
  });

  it('marks an inferred slot as expected, not announced', async () => {
    const { text } = await ask('review Senegal', BEFORE);
    expect(text).toMatch(/Mon 22 Jan 2024, 14:30-18:00 Geneva time \(expected, not announced\)/);
  });

  it('says plainly when the head of delegation is not known', async () => {
    const { text } = await ask('review Malta', BEFORE);
    expect(text).toContain('Head of delegation: not announced');
  });

  it('refuses an unknown state and a state not under review, naming the states reviewed', async () => {
    const unknown = await ask('review Atlantis', BEFORE);
    expect(unknown.text).toContain('I don\'t know a state called "Atlantis"');
    expect(unknown.reply.ephemeral).toBe(true);
    const notReviewed = await ask('review Germany', BEFORE);
    expect(notReviewed.text).toContain('Germany is not reviewed in the 45th session');
    expect(notReviewed.text).toContain('Saudi Arabia');
  });

  it('asks for a state when none is given', async () => {
    const { text } = await ask('review', BEFORE);
    expect(text).toContain('Usage: /upr review <state>');
  });
});

describe('delegation', () => {
  it("lists China's head, deputy and members", async () => {
    const { text } = await ask('delegation PRC', BEFORE);
    expect(text).toContain('Head: Ambassador Chen Xu, Permanent Representative of China');
    expect(text).toContain('Deputy head: Eric Chan Kwok-ki');
    expect(text).toContain('about 20 ministries');
  });
});

describe('next', () => {
  it("during China's review: it is under way and Nigeria comes next at 14:30 Geneva time", async () => {
    const { text } = await ask('/upr next', DURING_CHINA);
    expect(text).toMatch(/Under way now:\n.*09:00-12:30 Geneva time: Review of China/);
    expect(text).toMatch(/Next review:\n.*Tue 23 Jan 2024, 14:30-18:00 Geneva time: Review of Nigeria/);
    expect(text).toContain('Next side meeting or event');
  });

  it('before the session says when it opens and what comes first', async () => {
    const { text } = await ask('next', BEFORE);
    expect(text).toContain('The 45th session opens on Mon 22 Jan 2024');
    expect(text).toContain('Review of Saudi Arabia');
  });

  it('after the session says it has ended', async () => {
    const { text } = await ask('next', '2026-11-29T12:00:00Z');
    expect(text).toContain('ended on Fri 2 Feb 2024');
  });

  it('for one state shows only that state', async () => {
    const { text } = await ask('next Nigeria', BEFORE);
    expect(text).toContain('Review of Nigeria');
    expect(text).not.toContain('Review of Saudi Arabia');
  });
});

describe('schedule', () => {
  it('lists a day with times and "time not announced"', async () => {
    const { text } = await ask('schedule 2024-01-24', BEFORE);
    expect(text).toContain('time not announced: Review of Mauritius');
    expect(text).toContain('time not announced: Review of Mexico');
    expect(text).toContain('Chinese Modernization and Human Rights Protection');
  });

  it('shows today and tomorrow relative to the clock', async () => {
    const today = await ask('schedule today', DURING_CHINA);
    expect(today.text).toContain('Review of China');
    expect(today.text).toContain('Review of Nigeria');
    const tomorrow = await ask('schedule tomorrow', DURING_CHINA);
    expect(tomorrow.text).toContain('Review of Mauritius');
    expect(tomorrow.text).not.toContain('Review of China');
  });

  it('lists all 14 reviews for the whole session, the undated one apart', async () => {
    const { text } = await ask('schedule session', BEFORE);
    expect(text.match(/Review of /g)?.length).toBe(14);
    expect(text).toMatch(/Date not announced:\n\s+Review of Central African Republic/);
  });

  it('defaults to the whole session outside the window', async () => {
    const { text } = await ask('schedule', BEFORE);
    expect(text).toContain('The whole session');
  });

  it('refuses malformed dates with a short message', async () => {
    for (const bad of ['2024-13-45', '23/01/2024', 'someday']) {
      const { text, reply } = await ask(`schedule ${bad}`, BEFORE);
      expect(text, bad).toMatch(
        /say today, tomorrow, week, session, a date like 2024-01-23 or a state|YYYY-MM-DD/,
      );
      expect(reply.ephemeral).toBe(true);
    }
  });
});

describe('schedule for one state', () => {
  it("keeps that state's review, adoption and side meetings, undated ones apart", async () => {
    const { text } = await ask('schedule China', BEFORE);
    expect(text).toContain('UPR 45th session: China');
    expect(text).toMatch(
      /Tue 23 Jan 2024:\n\s+09:00-12:30 Geneva time: Review of China \(starts in 3 days\)/,
    );
    expect(text).toContain('Adoption of the report on China');
    expect(text).toContain('Chinese Modernization and Human Rights Protection');
    expect(text).not.toContain('Nigeria');
    expect(text).not.toContain('Saudi Arabia');
  });

  it('is told in the language of the name typed', async () => {
    const { text } = await ask('/upr schedule 中国', BEFORE);
    expect(text).toContain('普遍定期审议第 45 届会议：中国');
    // The language's own separators: a full-width colon in Chinese.
    expect(text).toContain('09:00-12:30 中欧时间：中国的审议');
    expect(text).toContain('通过关于中国的报告');
  });

  it('says which states are reviewed when the state named is not', async () => {
    const { text, reply } = await ask('schedule Germany', BEFORE);
    expect(text).toMatch(/^Germany is not reviewed in the 45th session\. It reviews: Saudi Arabia/);
    expect(reply.ephemeral).toBe(true);
  });
});

describe('events', () => {
  it("takes a state's name as the state, though organisers' names contain it", async () => {
    const { text } = await ask('events China', BEFORE);
    expect(text).toMatch(/^Events about China/);
    expect(text).toContain('Protest during China');
    expect(text).toContain('Global Human Rights Governance');
    const byOrganiser = await ask('events UNA-China', BEFORE);
    expect(byOrganiser.text).toMatch(/^Events organised by UNA-China/);
    expect(byOrganiser.text).not.toContain('Protest');
  });

  it('lists the side meetings by organiser acronym', async () => {
    const { text } = await ask('events CSHRS', BEFORE);
    expect(text).toContain('Chinese Modernization and Human Rights Protection');
    expect(text).not.toContain('Global Human Rights Governance');
  });

  it('lists events about a state, with sources', async () => {
    const { text } = await ask('events China', BEFORE);
    expect(text).toContain('Global Human Rights Governance');
    expect(text).toContain('Sources:');
  });

  it('a filter of no letters, or of one, names no organiser', async () => {
    for (const filter of ['🙂', '!!', 'a']) {
      const { text } = await ask(`events ${filter}`, BEFORE);
      expect(text, filter).toMatch(/^No events match/);
    }
  });

  it('finds an organiser by its name in Chinese', async () => {
    const { text } = await ask('events 中国人权研究会', BEFORE);
    expect(text).toContain('Chinese Modernization and Human Rights Protection');
    expect(text).not.toContain('Protest during');
  });

  it('says when nothing matches', async () => {
    const { text } = await ask('events Nobody', BEFORE);
    expect(text).toContain('No events match "Nobody"');
  });
});

describe('help, about and bad input', () => {
  it('help lists every command with its usage', async () => {
    const { text, reply } = await ask('help', BEFORE);
    for (const usage of [
      '/upr next [state]',
      '/upr schedule [period]',
      '/upr review <state>',
      '/upr about',
    ]) {
      expect(text).toContain(usage);
    }
    expect(reply.ephemeral).toBe(true);
  });

  it('about names the data revision and the counts', async () => {
    const { text } = await ask('about', BEFORE);
    expect(text).toContain('Data revision 2024-07-05.2');
    expect(text).toContain('14 reviews');
  });

  it('an unknown command gets a short message listing the commands', async () => {
    const { text, reply } = await ask('/upr frobnicate', BEFORE);
    expect(text).toContain('I don\'t know the command "frobnicate"');
    expect(text).toContain('help, next, schedule');
    expect(reply.ephemeral).toBe(true);
  });

  it('never repeats a mention from an unknown command', async () => {
    const { text } = await ask('/upr @everyone', BEFORE);
    expect(text).not.toContain('@everyone');
    const channel = await ask('review <!channel>', BEFORE);
    expect(channel.text).not.toContain('<!channel>');
  });

  it('refuses oversize input without echoing it', async () => {
    const { text } = await ask(`review ${'x'.repeat(5000)}`, BEFORE);
    expect(text).toContain('too long');
    expect(text.length).toBeLessThan(200);
  });

  it('works with and without the /upr prefix', async () => {
    const a = await ask('/upr review China', BEFORE);
    const b = await ask('review China', BEFORE);
    expect(a.text).toBe(b.text);
  });
});
