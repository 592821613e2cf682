// The bench's output: one table printed and a markdown + JSON pair in bench/results/. Pure
// rendering; run.ts gathers the numbers.
import type { PreparedDataset } from "./database.ts";
import { formatMs, formatRatio } from "./stats.ts";
import type { ScenarioResult, TargetCheck } from "./targets.ts";

export interface MachineDescription {
  cpus: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
  next: string;
  /** 1-minute load average when the run started: a busy machine makes numbers meaningless. */
  loadAverage: number[];
}

export interface BenchReport {
  startedAt: string;
  note: string;
  options: { seconds: number; warmupSeconds: number; connections: number; scale: number; seed: number; scenarios: string | null };
  machine: MachineDescription;
  dataset: PreparedDataset;
  scenarios: ScenarioResult[];
  firstLoad: { route: string; rawBytes: number; gzipBytes: number; frameworkGzipBytes?: number; public: boolean }[];
  /** First-load JS of an empty Next.js page built in the same run (bench/empty-page.ts). */
  emptyPageGzipBytes?: number | null;
  targets: TargetCheck[];
}

const formatKb = (bytes: number | undefined) => (bytes === undefined ? "—" : (bytes / 1000).toFixed(1));

const mark = (ok: boolean | null) => (ok === null ? "?" : ok ? "✓" : "✗");

export function scenarioTable(scenarios: readonly ScenarioResult[]): string {
  const lines = [
    "| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | kB / response | SQL p95 ms | RPS / bare | p95 / SQL p95 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const result of scenarios) {
    if (result.skipped || !result.http) {
      lines.push(`| ${result.name} | ${result.skipped ?? "not run"} | | | | | | | | |`);
      continue;
    }
    const { http, sql } = result;
    lines.push(
      `| ${result.name} | ${http.rps.toFixed(1)} | ${formatMs(http.latency.p50)} | ${formatMs(http.latency.p95)} | ${formatMs(http.latency.p99)} | ${http.errors} | ${formatKb(http.bytesPerResponse)} | ${formatMs(sql?.latency.p95)} | ${formatRatio(result.rpsRatio)} | ${formatRatio(result.p95Ratio)} |`,
    );
  }
  return lines.join("\n");
}

export function renderMarkdown(report: BenchReport): string {
  const { machine, options, dataset } = report;
  const datasetLine = dataset.reused
    ? "reused from a previous run (same scale and seed)"
    : `territory reference ${((dataset.territoriesMilliseconds ?? 0) / 1000).toFixed(1)} s, reference data ${((dataset.referenceMilliseconds ?? 0) / 1000).toFixed(1)} s, generated rows ${((dataset.dataset?.milliseconds ?? 0) / 1000).toFixed(1)} s, total ${(dataset.totalMilliseconds / 1000).toFixed(1)} s`;
  const rows = dataset.dataset
    ? Object.entries(dataset.dataset.rows)
        .map(([table, count]) => `${count.toLocaleString("en")} ${table}`)
        .join(", ")
    : "";
  const scans = report.scenarios.flatMap((result) =>
    result.seqScans.map((scan) => `- ${result.name}: Seq Scan on **${scan.table}** (${scan.rows.toLocaleString("en")} rows) in \`${scan.query}\``),
  );
  return [
    `# Bench — ${report.startedAt}`,
    "",
    report.note ? `> ${report.note}\n` : "",
    `Machine: ${machine.cores} × ${machine.cpus}, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}, Next.js ${machine.next}, ${machine.postgres}. Load average at start: ${machine.loadAverage.map((value) => value.toFixed(2)).join(" / ")}.`,
    "",
    `Options: ${options.connections} connections, ${options.seconds} s per scenario after ${options.warmupSeconds} s of warm-up, scale ${options.scale}, seed ${options.seed}${options.scenarios ? `, scenarios « ${options.scenarios} »` : ""}.`,
    "",
    `Dataset: ${datasetLine}.${rows ? ` Rows: ${rows}.` : ""}`,
    "",
    "## Scenarios",
    "",
    scenarioTable(report.scenarios),
    "",
    ...report.scenarios
      .filter((result) => result.runsRps && result.runsRps.length > 1)
      .map(
        (result) =>
          `${result.name} run first and last: ${result.runsRps!.map((rps) => rps.toFixed(1)).join(" and ")} req/s; the table and the ratios use the higher.\n`,
      ),
    "Main query of each page (its slowest SELECT, replayed through `pg` for the SQL baseline):",
    "",
    ...report.scenarios.filter((result) => result.mainQuery).map((result) => `- ${result.name}: \`${result.mainQuery}\``),
    "",
    "## Targets",
    "",
    "| target | value | |",
    "| --- | --- | --- |",
    ...report.targets.map((check) => `| ${check.target} | ${check.value} | ${mark(check.ok)} |`),
    "",
    "## Sequential scans on tables of more than 10,000 rows",
    "",
    ...(scans.length > 0 ? scans : ["None."]),
    "",
    "## First-load JavaScript (gzip)",
    "",
    "React, React DOM and Next's client runtime (the build's root main files, loaded by every page; polyfills excluded: module-aware browsers skip them) are counted in each page's total and shown apart.",
    "",
    ...(report.emptyPageGzipBytes
      ? [
          `The floor: an empty page (a Next.js app of one page without client code, built in this run with the same packages) loads ${formatKb(report.emptyPageGzipBytes)} kB.`,
          "",
        ]
      : []),
    "| page | gzip kB | of which React + Next kB | page's own kB | raw kB |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...report.firstLoad
      .filter((page) => page.public)
      .map((page) => {
        const framework = page.frameworkGzipBytes ?? 0;
        return `| ${page.route} | ${(page.gzipBytes / 1000).toFixed(1)} | ${(framework / 1000).toFixed(1)} | ${((page.gzipBytes - framework) / 1000).toFixed(1)} | ${(page.rawBytes / 1000).toFixed(1)} |`;
      }),
    "",
  ].join("\n");
}
