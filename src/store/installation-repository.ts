import type { InstallationRecord, InstallationRecords, WorkspaceRef } from '../core/chat-adapter.ts';
import type { Platform } from '../core/inbound.ts';
import type { PrismaClient } from './prisma-client.ts';
import type { SecretBox } from './secret-box.ts';

// Apps installed by OAuth. The platform's record (tokens, refresh tokens) is sealed before it
// reaches the database and bound to its row, so the file never holds a token in clear.

/** One row per workspace, or one for a whole organisation. */
export function installationKey(ref: WorkspaceRef): string {
  return ref.wholeOrganisation
    ? `${ref.platform}:org:${ref.organisation ?? ''}`
    : `${ref.platform}:team:${ref.workspace ?? ''}`;
}

export class InstallationRepository implements InstallationRecords {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly box: SecretBox,
  ) {}

  async save(record: InstallationRecord): Promise<void> {
    const key = installationKey(record);
    const at = new Date(record.installedAt);
    const columns = {
      platform: record.platform,
      workspaceId: record.workspace ?? null,
      organisationId: record.organisation ?? null,
      wholeOrganisation: record.wholeOrganisation,
      sealed: this.box.seal(record.secrets, key),
      updatedAt: at,
    };
    await this.prisma.chatInstallation.upsert({
      where: { key },
      create: { key, installedAt: at, ...columns },
      update: columns,
    });
  }

  async find(ref: WorkspaceRef): Promise<InstallationRecord | undefined> {
    const own = await this.byKey(installationKey(ref));
    if (own || ref.wholeOrganisation || !ref.organisation) return own;
    // A workspace of an organisation that installed the app for all its workspaces.
    return this.byKey(installationKey({ ...ref, wholeOrganisation: true }));
  }

  async remove(ref: WorkspaceRef): Promise<boolean> {
    const { count } = await this.prisma.chatInstallation.deleteMany({ where: { key: installationKey(ref) } });
    return count > 0;
  }

  private async byKey(key: string): Promise<InstallationRecord | undefined> {
    const row = await this.prisma.chatInstallation.findUnique({ where: { key } });
    if (!row) return undefined;
    return {
      platform: row.platform as Platform,
      ...(row.workspaceId ? { workspace: row.workspaceId } : {}),
      ...(row.organisationId ? { organisation: row.organisationId } : {}),
      wholeOrganisation: row.wholeOrganisation,
      secrets: this.box.open(row.sealed, key),
      installedAt: row.installedAt.toISOString(),
    };
  }
}
