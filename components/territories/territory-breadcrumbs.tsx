import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { buildLineage, type TerritoryLineage } from "@/lib/territories/territories";

/** Accueil › Territoires › Région › Département › EPCI › … › this territory. */
export function TerritoryBreadcrumbs({ territory }: { territory: TerritoryLineage }) {
  const items = [
    { label: labels.breadcrumbs.home, href: paths.home() },
    { label: labels.breadcrumbs.territories, href: paths.territories() },
    ...buildLineage(territory).map((ref) => ({ label: ref.name, href: paths.territory(ref.kind, ref.code) })),
  ];
  return <Breadcrumbs items={items} current={territory.name} />;
}
