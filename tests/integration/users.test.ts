// Back office: granting and revoking the STAFF role, the users list and the dashboard, on the real
// database. Each test makes its own users (unique e-mails) and checks only them.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { getAdminDashboard } from "@/lib/admin/admin.queries";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { setPlatformRole } from "@/lib/users/users.mutations";
import { USERS_PAGE_SIZE, listUsers } from "@/lib/users/users.queries";
import { makeUser as makeTestUser, type UserOverrides } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

type Role = "USER" | "STAFF" | "ADMIN";

/** Every account here has a (fake) password hash: the listings must never select it. */
const makeUser = (platformRole: Role = "USER", data: UserOverrides = {}) => makeTestUser(platformRole, { passwordHash: "not-a-real-hash", ...data });

const asPrincipal = (user: { id: string; platformRole: Role }): Principal => ({ id: user.id, platformRole: user.platformRole });

async function roleOf(id: string) {
  return (await db.user.findUniqueOrThrow({ where: { id }, select: { platformRole: true } })).platformRole;
}

async function auditOf(entityId: string) {
  return db.auditLog.findMany({ where: { entity: "User", entityId }, orderBy: { createdAt: "asc" } });
}

describe("setPlatformRole", () => {
  it("lets an admin grant the STAFF role, with an audit row naming the e-mail", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("USER");
    const result = await setPlatformRole(asPrincipal(admin), target.id, "STAFF");
    expect(result).toEqual({ userId: target.id, email: target.email, from: "USER", to: "STAFF", changed: true });
    expect(await roleOf(target.id)).toBe("STAFF");
    const audit = await auditOf(target.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: admin.id, action: "role.granted", entity: "User", entityId: target.id });
    expect(audit[0].summary).toContain(target.email);
  });

  it("lets an admin revoke the STAFF role", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("STAFF");
    await setPlatformRole(asPrincipal(admin), target.id, "USER");
    expect(await roleOf(target.id)).toBe("USER");
    const audit = await auditOf(target.id);
    expect(audit.map((row) => row.action)).toEqual(["role.revoked"]);
    expect(audit[0].userId).toBe(admin.id);
    expect(audit[0].summary).toContain(target.email);
  });

  it("changes nothing and writes no audit row when the role is already set", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("STAFF");
    const result = await setPlatformRole(asPrincipal(admin), target.id, "STAFF");
    expect(result.changed).toBe(false);
    expect(await roleOf(target.id)).toBe("STAFF");
    expect(await auditOf(target.id)).toHaveLength(0);
  });

  it("refuses a staff member, and nothing changes", async () => {
    const staff = await makeUser("STAFF");
    const target = await makeUser("USER");
    await expect(setPlatformRole(asPrincipal(staff), target.id, "STAFF")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await roleOf(target.id)).toBe("USER");
    expect(await auditOf(target.id)).toHaveLength(0);
  });

  it("refuses a plain user, even on their own account", async () => {
    const user = await makeUser("USER");
    const target = await makeUser("STAFF");
    await expect(setPlatformRole(asPrincipal(user), target.id, "USER")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setPlatformRole(asPrincipal(user), user.id, "STAFF")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await roleOf(target.id)).toBe("STAFF");
    expect(await roleOf(user.id)).toBe("USER");
  });

  it("refuses an anonymous caller", async () => {
    const target = await makeUser("USER");
    await expect(setPlatformRole(null, target.id, "STAFF")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await roleOf(target.id)).toBe("USER");
  });

  it("refuses an admin changing another admin's role", async () => {
    const admin = await makeUser("ADMIN");
    const other = await makeUser("ADMIN");
    const error = await setPlatformRole(asPrincipal(admin), other.id, "USER").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toBe("Le rôle d'un administrateur ne peut pas être modifié ici.");
    expect(await roleOf(other.id)).toBe("ADMIN");
    expect(await auditOf(other.id)).toHaveLength(0);
  });

  it("refuses an admin changing their own role", async () => {
    const admin = await makeUser("ADMIN");
    const error = await setPlatformRole(asPrincipal(admin), admin.id, "STAFF").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toBe("Vous ne pouvez pas modifier votre propre rôle.");
    expect(await roleOf(admin.id)).toBe("ADMIN");
  });

  it("never grants ADMIN, even when a caller builds the role from a string", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("USER");
    await expect(setPlatformRole(asPrincipal(admin), target.id, "ADMIN" as never)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await roleOf(target.id)).toBe("USER");
  });

  it("answers NotFound for an unknown user", async () => {
    const admin = await makeUser("ADMIN");
    await expect(setPlatformRole(asPrincipal(admin), `inconnu-${randomUUID()}`, "STAFF")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("listUsers", () => {
  it("is refused to a plain user and to an anonymous visitor", async () => {
    const user = await makeUser("USER");
    await expect(listUsers(asPrincipal(user), {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers(null, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("finds accounts by part of the name or e-mail, in any case, and never selects the password hash", async () => {
    const staff = await makeUser("STAFF");
    const marker = randomUUID().slice(0, 8);
    const byName = await makeUser("USER", { name: `Hélène Zorglub-${marker}` });
    const byEmail = await makeUser("USER", { email: `z.${marker}@exemple.fr` });
    await makeUser("USER", { name: "Quelqu'un d'autre" });

    const result = await listUsers(asPrincipal(staff), { q: marker.toUpperCase() });
    expect(result.items.map((u) => u.id).sort()).toEqual([byName.id, byEmail.id].sort());
    expect(result.pageInfo.total).toBe(2);
    expect(Object.keys(result.items[0]).sort()).toEqual(["createdAt", "disabledAt", "email", "emailVerified", "id", "memberships", "name", "platformRole"]);

    const byNamePart = await listUsers(asPrincipal(staff), { q: `zorglub-${marker}` });
    expect(byNamePart.items.map((u) => u.id)).toEqual([byName.id]);
  });

  it("pages by 25, newest first", async () => {
    const admin = await makeUser("ADMIN");
    const marker = randomUUID().slice(0, 8);
    const created = [];
    for (let i = 0; i < USERS_PAGE_SIZE + 2; i++) {
      created.push(await db.user.create({ data: { email: `page-${marker}-${i}@exemple.fr`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) } }));
    }
    const first = await listUsers(asPrincipal(admin), { q: `page-${marker}` });
    expect(first.pageInfo).toEqual({ page: 1, pageSize: 25, total: 27, pageCount: 2 });
    expect(first.items).toHaveLength(25);
    expect(first.items[0].id).toBe(created.at(-1)!.id);
    const second = await listUsers(asPrincipal(admin), { q: `page-${marker}`, page: 2 });
    expect(second.items.map((u) => u.id)).toEqual([created[1].id, created[0].id]);
  });
});

describe("getAdminDashboard", () => {
  it("counts from the database and shows the latest audit entries with their author", async () => {
    const staff = await makeUser("STAFF", { name: "Romain Tableau" });
    const admin = await makeUser("ADMIN");
    const before = await getAdminDashboard(asPrincipal(staff));
    const target = await makeUser("USER");
    const slug = `asso-${randomUUID()}`;
    await db.actor.create({ data: { kind: "ASSOCIATION", name: slug, slug, searchKey: slug, status: "PENDING" } });
    await setPlatformRole(asPrincipal(admin), target.id, "STAFF");

    const after = await getAdminDashboard(asPrincipal(staff));
    expect(after.usersByRole.STAFF).toBe(before.usersByRole.STAFF + 1);
    expect(after.usersByRole.USER).toBe(before.usersByRole.USER);
    expect(after.actorsByStatus.PENDING).toBe(before.actorsByStatus.PENDING + 1);
    expect(after.latestAudit.length).toBeLessThanOrEqual(20);
    expect(after.latestAudit[0]).toMatchObject({ action: "role.granted", user: { email: admin.email } });
    expect(after.latestAudit[0].summary).toContain(target.email);
  });

  it("is refused to a plain user", async () => {
    const user = await makeUser("USER");
    await expect(getAdminDashboard(asPrincipal(user))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
