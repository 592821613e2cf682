// Back office: disabling and re-enabling accounts, and the users list's organisations, on the
// real database. Each test makes its own users and checks only them.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { setAccountDisabled } from "@/lib/users/users.mutations";
import { listUsers } from "@/lib/users/users.queries";
import { makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

async function disabledAtOf(id: string) {
  return (await db.user.findUniqueOrThrow({ where: { id }, select: { disabledAt: true } })).disabledAt;
}

async function auditOf(entityId: string) {
  return db.auditLog.findMany({ where: { entity: "User", entityId }, orderBy: { createdAt: "asc" } });
}

describe("setAccountDisabled", () => {
  it("lets an admin disable then re-enable an account, each audited", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("STAFF");
    const now = new Date("2026-11-28T10:00:00Z");
    expect(await setAccountDisabled(admin.principal, target.id, true, { now, ip: "203.0.113.5" })).toEqual({
      userId: target.id,
      email: target.email,
      disabled: true,
      changed: true,
    });
    expect(await disabledAtOf(target.id)).toEqual(now);
    await setAccountDisabled(admin.principal, target.id, false);
    expect(await disabledAtOf(target.id)).toBeNull();
    const audit = await auditOf(target.id);
    expect(audit.map((row) => [row.action, row.userId])).toEqual([
      ["account.disabled", admin.id],
      ["account.enabled", admin.id],
    ]);
    expect(audit[0].summary).toContain(target.email);
    expect(audit[0].ip).toBe("203.0.113.5");
  });

  it("changes nothing and writes no audit row when the account is already in that state", async () => {
    const admin = await makeUser("ADMIN");
    const since = new Date("2026-01-01T00:00:00Z");
    const target = await makeUser("USER", { disabledAt: since });
    expect((await setAccountDisabled(admin.principal, target.id, true)).changed).toBe(false);
    expect(await disabledAtOf(target.id)).toEqual(since);
    expect(await auditOf(target.id)).toHaveLength(0);
  });

  it("refuses an admin's own account and another admin's", async () => {
    const admin = await makeUser("ADMIN");
    const other = await makeUser("ADMIN");
    await expect(setAccountDisabled(admin.principal, admin.id, true)).rejects.toThrow("Vous ne pouvez pas désactiver votre propre compte.");
    await expect(setAccountDisabled(admin.principal, other.id, true)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await disabledAtOf(admin.id)).toBeNull();
    expect(await disabledAtOf(other.id)).toBeNull();
  });

  it("answers not found for an unknown account", async () => {
    const admin = await makeUser("ADMIN");
    await expect(setAccountDisabled(admin.principal, "inconnu", true)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses staff, a plain user and an organisation admin, and nothing changes", async () => {
    const staff = await makeUser("STAFF");
    const user = await makeUser();
    const orgAdmin = await makeUser();
    const target = await makeUser();
    const actor = await db.actor.create({ data: { kind: "ASSOCIATION", name: "Asso", slug: `asso-${randomUUID()}`, searchKey: "asso", status: "PUBLISHED" } });
    await db.membership.createMany({
      data: [
        { userId: orgAdmin.id, actorId: actor.id, role: "ADMIN" },
        { userId: target.id, actorId: actor.id, role: "MEMBER" },
      ],
    });
    for (const who of [staff.principal, user.principal, orgAdmin.principal, null]) {
      await expect(setAccountDisabled(who, target.id, true)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await disabledAtOf(target.id)).toBeNull();
    expect(await auditOf(target.id)).toHaveLength(0);
  });
});

describe("listUsers", () => {
  it("shows each account's organisations with its role, and when it was disabled", async () => {
    const staff = await makeUser("STAFF");
    const tag = randomUUID();
    const since = new Date("2026-02-03T10:00:00Z");
    const member = await makeUser("USER", { email: `membre-${tag}@exemple.fr`, disabledAt: since });
    const [a, b] = await Promise.all(
      ["Bêta solidaire", "Alpha coopérative"].map((name) =>
        db.actor.create({ data: { kind: "ASSOCIATION", name, slug: `${randomUUID()}`, searchKey: name, status: "PUBLISHED" } }),
      ),
    );
    await db.membership.createMany({
      data: [
        { userId: member.id, actorId: a.id, role: "MEMBER" },
        { userId: member.id, actorId: b.id, role: "ADMIN" },
      ],
    });
    const { items } = await listUsers(staff.principal, { q: `membre-${tag}` });
    expect(items).toHaveLength(1);
    expect(items[0].disabledAt).toEqual(since);
    expect(items[0].memberships).toEqual([
      { role: "ADMIN", actor: { id: b.id, name: "Alpha coopérative" } },
      { role: "MEMBER", actor: { id: a.id, name: "Bêta solidaire" } },
    ]);
  });
});
