import { distance } from 'fastest-levenshtein';

// "/upr shedule", "/upr calandrier": a slip of the keyboard gets "did you mean", not the whole
// list. Short names allow one slip and longer ones two, and only a single nearest name counts:
// "/upr nex" is "next", but a word halfway between two names suggests neither.

export function nearestCommandName(typed: string, names: Iterable<string>): string | undefined {
  const word = typed.toLowerCase();
  const allowed = [...word].length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const name of names) {
    const d = distance(word, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance && name !== best) {
      tied = true;
    }
  }
  return best && !tied && bestDistance > 0 && bestDistance <= allowed ? best : undefined;
}
