import Link from "next/link";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import type { TerritoryRef } from "@/lib/territories/territories";
import type { TerritoryDetail } from "@/lib/territories/territories.queries";

function RefLink({ value }: { value: TerritoryRef }) {
  return <Link href={paths.territory(value.kind, value.code)}>{value.name}</Link>;
}

/** Région, département, EPCI, EPT, métropole (of an EPT), commune (of an arrondissement) and territoires de projet. */
export function TerritoryParents({ territory }: { territory: TerritoryDetail }) {
  // An EPCI across départements (or régions) lies in each; other territories have their one.
  const all = (several: TerritoryRef[], one: TerritoryRef | null) => (territory.kind === "EPCI" && several.length > 0 ? several : one ? [one] : []);
  const departements = all(territory.departements, territory.departement);
  const regions = all(territory.regions, territory.region);
  const rows: { term: string; values: TerritoryRef[] }[] = [
    { term: regions.length > 1 ? labels.territory.parents.regions : labels.territory.parents.region, values: regions },
    { term: departements.length > 1 ? labels.territory.parents.departements : labels.territory.parents.departement, values: departements },
    { term: labels.territory.parents.epci, values: territory.kind === "COMMUNE" && territory.epci ? [territory.epci] : [] },
    { term: labels.territory.parents.ept, values: territory.ept ? [territory.ept] : [] },
    { term: labels.territory.parents.metropole, values: territory.kind === "EPCI" && territory.epci ? [territory.epci] : [] },
    { term: labels.territory.parents.commune, values: territory.commune ? [territory.commune] : [] },
    { term: labels.territory.parents.projects, values: territory.projects },
  ].filter((row) => row.values.length > 0);

  return (
    <section aria-labelledby="rattachements" className="rounded-lg border border-line p-5">
      <h2 id="rattachements" className="text-xl font-bold">
        {labels.territory.parentsHeading}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-3 text-muted">{labels.territory.parents.none}</p>
      ) : (
        <dl className="mt-3 space-y-3">
          {rows.map((row) => (
            <div key={row.term}>
              <dt className="text-sm text-muted">{row.term}</dt>
              <dd className="font-semibold">
                {row.values.map((value, index) => (
                  <span key={`${value.kind}-${value.code}`}>
                    {index > 0 ? ", " : null}
                    <RefLink value={value} />
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
