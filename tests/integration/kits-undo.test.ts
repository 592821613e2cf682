// The « Annuler » of the kit back office on the real database: republishing an unpublished kit
// (its version, not a new one) and unarchiving a kit to the status it had, each refused to those
// without kit.publish, audited, and refused when there is nothing to undo.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getPublishedKit } from "@/lib/kits/kit-page.queries";
import type { KitInput } from "@/lib/kits/kit-form.schemas";
import { archiveKit, createKit, publishKit, republishKit, unarchiveKit, unpublishKit, updateKit } from "@/lib/kits/kits.mutations";
import { makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

const kitInput = (title = `Kit ${randomUUID().slice(0, 8)}`): KitInput => ({
  title,
  summary: "Un résumé.",
  category: "METHODE",
  audiences: [],
  maturityLevels: [],
  themes: [],
  modes: [],
  targets: [],
  body: "## Partie\n\nTexte.",
  links: [],
});

async function publishedKit(staff: Principal) {
  const kit = await createKit(staff, kitInput());
  await publishKit(staff, kit.id, "Première version");
  return kit;
}

const statusOf = async (id: string) => await db.kit.findUniqueOrThrow({ where: { id }, select: { status: true, currentVersion: true } });
const auditActions = async (id: string) =>
  (await db.auditLog.findMany({ where: { entity: "Kit", entityId: id }, orderBy: { createdAt: "asc" } })).map((row) => row.action);

describe("republishKit (« Annuler » d'une dépublication)", () => {
  it("makes the same version public again, without a new one, and audits it", async () => {
    const staff = await makeUser("STAFF");
    const kit = await publishedKit(staff.principal);
    await unpublishKit(staff.principal, kit.id);
    // Changes made meanwhile to the working copy stay unpublished.
    await updateKit(staff.principal, kit.id, kitInput("Titre pas encore publié"), null);
    await republishKit(staff.principal, kit.id, { ip: "203.0.113.9" });
    expect(await statusOf(kit.id)).toEqual({ status: "PUBLISHED", currentVersion: 1 });
    expect((await getPublishedKit(kit.slug))?.title).not.toBe("Titre pas encore publié");
    expect(await auditActions(kit.id)).toEqual(["kit.created", "kit.published", "kit.unpublished", "kit.updated", "kit.republished"]);
  });

  it("refuses a kit never published, a published one, an unknown one, and anyone without kit.publish", async () => {
    const staff = await makeUser("STAFF");
    const user = await makeUser("USER");
    const draft = await createKit(staff.principal, kitInput());
    await expect(republishKit(staff.principal, draft.id)).rejects.toMatchObject({ kind: "conflict" });
    const published = await publishedKit(staff.principal);
    await expect(republishKit(staff.principal, published.id)).rejects.toMatchObject({ kind: "conflict" });
    await expect(republishKit(staff.principal, "inconnu")).rejects.toBeInstanceOf(NotFoundError);
    await unpublishKit(staff.principal, published.id);
    await expect(republishKit(user.principal, published.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(republishKit(null, published.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await statusOf(published.id)).status).toBe("DRAFT");
  });
});

describe("unarchiveKit (« Annuler » d'un archivage)", () => {
  it("gives back the status archiveKit returned: published, or draft", async () => {
    const staff = await makeUser("STAFF");
    const published = await publishedKit(staff.principal);
    const { previous } = await archiveKit(staff.principal, published.id);
    expect(previous).toBe("PUBLISHED");
    await unarchiveKit(staff.principal, published.id, previous);
    expect(await statusOf(published.id)).toEqual({ status: "PUBLISHED", currentVersion: 1 });
    expect(await getPublishedKit(published.slug)).not.toBeNull();
    expect(await auditActions(published.id)).toEqual(["kit.created", "kit.published", "kit.archived", "kit.unarchived"]);

    const draft = await createKit(staff.principal, kitInput());
    expect(await archiveKit(staff.principal, draft.id)).toEqual({ previous: "DRAFT" });
    await unarchiveKit(staff.principal, draft.id, "DRAFT");
    expect((await statusOf(draft.id)).status).toBe("DRAFT");
  });

  it("refuses to publish by this way a kit never published, a kit not archived, and anyone without kit.publish", async () => {
    const staff = await makeUser("STAFF");
    const user = await makeUser("USER");
    const draft = await createKit(staff.principal, kitInput());
    await archiveKit(staff.principal, draft.id);
    await expect(unarchiveKit(staff.principal, draft.id, "PUBLISHED")).rejects.toMatchObject({ kind: "conflict" });
    await expect(unarchiveKit(user.principal, draft.id, "DRAFT")).rejects.toBeInstanceOf(ForbiddenError);
    expect((await statusOf(draft.id)).status).toBe("ARCHIVED");
    await unarchiveKit(staff.principal, draft.id, "DRAFT");
    await expect(unarchiveKit(staff.principal, draft.id, "DRAFT")).rejects.toMatchObject({ kind: "conflict" });
    await expect(archiveKit(staff.principal, draft.id)).resolves.toEqual({ previous: "DRAFT" });
    await expect(archiveKit(staff.principal, draft.id)).rejects.toMatchObject({ kind: "conflict" });
  });
});
