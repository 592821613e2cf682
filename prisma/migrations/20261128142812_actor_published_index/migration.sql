-- CreateIndex
CREATE INDEX "Actor_status_publishedAt_idx" ON "Actor"("status", "publishedAt" DESC);
