// The back office's content lists on the real database: accent- and case-insensitive search,
// filters, sorting and who may read them; staff unpublishing (with the reason kept for the owners,
// audited, notified, e-mailed) and publishing organisations and alliances, one or several at once.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { publishContent, unpublishContent } from "@/lib/content-admin/content-admin.mutations";
import { getAllianceForStaff, getOrganisationForStaff, listAlliancesForStaff, listOrganisationsForStaff } from "@/lib/content-admin/content-admin.queries";
import { parseAllianceListParams, parseOrganisationListParams } from "@/lib/content-admin/content-admin.schemas";
import { buildSearchKey } from "@/lib/directory/directory";
import { makeOrganisation, makeOrganisationWithTeam, makeUser, territoryId, uniqueSuffix } from "../support/factories";

const context = { baseUrl: "https://odd17.test" };

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  // Mail is only recorded (MailMessage), never sent.
  vi.stubEnv("SMTP_URL", "");
});

const orgParams = (raw: Record<string, string> = {}) => parseOrganisationListParams(raw);

async function makeAlliance(title: string, lead: { id: string }, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  const suffix = uniqueSuffix();
  return db.alliance.create({
    data: {
      title,
      slug: `alliance-${suffix}`,
      searchKey: buildSearchKey(title),
      mode: "MECENAT",
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      partners: { create: [{ actorId: lead.id, role: "LEAD", status: "CONFIRMED" }] },
    },
  });
}

describe("listOrganisationsForStaff", () => {
  it("finds an organisation whatever the accents and case of the search", async () => {
    const staff = await makeUser("STAFF");
    const suffix = uniqueSuffix();
    const actor = await makeOrganisation({ name: `Les Amis d'Édouard Ñandú ${suffix}` });
    for (const q of [`edouard nandu ${suffix}`, `ÉDOUARD ${suffix}`, `amis d edouard ${suffix}`]) {
      const page = await listOrganisationsForStaff(staff.principal, orgParams({ q }));
      expect(
        page.items.map((item) => item.id),
        q,
      ).toEqual([actor.id]);
    }
    const none = await listOrganisationsForStaff(staff.principal, orgParams({ q: `edouardo ${suffix}` }));
    expect(none.items).toEqual([]);
  });

  it("filters by status, kind, territory and publication date, and sorts by name", async () => {
    const staff = await makeUser("STAFF");
    const suffix = uniqueSuffix();
    const lyon = await territoryId("COMMUNE", "69123");
    const rhone = await territoryId("DEPARTEMENT", "69");
    const paris = await territoryId("COMMUNE", "75056");
    const b = await makeOrganisation({ name: `Bravo ${suffix}`, kind: "ENTREPRISE", territories: [lyon], publishedAt: new Date("2026-03-10T12:00:00Z") });
    const a = await makeOrganisation({ name: `Alpha ${suffix}`, kind: "ASSOCIATION", territories: [paris], publishedAt: new Date("2026-05-10T12:00:00Z") });
    const draft = await makeOrganisation({ name: `Charlie ${suffix}`, status: "DRAFT", territories: [lyon] });
    const ids = async (raw: Record<string, string>) =>
      (await listOrganisationsForStaff(staff.principal, orgParams({ q: suffix, ...raw }))).items.map((i) => i.id);

    expect(await ids({ tri: "nom" })).toEqual([a.id, b.id, draft.id]);
    expect(await ids({ statut: "publie", tri: "nom" })).toEqual([a.id, b.id]);
    expect(await ids({ statut: "brouillon" })).toEqual([draft.id]);
    expect(await ids({ type: "ENTREPRISE" })).toEqual([b.id]);
    // A commune of the Rhône is inside the département.
    expect(await ids({ territoire: String(rhone), tri: "nom" })).toEqual([b.id, draft.id]);
    expect(await ids({ du: "2026-04-01" })).toEqual([a.id]);
    expect(await ids({ au: "2026-03-10" })).toEqual([b.id]);
    expect(await ids({ tri: "publication" })).toEqual([a.id, b.id, draft.id]);
    // Anything odd in the URL falls back to the default.
    expect((await ids({ statut: "n-importe", type: "<x>", territoire: "-1", du: "hier", tri: "?" })).sort()).toEqual([a.id, b.id, draft.id].sort());
  });

  it("refuses anyone without content.list, even an organisation's admin", async () => {
    const team = await makeOrganisationWithTeam();
    for (const principal of [null, team.admin.principal, team.member.principal]) {
      await expect(listOrganisationsForStaff(principal, orgParams())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getOrganisationForStaff(principal, team.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listAlliancesForStaff(principal, parseAllianceListParams({}))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getAllianceForStaff(principal, "x")).rejects.toBeInstanceOf(ForbiddenError);
    }
    const admin = await makeUser("ADMIN");
    expect((await getOrganisationForStaff(admin.principal, team.id))?.name).toBe(team.name);
  });
});

describe("listAlliancesForStaff", () => {
  it("finds an alliance by accent-insensitive search, with its lead", async () => {
    const staff = await makeUser("STAFF");
    const suffix = uniqueSuffix();
    const lead = await makeOrganisation({ name: `Chef ${suffix}` });
    const alliance = await makeAlliance(`Forêt école ${suffix}`, lead);
    const page = await listAlliancesForStaff(staff.principal, parseAllianceListParams({ q: `FORET ECOLE ${suffix}`, type: "MECENAT" }));
    expect(page.items).toMatchObject([{ id: alliance.id, leads: [lead.name], status: "PUBLISHED" }]);
    const other = await listAlliancesForStaff(staff.principal, parseAllianceListParams({ q: suffix, type: "INNOVATION_SOCIETALE" }));
    expect(other.items).toEqual([]);
  });
});

describe("unpublishContent", () => {
  it("sends a published organisation back to draft with the reason, audited, notified and e-mailed to its members", async () => {
    const staff = await makeUser("STAFF");
    const team = await makeOrganisationWithTeam({ verified: true });
    const outcome = await unpublishContent(staff.principal, { kind: "actor", ids: [team.id], reason: "  Coordonnées erronées  " }, context);
    expect(outcome.changed).toEqual([{ id: team.id, title: team.name }]);
    expect(outcome.notified.sort()).toEqual([team.admin.email, team.member.email].sort());

    const saved = await db.actor.findUniqueOrThrow({ where: { id: team.id } });
    expect(saved).toMatchObject({ status: "DRAFT", moderationReason: "Coordonnées erronées", version: team.version + 1 });
    expect(saved.publishedAt).toEqual(team.publishedAt);

    const audit = await db.auditLog.findMany({ where: { entity: "Actor", entityId: team.id } });
    expect(audit.map((row) => [row.action, row.userId])).toEqual([["content.unpublished", staff.id]]);
    expect(audit[0].summary).toContain("Coordonnées erronées");

    const notices = await db.notification.findMany({ where: { userId: { in: [team.admin.id, team.member.id] } } });
    expect(notices).toHaveLength(2);
    expect(notices[0].href).toBe(`/espace/organisations/${team.id}`);
    const [mail] = await db.mailMessage.findMany({ where: { to: team.member.email } });
    expect(mail.subject).toContain("retirée du site public");
    expect(mail.text).toContain("Motif : Coordonnées erronées");
    expect(mail.text).toContain(`https://odd17.test/espace/organisations/${team.id}`);
  });

  it("unpublishes a selection, skipping what is not published, and refuses when nothing changes", async () => {
    const staff = await makeUser("STAFF");
    const lead = await makeOrganisationWithTeam();
    const live = await makeAlliance(`Alliance vivante ${uniqueSuffix()}`, lead);
    const draft = await makeAlliance(`Alliance brouillon ${uniqueSuffix()}`, lead, "DRAFT");
    const outcome = await unpublishContent(staff.principal, { kind: "alliance", ids: [live.id, draft.id], reason: "Hors sujet" }, context);
    expect(outcome).toMatchObject({ changed: [{ id: live.id }], skipped: 1 });
    expect(await db.alliance.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({ status: "DRAFT", moderationReason: "Hors sujet" });
    expect(await db.mailMessage.count({ where: { to: lead.admin.email } })).toBe(1);

    await expect(unpublishContent(staff.principal, { kind: "alliance", ids: [live.id], reason: "Encore" }, context)).rejects.toBeInstanceOf(ConflictError);
    await expect(unpublishContent(staff.principal, { kind: "alliance", ids: [live.id, "inconnu"], reason: "Encore" }, context)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("requires a reason, and refuses non-staff without changing anything", async () => {
    const staff = await makeUser("STAFF");
    const team = await makeOrganisationWithTeam();
    await expect(unpublishContent(staff.principal, { kind: "actor", ids: [team.id], reason: " ab " }, context)).rejects.toBeInstanceOf(ValidationError);
    for (const principal of [null, team.admin.principal, (await makeUser()).principal]) {
      await expect(unpublishContent(principal, { kind: "actor", ids: [team.id], reason: "Doublon" }, context)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(publishContent(principal, { kind: "actor", ids: [team.id] }, context)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await db.actor.findUniqueOrThrow({ where: { id: team.id } })).status).toBe("PUBLISHED");
    expect(await db.auditLog.count({ where: { entityId: team.id } })).toBe(0);
  });
});

describe("publishContent", () => {
  it("republishes an unpublished organisation: reason cleared, first publication date kept, verified", async () => {
    const staff = await makeUser("STAFF");
    const team = await makeOrganisationWithTeam();
    await unpublishContent(staff.principal, { kind: "actor", ids: [team.id], reason: "À vérifier" }, context);
    const outcome = await publishContent(staff.principal, { kind: "actor", ids: [team.id] }, context);
    expect(outcome.changed).toHaveLength(1);
    const saved = await db.actor.findUniqueOrThrow({ where: { id: team.id } });
    expect(saved).toMatchObject({ status: "PUBLISHED", moderationReason: null, verified: true, publishedAt: team.publishedAt });
    const audit = await db.auditLog.findMany({ where: { entity: "Actor", entityId: team.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["content.unpublished", "content.published"]);
    await expect(publishContent(staff.principal, { kind: "actor", ids: [team.id] }, context)).rejects.toBeInstanceOf(ConflictError);
  });
});
