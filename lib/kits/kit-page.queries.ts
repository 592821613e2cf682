// Everything the public page of one kit shows: its current published version, what describes it,
// its files, links and history, related kits, the ratings, and the signed-in reader's own
// contributions. Drafts, archived kits and unknown slugs give null (the page answers 404).
import "server-only";
import { cache } from "react";
import { Prisma, type ActorKind, type AllianceMode, type FeedbackKind, type KitCategory, type Theme } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isHttpUrl } from "./kit-form.schemas";
import { averageRating, compareTargetCodes, RELATED_KITS } from "./kits";
import { KIT_LIST_COLUMNS, PUBLISHED_CLAUSE, PUBLISHED_KITS, type KitListItem } from "./kits.queries";

export interface PublishedKit {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  category: KitCategory;
  audiences: ActorKind[];
  maturityLevels: number[];
  themes: Theme[];
  modes: AllianceMode[];
  version: number;
  updatedAt: Date;
  targets: { code: string; text: string }[];
  links: { id: string; label: string; url: string }[];
  attachments: { id: string; fileName: string; mimeType: string; sizeBytes: number }[];
  versions: { number: number; publishedAt: Date; note: string }[];
}

/** The published kit named by `slug`, as the public sees it; null for drafts, archives and unknowns. */
export const getPublishedKit = cache(async (slug: string): Promise<PublishedKit | null> => {
  const kit = await db.kit.findFirst({
    where: { slug, status: "PUBLISHED", currentVersion: { gt: 0 } },
    select: {
      id: true,
      slug: true,
      category: true,
      audiences: true,
      maturityLevels: true,
      themes: true,
      modes: true,
      currentVersion: true,
      targets: { select: { target: { select: { code: true, text: true } } } },
      links: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, label: true, url: true } },
      // Drafts have no publication date: the public never sees one, nor its files.
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { number: "desc" },
        select: { id: true, number: true, publishedAt: true, note: true, title: true, summary: true, body: true },
      },
    },
  });
  const current = kit?.versions.find((version) => version.number === kit.currentVersion);
  if (!kit || !current?.publishedAt) return null;
  const attachments = await db.kitAttachment.findMany({
    where: { kitId: kit.id, versions: { some: { versionId: current.id } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true },
  });
  return {
    id: kit.id,
    slug: kit.slug,
    title: current.title,
    summary: current.summary,
    body: current.body,
    category: kit.category,
    audiences: kit.audiences,
    maturityLevels: [...kit.maturityLevels].sort((a, b) => a - b),
    themes: kit.themes,
    modes: kit.modes,
    version: kit.currentVersion,
    updatedAt: current.publishedAt,
    targets: kit.targets.map((link) => link.target).sort((a, b) => compareTargetCodes(a.code, b.code)),
    // Saved links are checked by the form; rows written by other means are checked again here.
    links: kit.links.filter((link) => isHttpUrl(link.url)),
    attachments,
    // Up to the current one: a higher number cannot exist today, but the public must never see it.
    versions: kit.versions.flatMap(({ number, publishedAt, note }) => (publishedAt && number <= kit.currentVersion ? [{ number, publishedAt, note }] : [])),
  };
});

/**
 * Other published kits close to this one: the same family counts most, then each shared theme and
 * each shared SDG target. Kits sharing nothing are not "related" and are left out.
 */
export async function listRelatedKits(kit: Pick<PublishedKit, "id" | "category" | "themes" | "targets">, limit = RELATED_KITS): Promise<KitListItem[]> {
  const themes = kit.themes.length > 0 ? Prisma.sql`ARRAY[${Prisma.join(kit.themes)}]::text[]` : Prisma.sql`ARRAY[]::text[]`;
  const targets = kit.targets.length > 0 ? Prisma.sql`ARRAY[${Prisma.join(kit.targets.map((target) => target.code))}]::text[]` : Prisma.sql`ARRAY[]::text[]`;
  return db.$queryRaw<KitListItem[]>`
    SELECT ${KIT_LIST_COLUMNS} FROM ${PUBLISHED_KITS}
    CROSS JOIN LATERAL (
      SELECT (CASE WHEN k.category = ${kit.category}::"KitCategory" THEN 2 ELSE 0 END)
        + cardinality(ARRAY(SELECT unnest(k.themes::text[]) INTERSECT SELECT unnest(${themes})))
        + (SELECT count(*)::int FROM "KitSdgTarget" t WHERE t."kitId" = k.id AND t."targetCode" = ANY(${targets})) AS score
    ) s
    WHERE ${PUBLISHED_CLAUSE} AND k.id <> ${kit.id} AND s.score > 0
    ORDER BY s.score DESC, k."publishedAt" DESC NULLS LAST, k.id
    LIMIT ${limit}`;
}

export interface RatingSummary {
  average: number | null;
  count: number;
}

/** The average usefulness (1–5) and how many people rated the kit. */
export async function getKitRating(kitId: string): Promise<RatingSummary> {
  const result = await db.feedback.aggregate({ where: { kitId, kind: "RATING", rating: { not: null } }, _sum: { rating: true }, _count: { rating: true } });
  const count = result._count.rating;
  return { average: averageRating(result._sum.rating ?? 0, count), count };
}

export interface MyKitFeedback {
  rating: number | null;
  contributions: { id: string; kind: FeedbackKind; comment: string; staffAnswer: string | null; createdAt: Date }[];
}

/** The reader's own rating and messages on this kit (and the team's answers); empty for visitors. */
export async function getMyKitFeedback(principal: Principal, kitId: string): Promise<MyKitFeedback> {
  if (!principal) return { rating: null, contributions: [] };
  const rows = await db.feedback.findMany({
    where: { kitId, userId: principal.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, rating: true, comment: true, staffAnswer: true, createdAt: true },
  });
  const rating = rows.find((row) => row.kind === "RATING")?.rating ?? null;
  const contributions = rows
    .filter((row) => row.kind !== "RATING")
    .map(({ id, kind, comment, staffAnswer, createdAt }) => ({ id, kind, comment, staffAnswer, createdAt }));
  return { rating, contributions };
}
