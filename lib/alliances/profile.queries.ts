// One published alliance as the public sees it: confirmed partners whose organisation is
// published, its territories, its SDG 17 targets, description and results.
import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { visiblePartner } from "@/lib/alliances/alliances.queries";
import { db } from "@/lib/db";

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
  territories: { select: { territory: { select: { kind: true, code: true, name: true } } }, orderBy: { territory: { name: "asc" } } },
} as const satisfies Prisma.AllianceSelect;

/** A published alliance by slug; null otherwise. Cached per request. */
export const getPublicAlliance = cache(async (slug: string) => {
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
    partners: partners.map((partner) => ({ ...partner.actor, role: partner.role, roleLabel: partner.roleLabel })),
    territories: territories.map((link) => link.territory),
    targets: targets.map((link) => link.target).sort((a, b) => a.position - b.position),
  };
});

export type PublicAlliance = NonNullable<Awaited<ReturnType<typeof getPublicAlliance>>>;
