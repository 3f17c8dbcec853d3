import { describe, expect, it } from 'vitest';
import { testCore } from '../support/built-in.ts';

// "/upr help" in the terminal: the summaries start in one column, whatever the usage's length.

describe('help in plain text', () => {
  const { ask } = testCore();

  it.each([
    ['everyone', false],
    ['an admin', true],
  ])('aligns the summaries in one column for %s', async (_who, isAdmin) => {
    const { text } = await ask('/upr help', '2024-01-20T10:00:00Z', { user: { id: 'U1', isAdmin } });
    const rows = text.split('\n').filter((l) => l.startsWith('/upr '));
    expect(rows.length).toBeGreaterThan(8);
    const column = rows[0]!.indexOf('What the bot can do');
    expect(column).toBeGreaterThan('/upr help'.length);
    for (const row of rows) {
      // The usage, spaces up to the column, then the summary's first letter.
      expect(row.slice(0, column).trimEnd().length, row).toBeLessThan(column);
      expect(row[column], row).toMatch(/[A-Z]/);
      expect(row[column - 1], row).toBe(' ');
    }
  });
});
