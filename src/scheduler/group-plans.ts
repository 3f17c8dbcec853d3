import type { Knowledge } from '../core/knowledge.ts';
import {
  planSettings,
  type ReplyMemo,
  replyMemo,
  type TemplateReminder,
  templateKey,
} from '../core/reminders/reminder-planner.ts';
import type { UpdateToSend } from '../core/reminders/reminder-text.ts';
import { settingsFromKey } from '../core/reminders/settings-key.ts';

// One plan per settings group, kept while the data and the posted updates stay the same: the
// tick plans a few dozen groups, not every channel, and posting composes each reply from the
// plan (shared by every group with the same zone) instead of reading a copy from the database.

export interface GroupPlanEntry {
  reminders: TemplateReminder[];
  byKey: Map<string, TemplateReminder>;
}

export interface GroupPlans {
  /** Sets what plans are made from; plans made from other inputs are dropped. */
  use(knowledge: Knowledge, updates: readonly UpdateToSend[]): void;
  /** The plan of a settings group (made once per inputs). */
  plan(settingsKey: string): GroupPlanEntry;
  knowledge(): Knowledge;
}

function updatesSignature(updates: readonly UpdateToSend[]): string {
  return updates.map((u) => `${u.id}@${u.published}`).join(',');
}

export function createGroupPlans(initial: Knowledge): GroupPlans {
  let knowledge = initial;
  let updates: readonly UpdateToSend[] = [];
  let signature = '';
  let memo: ReplyMemo = replyMemo();
  const plans = new Map<string, GroupPlanEntry>();
  return {
    use(nextKnowledge, nextUpdates) {
      const nextSignature = updatesSignature(nextUpdates);
      if (nextKnowledge === knowledge && nextSignature === signature) return;
      knowledge = nextKnowledge;
      updates = nextUpdates;
      signature = nextSignature;
      memo = replyMemo();
      plans.clear();
    },
    plan(settingsKey) {
      let entry = plans.get(settingsKey);
      if (!entry) {
        const reminders = planSettings(knowledge, settingsFromKey(settingsKey), updates, memo);
        entry = { reminders, byKey: new Map(reminders.map((r) => [templateKey(r), r])) };
        plans.set(settingsKey, entry);
      }
      return entry;
    },
    knowledge: () => knowledge,
  };
}
