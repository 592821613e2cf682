// The organisation profile editor on the real database: what an edit does to the moderation
// status (verified and published → published at once, audited; unverified → back to moderation;
// draft → saved, then submitted), optimistic concurrency, logos (checked from their bytes, nothing
// stored on refusal, old files removed), and refusals of members and of other organisations'
// admins, which must change nothing.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModerationStatus } from "@/generated/prisma/client";
import { getPublicActor } from "@/lib/actors/public-page.queries";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { loadQueueItems } from "@/lib/moderation/moderation.queries";
import { MAX_LOGO_BYTES } from "@/lib/organisations/profile";
import { submitOrganisationProfile, updateOrganisationProfile } from "@/lib/organisations/profile.mutations";
import { getOrganisationProfileForEdit, getServableLogo } from "@/lib/organisations/profile.queries";
import type { OrganisationProfileInput } from "@/lib/organisations/profile.schemas";
import { getStorage } from "@/lib/storage/storage";
import { makeOrganisationWithTeam, makeUser, territoryId } from "../support/factories";

const m = organisationProfileCopy.messages;
let uploads: string;

beforeAll(() => {
  uploads = mkdtempSync(path.join(tmpdir(), "odd17-logos-"));
  process.env.UPLOADS_DIR = uploads;
});

afterAll(async () => {
  rmSync(uploads, { recursive: true, force: true });
  await db.$disconnect();
});

// ───────────── factories ─────────────

/** An organisation in the given state, with an admin and a member. */
async function makeOrganisation(status: ModerationStatus, verified: boolean) {
  const { admin, member, ...actor } = await makeOrganisationWithTeam({
    label: "Asso",
    description: "Au départ.",
    status,
    verified,
    publishedAt: status === "PUBLISHED" ? new Date("2025-01-02T00:00:00Z") : null,
    territories: [await territoryId("COMMUNE", "42218")],
    sdgs: [1, 10],
  });
  return { actor, admin, member };
}

function input(actor: { id: string; name: string; version: number }, overrides: Partial<OrganisationProfileInput> = {}): OrganisationProfileInput {
  return {
    id: actor.id,
    version: actor.version,
    name: actor.name,
    kind: "ASSOCIATION",
    description: "Une nouvelle présentation.",
    website: "https://asso.exemple.fr",
    contactEmail: "contact@asso.exemple.fr",
    contactPhone: "04 77 12 34 56",
    territories: ["commune-42218", "departement-42"],
    sdgs: [1, 4, 10],
    removeLogo: false,
    ...overrides,
  };
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const file = (bytes: Uint8Array) => ({ size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer });

function storedFiles(): string[] {
  const folder = path.join(uploads, "logos");
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Everything an edit may touch, to prove a refusal changed nothing. */
async function stateOf(actorId: string) {
  const actor = await db.actor.findUniqueOrThrow({
    where: { id: actorId },
    include: {
      territories: { select: { territoryId: true }, orderBy: { territoryId: "asc" } },
      sdgs: { select: { sdgNumber: true }, orderBy: { sdgNumber: "asc" } },
    },
  });
  const audits = await db.auditLog.count({ where: { entity: "Actor", entityId: actorId } });
  return { actor, audits, files: storedFiles() };
}

async function expectRejects(promise: Promise<unknown>, type: new (...args: never[]) => Error): Promise<Error> {
  const error = await promise.then(
    () => null,
    (caught: Error) => caught,
  );
  expect(error).toBeInstanceOf(type);
  return error!;
}

// ───────────── status after an edit ─────────────

describe("updateOrganisationProfile: moderation status", () => {
  it("publishes a verified, published organisation's edit at once, with an audit row saying what changed", async () => {
    const { actor, admin } = await makeOrganisation("PUBLISHED", true);
    const outcome = await updateOrganisationProfile(admin.principal, input(actor), null, { ip: "203.0.113.5" });
    expect(outcome).toEqual({ status: "PUBLISHED", changed: true });

    const after = await stateOf(actor.id);
    expect(after.actor).toMatchObject({
      status: "PUBLISHED",
      version: actor.version + 1,
      description: "Une nouvelle présentation.",
      contactPhone: "04 77 12 34 56",
    });
    expect(after.actor.publishedAt).toEqual(actor.publishedAt);
    expect(after.actor.sdgs.map((s) => s.sdgNumber)).toEqual([1, 4, 10]);
    expect(after.actor.territories.map((t) => t.territoryId).sort()).toEqual(
      [await territoryId("COMMUNE", "42218"), await territoryId("DEPARTEMENT", "42")].sort(),
    );
    expect(after.actor.searchKey).toContain("nouvelle presentation");

    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Actor", entityId: actor.id, action: "actor.updated" } });
    expect(audit).toMatchObject({ userId: admin.id, ip: "203.0.113.5" });
    expect(audit.summary).toContain("publié directement");
    expect(audit.summary).toContain("ODD : 1, 10 → 1, 4, 10");
    expect(audit.summary).toContain("territoires : + Loire");
    expect(audit.summary).toContain("site : ∅ → https://asso.exemple.fr");
  });

  it("sends an unverified published organisation's edit back to moderation, keeping its first publication date", async () => {
    const { actor, admin } = await makeOrganisation("PUBLISHED", false);
    expect(await updateOrganisationProfile(admin.principal, input(actor), null)).toEqual({ status: "PENDING", changed: true });
    const after = await db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    expect(after).toMatchObject({ status: "PENDING", publishedAt: actor.publishedAt });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: actor.id, action: "actor.updated" } });
    expect(audit.summary).toContain("en attente de validation");
    // The team's queue shows it as an edit of a published profile, with the new content.
    const [item] = await loadQueueItems([{ kind: "actor", id: actor.id, submittedAt: after.updatedAt }]);
    expect(item).toMatchObject({ firstSubmission: false, version: actor.version + 1 });
    expect(item.details).toContainEqual({ key: "website", value: "https://asso.exemple.fr" });
  });

  it("saves a draft as a draft, then submits it to moderation once", async () => {
    const { actor, admin } = await makeOrganisation("DRAFT", false);
    expect(await updateOrganisationProfile(admin.principal, input(actor), null)).toEqual({ status: "DRAFT", changed: true });
    // As if the team had unpublished it with a reason: submitted again, the reason no longer applies.
    const saved = await db.actor.update({ where: { id: actor.id }, data: { moderationReason: "Coordonnées à vérifier" } });
    expect(saved.status).toBe("DRAFT");

    await submitOrganisationProfile(admin.principal, { id: actor.id, version: saved.version }, { ip: "203.0.113.6" });
    const submitted = await db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    expect(submitted).toMatchObject({ status: "PENDING", moderationReason: null, version: saved.version + 1 });
    expect(await db.auditLog.count({ where: { entityId: actor.id, action: "actor.submitted" } })).toBe(1);

    const again = await expectRejects(submitOrganisationProfile(admin.principal, { id: actor.id, version: submitted.version }), ConflictError);
    expect(again.message).toBe(m.cannotSubmit);
  });

  it("refuses to submit a profile without any territory", async () => {
    const { actor, admin } = await makeOrganisation("REJECTED", false);
    await db.actorTerritory.deleteMany({ where: { actorId: actor.id } });
    const error = await expectRejects(submitOrganisationProfile(admin.principal, { id: actor.id, version: actor.version }), ValidationError);
    expect(error.message).toBe(m.submitNeedsTerritory);
    expect((await db.actor.findUniqueOrThrow({ where: { id: actor.id } })).status).toBe("REJECTED");
  });

  it("writes nothing when nothing changed", async () => {
    const { actor, admin } = await makeOrganisation("PUBLISHED", true);
    await updateOrganisationProfile(admin.principal, input(actor), null);
    const saved = await db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    const before = await stateOf(actor.id);
    expect(await updateOrganisationProfile(admin.principal, input(saved), null)).toEqual({ status: "PUBLISHED", changed: false });
    expect(await stateOf(actor.id)).toEqual(before);
  });
});

// ───────────── concurrency, names, territories ─────────────

describe("updateOrganisationProfile: refusals that change nothing", () => {
  it("refuses a stale version with the French conflict message", async () => {
    const { actor, admin } = await makeOrganisation("PUBLISHED", true);
    await updateOrganisationProfile(admin.principal, input(actor, { description: "Premier enregistrement." }), null);
    const before = await stateOf(actor.id);
    const error = await expectRejects(
      updateOrganisationProfile(admin.principal, input(actor, { description: "Second, sur une page périmée." }), file(PNG)),
      ConflictError,
    );
    expect(error.message).toBe(m.conflict);
    expect(await stateOf(actor.id)).toEqual(before);
  });

  it("refuses a member who is not an admin, and an admin of another organisation, even with a valid logo", async () => {
    const { actor, member } = await makeOrganisation("PUBLISHED", true);
    const other = await makeOrganisation("PUBLISHED", true);
    const before = await stateOf(actor.id);
    await expectRejects(updateOrganisationProfile(member.principal, input(actor), file(PNG)), ForbiddenError);
    await expectRejects(updateOrganisationProfile(other.admin.principal, input(actor), file(PNG)), ForbiddenError);
    await expectRejects(submitOrganisationProfile(other.admin.principal, { id: actor.id, version: actor.version }), ForbiddenError);
    expect(await stateOf(actor.id)).toEqual(before);
    expect(await getOrganisationProfileForEdit(member.principal, actor.id)).toBeNull();
    expect(await getOrganisationProfileForEdit(other.admin.principal, actor.id)).toBeNull();
    expect(await getOrganisationProfileForEdit(null, actor.id)).toBeNull();
  });

  it("locks a verified organisation's name, but not an unverified one's", async () => {
    const verified = await makeOrganisation("PUBLISHED", true);
    const before = await stateOf(verified.actor.id);
    const error = await expectRejects(
      updateOrganisationProfile(verified.admin.principal, input(verified.actor, { name: "Un autre nom" }), null),
      ValidationError,
    );
    expect((error as ValidationError).fieldErrors).toEqual({ name: [m.nameLocked] });
    expect(await stateOf(verified.actor.id)).toEqual(before);
    // Sent without a name (the locked form), the rest saves.
    await updateOrganisationProfile(verified.admin.principal, input(verified.actor, { name: undefined }), null);
    expect((await db.actor.findUniqueOrThrow({ where: { id: verified.actor.id } })).name).toBe(verified.actor.name);

    const draft = await makeOrganisation("DRAFT", false);
    await updateOrganisationProfile(draft.admin.principal, input(draft.actor, { name: "Nouveau nom" }), null);
    expect((await db.actor.findUniqueOrThrow({ where: { id: draft.actor.id } })).name).toBe("Nouveau nom");
  });

  it("refuses an unknown territory and removes the logo it had already stored", async () => {
    const { actor, admin } = await makeOrganisation("PUBLISHED", true);
    const before = await stateOf(actor.id);
    const error = await expectRejects(updateOrganisationProfile(admin.principal, input(actor, { territories: ["commune-99999"] }), file(PNG)), ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ territories: [m.territoryInvalid] });
    expect(await stateOf(actor.id)).toEqual(before);
  });
});

// ───────────── logos ─────────────

describe("logos", () => {
  it.each([
    ["an SVG", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), m.logoSvg],
    ["a PDF renamed .png", new TextEncoder().encode("%PDF-1.7\n%âãÏÓ"), m.logoType],
    [
      "a file over 1 MB",
      (() => {
        const big = new Uint8Array(MAX_LOGO_BYTES + 1);
        big.set(PNG);
        return big;
      })(),
      m.logoTooLarge,
    ],
  ])("refuses %s and stores nothing", async (_name, bytes, message) => {
    const { actor, admin } = await makeOrganisation("PUBLISHED", true);
    const before = await stateOf(actor.id);
    const error = await expectRejects(updateOrganisationProfile(admin.principal, input(actor), file(bytes)), ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ logo: [message] });
    expect(await stateOf(actor.id)).toEqual(before);
  });

  it("stores a PNG, serves it publicly once published, replaces it and removes it, leaving no old file", async () => {
    const { actor, admin } = await makeOrganisation("PUBLISHED", true);
    const filesBefore = storedFiles().length;
    await updateOrganisationProfile(admin.principal, input(actor), file(PNG));
    const first = await db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    expect(first.logoPath).toMatch(/^logos\/[0-9a-f-]{36}$/);
    expect(storedFiles()).toHaveLength(filesBefore + 1);
    expect(await getServableLogo(null, actor.id)).toEqual({ storageKey: first.logoPath, isPublic: true });
    const stream = await getStorage().get(first.logoPath!);
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(PNG);
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: actor.id, action: "actor.updated" } })).summary).toContain("logo ajouté");
    // The public page links to it, versioned by its file.
    expect((await getPublicActor(actor.slug))?.logoUrl).toBe(`/api/organisations/${actor.id}/logo?v=${first.logoPath!.slice("logos/".length)}`);

    await updateOrganisationProfile(admin.principal, input(first), file(PNG));
    const second = await db.actor.findUniqueOrThrow({ where: { id: actor.id } });
    expect(second.logoPath).not.toBe(first.logoPath);
    expect(storedFiles()).toHaveLength(filesBefore + 1);
    expect(await getStorage().get(first.logoPath!)).toBeNull();

    await updateOrganisationProfile(admin.principal, input(second, { removeLogo: true }), null);
    expect((await db.actor.findUniqueOrThrow({ where: { id: actor.id } })).logoPath).toBeNull();
    expect(storedFiles()).toHaveLength(filesBefore);
    expect(await getServableLogo(null, actor.id)).toBeNull();
  });

  it("serves an unpublished organisation's logo to its members and the team only", async () => {
    const { actor, admin, member } = await makeOrganisation("PENDING", false);
    await updateOrganisationProfile(admin.principal, input(actor), file(PNG));
    const stranger = await makeUser();
    const staff = await makeUser("STAFF");
    expect(await getServableLogo(null, actor.id)).toBeNull();
    expect(await getServableLogo(stranger.principal, actor.id)).toBeNull();
    expect(await getServableLogo(member.principal, actor.id)).toMatchObject({ isPublic: false });
    expect(await getServableLogo(staff.principal, actor.id)).toMatchObject({ isPublic: false });
  });
});
