// One published alliance as the public sees it: confirmed partners whose organisation is
// published, its territories, its SDG 17 targets, description and results.
import "server-only";
import { cache } from "react";
import type { ActorKind, AllianceMode, AllianceStage, MecenatKind, PartnerRole, Prisma, TerritoryKind } from "@/generated/prisma/client";
import { visiblePartner } from "@/lib/alliances/alliances.queries";
import { db } from "@/lib/db";
import { FRENCH_COLLATION } from "@/lib/db/collation";
import { comparePartners } from "@/lib/alliances/partners";

/**
 * The fields of a published alliance anyone may read: the public page shows them, and the open
 * data API publishes them. Partners are the confirmed ones whose organisation is published.
 */
export const publicAllianceSelect = {
  slug: true,
  title: true,
  summary: true,
  description: true,
  mode: true,
  mecenatKind: true,
  stage: true,
  startDate: true,
  endDate: true,
  results: true,
  publishedAt: true,
  partners: {
    where: visiblePartner,
    select: { role: true, roleLabel: true, actor: { select: { slug: true, name: true, kind: true } } },
    orderBy: [{ role: "asc" }, { actor: { name: "asc" } }],
  },
  territories: { select: { territory: { select: { kind: true, code: true, name: true } } }, orderBy: { territory: { searchKey: "asc" } } },
} as const satisfies Prisma.AllianceSelect;

/** A published alliance by slug; null otherwise. Cached per request. */
export const getPublicAlliance = cache(async (slug: string) => {
  // One statement instead of Prisma's query per relation (7 round trips, each compiled by the
  // query compiler). getPublicAllianceReference below is the definition (visiblePartner included);
  // an integration test holds the two equal.
  const [row] = await db.$queryRaw<AllianceRow[]>`
    SELECT al.slug, al.title, al.summary, al.description, al.mode::text AS mode, al."mecenatKind"::text AS "mecenatKind", al.stage::text AS stage,
      al."startDate", al."endDate", al.results, al."publishedAt",
      COALESCE((SELECT json_agg(json_build_object('slug', ac.slug, 'name', ac.name, 'kind', ac.kind, 'role', p.role, 'roleLabel', p."roleLabel")
          ORDER BY p.role, ac.name ${FRENCH_COLLATION}, ac.id)
        FROM "AlliancePartner" p JOIN "Actor" ac ON ac.id = p."actorId" AND ac.status = 'PUBLISHED'
        WHERE p."allianceId" = al.id AND p.status = 'CONFIRMED'), '[]') AS partners,
      COALESCE((SELECT json_agg(json_build_object('kind', t.kind, 'code', t.code, 'name', t.name) ORDER BY t."searchKey", t.id)
        FROM "AllianceTerritory" l JOIN "Territory" t ON t.id = l."territoryId" WHERE l."allianceId" = al.id), '[]') AS territories,
      COALESCE((SELECT json_agg(json_build_object('code', t.code, 'text', t.text, 'position', t.position, 'verified', t.verified) ORDER BY t.position, t.code)
        FROM "AllianceSdgTarget" l JOIN "SdgTarget" t ON t.code = l."targetCode" WHERE l."allianceId" = al.id), '[]') AS targets
    FROM "Alliance" al WHERE al.slug = ${slug} AND al.status = 'PUBLISHED' LIMIT 1`;
  return row ?? null;
});

interface AllianceRow {
  slug: string;
  title: string;
  summary: string;
  description: string;
  mode: AllianceMode;
  mecenatKind: MecenatKind | null;
  stage: AllianceStage;
  startDate: Date | null;
  endDate: Date | null;
  results: string;
  publishedAt: Date | null;
  partners: { slug: string; name: string; kind: ActorKind; role: PartnerRole; roleLabel: string | null }[];
  territories: { kind: TerritoryKind; code: string; name: string }[];
  targets: { code: string; text: string; position: number; verified: boolean }[];
}

/**
 * The definition of getPublicAlliance in Prisma's terms (publicAllianceSelect, shared with the
 * open data API, and the targets), kept as the reference the integration test compares the
 * one-statement version with; not used by the page (one query per relation).
 */
export async function getPublicAllianceReference(slug: string) {
  const alliance = await db.alliance.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      ...publicAllianceSelect,
      targets: { select: { target: { select: { code: true, text: true, position: true, verified: true } } } },
    },
  });
  if (!alliance) return null;
  const { partners, territories, targets, ...rest } = alliance;
  return {
    ...rest,
    // By role (the database's enum order), then name in French order as getPublicAlliance does.
    partners: partners.map((partner) => ({ ...partner.actor, role: partner.role, roleLabel: partner.roleLabel })).sort(comparePartners),
    territories: territories.map((link) => link.territory),
    targets: targets.map((link) => link.target).sort((a, b) => a.position - b.position),
  };
}

export type PublicAlliance = NonNullable<Awaited<ReturnType<typeof getPublicAlliance>>>;
