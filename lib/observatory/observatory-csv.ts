// The observatory's datasets as CSV tables: the same numbers as the charts' data tables, for a
// spreadsheet. Aggregates only — no comment text, no name of a person — so the file needs no
// more than stats.read. Pure: the route handler passes in what getObservatory returned.
import type { CsvValue } from "@/lib/exports/csv";
import { observatoryCopy as t } from "@/lib/copy/admin-observatory";
import { labels } from "@/lib/labels";
import type { Observatory } from "./observatory.queries";

export const OBSERVATORY_DATASETS = ["carte", "regions", "modes", "etapes", "diagnostics-par-mois", "niveaux", "kits-recommandes", "notes"] as const;
export type ObservatoryDataset = (typeof OBSERVATORY_DATASETS)[number];

export function isObservatoryDataset(value: string): value is ObservatoryDataset {
  return (OBSERVATORY_DATASETS as readonly string[]).includes(value);
}

export interface CsvTable {
  fileBase: string;
  header: string[];
  rows: CsvValue[][];
}

export function observatoryCsv(data: Observatory, dataset: ObservatoryDataset): CsvTable {
  const c = t.charts;
  const suffix = data.region ? `-${data.region.code}` : "";
  const file = (base: string) => `observatoire-${base}${suffix}`;
  switch (dataset) {
    case "carte": {
      const text = t.map.text(data.params.measure);
      return {
        fileBase: file(`carte-${data.params.measure}-${data.params.scale}`),
        header: ["Code", text.tableArea(data.params.scale), text.tableCount],
        rows: data.map.map((area) => [area.code, area.name, area.count]),
      };
    }
    case "regions":
      return {
        fileBase: file("regions"),
        header: ["Code", c.perRegion.category, c.perRegion.actors, c.perRegion.alliances],
        rows: data.perRegion.map((row) => [row.code, row.name, row.actors, row.alliances]),
      };
    case "modes":
      return {
        fileBase: file("alliances-par-mode"),
        header: [c.byMode.category, c.byMode.value],
        rows: data.alliancesByMode.map((row) => [labels.allianceModes[row.mode].label, row.count]),
      };
    case "etapes":
      return {
        fileBase: file("alliances-par-etape"),
        header: [c.byStage.category, c.byStage.value],
        rows: data.alliancesByStage.map((row) => [t.stages[row.stage], row.count]),
      };
    case "diagnostics-par-mois":
      return {
        fileBase: file("diagnostics-par-mois"),
        header: [c.byMonth.category, c.byMonth.value],
        rows: data.diagnosticsByMonth.map((row) => [row.month, row.count]),
      };
    case "niveaux":
      return {
        fileBase: file("niveaux-de-maturite"),
        header: ["Niveau", "Nom", c.maturity.value],
        rows: data.maturity.map((row) => [row.level, row.name, row.count]),
      };
    case "kits-recommandes":
      return { fileBase: file("kits-recommandes"), header: [c.kits.category, c.kits.value], rows: data.recommendedKits.map((row) => [row.title, row.count]) };
    case "notes":
      return {
        fileBase: file("notes-d-utilite"),
        header: [c.ratings.category, c.ratings.kits, c.ratings.diagnostics],
        rows: [0, 1, 2, 3, 4].map((index) => [index + 1, data.kitRatings.counts[index], data.diagnosticRatings.counts[index]]),
      };
  }
}
