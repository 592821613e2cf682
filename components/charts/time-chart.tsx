// A count over time (one column per period, joined by a line to show the trend), drawn on the
// server as SVG. Like BarChart, an image with a title and a summary; the caller puts the data
// table under it.
import { countTicks, labelEvery, round2, timeColumns } from "@/lib/observatory/chart-scale";
import { formatNumber } from "@/lib/labels";

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 44;
const RIGHT = 24;
const TOP = 12;
const BOTTOM = 36;
const MAX_AXIS_LABELS = 12;

export function TimeChart({
  id,
  title,
  description,
  points,
  colour = "#19486a",
}: {
  id: string;
  title: string;
  description: string;
  /** In time order; `label` is the short axis label ("mars 26"). */
  points: { key: string; label: string; value: number }[];
  colour?: string;
}) {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const ticks = countTicks(Math.max(0, ...points.map((point) => point.value)));
  const top = ticks[ticks.length - 1];
  const { columns, points: dots } = timeColumns(
    points.map((point) => point.value),
    { x0: LEFT, y0: TOP, width: plotWidth, height: plotHeight, top },
  );
  const showLabel = labelEvery(points.length, MAX_AXIS_LABELS);
  const baseline = TOP + plotHeight;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-titre ${id}-description`} className="h-auto w-full max-w-4xl">
      <title id={`${id}-titre`}>{title}</title>
      <desc id={`${id}-description`}>{description}</desc>
      {ticks.map((tick) => {
        const y = round2(baseline - (tick / top) * plotHeight);
        return (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y} y2={y} stroke="#dfe5ea" strokeWidth={1} />
            <text x={LEFT - 6} y={y} textAnchor="end" dominantBaseline="middle" fontSize={12} fill="#4b5563">
              {formatNumber(tick)}
            </text>
          </g>
        );
      })}
      {columns.map((column, index) => (
        <rect
          key={points[index].key}
          x={round2(column.x)}
          y={round2(column.y)}
          width={round2(column.width)}
          height={round2(column.height)}
          fill={colour}
          fillOpacity={0.35}
        />
      ))}
      {dots.length > 1 ? (
        <polyline points={dots.map((dot) => `${round2(dot.x)},${round2(dot.y)}`).join(" ")} fill="none" stroke={colour} strokeWidth={2} />
      ) : null}
      {dots.map((dot, index) => (
        <circle key={points[index].key} cx={round2(dot.x)} cy={round2(dot.y)} r={3} fill={colour} />
      ))}
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={baseline} y2={baseline} stroke="#6b7280" strokeWidth={1} />
      {dots.map((dot, index) =>
        showLabel(index) ? (
          <text key={points[index].key} x={round2(dot.x)} y={baseline + 18} textAnchor="middle" fontSize={11} fill="#1e1e1e">
            {points[index].label}
          </text>
        ) : null,
      )}
    </svg>
  );
}
