import { type ParaphraseCase, runParaphraseCases, TUE_23 } from '../../support/paraphrase-runner.ts';
import {
  ALL_HEADS,
  day,
  NOT_IN_SESSION,
  OUT_OF_SCOPE,
  PROVISIONAL,
  TROIKA_STATES,
  UNKNOWN,
} from '../../support/qa-phrases.ts';

// Red-team paraphrases: the engine is judged on other wordings than the public list, so these are
// questions as NGO staff, journalists and diplomats really type them (lowercase, typos, chatty,
// non-native English). Expectations come from shared/facts/upr45-session.md, not from the engine.

const CASES: ParaphraseCase[] = [
  // --- heads of delegation ---
  { q: "who's heading the chinese delegation in geneva", expect: [['Chen Xu']] },
  { q: 'who is in charge of saudi arabias team', expect: [['Altuwaijri']] },
  { q: 'Senegal delegation head?', expect: [['Tall Sall']] },
  { q: 'who leads nigeria at the upr', expect: [['Tuggar']] },
  { q: 'who will represent mexico at its review', expect: [['Hernández García', 'Hernandez Garcia']] },
  { q: 'jordan delegation is led by whom', expect: [['Obeidat']] },
  { q: 'head of delegation malaysia pls', expect: [['Tharman']] },
  { q: 'who speaks for Monaco at the review?', expect: [['Berro']] },
  { q: "who heads Belize's delegation", expect: [['Vega Samos']] },
  { q: 'chad head of delegation?', expect: [['Birémé', 'Bireme']] },
  { q: 'Mauritius - who leads the delegation?', expect: [['Gobin']] },
  { q: 'who is leader of delegation of china?', expect: [['Chen Xu']] },
  { q: "who leads Malta's delegation", expect: [UNKNOWN], forbid: ALL_HEADS },
  {
    q: 'who is the boss of the central african republic delegation',
    expect: [UNKNOWN],
    forbid: ALL_HEADS,
  },
  { q: 'CAR delegation leader?', expect: [UNKNOWN], forbid: ALL_HEADS },
  { q: "who heads congo's delegation", expect: [UNKNOWN], forbid: ALL_HEADS },
  { q: 'republic of congo head of delegation name', expect: [UNKNOWN], forbid: ALL_HEADS },
  // --- deputy and members ---
  { q: 'who is deputy of china delegation', expect: [['Eric Chan']] },
  { q: "who's number two in the chinese delegation?", expect: [['Eric Chan']] },
  { q: "deputy head of Nigeria's delegation?", expect: [UNKNOWN], forbid: ['Eric Chan'] },
  { q: "who is in china's delegation", expect: [['20'], ['Hong Kong'], ['Macao', 'Macau']] },
  {
    q: 'which regions are represented in the chinese delegation',
    expect: [['Xinjiang'], ['Xizang', 'Tibet'], ['Hong Kong']],
  },
  // --- when is X reviewed ---
  { q: 'wen is china reviewed', expect: [day(23), ['09:00', '9:00', '9 am']] },
  { q: 'what day is saudi arabia up', expect: [day(22), ['09:00', '9:00', '9 am']] },
  { q: 'senegal review time?', expect: [day(22), ['14:30', '2:30'], PROVISIONAL] },
  { q: "when is mexico's turn", expect: [day(24), UNKNOWN], forbid: ['09:00', '14:30'] },
  { q: 'jordan review date', expect: [day(25)] },
  { q: 'when does malaysia get reviewed', expect: [day(25), ['14:30', '2:30'], PROVISIONAL] },
  {
    q: 'when is the central african republic reviewed',
    expect: [UNKNOWN],
    forbid: [...day(26), ...day(29), '09:00', '14:30'],
  },
  { q: 'when monaco', expect: [day(29)] },
  { q: 'belize review?', expect: [day(29)] },
  { q: 'chad when is it reviewed', expect: [day(30)] },
  { q: 'congo review date', expect: [day(30)] },
  { q: 'malta review time', expect: [day(31), ['09:00', '9:00', '9 am']] },
  { q: 'is china reviewed on 24 jan?', expect: [day(23)] },
  { q: 'WHEN IS CHINA REVIEWED!!!', expect: [day(23)] },
  { q: 'wen is nigera reviewd', expect: [day(23), ['14:30', '2:30']] },
  { q: 'saudia arabia review time', expect: [day(22), ['09:00', '9:00', '9 am']] },
  { q: 'when does china take the floor, morning or afternoon?', expect: [['09:00', '9:00', 'morning']] },
  // --- time in other zones ---
  { q: "What time is China's review in New York?", expect: [['03:00', '3:00 am', '3 am', '3:00am']] },
  { q: 'china review beijing time', expect: [['16:00', '4:00 pm', '4 pm', '4:00pm']] },
  { q: 'nigeria review in abuja time', expect: [['14:30', '2:30 pm', '2:30pm']] },
  { q: 'saudi review riyadh time', expect: [['11:00', '11 am', '11:00 am']] },
  { q: "china's review london time?", expect: [['08:00', '8:00 am', '8 am', '8:00am']] },
  {
    q: "when's china review in hong kong time",
    expect: [['16:00', '4:00 pm', '4 pm', '4:00pm']],
  },
  { q: 'what time is malta reviewed tokyo time', expect: [['17:00', '5:00 pm', '5 pm', '5:00pm']] },
  {
    q: 'malaysia review what time in kuala lumpur',
    expect: [['21:30', '9:30 pm', '9:30pm'], PROVISIONAL],
  },
  // --- session ---
  { q: 'when does the 45th session end', expect: [day(2, 'Feb', 'February')] },
  {
    q: 'dates of upr45?',
    expect: [day(22), day(2, 'Feb', 'February')],
  },
  { q: 'how long is the upr session this time', expect: [day(22), day(2, 'Feb', 'February')] },
  { q: 'how many countries are reviewed this session', expect: [['14', 'fourteen']] },
  { q: 'is jordan part of this session', expect: [day(25)] },
  // --- venue and webcast ---
  { q: 'which room is the china review in', expect: [['Room XX', 'Room 20']] },
  { q: 'where exactly in geneva is it', expect: [['Palais des Nations']] },
  { q: 'what building is the upr held in', expect: [['Palais des Nations']] },
  { q: 'can i watch it online', expect: [['webtv.un.org', 'UN Web TV']] },
  {
    q: "is there a livestream of china's review",
    expect: [['webtv.un.org', 'UN Web TV']],
  },
  { q: 'where to watch nigeria review live', expect: [['webtv.un.org', 'UN Web TV']] },
  // --- recommendations ---
  { q: 'how many recs did china get', expect: [['428']] },
  { q: 'recomendations china how many', expect: [['428']] },
  {
    q: 'total recommendations in the whole session?',
    expect: [
      ['3,973', '3973'],
      ['3,967', '3967'],
    ],
  },
  { q: 'average number of recommendations per state', expect: [['283']] },
  {
    q: 'how many recommendations did china get in 2013',
    expect: [['252']],
    forbid: ['428', '346'],
  },
  { q: '2018 recommendations china number', expect: [['346']], forbid: ['428', '252'] },
  {
    q: 'how many recommendations did china receive in 2009',
    expect: [UNKNOWN],
    forbid: ['428', '252', '346'],
  },
  { q: 'how many recommendations did mexico receive', expect: [UNKNOWN], forbid: ['428'] },
  { q: 'how many recommendations to china were about hong kong', expect: [['24']] },
  // --- China's replies ---
  { q: 'how many recommendations did china accept', expect: [['290']] },
  { q: 'how many did china reject', expect: [['98']] },
  { q: "china's response to the recommendations?", expect: [['290'], ['98']] },
  {
    q: 'when did china publish its replies',
    expect: [['11 Jun', 'June 11', 'Jun 11', '2024-06-11', '11 June']],
  },
  {
    q: 'how many recommendations did china only note',
    expect: [['32']],
  },
  {
    q: 'how many recommendations did china accept in 2013',
    expect: [['204']],
    forbid: ['290'],
  },
  {
    q: 'how many recommendations did china accept in 2018',
    expect: [['284']],
    forbid: ['290'],
  },
  // --- report adoption ---
  {
    q: 'when is the working group report on china adopted',
    expect: [day(26), ['15:30', '3:30']],
  },
  { q: "when is senegal's report adopted", expect: [day(26), UNKNOWN], forbid: ['15:30'] },
  {
    q: "when will the human rights council adopt china's outcome",
    expect: [['4 Jul', 'July 4', 'Jul 4', '2024-07-04', '4 July']],
  },
  { q: "when is chad's report adopted", expect: [day(2, 'Feb', 'February')] },
  { q: "when is nigeria's report adopted", expect: [UNKNOWN], forbid: day(26) },
  {
    q: "when was china's 2018 review adopted by the council",
    expect: [['15 Mar', 'March 15', 'Mar 15', '2019-03-15', '15 March']],
    forbid: ['4 Jul', 'July 4'],
  },
  // --- earlier reviews ---
  { q: 'when was china first reviewed', expect: [['2009'], ['9 Feb', 'February 9', 'Feb 9', '2009-02-09']] },
  {
    q: 'who led china delegation in 2013',
    expect: [['Wu Hailong']],
    forbid: ['Chen Xu', 'Le Yucheng', 'Li Baodong'],
  },
  {
    q: 'who headed china at the 2018 upr',
    expect: [['Le Yucheng']],
    forbid: ['Chen Xu', 'Wu Hailong', 'Li Baodong'],
  },
  {
    q: 'head of delegation china 2009',
    expect: [['Li Baodong']],
    forbid: ['Chen Xu', 'Wu Hailong', 'Le Yucheng'],
  },
  { q: "china's third review date", expect: [['6 Nov', 'November 6', 'Nov 6', '2018-11-06', '6 November']] },
  {
    q: 'when was china reviewed in 2013',
    expect: [['22 Oct', 'October 22', 'Oct 22', '2013-10-22', '22 October']],
    forbid: day(23),
  },
  { q: 'who is Le Yucheng', expect: [['Vice Foreign Minister', 'Vice-Minister', 'Vice Minister'], ['2018']] },
  // --- troikas ---
  { q: 'saudi arabia troika?', expect: [['Algeria'], ['Cuba'], ['Kyrgyzstan']] },
  { q: 'rapporteurs for senegal', expect: [['Germany'], ['Kazakhstan'], ['Somalia']] },
  { q: 'who are the troika for mexico', expect: [['China'], ['Bulgaria'], ['Paraguay']] },
  { q: 'jordan troika members', expect: [['Finland'], ['Ghana'], ['Qatar']] },
  { q: 'china troika 2024', expect: [UNKNOWN], forbid: TROIKA_STATES },
  { q: "which countries are the rapporteurs for china's review", expect: [UNKNOWN], forbid: TROIKA_STATES },
  { q: "nigeria's troika", expect: [UNKNOWN], forbid: TROIKA_STATES },
  { q: 'what does the troika do', expect: [['rapporteur'], ['lot', 'three']] },
  // --- speaking time and speakers ---
  { q: 'how long can china speak', expect: [['70 minutes', '70 min', 'seventy minutes']] },
  {
    q: 'how much time does each country get to speak in china review',
    expect: [['45 seconds', '45 s', 'forty-five seconds']],
  },
  { q: 'how long is the interactive dialogue', expect: [['140 minutes', '140 min']] },
  { q: "how many countries spoke at china's review", expect: [['163'], ['161']] },
  {
    q: 'number of states that took the floor on china',
    expect: [['163'], ['161']],
  },
  // --- focus and pledges ---
  {
    q: 'what will countries ask china about',
    expect: [['Xinjiang'], ['Xizang', 'Tibet'], ['Hong Kong']],
  },
  { q: 'main issues in the china review?', expect: [['Xinjiang'], ['Xizang', 'Tibet'], ['Hong Kong']] },
  { q: 'did china promise anything new', expect: [['30']] },
  { q: 'how many new measures did china announce', expect: [['30']] },
  // --- documents ---
  { q: "where can i find china's national report", expect: [['A/HRC/WG.6/45/CHN/1']] },
  { q: "what is the symbol of china's stakeholder summary", expect: [['A/HRC/WG.6/45/CHN/3']] },
  { q: 'UN compilation for china document number', expect: [['A/HRC/WG.6/45/CHN/2']] },
  { q: "what does china's national report say", expect: [['2018']] },
  // --- side meetings and protests ---
  { q: 'any side events on 23 jan', expect: [['UNA-China', 'United Nations Association of China']] },
  { q: 'where is the cshrs event', expect: [['InterContinental']] },
  { q: 'is there a protest', expect: [['Broken Chair']] },
  { q: 'what time is the protest on the 23rd', expect: [['10:30'], ['13:30', '1:30'], PROVISIONAL] },
  { q: 'una china side event date', expect: [day(23)] },
  {
    q: "is there a press conference after china's review",
    expect: [['Tibet Advocacy Coalition', 'World Uyghur Congress', 'news conference', 'press conference']],
  },
  {
    q: 'how many people came to the uyghur protest',
    expect: [['150']],
  },
  {
    q: 'what is the cshrs side meeting called',
    expect: [['Chinese Modernization and Human Rights Protection', 'Chinese Modernisation']],
  },
  // --- people ---
  { q: 'who is chen xu', expect: [['Permanent Representative']] },
  { q: 'who is eric chan', expect: [['Chief Secretary']] },
  { q: 'who is zhu hongli', expect: [['CSHRS', 'China Society for Human Rights Studies']] },
  { q: 'tell me about prof chang jian', expect: [['Nankai']] },
  { q: 'who is Hala Altuwaijri', expect: [['Human Rights Commission']] },
  // --- general UPR ---
  {
    q: 'how often does a country go through the upr',
    expect: [['four and a half', '4.5', 'four-and-a-half']],
  },
  {
    q: 'how many states are in the working group',
    expect: [['47']],
  },
  { q: 'when was the upr created', expect: [['2006'], ['60/251']] },
  { q: 'when did the fourth cycle start', expect: [['2022']] },
  {
    q: "what's a troika",
    expect: [
      ['three', '3'],
      ['lot', 'rapporteur'],
    ],
  },
  { q: 'when was the first upr working group session', expect: [['2008']] },
  { q: 'can any country speak in a review or only council members?', expect: [['any', 'observer']] },
  {
    q: 'how long is each review',
    expect: [['3.5 hours', 'three and a half hours', '3½ hours', '3 hours 30', '210 minutes']],
  },
  // --- the timetable in words ---
  { q: "what's on wednesday", now: TUE_23, expect: [['Mauritius'], ['Mexico']] },
  { q: "what's next", now: TUE_23, expect: [['Nigeria']] },
  { q: 'anything today?', now: TUE_23, expect: [['China'], ['Nigeria']] },
  { q: "what's happening tomorrow", now: TUE_23, expect: [['Mauritius'], ['Mexico']] },
  { q: 'who is reviewed on 30 january', expect: [['Chad'], ['Congo']] },
  {
    q: 'schedule for monday 29th',
    expect: [['Monaco'], ['Belize']],
  },
  { q: 'what is happening right now', now: TUE_23, expect: [['China']] },
  {
    q: 'which countries are reviewed this week',
    now: TUE_23,
    expect: [['Jordan'], ['Malaysia'], ['Mexico']],
    forbid: ['Malta', 'Chad', 'Belize'],
  },
  // --- more traps: another year's, state's or role's fact must not leak ---
  {
    q: "who led china's delegation last time",
    expect: [['Le Yucheng']],
    forbid: ['Chen Xu', 'Wu Hailong', 'Li Baodong'],
  },
  {
    q: "who chaired china's review",
    expect: [UNKNOWN],
    forbid: ['Chen Xu'],
  },
  { q: "is malta's review at 2:30?", expect: [day(31), ['09:00', '9:00']], forbid: ['14:30'] },
  { q: "what time is senegal's report adoption", expect: [day(26), UNKNOWN], forbid: ['15:30'] },
  { q: 'how many recommendations did saudi arabia get', expect: [UNKNOWN], forbid: ['428'] },
  { q: 'senegal review in dakar time', expect: [['13:30', '1:30 pm', '1:30pm'], PROVISIONAL] },
  {
    q: 'who led china at the council adoption in july',
    expect: [['Chen Xu']],
    forbid: ['Le Yucheng', 'Wu Hailong'],
  },
  // --- out of scope ---
  { q: 'whats the weather in geneva tomorrow', expect: [OUT_OF_SCOPE] },
  { q: 'who won the football last night', expect: [OUT_OF_SCOPE] },
  { q: 'when is france reviewed', expect: [NOT_IN_SESSION], forbid: ['09:00', '14:30', ...day(23)] },
  { q: "who leads brazil's delegation", expect: [NOT_IN_SESSION], forbid: ALL_HEADS },
  {
    q: 'usa upr review date',
    expect: [NOT_IN_SESSION],
    forbid: ['09:00', '14:30'],
  },
  {
    q: 'how many recommendations did the united states get',
    expect: [NOT_IN_SESSION],
    forbid: ['428', '283'],
  },
  { q: 'tell me a joke', expect: [OUT_OF_SCOPE] },
  // --- garbage, emoji and mentions ---
  { q: '🤔🤔🤔', expect: [OUT_OF_SCOPE], forbid: ['Chen Xu', '428'] },
  { q: 'asdfghjkl', expect: [OUT_OF_SCOPE], forbid: ['Chen Xu', '428'] },
  { q: '<@U123ABC> when is china', expect: [day(23)] },
  { q: '@upr-bot who leads nigeria??', expect: [['Tuggar']] },
  { q: '@everyone when is china reviewed', expect: [day(23)], forbid: ['@everyone', '<!everyone>'] },
];

runParaphraseCases('red-team paraphrases', CASES, 120);
