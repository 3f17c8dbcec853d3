import { describe, expect, it } from 'vitest';
import { testCore, withoutSources } from '../../support/built-in.ts';

// A cycle named in the reader's language: the session's own cycle is this review; an earlier
// cycle asked of no state is the one state with earlier reviews in the data; "which state comes
// next" is the next review, not the steps after one.

const { ask } = testCore();

async function said(question: string, now = '2024-07-10T10:00:00Z'): Promise<string> {
  return withoutSources((await ask(question, now)).text);
}

describe('the session’s own cycle', () => {
  it.each([
    [
      'Qui conduit la délégation de Malaisie pour son quatrième examen ?',
      'Malaisie : la délégation est dirigée',
    ],
    ['马来西亚第四轮审议的团长是谁？', '马来西亚代表团由'],
  ])('is this review, not an earlier one: %s', async (question, expected) => {
    const text = await said(question);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/examen précédent|以往的审议/);
  });
});

describe('an earlier cycle asked of no state', () => {
  it('is the one state the data holds earlier reviews of', async () => {
    const text = await said('¿Y el tercer ciclo? ¿Cuándo lo aprobó el Consejo?');
    expect(text).toContain('3.º ciclo');
    expect(text).toContain('15 de marzo de 2019');
  });
});

describe('which state comes next', () => {
  it('is the next review, told in the clock asked', async () => {
    const text = await said('接下来要审议的是哪个国家？北京时间几点？', '2024-01-23T13:00:00Z');
    expect(text).toContain('尼日利亚');
    expect(text).toContain('21:30');
  });
});
