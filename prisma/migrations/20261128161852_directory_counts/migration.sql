-- CreateTable
CREATE TABLE "DirectoryCountState" (
    "id" INTEGER NOT NULL,
    "changes" BIGINT NOT NULL DEFAULT 0,
    "refreshed" BIGINT NOT NULL DEFAULT -1,

    CONSTRAINT "DirectoryCountState_pkey" PRIMARY KEY ("id")
);

-- The one state row: the view is built below with the data of this moment, hence fresh.
INSERT INTO "DirectoryCountState" ("id", "changes", "refreshed") VALUES (1, 0, 0);

-- The directories' counts over the whole published set (no filter), which otherwise read every
-- published actor or alliance and their link tables on each unfiltered visit. Same definitions
-- as the live facet queries (lib/actors/actors.queries.ts, lib/alliances/alliances.queries.ts,
-- areaCountsSql in lib/directory/directory.sql.ts). Region and département rows carry the
-- area's name, as the live area counts do.
CREATE MATERIALIZED VIEW "DirectoryCount" AS
  SELECT 'actor'::text AS directory, 'total'::text AS facet, ''::text AS value, ''::text AS name, count(*)::bigint AS count
    FROM "Actor" a WHERE a.status = 'PUBLISHED'
  UNION ALL
  SELECT 'actor', 'kind', a.kind::text, '', count(*) FROM "Actor" a WHERE a.status = 'PUBLISHED' GROUP BY a.kind
  UNION ALL
  SELECT 'actor', 'sdg', s."sdgNumber"::text, '', count(*) FROM "Actor" a JOIN "ActorSdg" s ON s."actorId" = a.id
    WHERE a.status = 'PUBLISHED' GROUP BY s."sdgNumber"
  UNION ALL
  SELECT 'actor', 'mode', x.mode::text, '', count(*) FROM (
      SELECT DISTINCT al.mode, a.id FROM "Actor" a
      JOIN "AlliancePartner" p ON p."actorId" = a.id AND p.status = 'CONFIRMED'
      JOIN "Alliance" al ON al.id = p."allianceId" AND al.status = 'PUBLISHED'
      WHERE a.status = 'PUBLISHED'
    ) x GROUP BY x.mode
  UNION ALL
  SELECT 'actor', area.kind, t.code, t.name, count(*) FROM (
      SELECT DISTINCT k.kind, l."actorId" AS eid,
        CASE WHEN lt.kind::text = k.kind THEN lt.id WHEN k.kind = 'REGION' THEN lt."regionId" ELSE lt."departementId" END AS area
      FROM "Actor" a JOIN "ActorTerritory" l ON l."actorId" = a.id JOIN "Territory" lt ON lt.id = l."territoryId"
      CROSS JOIN (VALUES ('REGION'), ('DEPARTEMENT')) AS k(kind)
      WHERE a.status = 'PUBLISHED'
    ) area JOIN "Territory" t ON t.id = area.area GROUP BY area.kind, t.code, t.name
  UNION ALL
  SELECT 'alliance', 'total', '', '', count(*) FROM "Alliance" al WHERE al.status = 'PUBLISHED'
  UNION ALL
  SELECT 'alliance', 'mode', al.mode::text, '', count(*) FROM "Alliance" al WHERE al.status = 'PUBLISHED' GROUP BY al.mode
  UNION ALL
  SELECT 'alliance', 'stage', al.stage::text, '', count(*) FROM "Alliance" al WHERE al.status = 'PUBLISHED' GROUP BY al.stage
  UNION ALL
  SELECT 'alliance', 'target', t."targetCode", '', count(*) FROM "Alliance" al JOIN "AllianceSdgTarget" t ON t."allianceId" = al.id
    WHERE al.status = 'PUBLISHED' GROUP BY t."targetCode"
  UNION ALL
  SELECT 'alliance', 'partnerKind', x.kind::text, '', count(*) FROM (
      SELECT DISTINCT ac.kind, al.id FROM "Alliance" al
      JOIN "AlliancePartner" p ON p."allianceId" = al.id AND p.status = 'CONFIRMED'
      JOIN "Actor" ac ON ac.id = p."actorId" AND ac.status = 'PUBLISHED'
      WHERE al.status = 'PUBLISHED'
    ) x GROUP BY x.kind
  UNION ALL
  SELECT 'alliance', area.kind, t.code, t.name, count(*) FROM (
      SELECT DISTINCT k.kind, l."allianceId" AS eid,
        CASE WHEN lt.kind::text = k.kind THEN lt.id WHEN k.kind = 'REGION' THEN lt."regionId" ELSE lt."departementId" END AS area
      FROM "Alliance" al JOIN "AllianceTerritory" l ON l."allianceId" = al.id JOIN "Territory" lt ON lt.id = l."territoryId"
      CROSS JOIN (VALUES ('REGION'), ('DEPARTEMENT')) AS k(kind)
      WHERE al.status = 'PUBLISHED'
    ) area JOIN "Territory" t ON t.id = area.area GROUP BY area.kind, t.code, t.name
WITH DATA;

-- REFRESH … CONCURRENTLY (readers are never blocked) needs a unique index.
CREATE UNIQUE INDEX "DirectoryCount_key" ON "DirectoryCount" (directory, facet, value);

-- Any write to a table the view reads makes it stale: one UPDATE per statement, not per row.
-- The body is an E'' string whose semicolons are written \073: the migration runner of the
-- driver adapter splits scripts on every semicolon, dollar-quoted bodies included.
CREATE FUNCTION directory_count_touch() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN UPDATE "DirectoryCountState" SET changes = changes + 1 WHERE id = 1\073 RETURN NULL\073 END\073';

CREATE TRIGGER "Actor_directory_count" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Actor" FOR EACH STATEMENT EXECUTE FUNCTION directory_count_touch();
CREATE TRIGGER "ActorSdg_directory_count" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ActorSdg" FOR EACH STATEMENT EXECUTE FUNCTION directory_count_touch();
CREATE TRIGGER "ActorTerritory_directory_count" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ActorTerritory" FOR EACH STATEMENT EXECUTE FUNCTION directory_count_touch();
CREATE TRIGGER "Alliance_directory_count" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Alliance" FOR EACH STATEMENT EXECUTE FUNCTION directory_count_touch();
CREATE TRIGGER "AlliancePartner_directory_count" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AlliancePartner" FOR EACH STATEMENT EXECUTE FUNCTION directory_count_touch();
CREATE TRIGGER "AllianceSdgTarget_directory_count" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AllianceSdgTarget" FOR EACH STATEMENT EXECUTE FUNCTION directory_count_touch();
CREATE TRIGGER "AllianceTerritory_directory_count" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AllianceTerritory" FOR EACH STATEMENT EXECUTE FUNCTION directory_count_touch();
CREATE TRIGGER "Territory_directory_count" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Territory" FOR EACH STATEMENT EXECUTE FUNCTION directory_count_touch();
