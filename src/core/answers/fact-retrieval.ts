import MiniSearch from 'minisearch';
import type { Fact } from '../data-schema.ts';
import type { UprIndex } from '../upr-index.ts';

// For questions no intent recognises: find the fact whose words match best. MiniSearch gives
// BM25 ranking with fuzzy and prefix matching in a few kilobytes, with no network or model.

interface FactDocument {
  id: string;
  topic: string;
  text: string;
  keywords: string;
}

export interface FactHit {
  fact: Fact;
  score: number;
  /** Query words that matched something in the fact. */
  matchedTerms: number;
}

const STOP_WORDS = new Set(
  'a an and are as at be by can did do does for from had has have how i in is it its me of on or the their there this to was were what when where which who whom why will with would about tell please you your upr review reviews'.split(
    ' ',
  ),
);

export interface FactIndex {
  search(text: string): FactHit[];
}

export function buildFactIndex(index: UprIndex): FactIndex {
  const search = new MiniSearch<FactDocument>({
    fields: ['topic', 'text', 'keywords'],
    storeFields: ['id'],
    processTerm: (term) => {
      const t = term.toLowerCase();
      return STOP_WORDS.has(t) ? null : t;
    },
    searchOptions: { boost: { keywords: 2, topic: 1.5 }, fuzzy: 0.2, prefix: true },
  });
  search.addAll(
    index.facts.map((f) => ({
      id: f.id,
      topic: f.topic.replaceAll('-', ' '),
      text: f.text,
      keywords: f.keywords.join(' '),
    })),
  );
  const byId = new Map(index.facts.map((f) => [f.id, f]));
  return {
    search(text) {
      return search
        .search(text)
        .map((r) => ({ fact: byId.get(r.id as string)!, score: r.score, matchedTerms: r.terms.length }));
    },
  };
}
