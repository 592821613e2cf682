-- Moderation at scale: the refusal reason of a need or offer is stored (it was only e-mailed),
-- moderators claim items, and the team keeps reusable refusal reasons.
ALTER TABLE "Need" ADD COLUMN "moderationReason" TEXT;
ALTER TABLE "Offer" ADD COLUMN "moderationReason" TEXT;

CREATE TABLE "ModerationClaim" (
    "kind" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationClaim_pkey" PRIMARY KEY ("kind","itemId")
);

CREATE INDEX "ModerationClaim_userId_idx" ON "ModerationClaim"("userId");

ALTER TABLE "ModerationClaim" ADD CONSTRAINT "ModerationClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SavedReason" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedReason_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "SavedReason_label_key" ON "SavedReason"("label");

ALTER TABLE "SavedReason" ADD CONSTRAINT "SavedReason_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The past refusals of needs and offers: their reason is in the audit row of the decision
-- ("Demande refusée : besoin « titre ». Motif : le motif", at most 500 characters).
UPDATE "Need" AS n SET "moderationReason" = a."summary"
FROM (
  SELECT DISTINCT ON ("entityId") "entityId", substring("summary" from '»\. Motif : (.*)$') AS "summary" FROM "AuditLog"
  WHERE "entity" = 'Need' AND "action" = 'moderation.rejected' ORDER BY "entityId", "createdAt" DESC
) AS a
WHERE n."id" = a."entityId" AND n."status" = 'REJECTED' AND a."summary" IS NOT NULL;
UPDATE "Offer" AS o SET "moderationReason" = a."summary"
FROM (
  SELECT DISTINCT ON ("entityId") "entityId", substring("summary" from '»\. Motif : (.*)$') AS "summary" FROM "AuditLog"
  WHERE "entity" = 'Offer' AND "action" = 'moderation.rejected' ORDER BY "entityId", "createdAt" DESC
) AS a
WHERE o."id" = a."entityId" AND o."status" = 'REJECTED' AND a."summary" IS NOT NULL;
