import type { z } from 'zod';
import type { CommandDefinition } from './command-definition.ts';

export interface ArgumentInfo {
  name: string;
  description: string;
  required: boolean;
  /** The only values it takes, when they are few (Discord offers them as choices). */
  choices?: readonly string[];
}

/** The positional arguments of a command, read off its zod schema. */
export function argumentsOf(command: Pick<CommandDefinition, 'args'>): ArgumentInfo[] {
  return Object.entries(command.args.shape).map(([name, schema]) => {
    const field = schema as z.ZodType;
    const choices = (field.meta() as { choices?: readonly string[] } | undefined)?.choices;
    return {
      ...(choices ? { choices } : {}),
      name,
      description:
        field.description ?? (field as { unwrap?: () => z.ZodType }).unwrap?.().description ?? name,
      required: !field.safeParse(undefined).success,
    };
  });
}

/** "review <state>", "schedule [period]" */
export function usageOf(command: CommandDefinition): string {
  const args = argumentsOf(command).map((a) => (a.required ? `<${a.name}>` : `[${a.name}]`));
  return [command.name, ...args].join(' ');
}
