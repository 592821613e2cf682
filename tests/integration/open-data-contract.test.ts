// The open data API against its own OpenAPI document: the document is valid OpenAPI 3.1, every
// endpoint's answers (200, 304, 400, 404, 429) match it, a cursor walk of a collection has no
// duplicate and no gap while rows are added, and diagnostic figures respect the anonymity threshold.
import { randomUUID } from "node:crypto";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildSearchKey } from "@/lib/directory/directory";
import { getDatasetFigures } from "@/lib/open-data/catalogue.queries";
import { createProjectTerritory } from "@/lib/project-territories/project-territories.mutations";
import { makeActor, makeAlliance, uniqueToken } from "./directory-factories";
import { contractValidator, get, walk, type Answer } from "./open-data-support";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";

let document: any;
let validate: (answer: Answer) => string[];

async function makeKit(token: string, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  const slug = `${token}-kit-${randomUUID().slice(0, 6)}`;
  return db.kit.create({
    data: {
      title: `${token} kit`,
      slug,
      searchKey: buildSearchKey(`${token} kit`),
      category: "METHODE",
      audiences: ["ASSOCIATION"],
      maturityLevels: [1, 2],
      themes: ["MOBILITE"],
      modes: ["MECENAT"],
      status,
      currentVersion: status === "PUBLISHED" ? 1 : 0,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      targets: { create: [{ targetCode: "17.17" }] },
      versions:
        status === "PUBLISHED" ? { create: [{ number: 1, category: "METHODE", title: `${token} kit`, summary: "Résumé", body: "# Corps" }] } : undefined,
    },
  });
}

/** Diagnostics stored as the app stores a result: the scores document and its overall score. */
async function makeDiagnostics(territoryId: number, organisations: number, perOrganisation = 1) {
  const template = await db.diagnosticTemplate.create({ data: { key: `od-${randomUUID()}`, version: 1, title: "Test", content: {} } });
  for (let index = 0; index < organisations; index += 1) {
    const org = await makeActor({ name: `${uniqueToken()} org`, status: "DRAFT" });
    for (let n = 0; n < perOrganisation; n += 1) {
      const overall = 40 + index * 10;
      await db.diagnostic.create({
        data: {
          territoryId,
          actorId: org.id,
          templateId: template.id,
          status: "COMPLETED",
          completedAt: new Date(),
          overallScore: overall,
          scores: {
            axes: { a: overall },
            overall,
            level: { level: 2, name: "Expérimentation", description: "" },
            priorities: ["MOBILITE", "LOGEMENT"],
            modes: [],
            partnerKinds: [],
            audience: null,
            objectives: [],
          },
        },
      });
    }
  }
}

beforeAll(async () => {
  process.env.RATE_LIMIT_API = "1000000/60";
  const answer = await get("/api/v1/openapi.json");
  expect(answer.status).toBe(200);
  document = answer.json();
  validate = contractValidator(document);
});

afterAll(async () => {
  delete process.env.RATE_LIMIT_API;
  await db.$disconnect();
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document with every endpoint", async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/api/v1/acteurs",
      "/api/v1/acteurs/{slug}",
      "/api/v1/alliances",
      "/api/v1/alliances/{slug}",
      "/api/v1/cibles",
      "/api/v1/cibles/{code}",
      "/api/v1/kits",
      "/api/v1/kits/{slug}",
      "/api/v1/openapi.json",
      "/api/v1/statistiques-diagnostics",
      "/api/v1/statistiques-diagnostics/{type}/{code}",
      "/api/v1/territoires",
      "/api/v1/territoires/{type}/{code}",
    ]);
    // Parameters come from the zod schemas that validate the queries.
    const names = document.paths["/api/v1/alliances"].get.parameters.map((parameter: { name: string }) => parameter.name);
    expect(names).toEqual(["q", "mode", "etape", "cible", "partenaire", "territoire", "portee", "cursor", "limit", "format", "If-None-Match"]);
  });
});

describe("every endpoint answers as documented", () => {
  it("validates 200, 304, 400 and 404 answers of each endpoint against the document", async () => {
    const token = uniqueToken();
    const partner = await makeActor({ name: `${token} partenaire`, kind: "ENTREPRISE", places: [["COMMUNE", "42218"]], sdgs: [17] });
    const lead = await makeActor({ name: `${token} porteur`, places: [["DEPARTEMENT", "42"]], sdgs: [4, 17] });
    const alliance = await makeAlliance({
      title: `${token} alliance`,
      places: [["COMMUNE", "42218"]],
      targets: ["17.17", "17.3"],
      partners: [{ actorId: partner.id }, { actorId: lead.id }],
    });
    const kit = await makeKit(token);
    // A commune no other test runs diagnostics on: the statistics must be exactly these three.
    const albaret = await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "48001" } } });
    await makeDiagnostics(albaret.id, 3);

    const answers: Answer[] = [];
    const paths = [
      "/api/v1/territoires",
      "/api/v1/territoires?type=epci&territoire=departement-42&limit=5",
      "/api/v1/territoires?q=saint-etienne",
      "/api/v1/territoires/commune/42218",
      "/api/v1/territoires/region/84",
      "/api/v1/territoires/epci/244200770",
      `/api/v1/acteurs?q=${token}`,
      "/api/v1/acteurs?territoire=commune-42218&portee=dedans&type=entreprise&odd=17",
      `/api/v1/acteurs/${partner.slug}`,
      `/api/v1/alliances?q=${token}&cible=17.17`,
      "/api/v1/alliances?mode=mecenat&etape=active&partenaire=entreprise",
      `/api/v1/alliances/${alliance.slug}`,
      `/api/v1/kits?q=${token}`,
      "/api/v1/kits?categorie=methode&niveau=1&theme=mobilite&public=association&cible=17.17",
      `/api/v1/kits/${kit.slug}`,
      "/api/v1/cibles",
      "/api/v1/cibles?odd=17&limit=5",
      "/api/v1/cibles/17.17",
      "/api/v1/statistiques-diagnostics",
      "/api/v1/statistiques-diagnostics?type=commune",
      "/api/v1/statistiques-diagnostics/commune/48001",
      "/api/v1/statistiques-diagnostics/region/76",
      // 400 and 404 answers.
      "/api/v1/acteurs?odds=4",
      "/api/v1/alliances?cursor=nope",
      "/api/v1/kits?limit=1000",
      "/api/v1/territoires?territoire=commune-00000",
      "/api/v1/acteurs/inconnu-zzz",
      "/api/v1/alliances/inconnu-zzz",
      "/api/v1/kits/inconnu-zzz",
      "/api/v1/cibles/99.99",
      "/api/v1/territoires/commune/00000",
      "/api/v1/territoires/pays/FR",
      "/api/v1/statistiques-diagnostics/commune/00000",
      "/api/v1/acteurs/x?y=1",
    ];
    for (const path of paths) answers.push(await get(path));
    for (const path of paths.slice(0, 4)) {
      const first = await get(path);
      answers.push(await get(path, { "If-None-Match": first.headers.get("etag")! }));
    }
    answers.push(await get("/api/v1/cibles?format=csv"));

    const statuses = answers.map((answer) => answer.status);
    expect(new Set(statuses)).toEqual(new Set([200, 304, 400, 404]));
    expect(answers.flatMap(validate)).toEqual([]);

    // The documented figures, and the seeded items where expected.
    expect((await get(`/api/v1/acteurs?q=${token}`)).json().data.map((item: { name: string }) => item.name)).toEqual([
      `${token} partenaire`,
      `${token} porteur`,
    ]);
    const detail = (await get("/api/v1/territoires/commune/42218")).json();
    expect(detail).toMatchObject({ type: "commune", code: "42218", name: "Saint-Étienne", departement: { code: "42" }, region: { code: "84" } });
    expect(detail.ancestors.map((item: { type: string }) => item.type)).toEqual(expect.arrayContaining(["epci", "departement", "region"]));
    expect((await get("/api/v1/statistiques-diagnostics/commune/48001")).json().statistics).toMatchObject({ diagnosticCount: 3, averageScore: 50 });
  });

  it("answers 429 with Retry-After past the per-IP limit, as documented", async () => {
    process.env.RATE_LIMIT_API = "2/60";
    try {
      // The TCP peer's address, as scripts/socket-address.cjs records it for the running server.
      const ip = { [SOCKET_ADDRESS_HEADER]: `203.0.113.${Math.floor(Math.random() * 250)}` };
      const answers = [await get("/api/v1/cibles", ip), await get("/api/v1/cibles", ip), await get("/api/v1/cibles", ip)];
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429]);
      expect(Number(answers[2].headers.get("retry-after"))).toBeGreaterThan(0);
      expect(answers.flatMap(validate)).toEqual([]);
      // A forged X-Forwarded-For buys no new requests: with no trusted proxy it is ignored.
      expect((await get("/api/v1/cibles", { ...ip, "X-Forwarded-For": "198.51.100.8" })).status).toBe(429);
      // Another address is not affected.
      expect((await get("/api/v1/cibles", { [SOCKET_ADDRESS_HEADER]: "198.51.100.7" })).status).toBe(200);
    } finally {
      process.env.RATE_LIMIT_API = "1000000/60";
    }
  });
});

describe("cursor pagination", () => {
  it("walks a collection without duplicates or gaps while rows are added before and after the cursor", async () => {
    const token = uniqueToken();
    const initial = [];
    for (let index = 0; index < 23; index += 1) initial.push(await makeActor({ name: `${token} m${String(index).padStart(2, "0")}` }));
    const added: string[] = [];
    const pages = await walk(`/api/v1/acteurs?q=${token}&limit=4`, async (page) => {
      // One new row sorts before every slug already served, one after.
      added.push((await makeActor({ name: `${token} a${page}` })).slug, (await makeActor({ name: `${token} z${page}` })).slug);
    });
    const seen = pages.flatMap((page) => page.json().data.map((item: { slug: string }) => item.slug));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    for (const actor of initial) expect(seen).toContain(actor.slug);
    // Rows added after the cursor are served too (those added before it are on an earlier page).
    expect(seen.filter((slug) => slug.includes(`${token}-z`)).length).toBeGreaterThan(0);
  });

  it("walks territories by id while a project territory is added", async () => {
    const seen: string[] = [];
    const token = uniqueToken();
    // Through the back office's own mutation, so that the reference stays whole (closure rows).
    const staff = await db.user.create({ data: { email: `equipe-${token}@exemple.fr`, platformRole: "STAFF" }, select: { id: true } });
    const code = `P${token.toUpperCase().replace(/[^0-9A-Z]/g, "")}`.slice(0, 30);
    const pages = await walk("/api/v1/territoires?type=departement&limit=30", async (page) => {
      await createProjectTerritory({ id: staff.id, platformRole: "STAFF" }, { code: `${code}-${page}`, name: `Projet ${token} ${page}`, description: null });
    });
    for (const page of pages) seen.push(...page.json().data.map((item: { code: string }) => item.code));
    expect(seen).toHaveLength(101);
    expect(new Set(seen).size).toBe(101);
  });
});

describe("diagnostic statistics", () => {
  it("are published only from 3 diagnostics of 3 different organisations", async () => {
    const [twoOrgs, oneOrgThreeTimes, threeOrgs] = await Promise.all(
      ["42207", "42095", "42187"].map((code) => db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code } } })),
    );
    await makeDiagnostics(twoOrgs.id, 2);
    await makeDiagnostics(oneOrgThreeTimes.id, 1, 3);
    await makeDiagnostics(threeOrgs.id, 3);
    const listed = (await walk("/api/v1/statistiques-diagnostics?limit=100")).flatMap((page) =>
      page.json().data.map((item: { territory: { code: string } }) => item.territory.code),
    );
    expect(listed).toContain("42187");
    expect(listed).not.toContain("42207");
    expect(listed).not.toContain("42095");
    // The /donnees page counts the same territories as the API lists.
    expect((await getDatasetFigures())["statistiques-diagnostics"].count).toBe(listed.length);
    expect((await get("/api/v1/statistiques-diagnostics/commune/42207")).json()).toMatchObject({ minimumOrganisations: 3, statistics: null });
    expect((await get("/api/v1/statistiques-diagnostics/commune/42187")).json().statistics).toEqual({
      diagnosticCount: 3,
      averageScore: 50,
      mostCommonLevel: { level: 2, name: "Expérimentation" },
      priorities: [
        { theme: "mobilite", label: "Mobilité" },
        { theme: "logement", label: "Logement" },
      ],
    });
  });
});
