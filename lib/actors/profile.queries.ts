// One published actor as the public sees it. Contact details stay private: the public page shows
// the website only (the contact form comes with sign-in).
import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
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
  territories: { select: { territory: { select: territorySelect } }, orderBy: { territory: { name: "asc" } } },
} as const satisfies Prisma.ActorSelect;

/** A published actor by slug with everything its public page shows; null otherwise. Cached per request. */
export const getPublicActor = cache(async (slug: string) => {
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
    alliances: partners.map((partner) => ({ ...partner.alliance, role: partner.role, roleLabel: partner.roleLabel })),
  };
});

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
