// Two people saving the same diagnostic or alliance at the same instant: exactly one save wins,
// every other one gets the French conflict message, and what is stored is the winner's version
// whole (nothing half-written, nothing lost silently). Repeated to give races a chance.
import { afterAll, describe, expect, it } from "vitest";
import { createAlliance, updateAlliance } from "@/lib/alliances/workspace.mutations";
import { allianceCreateSchema, allianceUpdateSchema } from "@/lib/alliances/workspace.schemas";
import { db } from "@/lib/db";
import { saveAnswers, startDiagnostic } from "@/lib/diagnostics/diagnostics.mutations";
import { exampleAnswers } from "@/lib/diagnostics/test-fixtures";
import { ConflictError } from "@/lib/errors";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeWorld } from "./cross-tenant/world";

const ROUNDS = 15;
const WRITERS = 6;

afterAll(async () => {
  await db.$disconnect();
});

function outcome(results: PromiseSettledResult<unknown>[]) {
  const winners = results.flatMap((result, index) => (result.status === "fulfilled" ? [index] : []));
  const losers = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
  return { winners, losers };
}

describe("sauvegardes simultanées", () => {
  it(`diagnostic : ${WRITERS} enregistrements simultanés de la même version, ${ROUNDS} fois`, async () => {
    await seedDiagnosticTemplate(db);
    const territoryId = (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } } })).id;
    for (let round = 0; round < ROUNDS; round += 1) {
      const world = await makeWorld();
      const writers = [world.people.orgAdmin.principal, world.people.member.principal];
      const { id } = await startDiagnostic(writers[0], { actorId: world.target.id, territoryId });
      const variants = Array.from({ length: WRITERS }, (_, index) => ({ ...exampleAnswers(), competences: `Compétences écrites par la personne ${index}` }));
      const results = await Promise.allSettled(variants.map((answers, index) => saveAnswers(writers[index % 2], id, { answers, version: 1 })));
      const { winners, losers } = outcome(results);
      expect(winners).toHaveLength(1);
      for (const loser of losers) {
        expect(loser.reason).toBeInstanceOf(ConflictError);
        expect((loser.reason as Error).message).toMatch(/modifié par quelqu'un d'autre/);
      }
      const stored = await db.diagnostic.findUniqueOrThrow({ where: { id }, select: { answers: true, version: true } });
      expect(stored.version).toBe(2);
      expect(stored.answers).toEqual(JSON.parse(JSON.stringify(variants[winners[0]])));
    }
  });

  it(`alliance : ${WRITERS} modifications simultanées de la même version, ${ROUNDS} fois`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const world = await makeWorld();
      const writers = [world.people.orgAdmin.principal, world.people.member.principal];
      const base = {
        title: "Alliance disputée",
        summary: "",
        description: "",
        mode: "MECENAT",
        mecenatKind: "COMPETENCES",
        territories: ["commune-42218"],
        targets: ["17.17"],
      };
      const { id } = await createAlliance(writers[0], allianceCreateSchema.parse({ ...base, actorId: world.target.id }));
      const titles = Array.from({ length: WRITERS }, (_, index) => `Titre écrit par la personne ${index}`);
      const results = await Promise.allSettled(
        titles.map((title, index) =>
          updateAlliance(writers[index % 2], allianceUpdateSchema.parse({ ...base, title, targets: [index % 2 ? "17.3" : "17.17"], id, version: 1 })),
        ),
      );
      const { winners, losers } = outcome(results);
      expect(winners).toHaveLength(1);
      for (const loser of losers) expect(loser.reason).toBeInstanceOf(ConflictError);
      const stored = await db.alliance.findUniqueOrThrow({ where: { id }, select: { title: true, version: true, targets: { select: { targetCode: true } } } });
      expect(stored.version).toBe(2);
      expect(stored.title).toBe(titles[winners[0]]);
      // The links belong to the same save as the title: never a mix of two writers.
      expect(stored.targets.map((target) => target.targetCode)).toEqual([winners[0] % 2 ? "17.3" : "17.17"]);
    }
  });
});
