import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_INSTALLED } from '../../../adapters/slack/slack-poster.ts';
import { prismaOf } from '../../../src/store/inspection.ts';
import { CLIENT_ID, CLIENT_SECRET, type StandInWorkspace } from '../../fakes/slack-oauth-workspaces.ts';
import { startOAuthHarness } from './slack-oauth-harness.ts';

// "Add to Slack" end to end: the install page, Slack's redirect with a valid and a forged state,
// oauth.v2.access and auth.test on the stand-in, then each workspace answered and reminded with
// its own token (the stand-in checks the Authorization header of every call), an uninstall that
// pauses one workspace and a reinstall that resumes it, an Enterprise Grid org install, a token
// that rotates before a scheduled post, and no token in clear in the database file or the logs.

const A = { teamId: 'T0AAA', teamName: 'Geneva NGO', botUserId: 'UBOTA' } as const;
const B = { teamId: 'T0BBB', teamName: 'Newsroom', botUserId: 'UBOTB' } as const;
const C = { teamId: 'T0CCC', teamName: 'Rotating', botUserId: 'UBOTC' } as const;
const ORG = {
  enterpriseId: 'E0ORG',
  enterpriseName: 'Grid Org',
  wholeOrganisation: true,
  botUserId: 'UBOTE',
} as const;

const mention = (channel: string, botUserId: string, text: string) => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text: `<@${botUserId}> ${text}`,
  ts: '1706000000.000100',
  channel,
  event_ts: '1706000000.000100',
});

describe('Slack OAuth: installed in many workspaces', () => {
  let slack: Awaited<ReturnType<typeof startOAuthHarness>>;
  const tokenOf = (workspace: StandInWorkspace) =>
    [...slack.api.oauth.tokens.values()]
      .filter((t) => t.workspace === workspace && !t.revoked)
      .map((t) => t.token)
      .at(-1)!;
  const postsTo = (channel: string) =>
    slack.api.callsTo('chat.postMessage').filter((c) => c.args.channel === channel && !c.failed);

  beforeAll(async () => {
    slack = await startOAuthHarness('2024-01-23T09:00:00.000Z');
    slack.api.users.set('U0ADMIN', { id: 'U0ADMIN', name: 'admin', is_admin: true });
  });
  afterAll(async () => {
    await slack?.close();
  });

  it('serves GET /slack/install: a page with the Add to Slack button, a state, and its cookie', async () => {
    const page = await slack.installPage();
    expect(page.status).toBe(200);
    expect(page.html).toContain('Add to Slack');
    const url = page.authorizeUrl!;
    expect(url.origin + url.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('scope')?.split(',')).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'users:read']),
    );
    const state = url.searchParams.get('state')!;
    expect(state.length).toBeGreaterThan(20);
    expect(page.cookie).toBe(`slack-app-oauth-state=${state}`);
  });

  it('ends a forged or stale state on a clear error page, and installs nothing', async () => {
    const forged = await slack.redirect({ code: 'code-x', state: 'forged' }, 'slack-app-oauth-state=forged');
    expect(forged.status).toBe(400);
    expect(forged.html).toContain('This install link is not valid');
    expect(forged.html).toContain('href="/slack/install"');
    // A genuine state opened in another browser (no cookie) is refused the same way.
    const page = await slack.installPage();
    const code = slack.api.oauth.grant(A);
    const elsewhere = await slack.redirect({ code, state: page.authorizeUrl!.searchParams.get('state')! });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.html).toContain('This install link is not valid');
    expect(slack.api.callsTo('oauth.v2.access')).toHaveLength(0);
    expect(await prismaOf(slack.storage).chatInstallation.count()).toBe(0);
  });

  it('says so when Slack refuses the code or the person cancels, and installs nothing', async () => {
    const page = await slack.installPage();
    const refused = await slack.redirect(
      { code: 'never-granted', state: page.authorizeUrl!.searchParams.get('state')! },
      page.cookie,
    );
    expect(refused.status).toBe(500);
    expect(refused.html).toContain('Slack could not complete the installation');
    // The person pressed Cancel on Slack's page.
    const again = await slack.installPage();
    const cancelled = await slack.redirect(
      { error: 'access_denied', state: again.authorizeUrl!.searchParams.get('state')! },
      again.cookie,
    );
    expect(cancelled.status).toBe(400);
    expect(cancelled.html).toContain('Installation cancelled');
    expect(await prismaOf(slack.storage).chatInstallation.count()).toBe(0);
  });

  it('installs two workspaces: oauth.v2.access, auth.test with the new token, and a page saying what next', async () => {
    const installedA = await slack.install(A);
    expect(installedA.status).toBe(200);
    expect(installedA.html).toContain('upr-bot is installed');
    expect(installedA.html).toContain('Geneva NGO');
    expect(installedA.html).toContain('/upr help');
    expect(installedA.html).toContain('/invite @upr-bot');
    expect((await slack.install(B)).html).toContain('Newsroom');
    const exchange = slack.api.callsTo('oauth.v2.access').filter((c) => !c.failed);
    expect(exchange.at(-1)!.args).toMatchObject({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
    const checks = slack.api.callsTo('auth.test').filter((c) => c.workspace);
    expect(checks.map((c) => [c.workspace, c.authorization])).toEqual([
      ['T0AAA', `Bearer ${tokenOf(A)}`],
      ['T0BBB', `Bearer ${tokenOf(B)}`],
    ]);
    expect(await prismaOf(slack.storage).chatInstallation.count()).toBe(2);
  });

  it('answers a mention in each workspace with that workspace’s token', async () => {
    await slack.event(A, mention('C0AAA', A.botUserId, "who leads China's delegation?"));
    await slack.event(B, mention('C0BBB', B.botUserId, "who leads China's delegation?"));
    const inA = await slack.api.waitFor('chat.postMessage', (c) => c.args.channel === 'C0AAA');
    const inB = await slack.api.waitFor('chat.postMessage', (c) => c.args.channel === 'C0BBB');
    expect(inA.authorization).toBe(`Bearer ${tokenOf(A)}`);
    expect(inB.authorization).toBe(`Bearer ${tokenOf(B)}`);
    expect(String(inA.args.text)).toContain('Chen Xu');
    expect(inA.failed || inB.failed).toBe(false);
  });

  it('asks admin rights with the workspace’s own token, and keeps subscriptions per workspace', async () => {
    const subscribe = 'subscribe Nigeria kinds:reviews lead:1h,30m,start';
    for (const [team, channel] of [
      ['T0AAA', 'C0AAA'],
      ['T0BBB', 'C0BBB'],
    ] as const) {
      const answer = await slack.slash(team, subscribe, { user: 'U0ADMIN', channel });
      expect(answer.text).toContain('This channel is subscribed');
    }
    const infos = slack.api.callsTo('users.info').filter((c) => c.args.user === 'U0ADMIN');
    expect(infos.map((c) => c.workspace)).toEqual(['T0AAA', 'T0BBB']);
    expect(
      (await slack.storage.subscriptions.inWorkspace('slack', 'T0AAA')).map((s) => s.channelRef),
    ).toEqual(['C0AAA']);
    // The Home tab of B lists B's channels only.
    await slack.event(B, { type: 'app_home_opened', user: 'U0ADMIN', channel: 'D0B', tab: 'home' });
    const home = await slack.api.waitFor('views.publish', (c) => c.workspace === 'T0BBB');
    const shown = JSON.stringify(home.args.view);
    expect(shown).toContain('<#C0BBB>');
    expect(shown).not.toContain('C0AAA');
  });

  it('posts scheduled reminders with the token of the workspace that owns each channel', async () => {
    await slack.scheduler.tick();
    slack.clock.at = '2024-01-23T12:30:10.000Z';
    const report = await slack.scheduler.tick();
    expect(report.sent).toHaveLength(2);
    expect(postsTo('C0AAA').at(-1)!.authorization).toBe(`Bearer ${tokenOf(A)}`);
    expect(postsTo('C0BBB').at(-1)!.authorization).toBe(`Bearer ${tokenOf(B)}`);
  });

  it('on app_uninstalled, deletes the installation and pauses that workspace only', async () => {
    slack.clock.at = '2024-01-23T12:40:00.000Z';
    slack.api.oauth.revoke((w) => w === A);
    await slack.event(A, { type: 'app_uninstalled', event_ts: '1706013600.000100' });
    const subscription = await prismaOf(slack.storage).subscription.findFirst({
      where: { channelRef: 'C0AAA' },
    });
    expect(subscription?.pausedWhy).toBe('app was uninstalled');
    expect(
      await slack.storage.installations!.find({
        platform: 'slack',
        workspace: 'T0AAA',
        wholeOrganisation: false,
      }),
    ).toBeUndefined();

    const beforeA = postsTo('C0AAA').length;
    slack.clock.at = '2024-01-23T13:00:10.000Z';
    await slack.scheduler.tick();
    expect(postsTo('C0AAA')).toHaveLength(beforeA);
    expect(postsTo('C0BBB').at(-1)!.authorization).toBe(`Bearer ${tokenOf(B)}`);
    // Even asked directly, the poster has no token for A and posts nothing there.
    expect(
      await slack.adapter.poster.post({ ref: 'C0AAA' }, { blocks: [], ephemeral: false, zone: 'UTC' }),
    ).toEqual({
      ok: false,
      retryable: true,
      reason: NOT_INSTALLED,
    });
    expect(postsTo('C0AAA')).toHaveLength(beforeA);
  });

  it('resumes the workspace’s reminders when it installs the app again, with the new token', async () => {
    slack.clock.at = '2024-01-23T13:10:00.000Z';
    expect((await slack.install(A)).status).toBe(200);
    const subscription = await prismaOf(slack.storage).subscription.findFirst({
      where: { channelRef: 'C0AAA' },
    });
    expect(subscription?.pausedWhy).toBeNull();
    slack.clock.at = '2024-01-23T13:30:10.000Z';
    await slack.scheduler.tick();
    const last = postsTo('C0AAA').at(-1)!;
    expect(last.authorization).toBe(`Bearer ${tokenOf(A)}`);
    expect(String(last.args.text)).toContain('Nigeria');
  });

  it('on tokens_revoked for the bot, does the same as an uninstall', async () => {
    await slack.event(B, { type: 'tokens_revoked', tokens: { oauth: [], bot: [B.botUserId] } });
    const subscription = await prismaOf(slack.storage).subscription.findFirst({
      where: { channelRef: 'C0BBB' },
    });
    expect(subscription?.pausedWhy).toBe("bot's token was revoked");
    expect(await prismaOf(slack.storage).chatInstallation.count({ where: { workspaceId: 'T0BBB' } })).toBe(0);
  });

  it('installs an Enterprise Grid organisation as a whole and answers its workspaces with its token', async () => {
    const installed = await slack.install(ORG);
    expect(installed.status).toBe(200);
    expect(installed.html).toContain('Grid Org');
    expect(installed.html).toContain('workspaces/add');
    const workspace = { ...ORG, teamId: 'T0GRID1' };
    await slack.event(workspace, mention('C0GRID', ORG.botUserId, 'when is the review of Nigeria?'));
    const answer = await slack.api.waitFor('chat.postMessage', (c) => c.args.channel === 'C0GRID');
    expect(answer.authorization).toBe(`Bearer ${tokenOf(ORG)}`);
    expect(answer.failed).toBe(false);
  });

  it('refreshes a rotating token that is about to expire before a scheduled post, with no event from Slack', async () => {
    // Slack's tokens with rotation last 12 hours; this one has one hour left, inside Bolt's two.
    expect((await slack.install(C, { expiresIn: 3600 })).status).toBe(200);
    const first = tokenOf(C);
    slack.clock.at = '2024-01-23T13:31:00.000Z';
    // Subscribed long ago: no inbound event from C since the install.
    await slack.storage.subscriptions.save({
      platform: 'slack',
      channelRef: 'C0CCC',
      workspace: 'T0CCC',
      settings: { states: ['MYS'], kinds: ['reviews'], leadMinutes: [60], zone: 'Europe/Zurich' },
      createdBy: 'admin',
      at: '2024-01-23T13:31:00.000Z',
    });
    await slack.scheduler.tick();
    slack.clock.at = '2024-01-25T12:30:10.000Z';
    await slack.scheduler.tick();
    const refresh = slack.api.callsTo('oauth.v2.access').filter((c) => c.args.grant_type === 'refresh_token');
    expect(refresh).toHaveLength(1);
    const second = tokenOf(C);
    expect(second).not.toBe(first);
    expect(postsTo('C0CCC').map((c) => c.authorization)).toEqual([`Bearer ${second}`]);
    const stored = await slack.storage.installations!.find({
      platform: 'slack',
      workspace: 'T0CCC',
      wholeOrganisation: false,
    });
    expect(stored?.secrets).toContain(second);
    expect(stored?.secrets).not.toContain(first);
  });

  it('keeps no token, refresh token or client secret in clear in the database file or the logs', async () => {
    const secrets = [
      CLIENT_SECRET,
      ...[...slack.api.oauth.tokens.values()].flatMap((t) => [
        t.token,
        ...(t.refreshToken ? [t.refreshToken] : []),
      ]),
    ];
    expect(secrets.length).toBeGreaterThan(6);
    const raw = ['', '-wal']
      .map((suffix) => {
        try {
          return readFileSync(`${slack.db.path}${suffix}`).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('');
    expect(raw).toContain('slack:team:T0CCC');
    const logs = slack.logLines.join('');
    expect(logs).toContain('slack app installed');
    for (const secret of secrets) {
      expect(raw).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
    expect(raw).not.toMatch(/xox[be]-/);
  });
});
