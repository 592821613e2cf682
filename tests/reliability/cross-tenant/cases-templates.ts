// The back office's diagnostic questionnaires (template.manage, staff and admins only). Each cell
// works on a questionnaire of its own key, never on the one the demo and other tests use.
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { activateTemplateVersion, createTemplateVersion, deleteTemplateDraft, saveTemplateDraft } from "@/lib/diagnostics/templates.admin.mutations";
import { templateRevision } from "@/lib/diagnostics/templates.admin.queries";
import { editorBody } from "@/lib/diagnostics/templates.admin.schemas";
import { defineCase } from "./matrix";
import type { World } from "./world";

const TEMPLATES = "lib/diagnostics/templates.admin.mutations.ts";

/** A questionnaire of its own key (the seeded content under another key), so cells never meet. */
async function questionnaire(world: World, status: "DRAFT" | "ACTIVE") {
  const seeded = JSON.parse(readFileSync(path.resolve("prisma/seed-data/diagnostic-template-v1.json"), "utf8")) as Record<string, unknown>;
  const key = `matrice-${world.token.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-")}`;
  const content = { ...seeded, key, version: 1 };
  return db.diagnosticTemplate.create({
    data: { key, version: 1, title: String(seeded.title), content, status, activatedAt: status === "ACTIVE" ? new Date() : null },
    select: { id: true, title: true, content: true },
  });
}

export const templateCases = [
  defineCase({
    operation: "template.manage",
    mutation: `${TEMPLATES}#createTemplateVersion`,
    prepare: (world) => questionnaire(world, "ACTIVE"),
    run: (principal, template) => createTemplateVersion(principal, template.id),
  }),
  defineCase({
    operation: "template.manage",
    mutation: `${TEMPLATES}#saveTemplateDraft`,
    prepare: (world) => questionnaire(world, "DRAFT"),
    run: (principal, template) =>
      saveTemplateDraft(principal, template.id, {
        title: "Titre modifié",
        body: editorBody(template.content),
        expectedRevision: templateRevision(template.title, template.content),
      }),
  }),
  defineCase({
    operation: "template.manage",
    mutation: `${TEMPLATES}#activateTemplateVersion`,
    prepare: (world) => questionnaire(world, "DRAFT"),
    run: (principal, template) => activateTemplateVersion(principal, template.id),
  }),
  defineCase({
    operation: "template.manage",
    mutation: `${TEMPLATES}#deleteTemplateDraft`,
    prepare: (world) => questionnaire(world, "DRAFT"),
    run: (principal, template) => deleteTemplateDraft(principal, template.id),
  }),
];
