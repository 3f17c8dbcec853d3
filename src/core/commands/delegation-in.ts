import type { Review } from '../data-schema.ts';
import { englishQuote } from '../i18n/catalogue.ts';
import { stateNameIn } from '../i18n/localized-names.ts';
import { say, sourcesIn } from '../i18n/localized-parts.ts';
import { labelIn, roleTextIn } from '../i18n/localized-roles.ts';
import { type Line, type Reply, reply } from '../reply.ts';
import type { CommandContext } from './command-definition.ts';

/** `delegation <state>` for a reader of another language: names from the data, offices quoted. */
export function delegationIn(review: Review, ctx: CommandContext): Reply {
  const { locale, index } = ctx;
  const { delegation } = review;
  const members = delegation.members?.text;
  const lines: Line[] = [
    [...labelIn(locale, 'head'), roleTextIn(index, delegation.head, locale)],
    [...labelIn(locale, 'deputy'), roleTextIn(index, delegation.deputy, locale)],
    [
      ...labelIn(locale, 'members'),
      members ? englishQuote(locale, members) : say(locale, 'fact.notAnnounced'),
    ],
  ];
  return reply(
    [
      {
        kind: 'header',
        text: say(locale, 'delegation.header', { state: stateNameIn(index, review.state, locale) }),
      },
      { kind: 'section', lines },
      ...sourcesIn(locale, index, [
        ...delegation.head.sources,
        ...(delegation.deputy?.sources ?? []),
        ...(delegation.members?.sources ?? []),
      ]),
    ],
    { zone: ctx.zone },
  );
}
