-- The whole data model on PostgreSQL, as prisma/schema.prisma stands after the SQLite
-- migrations up to 20261213090000_reminder_templates (Prisma's own PostgreSQL DDL style).

-- CreateTable
CREATE TABLE "DataItem" (
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "stateCode" TEXT,
    "startsAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataItem_pkey" PRIMARY KEY ("kind","id")
);

-- CreateTable
CREATE TABLE "DataImport" (
    "id" SERIAL NOT NULL,
    "origin" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "revision" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "added" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,

    CONSTRAINT "DataImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "channelRef" TEXT NOT NULL,
    "workspaceId" TEXT,
    "organisationId" TEXT,
    "states" TEXT NOT NULL,
    "kinds" TEXT NOT NULL,
    "leadMinutes" TEXT NOT NULL,
    "zone" TEXT NOT NULL,
    "settingsKey" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "stoppedWhy" TEXT,
    "pausedWhy" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderTemplate" (
    "id" SERIAL NOT NULL,
    "settingsKey" TEXT NOT NULL,
    "reminderKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "eventStartsAt" TIMESTAMP(3),
    "state" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "spec" TEXT,
    "plannedAt" TIMESTAMP(3) NOT NULL,
    "releasedAt" TIMESTAMP(3),

    CONSTRAINT "ReminderTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderTold" (
    "templateId" INTEGER NOT NULL,
    "itemKey" TEXT NOT NULL,
    "sig" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "ReminderTold_pkey" PRIMARY KEY ("templateId","itemKey")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "key" TEXT NOT NULL,
    "subscriptionId" TEXT,
    "templateId" INTEGER,
    "personalReminderId" TEXT,
    "platform" TEXT NOT NULL,
    "channelRef" TEXT NOT NULL,
    "workspaceId" TEXT,
    "kind" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "eventStartsAt" TIMESTAMP(3),
    "state" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "claimedAt" TIMESTAMP(3),
    "claimedBy" TEXT,
    "unsureSince" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "late" BOOLEAN NOT NULL DEFAULT false,
    "postedRef" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ReviewUpdate" (
    "id" TEXT NOT NULL,
    "stateCode" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "postedBy" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalReminder" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "userRef" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "leadMinutes" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "workspaceId" TEXT,
    "organisationId" TEXT,
    "pausedWhy" TEXT,

    CONSTRAINT "PersonalReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandledEvent" (
    "key" TEXT NOT NULL,
    "handledAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandledEvent_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ChatInstallation" (
    "key" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT,
    "organisationId" TEXT,
    "wholeOrganisation" BOOLEAN NOT NULL,
    "sealed" TEXT NOT NULL,
    "installedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatInstallation_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ScheduledEventRecord" (
    "guildId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "syncedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScheduledEventRecord_pkey" PRIMARY KEY ("guildId","itemKey")
);

-- CreateIndex
CREATE INDEX "DataItem_stateCode_idx" ON "DataItem"("stateCode");

-- CreateIndex
CREATE INDEX "Subscription_settingsKey_active_pausedWhy_createdAt_idx" ON "Subscription"("settingsKey", "active", "pausedWhy", "createdAt");

-- CreateIndex
CREATE INDEX "Subscription_updatedAt_idx" ON "Subscription"("updatedAt");

-- CreateIndex
CREATE INDEX "Subscription_platform_workspaceId_idx" ON "Subscription"("platform", "workspaceId");

-- CreateIndex
CREATE INDEX "Subscription_platform_organisationId_idx" ON "Subscription"("platform", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_platform_channelRef_key" ON "Subscription"("platform", "channelRef");

-- CreateIndex
CREATE INDEX "ReminderTemplate_state_dueAt_idx" ON "ReminderTemplate"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderTemplate_settingsKey_reminderKey_key" ON "ReminderTemplate"("settingsKey", "reminderKey");

-- CreateIndex
CREATE INDEX "Delivery_state_platform_nextAttemptAt_idx" ON "Delivery"("state", "platform", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Delivery_subscriptionId_state_idx" ON "Delivery"("subscriptionId", "state");

-- CreateIndex
CREATE INDEX "PersonalReminder_platform_workspaceId_idx" ON "PersonalReminder"("platform", "workspaceId");

-- CreateIndex
CREATE INDEX "PersonalReminder_platform_organisationId_idx" ON "PersonalReminder"("platform", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalReminder_platform_userRef_subjectKey_leadMinutes_key" ON "PersonalReminder"("platform", "userRef", "subjectKey", "leadMinutes");

-- CreateIndex
CREATE INDEX "ChatInstallation_platform_organisationId_idx" ON "ChatInstallation"("platform", "organisationId");

-- AddForeignKey
ALTER TABLE "ReminderTold" ADD CONSTRAINT "ReminderTold_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ReminderTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ReminderTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
