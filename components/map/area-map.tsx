import Link from "next/link";
import { MAP_SCALES, type MapScale } from "@/lib/directory/directory";
import type { AreaCount } from "@/lib/directory/directory.sql";
import { buildClasses, colourFor, EMPTY_COLOUR } from "@/lib/geo/choropleth";
import { getMapShapes, MAP_HEIGHT, MAP_WIDTH } from "@/lib/geo/france-map";
import { formatNumber, labels } from "@/lib/labels";

/**
 * Results per département or région: an SVG map drawn on the server (no tiles, works offline)
 * where each area links to the search filtered on it, and the same counts as a table. The table
 * is the accessible version, so the map is hidden from assistive technologies and its links are
 * left out of the tab order rather than announced twice. `text` names what is counted (the
 * directories' "résultats" by default; the back-office observatory counts other things).
 */
export interface AreaMapText {
  heading: (scale: MapScale) => string;
  intro: (scale: MapScale) => string;
  scaleLabel: string;
  scales: Record<MapScale, string>;
  attribution: string;
  legend: string;
  legendRange: (from: number, to: number) => string;
  areaLink: (name: string, n: number) => string;
  tableCaption: (scale: MapScale) => string;
  tableArea: (scale: MapScale) => string;
  tableCount: string;
  tableEmpty: string;
  outsideMap: (scale: MapScale) => string;
}

export function AreaMap({
  scale,
  counts,
  selectedCode,
  hrefFor,
  scaleHref,
  text = labels.directories.map,
}: {
  scale: MapScale;
  counts: AreaCount[];
  selectedCode: string | null;
  hrefFor: (code: string) => string;
  scaleHref: (scale: MapScale) => string;
  text?: AreaMapText;
}) {
  const byCode = new Map(counts.map((area) => [area.code, area.count]));
  const classes = buildClasses(counts.map((area) => area.count));

  return (
    <div className="mt-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h3 className="text-xl font-bold">{text.heading(scale)}</h3>
        <nav aria-label={text.scaleLabel}>
          <ul className="flex gap-1">
            {MAP_SCALES.map((item) => (
              <li key={item}>
                <Link
                  href={scaleHref(item)}
                  aria-current={item === scale ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center rounded-md px-3 font-semibold ${item === scale ? "bg-odd17 text-white no-underline" : "border border-line"}`}
                >
                  {text.scales[item]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="mt-1 text-muted">{text.intro(scale)}</p>
      <div className="mt-4 grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_12rem]">
        <figure className="m-0">
          <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} aria-hidden="true" focusable="false" className="h-auto w-full">
            {getMapShapes(scale).map((shape) => {
              const count = byCode.get(shape.code) ?? 0;
              const selected = shape.code === selectedCode;
              return (
                <g key={shape.code}>
                  {shape.inset ? <rect {...shape.inset} fill="none" stroke="#c9d3dc" rx={4} /> : null}
                  <a href={hrefFor(shape.code)} tabIndex={-1}>
                    <title>{text.areaLink(`${shape.name} (${shape.code})`, count)}</title>
                    <path
                      d={shape.path}
                      fill={colourFor(count, classes)}
                      stroke={selected ? "#c2410c" : "#ffffff"}
                      strokeWidth={selected ? 2.5 : 0.6}
                      className="hover:opacity-80"
                    />
                  </a>
                </g>
              );
            })}
          </svg>
          <figcaption className="mt-2 text-sm text-muted">{text.attribution}</figcaption>
        </figure>
        <div>
          <p className="font-semibold">{text.legend}</p>
          <ul className="mt-2 space-y-1 text-sm">
            <li className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block size-4 rounded-sm border border-line" style={{ backgroundColor: EMPTY_COLOUR }} />0
            </li>
            {classes.map((item) => (
              <li key={item.from} className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block size-4 rounded-sm" style={{ backgroundColor: item.colour }} />
                {text.legendRange(item.from, item.to)}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-muted">{text.outsideMap(scale)}</p>
        </div>
      </div>
      <CountTable scale={scale} counts={counts} selectedCode={selectedCode} hrefFor={hrefFor} text={text} />
    </div>
  );
}

function CountTable({
  scale,
  counts,
  selectedCode,
  hrefFor,
  text,
}: {
  scale: MapScale;
  counts: AreaCount[];
  selectedCode: string | null;
  hrefFor: (code: string) => string;
  text: AreaMapText;
}) {
  if (counts.length === 0) return <p className="mt-6 text-muted">{text.tableEmpty}</p>;
  return (
    <table className="mt-6 w-full border-collapse text-left">
      <caption className="mb-2 text-left text-lg font-semibold">{text.tableCaption(scale)}</caption>
      <thead>
        <tr className="border-b-2 border-line">
          <th scope="col" className="py-2 pr-4">
            {text.tableArea(scale)}
          </th>
          <th scope="col" className="py-2 text-right">
            {text.tableCount}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((area) => (
          <tr key={area.code} className="border-b border-line">
            <th scope="row" className="py-2 pr-4 font-normal">
              <Link
                href={hrefFor(area.code)}
                aria-current={area.code === selectedCode ? "true" : undefined}
                className={area.code === selectedCode ? "font-bold" : undefined}
              >
                {area.name} ({area.code})
              </Link>
            </th>
            <td className="py-2 text-right tabular-nums">{formatNumber(area.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
