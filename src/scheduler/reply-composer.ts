import { type ChangeNoticeSpec, changeNoticeReply } from '../core/reminders/change-notices.ts';
import { planPersonalReminder } from '../core/reminders/personal-reminders.ts';
import { templateKey } from '../core/reminders/reminder-planner.ts';
import { settingsFromKey } from '../core/reminders/settings-key.ts';
import type { Reply } from '../core/reply.ts';
import type { ClaimedDelivery } from '../store/delivery-ledger.ts';
import type { Storage } from '../store/storage.ts';
import type { GroupPlans } from './group-plans.ts';

// Deliveries carry no reply: it is composed when posted, from the plan of the delivery's
// settings group (one reply per template and zone, shared by every channel), so the words are
// the data's as they are now. A reminder no longer in the plan is not posted.

type PersonalWish = Awaited<ReturnType<Storage['personalReminders']['byIds']>>[number];
type TemplateRecord = Awaited<ReturnType<Storage['templates']['byIds']>>[number];

export interface ReplyComposer {
  /** Loads what the batch's replies are made from (templates and wishes not seen yet). */
  prepare(deliveries: readonly ClaimedDelivery[]): Promise<void>;
  /** The reply to post, or undefined when what it announced is no longer planned. */
  replyFor(delivery: ClaimedDelivery): Reply | undefined;
}

export function createReplyComposer(options: {
  storage: Pick<Storage, 'templates' | 'personalReminders'>;
  plans: GroupPlans;
  zone: string;
}): ReplyComposer {
  const { storage, plans } = options;
  const templates = new Map<number, TemplateRecord>();
  const wishes = new Map<string, PersonalWish>();
  return {
    async prepare(deliveries) {
      const templateIds = [
        ...new Set(
          deliveries.flatMap((d) =>
            d.templateId !== null && !templates.has(d.templateId) ? [d.templateId] : [],
          ),
        ),
      ];
      if (templateIds.length)
        for (const t of await storage.templates.byIds(templateIds)) templates.set(t.id, t);
      const wishIds = [
        ...new Set(
          deliveries.flatMap((d) =>
            d.personalReminderId !== null && !wishes.has(d.personalReminderId) ? [d.personalReminderId] : [],
          ),
        ),
      ];
      if (wishIds.length)
        for (const w of await storage.personalReminders.byIds(wishIds, options.zone)) wishes.set(w.id, w);
    },
    replyFor(d) {
      if (d.personalReminderId !== null) {
        const wish = wishes.get(d.personalReminderId);
        const planned = wish && planPersonalReminder(plans.knowledge(), wish);
        return planned && templateKey(planned) === d.key ? planned.reply : undefined;
      }
      const template = d.templateId === null ? undefined : templates.get(d.templateId);
      if (!template) return undefined;
      if (template.kind === 'change') {
        const spec = JSON.parse(template.spec ?? '{}') as ChangeNoticeSpec;
        const settings = settingsFromKey(template.settingsKey);
        return changeNoticeReply(plans.knowledge(), spec, settings.zone, settings.lang);
      }
      return plans.plan(template.settingsKey).byKey.get(template.reminderKey)?.reply;
    },
  };
}
