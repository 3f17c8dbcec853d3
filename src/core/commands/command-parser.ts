import type { StateResolver } from '../state-names.ts';
import type { CommandDefinition } from './command-definition.ts';

/** "/upr review China" and "review China" both become { name: 'review', rest: 'China' }. */
export function splitCommandLine(text: string): { name: string; rest: string } {
  const stripped = text.trim().replace(/^\/?upr(\s+|$)/i, '');
  const match = /^(\S+)\s*([\s\S]*)$/.exec(stripped);
  if (!match) return { name: '', rest: '' };
  return { name: match[1]!.toLowerCase().replace(/^\//, ''), rest: match[2]!.trim() };
}

/** The longest run of leading words that names a state, so "Saudi Arabia hello" splits right. */
function leadingState(words: string[], states: StateResolver): number {
  for (let n = Math.min(words.length - 1, 6); n >= 1; n--) {
    if (states.resolve(words.slice(0, n).join(' '))) return n;
  }
  return 1;
}

/** Positional parsing: each argument takes a word (a state takes its words); the last takes the rest. */
export function splitArguments(
  command: CommandDefinition,
  rest: string,
  states: StateResolver,
): Record<string, string | undefined> {
  if (command.split) return command.split(rest, { states });
  const names = Object.keys(command.args.shape);
  const raw: Record<string, string | undefined> = {};
  let words = rest ? rest.split(/\s+/) : [];
  names.forEach((name, i) => {
    if (!words.length) return;
    if (i === names.length - 1) {
      raw[name] = words.join(' ');
      words = [];
      return;
    }
    const take = name === 'state' ? leadingState(words, states) : 1;
    raw[name] = words.slice(0, take).join(' ');
    words = words.slice(take);
  });
  if (words.length && names.length === 0) raw._extra = words.join(' ');
  return raw;
}
