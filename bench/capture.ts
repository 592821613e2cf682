// Child process of run.ts: calls the data functions each page calls, with the page's own
// parameters, through a Prisma client that logs every query, and writes the SQL and parameters
// per scenario to a JSON file. Run with `node --conditions=react-server --import tsx` so that
// `server-only` and React's `cache` load as they do inside Next.js.
//   node --conditions=react-server --import tsx bench/capture.ts <database url> <context.json> <out.json>
import { readFileSync, writeFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { BenchContext } from "./scenarios.ts";
import { SCENARIOS } from "./scenarios.ts";

export interface CapturedQuery {
  query: string;
  params: unknown[];
}

const [url, contextFile, outFile] = process.argv.slice(2);
const context = JSON.parse(readFileSync(contextFile, "utf8")) as BenchContext;
let current: CapturedQuery[] = [];
const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), log: [{ emit: "event", level: "query" }] });
client.$on("query", (event) => current.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
// lib/db.ts takes its client from this global when it is set.
(globalThis as unknown as { odd17Db: PrismaClient }).odd17Db = client;

function searchParamsOf(path: string): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(path, "http://bench").searchParams) {
    const previous = raw[key];
    raw[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return raw;
}

const principal = { id: "bu0", platformRole: "USER" as const };

/** What each page loads, as its page.tsx calls it. */
const probes: Record<string, (path: string) => Promise<unknown>> = {
  async home() {
    const { getHomeFigures } = await import("../lib/territories/territories.queries.ts");
    return getHomeFigures();
  },
  async "territory-epci"() {
    const { getTerritory, listChildren } = await import("../lib/territories/territories.queries.ts");
    const { getTerritoryDirectories } = await import("../lib/directory/presence.queries.ts");
    const { getPublishedDiagnosticsSummary } = await import("../lib/diagnostics/territory-summary.queries.ts");
    const territory = await getTerritory("EPCI", context.epci.code);
    if (!territory) throw new Error("EPCI not found");
    return Promise.all([
      listChildren(territory, 1),
      getTerritoryDirectories({ ...territory, departementName: null }),
      getPublishedDiagnosticsSummary(territory.id),
    ]);
  },
  async "actors-text"(path) {
    const { parseActorSearchParams } = await import("../lib/actors/actors.schemas.ts");
    const { getActorDirectory } = await import("../lib/actors/public-directory.queries.ts");
    return getActorDirectory(parseActorSearchParams(searchParamsOf(path)));
  },
  async "alliances-search"(path) {
    const { parseAllianceSearchParams } = await import("../lib/alliances/alliances.schemas.ts");
    const { getAllianceDirectory } = await import("../lib/alliances/public-directory.queries.ts");
    return getAllianceDirectory(parseAllianceSearchParams(searchParamsOf(path)));
  },
  async "actor-page"() {
    const { getPublicActor } = await import("../lib/actors/public-page.queries.ts");
    return getPublicActor(context.actorSlug);
  },
  async "alliance-page"() {
    const { getPublicAlliance } = await import("../lib/alliances/public-page.queries.ts");
    return getPublicAlliance(context.allianceSlug);
  },
  async resources(path) {
    const { parseKitSearchParams } = await import("../lib/kits/kits.schemas.ts");
    const { getKitDirectory } = await import("../lib/kits/kits.queries.ts");
    const { listLearningPaths } = await import("../lib/kits/learning-paths.queries.ts");
    return Promise.all([getKitDirectory(parseKitSearchParams(searchParamsOf(path))), listLearningPaths()]);
  },
  async "territory-search"() {
    const { searchTerritories } = await import("../lib/territories/territory-search.queries.ts");
    return searchTerritories({ q: "saint", kind: undefined, page: 1 });
  },
  async "open-data"() {
    const { getDatasetFigures } = await import("../lib/open-data/catalogue.queries.ts");
    return getDatasetFigures();
  },
  async "kit-page"() {
    const { getKitRating, getPublishedKit, listRelatedKits } = await import("../lib/kits/kit-page.queries.ts");
    const kit = await getPublishedKit(context.kitSlug);
    if (!kit) throw new Error("kit not found");
    return Promise.all([listRelatedKits(kit), getKitRating(kit.id)]);
  },
  async "learning-path"() {
    const { getLearningPath } = await import("../lib/kits/learning-paths.queries.ts");
    return getLearningPath(context.learningPathSlug, null);
  },
  async "diagnostic-report"() {
    const { findDiagnostic } = await import("../lib/diagnostics/diagnostics.queries.ts");
    const { buildDiagnosticReport } = await import("../lib/diagnostics/report.queries.ts");
    const diagnostic = await findDiagnostic(principal, context.reportId);
    if (!diagnostic) throw new Error("report diagnostic not found");
    return buildDiagnosticReport(diagnostic);
  },
  // The reads of the autosave, as autosaveAnswers (lib/diagnostics/diagnostics.mutations.ts) makes
  // them: the diagnostic's row and the caller's membership. Its write is one UPDATE by primary key.
  async "diagnostic-autosave"() {
    const { getActorScope } = await import("../lib/auth/scope.queries.ts");
    const row = await client.diagnostic.findUniqueOrThrow({
      where: { id: context.draftIds[0] },
      select: { actorId: true, templateId: true, status: true, version: true },
    });
    return getActorScope(principal, row.actorId);
  },
};
probes["actors-departement-sdg"] = probes["actors-text"];
probes["actors-departement-sdg-uncached"] = probes["actors-text"];
probes["actors-unfiltered"] = probes["actors-text"];
probes["alliances-unfiltered"] = probes["alliances-search"];

async function main() {
  const captured: Record<string, CapturedQuery[]> = {};
  for (const scenario of SCENARIOS) {
    const probe = probes[scenario.name];
    if (!probe) continue;
    current = [];
    await probe(scenario.path(context));
    captured[scenario.name] = current;
  }
  writeFileSync(outFile, JSON.stringify(captured));
  await client.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
