-- Subscriptions: a user follows initiatives, chooses what reaches them by e-mail,
-- and the outbox can address a user instead of a channel.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "notifyPreference" TEXT NOT NULL DEFAULT 'none';

-- CreateTable
CREATE TABLE "Follow" (
    "userId" TEXT NOT NULL,
    "initiativeId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("userId","initiativeId")
);

-- CreateIndex
CREATE INDEX "Follow_initiativeId_idx" ON "Follow"("initiativeId");

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "NotifyDelivery" ALTER COLUMN "channelId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "NotifyDelivery" ADD COLUMN "userId" TEXT;

-- CreateIndex
CREATE INDEX "NotifyDelivery_userId_idx" ON "NotifyDelivery"("userId");

-- AddForeignKey
ALTER TABLE "NotifyDelivery" ADD CONSTRAINT "NotifyDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
