-- Slack installed in many workspaces (OAuth), reminders paused while a workspace has no
-- installation, and the Discord scheduled events the bot made. Plain columns only, so the same
-- statements work on PostgreSQL.

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN "organisationId" TEXT;
ALTER TABLE "Subscription" ADD COLUMN "pausedWhy" TEXT;

-- AlterTable
ALTER TABLE "PersonalReminder" ADD COLUMN "workspaceId" TEXT;
ALTER TABLE "PersonalReminder" ADD COLUMN "organisationId" TEXT;
ALTER TABLE "PersonalReminder" ADD COLUMN "pausedWhy" TEXT;

-- CreateTable
CREATE TABLE "ChatInstallation" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT,
    "organisationId" TEXT,
    "wholeOrganisation" BOOLEAN NOT NULL,
    "sealed" TEXT NOT NULL,
    "installedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ScheduledEventRecord" (
    "guildId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "syncedAt" DATETIME NOT NULL,

    PRIMARY KEY ("guildId", "itemKey")
);

-- CreateIndex
CREATE INDEX "Subscription_platform_workspaceId_idx" ON "Subscription"("platform", "workspaceId");

-- CreateIndex
CREATE INDEX "Subscription_platform_organisationId_idx" ON "Subscription"("platform", "organisationId");

-- CreateIndex
CREATE INDEX "PersonalReminder_platform_workspaceId_idx" ON "PersonalReminder"("platform", "workspaceId");

-- CreateIndex
CREATE INDEX "PersonalReminder_platform_organisationId_idx" ON "PersonalReminder"("platform", "organisationId");

-- CreateIndex
CREATE INDEX "ChatInstallation_platform_organisationId_idx" ON "ChatInstallation"("platform", "organisationId");
