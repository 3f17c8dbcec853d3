import type { Locale } from '../i18n/locales.ts';
import type { Platform } from '../inbound.ts';
import type { Knowledge } from '../knowledge.ts';
import type { PlannedReminder } from './reminder-planner.ts';
import { itemReminderReply } from './reminder-text.ts';

// "remind me China 30m": one user, one item, one lead. Planned like the channels' reminders, so
// the same ledger sends it once, and a moved item moves it.

export interface PersonalReminder {
  id: string;
  platform: Platform;
  userRef: string;
  /** An agenda item key: review:…, adoption:…, event:… */
  subjectKey: string;
  subject: string;
  leadMinutes: number;
  zone: string;
  /** Where the user asked (Slack team, organisation): whose token sends the direct message. */
  workspace?: string;
  organisation?: string;
  /** The language the person asked in; the direct message is written in it. Absent is English. */
  locale?: Locale;
}

export function planPersonalReminder(
  knowledge: Knowledge,
  wish: PersonalReminder,
): PlannedReminder | undefined {
  const item = knowledge.agenda.find((i) => i.key === wish.subjectKey);
  if (!item?.start) return undefined;
  const start = new Date(item.start).toISOString();
  return {
    key: `personal:${wish.id}`,
    subscriptionId: null,
    at: new Date(Date.parse(start) - wish.leadMinutes * 60_000).toISOString(),
    kind: 'personal',
    leadMinutes: wish.leadMinutes,
    subject: item.title,
    reply: {
      ...itemReminderReply(knowledge.index, item, wish.leadMinutes, wish.zone, {
        personal: true,
        ...(wish.locale ? { locale: wish.locale } : {}),
      }),
      ephemeral: true,
    },
    relevantUntil: start,
    told: {},
  };
}
