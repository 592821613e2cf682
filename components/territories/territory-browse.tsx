import type { TerritoryKind } from "@/generated/prisma/client";
import { TerritoryLinkGrid } from "@/components/territories/territory-link-grid";
import { Pagination } from "@/components/ui/pagination";
import { labels } from "@/lib/labels";
import type { TerritorySearchPage } from "@/lib/territories/territory-search.queries";

/** The entry point when nothing is searched: the régions, or every territory of the chosen kind. */
export function TerritoryBrowse({ kind, result, hrefForPage }: { kind?: TerritoryKind; result: TerritorySearchPage; hrefForPage: (page: number) => string }) {
  return (
    <section aria-labelledby="parcourir" className="mt-10">
      <h2 id="parcourir" className="text-2xl font-bold">
        {kind && kind !== "REGION" ? labels.territories.browseKindHeading(kind) : labels.territories.browseHeading}
      </h2>
      <p className="mt-1 mb-4 text-muted">{labels.territories.browseIntro}</p>
      <TerritoryLinkGrid items={result.items} />
      <Pagination pageInfo={result.pageInfo} hrefFor={hrefForPage} />
    </section>
  );
}
