// Horizontal bars drawn on the server as SVG: one row per category, one bar per series. The SVG
// is an image (role="img") named by its title and described by a short summary; the numbers
// themselves are in the data table the caller puts under it (ChartData).
import { countTicks, horizontalBars, round2 } from "@/lib/observatory/chart-scale";
import { formatNumber } from "@/lib/labels";

export interface ChartSeries {
  label: string;
  /** Fill colour; at least 3:1 against white (WCAG 1.4.11). */
  colour: string;
}

export const SERIES_COLOURS = ["#19486a", "#b45309"] as const;

const WIDTH = 720;
const LABEL_WIDTH = 240;
const VALUE_SPACE = 64;
const AXIS_TOP = 22;
const MAX_LABEL = 34;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

export function BarChart({
  id,
  title,
  description,
  series,
  rows,
}: {
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  rows: { key: string; label: string; values: number[] }[];
}) {
  const rowHeight = series.length > 1 ? 40 : 28;
  const barsWidth = WIDTH - LABEL_WIDTH - VALUE_SPACE;
  const max = Math.max(0, ...rows.flatMap((row) => row.values));
  const ticks = countTicks(max);
  const top = ticks[ticks.length - 1];
  const boxes = horizontalBars(
    rows.map((row) => row.values),
    { x0: LABEL_WIDTH, width: barsWidth, top, rowHeight, y0: AXIS_TOP },
  );
  const height = AXIS_TOP + rows.length * rowHeight + 6;
  return (
    <div>
      {series.length > 1 ? (
        <ul className="mb-2 flex flex-wrap gap-4 text-sm">
          {series.map((item) => (
            <li key={item.label} className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block size-4 rounded-sm" style={{ backgroundColor: item.colour }} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-titre ${id}-description`} className="h-auto w-full max-w-4xl">
        <title id={`${id}-titre`}>{title}</title>
        <desc id={`${id}-description`}>{description}</desc>
        {ticks.map((tick) => {
          const x = round2(LABEL_WIDTH + (tick / top) * barsWidth);
          return (
            <g key={tick}>
              <line x1={x} x2={x} y1={AXIS_TOP - 4} y2={height - 4} stroke="#dfe5ea" strokeWidth={1} />
              <text x={x} y={AXIS_TOP - 8} textAnchor="middle" fontSize={12} fill="#4b5563">
                {formatNumber(tick)}
              </text>
            </g>
          );
        })}
        {rows.map((row, rowIndex) => {
          const rowBoxes = boxes[rowIndex];
          const middle = AXIS_TOP + rowIndex * rowHeight + rowHeight / 2;
          return (
            <g key={row.key}>
              <text x={LABEL_WIDTH - 8} y={round2(middle)} textAnchor="end" dominantBaseline="middle" fontSize={13} fill="#1e1e1e">
                {shorten(row.label)}
              </text>
              {rowBoxes.map((box, seriesIndex) => (
                <g key={seriesIndex}>
                  <rect
                    x={round2(box.x)}
                    y={round2(box.y)}
                    width={round2(box.width)}
                    height={round2(box.height)}
                    fill={series[seriesIndex]?.colour ?? SERIES_COLOURS[0]}
                  />
                  <text x={round2(box.x + box.width + 4)} y={round2(box.y + box.height / 2)} dominantBaseline="middle" fontSize={11} fill="#1e1e1e">
                    {formatNumber(row.values[seriesIndex])}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={AXIS_TOP - 4} y2={height - 4} stroke="#6b7280" strokeWidth={1} />
      </svg>
    </div>
  );
}
