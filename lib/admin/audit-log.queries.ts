import "server-only";
// Reads of the audit-log viewer and its CSV export: the same filters, newest first. Checked here
// (audit.read) as well as by the /admin layout.
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildPageInfo, pageOffset, type PageInfo } from "@/lib/territories/territories";
import { auditDateRange, type AuditFilters } from "./audit-log";

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogEntry = {
  id: string;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  ip: string | null;
  createdAt: Date;
  /** Who acted, as they were named then: null for anonymous events (a failed sign-in). */
  user: AuditAuthor | null;
  /** What the entry is about, as it was named then (a failed sign-in: the e-mail typed). */
  targetLabel: string | null;
};

export type AuditAuthor = { name: string | null; email: string };

export const auditEntrySelect = {
  id: true,
  action: true,
  entity: true,
  entityId: true,
  summary: true,
  ip: true,
  createdAt: true,
  actorName: true,
  actorEmail: true,
  targetLabel: true,
} satisfies Prisma.AuditLogSelect;

/** The snapshot columns as the author shown by the tables and the export. */
export function auditAuthor(row: { actorName: string | null; actorEmail: string | null }): AuditAuthor | null {
  return row.actorEmail ? { name: row.actorName, email: row.actorEmail } : null;
}

export function toAuditLogEntry(row: Prisma.AuditLogGetPayload<{ select: typeof auditEntrySelect }>): AuditLogEntry {
  const { actorName, actorEmail, ...rest } = row;
  return { ...rest, user: auditAuthor({ actorName, actorEmail }) };
}

/** Newest first; the id breaks ties so that pages and the export's cursor never skip a row. */
export const auditOrder = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.AuditLogOrderByWithRelationInput[];

export function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  // The e-mail the author had when they acted, as the table shows it.
  if (filters.who) where.actorEmail = { contains: filters.who, mode: "insensitive" };
  if (filters.action) where.action = filters.action;
  if (filters.entity) where.entity = filters.entity;
  if (filters.entityId) where.entityId = filters.entityId;
  const range = auditDateRange(filters.from, filters.to);
  if (range.gte || range.lt) where.createdAt = range;
  return where;
}

export async function listAuditLog(
  principal: Principal,
  input: { filters: AuditFilters; page?: number; pageSize?: number },
): Promise<{ items: AuditLogEntry[]; pageInfo: PageInfo }> {
  assertCan(principal, "audit.read");
  const pageSize = input.pageSize ?? AUDIT_PAGE_SIZE;
  const page = Math.max(1, Math.trunc(input.page ?? 1) || 1);
  const where = auditWhere(input.filters);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, select: auditEntrySelect, orderBy: auditOrder, skip: pageOffset(page, pageSize), take: pageSize }),
    db.auditLog.count({ where }),
  ]);
  return { items: rows.map(toAuditLogEntry), pageInfo: buildPageInfo(page, pageSize, total) };
}
