// The moderation queue on the real database: approving and refusing organisations, alliances,
// needs and offers, the status guard against double decisions, the e-mail to the submitting
// organisation's admins, and refusals for anyone without moderation.decide (nothing changes).
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { decideModeration } from "@/lib/moderation/moderation.mutations";
import { listModerationQueue, listPendingKeys } from "@/lib/moderation/moderation.queries";
import { makeOrganisation, makeUser, territoryId } from "../support/factories";

const BASE_URL = "https://odd17.test";
const context = { baseUrl: BASE_URL };

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  // Mail is only recorded (MailMessage), never sent.
  vi.stubEnv("SMTP_URL", "");
});

/** An organisation in a moderation state (PENDING unless told), with its admin if given. */
const makeActor = (status: "PENDING" | "PUBLISHED" | "DRAFT" = "PENDING", admin?: { id: string }, name?: string) =>
  makeOrganisation({ label: "Collectif", name, status, members: admin ? [{ user: admin, role: "ADMIN" }] : [] });

async function mailsTo(email: string) {
  return db.mailMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

async function auditOf(entity: string, entityId: string) {
  return db.auditLog.findMany({ where: { entity, entityId }, orderBy: { createdAt: "asc" } });
}

describe("decideModeration — organisations", () => {
  it("publishes and verifies an approved organisation, audits it and e-mails its admins", async () => {
    const staff = await makeUser("STAFF");
    const orgAdmin = await makeUser("USER", { name: "Aïcha Association" });
    const actor = await makeActor("PENDING", orgAdmin, "Collectif des jardins partagés");

    const outcome = await decideModeration(staff.principal, { kind: "actor", id: actor.id, decision: "approve" }, context);
    expect(outcome).toMatchObject({
      decision: "approve",
      title: "Collectif des jardins partagés",
      notified: [orgAdmin.email],
      publicPath: `/acteurs/${actor.slug}`,
    });

    const saved = await db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    expect(saved.status).toBe("PUBLISHED");
    expect(saved.verified).toBe(true);
    expect(saved.publishedAt).toBeInstanceOf(Date);
    expect(saved.moderationReason).toBeNull();

    const audit = await auditOf("Actor", actor.id);
    expect(audit.map((row) => [row.action, row.userId])).toEqual([["moderation.approved", staff.id]]);
    expect(audit[0].summary).toContain("Collectif des jardins partagés");

    const [mail] = await mailsTo(orgAdmin.email);
    expect(mail.subject).toBe("Votre organisation « Collectif des jardins partagés » est publiée — ODD 17 en pratiques");
    expect(mail.text).toContain("Bonjour Aïcha Association,");
    expect(mail.text).toContain(`${BASE_URL}/acteurs/${actor.slug}`);
  });

  it("refuses with the reason kept on the row, in the audit and in the e-mail", async () => {
    const staff = await makeUser("STAFF");
    const orgAdmin = await makeUser();
    const actor = await makeActor("PENDING", orgAdmin);
    await decideModeration(
      staff.principal,
      { kind: "actor", id: actor.id, decision: "reject", reason: "  Le SIREN ne correspond pas à l'association.  " },
      context,
    );

    const saved = await db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    expect(saved).toMatchObject({ status: "REJECTED", moderationReason: "Le SIREN ne correspond pas à l'association.", verified: false, publishedAt: null });
    const audit = await auditOf("Actor", actor.id);
    expect(audit.map((row) => row.action)).toEqual(["moderation.rejected"]);
    expect(audit[0].summary).toContain("Le SIREN ne correspond pas");
    const [mail] = await mailsTo(orgAdmin.email);
    expect(mail.subject).toContain("n'a pas été validée");
    expect(mail.text).toContain("Motif : Le SIREN ne correspond pas à l'association.");
    expect(mail.text).toContain(`${BASE_URL}/espace/organisations/${actor.id}`);
  });

  it("requires a reason to refuse, and changes nothing without one", async () => {
    const staff = await makeUser("STAFF");
    const orgAdmin = await makeUser();
    const actor = await makeActor("PENDING", orgAdmin);
    await expect(decideModeration(staff.principal, { kind: "actor", id: actor.id, decision: "reject", reason: "  " }, context)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await db.actor.findUniqueOrThrow({ where: { id: actor.id } })).status).toBe("PENDING");
    expect(await auditOf("Actor", actor.id)).toHaveLength(0);
    expect(await mailsTo(orgAdmin.email)).toHaveLength(0);
  });

  it("tells the second staff member that it is already decided, and keeps the first decision", async () => {
    const staff = await makeUser("STAFF");
    const other = await makeUser("ADMIN");
    const orgAdmin = await makeUser();
    const actor = await makeActor("PENDING", orgAdmin);
    await decideModeration(staff.principal, { kind: "actor", id: actor.id, decision: "approve" }, context);

    const second = decideModeration(other.principal, { kind: "actor", id: actor.id, decision: "reject", reason: "Doublon d'une autre fiche" }, context);
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toThrow("Déjà traité par un autre membre de l'équipe.");
    expect((await db.actor.findUniqueOrThrow({ where: { id: actor.id } })).status).toBe("PUBLISHED");
    expect((await auditOf("Actor", actor.id)).map((row) => row.action)).toEqual(["moderation.approved"]);
    expect(await mailsTo(orgAdmin.email)).toHaveLength(1);
  });

  it("lets only one of two simultaneous decisions through", async () => {
    const [a, b] = [await makeUser("STAFF"), await makeUser("STAFF")];
    const actor = await makeActor("PENDING", await makeUser());
    const results = await Promise.allSettled([
      decideModeration(a.principal, { kind: "actor", id: actor.id, decision: "approve" }, context),
      decideModeration(b.principal, { kind: "actor", id: actor.id, decision: "reject", reason: "Informations incomplètes" }, context),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await auditOf("Actor", actor.id)).toHaveLength(1);
  });

  it("refuses an organisation that is not pending (a draft) as already decided", async () => {
    const staff = await makeUser("STAFF");
    const draft = await makeActor("DRAFT");
    await expect(decideModeration(staff.principal, { kind: "actor", id: draft.id, decision: "approve" }, context)).rejects.toBeInstanceOf(ConflictError);
    expect((await db.actor.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("answers not found for an unknown id", async () => {
    const staff = await makeUser("STAFF");
    await expect(decideModeration(staff.principal, { kind: "need", id: "inconnu", decision: "approve" }, context)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("decideModeration — alliances, needs and offers", () => {
  it("publishes an alliance and e-mails the admins of its lead organisation only", async () => {
    const staff = await makeUser("STAFF");
    const leadAdmin = await makeUser();
    const partnerAdmin = await makeUser();
    const lead = await makeActor("PUBLISHED", leadAdmin);
    const partner = await makeActor("PUBLISHED", partnerAdmin);
    const alliance = await db.alliance.create({
      data: {
        title: "Alliance pour les jardins",
        slug: `alliance-${randomUUID()}`,
        searchKey: "alliance pour les jardins",
        mode: "MECENAT",
        status: "PENDING",
        partners: {
          create: [
            { actorId: lead.id, role: "LEAD" },
            { actorId: partner.id, role: "PARTNER" },
          ],
        },
      },
    });
    await decideModeration(staff.principal, { kind: "alliance", id: alliance.id, decision: "approve" }, context);
    const saved = await db.alliance.findUniqueOrThrow({ where: { id: alliance.id } });
    expect(saved.status).toBe("PUBLISHED");
    expect(saved.publishedAt).toBeInstanceOf(Date);
    expect((await mailsTo(leadAdmin.email)).map((mail) => mail.subject)).toEqual([
      "Votre alliance « Alliance pour les jardins » est publiée — ODD 17 en pratiques",
    ]);
    expect(await mailsTo(partnerAdmin.email)).toHaveLength(0);
  });

  it("refuses a need and publishes an offer, each audited and e-mailed", async () => {
    const staff = await makeUser("STAFF");
    const orgAdmin = await makeUser();
    const actor = await makeActor("PUBLISHED", orgAdmin);
    const place = {
      territoryId: await territoryId("COMMUNE", "42218"),
      mode: "MECENAT" as const,
      theme: "INCLUSION_NUMERIQUE" as const,
      actorId: actor.id,
      status: "PENDING" as const,
    };
    const need = await db.need.create({ data: { ...place, title: "Besoin de bénévoles" } });
    const offer = await db.offer.create({ data: { ...place, title: "Prêt de salle" } });

    await decideModeration(staff.principal, { kind: "need", id: need.id, decision: "reject", reason: "Merci de préciser le lieu." }, context);
    await decideModeration(staff.principal, { kind: "offer", id: offer.id, decision: "approve" }, context);
    // The reason is kept for the organisation's workspace, not only in the e-mail.
    expect(await db.need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ status: "REJECTED", moderationReason: "Merci de préciser le lieu." });
    expect(await db.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ status: "PUBLISHED", moderationReason: null });
    expect((await auditOf("Need", need.id))[0].summary).toContain("Merci de préciser le lieu.");
    expect((await auditOf("Offer", offer.id)).map((row) => row.action)).toEqual(["moderation.approved"]);
    expect((await mailsTo(orgAdmin.email)).map((mail) => mail.subject)).toEqual([
      "Votre besoin « Besoin de bénévoles » n'a pas été validé — ODD 17 en pratiques",
      "Votre offre « Prêt de salle » est publiée — ODD 17 en pratiques",
    ]);
  });
});

describe("the queue", () => {
  it("lists pending items of every kind, oldest first, with their organisation and history", async () => {
    const staff = await makeUser("STAFF");
    const orgAdmin = await makeUser();
    const older = await makeActor("PENDING", orgAdmin, "Plus ancienne");
    await db.auditLog.create({
      data: { userId: orgAdmin.id, action: "actor.created", entity: "Actor", entityId: older.id, summary: "Création de l'organisation" },
    });
    const newer = await makeActor("PENDING", orgAdmin, "Plus récente");
    const need = await db.need.create({
      data: {
        title: "Besoin en attente",
        actorId: older.id,
        territoryId: await territoryId("EPCI", "244200770"),
        mode: "MECENAT",
        theme: "MOBILITE",
        status: "PENDING",
      },
    });
    const published = await makeActor("PUBLISHED");

    const queue = await listModerationQueue(staff.principal, { pageSize: 500 });
    const mine = queue.items.filter((item) => [older.id, newer.id, need.id, published.id].includes(item.id));
    expect(mine.map((item) => [item.kind, item.title])).toEqual([
      ["actor", "Plus ancienne"],
      ["actor", "Plus récente"],
      ["need", "Besoin en attente"],
    ]);
    expect(mine[0]).toMatchObject({
      firstSubmission: true,
      version: 1,
      organisation: { id: older.id },
      lastChange: { action: "actor.created", summary: "Création de l'organisation" },
    });
    expect(mine[2].organisation?.name).toBe("Plus ancienne");
    expect(queue.pageInfo.total).toBeGreaterThanOrEqual(3);
  });

  it("pages with a keyset cursor without skipping or repeating an item", async () => {
    for (let i = 0; i < 3; i++) await makeActor("PENDING");
    const all = await listPendingKeys({ take: 10_000 });
    const walked: string[] = [];
    let cursor: (typeof all)[number] | undefined;
    for (;;) {
      const page = await listPendingKeys({ cursor, take: 2 });
      walked.push(...page.map((key) => `${key.kind}:${key.id}`));
      if (page.length < 2) break;
      cursor = page[page.length - 1];
    }
    expect(walked).toEqual(all.map((key) => `${key.kind}:${key.id}`));
  });
});

describe("permissions", () => {
  it("refuses a plain user and an organisation admin, and nothing changes", async () => {
    const user = await makeUser();
    const orgAdmin = await makeUser();
    const actor = await makeActor("PENDING", orgAdmin);
    for (const who of [user, orgAdmin]) {
      await expect(decideModeration(who.principal, { kind: "actor", id: actor.id, decision: "approve" }, context)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        decideModeration(who.principal, { kind: "actor", id: actor.id, decision: "reject", reason: "Je refuse ma propre fiche" }, context),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listModerationQueue(who.principal)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(decideModeration(null, { kind: "actor", id: actor.id, decision: "approve" }, context)).rejects.toBeInstanceOf(ForbiddenError);
    const saved = await db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    expect(saved).toMatchObject({ status: "PENDING", verified: false, publishedAt: null });
    expect(await auditOf("Actor", actor.id)).toHaveLength(0);
    expect(await mailsTo(orgAdmin.email)).toHaveLength(0);
  });
});
