import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataSetSchema } from '../../src/core/data-schema.ts';

describe('published JSON Schema', () => {
  it('is the one generated from the zod definition (run `npm run schema:json` after a change)', () => {
    const published = JSON.parse(
      readFileSync(new URL('../../data/upr-data.schema.json', import.meta.url), 'utf8'),
    );
    expect(published).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(dataSetSchema, { io: 'input' }))));
  });
});
