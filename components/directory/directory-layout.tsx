import Link from "next/link";
import type { ReactNode } from "react";
import { labels } from "@/lib/labels";

/**
 * The page body of a directory: the search form on top, then the facets beside the results
 * (above them on narrow screens, where the long facets are folded).
 */
export function DirectoryLayout({ form, notices, facets, results }: { form: ReactNode; notices?: ReactNode; facets: ReactNode; results: ReactNode }) {
  return (
    <>
      {form}
      {notices}
      <div className="mt-8 grid grid-cols-1 gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <section aria-labelledby="filtres" className="min-w-0">
          <h2 id="filtres" className="text-xl font-bold">
            {labels.directories.search.filtersHeading}
          </h2>
          <div className="mt-2 space-y-4">{facets}</div>
        </section>
        <section aria-labelledby="resultats" className="min-w-0">
          <h2 id="resultats" className="sr-only">
            {labels.directories.search.resultsHeading}
          </h2>
          {results}
        </section>
      </div>
    </>
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
