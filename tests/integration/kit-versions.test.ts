// A kit version is the whole kit, on the real database: a draft changes nothing the public reads
// (the page, search and facets, the Kit row, its targets and links, its files), publishing copies
// the draft onto that projection in one transaction, files leave a draft only, an archived kit is
// restored with its last published version.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDownloadableAttachment } from "@/lib/kits/attachments.queries";
import { addKitAttachment, removeKitAttachment } from "@/lib/kits/attachments.mutations";
import { getPublishedKit } from "@/lib/kits/kit-page.queries";
import type { KitInput } from "@/lib/kits/kit-form.schemas";
import { getKitForEdit, getKitVersion } from "@/lib/kits/kits.admin.queries";
import { archiveKit, createKit, publishKit, restoreKit, updateKit } from "@/lib/kits/kits.mutations";
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

const uniqueWord = () => `mot${randomUUID().replace(/-/g, "").slice(0, 10)}`;
const pdf = (name: string) => new File([new TextEncoder().encode(`%PDF-1.7\n${name}\n%%EOF\n`)], name);

function first(word: string): KitInput {
  return {
    title: `Premier ${word}`,
    summary: "Résumé un.",
    category: "METHODE",
    audiences: ["COLLECTIVITE"],
    maturityLevels: [1],
    themes: ["MOBILITE"],
    modes: ["MECENAT"],
    targets: ["17.17"],
    body: "Corps un.",
    links: [{ label: "Lien un", url: "https://un.example.org" }],
  };
}

function second(word: string): KitInput {
  return {
    title: `Second ${word}`,
    summary: "Résumé deux.",
    category: "OUTIL",
    audiences: ["ENTREPRISE"],
    maturityLevels: [3],
    themes: ["LOGEMENT"],
    modes: ["INNOVATION_SOCIETALE"],
    targets: ["17.3"],
    body: "Corps deux.",
    links: [{ label: "Lien deux", url: "https://deux.example.org" }],
  };
}

/** Everything the public reads of a kit: its Kit row, targets, links, and its page. */
async function publicState(kitId: string, slug: string) {
  const row = await db.kit.findUniqueOrThrow({
    where: { id: kitId },
    select: {
      title: true,
      summary: true,
      body: true,
      category: true,
      audiences: true,
      themes: true,
      modes: true,
      maturityLevels: true,
      searchKey: true,
      updatedAt: true,
      targets: { select: { targetCode: true } },
      links: { select: { label: true, url: true } },
    },
  });
  return { row, page: await getPublishedKit(slug) };
}

describe("a draft of a published kit", () => {
  it("changes nothing the public reads until it is published, then everything at once", async () => {
    const staff = await makeUser("STAFF");
    const word = uniqueWord();
    const kit = await createKit(staff.principal, first(word), { note: "Note un" });
    await addKitAttachment(staff.principal, kit.id, pdf("garde.pdf"));
    const dropped = await addKitAttachment(staff.principal, kit.id, pdf("retire.pdf"));
    await publishKit(staff.principal, kit.id, "");
    expect((await db.kitVersion.findFirstOrThrow({ where: { kitId: kit.id, number: 1 } })).note).toBe("Note un");
    const before = await publicState(kit.id, kit.slug);
    expect(before.page?.attachments.map((file) => file.fileName)).toEqual(["garde.pdf", "retire.pdf"]);

    await updateKit(staff.principal, kit.id, second(word), null, { note: "Note deux" });
    const added = await addKitAttachment(staff.principal, kit.id, pdf("nouveau.pdf"));
    await removeKitAttachment(staff.principal, dropped.id);

    expect(await publicState(kit.id, kit.slug)).toEqual(before);
    expect((await searchKits(parseKitSearchParams({ q: `Second ${word}` }))).items).toEqual([]);
    expect((await searchKits(parseKitSearchParams({ categorie: "OUTIL", q: word }))).items).toEqual([]);
    // The file removed from the draft is still the public's; the one added to it is not yet.
    expect((await getDownloadableAttachment(null, dropped.id))?.isPublic).toBe(true);
    expect(await getDownloadableAttachment(null, added.id)).toBeNull();
    expect(await getStorage().get((await db.kitAttachment.findUniqueOrThrow({ where: { id: dropped.id } })).storageKey)).not.toBeNull();

    // The editor opens the draft, note included.
    const edit = await getKitForEdit(staff.principal, kit.id);
    expect(edit).toMatchObject({ id: kit.id, title: `Second ${word}`, category: "OUTIL", targets: ["17.3"], note: "Note deux", hasUnpublishedChanges: true });
    expect(edit?.attachments.map((file) => file.fileName)).toEqual(["garde.pdf", "nouveau.pdf"]);

    expect((await publishKit(staff.principal, kit.id, "")).number).toBe(2);
    const after = await publicState(kit.id, kit.slug);
    expect(after.row).toMatchObject({
      title: `Second ${word}`,
      summary: "Résumé deux.",
      body: "Corps deux.",
      category: "OUTIL",
      audiences: ["ENTREPRISE"],
      themes: ["LOGEMENT"],
      modes: ["INNOVATION_SOCIETALE"],
      maturityLevels: [3],
      targets: [{ targetCode: "17.3" }],
      links: [{ label: "Lien deux", url: "https://deux.example.org" }],
    });
    expect(after.page?.attachments.map((file) => file.fileName)).toEqual(["garde.pdf", "nouveau.pdf"]);
    expect(after.page?.versions.map((version) => [version.number, version.note])).toEqual([
      [2, "Note deux"],
      [1, "Note un"],
    ]);
    // Version 1 keeps its file: only a file no version holds is deleted.
    expect((await getKitVersion(staff.principal, kit.id, 1))?.files.map((file) => file.fileName)).toEqual(["garde.pdf", "retire.pdf"]);
    expect(await getDownloadableAttachment(null, dropped.id)).toBeNull();
  });

  it("deletes a file added to a draft and removed from it before any publication", async () => {
    const staff = await makeUser("STAFF");
    const kit = await createKit(staff.principal, first(uniqueWord()));
    const added = await addKitAttachment(staff.principal, kit.id, pdf("brouillon.pdf"));
    const { storageKey } = await db.kitAttachment.findUniqueOrThrow({ where: { id: added.id } });
    await removeKitAttachment(staff.principal, added.id);
    expect(await db.kitAttachment.count({ where: { id: added.id } })).toBe(0);
    expect(await getStorage().get(storageKey)).toBeNull();
    await expect(removeKitAttachment(staff.principal, added.id)).rejects.toMatchObject({ kind: "not-found" });
  });
});

describe("publishing is atomic", () => {
  it("leaves the projection and the draft untouched when a step fails", async () => {
    const staff = await makeUser("STAFF");
    const word = uniqueWord();
    const kit = await createKit(staff.principal, first(word));
    await publishKit(staff.principal, kit.id, "");
    await updateKit(staff.principal, kit.id, second(word), null);
    const before = await publicState(kit.id, kit.slug);
    // A target code no SdgTarget row has: its insert fails after the Kit row was written.
    await db.kitVersion.updateMany({ where: { kitId: kit.id, publishedAt: null }, data: { targets: ["17.3", "99.99"] } });
    await expect(publishKit(staff.principal, kit.id, "")).rejects.toThrow();
    expect(await publicState(kit.id, kit.slug)).toEqual(before);
    expect(await db.kitVersion.findFirst({ where: { kitId: kit.id, publishedAt: null }, select: { number: true, title: true } })).toEqual({
      number: 2,
      title: `Second ${word}`,
    });
  });

  it("lets only one of two simultaneous publications win", async () => {
    const staff = await makeUser("STAFF");
    const kit = await createKit(staff.principal, first(uniqueWord()));
    const results = await Promise.allSettled([publishKit(staff.principal, kit.id, ""), publishKit(staff.principal, kit.id, "")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.kitVersion.count({ where: { kitId: kit.id, publishedAt: { not: null } } })).toBe(1);
  });
});

describe("restoring an archived kit", () => {
  it("brings back its last published version (not its draft), audited; a never-published one as a draft", async () => {
    const staff = await makeUser("STAFF");
    const word = uniqueWord();
    const kit = await createKit(staff.principal, first(word));
    await publishKit(staff.principal, kit.id, "");
    await updateKit(staff.principal, kit.id, second(word), null);
    await archiveKit(staff.principal, kit.id);
    expect(await getPublishedKit(kit.slug)).toBeNull();
    expect(await restoreKit(staff.principal, kit.id, { ip: "203.0.113.7" })).toEqual({ status: "PUBLISHED" });
    expect((await getPublishedKit(kit.slug))?.title).toBe(`Premier ${word}`);
    expect(await db.auditLog.findFirst({ where: { entityId: kit.id, action: "kit.restored" }, select: { userId: true, ip: true } })).toEqual({
      userId: staff.id,
      ip: "203.0.113.7",
    });
    await expect(restoreKit(staff.principal, kit.id)).rejects.toMatchObject({ kind: "conflict" });

    const never = await createKit(staff.principal, first(uniqueWord()));
    await archiveKit(staff.principal, never.id);
    expect(await restoreKit(staff.principal, never.id)).toEqual({ status: "DRAFT" });
    const member = await makeUser("USER");
    await expect(restoreKit(member.principal, kit.id)).rejects.toMatchObject({ kind: "forbidden" });
  });
});
