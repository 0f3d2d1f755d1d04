-- Departments become workspaces (issue #12). Every report, group, initiative and
-- alias moves into the department named by its old `department` text ('' becomes
-- 默认部门). Groups were shared by every department: a group used by several
-- departments keeps its id in the first (lowest id) and is copied into the others.
-- Tables are rebuilt the way SQLite documents (https://www.sqlite.org/lang_altertable.html#otheralter);
-- the migration runner turns foreign keys off around it and checks them before commit.

-- CreateTable
CREATE TABLE "Department" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateTable
CREATE TABLE "Membership" (
    "userId" TEXT NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "departmentId"),
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Membership_departmentId_idx" ON "Membership"("departmentId");

-- Data: one department per name in use
INSERT INTO "Department" ("name")
SELECT DISTINCT "name" FROM (
    SELECT CASE WHEN "department" = '' THEN '默认部门' ELSE "department" END AS "name" FROM "Report"
    UNION
    SELECT CASE WHEN "department" = '' THEN '默认部门' ELSE "department" END AS "name" FROM "Initiative"
) AS "names" ORDER BY "name";

-- a group nobody uses still needs a department
INSERT INTO "Department" ("name")
SELECT '默认部门' WHERE EXISTS (SELECT 1 FROM "Group") AND NOT EXISTS (SELECT 1 FROM "Department");

CREATE TEMP TABLE "_GroupDepartment" AS
SELECT DISTINCT i."groupId" AS "groupId", d."id" AS "departmentId"
FROM "Initiative" i JOIN "Department" d ON d."name" = CASE WHEN i."department" = '' THEN '默认部门' ELSE i."department" END;

-- RedefineTables
CREATE TABLE "new_Group" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "departmentId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Group_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Group" ("id", "departmentId", "name", "sortOrder")
SELECT g."id",
       COALESCE((SELECT MIN(gd."departmentId") FROM "_GroupDepartment" gd WHERE gd."groupId" = g."id"), (SELECT MIN("id") FROM "Department")),
       g."name", g."sortOrder"
FROM "Group" g;
INSERT INTO "new_Group" ("departmentId", "name", "sortOrder")
SELECT gd."departmentId", g."name", g."sortOrder"
FROM "_GroupDepartment" gd JOIN "Group" g ON g."id" = gd."groupId"
WHERE gd."departmentId" > (SELECT MIN(o."departmentId") FROM "_GroupDepartment" o WHERE o."groupId" = gd."groupId")
ORDER BY gd."groupId", gd."departmentId";
DROP TABLE "_GroupDepartment";

CREATE TABLE "new_Initiative" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "departmentId" INTEGER NOT NULL,
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
    CONSTRAINT "Initiative_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Initiative_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Initiative" ("id", "departmentId", "name", "groupId", "status", "progress", "startDate", "lastSeenWeek", "progressHistory", "version", "createdAt", "updatedAt")
SELECT i."id", d."id", i."name",
       (SELECT ng."id" FROM "new_Group" ng JOIN "Group" og ON og."name" = ng."name" WHERE og."id" = i."groupId" AND ng."departmentId" = d."id"),
       i."status", i."progress", i."startDate", i."lastSeenWeek", i."progressHistory", i."version", i."createdAt", i."updatedAt"
FROM "Initiative" i JOIN "Department" d ON d."name" = CASE WHEN i."department" = '' THEN '默认部门' ELSE i."department" END;

CREATE TABLE "new_InitiativeAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "initiativeId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    CONSTRAINT "InitiativeAlias_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InitiativeAlias_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- an alias belongs to its initiative's department
INSERT INTO "new_InitiativeAlias" ("id", "initiativeId", "departmentId", "name", "key")
SELECT a."id", a."initiativeId", ni."departmentId", a."name", a."key"
FROM "InitiativeAlias" a JOIN "new_Initiative" ni ON ni."id" = a."initiativeId";

CREATE TABLE "new_Report" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "departmentId" INTEGER NOT NULL,
    "week" TEXT NOT NULL,
    "reportDate" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Report_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("id", "departmentId", "week", "reportDate", "title", "rawText", "contentHash", "importedAt", "importedBy")
SELECT r."id", d."id", r."week", r."reportDate", r."title", r."rawText", r."contentHash", r."importedAt", r."importedBy"
FROM "Report" r JOIN "Department" d ON d."name" = CASE WHEN r."department" = '' THEN '默认部门' ELSE r."department" END;

-- keep each table's sequence: an id once used (a deleted report's) is not handed out again
CREATE TEMP TABLE "_Sequence" AS SELECT "name", "seq" FROM "sqlite_sequence";

DROP TABLE "InitiativeAlias";
ALTER TABLE "new_InitiativeAlias" RENAME TO "InitiativeAlias";
DROP TABLE "Initiative";
ALTER TABLE "new_Initiative" RENAME TO "Initiative";
DROP TABLE "Group";
ALTER TABLE "new_Group" RENAME TO "Group";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";

UPDATE "sqlite_sequence" SET "seq" = MAX("seq", COALESCE((SELECT o."seq" FROM "_Sequence" o WHERE o."name" = "sqlite_sequence"."name"), 0))
WHERE "name" IN ('Group', 'Initiative', 'InitiativeAlias', 'Report');
DROP TABLE "_Sequence";

-- CreateIndex
CREATE UNIQUE INDEX "Group_departmentId_name_key" ON "Group"("departmentId", "name");

-- CreateIndex
CREATE INDEX "Initiative_groupId_idx" ON "Initiative"("groupId");

-- CreateIndex
CREATE INDEX "Initiative_departmentId_idx" ON "Initiative"("departmentId");

-- CreateIndex
CREATE INDEX "InitiativeAlias_initiativeId_idx" ON "InitiativeAlias"("initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeAlias_departmentId_key_key" ON "InitiativeAlias"("departmentId", "key");

-- CreateIndex
CREATE INDEX "Report_reportDate_idx" ON "Report"("reportDate");

-- CreateIndex
CREATE UNIQUE INDEX "Report_departmentId_week_key" ON "Report"("departmentId", "week");
