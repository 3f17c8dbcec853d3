import type { ParaphraseCase } from './paraphrase-runner.ts';
import { ALL_HEADS, day, NOT_IN_SESSION, UNKNOWN } from './qa-phrases.ts';

// Tuning questions written from the facts brief (shared/facts/upr45-session.md) the way new users
// ask: several questions in one message, questions whose answer depends on the clock, roles,
// organisations, misreadings waiting to happen, traps, other languages. Expectations come from the
// brief, not from the engine. Clocks are Geneva time.

const JAN_20 = '2024-01-20T10:00:00+01:00';
const JAN_22_EVENING = '2024-01-22T21:00:00+01:00';
const JAN_23_MORNING = '2024-01-23T10:15:00+01:00';
const JAN_23_AFTERNOON = '2024-01-23T15:00:00+01:00';
const JAN_26_BLOCK = '2024-01-26T16:00:00+01:00';
const FEB_10 = '2024-02-10T12:00:00+01:00';
const JULY = '2024-07-10T12:00:00+02:00';
const NINE = ['09:00', '9:00', '9 am'];
const HALF_TWO = ['14:30', '2:30'];

export const COMPOUND: ParaphraseCase[] = [
  {
    q: 'When is Senegal reviewed and who heads its delegation?',
    expect: [day(22), ['Tall Sall']],
  },
  {
    q: 'date, room and head of delegation for Nigeria?',
    expect: [day(23), ['Room XX', 'Palais des Nations'], ['Tuggar']],
  },
  {
    q: 'China: date, time, room and who leads?',
    expect: [day(23), NINE, ['Room XX'], ['Chen Xu']],
  },
  {
    q: 'Are Nigeria and Senegal on the same day?',
    expect: [['No', 'not the same'], day(22), day(23)],
  },
  { q: 'are mauritius and mexico reviewed the same day?', expect: [['Yes', 'same day'], day(24)] },
  {
    q: 'Is Malta reviewed before or after Chad?',
    expect: [['Chad comes before Malta', 'after']],
    forbid: ['Nigeria'],
  },
  {
    q: 'Did China get more recommendations than last time?',
    expect: [['428'], ['346']],
  },
  {
    q: 'who leads the delegations of Jordan and Belize?',
    expect: [['Obeidat'], ['Vega Samos']],
  },
  {
    q: 'When are Monaco and Belize reviewed?',
    expect: [day(29), ['Monaco'], ['Belize']],
  },
  {
    q: "Who leads Nigeria's delegation, and is he a minister or an ambassador?",
    expect: [['Tuggar'], ['Minister of Foreign Affairs']],
  },
  {
    q: 'who is the deputy head of the chinese delegation and what is his job?',
    expect: [['Eric Chan'], ['Chief Secretary']],
  },
  {
    q: 'How many recommendations did China receive, and how many did it reject?',
    expect: [['428'], ['98 rejected']],
  },
  {
    q: "when is China's review and when is its report adopted?",
    expect: [day(23), day(26)],
  },
  {
    q: 'Where is Malta reviewed, and what time does it start in Valletta?',
    expect: [['Palais des Nations', 'Room XX'], NINE],
  },
  {
    q: 'when is the session, where, and how many states?',
    expect: [day(22), ['Palais des Nations'], ['14']],
  },
  {
    q: 'when is the review of jordan? and malaysia?',
    expect: [day(25), ['Jordan'], ['Malaysia']],
  },
  {
    q: 'who leads mexico and what is the troika?',
    expect: [['Hernández García', 'Hernandez Garcia'], ['Bulgaria'], ['Paraguay']],
  },
  { q: 'Nigeria: time in Lagos and head of delegation', expect: [['Lagos time'], ['Tuggar']] },
  {
    q: "who leads China's delegation, and what's the weather in Geneva?",
    expect: [['Chen Xu'], ["can't help", 'did not understand']],
  },
  {
    q: "when is Nigeria reviewed and what's the capital of Peru?",
    expect: [day(23), ['Peru is not reviewed']],
    forbid: ['session of the UPR Working Group ended'],
  },
  { q: "when is China's review? and the adoption?", expect: [day(23), day(26)] },
  {
    q: 'When is Malta reviewed and who is the deputy head?',
    expect: [day(31), UNKNOWN],
    forbid: ['Eric Chan'],
  },
  { q: 'How many states are reviewed and which one is first?', expect: [['14'], ['Saudi Arabia']] },
  { q: 'When is the first review and who is it?', expect: [['Saudi Arabia'], day(22)], forbid: ['Malta'] },
  {
    q: "how many days between China's review and the adoption of its report?",
    expect: [['3 days'], day(23), day(26)],
  },
  {
    q: 'Which day is Jordan reviewed, and is its time confirmed?',
    expect: [day(25), ['not been announced', 'not announced']],
  },
  {
    q: 'List the heads of delegation for Nigeria, Senegal and Chad',
    expect: [['Tuggar'], ['Tall Sall'], ['Birémé']],
  },
  {
    q: "What's China's speaking time and how many states spoke?",
    expect: [['70 minutes'], ['163', '161']],
  },
];

export const CLOCK: ParaphraseCase[] = [
  {
    q: "is China's review over yet?",
    now: JAN_23_MORNING,
    expect: [['Not yet', 'under way']],
    forbid: ['took place'],
  },
  { q: 'has china started?', now: JAN_23_MORNING, expect: [['under way']] },
  { q: 'how long until the chinese review begins', now: JAN_22_EVENING, expect: [['12 hours']] },
  {
    q: 'how many hours until nigeria is up?',
    now: JAN_23_MORNING,
    expect: [['4 hours', '4 hours 15 minutes']],
  },
  { q: "Is Nigeria's review happening right now?", now: JAN_23_AFTERNOON, expect: [['under way']] },
  { q: 'is nigeria done?', now: '2024-01-24T10:00:00+01:00', expect: [['Yes', 'took place']] },
  { q: 'has Malta been reviewed yet?', now: JAN_20, expect: [['Not yet'], day(31)], forbid: ['took place'] },
  { q: 'has malta been reviewed yet?', now: FEB_10, expect: [['Yes', 'took place'], day(31)] },
  { q: 'is the session still on?', now: '2024-02-05T12:00:00+01:00', expect: [['ended', 'over']] },
  { q: 'has the session started?', now: JAN_20, expect: [['Not yet', 'opens']], forbid: ['ended'] },
  {
    q: 'is the UPR session running at the moment?',
    now: '2024-01-29T11:00:00+01:00',
    expect: [['under way']],
  },
  {
    q: "has China's report been adopted?",
    now: JAN_26_BLOCK,
    expect: [['under way', 'Not yet']],
    forbid: ['Working Group adopted'],
  },
  { q: "has China's report been adopted?", now: FEB_10, expect: [['Yes'], day(26)] },
  {
    q: "Has the HRC adopted China's UPR outcome yet?",
    now: FEB_10,
    expect: [['Not yet'], ['4 Jul 2024', '4 July 2024']],
    forbid: ['adopted the outcome'],
  },
  { q: 'did the council adopt the outcome for china?', now: JULY, expect: [['adopted'], ['4 Jul 2024']] },
  {
    q: 'has China published its responses to the recommendations?',
    now: FEB_10,
    expect: [['not published yet', 'Not yet']],
    forbid: ['290', '98 rejected'],
  },
  { q: 'how many recs did china reject', now: JULY, expect: [['98 rejected']] },
  {
    q: 'how many recommendations has China rejected?',
    now: FEB_10,
    expect: [['not published yet', 'not known yet']],
    forbid: ['98'],
  },
  { q: 'how many recommendations did china get?', now: JAN_20, expect: [['not known yet']], forbid: ['428'] },
  { q: "what's happening now?", now: JAN_23_MORNING, expect: [['China']] },
  { q: 'what is on tomorrow?', now: JAN_22_EVENING, expect: [['China'], ['Nigeria']] },
  { q: 'when is the next review?', now: JAN_23_MORNING, expect: [['Nigeria']] },
  { q: "how long until China's report is adopted?", now: JAN_20, expect: [['6 days']] },
  {
    q: 'how long until the session ends?',
    now: '2024-01-29T11:00:00+01:00',
    expect: [['Fri 2 Feb 2024', 'under way']],
  },
  { q: 'is the CSHRS meeting today?', now: '2024-01-24T09:00:00+01:00', expect: [['today']] },
  { q: 'was there a protest yesterday?', now: JAN_23_MORNING, expect: [['Protest and poster campaign']] },
  { q: 'Is China being reviewed right now?', now: JAN_23_MORNING, expect: [['Yes'], ['under way']] },
  {
    q: "How much longer will China's review last?",
    now: JAN_23_MORNING,
    expect: [['2 hours 15 minutes']],
    forbid: ['2018'],
  },
  {
    q: 'Which state is being reviewed now?',
    now: JAN_23_MORNING,
    expect: [['Review of China']],
    forbid: ['Malta'],
  },
  {
    q: 'Is anything happening this afternoon?',
    now: JAN_23_MORNING,
    expect: [['Nigeria']],
    forbid: ['Malaysia'],
  },
  {
    q: 'Need quick facts: China review date/time, head of delegation, number of recs',
    expect: [day(23), NINE, ['Chen Xu'], ['428']],
  },
  {
    q: 'When will we know how many recommendations China accepted?',
    now: FEB_10,
    expect: [['Tue 11 Jun 2024']],
    forbid: ['290'],
  },
];

export const PEOPLE: ParaphraseCase[] = [
  // Who speaks for a reviewed state is its head of delegation; a person's age is not in the data.
  { q: 'who speaks for Malaysia at its review?', expect: [['led by']] },
  { q: 'when was Chen Xu born?', expect: [['not known']] },
  { q: 'Is Walid Obeidat a minister or an ambassador?', expect: [['Ambassador']] },
  { q: "What's Ambassador Chen's full title?", expect: [['Permanent Representative']] },
  { q: 'what does professor chang do?', expect: [['Nankai']] },
  { q: 'Is Mr Tuggar the foreign minister?', expect: [['Minister of Foreign Affairs']] },
  {
    q: 'Who from Xinjiang is in the delegation?',
    expect: [['Xinjiang'], ['20 ministries']],
    forbid: ['predicted'],
  },
  { q: "tell me about the Hong Kong official in China's delegation", expect: [['Eric Chan']] },
  { q: 'what is Eric Chan role?', expect: [['Chief Secretary']] },
  { q: "what's Hala Altuwaijri's job", expect: [['President of the Human Rights Commission']] },
  { q: 'who is Tuggar', expect: [['Minister of Foreign Affairs']] },
  { q: 'which country is Isabelle Berro-Amadei from?', expect: [['Monaco']] },
  { q: 'who is Zheng Liang?', expect: [['CSHRS', 'Chinese Modernization']] },
  { q: 'is Chen Xu an ambassador?', expect: [['Ambassador']] },
  { q: 'who was Le Yucheng?', expect: [['2018'], ['China']] },
  { q: 'What is Bala Chandran Tharman title?', expect: [['Deputy Secretary-General']] },
  { q: 'what does Aissata Tall Sall do?', expect: [['Minister of Justice']] },
];

export const ORGANISATIONS: ParaphraseCase[] = [
  {
    q: 'what has the World Uyghur Congress got to do with this?',
    expect: [
      ['protest', 'Protest'],
      ['news conference', 'Broken Chair'],
    ],
  },
  { q: 'who is UNA-China?', expect: [['Global Human Rights Governance']] },
  { q: 'what is CNIE doing during the session?', expect: [['Putting development at the centre']] },
  { q: 'where is the CSHRS event?', expect: [['InterContinental']] },
  { q: 'when is the joint news conference?', expect: [day(23)] },
  { q: 'where was the uyghur protest?', expect: [['Broken Chair']] },
  {
    q: 'who spoke at the Chinese Modernization and Human Rights Protection meeting?',
    expect: [['Zhu Hongli']],
  },
];

export const MISREADS: ParaphraseCase[] = [
  {
    q: "What did Germany say at China's review?",
    expect: [UNKNOWN],
    forbid: ['Kazakhstan', 'Somalia', 'Senegal'],
  },
  { q: 'what did the US recommend to China', expect: [UNKNOWN], forbid: ['428'] },
  { q: 'Did France criticise China?', expect: [UNKNOWN], forbid: ['I can only help'] },
  {
    q: "What time is the adoption of China's report in Beijing?",
    expect: [['22:30', '10:30 pm'], day(26)],
    forbid: ['16:00'],
  },
  { q: 'Of the 428, how many were accepted?', expect: [['290 accepted']], forbid: ['the date is'] },
  { q: 'how many of the recommendations did china note?', expect: [['32 noted']] },
  { q: 'who is in the troika for Jordan', expect: [['Finland'], ['Ghana'], ['Qatar']], forbid: ['Algeria'] },
  { q: 'is Germany in a troika?', expect: [['Senegal']], forbid: ['Chen Xu'] },
  { q: "who leads Malta's team?", expect: [UNKNOWN], forbid: ALL_HEADS },
  { q: 'when is Chad?', expect: [day(30)], forbid: ['Congo'] },
  {
    q: "What did the UK say about Hong Kong at China's review?",
    expect: [UNKNOWN, ['United Kingdom']],
    forbid: ['What Hong Kong'],
  },
  {
    q: 'How many recommendations concerned Hong Kong?',
    expect: [['24 concern Hong Kong']],
    forbid: ['not reviewed'],
  },
  { q: "Did the US take part in China's review?", expect: [UNKNOWN], forbid: ['took place on'] },
  { q: 'Which countries recommended China to close camps?', expect: [UNKNOWN] },
  { q: 'Who is Michelle Bachelet?', expect: [['not in the bot']] },
];

export const TRAPS: ParaphraseCase[] = [
  { q: 'When was the 44th session?', expect: [['not known', 'not in']], forbid: ['Mon 22 Jan'] },
  { q: 'who leads China at the 46th session?', expect: [['not known', 'not in']], forbid: ['Chen Xu'] },
  { q: 'when is upr 46', expect: [['not known', 'not in']], forbid: ['22 Jan'] },
  { q: 'when is the next UPR session?', expect: [['not known']] },
  { q: 'who will lead China in its fifth review?', expect: [['not known']], forbid: ['Chen Xu'] },
  { q: 'when is China reviewed in 2028?', expect: [['not known', 'Nothing is known']], forbid: ['23 Jan'] },
  { q: 'What was the vote on China’s outcome?', expect: [UNKNOWN], forbid: ['428', '290'] },
  { q: 'how many states voted against China?', expect: [UNKNOWN], forbid: ['163'] },
  { q: 'who led China in 2013?', expect: [['Wu Hailong']], forbid: ['Chen Xu'] },
  { q: "What happened at China's 2013 review?", expect: [['Wu Hailong'], ['252']], forbid: ['428'] },
  { q: 'Has China been reviewed before?', expect: [['2009'], ['2013'], ['2018']], forbid: ['Senegal'] },
  { q: 'how many times has china been reviewed?', expect: [['4 times']] },
  { q: 'how many times has china been reviewed?', now: JAN_20, expect: [['3 times'], ['still to come']] },
  {
    q: 'how many recommendations did China get in its first review?',
    expect: [UNKNOWN],
    forbid: ['428', '252', '346'],
  },
  { q: "what is Senegal's focus?", expect: [UNKNOWN], forbid: ['Xinjiang'] },
  { q: 'how many states spoke at the Nigerian review?', expect: [UNKNOWN], forbid: ['163'] },
  { q: 'What did Nigeria pledge?', expect: [UNKNOWN], forbid: ['30 new'] },
  { q: "who is the deputy head of Malaysia's delegation?", expect: [UNKNOWN], forbid: ['Eric Chan'] },
  { q: 'When is Brazil reviewed?', expect: [NOT_IN_SESSION] },
  { q: 'who heads the delegation', expect: [['Which state']], forbid: ALL_HEADS },
  { q: 'when is the review?', expect: [['Which state']] },
  { q: 'how many recommendations did Mexico receive?', expect: [UNKNOWN], forbid: ['428'] },
  { q: 'What happened at HRC 55?', expect: [['not known']] },
  { q: 'Why only 45 seconds per delegation?', expect: [['45 seconds']], forbid: ['283'] },
];

export const ZONES: ParaphraseCase[] = [
  { q: "what time is Nigeria's review in Lagos?", expect: [HALF_TWO] },
  { q: "what time is China's review in Beijing?", now: JAN_20, expect: [['16:00-19:30 Beijing time']] },
  { q: 'china review time in washington dc', expect: [['03:00', '3:00 am', '3 am']] },
  { q: "Saudi Arabia's review in London time?", expect: [['08:00', '8 am']] },
  { q: 'When does Malaysia start, Kuala Lumpur time?', expect: [['21:30', '9:30 pm']] },
  { q: 'what time is the review of malta in tokyo', expect: [['17:00', '5 pm']] },
  // A city that is also a state's alias, named as the clock in a later clause.
  { q: 'When is Senegal up, and when does it start for people in Dakar?', expect: [['13:30']] },
  { q: 'Saudi Arabia is on Monday? what time is that in Riyadh', expect: [['11:00']] },
];

// Since issue 14 these are answered in their own language: names, numbers and dates in it, and
// what has no words of its own yet as the English answer quoted (the clock questions below).
export const OTHER_LANGUAGES: ParaphraseCase[] = [
  { q: 'Qui dirige la délégation chinoise ?', expect: [['Chen Xu']] },
  { q: "Quand a lieu l'examen du Sénégal ?", expect: [day(22)] },
  { q: 'Combien de recommandations la Chine a-t-elle reçues ?', expect: [['428']] },
  { q: "Où se tient l'examen ?", expect: [['Palais des Nations']] },
  { q: '¿Quién encabeza la delegación de México?', expect: [['Hernández García', 'Hernandez Garcia']] },
  { q: '¿Cuándo es el examen de Chad?', expect: [['30 de enero']] },
  { q: '¿Cuántas recomendaciones aceptó China?', expect: [['290 aceptadas']] },
  { q: '中国代表团团长是谁？', expect: [['陈旭（Chen Xu）']] },
  { q: '中国的审议是什么时候？', expect: [['1月23日']] },
  { q: '中国收到了多少条建议？', expect: [['428']] },
  { q: '尼日利亚什么时候审议？', expect: [['1月23日'], HALF_TWO] },
  { q: '中国的审议开始了吗？', now: JAN_23_MORNING, expect: [['正在进行']] },
  { q: '中国的审议结束了吗？', now: JAN_23_MORNING, expect: [['正在进行']] },
  {
    q: "Combien de temps avant l'examen du Nigeria ?",
    now: JAN_23_MORNING,
    // Told in French now, no longer the English quoted.
    expect: [['4 heures 15 minutes']],
  },
  { q: '中国的审议是几点？北京时间', now: JAN_20, expect: [['16:00']] },
  { q: "L'examen de la Chine a-t-il commencé ?", now: JAN_23_MORNING, expect: [['en cours']] },
  { q: '¿Cuánto falta para el examen de Nigeria?', now: JAN_23_MORNING, expect: [['4 horas y 15 minutos']] },
  { q: "Qu'est-ce que l'EPU ?", expect: [['Conseil des droits de l’homme']] },
  { q: 'Quand commence la session ?', now: JAN_20, expect: [day(22)] },
  { q: 'Qui est le chef adjoint de la délégation chinoise ?', expect: [['Eric Chan']] },
  { q: "À quelle heure est l'examen du Nigeria ?", expect: [HALF_TWO] },
  { q: '¿Quién es el jefe adjunto de la delegación china?', expect: [['Eric Chan']] },
  { q: '¿Dónde se celebra el examen?', expect: [['Palacio de las Naciones']] },
  { q: '¿Qué es el EPU?', expect: [['Consejo de Derechos Humanos']] },
  { q: '哪些国家接受审议？', expect: [['沙特阿拉伯'], ['马耳他']], forbid: ['Which state'] },
  { q: '常健是谁？', expect: [['Nankai', '南开']] },
  { q: '中国人权研究会的边会在哪里？', expect: [['InterContinental']] },
  { q: '普遍定期审议是什么？', expect: [['人权理事会']] },
];

export const MISC: ParaphraseCase[] = [
  {
    q: 'which reviews are in the afternoon?',
    expect: [['Senegal'], ['Nigeria'], ['Malaysia']],
    forbid: ['Malta:'],
  },
  { q: 'which states have no time yet?', expect: [['Mauritius'], ['Mexico']] },
  { q: 'which state is reviewed last?', expect: [['Malta']] },
  { q: 'what number is Chad in the order?', expect: [['twelfth', '12']] },
  { q: 'who comes right after china', expect: [['Nigeria']] },
  { q: 'which heads of delegation are ministers?', expect: [['Tuggar'], ['Gobin']], forbid: ['Chen Xu'] },
  { q: 'documents for China review', expect: [['A/HRC/WG.6/45/CHN/1']] },
  { q: 'what is the national report?', expect: [['national report']] },
  { q: 'how long is a report adoption?', expect: [['30 minutes']] },
  {
    q: 'how many reviews a day?',
    expect: [
      ['09:00', 'morning'],
      ['14:30', 'afternoon'],
    ],
  },
  { q: 'how long is the session?', expect: [day(22), day(2, 'Feb', 'February')] },
  { q: 'what is the average number of recommendations?', expect: [['283']] },
  { q: 'How many members does the Human Rights Council have?', expect: [['47']] },
  { q: 'When was the UPR created?', expect: [['2006']], forbid: ['45th session'] },
  {
    q: 'when did the fourth cycle begin and when does it end?',
    expect: [['2022'], ['2027']],
    forbid: ['45th session'],
  },
  {
    q: 'How many recommendations in total this session, and what was the average?',
    expect: [['3,973'], ['283']],
  },
  { q: 'what is the Palais des Nations?', expect: [['Palais des Nations']], forbid: ['not sure'] },
  {
    q: 'Is there a livestream of the CSHRS meeting?',
    expect: [['streamed online']],
    forbid: ['Each review is webcast'],
  },
  { q: "what are the delegation's plans for the review?", expect: [['Which state']] },
  { q: "how will China's delegation respond to criticism?", expect: [['rebut', 'national conditions']] },
  {
    q: "is mexico's head of delegation a minister?",
    expect: [['not described as a minister'], ['Under-Secretary']],
  },
  { q: 'Who is the Chinese ambassador in Geneva?', expect: [['Chen Xu']] },
  {
    q: 'Who organised the protest at the Broken Chair?',
    expect: [['World Uyghur Congress'], ['Tibetan groups']],
  },
  {
    q: "Where can I find China's national report?",
    expect: [['A/HRC/WG.6/45/CHN/1']],
    forbid: ['Room XX'],
  },
  { q: 'What percentage of recommendations did China accept?', expect: [['67.8%']] },
  {
    q: 'Did China accept recommendations on Hong Kong?',
    expect: [['290 accepted'], ['totals only']],
    forbid: ['predicted'],
  },
  { q: 'how did the 2018 review compare with this one?', expect: [['428'], ['346']] },
  { q: "what was the outcome of China's review?", expect: [['428'], ['290 accepted']] },
  {
    q: 'How long has the Saudi review been going on?',
    now: '2024-01-22T09:30:00+01:00',
    expect: [['30 minutes ago']],
  },
  {
    q: "what's under way right now and what's next?",
    now: '2024-01-22T09:30:00+01:00',
    expect: [['Saudi Arabia'], ['Senegal']],
  },
  {
    q: 'How many days until the end of the session?',
    now: '2024-01-22T09:30:00+01:00',
    expect: [['in 11 days']],
  },
];

/** Every tuning question, for benchmarks. */
export const ALL_COMPOSITION_CASES: ParaphraseCase[] = [
  ...COMPOUND,
  ...CLOCK,
  ...PEOPLE,
  ...ORGANISATIONS,
  ...MISREADS,
  ...TRAPS,
  ...ZONES,
  ...OTHER_LANGUAGES,
  ...MISC,
];
