import Link from "next/link";
import type { ReactNode } from "react";
import { FiltersDisclosure } from "@/components/directory/filters-disclosure";
import { SearchStateBoundary } from "@/components/directory/search-state-boundary";
import { labels } from "@/lib/labels";

/**
 * The page body of a directory: the search form on top, then the facets beside the results.
 * Under 768 px the results come first and the facets open from a button (FiltersDisclosure).
 * The whole body is keyed by the search (SearchStateBoundary), so that its controls always show
 * the search of the URL, after Back, Forward and reload too.
 */
export function DirectoryLayout({
  searchKey,
  form,
  notices,
  facets,
  results,
}: {
  /** The canonical URL of the search shown. */
  searchKey: string;
  form: ReactNode;
  notices?: ReactNode;
  facets: ReactNode;
  results: ReactNode;
}) {
  const text = labels.directories.search;
  return (
    <SearchStateBoundary searchKey={searchKey}>
      {form}
      {notices}
      <div className="mt-8 grid grid-cols-1 gap-8 md:grid-cols-[16rem_minmax(0,1fr)] lg:grid-cols-[18rem_minmax(0,1fr)]">
        <section aria-labelledby="filtres" className="min-w-0">
          <FiltersDisclosure id="filtres-panneau" label={text.filtersToggle}>
            <h2 id="filtres" className="text-xl font-bold">
              {text.filtersHeading}
            </h2>
            <div className="mt-2 space-y-4">{facets}</div>
          </FiltersDisclosure>
        </section>
        {/* Named "Résultats"; its heading is the count (components/directory/results-heading.tsx). */}
        <section aria-label={text.resultsHeading} className="min-w-0">
          {results}
        </section>
      </div>
    </SearchStateBoundary>
  );
}

/** Region entry points of the territory facet: links with counts, when no territory is chosen. */
export function AreaLinks({ heading, hint, items }: { heading: string; hint: string; items: { key: string; label: string; count: number; href: string }[] }) {
  if (items.length === 0) return null;
  return (
    <div className="border-t border-line pt-4">
      <h3 className="font-semibold">{heading}</h3>
      <p className="text-sm text-muted">{hint}</p>
      <ul className="mt-2 space-y-1">
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href}>{item.label}</Link> <span className="text-muted">{labels.directories.search.facetCount(item.count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
