// Writes the official territory reference into the database: bulk upserts by (kind, code) in
// chunks, EPCI memberships, then the closure table. Idempotent: running it again updates names
// and populations and leaves the same rows. Used by the seed (CLI) and the integration tests.
import { createRequire } from "node:module";
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import { rebuildAllProjectClosures } from "../project-territories/project-territories.closure.ts";
import { buildReference, type RawCommune, type RawDepartement, type RawEpci, type RawRegion, type TerritoryRow } from "./territories.reference.ts";

const CHUNK = 4000;

export function loadOfficialReference() {
  const require = createRequire(import.meta.url);
  const data = (name: string) => require(`@etalab/decoupage-administratif/data/${name}.json`);
  return buildReference({
    regions: data("regions") as RawRegion[],
    departements: data("departements") as RawDepartement[],
    communes: data("communes") as RawCommune[],
    // After the EPCI: the Métropole du Grand Paris is read before the territories inside it.
    epci: [...(data("epci") as RawEpci[]), ...(data("ept") as RawEpci[])],
  });
}

// Arrays travel as one string each (unnest cannot take ragged arrays): names and codes never
// contain the unit separator.
const LIST_SEPARATOR = "\u001f";
const joined = (lists: string[][]) => lists.map((list) => list.join(LIST_SEPARATOR));

async function upsertRows(db: PrismaClient, rows: TerritoryRow[]) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const col = <K extends keyof TerritoryRow>(key: K) => chunk.map((r) => r[key]);
    const list = (value: Prisma.Sql) => Prisma.sql`CASE WHEN ${value} = '' THEN ARRAY[]::text[] ELSE string_to_array(${value}, ${LIST_SEPARATOR}) END`;
    // Parents are resolved by code in SQL, so one statement writes a whole chunk.
    await db.$executeRaw`
      INSERT INTO "Territory" (kind, code, name, "searchKey", population, "epciType", siren, "postalCodes",
                               "formerNames", "formerCodes", "formerKeys", "lookupCodes",
                               "regionId", "departementId", "communeId", "isArrondissement", "updatedAt")
      SELECT t.kind::"TerritoryKind", t.code, t.name, t.key, t.population, t."epciType"::"EpciType", t.siren,
             ${list(Prisma.sql`t.postal`)}, ${list(Prisma.sql`t.former`)}, ${list(Prisma.sql`t."formerCode"`)}, t."formerKeys", ${list(Prisma.sql`t.lookup`)},
             r.id, d.id, c.id, t.arr, now()
      FROM unnest(${col("kind")}::text[], ${col("code")}::text[], ${col("name")}::text[], ${col("searchKey")}::text[],
                  ${col("population")}::int[], ${col("epciType")}::text[], ${col("siren")}::text[],
                  ${joined(col("postalCodes"))}::text[], ${joined(col("formerNames"))}::text[], ${joined(col("formerCodes"))}::text[],
                  ${col("formerKeys")}::text[], ${joined(col("lookupCodes"))}::text[], ${col("regionCode")}::text[],
                  ${col("departementCode")}::text[], ${col("communeCode")}::text[], ${col("isArrondissement")}::bool[])
           AS t(kind, code, name, key, population, "epciType", siren, postal, former, "formerCode", "formerKeys", lookup, region, departement, commune, arr)
      LEFT JOIN "Territory" r ON r.kind = 'REGION' AND r.code = t.region
      LEFT JOIN "Territory" d ON d.kind = 'DEPARTEMENT' AND d.code = t.departement
      LEFT JOIN "Territory" c ON c.kind = 'COMMUNE' AND c.code = t.commune
      ON CONFLICT (kind, code) DO UPDATE SET
        name = EXCLUDED.name, "searchKey" = EXCLUDED."searchKey", population = EXCLUDED.population,
        "epciType" = EXCLUDED."epciType", siren = EXCLUDED.siren, "postalCodes" = EXCLUDED."postalCodes",
        "formerNames" = EXCLUDED."formerNames", "formerCodes" = EXCLUDED."formerCodes",
        "formerKeys" = EXCLUDED."formerKeys", "lookupCodes" = EXCLUDED."lookupCodes",
        "regionId" = EXCLUDED."regionId", "departementId" = EXCLUDED."departementId",
        "communeId" = EXCLUDED."communeId", "isArrondissement" = EXCLUDED."isArrondissement",
        "updatedAt" = now()
      -- A row that did not change is left alone: a re-run writes nothing (no dead rows, no index
      -- churn), and updatedAt keeps the date of the last real change (the /donnees page shows it).
      WHERE ("Territory".name, "Territory"."searchKey", "Territory".population, "Territory"."epciType", "Territory".siren,
             "Territory"."postalCodes", "Territory"."formerNames", "Territory"."formerCodes", "Territory"."formerKeys", "Territory"."lookupCodes",
             "Territory"."regionId", "Territory"."departementId", "Territory"."communeId", "Territory"."isArrondissement")
        IS DISTINCT FROM (EXCLUDED.name, EXCLUDED."searchKey", EXCLUDED.population, EXCLUDED."epciType", EXCLUDED.siren,
             EXCLUDED."postalCodes", EXCLUDED."formerNames", EXCLUDED."formerCodes", EXCLUDED."formerKeys", EXCLUDED."lookupCodes",
             EXCLUDED."regionId", EXCLUDED."departementId", EXCLUDED."communeId", EXCLUDED."isArrondissement")`;
  }
}

async function replaceEpciMemberships(db: PrismaClient, members: { epciCode: string; communeCode: string }[]) {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`
      DELETE FROM "TerritoryMembership" m USING "Territory" g WHERE m."groupId" = g.id AND g.kind = 'EPCI'`;
      for (let start = 0; start < members.length; start += CHUNK * 2) {
        const chunk = members.slice(start, start + CHUNK * 2);
        await tx.$executeRaw`
        INSERT INTO "TerritoryMembership" ("groupId", "memberId")
        SELECT g.id, c.id
        FROM unnest(${chunk.map((m) => m.epciCode)}::text[], ${chunk.map((m) => m.communeCode)}::text[]) AS t(epci, commune)
        JOIN "Territory" g ON g.kind = 'EPCI' AND g.code = t.epci
        JOIN "Territory" c ON c.kind = 'COMMUNE' AND c.code = t.commune
        ON CONFLICT DO NOTHING`;
      }
    },
    { timeout: 120_000 },
  );
}

/**
 * Rebuilds the closure table of official territories: each one with itself (depth 0) and every
 * territory that contains it. Project perimeters (PROJET) keep their own rows.
 */
export async function rebuildClosure(db: PrismaClient) {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`
      DELETE FROM "TerritoryAncestor" a USING "Territory" t
      WHERE a."descendantId" = t.id AND t.kind <> 'PROJET' AND a."ancestorId" IN (SELECT id FROM "Territory" WHERE kind <> 'PROJET')`;
      await tx.$executeRaw`
      INSERT INTO "TerritoryAncestor" ("ancestorId", "descendantId", depth)
      SELECT id, id, 0 FROM "Territory" WHERE kind <> 'PROJET'
      UNION ALL SELECT "regionId", id, 1 FROM "Territory" WHERE kind = 'DEPARTEMENT' AND "regionId" IS NOT NULL
      UNION ALL SELECT "departementId", id, 1 FROM "Territory" WHERE kind = 'EPCI' AND "departementId" IS NOT NULL
      UNION ALL SELECT "regionId", id, 2 FROM "Territory" WHERE kind = 'EPCI' AND "regionId" IS NOT NULL
      -- An EPCI lies in every département and région of its member communes, not only in the
      -- one of its seat (its departementId): Arche Agglo is in the Ardèche and in the Drôme.
      UNION ALL
      SELECT DISTINCT c."departementId", m."groupId", 1
      FROM "TerritoryMembership" m
      JOIN "Territory" g ON g.id = m."groupId" AND g.kind = 'EPCI'
      JOIN "Territory" c ON c.id = m."memberId" AND c."departementId" IS NOT NULL
      UNION ALL
      SELECT DISTINCT c."regionId", m."groupId", 2
      FROM "TerritoryMembership" m
      JOIN "Territory" g ON g.id = m."groupId" AND g.kind = 'EPCI'
      JOIN "Territory" c ON c.id = m."memberId" AND c."regionId" IS NOT NULL
      UNION ALL SELECT "communeId", id, 1 FROM "Territory" WHERE kind = 'COMMUNE' AND "communeId" IS NOT NULL
      UNION ALL SELECT "departementId", id, 3 FROM "Territory" WHERE kind = 'COMMUNE' AND "departementId" IS NOT NULL
      UNION ALL SELECT "regionId", id, 4 FROM "Territory" WHERE kind = 'COMMUNE' AND "regionId" IS NOT NULL
      UNION ALL
      SELECT m."groupId", m."memberId", 1
      FROM "TerritoryMembership" m JOIN "Territory" g ON g.id = m."groupId" AND g.kind = 'EPCI'
      UNION ALL
      SELECT m."groupId", a.id, 2
      FROM "TerritoryMembership" m
      JOIN "Territory" g ON g.id = m."groupId" AND g.kind = 'EPCI'
      JOIN "Territory" a ON a."communeId" = m."memberId"
      UNION ALL
      -- An établissement public territorial lies in the métropole that holds all of its communes.
      SELECT big."groupId", small."groupId", 1
      FROM "TerritoryMembership" small
      JOIN "Territory" s ON s.id = small."groupId" AND s."epciType" = 'EPT'
      JOIN "TerritoryMembership" big ON big."memberId" = small."memberId" AND big."groupId" <> small."groupId"
      JOIN "Territory" b ON b.id = big."groupId" AND b.kind = 'EPCI' AND b."epciType" <> 'EPT'
      GROUP BY big."groupId", small."groupId"
      HAVING count(*) = (SELECT count(*) FROM "TerritoryMembership" x WHERE x."groupId" = small."groupId")
      ON CONFLICT DO NOTHING`;
    },
    { timeout: 120_000 },
  );
}

/**
 * After a bulk write, the trigram and code GIN indexes hold the new entries in their "pending
 * list", which every search then reads in full (30–50 ms instead of 1 ms, until autovacuum gets
 * to it): merge it now, and refresh the planner's statistics on the search columns.
 */
async function settleSearchIndexes(db: PrismaClient) {
  await db.$queryRaw`SELECT gin_clean_pending_list('"Territory_searchKey_idx"'::regclass), gin_clean_pending_list('"Territory_formerKeys_idx"'::regclass),
    gin_clean_pending_list('"Territory_lookupCodes_idx"'::regclass)`;
  await db.$executeRaw`ANALYZE "Territory"`;
}

export interface ImportReport {
  regions: number;
  departements: number;
  epcis: number;
  communes: number;
  arrondissements: number;
  memberships: number;
  /** Communes déléguées and associées kept as former names of a current commune. */
  formerCommunes: number;
  milliseconds: number;
}

export async function importTerritories(db: PrismaClient): Promise<ImportReport> {
  const started = Date.now();
  const reference = loadOfficialReference();
  await upsertRows(db, reference.regions);
  await upsertRows(db, reference.departements);
  await upsertRows(db, reference.communes);
  await upsertRows(db, reference.arrondissements);
  await upsertRows(db, reference.epcis);
  await replaceEpciMemberships(db, reference.epciMembers);
  await rebuildClosure(db);
  // Project perimeters hang on official territories: their rows follow the new closure.
  await rebuildAllProjectClosures(db);
  await settleSearchIndexes(db);
  return {
    regions: reference.regions.length,
    departements: reference.departements.length,
    epcis: reference.epcis.length,
    communes: reference.communes.length,
    arrondissements: reference.arrondissements.length,
    memberships: reference.epciMembers.length,
    formerCommunes: reference.communes.reduce((total, commune) => total + commune.formerNames.length, 0),
    milliseconds: Date.now() - started,
  };
}
