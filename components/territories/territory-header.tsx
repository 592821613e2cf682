import { TerritoryKindBadge } from "@/components/territories/territory-kind-badge";
import { Facts } from "@/components/ui/facts";
import { labels } from "@/lib/labels";
import type { TerritoryDetail } from "@/lib/territories/territories.queries";

/** The h1 of a territory page and its key facts. */
export function TerritoryHeader({ territory }: { territory: TerritoryDetail }) {
  const facts: { term: string; value: string }[] = [
    { term: labels.territory.codeByKind[territory.kind], value: territory.code },
    {
      term: labels.territory.population,
      value: territory.population !== null ? labels.territories.population(territory.population) : labels.territory.populationUnknown,
    },
  ];
  if (territory.epciType) facts.push({ term: labels.territory.epciType, value: labels.epciTypes[territory.epciType] });
  if (territory.postalCodes.length > 0) facts.push({ term: labels.territory.postalCodes, value: territory.postalCodes.join(", ") });
  if (territory.formerNames.length > 0) facts.push({ term: labels.territory.formerNames, value: territory.formerNames.join(", ") });

  return (
    <div className="mb-10">
      <TerritoryKindBadge kind={territory.kind} isArrondissement={territory.isArrondissement} />
      <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{territory.name}</h1>
      {territory.description ? <p className="mt-3 max-w-3xl text-lg text-muted">{territory.description}</p> : null}
      <Facts items={facts} className="mt-6" />
    </div>
  );
}
