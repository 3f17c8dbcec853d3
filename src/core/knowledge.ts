import { type AgendaItem, agendaItems } from './agenda.ts';
import type { DataSet } from './data-schema.ts';
import { createStateResolver, type StateResolver } from './state-names.ts';
import { indexDataSet, type UprIndex } from './upr-index.ts';

/** What the bot knows after an import: the data, its timeline and its state names. */
export interface Knowledge {
  index: UprIndex;
  agenda: AgendaItem[];
  states: StateResolver;
}

export function buildKnowledge(data: DataSet): Knowledge {
  const index = indexDataSet(data);
  return { index, agenda: agendaItems(index), states: createStateResolver(data.states) };
}
