import { aboutCommand } from './about-command.ts';
import { askCommand } from './ask-command.ts';
import type { CommandDefinition } from './command-definition.ts';
import { delegationCommand } from './delegation-command.ts';
import { eventsCommand } from './events-command.ts';
import { helpCommand } from './help-command.ts';
import { nextCommand } from './next-command.ts';
import { reviewCommand } from './review-command.ts';
import { scheduleCommand } from './schedule-command.ts';

/** Every command of the bot, in the order help lists them. */
export const coreCommands: readonly CommandDefinition[] = [
  helpCommand,
  nextCommand,
  scheduleCommand,
  reviewCommand,
  delegationCommand,
  eventsCommand,
  askCommand,
  aboutCommand,
] as unknown as CommandDefinition[];
