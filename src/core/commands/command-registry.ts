import { aboutCommand } from './about-command.ts';
import { askCommand } from './ask-command.ts';
import type { CommandDefinition } from './command-definition.ts';
import { delegationCommand } from './delegation-command.ts';
import { eventsCommand } from './events-command.ts';
import { helpCommand } from './help-command.ts';
import { nextCommand } from './next-command.ts';
import { remindCommand } from './remind-command.ts';
import { reviewCommand } from './review-command.ts';
import { scheduleCommand } from './schedule-command.ts';
import { subscribeCommand } from './subscribe-command.ts';
import { subscriptionsCommand, unsubscribeCommand } from './subscriptions-command.ts';
import { updateCommand } from './update-command.ts';

/** Every command of the bot, in the order help lists them. */
export const coreCommands: readonly CommandDefinition[] = [
  helpCommand,
  nextCommand,
  scheduleCommand,
  reviewCommand,
  delegationCommand,
  eventsCommand,
  askCommand,
  remindCommand,
  subscribeCommand,
  unsubscribeCommand,
  subscriptionsCommand,
  updateCommand,
  aboutCommand,
] as unknown as CommandDefinition[];
