-- CreateIndex
CREATE INDEX "VerificationToken_token_idx" ON "VerificationToken"("token");
