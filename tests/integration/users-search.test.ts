// The back office's search of accounts ignores accents and capitals (« edouard » finds
// « Édouard »): the key is kept by a database trigger, whatever writes the name or the e-mail.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/users/users.queries";
import { makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id).sort();

describe("listUsers — accent-insensitive search", () => {
  it("finds « Édouard Œillet » by « edouard oeillet », « EDOUARD » and its e-mail's parts", async () => {
    const staff = await makeUser("STAFF");
    const marker = randomUUID().slice(0, 8);
    const edouard = await makeUser("USER", { name: `Édouard Œillet ${marker}`, email: `e.oeillet-${marker}@exemple.fr` });
    await makeUser("USER", { name: `Edmond ${marker}` });
    for (const q of [`edouard oeillet ${marker}`, `ÉDOUARD`, `e.oeillet-${marker}@`, `OEILLET-${marker}`]) {
      const page = await listUsers(staff.principal, { q });
      expect(
        page.items.map((item) => item.id),
        q,
      ).toContain(edouard.id);
      expect(
        page.items.every((item) => item.name?.startsWith("Édouard") || item.email.includes("edouard")),
        q,
      ).toBe(true);
    }
    expect((await listUsers(staff.principal, { q: `edouardo ${marker}` })).items).toEqual([]);
  });

  it("follows a change of name or e-mail, made by any code path", async () => {
    const staff = await makeUser("STAFF");
    const marker = randomUUID().slice(0, 8);
    const user = await makeUser("USER", { name: `Avant ${marker}` });
    await db.user.update({ where: { id: user.id }, data: { name: `Hélène Après ${marker}` } });
    expect(ids(await listUsers(staff.principal, { q: `helene apres ${marker}` }))).toEqual([user.id]);
    expect(await listUsers(staff.principal, { q: `avant ${marker}` })).toMatchObject({ items: [] });
    await db.user.update({ where: { id: user.id }, data: { email: `nouvelle-${marker}@exemple.fr` } });
    expect(ids(await listUsers(staff.principal, { q: `nouvelle-${marker}` }))).toEqual([user.id]);
    const raw = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { searchKey: true } });
    expect(raw.searchKey).toBe(`helene apres ${marker} nouvelle ${marker} exemple fr`);
  });
});
