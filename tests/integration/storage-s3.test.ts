// Files on an S3-compatible service (STORAGE_URL, s3rver started here): a kit attachment and an
// organisation logo go through the same mutations and download routes as on the local disk, with
// the same headers, and nothing of them lands on the disk.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { KitInput } from "@/lib/kits/kit-form.schemas";
import { log } from "@/lib/log/logger";
import { startS3Server, type TestS3Server } from "../support/s3-server";
import { makeOrganisationWithTeam, makeUser, territoryId } from "../support/factories";

const who: { principal: Principal } = { principal: null };
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("@/lib/auth/auth", () => ({ auth: vi.fn(async () => null), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getPrincipal: async () => who.principal,
}));

const { addKitAttachment, removeKitAttachment } = await import("@/lib/kits/attachments.mutations");
const { createKit, publishKit } = await import("@/lib/kits/kits.mutations");
const { updateOrganisationProfile } = await import("@/lib/organisations/profile.mutations");
const { checkStorage, getStorage } = await import("@/lib/storage/storage");
const { S3Storage } = await import("@/lib/storage/s3");
const attachmentRoute = await import("@/app/api/kits/attachments/[id]/route");
const logoRoute = await import("@/app/api/organisations/[id]/logo/route");

let server: TestS3Server;
let uploads: string;
const saved = { ...process.env };

beforeAll(async () => {
  server = await startS3Server();
  uploads = mkdtempSync(path.join(tmpdir(), "odd17-uploads-"));
  // The disk folder is set too, and must stay empty: every file goes to the bucket.
  Object.assign(process.env, server.env, { UPLOADS_DIR: uploads });
});

beforeEach(() => {
  who.principal = null;
});

afterAll(async () => {
  for (const name of ["STORAGE_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "UPLOADS_DIR"]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await server.close();
  rmSync(uploads, { recursive: true, force: true });
  await db.$disconnect();
});

const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

function kitInput(): KitInput {
  return {
    title: `Kit S3 ${Math.random().toString(36).slice(2)}`,
    summary: "Un résumé.",
    category: "METHODE",
    audiences: ["COLLECTIVITE"],
    maturityLevels: [1],
    themes: [],
    modes: [],
    targets: ["17.17"],
    body: "## Partie\n\nTexte.",
    links: [],
  };
}

function download(id: string) {
  return attachmentRoute.GET(new Request(`http://localhost/api/kits/attachments/${id}`), { params: Promise.resolve({ id }) });
}

describe("kit attachments on S3", () => {
  it("uploads through the mutation, downloads through the route with today's headers, then removes the object", async () => {
    expect(getStorage()).toBeInstanceOf(S3Storage);
    await expect(checkStorage()).resolves.toBeUndefined();
    const staff = await makeUser("STAFF");
    const kit = await createKit(staff.principal, kitInput());
    // A file joins the draft; publishing makes it the public's.
    const added = await addKitAttachment(staff.principal, kit.id, new File([pdf], "Guide pratique.pdf"));
    await publishKit(staff.principal, kit.id, "Première version");
    const row = await db.kitAttachment.findUniqueOrThrow({ where: { id: added.id } });

    const response = await download(added.id);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "application/pdf",
      "content-length": String(pdf.byteLength),
      "content-disposition": expect.stringMatching(/^attachment; filename="Guide pratique\.pdf"/),
      "cache-control": "private, max-age=300",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);
    expect(readdirSync(uploads)).toEqual([]);

    // Removed from the draft only: version 1, the public one, keeps it and its object.
    await removeKitAttachment(staff.principal, added.id);
    expect(await getStorage().get(row.storageKey)).not.toBeNull();
    expect((await download(added.id)).status).toBe(200);
    // A file only the draft held goes, object included.
    const extra = await addKitAttachment(staff.principal, kit.id, new File([pdf], "Annexe.pdf"));
    const extraRow = await db.kitAttachment.findUniqueOrThrow({ where: { id: extra.id } });
    await removeKitAttachment(staff.principal, extra.id);
    expect(await getStorage().get(extraRow.storageKey)).toBeNull();
    expect((await download(extra.id)).status).toBe(404);
  });

  it("serves a draft's file to the team only, never cached", async () => {
    const staff = await makeUser("STAFF");
    const draft = await createKit(staff.principal, kitInput());
    const added = await addKitAttachment(staff.principal, draft.id, new File([pdf], "brouillon.pdf"));
    expect((await download(added.id)).status).toBe(404);
    who.principal = staff.principal;
    const response = await download(added.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toContain("%PDF-1.7");
  });

  it("answers 404, as on disk, when the object is gone from the bucket", async () => {
    const staff = await makeUser("STAFF");
    const kit = await createKit(staff.principal, kitInput());
    const added = await addKitAttachment(staff.principal, kit.id, new File([pdf], "perdu.pdf"));
    await publishKit(staff.principal, kit.id, "Première version");
    const row = await db.kitAttachment.findUniqueOrThrow({ where: { id: added.id } });
    await getStorage().delete(row.storageKey);
    const errors = vi.spyOn(log, "error");
    const response = await download(added.id);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Document introuvable.");
    expect(errors).toHaveBeenCalledWith({ storageKey: row.storageKey }, "Attachment file missing from storage");
    errors.mockRestore();
  });
});

describe("organisation logos on S3", () => {
  it("stores the logo in the bucket and serves it with its type, ETag and nosniff", async () => {
    const { admin, ...actor } = await makeOrganisationWithTeam({
      label: "Asso S3",
      description: "Au départ.",
      status: "PUBLISHED",
      verified: true,
      publishedAt: new Date("2025-01-02T00:00:00Z"),
      territories: [await territoryId("COMMUNE", "42218")],
      sdgs: [1],
    });
    const current = await db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    await updateOrganisationProfile(
      admin.principal,
      {
        id: current.id,
        version: current.version,
        name: current.name,
        kind: "ASSOCIATION",
        description: "Une présentation.",
        website: null,
        contactEmail: null,
        contactPhone: null,
        territories: ["commune-42218"],
        sdgs: [1],
        removeLogo: false,
      },
      { size: PNG.byteLength, arrayBuffer: async () => PNG.slice().buffer },
    );
    const { logoPath } = await db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    expect(logoPath).toMatch(/^logos\//);

    const response = await logoRoute.GET(new Request(`http://localhost/api/organisations/${actor.id}/logo`), { params: Promise.resolve({ id: actor.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("etag")).toBe(`"${logoPath!.slice("logos/".length)}"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect(readdirSync(uploads)).toEqual([]);
  });
});
