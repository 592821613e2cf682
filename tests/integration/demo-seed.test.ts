// Re-seeding the demonstration data never raises a demoted account again, nor resets a password
// or a membership role: accounts are created, never updated. Run inside a transaction that is
// rolled back, so the shared test database never holds the demo data set.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoIn } from "@/prisma/seed-demo";

afterAll(async () => {
  await db.$disconnect();
});

class RollBack extends Error {}

describe("seedDemo", () => {
  it("keeps the role, password and memberships of existing accounts when run again", async () => {
    let checked = false;
    await db
      .$transaction(
        async (tx) => {
          await seedDemoIn(tx);
          const admin = await tx.user.findUniqueOrThrow({ where: { email: "admin@demo.odd17.fr" } });
          expect(admin.platformRole).toBe("ADMIN");

          // The operator demotes the demo admin and changes its password; a team demotes a member.
          await tx.user.update({ where: { id: admin.id }, data: { platformRole: "USER", passwordHash: "changed-by-its-owner" } });
          const association = await tx.user.findUniqueOrThrow({ where: { email: "association@demo.odd17.fr" } });
          const membership = await tx.membership.findFirstOrThrow({ where: { userId: association.id, role: "ADMIN" } });
          const key = { userId_actorId: { userId: membership.userId, actorId: membership.actorId } };
          await tx.membership.update({ where: key, data: { role: "MEMBER" } });

          await seedDemoIn(tx);
          const again = await tx.user.findUniqueOrThrow({ where: { id: admin.id } });
          expect(again.platformRole).toBe("USER");
          expect(again.passwordHash).toBe("changed-by-its-owner");
          expect((await tx.membership.findUniqueOrThrow({ where: key })).role).toBe("MEMBER");
          checked = true;
          throw new RollBack();
        },
        { timeout: 120_000 },
      )
      .catch((error) => {
        if (!(error instanceof RollBack)) throw error;
      });
    expect(checked).toBe(true);
    expect(await db.user.count({ where: { email: "admin@demo.odd17.fr" } })).toBe(0);
  });

  it("does not turn an existing account with a demo address into a demo account", async () => {
    await db
      .$transaction(
        async (tx) => {
          const own = await tx.user.create({ data: { email: "utilisateur@demo.odd17.fr", name: "Vraie personne", passwordHash: "own-hash" } });
          await seedDemoIn(tx);
          const after = await tx.user.findUniqueOrThrow({ where: { id: own.id } });
          expect(after).toMatchObject({ name: "Vraie personne", passwordHash: "own-hash", platformRole: "USER", isDemo: false });
          throw new RollBack();
        },
        { timeout: 120_000 },
      )
      .catch((error) => {
        if (!(error instanceof RollBack)) throw error;
      });
  });
});
