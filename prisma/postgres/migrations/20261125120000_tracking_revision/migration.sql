-- CreateTable
CREATE TABLE "TrackingRevision" (
    "id" INTEGER NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TrackingRevision_pkey" PRIMARY KEY ("id")
);

-- The one row writers bump
INSERT INTO "TrackingRevision" ("id", "value") VALUES (1, 0);
