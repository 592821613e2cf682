import { Figures } from "@/components/ui/figures";
import { labels } from "@/lib/labels";
import type { HomeFigures as HomeFiguresData } from "@/lib/territories/territories.queries";

export function HomeFigures({ figures }: { figures: HomeFiguresData }) {
  const f = labels.home.figures;
  const { REGION, DEPARTEMENT, EPCI, COMMUNE } = figures.territories;
  return (
    <Figures
      items={[
        { key: "regions", value: REGION, label: f.regions(REGION) },
        { key: "departements", value: DEPARTEMENT, label: f.departements(DEPARTEMENT) },
        { key: "epci", value: EPCI, label: f.epci() },
        { key: "communes", value: COMMUNE, label: f.communes(COMMUNE) },
        { key: "actors", value: figures.actors, label: f.actors(figures.actors) },
        { key: "alliances", value: figures.alliances, label: f.alliances(figures.alliances) },
        { key: "kits", value: figures.kits, label: f.kits(figures.kits) },
      ]}
    />
  );
}
