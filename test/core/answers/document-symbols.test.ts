import { type ParaphraseCase, runParaphraseCases } from '../../support/paraphrase-runner.ts';

// A document named by its symbol is the subject: what that document is, not a figure its numbers
// happen to resemble.

const SYMBOLS: ParaphraseCase[] = [
  {
    q: 'what is A/HRC/WG.6/45/CHN/2?',
    expect: [['compilation of UN information']],
    forbid: ['3,973', 'national report'],
  },
  { q: 'is a/hrc/wg.6/45/chn/1 the national report?', expect: [['national report']] },
];

runParaphraseCases('subjects: a document named by its symbol', SYMBOLS, 2);
