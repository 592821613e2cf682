-- CreateEnum
CREATE TYPE "FollowKind" AS ENUM ('SEARCH', 'TERRITORY', 'ACTOR', 'ALLIANCE');

-- CreateEnum
CREATE TYPE "FollowRhythm" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER');

-- CreateTable
CREATE TABLE "Follow" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "FollowKind" NOT NULL,
    "directory" TEXT,
    "territoryId" INTEGER,
    "scope" TEXT,
    "words" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sdgs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "actorKinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "modes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "actorId" TEXT,
    "allianceId" TEXT,
    "label" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "rhythm" "FollowRhythm" NOT NULL DEFAULT 'DAILY',
    "unsubscribeToken" TEXT NOT NULL,
    "lastEmailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowEvent" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "matchedAt" TIMESTAMP(3),

    CONSTRAINT "FollowEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowMatch" (
    "followId" TEXT NOT NULL,
    "eventId" BIGINT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailedAt" TIMESTAMP(3),

    CONSTRAINT "FollowMatch_pkey" PRIMARY KEY ("followId","eventId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Follow_unsubscribeToken_key" ON "Follow"("unsubscribeToken");

-- CreateIndex
CREATE INDEX "Follow_kind_directory_idx" ON "Follow"("kind", "directory");

-- CreateIndex
CREATE INDEX "Follow_territoryId_idx" ON "Follow"("territoryId");

-- CreateIndex
CREATE INDEX "Follow_actorId_idx" ON "Follow"("actorId");

-- CreateIndex
CREATE INDEX "Follow_allianceId_idx" ON "Follow"("allianceId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_key_key" ON "Follow"("userId", "key");

-- CreateIndex
CREATE INDEX "FollowEvent_matchedAt_id_idx" ON "FollowEvent"("matchedAt", "id");

-- CreateIndex
CREATE INDEX "FollowMatch_emailedAt_followId_idx" ON "FollowMatch"("emailedAt", "followId");

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowMatch" ADD CONSTRAINT "FollowMatch_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowMatch" ADD CONSTRAINT "FollowMatch_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "FollowEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

