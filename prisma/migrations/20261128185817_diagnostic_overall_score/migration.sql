-- The comparison with similar territories averaged every comparable diagnostic's scores document
-- in JavaScript. The overall score now has a column of its own (written with the scores by the
-- app), and an index covers what the comparison reads.
-- No semicolon may appear in these comments: the driver adapter's migration runner splits the
-- script on every semicolon.

-- AlterTable
ALTER TABLE "Diagnostic" ADD COLUMN     "overallScore" DOUBLE PRECISION;

-- Backfill: scores.overall for exactly the rows whose scores the app can read back
-- (readStoredResult in lib/diagnostics/report.ts: an object with a numeric "overall", an object
-- "axes" and a truthy "level"). Others stay NULL and are left out of the comparison as before.
UPDATE "Diagnostic"
SET "overallScore" = ("scores" ->> 'overall')::DOUBLE PRECISION
WHERE jsonb_typeof("scores") = 'object'
  AND jsonb_typeof("scores" -> 'overall') = 'number'
  AND jsonb_typeof("scores" -> 'axes') IN ('object', 'array')
  AND "scores" -> 'level' IS NOT NULL
  AND "scores" -> 'level' NOT IN ('null'::jsonb, 'false'::jsonb, '0'::jsonb, '""'::jsonb);

-- CreateIndex
CREATE INDEX "Diagnostic_territoryId_status_overallScore_actorId_idx" ON "Diagnostic"("territoryId", "status", "overallScore", "actorId");
