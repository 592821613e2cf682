import Link from "next/link";
import { TerritoryKindBadge } from "@/components/territories/territory-kind-badge";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import type { TerritorySearchResult } from "@/lib/territories/territory-search.queries";

function describe(result: TerritorySearchResult): string[] {
  const parts = [`${labels.territories.code} ${result.code}`];
  if (result.formerMatch) parts.unshift(labels.territories.formerly(result.formerMatch));
  if (result.epciType) parts.push(labels.epciTypes[result.epciType]);
  const parents = [result.departement?.name, result.region?.name].filter(Boolean).join(", ");
  if (parents) parts.push(parents);
  if (result.population !== null) parts.push(labels.territories.population(result.population));
  return parts;
}

/** Search results: name (linked), kind, the former name it was found by, code, parents and population. */
export function TerritoryResultList({ results }: { results: TerritorySearchResult[] }) {
  return (
    <ul className="divide-y divide-line border-y border-line">
      {results.map((result) => (
        <li key={result.id} className="flex flex-col gap-1 py-4 sm:flex-row sm:items-baseline sm:gap-3">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <Link href={paths.territory(result.kind, result.code)} className="text-lg font-semibold">
              {result.name}
            </Link>
            <TerritoryKindBadge kind={result.kind} isArrondissement={result.isArrondissement} />
          </div>
          <p className="text-muted">{describe(result).join(" · ")}</p>
        </li>
      ))}
    </ul>
  );
}
