-- Subscriptions: a user follows initiatives, chooses what reaches them by e-mail,
-- and the outbox can address a user instead of a channel.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "notifyPreference" TEXT NOT NULL DEFAULT 'none';

-- CreateTable
CREATE TABLE "Follow" (
    "userId" TEXT NOT NULL,
    "initiativeId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "initiativeId"),
    CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Follow_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Follow_initiativeId_idx" ON "Follow"("initiativeId");

-- RedefineTables: SQLite cannot drop NOT NULL, so NotifyDelivery is copied (nothing references it)
CREATE TABLE "new_NotifyDelivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channelId" INTEGER,
    "userId" TEXT,
    "departmentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "leasedBy" TEXT,
    "lastResponse" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NotifyDelivery_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "NotifyChannel" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NotifyDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_NotifyDelivery" ("id", "channelId", "departmentId", "kind", "dedupeKey", "payload", "status", "attempts", "nextAttemptAt", "leaseUntil", "leasedBy", "lastResponse", "sentAt", "createdAt")
SELECT "id", "channelId", "departmentId", "kind", "dedupeKey", "payload", "status", "attempts", "nextAttemptAt", "leaseUntil", "leasedBy", "lastResponse", "sentAt", "createdAt" FROM "NotifyDelivery";
DROP TABLE "NotifyDelivery";
ALTER TABLE "new_NotifyDelivery" RENAME TO "NotifyDelivery";
CREATE UNIQUE INDEX "NotifyDelivery_dedupeKey_key" ON "NotifyDelivery"("dedupeKey");
CREATE INDEX "NotifyDelivery_status_nextAttemptAt_idx" ON "NotifyDelivery"("status", "nextAttemptAt");
CREATE INDEX "NotifyDelivery_departmentId_createdAt_idx" ON "NotifyDelivery"("departmentId", "createdAt");
CREATE INDEX "NotifyDelivery_userId_idx" ON "NotifyDelivery"("userId");
