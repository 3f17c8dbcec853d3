import { randomUUID } from 'node:crypto';
import { isLocale } from '../core/i18n/locales.ts';
import type { Platform } from '../core/inbound.ts';
import type { PersonalReminderPort } from '../core/ports.ts';
import type { PersonalReminder } from '../core/reminders/personal-reminders.ts';
import type { PrismaClient } from './prisma-client.ts';

// "remind me …" wishes. The zone is not stored: a DM renders times in the reader's own zone.

export class PersonalReminderRepository implements PersonalReminderPort {
  constructor(private readonly prisma: PrismaClient) {}

  async add(wish: Omit<PersonalReminder, 'id'>, at: string): Promise<boolean> {
    const where = {
      platform_userRef_subjectKey_leadMinutes: {
        platform: wish.platform,
        userRef: wish.userRef,
        subjectKey: wish.subjectKey,
        leadMinutes: wish.leadMinutes,
      },
    };
    if (await this.prisma.personalReminder.findUnique({ where })) return false;
    await this.prisma.personalReminder.create({
      data: {
        id: randomUUID(),
        platform: wish.platform,
        userRef: wish.userRef,
        subjectKey: wish.subjectKey,
        subject: wish.subject,
        leadMinutes: wish.leadMinutes,
        workspaceId: wish.workspace ?? null,
        organisationId: wish.organisation ?? null,
        lang: wish.locale ?? null,
        // The item's start may move; the ledger plans from the item, this is what the user was told.
        dueAt: new Date(at),
        createdAt: new Date(at),
      },
    });
    return true;
  }

  /** Reminders to plan for: all but those paused while their workspace has no installation. */
  async all(zone: string): Promise<(PersonalReminder & { createdAt: string })[]> {
    return this.toWishes(
      await this.prisma.personalReminder.findMany({
        where: { pausedWhy: null },
        orderBy: { createdAt: 'asc' },
      }),
      zone,
    );
  }

  async byIds(ids: readonly string[], zone: string): Promise<(PersonalReminder & { createdAt: string })[]> {
    return this.toWishes(
      await this.prisma.personalReminder.findMany({ where: { id: { in: [...ids] } } }),
      zone,
    );
  }

  private toWishes(
    rows: Awaited<ReturnType<PrismaClient['personalReminder']['findMany']>>,
    zone: string,
  ): (PersonalReminder & { createdAt: string })[] {
    return rows.map((r) => ({
      id: r.id,
      platform: r.platform as Platform,
      userRef: r.userRef,
      subjectKey: r.subjectKey,
      subject: r.subject,
      leadMinutes: r.leadMinutes,
      zone,
      ...(r.workspaceId ? { workspace: r.workspaceId } : {}),
      ...(r.organisationId ? { organisation: r.organisationId } : {}),
      ...(r.lang && isLocale(r.lang) ? { locale: r.lang } : {}),
      createdAt: r.createdAt.toISOString(),
    }));
  }
}
