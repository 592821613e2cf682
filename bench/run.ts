// `npm run bench`: dataset → production build → EXPLAIN check → `next start` → every scenario
// under autocannon, each with its raw-SQL floor → table, targets, bench/results/.
// Options (environment): BENCH_DURATION (s, 10), BENCH_WARMUP (s, 3), BENCH_CONNECTIONS (16),
// BENCH_SCALE (1 = national scale; 0.05 for a smoke run), BENCH_SEED, BENCH_SCENARIOS (names,
// comma-separated), BENCH_PORT (3100), BENCH_SKIP_BUILD=1, BENCH_DATABASE_URL, BENCH_NOTE.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { withSocketAddressPreload } from "../lib/http/socket-address-preload.ts";
import { BENCH_PASSWORD, openBenchDatabase, prepareDataset } from "./database.ts";
import { BENCH_USER_EMAIL, DEFAULT_SEED } from "./dataset.ts";
import { explainScenario, excerpt, tableRowCounts, type ScenarioPlans } from "./explain.ts";
import { emptyPageFirstLoad } from "./empty-page.ts";
import { firstLoadSizes, frameworkChunks, isPublicRoute, parseRouteBundleStats } from "./first-load.ts";
import { runHttpLoad, runSqlLoad, type HttpLoad } from "./load.ts";
import { renderMarkdown, scenarioTable, type BenchReport } from "./report.ts";
import { loadContext, selectScenarios, type BenchContext, type Scenario } from "./scenarios.ts";
import { readActionId, savedVersion, signIn } from "./session.ts";
import { checkTargets, higherCeiling, withRatios, type ScenarioResult } from "./targets.ts";

const env = process.env;
const options = {
  seconds: Number(env.BENCH_DURATION ?? 10),
  warmupSeconds: Number(env.BENCH_WARMUP ?? 3),
  connections: Number(env.BENCH_CONNECTIONS ?? 16),
  scale: Number(env.BENCH_SCALE ?? 1),
  seed: Number(env.BENCH_SEED ?? DEFAULT_SEED),
  scenarios: env.BENCH_SCENARIOS ?? null,
};
const port = Number(env.BENCH_PORT ?? 3100);
// "localhost", not 127.0.0.1: see lib/http/listen-hostname.ts (proxy rewrites would go over HTTP).
const baseUrl = `http://localhost:${port}`;
const nextDir = path.resolve(".next");
const log = (line: string) => console.log(`[bench] ${line}`);

function build() {
  if (env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(nextDir, "BUILD_ID"))) return log("build skipped (BENCH_SKIP_BUILD=1)");
  log("next build…");
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
}

function firstLoad() {
  const file = path.join(nextDir, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(file)) {
    log(`no ${file}: first-load JS not measured`);
    return [];
  }
  const bundles = parseRouteBundleStats(JSON.parse(readFileSync(file, "utf8")));
  const framework = frameworkChunks(JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")));
  return firstLoadSizes(bundles, (chunk) => readFileSync(path.resolve(chunk)), framework).map((page) => ({ ...page, public: isPublicRoute(page.route) }));
}

function capture(url: string, context: BenchContext): Record<string, { query: string; params: unknown[] }[]> {
  const dir = mkdtemp();
  const contextFile = path.join(dir, "context.json");
  const outFile = path.join(dir, "captured.json");
  writeFileSync(contextFile, JSON.stringify(context));
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/capture.ts", url, contextFile, outFile], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...env, DATABASE_URL: url, DIRECTORY_FACETS_TTL_SECONDS: "0" },
  });
  if (result.status !== 0) throw new Error("query capture failed");
  return JSON.parse(readFileSync(outFile, "utf8"));
}

function mkdtemp(): string {
  const dir = path.join(os.tmpdir(), `odd17-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function startServer(url: string): Promise<ChildProcess> {
  const server = spawn(path.resolve("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "localhost"], {
    // One loopback address sends every request: the per-IP limits would turn the load into 429s.
    env: withSocketAddressPreload({
      RATE_LIMIT_API: "100000000/60",
      RATE_LIMIT_SIGNIN: "100000/60",
      RATE_LIMIT_SIGNIN_IP: "100000/60",
      ...env,
      DATABASE_URL: url,
      APP_URL: baseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    }),
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/bench/ping`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stopServer(server);
  throw new Error(`next start did not answer on ${baseUrl} within 60 s`);
}

/** Stops `next start` (its whole process group) and waits for it, before the database stops. */
async function stopServer(server: ChildProcess) {
  if (!server.pid || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/**
 * The write scenario: each request autosaves step 1 of a draft that no other request in flight
 * is saving, with the version its last save returned (optimistic concurrency, as the form does).
 */
async function autosaveLoad(pool: pg.Pool, context: BenchContext, cookie: string): Promise<Omit<HttpLoad, "connections" | "seconds">> {
  const actionId = readActionId(nextDir, "lib/diagnostics/diagnostics.actions.ts", "autosaveAction");
  const { rows } = await pool.query<{ id: string; version: number }>(`SELECT id, version FROM "Diagnostic" WHERE id = ANY($1)`, [context.draftIds]);
  const versions = new Map(rows.map((row) => [row.id, row.version]));
  const busy = new Set<string>();
  let turn = 0;
  const kinds = ["collectivite", "entreprise", "association"];
  return {
    url: `${baseUrl}/espace/diagnostics/${context.draftIds[0]}`,
    method: "POST",
    // A browser sends its origin with every server action; proxy.ts refuses the others.
    headers: { cookie, origin: baseUrl, "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    body: () => {
      let id = context.draftIds[turn++ % context.draftIds.length];
      for (let tries = 0; busy.has(id) && tries < context.draftIds.length; tries += 1) id = context.draftIds[turn++ % context.draftIds.length];
      busy.add(id);
      const version = versions.get(id) ?? 1;
      return {
        key: id,
        body: JSON.stringify([{ id, version, step: 1, draft: { kind: kinds[version % kinds.length], role: "acteur", experience: "ponctuelle" } }]),
      };
    },
    accept: (body, id) => {
      busy.delete(id);
      const version = savedVersion(body);
      if (version === null) return false;
      versions.set(id, version);
      return true;
    },
  };
}

async function runScenario(
  scenario: Scenario,
  context: BenchContext,
  plans: ScenarioPlans | undefined,
  url: string,
  pool: pg.Pool,
  cookie: string | null,
): Promise<ScenarioResult> {
  const scenarioPath = scenario.path(context);
  const base: ScenarioResult = {
    name: scenario.name,
    group: scenario.group,
    path: scenarioPath,
    skipped: null,
    http: null,
    sql: null,
    mainQuery: null,
    seqScans: plans?.seqScans ?? [],
    rpsRatio: null,
    p95Ratio: null,
  };
  if (scenario.auth && !cookie) return { ...base, skipped: "no session" };
  let load: Omit<HttpLoad, "connections" | "seconds">;
  if (scenario.group === "write") {
    if (context.draftIds.length < options.connections) return { ...base, skipped: "not enough draft diagnostics" };
    load = await autosaveLoad(pool, context, cookie!);
  } else {
    let request = 0;
    const rotate = scenario.rotate;
    // The first path is the probe's; each request after it asks a new one.
    const nextPath = rotate ? () => rotate(context, ++request) : undefined;
    load = { url: `${baseUrl}${scenarioPath}`, headers: cookie && scenario.auth ? { cookie } : undefined, nextPath };
    const probe = await fetch(load.url, { headers: load.headers, redirect: "manual" });
    await probe.arrayBuffer();
    if (scenario.optional && probe.status === 404) {
      log(`${scenario.name}: endpoint absent (HTTP 404), skipped`);
      return { ...base, skipped: "endpoint absent (404)" };
    }
    if (probe.status !== 200) log(`${scenario.name}: first answer HTTP ${probe.status} (counted as errors)`);
  }
  log(`${scenario.name}: warm-up ${options.warmupSeconds} s, then ${options.seconds} s × ${options.connections} connections — ${scenarioPath}`);
  if (options.warmupSeconds > 0) await runHttpLoad({ ...load, connections: options.connections, seconds: options.warmupSeconds });
  const http = await runHttpLoad({ ...load, connections: options.connections, seconds: options.seconds });
  const main = plans?.main;
  const sql = main ? await runSqlLoad({ url, connections: options.connections, seconds: options.seconds, query: main.query, params: main.params }) : null;
  return { ...base, http, sql, mainQuery: main ? excerpt(main.query) : null };
}

async function describeMachine(pool: pg.Pool) {
  const cpus = os.cpus();
  const nextVersion = (JSON.parse(readFileSync(path.resolve("node_modules", "next", "package.json"), "utf8")) as { version: string }).version;
  const { rows } = await pool.query<{ version: string }>("SELECT version()");
  return {
    cpus: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1e9),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: rows[0].version.split(",")[0],
    next: nextVersion,
    loadAverage: os.loadavg(),
  };
}

async function main() {
  const startedAt = new Date().toISOString();
  const machineLoad = os.loadavg();
  const scenarios = selectScenarios(options.scenarios ?? undefined);
  const database = await openBenchDatabase();
  let server: ChildProcess | null = null;
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  pool.on("error", () => {});
  try {
    log(`database: ${database.description}`);
    const dataset = await prepareDataset(database.url, { scale: options.scale, seed: options.seed, log });
    build();
    const pages = firstLoad();
    const emptyPageGzipBytes = emptyPageFirstLoad(process.cwd(), path.resolve(".data", "bench-empty-page"), log);
    const context = await loadContext(pool);
    log("capturing the SQL of each page and running EXPLAIN…");
    const captured = capture(database.url, context);
    const tableRows = await tableRowCounts(pool);
    const plans = new Map<string, ScenarioPlans>();
    for (const [name, queries] of Object.entries(captured)) plans.set(name, await explainScenario(pool, queries, tableRows));

    server = await startServer(database.url);
    const cookie = scenarios.some((scenario) => scenario.auth) ? await signIn(baseUrl, BENCH_USER_EMAIL, BENCH_PASSWORD) : null;
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) results.push(await runScenario(scenario, context, plans.get(scenario.name), database.url, pool, cookie));
    const bare = scenarios.findIndex((scenario) => scenario.group === "baseline");
    if (bare >= 0 && results.length > 1) {
      log("bare route again, at the end: the higher of its two runs is the ceiling");
      results[bare] = higherCeiling(results[bare], await runScenario(scenarios[bare], context, undefined, database.url, pool, cookie));
    }
    await stopServer(server);
    server = null;

    const scenarioResults = withRatios(results);
    const machine = { ...(await describeMachine(pool)), loadAverage: machineLoad };
    const report: BenchReport = {
      startedAt,
      note: env.BENCH_NOTE ?? "",
      options: { ...options },
      machine,
      dataset,
      scenarios: scenarioResults,
      firstLoad: pages,
      emptyPageGzipBytes,
      targets: checkTargets({
        scenarios: scenarioResults,
        territoriesMs: dataset.territoriesMilliseconds,
        datasetMs: dataset.reused ? null : dataset.totalMilliseconds,
        firstLoad: pages,
        emptyPageGzipBytes,
      }),
    };
    const markdown = renderMarkdown(report);
    console.log(`\n${scenarioTable(scenarioResults)}\n`);
    for (const check of report.targets) console.log(`${check.ok === null ? "?" : check.ok ? "✓" : "✗"} ${check.target}: ${check.value}`);
    // Only a full-scale run of full length is a result to keep; smoke runs stay git-ignored.
    const real = options.scale === 1 && options.seconds >= 10 && options.scenarios === null;
    const stem = path.resolve("bench", "results", startedAt.replace(/[:.]/g, "-"));
    mkdirSync(path.dirname(stem), { recursive: true });
    writeFileSync(`${stem}.md${real ? "" : ".tmp"}`, markdown);
    writeFileSync(`${stem}.json${real ? "" : ".tmp"}`, JSON.stringify(report, null, 2));
    log(`results: ${stem}.{md,json}${real ? "" : " (.tmp: smoke run, not committed)"}`);
  } finally {
    if (server) await stopServer(server);
    await pool.end();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
