import { type ParaphraseCase, runParaphraseCases } from '../../support/paraphrase-runner.ts';

// The subject asked about is the one answered: an organisation spelled out in any form, a source
// named as an organisation, a state the data holds no event for. Never China's facts in its place.

const ORGANISATIONS: ParaphraseCase[] = [
  {
    q: 'what does the UN Association of China do?',
    expect: [['Global Human Rights Governance']],
    forbid: ['Chen Xu', '09:00-12:30'],
  },
  { q: 'UN Association of China event: when?', expect: [['23 Jan']], forbid: ['Chen Xu'] },
  { q: 'what is UPR Info?', expect: [["one of the bot's sources"], ['3,967']], forbid: ['peer-reviewed'] },
  { q: 'what does UPR Info say about the number of recommendations?', expect: [['3,973']] },
  { q: 'what role does OHCHR play?', expect: [['OHCHR fixes the order']] },
];

const NO_EVENTS: ParaphraseCase[] = [
  { q: 'side events about Nigeria?', expect: [['none is recorded']], forbid: ['CSHRS', 'UNA-China'] },
  { q: 'any protests about Mexico?', expect: [['none is recorded']], forbid: ['Uyghur'] },
  { q: 'side events on China?', expect: [['CSHRS']] },
];

runParaphraseCases('subjects: organisations named in full or as a source', ORGANISATIONS, 5);
runParaphraseCases('subjects: a state with no events recorded', NO_EVENTS, 3);

const UNKNOWN = ['not known'];

const OFFICES: ParaphraseCase[] = [
  { q: "jordan's foreign minister - who is it?", expect: [UNKNOWN], forbid: ['Obeidat'] },
  { q: "Nigeria's foreign minister - who is it?", expect: [['Tuggar']] },
  { q: 'who is the head of state of Nigeria?', expect: [UNKNOWN], forbid: ['Tuggar'] },
  { q: 'who is the king of Saudi Arabia?', expect: [UNKNOWN], forbid: ['Altuwaijri'] },
  { q: "who is Saudi Arabia's president?", expect: [UNKNOWN], forbid: ['Altuwaijri'] },
  { q: 'who is the prime minister of Malaysia?', expect: [UNKNOWN], forbid: ['Tharman'] },
  { q: "who is Senegal's justice minister?", expect: [['Tall Sall']] },
  {
    q: "Who's the head of the China Society for Human Rights Studies?",
    expect: [UNKNOWN],
    forbid: ['Chen Xu'],
  },
];

runParaphraseCases("subjects: a state's or an organisation's own office", OFFICES, 8);

const ORGANISATION_OFFICES: ParaphraseCase[] = [
  {
    q: "who is the UN Association of China's president?",
    expect: [['heads the UN Association of China is not known']],
  },
  { q: 'who chairs CSHRS?', expect: [['not known']], forbid: ['InterContinental'] },
  { q: 'who spoke at the CSHRS side meeting?', expect: [['Zhu Hongli']] },
];

runParaphraseCases("subjects: an organisation's own office", ORGANISATION_OFFICES, 3);
