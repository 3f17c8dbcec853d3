import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationRecords, WorkspaceRef } from '../../src/core/chat-adapter.ts';

// Bolt's installation store over ours: Bolt hands over its installation records (tokens,
// refresh tokens, expiry) as they are made or refreshed; the store keeps them sealed.

/** The workspace an installation (or a query for one) is about, in the core's terms. */
export function workspaceOfQuery(query: {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}): WorkspaceRef {
  const wholeOrganisation = Boolean(query.isEnterpriseInstall && query.enterpriseId);
  return {
    platform: 'slack',
    ...(query.teamId && !wholeOrganisation ? { workspace: query.teamId } : {}),
    ...(query.enterpriseId ? { organisation: query.enterpriseId } : {}),
    wholeOrganisation,
  };
}

export function workspaceOfInstallation(installation: Installation): WorkspaceRef {
  return workspaceOfQuery({
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall,
  });
}

/** "workspace T123", "organisation E456": ids only, never anything secret. */
export function describeWorkspace(ref: WorkspaceRef): string {
  return ref.wholeOrganisation ? `organisation ${ref.organisation}` : `workspace ${ref.workspace}`;
}

export function slackInstallationStore(records: InstallationRecords, now: () => string): InstallationStore {
  return {
    async storeInstallation(installation) {
      await records.save({
        ...workspaceOfInstallation(installation as Installation),
        secrets: JSON.stringify(installation),
        installedAt: now(),
      });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const ref = workspaceOfQuery(query);
      const record = await records.find(ref);
      if (!record) throw new Error(`upr-bot is not installed in ${describeWorkspace(ref)}`);
      return JSON.parse(record.secrets) as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await records.remove(workspaceOfQuery(query));
    },
  };
}
