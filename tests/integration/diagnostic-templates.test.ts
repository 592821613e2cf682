// The back office's questionnaire editor on the real database: new version from an existing one
// (and two at once), drafts refused with located errors and nothing written, optimistic
// concurrency, activation that retires the previous version and is what new diagnostics use,
// read-only ACTIVE/RETIRED versions, and non-staff callers refused without any change.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { startDiagnostic } from "@/lib/diagnostics/diagnostics.mutations";
import { DIAGNOSTIC_TEMPLATE_KEY } from "@/lib/diagnostics/diagnostics.schemas";
import { editorBody } from "@/lib/diagnostics/templates.admin.schemas";
import { getTemplateVersion, listTemplateVersions } from "@/lib/diagnostics/templates.admin.queries";
import { activateTemplateVersion, createTemplateVersion, deleteTemplateDraft, saveTemplateDraft } from "@/lib/diagnostics/templates.admin.mutations";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeUser } from "../support/factories";

let staff: { id: string; principal: NonNullable<Principal> };
let seededV1: { id: string; content: unknown };

/** A template of its own key (so tests do not touch the one diagnostics use), copied from v1. */
async function makeTemplate(status: "DRAFT" | "ACTIVE" | "RETIRED" = "ACTIVE", version = 1) {
  const key = `essai-${randomUUID().slice(0, 8)}`;
  const content = { ...(seededV1.content as object), key, version };
  return db.diagnosticTemplate.create({
    data: { key, version, title: "Questionnaire d'essai", content, status, activatedAt: status === "ACTIVE" ? new Date() : null },
  });
}

const reload = (id: string) => db.diagnosticTemplate.findUniqueOrThrow({ where: { id } });
const auditRows = (entityId: string) => db.auditLog.findMany({ where: { entity: "DiagnosticTemplate", entityId }, orderBy: { createdAt: "asc" } });

async function openDraft(id: string) {
  const detail = await getTemplateVersion(staff.principal, id);
  return { detail, body: JSON.parse(editorBody(detail.content)) as Record<string, any> };
}

beforeAll(async () => {
  await seedDiagnosticTemplate(db);
  staff = await makeUser("STAFF");
  seededV1 = await db.diagnosticTemplate.findUniqueOrThrow({ where: { key_version: { key: DIAGNOSTIC_TEMPLATE_KEY, version: 1 } } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("new version from an existing one", () => {
  it("creates a DRAFT with the next number and a copy of the content, audited", async () => {
    const source = await makeTemplate("ACTIVE", 1);
    await db.diagnosticTemplate.create({
      data: { key: source.key, version: 3, title: "v3", content: { ...(source.content as object), version: 3 }, status: "RETIRED" },
    });
    const created = await createTemplateVersion(staff.principal, source.id);
    expect(created.version).toBe(4);
    const row = await reload(created.id);
    expect(row).toMatchObject({ key: source.key, version: 4, title: source.title, status: "DRAFT", activatedAt: null });
    expect(row.content).toEqual({ ...(source.content as object), version: 4 });
    expect((await reload(source.id)).status).toBe("ACTIVE");
    expect((await auditRows(created.id)).map((r) => [r.action, r.userId])).toEqual([["template.version.created", staff.id]]);
  });

  it("two creations at once never share a number; a collision is a French conflict", async () => {
    const source = await makeTemplate();
    const results = await Promise.allSettled([1, 2, 3].map(() => createTemplateVersion(staff.principal, source.id)));
    const versions = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.version] : []));
    expect(new Set(versions).size).toBe(versions.length);
    for (const r of results) {
      if (r.status === "rejected") {
        expect(r.reason).toBeInstanceOf(ConflictError);
        expect(r.reason.message).toBe("Une autre version de ce questionnaire vient d'être créée en même temps. Rechargez la page et réessayez.");
      }
    }
    const rows = await db.diagnosticTemplate.findMany({ where: { key: source.key }, select: { version: true } });
    expect(rows.map((r) => r.version).sort()).toEqual([1, ...versions].sort());
  });

  it("lists versions grouped by key with status and diagnostics count", async () => {
    const source = await makeTemplate();
    await createTemplateVersion(staff.principal, source.id);
    const group = (await listTemplateVersions(staff.principal)).find((g) => g.key === source.key);
    expect(group).toMatchObject({ activeVersion: 1 });
    expect(group?.versions.map((v) => [v.version, v.status, v.diagnosticCount])).toEqual([
      [2, "DRAFT", 0],
      [1, "ACTIVE", 0],
    ]);
  });
});

describe("editing a draft", () => {
  it("saves a valid title and body with the version's own key and number", async () => {
    const draft = await createTemplateVersion(staff.principal, (await makeTemplate()).id);
    const { detail, body } = await openDraft(draft.id);
    body.sections[0].title = "Profil révisé";
    const result = await saveTemplateDraft(staff.principal, draft.id, {
      title: "Titre révisé",
      body: JSON.stringify(body, null, 2),
      expectedRevision: detail.revision,
    });
    expect(result).toMatchObject({ saved: true });
    const row = await reload(draft.id);
    expect(row.title).toBe("Titre révisé");
    expect(row.content).toMatchObject({
      key: detail.key,
      version: 2,
      title: "Titre révisé",
      sections: expect.arrayContaining([expect.objectContaining({ title: "Profil révisé" })]),
    });
    expect((await auditRows(draft.id)).map((r) => r.action)).toEqual(["template.version.created", "template.version.updated"]);
  });

  it("refuses invalid content with every error at its path and line, and writes nothing", async () => {
    const draft = await createTemplateVersion(staff.principal, (await makeTemplate()).id);
    const { detail, body } = await openDraft(draft.id);
    body.sections[2].questions[0].options = [body.sections[2].questions[0].options[0]];
    body.levels[1].minScore = 0;
    const text = JSON.stringify(body, null, 2);
    const before = await reload(draft.id);
    const result = await saveTemplateDraft(staff.principal, draft.id, { title: "Nouveau titre", body: text, expectedRevision: detail.revision });
    expect(result.saved).toBe(false);
    if (result.saved) return;
    expect(result.errors.map((e) => e.path)).toEqual(["levels[1].minScore", "sections[2].questions[0].options"]);
    const options = result.errors[1];
    expect(options.message).toBe("Proposez au moins deux réponses.");
    expect(text.split("\n")[options.line! - 1]).toContain('"options"');
    expect(await reload(draft.id)).toEqual(before);
    expect((await auditRows(draft.id)).map((r) => r.action)).toEqual(["template.version.created"]);
  });

  it("refuses a JSON syntax error with its line and column, and writes nothing", async () => {
    const draft = await createTemplateVersion(staff.principal, (await makeTemplate()).id);
    const { detail } = await openDraft(draft.id);
    const before = await reload(draft.id);
    const result = await saveTemplateDraft(staff.principal, draft.id, { title: "x", body: '{\n  "axes": [,]\n}', expectedRevision: detail.revision });
    expect(result).toEqual({ saved: false, errors: [expect.objectContaining({ path: null, line: 2, column: 12 })] });
    expect(await reload(draft.id)).toEqual(before);
  });

  it("refuses a save made against a draft changed since it was opened", async () => {
    const draft = await createTemplateVersion(staff.principal, (await makeTemplate()).id);
    const { detail } = await openDraft(draft.id);
    const body = editorBody(detail.content);
    await saveTemplateDraft(staff.principal, draft.id, { title: "Première", body, expectedRevision: detail.revision });
    await expect(saveTemplateDraft(staff.principal, draft.id, { title: "Seconde", body, expectedRevision: detail.revision })).rejects.toThrow(
      "Ce brouillon a été modifié par quelqu'un d'autre",
    );
    expect((await reload(draft.id)).title).toBe("Première");
  });

  it("never edits or deletes an ACTIVE or RETIRED version, nor a draft some diagnostic uses", async () => {
    for (const status of ["ACTIVE", "RETIRED"] as const) {
      const template = await makeTemplate(status);
      const { detail } = await openDraft(template.id);
      expect(detail.editable).toBe(false);
      const before = await reload(template.id);
      await expect(
        saveTemplateDraft(staff.principal, template.id, { title: "Changé", body: editorBody(detail.content), expectedRevision: detail.revision }),
      ).rejects.toThrow(ConflictError);
      await expect(deleteTemplateDraft(staff.principal, template.id)).rejects.toThrow(ConflictError);
      expect(await reload(template.id)).toEqual(before);
    }
  });

  it("deletes a draft no diagnostic uses", async () => {
    const draft = await createTemplateVersion(staff.principal, (await makeTemplate()).id);
    await deleteTemplateDraft(staff.principal, draft.id);
    expect(await db.diagnosticTemplate.findUnique({ where: { id: draft.id } })).toBeNull();
    expect((await auditRows(draft.id)).map((r) => r.action)).toEqual(["template.version.created", "template.version.deleted"]);
  });
});

describe("activation", () => {
  it("retires the previous version; new diagnostics use the new one, started ones keep theirs", async () => {
    const organisationAdmin = await makeUser();
    const suffix = randomUUID().slice(0, 8);
    const actor = await db.actor.create({
      data: {
        name: `Essai ${suffix}`,
        slug: `essai-${suffix}`,
        searchKey: `essai ${suffix}`,
        kind: "ASSOCIATION",
        memberships: { create: [{ userId: organisationAdmin.id, role: "ADMIN" }] },
      },
    });
    const territory = await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } }, select: { id: true } });
    const start = () => startDiagnostic(organisationAdmin.principal, { actorId: actor.id, territoryId: territory.id });
    const templateOf = async (id: string) => (await db.diagnostic.findUniqueOrThrow({ where: { id } })).templateId;

    const before = await start();
    expect(await templateOf(before.id)).toBe(seededV1.id);

    const draft = await createTemplateVersion(staff.principal, seededV1.id);
    const { detail } = await openDraft(draft.id);
    await saveTemplateDraft(staff.principal, draft.id, {
      title: "Diagnostic territorial (révisé)",
      body: editorBody(detail.content),
      expectedRevision: detail.revision,
    });
    try {
      const activated = await activateTemplateVersion(staff.principal, draft.id);
      expect(activated).toEqual({ version: draft.version, retired: [1] });
      expect(await reload(draft.id)).toMatchObject({ status: "ACTIVE", activatedAt: expect.any(Date) });
      expect((await reload(seededV1.id)).status).toBe("RETIRED");
      expect(await db.diagnosticTemplate.count({ where: { key: DIAGNOSTIC_TEMPLATE_KEY, status: "ACTIVE" } })).toBe(1);
      expect((await auditRows(draft.id)).at(-1)).toMatchObject({ action: "template.activated", userId: staff.id });

      const after = await start();
      expect(await templateOf(after.id)).toBe(draft.id);
      expect(await templateOf(before.id)).toBe(seededV1.id);
      await expect(activateTemplateVersion(staff.principal, draft.id)).rejects.toThrow("Cette version est déjà active.");
      // Going back: a RETIRED version may be activated again.
      await activateTemplateVersion(staff.principal, seededV1.id);
      expect((await reload(seededV1.id)).status).toBe("ACTIVE");
      expect((await reload(draft.id)).status).toBe("RETIRED");
      expect((await getTemplateVersion(staff.principal, draft.id)).diagnosticCount).toBe(1);
    } finally {
      // Other test files share this database and use this key: leave it with v1 alone, active.
      if ((await reload(seededV1.id)).status !== "ACTIVE") await activateTemplateVersion(staff.principal, seededV1.id);
      await db.diagnostic.deleteMany({ where: { templateId: draft.id } });
      await db.diagnosticTemplate.delete({ where: { id: draft.id } });
    }
  });

  it("two activations at once leave exactly one ACTIVE version", async () => {
    const source = await makeTemplate();
    const a = await createTemplateVersion(staff.principal, source.id);
    const b = await createTemplateVersion(staff.principal, source.id);
    await Promise.allSettled([activateTemplateVersion(staff.principal, a.id), activateTemplateVersion(staff.principal, b.id)]);
    expect(await db.diagnosticTemplate.count({ where: { key: source.key, status: "ACTIVE" } })).toBe(1);
    expect((await reload(source.id)).status).toBe("RETIRED");
  });
});

describe("non-staff callers", () => {
  it("are refused every read and write, and nothing changes", async () => {
    const user = await makeUser("USER");
    const active = await makeTemplate("ACTIVE");
    const draft = await createTemplateVersion(staff.principal, active.id);
    const { detail } = await openDraft(draft.id);
    const snapshot = async () => [await db.diagnosticTemplate.findMany({ where: { key: active.key }, orderBy: { version: "asc" } }), await db.auditLog.count()];
    const before = await snapshot();
    for (const principal of [user.principal, null] satisfies Principal[]) {
      await expect(listTemplateVersions(principal)).rejects.toThrow(ForbiddenError);
      await expect(getTemplateVersion(principal, draft.id)).rejects.toThrow(ForbiddenError);
      await expect(createTemplateVersion(principal, active.id)).rejects.toThrow(ForbiddenError);
      await expect(
        saveTemplateDraft(principal, draft.id, { title: "Piraté", body: editorBody(detail.content), expectedRevision: detail.revision }),
      ).rejects.toThrow(ForbiddenError);
      await expect(activateTemplateVersion(principal, draft.id)).rejects.toThrow(ForbiddenError);
      await expect(deleteTemplateDraft(principal, draft.id)).rejects.toThrow(ForbiddenError);
    }
    expect(await snapshot()).toEqual(before);
  });
});
