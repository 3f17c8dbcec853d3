import { describe, expect, it } from 'vitest';
import { coreCommands } from '../../../src/core/commands/command-registry.ts';
import { argumentsOf } from '../../../src/core/commands/command-usage.ts';
import { eventsTabCommands } from '../../../src/core/commands/events-tab-commands.ts';
import { CATALOGUE } from '../../../src/core/i18n/catalogue.ts';

// English words of commands live in their declarations; the catalogue's English copy is what
// translators translate from, so it must say exactly the same, or a translation drifts unseen.

const en = CATALOGUE.en as Record<string, string>;

describe("the catalogue's English copy of the commands", () => {
  const commands = [...coreCommands, ...eventsTabCommands.subcommands];

  it.each(commands.map((c) => [c.name, c] as const))('%s: name, summary and options', (_name, command) => {
    expect(en[`command.${command.name}.name`]).toBe(command.name);
    expect(en[`command.${command.name}.summary`]).toBe(command.summary);
    for (const arg of argumentsOf(command)) {
      expect(en[`option.${arg.name}.name`]).toBe(arg.name);
      const described =
        en[`option.${command.name}.${arg.name}.description`] ?? en[`option.${arg.name}.description`];
      expect(described, `${command.name} ${arg.name}`).toBe(arg.description);
    }
  });

  it('the Events tab group', () => {
    expect(en['group.events.name']).toBe(eventsTabCommands.name);
    expect(en['group.events.summary']).toBe(eventsTabCommands.summary);
  });
});
