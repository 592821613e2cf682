import "server-only";
// Reads of the back office's list of published diagnostic summaries (and of those the team
// withdrew), and of one diagnostic's page: scores and level only, never the answers. Checked here
// (content.list). The search runs on the organisation's and the territory's searchKey.
import type { DiagnosticStatus, Prisma } from "@/generated/prisma/client";
import { auditDateRange } from "@/lib/admin/audit-log";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildPageInfo, pageOffset, type PageInfo } from "@/lib/territories/territories";
import { CONTENT_PAGE_SIZE, searchWords, type ContentSort, type DiagnosticStatusSlug } from "./content-admin";
import { inTerritoryTree } from "./content-admin.queries";
import type { DiagnosticListParams } from "./content-admin.schemas";

export type DiagnosticRow = {
  id: string;
  /** « Organisation — Territoire ». */
  title: string;
  organisation: string;
  territory: string;
  status: DiagnosticStatus;
  moderationReason: string | null;
  maturityLevel: number | null;
  completedAt: Date | null;
  updatedAt: Date;
};

/** What the list shows: published summaries, and completed ones the team withdrew (they kept a reason). */
const WITHDRAWN = { status: "COMPLETED", moderationReason: { not: null } } as const satisfies Prisma.DiagnosticWhereInput;
const STATUS_WHERE: Record<DiagnosticStatusSlug, Prisma.DiagnosticWhereInput> = { publie: { status: "PUBLISHED" }, depublie: WITHDRAWN };

function whereOf(params: DiagnosticListParams): Prisma.DiagnosticWhereInput {
  const range = auditDateRange(params.publishedFrom ?? undefined, params.publishedTo ?? undefined);
  const words = searchWords(params.q);
  return {
    AND: [
      params.statusSlug ? STATUS_WHERE[params.statusSlug] : { OR: [STATUS_WHERE.publie, WITHDRAWN] },
      ...(range.gte || range.lt ? [{ completedAt: range }] : []),
      // Every word in the organisation's name or the territory's.
      ...words.map((word) => ({ OR: [{ actor: { searchKey: { contains: word } } }, { territory: { searchKey: { contains: word } } }] })),
      ...(params.territoryId ? [{ territory: inTerritoryTree(params.territoryId) }] : []),
    ],
  };
}

function orderOf(sort: ContentSort): Prisma.DiagnosticOrderByWithRelationInput[] {
  switch (sort) {
    case "nom":
      return [{ actor: { searchKey: "asc" } }, { id: "asc" }];
    case "modification":
      return [{ updatedAt: "desc" }, { id: "asc" }];
    default:
      return [{ completedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }];
  }
}

/** `assigned`: the « Attribué à » filter (lib/assignments), if any. */
export async function listDiagnosticsForStaff(
  principal: Principal,
  params: DiagnosticListParams,
  assigned?: { in: string[] } | { notIn: string[] },
): Promise<{ items: DiagnosticRow[]; pageInfo: PageInfo }> {
  assertCan(principal, "content.list");
  const filters = whereOf(params);
  const where = assigned ? { AND: [filters, { id: assigned }] } : filters;
  const [rows, total] = await Promise.all([
    db.diagnostic.findMany({
      where,
      orderBy: orderOf(params.sort),
      skip: pageOffset(params.page, CONTENT_PAGE_SIZE),
      take: CONTENT_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        moderationReason: true,
        maturityLevel: true,
        completedAt: true,
        updatedAt: true,
        actor: { select: { name: true } },
        territory: { select: { name: true } },
      },
    }),
    db.diagnostic.count({ where }),
  ]);
  const items = rows.map(({ actor, territory, ...row }) => ({
    ...row,
    title: `${actor.name} — ${territory.name}`,
    organisation: actor.name,
    territory: territory.name,
  }));
  return { items, pageInfo: buildPageInfo(params.page, CONTENT_PAGE_SIZE, total) };
}

/** One diagnostic for its back-office page (no answers), or null when there is none with this id. */
export async function getDiagnosticForStaff(principal: Principal, id: string) {
  assertCan(principal, "content.list");
  return db.diagnostic.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      moderationReason: true,
      maturityLevel: true,
      overallScore: true,
      completedAt: true,
      createdAt: true,
      updatedAt: true,
      actor: { select: { id: true, name: true } },
      territory: { select: { kind: true, code: true, name: true } },
      template: { select: { title: true } },
    },
  });
}
export type DiagnosticItem = NonNullable<Awaited<ReturnType<typeof getDiagnosticForStaff>>>;
