import { describe, expect, it } from 'vitest';
import { nearestCommandName } from '../../src/core/commands/nearest-command-name.ts';
import { testCore } from '../support/built-in.ts';

const NAMES = ['next', 'schedule', 'review', 'events', 'calendrier', 'examen', 'help'];

describe('nearestCommandName', () => {
  it('finds the one name a slip of the keyboard was meant for', () => {
    expect(nearestCommandName('shedule', NAMES)).toBe('schedule');
    expect(nearestCommandName('Reveiw', NAMES)).toBe('review');
    expect(nearestCommandName('calandrier', NAMES)).toBe('calendrier');
    expect(nearestCommandName('nex', NAMES)).toBe('next');
  });

  it('suggests nothing for a word far from every name, for a name itself, or between two names', () => {
    expect(nearestCommandName('frobnicate', NAMES)).toBeUndefined();
    expect(nearestCommandName('schedule', NAMES)).toBeUndefined();
    // Two slips from a short name is another word ("news" is not "next").
    expect(nearestCommandName('news', NAMES)).toBeUndefined();
    expect(nearestCommandName('helx', ['help', 'held'])).toBeUndefined();
  });
});

describe('an unknown command near a known one', () => {
  const { ask } = testCore();
  it('asks "did you mean" instead of listing every command, and runs nothing', async () => {
    const { text, reply } = await ask('/upr shedule tomorrow', '2024-01-20T10:00:00Z');
    expect(text).toBe(
      'I don\'t know the command "shedule". Did you mean "schedule"? Type "/upr help" for all of them.',
    );
    expect(reply.ephemeral).toBe(true);
  });

  it('names the command as it was nearly typed, in any language the bot speaks', async () => {
    const { text } = await ask('/upr calandrier', '2024-01-20T10:00:00Z');
    expect(text).toContain('Did you mean "calendrier"?');
  });
});
