import type { ReactNode } from "react";
import { formatNumber } from "@/lib/labels";

export interface DataRow {
  key: string;
  /** The category as shown in the table: text, or a link. */
  label: ReactNode;
  values: number[];
}

/**
 * The data of a chart as a real table, in a disclosure under the chart: the chart's text
 * alternative is a summary, this is the whole of it, for everyone (screen readers, keyboard,
 * copy-paste). `csvHref` offers the same data as a file.
 */
export function ChartData({
  summary,
  caption,
  category,
  columns,
  rows,
  csvHref,
  csvLabel,
}: {
  summary: string;
  caption: string;
  category: string;
  columns: string[];
  rows: DataRow[];
  csvHref?: string;
  csvLabel?: string;
}) {
  return (
    <details className="mt-3 rounded-md border border-line bg-white p-2 sm:p-3">
      <summary className="cursor-pointer font-semibold text-odd17">{summary}</summary>
      <table className="mt-3 w-full border-collapse text-left text-sm [overflow-wrap:anywhere] sm:text-base">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="py-2 pr-2 sm:pr-4">
              {category}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pl-2 text-right sm:pl-4">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line">
              <th scope="row" className="py-2 pr-2 font-normal sm:pr-4">
                {row.label}
              </th>
              {row.values.map((value, index) => (
                <td key={index} className="py-2 pl-2 text-right tabular-nums sm:pl-4">
                  {formatNumber(value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {csvHref && csvLabel ? (
        <p className="mt-3">
          <a href={csvHref} download>
            {csvLabel}
          </a>
        </p>
      ) : null}
    </details>
  );
}
