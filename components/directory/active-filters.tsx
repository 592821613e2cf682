import Link from "next/link";
import type { ActiveFilter } from "@/lib/directory/facets";
import { labels } from "@/lib/labels";

export type { ActiveFilter };

/** The filters in force, each a link that removes it, and one link to start again. */
export function ActiveFilters({ filters, clearHref }: { filters: ActiveFilter[]; clearHref: string }) {
  if (filters.length === 0) return null;
  const text = labels.directories.search;
  return (
    <div className="mt-4">
      <ul aria-label={text.activeFilters} className="flex flex-wrap items-center gap-2">
        {filters.map((filter) => (
          <li key={filter.key}>
            <Link
              href={filter.href}
              data-refine
              aria-label={text.removeFilter(filter.label)}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-odd17 bg-odd17-light px-3 py-1 text-sm font-semibold text-odd17-dark no-underline hover:underline"
            >
              {filter.label}
              <span aria-hidden="true">✕</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={clearHref} data-refine className="inline-flex min-h-11 items-center px-2 text-sm">
            {text.clearAll}
          </Link>
        </li>
      </ul>
    </div>
  );
}
