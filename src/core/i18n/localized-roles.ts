import type { Role } from '../data-schema.ts';
import type { Inline } from '../reply.ts';
import type { UprIndex } from '../upr-index.ts';
import { englishQuote } from './catalogue.ts';
import type { Locale } from './locales.ts';
import { personNameIn } from './localized-names.ts';
import { provisionalIn, say } from './localized-parts.ts';
import { officeIn } from './localized-people.ts';

// The pieces of command replies that hold facts, in the reader's language: a name as the data
// writes it there, an office or free text the data has only in English quoted as English.

/** roleText (wording/role-text.ts) in the reader's language: 陈旭 (Chen Xu), "Ambassador …"（英文原文）. */
export function roleTextIn(index: UprIndex, role: Role | undefined, locale: Locale): string {
  if (!role || role.status === 'unconfirmed' || (!role.person && !role.text))
    return say(locale, 'fact.notAnnounced');
  const person = role.person ? index.people.get(role.person) : undefined;
  const who = person ? personNameIn(person, locale) : englishQuote(locale, role.text!);
  const office = person && officeIn(person, locale);
  const text = office ? say(locale, 'fact.withTitle', { who, title: office }) : who;
  return `${text}${provisionalIn(locale, role.status)}`;
}

export type Field =
  | 'when'
  | 'where'
  | 'head'
  | 'deputy'
  | 'members'
  | 'delegation'
  | 'adoption'
  | 'troika'
  | 'recommendations'
  | 'replies'
  | 'council'
  | 'documents'
  | 'watch';

/** "Head: " with the label in bold, its colon the language's own. */
export function labelIn(locale: Locale, field: Field): Inline[] {
  return [{ strong: say(locale, 'fact.label', { label: say(locale, 'field.name', { name: field }) }) }, ' '];
}
