import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { discordCommandsFor } from '../../../adapters/discord/discord-commands.ts';
import { defineCommand } from '../../../src/core/commands/command-definition.ts';
import { coreCommands } from '../../../src/core/commands/command-registry.ts';
import { textReply } from '../../../src/core/reply.ts';
import { gatedAdminCommand } from './discord-test-bot.ts';

const adminCommand = gatedAdminCommand().command as never;

describe('slash commands derived from the core command definitions', () => {
  it('gives /upr one subcommand per user command, with typed string options', () => {
    const [upr, admin] = discordCommandsFor(coreCommands);
    expect(upr!.name).toBe('upr');
    const subcommands = upr!.options!;
    expect(subcommands.map((s) => s.name)).toEqual(
      coreCommands.filter((c) => c.access === 'everyone').map((c) => c.name),
    );
    expect(admin!.options!.map((s) => s.name)).toEqual([
      ...coreCommands.filter((c) => c.access === 'admin').map((c) => c.name),
      'events',
    ]);
    const subscribe = admin!.options!.find((s) => s.name === 'subscribe') as unknown as {
      options: Record<string, unknown>[];
    };
    expect(subscribe.options.map((o) => [o.name, o.required])).toEqual([
      ['states', false],
      ['kinds', false],
      ['lead', false],
      ['zone', false],
      ['lang', false],
    ]);
    const review = subcommands.find((s) => s.name === 'review') as unknown as {
      options: Record<string, unknown>[];
    };
    expect(review.options).toEqual([
      expect.objectContaining({ type: 3, name: 'state', required: true, autocomplete: true }),
    ]);
    const schedule = subcommands.find((s) => s.name === 'schedule') as unknown as {
      options: Record<string, unknown>[];
    };
    expect(schedule.options[0]).toMatchObject({ name: 'period', required: false, autocomplete: false });
    // "remind me": no option whose only value would be "me"; the target, then an optional lead.
    const remind = subcommands.find((s) => s.name === 'remind') as unknown as {
      options: Record<string, unknown>[];
    };
    expect(remind.options.map((o) => [o.name, o.required])).toEqual([
      ['target', true],
      ['lead', false],
    ]);
  });

  it('puts the Events tab in /upr-admin as a group: events sync [states] and events unsync', () => {
    const [, admin] = discordCommandsFor(coreCommands);
    const group = admin!.options!.find((o) => o.name === 'events') as unknown as {
      type: number;
      options: { type: number; name: string; options?: { name: string; required: boolean }[] }[];
    };
    expect(group.type).toBe(2);
    expect(group.options.map((s) => [s.type, s.name])).toEqual([
      [1, 'sync'],
      [1, 'unsync'],
    ]);
    expect(group.options[0]!.options!.map((o) => [o.name, o.required])).toEqual([['states', false]]);
  });

  it('puts admin commands in /upr-admin, which Discord shows only to members with Manage Server', () => {
    const [upr, admin] = discordCommandsFor([...coreCommands, adminCommand]);
    expect(upr!.options!.map((s) => s.name)).not.toContain('announce');
    expect(admin!.name).toBe('upr-admin');
    expect(admin!.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(admin!.options!.map((s) => s.name)).toEqual([
      ...coreCommands.filter((c) => c.access === 'admin').map((c) => c.name),
      'announce',
      'events',
    ]);
  });

  it('picks up a command added to the core later, clipping a long summary to 100 characters', () => {
    const later = defineCommand({
      name: 'nudge',
      summary: `Nudge me before a review, ${'and again '.repeat(20)}`,
      args: z.object({
        state: z.string().describe('A state'),
        before: z.string().optional().describe('How long before'),
      }),
      examples: [],
      access: 'everyone',
      run: () => textReply('ok'),
    });
    const [upr] = discordCommandsFor([...coreCommands, later as never]);
    const remind = upr!.options!.find((s) => s.name === 'nudge')! as {
      description: string;
      options: { name: string }[];
    };
    expect([...remind.description]).toHaveLength(100);
    expect(remind.options.map((o) => o.name)).toEqual(['state', 'before']);
  });

  it('stays within Discord limits: names, descriptions, 4,000 chars per command', () => {
    for (const json of discordCommandsFor([...coreCommands, adminCommand])) {
      const texts: string[] = [];
      const walk = (o: { name: string; description: string; options?: unknown[] }) => {
        expect(o.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(o.description.length).toBeGreaterThan(0);
        expect([...o.description].length).toBeLessThanOrEqual(100);
        texts.push(o.name, o.description);
        for (const child of (o.options ?? []) as (typeof o)[]) walk(child);
      };
      walk(json);
      expect(texts.join('').length).toBeLessThanOrEqual(4000);
    }
  });

  it('lets the builders refuse a definition Discord would refuse, before it reaches Discord', () => {
    const bad = defineCommand({
      name: 'Bad Name',
      summary: 'x',
      args: z.object({}),
      examples: [],
      access: 'everyone',
      run: () => textReply('ok'),
    });
    expect(() => discordCommandsFor([bad as never])).toThrow();
  });
});
