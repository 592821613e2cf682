import "server-only";
// The rows of the content exports: kits with every version, alliances with their partners, and
// the published diagnostic summaries by territory. Read 1,000 at a time like the other exports (./exports.queries.ts, which
// checks export.run and writes the audit row before any of them).
//
// Diagnostics: only what the territory pages may show. Figures are given per territory and only
// when at least three organisations published theirs (lib/diagnostics/anonymity.ts); below that,
// only the counts. No organisation's own scores leave the platform, not even for its staff.
import { Prisma } from "@/generated/prisma/client";
import { adminLabels } from "@/lib/copy/admin";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { directoryLabels } from "@/lib/copy/directories";
import { allianceModeNames } from "@/lib/copy/directory-lists";
import { kitsLabels } from "@/lib/copy/kits";
import { organisationsLabels } from "@/lib/copy/organisations";
import { db } from "@/lib/db";
import { themeName } from "@/lib/diagnostics/labels";
import { readStoredResult, summariseAnonymously } from "@/lib/diagnostics/report";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import type { CsvValue } from "./csv";
import { paginate } from "./csv-stream";

const t = adminLabels.exports;

type Rows = AsyncGenerator<CsvValue[][]>;

export function allianceRows(baseUrl: string): Rows {
  const select = {
    id: true,
    title: true,
    slug: true,
    status: true,
    mode: true,
    stage: true,
    startDate: true,
    endDate: true,
    publishedAt: true,
    moderationReason: true,
    partners: {
      select: { role: true, status: true, actor: { select: { name: true } } },
      orderBy: [{ role: "asc" }, { actor: { name: "asc" } }],
    },
    territories: { select: { territory: { select: { name: true } } } },
    targets: { select: { targetCode: true }, orderBy: { targetCode: "asc" } },
  } satisfies Prisma.AllianceSelect;
  const pages = paginate(
    (cursor: string | undefined, take) =>
      db.alliance.findMany({
        select,
        orderBy: [{ title: "asc" }, { id: "asc" }],
        take,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      }),
    (row) => row.id,
  );
  return (async function* () {
    for await (const page of pages) {
      yield page.map((alliance) => [
        alliance.title,
        organisationsLabels.statuses[alliance.status].label,
        allianceModeNames[alliance.mode],
        directoryLabels.stages[alliance.stage],
        alliance.partners
          .map((p) => t.partner(p.actor.name, directoryLabels.alliance.roles[p.role], alliancesWorkspaceCopy.partnerStatuses[p.status]))
          .join(", "),
        alliance.territories.map((link) => link.territory.name).join(", "),
        alliance.targets.map((target) => target.targetCode).join(", "),
        alliance.startDate,
        alliance.endDate,
        alliance.publishedAt,
        alliance.moderationReason,
        alliance.status === "PUBLISHED" ? `${baseUrl}${paths.alliance(alliance.slug)}` : null,
      ]);
    }
  })();
}

/** One row per version of each kit, the draft included (a version with no publication date). */
export function kitVersionRows(baseUrl: string): Rows {
  const select = {
    id: true,
    number: true,
    title: true,
    category: true,
    audiences: true,
    themes: true,
    maturityLevels: true,
    targets: true,
    links: true,
    note: true,
    publishedAt: true,
    author: { select: { name: true, email: true } },
    attachments: { select: { attachment: { select: { fileName: true } } } },
    kit: { select: { slug: true, status: true, currentVersion: true } },
  } satisfies Prisma.KitVersionSelect;
  const pages = paginate(
    (cursor: string | undefined, take) =>
      db.kitVersion.findMany({
        select,
        orderBy: [{ kit: { title: "asc" } }, { kitId: "asc" }, { number: "asc" }, { id: "asc" }],
        take,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      }),
    (row) => row.id,
  );
  return (async function* () {
    for await (const page of pages) {
      yield page.map((version) => {
        const live = version.kit.status === "PUBLISHED" && version.number === version.kit.currentVersion;
        const links = Array.isArray(version.links) ? version.links.length : 0;
        return [
          version.title,
          version.number,
          version.publishedAt === null ? t.kitVersionDraft : live ? t.kitVersionLive : t.kitVersionPast,
          kitsLabels.statuses[version.kit.status],
          kitsLabels.categories[version.category].label,
          version.audiences.map((kind) => organisationsLabels.kinds[kind]).join(", "),
          version.themes.map((theme) => directoryLabels.themes[theme]).join(", "),
          version.maturityLevels.join(", "),
          version.targets.join(", "),
          links,
          version.attachments.map((link) => link.attachment.fileName).join(", "),
          version.publishedAt,
          version.author ? (version.author.name ?? version.author.email) : null,
          version.note,
          live ? `${baseUrl}${paths.kit(version.kit.slug)}` : null,
        ];
      });
    }
  })();
}

type TerritoryKey = { id: number };

export function diagnosticSummaryRows(): Rows {
  // The territories with published diagnostics, by id; then each page's diagnostics (scores only).
  const pages = paginate(
    (cursor: number | undefined, take) =>
      db.$queryRaw<TerritoryKey[]>`
        SELECT "territoryId" AS id FROM "Diagnostic" WHERE status = 'PUBLISHED' ${cursor === undefined ? Prisma.empty : Prisma.sql`AND "territoryId" > ${cursor}`}
        GROUP BY "territoryId" ORDER BY "territoryId" LIMIT ${take}`,
    (row) => row.id,
  );
  return (async function* () {
    for await (const keys of pages) {
      const ids = keys.map((key) => key.id);
      const [territories, diagnostics] = await Promise.all([
        db.territory.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true, code: true, name: true } }),
        db.diagnostic.findMany({ where: { territoryId: { in: ids }, status: "PUBLISHED" }, select: { territoryId: true, actorId: true, scores: true } }),
      ]);
      const byTerritory = new Map(territories.map((territory) => [territory.id, territory]));
      yield ids.flatMap((id) => {
        const territory = byTerritory.get(id);
        if (!territory) return [];
        const rows = diagnostics.flatMap((row) => {
          if (row.territoryId !== id) return [];
          const result = readStoredResult(row.scores);
          return result ? [{ actorId: row.actorId, level: result.level, overall: result.overall, priorities: result.priorities }] : [];
        });
        const summary = summariseAnonymously(rows);
        const figures: CsvValue[] =
          summary.status === "available"
            ? [summary.averageOverall, summary.level.name, summary.priorities.map((theme) => themeName(theme as Parameters<typeof themeName>[0])).join(", ")]
            : [t.tooFewOrganisations, null, null];
        return [[labels.territoryKinds[territory.kind].label, territory.code, territory.name, summary.organisations, summary.count, ...figures]];
      });
    }
  })();
}
