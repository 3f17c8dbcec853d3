-- CreateTable
CREATE TABLE "DataItem" (
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "stateCode" TEXT,
    "startsAt" DATETIME,
    "position" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("kind", "id")
);

-- CreateTable
CREATE TABLE "DataImport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "origin" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "revision" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "added" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "channelRef" TEXT NOT NULL,
    "workspaceId" TEXT,
    "states" TEXT NOT NULL,
    "kinds" TEXT NOT NULL,
    "leadMinutes" TEXT NOT NULL,
    "zone" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "stoppedWhy" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Delivery" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "subscriptionId" TEXT,
    "platform" TEXT NOT NULL,
    "channelRef" TEXT NOT NULL,
    "reminderKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "eventStartsAt" DATETIME,
    "payload" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimedAt" DATETIME,
    "claimToken" TEXT,
    "sentAt" DATETIME,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stateCode" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "postedBy" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PersonalReminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "userRef" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "leadMinutes" INTEGER NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "HandledEvent" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "handledAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "DataItem_stateCode_idx" ON "DataItem"("stateCode");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_platform_channelRef_key" ON "Subscription"("platform", "channelRef");

-- CreateIndex
CREATE INDEX "Delivery_state_nextAttemptAt_idx" ON "Delivery"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Delivery_reminderKey_idx" ON "Delivery"("reminderKey");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalReminder_platform_userRef_subjectKey_leadMinutes_key" ON "PersonalReminder"("platform", "userRef", "subjectKey", "leadMinutes");
