-- CreateTable
CREATE TABLE "Report" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "department" TEXT NOT NULL DEFAULT '',
    "week" TEXT NOT NULL,
    "reportDate" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "Group" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "department" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "groupId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "progress" REAL,
    "startDate" TEXT,
    "lastSeenWeek" TEXT,
    "progressHistory" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Initiative_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InitiativeAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "initiativeId" INTEGER NOT NULL,
    "department" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    CONSTRAINT "InitiativeAlias_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "initiativeId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "rangeStart" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "baselineDate" TEXT NOT NULL,
    "baselineStart" TEXT NOT NULL,
    "timesMoved" INTEGER NOT NULL DEFAULT 0,
    "lastMoveWeek" TEXT,
    "lastMoveDays" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Milestone_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MilestoneObservation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "milestoneId" INTEGER NOT NULL,
    "reportId" INTEGER,
    "actor" TEXT NOT NULL DEFAULT 'report',
    "basisDate" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "rangeStart" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "statedBaseline" TEXT,
    "reason" TEXT,
    "line" INTEGER,
    "text" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MilestoneObservation_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MilestoneObservation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InitiativeObservation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "initiativeId" INTEGER NOT NULL,
    "reportId" INTEGER,
    "actor" TEXT NOT NULL DEFAULT 'report',
    "basisDate" TEXT NOT NULL,
    "name" TEXT,
    "groupName" TEXT,
    "progress" REAL,
    "status" TEXT,
    "startDate" TEXT,
    "reason" TEXT,
    "line" INTEGER,
    "text" TEXT,
    "progressLine" INTEGER,
    "progressText" TEXT,
    "lines" TEXT NOT NULL DEFAULT '[]',
    "completions" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InitiativeObservation_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InitiativeObservation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "reason" TEXT,
    "actor" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Report_reportDate_idx" ON "Report"("reportDate");

-- CreateIndex
CREATE UNIQUE INDEX "Report_department_week_key" ON "Report"("department", "week");

-- CreateIndex
CREATE UNIQUE INDEX "Group_name_key" ON "Group"("name");

-- CreateIndex
CREATE INDEX "Initiative_groupId_idx" ON "Initiative"("groupId");

-- CreateIndex
CREATE INDEX "Initiative_department_idx" ON "Initiative"("department");

-- CreateIndex
CREATE INDEX "InitiativeAlias_initiativeId_idx" ON "InitiativeAlias"("initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeAlias_department_key_key" ON "InitiativeAlias"("department", "key");

-- CreateIndex
CREATE INDEX "Milestone_initiativeId_idx" ON "Milestone"("initiativeId");

-- CreateIndex
CREATE INDEX "MilestoneObservation_milestoneId_idx" ON "MilestoneObservation"("milestoneId");

-- CreateIndex
CREATE INDEX "MilestoneObservation_reportId_idx" ON "MilestoneObservation"("reportId");

-- CreateIndex
CREATE INDEX "InitiativeObservation_initiativeId_idx" ON "InitiativeObservation"("initiativeId");

-- CreateIndex
CREATE INDEX "InitiativeObservation_reportId_idx" ON "InitiativeObservation"("reportId");

-- CreateIndex
CREATE INDEX "EditLog_entity_entityId_idx" ON "EditLog"("entity", "entityId");
