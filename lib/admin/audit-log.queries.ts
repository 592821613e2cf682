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
  /** Who acted: null for anonymous events or a deleted account. */
  user: { name: string | null; email: string } | null;
};

export const auditEntrySelect = {
  id: true,
  action: true,
  entity: true,
  entityId: true,
  summary: true,
  ip: true,
  createdAt: true,
  user: { select: { name: true, email: true } },
} satisfies Prisma.AuditLogSelect;

/** Newest first; the id breaks ties so that pages and the export's cursor never skip a row. */
export const auditOrder = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.AuditLogOrderByWithRelationInput[];

export function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.who) where.user = { email: { contains: filters.who, mode: "insensitive" } };
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
  const [items, total] = await Promise.all([
    db.auditLog.findMany({ where, select: auditEntrySelect, orderBy: auditOrder, skip: pageOffset(page, pageSize), take: pageSize }),
    db.auditLog.count({ where }),
  ]);
  return { items, pageInfo: buildPageInfo(page, pageSize, total) };
}
