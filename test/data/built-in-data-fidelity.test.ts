import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DataSet, dataSetSchema } from '../../src/core/data-schema.ts';
import { crossReferenceProblems } from '../../src/core/data-validation.ts';
import { createStateResolver } from '../../src/core/state-names.ts';

// Spot checks of the built-in data set against the research brief
// (shared facts: "the 45th UPR Working Group session and China's fourth review").

const data: DataSet = dataSetSchema.parse(
  JSON.parse(fs.readFileSync(new URL('../../data/upr45.json', import.meta.url), 'utf8')),
);

const review = (code: string) => {
  const found = data.reviews.find((r) => r.state === code);
  if (!found) throw new Error(`no review of ${code}`);
  return found;
};
const fact = (topic: string, subject?: string) => {
  const found = data.facts.find((f) => f.topic === topic && f.subject === subject);
  if (!found) throw new Error(`no fact ${topic} (${subject ?? 'general'})`);
  return found;
};
const sourceIds = new Set(data.sources.map((s) => s.id));
const sourceUrls = (ids: readonly string[]) => ids.map((id) => data.sources.find((s) => s.id === id)?.url);

function allSourceRefs(value: unknown, path = ''): { path: string; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => allSourceRefs(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'sources' && Array.isArray(v) && path !== ''
        ? v.map((id) => ({ path: `${path}.sources`, id: String(id) }))
        : allSourceRefs(v, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

describe('built-in data set (upr45.json)', () => {
  it('is valid, with no broken references between items', () => {
    expect(data.revision).toBe('2024-07-05.2');
    expect(crossReferenceProblems(data)).toEqual([]);
  });

  it('references only sources that exist', () => {
    const refs = allSourceRefs(data);
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((r) => !sourceIds.has(r.id))).toEqual([]);
  });

  it('includes the news item the project started from', () => {
    const item = data.sources.find((s) => s.id === 'ichongqing-2024-01-22');
    expect(item?.url).toBe(
      'https://www.ichongqing.info/2024/01/22/universal-periodic-review-to-examine-chinas-human-rights-records/amp/',
    );
    expect(item?.published).toBe('2024-01-22');
  });

  it("cites OHCHR's own site, never a test or staging copy of it", () => {
    expect(sourceUrls(['ohchr-saudi-arabia-upr45'])).toEqual([
      'https://www.ohchr.org/zh/press-releases/2024/01/saudi-arabias-human-rights-record-be-examined-universal-periodic-review',
    ]);
    const hosts = data.sources.map((s) => new URL(s.url).hostname);
    expect(hosts.filter((h) => /(^|\.)(test|staging|dev)\.|un-icc\.cloud$/.test(h))).toEqual([]);
  });

  it('describes the 45th session', () => {
    expect(data.sessions).toHaveLength(1);
    const [session] = data.sessions;
    expect(session?.id).toBe('upr-wg-45');
    expect(session?.number).toBe(45);
    expect(session?.cycle).toBe(4);
    expect(session?.zone).toBe('Europe/Zurich');
    expect(session?.window).toMatchObject({ start: '2024-01-22', end: '2024-02-02', status: 'confirmed' });
    expect(session?.place.text).toBe('Palais des Nations, Geneva');
    expect(session?.place.room).toContain('Room 20');
    expect(session?.webcast?.url).toBe('https://webtv.un.org');
    expect(session?.outcomes?.text).toContain('56th session');
  });

  it('lists the 14 reviews in order', () => {
    expect(data.reviews.map((r) => r.state)).toEqual([
      'SAU',
      'SEN',
      'CHN',
      'NGA',
      'MUS',
      'MEX',
      'JOR',
      'MYS',
      'CAF',
      'MCO',
      'BLZ',
      'TCD',
      'COG',
      'MLT',
    ]);
    expect(data.reviews.map((r) => r.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(new Set(data.reviews.map((r) => r.cycle))).toEqual(new Set([4]));
    expect(new Set(data.reviews.map((r) => r.session))).toEqual(new Set(['upr-wg-45']));
    expect(review('CHN').id).toBe('upr45-chn');
  });

  it("has China's review on Tue 23 Jan 2024, 09:00-12:30 Geneva time, stored in UTC", () => {
    const { when } = review('CHN');
    expect(when.date).toBe('2024-01-23');
    expect(['2024-01-23T08:00:00.000Z', '2024-01-23T08:00:00Z']).toContain(when.start);
    expect(new Date(when.end ?? '').toISOString()).toBe('2024-01-23T11:30:00.000Z');
    expect(when.status).toBe('confirmed');
    expect(sourceUrls(when.sources)).toContain(
      'https://www.news.gov.hk/eng/2024/01/20240127/20240127_101939_661.html',
    );
  });

  it('stores the afternoon slot as 13:30Z-17:00Z and marks inferred slots', () => {
    const nga = review('NGA').when;
    expect(new Date(nga.start ?? '').toISOString()).toBe('2024-01-23T13:30:00.000Z');
    expect(new Date(nga.end ?? '').toISOString()).toBe('2024-01-23T17:00:00.000Z');
    const sen = review('SEN').when;
    expect(sen).toMatchObject({ date: '2024-01-22', status: 'confirmed', timeStatus: 'inferred' });
    expect(sen.note).toContain('second review of the day');
    const mys = review('MYS').when;
    expect(mys).toMatchObject({ date: '2024-01-25', status: 'confirmed', timeStatus: 'inferred' });
    expect(mys.note).toContain('22:00');
    expect(new Date(review('MLT').when.start ?? '').toISOString()).toBe('2024-01-31T08:00:00.000Z');
  });

  it('never invents a time: Mauritius has a date but no start, CAF has no date', () => {
    const mus = review('MUS').when;
    expect(mus.date).toBe('2024-01-24');
    expect(mus.start).toBeUndefined();
    expect(mus.end).toBeUndefined();
    const caf = review('CAF').when;
    expect(caf.date).toBeUndefined();
    expect(caf.start).toBeUndefined();
    expect(caf.status).toBe('unconfirmed');
    for (const code of ['MEX', 'JOR', 'MCO', 'BLZ', 'TCD', 'COG']) {
      expect(review(code).when.start, code).toBeUndefined();
    }
    const instants = JSON.stringify(data).match(/T\d\d:\d\d:\d\d(\.\d+)?Z/g) ?? [];
    expect(instants.filter((t) => t.startsWith('T00:00'))).toEqual([]);
  });

  it('encodes the adoptions of reports', () => {
    const chn = review('CHN').adoption;
    expect(chn.date).toBe('2024-01-26');
    expect(new Date(chn.start ?? '').toISOString()).toBe('2024-01-26T14:30:00.000Z');
    expect(new Date(chn.end ?? '').toISOString()).toBe('2024-01-26T17:00:00.000Z');
    expect(chn.note).toMatch(/OHCHR notice/);
    expect(review('SEN').adoption).toMatchObject({ date: '2024-01-26' });
    expect(review('SEN').adoption.start).toBeUndefined();
    expect(review('TCD').adoption).toMatchObject({ date: '2024-02-02' });
    expect(review('TCD').adoption.start).toBeUndefined();
    for (const code of ['SAU', 'NGA', 'MUS', 'MEX', 'JOR', 'MYS', 'CAF', 'MCO', 'BLZ', 'COG', 'MLT']) {
      expect(review(code).adoption, code).toEqual({ status: 'unconfirmed', sources: [] });
    }
  });

  it("every review's head person exists; unknown heads are unconfirmed with no person", () => {
    const people = new Set(data.people.map((p) => p.id));
    for (const r of data.reviews) {
      const { head } = r.delegation;
      if (head.person) expect(people.has(head.person), r.state).toBe(true);
      else expect(head.status, r.state).toBe('unconfirmed');
    }
    for (const code of ['CAF', 'COG', 'MLT']) {
      expect(review(code).delegation.head).toEqual({ status: 'unconfirmed', sources: [] });
    }
    expect(review('NGA').delegation.head.person).toBe('yusuf-maitama-tuggar');
    expect(review('SAU').delegation.head.person).toBe('hala-altuwaijri');
  });

  it("encodes China's delegation", () => {
    const { delegation } = review('CHN');
    expect(delegation.head).toMatchObject({ person: 'chen-xu', status: 'confirmed' });
    expect(delegation.deputy).toMatchObject({ person: 'eric-chan-kwok-ki', status: 'confirmed' });
    expect(delegation.members?.text).toMatch(/about 20 ministries/);
    expect(delegation.members?.text).toMatch(/Xizang \(Tibet\), Xinjiang, Hong Kong and Macao/);
    const chen = data.people.find((p) => p.id === 'chen-xu');
    expect(chen).toMatchObject({ name: 'Chen Xu', honorific: 'Ambassador', state: 'CHN' });
    expect(chen?.title).toBe(
      'Permanent Representative of China to the United Nations Office at Geneva and other international organizations in Switzerland',
    );
    const chang = data.people.find((p) => p.id === 'chang-jian');
    expect(chang?.honorific).toBe('Professor');
    expect(chang?.title).toContain('Nankai University');
    // What he did is a dated remark, told only once it has happened.
    expect(chang?.remarks).toContainEqual(
      expect.objectContaining({ asOf: '2024-01-21', text: expect.stringContaining('21 Jan 2024') }),
    );
  });

  it("China's troika is unconfirmed with no states; found troikas are kept", () => {
    expect(review('CHN').troika).toMatchObject({ states: [], status: 'unconfirmed', sources: [] });
    expect(review('SAU').troika.states).toEqual(['DZA', 'CUB', 'KGZ']);
    expect(review('SEN').troika.states).toEqual(['DEU', 'KAZ', 'SOM']);
    expect(review('MEX').troika.states).toEqual(['CHN', 'BGR', 'PRY']);
    expect(review('JOR').troika.states).toEqual(['FIN', 'GHA', 'QAT']);
    const found = new Set(['SAU', 'SEN', 'MEX', 'JOR']);
    for (const r of data.reviews.filter((r) => !found.has(r.state))) {
      expect(r.troika, r.state).toMatchObject({ states: [], status: 'unconfirmed' });
    }
  });

  it('China received 428 recommendations', () => {
    expect(review('CHN').recommendations).toMatchObject({ value: 428, status: 'confirmed' });
    expect(review('CHN').recommendations?.detail).toContain('24 concern Hong Kong');
    expect(review('CHN').recommendations?.sources).toHaveLength(2);
  });

  it("keeps China's earlier reviews as in the brief", () => {
    const rows = data.previousReviews.filter((p) => p.state === 'CHN').sort((a, b) => a.cycle - b.cycle);
    expect(rows.map((p) => [p.cycle, p.date, p.adoption, p.hrcAdoption])).toEqual([
      [1, '2009-02-09', '2009-02-11', '2009-06-11'],
      [2, '2013-10-22', '2013-10-25', '2014-03-20'],
      [3, '2018-11-06', '2018-11-09', '2019-03-15'],
    ]);
    expect(rows[0]?.recommendations).toBeUndefined();
    expect(rows[0]?.note).toMatch(/unconfirmed/);
    expect(rows[1]?.recommendations).toBe('252, 204 accepted');
    expect(rows[2]?.recommendations).toBe('346 from 150 states, 284 accepted');
    expect(rows[2]?.head).toContain('Le Yucheng');
  });

  it('lists the six events around China review, with no invented times', () => {
    expect(data.events).toHaveLength(6);
    expect(data.events.every((e) => e.session === 'upr-wg-45' && e.states.includes('CHN'))).toBe(true);
    const protest = data.events.find((e) => e.kind === 'protest' && e.when.date === '2024-01-23');
    expect(protest?.when).toMatchObject({ timeStatus: 'inferred', note: 'announced for 10:30-13:30' });
    expect(new Date(protest?.when.start ?? '').toISOString()).toBe('2024-01-23T09:30:00.000Z');
    expect(new Date(protest?.when.end ?? '').toISOString()).toBe('2024-01-23T12:30:00.000Z');
    expect(data.events.filter((e) => e.when.start)).toHaveLength(1);
    const cshrs = data.events.find((e) => e.organiserAcronyms.includes('CSHRS'));
    expect(cshrs).toMatchObject({ when: { date: '2024-01-24' }, place: 'InterContinental Geneva' });
    expect(cshrs?.speakers).toEqual(['Zhu Hongli', 'Chang Jian', 'Zheng Liang']);
    const una = data.events.find((e) => e.organiserAcronyms.includes('UNA-China'));
    expect(una?.title).toBe("Global Human Rights Governance and China's Experience");
    const cnie = data.events.find((e) => e.organiserAcronyms.includes('CNIE'));
    expect(cnie?.note).toContain('inferred from a translation');
    expect(data.events.find((e) => e.kind === 'press-conference')?.note).toMatch(/whether held unconfirmed/);
  });

  it("infers China's document symbols", () => {
    expect(data.documents.map((d) => [d.kind, d.symbol, d.status])).toEqual([
      ['national-report', 'A/HRC/WG.6/45/CHN/1', 'inferred'],
      ['un-compilation', 'A/HRC/WG.6/45/CHN/2', 'inferred'],
      ['stakeholder-summary', 'A/HRC/WG.6/45/CHN/3', 'inferred'],
    ]);
    expect(data.documents.every((d) => d.review === 'upr45-chn')).toBe(true);
  });

  it('has the facts the bot answers from', () => {
    // Two dated figures: February's 3,967, and July's 3,973 (preferred once known).
    const [february, july] = data.facts.filter((f) => f.topic === 'session-recommendations');
    expect(february).toMatchObject({ asOf: '2024-02-02' });
    expect(february!.text).toContain('3,967');
    expect(july!.text).toContain('3,973');
    expect(july!.text).toContain('3,967');
    expect(july!.asOf! > february!.asOf!).toBe(true);
    expect(fact('average-recommendations').text).toContain('283');
    expect(fact('states-reviewed-count').text).toContain('14');
    expect(fact('speaking-time', 'CHN').text).toMatch(/70 minutes[\s\S]*45 seconds/);
    expect(fact('states-spoke', 'CHN').text).toMatch(/163[\s\S]*161/);
    expect(fact('focus', 'CHN')).toMatchObject({ status: 'confirmed', note: 'a prediction' });
    expect(fact('pledges', 'CHN').text).toContain('30 new human rights measures');
    expect(fact('national-report', 'CHN').text).toContain('2018');
    expect(fact('delegation-approach', 'CHN').text).toContain('national conditions');
    expect(fact('upr-frequency').text).toContain('four and a half years');
    expect(fact('review-length').text).toMatch(/3\.5 hours[\s\S]*70 minutes[\s\S]*140 minutes/);
    expect(fact('upr-origin').text).toContain('60/251');
    expect(fact('what-is-upr').text).toMatch(/Human Rights Council/);
    for (const topic of [
      'working-group-membership',
      'review-documents',
      'troika-role',
      'fourth-cycle',
      'recommendation-wording',
      'late-changes',
    ]) {
      expect(fact(topic).subject, topic).toBeUndefined();
    }
    expect(data.facts.filter((f) => f.status === 'confirmed').every((f) => f.sources.length > 0)).toBe(true);
  });

  it("has China's updates in date order", () => {
    const chn = data.updates.filter((u) => u.state === 'CHN');
    expect(chn.map((u) => u.published)).toEqual(['2024-01-26', '2024-01-26', '2024-06-11', '2024-07-04']);
    const replies = chn.find((u) => u.id === 'chn-2024-06-11-replies');
    expect(replies?.text).toMatch(/290 accepted, 8 partially accepted, 32 noted and 98 rejected/);
    expect(chn.some((u) => u.text.includes('428'))).toBe(true);
  });

  it('resolves state names and aliases, and gives "Congo" only to COG', () => {
    expect(data.states).toHaveLength(25);
    const resolver = createStateResolver(data.states);
    expect(resolver.resolve('PRC')?.code).toBe('CHN');
    expect(resolver.resolve("People's Republic of China")?.code).toBe('CHN');
    expect(resolver.resolve('KSA')?.code).toBe('SAU');
    expect(resolver.resolve('CAR')?.code).toBe('CAF');
    expect(resolver.resolve('Congo-Brazzaville')?.code).toBe('COG');
    expect(resolver.resolve('Mexican')?.code).toBe('MEX');
    expect(data.states.filter((s) => s.aliases.includes('Congo')).map((s) => s.code)).toEqual(['COG']);
  });
});
