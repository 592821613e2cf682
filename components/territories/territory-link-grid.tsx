import Link from "next/link";
import type { TerritoryKind } from "@/generated/prisma/client";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

export interface TerritoryLinkItem {
  kind: TerritoryKind;
  code: string;
  name: string;
  population: number | null;
}

/** A compact grid of territories (régions to browse, communes of an EPCI…), each a link. */
export function TerritoryLinkGrid({ items }: { items: TerritoryLinkItem[] }) {
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <li key={`${item.kind}-${item.code}`} className="rounded-lg border border-line bg-white p-4">
          <Link href={paths.territory(item.kind, item.code)} className="font-semibold">
            {item.name}
          </Link>
          <p className="text-sm text-muted">
            {labels.territories.code} {item.code}
            {item.population !== null ? ` · ${labels.territories.populationShort(item.population)}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
