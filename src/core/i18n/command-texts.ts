import { CATALOGUE, type MessageId, message } from './catalogue.ts';
import type { Locale } from './locales.ts';

// A command's name, summary and options as the catalogue words them per language: help shows
// them, and Discord registers them as name and description localizations. A command the catalogue
// does not know (one a test or a plugin adds) keeps its declared English words, and English is
// always the declaration itself (the catalogue's English copy is checked against it in tests).

function known(id: string): id is MessageId {
  return id in CATALOGUE.en;
}

export function commandSummary(
  locale: Locale,
  command: { name: string; summary: string },
  group = false,
): string {
  if (locale === 'en') return command.summary;
  const id = `${group ? 'group' : 'command'}.${command.name}.summary`;
  return known(id) ? message(locale, id) : command.summary;
}

export function commandName(locale: Locale, name: string, group = false): string {
  const id = `${group ? 'group' : 'command'}.${name}.name`;
  return known(id) ? message(locale, id) : name;
}

export function optionName(locale: Locale, name: string): string {
  const id = `option.${name}.name`;
  return known(id) ? message(locale, id) : name;
}

/** An option's description; `command.option` first where one command words it its own way. */
export function optionDescription(locale: Locale, command: string, name: string, fallback: string): string {
  if (locale === 'en') return fallback;
  for (const id of [`option.${command}.${name}.description`, `option.${name}.description`])
    if (known(id)) return message(locale, id);
  return fallback;
}

export function choiceName(locale: Locale, option: string, value: string): string {
  const id = `choice.${option}.${value}`;
  return known(id) ? message(locale, id) : value;
}
