// Diagnostics of the target organisation, at each stage of their life.
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import {
  autosaveAnswers,
  completeDiagnostic,
  publishDiagnostic,
  rateDiagnostic,
  reopenDiagnostic,
  saveAnswers,
  startDiagnostic,
  unpublishDiagnostic,
} from "@/lib/diagnostics/diagnostics.mutations";
import { exampleAnswers } from "@/lib/diagnostics/test-fixtures";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { defineCase } from "./matrix";
import type { World } from "./world";

const FILE = "lib/diagnostics/diagnostics.mutations.ts";

let ready: Promise<number> | null = null;
/** The active template (seeded once) and Saint-Étienne, where the diagnostics are run. */
function territory(): Promise<number> {
  ready ??= seedDiagnosticTemplate(db).then(
    async () => (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } } })).id,
  );
  return ready;
}

async function started(world: World) {
  return startDiagnostic(world.people.orgAdmin.principal, { actorId: world.target.id, territoryId: await territory() });
}

async function completed(world: World) {
  const admin: Principal = world.people.orgAdmin.principal;
  const { id } = await started(world);
  await saveAnswers(admin, id, { answers: exampleAnswers(), version: 1 });
  await completeDiagnostic(admin, id, 2);
  return { id };
}

export const diagnosticCases = [
  defineCase({
    operation: "diagnostic.run",
    mutation: `${FILE}#startDiagnostic`,
    prepare: () => territory(),
    run: (principal, territoryId, world) => startDiagnostic(principal, { actorId: world.target.id, territoryId }),
  }),
  defineCase({
    operation: "diagnostic.update",
    mutation: `${FILE}#saveAnswers`,
    prepare: started,
    run: (principal, { id }) => saveAnswers(principal, id, { answers: exampleAnswers(), version: 1 }),
  }),
  defineCase({
    operation: "diagnostic.update",
    mutation: `${FILE}#autosaveAnswers`,
    prepare: started,
    run: (principal, { id }) => autosaveAnswers(principal, id, { step: 1, draft: { kind: "association", role: "acteur" }, version: 1 }),
  }),
  defineCase({
    operation: "diagnostic.update",
    mutation: `${FILE}#completeDiagnostic`,
    prepare: async (world) => {
      const { id } = await started(world);
      await saveAnswers(world.people.orgAdmin.principal, id, { answers: exampleAnswers(), version: 1 });
      return { id };
    },
    run: (principal, { id }) => completeDiagnostic(principal, id, 2),
  }),
  defineCase({
    operation: "diagnostic.publish",
    mutation: `${FILE}#publishDiagnostic`,
    prepare: completed,
    run: (principal, { id }) => publishDiagnostic(principal, id),
  }),
  defineCase({
    operation: "diagnostic.publish",
    mutation: `${FILE}#unpublishDiagnostic`,
    prepare: async (world) => {
      const { id } = await completed(world);
      await publishDiagnostic(world.people.orgAdmin.principal, id);
      return { id };
    },
    run: (principal, { id }) => unpublishDiagnostic(principal, id),
  }),
  defineCase({
    operation: "diagnostic.update",
    mutation: `${FILE}#rateDiagnostic`,
    prepare: completed,
    run: (principal, { id }) => rateDiagnostic(principal, id, { rating: 4, comment: "Utile." }),
  }),
  defineCase({
    operation: "diagnostic.update",
    mutation: `${FILE}#reopenDiagnostic`,
    prepare: completed,
    // Completed: version 1, +1 saved, +1 completed.
    run: (principal, { id }) => reopenDiagnostic(principal, id, 3),
  }),
  // A published diagnostic: reopening withdraws the summary, so it takes the right to unpublish.
  defineCase({
    operation: "diagnostic.publish",
    mutation: `${FILE}#reopenDiagnostic`,
    prepare: async (world) => {
      const { id } = await completed(world);
      await publishDiagnostic(world.people.orgAdmin.principal, id);
      return { id };
    },
    run: (principal, { id }) => reopenDiagnostic(principal, id, 4),
  }),
];
