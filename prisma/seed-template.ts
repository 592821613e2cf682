// The default diagnostic questionnaire, seeded as version 1 of the template "diagnostic-territorial".
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { diagnosticTemplateSchema } from "../lib/diagnostics/template.schema.ts";

export async function seedDiagnosticTemplate(db: PrismaClient) {
  // Validated like any template: a broken seed file stops the seed instead of storing bad JSON.
  const content = diagnosticTemplateSchema.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, "seed-data", "diagnostic-template-v1.json"), "utf8")));
  // An existing version is never rewritten: diagnostics keep the exact template they started with.
  await db.diagnosticTemplate.upsert({
    where: { key_version: { key: content.key, version: content.version } },
    create: { key: content.key, version: content.version, title: content.title, content, status: "ACTIVE", activatedAt: new Date() },
    update: {},
  });
  return `${content.key} v${content.version}`;
}
