import { describe, expect, it } from "vitest";
import type { LoadResult } from "./load";
import { checkTargets, higherCeiling, withRatios, type ScenarioResult } from "./targets";

function load(rps: number, p95: number, errors = 0): LoadResult {
  return {
    requests: rps * 10,
    rps,
    latency: { count: rps * 10, p50: p95 / 2, p95, p99: p95 * 1.2, mean: p95 / 2 },
    errors,
    non2xx: 0,
    statusCodes: {},
    seconds: 10,
  };
}

function scenario(name: string, group: ScenarioResult["group"], http: LoadResult | null, sql: LoadResult | null = null): ScenarioResult {
  return { name, group, path: "/", skipped: null, http, sql, mainQuery: null, seqScans: [], rpsRatio: null, p95Ratio: null };
}

describe("withRatios and checkTargets", () => {
  const results = withRatios([
    scenario("bare-route", "baseline", load(1000, 5)),
    scenario("actors-text", "search", load(500, 40), load(2000, 10)),
    scenario("home", "public", load(300, 80)),
  ]);

  it("computes RPS over the bare route and p95 over the SQL p95", () => {
    expect(results[0].rpsRatio).toBeNull();
    expect(results[1].rpsRatio).toBe(0.5);
    expect(results[1].p95Ratio).toBe(4);
    expect(results[2].p95Ratio).toBeNull();
  });

  it("says which targets hold", () => {
    const checks = checkTargets({
      scenarios: results,
      territoriesMs: 4_900,
      datasetMs: 200_000,
      firstLoad: [
        { route: "/", gzipBytes: 119_000, public: true },
        { route: "/espace", gzipBytes: 300_000, public: false },
      ],
    });
    const byTarget = Object.fromEntries(checks.map((check) => [check.target, check.ok]));
    expect(byTarget["actors-text: p95 ≤ 50 ms"]).toBe(true);
    expect(byTarget["actors-text: p95 ≤ 3 × raw SQL p95"]).toBe(false);
    expect(byTarget["actors-text: 0 errors"]).toBe(true);
    expect(byTarget["actors-text: RPS ≥ 40 % of the bare route"]).toBe(true);
    expect(byTarget["home: RPS ≥ 40 % of the bare route"]).toBe(false);
    expect(byTarget["territory reference import ≤ 10 s"]).toBe(true);
    expect(byTarget["full bench dataset ≤ 3 min"]).toBe(false);
    expect(byTarget["no sequential scan on a table > 10,000 rows"]).toBe(true);
    expect(byTarget["public pages ≤ 120 kB gzipped first-load JS"]).toBe(true);
  });

  it("fails a search scenario that completed no request", () => {
    const stalled = withRatios([scenario("bare-route", "baseline", load(1000, 5)), scenario("actors-text", "search", load(0, Number.NaN))]);
    const checks = checkTargets({ scenarios: stalled, territoriesMs: null, datasetMs: null, firstLoad: [] });
    expect(checks.find((check) => check.target === "actors-text: p95 ≤ 50 ms")).toMatchObject({ ok: false, value: "no request completed" });
    expect(checks.find((check) => check.target.startsWith("actors-text: RPS"))).toMatchObject({ ok: false });
  });

  it("reports sequential scans and heavy pages by name", () => {
    const withScan = results.map((result) =>
      result.name === "home" ? { ...result, seqScans: [{ table: "Territory", alias: null, rows: 37_000, query: "SELECT" }] } : result,
    );
    const checks = checkTargets({
      scenarios: withScan,
      territoriesMs: null,
      datasetMs: null,
      firstLoad: [{ route: "/acteurs", gzipBytes: 130_000, public: true }],
    });
    expect(checks.find((check) => check.target.startsWith("no sequential"))).toMatchObject({ ok: false, value: "home: Territory" });
    expect(checks.find((check) => check.target.startsWith("public pages"))).toMatchObject({ ok: false, value: "/acteurs 130.0 kB" });
    const withFloor = checkTargets({
      scenarios: results,
      territoriesMs: null,
      datasetMs: null,
      firstLoad: [{ route: "/acteurs", gzipBytes: 130_000, public: true }],
      emptyPageGzipBytes: 124_560,
    });
    expect(withFloor.find((check) => check.target.startsWith("public pages"))).toMatchObject({
      ok: false,
      value: "/acteurs 130.0 kB (an empty Next.js page: 124.6 kB)",
    });
  });
});

describe("higherCeiling", () => {
  it("keeps the faster of the bare route's two runs, whichever came first, and both figures", () => {
    const slowStart = higherCeiling(scenario("bare-route", "baseline", load(500, 40)), scenario("bare-route", "baseline", load(760, 28)));
    expect(slowStart).toMatchObject({ http: { rps: 760 }, runsRps: [500, 760] });
    const slowEnd = higherCeiling(scenario("bare-route", "baseline", load(760, 28)), scenario("bare-route", "baseline", load(500, 40)));
    expect(slowEnd).toMatchObject({ http: { rps: 760 }, runsRps: [760, 500] });
    const [, page] = withRatios([slowStart, scenario("home", "public", load(380, 30))]);
    expect(page.rpsRatio).toBe(0.5);
  });

  it("keeps the run that answered when the other did not", () => {
    expect(higherCeiling(scenario("bare-route", "baseline", null), scenario("bare-route", "baseline", load(700, 30)))).toMatchObject({
      http: { rps: 700 },
      runsRps: [700],
    });
  });
});
