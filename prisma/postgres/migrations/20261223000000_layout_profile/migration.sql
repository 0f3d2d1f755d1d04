-- Layout profiles (issue #13): the rules a department's PM taught the extractor.

-- CreateTable
CREATE TABLE "LayoutProfileRule" (
    "id" SERIAL NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "ruleId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "match" TEXT NOT NULL,
    "value" TEXT NOT NULL DEFAULT '',
    "sourceReportId" INTEGER,
    "sourceWeek" TEXT,
    "actor" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LayoutProfileRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LayoutProfileRule_departmentId_ruleId_key" ON "LayoutProfileRule"("departmentId", "ruleId");

-- AddForeignKey
ALTER TABLE "LayoutProfileRule" ADD CONSTRAINT "LayoutProfileRule_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;
