import { z } from 'zod';
import type { Review, State } from '../data-schema.ts';
import { type Reply, textReply } from '../reply.ts';
import { quoteUserText } from '../safe-text.ts';
import { stateName } from '../upr-index.ts';
import { ordinal } from '../wording/ordinals.ts';
import type { CommandContext } from './command-definition.ts';

export const stateArgument = z
  .string()
  .trim()
  .min(1, 'name a state under review')
  .max(80, 'a state name is at most 80 characters')
  .describe('A state under review: its name, code or another name people use');

export function reviewedStatesList(ctx: CommandContext): string {
  return ctx.index.reviews.map((r) => stateName(ctx.index, r.state)).join(', ');
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
        `I don't know a state called "${quoteUserText(text)}". The ${ordinal(ctx.index.session.number)} session reviews: ${reviewedStatesList(ctx)}.`,
        { ephemeral: true },
      ),
    };
  }
  const review = ctx.index.reviewsByState.get(state.code);
  if (!review) {
    return {
      reply: textReply(
        `${state.name} is not reviewed in the ${ordinal(ctx.index.session.number)} session. It reviews: ${reviewedStatesList(ctx)}.`,
        { ephemeral: true },
      ),
    };
  }
  return { state, review };
}
