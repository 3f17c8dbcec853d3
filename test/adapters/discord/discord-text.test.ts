import { escapeMarkdown } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../../adapters/discord/discord-text.ts';

// escapeText skips discord.js's escapeMarkdown for text it would leave unchanged: it must give
// exactly what escapeMarkdown gives, for any text.

describe('escapeText', () => {
  it('equals escapeMarkdown on any text, markdown marks or not', () => {
    const marks = fc.constantFrom(
      '*',
      '_',
      '~',
      '|',
      '`',
      '\\',
      '**',
      '__',
      '~~',
      '||',
      '```',
      '[',
      '](',
      '#',
      '-',
      '1.',
      ' ',
      '\n',
    );
    const text = fc.array(fc.oneof(fc.string(), marks, fc.constantFrom('Review of China', 'Chen Xu')), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, (parts) => {
        const t = parts.join('');
        expect(escapeText(t)).toBe(escapeMarkdown(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves plain text alone and escapes marks', () => {
    expect(escapeText('Review of Saudi Arabia (in 1 day)')).toBe('Review of Saudi Arabia (in 1 day)');
    expect(escapeText('a *bold* claim')).toBe('a \\*bold\\* claim');
  });
});
