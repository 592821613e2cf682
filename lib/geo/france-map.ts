// The outlines of the départements and régions projected once per server process into the map's
// SVG frame: metropolitan France (Corsica included) on the right, the five overseas départements
// (each also a région) as insets in a column on the left, each on its own scale.
import outlines from "@/lib/geo/outlines.json";
import { boundsOf, fitProjection, toSvgPath, type Box, type Polygon, type Projection } from "@/lib/geo/geometry";

export const MAP_WIDTH = 700;
export const MAP_HEIGHT = 620;
const INSET_WIDTH = 110;
const INSET_HEIGHT = 110;
const INSET_GAP = 12;
/** The overseas départements, top to bottom in the inset column, with the code of their région. */
export const OVERSEAS = [
  { departement: "971", region: "01" },
  { departement: "972", region: "02" },
  { departement: "973", region: "03" },
  { departement: "974", region: "04" },
  { departement: "976", region: "06" },
] as const;

export const MAP_LEVELS = ["departement", "region"] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

export interface AreaShape {
  code: string;
  name: string;
  path: string;
  /** The frame of an overseas inset, drawn around it. */
  inset: Box | null;
}

interface Outline {
  code: string;
  nom: string;
  polygons: Polygon[];
}

// The JSON is typed by TypeScript as number[][]: its positions are pairs by construction.
const data = outlines as unknown as { departements: Outline[]; regions: Outline[] };
const cache = new Map<MapLevel, AreaShape[]>();

function overseasIndex(level: MapLevel, code: string): number {
  return OVERSEAS.findIndex((item) => (level === "region" ? item.region : item.departement) === code);
}

let metroProjection: Projection | null = null;

/** Both levels share one projection, fitted on the metropolitan départements. */
function metropolitanProjection(): Projection {
  metroProjection ??= fitProjection(boundsOf(data.departements.filter((d) => overseasIndex("departement", d.code) < 0).flatMap((d) => d.polygons)), {
    x: INSET_WIDTH + 20,
    y: 0,
    width: MAP_WIDTH - INSET_WIDTH - 20,
    height: MAP_HEIGHT,
  });
  return metroProjection;
}

export function getMapShapes(level: MapLevel): AreaShape[] {
  const cached = cache.get(level);
  if (cached) return cached;
  const shapes = (level === "region" ? data.regions : data.departements).map((outline): AreaShape => {
    const index = overseasIndex(level, outline.code);
    if (index < 0) return { code: outline.code, name: outline.nom, path: toSvgPath(outline.polygons, metropolitanProjection().project), inset: null };
    const inset = { x: 0, y: index * (INSET_HEIGHT + INSET_GAP), width: INSET_WIDTH, height: INSET_HEIGHT };
    const projection = fitProjection(boundsOf(outline.polygons), { x: inset.x + 8, y: inset.y + 8, width: inset.width - 16, height: inset.height - 16 });
    return { code: outline.code, name: outline.nom, path: toSvgPath(outline.polygons, projection.project), inset };
  });
  cache.set(level, shapes);
  return shapes;
}
