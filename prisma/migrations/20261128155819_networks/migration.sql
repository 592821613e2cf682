-- CreateEnum
CREATE TYPE "NetworkLinkStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'ENDED');

-- CreateEnum
CREATE TYPE "NetworkSide" AS ENUM ('HEAD', 'TEAM');

-- CreateTable
CREATE TABLE "NetworkLink" (
    "id" TEXT NOT NULL,
    "headId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "status" "NetworkLinkStatus" NOT NULL DEFAULT 'PENDING',
    "requestedBy" "NetworkSide" NOT NULL,
    "requestedById" TEXT,
    "message" TEXT NOT NULL DEFAULT '',
    "decidedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NetworkLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitRecommendation" (
    "id" TEXT NOT NULL,
    "headId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "kitId" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KitRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NetworkLink_teamId_status_idx" ON "NetworkLink"("teamId", "status");

-- CreateIndex
CREATE INDEX "NetworkLink_headId_status_idx" ON "NetworkLink"("headId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkLink_headId_teamId_key" ON "NetworkLink"("headId", "teamId");

-- CreateIndex
CREATE INDEX "KitRecommendation_teamId_createdAt_idx" ON "KitRecommendation"("teamId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "KitRecommendation_headId_createdAt_idx" ON "KitRecommendation"("headId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "NetworkLink" ADD CONSTRAINT "NetworkLink_headId_fkey" FOREIGN KEY ("headId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkLink" ADD CONSTRAINT "NetworkLink_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkLink" ADD CONSTRAINT "NetworkLink_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitRecommendation" ADD CONSTRAINT "KitRecommendation_headId_fkey" FOREIGN KEY ("headId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitRecommendation" ADD CONSTRAINT "KitRecommendation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitRecommendation" ADD CONSTRAINT "KitRecommendation_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitRecommendation" ADD CONSTRAINT "KitRecommendation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing parent links (Actor.parentId, set before network links existed) become ACCEPTED links,
-- so that the link table is the one truth from now on and parentId stays its mirror.
INSERT INTO "NetworkLink" ("id", "headId", "teamId", "status", "requestedBy", "decidedAt", "createdAt", "updatedAt")
SELECT 'nl-' || a."id", a."parentId", a."id", 'ACCEPTED', 'HEAD', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "Actor" a
WHERE a."parentId" IS NOT NULL AND a."parentId" <> a."id"
ON CONFLICT ("headId", "teamId") DO NOTHING;
