import { describe, expect, it } from 'vitest';
import { testCore, withoutSources } from '../../support/built-in.ts';

// A delegation's post claimed for someone ("Eric Chan dirige la délégation ?"), corrected in the
// reader's language; head and deputy asked at once.

const { ask } = testCore();

async function said(question: string, now: string): Promise<string> {
  return withoutSources((await ask(question, now)).text);
}

describe('a post claimed for the wrong person', () => {
  it.each([
    ['陈国基是中国代表团团长吧？', '不是：陈国基（Eric Chan Kwok-ki）是中国代表团副团长，不是团长'],
    [
      'Eric Chan dirige la délégation chinoise ?',
      'Non : Eric Chan Kwok-ki est chef adjoint de la délégation (Chine)',
    ],
    [
      '¿Chen Xu es el jefe adjunto de la delegación china?',
      'No: Chen Xu es el jefe de la delegación de China',
    ],
  ])('is corrected in the language, then the post’s holder named: %s', async (question, expected) => {
    expect(await said(question, '2024-07-10T10:00:00Z')).toContain(expected);
  });

  it('says nothing of the kind when the person holds the post', async () => {
    expect(await said('陈旭是中国代表团团长吗？', '2024-07-10T10:00:00Z')).not.toContain('不是');
  });

  it('names head and deputy asked at once ("正副团长")', async () => {
    const text = await said('中国代表团的正副团长是谁？', '2024-07-10T10:00:00Z');
    expect(text).toContain('陈旭');
    expect(text).toContain('陈国基');
  });
});

describe('an office asked with 职务', () => {
  it('is the head’s office', async () => {
    expect(await said('墨西哥团长是什么职务？', '2024-07-10T10:00:00Z')).toContain('Joel Hernández García');
  });
});
