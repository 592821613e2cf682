// Builds lib/geo/outlines.json from the GeoJSON outlines in ../shared/data/geo (IGN GEOFLA via
// france-geojson, Licence Ouverte): metropolitan départements and régions from the simplified
// files, the five overseas départements (each also a région) from the full file, simplified
// further (Douglas–Peucker, islets dropped) and rounded to about 100 m. Each département gets its
// région code from @etalab/decoupage-administratif. Run once when the sources change:
//   npx tsx lib/geo/prepare-outlines.ts ../shared/data/geo
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { polygonsOf, ringArea, simplifyLine, type Geometry, type Polygon } from "./geometry.ts";

interface Feature {
  properties: { code: string; nom: string };
  geometry: Geometry;
}

const TOLERANCE = 0.012;
/** Islets smaller than this share of their département's largest ring are left out. */
const MIN_AREA_SHARE = 0.02;

function prepare(feature: Feature): { code: string; nom: string; polygons: Polygon[] } {
  const polygons = polygonsOf(feature.geometry);
  const largest = Math.max(...polygons.map((polygon) => ringArea(polygon[0])));
  const kept = polygons
    .filter((polygon) => ringArea(polygon[0]) >= largest * MIN_AREA_SHARE)
    .map((polygon) =>
      polygon
        .map((ring) => simplifyLine(ring, TOLERANCE).map(([lon, lat]) => [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000] as [number, number]))
        .filter((ring) => ring.length >= 4),
    )
    .filter((polygon) => polygon.length > 0);
  return { code: feature.properties.code, nom: feature.properties.nom, polygons: kept };
}

const sourceDir = process.argv[2] ?? "../shared/data/geo";
const read = (file: string) => (JSON.parse(readFileSync(path.join(sourceDir, file), "utf8")) as { features: Feature[] }).features;
const metropolitan = read("departements-version-simplifiee.geojson");
const overseas = read("departements-avec-outre-mer.geojson").filter((feature) => !metropolitan.some((m) => m.properties.code === feature.properties.code));

const regionOf = new Map(
  (createRequire(import.meta.url)("@etalab/decoupage-administratif/data/departements.json") as { code: string; region: string }[]).map((d) => [
    d.code,
    d.region,
  ]),
);
const departements = [...metropolitan, ...overseas]
  .map(prepare)
  .map((departement) => ({ ...departement, region: regionOf.get(departement.code) ?? "" }))
  .sort((a, b) => a.code.localeCompare(b.code));
const regions = [
  ...read("regions-version-simplifiee.geojson").map(prepare),
  ...departements.filter((d) => overseas.some((o) => o.properties.code === d.code)).map((d) => ({ code: d.region, nom: d.nom, polygons: d.polygons })),
].sort((a, b) => a.code.localeCompare(b.code));
const output = {
  attribution: "Contours : IGN GEOFLA, via france-geojson (Licence Ouverte / Open Licence Etalab)",
  departements,
  regions,
};
const target = path.join(import.meta.dirname, "outlines.json");
writeFileSync(target, `${JSON.stringify(output)}\n`);
const points = departements.reduce((sum, d) => sum + d.polygons.flat().reduce((n, ring) => n + ring.length, 0), 0);
console.log(`${departements.length} départements, ${regions.length} régions, ${points} points in départements → ${target}`);
