import type { Knowledge } from '../core/knowledge.ts';
import { changeNotices, emptyTold } from '../core/reminders/change-notices.ts';
import { planPersonalReminder } from '../core/reminders/personal-reminders.ts';
import { settingsFromKey } from '../core/reminders/settings-key.ts';
import type { PersonalDelivery } from '../store/delivery-ledger.ts';
import type { Storage } from '../store/storage.ts';
import type { GroupPlans } from './group-plans.ts';

// Re-planning, when the data, the subscriptions, the personal reminders or the updates changed:
// one plan per settings group into the templates table, change notices per group, and the few
// personal reminders. Its cost grows with the number of distinct settings, not of channels.

export type PlanningStorage = Pick<
  Storage,
  'subscriptions' | 'templates' | 'ledger' | 'personalReminders' | 'reviewUpdates'
>;

export interface PlanningReport {
  groups: number;
  channels: number;
  notices: number;
}

export async function replanTemplates(options: {
  storage: PlanningStorage;
  plans: GroupPlans;
  knowledge: Knowledge;
  now: string;
  graceMs: number;
  /** The zone personal reminders use for plain-text fallbacks. */
  zone: string;
  /** Change notices are looked for only when the data changed (or once after a start). */
  lookForChanges: boolean;
}): Promise<PlanningReport> {
  const { storage, plans, knowledge, now } = options;
  const tooLate = new Date(Date.parse(now) - options.graceMs).toISOString();
  plans.use(knowledge, await storage.reviewUpdates.all());
  const groups = await storage.subscriptions.settingsGroups();
  await storage.templates.sync(
    groups.map((g) => ({ settingsKey: g.settingsKey, reminders: plans.plan(g.settingsKey).reminders })),
    now,
    tooLate,
  );

  let notices = 0;
  if (options.lookForChanges) {
    const told = await storage.templates.toldByGroup();
    for (const group of groups) {
      const settings = settingsFromKey(group.settingsKey);
      for (const notice of changeNotices(
        knowledge,
        settings,
        told.get(group.settingsKey) ?? emptyTold(),
        now,
      )) {
        notices += await storage.templates.releaseChangeNotice(group.settingsKey, notice, now);
      }
    }
  }

  const personal: PersonalDelivery[] = [];
  for (const wish of await storage.personalReminders.all(options.zone)) {
    const reminder = planPersonalReminder(knowledge, wish);
    // A wish is owed nothing from before it was made.
    if (reminder && reminder.at >= wish.createdAt)
      personal.push({ wishId: wish.id, platform: wish.platform, userRef: wish.userRef, reminder });
  }
  await storage.ledger.syncPersonal(personal, now, tooLate);
  return { groups: groups.length, channels: groups.reduce((n, g) => n + g.channels, 0), notices };
}
