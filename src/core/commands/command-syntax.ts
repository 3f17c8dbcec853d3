import type { StateResolver } from '../state-names.ts';
import type { CommandDefinition } from './command-definition.ts';

// A chat line that starts with a command's name may still be a question ("schedule for monday
// 29th?"). When the rest is written in the command's own syntax, though, the person meant the
// command, and a mistake in it deserves the command's own error, not a question's hint.

/** "lead:abc", "zones:x", "kind:y": an option the command has, named as `name:value`. */
function namesAnOption(command: CommandDefinition, word: string): boolean {
  const option = /^([a-z]+):/i.exec(word)?.[1]?.toLowerCase();
  if (!option) return false;
  const names = Object.keys(command.args.shape);
  return names.some((name) => [name, `${name}s`, name.replace(/s$/, '')].includes(option));
}

/** The first words name a state ("China", "Saudi Arabia,", "PRC"), as a command's state argument would. */
function startsWithState(words: readonly string[], states: StateResolver): boolean {
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const phrase = words
      .slice(0, n)
      .join(' ')
      .replace(/[,;]+$/, '');
    // A short word is a state only as a code in capitals (CHN, PRC): "car", "fin", "me" are words.
    const short = phrase.length < 4;
    if ((!short || phrase === phrase.toUpperCase()) && states.resolve(phrase)) return true;
  }
  return false;
}

/** Whether the words after a command's name are that command's arguments, not a question. */
export function usesCommandSyntax(command: CommandDefinition, rest: string, states: StateResolver): boolean {
  const words = rest.split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  if (words.some((word) => namesAnOption(command, word))) return true;
  const takesState = Object.keys(command.args.shape).some((name) => name === 'state' || name === 'states');
  return takesState && startsWithState(words, states);
}
