import Link from "next/link";
import { TerritoryResultList } from "@/components/territories/territory-result-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import type { TerritorySearchPage } from "@/lib/territories/territory-search.queries";

export function TerritorySearchResults({ q, result, hrefForPage }: { q: string; result: TerritorySearchPage; hrefForPage: (page: number) => string }) {
  return (
    <section aria-labelledby="resultats" className="mt-10">
      <h2 id="resultats" className="text-2xl font-bold">
        {labels.territories.resultsHeading}
      </h2>
      <p role="status" className="mt-1 mb-4 text-muted">
        {labels.territories.found(result.pageInfo.total)}
      </p>
      {result.items.length > 0 ? (
        <TerritoryResultList results={result.items} />
      ) : result.pageInfo.total === 0 ? (
        <EmptyState title={labels.territories.emptyTitle(q)}>
          <ul className="list-disc space-y-1 pl-5">
            {labels.territories.emptyAdvice.map((advice) => (
              <li key={advice}>{advice}</li>
            ))}
          </ul>
          <p className="mt-3">
            <Link href={paths.territories()}>{labels.territories.emptyBrowse}</Link>
          </p>
        </EmptyState>
      ) : null}
      <Pagination pageInfo={result.pageInfo} hrefFor={hrefForPage} />
    </section>
  );
}
