import "server-only";
// The back-office dashboard: live counts and the latest audit entries. Checked here (stats.read,
// staff and admins) as well as by the /admin layout.
import type { KitStatus, ModerationStatus, PlatformRole } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { auditAuthor, type AuditAuthor } from "./audit-log.queries";

export const DASHBOARD_AUDIT_LIMIT = 20;

export type AuditEntryView = {
  id: string;
  action: string;
  summary: string;
  createdAt: Date;
  /** Who acted, as they were named then: null for anonymous events (a failed sign-in). */
  user: AuditAuthor | null;
  targetLabel: string | null;
};

export type AdminDashboard = {
  usersByRole: Record<PlatformRole, number>;
  actorsByStatus: Record<ModerationStatus, number>;
  publishedAlliances: number;
  kitsByStatus: Record<KitStatus, number>;
  latestAudit: AuditEntryView[];
};

/** groupBy rows → a record with every key, zero where no row came back. */
function tally<K extends string>(keys: readonly K[], rows: { key: K; count: number }[]): Record<K, number> {
  const result = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const row of rows) result[row.key] = row.count;
  return result;
}

export async function getAdminDashboard(principal: Principal): Promise<AdminDashboard> {
  assertCan(principal, "stats.read");
  const [users, actors, publishedAlliances, kits, latestAudit] = await Promise.all([
    db.user.groupBy({ by: ["platformRole"], _count: { _all: true } }),
    db.actor.groupBy({ by: ["status"], _count: { _all: true } }),
    db.alliance.count({ where: { status: "PUBLISHED" } }),
    db.kit.groupBy({ by: ["status"], _count: { _all: true } }),
    db.auditLog.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: DASHBOARD_AUDIT_LIMIT,
      select: { id: true, action: true, summary: true, createdAt: true, actorName: true, actorEmail: true, targetLabel: true },
    }),
  ]);
  return {
    usersByRole: tally(
      ["USER", "STAFF", "ADMIN"],
      users.map((row) => ({ key: row.platformRole, count: row._count._all })),
    ),
    actorsByStatus: tally(
      ["DRAFT", "PENDING", "PUBLISHED", "REJECTED"],
      actors.map((row) => ({ key: row.status, count: row._count._all })),
    ),
    publishedAlliances,
    kitsByStatus: tally(
      ["DRAFT", "PUBLISHED", "ARCHIVED"],
      kits.map((row) => ({ key: row.status, count: row._count._all })),
    ),
    latestAudit: latestAudit.map(({ actorName, actorEmail, ...entry }) => ({ ...entry, user: auditAuthor({ actorName, actorEmail }) })),
  };
}
