// The kits list and « Attribuer à un collègue » on the real database: the list's filters and sorts
// (the draft's title, family and target; a draft pending; dates), bulk publication of drafts (each
// kit in its own transaction, the others skipped with their reason), archive and restore; an
// assignment only to an active staff account, never by a non-staff caller, audited, notified,
// and the « Attribués à moi » filter of the lists.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignItems } from "@/lib/assignments/assignments.mutations";
import { assigneeIdCondition, assigneesOf, countMyAssignments, getAssignment } from "@/lib/assignments/assignments.queries";
import { listOrganisationsForStaff } from "@/lib/content-admin/content-admin.queries";
import { parseOrganisationListParams } from "@/lib/content-admin/content-admin.schemas";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import type { KitInput } from "@/lib/kits/kit-form.schemas";
import { listKitsForStaff } from "@/lib/kits/kits.admin.queries";
import { parseAdminKitListParams } from "@/lib/kits/kits.admin.schemas";
import { bulkArchiveKits, bulkPublishKits, bulkRestoreKits } from "@/lib/kits/kits.bulk.mutations";
import { archiveKit, createKit, publishKit, updateKit } from "@/lib/kits/kits.mutations";
import { makeOrganisation, makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

const word = () => `mot${randomUUID().replace(/-/g, "").slice(0, 10)}`;
const input = (title: string, extra: Partial<KitInput> = {}): KitInput => ({
  title,
  summary: "Résumé.",
  category: "METHODE",
  audiences: [],
  maturityLevels: [],
  themes: [],
  modes: [],
  targets: [],
  body: "Corps.",
  links: [],
  ...extra,
});
const list = (principal: Parameters<typeof listKitsForStaff>[0], raw: Record<string, string>) => listKitsForStaff(principal, parseAdminKitListParams(raw));
const titles = (page: Awaited<ReturnType<typeof listKitsForStaff>>) => page.items.map((kit) => kit.title);

describe("the kits list", () => {
  it("searches without accents, filters on the working copy and a pending draft, and sorts", async () => {
    const staff = await makeUser("STAFF");
    const w = word();
    const published = await createKit(staff.principal, input(`Éolienne citoyenne ${w}`, { category: "OUTIL", targets: ["17.17"] }));
    await publishKit(staff.principal, published.id, "");
    // A draft of the published kit moves it to another family and target: the list follows the draft.
    await updateKit(staff.principal, published.id, input(`Éolienne citoyenne ${w} v2`, { category: "DONNEES", targets: ["17.3"] }), null);
    const draftOnly = await createKit(staff.principal, input(`Atelier brouillon ${w}`, { category: "OUTIL", targets: ["17.17"] }));
    await updateKit(staff.principal, draftOnly.id, input(`Atelier renommé ${w}`, { category: "OUTIL", targets: ["17.17"] }), null);
    const done = await createKit(staff.principal, input(`Guide publié ${w}`, { category: "OUTIL" }));
    await publishKit(staff.principal, done.id, "");

    expect(titles(await list(staff.principal, { q: `EOLIENNE ${w}` }))).toEqual([`Éolienne citoyenne ${w} v2`]);
    // A kit never published is found by its draft's current title, accents or not.
    expect(titles(await list(staff.principal, { q: `atelier renomme ${w}` }))).toEqual([`Atelier renommé ${w}`]);
    expect(titles(await list(staff.principal, { q: w, famille: "outil", tri: "titre" }))).toEqual([`Atelier renommé ${w}`, `Guide publié ${w}`]);
    expect(titles(await list(staff.principal, { q: w, famille: "donnees" }))).toEqual([`Éolienne citoyenne ${w} v2`]);
    expect(titles(await list(staff.principal, { q: w, cible: "17.17", tri: "titre" }))).toEqual([`Atelier renommé ${w}`]);
    expect(titles(await list(staff.principal, { q: w, brouillon: "1", tri: "titre" }))).toEqual([`Atelier renommé ${w}`, `Éolienne citoyenne ${w} v2`]);
    expect(titles(await list(staff.principal, { q: w, tri: "publication" })).slice(0, 2)).toEqual([`Guide publié ${w}`, `Éolienne citoyenne ${w} v2`]);
    // The last change, the draft saves included.
    expect(titles(await list(staff.principal, { q: w, tri: "modification" }))[0]).toBe(`Guide publié ${w}`);
    await updateKit(staff.principal, published.id, input(`Éolienne citoyenne ${w} v3`), null);
    expect(titles(await list(staff.principal, { q: w, tri: "modification" }))[0]).toBe(`Éolienne citoyenne ${w} v3`);
    // Today as the filter reads its days, in Paris: between 23:00 and 00:00 UTC it is already tomorrow there.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    expect(await list(staff.principal, { q: w, du: "2000-01-01", au: "2000-01-02" })).toMatchObject({ items: [] });
    expect((await list(staff.principal, { q: w, date: "modification", du: "2000-01-01", au: today })).pageInfo.total).toBe(3);
    await expect(list((await makeUser()).principal, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("publishes the drafts of a selection, each on its own, and says which were skipped and why", async () => {
    const staff = await makeUser("STAFF");
    const w = word();
    const fresh = await createKit(staff.principal, input(`Nouveau ${w}`));
    const withDraft = await createKit(staff.principal, input(`Publié ${w}`));
    await publishKit(staff.principal, withDraft.id, "");
    await updateKit(staff.principal, withDraft.id, input(`Publié ${w} corrigé`), null);
    const noDraft = await createKit(staff.principal, input(`Sans brouillon ${w}`));
    await publishKit(staff.principal, noDraft.id, "");
    const archived = await createKit(staff.principal, input(`Archivé ${w}`));
    await archiveKit(staff.principal, archived.id);

    const publications = () =>
      db.auditLog.count({ where: { action: "kit.published", entityId: { in: [fresh.id, withDraft.id, noDraft.id, archived.id] }, userId: staff.id } });
    const before = await publications();
    const outcome = await bulkPublishKits(staff.principal, [fresh.id, withDraft.id, noDraft.id, archived.id]);
    expect(outcome.changed.map((kit) => kit.id)).toEqual([fresh.id, withDraft.id]);
    expect(outcome.skipped).toEqual([
      { id: noDraft.id, title: `Sans brouillon ${w}`, reason: "no-draft" },
      { id: archived.id, title: `Archivé ${w}`, reason: "archived" },
    ]);
    const rows = await db.kit.findMany({
      where: { id: { in: [fresh.id, withDraft.id, noDraft.id, archived.id] } },
      select: { id: true, status: true, currentVersion: true, title: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(fresh.id)).toMatchObject({ status: "PUBLISHED", currentVersion: 1 });
    expect(byId.get(withDraft.id)).toMatchObject({ status: "PUBLISHED", currentVersion: 2, title: `Publié ${w} corrigé` });
    expect(byId.get(noDraft.id)).toMatchObject({ currentVersion: 1 });
    expect(byId.get(archived.id)).toMatchObject({ status: "ARCHIVED", currentVersion: 0 });
    // Audited as from the kit's page.
    expect((await publications()) - before).toBe(2);

    const archivedNow = await bulkArchiveKits(staff.principal, [fresh.id, archived.id]);
    expect(archivedNow).toMatchObject({ changed: [{ id: fresh.id }], skipped: [{ id: archived.id, reason: "already-archived" }] });
    const restored = await bulkRestoreKits(staff.principal, [fresh.id, withDraft.id]);
    expect(restored).toMatchObject({ changed: [{ id: fresh.id }], skipped: [{ id: withDraft.id, reason: "not-archived" }] });
    expect(await db.kit.findUniqueOrThrow({ where: { id: fresh.id }, select: { status: true } })).toEqual({ status: "PUBLISHED" });
    expect(await db.auditLog.count({ where: { action: "kit.restored", entityId: fresh.id } })).toBe(1);

    const user = await makeUser();
    await expect(bulkPublishKits(user.principal, [fresh.id])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(bulkPublishKits(staff.principal, [])).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("assigning content to a colleague", () => {
  it("assigns only to an active staff account, audits it and notifies the colleague", async () => {
    const staff = await makeUser("STAFF");
    const colleague = await makeUser("STAFF", { name: "Camille Collègue" });
    const w = word();
    const first = await makeOrganisation({ name: `Première ${w}` });
    const second = await makeOrganisation({ name: `Seconde ${w}` });

    const outcome = await assignItems(staff.principal, { entity: "Actor", ids: [first.id, second.id], assigneeId: colleague.id, note: "À vérifier" });
    expect(outcome).toMatchObject({ unchanged: 0, assignee: { id: colleague.id, label: "Camille Collègue" } });
    expect(await getAssignment(staff.principal, "Actor", first.id)).toMatchObject({
      assignee: { id: colleague.id },
      note: "À vérifier",
      assignedBy: staff.name,
    });
    expect(await db.auditLog.findFirst({ where: { entity: "Actor", entityId: first.id, action: "content.assigned" }, select: { summary: true } })).toEqual({
      summary: `« Première ${w} » attribué à Camille Collègue. Note : À vérifier`,
    });
    const notes = await db.notification.findMany({ where: { userId: colleague.id, kind: "content.assigned" }, select: { title: true, href: true } });
    expect(notes).toEqual([{ title: "On vous a attribué 2 organisations", href: "/admin/organisations?attribue=moi" }]);
    // Again to the same colleague: nothing to do; one of them to nobody.
    await expect(assignItems(staff.principal, { entity: "Actor", ids: [first.id], assigneeId: colleague.id })).rejects.toBeInstanceOf(ConflictError);
    await assignItems(staff.principal, { entity: "Actor", ids: [second.id], assigneeId: null });
    expect(await getAssignment(staff.principal, "Actor", second.id)).toBeNull();
    expect(await db.auditLog.count({ where: { entity: "Actor", entityId: second.id, action: "content.unassigned" } })).toBe(1);

    const member = await makeUser("USER");
    const disabled = await makeUser("STAFF", { disabledAt: new Date() });
    for (const assigneeId of [member.id, disabled.id, "inconnu"]) {
      await expect(assignItems(staff.principal, { entity: "Actor", ids: [second.id], assigneeId })).rejects.toBeInstanceOf(ValidationError);
    }
    // A non-staff caller may not assign, even to staff; nothing was written.
    await expect(assignItems(member.principal, { entity: "Actor", ids: [second.id], assigneeId: colleague.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assigneesOf(member.principal, "Actor", [first.id])).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.staffAssignment.count({ where: { entityId: second.id } })).toBe(0);
  });

  it("lists what is assigned to me, to a colleague or to nobody", async () => {
    const me = await makeUser("STAFF");
    const colleague = await makeUser("ADMIN");
    const w = word();
    const [mine, theirs, nobodys] = await Promise.all(["Mienne", "Sienne", "Libre"].map((name) => makeOrganisation({ name: `${name} ${w}` })));
    await assignItems(colleague.principal, { entity: "Actor", ids: [mine.id], assigneeId: me.id });
    await assignItems(me.principal, { entity: "Actor", ids: [theirs.id], assigneeId: colleague.id });
    const listed = async (attribue: string) => {
      const condition = await assigneeIdCondition(me.principal, "Actor", attribue === "moi" || attribue === "personne" ? attribue : { userId: attribue });
      const page = await listOrganisationsForStaff(me.principal, parseOrganisationListParams({ q: w, tri: "nom" }), condition);
      return page.items.map((item) => item.id);
    };
    expect(await listed("moi")).toEqual([mine.id]);
    expect(await listed(colleague.id)).toEqual([theirs.id]);
    expect(await listed("personne")).toEqual([nobodys.id]);
    expect((await assigneesOf(me.principal, "Actor", [mine.id, nobodys.id])).get(mine.id)).toMatchObject({ id: me.id });
    expect(await countMyAssignments(me.principal)).toEqual([{ entity: "Actor", count: 1 }]);
    // Kits too, by the same table.
    const kit = await createKit(me.principal, input(`Kit ${w}`));
    await assignItems(me.principal, { entity: "Kit", ids: [kit.id], assigneeId: me.id });
    const kits = await listKitsForStaff(me.principal, parseAdminKitListParams({}), await assigneeIdCondition(me.principal, "Kit", "moi"));
    expect(kits.items.map((item) => item.id)).toEqual([kit.id]);
  });
});
