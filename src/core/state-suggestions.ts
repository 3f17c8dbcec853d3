import type { State } from './data-schema.ts';
import { normaliseName } from './state-names.ts';
import type { UprIndex } from './upr-index.ts';

// What a chat offers while someone types a state: the states reviewed in this session, those
// whose name starts with the text first, then those where it appears in a name, code or alias.
// Names in every language count (中国, Chine), whatever the reader's own.

export const MAX_SUGGESTIONS = 25;

export function reviewedStateSuggestions(index: UprIndex, typed: string, limit = MAX_SUGGESTIONS): State[] {
  const states = index.reviews.map((r) => index.states.get(r.state)).filter((s): s is State => !!s);
  // Latin letters as names are compared everywhere; another script (中国) as it is written.
  const needle = normaliseName(typed) || typed.trim().toLowerCase();
  if (!needle) return states.slice(0, limit);
  const names = (s: State) => [
    ...[s.name, s.code, ...s.aliases].map(normaliseName),
    ...Object.values(s.names ?? {}).flatMap((n) => [normaliseName(n), n.toLowerCase()]),
  ];
  const starts = states.filter((s) => names(s).some((n) => n.startsWith(needle)));
  const contains = states.filter((s) => !starts.includes(s) && names(s).some((n) => n.includes(needle)));
  return [...starts, ...contains].slice(0, limit);
}
