import type { State } from '../data-schema.ts';

// How a state's name stands in a sentence, with its article where the data gives one.

/** "the Central African Republic", "China": a state's name as it stands in a sentence. */
export function inSentence(state: State): string {
  return state.article ? `${state.article} ${state.name}` : state.name;
}

/** "China's", "the Central African Republic's", "the Philippines'". */
export function possessive(state: State): string {
  const name = inSentence(state);
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Capitalised at the start of a sentence: "The Central African Republic's". */
export function capitalised(text: string): string {
  return text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}
