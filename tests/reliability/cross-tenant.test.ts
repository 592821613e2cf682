// The cross-tenant matrix (see cross-tenant/matrix.ts), with its figures printed at the end:
// cells checked, leaks found (must be 0). Also checks that the matrix covers every operation
// that guards a mutation and every exported mutation of lib/.
import { afterAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { allianceCases } from "./cross-tenant/cases-alliances";
import { assignmentCases } from "./cross-tenant/cases-assignments";
import { backOfficeCases } from "./cross-tenant/cases-back-office";
import { conversationCases } from "./cross-tenant/cases-conversations";
import { diagnosticCases } from "./cross-tenant/cases-diagnostics";
import { importCases } from "./cross-tenant/cases-imports";
import { moderationCases } from "./cross-tenant/cases-moderation";
import { needOfferCases } from "./cross-tenant/cases-needs-offers";
import { networkCases } from "./cross-tenant/cases-networks";
import { followCases } from "./cross-tenant/cases-follows";
import { notificationCases } from "./cross-tenant/cases-notifications";
import { organisationCases } from "./cross-tenant/cases-organisations";
import { templateCases } from "./cross-tenant/cases-templates";
import { ACTIONS_WITHOUT_CELLS, exportedMutations, MUTATIONS_WITHOUT_CELLS, OPERATIONS_WITHOUT_CELLS, serverActions } from "./cross-tenant/coverage";
import { CALLERS, defineCase, describeCell, runCell, type CellResult, type MatrixCase } from "./cross-tenant/matrix";

const CASES: MatrixCase[] = [
  ...organisationCases,
  ...allianceCases,
  ...diagnosticCases,
  ...needOfferCases,
  ...backOfficeCases,
  ...moderationCases,
  ...networkCases,
  ...notificationCases,
  ...followCases,
  ...templateCases,
  ...importCases,
  ...assignmentCases,
  ...conversationCases,
];

const tally = { cells: 0, refused: 0, allowed: 0, leaks: 0, problems: 0 };

afterAll(async () => {
  console.log(
    `\nMatrice inter-organisations : ${tally.cells} cellules vérifiées (${CASES.length} mutations × ${CALLERS.length} appelants), ` +
      `${tally.allowed} autorisées, ${tally.refused} refusées, fuites : ${tally.leaks}, autres écarts : ${tally.problems - tally.leaks}\n`,
  );
  await db.$disconnect();
});

describe("couverture de la matrice", () => {
  it("chaque mutation exportée de lib/ a sa ligne, ou la raison de son absence", () => {
    const covered = new Set([...CASES.map((matrixCase) => matrixCase.mutation), ...Object.keys(MUTATIONS_WITHOUT_CELLS)]);
    expect(exportedMutations().filter((mutation) => !covered.has(mutation))).toEqual([]);
    expect(Object.keys(MUTATIONS_WITHOUT_CELLS).filter((mutation) => !exportedMutations().includes(mutation))).toEqual([]);
  });

  it("chaque action serveur exportée appelle une mutation de la matrice, ou la raison de son absence", () => {
    const withCells = new Set(CASES.map((matrixCase) => matrixCase.mutation));
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(70);
    // An inline "use server" function in a page or component has no name to list: it fails here
    // until it moves to a module of actions.
    const uncovered = actions.filter(({ action, mutations }) => !(action in ACTIONS_WITHOUT_CELLS) && !mutations.some((mutation) => withCells.has(mutation)));
    expect(uncovered.map(({ action, mutations }) => `${action} → ${mutations.join(", ") || "aucune mutation"}`)).toEqual([]);
    expect(Object.keys(ACTIONS_WITHOUT_CELLS).filter((action) => !actions.some((found) => found.action === action))).toEqual([]);
    console.log(
      `Actions serveur : ${actions.length}, ${actions.length - Object.keys(ACTIONS_WITHOUT_CELLS).length} par leurs mutations dans la matrice, ${Object.keys(ACTIONS_WITHOUT_CELLS).length} sans cible avec leur raison`,
    );
  });

  it("chaque opération de la liste des permissions a ses cellules, ou la raison de leur absence", () => {
    const covered = new Set<string>([...CASES.map((matrixCase) => matrixCase.operation), ...Object.keys(OPERATIONS_WITHOUT_CELLS)]);
    expect(OPERATIONS.filter((operation) => !covered.has(operation))).toEqual([]);
  });

  it("une mutation qui écrit sans vérifier qui appelle est signalée comme fuite", async () => {
    const careless = defineCase({
      operation: "alliance.delete",
      mutation: "test#careless",
      prepare: async () => null,
      run: async (_principal, _prepared, world) => {
        await db.actor.update({ where: { id: world.target.id }, data: { description: "écrit sans vérification" } });
      },
    });
    const cell = await runCell(careless, "otherOrgAdmin");
    expect(cell).toMatchObject({ expected: "refusé", leak: true });
    expect(cell.problem).toContain("Actor : contenu différent");
    // A refusal that still wrote is a leak too.
    const halfDone = defineCase({
      ...careless,
      run: async (_principal, _prepared, world) => {
        await db.actor.update({ where: { id: world.target.id }, data: { description: "à moitié" } });
        throw new ForbiddenError();
      },
    });
    expect(await runCell(halfDone, "outsider")).toMatchObject({ leak: true });
  });
});

describe("matrice inter-organisations", () => {
  for (const matrixCase of CASES) {
    it(`${matrixCase.mutation} (${matrixCase.operation})`, async () => {
      const problems: string[] = [];
      for (const caller of CALLERS) {
        const cell: CellResult = await runCell(matrixCase, caller);
        tally.cells += 1;
        tally[cell.expected === "autorisé" ? "allowed" : "refused"] += 1;
        if (cell.leak) tally.leaks += 1;
        if (cell.problem) {
          tally.problems += 1;
          problems.push(describeCell(matrixCase, cell));
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
