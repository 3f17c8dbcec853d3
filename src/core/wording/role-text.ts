import type { Role } from '../data-schema.ts';
import { provisional } from '../reply-parts.ts';
import { personLabel, type UprIndex } from '../upr-index.ts';

/** "Ambassador Chen Xu, Permanent Representative …", with "expected, not announced" where inferred. */
export function roleText(index: UprIndex, role: Role | undefined, withTitle = true): string {
  if (!role || role.status === 'unconfirmed' || (!role.person && !role.text)) return 'not announced';
  const person = role.person ? index.people.get(role.person) : undefined;
  const who = person ? personLabel(person) : role.text!;
  const title = withTitle && person?.title ? `, ${person.title}` : '';
  return `${who}${title}${provisional(role.status)}`;
}
