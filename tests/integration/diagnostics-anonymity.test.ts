// The anonymity threshold on every path that shows a territory's diagnostic figures: the territory
// page's summary (query and rendered section), the open data statistics (item, list, /donnees
// count), the back office's CSV export. Territories with published diagnostics of 1, 2 and 3 organisations, and of one
// organisation three times: scores appear only from three distinct organisations.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TerritoryDiagnostics } from "@/components/diagnostics/territory-diagnostics";
import { db } from "@/lib/db";
import { ANONYMITY_MIN_ORGANISATIONS } from "@/lib/diagnostics/anonymity";
import { completeDiagnostic, publishDiagnostic, saveAnswers, startDiagnostic } from "@/lib/diagnostics/diagnostics.mutations";
import { getPublishedDiagnosticsSummary } from "@/lib/diagnostics/territory-summary.queries";
import { exampleAnswers } from "@/lib/diagnostics/test-fixtures";
import { openExport } from "@/lib/exports/exports.queries";
import { getDatasetFigures } from "@/lib/open-data/catalogue.queries";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { get, walk } from "./open-data-support";
import { makeOrganisationWithUser, makeUser } from "../support/factories";

// Small communes of the Hautes-Alpes no other test writes diagnostics on.
const CODES = { one: "05001", two: "05003", three: "05007", oneThrice: "05008" } as const;
type Case = keyof typeof CODES;
const territories = {} as Record<Case, { id: number; kind: "COMMUNE"; code: string }>;
/** The scores each organisation would reveal: distinct per organisation so a leak is visible. */
const leaked = new Map<Case, number[]>();

// A draft organisation and its admin, as these tests were written with.
async function makeOrganisation() {
  const { id, user } = await makeOrganisationWithUser("ADMIN", { label: "Association anonymat", status: "DRAFT" });
  return { actorId: id, principal: user.principal };
}

/** A diagnostic completed and published by the app's own mutations; returns its overall score. */
async function published(org: Awaited<ReturnType<typeof makeOrganisation>>, territoryId: number, answers: Record<string, unknown>): Promise<number> {
  const { id } = await startDiagnostic(org.principal, { actorId: org.actorId, territoryId });
  const saved = await saveAnswers(org.principal, id, { answers: { ...exampleAnswers(), ...answers }, version: 1 });
  await completeDiagnostic(org.principal, id, saved.version);
  await publishDiagnostic(org.principal, id);
  return (await db.diagnostic.findUniqueOrThrow({ where: { id }, select: { overallScore: true } })).overallScore!;
}

/** Three sets of answers with three different overall scores. */
const ANSWERS = [{ donnees: 1, cooperations: 1 }, { donnees: 3 }, { donnees: 5, cooperations: 5, evaluation: "jamais" }];

beforeAll(async () => {
  process.env.RATE_LIMIT_API = "1000000/60";
  await seedDiagnosticTemplate(db);
  for (const [name, code] of Object.entries(CODES) as [Case, string][]) {
    const row = await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code } }, select: { id: true } });
    territories[name] = { id: row.id, kind: "COMMUNE", code };
  }
  const organisations = { one: 1, two: 2, three: 3 } as const;
  for (const [name, count] of Object.entries(organisations) as [Case, number][]) {
    const scores = [];
    for (let index = 0; index < count; index += 1) scores.push(await published(await makeOrganisation(), territories[name].id, ANSWERS[index]));
    leaked.set(name, scores);
  }
  const single = await makeOrganisation();
  const thrice = [];
  for (const answers of ANSWERS) thrice.push(await published(single, territories.oneThrice.id, answers));
  leaked.set("oneThrice", thrice);
});

afterAll(async () => {
  delete process.env.RATE_LIMIT_API;
  await db.$disconnect();
});

const render = (name: Case, summary: Awaited<ReturnType<typeof getPublishedDiagnosticsSummary>>) =>
  renderToStaticMarkup(createElement(TerritoryDiagnostics, { territory: territories[name], summary })).replaceAll("&#x27;", "'");

describe("the territory page's summary of published diagnostics", () => {
  it.each([
    ["one", 1, 1],
    ["two", 2, 2],
    ["oneThrice", 1, 3],
  ] as const)("shows only how many organisations published when there are fewer than three (%s)", async (name, organisations, count) => {
    const summary = await getPublishedDiagnosticsSummary(territories[name].id);
    expect(summary).toEqual({ status: "too-few", organisations, count });
    const html = render(name, summary);
    expect(html).toContain(`Pour préserver l'anonymat, les chiffres ne s'affichent qu'à partir de ${ANONYMITY_MIN_ORGANISATIONS} organisations différentes.`);
    expect(html).toContain(
      organisations === 1 ? "1 organisation a publié la synthèse de son diagnostic" : "2 organisations ont publié la synthèse de leur diagnostic",
    );
    expect(html).not.toContain("/ 100");
    expect(html).not.toContain("Score global moyen");
    expect(html).not.toContain("Priorités les plus citées");
  });

  it("shows the figures from three distinct organisations on", async () => {
    const summary = await getPublishedDiagnosticsSummary(territories.three.id);
    const scores = leaked.get("three")!;
    expect(summary).toMatchObject({ status: "available", organisations: 3, count: 3, averageOverall: Math.round(scores.reduce((a, b) => a + b, 0) / 3) });
    const html = render("three", summary);
    expect(html).toContain("3 organisations ont publié une synthèse anonyme de leur diagnostic.");
    expect(html).toContain("Score global moyen");
  });
});

describe("the open data statistics", () => {
  it("publish figures for the territory of three organisations only, and /donnees counts the same", async () => {
    for (const name of ["one", "two", "oneThrice"] as const) {
      const answer = (await get(`/api/v1/statistiques-diagnostics/commune/${CODES[name]}`)).json();
      expect(answer, name).toMatchObject({ minimumOrganisations: ANONYMITY_MIN_ORGANISATIONS, statistics: null });
    }
    const three = (await get(`/api/v1/statistiques-diagnostics/commune/${CODES.three}`)).json();
    expect(three.statistics).toMatchObject({ diagnosticCount: 3 });
    const listed = (await walk("/api/v1/statistiques-diagnostics?type=commune&limit=100")).flatMap((page) =>
      page.json().data.map((item: { territory: { code: string } }) => item.territory.code),
    );
    expect(listed).toContain(CODES.three);
    for (const name of ["one", "two", "oneThrice"] as const) expect(listed).not.toContain(CODES[name]);
    const csv = (await get("/api/v1/statistiques-diagnostics?format=csv")).text;
    for (const name of ["one", "two", "oneThrice"] as const) expect(csv).not.toContain(`;${CODES[name]};`);
    expect((await getDatasetFigures())["statistiques-diagnostics"].count).toBe(
      (await walk("/api/v1/statistiques-diagnostics?limit=100")).flatMap((page) => page.json().data).length,
    );
  });
});

describe("the staff's export of published diagnostic summaries", () => {
  it("gives the figures of the territory of three organisations only, and only counts elsewhere", async () => {
    const staff = await makeUser("STAFF");
    const { stream } = await openExport(staff.principal, "diagnostics", {}, { baseUrl: "https://odd17.test" });
    const lines = (await new Response(stream).text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "Type de territoire;Code;Territoire;Organisations;Diagnostics publiés;Score moyen (sur 100);Niveau le plus fréquent;Priorités les plus citées",
    );
    const lineOf = (name: Case) => lines.find((line) => line.startsWith(`Commune;${CODES[name]};`))!;
    for (const [name, organisations, count] of [
      ["one", 1, 1],
      ["two", 2, 2],
      ["oneThrice", 1, 3],
    ] as const) {
      const cells = lineOf(name).split(";");
      expect(cells.slice(3), name).toEqual([String(organisations), String(count), "moins de 3 organisations : chiffres non diffusés", "", ""]);
    }
    const three = lineOf("three").split(";");
    const scores = leaked.get("three")!;
    expect(three.slice(3, 6)).toEqual(["3", "3", String(Math.round(scores.reduce((a, b) => a + b, 0) / 3))]);
    expect(three[6]).not.toBe("");
  });
});
