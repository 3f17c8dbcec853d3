import { describe, expect, it } from 'vitest';
import { createStateResolver } from '../../src/core/state-names.ts';
import { testCore } from '../support/built-in.ts';

// States are named in every script the data has names in: a reader of Chinese types "中国", and
// Chinese runs its words together ("中国代表团团长"), so names are found inside a run too.

const { knowledge, ask } = testCore();
const states = createStateResolver(knowledge.index.data.states);
const codes = (text: string) => states.findIn(text).map((s) => s.code);

describe('state names in Chinese', () => {
  it('a whole phrase in Chinese names its state', () => {
    expect(states.resolve('中国')?.code).toBe('CHN');
    expect(states.resolve('尼日利亚')?.code).toBe('NGA');
  });

  it('one changed character is another name, not a typo', () => {
    expect(states.resolve('中非')?.code).not.toBe('CHN');
    expect(states.resolve('中果')).toBeUndefined();
  });

  it('finds names inside a run of characters, in order, the longest name first', () => {
    expect(codes('中国代表团团长是谁')).toEqual(['CHN']);
    expect(codes('尼日利亚和塞内加尔是同一天吗')).toEqual(['NGA', 'SEN']);
    expect(codes('中非共和国什么时候审议')).toEqual(['CAF']);
  });

  it('finds Latin names beside Chinese ones, in order', () => {
    expect(codes('Saudi Arabia 和中国')).toEqual(['SAU', 'CHN']);
    expect(codes('中国 and Saudi Arabia')).toEqual(['CHN', 'SAU']);
  });

  it('keeps Latin names and their typos as before', () => {
    expect(codes('is chnia before nigeria?')).toEqual(['CHN', 'NGA']);
    expect(states.resolve('Côte')).toBeUndefined();
  });
});

describe('commands take a state named in the reader’s language', () => {
  const zh = { language: { tag: 'zh-CN', source: 'user' as const } };
  it.each([
    ['/upr review 中国', '陈旭'],
    ['/upr delegation 中国', '陈旭'],
    ['/upr next 尼日利亚', '尼日利亚'],
  ])('%s', async (command, expected) => {
    const { text } = await ask(command, '2024-01-20T10:00:00Z', zh);
    expect(text).toContain(expected);
    expect(text).not.toContain('我不认识');
  });
});
