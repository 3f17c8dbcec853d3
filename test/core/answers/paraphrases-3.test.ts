import { type ParaphraseCase, runParaphraseCases } from '../../support/paraphrase-runner.ts';
import {
  ALL_HEADS,
  day,
  NOT_IN_SESSION,
  OUT_OF_SCOPE,
  PROVISIONAL,
  TROIKA_STATES,
  UNKNOWN,
} from '../../support/qa-phrases.ts';

// Red-team paraphrases, third round: other users than rounds one and two. A journalist on
// deadline (terse), a diplomat's assistant (formal titles of states), an NGO researcher (document
// symbols, sources, exact figures), a student (basics), people checking how reliable a fact is,
// questions about the bot itself, facts the data does not hold, other years' reviews, and chat
// markup. Expectations come from shared/facts/upr45-session.md, not from the engine.

const date = (d: number, short: string, long: string, iso: string) => [
  `${d} ${short}`,
  `${short} ${d}`,
  `${long} ${d}`,
  `${d} ${long}`,
  iso,
];
const JUN_11 = date(11, 'Jun', 'June', '2024-06-11');
const JUL_4 = date(4, 'Jul', 'July', '2024-07-04');
const MORNING = ['09:00', '9:00', '9 am', 'morning'];
const AFTERNOON = ['14:30', '2:30'];
const SLOTS = ['09:00', '14:30'];
// The data does not hold it: "not known" or "cannot help", never an invented answer.
const NOT_HELD = [...UNKNOWN, ...OUT_OF_SCOPE];
const notHeld = (q: string, forbid: string[] = []): ParaphraseCase => ({
  q,
  expect: [NOT_HELD],
  forbid,
  politeOk: true,
});

const CASES: ParaphraseCase[] = [
  // --- journalist on deadline ---
  { q: 'china upr time?', expect: [day(23), MORNING] },
  { q: 'head of chinese del', expect: [['Chen Xu']], forbid: ['Le Yucheng', 'Wu Hailong'] },
  // Right answer: 428, from UPR Info (HRC 56 adoptions page) and info.gov.hk.
  { q: '428 recs source?', expect: [['428'], ['upr-info', 'UPR Info', 'info.gov.hk']] },
  { q: 'nigeria slot', expect: [day(23), AFTERNOON] },
  { q: 'china wg adoption time', expect: [day(26), ['15:30', '3:30']] },
  { q: 'china hrc adoption date', expect: [JUL_4] },
  { q: 'china rejected how many', expect: [['98']] },
  {
    q: 'partially accepted china?',
    expect: [['8 partially', '8 partly', 'partially accepted: 8', 'partially accepted 8', 'partially: 8']],
  },
  // Right answer: about 163 states (Reuters), 161 (Global Times).
  { q: 'speakers china review #?', expect: [['163', '161']] },
  { q: 'chen xu title', expect: [['Permanent Representative', 'Ambassador']] },
  { q: 'deputy chn del', expect: [['Eric Chan']] },
  { q: 'china pledges #', expect: [['30']] },
  { q: 'china hk recs', expect: [['24']], forbid: ['346'] },
  { q: 'malta hod?', expect: [UNKNOWN], forbid: ALL_HEADS },
  { q: 'uyghur protest where', expect: [['Broken Chair']] },
  // --- diplomat's assistant: formal titles of states ---
  {
    q: "Could you kindly indicate the composition of the delegation of the People's Republic of China?",
    expect: [['20'], ['Xinjiang', 'Xizang', 'Tibet', 'Hong Kong', 'Macao']],
  },
  {
    q: 'I would be grateful if you could confirm the date and time of the review of the Federal Republic of Nigeria.',
    expect: [day(23), AFTERNOON],
  },
  { q: 'May I ask at what hour the Kingdom of Saudi Arabia will be reviewed?', expect: [day(22), MORNING] },
  {
    q: 'Would you be so kind as to advise in which conference room the reviews will take place?',
    expect: [['Room XX', 'Room 20']],
  },
  {
    q: 'Please advise on the date of adoption of the report of the Working Group on the United Mexican States.',
    expect: [UNKNOWN],
    forbid: ['15:30', ...day(26)],
  },
  {
    q: 'Kindly confirm the name and title of the head of delegation of the Hashemite Kingdom of Jordan.',
    expect: [['Obeidat'], ['Permanent Representative', 'Ambassador']],
  },
  {
    q: 'Could you please indicate the members of the troika for the Republic of Senegal?',
    expect: [['Germany'], ['Kazakhstan'], ['Somalia']],
  },
  {
    q: 'We should be grateful to know the speaking time allotted to the State under review.',
    expect: [['70 minutes', '70 min', 'seventy minutes']], // Right answer: 70 minutes for the state under review.
  },
  {
    q: 'On which date will the Human Rights Council consider the outcome of the review of China?',
    expect: [JUL_4],
  },
  {
    q: 'Might you inform us whether the review of the Republic of Malta is scheduled for the morning or the afternoon?',
    expect: [day(31), MORNING],
    forbid: ['14:30'],
  },
  {
    q: "Kindly indicate the deputy head of the delegation of the People's Republic of China.",
    expect: [['Eric Chan']],
  },
  // --- NGO researcher ---
  {
    q: 'Which document symbol corresponds to the OHCHR compilation for China?',
    expect: [['A/HRC/WG.6/45/CHN/2'], PROVISIONAL],
  },
  { q: "How many of China's recommendations concerned Hong Kong?", expect: [['24']] },
  { q: "On what date were China's replies published?", expect: [JUN_11] },
  // Not in the data as a percentage: 290 of 428 (67.8 %) or an honest not-known.
  {
    q: 'What percentage of recommendations did China accept?',
    expect: [['290', '67.8', '68%', '68 %', ...UNKNOWN]],
    forbid: ['284', '204'],
  },
  // Right answer: Reuters (the Global Times said 161).
  { q: "Which outlet reported that 163 states spoke in China's review?", expect: [['Reuters']] },
  {
    q: "Is the symbol of China's national report confirmed?",
    expect: [['CHN/1'], PROVISIONAL],
  },
  {
    q: 'How many recommendations did China receive in its third cycle?',
    expect: [['346']],
    forbid: ['428', '252'],
  },
  {
    q: 'From how many states did the 2018 recommendations to China come?',
    expect: [['150']],
    forbid: ['163', '161'],
  },
  {
    q: "When did the Working Group adopt the report on China's second review?",
    expect: [['25 Oct', 'October 25', 'Oct 25', '2013-10-25', '25 October']],
    forbid: day(26),
  },
  {
    q: "Who co-organised the Chinese Mission's side event on 22 January?",
    expect: [['Youcheng', 'CNIE', 'China NGO Network']],
  },
  {
    q: 'What is the latest total of recommendations for the 45th session?',
    expect: [['3,973', '3973']],
  },
  {
    q: 'Who is Zheng Liang?',
    expect: [['CSHRS', 'China Society for Human Rights Studies', 'Chinese Modernization']],
  },
  // --- student ---
  // Right answer: Universal Periodic Review.
  { q: 'what does UPR stand for', expect: [['Universal Periodic Review']] },
  // Right answer: every UN member state's record is peer-reviewed about every 4.5 years.
  { q: 'why is the UPR important', expect: [['every', 'peer', 'member state']] },
  // Not in the data; the truth (recommendations are not legally binding) or an honest not-known.
  {
    q: 'is the UPR binding',
    expect: [[...NOT_HELD, 'not binding', 'not legally binding', 'non-binding', "isn't binding"]],
    politeOk: true,
  },
  {
    q: 'what happens during a upr review',
    expect: [['interactive dialogue', '70 minutes', '3.5 hours', 'recommendation']], // Right answer: 3.5 hours, 70 min for the state, 140 min interactive dialogue.
  },
  {
    q: 'what documents is a review based on',
    expect: [['national report'], ['compilation'], ['stakeholder']],
  },
  { q: 'which upr cycle is this', expect: [['4th', 'fourth']] },
  { q: 'who sits in the upr working group', expect: [['47']] },
  // --- sources and reliability ---
  // Right answer: public sources kept beside each fact (UPR Info, OHCHR, news), with a status.
  {
    q: 'where does this info come from?',
    expect: [
      ['every fact', 'each fact', 'every answer', 'revision', 'public sources', 'news reports', 'data set'],
    ],
    forbid: ['Room XX'],
  },
  // Right answer: yes, 09:00-12:30 is confirmed (OHCHR notice).
  {
    q: "is China's review time confirmed?",
    expect: [['confirmed', 'yes', 'officially announced'], MORNING],
    forbid: ['inferred', 'provisional', 'not confirmed', 'unconfirmed'],
  },
  { q: "is Senegal's time confirmed?", expect: [AFTERNOON, PROVISIONAL] },
  { q: "is malaysia's review time official?", expect: [AFTERNOON, PROVISIONAL] },
  {
    q: 'is the order of review official?',
    expect: [['inferred', 'not found', 'not official', 'not the official']],
  },
  {
    q: "source for china's head of delegation?",
    expect: [['ichongqing', 'Bridging News', 'people.cn', "People's Daily", 'http']],
  },
  // Right answer: data revision 2024-07-05.2 (what /upr about shows).
  { q: 'how up to date is your data', expect: [['2024-07-05', '5 Jul', 'July 5', 'revision']] },
  // --- provisional items ---
  { q: 'is the protest on 23 Jan confirmed?', expect: [['10:30', 'Broken Chair', 'protest'], PROVISIONAL] },
  {
    q: "what time does the press conference after china's review start",
    expect: [UNKNOWN],
    forbid: ['13:00', '13:30'],
  },
  { q: 'what time is the una-china side event', expect: [UNKNOWN], forbid: ['09:00', '10:30'] },
  { q: 'cshrs meeting 24 jan start time', expect: [UNKNOWN], forbid: ['09:00', '10:30'] },
  // Right answer: announced for after the review; whether it was held is unconfirmed.
  {
    q: 'was the joint press conference actually held?',
    expect: [['whether', 'unconfirmed', 'not confirmed', 'not known', 'was announced']],
  },
  {
    q: "what time is the china mission's side event on 22 jan",
    expect: [UNKNOWN],
    forbid: ['09:00', '10:30'],
  },
  // --- the bot itself ---
  {
    q: 'what can you do',
    expect: [['schedule', 'delegation', 'remind', 'review', 'ask']],
    politeOk: true,
  },
  { q: 'help', expect: [['/upr', 'ask', 'review']], politeOk: true },
  // Right answer: /upr remind (the reminder command).
  { q: "how do I get a reminder for china's review", expect: [['remind']] },
  { q: 'are you a human?', expect: [[...OUT_OF_SCOPE, 'bot']], politeOk: true },
  // --- facts the data does not hold ---
  // Right answer: not known.
  {
    ...notHeld("who spoke first at China's review?", [
      'Germany',
      'United States',
      'Pakistan',
      '2009',
      'Li Baodong',
    ]),
  },
  notHeld("what did the US say at china's review"),
  // Right answer: not known (the 4th cycle runs to early 2027).
  { ...notHeld('when does the 5th upr cycle start', ['2028', '2026']) },
  {
    q: 'when is the 47th session?',
    expect: [[...UNKNOWN, ...NOT_IN_SESSION, 'only cover']],
    politeOk: true,
  },
  // Right answer: capacity not known.
  { ...notHeld('how many people fit in room XX') },
  // Right answer: registration not known (event 24 Jan, InterContinental).
  {
    q: 'how do I register for the CSHRS side event',
    expect: [['regist', ...OUT_OF_SCOPE]],
    politeOk: true,
  },
  notHeld('will it snow in geneva during the session'),
  // Right answer: not known per state (totals only: 290 of 428 accepted).
  { ...notHeld('how many recommendations from the US did china accept') },
  // --- other years must not borrow 2024's facts ---
  {
    q: 'china upr 2018 when',
    expect: [['6 Nov', 'November 6', 'Nov 6', '2018-11-06', '6 November']],
    forbid: day(23),
  },
  {
    q: "how many states spoke at china's 2018 review",
    expect: [[...UNKNOWN, '150']],
    forbid: ['163', '161'], // Right answer: not known (2018: 346 recommendations from 150 states).
  },
  {
    q: "who was the deputy head of china's delegation in 2018?",
    expect: [UNKNOWN],
    forbid: ['Eric Chan'], // Right answer: not known (2018 head was Le Yucheng).
  },
  {
    q: "when did the working group adopt china's 2018 report",
    expect: [['9 Nov', 'November 9', 'Nov 9', '2018-11-09', '9 November']],
    forbid: day(26),
  },
  {
    q: 'how many recommendations did China accept in 2009',
    expect: [UNKNOWN],
    forbid: ['290', '204', '284'],
  },
  // Right answer: not known.
  { q: 'what did china pledge in 2018', expect: [UNKNOWN], forbid: ['30 new'] },
  // Right answer: not known for 2018.
  { q: "were there protests at china's 2018 review", expect: [['2018'], UNKNOWN] },
  {
    q: 'when did the council adopt china 2013 outcome',
    expect: [['20 Mar', 'March 20', 'Mar 20', '2014-03-20', '20 March']],
    forbid: JUL_4,
  },
  // --- mentions and markup: answered, never echoed ---
  { q: '<@U123> when is nigeria?', expect: [day(23), AFTERNOON], forbid: ['<@U123>', 'U123'] },
  { q: '@here who leads china', expect: [['Chen Xu']], forbid: ['@here', '<!here>'] },
  { q: '<@U0BOT|upr-bot> how many recs did china get', expect: [['428']], forbid: ['U0BOT', '<@'] },
  { q: '*when* is _malta_ reviewed?', expect: [day(31)], forbid: ['*when*', '_malta_'] },
  { q: '`china` head of delegation', expect: [['Chen Xu']], forbid: ['`china`'] },
  { q: '<!channel> senegal review time', expect: [day(22), AFTERNOON], forbid: ['<!channel>', '@channel'] },
  { q: '> when is china reviewed\nanyone know?', expect: [day(23)] },
  {
    q: 'hey <@U123> <@U456> who heads the monaco delegation',
    expect: [['Berro']],
    forbid: ['U123', 'U456'],
  },
  { q: '<@U123> is chad reviewed in the morning?', expect: [day(30), UNKNOWN], forbid: [...SLOTS, 'U123'] },
  { q: 'china troika pls @channel', expect: [UNKNOWN], forbid: [...TROIKA_STATES, '@channel', '<!channel>'] },
];

runParaphraseCases('red-team paraphrases, third round', CASES, 80);
