-- Initiative owners (issue #14 item 3): the owner a report names or a PM sets,
-- kept per observation, and the current one on the initiative.

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN "owner" TEXT;

-- AlterTable
ALTER TABLE "InitiativeObservation" ADD COLUMN "owner" TEXT;
