-- The directories' default orders over the whole published set, served by an index instead of
-- a sort of every published row: by name (nameKeyOf in lib/directory/directory.sql.ts, the
-- same expression with the same literal separator) and, for alliances, most recent first.
-- Partial indexes: only published rows are ever listed.
CREATE INDEX "Actor_published_nameKey_idx" ON "Actor" (split_part("searchKey", ' | ', 1), "id") WHERE "status" = 'PUBLISHED';
CREATE INDEX "Alliance_published_recent_idx" ON "Alliance" ("publishedAt" DESC NULLS LAST, split_part("searchKey", ' | ', 1), "id") WHERE "status" = 'PUBLISHED';
