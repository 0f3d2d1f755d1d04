-- Layout profiles (issue #13): the rules a department's PM taught the extractor.

-- CreateTable
CREATE TABLE "LayoutProfileRule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "departmentId" INTEGER NOT NULL,
    "ruleId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "match" TEXT NOT NULL,
    "value" TEXT NOT NULL DEFAULT '',
    "sourceReportId" INTEGER,
    "sourceWeek" TEXT,
    "actor" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LayoutProfileRule_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "LayoutProfileRule_departmentId_ruleId_key" ON "LayoutProfileRule"("departmentId", "ruleId");
