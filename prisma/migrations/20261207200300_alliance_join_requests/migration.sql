-- An organisation asks to join a published alliance, and the lead decides.
CREATE TYPE "JoinRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

CREATE TABLE "AllianceJoinRequest" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT,
    "decidedById" TEXT,
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    CONSTRAINT "AllianceJoinRequest_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AllianceJoinRequest_allianceId_status_idx" ON "AllianceJoinRequest"("allianceId", "status");
CREATE INDEX "AllianceJoinRequest_actorId_status_idx" ON "AllianceJoinRequest"("actorId", "status");
-- One pending request per alliance and organisation: a second click or a second member asking at
-- the same time is refused by the database, not only by a read before the write.
CREATE UNIQUE INDEX "AllianceJoinRequest_one_pending" ON "AllianceJoinRequest"("allianceId", "actorId") WHERE "status" = 'PENDING';

ALTER TABLE "AllianceJoinRequest" ADD CONSTRAINT "AllianceJoinRequest_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AllianceJoinRequest" ADD CONSTRAINT "AllianceJoinRequest_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AllianceJoinRequest" ADD CONSTRAINT "AllianceJoinRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AllianceJoinRequest" ADD CONSTRAINT "AllianceJoinRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
