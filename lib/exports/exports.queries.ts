import "server-only";
// The rows of each CSV export, read from the database 1,000 at a time with cursor pagination
// (never the whole table in memory), and the permission check (export.run) and audit row that
// come before any of them.
import type { Prisma } from "@/generated/prisma/client";
import { auditDateRange, describeAuditFilters, hasAuditFilters, type AuditFilters } from "@/lib/admin/audit-log";
import { auditEntrySelect, auditOrder, auditWhere } from "@/lib/admin/audit-log.queries";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminLabels } from "@/lib/copy/admin";
import { organisationsLabels } from "@/lib/copy/organisations";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { listPendingKeys, loadQueueItems, type QueueKey } from "@/lib/moderation/moderation.queries";
import { paths } from "@/lib/paths";
import { userSearchWhere } from "@/lib/users/users.queries";
import type { CsvValue } from "./csv";
import { csvFileName } from "./csv";
import { csvStream, paginate } from "./csv-stream";
import type { ExportList } from "./exports";

const t = adminLabels.exports;

type Rows = AsyncGenerator<CsvValue[][]>;
export type ExportParams = { q?: string; audit?: AuditFilters };
export type ExportContext = { baseUrl: string; ip?: string | null; now?: Date };

async function* mapPages<T>(pages: AsyncGenerator<T[]>, toRow: (item: T) => CsvValue[]): Rows {
  for await (const page of pages) yield page.map(toRow);
}

const byId = <T extends { id: string }>(row: T) => row.id;
// Prisma's cursor pagination: start after the previous page's last row (skip the cursor itself).
const cursorArgs = (cursor: string | undefined): { cursor?: { id: string }; skip: number } => ({
  cursor: cursor ? { id: cursor } : undefined,
  skip: cursor ? 1 : 0,
});

function userRows(q: string | undefined): Rows {
  const where = userSearchWhere(q ?? "");
  const select = {
    id: true,
    name: true,
    email: true,
    platformRole: true,
    emailVerified: true,
    disabledAt: true,
    createdAt: true,
    memberships: { select: { role: true, actor: { select: { name: true } } }, orderBy: { actor: { name: "asc" } } },
  } satisfies Prisma.UserSelect;
  const pages = paginate(
    (cursor: string | undefined, take) => db.user.findMany({ where, select, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, ...cursorArgs(cursor) }),
    byId,
  );
  return mapPages(pages, (user) => [
    user.name,
    user.email,
    adminLabels.roles[user.platformRole],
    user.emailVerified ? t.yes : t.no,
    user.disabledAt,
    user.memberships.map((m) => adminLabels.users.membership(m.actor.name, organisationsLabels.roles[m.role])).join(", "),
    user.createdAt,
  ]);
}

function organisationRows(baseUrl: string): Rows {
  const select = {
    id: true,
    name: true,
    slug: true,
    kind: true,
    status: true,
    verified: true,
    siren: true,
    website: true,
    contactEmail: true,
    createdAt: true,
    publishedAt: true,
    moderationReason: true,
    territories: { select: { territory: { select: { name: true } } } },
    _count: { select: { memberships: true } },
  } satisfies Prisma.ActorSelect;
  const pages = paginate(
    (cursor: string | undefined, take) => db.actor.findMany({ select, orderBy: [{ name: "asc" }, { id: "asc" }], take, ...cursorArgs(cursor) }),
    byId,
  );
  return mapPages(pages, (actor) => [
    actor.name,
    organisationsLabels.kinds[actor.kind],
    organisationsLabels.statuses[actor.status].label,
    actor.verified ? t.yes : t.no,
    actor.siren,
    actor.website,
    actor.contactEmail,
    actor.territories.map((link) => link.territory.name).join(", "),
    actor._count.memberships,
    actor.createdAt,
    actor.publishedAt,
    actor.moderationReason,
    // Only a published profile has a public page.
    actor.status === "PUBLISHED" ? `${baseUrl}${paths.actor(actor.slug)}` : null,
  ]);
}

function moderationRows(): Rows {
  const pages = paginate(
    (cursor: QueueKey | undefined, take) => listPendingKeys({ cursor, take }),
    (key) => key,
  );
  return (async function* () {
    for await (const keys of pages) {
      const items = await loadQueueItems(keys);
      yield items.map((item) => [
        adminLabels.moderation.kinds[item.kind],
        item.title,
        item.organisation?.name,
        item.submittedAt,
        item.firstSubmission === null ? null : item.firstSubmission ? t.yes : t.no,
        item.id,
      ]);
    }
  })();
}

function auditRows(filters: AuditFilters): Rows {
  const where = auditWhere(filters);
  const pages = paginate(
    (cursor: string | undefined, take) => db.auditLog.findMany({ where, select: auditEntrySelect, orderBy: auditOrder, take, ...cursorArgs(cursor) }),
    byId,
  );
  return mapPages(pages, (entry) => [
    entry.createdAt,
    entry.actorName,
    entry.actorEmail ?? (entry.targetLabel ? adminLabels.auditAttempt(entry.targetLabel) : null),
    adminLabels.auditAction(entry.action),
    entry.action,
    adminLabels.auditEntity(entry.entity),
    entry.entityId,
    entry.summary,
    entry.ip,
  ]);
}

function rowsOf(list: ExportList, params: ExportParams, context: ExportContext): Rows {
  switch (list) {
    case "utilisateurs":
      return userRows(params.q);
    case "organisations":
      return organisationRows(context.baseUrl.replace(/\/+$/, ""));
    case "moderation":
      return moderationRows();
    case "journal":
      return auditRows(params.audit ?? {});
  }
}

function filtersText(list: ExportList, params: ExportParams): string {
  if (list === "utilisateurs" && params.q) return `q=${params.q}`;
  if (list === "journal" && params.audit && hasAuditFilters(params.audit)) return describeAuditFilters(params.audit);
  return "";
}

/**
 * Checks export.run, records the download in the audit log, and returns the file's name and a
 * stream that reads the rows as the client downloads them.
 */
export async function openExport(
  principal: Principal,
  list: ExportList,
  params: ExportParams,
  context: ExportContext,
): Promise<{ fileName: string; stream: ReadableStream<Uint8Array> }> {
  assertCan(principal, "export.run");
  if (!principal) throw new ForbiddenError();
  // Fails early on dates the filter cannot read, before the audit row says anything was exported.
  auditDateRange(params.audit?.from, params.audit?.to);
  const title = t.lists[list].title;
  const filters = filtersText(list, params);
  await writeAudit(db, {
    userId: principal.id,
    action: "export.downloaded",
    entity: "Export",
    entityId: list,
    summary: filters ? t.auditSummaryFiltered(title, filters) : t.auditSummary(title),
    ip: context.ip,
  });
  const header = t.headers[list];
  return { fileName: csvFileName(list, context.now), stream: csvStream(header, rowsOf(list, params, context)) };
}
