import type { Line } from '../reply.ts';

/** What the engine found: the answer's lines and the ids of the sources that support them. */
export interface Answer {
  lines: Line[];
  sources: string[];
  /** Plain text was composed in a zone the reader asked for; keep it as written. */
  zone?: string;
}

export function answer(lines: (string | Line)[], sources: readonly string[] = []): Answer {
  return { lines: lines.map((l) => (typeof l === 'string' ? [l] : l)), sources: [...sources] };
}
