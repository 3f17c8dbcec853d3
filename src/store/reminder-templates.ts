import { createHash } from 'node:crypto';
import type { ChangeNotice, GroupTold } from '../core/reminders/change-notices.ts';
import { compareReminders, type TemplateReminder, templateKey } from '../core/reminders/reminder-planner.ts';
import { type Audience, type ReleasedTemplate, releaseTemplateSql } from './delivery-queries.ts';
import { type Dialect, lockForTransaction } from './dialect.ts';
import { Prisma } from './generated/client.ts';
import type { PrismaClient } from './prisma-client.ts';
import { chunks, insertTemplatesSql, insertToldSql, type ToldInsert } from './template-queries.ts';

// Reminders planned once per settings group. A template is a handful of rows however many
// channels share the settings; it becomes one delivery row per channel only when it falls due.

export type TemplateState = 'planned' | 'released' | 'withdrawn' | 'missed';

export interface GroupPlan {
  settingsKey: string;
  reminders: readonly TemplateReminder[];
}

/** A template as the scheduler needs it to compose a reply. */
export interface TemplateRecord {
  id: number;
  settingsKey: string;
  reminderKey: string;
  kind: string;
  subject: string;
  spec: string | null;
}

function fingerprint(r: TemplateReminder): string {
  const told = Object.entries(r.told).sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha1')
    .update(JSON.stringify([r.subject, r.relevantUntil ?? null, told]))
    .digest('base64url');
}

/** What a release needs of a template (see releaseTemplateSql). */
const RELEASE_FIELDS = {
  id: true,
  settingsKey: true,
  reminderKey: true,
  kind: true,
  dueAt: true,
  eventStartsAt: true,
} as const;

const MISSED = 'planned after its time (the item was added or moved late)';
/** Seconds, not the default 5: a release writes a row per channel of a large group. */
const LONG_TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

export class ReminderTemplates {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly dialect: Dialect = 'sqlite',
  ) {}

  /**
   * Makes the planned templates match the groups' plans: adds new ones, refreshes the words of
   * planned ones, withdraws planned ones no longer in any plan. A template first planned after
   * its time is `missed`: its channels are told by a change notice, not by a late reminder.
   */
  async sync(plans: readonly GroupPlan[], now: string, plannedTooLateBefore: string) {
    // Raw reads on the tick's path: Prisma would compile a plan for each the first time.
    const existing = (
      await this.prisma.$queryRaw<
        {
          id: number | bigint;
          settingsKey: string;
          reminderKey: string;
          state: string;
          fingerprint: string;
        }[]
      >(Prisma.sql`SELECT "id", "settingsKey", "reminderKey", "state", "fingerprint" FROM "ReminderTemplate"
        WHERE "kind" <> 'change'`)
    ).map((t) => ({ ...t, id: Number(t.id) }));
    const byKey = new Map(existing.map((t) => [`${t.settingsKey}#${t.reminderKey}`, t]));
    const wanted = new Set<string>();
    const fresh: { settingsKey: string; reminder: TemplateReminder; missed: boolean }[] = [];
    const refreshed: { id: number; reminder: TemplateReminder }[] = [];
    for (const plan of plans) {
      for (const reminder of plan.reminders) {
        const key = `${plan.settingsKey}#${templateKey(reminder)}`;
        wanted.add(key);
        const row = byKey.get(key);
        if (!row) {
          const missed =
            reminder.kind !== 'update' && reminder.kind !== 'change' && reminder.at < plannedTooLateBefore;
          fresh.push({ settingsKey: plan.settingsKey, reminder, missed });
        } else if (row.state === 'planned' && row.fingerprint !== fingerprint(reminder)) {
          refreshed.push({ id: row.id, reminder });
        }
      }
    }
    const withdrawn = existing.filter(
      (t) => t.state === 'planned' && !wanted.has(`${t.settingsKey}#${t.reminderKey}`),
    );
    const nowDate = new Date(now);
    const toldRows = (id: number, reminder: TemplateReminder): ToldInsert[] =>
      Object.entries(reminder.told).map(([itemKey, told]) => ({
        templateId: id,
        itemKey,
        sig: told.sig,
        title: told.title,
      }));
    await this.prisma.$transaction(async (tx) => {
      // Replicas re-planning at once (after an import, say) take turns; templates another wrote
      // meanwhile are left as they are (ON CONFLICT DO NOTHING), their told rows with them.
      await lockForTransaction(tx, this.dialect, 'upr-bot:plan');
      for (const batch of chunks(fresh)) {
        const rows = await tx.$queryRaw<(ReleasedTemplate & { id: number | bigint })[]>(
          insertTemplatesSql(
            batch.map(({ settingsKey, reminder, missed }) => ({
              settingsKey,
              reminderKey: templateKey(reminder),
              kind: reminder.kind,
              subject: reminder.subject,
              dueAt: new Date(reminder.at),
              eventStartsAt: reminder.relevantUntil ? new Date(reminder.relevantUntil) : null,
              state: missed ? 'missed' : 'planned',
              fingerprint: fingerprint(reminder),
              plannedAt: nowDate,
            })),
          ),
        );
        const byRow = new Map(batch.map((f) => [`${f.settingsKey}#${templateKey(f.reminder)}`, f]));
        const inserted = rows.map((row) => ({
          row: { ...row, id: Number(row.id) },
          fresh: byRow.get(`${row.settingsKey}#${row.reminderKey}`)!,
        }));
        for (const told of chunks(
          inserted.flatMap(({ row, fresh }) => toldRows(row.id, fresh.reminder)),
          1000,
        ))
          await tx.$executeRaw(insertToldSql(told));
        // The record per channel: what was planned too late is skipped, with why.
        for (const { row, fresh } of inserted) {
          if (!fresh.missed) continue;
          await tx.$executeRaw(
            releaseTemplateSql(this.dialect, row, { kind: 'subscribed' }, nowDate, {
              state: 'skipped',
              reason: MISSED,
            }),
          );
        }
      }
      for (const { id, reminder } of refreshed) {
        await tx.reminderTemplate.update({
          where: { id },
          data: {
            subject: reminder.subject,
            eventStartsAt: reminder.relevantUntil ? new Date(reminder.relevantUntil) : null,
            fingerprint: fingerprint(reminder),
          },
        });
        await tx.reminderTold.deleteMany({ where: { templateId: id } });
        const told = toldRows(id, reminder);
        if (told.length) await tx.$executeRaw(insertToldSql(told));
      }
      if (withdrawn.length) {
        await tx.reminderTemplate.updateMany({
          where: { id: { in: withdrawn.map((t) => t.id) }, state: 'planned' },
          data: { state: 'withdrawn' },
        });
      }
    }, LONG_TRANSACTION);
    return {
      added: fresh.filter((f) => !f.missed).length,
      missed: fresh.filter((f) => f.missed).length,
      refreshed: refreshed.length,
      withdrawn: withdrawn.length,
    };
  }

  /**
   * Writes the deliveries of every template now due: one INSERT … SELECT per template, in
   * order of time (at the same instant a digest before what it lists).
   */
  async releaseDue(now: string): Promise<{ templates: number; deliveries: number }> {
    const nowDate = new Date(now);
    const due = (
      await this.prisma.$queryRaw<(ReleasedTemplate & { id: number | bigint })[]>(
        Prisma.sql`SELECT "id", "settingsKey", "reminderKey", "kind", "dueAt", "eventStartsAt" FROM "ReminderTemplate"
          WHERE "state" = 'planned' AND "dueAt" <= ${nowDate}`,
      )
    ).map((t) => ({ ...t, id: Number(t.id), dueAt: new Date(t.dueAt) }));
    due.sort((a, b) =>
      compareReminders(
        { at: a.dueAt.toISOString(), kind: a.kind as TemplateReminder['kind'], key: a.reminderKey },
        { at: b.dueAt.toISOString(), kind: b.kind as TemplateReminder['kind'], key: b.reminderKey },
      ),
    );
    let deliveries = 0;
    for (const template of due) {
      const [written] = await this.prisma.$transaction([
        this.prisma.$executeRaw(releaseTemplateSql(this.dialect, template, { kind: 'subscribed' }, nowDate)),
        this.prisma.reminderTemplate.updateMany({
          where: { id: template.id, state: 'planned' },
          data: { state: 'released', releasedAt: nowDate },
        }),
      ]);
      deliveries += written;
    }
    return { templates: due.length, deliveries };
  }

  /**
   * A change notice for the channels of a group that need it (see ChangeAudience), written and
   * released at once. Nothing is kept when no channel needs it.
   */
  async releaseChangeNotice(settingsKey: string, notice: ChangeNotice, now: string): Promise<number> {
    const nowDate = new Date(now);
    const audience: Audience =
      notice.audience.kind === 'told'
        ? { kind: 'told', itemKey: notice.spec.itemKey, sigs: notice.audience.sigs }
        : { kind: 'digest', itemKey: notice.spec.itemKey, digestKeys: notice.audience.reminderKeys };
    const nobody = new Error('no channel needs this notice');
    try {
      return await this.prisma.$transaction(async (tx) => {
        const template: ReleasedTemplate = await tx.reminderTemplate.create({
          data: {
            settingsKey,
            reminderKey: notice.key,
            kind: 'change',
            subject: notice.subject,
            dueAt: nowDate,
            eventStartsAt: notice.relevantUntil ? new Date(notice.relevantUntil) : null,
            state: 'released',
            fingerprint: fingerprint(notice),
            spec: JSON.stringify(notice.spec),
            plannedAt: nowDate,
            releasedAt: nowDate,
            told: {
              create: Object.entries(notice.told).map(([itemKey, told]) => ({
                itemKey,
                sig: told.sig,
                title: told.title,
              })),
            },
          },
          select: RELEASE_FIELDS,
        });
        const written = await tx.$executeRaw(releaseTemplateSql(this.dialect, template, audience, nowDate));
        if (!written) throw nobody;
        return written;
      }, LONG_TRANSACTION);
    } catch (error) {
      if (error === nobody) return 0;
      // Another replica released the same notice first (its key is unique): nothing to add.
      if ((error as { code?: string }).code === 'P2002') return 0;
      throw error;
    }
  }

  /** What each group's released reminders told, for change notices. */
  async toldByGroup(): Promise<Map<string, GroupTold>> {
    const told = await this.prisma.$queryRaw<
      {
        settingsKey: string;
        kind: string;
        reminderKey: string;
        itemKey: string;
        sig: string;
        title: string;
      }[]
    >(Prisma.sql`SELECT t."settingsKey", t."kind", t."reminderKey", r."itemKey", r."sig", r."title"
      FROM "ReminderTemplate" t JOIN "ReminderTold" r ON r."templateId" = t."id"
      WHERE t."state" = 'released'`);
    const byTemplate = new Map<
      string,
      { settingsKey: string; kind: string; reminderKey: string; told: typeof told }
    >();
    for (const row of told) {
      const key = `${row.settingsKey}#${row.reminderKey}`;
      const template = byTemplate.get(key) ?? { ...row, told: [] };
      template.told.push(row);
      byTemplate.set(key, template);
    }
    const rows = [...byTemplate.values()];
    const groups = new Map<string, GroupTold>();
    for (const row of rows) {
      let group = groups.get(row.settingsKey);
      if (!group) {
        group = { items: new Map(), digests: new Map() };
        groups.set(row.settingsKey, group);
      }
      for (const told of row.told) {
        const item = group.items.get(told.itemKey) ?? { sigs: new Set<string>(), title: told.title };
        item.sigs.add(told.sig);
        group.items.set(told.itemKey, item);
      }
      if (row.kind === 'digest') {
        const day = row.reminderKey.slice('digest:'.length, 'digest:'.length + 10);
        const digest = group.digests.get(day) ?? { reminderKeys: [], items: new Set<string>() };
        digest.reminderKeys.push(row.reminderKey);
        for (const told of row.told) digest.items.add(told.itemKey);
        group.digests.set(day, digest);
      }
    }
    return groups;
  }

  async byIds(ids: readonly number[]): Promise<TemplateRecord[]> {
    return this.prisma.reminderTemplate.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, settingsKey: true, reminderKey: true, kind: true, subject: true, spec: true },
    });
  }

  /** Templates still to come for a group from an instant on (for tests and `subscriptions`). */
  async upcoming(settingsKey: string, from: string): Promise<number> {
    return this.prisma.reminderTemplate.count({
      where: { settingsKey, state: 'planned', dueAt: { gte: new Date(from) } },
    });
  }

  async list(filter: { state?: TemplateState; settingsKey?: string } = {}) {
    return this.prisma.reminderTemplate.findMany({
      where: filter,
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    });
  }
}
