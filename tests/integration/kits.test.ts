// The resource centre on the real database: versions on publication, what the public may see,
// permissions of every kit mutation, ratings, attachments and the content seeds.
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { addKitAttachment, removeKitAttachment } from "@/lib/kits/attachments.mutations";
import { answerFeedback, contributeToKit, rateKit } from "@/lib/kits/feedback.mutations";
import { getKitRating, getMyKitFeedback, getPublishedKit, listRelatedKits } from "@/lib/kits/kit-page.queries";
import type { KitInput } from "@/lib/kits/kit-form.schemas";
import { archiveKit, createKit, publishKit, unpublishKit, updateKit } from "@/lib/kits/kits.mutations";
import { searchKits } from "@/lib/kits/kits.queries";
import { parseKitSearchParams } from "@/lib/kits/kits.schemas";
import { getStorage } from "@/lib/storage/storage";
import { makeUser } from "../support/factories";

let uploads: string;

beforeAll(() => {
  uploads = mkdtempSync(path.join(tmpdir(), "odd17-uploads-"));
  process.env.UPLOADS_DIR = uploads;
});

afterAll(async () => {
  rmSync(uploads, { recursive: true, force: true });
  await db.$disconnect();
});

// ───────────── factories ─────────────

/** A word no other test uses, to search for this test's kits only. */
const uniqueWord = () => `mot${randomUUID().replace(/-/g, "").slice(0, 10)}`;

function kitInput(overrides: Partial<KitInput> = {}): KitInput {
  return {
    title: `Kit ${uniqueWord()}`,
    summary: "Un résumé.",
    category: "METHODE",
    audiences: ["COLLECTIVITE"],
    maturityLevels: [1],
    themes: [],
    modes: [],
    targets: ["17.17"],
    body: "## Partie\n\nTexte.",
    links: [{ label: "Insee", url: "https://www.insee.fr" }],
    ...overrides,
  };
}

async function publishedKit(staff: Principal, overrides: Partial<KitInput> = {}) {
  const kit = await createKit(staff, kitInput(overrides));
  await publishKit(staff, kit.id, "Première version");
  return kit;
}

const pdfBytes = () => new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const uploadedFiles = () =>
  readdirSync(uploads, { recursive: true })
    .map(String)
    .filter((entry) => entry.startsWith(`kits${path.sep}`));

// ───────────── tests ─────────────

describe("publication and versions", () => {
  it("numbers versions 1 then 2, and the public sees the current one", async () => {
    const staff = await makeUser("STAFF");
    const word = uniqueWord();
    const kit = await createKit(staff.principal, kitInput({ title: `Première ${word}`, body: "Version un" }));
    expect(await getPublishedKit(kit.slug)).toBeNull();

    expect((await publishKit(staff.principal, kit.id, "Première")).number).toBe(1);
    const opened = (await db.kitVersion.findUniqueOrThrow({ where: { kitId_number: { kitId: kit.id, number: 1 } } })).publishedAt!;
    await updateKit(staff.principal, kit.id, kitInput({ title: `Seconde ${word}`, body: "Version deux" }), `version:${opened.toISOString()}`);
    // Saved, not yet published: the public still reads version 1.
    expect((await getPublishedKit(kit.slug))?.title).toBe(`Première ${word}`);
    expect((await publishKit(staff.principal, kit.id, "Seconde")).number).toBe(2);

    const versions = await db.kitVersion.findMany({ where: { kitId: kit.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.title, v.body, v.note, v.authorId])).toEqual([
      [1, `Première ${word}`, "Version un", "Première", staff.id],
      [2, `Seconde ${word}`, "Version deux", "Seconde", staff.id],
    ]);
    const saved = await db.kit.findUniqueOrThrow({ where: { id: kit.id } });
    expect(saved).toMatchObject({ status: "PUBLISHED", currentVersion: 2 });
    expect(saved.publishedAt).not.toBeNull();
    const page = await getPublishedKit(kit.slug);
    expect(page).toMatchObject({ title: `Seconde ${word}`, body: "Version deux", version: 2 });
    expect(page?.versions.map((v) => v.number)).toEqual([2, 1]);
    expect((await searchKits(parseKitSearchParams({ q: word }))).items.map((item) => item.title)).toEqual([`Seconde ${word}`]);

    const audit = await db.auditLog.findMany({ where: { entity: "Kit", entityId: kit.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["kit.created", "kit.published", "kit.updated", "kit.published"]);
  });

  it("refuses a save based on a stale copy", async () => {
    const staff = await makeUser("STAFF");
    const kit = await createKit(staff.principal, kitInput());
    await expect(updateKit(staff.principal, kit.id, kitInput(), `brouillon:${new Date(2000, 0, 1).toISOString()}`)).rejects.toMatchObject({ kind: "conflict" });
  });

  it("unpublishing keeps the versions and republishing adds one", async () => {
    const staff = await makeUser("STAFF");
    const kit = await publishedKit(staff.principal);
    await unpublishKit(staff.principal, kit.id);
    expect(await getPublishedKit(kit.slug)).toBeNull();
    await expect(unpublishKit(staff.principal, kit.id)).rejects.toMatchObject({ kind: "conflict" });
    expect(await db.kitVersion.count({ where: { kitId: kit.id } })).toBe(1);
    expect((await publishKit(staff.principal, kit.id, "")).number).toBe(2);
    await archiveKit(staff.principal, kit.id);
    expect((await db.kit.findUniqueOrThrow({ where: { id: kit.id } })).status).toBe("ARCHIVED");
    expect(await getPublishedKit(kit.slug)).toBeNull();
  });
});

describe("public queries", () => {
  it("never show drafts or archived kits, in results, facets or related kits", async () => {
    const staff = await makeUser("STAFF");
    const word = uniqueWord();
    const published = await publishedKit(staff.principal, {
      title: `Publié ${word}`,
      category: "OUTIL",
      themes: ["MOBILITE"],
      audiences: ["ENTREPRISE"],
      maturityLevels: [2],
    });
    const draft = await createKit(
      staff.principal,
      kitInput({ title: `Brouillon ${word}`, category: "OUTIL", themes: ["MOBILITE"], audiences: ["ASSOCIATION"], maturityLevels: [3] }),
    );
    const archived = await publishedKit(staff.principal, {
      title: `Archivé ${word}`,
      category: "OUTIL",
      themes: ["MOBILITE"],
      audiences: ["FONDATION"],
      maturityLevels: [4],
    });
    await archiveKit(staff.principal, archived.id);

    const result = await searchKits(parseKitSearchParams({ q: word }));
    expect(result.items.map((item) => item.id)).toEqual([published.id]);
    expect(result.pageInfo.total).toBe(1);
    expect(Object.fromEntries(result.facets.categories)).toEqual({ OUTIL: 1 });
    expect(Object.fromEntries(result.facets.audiences)).toEqual({ ENTREPRISE: 1 });
    expect(Object.fromEntries(result.facets.levels)).toEqual({ 2: 1 });
    expect(await getPublishedKit(draft.slug)).toBeNull();
    expect(await getPublishedKit(archived.slug)).toBeNull();

    const page = (await getPublishedKit(published.slug))!;
    const related = await listRelatedKits(page, 50);
    expect(related.map((item) => item.id)).not.toContain(draft.id);
    expect(related.map((item) => item.id)).not.toContain(archived.id);
  });

  it("filters by each facet and counts the other values of a facet with the rest of the filters", async () => {
    const staff = await makeUser("STAFF");
    const word = uniqueWord();
    const a = await publishedKit(staff.principal, {
      title: `Alpha ${word}`,
      category: "DONNEES",
      audiences: ["COLLECTIVITE"],
      maturityLevels: [1, 2],
      themes: ["LOGEMENT"],
      targets: ["17.18"],
    });
    const b = await publishedKit(staff.principal, {
      title: `Bêta ${word}`,
      category: "EXEMPLE",
      audiences: ["ENTREPRISE"],
      maturityLevels: [3],
      themes: ["LOGEMENT", "MOBILITE"],
      targets: ["17.17"],
    });
    const search = (raw: Record<string, string | string[]>) => searchKits(parseKitSearchParams({ q: word, ...raw }));

    expect((await search({ categorie: "donnees" })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await search({ public: "entreprise" })).items.map((i) => i.id)).toEqual([b.id]);
    expect((await search({ niveau: "2" })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await search({ theme: "mobilite" })).items.map((i) => i.id)).toEqual([b.id]);
    expect((await search({ cible: "17.18" })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await search({ tri: "titre" })).items.map((i) => i.id)).toEqual([a.id, b.id]);

    const filtered = await search({ categorie: "donnees" });
    // The category facet ignores its own filter; the others apply it.
    expect(Object.fromEntries(filtered.facets.categories)).toEqual({ DONNEES: 1, EXEMPLE: 1 });
    expect(Object.fromEntries(filtered.facets.themes)).toEqual({ LOGEMENT: 1 });
    expect(Object.fromEntries(filtered.facets.targets)).toEqual({ "17.18": 1 });
    expect((await search({ page: "2" })).items).toEqual([]);
  });
});

describe("permissions", () => {
  it("a plain user gets ForbiddenError from every kit mutation and nothing changes", async () => {
    const staff = await makeUser("STAFF");
    const user = await makeUser("USER");
    const kit = await publishedKit(staff.principal);
    const attachment = await addKitAttachment(staff.principal, kit.id, new File([pdfBytes()], "guide.pdf"));
    await contributeToKit(user.principal, { kitId: kit.id, kind: "SUGGESTION", comment: "Ajouter un exemple." });
    const suggestion = await db.feedback.findFirstOrThrow({ where: { kitId: kit.id, kind: "SUGGESTION" } });
    const before = await db.kit.findUniqueOrThrow({ where: { id: kit.id }, include: { versions: true, attachments: true, links: true, targets: true } });

    const attempts: [string, () => Promise<unknown>][] = [
      ["createKit", () => createKit(user.principal, kitInput())],
      ["updateKit", () => updateKit(user.principal, kit.id, kitInput({ title: "Piraté" }), null)],
      ["publishKit", () => publishKit(user.principal, kit.id, "")],
      ["unpublishKit", () => unpublishKit(user.principal, kit.id)],
      ["archiveKit", () => archiveKit(user.principal, kit.id)],
      ["addKitAttachment", () => addKitAttachment(user.principal, kit.id, new File([pdfBytes()], "x.pdf"))],
      ["removeKitAttachment", () => removeKitAttachment(user.principal, attachment.id)],
      ["answerFeedback", () => answerFeedback(user.principal, { feedbackId: suggestion.id, answer: "Non." })],
      ["rateKit (anonymous)", () => rateKit(null, { kitId: kit.id, rating: 5 })],
      ["contributeToKit (anonymous)", () => contributeToKit(null, { kitId: kit.id, kind: "COMMENT", comment: "Bonjour" })],
    ];
    for (const [name, attempt] of attempts) {
      await expect(attempt(), name).rejects.toBeInstanceOf(ForbiddenError);
    }

    const after = await db.kit.findUniqueOrThrow({ where: { id: kit.id }, include: { versions: true, attachments: true, links: true, targets: true } });
    expect(after).toEqual(before);
    expect(await db.kit.count({ where: { title: "Piraté" } })).toBe(0);
    expect((await db.feedback.findUniqueOrThrow({ where: { id: suggestion.id } })).staffAnswer).toBeNull();
    expect(await db.auditLog.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("co-construction", () => {
  it("keeps one rating per user, updatable, and averages them", async () => {
    const staff = await makeUser("STAFF");
    const [first, second] = [await makeUser(), await makeUser()];
    const kit = await publishedKit(staff.principal);
    await rateKit(first.principal, { kitId: kit.id, rating: 2 });
    await rateKit(first.principal, { kitId: kit.id, rating: 4 });
    await Promise.all([rateKit(second.principal, { kitId: kit.id, rating: 5 }), rateKit(second.principal, { kitId: kit.id, rating: 5 })]);
    expect(await db.feedback.count({ where: { kitId: kit.id, kind: "RATING" } })).toBe(2);
    expect(await getKitRating(kit.id)).toEqual({ average: 4.5, count: 2 });
    expect((await getMyKitFeedback(first.principal, kit.id)).rating).toBe(4);
  });

  it("refuses ratings and messages on a draft", async () => {
    const staff = await makeUser("STAFF");
    const user = await makeUser();
    const draft = await createKit(staff.principal, kitInput());
    await expect(rateKit(user.principal, { kitId: draft.id, rating: 3 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(contributeToKit(user.principal, { kitId: draft.id, kind: "COMMENT", comment: "Bonjour" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets the team answer a suggestion, which its author then sees", async () => {
    const staff = await makeUser("STAFF");
    const user = await makeUser();
    const kit = await publishedKit(staff.principal);
    await contributeToKit(user.principal, { kitId: kit.id, kind: "SUGGESTION", comment: "Ajouter un modèle de convention." });
    const suggestion = await db.feedback.findFirstOrThrow({ where: { kitId: kit.id, userId: user.id } });
    await answerFeedback(staff.principal, { feedbackId: suggestion.id, answer: "Merci, c'est prévu." });
    const mine = await getMyKitFeedback(user.principal, kit.id);
    expect(mine.contributions).toMatchObject([{ kind: "SUGGESTION", staffAnswer: "Merci, c'est prévu." }]);
    expect(await db.auditLog.count({ where: { action: "feedback.answered", entityId: suggestion.id } })).toBe(1);
  });
});

describe("attachments", () => {
  it("stores an allowed file under a random key and removes it", async () => {
    const staff = await makeUser("STAFF");
    const kit = await createKit(staff.principal, kitInput());
    const added = await addKitAttachment(staff.principal, kit.id, new File([pdfBytes()], "Guide pratique.pdf"));
    const row = await db.kitAttachment.findUniqueOrThrow({ where: { id: added.id } });
    expect(row).toMatchObject({ fileName: "Guide pratique.pdf", mimeType: "application/pdf", sizeBytes: pdfBytes().byteLength });
    expect(row.storageKey).toMatch(/^kits\/[0-9a-f-]{36}$/);
    expect(await new Response(await getStorage().get(row.storageKey)).text()).toContain("%PDF-1.7");
    await removeKitAttachment(staff.principal, added.id);
    expect(await getStorage().get(row.storageKey)).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: kit.id, action: { in: ["kit.attachment.added", "kit.attachment.removed"] } } })).toBe(2);
  });

  it("refuses a program renamed guide.pdf and a 21 MB file, storing nothing", async () => {
    const staff = await makeUser("STAFF");
    const kit = await createKit(staff.principal, kitInput());
    const filesBefore = uploadedFiles().length;
    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    const refusedType = addKitAttachment(staff.principal, kit.id, new File([exe], "guide.pdf", { type: "application/pdf" }));
    await expect(refusedType).rejects.toBeInstanceOf(ValidationError);
    await expect(refusedType).rejects.toMatchObject({ fieldErrors: { file: [expect.stringContaining("n'est pas accepté")] } });

    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(pdfBytes());
    await expect(addKitAttachment(staff.principal, kit.id, new File([big], "gros.pdf"))).rejects.toMatchObject({
      fieldErrors: { file: [expect.stringContaining("20 Mo")] },
    });
    await expect(addKitAttachment(staff.principal, kit.id, null)).rejects.toBeInstanceOf(ValidationError);

    expect(await db.kitAttachment.count({ where: { kitId: kit.id } })).toBe(0);
    expect(uploadedFiles().length).toBe(filesBefore);
  });
});
