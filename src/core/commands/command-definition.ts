import type { z } from 'zod';
import type { AgendaItem } from '../agenda.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Inbound } from '../inbound.ts';
import type { CorePorts } from '../ports.ts';
import type { Reply } from '../reply.ts';
import type { StateResolver } from '../state-names.ts';
import type { UprIndex } from '../upr-index.ts';

/** Everything a command may read. No I/O except through `ports`. */
export interface CommandContext {
  index: UprIndex;
  agenda: AgendaItem[];
  states: StateResolver;
  inbound: Inbound;
  now: string;
  /** The zone to show times in where the platform cannot localise them itself. */
  zone: string;
  /** The reader's language (see i18n/locale-resolution.ts): replies are written in it. */
  locale: Locale;
  ports: CorePorts;
  /** Every command, for help and suggestions. */
  commands: readonly CommandDefinition[];
  /** The question engine the core was built with, for `ask`. */
  ask(question: string): Reply | Promise<Reply>;
}

export type Access = 'everyone' | 'admin';

/**
 * A command, declared once. Help, the Discord slash-command JSON, the Slack help text and the
 * parsing of typed text are all derived from this.
 */
export interface CommandDefinition<Schema extends z.ZodObject = z.ZodObject> {
  name: string;
  summary: string;
  /** Positional arguments in order; the last one takes the rest of the line. */
  args: Schema;
  examples: string[];
  access: Access;
  /** A reply only the asker needs (settings, personal reminders, help). */
  ephemeral?: boolean;
  /** Splits the text after the command name into raw argument values, when positional parsing is not enough. */
  split?: (text: string, ctx: Pick<CommandContext, 'states'>) => Record<string, string | undefined>;
  /** Turns named values (Discord's options) into what the schema reads, as `split` does for text. */
  named?: (
    args: Record<string, string>,
    ctx: Pick<CommandContext, 'states'>,
  ) => Record<string, string | undefined>;
  run(args: z.infer<Schema>, ctx: CommandContext): Promise<Reply> | Reply;
}

export function defineCommand<Schema extends z.ZodObject>(
  definition: CommandDefinition<Schema>,
): CommandDefinition<Schema> {
  return definition;
}
