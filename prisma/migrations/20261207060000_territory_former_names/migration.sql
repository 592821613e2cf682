-- The territory search finds a commune by its former names and codes (communes déléguées and
-- associées, from the reference import) and by any code: its own, SIREN, former or postal.
-- The établissements publics territoriaux of the Grand Paris become territories (EPCI kind).

-- AlterEnum
ALTER TYPE "EpciType" ADD VALUE 'EPT';

-- AlterTable
ALTER TABLE "Territory" ADD COLUMN     "formerCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "formerKeys" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "formerNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "lookupCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- A database imported before this migration keeps finding SIREN and postal codes: former names
-- and codes arrive with the next run of the (idempotent) seed, which rewrites these columns.
UPDATE "Territory" SET "lookupCodes" = ARRAY(
  SELECT DISTINCT c FROM unnest(array_append(coalesce("postalCodes", ARRAY[]::TEXT[]), siren)) AS c
  WHERE c IS NOT NULL AND c <> code ORDER BY c);

-- CreateIndex
CREATE INDEX "Territory_searchKey_exact_idx" ON "Territory"("searchKey");

-- CreateIndex
CREATE INDEX "Territory_formerKeys_idx" ON "Territory" USING GIN ("formerKeys" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Territory_code_idx" ON "Territory"("code");

-- CreateIndex
CREATE INDEX "Territory_lookupCodes_idx" ON "Territory" USING GIN ("lookupCodes");
