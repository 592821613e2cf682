// The bench scenarios: what is requested, and what the targets judge it on. The data functions
// each page calls are replayed by capture.ts (probes keyed by scenario name) to collect the SQL
// the page really runs, for the EXPLAIN check and the raw-SQL baseline.
import type pg from "pg";
import { actorSearchHref } from "../lib/actors/actors.schemas.ts";
import { allianceSearchHref } from "../lib/alliances/alliances.schemas.ts";
import { paths } from "../lib/paths.ts";

/** Identifiers the scenarios need, read from the generated dataset. */
export interface BenchContext {
  epci: { code: string; name: string };
  departement: { code: string; name: string };
  /** Every département's code, for searches that must not repeat (see `rotate`). */
  departementCodes: string[];
  sdg: number;
  actorQuery: string;
  allianceQuery: string;
  actorSlug: string;
  allianceSlug: string;
  kitSlug: string;
  learningPathSlug: string;
  reportId: string;
  draftIds: string[];
}

export type ScenarioGroup = "baseline" | "public" | "search" | "signed-in" | "write" | "api";

export interface Scenario {
  name: string;
  group: ScenarioGroup;
  path(context: BenchContext): string;
  /** Needs the bench user's session cookie. */
  auth?: boolean;
  /** Absent endpoints (404) are skipped with a line, not counted as errors. */
  optional?: boolean;
  /**
   * The i-th request's path, when requests must differ: public pages are cached, so a scenario
   * that repeats one URL measures the cache; this measures what a search costs when it is new.
   */
  rotate?: (context: BenchContext, i: number) => string;
}

/** Département × SDG: 101 × 17 distinct searches, more than a run sends. */
function departementSdgSearch(context: BenchContext, i: number): string {
  const codes = context.departementCodes;
  const code = codes[i % codes.length];
  const sdg = 1 + (Math.floor(i / codes.length) % 17);
  return actorSearchHref({ territory: { kind: "DEPARTEMENT", code }, sdgs: [sdg] });
}

export const SCENARIOS: Scenario[] = [
  { name: "bare-route", group: "baseline", path: () => "/api/bench/ping" },
  { name: "home", group: "public", path: () => paths.home() },
  { name: "territory-epci", group: "public", path: (c) => paths.territory("EPCI", c.epci.code) },
  { name: "actors-text", group: "search", path: (c) => actorSearchHref({ q: c.actorQuery }) },
  {
    name: "actors-departement-sdg",
    group: "search",
    path: (c) => actorSearchHref({ territory: { kind: "DEPARTEMENT", code: c.departement.code }, sdgs: [c.sdg] }),
  },
  {
    name: "actors-departement-sdg-uncached",
    group: "search",
    path: (c) => departementSdgSearch(c, 0),
    rotate: departementSdgSearch,
  },
  { name: "alliances-search", group: "search", path: (c) => allianceSearchHref({ q: c.allianceQuery }) },
  { name: "actors-unfiltered", group: "search", path: () => paths.actors() },
  { name: "alliances-unfiltered", group: "search", path: () => paths.alliances() },
  { name: "actor-page", group: "public", path: (c) => paths.actor(c.actorSlug) },
  { name: "alliance-page", group: "public", path: (c) => paths.alliance(c.allianceSlug) },
  { name: "resources", group: "public", path: () => paths.resources() },
  // The other public pages, so that "every public page" is measured (kit and learning path pages
  // as visitors without a session get them).
  { name: "territory-search", group: "search", path: () => paths.territories({ q: "saint" }) },
  { name: "sdgs", group: "public", path: () => paths.sdgs() },
  { name: "open-data", group: "public", path: () => paths.openData() },
  { name: "kit-page", group: "public", path: (c) => paths.kit(c.kitSlug) },
  { name: "learning-path", group: "public", path: (c) => paths.learningPath(c.learningPathSlug) },
  {
    name: "api-v1-actors",
    group: "api",
    optional: true,
    // The open data API (another branch) names its resource in French: /api/v1/acteurs.
    path: (c) => `/api/v1/acteurs?territoire=departement-${encodeURIComponent(c.departement.code)}&odd=${c.sdg}`,
  },
  { name: "diagnostic-report", group: "signed-in", auth: true, path: (c) => paths.diagnosticReport(c.reportId) },
  { name: "diagnostic-autosave", group: "write", auth: true, path: (c) => paths.diagnostic(c.draftIds[0]) },
];

/** BENCH_SCENARIOS="home,actors" keeps the scenarios whose name contains one of the words. */
export function selectScenarios(filter: string | undefined, all: readonly Scenario[] = SCENARIOS): Scenario[] {
  const words = (filter ?? "")
    .split(",")
    .map((word) => word.trim())
    .filter(Boolean);
  if (words.length === 0) return [...all];
  // The bare route is every ratio's denominator: always kept.
  return all.filter((scenario) => scenario.group === "baseline" || words.some((word) => scenario.name.includes(word)));
}

export async function loadContext(pool: pg.Pool): Promise<BenchContext> {
  const one = async <T extends pg.QueryResultRow>(sql: string): Promise<T> => {
    const { rows } = await pool.query<T>(sql);
    if (!rows[0]) throw new Error(`Bench dataset incomplete: no row for ${sql}`);
    return rows[0];
  };
  const epci = await one<{ code: string; name: string; departementId: number }>(
    `SELECT code, name, "departementId" FROM "Territory" WHERE kind = 'EPCI' ORDER BY population DESC NULLS LAST, code LIMIT 1`,
  );
  const departement = await one<{ code: string; name: string }>(`SELECT code, name FROM "Territory" WHERE id = ${Number(epci.departementId)}`);
  // The published actor in the most published alliances: the heaviest actor page.
  const actor = await one<{ slug: string }>(`SELECT a.slug FROM "Actor" a JOIN "AlliancePartner" p ON p."actorId" = a.id AND p.status = 'CONFIRMED'
    JOIN "Alliance" al ON al.id = p."allianceId" AND al.status = 'PUBLISHED' WHERE a.status = 'PUBLISHED'
    GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`);
  const alliance = await one<{ slug: string }>(`SELECT al.slug FROM "Alliance" al JOIN "AlliancePartner" p ON p."allianceId" = al.id
    WHERE al.status = 'PUBLISHED' GROUP BY al.id ORDER BY count(*) DESC, al.id LIMIT 1`);
  const report = await one<{ id: string }>(`SELECT id FROM "Diagnostic" WHERE "actorId" = 'ba0' AND status = 'COMPLETED' ORDER BY id LIMIT 1`);
  const drafts = await pool.query<{ id: string }>(`SELECT id FROM "Diagnostic" WHERE "actorId" = 'ba0' AND status = 'DRAFT' ORDER BY id`);
  const departements = await pool.query<{ code: string }>(`SELECT code FROM "Territory" WHERE kind = 'DEPARTEMENT' ORDER BY code`);
  // The seeded content (target sheets, the 7-step path): the generated dataset adds no kit.
  const kit = await one<{ slug: string }>(`SELECT slug FROM "Kit" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`);
  const learningPath = await one<{ slug: string }>(`SELECT slug FROM "LearningPath" ORDER BY slug LIMIT 1`);
  return {
    epci: { code: epci.code, name: epci.name },
    departement,
    departementCodes: departements.rows.map((row) => row.code),
    sdg: 13,
    actorQuery: "jardins",
    allianceQuery: "transition",
    actorSlug: actor.slug,
    allianceSlug: alliance.slug,
    kitSlug: kit.slug,
    learningPathSlug: learningPath.slug,
    reportId: report.id,
    draftIds: drafts.rows.map((row) => row.id),
  };
}
