import { describe, expect, it } from 'vitest';
import { testCore } from '../../support/built-in.ts';

const { ask } = testCore();
const NOW = '2024-01-25T10:00:00+01:00';

describe('an organiser the data does not know', () => {
  it.each([
    ['did Amnesty hold a side event?', 'amnesty'],
    ['any side events by Human Rights Watch?', 'human rights watch'],
    ['is the ICJ organising a side meeting this week?', 'icj'],
  ])('%s says nothing by it is known, then what is', async (question, name) => {
    const { text } = await ask(question, NOW);
    expect(text).toContain(`No side meeting or event by "${name}" is in the bot's data.`);
    expect(text).toContain('Known side meetings and events');
    // A name's words are not a question of their own: "Watch" does not ask for the webcast.
    expect(text).not.toMatch(/webcast|Web TV/i);
  });

  it.each([
    'side events by CSHRS?',
    'did the WUC hold a protest?',
    'did anyone hold side events?',
    'which side events were organised by chinese groups?',
    'side events on 23 Jan',
  ])('%s names no unknown organiser', async (question) => {
    const { text } = await ask(question, NOW);
    expect(text).not.toContain('No side meeting or event by');
    expect(text).toMatch(/Human Rights|UNA-China|CSHRS|WUC/);
  });
});
