import { type Reply, reply } from '../reply.ts';
import { sourcesBlock } from '../reply-parts.ts';
import type { UprIndex } from '../upr-index.ts';

// A document named by its UN symbol ("what is A/HRC/WG.6/45/CHN/3?") is the subject asked about:
// say what that document is, not what its numbers look like to the rest of the parser.

const squash = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** The data's documents whose symbols the question names, longest symbols first. */
export function documentsNamed(question: string, index: UprIndex) {
  const text = squash(question);
  if (!text.includes('/')) return [];
  const docs = [...index.documentsByReview.values()].flat();
  return docs.filter((d) => {
    const symbol = squash(d.symbol);
    const at = text.indexOf(symbol);
    // "…/CHN/3" must not match inside "…/CHN/31".
    return at >= 0 && !/[0-9a-z]/.test(text[at + symbol.length] ?? '');
  });
}

export function documentAnswer(question: string, index: UprIndex, zone: string): Reply | undefined {
  const docs = documentsNamed(question, index);
  if (!docs.length) return undefined;
  const lines = docs.map((d) => [
    `${d.symbol} is ${d.title}${d.status === 'inferred' ? ' (symbol inferred from the pattern of other states, not announced)' : ''}.`,
  ]);
  return reply(
    [
      { kind: 'section', lines },
      ...sourcesBlock(
        index,
        docs.flatMap((d) => d.sources),
      ),
    ],
    { zone },
  );
}
