-- CreateIndex
CREATE INDEX "Territory_isArrondissement_kind_idx" ON "Territory"("isArrondissement", "kind");
