import type { Review, State } from '../data-schema.ts';
import { listOf, message } from '../i18n/catalogue.ts';
import { stateNameIn } from '../i18n/localized-names.ts';
import { type Reply, textReply } from '../reply.ts';
import { quoteUserText } from '../safe-text.ts';
import type { CommandContext } from './command-definition.ts';
import { textArgument } from './text-argument.ts';

export const stateArgument = textArgument('state', { required: true, max: 80 }).describe(
  'A state under review: its name, code or another name people use',
);

export function reviewedStatesList(ctx: Pick<CommandContext, 'index' | 'locale'>): string {
  const names = ctx.index.reviews.map((r) => stateNameIn(ctx.index, r.state, ctx.locale));
  return ctx.locale === 'en' ? names.join(', ') : listOf(ctx.locale, names);
}

/** The state and its review in this session, or the reply that explains why there is none. */
export function resolveReviewedState(
  text: string,
  ctx: CommandContext,
): { state: State; review: Review } | { reply: Reply } {
  // "china please", "the PRC delegation": the state the words name, if they name exactly one.
  const named = ctx.states.findIn(text);
  const state = ctx.states.resolve(text) ?? (named.length === 1 ? named[0] : undefined);
  if (!state) {
    return {
      reply: textReply(
        message(ctx.locale, 'error.unknownState', {
          text: quoteUserText(text),
          number: ctx.index.session.number,
          states: reviewedStatesList(ctx),
        }),
        { ephemeral: true },
      ),
    };
  }
  const review = ctx.index.reviewsByState.get(state.code);
  if (!review) {
    return {
      reply: textReply(
        message(ctx.locale, 'error.stateNotReviewed', {
          state: stateNameIn(ctx.index, state.code, ctx.locale),
          number: ctx.index.session.number,
          states: reviewedStatesList(ctx),
        }),
        { ephemeral: true },
      ),
    };
  }
  return { state, review };
}
