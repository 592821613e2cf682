// The back office's lists of needs and offers and of published diagnostic summaries on the real
// database: the title's searchKey kept by the trigger (accents and case folded), the territory
// filter through the closure table, who may read them; staff unpublishing a need/offer (reason kept
// for the owners, audited, e-mailed) and withdrawing a diagnostic summary (version-guarded, reason
// cleared when the organisation publishes it again).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { needOfferRef } from "@/lib/content-admin/content-admin";
import { publishContent, unpublishContent } from "@/lib/content-admin/content-admin.mutations";
import { parseDiagnosticListParams, parseNeedOfferListParams } from "@/lib/content-admin/content-admin.schemas";
import { getDiagnosticForStaff, listDiagnosticsForStaff } from "@/lib/content-admin/diagnostics-admin.queries";
import { getNeedOfferForStaff, listNeedsOffersForStaff } from "@/lib/content-admin/needs-offers-admin.queries";
import { publishDiagnostic } from "@/lib/diagnostics/diagnostics.mutations";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeOrganisation, makeOrganisationWithTeam, makeUser, territoryId, uniqueSuffix } from "../support/factories";

const context = { baseUrl: "https://odd17.test" };

beforeAll(async () => {
  await seedDiagnosticTemplate(db);
});

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  vi.stubEnv("SMTP_URL", "");
});

type ItemInput = { actorId: string; territoryId: number; title: string; status?: "PUBLISHED" | "DRAFT" | "PENDING"; createdAt?: Date };
const itemData = (item: ItemInput) => ({ mode: "MECENAT" as const, theme: "INCLUSION_NUMERIQUE" as const, status: "PUBLISHED" as const, ...item });
const makeNeed = (item: ItemInput) => db.need.create({ data: itemData(item) });
const makeOffer = (item: ItemInput) => db.offer.create({ data: itemData(item) });

async function makeDiagnostic(actorId: string, territory: number, status: "PUBLISHED" | "COMPLETED" | "DRAFT" = "PUBLISHED", completedAt = new Date()) {
  const template = await db.diagnosticTemplate.findFirstOrThrow({ where: { status: "ACTIVE" }, select: { id: true } });
  return db.diagnostic.create({
    data: { actorId, territoryId: territory, templateId: template.id, status, completedAt, maturityLevel: 2, overallScore: 55 },
  });
}

describe("listNeedsOffersForStaff", () => {
  it("finds needs and offers by title without accents, filters by type, status, territory and date, in one sorted list", async () => {
    const staff = await makeUser("STAFF");
    const suffix = uniqueSuffix();
    const org = await makeOrganisation({ name: `Porteur ${suffix}` });
    const lyon = await territoryId("COMMUNE", "69123");
    const paris = await territoryId("COMMUNE", "75056");
    const need = await makeNeed({ actorId: org.id, territoryId: lyon, title: `Bénévoles pour l'Été ${suffix}`, createdAt: new Date("2026-03-10T12:00:00Z") });
    const offer = await makeOffer({ actorId: org.id, territoryId: paris, title: `Œuvre éducative ${suffix}`, createdAt: new Date("2026-05-10T12:00:00Z") });
    const draft = await makeNeed({ actorId: org.id, territoryId: paris, title: `Atelier ${suffix}`, status: "DRAFT" });
    const ids = async (raw: Record<string, string>) =>
      (await listNeedsOffersForStaff(staff.principal, parseNeedOfferListParams({ q: suffix, ...raw }))).items.map((item) => item.id);

    // The trigger wrote the key: accents, case, œ and punctuation folded.
    for (const q of [`benevoles ete ${suffix}`, `BÉNÉVOLES L ÉTÉ ${suffix}`]) expect(await ids({ q }), q).toEqual([needOfferRef("need", need.id)]);
    expect(await ids({ q: `oeuvre educative ${suffix}` })).toEqual([needOfferRef("offer", offer.id)]);
    // An edited title is searched by its new words.
    await db.offer.update({ where: { id: offer.id }, data: { title: `Mécénat renouvelé ${suffix}` } });
    expect(await ids({ q: `mecenat renouvele ${suffix}` })).toEqual([needOfferRef("offer", offer.id)]);

    expect(await ids({ tri: "nom" })).toEqual([needOfferRef("need", draft.id), needOfferRef("need", need.id), needOfferRef("offer", offer.id)]);
    expect(await ids({ type: "offre" })).toEqual([needOfferRef("offer", offer.id)]);
    expect((await ids({ type: "besoin" })).sort()).toEqual([needOfferRef("need", need.id), needOfferRef("need", draft.id)].sort());
    expect(await ids({ statut: "brouillon" })).toEqual([needOfferRef("need", draft.id)]);
    // A commune of the Rhône is inside the département and the région.
    expect(await ids({ territoire: String(await territoryId("DEPARTEMENT", "69")) })).toEqual([needOfferRef("need", need.id)]);
    expect(await ids({ territoire: String(await territoryId("REGION", "84")) })).toEqual([needOfferRef("need", need.id)]);
    expect(await ids({ du: "2026-04-01", au: "2026-06-01" })).toEqual([needOfferRef("offer", offer.id)]);
  });

  it("pages through the merged tables without losing or repeating a row", async () => {
    const staff = await makeUser("STAFF");
    const suffix = uniqueSuffix();
    const org = await makeOrganisation({ name: `Paginé ${suffix}` });
    const lyon = await territoryId("COMMUNE", "69123");
    const made: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const item = { actorId: org.id, territoryId: lyon, title: `Item ${String(i).padStart(2, "0")} ${suffix}` };
      made.push(i % 2 === 0 ? needOfferRef("need", (await makeNeed(item)).id) : needOfferRef("offer", (await makeOffer(item)).id));
    }
    const page = (n: number) => listNeedsOffersForStaff(staff.principal, parseNeedOfferListParams({ q: suffix, tri: "nom", page: String(n) }));
    const [one, two] = await Promise.all([page(1), page(2)]);
    expect(one.pageInfo.total).toBe(30);
    expect([...one.items, ...two.items].map((item) => item.id)).toEqual(made);
  });

  it("refuses anyone without content.list", async () => {
    const team = await makeOrganisationWithTeam();
    for (const principal of [null, team.admin.principal, team.member.principal]) {
      await expect(listNeedsOffersForStaff(principal, parseNeedOfferListParams({}))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getNeedOfferForStaff(principal, "need", "x")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listDiagnosticsForStaff(principal, parseDiagnosticListParams({}))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getDiagnosticForStaff(principal, "x")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(unpublishContent(principal, { kind: "needOffer", ids: ["need:x"], reason: "Annonce en double" }, context)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(unpublishContent(principal, { kind: "diagnostic", ids: ["x"], reason: "Scores faux" }, context)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("unpublishing needs and offers", () => {
  it("sends them back to draft with the reason, audited per model and e-mailed to the members; publishing clears it", async () => {
    const staff = await makeUser("STAFF");
    const team = await makeOrganisationWithTeam();
    const lyon = await territoryId("COMMUNE", "69123");
    const need = await makeNeed({ actorId: team.id, territoryId: lyon, title: "Besoin à retirer" });
    const offer = await makeOffer({ actorId: team.id, territoryId: lyon, title: "Offre à retirer" });
    const refs = [needOfferRef("need", need.id), needOfferRef("offer", offer.id)];
    const outcome = await unpublishContent(staff.principal, { kind: "needOffer", ids: refs, reason: "Annonce en double" }, context);
    expect(outcome.changed.map((item) => item.id).sort()).toEqual([...refs].sort());
    expect(outcome.notified.sort()).toEqual([team.admin.email, team.member.email].sort());
    expect(await db.need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ status: "DRAFT", moderationReason: "Annonce en double" });
    expect(await db.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ status: "DRAFT", moderationReason: "Annonce en double" });
    const audit = await db.auditLog.findMany({ where: { entityId: { in: [need.id, offer.id] } }, select: { entity: true, action: true } });
    expect(audit.map((row) => row.entity).sort()).toEqual(["Need", "Offer"]);
    expect(new Set(audit.map((row) => row.action))).toEqual(new Set(["content.unpublished"]));
    const mails = await db.mailMessage.findMany({ where: { to: team.admin.email }, select: { subject: true } });
    expect(mails.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining("Votre besoin « Besoin à retirer » a été retiré"), expect.stringContaining("Votre offre")]),
    );

    await publishContent(staff.principal, { kind: "needOffer", ids: [refs[0]] }, context);
    expect(await db.need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ status: "PUBLISHED", moderationReason: null });
  });

  it("refuses a reference of another kind, and an unknown one", async () => {
    const staff = await makeUser("STAFF");
    await expect(unpublishContent(staff.principal, { kind: "needOffer", ids: ["need:nope"], reason: "Annonce en double" }, context)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(unpublishContent(staff.principal, { kind: "needOffer", ids: ["nope"], reason: "Annonce en double" }, context)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("withdrawing published diagnostic summaries", () => {
  it("lists published and withdrawn ones, searchable by organisation or territory without accents, filtered by territory and date", async () => {
    const staff = await makeUser("STAFF");
    const suffix = uniqueSuffix();
    const org = await makeOrganisation({ name: `Collectif Énergie ${suffix}` });
    const saintEtienne = await territoryId("COMMUNE", "42218");
    const paris = await territoryId("COMMUNE", "75056");
    const published = await makeDiagnostic(org.id, saintEtienne, "PUBLISHED", new Date("2026-03-10T12:00:00Z"));
    const other = await makeDiagnostic(org.id, paris, "PUBLISHED", new Date("2026-05-10T12:00:00Z"));
    const completed = await makeDiagnostic(org.id, paris, "COMPLETED");
    const ids = async (raw: Record<string, string>) =>
      (await listDiagnosticsForStaff(staff.principal, parseDiagnosticListParams({ q: `energie ${suffix}`, ...raw }))).items.map((item) => item.id);

    expect(await ids({})).toEqual([other.id, published.id]);
    expect(await ids({ q: `COLLECTIF ENERGIE ${suffix} saint etienne` })).toEqual([published.id]);
    expect(await ids({ territoire: String(await territoryId("DEPARTEMENT", "42")) })).toEqual([published.id]);
    expect(await ids({ du: "2026-04-01" })).toEqual([other.id]);
    expect(await ids({}).then((list) => list.includes(completed.id))).toBe(false);

    await unpublishContent(staff.principal, { kind: "diagnostic", ids: [other.id], reason: "Scores incohérents" }, context);
    expect(await ids({ statut: "depublie" })).toEqual([other.id]);
    expect(await ids({ statut: "publie" })).toEqual([published.id]);
  });

  it("sends the summary back to completed with the reason, version-guarded, audited; the team republishing clears the reason; no staff publish", async () => {
    const staff = await makeUser("STAFF");
    const team = await makeOrganisationWithTeam();
    const diagnostic = await makeDiagnostic(team.id, await territoryId("COMMUNE", "42218"));
    const outcome = await unpublishContent(staff.principal, { kind: "diagnostic", ids: [diagnostic.id], reason: "Scores incohérents" }, context);
    expect(outcome.notified.sort()).toEqual([team.admin.email, team.member.email].sort());
    expect(await db.diagnostic.findUniqueOrThrow({ where: { id: diagnostic.id } })).toMatchObject({
      status: "COMPLETED",
      moderationReason: "Scores incohérents",
      version: diagnostic.version + 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Diagnostic", entityId: diagnostic.id } });
    expect(audit).toMatchObject({ action: "content.unpublished", userId: staff.id });

    await expect(publishContent(staff.principal, { kind: "diagnostic", ids: [diagnostic.id] }, context)).rejects.toBeInstanceOf(ValidationError);
    await publishDiagnostic(team.admin.principal, diagnostic.id);
    expect(await db.diagnostic.findUniqueOrThrow({ where: { id: diagnostic.id } })).toMatchObject({ status: "PUBLISHED", moderationReason: null });
  });
});
