-- CreateTable
CREATE TABLE "TrackingRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL DEFAULT 0
);

-- The one row writers bump
INSERT INTO "TrackingRevision" ("id", "value") VALUES (1, 0);
