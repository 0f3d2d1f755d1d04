-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "department" TEXT NOT NULL DEFAULT '',
    "week" TEXT NOT NULL,
    "reportDate" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" SERIAL NOT NULL,
    "department" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "groupId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "progress" DOUBLE PRECISION,
    "startDate" TEXT,
    "lastSeenWeek" TEXT,
    "progressHistory" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeAlias" (
    "id" SERIAL NOT NULL,
    "initiativeId" INTEGER NOT NULL,
    "department" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "InitiativeAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneObservation" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MilestoneObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeObservation" (
    "id" SERIAL NOT NULL,
    "initiativeId" INTEGER NOT NULL,
    "reportId" INTEGER,
    "actor" TEXT NOT NULL DEFAULT 'report',
    "basisDate" TEXT NOT NULL,
    "name" TEXT,
    "groupName" TEXT,
    "progress" DOUBLE PRECISION,
    "status" TEXT,
    "startDate" TEXT,
    "reason" TEXT,
    "line" INTEGER,
    "text" TEXT,
    "progressLine" INTEGER,
    "progressText" TEXT,
    "lines" TEXT NOT NULL DEFAULT '[]',
    "completions" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditLog" (
    "id" SERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "reason" TEXT,
    "actor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EditLog_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeAlias" ADD CONSTRAINT "InitiativeAlias_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneObservation" ADD CONSTRAINT "MilestoneObservation_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneObservation" ADD CONSTRAINT "MilestoneObservation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeObservation" ADD CONSTRAINT "InitiativeObservation_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeObservation" ADD CONSTRAINT "InitiativeObservation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
