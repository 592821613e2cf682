-- CreateIndex
CREATE INDEX "Actor_status_updatedAt_idx" ON "Actor"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Alliance_status_updatedAt_idx" ON "Alliance"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Territory_updatedAt_idx" ON "Territory"("updatedAt");
