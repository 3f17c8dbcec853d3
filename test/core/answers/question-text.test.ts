import { describe, expect, it } from 'vitest';
import { correctWord } from '../../../src/core/answers/question-text.ts';

const vocabulary = {
  known: new Set(['review']),
  targets: ['delegation', 'recommendations', 'happen', 'start'],
};

describe('typo correction', () => {
  it('puts small typos right', () => {
    expect(correctWord('delegaton', vocabulary)).toBe('delegation');
    expect(correctWord('recomendations', vocabulary)).toBe('recommendations');
  });

  it('leaves inflections, short words and numbers alone', () => {
    expect(correctWord('happens', vocabulary)).toBe('happens');
    expect(correctWord('starts', vocabulary)).toBe('starts');
    expect(correctWord('stat', vocabulary)).toBe('stat');
    expect(correctWord('2018s', vocabulary)).toBe('2018s');
  });
});
