import type { ReactNode } from "react";
import { ChartData, type DataRow } from "@/components/charts/chart-data";
import { observatoryCopy } from "@/lib/copy/admin-observatory";

const t = observatoryCopy.charts;

/** One chart of the observatory: its heading, the SVG, then its data table and CSV link. */
export function ChartBlock({
  id,
  heading,
  intro,
  chart,
  empty,
  table,
  csvHref,
}: {
  id: string;
  heading: string;
  intro?: string;
  chart: ReactNode;
  /** No data at all: a sentence instead of an empty chart. */
  empty: boolean;
  table: { caption: string; category: string; columns: string[]; rows: DataRow[] };
  csvHref: string;
}) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-lg border border-line bg-white p-3 sm:p-4">
      <h3 id={id} className="text-xl font-bold">
        {heading}
      </h3>
      {intro ? <p className="mt-1 text-muted">{intro}</p> : null}
      <div className="mt-3">{empty ? <p className="text-muted">{t.noData}</p> : chart}</div>
      {empty ? null : <ChartData summary={t.dataSummary(heading)} csvHref={csvHref} csvLabel={t.csv(heading)} {...table} />}
    </section>
  );
}
