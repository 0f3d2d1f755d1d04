-- Notifications (issue #16): channels per department, the outbox / delivery log, the schedule.

-- CreateTable
CREATE TABLE "NotifyChannel" (
    "id" SERIAL NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "targetHint" TEXT NOT NULL,
    "secret" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "digestOnly" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotifyChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotifyDelivery" (
    "id" SERIAL NOT NULL,
    "channelId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMP(3),
    "leasedBy" TEXT,
    "lastResponse" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotifyDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotifySchedule" (
    "departmentId" INTEGER NOT NULL,
    "digestCron" TEXT NOT NULL DEFAULT '0 9 * * 1',
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "dailyTime" TEXT DEFAULT '09:00',
    "dueWithinDays" INTEGER NOT NULL DEFAULT 3,

    CONSTRAINT "NotifySchedule_pkey" PRIMARY KEY ("departmentId")
);

-- CreateIndex
CREATE INDEX "NotifyChannel_departmentId_idx" ON "NotifyChannel"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "NotifyDelivery_dedupeKey_key" ON "NotifyDelivery"("dedupeKey");

-- CreateIndex
CREATE INDEX "NotifyDelivery_status_nextAttemptAt_idx" ON "NotifyDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "NotifyDelivery_departmentId_createdAt_idx" ON "NotifyDelivery"("departmentId", "createdAt");

-- AddForeignKey
ALTER TABLE "NotifyChannel" ADD CONSTRAINT "NotifyChannel_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotifyDelivery" ADD CONSTRAINT "NotifyDelivery_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "NotifyChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotifySchedule" ADD CONSTRAINT "NotifySchedule_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;
