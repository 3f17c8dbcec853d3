-- Reminders at scale (issue 11): plan once per settings group, write a delivery row only when it
-- falls due, compose the reply when it is posted.
--
-- Rows already sent, failed, skipped or cancelled stay as the record (without their reply copy).
-- Rows still pending are dropped: the templates plan them again under the same keys, so nothing
-- already sent is sent twice. Change notices compare with what templates told, so items told
-- before this migration are not followed by change notices.

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN "settingsKey" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ReminderTemplate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "settingsKey" TEXT NOT NULL,
    "reminderKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "eventStartsAt" DATETIME,
    "state" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "spec" TEXT,
    "plannedAt" DATETIME NOT NULL,
    "releasedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ReminderTold" (
    "templateId" INTEGER NOT NULL,
    "itemKey" TEXT NOT NULL,
    "sig" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    PRIMARY KEY ("templateId", "itemKey"),
    CONSTRAINT "ReminderTold_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ReminderTemplate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Delivery" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "subscriptionId" TEXT,
    "templateId" INTEGER,
    "personalReminderId" TEXT,
    "platform" TEXT NOT NULL,
    "channelRef" TEXT NOT NULL,
    "workspaceId" TEXT,
    "kind" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "eventStartsAt" DATETIME,
    "state" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimedAt" DATETIME,
    "claimedBy" TEXT,
    "unsureSince" DATETIME,
    "sentAt" DATETIME,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "postedRef" TEXT,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Delivery_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ReminderTemplate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Delivery" ("key", "subscriptionId", "platform", "channelRef", "kind", "dueAt", "eventStartsAt", "state", "attempts", "nextAttemptAt", "sentAt", "late", "lastError", "createdAt")
SELECT "key", "subscriptionId", "platform", "channelRef", "kind", "dueAt", "eventStartsAt", "state", "attempts", "nextAttemptAt", "sentAt", "late", "lastError", "createdAt"
FROM "Delivery" WHERE "state" NOT IN ('pending', 'claimed');
DROP TABLE "Delivery";
ALTER TABLE "new_Delivery" RENAME TO "Delivery";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Subscription_settingsKey_active_pausedWhy_createdAt_idx" ON "Subscription"("settingsKey", "active", "pausedWhy", "createdAt");

-- CreateIndex
CREATE INDEX "Subscription_updatedAt_idx" ON "Subscription"("updatedAt");

-- CreateIndex
CREATE INDEX "ReminderTemplate_state_dueAt_idx" ON "ReminderTemplate"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderTemplate_settingsKey_reminderKey_key" ON "ReminderTemplate"("settingsKey", "reminderKey");

-- CreateIndex
CREATE INDEX "Delivery_state_platform_nextAttemptAt_idx" ON "Delivery"("state", "platform", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Delivery_subscriptionId_state_idx" ON "Delivery"("subscriptionId", "state");
