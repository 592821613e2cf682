// The axes' scores as a radar, drawn on the server as SVG. It is an image with a short text
// alternative; the table that follows it gives the same scores to everyone.
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { radarGeometry, toSvgPoints, type AxisScore } from "@/lib/diagnostics/report";

const t = diagnosticsCopy.report;
const WIDTH = 780;
const HEIGHT = 360;
const CENTER = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 130;

export function RadarChart({ axes }: { axes: AxisScore[] }) {
  const geometry = radarGeometry(
    axes.map((axis) => axis.score),
    CENTER,
    RADIUS,
  );
  const description = t.radarDescription(axes.map((axis) => `${axis.label} ${axis.score}`).join(", "));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="radar-titre radar-description" className="h-auto w-full max-w-2xl">
      <title id="radar-titre">{t.radarTitle}</title>
      <desc id="radar-description">{description}</desc>
      {geometry.rings.map((ring, index) => (
        <polygon key={index} points={toSvgPoints(ring)} fill="none" stroke="#c9d3dc" strokeWidth={1} />
      ))}
      {geometry.spokes.map((spoke, index) => (
        <line key={index} x1={CENTER.x} y1={CENTER.y} x2={spoke.x} y2={spoke.y} stroke="#c9d3dc" strokeWidth={1} />
      ))}
      <polygon points={toSvgPoints(geometry.shape)} fill="#19486a" fillOpacity={0.25} stroke="#19486a" strokeWidth={2.5} />
      {geometry.shape.map((point, index) => (
        <circle key={index} cx={point.x} cy={point.y} r={4} fill="#19486a" />
      ))}
      {geometry.labels.map((label, index) => (
        <text key={index} x={label.x} y={label.y} textAnchor={label.anchor} dominantBaseline="middle" fontSize={13} fill="#1e1e1e">
          {`${axes[index].label} (${axes[index].score})`}
        </text>
      ))}
    </svg>
  );
}
