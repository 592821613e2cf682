// One published actor as the public sees it. Contact details stay private: the public page shows
// the website only (the contact form comes with sign-in).
import "server-only";
import { cache } from "react";
import {
  Prisma,
  type ActorKind,
  type AllianceMode,
  type AllianceStage,
  type ModerationStatus,
  type PartnerRole,
  type TerritoryKind,
  type Theme,
} from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { FRENCH_COLLATION } from "@/lib/db/collation";
import { sortByFrench } from "@/lib/text/sort";
import { logoUrlOf } from "@/lib/organisations/profile.queries";

const territorySelect = { kind: true, code: true, name: true } as const;
const needOfferSelect = {
  id: true,
  title: true,
  description: true,
  mode: true,
  theme: true,
  validUntil: true,
  sdgTargetCode: true,
  territory: { select: territorySelect },
} as const;

/**
 * The fields of a published actor anyone may read: its public page shows them, and the open data
 * API publishes them. The network head's status is read only to hide it when it is not published.
 */
export const publicActorSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  description: true,
  website: true,
  verified: true,
  publishedAt: true,
  updatedAt: true,
  parent: { select: { slug: true, name: true, status: true } },
  territories: { select: { territory: { select: territorySelect } }, orderBy: { territory: { searchKey: "asc" } } },
} as const satisfies Prisma.ActorSelect;

/** A published actor by slug with everything its public page shows; null otherwise. Cached per request. */
export const getPublicActor = cache(async (slug: string) => {
  // One statement instead of Prisma's query per relation (13 round trips, each compiled by the
  // query compiler): most of this page's server time was spent there. The Prisma version below
  // (getPublicActorReference) is the definition; an integration test holds them equal.
  const [row] = await db.$queryRaw<ActorRow[]>`
    SELECT a.id, a.slug, a.name, a.kind::text AS kind, a.description, a.website, a.verified, a."logoPath", a."publishedAt", a."updatedAt",
      (SELECT json_build_object('slug', p.slug, 'name', p.name, 'status', p.status) FROM "Actor" p WHERE p.id = a."parentId") AS parent,
      COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name ${FRENCH_COLLATION}, t.id)
        FROM "Actor" t WHERE t."parentId" = a.id AND t.status = 'PUBLISHED'), '[]') AS "localTeams",
      COALESCE((SELECT json_agg(json_build_object('kind', t.kind, 'code', t.code, 'name', t.name) ORDER BY t."searchKey", t.id)
        FROM "ActorTerritory" l JOIN "Territory" t ON t.id = l."territoryId" WHERE l."actorId" = a.id), '[]') AS territories,
      COALESCE((SELECT json_agg(json_build_object('number', s.number, 'shortName', s."shortName", 'colour', s.colour) ORDER BY s.number)
        FROM "ActorSdg" l JOIN "Sdg" s ON s.number = l."sdgNumber" WHERE l."actorId" = a.id), '[]') AS sdgs,
      COALESCE((SELECT json_agg(json_build_object('slug', al.slug, 'title', al.title, 'summary', al.summary, 'mode', al.mode, 'stage', al.stage,
          'role', p.role, 'roleLabel', p."roleLabel") ORDER BY al.title ${FRENCH_COLLATION}, al.id)
        FROM "AlliancePartner" p JOIN "Alliance" al ON al.id = p."allianceId" AND al.status = 'PUBLISHED'
        WHERE p."actorId" = a.id AND p.status = 'CONFIRMED'), '[]') AS alliances,
      ${needOfferJson(Prisma.sql`"Need"`)} AS needs,
      ${needOfferJson(Prisma.sql`"Offer"`)} AS offers
    FROM "Actor" a WHERE a.slug = ${slug} AND a.status = 'PUBLISHED' LIMIT 1`;
  if (!row) return null;
  const { logoPath, parent, needs, offers, ...rest } = row;
  return {
    ...rest,
    logoUrl: logoUrlOf(row.id, logoPath),
    // A network head that is not published is not named.
    parent: parent && parent.status === "PUBLISHED" ? { slug: parent.slug, name: parent.name } : null,
    needs: needs.map(toNeedOffer),
    offers: offers.map(toNeedOffer),
  };
});

/** Published needs or offers still valid today, newest first, as JSON. */
function needOfferJson(table: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', n.id, 'title', n.title, 'description', n.description, 'mode', n.mode,
      'theme', n.theme, 'validUntil', n."validUntil", 'sdgTargetCode', n."sdgTargetCode",
      'territory', json_build_object('kind', t.kind, 'code', t.code, 'name', t.name)) ORDER BY n."createdAt" DESC, n.id)
    FROM ${table} n JOIN "Territory" t ON t.id = n."territoryId"
    WHERE n."actorId" = a.id AND n.status = 'PUBLISHED' AND (n."validUntil" IS NULL OR n."validUntil" >= ${startOfToday()})), '[]')`;
}

type TerritoryJson = { kind: TerritoryKind; code: string; name: string };
type NeedOfferJson = {
  id: string;
  title: string;
  description: string;
  mode: AllianceMode;
  theme: Theme;
  /** A date column: "YYYY-MM-DD" in JSON. */
  validUntil: string | null;
  sdgTargetCode: string | null;
  territory: TerritoryJson;
};

interface ActorRow {
  id: string;
  slug: string;
  name: string;
  kind: ActorKind;
  description: string;
  website: string | null;
  verified: boolean;
  logoPath: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  parent: { slug: string; name: string; status: ModerationStatus } | null;
  localTeams: { slug: string; name: string }[];
  territories: TerritoryJson[];
  sdgs: { number: number; shortName: string; colour: string }[];
  alliances: { slug: string; title: string; summary: string; mode: AllianceMode; stage: AllianceStage; role: PartnerRole; roleLabel: string | null }[];
  needs: NeedOfferJson[];
  offers: NeedOfferJson[];
}

function toNeedOffer({ validUntil, ...rest }: NeedOfferJson) {
  // Prisma reads a date column as midnight UTC: the same here.
  return { ...rest, validUntil: validUntil === null ? null : new Date(`${validUntil}T00:00:00.000Z`) };
}

/**
 * The definition of getPublicActor in Prisma's terms (publicActorSelect, shared with the open data
 * API, and the page's own relations), kept as the reference the integration test compares the
 * one-statement version with; not used by the page (one query per relation).
 */
export async function getPublicActorReference(slug: string) {
  const today = startOfToday();
  const actor = await db.actor.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      ...publicActorSelect,
      logoPath: true,
      localTeams: { where: { status: "PUBLISHED" }, select: { slug: true, name: true }, orderBy: { name: "asc" } },
      sdgs: { select: { sdg: { select: { number: true, shortName: true, colour: true } } }, orderBy: { sdgNumber: "asc" } },
      partners: {
        where: { status: "CONFIRMED", alliance: { status: "PUBLISHED" } },
        select: { role: true, roleLabel: true, alliance: { select: { slug: true, title: true, summary: true, mode: true, stage: true } } },
        orderBy: { alliance: { title: "asc" } },
      },
      needs: { where: publishedAndValid(today), select: needOfferSelect, orderBy: { createdAt: "desc" } },
      offers: { where: publishedAndValid(today), select: needOfferSelect, orderBy: { createdAt: "desc" } },
    },
  });
  if (!actor) return null;
  const { parent, territories, sdgs, partners, logoPath, ...rest } = actor;
  return {
    ...rest,
    logoUrl: logoUrlOf(actor.id, logoPath),
    // A network head that is not published is not named.
    parent: parent && parent.status === "PUBLISHED" ? { slug: parent.slug, name: parent.name } : null,
    territories: territories.map((link) => link.territory),
    sdgs: sdgs.map((link) => link.sdg),
    // French order, as getPublicActor sorts them in SQL.
    localTeams: sortByFrench(rest.localTeams, (team) => team.name),
    alliances: sortByFrench(
      partners.map((partner) => ({ ...partner.alliance, role: partner.role, roleLabel: partner.roleLabel })),
      (alliance) => alliance.title,
    ),
  };
}

export type PublicActor = NonNullable<Awaited<ReturnType<typeof getPublicActor>>>;
export type PublicNeedOffer = PublicActor["needs"][number];

/** Needs and offers past their date are no longer shown. */
function publishedAndValid(today: Date) {
  return { status: "PUBLISHED" as const, OR: [{ validUntil: null }, { validUntil: { gte: today } }] };
}

function startOfToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
