// The axes' scores as a radar, drawn on the server as SVG. It is an image with a short text
// alternative; the table that follows it gives the same scores to everyone.
// Two drawings, as a wide radar cannot keep its labels readable on a phone: from 768 px (and on
// paper) the axes are named around the radar; below, where a 780-unit drawing would shrink its
// labels to about 5 px, a square radar numbers its axes in large type (17 px at 320 px wide) and a
// numbered list under it names them.
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { radarGeometry, toSvgPoints, type AxisScore } from "@/lib/diagnostics/report";

const t = diagnosticsCopy.report;

interface Drawing {
  id: string;
  width: number;
  height: number;
  radius: number;
  fontSize: number;
  label: (axis: AxisScore, index: number) => string;
  className: string;
}

const WIDE: Drawing = {
  id: "radar",
  width: 780,
  height: 360,
  radius: 130,
  fontSize: 13,
  label: (axis) => `${axis.label} (${axis.score})`,
  className: "hidden h-auto w-full max-w-2xl md:block print:block",
};

const NARROW: Drawing = {
  id: "radar-mobile",
  width: 300,
  height: 300,
  radius: 100,
  fontSize: 18,
  label: (_axis, index) => String(index + 1),
  className: "h-auto w-full max-w-sm",
};

function Radar({ axes, drawing }: { axes: AxisScore[]; drawing: Drawing }) {
  const center = { x: drawing.width / 2, y: drawing.height / 2 };
  const geometry = radarGeometry(
    axes.map((axis) => axis.score),
    center,
    drawing.radius,
  );
  const description = t.radarDescription(axes.map((axis) => `${axis.label} ${axis.score}`).join(", "));
  return (
    <svg
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      role="img"
      aria-labelledby={`${drawing.id}-titre ${drawing.id}-description`}
      className={drawing.className}
    >
      <title id={`${drawing.id}-titre`}>{t.radarTitle}</title>
      <desc id={`${drawing.id}-description`}>{description}</desc>
      {geometry.rings.map((ring, index) => (
        <polygon key={index} points={toSvgPoints(ring)} fill="none" stroke="#c9d3dc" strokeWidth={1} />
      ))}
      {geometry.spokes.map((spoke, index) => (
        <line key={index} x1={center.x} y1={center.y} x2={spoke.x} y2={spoke.y} stroke="#c9d3dc" strokeWidth={1} />
      ))}
      <polygon points={toSvgPoints(geometry.shape)} fill="#19486a" fillOpacity={0.25} stroke="#19486a" strokeWidth={2.5} />
      {geometry.shape.map((point, index) => (
        <circle key={index} cx={point.x} cy={point.y} r={4} fill="#19486a" />
      ))}
      {geometry.labels.map((label, index) => (
        <text key={index} x={label.x} y={label.y} textAnchor={label.anchor} dominantBaseline="middle" fontSize={drawing.fontSize} fill="#1e1e1e">
          {drawing.label(axes[index], index)}
        </text>
      ))}
    </svg>
  );
}

export function RadarChart({ axes }: { axes: AxisScore[] }) {
  return (
    <>
      <Radar axes={axes} drawing={WIDE} />
      <div className="md:hidden print:hidden">
        <Radar axes={axes} drawing={NARROW} />
        {/* The key to the numbers, for the eye only: the image's text and the table say the same. */}
        <ol aria-hidden="true" className="mt-2 list-decimal pl-6">
          {axes.map((axis) => (
            <li key={axis.id}>
              {axis.label} ({axis.score})
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}
