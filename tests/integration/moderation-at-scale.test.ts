// The moderation queue at scale, on the real database: filters by kind and by territory (an item
// anywhere inside a département or a région), claims (a colleague's hold is respected, then
// expires), bulk decisions (items decided meanwhile or held are skipped and reported), and saved
// refusal reasons. Every function refuses callers without moderation.decide.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { claimModerationItem, releaseModerationItem } from "@/lib/moderation/claims.mutations";
import { MODERATION_CLAIM_MINUTES } from "@/lib/moderation/moderation";
import { decideModeration, decideModerationMany } from "@/lib/moderation/moderation.mutations";
import { listModerationQueue } from "@/lib/moderation/moderation.queries";
import { createSavedReason, deleteSavedReason } from "@/lib/moderation/saved-reasons.mutations";
import { listSavedReasons, savedReasonText } from "@/lib/moderation/saved-reasons.queries";
import { makeOrganisation, makeUser, territoryId } from "../support/factories";

const context = { baseUrl: "https://odd17.test" };

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  vi.stubEnv("SMTP_URL", "");
});

async function pendingNeed(title: string, commune: string) {
  const actor = await makeOrganisation({ label: "Collectif" });
  return db.need.create({
    data: { title, actorId: actor.id, territoryId: await territoryId("COMMUNE", commune), mode: "MECENAT", theme: "MOBILITE", status: "PENDING" },
  });
}

const idsIn = async (principal: Principal, filters: Parameters<typeof listModerationQueue>[1]) =>
  (await listModerationQueue(principal, { pageSize: 500, ...filters })).items.map((item) => item.id);

describe("the queue's filters", () => {
  it("narrows by kind and by a département or région, counting only what it shows", async () => {
    const staff = await makeUser("STAFF");
    const saintEtienne = await pendingNeed("Besoin à Saint-Étienne", "42218");
    const lyon = await pendingNeed("Besoin à Lyon", "69123");
    const actor = await makeOrganisation({ label: "Collectif", status: "PENDING", territories: [await territoryId("COMMUNE", "42218")] });

    const loire = await territoryId("DEPARTEMENT", "42");
    const aura = await territoryId("REGION", "84");
    const inLoire = await idsIn(staff.principal, { filters: { territoryId: loire } });
    expect(inLoire).toEqual(expect.arrayContaining([saintEtienne.id, actor.id]));
    expect(inLoire).not.toContain(lyon.id);
    expect(await idsIn(staff.principal, { filters: { territoryId: aura } })).toEqual(expect.arrayContaining([saintEtienne.id, lyon.id, actor.id]));

    const needsInLoire = await listModerationQueue(staff.principal, { pageSize: 500, filters: { kind: "need", territoryId: loire } });
    expect(needsInLoire.items.map((item) => item.id)).toContain(saintEtienne.id);
    expect(needsInLoire.items.every((item) => item.kind === "need")).toBe(true);
    expect(needsInLoire.pageInfo.total).toBe(needsInLoire.items.length);
  });
});

describe("claims", () => {
  it("holds an item for its taker: a colleague can neither take nor decide it until released or expired", async () => {
    const [alice, bob] = [await makeUser("STAFF", { name: "Alice Modératrice" }), await makeUser("STAFF")];
    const need = await pendingNeed("Besoin pris en charge", "42218");
    const now = new Date();
    await claimModerationItem(alice.principal, { kind: "need", id: need.id }, now);

    await expect(claimModerationItem(bob.principal, { kind: "need", id: need.id }, now)).rejects.toThrow(
      new ConflictError("Cette demande est prise en charge par Alice Modératrice."),
    );
    await expect(decideModeration(bob.principal, { kind: "need", id: need.id, decision: "approve" }, context)).rejects.toBeInstanceOf(ConflictError);
    expect((await db.need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe("PENDING");

    const mine = await listModerationQueue(alice.principal, { pageSize: 500, filters: { claim: "mine" } });
    expect(mine.items.find((item) => item.id === need.id)?.claim).toMatchObject({ by: "Alice Modératrice", mine: true });
    expect(await idsIn(bob.principal, { filters: { claim: "free" } })).not.toContain(need.id);
    await expect(releaseModerationItem(bob.principal, { kind: "need", id: need.id })).rejects.toBeInstanceOf(NotFoundError);

    // An hour later the hold has lapsed: Bob takes the item over.
    const later = new Date(now.getTime() + (MODERATION_CLAIM_MINUTES + 1) * 60_000);
    await claimModerationItem(bob.principal, { kind: "need", id: need.id }, later);
    await releaseModerationItem(bob.principal, { kind: "need", id: need.id });
    expect(await idsIn(alice.principal, { filters: { claim: "free" } })).toContain(need.id);

    // The decision ends the hold.
    await claimModerationItem(alice.principal, { kind: "need", id: need.id });
    await decideModeration(alice.principal, { kind: "need", id: need.id, decision: "approve" }, context);
    expect(await db.moderationClaim.count({ where: { itemId: need.id } })).toBe(0);
    await expect(claimModerationItem(alice.principal, { kind: "need", id: need.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("bulk decisions", () => {
  it("refuses several items with one reason, skipping one held by a colleague and one already decided", async () => {
    const [alice, bob] = [await makeUser("STAFF"), await makeUser("STAFF")];
    const [a, b, held, decided] = await Promise.all(["A", "B", "C", "D"].map((title) => pendingNeed(`Besoin groupé ${title}`, "42218")));
    await claimModerationItem(bob.principal, { kind: "need", id: held.id });
    await decideModeration(bob.principal, { kind: "need", id: decided.id, decision: "approve" }, context);

    const items = [a, b, held, decided].map((need) => ({ kind: "need" as const, id: need.id }));
    const outcome = await decideModerationMany(alice.principal, { items, decision: "reject", reason: "Lieu trop vague." }, context);
    expect(outcome.decided.map((item) => item.id)).toEqual([a.id, b.id]);
    expect(outcome.skipped.map((item) => item.id)).toEqual([held.id, decided.id]);
    const rows = await db.need.findMany({
      where: { id: { in: [a.id, b.id, held.id, decided.id] } },
      select: { id: true, status: true, moderationReason: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(a.id)).toMatchObject({ status: "REJECTED", moderationReason: "Lieu trop vague." });
    expect(byId.get(held.id)).toMatchObject({ status: "PENDING", moderationReason: null });
    expect(byId.get(decided.id)?.status).toBe("PUBLISHED");
    expect(await db.auditLog.count({ where: { action: "moderation.rejected", entityId: { in: [a.id, b.id] } } })).toBe(2);
  });

  it("needs a reason to refuse, and decides nothing without one", async () => {
    const staff = await makeUser("STAFF");
    const need = await pendingNeed("Besoin sans motif", "42218");
    await expect(decideModerationMany(staff.principal, { items: [{ kind: "need", id: need.id }], decision: "reject" }, context)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await db.need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe("PENDING");
  });
});

describe("saved reasons", () => {
  it("are added, listed in French order, used by their id, and removed, each audited", async () => {
    const staff = await makeUser("STAFF");
    const suffix = Date.now();
    const zebre = await createSavedReason(staff.principal, { label: `Zèbre ${suffix}`, text: "Texte du zèbre." });
    const eleve = await createSavedReason(staff.principal, { label: `Élève ${suffix}`, text: "SIREN introuvable dans la base Sirene." });
    await expect(createSavedReason(staff.principal, { label: `Élève ${suffix}`, text: "Autre" })).rejects.toBeInstanceOf(ConflictError);

    const labels = (await listSavedReasons(staff.principal)).map((reason) => reason.label).filter((label) => label.endsWith(String(suffix)));
    expect(labels).toEqual([`Élève ${suffix}`, `Zèbre ${suffix}`]);
    expect(await savedReasonText(staff.principal, eleve.id)).toBe("SIREN introuvable dans la base Sirene.");

    await deleteSavedReason(staff.principal, zebre.id);
    await expect(savedReasonText(staff.principal, zebre.id)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.auditLog.count({ where: { entity: "SavedReason", entityId: { in: [zebre.id, eleve.id] } } })).toBe(3);
  });
});

describe("permissions", () => {
  it("refuses every new function to a plain user and an organisation admin, and nothing changes", async () => {
    const user = await makeUser();
    const orgAdmin = await makeUser();
    await makeOrganisation({ label: "Collectif", members: [{ user: orgAdmin, role: "ADMIN" }] });
    const need = await pendingNeed("Besoin protégé", "42218");
    const staff = await makeUser("STAFF");
    const reason = await createSavedReason(staff.principal, { label: `Motif protégé ${Date.now()}`, text: "Texte protégé." });
    for (const who of [user, orgAdmin]) {
      const calls = [
        () => claimModerationItem(who.principal, { kind: "need", id: need.id }),
        () => releaseModerationItem(who.principal, { kind: "need", id: need.id }),
        () => decideModerationMany(who.principal, { items: [{ kind: "need", id: need.id }], decision: "approve" }, context),
        () => createSavedReason(who.principal, { label: `Intrus ${Date.now()}`, text: "Texte intrus." }),
        () => deleteSavedReason(who.principal, reason.id),
        () => listSavedReasons(who.principal),
      ];
      for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.moderationClaim.count({ where: { itemId: need.id } })).toBe(0);
    expect((await db.need.findUniqueOrThrow({ where: { id: need.id } })).status).toBe("PENDING");
    expect(await db.savedReason.count({ where: { id: reason.id } })).toBe(1);
  });
});
