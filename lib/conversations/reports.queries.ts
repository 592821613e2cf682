// The open reports, for staff: the reported message is shown here only, never its whole thread.
import "server-only";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export type OpenReport = {
  id: string;
  reason: string;
  createdAt: Date;
  reporter: string;
  message: { body: string; author: string; organisation: string; createdAt: Date };
};

export async function listOpenMessageReports(principal: Principal): Promise<OpenReport[]> {
  assertCan(principal, "moderation.decide");
  const rows = await db.messageReport.findMany({
    where: { resolvedAt: null },
    select: {
      id: true,
      reason: true,
      createdAt: true,
      reporter: { select: { name: true, email: true } },
      message: { select: { body: true, createdAt: true, author: { select: { name: true, email: true } }, actor: { select: { name: true } } } },
    },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  const nameOf = (user: { name: string | null; email: string } | null) => (user ? (user.name ?? user.email) : "—");
  return rows.map((row) => ({
    id: row.id,
    reason: row.reason,
    createdAt: row.createdAt,
    reporter: nameOf(row.reporter),
    message: { body: row.message.body, author: nameOf(row.message.author), organisation: row.message.actor.name, createdAt: row.message.createdAt },
  }));
}
