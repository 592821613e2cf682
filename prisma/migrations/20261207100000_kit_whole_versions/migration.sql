-- A kit version is the whole kit: every field, and its files through KitVersionAttachment. The
-- draft is the version without publishedAt (number = currentVersion + 1), the Kit row, KitSdgTarget
-- and KitLink become the published projection only.

-- 1. The new columns, past versions take the kit's current facets (the only ones ever stored).
ALTER TABLE "KitVersion"
  ADD COLUMN "category" "KitCategory",
  ADD COLUMN "audiences" "ActorKind"[],
  ADD COLUMN "maturityLevels" INTEGER[],
  ADD COLUMN "themes" "Theme"[],
  ADD COLUMN "modes" "AllianceMode"[],
  ADD COLUMN "targets" TEXT[],
  ADD COLUMN "links" JSONB NOT NULL DEFAULT '[]',
  ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

UPDATE "KitVersion" v SET
  "category" = k."category",
  "audiences" = k."audiences",
  "maturityLevels" = k."maturityLevels",
  "themes" = k."themes",
  "modes" = k."modes",
  "targets" = COALESCE((SELECT array_agg(t."targetCode" ORDER BY t."targetCode") FROM "KitSdgTarget" t WHERE t."kitId" = k.id), ARRAY[]::TEXT[]),
  "links" = COALESCE((SELECT jsonb_agg(jsonb_build_object('label', l."label", 'url', l."url") ORDER BY l."position", l.id) FROM "KitLink" l WHERE l."kitId" = k.id), '[]'::jsonb),
  "createdAt" = v."publishedAt",
  "updatedAt" = v."publishedAt"
FROM "Kit" k WHERE k.id = v."kitId";

ALTER TABLE "KitVersion" ALTER COLUMN "category" SET NOT NULL;
-- Nullable (the draft), the default stays, so rows inserted the old way are published versions.
ALTER TABLE "KitVersion" ALTER COLUMN "publishedAt" DROP NOT NULL;

-- 2. The working copy becomes a draft: for a never-published kit always, for a published one when
--    its title, summary or body differ from the published version (its facets were live already).
INSERT INTO "KitVersion" ("id", "kitId", "number", "title", "summary", "category", "audiences", "maturityLevels", "themes", "modes", "targets", "links", "body", "note", "publishedAt", "createdAt", "updatedAt")
SELECT 'kvd' || replace(gen_random_uuid()::text, '-', ''), k.id, k."currentVersion" + 1, k."title", k."summary", k."category", k."audiences", k."maturityLevels", k."themes", k."modes",
  COALESCE((SELECT array_agg(t."targetCode" ORDER BY t."targetCode") FROM "KitSdgTarget" t WHERE t."kitId" = k.id), ARRAY[]::TEXT[]),
  COALESCE((SELECT jsonb_agg(jsonb_build_object('label', l."label", 'url', l."url") ORDER BY l."position", l.id) FROM "KitLink" l WHERE l."kitId" = k.id), '[]'::jsonb),
  k."body", '', NULL, k."updatedAt", k."updatedAt"
FROM "Kit" k
LEFT JOIN "KitVersion" p ON p."kitId" = k.id AND p."number" = k."currentVersion"
WHERE p.id IS NULL OR p."title" <> k."title" OR p."summary" <> k."summary" OR p."body" <> k."body";

-- 3. The Kit row of a published kit shows its published version's text (the public page did).
UPDATE "Kit" k SET "title" = p."title", "summary" = p."summary", "body" = p."body"
FROM "KitVersion" p WHERE p."kitId" = k.id AND p."number" = k."currentVersion" AND p."publishedAt" IS NOT NULL;

-- 4. Files: each belongs to the published version and to the draft (both showed it until now).
CREATE TABLE "KitVersionAttachment" (
    "versionId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    CONSTRAINT "KitVersionAttachment_pkey" PRIMARY KEY ("versionId","attachmentId")
);
CREATE INDEX "KitVersionAttachment_attachmentId_idx" ON "KitVersionAttachment"("attachmentId");
ALTER TABLE "KitVersionAttachment" ADD CONSTRAINT "KitVersionAttachment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KitVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "KitVersionAttachment" ADD CONSTRAINT "KitVersionAttachment_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "KitAttachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "KitVersionAttachment" ("versionId", "attachmentId")
SELECT v.id, a.id FROM "KitAttachment" a
JOIN "Kit" k ON k.id = a."kitId"
JOIN "KitVersion" v ON v."kitId" = k.id AND (v."number" = k."currentVersion" OR v."publishedAt" IS NULL);

CREATE INDEX "KitVersion_kitId_publishedAt_idx" ON "KitVersion"("kitId", "publishedAt");
