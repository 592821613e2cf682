// Pure geometry for the map: Douglas–Peucker simplification, ring area, and an equirectangular
// projection fitted into a box. Longitudes and latitudes in degrees; the map is small enough
// (France, or one overseas département) for this projection to look right.

export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];

export interface Geometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: Polygon | Polygon[];
}

export function polygonsOf(geometry: Geometry): Polygon[] {
  return geometry.type === "Polygon" ? [geometry.coordinates as Polygon] : (geometry.coordinates as Polygon[]);
}

function perpendicularDistance(point: Position, start: Position, end: Position): number {
  const [x, y] = point;
  const [x1, y1] = start;
  const [x2, y2] = end;
  const dx = x2 - x1;
  const dy = y2 - y1;
  if (dx === 0 && dy === 0) return Math.hypot(x - x1, y - y1);
  return Math.abs(dy * x - dx * y + x2 * y1 - y2 * x1) / Math.hypot(dx, dy);
}

/** Douglas–Peucker on an open or closed line; the end points are always kept. */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points;
  let index = 0;
  let max = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const distance = perpendicularDistance(points[i], points[0], points[points.length - 1]);
    if (distance > max) {
      max = distance;
      index = i;
    }
  }
  if (max <= tolerance) return [points[0], points[points.length - 1]];
  const left = simplifyLine(points.slice(0, index + 1), tolerance);
  const right = simplifyLine(points.slice(index), tolerance);
  return [...left.slice(0, -1), ...right];
}

/** Shoelace area, in square degrees (only compared with other rings). */
export function ringArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(area / 2);
}

export interface Bounds {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export function boundsOf(polygons: Polygon[]): Bounds {
  const bounds = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [lon, lat] of ring) {
        bounds.minLon = Math.min(bounds.minLon, lon);
        bounds.maxLon = Math.max(bounds.maxLon, lon);
        bounds.minLat = Math.min(bounds.minLat, lat);
        bounds.maxLat = Math.max(bounds.maxLat, lat);
      }
  return bounds;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Projection {
  project: (position: Position) => [number, number];
  /** The part of the box the projected bounds actually fill. */
  width: number;
  height: number;
}

/**
 * Equirectangular projection with longitudes shrunk by cos(mid-latitude), scaled to fit the box
 * (aspect kept, centred), north up.
 */
export function fitProjection(bounds: Bounds, box: Box): Projection {
  const k = Math.cos((((bounds.minLat + bounds.maxLat) / 2) * Math.PI) / 180);
  const spanX = (bounds.maxLon - bounds.minLon) * k || 1;
  const spanY = bounds.maxLat - bounds.minLat || 1;
  const scale = Math.min(box.width / spanX, box.height / spanY);
  const width = spanX * scale;
  const height = spanY * scale;
  const offsetX = box.x + (box.width - width) / 2;
  const offsetY = box.y + (box.height - height) / 2;
  return {
    project: ([lon, lat]) => [offsetX + (lon - bounds.minLon) * k * scale, offsetY + (bounds.maxLat - lat) * scale],
    width,
    height,
  };
}

/** An SVG path ("M x y L … Z" per ring) with one decimal: enough at the map's size. */
export function toSvgPath(polygons: Polygon[], project: Projection["project"]): string {
  const rings: string[] = [];
  for (const polygon of polygons)
    for (const ring of polygon) {
      const points = ring.map((position) =>
        project(position)
          .map((value) => Math.round(value * 10) / 10)
          .join(" "),
      );
      if (points.length >= 3) rings.push(`M${points.join("L")}Z`);
    }
  return rings.join("");
}
