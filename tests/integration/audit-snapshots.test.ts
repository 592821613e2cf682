// Audit entries are snapshots: the author's name and e-mail as they were when they acted, whatever
// happens to the account afterwards; the journal shows and filters that snapshot.
import { afterAll, describe, expect, it } from "vitest";
import { listAuditLog } from "@/lib/admin/audit-log.queries";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { db } from "@/lib/db";
import { makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

describe("audit snapshots", () => {
  it("keeps the author's name and e-mail of the day through a rename and a deletion", async () => {
    const staff = await makeUser("STAFF");
    const author = await makeUser("USER", { name: "Édouard Ancien" });
    const oldEmail = author.email;
    await writeAudit(db, {
      userId: author.id,
      action: "actor.updated",
      entity: "Actor",
      entityId: `snap-${author.id}`,
      summary: "Fiche modifiée",
      ip: "192.0.2.7",
    });

    await db.user.update({ where: { id: author.id }, data: { name: "Édouard Nouveau", email: `nouveau-${oldEmail}` } });
    const afterRename = await listAuditLog(staff.principal, { filters: { entityId: `snap-${author.id}` } });
    expect(afterRename.items).toEqual([expect.objectContaining({ user: { name: "Édouard Ancien", email: oldEmail }, ip: "192.0.2.7", targetLabel: null })]);
    // The filter "Auteur" reads the e-mail the entry shows, not the account's current one.
    const byOldEmail = await listAuditLog(staff.principal, { filters: { who: oldEmail.slice(0, 12).toUpperCase(), entityId: `snap-${author.id}` } });
    expect(byOldEmail.pageInfo.total).toBe(1);

    await db.user.delete({ where: { id: author.id } });
    const afterDeletion = await db.auditLog.findFirstOrThrow({ where: { entityId: `snap-${author.id}` } });
    expect(afterDeletion).toMatchObject({ userId: null, actorName: "Édouard Ancien", actorEmail: oldEmail });
  });

  it("writes an anonymous entry without a snapshot, and an unknown author id as anonymous", async () => {
    await writeAudit(db, { userId: null, action: "auth.signin.failed", entity: "User", targetLabel: "quelqu.un@exemple.fr", summary: "x" });
    await writeAudit(db, { userId: "no-such-user", action: "auth.signin", entity: "User", entityId: "snap-ghost", summary: "x" });
    const ghost = await db.auditLog.findFirstOrThrow({ where: { entityId: "snap-ghost" } });
    expect(ghost).toMatchObject({ userId: null, actorName: null, actorEmail: null });
  });
});
