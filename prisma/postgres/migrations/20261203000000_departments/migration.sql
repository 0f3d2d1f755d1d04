-- Departments become workspaces (issue #12). Every report, group, initiative and
-- alias moves into the department named by its old `department` text ('' becomes
-- 默认部门). Groups were shared by every department: a group used by several
-- departments keeps its id in the first (lowest id) and is copied into the others.

-- CreateTable
CREATE TABLE "Department" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateTable
CREATE TABLE "Membership" (
    "userId" TEXT NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","departmentId")
);

-- CreateIndex
CREATE INDEX "Membership_departmentId_idx" ON "Membership"("departmentId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: one department per name in use
INSERT INTO "Department" ("name")
SELECT "name" FROM ( -- UNION keeps each name once
    SELECT CASE WHEN "department" = '' THEN '默认部门' ELSE "department" END AS "name" FROM "Report"
    UNION
    SELECT CASE WHEN "department" = '' THEN '默认部门' ELSE "department" END AS "name" FROM "Initiative"
) AS "names" ORDER BY "name" COLLATE "C"; -- byte order, as SQLite numbers them

-- a group nobody uses still needs a department
INSERT INTO "Department" ("name")
SELECT '默认部门' WHERE EXISTS (SELECT 1 FROM "Group") AND NOT EXISTS (SELECT 1 FROM "Department");

ALTER TABLE "Report" ADD COLUMN "departmentId" INTEGER;
UPDATE "Report" r SET "departmentId" = d."id"
FROM "Department" d WHERE d."name" = CASE WHEN r."department" = '' THEN '默认部门' ELSE r."department" END;

ALTER TABLE "Initiative" ADD COLUMN "departmentId" INTEGER;
UPDATE "Initiative" i SET "departmentId" = d."id"
FROM "Department" d WHERE d."name" = CASE WHEN i."department" = '' THEN '默认部门' ELSE i."department" END;

-- groups: the lowest department using a group keeps it; every other one gets a copy
-- (a copy has the same name: the global unique name goes first)
DROP INDEX "Group_name_key";
ALTER TABLE "Group" ADD COLUMN "departmentId" INTEGER;
UPDATE "Group" g SET "departmentId" = COALESCE(
    (SELECT MIN(i."departmentId") FROM "Initiative" i WHERE i."groupId" = g."id"),
    (SELECT MIN("id") FROM "Department"));
INSERT INTO "Group" ("departmentId", "name", "sortOrder")
SELECT "departmentId", "name", "sortOrder" FROM (
    SELECT DISTINCT i."departmentId", g."id" AS "groupId", g."name", g."sortOrder"
    FROM "Initiative" i JOIN "Group" g ON g."id" = i."groupId"
    WHERE i."departmentId" <> g."departmentId"
) AS "copies" ORDER BY "groupId", "departmentId";
UPDATE "Initiative" i SET "groupId" = copy."id"
FROM "Group" g, "Group" copy
WHERE g."id" = i."groupId" AND g."departmentId" <> i."departmentId"
  AND copy."departmentId" = i."departmentId" AND copy."name" = g."name";

-- an alias belongs to its initiative's department
ALTER TABLE "InitiativeAlias" ADD COLUMN "departmentId" INTEGER;
UPDATE "InitiativeAlias" a SET "departmentId" = i."departmentId" FROM "Initiative" i WHERE i."id" = a."initiativeId";

-- DropIndex
DROP INDEX "Report_department_week_key";
DROP INDEX "Initiative_department_idx";
DROP INDEX "InitiativeAlias_department_key_key";

-- AlterTable
ALTER TABLE "Report" DROP COLUMN "department", ALTER COLUMN "departmentId" SET NOT NULL;
ALTER TABLE "Group" ALTER COLUMN "departmentId" SET NOT NULL;
ALTER TABLE "Initiative" DROP COLUMN "department", ALTER COLUMN "departmentId" SET NOT NULL;
ALTER TABLE "InitiativeAlias" DROP COLUMN "department", ALTER COLUMN "departmentId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Report_departmentId_week_key" ON "Report"("departmentId", "week");

-- CreateIndex
CREATE UNIQUE INDEX "Group_departmentId_name_key" ON "Group"("departmentId", "name");

-- CreateIndex
CREATE INDEX "Initiative_departmentId_idx" ON "Initiative"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeAlias_departmentId_key_key" ON "InitiativeAlias"("departmentId", "key");

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeAlias" ADD CONSTRAINT "InitiativeAlias_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
