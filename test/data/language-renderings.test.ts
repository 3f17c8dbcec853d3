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

  it('keeps earlier reviews’ figures the numbers their sourced text gives', () => {
    for (const review of data.previousReviews) {
      if (!review.counts) continue;
      const numbers = (review.recommendations ?? '').match(/\d+/g)?.map(Number) ?? [];
      for (const value of Object.values(review.counts)) expect(numbers, review.id).toContain(value);
      expect(Object.keys(review.headIn ?? {}).sort(), review.id).toEqual(['es', 'fr', 'zh']);
    }
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
