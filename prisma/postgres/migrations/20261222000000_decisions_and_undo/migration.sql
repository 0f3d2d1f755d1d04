-- Decisions that last (a report keeps the review decisions it was committed
-- with) and undo points for imports and merges.

-- AlterTable
ALTER TABLE "Report" ADD COLUMN "decisions" TEXT NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "UndoPoint" (
    "id" SERIAL NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reportId" INTEGER,
    "initiativeId" INTEGER,
    "label" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "afterStamp" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UndoPoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UndoPoint_departmentId_createdAt_idx" ON "UndoPoint"("departmentId", "createdAt");

-- CreateIndex
CREATE INDEX "UndoPoint_reportId_idx" ON "UndoPoint"("reportId");

-- CreateIndex
CREATE INDEX "UndoPoint_initiativeId_idx" ON "UndoPoint"("initiativeId");

-- AddForeignKey
ALTER TABLE "UndoPoint" ADD CONSTRAINT "UndoPoint_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;
