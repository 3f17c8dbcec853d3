import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PlannedReminder } from '../../src/core/reminders/reminder-planner.ts';
import { settingsKey } from '../../src/core/reminders/settings-key.ts';
import { DEFAULT_SETTINGS } from '../../src/core/reminders/subscription.ts';
import { textReply } from '../../src/core/reply.ts';
import { prismaOf } from '../../src/store/inspection.ts';
import { openStorage, type Storage } from '../../src/store/storage.ts';
import { forEachDatabase } from '../support/test-databases.ts';

// A workspace without the app (uninstalled, token revoked): its reminders are paused with the
// reason and nothing is planned or due for it; a reinstall gives everything back.

const AT = '2024-01-20T10:00:00.000Z';

function planned(key: string, at: string, subscriptionId: string | null): PlannedReminder {
  return {
    key,
    subscriptionId,
    at,
    kind: subscriptionId ? 'review' : 'personal',
    leadMinutes: 60,
    subject: 'Review of China',
    reply: textReply('soon'),
    told: {},
  };
}

forEachDatabase('workspace pauses', 'workspace-pauses', (db) => {
  let storage: Storage;
  let cleanup = async () => {};
  beforeEach(async () => {
    const fresh = await db.fresh();
    cleanup = fresh.cleanup;
    storage = await openStorage(fresh.url);
  });
  afterEach(async () => {
    await storage.close();
    await cleanup();
  });

  const subscribe = (channelRef: string, workspace: string, organisation?: string) =>
    storage.subscriptions.save({
      platform: 'slack',
      channelRef,
      workspace,
      organisation,
      settings: DEFAULT_SETTINGS,
      createdBy: 'admin',
      at: AT,
    });

  it('pauses one workspace only, withdraws its pending posts, and a resume gives them back', async () => {
    const a = await subscribe('CA', 'TA');
    const b = await subscribe('CB', 'TB');
    await storage.personalReminders.add(
      {
        platform: 'slack',
        userRef: 'UA',
        subjectKey: 'review:chn',
        subject: 'Review of China',
        leadMinutes: 60,
        zone: 'UTC',
        workspace: 'TA',
      },
      AT,
    );
    const [wish] = await storage.personalReminders.all('UTC');
    // Both channels share the default settings: one template, due, gives each its delivery row.
    const due = '2024-01-23T07:00:00.000Z';
    const { subscriptionId: _, ...template } = planned('review:chn:60', due, a.id);
    await storage.templates.sync(
      [{ settingsKey: settingsKey(DEFAULT_SETTINGS), reminders: [template] }],
      AT,
      AT,
    );
    await storage.templates.releaseDue(due);
    expect(b.id).toBeDefined();
    await storage.ledger.syncPersonal(
      [
        {
          wishId: wish!.id,
          platform: 'slack',
          userRef: 'UA',
          reminder: planned(`personal:${wish!.id}`, due, null),
        },
      ],
      AT,
      AT,
    );
    const versionBefore = await storage.planInputsVersion();

    const ref = { platform: 'slack' as const, workspace: 'TA', wholeOrganisation: false };
    expect(await storage.workspacePauses.pause(ref, 'the app was uninstalled')).toEqual({
      subscriptions: 1,
      personalReminders: 1,
    });
    expect((await storage.subscriptions.active()).map((s) => s.channelRef)).toEqual(['CB']);
    expect(await storage.personalReminders.all('UTC')).toEqual([]);
    expect(await storage.planInputsVersion()).not.toBe(versionBefore);
    const states = async () =>
      Object.fromEntries((await storage.ledger.list()).map((d) => [d.channelRef, [d.state, d.lastError]]));
    expect(await states()).toEqual({
      CA: ['cancelled', 'paused: the app was uninstalled'],
      CB: ['pending', null],
      UA: ['cancelled', 'paused: the app was uninstalled'],
    });
    const row = await prismaOf(storage).subscription.findUnique({ where: { id: a.id } });
    expect(row).toMatchObject({ active: true, pausedWhy: 'the app was uninstalled' });

    expect(await storage.workspacePauses.resume(ref)).toEqual({ subscriptions: 1, personalReminders: 1 });
    expect((await storage.subscriptions.active()).map((s) => s.channelRef).sort()).toEqual(['CA', 'CB']);
    expect(await storage.personalReminders.all('UTC')).toHaveLength(1);
    expect(await states()).toEqual({ CA: ['pending', null], CB: ['pending', null], UA: ['pending', null] });
  });

  it('pauses every workspace of an organisation that was installed as a whole', async () => {
    await subscribe('C1', 'T1', 'E1');
    await subscribe('C2', 'T2', 'E1');
    await subscribe('C3', 'T3', 'E2');
    const counts = await storage.workspacePauses.pause(
      { platform: 'slack', organisation: 'E1', wholeOrganisation: true },
      'tokens revoked',
    );
    expect(counts.subscriptions).toBe(2);
    expect((await storage.subscriptions.active()).map((s) => s.channelRef)).toEqual(['C3']);
    expect(await storage.channelWorkspaces.workspaceOf('slack', { ref: 'C2' })).toEqual({
      workspace: 'T2',
      organisation: 'E1',
    });
  });

  it('knows the workspace of a direct message from the person’s own reminders', async () => {
    await storage.personalReminders.add(
      {
        platform: 'slack',
        userRef: 'U1',
        subjectKey: 'review:chn',
        subject: 'Review of China',
        leadMinutes: 30,
        zone: 'UTC',
        workspace: 'T1',
      },
      AT,
    );
    expect(await storage.channelWorkspaces.workspaceOf('slack', { ref: 'U1', direct: true })).toEqual({
      workspace: 'T1',
    });
    expect(await storage.channelWorkspaces.workspaceOf('slack', { ref: 'U2', direct: true })).toBeUndefined();
  });
});
