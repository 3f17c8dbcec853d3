import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { discordCommandsFor } from '../../../adapters/discord/discord-commands.ts';
import { coreCommands } from '../../../src/core/commands/command-registry.ts';
import { APP_ID, GUILD_ID, TOKEN } from '../../fakes/discord-payloads.ts';
import { type DiscordStandIn, startDiscordStandIn } from '../../fakes/discord-stand-in.ts';
import { cliBudget, runCli } from '../../support/run-cli.ts';
import { tempDatabase } from '../../support/temp-database.ts';

// Tests start the command line up to twice each (see cliBudget).
vi.setConfig({ testTimeout: cliBudget(2) });

describe('upr-bot discord register, against the REST stand-in', () => {
  let standIn: DiscordStandIn;
  const db = tempDatabase();
  let env: Record<string, string>;
  beforeAll(async () => {
    standIn = await startDiscordStandIn();
    env = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: standIn.apiUrl, DATABASE_URL: db.url };
  });
  afterAll(async () => {
    await standIn.close();
    db.cleanup();
  });

  it('registers the commands globally with one bulk overwrite, and again without change', async () => {
    const first = await runCli(['discord', 'register'], { env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // /upr, and /upr-admin for the core's admin commands (subscribe, update ...).
    const expected = discordCommandsFor(coreCommands).length;
    expect(expected).toBe(2);
    expect(first.stdout).toContain(
      `Registered ${expected} Discord commands globally (application ${APP_ID})`,
    );
    // Every user command of the core, including ones added after this adapter was written.
    const everyone = coreCommands.filter((c) => c.access === 'everyone').map((c) => c.name);
    expect(first.stdout).toContain(`/upr: ${everyone.join(', ')}`);
    const admins = coreCommands.filter((c) => c.access === 'admin').map((c) => c.name);
    expect(first.stdout).toContain(`/upr-admin: ${admins.join(', ')}`);
    // The application id came from GET /applications/@me, with the bot token.
    const me = standIn.requests.find((r) => r.path === '/api/v10/applications/@me')!;
    expect(me.headers.authorization).toBe(`Bot ${TOKEN}`);
    const puts = () => standIn.requests.filter((r) => r.method === 'PUT');
    expect(puts()).toHaveLength(1);
    expect(puts()[0]!.path).toBe(`/api/v10/applications/${APP_ID}/commands`);
    expect(puts()[0]!.body).toEqual(JSON.parse(JSON.stringify(discordCommandsFor(coreCommands))));
    const before = standIn.registered.get('global');
    // Each command reaches Discord with its words in Chinese, French and Spanish.
    const upr = (
      before as {
        name: string;
        name_localizations?: Record<string, string>;
        options?: { name: string; name_localizations?: Record<string, string> }[];
      }[]
    )[0]!;
    expect(upr.name_localizations).toMatchObject({ 'zh-CN': 'upr', fr: 'upr', 'es-ES': 'upr' });
    expect(upr.options!.find((o) => o.name === 'help')!.name_localizations).toMatchObject({
      'zh-CN': '帮助',
      fr: 'aide',
      'es-ES': 'ayuda',
    });

    const again = await runCli(['discord', 'register'], { env: { ...env, DISCORD_APPLICATION_ID: APP_ID } });
    expect(again.code).toBe(0);
    expect(puts()).toHaveLength(2);
    expect(puts()[1]!.body).toEqual(puts()[0]!.body);
    expect(standIn.registered.get('global')).toEqual(before);
  });

  it('registers in one server with --guild', async () => {
    const { code, stdout } = await runCli(['discord', 'register', '--guild', GUILD_ID], { env });
    expect(code).toBe(0);
    expect(stdout).toContain(`in server ${GUILD_ID}`);
    expect(standIn.requests.at(-1)!.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(standIn.registered.get(GUILD_ID)).toHaveLength(discordCommandsFor(coreCommands).length);
  });

  it('explains what is missing or refused', async () => {
    const noToken = await runCli(['discord', 'register'], { env: { ...env, DISCORD_TOKEN: '' } });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('needs DISCORD_TOKEN');
    standIn.failNext('GET', /applications\/@me$/, {
      status: 401,
      body: { message: '401: Unauthorized', code: 0 },
    });
    const refused = await runCli(['discord', 'register'], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Discord refused the commands: 401: Unauthorized');
    expect(refused.stderr).not.toContain(TOKEN);
  });
});
