import Link from "next/link";
import { BarChart, SERIES_COLOURS } from "@/components/charts/bar-chart";
import { TimeChart } from "@/components/charts/time-chart";
import { observatoryCopy } from "@/lib/copy/admin-observatory";
import { labels } from "@/lib/labels";
import { observatoryQuery } from "@/lib/observatory/observatory";
import type { ObservatoryDataset } from "@/lib/observatory/observatory-csv";
import type { Observatory } from "@/lib/observatory/observatory.queries";
import { paths } from "@/lib/paths";
import { ChartBlock } from "./chart-block";

const t = observatoryCopy.charts;

const allZero = (values: number[]) => values.every((value) => value === 0);

/** One series of (label, count) as a bar chart with its table. */
function CountBars({
  id,
  heading,
  intro,
  rows,
  table,
  unit,
  csvHref,
}: {
  id: string;
  heading: string;
  intro?: string;
  rows: { key: string; label: string; count: number; link?: string }[];
  table: { caption: string; category: string; value: string };
  unit: { one: string; many: string };
  csvHref: string;
}) {
  return (
    <ChartBlock
      id={id}
      heading={heading}
      intro={intro}
      empty={allZero(rows.map((row) => row.count))}
      csvHref={csvHref}
      chart={
        <BarChart
          id={`${id}-graphique`}
          title={heading}
          description={t.barDescription(
            rows.map((row) => ({ label: row.label, value: row.count })),
            unit,
          )}
          series={[{ label: table.value, colour: SERIES_COLOURS[0] }]}
          rows={rows.map((row) => ({ key: row.key, label: row.label, values: [row.count] }))}
        />
      }
      table={{
        caption: table.caption,
        category: table.category,
        columns: [table.value],
        rows: rows.map((row) => ({ key: row.key, label: row.link ? <Link href={row.link}>{row.label}</Link> : row.label, values: [row.count] })),
      }}
    />
  );
}

export function ObservatoryCharts({ data }: { data: Observatory }) {
  const csv = (dataset: ObservatoryDataset) => paths.adminObservatoryCsv(dataset, observatoryQuery(data.params));
  const top = data.perRegion[0];
  const monthsTotal = data.diagnosticsByMonth.reduce((sum, row) => sum + row.count, 0);
  return (
    <section aria-labelledby="graphiques" className="mb-10">
      <h2 id="graphiques" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      <div className="grid grid-cols-1 gap-6">
        <div>
          <ChartBlock
            id="par-region"
            heading={t.perRegion.heading}
            intro={t.perRegion.intro}
            empty={data.perRegion.every((row) => row.actors + row.alliances === 0)}
            csvHref={csv("regions")}
            chart={
              <BarChart
                id="par-region-graphique"
                title={t.perRegion.heading}
                description={t.perRegion.description(top ? t.perRegion.top(top.name, top.actors, top.alliances) : "")}
                series={[
                  { label: t.perRegion.actors, colour: SERIES_COLOURS[0] },
                  { label: t.perRegion.alliances, colour: SERIES_COLOURS[1] },
                ]}
                rows={data.perRegion
                  .filter((row) => row.actors + row.alliances > 0)
                  .map((row) => ({ key: row.code, label: row.name, values: [row.actors, row.alliances] }))}
              />
            }
            table={{
              caption: t.perRegion.caption,
              category: t.perRegion.category,
              columns: [t.perRegion.actors, t.perRegion.alliances],
              rows: data.perRegion.map((row) => ({ key: row.code, label: row.name, values: [row.actors, row.alliances] })),
            }}
          />
        </div>
        <CountBars
          id="par-mode"
          heading={t.byMode.heading}
          rows={data.alliancesByMode.map((row) => ({ key: row.mode, label: labels.allianceModes[row.mode].label, count: row.count }))}
          table={t.byMode}
          unit={t.units.alliances}
          csvHref={csv("modes")}
        />
        <CountBars
          id="par-etape"
          heading={t.byStage.heading}
          rows={data.alliancesByStage.map((row) => ({ key: row.stage, label: observatoryCopy.stages[row.stage], count: row.count }))}
          table={t.byStage}
          unit={t.units.alliances}
          csvHref={csv("etapes")}
        />
        <div>
          <ChartBlock
            id="par-mois"
            heading={t.byMonth.heading}
            empty={false}
            csvHref={csv("diagnostics-par-mois")}
            chart={
              <TimeChart
                id="par-mois-graphique"
                title={t.byMonth.heading}
                description={t.byMonth.description(data.diagnosticsByMonth.length, monthsTotal)}
                points={data.diagnosticsByMonth.map((row) => ({ key: row.month, label: observatoryCopy.shortMonth(row.month), value: row.count }))}
              />
            }
            table={{
              caption: t.byMonth.caption,
              category: t.byMonth.category,
              columns: [t.byMonth.value],
              rows: data.diagnosticsByMonth.map((row) => ({ key: row.month, label: observatoryCopy.month(row.month), values: [row.count] })),
            }}
          />
        </div>
        <CountBars
          id="niveaux"
          heading={t.maturity.heading}
          rows={data.maturity.map((row) => ({ key: String(row.level), label: t.maturity.levelName(row.level, row.name), count: row.count }))}
          table={t.maturity}
          unit={t.units.diagnostics}
          csvHref={csv("niveaux")}
        />
        <CountBars
          id="kits-recommandes"
          heading={t.kits.heading}
          intro={t.kits.intro}
          rows={data.recommendedKits.map((kit) => ({ key: kit.id, label: kit.title, count: kit.count, link: paths.adminKit(kit.id) }))}
          table={t.kits}
          unit={t.units.diagnostics}
          csvHref={csv("kits-recommandes")}
        />
      </div>
    </section>
  );
}
