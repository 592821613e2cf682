-- Back-office items assigned to a staff member (one table for every kind of item), and the kits'
-- last staff edit (the draft included) for the kits list's « modification » sort and filter.
ALTER TABLE "Kit" ADD COLUMN "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Existing kits: the later of the Kit row's change and its versions' (a saved draft).
UPDATE "Kit" AS k SET "editedAt" = GREATEST(k."updatedAt", COALESCE(v."latest", k."updatedAt"))
FROM (SELECT "kitId", max("updatedAt") AS "latest" FROM "KitVersion" GROUP BY "kitId") AS v
WHERE v."kitId" = k."id";
UPDATE "Kit" SET "editedAt" = "updatedAt" WHERE "id" NOT IN (SELECT "kitId" FROM "KitVersion");

CREATE INDEX "Kit_editedAt_idx" ON "Kit"("editedAt" DESC);

CREATE TABLE "StaffAssignment" (
    "id" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "assignedById" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffAssignment_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "StaffAssignment_entity_entityId_key" ON "StaffAssignment"("entity", "entityId");
CREATE INDEX "StaffAssignment_assigneeId_entity_idx" ON "StaffAssignment"("assigneeId", "entity");

ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
