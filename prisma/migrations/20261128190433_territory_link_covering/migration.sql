-- DropIndex
DROP INDEX "ActorTerritory_territoryId_idx";

-- DropIndex
DROP INDEX "AllianceTerritory_territoryId_idx";

-- CreateIndex
CREATE INDEX "ActorTerritory_territoryId_actorId_idx" ON "ActorTerritory"("territoryId", "actorId");

-- CreateIndex
CREATE INDEX "AllianceTerritory_territoryId_allianceId_idx" ON "AllianceTerritory"("territoryId", "allianceId");
