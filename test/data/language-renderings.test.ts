import { describe, expect, it } from 'vitest';
import { parseDataSet } from '../../src/core/data-validation.ts';
import { builtInData, builtInJson } from '../support/built-in.ts';

// What the built-in data says in Chinese, French and Spanish stays tied to what it says in
// English: every office rendered in all three, earlier reviews' figures the same numbers as the
// sourced text, and no per-language alias claimed by two states.

const data = builtInData();

describe('the built-in data in the bot’s other languages', () => {
  it('renders the office of everyone with one in Chinese, French and Spanish', () => {
    for (const person of data.people.filter((p) => p.title))
      expect(Object.keys(person.titles ?? {}).sort(), person.id).toEqual(['es', 'fr', 'zh']);
  });

  it('names every side event’s venue in all three languages', () => {
    for (const event of data.events.filter((e) => e.place))
      expect(Object.keys(event.placeIn ?? {}).sort(), event.id).toEqual(['es', 'fr', 'zh']);
  });

  it('keeps earlier reviews’ figures the numbers their sourced text gives', () => {
    for (const review of data.previousReviews) {
      if (!review.counts) continue;
      const numbers = (review.recommendations ?? '').match(/\d+/g)?.map(Number) ?? [];
      for (const value of Object.values(review.counts)) expect(numbers, review.id).toContain(value);
      expect(Object.keys(review.headIn ?? {}).sort(), review.id).toEqual(['es', 'fr', 'zh']);
    }
  });

  it('renders every general fact in all three languages, with every figure of its English text', () => {
    // "3,973" and "3967", "3.5" and "3,5": figures compared without their separators.
    const figures = (text: string) => text.replace(/(\d)[.,\s](?=\d)/g, '$1').match(/\d+/g) ?? [];
    for (const fact of data.facts) {
      if (!fact.subject) expect(Object.keys(fact.textIn ?? {}).sort(), fact.id).toEqual(['es', 'fr', 'zh']);
      for (const rendering of Object.values(fact.textIn ?? {}))
        for (const figure of figures(fact.text)) expect(figures(rendering), fact.id).toContain(figure);
    }
  });

  it('keeps every figure of a count’s detail and an event’s outcome in their renderings', () => {
    const figures = (text: string) => text.replace(/(\d)[.,\s](?=\d)/g, '$1').match(/\d+/g) ?? [];
    const pairs = [
      ...data.reviews.map((r) => [r.recommendations?.detail, r.recommendations?.detailIn] as const),
      ...data.events.map((e) => [e.outcome?.text, e.outcome?.textIn] as const),
    ];
    for (const [english, renderings] of pairs)
      for (const rendering of Object.values(renderings ?? {}))
        for (const figure of figures(english ?? '')) expect(figures(rendering), rendering).toContain(figure);
  });

  it('names every place of a delegation in all three languages', () => {
    for (const review of data.reviews)
      for (const place of review.delegation.members?.places ?? [])
        expect(Object.keys(place.names ?? {}).sort(), place.name).toEqual(['es', 'fr', 'zh']);
  });

  it('gives no alias in a language to two states', () => {
    const owners = new Map<string, string>();
    for (const state of data.states)
      for (const alias of Object.values(state.aliasesIn ?? {}).flat()) {
        const key = alias.toLowerCase();
        expect(owners.get(key) ?? state.code, alias).toBe(state.code);
        owners.set(key, state.code);
      }
  });

  it('refuses a language the bot does not speak in the new maps', () => {
    const json = builtInJson() as { people: Record<string, unknown>[] };
    json.people[0] = { ...json.people[0], titles: { de: 'Präsidentin' } };
    expect(parseDataSet(json).ok).toBe(false);
  });
});
